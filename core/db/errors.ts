/** Prisma's code for a unique constraint that refused a row: someone else got there first. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

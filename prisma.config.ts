import { defineConfig } from "prisma/config";

// Used by the Prisma CLI (generate, and migrate on machines that can download its engine).
// honjok's own `npm run db:migrate` applies the same migrations without the CLI.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/honjok" },
});

/** Discord's limits for buttons on one message. */
const BUTTONS_PER_ROW = 5;
const MAX_ROWS = 5;

/**
 * Rows of buttons as Discord takes them: a wider row (Telegram takes more) wraps at five, and rows
 * past the fifth are left off, because Discord refuses the whole message otherwise.
 */
export function fitButtonRows<T>(rows: T[][]): T[][] {
  return rows
    .flatMap((row) =>
      Array.from({ length: Math.ceil(row.length / BUTTONS_PER_ROW) }, (_, i) =>
        row.slice(i * BUTTONS_PER_ROW, (i + 1) * BUTTONS_PER_ROW),
      ),
    )
    .slice(0, MAX_ROWS);
}

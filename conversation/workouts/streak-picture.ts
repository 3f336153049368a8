import { Resvg } from "@resvg/resvg-js";
import type { CalendarWeek, DayMark } from "../../core/workouts/streaks/types.js";

// The streak's weeks as a contribution graph: a column per week, Monday on top, no words at all,
// so no font is needed (the machine may have none for Korean) and the caption says what it shows.

const CELL = 14;
const GAP = 3;
const PADDING = 10;
/** Drawn this many times larger, so a phone shows it sharp. */
const ZOOM = 3;

const FILLS: Record<Exclude<DayMark, "ahead">, string> = {
  none: "#ebedf0",
  attended: "#9be9a8",
  met: "#216e39",
};

function cell(week: number, weekday: number, mark: DayMark): string {
  if (mark === "ahead") return "";
  const x = PADDING + week * (CELL + GAP);
  const y = PADDING + weekday * (CELL + GAP);
  return `<rect data-mark="${mark}" x="${x}" y="${y}" width="${CELL}" height="${CELL}" rx="3" fill="${FILLS[mark]}"/>`;
}

export function streakSvg(calendar: CalendarWeek[]): string {
  const width = 2 * PADDING + calendar.length * (CELL + GAP) - GAP;
  const height = 2 * PADDING + 7 * (CELL + GAP) - GAP;
  const cells = calendar.flatMap(({ days }, week) => days.map((mark, weekday) => cell(week, weekday, mark)));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...cells.filter(Boolean),
    "</svg>",
  ].join("\n");
}

/** The graph as a PNG, to be sent as a photo. */
export function streakPng(calendar: CalendarWeek[]): Uint8Array {
  const resvg = new Resvg(streakSvg(calendar), {
    fitTo: { mode: "zoom", value: ZOOM },
    font: { loadSystemFonts: false },
  });
  return resvg.render().asPng();
}

import type { Language } from "../../core/identity/types.js";
import type { RoomState } from "../../core/workouts/rooms/queries.js";

// The room page's HTML. Every text is the catalog's, put in as text: escaped, never markup.

export type RoomPageView =
  | { state: "open"; room: string; language: Language; origin: string }
  | { state: Exclude<RoomState, "open"> | "not-configured"; language: Language };

const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => entities[char] as string);

/** What the page says instead of a room, by why there is none. */
const refusalKey = {
  unknown: "room-page-unknown",
  over: "room-page-over",
  "not-configured": "room-page-not-configured",
} as const;

/** The room itself, and the messages room.js shows when the person leaves or cannot come in. */
function roomBody(view: Extract<RoomPageView, { state: "open" }>, say: (key: string) => string): string {
  const domain = new URL(view.origin).host;
  return `<main class="room" id="room" data-domain="${escapeHtml(domain)}" data-room="${escapeHtml(view.room)}" data-lang="${view.language}">
      <p class="lead" id="lead">${escapeHtml(say("room-page-lead"))}</p>
      <div class="meet" id="meet"></div>
      <p class="message" id="left" role="status" hidden>${escapeHtml(say("room-page-left"))}</p>
      <p class="message problem" id="no-pass" role="alert" hidden>${escapeHtml(say("room-page-no-pass"))}</p>
      <p class="message problem" id="no-script" role="alert" hidden>${escapeHtml(say("room-page-no-script"))}</p>
    </main>`;
}

export function renderRoomPage(view: RoomPageView, say: (key: string) => string): string {
  const scripts =
    view.state === "open"
      ? `<script src="${escapeHtml(view.origin)}/external_api.js" defer></script>
    <script src="/rooms/assets/room.js" defer></script>`
      : "";
  const body =
    view.state === "open"
      ? roomBody(view, say)
      : `<main class="room"><p class="message problem" role="alert">${escapeHtml(say(refusalKey[view.state]))}</p></main>`;
  return `<!doctype html>
<html lang="${view.language}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cut" />
    <meta name="theme-color" content="#fff7f0" />
    <title>${escapeHtml(say("room-page-title"))}</title>
    <link rel="stylesheet" href="/rooms/assets/theme.css" />
    <link rel="stylesheet" href="/rooms/assets/room.css" />
    ${scripts}
  </head>
  <body>
    <header class="topbar"><span class="logo" aria-hidden="true">🏠</span><h1>${escapeHtml(say("room-page-title"))}</h1></header>
    ${body}
  </body>
</html>
`;
}

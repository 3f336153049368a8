// The chat as it stands, kept for this tab only (sessionStorage): a reload shows the conversation
// as it ended, and closing the tab forgets it, as nothing a persona typed needs to outlive it.

const KEY = "honjok.playground.transcript";
/** Enough to pick up where one left off; older messages are let go. */
const MAX_ENTRIES = 200;

export function createTranscript() {
  /** What each message in the log shows, to show it again; the waiting dots have none. */
  const entries = new WeakMap();
  return {
    note(item, entry) {
      entries.set(item, entry);
    },
    /** Keeps the log's messages in the order they stand, with what the chat needs to go on. */
    save(log, chat) {
      const shown = [...log.children].map((item) => entries.get(item)).filter(Boolean);
      try {
        sessionStorage.setItem(KEY, JSON.stringify({ ...chat, entries: shown.slice(-MAX_ENTRIES) }));
      } catch {
        // Full (photos are large): a reload then starts afresh rather than show half a chat.
        sessionStorage.removeItem(KEY);
      }
    },
    /** What was saved for `personaId`, if this tab last chatted as them. */
    load(personaId) {
      try {
        const saved = JSON.parse(sessionStorage.getItem(KEY) ?? "null");
        return saved?.personaId === personaId ? saved : undefined;
      } catch {
        return undefined;
      }
    },
    forget() {
      sessionStorage.removeItem(KEY);
    },
  };
}

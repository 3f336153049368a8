// The updates waiting for the bot, handed out by getUpdates as Telegram does: the call is held
// open until one arrives (long polling), and an update is kept until a later call's offset
// confirms it, so one whose answer was lost comes again.
import type { Update } from "grammy/types";

export function updateQueue() {
  let pending: Update[] = [];
  const waiting = new Set<() => void>();
  const wake = () => {
    for (const done of [...waiting]) done();
  };
  return {
    /** Updates are handed out in the order they are pushed, as they are built (updates.ts). */
    push(update: Update) {
      pending.push(update);
      wake();
    },
    /** A getUpdates call; `onHangUp` ends the wait when the bot gives up on the request. */
    async take(params: Record<string, unknown>, onHangUp: (done: () => void) => void): Promise<Update[]> {
      const offset = Number(params.offset ?? 0);
      pending = pending.filter((update) => update.update_id >= offset);
      const timeoutSeconds = Number(params.timeout ?? 0);
      if (pending.length === 0 && timeoutSeconds > 0) {
        await new Promise<void>((resolve) => {
          const done = () => {
            clearTimeout(timer);
            waiting.delete(done);
            resolve();
          };
          const timer = setTimeout(done, timeoutSeconds * 1000);
          waiting.add(done);
          onHangUp(done);
        });
      }
      return pending.slice(0, Number(params.limit) || 100);
    },
    /** Answers every call still waiting, so the server can close. */
    release: wake,
  };
}

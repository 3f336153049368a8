// The errors the fake Telegram answers a call with when a test asks it to fail (server.ts).

export type TelegramFailure = "429" | "403" | "500";

interface Failure {
  status: number;
  body: { ok: false; error_code: number; description: string; parameters?: { retry_after: number } };
}

const failures: Record<TelegramFailure, Failure> = {
  "429": {
    status: 429,
    body: {
      ok: false,
      error_code: 429,
      description: "Too Many Requests: retry after 1",
      parameters: { retry_after: 1 },
    },
  },
  "403": {
    status: 403,
    body: { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" },
  },
  "500": { status: 500, body: { ok: false, error_code: 500, description: "Internal Server Error" } },
};

interface Rule {
  failure: TelegramFailure;
  chatId: string | undefined;
  remaining: number;
}

/** The failures asked for, each for a number of calls (to one chat, or to any). */
export function failureRules() {
  const rules: Rule[] = [];
  return {
    add(failure: TelegramFailure, options: { chatId?: string; times?: number }) {
      rules.push({ failure, chatId: options.chatId, remaining: options.times ?? 1 });
    },
    /** The failure the next call to `chatId` meets, if any; it counts as used. */
    take(chatId: string): Failure | undefined {
      const rule = rules.find((r) => r.remaining > 0 && (r.chatId === undefined || r.chatId === chatId));
      if (!rule) return undefined;
      rule.remaining -= 1;
      return failures[rule.failure];
    },
  };
}

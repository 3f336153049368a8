/** The environment that decides whether the playground is served. */
export interface PlaygroundSwitch {
  PLAYGROUND?: "0" | "1" | undefined;
  TELEGRAM_BOT_TOKEN?: string | undefined;
  DISCORD_TOKEN?: string | undefined;
}

/**
 * On by default when no messenger is configured, so `npm start` on a fresh checkout shows the
 * product; off once a real bot runs, so a production deployment does not expose a test door by
 * accident. PLAYGROUND=1 turns it on anyway and PLAYGROUND=0 always turns it off.
 */
export function playgroundEnabled(env: PlaygroundSwitch): boolean {
  if (env.PLAYGROUND === "0") return false;
  if (env.PLAYGROUND === "1") return true;
  return !env.TELEGRAM_BOT_TOKEN && !env.DISCORD_TOKEN;
}

import type { Client } from "discord.js";
import type { MessageBody } from "./messages.js";
import type { Payload } from "./payloads.js";
import type { FakeDiscord, RecordedCall } from "./server.js";

// Driving the Discord bot without a gateway: a payload is handed to the client as its connection
// would, and its answers are read from the calls the fake REST API recorded.

/**
 * Hands a payload to the client as its gateway connection would. `actions` is internal to
 * discord.js, which is why this is the only place that touches it.
 */
export function deliver(client: Client, payload: Payload): void {
  const internals = client as unknown as { actions: { InteractionCreate: { handle(data: unknown): void } } };
  internals.actions.InteractionCreate.handle(payload);
}

export interface Answer {
  callback: {
    type: number;
    data?: { flags?: number; custom_id?: string; title?: string; components?: unknown[] };
  };
  messages: MessageBody[];
}

const isMessage = (call: RecordedCall) =>
  (call.method === "PATCH" && call.path.endsWith("/messages/@original")) ||
  (call.method === "POST" && call.path.startsWith("/api/v10/webhooks/"));

/** The callback type of an answer given at once, the message in the callback itself. */
const CHANNEL_MESSAGE = 4;

/**
 * Delivers one interaction and waits for its callback and the given number of messages: the
 * answer given at once in the callback, or the deferred one edited in, then any follow-ups.
 */
export async function interact(
  api: FakeDiscord,
  client: Client,
  payload: Payload,
  messageCount: number,
): Promise<Answer> {
  const isFor = (call: RecordedCall) => call.path.includes(`/${payload.token}`);
  deliver(client, payload);
  const [call] = await api.waitFor((candidate) => isFor(candidate) && candidate.path.endsWith("/callback"));
  const callback = call?.body as Answer["callback"];
  const inCallback = callback.type === CHANNEL_MESSAGE ? [callback.data as MessageBody] : [];
  const later = messageCount - inCallback.length;
  const messages =
    later > 0 ? await api.waitFor((candidate) => isFor(candidate) && isMessage(candidate), later) : [];
  return { callback, messages: [...inCallback, ...messages.map((m) => m.body as MessageBody)] };
}

import { randomBytes } from "node:crypto";
import type { Server } from "node:http";
import type { Client } from "discord.js";
import express from "express";

// Drives the bot without Discord: a local stand-in for Discord's REST API records every call,
// and interaction payloads shaped as the gateway sends them are handed to the client.

export const APPLICATION_ID = "1100000000000000001";
export const GUILD_ID = "1200000000000000001";
export const GUILD_CHANNEL_ID = "1300000000000000001";
const DM_CHANNEL_ID = "1300000000000000002";

export interface RecordedCall {
  method: string;
  /** Without the query string, e.g. `/api/v10/interactions/<id>/<token>/callback`. */
  path: string;
  query: Record<string, unknown>;
  authorization: string | undefined;
  body: unknown;
}

/** A message body the bot sent: an interaction reply (embeds) or a worker's DM (content). */
export interface MessageBody {
  content?: string;
  embeds?: { description?: string }[];
  components?: { components: ButtonJson[] }[];
  flags?: number;
}
export interface ButtonJson {
  custom_id: string;
  label: string;
}

export interface FakeDiscordApi {
  /** What `rest.api` / DISCORD_API_ROOT should be. */
  apiRoot: string;
  calls: RecordedCall[];
  /** What was posted to the DM channel opened for this user (`POST /users/@me/channels`), oldest first. */
  directMessages(userId: string): MessageBody[];
  /** Resolves once `count` calls match, or fails after the deadline listing what did arrive. */
  waitFor(
    match: (call: RecordedCall) => boolean,
    count?: number,
    timeoutMs?: number,
  ): Promise<RecordedCall[]>;
  close(): Promise<void>;
}

let lastSnowflake = 1_400_000_000_000_000_000n;
export function snowflake(): string {
  lastSnowflake += 1n;
  return String(lastSnowflake);
}

/** A message as Discord returns it from webhook edits and follow-ups. */
function messageObject(channelId: string, body: Record<string, unknown>) {
  return {
    id: snowflake(),
    type: 0,
    channel_id: channelId,
    author: {
      id: APPLICATION_ID,
      username: "honjok",
      discriminator: "0000",
      global_name: null,
      avatar: null,
      bot: true,
    },
    content: body.content ?? "",
    embeds: body.embeds ?? [],
    components: body.components ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: body.flags ?? 0,
    webhook_id: APPLICATION_ID,
    application_id: APPLICATION_ID,
  };
}

export async function startFakeDiscordApi(): Promise<FakeDiscordApi> {
  const calls: RecordedCall[] = [];
  /** DM channel id by recipient user id: Discord returns the same channel every time. */
  const dmChannels = new Map<string, string>();
  const app = express();
  app.use(express.json({ limit: "1mb" }));
  app.use((req, _res, next) => {
    calls.push({
      method: req.method,
      path: decodeURIComponent(req.path),
      query: { ...req.query },
      authorization: req.get("authorization"),
      body: req.body,
    });
    next();
  });
  // Interaction responses (defer, reply, modal): Discord answers 204 without `with_response`.
  app.post("/api/v10/interactions/:id/:token/callback", (_req, res) => void res.status(204).end());
  app.patch("/api/v10/webhooks/:app/:token/messages/:message", (req, res) => {
    res.json(messageObject(GUILD_CHANNEL_ID, req.body));
  });
  app.delete("/api/v10/webhooks/:app/:token/messages/:message", (_req, res) => void res.status(204).end());
  app.post(
    "/api/v10/webhooks/:app/:token",
    (req, res) => void res.json(messageObject(GUILD_CHANNEL_ID, req.body)),
  );
  // A DM, as the notification worker sends one: open (or find) the channel, then post to it.
  app.post("/api/v10/users/@me/channels", (req, res) => {
    const recipient = String((req.body as { recipient_id?: unknown }).recipient_id);
    const id = dmChannels.get(recipient) ?? snowflake();
    dmChannels.set(recipient, id);
    res.json({ id, type: 1, flags: 0, last_message_id: null, recipients: [] });
  });
  app.post("/api/v10/channels/:channel/messages", (req, res) => {
    res.json(messageObject(req.params.channel, req.body));
  });
  app.put(/^\/api\/v10\/applications\/\d+(\/guilds\/\d+)?\/commands$/, (req, res) => {
    res.json(
      (req.body as object[]).map((command) => ({ ...command, id: snowflake(), version: snowflake() })),
    );
  });
  app.use((_req, res) => void res.status(404).json({ message: "404: Not Found", code: 0 }));
  const server = await new Promise<Server>((resolve) => {
    const started = app.listen(0, "127.0.0.1", () => resolve(started));
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    apiRoot: `http://127.0.0.1:${port}/api`,
    calls,
    directMessages(userId) {
      const channel = dmChannels.get(userId);
      if (!channel) return [];
      return calls
        .filter((call) => call.method === "POST" && call.path === `/api/v10/channels/${channel}/messages`)
        .map((call) => call.body as MessageBody);
    },
    async waitFor(match, count = 1, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = calls.filter(match);
        if (found.length >= count) return found;
        if (Date.now() > deadline) {
          const seen = calls.map((call) => `${call.method} ${call.path}`).join("\n  ");
          throw new Error(`waited ${timeoutMs} ms for ${count} matching call(s); saw:\n  ${seen}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

// ---- Interaction payloads, as the gateway's INTERACTION_CREATE carries them ----

export interface Person {
  id: string;
  username: string;
  globalName?: string;
  locale: string;
  /** In a server channel (member) or in the bot's DM (user). */
  where: "guild" | "dm";
  /** The member's permissions in the channel, as a bit field; by default those of an ordinary member. */
  permissions?: bigint;
}

const MEMBER_PERMISSIONS = 2248473465835073n;
/** The permission boards need (MANAGE_CHANNELS). */
export const MANAGE_CHANNELS = 1n << 4n;

function userObject(person: Person) {
  return {
    id: person.id,
    username: person.username,
    global_name: person.globalName ?? null,
    discriminator: "0",
    avatar: null,
    public_flags: 0,
    avatar_decoration_data: null,
  };
}

/** The fields every interaction has; where it happened decides member vs user and the channel. */
function envelope(person: Person, type: number) {
  const common = {
    id: snowflake(),
    application_id: APPLICATION_ID,
    type,
    token: `aW50ZXJhY3Rpb246${randomBytes(24).toString("base64url")}`,
    version: 1,
    locale: person.locale,
    app_permissions: "2248473465835073",
    entitlements: [],
    attachment_size_limit: 10_485_760,
  };
  if (person.where === "dm") {
    return {
      ...common,
      channel_id: DM_CHANNEL_ID,
      channel: {
        id: DM_CHANNEL_ID,
        type: 1,
        flags: 0,
        last_message_id: null,
        recipients: [userObject(person)],
      },
      user: userObject(person),
      authorizing_integration_owners: { "0": "0" },
      context: 1,
    };
  }
  return {
    ...common,
    guild_id: GUILD_ID,
    guild_locale: "en-US",
    guild: { id: GUILD_ID, locale: "en-US", features: [] },
    channel_id: GUILD_CHANNEL_ID,
    channel: {
      id: GUILD_CHANNEL_ID,
      type: 0,
      guild_id: GUILD_ID,
      name: "general",
      position: 0,
      flags: 0,
      parent_id: null,
      nsfw: false,
      topic: null,
      rate_limit_per_user: 0,
      last_message_id: null,
      permissions: "2248473465835073",
    },
    member: {
      user: userObject(person),
      roles: [],
      nick: null,
      avatar: null,
      banner: null,
      premium_since: null,
      joined_at: "2026-01-05T09:00:00.000000+00:00",
      deaf: false,
      mute: false,
      pending: false,
      flags: 0,
      communication_disabled_until: null,
      unusual_dm_activity_until: null,
      permissions: String(person.permissions ?? MEMBER_PERMISSIONS),
    },
    authorizing_integration_owners: { "0": GUILD_ID },
    context: 0,
  };
}

export type Payload = ReturnType<typeof envelope> & { data: object; message?: object };

/** APPLICATION_COMMAND (type 2) for a chat-input command, optionally with a subcommand. */
export function slashCommand(
  person: Person,
  name: string,
  options: Record<string, string> = {},
  subcommand?: string,
): Payload {
  const values = Object.entries(options).map(([option, value]) => ({ name: option, type: 3, value }));
  return {
    ...envelope(person, 2),
    data: {
      id: snowflake(),
      name,
      type: 1,
      options: subcommand ? [{ name: subcommand, type: 1, options: values }] : values,
    },
  };
}

/** The message a component sits on, as the webhook call that made it returned it. */
export function sentMessage(body: unknown) {
  return messageObject(GUILD_CHANNEL_ID, body as Record<string, unknown>);
}

/** MESSAGE_COMPONENT (type 3): a button press on `message`. */
export function buttonPress(person: Person, customId: string, message: object = sentMessage({})): Payload {
  return {
    ...envelope(person, 3),
    message,
    data: { custom_id: customId, component_type: 2 },
  };
}

/** MODAL_SUBMIT (type 5): the submitted text inputs, each inside its label (component type 18). */
export function modalSubmit(person: Person, customId: string, values: Record<string, string>): Payload {
  const components = Object.entries(values).map(([field, value], index) => ({
    type: 18,
    id: index * 2 + 1,
    component: { type: 4, id: index * 2 + 2, custom_id: field, value },
  }));
  return { ...envelope(person, 5), data: { custom_id: customId, components } };
}

/**
 * Hands a payload to the client as its gateway connection would. `actions` is internal to
 * discord.js, which is why this is the only place that touches it.
 */
export function deliver(client: Client, payload: Payload): void {
  const internals = client as unknown as { actions: { InteractionCreate: { handle(data: unknown): void } } };
  internals.actions.InteractionCreate.handle(payload);
}

// ---- Reading the answers ----

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

/** Delivers one interaction and waits for its callback and the given number of messages. */
export async function interact(
  api: FakeDiscordApi,
  client: Client,
  payload: Payload,
  messageCount: number,
): Promise<Answer> {
  const isFor = (call: RecordedCall) => call.path.includes(`/${payload.token}`);
  deliver(client, payload);
  const [callback] = await api.waitFor((call) => isFor(call) && call.path.endsWith("/callback"));
  const messages = messageCount
    ? await api.waitFor((call) => isFor(call) && isMessage(call), messageCount)
    : [];
  return {
    callback: callback?.body as Answer["callback"],
    messages: messages.map((m) => m.body as MessageBody),
  };
}

/** The text of a reply (its embed) or of a DM (its content). */
export const textOf = (message: MessageBody | undefined) =>
  message?.embeds?.[0]?.description ?? message?.content ?? "";
export const buttonsOf = (message: MessageBody | undefined) =>
  message?.components?.flatMap((row) => row.components) ?? [];
export function button(message: MessageBody | undefined, label: string): ButtonJson {
  const found = buttonsOf(message).find((candidate) => candidate.label === label);
  if (!found) throw new Error(`no "${label}" button in ${JSON.stringify(buttonsOf(message))}`);
  return found;
}

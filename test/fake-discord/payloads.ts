import { randomBytes } from "node:crypto";
import { APPLICATION_ID, GUILD_CHANNEL_ID, GUILD_ID, messageObject, snowflake } from "./messages.js";

// Interaction payloads shaped as the gateway's INTERACTION_CREATE carries them, for a person in
// a server channel or in the bot's DM.

const DM_CHANNEL_ID = "1300000000000000002";

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

/** A file attached to a slash command's attachment option, as Discord describes it. */
export interface FakeAttachment {
  option: string;
  url: string;
  contentType: string;
  size: number;
}

/** A slash command with attachment options (type 11), the files described in `resolved` as Discord sends them. */
export function slashCommandWithFiles(
  person: Person,
  name: string,
  subcommand: string,
  options: Record<string, string>,
  files: FakeAttachment[],
): Payload {
  const command = slashCommand(person, name, options, subcommand);
  const ids = files.map(() => snowflake());
  const data = command.data as { options: { options: object[] }[] };
  data.options[0]?.options.push(
    ...files.map((file, index) => ({ name: file.option, type: 11, value: ids[index] })),
  );
  const attachments = Object.fromEntries(
    files.map((file, index) => [
      ids[index],
      {
        id: ids[index],
        filename: file.url.split("/").at(-1),
        url: file.url,
        proxy_url: file.url,
        content_type: file.contentType,
        size: file.size,
      },
    ]),
  );
  return { ...command, data: { ...command.data, resolved: { attachments } } };
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

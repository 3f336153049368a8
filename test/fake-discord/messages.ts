// Messages on the fake Discord: the ids it hands out, a message as its REST API returns one,
// and reading what the bot and the workers sent.

export const APPLICATION_ID = "1100000000000000001";
export const GUILD_ID = "1200000000000000001";
export const GUILD_CHANNEL_ID = "1300000000000000001";

let lastSnowflake = 1_400_000_000_000_000_000n;
export function snowflake(): string {
  lastSnowflake += 1n;
  return String(lastSnowflake);
}

/** A message body sent: an interaction reply or a card (embeds), or a worker's DM (content). */
export interface MessageBody {
  content?: string;
  embeds?: { description?: string }[];
  components?: { components: ButtonJson[] }[];
  flags?: number;
}
export interface ButtonJson {
  custom_id: string;
  label: string;
  style?: number;
  /** A link button's address, which it opens without an interaction (it has no custom_id then). */
  url?: string;
}

/** A message as Discord returns it from a post, an edit or a follow-up; `id` for an edit keeps its own. */
export function messageObject(channelId: string, body: Record<string, unknown>, id = snowflake()) {
  return {
    id,
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

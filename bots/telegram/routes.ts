import { Composer } from "grammy";
import type { Message } from "grammy/types";
import { LRUCache } from "lru-cache";
import type { Input } from "../../conversation/dispatcher.js";
import { decodeStartPayload } from "../../core/actions/start-payload.js";
import type { ChatRef } from "../../core/boards/types.js";
import type { AppContext } from "../../runtime/context.js";
import { identityOf, replyChatIdOf } from "./accounts.js";
import type { TelegramContext } from "./context.js";
import { documentAsPhoto } from "./documents.js";
import { describeFailure } from "./failures.js";
import { planMessages, sendMessages } from "./render.js";

/**
 * Who runs a group, as Telegram said a short while ago: asking on every command in a busy group
 * costs a Bot API call each time, and a change of admins may take this long to count.
 */
type AdminStatus = LRUCache<string, boolean>;
const newAdminStatus = (): AdminStatus => new LRUCache({ max: 10_000, ttl: 60_000 });

async function isChatAdmin(
  adminStatus: AdminStatus,
  ctx: TelegramContext,
  chatId: number,
  userId: number,
): Promise<boolean> {
  const key = `${chatId}:${userId}`;
  const cached = adminStatus.get(key);
  if (cached !== undefined) return cached;
  const { status } = await ctx.getChatMember(userId);
  const isAdmin = status === "creator" || status === "administrator";
  adminStatus.set(key, isAdmin);
  return isAdmin;
}

/** The chat the input came from, and whether the person runs it: boards need both. */
async function chatOf(adminStatus: AdminStatus, ctx: TelegramContext): Promise<ChatRef | undefined> {
  const chat = ctx.chat;
  if (!chat) return undefined;
  const id = String(chat.id);
  if (chat.type === "private") return { id, kind: "private", canManage: false };
  const canManage =
    ctx.channelPost !== undefined ||
    (ctx.from !== undefined && (await isChatAdmin(adminStatus, ctx, chat.id, ctx.from.id)));
  return { id, kind: chat.type === "channel" ? "channel" : "group", canManage };
}

/** `/name` at the start of a message or a caption and meant for this bot; undefined otherwise. */
function leadingCommand(message: Message, botUsername: string): string | undefined {
  const text = message.text ?? message.caption;
  const entity = (message.entities ?? message.caption_entities)?.[0];
  if (entity?.type !== "bot_command" || entity.offset !== 0 || !text) return undefined;
  const [name, addressee] = text.slice(1, entity.length).split("@");
  if (addressee && addressee.toLowerCase() !== botUsername.toLowerCase()) return undefined;
  return name?.toLowerCase();
}

/**
 * The whole adapter in one place: read the native input, make one dispatcher call, render what
 * it answers. Everything else (dialogs, validation, errors a person can fix) is the dispatcher's.
 */
export function routes(appContext: AppContext): Composer<TelegramContext> {
  const known = new Set(appContext.dispatcher.commands.map((command) => command.name));
  const adminStatus = newAdminStatus();

  async function answer(ctx: TelegramContext, input: Input): Promise<void> {
    const identity = identityOf(ctx);
    const chatId = replyChatIdOf(ctx);
    if (!identity || chatId === undefined) return;
    const turn = ctx.turn;
    if (!turn) throw new Error("routes run inside handleEachUpdateOnce, which begins the update's turn");
    const command = input.kind === "command" && known.has(input.name) ? input.name : input.kind;
    ctx.routed = { kind: input.kind, command };
    const outcome = await appContext.dispatcher.handle(
      identity,
      { ...input, chat: await chatOf(adminStatus, ctx) },
      turn.dialogs,
    );
    const plan = planMessages(outcome, {
      translator: appContext.translator,
      commands: appContext.dispatcher.commands,
      canShowReplyKeyboard: ctx.chat?.type === "private",
      replyKeyboardOpen: turn.replyKeyboardOpen,
    });
    await sendMessages(ctx.api, chatId, plan.messages);
    turn.setReplyKeyboardOpen(plan.replyKeyboardOpen);
  }

  async function takesPhoto(ctx: TelegramContext): Promise<boolean> {
    const identity = identityOf(ctx);
    if (!identity || !ctx.turn) return false;
    return appContext.dispatcher.takesPhoto(identity, await chatOf(adminStatus, ctx), ctx.turn.dialogs);
  }

  const router = new Composer<TelegramContext>();
  // A button on a board card is a link that opens the private chat with `/start <the button>`.
  router.command("start", (ctx, next) => {
    const data = decodeStartPayload(ctx.match);
    return data ? answer(ctx, { kind: "button", data }) : next();
  });
  // One filter for every command: forty of them, one each, cost more than the rest of routing.
  router.command([...known], (ctx, next) => {
    const name = leadingCommand(ctx.msg, ctx.me.username);
    return name === undefined ? next() : answer(ctx, { kind: "command", name, text: ctx.match });
  });
  // Any other command: the dispatcher answers unknown ones with help.
  router.on("message::bot_command", (ctx, next) => {
    const name = leadingCommand(ctx.msg, ctx.me.username);
    return name === undefined ? next() : answer(ctx, { kind: "command", name });
  });
  router.on("callback_query:data", async (ctx) => {
    try {
      await answer(ctx, { kind: "button", data: ctx.callbackQuery.data });
    } finally {
      // Always, even after a failure: until it is answered, the person's app shows a spinner.
      await ctx
        .answerCallbackQuery()
        .catch((error: unknown) =>
          ctx.log.warn({ err: describeFailure(error) }, "could not answer callback"),
        );
    }
  });
  // Typed answers and shared places only count in private chats, where a dialog can be going on.
  const privateChat = router.chatType("private");
  privateChat.on("message:location", (ctx) => {
    const { latitude, longitude } = ctx.msg.location;
    return answer(ctx, { kind: "place", place: { lat: latitude, lng: longitude, precision: 0 } });
  });
  // Telegram sets the contact's user_id to the sender's own id when they shared themselves.
  privateChat.on("message:contact", (ctx) => {
    const { phone_number: phone, user_id: userId } = ctx.msg.contact;
    const contact = { phone, ...(userId === undefined ? {} : { externalId: String(userId) }) };
    return answer(ctx, { kind: "contact", contact });
  });
  privateChat.on("message:text", (ctx) => answer(ctx, { kind: "text", text: ctx.msg.text }));
  privateChat.on("message:photo", (ctx) => {
    // Telegram sends each photo in several sizes, smallest first; the largest is worth keeping.
    const largest = ctx.msg.photo.at(-1);
    if (!largest) return;
    return answer(ctx, { kind: "photo", photo: { platform: "telegram", ref: largest.file_id } });
  });
  // A picture sent as a file keeps its type, size and transparency, so it is checked before it is
  // kept; a file sent where no photo is asked for is answered unread, as any stray input is.
  privateChat.on("message:document", async (ctx) => {
    const document = ctx.msg.document;
    if (!(await takesPhoto(ctx))) {
      return answer(ctx, { kind: "photo", photo: { platform: "telegram", ref: document.file_id } });
    }
    const { photo, facts } = await documentAsPhoto(ctx, document);
    return answer(ctx, { kind: "photo", photo, facts });
  });
  return router;
}

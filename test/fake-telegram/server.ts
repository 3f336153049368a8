import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Update } from "grammy/types";
import { readParts } from "../multipart.js";
import { type ApiCall, botApiAnswers } from "./answers.js";
import { type BotMessage, chatHistories } from "./chats.js";
import { failureRules, type TelegramFailure } from "./failures.js";
import { updateQueue } from "./polling.js";

// The fake Telegram over real HTTP on 127.0.0.1, so the real grammY client is exercised: its long
// polling, timeouts and error parsing. It serves one bot at a time, answering as answers.ts
// does; people (person.ts) send it updates and read what the bot sent their chat.

export interface ServedCall extends ApiCall {
  token: string;
  /** The HTTP status this call was answered with. */
  status: number;
  /** The result it was answered with, when it succeeded. */
  result?: unknown;
  at: number;
}

/** A call to one chat, with what a test of a sender reads of it. */
export interface ChatCall extends ServedCall {
  chatId: string;
  /** The message sent, or the one edited. */
  messageId: number;
  text: string;
  /** The inline keyboard or other markup sent with the message, as Telegram received it. */
  replyMarkup: unknown;
}

export interface FakeTelegram {
  /** What TELEGRAM_API_ROOT (grammY's apiRoot) should be. */
  apiRoot: string;
  /** Every Bot API call, in the order they were answered. */
  calls: ServedCall[];
  callsTo(chatId: string): ChatCall[];
  /** Runs `act` once the next call to a chat is taken and before it is answered (to make trouble in between). */
  beforeAnswering(act: () => Promise<void>): void;
  /** Answers the next `times` calls to a chat (to `chatId`, if given) with this failure. */
  fail(failure: TelegramFailure, options?: { chatId?: string; times?: number }): void;
  /** A file people can send by its id (a document), which the bot may then download (getFile). */
  addFile(fileId: string, bytes: Buffer): void;
  /** A file the bot uploaded (a photo from its bytes), by the id its call's parameter names it with. */
  file(fileId: string): Buffer | undefined;
  /** An update from a person, for the bot's next getUpdates. */
  send(update: Update): void;
  /** The bot's messages to the chat that nobody has read yet, oldest first; they count as read now. */
  unreadMessages(chatId: number | string): BotMessage[];
  close(): Promise<void>;
}

interface Answer {
  status: number;
  body: { ok: boolean; result?: unknown };
}

type Files = Map<string, Buffer>;

/**
 * A call's parameters: JSON, or the multipart form grammY sends with an upload, whose files are
 * kept under new file ids (as Telegram does) and named by them in the parameters.
 */
async function readPayload(req: IncomingMessage, files: Files): Promise<Record<string, unknown>> {
  if (!req.headers["content-type"]?.startsWith("multipart/form-data")) {
    let body = "";
    for await (const chunk of req) body += chunk;
    return body ? (JSON.parse(body) as Record<string, unknown>) : {};
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const uploads = new Map<string, string>();
  const fields: Record<string, unknown> = {};
  for (const part of readParts(Buffer.concat(chunks), req.headers["content-type"] ?? "")) {
    if (part.filename === undefined) {
      fields[part.name] = part.body.toString("utf8");
      continue;
    }
    const fileId = `uploaded-${randomUUID().slice(0, 8)}`;
    files.set(fileId, part.body);
    uploads.set(part.name, fileId);
  }
  // grammY names an uploaded file in its parameter as attach://<form field>.
  return Object.fromEntries(
    Object.entries(fields).map(([name, value]) => {
      const attached = typeof value === "string" && /^attach:\/\/(.+)$/.exec(value)?.[1];
      return [name, attached ? uploads.get(attached) : value];
    }),
  );
}

/** getFile: where a file is downloaded from, under /file/bot<token>/. */
function fileInfo(payload: Record<string, unknown>, files: Files) {
  const fileId = String(payload.file_id);
  const bytes = files.get(fileId);
  if (!bytes)
    return { status: 400, body: { ok: false, error_code: 400, description: "Bad Request: invalid file_id" } };
  const result = {
    file_id: fileId,
    file_unique_id: `${fileId}-u`,
    file_size: bytes.length,
    file_path: `documents/${fileId}`,
  };
  return { status: 200, body: { ok: true, result } };
}

function serveFile(res: ServerResponse, files: Files, fileId: string) {
  const bytes = files.get(fileId);
  if (!bytes) return respond(res, 404, { ok: false, error_code: 404, description: "Not Found" });
  res.writeHead(200, { "content-type": "application/octet-stream" });
  res.end(bytes);
}

function respond(res: ServerResponse, status: number, body: object) {
  if (res.destroyed) return;
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function asChatCall(call: ServedCall): ChatCall {
  const { payload } = call;
  const sent = (call.result as { message_id?: number } | undefined)?.message_id;
  return {
    ...call,
    chatId: String(payload.chat_id),
    messageId: Number(payload.message_id ?? sent),
    text: String(payload.text),
    replyMarkup: payload.reply_markup,
  };
}

export async function startFakeTelegram(): Promise<FakeTelegram> {
  const calls: ServedCall[] = [];
  const answer = botApiAnswers();
  const chats = chatHistories();
  const updates = updateQueue();
  const rules = failureRules();
  const beforeAnswers: (() => Promise<void>)[] = [];
  const files: Files = new Map();

  /** Calls to a chat can be made to fail, and what they send is kept for the chat's person. */
  async function answerChatCall(call: ApiCall, chatId: string): Promise<Answer> {
    const failure = rules.take(chatId);
    await beforeAnswers.shift()?.();
    if (failure) return failure;
    const result = answer(call);
    const messageId = (result as { message_id: number }).message_id;
    // People read texts (person.ts); a location or photo the bot sends is only in `calls`.
    if (call.method === "sendMessage") chats.sent(chatId, messageId, call.payload);
    if (call.method === "editMessageText") chats.edited(chatId, messageId, call.payload);
    return { status: 200, body: { ok: true, result } };
  }

  async function answerCall(call: ApiCall, res: ServerResponse): Promise<Answer> {
    if (call.method === "getUpdates") {
      const result = await updates.take(call.payload, (done) => res.once("close", done));
      return { status: 200, body: { ok: true, result } };
    }
    if (call.method === "getFile") return fileInfo(call.payload, files);
    const chatId = call.payload.chat_id;
    if (chatId === undefined) return { status: 200, body: { ok: true, result: answer(call) } };
    return answerChatCall(call, String(chatId));
  }

  const server = createServer(async (req, res) => {
    const [, downloaded] = /^\/file\/bot[^/]+\/documents\/([^/]+)$/.exec(req.url ?? "") ?? [];
    if (downloaded) return serveFile(res, files, downloaded);
    const [, token, method] = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? "") ?? [];
    if (!token || !method) return respond(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    const call = { method, payload: await readPayload(req, files) };
    const { status, body } = await answerCall(call, res);
    calls.push({ ...call, token, status, result: body.result, at: Date.now() });
    respond(res, status, body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    calls,
    callsTo: (chatId) => calls.filter((call) => String(call.payload.chat_id) === chatId).map(asChatCall),
    beforeAnswering(act) {
      beforeAnswers.push(act);
    },
    fail(failure, options = {}) {
      rules.add(failure, options);
    },
    addFile: (fileId, bytes) => files.set(fileId, bytes),
    file: (fileId) => files.get(fileId),
    send: (update) => updates.push(update),
    unreadMessages: (chatId) => chats.unread(String(chatId)),
    close: () =>
      new Promise<void>((resolve) => {
        updates.release();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

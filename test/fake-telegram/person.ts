import type { MessageParams } from "../../i18n/translator.js";
import { t } from "../korean.js";
import { waitFor } from "../wait.js";
import type { BotMessage } from "./chats.js";
import type { FakeTelegram } from "./server.js";
import { callbackUpdate, contactUpdate, documentUpdate, type FakeUser, textUpdate } from "./updates.js";

// One person in a private chat with the bot on the fake Telegram: they send updates the bot
// long-polls, and read the bot's messages to their chat as they arrive.

export class Person {
  private readonly user: FakeUser;
  private readonly inbox: BotMessage[] = [];
  /** Every message this person has received so far, oldest first. */
  readonly received: BotMessage[] = [];

  constructor(
    private readonly telegram: FakeTelegram,
    readonly id: number,
    firstName: string,
    languageCode: string,
    /** The Telegram @username, if they have one. */
    username?: string,
  ) {
    this.user = { id, firstName, languageCode, ...(username ? { username } : {}) };
  }

  async say(text: string) {
    this.telegram.send(textUpdate(this.user, text));
  }

  /** Telegram marks a leading `/name` as a command whether it is typed or picked from the menu. */
  command(text: string) {
    return this.say(text);
  }

  /** Shares a phone contact; see contactUpdate for who `ownerId` is. */
  async shareContact(phone: string, ownerId: number | null = this.id) {
    this.telegram.send(contactUpdate(this.user, phone, ownerId));
  }

  /** Sends a file as it is (a document), which the bot may download; `fileSize` as Telegram states it. */
  async sendFile(fileId: string, bytes: Buffer, mimeType: string, fileSize = bytes.length) {
    this.telegram.addFile(fileId, bytes);
    this.telegram.send(documentUpdate(this.user, fileId, { mimeType, fileSize }));
  }

  async press(data: string) {
    this.telegram.send(callbackUpdate(this.user, data));
  }

  /** The bot's messages up to and including the first one that `last` recognizes. */
  receiveUntil(last: (message: BotMessage) => boolean, what: string): Promise<BotMessage[]> {
    return waitFor(what, () => {
      const messages = this.telegram.unreadMessages(this.id);
      this.inbox.push(...messages);
      this.received.push(...messages);
      const index = this.inbox.findIndex(last);
      return index === -1 ? undefined : this.inbox.splice(0, index + 1);
    });
  }

  /** The message `expected` recognizes, skipping what came before it. */
  async receive(expected: (message: BotMessage) => boolean, what: string): Promise<BotMessage | undefined> {
    return (await this.receiveUntil(expected, what)).at(-1);
  }

  /** Waits for the message `expected` recognizes and presses its button `label`. */
  async pressOn(expected: (message: BotMessage) => boolean, label: string, what: string) {
    await this.press(buttonData(await this.receive(expected, what), label));
  }

  /** Waits for the question `expected` recognizes and types `answer`. */
  async answer(expected: (message: BotMessage) => boolean, answer: string, what: string) {
    await this.receiveUntil(expected, what);
    await this.say(answer);
  }
}

export function buttonData(message: BotMessage | undefined, label: string): string {
  const button = message?.reply_markup?.inline_keyboard?.flat().find((candidate) => candidate.text === label);
  if (!button) throw new Error(`no button "${label}" in ${JSON.stringify(message)}`);
  return button.callback_data;
}

export const startsWith = (prefix: string) => (message: BotMessage) => message.text.startsWith(prefix);
/** Recognizes the bot's message whose whole text is the Korean message `key`. */
export const isText = (key: string, params?: MessageParams) => (message: BotMessage) =>
  message.text === t(key, params);
/** Waits for the question `questionKey` and types `answer`. */
export const answerTo = (person: Person, questionKey: string, answer: string) =>
  person.answer(isText(questionKey), answer, questionKey);

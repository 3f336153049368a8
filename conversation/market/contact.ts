import { z } from "zod";
import { contactSeller } from "../../core/market/trades/mutations.js";
import { relayMessage, shareHandle } from "../../core/relay/mutations.js";
import { askFor, type CommandContext, defineCommand } from "../command.js";
import { reply, text } from "../reply.js";
import { confirmField, messageField } from "./fields.js";

const messageArgs = { message: z.string(), confirm: z.enum(["yes", "no"]).optional() };

/** Relays the message, or first warns about contact details in it and asks to confirm. */
async function send(
  ctx: CommandContext,
  conversationId: string,
  message: string,
  confirm: "yes" | "no" | undefined,
) {
  if (confirm === "no") return reply("relay-not-sent");
  const outcome = await relayMessage(ctx.db, {
    conversationId,
    senderId: ctx.profile.userId,
    text: message,
    confirmed: confirm === "yes",
    now: ctx.now,
  });
  if (outcome.status === "warning") {
    const found = outcome.found.map((kind) => text(`contact-info-${kind}`));
    return askFor("confirm", reply("relay-warning", { found }));
  }
  return reply("relay-sent");
}

/** Contact on an item card: opens the conversation with the seller and sends the first message. */
export const contact = defineCommand({
  name: "contact",
  descriptionKey: "cmd-market",
  listed: false,
  fields: [messageField, confirmField],
  schema: z.object({ itemId: z.uuid(), ...messageArgs }),
  async run(ctx, { itemId, message, confirm }) {
    const conversationId = await contactSeller(ctx.db, itemId, ctx.profile.userId);
    return send(ctx, conversationId, message, confirm);
  },
});

/** Reply under a relayed message. */
export const relay = defineCommand({
  name: "relay",
  descriptionKey: "cmd-market",
  listed: false,
  fields: [messageField, confirmField],
  schema: z.object({ conversationId: z.uuid(), ...messageArgs }),
  async run(ctx, { conversationId, message, confirm }) {
    return send(ctx, conversationId, message, confirm);
  },
});

export const relayShare = defineCommand({
  name: "relay_share",
  descriptionKey: "cmd-market",
  listed: false,
  fields: [],
  schema: z.object({ conversationId: z.uuid() }),
  async run(ctx, { conversationId }) {
    const { everyoneAgreed } = await shareHandle(ctx.db, { conversationId, userId: ctx.profile.userId });
    return reply(everyoneAgreed ? "relay-handles-shared" : "relay-handle-waiting");
  },
});

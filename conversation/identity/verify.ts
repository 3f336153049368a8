import { z } from "zod";
import { actions } from "../../core/actions/table.js";
import { confirmEmailCode, requestEmailCode, verifyByContact } from "../../core/identity/mutations.js";
import { sharedContactSchema } from "../../core/identity/schema.js";
import { EMAIL_CODE_TTL_MS } from "../../core/identity/verification.js";
import { askAgainWhen, askFor, type CommandContext, defineCommand } from "../command.js";
import { type Button, reply, text } from "../reply.js";
import { contactField, emailCodeField, emailField } from "./fields.js";

const byEmail: Button = { label: text("button-verify-email"), action: actions.verifyEmail() };
const byPhone: Button = { label: text("button-verify-phone"), action: actions.verifyPhone() };

/**
 * `/verify`: the ways to prove oneself. Sharing a phone contact is offered on Telegram only, the
 * one messenger whose contact card says whose number it is.
 */
export const verify = defineCommand({
  name: "verify",
  descriptionKey: "cmd-verify",
  listed: true,
  fields: [],
  schema: z.object({}),
  async run({ profile, account }) {
    if (profile.verified) return reply("verify-already");
    const ways = account.platform === "telegram" ? [byEmail, byPhone] : [byEmail];
    return reply("verify-choose", {}, { buttons: [ways] });
  },
});

async function sendCode(ctx: CommandContext, email: string) {
  const request = { userId: ctx.profile.userId, email, now: ctx.now };
  const sent = await requestEmailCode(ctx.db, ctx.pii, request);
  if (sent.status === "already-verified") return reply("verify-already");
  return askFor(
    emailCodeField.name,
    reply("verify-code-sent", { email: sent.maskedEmail, minutes: EMAIL_CODE_TTL_MS / 60_000 }),
  );
}

function checkCode(ctx: CommandContext, code: string) {
  return askAgainWhen("verify-code-wrong", emailCodeField.name, async () => {
    await confirmEmailCode(ctx.db, ctx.pii, { userId: ctx.profile.userId, code, now: ctx.now });
    return reply("verify-done");
  });
}

/** The address first, then the code mailed to it, in one dialog; skipping the code sends a new one. */
export const verifyEmail = defineCommand({
  name: "verify_email",
  changesPerson: true,
  descriptionKey: "cmd-verify",
  listed: false,
  fields: [emailField, emailCodeField],
  schema: z.object({ email: z.string(), code: z.string().optional() }),
  async run(ctx, { email, code }) {
    return code === undefined ? sendCode(ctx, email) : checkCode(ctx, code);
  },
});

/** Telegram's "share my phone number" button; someone else's contact is refused and asked again. */
export const verifyPhone = defineCommand({
  name: "verify_phone",
  changesPerson: true,
  descriptionKey: "cmd-verify",
  listed: false,
  fields: [contactField],
  schema: z.object({ contact: sharedContactSchema }),
  async run(ctx, { contact }) {
    return askAgainWhen("verify-not-own-contact", contactField.name, async () => {
      const { userId } = ctx.profile;
      await verifyByContact(ctx.db, ctx.pii, { userId, account: ctx.account, contact, now: ctx.now });
      return reply("verify-done");
    });
  },
});

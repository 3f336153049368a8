import { z } from "zod";
import { trustOf } from "../../core/trust/queries.js";
import type { TrustReason } from "../../core/trust/score.js";
import { defineCommand } from "../command.js";
import { reply, type Text, text } from "../reply.js";

// `/trust`: my temperature and the main reasons it is what it is, in counts and degrees only:
// never who rated or reported, nor which trade or ride a rating came from.

/** "+0.6°", "−0.8°": the sign always shown, a true minus, one decimal. */
function signedDegrees(degrees: number): string {
  return `${degrees < 0 ? "−" : "+"}${Math.abs(degrees).toFixed(1)}°`;
}

function reasonText({ kind, degrees, count, ways }: TrustReason): Text {
  const params = { count, degrees: signedDegrees(degrees) };
  if (kind === "verification") {
    return text("trust-reason-verification", {
      ...params,
      ways: (ways ?? []).map((way) => text(`trust-way-${way}`)),
    });
  }
  return text(`trust-reason-${kind}`, params);
}

export const trust = defineCommand({
  name: "trust",
  descriptionKey: "cmd-trust",
  listed: true,
  fields: [],
  schema: z.object({}),
  async run(ctx) {
    const { temperature, reasons } = await trustOf(ctx.db, ctx.profile.userId, ctx.now);
    if (reasons.length === 0) return reply("trust-card-start", { temperature });
    return reply("trust-card", { temperature, lines: reasons.map(reasonText) });
  },
});

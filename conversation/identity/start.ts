import { z } from "zod";
import { completeOnboarding } from "../../core/identity/mutations.js";
import { interestsSchema, languageSchema } from "../../core/identity/schema.js";
import { placeSchema } from "../../core/place.js";
import { defineCommand, personChanged } from "../command.js";
import { reply } from "../reply.js";
import { profileCard } from "./cards.js";
import { homeAreaField, interestsField, languageField } from "./fields.js";

/** Onboarding: language, then (each skippable) home area and interests. */
export const start = defineCommand({
  name: "start",
  descriptionKey: "cmd-start",
  listed: true,
  changesPerson: true,
  askOptional: true,
  fields: [languageField, { ...homeAreaField, optional: true }, { ...interestsField, optional: true }],
  schema: z.object({
    language: languageSchema,
    area: placeSchema.optional(),
    interests: interestsSchema.optional(),
  }),
  async run({ db, profile, now }, { language, area, interests }) {
    const updated = await completeOnboarding(
      db,
      profile.userId,
      { language, ...(area ? { homeArea: area } : {}), ...(interests ? { interests } : {}) },
      now,
    );
    return personChanged(updated, [reply("start-done", { name: updated.displayName }), profileCard(updated)]);
  },
});

import { z } from "zod";
import { updateProfile } from "../../core/identity/mutations.js";
import { languageSchema, timeZoneSchema, visibilitySchema } from "../../core/identity/schema.js";
import { nudgeChoices } from "../../core/identity/types.js";
import { defineCommand, personChanged } from "../command.js";
import { settingsCard } from "./cards.js";
import { languageField, nudgesField, timeZoneField, visibilityField } from "./fields.js";

/** Without arguments shows the settings with buttons; each button or option changes one. */
export const settings = defineCommand({
  name: "settings",
  descriptionKey: "cmd-settings",
  listed: true,
  changesPerson: true,
  fields: [
    { ...languageField, optional: true },
    { ...visibilityField, optional: true },
    { ...timeZoneField, optional: true },
    { ...nudgesField, optional: true },
  ],
  schema: z.object({
    language: languageSchema.optional(),
    visibility: visibilitySchema.optional(),
    timeZone: timeZoneSchema.optional(),
    nudges: z.enum(nudgeChoices).optional(),
  }),
  async run({ db, profile }, { nudges, ...changes }) {
    if (nudges === undefined && Object.keys(changes).length === 0) return settingsCard(profile);
    const streakNudges = nudges === undefined ? {} : { streakNudges: nudges === "on" };
    const updated = await updateProfile(db, profile.userId, { ...changes, ...streakNudges });
    return personChanged(updated, [settingsCard(updated, "settings-saved")]);
  },
});

import { z } from "zod";
import { updateProfile } from "../../core/identity/mutations.js";
import { languageSchema, timeZoneSchema, visibilitySchema } from "../../core/identity/schema.js";
import { leaderboardChoices, nudgeChoices } from "../../core/identity/types.js";
import { defineCommand, personChanged } from "../command.js";
import { settingsCard } from "./cards.js";
import { languageField, leaderboardField, nudgesField, timeZoneField, visibilityField } from "./fields.js";

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
    { ...leaderboardField, optional: true },
  ],
  schema: z.object({
    language: languageSchema.optional(),
    visibility: visibilitySchema.optional(),
    timeZone: timeZoneSchema.optional(),
    nudges: z.enum(nudgeChoices).optional(),
    leaderboard: z.enum(leaderboardChoices).optional(),
  }),
  async run({ db, profile }, { nudges, leaderboard, ...changes }) {
    const switches = {
      ...(nudges === undefined ? {} : { streakNudges: nudges === "on" }),
      ...(leaderboard === undefined ? {} : { onLeaderboards: leaderboard === "shown" }),
    };
    if (Object.keys(changes).length === 0 && Object.keys(switches).length === 0) return settingsCard(profile);
    const updated = await updateProfile(db, profile.userId, { ...changes, ...switches });
    return personChanged(updated, [settingsCard(updated, "settings-saved")]);
  },
});

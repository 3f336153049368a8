import { z } from "zod";
import { updateProfile } from "../../core/identity/mutations.js";
import { bioSchema, displayNameSchema, interestsSchema } from "../../core/identity/schema.js";
import { genders } from "../../core/identity/types.js";
import { placeSchema } from "../../core/place.js";
import { type Command, defineCommand, personChanged } from "../command.js";
import type { Field } from "../fields.js";
import { reply } from "../reply.js";
import { profileCard } from "./cards.js";
import {
  bioField,
  displayNameField,
  GENDER_UNSTATED,
  genderField,
  homeAreaField,
  interestsField,
} from "./fields.js";

export const profile = defineCommand({
  name: "profile",
  descriptionKey: "cmd-profile",
  listed: true,
  discordSubcommand: { parent: "profile", name: "view" },
  fields: [],
  schema: z.object({}),
  async run({ profile }) {
    return profileCard(profile);
  },
});

const editSchema = z.object({
  name: displayNameSchema.optional(),
  bio: bioSchema.optional(),
  interests: interestsSchema.optional(),
  area: placeSchema.optional(),
  gender: z
    .enum([...genders, GENDER_UNSTATED])
    .transform((gender) => (gender === GENDER_UNSTATED ? null : gender))
    .optional(),
});

type ProfileEdit = z.infer<typeof editSchema>;

async function saveEdit(ctx: Parameters<Command["run"]>[0], edit: ProfileEdit) {
  const updated = await updateProfile(ctx.db, ctx.profile.userId, {
    ...(edit.name !== undefined ? { displayName: edit.name } : {}),
    ...(edit.bio !== undefined ? { bio: edit.bio } : {}),
    ...(edit.interests !== undefined ? { interests: edit.interests } : {}),
    ...(edit.area !== undefined ? { homeArea: edit.area } : {}),
    ...(edit.gender !== undefined ? { gender: edit.gender } : {}),
  });
  return personChanged(updated, [reply("profile-saved"), profileCard(updated)]);
}

/** Every part at once, each skippable: Discord's `/profile edit` modal. */
export const profileEdit = defineCommand({
  name: "profile_edit",
  changesPerson: true,
  descriptionKey: "cmd-profile-edit",
  listed: false,
  discordSubcommand: { parent: "profile", name: "edit" },
  askOptional: true,
  fields: [displayNameField, bioField, interestsField, homeAreaField].map((field) => ({
    ...field,
    optional: true,
  })),
  schema: editSchema,
  run: saveEdit,
});

/** One part, asked after its button on the profile card (`profile_bio`, …). */
function editOne(part: keyof ProfileEdit, field: Field) {
  return defineCommand({
    name: `profile_${part}`,
    changesPerson: true,
    descriptionKey: "cmd-profile-edit",
    listed: false,
    fields: [field],
    schema: editSchema.required({ [part]: true } as { [K in typeof part]: true }),
    run: saveEdit,
  });
}

export const profileFieldCommands = [
  editOne("name", displayNameField),
  editOne("bio", bioField),
  editOne("interests", interestsField),
  editOne("area", homeAreaField),
  // Not in the modal above, which takes typed answers only; stated only for same-gender rides.
  editOne("gender", genderField),
];

import { ActionRowBuilder, AttachmentBuilder, ButtonBuilder, ButtonStyle, EmbedBuilder } from "discord.js";
import type { Command } from "../../conversation/command.js";
import { isTyped } from "../../conversation/fields.js";
import { renderCommandList } from "../../conversation/render.js";
import type { Button, Reply } from "../../conversation/reply.js";
import type { Language } from "../../core/identity/types.js";
import { viewablePhoto } from "../../core/photo.js";
import type { Place } from "../../core/place.js";
import { renderText } from "../../i18n/render.js";
import type { Translator } from "../../i18n/translator.js";
import { fitButtonRows } from "./button-rows.js";
import { spellCommand } from "./definitions.js";
import { encodeFormId } from "./forms.js";

/** What editReply and followUp take. */
export interface DiscordMessage {
  embeds: EmbedBuilder[];
  components: ActionRowBuilder<ButtonBuilder>[];
  /** A picture honjok drew, uploaded with the message and shown in its embed. */
  files?: AttachmentBuilder[];
}

const BRAND_COLOUR = 0x5b8def;
/** Three decimals is about 100 m: a map link never gives away a more exact spot than that. */
const COORDINATE_DECIMALS = 3;

/** A prompt for typed input gets a button that opens the modal asking for it. */
function fillInButton(reply: Reply, language: Language): Button | undefined {
  const prompt = reply.prompt;
  const first = prompt?.fields[0];
  if (!prompt || !first || !isTyped(first)) return undefined;
  const fields = prompt.fields.filter(isTyped).map((field) => field.name);
  return {
    label: { key: "discord-fill-in" },
    action: encodeFormId({ command: prompt.command, language, fields }),
  };
}

/**
 * Discord has no way to send a location, though the shared questions offer one: a place
 * question says what can be typed instead.
 */
function asksPlace(reply: Reply): boolean {
  return reply.prompt?.fields.some((field) => field.kind === "place") ?? false;
}

function placeField(translator: Translator, language: Language, place: Place) {
  const lat = place.lat.toFixed(COORDINATE_DECIMALS);
  const lng = place.lng.toFixed(COORDINATE_DECIMALS);
  const url = `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=16/${lat}/${lng}`;
  return {
    name: place.label ?? translator.translate(language, "discord-place-title"),
    value: translator.translate(language, "discord-map-link", { lat, lng, url }),
  };
}

/** A button that opens the address itself (a person's own room link), without coming back to the bot. */
function linkRow(label: string, url: string): ActionRowBuilder<ButtonBuilder> {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder().setStyle(ButtonStyle.Link).setLabel(label).setURL(url),
  );
}

/** One neutral reply as a Discord message: an embed with the text, and rows of buttons. */
export function renderReply(
  translator: Translator,
  language: Language,
  commands: Command[],
  reply: Reply,
): DiscordMessage {
  const list =
    reply.commands && renderCommandList(translator, language, commands, reply.commands, spellCommand);
  const body = renderText(translator, language, reply.text);
  const description = [body, asksPlace(reply) && translator.translate(language, "discord-place-typed"), list]
    .filter(Boolean)
    .join("\n\n");
  const embed = new EmbedBuilder().setColor(BRAND_COLOUR).setDescription(description);
  if (reply.place) embed.addFields(placeField(translator, language, reply.place));
  const photo = reply.image && viewablePhoto(reply.image, "discord");
  if (photo) embed.setImage(photo);
  const files = reply.picture
    ? [new AttachmentBuilder(Buffer.from(reply.picture.png), { name: reply.picture.name })]
    : [];
  if (reply.picture) embed.setImage(`attachment://${reply.picture.name}`);
  const fillIn = fillInButton(reply, language);
  const rows = fitButtonRows([...(fillIn ? [[fillIn]] : []), ...(reply.buttons ?? [])]);
  const components = rows.map((row) =>
    new ActionRowBuilder<ButtonBuilder>().addComponents(
      row.map((button) =>
        new ButtonBuilder()
          .setCustomId(button.action)
          .setLabel(renderText(translator, language, button.label))
          .setStyle(button === fillIn ? ButtonStyle.Primary : ButtonStyle.Secondary),
      ),
    ),
  );
  const link = reply.link && linkRow(renderText(translator, language, reply.link.label), reply.link.url);
  // The link comes first; of Discord's five rows the other buttons keep four.
  return {
    embeds: [embed],
    components: link ? [link, ...components.slice(0, 4)] : components,
    ...(files.length > 0 ? { files } : {}),
  };
}

import type { Outcome } from "../../conversation/dispatcher.js";
import type { Field } from "../../conversation/fields.js";
import { renderCommandList } from "../../conversation/render.js";
import type { Reply } from "../../conversation/reply.js";
import type { Language } from "../../core/identity/types.js";
import { viewablePhoto } from "../../core/photo.js";
import type { Place } from "../../core/place.js";
import { renderButtons, renderText } from "../../i18n/render.js";
import type { AppContext } from "../../runtime/context.js";

// The playground's idiom for a neutral Reply: plain JSON with every text already translated,
// so the page only has to put strings into the DOM.

export interface WebButton {
  label: string;
  data: string;
}

export interface WebField {
  name: string;
  kind: Field["kind"];
  label: string;
  optional: boolean;
  multiline: boolean;
}

export interface WebReply {
  text: string;
  buttons: WebButton[][];
  /** What the person is asked next; `kind` is the first field's, so the page can offer a location button. */
  prompt?: { kind: Field["kind"]; fields: WebField[] };
  place?: Pick<Place, "lat" | "lng" | "label">;
  image?: { url: string };
  /** An address the page opens as a link (a persona's own room link), above the buttons. */
  link?: { label: string; url: string };
}

export interface WebOutcome {
  language: Language;
  replies: WebReply[];
}

type Rendering = Pick<AppContext, "translator" | "dispatcher">;

function renderField({ translator }: Rendering, language: Language, field: Field): WebField {
  return {
    name: field.name,
    kind: field.kind,
    label: translator.translate(language, field.labelKey),
    optional: field.optional ?? false,
    multiline: field.kind === "text" && (field.multiline ?? false),
  };
}

export function renderReply(ctx: Rendering, language: Language, reply: Reply): WebReply {
  const { translator, dispatcher } = ctx;
  const text = renderText(translator, language, reply.text);
  const commandList = reply.commands
    ? renderCommandList(translator, language, dispatcher.commands, reply.commands)
    : "";
  const [first] = reply.prompt?.fields ?? [];
  return {
    text: commandList ? `${text}\n${commandList}` : text,
    buttons: renderButtons(translator, language, reply.buttons ?? []).map((row) =>
      row.map(({ label, action }) => ({ label, data: action })),
    ),
    ...(reply.prompt && first
      ? {
          prompt: {
            kind: first.kind,
            fields: reply.prompt.fields.map((field) => renderField(ctx, language, field)),
          },
        }
      : {}),
    ...(reply.place
      ? { place: { lat: reply.place.lat, lng: reply.place.lng, label: reply.place.label } }
      : {}),
    ...imageOf(reply),
    ...(reply.link
      ? { link: { label: renderText(translator, language, reply.link.label), url: reply.link.url } }
      : {}),
  };
}

/** A photo someone sent, or a picture honjok drew, which the page shows from a data: URL. */
function imageOf(reply: Reply): { image?: { url: string } } {
  if (reply.picture)
    return { image: { url: `data:image/png;base64,${Buffer.from(reply.picture.png).toString("base64")}` } };
  const url = reply.image && viewablePhoto(reply.image, "web");
  return url ? { image: { url } } : {};
}

export function renderOutcome(ctx: Rendering, outcome: Outcome): WebOutcome {
  return {
    language: outcome.language,
    replies: outcome.replies.map((reply) => renderReply(ctx, outcome.language, reply)),
  };
}

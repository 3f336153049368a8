import type { z } from "zod";
import type { CarpoolSettings } from "../core/carpool/settings.js";
import { AppError } from "../core/errors.js";
import type { SharedContact } from "../core/identity/types.js";
import { type Place, parseCoordinates } from "../core/place.js";
import { resolvePlace, suggestPlaces } from "../core/places/gazetteer.js";
import { isBlank } from "../core/text/clean.js";

/** What an answer can be judged against besides itself: the clock, the person's zone, the other answers. */
export interface FieldContext {
  now: Date;
  timeZone: string;
  carpool: CarpoolSettings;
  /** The answers given so far in this dialog, by field name. */
  answers: Readonly<Record<string, unknown>>;
  /** What the geocoder found for the words typed as places, asked by the dispatcher before the step. */
  places?: GeocodedPlaces;
}

/** Places a geocoder found, by the words typed (trimmed); only those the gazetteer does not know. */
export type GeocodedPlaces = ReadonlyMap<string, Place>;

const NONE_GEOCODED: GeocodedPlaces = new Map();

interface FieldBase {
  name: string;
  /** Short label (buttons, Discord modal titles). */
  labelKey: string;
  /** The question asked when this field is missing. */
  promptKey: string;
  optional?: boolean;
  /**
   * Asked only when the answers so far make it apply (a join question only where joining needs
   * approval); otherwise it is passed over as if skipped.
   */
  appliesWhen?: (answers: Readonly<Record<string, unknown>>) => boolean;
  /** The skip button's label, where skipping does more than leave the field out (sends a new code). */
  skipLabelKey?: string;
  /**
   * Refuses (throws AppError) an answer that reads well alone but not on this clock or next to the
   * other answers: a departure already past, "19:00~18:00", the same start and destination. It runs
   * at this field's question, so the person fixes it there rather than four questions later.
   */
  check?: (value: unknown, context: FieldContext) => void;
}

export interface ChoiceField extends FieldBase {
  kind: "choice";
  options: { value: string; labelKey: string }[];
}

export interface TextField extends FieldBase {
  kind: "text";
  maxLength: number;
  multiline?: boolean;
  schema: z.ZodType;
  /** Why an answer the schema refuses is wrong and what is accepted ("2–1000"), when the field can say. */
  refusal?: AppError;
}

/** Comma-separated items such as interests ("board games, running"), or space-separated words when no comma is typed. */
export interface ListField extends FieldBase {
  kind: "list";
  schema: z.ZodType;
}

/** A shared location or typed `lat,lng [label]`. */
export interface PlaceField extends FieldBase {
  kind: "place";
}

/** Photos sent one by one until the person taps Done; each front door reads its own kind. */
export interface PhotosField extends FieldBase {
  kind: "photos";
  max: number;
}

/** A phone contact shared with the messenger's own button; only Telegram has one. */
export interface ContactField extends FieldBase {
  kind: "contact";
}

export type Field = ChoiceField | TextField | ListField | PlaceField | PhotosField | ContactField;

/** What a person can answer a field with, other than photos: typed text, a shared place or contact. */
export type Answer = string | Place | SharedContact;

/** A choice whose label, question and option labels follow the catalog's naming: `field-<name>`, `ask-<name>`, `<prefix>-<value>`. */
export function choiceField(name: string, values: readonly string[], labelPrefix: string): ChoiceField {
  return {
    kind: "choice",
    name,
    labelKey: `field-${name}`,
    promptKey: `ask-${name}`,
    options: values.map((value) => ({ value, labelKey: `${labelPrefix}-${value}` })),
  };
}

/** Answered by typing (so Discord can ask a run of them in one modal), not by buttons, photos or a contact. */
export function isTyped(field: Field): boolean {
  return field.kind !== "choice" && field.kind !== "photos" && field.kind !== "contact";
}

/** Longest text a field without a limit of its own accepts (places, choices, lists). */
export const MAX_INPUT_LENGTH = 1000;

/** Carries the field's label key, so the reason can say which answer was not understood. */
function invalid(field: Field): AppError {
  if (field.kind === "text" && field.refusal) return field.refusal;
  return new AppError("invalid-input", { field: field.labelKey });
}

/** The longest text this field takes: its own limit where it has one. */
function lengthLimit(field: Field): number {
  return field.kind === "text" ? field.maxLength : MAX_INPUT_LENGTH;
}

/** Turns one typed answer (or shared location or contact) into the field's value, or a localized reason. */
export function parseFieldValue(field: Field, input: Answer, places = NONE_GEOCODED): unknown {
  if (typeof input === "string") {
    const max = lengthLimit(field);
    if (input.trim().length > max) throw new AppError("text-too-long", { max });
    if (isBlank(input) && field.kind !== "photos")
      throw new AppError("empty-answer", { field: field.labelKey });
  }
  switch (field.kind) {
    case "place":
      if (typeof input === "string") return placeFromText(field, input, places);
      if ("lat" in input) return input;
      throw invalid(field);
    case "contact":
      // Typed digits prove nothing: only the messenger's own contact card counts.
      if (typeof input !== "string" && "phone" in input) return input;
      throw invalid(field);
    case "photos":
      throw new AppError("photo-expected");
    case "choice": {
      const value = typeof input === "string" ? input.trim() : undefined;
      if (!field.options.some((option) => option.value === value)) throw invalid(field);
      return value;
    }
    case "text":
      if (typeof input !== "string") throw invalid(field);
      return parseWith(field, input);
    case "list": {
      if (typeof input !== "string") throw invalid(field);
      return parseWith(field, listItems(input));
    }
  }
}

// The comma as typed on Latin, Korean (，) and Japanese-style (、､) keyboards.
const COMMAS = /[,，、､]/u;

/**
 * Items at the commas, keeping the spaces inside one ("board games"), or words when no comma was
 * typed ("등산 요리"). A `#tag` stands alone either way, as people write hashtags one after another.
 */
function listItems(input: string): string[] {
  const pieces = COMMAS.test(input) ? input.split(COMMAS) : input.split(/\s+/u);
  return pieces
    .flatMap((piece) => piece.split(/\s+(?=#)/u))
    .map((item) => item.trim())
    .filter(Boolean);
}

function parseWith(field: TextField | ListField, value: unknown): unknown {
  const parsed = field.schema.safeParse(value);
  if (!parsed.success) throw invalid(field);
  return parsed.data;
}

/** The field's value for an answer, judged also against the clock and the answers before it. */
export function readAnswer(field: Field, input: Answer, context: FieldContext): unknown {
  const value = parseFieldValue(field, input, context.places);
  field.check?.(value, context);
  return value;
}

/**
 * Coordinates, a place name the gazetteer knows, or one the geocoder found; an unknown name gets
 * the gazetteer's close matches.
 */
function placeFromText(field: PlaceField, input: string, places: GeocodedPlaces): Place {
  const place = parseCoordinates(input) ?? resolvePlace(input) ?? places.get(input.trim());
  if (place) return place;
  if (/^[\s\d.,+-]*$/u.test(input)) throw invalid(field);
  const name = input.trim().slice(0, 40);
  const suggestions = suggestPlaces(input);
  // With nothing close to offer, say what is understood instead.
  if (suggestions.length === 0) throw new AppError("place-unknown-no-match", { name });
  throw new AppError("place-unknown", { name, suggestions: suggestions.join(", ") });
}

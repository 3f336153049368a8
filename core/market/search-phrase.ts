import { AppError, isAppError } from "../errors.js";
import { parsePrice } from "./price.js";
import { type ItemCategory, itemCategories } from "./types.js";

/** What a typed search asks for: `/market 의자 가구 3만이하` → keyword 의자, furniture, at most 30,000. */
export interface SearchPhrase {
  keyword: string | undefined;
  category: ItemCategory | undefined;
  minPrice: number | undefined;
  maxPrice: number | undefined;
}

// Category names as people type them; the catalogs' labels in both languages, plus common synonyms.
const categoryWords: Record<string, ItemCategory> = {
  가구: "furniture",
  가전: "appliances",
  주방: "kitchen",
  의류: "clothes",
  옷: "clothes",
  도서: "books",
  책: "books",
  디지털: "digital",
  생활용품: "household",
  취미: "hobby",
  기타: "other",
  ...Object.fromEntries(itemCategories.map((category) => [category, category])),
};

const FREE_WORDS = new Set(["나눔", "무료", "free"]);
const AT_MOST = /^(?:~(.+)|(.+?)(?:이하|까지|under))$/u;
const AT_LEAST = /^(.+?)(?:이상|부터|over|~)$/u;
const RANGE = /^(.+?)~(.+)$/u;

function priceOrUndefined(text: string): number | undefined {
  try {
    return parsePrice(text);
  } catch (error) {
    // A word that is no price is a keyword.
    if (isAppError(error) && (error.code === "price-unreadable" || error.code === "price-negative"))
      return undefined;
    throw error;
  }
}

/** A price condition in one word (`~3만`, `3만이하`, `1만이상`, `1만~5만`, `나눔`); undefined for other words. */
function priceRange(word: string): Pick<SearchPhrase, "minPrice" | "maxPrice"> | undefined {
  if (FREE_WORDS.has(word)) return { minPrice: undefined, maxPrice: 0 };
  const range = RANGE.exec(word);
  if (range?.[1] && range[2]) {
    const [min, max] = [priceOrUndefined(range[1]), priceOrUndefined(range[2])];
    if (min !== undefined && max !== undefined) return { minPrice: min, maxPrice: max };
  }
  const atMost = AT_MOST.exec(word);
  const maxText = atMost?.[1] ?? atMost?.[2];
  if (maxText) {
    const max = priceOrUndefined(maxText);
    if (max !== undefined) return { minPrice: undefined, maxPrice: max };
  }
  const atLeast = AT_LEAST.exec(word)?.[1];
  const min = atLeast ? priceOrUndefined(atLeast) : undefined;
  return min === undefined ? undefined : { minPrice: min, maxPrice: undefined };
}

/**
 * Splits a typed search into its keyword and the filters written among its words, so a messenger
 * without option pickers (Telegram) can filter by category and price too.
 */
export function parseSearchPhrase(text: string): SearchPhrase {
  const phrase: SearchPhrase = {
    keyword: undefined,
    category: undefined,
    minPrice: undefined,
    maxPrice: undefined,
  };
  const words: string[] = [];
  for (const word of text.trim().split(/\s+/u).filter(Boolean)) {
    const bare = word.replace(/^#/u, "").toLowerCase();
    const category = categoryWords[bare];
    const price = category ? undefined : priceRange(bare.replace(/원/gu, ""));
    if (category) phrase.category = category;
    else if (price) Object.assign(phrase, price);
    else words.push(word);
  }
  if (phrase.minPrice !== undefined && phrase.maxPrice !== undefined && phrase.minPrice > phrase.maxPrice) {
    throw new AppError("invalid-input", { field: "field-price" });
  }
  phrase.keyword = words.join(" ") || undefined;
  return phrase;
}

import { getChoseong } from "es-hangul";

/**
 * Keyword search over titles and descriptions without pg_trgm, whose trigrams cannot find the
 * two-syllable words most Korean item names are (의자, 책상). A document stores three columns:
 *
 *   search_tokens   text[]  searchTokens(title, description)        -- GIN index
 *   search_text     text    normalizeForSearch(title, description)
 *   search_choseong text    choseongOf(title, description)
 *
 * and a query from `parseSearchQuery` runs as
 *
 *   WHERE search_tokens @> $tokens
 *     AND search_text ~ ALL ($textPatterns)
 *     AND search_choseong ~ ALL ($choseongPatterns)
 *
 * The tokens find candidate rows through the index; the regular expressions drop rows that hold
 * every token without holding the words (책상자 against "상자 책상"). `~ ALL` of an empty array is
 * true, so a query with no initial-consonant words needs no choseong check, and the other way round.
 *
 * Matching rules (korean.test.ts shows each):
 * - A query word is found inside a document word: 의자 finds 원목의자, ㅈㅈㄹㅇㅈ finds 전자레인지.
 * - A query word typed without the document's spaces is found when it starts where a document
 *   word starts: 원목의자 and ㅇㅁㅇㅈ find "원목 의자", 전자레인 finds "전자 레인지". Starting
 *   inside a word it never crosses a space: 자레 does not find "전자 레인지", nor 상자 "책상 자석".
 * - Typed with spaces, each word is found on its own: "원목 의자" finds 원목의자.
 * - Where Hangul, digits and other letters meet, a space is optional: 아이폰15 and "아이폰 15"
 *   are the same on both sides.
 * - All words of a query must match, in any order.
 * - A query word whose Hangul is only initial consonants (ㅈㅈㄹㅇㅈ, ㅇㅇㅍ15) is matched against
 *   the initial consonants of the document; any other word against its text.
 */

/**
 * Each text is searchable by its first this-many letters and digits. With one- and two-character
 * tokens of both the text and its initial consonants, and the pairs across its spaces, that is at
 * most 6 × 300 tokens per text (a few hundred distinct ones in real descriptions), which keeps GIN
 * entries per row bounded. Titles are
 * far shorter and so indexed whole; a long description is found by its opening, where sellers name
 * the item.
 */
export const SEARCHABLE_CHARACTERS_PER_TEXT = 300;

// Hangul fillers are letters to Unicode but blank on screen, and typed as invisible spaces.
const WORD_SEPARATORS = /(?:[^\p{L}\p{N}]|[\u115F\u1160\u3164\uFFA0])+/u;
const WORD_PIECE = /\p{Script=Hangul}+|\p{N}+|[^\p{Script=Hangul}\p{N}]+/gu;
const HANGUL = /\p{Script=Hangul}/u;
const HANGUL_CHARACTERS = /\p{Script=Hangul}/gu;
const INITIAL_CONSONANT = /^[ㄱ-ㅎ]$/u;

/** NFKC (full-width letters and digits, composed Hangul), except for compatibility jamo. */
export function nfkcKeepingJamo(text: string): string {
  // NFKC turns typed jamo (ㅈ) into conjoining jamo, which no longer equal what others type and
  // even compose into syllables (ㄱㅏ → 가).
  return text.replace(/[^\u3131-\u318E]+/gu, (run) => run.normalize("NFKC"));
}

/** Lower-cased words of letters and digits; punctuation, symbols and emoji separate words. */
function foldedWords(text: string): string[] {
  return (
    nfkcKeepingJamo(text)
      .toLowerCase()
      // Marks still left after NFKC are mostly emoji variation selectors and keycaps (❤️, 1️⃣).
      .replace(/\p{M}/gu, "")
      .split(WORD_SEPARATORS)
      .filter((word) => word !== "")
  );
}

/** A word split where Hangul, digits and other letters meet: 아이폰15 → 아이폰, 15. */
function piecesOf(word: string): string[] {
  return word.match(WORD_PIECE) ?? [];
}

function searchablePieces(text: string): string[] {
  const kept: string[] = [];
  let budget = SEARCHABLE_CHARACTERS_PER_TEXT;
  for (const piece of foldedWords(text).flatMap(piecesOf)) {
    if (budget === 0) break;
    const characters = [...piece].slice(0, budget);
    kept.push(characters.join(""));
    budget -= characters.length;
  }
  return kept;
}

/** Initial consonants of a Hangul piece (jamo typed as such are kept, vowels dropped); others as they are. */
function choseongOfPiece(piece: string): string {
  return HANGUL.test(piece) ? getChoseong(piece) : piece;
}

/** The string to store in `search_text`: searchable pieces, one space apart, one line per text. */
export function normalizeForSearch(...texts: string[]): string {
  // No pattern holds a line break, so a query never matches from the end of a title into its description.
  return texts.map((text) => searchablePieces(text).join(" ")).join("\n");
}

function choseongPieces(text: string): string[] {
  return searchablePieces(text)
    .map(choseongOfPiece)
    .filter((piece) => piece !== "");
}

/** The string to store in `search_choseong`: `normalizeForSearch` with Hangul as initial consonants. */
export function choseongOf(...texts: string[]): string {
  return texts.map((text) => choseongPieces(text).join(" ")).join("\n");
}

function bigrams(piece: string): string[] {
  const characters = [...piece];
  return characters.slice(1).map((second, index) => `${characters[index]}${second}`);
}

/**
 * The distinct tokens to store in `search_tokens`: every one- and two-character substring of each
 * piece and of its initial consonants. One-character tokens let 책 find 전공책 and 옷 find 겨울옷,
 * as one-syllable nouns head many compounds; with them, whatever a query word's tokens are, a
 * document containing that word holds them all.
 *
 * Initial-consonant tokens are not prefixed: a text token made only of consonants comes from jamo
 * typed in the document (ㅋㅋ), which `getChoseong` keeps, so it means the same in both sets. The
 * LIKE checks tell the columns apart.
 */
export function searchTokens(...texts: string[]): string[] {
  const tokens = new Set<string>();
  for (const piece of texts.flatMap(searchablePieces)) {
    for (const form of new Set([piece, choseongOfPiece(piece)])) {
      for (const token of [...form, ...bigrams(form)]) tokens.add(token);
    }
  }
  for (const text of texts) {
    for (const pieces of [searchablePieces(text), choseongPieces(text)]) {
      for (const token of bigramsAcrossSpaces(pieces)) tokens.add(token);
    }
  }
  return [...tokens];
}

/**
 * The two characters either side of each space between pieces (원목 의자 → 목의), so a word typed
 * without the space (원목의자) finds the row through the index too. The migration
 * 20261201000000_search_across_spaces made these from the stored columns the same way.
 */
function bigramsAcrossSpaces(pieces: string[]): string[] {
  return pieces.slice(1).flatMap((next, index) => {
    const last = [...(pieces[index] as string)].at(-1);
    const first = [...next][0];
    return last && first ? [`${last}${first}`] : [];
  });
}

export interface SearchQuery {
  /** `search_tokens @> tokens`; empty when the query has no words: search without a keyword. */
  tokens: string[];
  /** `search_text ~ ALL (textPatterns)`: regular expressions PostgreSQL and JavaScript read alike. */
  textPatterns: string[];
  /** `search_choseong ~ ALL (choseongPatterns)`. */
  choseongPatterns: string[];
}

function isInitialConsonantWord(word: string): boolean {
  const hangul = word.match(HANGUL_CHARACTERS) ?? [];
  return hangul.length > 0 && hangul.every((character) => INITIAL_CONSONANT.test(character));
}

function queryTokensOf(piece: string): string[] {
  return [...piece].length === 1 ? [piece] : bigrams(piece);
}

/**
 * The word as written, anywhere; or, from the start of a document word, with a space allowed
 * between any two of its characters. Pieces hold only letters and digits, never a character a
 * regular expression reads as an operator, so they need no escaping.
 */
function wordPattern(pieces: string[]): string {
  const written = pieces.join(" ");
  const spaced = pieces.map((piece) => [...piece].join(" ?")).join(" ");
  // A newline parts a title from its description: never crossed, but a word starts after it.
  return spaced === written ? written : `${written}|(?:^|[\n ])${spaced}`;
}

/** What a row must satisfy to match `query`; see the SQL at the top of this file. */
export function parseSearchQuery(query: string): SearchQuery {
  const tokens = new Set<string>();
  const textPatterns = new Set<string>();
  const choseongPatterns = new Set<string>();
  for (const word of foldedWords(query)) {
    const pieces = piecesOf(word);
    for (const piece of pieces) for (const token of queryTokensOf(piece)) tokens.add(token);
    (isInitialConsonantWord(word) ? choseongPatterns : textPatterns).add(wordPattern(pieces));
  }
  return { tokens: [...tokens], textPatterns: [...textPatterns], choseongPatterns: [...choseongPatterns] };
}

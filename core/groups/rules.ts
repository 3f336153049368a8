import { nfkcKeepingJamo } from "../search/korean.js";

export const MIN_NAME_LENGTH = 2;
export const MAX_NAME_LENGTH = 60;
export const MAX_DESCRIPTION_LENGTH = 1000;
export const MAX_TAGS = 10;
export const MAX_TAG_LENGTH = 20;
export const MIN_MEMBER_LIMIT = 2;
export const MAX_MEMBER_LIMIT = 1000;
export const MAX_QUESTION_LENGTH = 200;
export const MAX_ANSWER_LENGTH = 300;

/** Groups one person may own: enough for real hobbies, too few to flood a neighbourhood. */
export const MAX_GROUPS_OWNED = 10;

export const DEFAULT_GROUP_RADIUS_M = 5000;
export const MAX_GROUP_RADIUS_M = 10_000;
export const GROUP_PAGE_SIZE = 5;
export const MAX_GROUP_PAGE = 20;

/**
 * A tag as groups store and searches compare it: `#운동`, ` 운동 ` and `＃운동` are one tag, and
 * so are `Running` and `running`. Spaces inside are dropped, as a tag is one word.
 */
export function normalizeTag(tag: string): string {
  return nfkcKeepingJamo(tag).trim().replace(/^#+/u, "").toLowerCase().replace(/\s+/gu, "");
}

export interface GroupQuery {
  keyword: string | undefined;
  tags: string[];
}

/** Reads what follows `/groups`: words starting with `#` are tags, the rest is a keyword. */
export function readGroupQuery(phrase: string): GroupQuery {
  const words = phrase.trim().split(/\s+/u).filter(Boolean);
  const isTag = (word: string) => /^[#＃]/u.test(word);
  const tags = [...new Set(words.filter(isTag).map(normalizeTag).filter(Boolean))];
  const keyword = words.filter((word) => !isTag(word)).join(" ");
  return { keyword: keyword || undefined, tags };
}

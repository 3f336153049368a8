import { choseongOf, normalizeForSearch, parseSearchQuery, searchTokens } from "../search/korean.js";

/** The search columns of an item, rebuilt whenever its title or description changes. */
export function searchColumns(title: string, description: string) {
  return {
    searchTokens: searchTokens(title, description),
    searchText: normalizeForSearch(title, description),
    searchChoseong: choseongOf(title, description),
  };
}

/** `LIKE '%word%'` in memory; the patterns hold only letters, digits and spaces. */
function likeContains(text: string, pattern: string): boolean {
  return text.includes(pattern.slice(1, -1));
}

/**
 * The keyword test the search query runs in SQL, for one item in memory (alert matching). An
 * empty keyword matches everything, as it does in a search.
 */
export function matchesKeyword(keyword: string, searchText: string, searchChoseong: string): boolean {
  const query = parseSearchQuery(keyword);
  return (
    query.textPatterns.every((pattern) => likeContains(searchText, pattern)) &&
    query.choseongPatterns.every((pattern) => likeContains(searchChoseong, pattern))
  );
}

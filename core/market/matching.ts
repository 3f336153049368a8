import { choseongOf, normalizeForSearch, parseSearchQuery, searchTokens } from "../search/korean.js";

/** The search columns of an item, rebuilt whenever its title or description changes. */
export function searchColumns(title: string, description: string) {
  return {
    searchTokens: searchTokens(title, description),
    searchText: normalizeForSearch(title, description),
    searchChoseong: choseongOf(title, description),
  };
}

/** PostgreSQL's `~` in memory: the patterns use only what both engines read alike. */
function matchesPattern(text: string, pattern: string): boolean {
  return new RegExp(pattern, "u").test(text);
}

/**
 * The keyword test the search query runs in SQL, for one item in memory (alert matching). An
 * empty keyword matches everything, as it does in a search.
 */
export function matchesKeyword(keyword: string, searchText: string, searchChoseong: string): boolean {
  const query = parseSearchQuery(keyword);
  return (
    query.textPatterns.every((pattern) => matchesPattern(searchText, pattern)) &&
    query.choseongPatterns.every((pattern) => matchesPattern(searchChoseong, pattern))
  );
}

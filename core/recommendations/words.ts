// Interests are compared as whole words, not as the search index's pieces (core/search/korean.ts
// keeps single syllables and initial consonants for finding "보드" in "보드게임", which would make
// "모임" and "보드게임" share "임"). A word of one letter says nothing about a taste.

const MIN_LETTERS = 2;

/** The words of some texts, lowercased, each once. */
export function wordsOf(...texts: string[]): string[] {
  const words = texts.flatMap((text) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return [...new Set(words.filter((word) => [...word].length >= MIN_LETTERS))];
}

/**
 * The person's interests a thing's words speak of: the same word, or one inside the other, as
 * Korean compounds are written ("보드게임" in "보드게임카페", "러닝" in "러닝크루").
 */
export function sharedInterests(interests: string[], words: string[]): string[] {
  return interests.filter((interest) =>
    words.some((word) => word.includes(interest) || interest.includes(word)),
  );
}

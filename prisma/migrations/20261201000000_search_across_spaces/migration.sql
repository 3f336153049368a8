-- Search finds a word typed without the document's spaces (원목의자 finds "원목 의자"): each row's
-- search tokens gain the two characters either side of each space between pieces, in its text and
-- in its initial consonants, as core/search/korean.ts `searchTokens` now makes them. Both columns
-- hold their pieces one space apart, one line per text, so the pairs come from them alone.
CREATE FUNCTION "honjokTokensAcrossSpaces"(tokens text[], columns text[]) RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
  SELECT ARRAY(
    SELECT DISTINCT token FROM (
      SELECT unnest(tokens) AS token
      UNION ALL
      SELECT right(piece, 1) || left(next_piece, 1)
      FROM (
        SELECT piece, lead(piece) OVER (PARTITION BY source, line_no ORDER BY piece_no) AS next_piece
        FROM unnest(columns) WITH ORDINALITY AS s(column_text, source),
          unnest(string_to_array(column_text, E'\n')) WITH ORDINALITY AS l(line, line_no),
          unnest(string_to_array(line, ' ')) WITH ORDINALITY AS p(piece, piece_no)
      ) AS pairs
      WHERE next_piece IS NOT NULL AND piece <> '' AND next_piece <> ''
    ) AS all_tokens
  )
$$;

UPDATE "Item" SET "searchTokens" =
  "honjokTokensAcrossSpaces"("searchTokens", ARRAY["searchText", "searchChoseong"]);
UPDATE "Group" SET "searchTokens" =
  "honjokTokensAcrossSpaces"("searchTokens", ARRAY["searchText", "searchChoseong"]);

DROP FUNCTION "honjokTokensAcrossSpaces"(text[], text[]);

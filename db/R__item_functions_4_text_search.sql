-- Repeatable (R__): Flyway runs this file after the versioned migrations whenever its text changes, so
-- redefining the function is an edit here. The versioned files that first defined it stay as they were
-- applied (Flyway checks their checksums). The R__item_functions_* files run in name order, each function
-- after the ones it calls. CREATE OR REPLACE cannot change a function's columns: a change of columns
-- drops the function (and the ones that call it) in a versioned migration first.

-- Free text: websearch syntax in both configurations, OR-ed with a prefix match on each word's
-- root. Snowball stems "терроризм" and "террористических" differently (терроризм, террористическ),
-- so the Russian stem is cut back past common derivational suffixes (-изм, -ист, -ическ, ...) to the
-- shared root "террор", and 'террор':* finds both; English stems get a plain prefix match.
CREATE OR REPLACE FUNCTION text_search_query(q TEXT) RETURNS TSQUERY LANGUAGE sql STABLE AS $$
WITH stems AS (
    SELECT regexp_replace((ts_lexize('russian_stem', w))[1], '(истическ|ическ|истск|изм|ист|ск)$', '') AS ru,
           (ts_lexize('english_stem', w))[1] AS en
    FROM regexp_split_to_table(lower(q), '[^[:alnum:]]+') AS w
    WHERE w <> ''
), words AS (
    SELECT concat_ws(' | ',
               CASE WHEN char_length(ru) >= 3 THEN quote_literal(ru) || ':*' END,
               CASE WHEN char_length(en) >= 3 THEN quote_literal(en) || ':*' END) AS alternatives
    FROM stems
    WHERE char_length(ru) >= 3 OR char_length(en) >= 3
), roots AS (
    -- Quotes and "-" carry websearch meaning (phrases, exclusion) that a prefix match would undo.
    SELECT to_tsquery('simple', string_agg('(' || alternatives || ')', ' & ')) AS query
    FROM words
    WHERE q !~ '["]|(^|\s)-'
    HAVING count(*) > 0
)
SELECT CASE WHEN (SELECT query FROM roots) IS NULL THEN exact ELSE exact || (SELECT query FROM roots) END
FROM (SELECT websearch_to_tsquery('russian', q) || websearch_to_tsquery('english', q) AS exact) e
$$;

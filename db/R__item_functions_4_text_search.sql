-- Repeatable (R__): Flyway runs this file after the versioned migrations whenever its text changes, so
-- redefining the function is an edit here. The versioned files that first defined it stay as they were
-- applied (Flyway checks their checksums). The R__item_functions_* files run in name order, each function
-- after the ones it calls. CREATE OR REPLACE cannot change a function's columns: a change of columns
-- drops the function (and the ones that call it) in a versioned migration first.

-- Free text: websearch syntax in both configurations, OR-ed with a prefix match on each word, so that
-- a query in one inflection finds the others. Each word may match by:
--   its Russian stem ("списке" -> списк:*), or its English stem ("pledges" -> pledg:*);
--   its Russian root: Snowball stems words of one root differently (терроризм / террористическ,
--   миротворц / миротворческ, афганиста / афганск), so the stem is cut back past common derivational
--   suffixes (-изм, -ист, -ическ, -ческ, -стан, -ц, ...) to the shared root (террор, миротвор, афган);
--   its stem without a fleeting vowel: "список" is stemmed список, "списке" списк.
-- The two derived forms are used only when five letters or more remain, so short roots do not match
-- half the register. Verbs and nouns of one root stay apart: "вывод" does not find "вывести".
CREATE OR REPLACE FUNCTION text_search_query(q TEXT) RETURNS TSQUERY LANGUAGE sql STABLE AS $$
WITH words AS (
    SELECT (ts_lexize('russian_stem', w))[1] AS ru, (ts_lexize('english_stem', w))[1] AS en
    FROM regexp_split_to_table(lower(q), '[^[:alnum:]]+') AS w
    WHERE w <> ''
), stems AS (
    SELECT ru, en,
           regexp_replace(ru, '(истическ|ическ|ческ|истск|истан|иста|стан|ста|изм|ист|ск|ц)$', '') AS root,
           regexp_replace(ru, '([^аеёиоуыэюя])[оеё]([^аеёиоуыэюя])$', '\1\2') AS contracted
    FROM words
), alternatives AS (
    SELECT concat_ws(' | ',
               CASE WHEN char_length(ru) >= 3 THEN quote_literal(ru) || ':*' END,
               CASE WHEN char_length(root) >= 5 AND root <> ru THEN quote_literal(root) || ':*' END,
               CASE WHEN char_length(contracted) >= 5 AND contracted <> ru THEN quote_literal(contracted) || ':*' END,
               CASE WHEN char_length(en) >= 3 THEN quote_literal(en) || ':*' END) AS alternatives
    FROM stems
    WHERE char_length(ru) >= 3 OR char_length(en) >= 3
), roots AS (
    -- Quotes and "-" carry websearch meaning (phrases, exclusion) that a prefix match would undo.
    SELECT to_tsquery('simple', string_agg('(' || alternatives || ')', ' & ')) AS query
    FROM alternatives
    WHERE q !~ '["]|(^|\s)-'
    HAVING count(*) > 0
)
SELECT CASE WHEN (SELECT query FROM roots) IS NULL THEN exact ELSE exact || (SELECT query FROM roots) END
FROM (SELECT websearch_to_tsquery('russian', q) || websearch_to_tsquery('english', q) AS exact) e
$$;

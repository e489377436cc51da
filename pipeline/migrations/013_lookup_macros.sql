-- 013: name lookups for queries. uf_athlete_ids(name) and uf_race_ids(name) return the ids a
-- name or id stands for: exact ids and spellings first; when there is none, spellings at
-- most two edits away (same first word), so that "Timothy Olsen" finds the Timothy Olson of an
-- article that spells it so, and "Westren States" finds Western States.
CREATE MACRO uf_athlete_ids(q) AS TABLE
    WITH exact AS (
        SELECT id FROM athletes WHERE id = q
        UNION
        SELECT athlete_id FROM athlete_aliases WHERE alias_norm = uf_norm(q)
    )
    SELECT id FROM exact
    UNION
    SELECT athlete_id FROM athlete_aliases
    WHERE NOT EXISTS (SELECT 1 FROM exact) AND length(uf_norm(q)) >= 8
      AND split_part(alias_norm, ' ', 1) = split_part(uf_norm(q), ' ', 1)
      AND levenshtein(alias_norm, uf_norm(q)) <= 2;

CREATE MACRO uf_race_ids(q) AS TABLE
    WITH exact AS (
        SELECT id FROM races WHERE id = q
        UNION
        SELECT race_id FROM race_aliases WHERE alias_norm = uf_norm(q)
    )
    SELECT id FROM exact
    UNION
    SELECT race_id FROM race_aliases
    WHERE NOT EXISTS (SELECT 1 FROM exact) AND length(uf_norm(q)) >= 6
      AND levenshtein(alias_norm, uf_norm(q)) <= 2;

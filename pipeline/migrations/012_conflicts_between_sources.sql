-- 012: a conflict is a disagreement between articles. A result whose values differ while
-- only one article states it, or course-record claims of the same race and year that are a men's and a
-- women's record, were listed as conflicts by 004. Record claims now take the gender the
-- progression gives them (claim scope, else the holder's gender from the facts, else the
-- race's only gender, else men's when faster than every women's record).
DROP VIEW source_conflicts_live;
CREATE VIEW source_conflicts_live AS
WITH keys AS (
    SELECT athlete_id, race_id, year, min(place) <> max(place) AS place_differs,
           min(time_s) <> max(time_s) AS time_differs
    FROM results WHERE athlete_id IS NOT NULL
    GROUP BY athlete_id, race_id, year
    HAVING (min(place) <> max(place) OR min(time_s) <> max(time_s)) AND count(DISTINCT article_id) > 1
),
r AS (
    SELECT k.athlete_id, k.race_id, k.year, k.place_differs, k.time_differs,
           string_agg(DISTINCT CAST(x.place AS VARCHAR), '|' ORDER BY CAST(x.place AS VARCHAR)) AS places,
           string_agg(DISTINCT x.time_text, '|' ORDER BY x.time_text) AS times,
           count(DISTINCT x.article_id) AS sources,
           string_agg(DISTINCT x.article_id, '|' ORDER BY x.article_id) AS article_ids
    FROM keys k JOIN results x
      ON x.athlete_id = k.athlete_id AND x.race_id IS NOT DISTINCT FROM k.race_id
     AND x.year IS NOT DISTINCT FROM k.year
    GROUP BY ALL
),
genders AS (
    SELECT athlete_id, mode(gender) AS gender FROM (
        SELECT athlete_id, gender FROM results WHERE gender IS NOT NULL AND athlete_id IS NOT NULL
        UNION ALL
        SELECT holder_id, scope_gender FROM record_claims WHERE scope_gender IS NOT NULL AND holder_id IS NOT NULL
        UNION ALL
        SELECT previous_holder_id, scope_gender FROM record_claims
        WHERE scope_gender IS NOT NULL AND previous_holder_id IS NOT NULL)
    GROUP BY athlete_id
),
claims AS (
    SELECT c.*, coalesce(c.scope_gender, g.gender) AS gender
    FROM record_claims c LEFT JOIN genders g ON g.athlete_id = c.holder_id
    WHERE c.record_type = 'course record' AND c.race_id IS NOT NULL AND c.year IS NOT NULL
),
single AS (
    SELECT race_id, min(gender) AS gender FROM claims WHERE gender IS NOT NULL
    GROUP BY race_id HAVING count(DISTINCT gender) = 1
),
women AS (SELECT race_id, min(time_s) AS fastest FROM claims WHERE gender = 'F' GROUP BY race_id),
scoped AS (
    SELECT c.*, coalesce(c.gender, single.gender, CASE WHEN c.time_s < women.fastest THEN 'M' END) AS scope
    FROM claims c LEFT JOIN single USING (race_id) LEFT JOIN women USING (race_id)
)
SELECT 'result' AS kind, race_id, year, athlete_id,
       CASE WHEN place_differs AND time_differs THEN 'place and time'
            WHEN place_differs THEN 'place' ELSE 'time' END AS field,
       concat_ws(' / ', CASE WHEN place_differs THEN places END, CASE WHEN time_differs THEN times END) AS claimed_values,
       sources, article_ids
FROM r
UNION ALL
SELECT 'course record', race_id, year, NULL,
       CASE WHEN count(DISTINCT holder_id) > 1 THEN 'holder' ELSE 'time' END,
       string_agg(DISTINCT coalesce(holder_id, '?') || ' ' || coalesce(time_text, '?'), '|'
                  ORDER BY coalesce(holder_id, '?') || ' ' || coalesce(time_text, '?')),
       count(DISTINCT article_id),
       string_agg(DISTINCT article_id, '|' ORDER BY article_id)
FROM scoped
GROUP BY race_id, year, scope
HAVING (count(DISTINCT holder_id) > 1 OR count(DISTINCT time_s) > 1) AND count(DISTINCT article_id) > 1;

DELETE FROM source_conflicts;
INSERT INTO source_conflicts SELECT * FROM source_conflicts_live;

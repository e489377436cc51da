-- title: Most-covered athletes per year
-- description: Athletes ranked by the number of articles naming them, then by the number of
--   facts (results and record claims) about them, per coverage year of the article (its
--   publication year, else the newest year its facts state).
-- param: year INTEGER = NULL -- only this year; NULL for every year
-- param: top INTEGER = 10 -- athletes per year
WITH counts AS (
    SELECT k.year, m.entity_id AS athlete_id, count(*) AS articles, sum(m.facts) AS facts
    FROM mentions m JOIN kb_loaded k USING (article_id)
    WHERE m.entity_type = 'athlete' AND ($year IS NULL OR k.year = $year)
    GROUP BY ALL
)
SELECT c.year, rank, ath.name AS athlete, c.articles, c.facts
FROM (SELECT *, rank() OVER (PARTITION BY year ORDER BY articles DESC, facts DESC) AS rank FROM counts) c
JOIN athletes ath ON ath.id = c.athlete_id
WHERE rank <= $top
ORDER BY c.year DESC NULLS LAST, rank, athlete;

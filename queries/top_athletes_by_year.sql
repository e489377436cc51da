-- title: Most-covered athletes per year
-- description: Athletes ranked by the number of articles naming them, then by the number of
--   facts (results and record claims) about them, per year of publication (the newest year
--   the article's facts state when it has no publication date).
-- param: year INTEGER = NULL -- only this year; NULL for every year
-- param: top INTEGER = 10 -- athletes per year
WITH fact_years AS (
    SELECT article_id, max(year) AS year FROM (
        SELECT article_id, year FROM results UNION ALL SELECT article_id, year FROM record_claims)
    GROUP BY article_id
),
article_year AS (
    SELECT a.id AS article_id, coalesce(year(a.published), f.year) AS year
    FROM articles a LEFT JOIN fact_years f ON f.article_id = a.id
),
facts AS (
    SELECT article_id, athlete_id, count(*) AS n FROM (
        SELECT article_id, athlete_id FROM results WHERE athlete_id IS NOT NULL
        UNION ALL SELECT article_id, holder_id FROM record_claims WHERE holder_id IS NOT NULL)
    GROUP BY ALL
),
counts AS (
    SELECT y.year, m.entity_id AS athlete_id, count(*) AS articles, coalesce(sum(f.n), 0) AS facts
    FROM mentions m JOIN article_year y USING (article_id)
    LEFT JOIN facts f ON f.article_id = m.article_id AND f.athlete_id = m.entity_id
    WHERE m.entity_type = 'athlete' AND ($year IS NULL OR y.year = $year)
    GROUP BY ALL
)
SELECT c.year, rank, ath.name AS athlete, c.articles, c.facts
FROM (SELECT *, rank() OVER (PARTITION BY year ORDER BY articles DESC, facts DESC) AS rank FROM counts) c
JOIN athletes ath ON ath.id = c.athlete_id
WHERE rank <= $top
ORDER BY c.year DESC NULLS LAST, rank, athlete;

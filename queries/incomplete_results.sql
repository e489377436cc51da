-- title: Results missing a time or a year
-- description: Result facts without a finish time, a year or a race, to check by hand,
--   with the evidence and the article's URL.
-- param: limit INTEGER = 100 -- at most this many rows
SELECT ath.name AS athlete, r.race_name AS race, r.year, r.place, r.time_text AS time,
       concat_ws(', ', CASE WHEN r.time_s IS NULL THEN 'time' END, CASE WHEN r.year IS NULL THEN 'year' END,
                 CASE WHEN r.race_id IS NULL THEN 'race' END) AS missing,
       r.evidence, a.canonical_url AS url
FROM results r
LEFT JOIN athletes ath ON ath.id = r.athlete_id
LEFT JOIN articles a ON a.id = r.article_id
WHERE r.time_s IS NULL OR r.year IS NULL OR r.race_id IS NULL
ORDER BY r.article_id, r.fact_index
LIMIT $limit;

-- title: An athlete's timeline of results and records
-- description: Results (consolidated over sources: best place, time, number of articles and
--   whether they agree) and record claims of one athlete, in year order.
-- param: athlete VARCHAR = 'Jim Walmsley' -- athlete name, any known spelling, or id (jim-walmsley)
WITH who AS (
    SELECT id FROM uf_athlete_ids($athlete)  -- id, any known spelling, or one 2 edits away
),
res AS (  -- the athlete's rows first, then consolidate (cheaper than the whole view)
    SELECT race_id, year, min(place) AS place, min(time_s) AS time_s,
           count(DISTINCT article_id) AS sources,
           (min(place) IS NOT DISTINCT FROM max(place)) AND (min(time_s) IS NOT DISTINCT FROM max(time_s)) AS agree
    FROM results WHERE athlete_id IN (SELECT id FROM who)
    GROUP BY race_id, year
)
SELECT c.year, 'result' AS kind, ra.name AS race,
       CASE WHEN c.place IS NOT NULL THEN '#' || c.place ELSE NULL END AS place,
       CASE WHEN c.time_s IS NOT NULL
            THEN printf('%d:%02d:%02d', c.time_s // 3600, (c.time_s % 3600) // 60, c.time_s % 60) END AS time,
       c.sources, c.agree
FROM res c
LEFT JOIN races ra ON ra.id = c.race_id
UNION ALL
SELECT year, record_type, ra.name, NULL, min(time_text),
       count(DISTINCT article_id), count(DISTINCT time_s) <= 1
FROM record_claims rc
LEFT JOIN races ra ON ra.id = rc.race_id
WHERE rc.holder_id IN (SELECT id FROM who)
GROUP BY year, record_type, ra.name
ORDER BY year NULLS LAST, kind DESC, race;

-- title: Winners of a race by year
-- description: Athletes placed first at a race, one row per year and gender (where stated),
--   with the winning time and how many articles report it.
-- param: race VARCHAR = 'Western States 100' -- race name, alias or id
WITH race AS (
    SELECT id FROM races
    WHERE id = $race OR id IN (SELECT race_id FROM race_aliases WHERE alias_norm = uf_norm($race))
)
SELECT c.year, c.gender, a.name AS winner,
       CASE WHEN c.time_s IS NOT NULL
            THEN printf('%d:%02d:%02d', c.time_s // 3600, (c.time_s % 3600) // 60, c.time_s % 60) END AS time,
       c.sources, c.agree
FROM results_consolidated c
JOIN athletes a ON a.id = c.athlete_id
WHERE c.race_id IN (SELECT id FROM race) AND c.place = 1
ORDER BY c.year NULLS LAST, c.gender NULLS FIRST, winner;

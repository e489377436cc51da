-- title: Winners of a race by year
-- description: Athletes placed first at a race, one row per year, gender (as the win or the
--   athlete's other results state it) and winner, with the winning time, how many articles
--   report it and whether they agree.
-- param: race VARCHAR = 'Western States 100' -- race name, alias or id
WITH race AS (
    SELECT id FROM uf_race_ids($race)  -- id, any alias, or one 2 edits away
),
wins AS (  -- results of this race where any source says first place
    SELECT athlete_id, year, max(gender) AS gender, min(time_s) AS time_s,
           count(DISTINCT article_id) AS sources,
           (min(place) IS NOT DISTINCT FROM max(place)) AND (min(time_s) IS NOT DISTINCT FROM max(time_s)) AS agree
    FROM results
    WHERE race_id IN (SELECT id FROM race) AND athlete_id IS NOT NULL
    GROUP BY athlete_id, year
    HAVING min(place) = 1
)
SELECT w.year, coalesce(w.gender, g.gender) AS gender, a.name AS winner,
       CASE WHEN w.time_s IS NOT NULL
            THEN printf('%d:%02d:%02d', w.time_s // 3600, (w.time_s % 3600) // 60, w.time_s % 60) END AS time,
       w.sources, w.agree
FROM wins w JOIN athletes a ON a.id = w.athlete_id
-- a win whose sentence does not say takes the gender the athlete's other results state
LEFT JOIN (SELECT athlete_id, mode(gender) AS gender FROM results
           WHERE gender IS NOT NULL AND athlete_id IN (SELECT athlete_id FROM wins)
           GROUP BY athlete_id) g ON g.athlete_id = w.athlete_id
ORDER BY w.year NULLS LAST, 2 NULLS FIRST, winner;

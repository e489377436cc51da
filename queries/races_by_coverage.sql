-- title: Races by coverage
-- description: Races and routes ranked by the number of articles that name them, with the
--   number of editions, results and record claims known.
-- param: top INTEGER = 25 -- how many races
WITH m AS (
    SELECT entity_id AS race_id, count(*) AS articles
    FROM mentions WHERE entity_type = 'race' GROUP BY entity_id
),
r AS (SELECT race_id, count(*) AS results FROM results WHERE race_id IS NOT NULL GROUP BY race_id),
c AS (SELECT race_id, count(*) AS records FROM record_claims WHERE race_id IS NOT NULL GROUP BY race_id),
e AS (SELECT race_id, count(*) AS editions, min(year) AS first_year, max(year) AS last_year
      FROM race_editions GROUP BY race_id)
SELECT ra.name AS race, ra.kind, m.articles, coalesce(e.editions, 0) AS editions,
       e.first_year, e.last_year, coalesce(r.results, 0) AS results, coalesce(c.records, 0) AS records
FROM m JOIN races ra ON ra.id = m.race_id
LEFT JOIN r USING (race_id) LEFT JOIN c USING (race_id) LEFT JOIN e USING (race_id)
ORDER BY m.articles DESC, coalesce(r.results, 0) + coalesce(c.records, 0) DESC, race
LIMIT $top;

-- title: Results that disagree between sources
-- description: Results (athlete x race x year) and course records (race x year) for which
--   articles give different places, times or holders, with the values and the articles' URLs.
-- param: limit INTEGER = 500 -- at most this many rows
WITH urls AS (
    SELECT s.kind, s.race_id, s.year, s.athlete_id,
           string_agg(a.canonical_url, ' ' ORDER BY a.canonical_url) AS urls
    FROM (SELECT kind, race_id, year, athlete_id, unnest(string_split(article_ids, '|')) AS article_id
          FROM source_conflicts) s
    JOIN articles a ON a.id = s.article_id
    GROUP BY ALL
)
SELECT s.kind, ra.name AS race, s.year, ath.name AS athlete, s.field, s.claimed_values,
       s.sources, u.urls
FROM source_conflicts s
LEFT JOIN urls u ON u.kind = s.kind AND u.race_id IS NOT DISTINCT FROM s.race_id
     AND u.year IS NOT DISTINCT FROM s.year AND u.athlete_id IS NOT DISTINCT FROM s.athlete_id
LEFT JOIN races ra ON ra.id = s.race_id
LEFT JOIN athletes ath ON ath.id = s.athlete_id
ORDER BY s.kind, race, s.year, athlete
LIMIT $limit;

-- title: Results that disagree between sources
-- description: Results (athlete x race x year) and course records (race x year) for which
--   articles give different places, times or holders, with the values and the articles' URLs.
-- param: limit INTEGER = 500 -- at most this many rows
WITH picked AS (  -- the rows to show first, so that URLs are looked up for those only
    SELECT s.*, ra.name AS race, ath.name AS athlete
    FROM source_conflicts s
    LEFT JOIN races ra ON ra.id = s.race_id
    LEFT JOIN athletes ath ON ath.id = s.athlete_id
    ORDER BY s.kind, race, s.year, athlete
    LIMIT $limit
),
urls AS (
    SELECT p.kind, p.race_id, p.year, p.athlete_id,
           string_agg(a.canonical_url, ' ' ORDER BY a.canonical_url) AS urls
    FROM (SELECT kind, race_id, year, athlete_id, unnest(string_split(article_ids, '|')) AS article_id
          FROM picked) p
    JOIN articles a ON a.id = p.article_id
    GROUP BY ALL
)
SELECT p.kind, p.race, p.year, p.athlete, p.field, p.claimed_values, p.sources, u.urls
FROM picked p
LEFT JOIN urls u ON u.kind = p.kind AND u.race_id IS NOT DISTINCT FROM p.race_id
     AND u.year IS NOT DISTINCT FROM p.year AND u.athlete_id IS NOT DISTINCT FROM p.athlete_id
ORDER BY p.kind, p.race, p.year, p.athlete;

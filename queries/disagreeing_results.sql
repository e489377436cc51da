-- title: Results that disagree between sources
-- description: Results (athlete x race x year) and course records (race x year) for which
--   articles give different places, times or holders, with the values and the articles' URLs.
SELECT s.kind, ra.name AS race, s.year, ath.name AS athlete, s.field, s.claimed_values,
       s.sources,
       (SELECT string_agg(a.canonical_url, ' ' ORDER BY a.canonical_url) FROM articles a
         WHERE list_contains(string_split(s.article_ids, '|'), a.id)) AS urls
FROM source_conflicts s
LEFT JOIN races ra ON ra.id = s.race_id
LEFT JOIN athletes ath ON ath.id = s.athlete_id
ORDER BY s.kind, race, s.year, athlete;

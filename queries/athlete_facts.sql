-- title: Every fact about an athlete, with evidence
-- description: Each result and record claim that names the athlete (as finisher, record holder
--   or previous holder), with the evidence sentence, its offsets and the article's URL.
-- param: athlete VARCHAR = 'Jim Walmsley' -- athlete name, any known spelling, or id
WITH who AS (
    SELECT id FROM uf_athlete_ids($athlete)  -- id, any known spelling, or one 2 edits away
),
facts AS (
    SELECT id AS fact_id, 'result' AS kind, article_id, race_name, year,
           concat_ws(' ', CASE WHEN place IS NOT NULL THEN '#' || place END, time_text) AS value,
           evidence, start, "end", confidence, extractor_version
    FROM results WHERE athlete_id IN (SELECT id FROM who)
    UNION ALL
    SELECT id, record_type || CASE WHEN holder_id IN (SELECT id FROM who) THEN '' ELSE ' (previous holder)' END,
           article_id, race_name, year, time_text, evidence, start, "end", confidence, extractor_version
    FROM record_claims
    WHERE holder_id IN (SELECT id FROM who) OR previous_holder_id IN (SELECT id FROM who)
)
SELECT f.kind, f.race_name AS race, f.year, f.value, f.evidence, f.start, f."end", f.confidence,
       a.canonical_url AS url, a.outlet, f.extractor_version, f.fact_id
FROM facts f LEFT JOIN articles a ON a.id = f.article_id
ORDER BY f.year NULLS LAST, f.kind, f.fact_id;

-- title: Course-record progression for a race
-- description: Every course record claimed for a race, oldest first, with who set it, the time,
--   the year, how many articles state it, whether it still stands, and the evidence sentence
--   and article URL of the first claim.
-- param: race VARCHAR = 'Western States 100' -- race name, alias (WSER) or id (western-states-100)
WITH race AS (
    SELECT id FROM uf_race_ids($race)  -- id, any alias, or one 2 edits away
)
SELECT p.race_name AS race, p.scope_gender AS gender, p.step, p.holder_name AS holder, p.time_text AS time,
       p.year, p.is_current AS current, p.sources, c.evidence, a.canonical_url AS url
FROM course_record_progression p
LEFT JOIN record_claims c ON c.id = p.first_claim_id
LEFT JOIN articles a ON a.id = c.article_id
WHERE p.race_id IN (SELECT id FROM race)
ORDER BY p.race_name, gender NULLS FIRST, p.step;

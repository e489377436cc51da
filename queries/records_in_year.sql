-- title: Records set in a year
-- description: Every record claim (course records, FKTs, world/national/age-group records)
--   dated to a year, one row per record, with the number of articles that state it.
-- param: year INTEGER = 2016 -- year the record was set
-- param: type VARCHAR = NULL -- only this record type (course record, FKT, ...); NULL for all
SELECT rc.record_type AS type, ra.name AS race_or_route, a.name AS holder, rc.time_text AS time,
       rc.scope_gender AS gender, pa.name AS previous_holder, rc.margin_text AS margin,
       count(DISTINCT rc.article_id) AS sources, min(rc.evidence) AS evidence
FROM record_claims rc
LEFT JOIN races ra ON ra.id = rc.race_id
LEFT JOIN athletes a ON a.id = rc.holder_id
LEFT JOIN athletes pa ON pa.id = rc.previous_holder_id
WHERE rc.year = $year AND ($type IS NULL OR lower(rc.record_type) = lower($type))
GROUP BY ALL
ORDER BY type, race_or_route NULLS LAST, holder;

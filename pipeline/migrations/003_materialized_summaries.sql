-- 003: the consolidating views become tables refreshed by every load (in the load's own
-- transaction), so that named queries over a million facts answer in milliseconds; their
-- definitions stay as *_live views, always current, for ad-hoc use.
DROP VIEW source_conflicts;
ALTER VIEW course_record_progression RENAME TO course_record_progression_live;
ALTER VIEW results_consolidated RENAME TO results_consolidated_live;

-- Conflicts straight from the fact tables (one aggregate, article ids collected in it).
CREATE VIEW source_conflicts_live AS
WITH r AS (
    SELECT race_id, year, athlete_id,
           count(DISTINCT place) AS places_n, count(DISTINCT time_s) AS times_n,
           string_agg(DISTINCT CAST(place AS VARCHAR), '|' ORDER BY CAST(place AS VARCHAR)) AS places,
           string_agg(DISTINCT time_text, '|' ORDER BY time_text) AS times,
           count(DISTINCT article_id) AS sources,
           string_agg(DISTINCT article_id, '|' ORDER BY article_id) AS article_ids
    FROM results WHERE athlete_id IS NOT NULL
    GROUP BY race_id, year, athlete_id
    HAVING count(DISTINCT place) > 1 OR count(DISTINCT time_s) > 1
)
SELECT 'result' AS kind, race_id, year, athlete_id,
       CASE WHEN places_n > 1 AND times_n > 1 THEN 'place and time'
            WHEN places_n > 1 THEN 'place' ELSE 'time' END AS field,
       concat_ws(' / ', CASE WHEN places_n > 1 THEN places END, CASE WHEN times_n > 1 THEN times END) AS claimed_values,
       sources, article_ids
FROM r
UNION ALL
SELECT 'course record', race_id, year, NULL,
       CASE WHEN count(DISTINCT holder_id) > 1 THEN 'holder' ELSE 'time' END,
       string_agg(DISTINCT coalesce(holder_id, '?') || ' ' || coalesce(time_text, '?'), '|'
                  ORDER BY coalesce(holder_id, '?') || ' ' || coalesce(time_text, '?')),
       count(DISTINCT article_id),
       string_agg(DISTINCT article_id, '|' ORDER BY article_id)
FROM record_claims
WHERE record_type = 'course record' AND race_id IS NOT NULL AND year IS NOT NULL
GROUP BY race_id, year, scope_gender
HAVING count(DISTINCT holder_id) > 1 OR count(DISTINCT time_s) > 1;

CREATE TABLE results_consolidated AS SELECT * FROM results_consolidated_live;
CREATE TABLE course_record_progression AS SELECT * FROM course_record_progression_live;
CREATE TABLE source_conflicts AS SELECT * FROM source_conflicts_live;

COMMENT ON TABLE results_consolidated IS 'One row per athlete x race x year: number of sources and whether they agree (refreshed by each load).';
COMMENT ON TABLE course_record_progression IS 'Course records per race and gender scope in the order they were set, built from claims (refreshed by each load).';
COMMENT ON TABLE source_conflicts IS 'Facts on which sources disagree: result place/time, course-record holder/time (refreshed by each load).';

-- 004: consolidation that costs one pass: agreement is min = max per column (a source that
-- leaves a value out does not disagree), and the per-value lists are built only for the few
-- keys that disagree. On a million results the DISTINCT/ORDER BY string aggregates of 002
-- took seconds inside every load's transaction. results_consolidated goes back to being a
-- plain view (refreshing a million groups per load costs more than the named queries save:
-- they filter results by athlete or race first); the conflicts stay materialized.
DROP VIEW source_conflicts_live;
DROP VIEW results_consolidated_live;
DROP TABLE source_conflicts;
DROP TABLE results_consolidated;

CREATE VIEW results_consolidated AS
SELECT athlete_id, race_id, year,
       any_value(edition_id) AS edition_id,
       min(place) AS place,
       min(time_s) AS time_s,
       count(DISTINCT article_id) AS sources,
       count(*) AS facts,
       (min(place) IS NOT DISTINCT FROM max(place)) AND (min(time_s) IS NOT DISTINCT FROM max(time_s)) AS agree,
       max(gender) AS gender,
       min(article_id) AS first_article_id,
       max(confidence) AS confidence
FROM results
WHERE athlete_id IS NOT NULL
GROUP BY athlete_id, race_id, year;

CREATE VIEW source_conflicts_live AS
WITH keys AS (
    SELECT athlete_id, race_id, year, min(place) <> max(place) AS place_differs,
           min(time_s) <> max(time_s) AS time_differs
    FROM results WHERE athlete_id IS NOT NULL
    GROUP BY athlete_id, race_id, year
    HAVING min(place) <> max(place) OR min(time_s) <> max(time_s)
),
r AS (
    SELECT k.athlete_id, k.race_id, k.year, k.place_differs, k.time_differs,
           string_agg(DISTINCT CAST(x.place AS VARCHAR), '|' ORDER BY CAST(x.place AS VARCHAR)) AS places,
           string_agg(DISTINCT x.time_text, '|' ORDER BY x.time_text) AS times,
           count(DISTINCT x.article_id) AS sources,
           string_agg(DISTINCT x.article_id, '|' ORDER BY x.article_id) AS article_ids
    FROM keys k JOIN results x
      ON x.athlete_id = k.athlete_id AND x.race_id IS NOT DISTINCT FROM k.race_id
     AND x.year IS NOT DISTINCT FROM k.year
    GROUP BY ALL
)
SELECT 'result' AS kind, race_id, year, athlete_id,
       CASE WHEN place_differs AND time_differs THEN 'place and time'
            WHEN place_differs THEN 'place' ELSE 'time' END AS field,
       concat_ws(' / ', CASE WHEN place_differs THEN places END, CASE WHEN time_differs THEN times END) AS claimed_values,
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

CREATE TABLE source_conflicts AS SELECT * FROM source_conflicts_live;
COMMENT ON VIEW results_consolidated IS 'One row per athlete x race x year: number of sources and whether they agree.';
COMMENT ON TABLE source_conflicts IS 'Facts on which sources disagree: result place/time, course-record holder/time (refreshed by each load).';

-- Coverage counts without re-aggregating the facts: how many facts of an article name the
-- entity, and the article's coverage year (publication year, else the newest year its facts
-- state), both written by the load.
ALTER TABLE mentions ADD COLUMN facts INTEGER;
COMMENT ON COLUMN mentions.facts IS 'Number of the article''s facts (results, record claims) that name the entity; 0 when it is only listed.';
ALTER TABLE kb_loaded ADD COLUMN year INTEGER;
COMMENT ON COLUMN kb_loaded.year IS 'Coverage year of the article: its publication year, else the newest year its facts state.';

-- title: Row counts of the knowledge store
-- description: How many rows each table holds (and the materialized record progression and
--   conflicts); a quick health check after a load.
SELECT 'articles' AS "table", count(*) AS rows FROM articles
UNION ALL SELECT 'extractions', count(*) FROM extractions
UNION ALL SELECT 'athletes', count(*) FROM athletes
UNION ALL SELECT 'athlete_aliases', count(*) FROM athlete_aliases
UNION ALL SELECT 'races', count(*) FROM races
UNION ALL SELECT 'race_aliases', count(*) FROM race_aliases
UNION ALL SELECT 'race_editions', count(*) FROM race_editions
UNION ALL SELECT 'mentions', count(*) FROM mentions
UNION ALL SELECT 'results', count(*) FROM results
UNION ALL SELECT 'record_claims', count(*) FROM record_claims
UNION ALL SELECT 'course_record_progression', count(*) FROM course_record_progression
UNION ALL SELECT 'source_conflicts', count(*) FROM source_conflicts;

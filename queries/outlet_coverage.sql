-- title: Coverage per outlet and crawl run
-- description: For each outlet and crawl run, the articles stored, extracted and loaded, and
--   the results, record claims and distinct athletes they contributed.
WITH arts AS (
    SELECT a.id, coalesce(a.outlet, '?') AS outlet, a.crawl_run_id,
           a.id IN (SELECT article_id FROM extractions) AS extracted,
           k.article_id IS NOT NULL AS loaded, k.results, k.records
    FROM articles a LEFT JOIN kb_loaded k ON k.article_id = a.id
),
ath AS (
    SELECT coalesce(a.outlet, '?') AS outlet, a.crawl_run_id, count(DISTINCT m.entity_id) AS athletes
    FROM mentions m JOIN articles a ON a.id = m.article_id
    WHERE m.entity_type = 'athlete'
    GROUP BY ALL
)
SELECT s.outlet, s.crawl_run_id AS crawl_run, cr.started_at AS run_started, count(*) AS articles,
       count(*) FILTER (WHERE s.extracted) AS extracted, count(*) FILTER (WHERE s.loaded) AS loaded,
       coalesce(sum(s.results), 0) AS results, coalesce(sum(s.records), 0) AS records,
       coalesce(any_value(ath.athletes), 0) AS athletes
FROM arts s
LEFT JOIN ath ON ath.outlet = s.outlet AND ath.crawl_run_id IS NOT DISTINCT FROM s.crawl_run_id
LEFT JOIN crawl_runs cr ON cr.id = s.crawl_run_id
GROUP BY s.outlet, s.crawl_run_id, cr.started_at
ORDER BY s.outlet, crawl_run NULLS FIRST;

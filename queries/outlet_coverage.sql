-- title: Coverage per outlet and crawl run
-- description: For each outlet and crawl run, the articles stored, extracted and loaded, and
--   the results, record claims and athletes they contributed.
SELECT coalesce(a.outlet, '?') AS outlet, a.crawl_run_id AS crawl_run, cr.started_at AS run_started,
       count(*) AS articles,
       count(*) FILTER (WHERE a.id IN (SELECT article_id FROM extractions)) AS extracted,
       count(k.article_id) AS loaded,
       coalesce(sum(k.results), 0) AS results,
       coalesce(sum(k.records), 0) AS records,
       (SELECT count(DISTINCT m.entity_id) FROM mentions m JOIN articles a2 ON a2.id = m.article_id
         WHERE m.entity_type = 'athlete' AND a2.outlet IS NOT DISTINCT FROM a.outlet
           AND a2.crawl_run_id IS NOT DISTINCT FROM a.crawl_run_id) AS athletes
FROM articles a
LEFT JOIN kb_loaded k ON k.article_id = a.id
LEFT JOIN crawl_runs cr ON cr.id = a.crawl_run_id
GROUP BY a.outlet, a.crawl_run_id, cr.started_at
ORDER BY outlet, crawl_run NULLS FIRST;

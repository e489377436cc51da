-- title: A race with its aliases and editions
-- description: What the store knows about one race: canonical name, gazetteer data, every alias
--   that resolves to it, and its editions with the number of sources.
-- param: race VARCHAR = 'WSER' -- race name, alias or id
WITH race AS (
    SELECT id FROM uf_race_ids($race)  -- id, any alias, or one 2 edits away
)
SELECT r.name AS race, r.kind, r.country, r.distance_label AS distance, r.source,
       (SELECT string_agg(alias, ' | ' ORDER BY alias) FROM race_aliases WHERE race_id = r.id) AS aliases,
       (SELECT string_agg(year || ' (' || sources || ')', ', ' ORDER BY year) FROM race_editions
         WHERE race_id = r.id) AS editions
FROM races r WHERE r.id IN (SELECT id FROM race)
ORDER BY r.name;

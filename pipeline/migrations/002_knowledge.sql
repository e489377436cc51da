-- 002: the knowledge store: resolved athletes and races, mentions, results and record claims
-- with provenance (article + evidence sentence + offsets), and the views that consolidate them.
--
-- Fact tables carry no PRIMARY KEY index on purpose: ids are unique by construction
-- (article id + fact kind + index in the extraction), and an ART index on 1M string keys
-- would cost more than the whole rest of a bulk load. Keys are documented in comments and
-- in the exported datapackage.json instead. No FOREIGN KEY constraints either: DuckDB
-- forbids deleting a referenced row even inside the transaction that re-points it, which is
-- exactly what re-extraction and race merging do.

-- Name normalization used for every lookup, the same rule as pipeline.kb.normalize.norm:
-- strip accents, case-fold, drop apostrophes, other punctuation becomes a space.
CREATE MACRO uf_norm(s) AS
    trim(regexp_replace(regexp_replace(lower(strip_accents(s)), '[''’‘`]', '', 'g'), '[^a-z0-9]+', ' ', 'g'));

CREATE TABLE athletes (
    id                  VARCHAR PRIMARY KEY,
    name                VARCHAR NOT NULL,
    norm_name           VARCHAR NOT NULL UNIQUE,
    first_article_id    VARCHAR
);
COMMENT ON TABLE athletes IS 'One row per resolved athlete.';
COMMENT ON COLUMN athletes.id IS 'Stable id: the normalized canonical name with hyphens (jim-walmsley).';
COMMENT ON COLUMN athletes.name IS 'Canonical display name: the fullest form seen first.';
COMMENT ON COLUMN athletes.norm_name IS 'Normalized name: case-folded, accents and punctuation removed.';
COMMENT ON COLUMN athletes.first_article_id IS 'Article in which the athlete was first seen.';

CREATE TABLE athlete_aliases (
    alias_norm   VARCHAR PRIMARY KEY,
    alias        VARCHAR NOT NULL,
    athlete_id   VARCHAR NOT NULL,
    source       VARCHAR NOT NULL
);
COMMENT ON TABLE athlete_aliases IS 'Every spelling that resolves to an athlete.';
COMMENT ON COLUMN athlete_aliases.alias_norm IS 'Normalized spelling (lookup key).';
COMMENT ON COLUMN athlete_aliases.alias IS 'Spelling as first seen.';
COMMENT ON COLUMN athlete_aliases.athlete_id IS 'Athlete the spelling resolves to (athletes.id).';
COMMENT ON COLUMN athlete_aliases.source IS 'canonical (the name itself) or text (seen in an article).';

CREATE TABLE races (
    id              VARCHAR PRIMARY KEY,
    name            VARCHAR NOT NULL,
    norm_name       VARCHAR NOT NULL UNIQUE,
    kind            VARCHAR,
    discipline      VARCHAR,
    country         VARCHAR,
    distance_km     DOUBLE,
    distance_label  VARCHAR,
    source          VARCHAR NOT NULL
);
COMMENT ON TABLE races IS 'One row per race, route or distance: the gazetteer plus races first seen in text.';
COMMENT ON COLUMN races.id IS 'Stable id: the normalized canonical name with hyphens (western-states-100).';
COMMENT ON COLUMN races.name IS 'Canonical name.';
COMMENT ON COLUMN races.norm_name IS 'Normalized canonical name.';
COMMENT ON COLUMN races.kind IS 'race, route (FKT) or distance (fixed-distance record such as 100 km).';
COMMENT ON COLUMN races.discipline IS 'trail, road, track, mountain ... as given by the gazetteer.';
COMMENT ON COLUMN races.country IS 'Country as given by the gazetteer.';
COMMENT ON COLUMN races.distance_km IS 'Nominal distance in kilometres.';
COMMENT ON COLUMN races.distance_label IS 'Nominal distance as written (100 mi, 50K).';
COMMENT ON COLUMN races.source IS 'gazetteer or text (first seen in an article).';

CREATE TABLE race_aliases (
    alias_norm  VARCHAR PRIMARY KEY,
    alias       VARCHAR NOT NULL,
    race_id     VARCHAR NOT NULL,
    source      VARCHAR NOT NULL
);
COMMENT ON TABLE race_aliases IS 'Every name that resolves to a race (gazetteer aliases and spellings seen in text).';
COMMENT ON COLUMN race_aliases.alias_norm IS 'Normalized name (lookup key).';
COMMENT ON COLUMN race_aliases.alias IS 'Name as written.';
COMMENT ON COLUMN race_aliases.race_id IS 'Race the name resolves to (races.id).';
COMMENT ON COLUMN race_aliases.source IS 'canonical, gazetteer, text (exact new race) or matched (significant words matched a known race).';

CREATE TABLE race_editions (
    id              VARCHAR PRIMARY KEY,
    race_id         VARCHAR NOT NULL,
    year            INTEGER NOT NULL,
    distance_km     DOUBLE,
    distance_label  VARCHAR,
    sources         INTEGER,
    UNIQUE (race_id, year)
);
COMMENT ON TABLE race_editions IS 'One row per race and year that a result or record claim refers to.';
COMMENT ON COLUMN race_editions.id IS 'race id, colon, year (western-states-100:2016).';
COMMENT ON COLUMN race_editions.race_id IS 'races.id';
COMMENT ON COLUMN race_editions.year IS 'Year of the edition.';
COMMENT ON COLUMN race_editions.distance_km IS 'Distance in km: as most often stated by the facts, else the race''s nominal distance.';
COMMENT ON COLUMN race_editions.distance_label IS 'Distance as written.';
COMMENT ON COLUMN race_editions.sources IS 'Number of distinct articles with a fact about this edition.';

CREATE TABLE mentions (
    id                 VARCHAR NOT NULL,
    article_id         VARCHAR NOT NULL,
    extractor_version  VARCHAR NOT NULL,
    entity_type        VARCHAR NOT NULL,
    entity_id          VARCHAR NOT NULL,
    surface            VARCHAR,
    start              INTEGER,
    "end"              INTEGER,
    sentence           VARCHAR,
    rule               VARCHAR,
    confidence         DOUBLE
);
COMMENT ON TABLE mentions IS 'Where each athlete and race is named: one row per entity per fact (or per listed entity).';
COMMENT ON COLUMN mentions.id IS 'Unique id: article id, kind and index (primary key).';
COMMENT ON COLUMN mentions.article_id IS 'articles.id';
COMMENT ON COLUMN mentions.extractor_version IS 'Version of the extractor that produced the fact.';
COMMENT ON COLUMN mentions.entity_type IS 'athlete or race.';
COMMENT ON COLUMN mentions.entity_id IS 'athletes.id or races.id.';
COMMENT ON COLUMN mentions.surface IS 'Name as the extractor gave it.';
COMMENT ON COLUMN mentions.start IS 'Character offset of the sentence (or name) in the article text.';
COMMENT ON COLUMN mentions."end" IS 'End offset (exclusive).';
COMMENT ON COLUMN mentions.sentence IS 'Sentence the mention is in.';
COMMENT ON COLUMN mentions.rule IS 'Rule or source of the mention (result, record, list, or the extractor''s rule name).';
COMMENT ON COLUMN mentions.confidence IS 'Extractor confidence, 0..1, when given.';

CREATE TABLE results (
    id                 VARCHAR NOT NULL,
    article_id         VARCHAR NOT NULL,
    extractor_version  VARCHAR NOT NULL,
    fact_index         INTEGER NOT NULL,
    athlete_id         VARCHAR,
    athlete_name       VARCHAR,
    race_id            VARCHAR,
    race_name          VARCHAR,
    edition_id         VARCHAR,
    year               INTEGER,
    place              INTEGER,
    time_text          VARCHAR,
    time_s             INTEGER,
    gender             VARCHAR,
    distance_label     VARCHAR,
    distance_km        DOUBLE,
    evidence           VARCHAR,
    start              INTEGER,
    "end"              INTEGER,
    rule               VARCHAR,
    confidence         DOUBLE
);
COMMENT ON TABLE results IS 'One row per result fact as an article states it (several articles may state the same result).';
COMMENT ON COLUMN results.id IS 'Unique id: article id, :r, index in the extraction (primary key).';
COMMENT ON COLUMN results.article_id IS 'articles.id of the article that states it.';
COMMENT ON COLUMN results.extractor_version IS 'Version of the extractor that produced the fact.';
COMMENT ON COLUMN results.fact_index IS 'Index of the fact in the extraction''s results list.';
COMMENT ON COLUMN results.athlete_id IS 'athletes.id';
COMMENT ON COLUMN results.athlete_name IS 'Athlete name as extracted.';
COMMENT ON COLUMN results.race_id IS 'races.id (null when the text names no race).';
COMMENT ON COLUMN results.race_name IS 'Race name as extracted.';
COMMENT ON COLUMN results.edition_id IS 'race_editions.id (null without race or year).';
COMMENT ON COLUMN results.year IS 'Year of the race.';
COMMENT ON COLUMN results.place IS 'Place (1 = win); the category place when the text gives one.';
COMMENT ON COLUMN results.time_text IS 'Finish time H:MM:SS as extracted.';
COMMENT ON COLUMN results.time_s IS 'Finish time in seconds.';
COMMENT ON COLUMN results.gender IS 'F or M when the fact or its sentence states it.';
COMMENT ON COLUMN results.distance_label IS 'Distance as extracted (100 mi).';
COMMENT ON COLUMN results.distance_km IS 'Distance in km.';
COMMENT ON COLUMN results.evidence IS 'Sentence the fact came from.';
COMMENT ON COLUMN results.start IS 'Character offset of the evidence in the article text.';
COMMENT ON COLUMN results."end" IS 'End offset of the evidence (exclusive).';
COMMENT ON COLUMN results.rule IS 'Extractor rule that produced the fact, when given.';
COMMENT ON COLUMN results.confidence IS 'Extractor confidence, 0..1, when given.';

CREATE TABLE record_claims (
    id                    VARCHAR NOT NULL,
    article_id            VARCHAR NOT NULL,
    extractor_version     VARCHAR NOT NULL,
    fact_index            INTEGER NOT NULL,
    record_type           VARCHAR NOT NULL,
    race_id               VARCHAR,
    race_name             VARCHAR,
    scope_gender          VARCHAR,
    scope_direction       VARCHAR,
    holder_id             VARCHAR,
    holder_name           VARCHAR,
    time_text             VARCHAR,
    time_s                INTEGER,
    year                  INTEGER,
    previous_holder_id    VARCHAR,
    previous_holder_name  VARCHAR,
    previous_time_text    VARCHAR,
    previous_time_s       INTEGER,
    margin_text           VARCHAR,
    margin_s              INTEGER,
    evidence              VARCHAR,
    start                 INTEGER,
    "end"                 INTEGER,
    rule                  VARCHAR,
    confidence            DOUBLE
);
COMMENT ON TABLE record_claims IS 'One row per record claim as an article states it (course record, FKT, world/national/age-group record).';
COMMENT ON COLUMN record_claims.id IS 'Unique id: article id, :c, index in the extraction (primary key).';
COMMENT ON COLUMN record_claims.article_id IS 'articles.id of the article that states it.';
COMMENT ON COLUMN record_claims.extractor_version IS 'Version of the extractor that produced the fact.';
COMMENT ON COLUMN record_claims.fact_index IS 'Index of the fact in the extraction''s records list.';
COMMENT ON COLUMN record_claims.record_type IS 'course record, FKT, world record, national record, age-group record or other.';
COMMENT ON COLUMN record_claims.race_id IS 'races.id of the race, route or distance.';
COMMENT ON COLUMN record_claims.race_name IS 'Race or route name as extracted.';
COMMENT ON COLUMN record_claims.scope_gender IS 'F or M when the claim is stated for one gender.';
COMMENT ON COLUMN record_claims.scope_direction IS 'Direction of a route record when stated (clockwise, northbound ...).';
COMMENT ON COLUMN record_claims.holder_id IS 'athletes.id of the record holder.';
COMMENT ON COLUMN record_claims.holder_name IS 'Holder name as extracted.';
COMMENT ON COLUMN record_claims.time_text IS 'Record time H:MM:SS as extracted.';
COMMENT ON COLUMN record_claims.time_s IS 'Record time in seconds.';
COMMENT ON COLUMN record_claims.year IS 'Year the record was set.';
COMMENT ON COLUMN record_claims.previous_holder_id IS 'athletes.id of the previous holder when stated.';
COMMENT ON COLUMN record_claims.previous_holder_name IS 'Previous holder as extracted.';
COMMENT ON COLUMN record_claims.previous_time_text IS 'Previous record time when stated.';
COMMENT ON COLUMN record_claims.previous_time_s IS 'Previous record time in seconds.';
COMMENT ON COLUMN record_claims.margin_text IS 'Margin by which the previous record was beaten, H:MM:SS.';
COMMENT ON COLUMN record_claims.margin_s IS 'Margin in seconds.';
COMMENT ON COLUMN record_claims.evidence IS 'Sentence the claim came from.';
COMMENT ON COLUMN record_claims.start IS 'Character offset of the evidence in the article text.';
COMMENT ON COLUMN record_claims."end" IS 'End offset of the evidence (exclusive).';
COMMENT ON COLUMN record_claims.rule IS 'Extractor rule that produced the claim, when given.';
COMMENT ON COLUMN record_claims.confidence IS 'Extractor confidence, 0..1, when given.';

-- What has been loaded: the incremental load compares it with the newest extraction per
-- article, and it is written in the same transaction as the facts (a killed load leaves it
-- unchanged, so the next load redoes the article).
CREATE TABLE kb_loaded (
    article_id         VARCHAR PRIMARY KEY,
    extractor_version  VARCHAR NOT NULL,
    content_hash       VARCHAR,
    extracted_at       TIMESTAMP,
    load_run_id        BIGINT,
    results            INTEGER,
    records            INTEGER,
    mentions           INTEGER
);
COMMENT ON TABLE kb_loaded IS 'Which extraction of each article the knowledge tables hold.';

CREATE TABLE load_runs (
    id                  BIGINT PRIMARY KEY,
    started_at          TIMESTAMP,
    finished_at         TIMESTAMP,
    source              VARCHAR,
    articles            INTEGER,
    results             INTEGER,
    records             INTEGER,
    mentions            INTEGER,
    new_athletes        INTEGER,
    new_races           INTEGER
);
COMMENT ON TABLE load_runs IS 'One row per load that changed something.';

-- One row per athlete x race x year: how many articles state it and whether they agree.
CREATE VIEW results_consolidated AS
SELECT
    r.athlete_id,
    r.race_id,
    r.year,
    any_value(r.edition_id) AS edition_id,
    min(r.place) AS place,
    mode(r.time_s) AS time_s,
    count(DISTINCT r.article_id) AS sources,
    count(*) AS facts,
    count(DISTINCT r.place) AS distinct_places,
    count(DISTINCT r.time_s) AS distinct_times,
    count(DISTINCT r.place) <= 1 AND count(DISTINCT r.time_s) <= 1 AS agree,
    string_agg(DISTINCT CAST(r.place AS VARCHAR), '|' ORDER BY CAST(r.place AS VARCHAR)) AS places,
    string_agg(DISTINCT r.time_text, '|' ORDER BY r.time_text) AS times,
    max(r.gender) AS gender,
    min(r.article_id) AS first_article_id,
    max(r.confidence) AS confidence
FROM results r
WHERE r.athlete_id IS NOT NULL
GROUP BY r.athlete_id, r.race_id, r.year;

-- Course records per race (and gender scope) in the order they were set, built from claims:
-- each claim is a point, and a previous holder named with a time is a point before it.
CREATE VIEW course_record_progression AS
WITH points AS (
    SELECT race_id, coalesce(scope_gender, '') AS scope_gender, holder_id, time_s, year,
           article_id, id AS claim_id
    FROM record_claims
    WHERE record_type = 'course record' AND race_id IS NOT NULL AND holder_id IS NOT NULL
    UNION ALL
    SELECT race_id, coalesce(scope_gender, ''), previous_holder_id, previous_time_s, NULL,
           article_id, id
    FROM record_claims
    WHERE record_type = 'course record' AND race_id IS NOT NULL AND previous_holder_id IS NOT NULL
),
marks AS (
    SELECT race_id, scope_gender, holder_id, time_s,
           -- a claim that leaves the year out joins the same holder+time's stated year
           coalesce(year, max(year) OVER (PARTITION BY race_id, scope_gender, holder_id, time_s)) AS year,
           article_id, claim_id
    FROM points
),
grouped AS (
    SELECT race_id, scope_gender, holder_id, time_s, year,
           count(DISTINCT article_id) AS sources,
           min(claim_id) AS first_claim_id
    FROM marks
    GROUP BY race_id, scope_gender, holder_id, time_s, year
),
ordered AS (
    SELECT *,
           row_number() OVER (PARTITION BY race_id, scope_gender
                              ORDER BY year ASC NULLS FIRST, time_s DESC NULLS LAST, holder_id) AS step,
           count(*) OVER (PARTITION BY race_id, scope_gender) AS steps
    FROM grouped
)
SELECT o.race_id, ra.name AS race_name, nullif(o.scope_gender, '') AS scope_gender, o.step,
       o.holder_id, a.name AS holder_name, o.time_s,
       CASE WHEN o.time_s IS NULL THEN NULL
            ELSE printf('%d:%02d:%02d', o.time_s // 3600, (o.time_s % 3600) // 60, o.time_s % 60) END AS time_text,
       o.year, o.step = o.steps AS is_current, o.sources, o.first_claim_id
FROM ordered o
LEFT JOIN races ra ON ra.id = o.race_id
LEFT JOIN athletes a ON a.id = o.holder_id;

-- Facts on which sources disagree: the same athlete x race x year with different places or
-- times, and the same race x year x scope with different course-record holders or times.
CREATE VIEW source_conflicts AS
SELECT 'result' AS kind, c.race_id, c.year, c.athlete_id,
       CASE WHEN c.distinct_places > 1 AND c.distinct_times > 1 THEN 'place and time'
            WHEN c.distinct_places > 1 THEN 'place' ELSE 'time' END AS field,
       concat_ws(' / ', nullif(c.places, ''), nullif(c.times, '')) AS claimed_values,
       c.sources,
       (SELECT string_agg(DISTINCT r.article_id, '|' ORDER BY r.article_id) FROM results r
         WHERE r.athlete_id = c.athlete_id AND r.race_id IS NOT DISTINCT FROM c.race_id
           AND r.year IS NOT DISTINCT FROM c.year) AS article_ids
FROM results_consolidated c
WHERE NOT c.agree
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

-- 001: the crawl half of the store: outlets, crawl runs, raw pages, articles and extractions.
CREATE TABLE outlets (
    name          VARCHAR PRIMARY KEY,   -- spec file name, e.g. 'trailpost'
    title         VARCHAR,
    home_url      VARCHAR,
    spec_version  VARCHAR,               -- dated parser version of the spec
    updated_at    TIMESTAMP
);

CREATE SEQUENCE crawl_run_ids START 1;
CREATE TABLE crawl_runs (
    id                 BIGINT PRIMARY KEY DEFAULT nextval('crawl_run_ids'),
    command            VARCHAR,          -- what started it: crawl, run, schedule, scrapy
    user_name          VARCHAR,          -- who
    host               VARCHAR,
    outlets            VARCHAR[],
    started_at         TIMESTAMP,
    finished_at        TIMESTAMP,
    status             VARCHAR,          -- running | finished | failed | interrupted
    requests           INTEGER DEFAULT 0,
    responses          INTEGER DEFAULT 0,
    new_articles       INTEGER DEFAULT 0,
    updated_articles   INTEGER DEFAULT 0,
    unchanged_articles INTEGER DEFAULT 0,
    duplicate_articles INTEGER DEFAULT 0,
    failed             INTEGER DEFAULT 0,
    skipped            INTEGER DEFAULT 0,
    errors             JSON              -- list of {url, status, reason}
);

-- One row per fetched URL (the last fetch wins); raw HTML kept gzip-compressed so that
-- extraction can be re-run without crawling again.
CREATE TABLE pages (
    url            VARCHAR PRIMARY KEY,
    canonical_url  VARCHAR,
    outlet         VARCHAR,
    status         INTEGER,
    fetched_at     TIMESTAMP,
    crawl_run_id   BIGINT,
    content_type   VARCHAR,
    encoding       VARCHAR,
    etag           VARCHAR,
    last_modified  VARCHAR,
    sitemap_lastmod VARCHAR,
    body_sha256    VARCHAR,
    size           INTEGER,
    html_gz        BLOB,
    article_id     VARCHAR,
    outcome        VARCHAR,              -- new | updated | unchanged | duplicate | not-article | failed | refused
    reason         VARCHAR
);

-- One row per article, keyed by its canonical URL; a changed article is updated in place.
CREATE TABLE articles (
    id             VARCHAR PRIMARY KEY,  -- sha1(canonical_url)[:16]
    canonical_url  VARCHAR NOT NULL UNIQUE,
    url            VARCHAR,              -- URL it was first fetched from
    page_urls      VARCHAR[],            -- every page of a split article, in order
    outlet         VARCHAR,
    title          VARCHAR,
    authors        VARCHAR[],
    published      TIMESTAMPTZ,
    modified       TIMESTAMPTZ,
    language       VARCHAR,
    text           VARCHAR,              -- clean body: blocks separated by a blank line
    paragraphs     VARCHAR[],
    word_count     INTEGER,
    content_hash   VARCHAR,              -- sha256 of the normalized body text
    paywalled      BOOLEAN DEFAULT FALSE,
    extraction_method VARCHAR,           -- jsonld+selectors | generic ...
    first_seen     TIMESTAMP,
    updated_at     TIMESTAMP,
    crawl_run_id   BIGINT
);

-- Facts as extracted (FACTS.md output object), one row per article and extractor version,
-- so that loading can be re-run without re-extracting.
CREATE TABLE extractions (
    article_id         VARCHAR NOT NULL,
    content_hash       VARCHAR NOT NULL,  -- of the article text that was read
    extractor_version  VARCHAR NOT NULL,
    extracted_at       TIMESTAMP,
    facts              JSON,              -- the FACTS.md object (athletes, races, results, records)
    error              VARCHAR,           -- set when the document could not be read
    PRIMARY KEY (article_id, extractor_version)
);

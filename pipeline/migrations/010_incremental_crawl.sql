-- 010: incremental crawling across runs, per-outlet daily budgets, run counters.

-- The seen-store: one row per URL the crawler has asked for, keyed by the canonical form of the
-- URL as requested (pipeline.urls.canonical_url), so that the next crawl can skip it (sitemap
-- lastmod unchanged) or ask for it conditionally (ETag / Last-Modified).
CREATE TABLE seen_urls (
    canonical_url     VARCHAR PRIMARY KEY,
    outlet            VARCHAR,
    url               VARCHAR,           -- the URL last fetched for it (after redirects)
    article_canonical VARCHAR,           -- the page's own rel=canonical / og:url
    article_id        VARCHAR,
    etag              VARCHAR,
    last_modified     VARCHAR,
    sitemap_lastmod   VARCHAR,           -- as the sitemap gave it, compared as text
    body_sha256       VARCHAR,           -- of the body as last received (a 304 keeps it)
    extra_pages       VARCHAR[],         -- further pages of a split article, in order
    spec_version      VARCHAR,           -- outlet spec version that read it last
    status            INTEGER,
    outcome           VARCHAR,           -- new | updated | unchanged | duplicate | not-article | irrelevant | failed | refused
    reason            VARCHAR,
    first_seen        TIMESTAMP,
    last_fetched      TIMESTAMP,
    last_changed      TIMESTAMP,         -- last time the body differed from the one before
    fetches           INTEGER DEFAULT 0
);

-- Requests sent per outlet and UTC day, for the daily page budget of outlet specs.
CREATE TABLE outlet_fetches (
    outlet   VARCHAR,
    day      DATE,
    fetches  INTEGER,
    PRIMARY KEY (outlet, day)
);

ALTER TABLE crawl_runs ADD COLUMN not_modified INTEGER DEFAULT 0;     -- 304 answers
ALTER TABLE crawl_runs ADD COLUMN skipped_lastmod INTEGER DEFAULT 0;  -- sitemap lastmod unchanged: not requested
ALTER TABLE crawl_runs ADD COLUMN extracted INTEGER DEFAULT 0;        -- pages that went through extraction
ALTER TABLE crawl_runs ADD COLUMN irrelevant INTEGER DEFAULT 0;       -- articles the outlet's relevance filter rejected
ALTER TABLE crawl_runs ADD COLUMN over_budget INTEGER DEFAULT 0;      -- requests not made: daily budget spent

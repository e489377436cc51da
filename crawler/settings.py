"""Scrapy settings for ultrafacts: a careful, identifiable crawler.

Overridable per run (`-s NAME=value` or the CLI's options); outlet specs add per-outlet
delay and concurrency as download slots.
"""

BOT_NAME = "ultrafacts"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

USER_AGENT = "ultrafacts/0.1 (ultrarunning news research crawler; +https://pypi.org/project/ultrafacts/)"
ROBOTSTXT_OBEY = True

# Politeness: one request at a time per site, AutoThrottle adapting to the server's latency.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30

# Pages over 10 MB are refused (sitemap requests raise their own limit in the spider).
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 5 * 1024 * 1024

# Retries with exponential backoff on 429 and 5xx.
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
RETRY_BACKOFF_BASE = 1.0
RETRY_BACKOFF_MAX = 60.0

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.middlewares.CrawlDelayRobotsTxtMiddleware": 100,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    "crawler.middlewares.PrivateAddressGuard": 50,
}
# Loopback and private addresses are refused except these origins (the sample site's are
# added by the spider for sample outlets).
ALLOWED_PRIVATE_ORIGINS: list[str] = []

ITEM_PIPELINES = {
    "crawler.pipelines.ArticleExtractionPipeline": 300,
    "crawler.pipelines.StorePipeline": 800,
}

ULTRAFACTS_DB = "data/ultrafacts.duckdb"
# Incremental crawling: skip sitemap entries whose lastmod has not moved, ask known pages
# conditionally, do not re-extract unchanged bodies. 0 for a full re-crawl.
ULTRAFACTS_INCREMENTAL = True
ULTRAFACTS_STORE_BATCH = 25
ULTRAFACTS_STORE_SECONDS = 3.0

TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"

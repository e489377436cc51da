"""The offline sample of the ultrarunning press, served on 127.0.0.1.

Each outlet is its own origin (its own port: base, base+1, base+2), so each has its own
robots.txt. The server answers conditional requests (ETag / If-Modified-Since) like a real
CMS behind a CDN, serves one article with a 500 the first time it is asked for, and re-reads
article sources when they change on disk, so tests can edit an article between crawls.
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from pipeline.sample_site.content import ARTICLES_DIR, SampleArticle, load_articles
from pipeline.sample_site.outlets import ETAG, OUTLET_ORDER, OUTLETS, Outlet, Response

HOST = "127.0.0.1"
DEFAULT_PORT = 8765


@dataclass
class RequestRecord:
    outlet: str
    method: str
    path: str
    status: int
    conditional: bool


@dataclass
class SampleSite:
    """Three outlets on ports `port`, `port+1`, `port+2` (port 0: pick free ports)."""

    port: int = DEFAULT_PORT
    content_dir: Path | None = ARTICLES_DIR
    articles: list[SampleArticle] | None = None  # generated articles instead of content_dir
    flaky: bool = True  # serve one article with a 500 the first time
    log: list[RequestRecord] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._servers: list[ThreadingHTTPServer] = []
        self._threads: list[threading.Thread] = []
        self._outlets: dict[str, Outlet] = {}
        self._mtime = None
        self._failed_once: set[str] = set()
        self.base_urls: dict[str, str] = {}

    # --- content ---------------------------------------------------------------------------
    def _content_mtime(self) -> float | None:
        if self.articles is not None or self.content_dir is None:
            return None
        files = list(self.content_dir.glob("*.md"))
        return max((f.stat().st_mtime_ns for f in files), default=0) + len(files)

    def outlet(self, name: str) -> Outlet:
        with self._lock:
            mtime = self._content_mtime()
            if not self._outlets or mtime != self._mtime:
                articles = self.articles if self.articles is not None else load_articles(self.content_dir)
                self._outlets = {
                    key: OUTLETS[key]([a for a in articles if a.outlet == key], self.base_urls[key])
                    for key in OUTLET_ORDER
                }
                self._mtime = mtime
            return self._outlets[name]

    def flaky_path(self) -> str | None:
        """The article that fails once: ridgeline's second newest."""
        ridgeline = self.outlet("ridgeline")
        if not self.flaky or len(ridgeline.articles) < 2:
            return None
        return ridgeline.article_path(ridgeline.articles[1])

    # --- serving ---------------------------------------------------------------------------
    def respond(self, name: str, method: str, raw_path: str, headers: dict[str, str]) -> Response:
        parts = urlsplit(raw_path)
        outlet = self.outlet(name)
        key = f"{name}:{parts.path}"
        if name == "ridgeline" and parts.path == self.flaky_path() and key not in self._failed_once:
            self._failed_once.add(key)
            response = Response(500, b"<html><body><h1>500 Internal Server Error</h1></body></html>")
        else:
            response = outlet.handle(parts.path, parts.query)
        if response.status == 200:
            etag = ETAG(response.body)
            response.headers["ETag"] = etag
            if response.last_modified is not None:
                response.headers["Last-Modified"] = format_datetime(response.last_modified.astimezone(timezone.utc), usegmt=True)
            if _not_modified(headers, etag, response.last_modified):
                return Response(304, b"", headers={"ETag": etag})
        return response

    def start(self) -> SampleSite:
        """Listen on three consecutive ports (outlet N at port+N); port 0 finds a free run."""
        attempts = [self.port] if self.port else [random.randrange(20000, 60000) for _ in range(50)]
        for base in attempts:
            try:
                self._bind(base)
                break
            except OSError:
                for server in self._servers:
                    server.server_close()
                self._servers.clear()
                if self.port:
                    raise
        else:
            raise OSError("no three consecutive free ports found for the sample site")
        self.port = base
        for server in self._servers:
            thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def _bind(self, base: int) -> None:
        for offset, name in enumerate(OUTLET_ORDER):
            server = ThreadingHTTPServer((HOST, base + offset), _handler_for(self, name))
            server.daemon_threads = True
            self.base_urls[name] = f"http://{HOST}:{base + offset}"
            self._servers.append(server)

    def stop(self) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()
        self._servers.clear()

    def __enter__(self) -> SampleSite:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def sample_url(self) -> str:
        """The value for `--sample-url`: the first outlet's origin; the others follow by port."""
        return self.base_urls[OUTLET_ORDER[0]]


def _not_modified(headers: dict[str, str], etag: str, last_modified: datetime | None) -> bool:
    if_none_match = headers.get("if-none-match")
    if if_none_match:
        return etag in [t.strip() for t in if_none_match.split(",")] or if_none_match.strip() == "*"
    since = headers.get("if-modified-since")
    if since and last_modified is not None:
        try:
            return last_modified.replace(microsecond=0) <= parsedate_to_datetime(since)
        except (TypeError, ValueError):
            return False
    return False


def _handler_for(site: SampleSite, name: str) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "UltrafactsSample/1.0"
        protocol_version = "HTTP/1.1"

        def _serve(self, send_body: bool) -> None:
            headers = {k.lower(): v for k, v in self.headers.items()}
            response = site.respond(name, self.command, self.path, headers)
            conditional = "if-none-match" in headers or "if-modified-since" in headers
            site.log.append(RequestRecord(name, self.command, self.path, response.status, conditional))
            self.send_response(response.status)
            if response.status != 304:
                self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(response.body)))
            for key, value in response.headers.items():
                self.send_header(key, value)
            self.end_headers()
            if send_body:
                try:
                    self.wfile.write(response.body)
                except (BrokenPipeError, ConnectionResetError):
                    return  # the client gave up (the crawler refuses oversized pages mid-download)

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            self._serve(True)

        def do_HEAD(self) -> None:  # noqa: N802
            self._serve(False)

        def log_message(self, format: str, *args: object) -> None:  # quiet: the crawler logs
            return

    return Handler

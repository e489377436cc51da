"""URL identity: the canonical form under which a page is stored and deduplicated."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import yaml


@lru_cache(maxsize=1)
def _rules() -> tuple[frozenset[str], tuple[str, ...]]:
    data = yaml.safe_load(resources.files("pipeline.data").joinpath("url_rules.yaml").read_text("utf-8"))
    return frozenset(data["tracking_params"]), tuple(data["tracking_prefixes"])


def is_tracking_param(name: str) -> bool:
    names, prefixes = _rules()
    name = name.lower()
    return name in names or name.startswith(prefixes)


def canonical_url(url: str, base: str | None = None) -> str:
    """Lower-case scheme and host, no `www.`, no default port, no fragment, no tracking query."""
    if base:
        url = urljoin(base, url)
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower() or "http"
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    port = parts.port
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking_param(k)])
    return urlunsplit((scheme, host, parts.path or "/", query, ""))


def strip_tracking(url: str) -> str:
    """The URL as given, less tracking parameters and fragment (what a crawler should request)."""
    parts = urlsplit(url)
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking_param(k)])
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))

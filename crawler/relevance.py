"""Relevance filter for mixed-topic outlets: is this article about ultra or trail running?

Runner's World or Canadian Running publish gear reviews, marathon plans and nutrition tips
next to race reports; mining those for race facts only adds noise. An outlet spec opts in with

    relevance:
      cues: ['ultra\\w*', 'trail\\w*', '\\d+k\\b', ...]   # regexes, case-insensitive, word-bounded
      body_hits: 3            # without a cue in title/tags/URL, this many cue mentions in the body
      exclude_title: ['\\breview\\b', '\\bbest\\b.*\\bshoes?\\b']   # gear and buyer's guides
      exclude_tags: [gear, shoes, review]
      exclude_urls: ['^/gear/']

An article judged irrelevant is not stored as an article: its page is kept (outcome
`irrelevant`, with the reason) so that a later, looser filter can re-read it from the store.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from lxml import html as lxml_html

DEFAULT_CUES = [
    r"ultra\w*", r"trail\w*", r"\d+\s?(?:k|km|mi|mile|miler)s?\b", r"hundred[- ]mil\w*", r"fkt\w*",
    r"sky ?run\w*", r"mountain (?:running|race|races|runner\w*)", r"backyard", r"vertical kilomet\w*",
    r"western states", r"hardrock", r"utmb", r"leadville", r"comrades", r"badwater", r"barkley",
    r"spartathlon", r"cocodona", r"javelina", r"fell run\w*", r"aid stations?", r"elevation gain",
]


@lru_cache(maxsize=64)
def _cue_re(cues: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(f"(?:{c})" for c in cues) + r")", re.IGNORECASE)


def page_tags(html: str | bytes) -> list[str]:
    """The topics a page declares: article:tag / keywords meta, JSON-LD keywords and
    articleSection, rel=tag links."""
    try:
        tree = lxml_html.fromstring(html)
    except Exception:
        return []
    tags: list[str] = []
    for meta in tree.xpath("//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or "").lower()
        if key in ("article:tag", "article:section", "keywords", "news_keywords", "sailthru.tags", "parsely-section"):
            tags.extend(t.strip() for t in meta.get("content", "").split(","))
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except (json.JSONDecodeError, TypeError):
            continue
        nodes = data.get("@graph", [data]) if isinstance(data, dict) else data if isinstance(data, list) else []
        for node in nodes:
            if not isinstance(node, dict):
                continue
            for key in ("keywords", "articleSection"):
                value = node.get(key)
                if isinstance(value, str):
                    tags.extend(t.strip() for t in value.split(","))
                elif isinstance(value, list):
                    tags.extend(str(t).strip() for t in value)
    tags.extend(a.text_content().strip() for a in tree.xpath('//a[contains(concat(" ", @rel, " "), " tag ")]'))
    return list(dict.fromkeys(t for t in tags if t))


def judge(rules: dict[str, Any] | None, *, title: str | None, text: str, url: str, tags: list[str]) -> tuple[bool, str]:
    """(relevant?, why) for an article under an outlet's relevance rules (no rules: relevant)."""
    if not rules:
        return True, "no relevance filter"
    title = title or ""
    path = urlsplit(url).path
    for pattern in rules.get("exclude_urls") or []:
        if re.search(pattern, path):
            return False, f"URL matches exclude_urls {pattern!r}"
    for pattern in rules.get("exclude_title") or []:
        if re.search(pattern, title, re.IGNORECASE):
            return False, f"title matches exclude_title {pattern!r}"
    excluded = {t.lower() for t in rules.get("exclude_tags") or []}
    hit = [t for t in tags if t.lower() in excluded]
    if hit:
        return False, f"tagged {hit[0]!r}"
    cues = _cue_re(tuple(rules.get("cues") or DEFAULT_CUES))
    path_words = path.replace("-", " ").replace("/", " ")
    for where, value in (("title", title), ("tags", " | ".join(tags)), ("URL", path_words)):
        match = cues.search(value)
        if match:
            return True, f"{where} mentions {match.group(0)!r}"
    needed = int(rules.get("body_hits", 3))
    hits = len(cues.findall(text))
    if hits >= needed:
        return True, f"body mentions ultra/trail cues {hits} times"
    return False, f"no ultra/trail cue in title, tags or URL and {hits} in the body (< {needed})"

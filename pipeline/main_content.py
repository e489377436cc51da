"""Main-content extraction: the article's own blocks, without page furniture.

Furniture is recognised by what it is rather than by its words: elements whose tag, role or
class say navigation, aside, widget, share bar, comments, related stories; blocks that are
mostly links; and links to other articles that a CMS injects into a paragraph, recognised as
headlines (their own text is a title, they point at an article, they sit glued into the
sentence or carry promo markup). Tables, lists, headings and quotes are kept.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from urllib.parse import urljoin, urlsplit

import yaml
from lxml import etree
from lxml import html as lxml_html

BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "li", "dt", "dd", "table", "tr"}
HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
CONTAINER_BLOCKS = {"div", "section", "article", "main", "center", "span", "td", "body"}
KEEP_ROOTS = {"html", "body", "main", "article"}
_TOKEN_SPLIT = re.compile(r"[\s_\-:./]+|(?<=[a-z])(?=[A-Z])")
_BR = "\u2028"  # stands for <br> while source newlines are folded like any white space


@dataclass(frozen=True)
class Furniture:
    drop_tags: frozenset[str]
    drop_roles: frozenset[str]
    drop_tokens: frozenset[str]
    drop_token_pairs: tuple[frozenset[str], ...]
    label_blocks: frozenset[str]
    taxonomy_segments: frozenset[str]
    headline_openers: frozenset[str]


@lru_cache(maxsize=1)
def furniture() -> Furniture:
    data = yaml.safe_load(resources.files("pipeline.data").joinpath("boilerplate.yaml").read_text("utf-8"))
    return Furniture(
        drop_tags=frozenset(data["drop_tags"]),
        drop_roles=frozenset(data["drop_roles"]),
        drop_tokens=frozenset(data["drop_tokens"]),
        drop_token_pairs=tuple(frozenset(p) for p in data["drop_token_pairs"]),
        label_blocks=frozenset(s.lower() for s in data["label_blocks"]),
        taxonomy_segments=frozenset(data["taxonomy_path_segments"]),
        headline_openers=frozenset(data["headline_openers"]),
    )


@lru_cache(maxsize=1)
def _race_aliases() -> frozenset[str]:
    """Race names from the gazetteer: a link whose text is a race name is never a headline."""
    try:
        text = resources.files("pipeline.data").joinpath("races.yaml").read_text("utf-8")
    except (FileNotFoundError, OSError):
        return frozenset()
    names: set[str] = set()
    for entry in yaml.safe_load(text) or []:
        names.add(str(entry.get("name", "")).lower())
        names.update(str(a).lower() for a in entry.get("aliases") or [])
    return frozenset(names)


def _tokens(element: lxml_html.HtmlElement) -> set[str]:
    raw = f"{element.get('class', '')} {element.get('id', '')}"
    return {t.lower() for t in _TOKEN_SPLIT.split(raw) if t}


def _is_furniture(element: lxml_html.HtmlElement, rules: Furniture) -> bool:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in rules.drop_tags:
        return True
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    if (element.get("role") or "").lower() in rules.drop_roles:
        return True
    style = (element.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    if tag in KEEP_ROOTS:
        return False
    tokens = _tokens(element)
    if tokens & rules.drop_tokens:
        return True
    return any(pair <= tokens for pair in rules.drop_token_pairs)


def _p_words(element: lxml_html.HtmlElement) -> int:
    return sum(len(" ".join(p.itertext()).split()) for p in element.iter("p"))


def remove_furniture(root: lxml_html.HtmlElement) -> None:
    """Drop furniture below `root` in place.

    An element holding a large share of the page's paragraphs is never dropped whole, however
    it is labelled (pages wrapped in <form>, a story inside <div class="has-sidebar">): it is
    searched instead.
    """
    rules = furniture()
    total = _p_words(root) or 1
    always = {"script", "style", "noscript", "template", "svg", "link", "meta"}

    def walk(element: lxml_html.HtmlElement) -> None:
        for child in list(element):
            if not isinstance(child.tag, str):
                continue
            if _is_furniture(child, rules) and (child.tag in always or _p_words(child) <= 0.4 * total):
                child.drop_tree()
            else:
                walk(child)

    walk(root)


def _paragraph_score(element: lxml_html.HtmlElement) -> int:
    text = " ".join(element.itertext())
    words = len(text.split())
    if words < 5:
        return 0
    return words + text.count(",") * 2


def _text_len(element: lxml_html.HtmlElement) -> int:
    return len(" ".join(element.itertext()).split())


def find_content_root(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """The element that holds the story: articleBody markup, else the densest paragraph parent."""
    for xpath in ('//*[@itemprop="articleBody"]', '//*[contains(concat(" ", normalize-space(@class), " "), " entry-content ")]'):
        found = tree.xpath(xpath)
        if found:
            return max(found, key=_text_len)
    scores: dict[lxml_html.HtmlElement, float] = {}
    for paragraph in tree.iter("p", "pre", "blockquote", "li", "td"):
        score = _paragraph_score(paragraph)
        if not score:
            continue
        parent = paragraph.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0) + score
        grandparent = parent.getparent()
        if grandparent is not None:
            scores[grandparent] = scores.get(grandparent, 0) + score / 2
    if not scores:
        body = tree.find("body")
        return body if body is not None else tree
    best = max(scores, key=scores.get)
    # Prefer an <article> ancestor close by: it holds headings and tables beside the paragraphs.
    for ancestor in best.iterancestors():
        if ancestor.tag == "article":
            return ancestor
        if ancestor.tag in ("body", "html"):
            break
    return best


def _slug_words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.findall(r"[a-z0-9]+", text)


def _is_article_href(href: str, base_url: str | None, rules: Furniture) -> bool:
    """Does the link point at an article page (not the home page, a tag or a race page)?"""
    url = urljoin(base_url or "", href)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https", ""):
        return False
    if base_url and parts.netloc and parts.netloc != urlsplit(base_url).netloc:
        return False  # external links are citations, not the site's promotion of itself
    segments = [s for s in parts.path.split("/") if s]
    if not segments or any(s.lower() in rules.taxonomy_segments for s in segments[:-1]):
        return False
    last = re.sub(r"\.(s?html?|php|aspx?)$", "", segments[-1].lower())
    has_date = any(re.fullmatch(r"(19|20)\d\d", s) for s in segments)
    has_id = any(re.fullmatch(r"[a-z]?\d{4,}", s) for s in segments)
    return len(last.split("-")) >= 3 or has_date or has_id


_MINOR_WORDS = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with", "by", "from", "vs", "as", "is"}


def _is_titlecase(words: list[str]) -> bool:
    """Headline capitalisation: the significant words all capitalised."""
    letters = [w for w in words if w[:1].isalpha() and w.lower() not in _MINOR_WORDS]
    if len(words) < 4 or len(letters) < 3:
        return False
    capitalised = sum(1 for w in letters if w[:1].isupper())
    return capitalised / len(letters) >= 0.75


def _glued(anchor: lxml_html.HtmlElement) -> bool:
    """No space between the link and the words around it: it was dropped into the sentence."""
    before = anchor.getprevious()
    before_text = (before.tail if before is not None else anchor.getparent().text) or ""
    after_text = anchor.tail or ""
    text = anchor.text_content()
    glued_before = bool(before_text) and before_text[-1:].isalnum() and text[:1].isalnum()
    glued_after = bool(after_text) and after_text[:1].isalnum() and text[-1:].isalnum()
    return glued_before or glued_after


def _mid_sentence(anchor: lxml_html.HtmlElement) -> bool:
    """Is the text before the link a sentence still running (ends in a lower-case word)?"""
    previous = anchor.getprevious()
    before = ((previous.tail if previous is not None else anchor.getparent().text) or "").rstrip()
    return bool(before) and before.split()[-1][-1:].islower()


def is_injected_headline(anchor: lxml_html.HtmlElement, base_url: str | None) -> bool:
    """Is this inline link a headline of another article that the CMS injected?"""
    rules = furniture()
    text = " ".join(anchor.text_content().split())
    words = text.split()
    href = anchor.get("href") or ""
    if len(words) < 3 or not href or text.lower() in _race_aliases():
        return False
    if not _is_article_href(href, base_url, rules):
        return False
    signals = 0
    if _glued(anchor):
        signals += 2
    marked = _tokens(anchor) | _tokens(anchor.getparent())
    if marked & rules.drop_tokens or any(p <= marked for p in rules.drop_token_pairs):
        signals += 2
    if re.search(r"[?!:]|\.\s+\S", text) or text.endswith((".", "?", "!")):
        signals += 1  # headline punctuation inside a link
    if _is_titlecase(words):
        signals += 1
    if words[0] in rules.headline_openers and _mid_sentence(anchor):
        signals += 1
    slug = set(_slug_words(urlsplit(href).path.rstrip("/").split("/")[-1]))
    anchor_words = [w for w in _slug_words(text) if len(w) > 2 and w not in _MINOR_WORDS]
    if anchor_words and sum(w in slug for w in anchor_words) / len(anchor_words) >= 0.6:
        signals += 1
    return signals >= 2


def _link_words(element: lxml_html.HtmlElement) -> int:
    return sum(len(" ".join(a.itertext()).split()) for a in element.iter("a"))


def _inline_text(element: lxml_html.HtmlElement) -> str:
    """Text of a block, <br> as a line break, whitespace folded."""
    parts: list[str] = []

    def walk(node: lxml_html.HtmlElement) -> None:
        if node.tag == "br":
            parts.append(_BR)
        elif isinstance(node.tag, str):
            if node.text:
                parts.append(node.text)
            for child in node:
                walk(child)
                if child.tail:
                    parts.append(child.tail)

    walk(element)
    lines = [" ".join(line.split()) for line in "".join(parts).split(_BR)]
    return "\n".join(line for line in lines if line)


def _table_text(table: lxml_html.HtmlElement) -> str:
    rows = []
    for row in table.iter("tr"):
        cells = [" ".join(" ".join(c.itertext()).split()) for c in row if c.tag in ("td", "th")]
        if any(cells):
            rows.append(" | ".join(cells))
    return "\n".join(rows)


class _BlockCollector:
    def __init__(self, base_url: str | None, title: str | None) -> None:
        self.base_url = base_url
        self.title = " ".join((title or "").split()).lower()
        self.blocks: list[str] = []
        self.rules = furniture()

    def is_link_block(self, element: lxml_html.HtmlElement, text: str) -> bool:
        """A block that is (almost) only a link to another article: a related-story widget."""
        words = len(text.split())
        if not words:
            return False
        anchors = [a for a in element.iter("a") if a.get("href")]
        if not anchors or _link_words(element) / words < 0.8:
            return False
        return any(_is_article_href(a.get("href"), self.base_url, self.rules) for a in anchors)

    def add(self, text: str, element: lxml_html.HtmlElement | None = None) -> None:
        text = text.strip()
        if not text:
            return
        if text.lower().rstrip(" .:!>»›") in self.rules.label_blocks:
            return
        if element is not None and element.tag != "table" and self.is_link_block(element, text):
            return
        self.blocks.append(text)

    def visit(self, element: lxml_html.HtmlElement) -> None:
        tag = element.tag if isinstance(element.tag, str) else None
        if tag is None:
            return
        if tag == "table":
            self.add(_table_text(element), element)
            return
        if (tag in BLOCK_TAGS or tag in CONTAINER_BLOCKS or tag == "a") and not self._has_block_children(element):
            for anchor in list(element.iter("a")):
                if is_injected_headline(anchor, self.base_url):
                    _drop_keep_tail(anchor)
            text = _inline_text(element)
            if tag in HEADING_TAGS and " ".join(text.split()).lower() == self.title:
                return  # the title repeated as the page heading
            self.add(text, element)
            return
        # A container: its loose text is a paragraph of its own (blogs without <p>).
        if element.text and element.text.strip():
            self.add(element.text)
        for child in element:
            self.visit(child)
            if child.tail and child.tail.strip() and tag in CONTAINER_BLOCKS | BLOCK_TAGS:
                self.add(child.tail)

    @staticmethod
    def _has_block_children(element: lxml_html.HtmlElement) -> bool:
        return any(
            isinstance(child.tag, str) and (child.tag in BLOCK_TAGS or child.tag in ("ul", "ol", "div", "table", "section"))
            for child in element
        )


def _drop_keep_tail(element: lxml_html.HtmlElement) -> None:
    """Remove an element but keep the text that follows it, with one space where needed."""
    parent = element.getparent()
    tail = element.tail or ""
    previous = element.getprevious()
    before = (previous.tail if previous is not None else parent.text) or ""
    joiner = " " if before and tail and not before[-1].isspace() and not tail[0].isspace() and tail[0].isalnum() else ""
    if previous is not None:
        previous.tail = before + joiner + tail
    else:
        parent.text = before + joiner + tail
    parent.remove(element)


def extract_blocks(
    tree: lxml_html.HtmlElement,
    *,
    body_selector: str | None = None,
    base_url: str | None = None,
    title: str | None = None,
) -> tuple[list[str], str]:
    """The article's text blocks, and how they were found ('selectors' or 'generic')."""
    tree = copy.deepcopy(tree)
    root = None
    method = "generic"
    if body_selector:
        try:
            found = tree.cssselect(body_selector)
        except Exception:  # a bad selector in a spec must not lose the article
            found = []
        if found:
            root = found[0]
            method = "selectors"
    if root is None:
        remove_furniture(tree)
        root = find_content_root(tree)
    else:
        remove_furniture(root)
    collector = _BlockCollector(base_url, title)
    collector.visit(root)
    return _dedupe_adjacent(collector.blocks), method


def _dedupe_adjacent(blocks: list[str]) -> list[str]:
    out: list[str] = []
    for block in blocks:
        if not out or out[-1] != block:
            out.append(block)
    return out


def parse_html(html: str | bytes) -> lxml_html.HtmlElement:
    """Parse HTML leniently; raise ValueError for input that holds no HTML at all."""
    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    if not html.strip():
        raise ValueError("empty page")
    try:
        return lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise ValueError(f"not HTML ({exc})") from None

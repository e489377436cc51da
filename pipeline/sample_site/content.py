"""Sample-site article sources: parse `<outlet>--<slug>.md` files into blocks.

The format is described in tests/fixtures/sample_site/FORMAT.md. The same parsed blocks feed
the outlet templates (HTML with noise) and the plain text that the gold `.txt` files hold, so
that what the site serves and what the gold describes cannot drift apart.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
CONTENT_DIR = REPO_ROOT / "tests" / "fixtures" / "sample_site"
ARTICLES_DIR = CONTENT_DIR / "articles"
GOLD_DEV_DIR = REPO_ROOT / "tests" / "gold" / "dev"

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
_RELATED = re.compile(r"^\{\{related:\s*(.+?)\s*\|\s*(\S+?)\s*\}\}$")
_INLINE = re.compile(r"\{\{inline-related:\s*(.+?)\s*\|\s*(\S+?)\s*\}\}|\[([^\]]+)\]\(([^)\s]+)\)")
PAGEBREAK = "<!-- pagebreak -->"


@dataclass(frozen=True)
class Span:
    """A piece of inline text: plain, an ordinary link, or an injected related-article link."""

    text: str
    href: str | None = None
    related: bool = False


@dataclass(frozen=True)
class Block:
    kind: str  # paragraph | heading | list | table | quote | related | pagebreak
    spans: tuple[Span, ...] = ()
    items: tuple[tuple[Span, ...], ...] = ()  # list items
    rows: tuple[tuple[str, ...], ...] = ()  # table rows, first is the header
    level: int = 2


@dataclass
class SampleArticle:
    outlet: str
    slug: str
    title: str
    authors: list[str]
    published: datetime
    modified: datetime | None
    tags: list[str]
    lang: str
    encoding: str
    blocks: list[Block]
    source: Path | None = None
    extra: dict = field(default_factory=dict)

    @property
    def key(self) -> str:
        return f"{self.outlet}--{self.slug}"

    @property
    def pages(self) -> list[list[Block]]:
        """Blocks split at page breaks (one list for an article on one page)."""
        pages: list[list[Block]] = [[]]
        for block in self.blocks:
            if block.kind == "pagebreak":
                pages.append([])
            else:
                pages[-1].append(block)
        return pages


def parse_inline(text: str) -> tuple[Span, ...]:
    spans: list[Span] = []
    pos = 0
    for match in _INLINE.finditer(text):
        if match.start() > pos:
            spans.append(Span(text[pos : match.start()]))
        if match.group(1) is not None:
            spans.append(Span(match.group(1), match.group(2), related=True))
        else:
            spans.append(Span(match.group(3), match.group(4)))
        pos = match.end()
    if pos < len(text):
        spans.append(Span(text[pos:]))
    return tuple(spans)


def parse_body(body: str) -> list[Block]:
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", body.strip()):
        chunk = chunk.strip()
        if not chunk:
            continue
        lines = [line.rstrip() for line in chunk.splitlines()]
        if chunk == PAGEBREAK:
            blocks.append(Block("pagebreak"))
        elif (m := _RELATED.match(chunk)) is not None:
            blocks.append(Block("related", spans=(Span(m.group(1), m.group(2), related=True),)))
        elif chunk.startswith("#"):
            hashes = len(chunk) - len(chunk.lstrip("#"))
            blocks.append(Block("heading", spans=parse_inline(chunk[hashes:].strip()), level=hashes))
        elif all(line.lstrip().startswith(("- ", "* ")) for line in lines):
            items = tuple(parse_inline(line.lstrip()[2:].strip()) for line in lines)
            blocks.append(Block("list", items=items))
        elif all(line.lstrip().startswith("|") for line in lines):
            rows = []
            for line in lines:
                cells = tuple(c.strip() for c in line.strip().strip("|").split("|"))
                if all(re.fullmatch(r":?-{2,}:?", c) for c in cells):
                    continue  # the header separator row
                rows.append(cells)
            blocks.append(Block("table", rows=tuple(rows)))
        elif all(line.startswith(">") for line in lines):
            text = " ".join(line[1:].strip() for line in lines)
            blocks.append(Block("quote", spans=parse_inline(text)))
        else:
            blocks.append(Block("paragraph", spans=parse_inline(" ".join(lines))))
    return blocks


def _as_datetime(value: object) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def parse_article(text: str, source: Path | None = None) -> SampleArticle:
    match = _FRONT_MATTER.match(text)
    if not match:
        raise ValueError(f"{source or 'article'}: no front matter (--- ... ---) at the top")
    meta = yaml.safe_load(match.group(1)) or {}
    missing = [k for k in ("outlet", "slug", "title", "published") if k not in meta]
    if missing:
        raise ValueError(f"{source or 'article'}: front matter lacks {', '.join(missing)}")
    known = {"outlet", "slug", "title", "authors", "published", "modified", "tags", "lang", "encoding"}
    return SampleArticle(
        outlet=str(meta["outlet"]),
        slug=str(meta["slug"]),
        title=str(meta["title"]),
        authors=[str(a) for a in meta.get("authors") or []],
        published=_as_datetime(meta["published"]),
        modified=_as_datetime(meta.get("modified")),
        tags=[str(t) for t in meta.get("tags") or []],
        lang=str(meta.get("lang") or "en"),
        encoding=str(meta.get("encoding") or "utf-8"),
        blocks=parse_body(text[match.end() :]),
        source=source,
        extra={k: v for k, v in meta.items() if k not in known},
    )


def load_articles(directory: Path = ARTICLES_DIR) -> list[SampleArticle]:
    """Every article source in `directory`, sorted by outlet then publication time."""
    articles = [parse_article(p.read_text(encoding="utf-8"), p) for p in sorted(directory.glob("*.md"))]
    return sorted(articles, key=lambda a: (a.outlet, a.published, a.slug))


def inline_text(spans: tuple[Span, ...]) -> str:
    """The reader's text of inline spans: injected related links are not part of it."""
    text = "".join(span.text for span in spans if not span.related)
    return re.sub(r"\s+", " ", text).strip()


def block_text(block: Block) -> list[str]:
    if block.kind in ("paragraph", "heading", "quote"):
        return [inline_text(block.spans)]
    if block.kind == "list":
        return [inline_text(item) for item in block.items]
    if block.kind == "table":
        return ["\n".join(" | ".join(row) for row in block.rows)]
    return []  # related widgets and page breaks are not text


def plain_text(article: SampleArticle) -> str:
    """The article's body as the gold `.txt` holds it (see FORMAT.md)."""
    return "\n\n".join(part for block in article.blocks for part in block_text(block) if part)


def write_gold_text(articles_dir: Path = ARTICLES_DIR, gold_dir: Path = GOLD_DEV_DIR) -> list[Path]:
    """Write `<key>.txt` beside every `<key>.json` gold file that has a sample-site source."""
    written = []
    for article in load_articles(articles_dir):
        if (gold_dir / f"{article.key}.json").exists():
            path = gold_dir / f"{article.key}.txt"
            path.write_text(plain_text(article) + "\n", encoding="utf-8")
            written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("command", choices=["gold-text", "text"])
    parser.add_argument("key", nargs="?", help="with `text`: the article key outlet--slug")
    args = parser.parse_args()
    if args.command == "gold-text":
        for path in write_gold_text():
            print(path.relative_to(REPO_ROOT))
    else:
        for article in load_articles():
            if article.key == args.key:
                print(plain_text(article))
                return
        raise SystemExit(f"error: no sample article {args.key!r}")


if __name__ == "__main__":
    main()

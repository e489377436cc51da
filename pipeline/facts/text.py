"""Cheap text structure: blocks (paragraphs), sentences with offsets, result tables."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Abbreviations after which a period does not end a sentence.
_ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "mt", "jr", "sr", "vs", "no", "ft", "approx", "e.g", "i.e",
    "u.s", "a.m", "p.m", "inc", "co", "gen", "col", "capt", "lt", "sgt", "prof", "rev", "est",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.k", "d.c",
}
# State and province abbreviations of a home town ("Marcus Feeney (Boulder, Colo.) 7:45:09"):
# no sentence end, unless a sentence opener follows ("... from Bend, Ore. He won ...")
_PLACE_ABBREV = {
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md",
    "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "n.h", "n.j", "n.m", "n.y", "n.c", "n.d", "okla",
    "ore", "pa", "r.i", "s.c", "s.d", "tenn", "tex", "vt", "va", "wash", "w.va", "wis", "wyo",
    "alta", "b.c", "man", "n.b", "n.s", "ont", "que", "sask", "nfld",
}
_SENT_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_STARTER = re.compile(r"\s+(?:He|She|They|It|The|This|That|In|But|And|His|Her|Their|Then|After|When|I|We)\b")
_BLOCK_SPLIT = re.compile(r"\n[ \t]*\n+")
_PROSE_END = re.compile(r"[.!?…\"'”’)]\s*$")


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    block: int  # index of the paragraph (blank-line block)
    line_start: bool = False  # first sentence of its block
    table: Table | None = None  # set for table rows


@dataclass
class Table:
    header: list[str]
    columns: dict[str, int] = field(default_factory=dict)  # role -> column index
    sep: str = "|"  # the cell separator: "|" (markdown, plain) or a tab (pasted spreadsheets)
    # every (name column, its time column, the header says "winner") of a table with a runner
    # per column group: "Year | Men's winner | Time | Women's winner | Time"
    name_columns: list[tuple[int, int | None, bool]] = field(default_factory=list)
    # a table laid out with spaces ("Pos  Name   Club   Time"): where each header cell starts
    starts: list[int] = field(default_factory=list)

    def cells(self, line: str) -> list[str]:
        """The cells of a row (the raw line, indentation kept); a space-aligned row that leaves
        a cell empty puts each cell under the header cell it starts below."""
        if self.sep != SPACED:
            return line.strip().strip(self.sep).split(self.sep)
        found = [(m.start(), m.group(0)) for m in _SPACED_CELLS.finditer(line)]
        if len(found) == len(self.header) or not self.starts:
            return [c for _, c in found]
        out = [""] * len(self.header)
        for pos, cell in found:
            col = max((j for j, s in enumerate(self.starts) if s <= pos + 1), default=0)
            out[col] = f"{out[col]} {cell}".strip()
        return out


SPACED = "  "  # the "separator" of a table laid out with runs of spaces
_SPACED_CELLS = re.compile(r"\S+(?: \S+)*")

_HEADER_ROLES = {
    "place": re.compile(r"^(?:place|pos\.?|position|rank|#|overall|pl\.?)$", re.I),
    "name": re.compile(r"^(?:(?:men|women|male|female|man|woman)['’]?s?\s+)?(?:runner|athlete|name|finisher|winner|champion|(?:record[- ]?)?holder)$|^(?:women|men|woman|man)$", re.I),
    "time": re.compile(r"^(?:time|finish(?: time)?|result|chip time|gun time)$", re.I),
    "distance": re.compile(r"^(?:distance|yards|laps|loops|km|miles)$", re.I),
    "race": re.compile(r"^(?:race|event|venue|where|(?:race|event|venue)\s*(?:,|/|and)\s*(?:year|date))$", re.I),
    "duration": re.compile(r"^(?:duration|time limit|format)$", re.I),  # a fixed-time record's hours or days
    "year": re.compile(r"^(?:year|edition)$", re.I),
    "category": re.compile(r"^(?:category|cat\.?|division|sex|gender)$", re.I),
}


def blocks(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty blank-line-separated block.

    Text with no blank line at all (what many HTML-to-text tools write) has its paragraphs one
    a line: there every line is a block.
    """
    out, pos = [], 0
    if not _BLOCK_SPLIT.search(text):
        return _line_blocks(text)
    for m in _BLOCK_SPLIT.finditer(text):
        if text[pos : m.start()].strip():
            out.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, len(text)))
    return out


def _line_blocks(text: str) -> list[tuple[int, int]]:
    """Blocks of a text with no blank line: a prose line is a paragraph of its own; short lines
    that run together (a heading and its list, a table's rows) stay one block, as they would be
    between blank lines."""
    out: list[tuple[int, int]] = []
    joined = False
    for m in re.finditer(r"[^\n]+", text):
        line = m.group(0).strip()
        if not line:
            continue
        prose = len(line.split()) >= 5 and bool(_PROSE_END.search(line)) and " | " not in line
        if out and joined and not prose:
            out[-1] = (out[-1][0], m.end())  # the list or table goes on
        else:
            out.append((m.start(), m.end()))
        joined = not prose
    return out


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in _SENT_END.finditer(text, start, end):
        cut = m.end()
        word = re.search(r"([\w.]+)[.]+[\"'”’)\]]*$", text[pos:cut])
        abbrev = word.group(1).lower().rstrip(".") if word else ""
        if word and text[cut - 1] in ".)" and (abbrev in _ABBREV or abbrev in _PLACE_ABBREV and word.group(1)[:1].isupper()) and not (
                _STARTER.match(text, m.end()) and (abbrev in ("u.s", "u.k", "d.c", "a.m", "p.m", "inc", "co", "jr", "sr") or abbrev in _PLACE_ABBREV)):
            continue  # "the U.S. He ..." still ends a sentence
        if word and re.fullmatch(r"[A-Z]", word.group(1)):  # an initial: "J. Walmsley"
            continue
        if word and re.fullmatch(r"\d{1,3}", word.group(1)) and re.search(r"(?:^\s*|[;:—–,]\s+|\(\s*|\s\d{1,3}\.\s+|^\d{1,3}\.\s+)\d{1,3}\.$", text[max(pos, cut - 8) : cut]):
            continue  # "— 1. Hamid Ait Bella (MAR) 20:58:14; 2. Youssef ...": a numbered list
        if word and re.fullmatch(r"\d{1,3}", word.group(1)) and re.search(r"(?:\d:\d\d|\))\s+\d{1,3}\.$", text[max(pos, cut - 16) : cut]) \
                and re.search(r"(?:^|\s)\d{1,3}\.\s+[A-Z]", text[pos : cut - 4]):
            continue  # "Men: 1. Luca Ferraro (ITA) 7:12:09 2. Owen ...": a results box run on one line
        out.append((pos, cut))
        pos = cut
    out.append((pos, end))
    return [_strip(text, s, e) for s, e in out if text[s:e].strip()]


MAX_SENTENCE = 1500  # longer "sentences" are lists or junk: cut them so that work per sentence stays bounded


def _chunks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    while end - start > MAX_SENTENCE:
        cut = max(text.rfind(c, start + MAX_SENTENCE // 2, start + MAX_SENTENCE) for c in (";", ",", " "))
        if cut <= start:
            cut = start + MAX_SENTENCE
        out.append(_strip(text, start, cut + 1 if cut < end else cut))
        start = cut + 1
    out.append(_strip(text, start, end))
    return [(s, e) for s, e in out if e > s]


def _spaced_cells(line: str) -> list[str]:
    """The cells of a line laid out with runs of spaces: two or more spaces (or a tab) part them."""
    return [c for c in re.split(r" {2,}|\t", line.strip()) if c]


def _spaced_header(line: str, following: list[str]) -> Table | None:
    """"Pos  Name                 Club            Cat   Time": a header laid out with spaces, with
    a runner column, over at least two rows that split into as many cells or nearly."""
    cells = _spaced_cells(line)
    if len(cells) < 3 or "\t" in line:
        return None
    rows = [r for r in following if r.strip()][:2]
    if len(rows) < 2 or any(len(_spaced_cells(r)) < max(3, len(cells) - 1) for r in rows):
        return None
    table = _table_header(line, SPACED)
    if table is not None:
        table.starts = [m.start() for m in _SPACED_CELLS.finditer(line)]
    return table


def _table_header(line: str, sep: str = "|") -> Table | None:
    cells = _spaced_cells(line) if sep == SPACED else [c.strip() for c in line.strip().strip(sep).split(sep)]
    if len(cells) < 2:
        return None
    table = Table(header=cells, sep=sep)
    for i, cell in enumerate(cells):
        for role, rx in _HEADER_ROLES.items():
            if role not in table.columns and rx.match(cell):
                table.columns[role] = i
    names = [i for i, cell in enumerate(cells) if _HEADER_ROLES["name"].match(cell)]
    for k, i in enumerate(names):
        end = names[k + 1] if k + 1 < len(names) else len(cells)
        time = next((j for j in range(i + 1, end) if _HEADER_ROLES["time"].match(cells[j])), None)
        table.name_columns.append((i, time, bool(re.search(r"winner|champion", cells[i], re.I))))
    return table if "name" in table.columns else None


_RULE_ROW = re.compile(r"\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*")


def sentences(text: str) -> list[Sentence]:
    """Sentences with offsets; every line of a block is split on its own (lists, tables)."""
    out: list[Sentence] = []
    for b, (bs, be) in enumerate(blocks(text)):
        first = True
        table: Table | None = None
        pos = bs
        lines = text[bs:be].split("\n")
        for n, line in enumerate(lines):
            ls, le = pos, pos + len(line)
            pos = le + 1
            if not line.strip():
                continue
            if table is not None and _RULE_ROW.fullmatch(line):
                continue  # markdown's "|---|:---:|" under a header rules the table, it does not end it
            sep = "|" if line.count("|") >= 1 and " | " in line else ("\t" if table is not None and table.sep == "\t" and "\t" in line.strip() else None)
            if sep == "|" and table is None and not any(" | " in rest for rest in lines[n + 1 :]):
                sep = None  # "Bandera 100K | Bandera, Texas | January 10": a one-line heading, no table
            if sep is None and table is None and line.strip().count("\t") >= 2 and _table_header(line, "\t"):
                sep = "\t"  # a tab-separated results table with a runner column
            if sep is None and table is not None and table.sep == SPACED and len(_spaced_cells(line)) >= 3:
                sep = SPACED  # a row of a table laid out with spaces
            if sep is None and table is None and re.search(r"\S {2,}\S", line):
                spaced = _spaced_header(line, lines[n + 1 :])
                if spaced is not None:
                    table = spaced  # its header: the rows follow
                    continue
            if sep is not None:
                if table is None:
                    # a header without a runner column still makes a table (splits, schedules):
                    # its rows are not sentences
                    table = _table_header(line, sep) or Table(header=[c.strip() for c in line.strip().strip("|").split("|")])
                    continue
                if table is not None:
                    s, e = _strip(text, ls, le)
                    out.append(Sentence(s, e, text[s:e], b, first, table))
                    first = False
                    continue
            table = None  # a line that is no row ends the table ("Time records" before the next one)
            chunks = [c for s, e in _split_line(text, ls, le) for c in _chunks(text, s, e)]
            if len(chunks) > 1 and first and re.fullmatch(r"[IVXL]{1,5}\.", text[chunks[0][0] : chunks[0][1]]):
                chunks[:2] = [(chunks[0][0], chunks[1][1])]  # "III. The Spine": a section number opens the heading after it
            for cs, ce in chunks:
                out.append(Sentence(cs, ce, text[cs:ce], b, first))
                first = False
    return out

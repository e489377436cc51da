"""Data files the rules read: cue lists, regex patterns and the race gazetteer.

Everything is loaded once per process (workers of a multi-process run load their own copy).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).parent / "data"
# The gazetteer belongs to the project, not to this stage; UF_RACES points at another file
# (tests, experiments) without touching the shipped one.
RACES_PATH = Path(__file__).resolve().parents[1] / "data" / "races.yaml"


def races_path() -> Path:
    return Path(os.environ.get("UF_RACES", RACES_PATH))


def _read_yaml(path: Path) -> Any:
    # libyaml's parser when PyYAML has it: same safe constructor, ~7x faster on races.yaml, and
    # every worker of a multi-process run reads these files at its start
    return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@cache
def cues() -> dict[str, Any]:
    return _read_yaml(DATA_DIR / "cues.yaml")


@cache
def raw_patterns() -> dict[str, Any]:
    return _read_yaml(DATA_DIR / "patterns.yaml")


@cache
def given_name_genders() -> dict[str, str]:
    """"f" or "m" for a given name that names one gender almost always (given_names.yaml)."""
    data = _read_yaml(DATA_DIR / "given_names.yaml")
    return {**{n: "f" for n in data["female"]}, **{n: "m" for n in data["male"]}}


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def place_words() -> frozenset[str]:
    """Countries, states and the words multi-word places are made of ("Great Britain", "USA")."""
    c = cues()
    return frozenset(set(c["place_names"]) | set(c["place_name_words"]))


@cache
def number_alternation() -> str:
    return _alternation(list(cues()["number_words"]))


class PrefilteredPattern:
    """A compiled pattern behind a cheap test: it can only match text that contains one of its
    trigger substrings (lower case), so text without any is answered without running the regex.
    Hot patterns that most sentences lack ("in June", "two years later") cost a few substring
    tests instead of a scan at every word (patterns.yaml `prefilters`)."""

    def __init__(self, rx: re.Pattern[str], triggers: list[str]) -> None:
        self.rx = rx
        self.triggers = tuple(triggers)

    def _may_match(self, text: str, pos: int, endpos: int | None) -> bool:
        low = (text[pos:endpos] if pos or endpos is not None else text).lower()
        return any(map(low.__contains__, self.triggers))  # map: no Python frame per trigger

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if not self._may_match(text, pos, endpos):
            return None
        return self.rx.search(text, pos) if endpos is None else self.rx.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if not self._may_match(text, pos, endpos):
            return None
        return self.rx.match(text, pos) if endpos is None else self.rx.match(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        if not self._may_match(text, pos, endpos):
            return iter(())
        return self.rx.finditer(text, pos) if endpos is None else self.rx.finditer(text, pos, endpos)

    def __getattr__(self, attr: str) -> Any:
        return getattr(self.rx, attr)  # fullmatch, sub, pattern, ...: the regex itself


@cache
def pattern(name: str) -> re.Pattern[str] | PrefilteredPattern:
    """A compiled pattern from patterns.yaml (dotted path: 'time_context.clock_right')."""
    node: Any = raw_patterns()
    for part in name.split("."):
        node = node[part]
    text = node.replace("{WORDNUM}", number_alternation()).replace(
        "{NAT}", _alternation(cues()["nationalities"])
    )
    flags = 0 if name.endswith("_cs") else re.IGNORECASE
    rx = re.compile(text, flags)
    triggers = raw_patterns().get("prefilters", {}).get(name)
    return PrefilteredPattern(rx, triggers) if triggers else rx


@cache
def phrase_regex(list_name: str) -> re.Pattern[str]:
    """A regex matching any phrase of a cues.yaml list on word boundaries."""
    words = cues()[list_name]
    # "(NOR)", "(NO)": a country code in brackets is no word of the list ("nor", "no")
    code = r"(?!(?<=\()(?-i:[A-Z]{2,3})\))" if list_name == "negation" else ""
    return re.compile(r"(?<![\w'])" + code + r"(?:" + _alternation(words) + r")(?![\w])", re.IGNORECASE)


@cache
def record_type_patterns() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for entry in raw_patterns()["record_types"]:
        text = entry["pattern"].replace("{NAT}", _alternation(cues()["nationalities"]))
        # CR / WR / FKT are abbreviations: only their upper-case form counts.
        out.append((entry["type"], re.compile(text, re.IGNORECASE)))
    return out


@dataclass
class Race:
    name: str
    aliases: list[str] = field(default_factory=list)
    distance_km: float | None = None
    distance_label: str | None = None
    country: str | None = None
    kind: str = "race"
    discipline: str | None = None
    # an event with several races ("Pikes Peak": the Marathon and the Ascent): each of its races
    # goes by its short names ("Ascent", "MiM") only in a piece that names one of them
    event: str | None = None
    short: list[str] = field(default_factory=list)
    # what the press calls the race without naming it ("the world's oldest ultramarathon"): it
    # finds the race, but the race is never shown by it
    nicknames: list[str] = field(default_factory=list)


@cache
def gazetteer() -> tuple[Race, ...]:
    """The race gazetteer; empty when the file is missing (only the name pattern then works)."""
    path = races_path()
    if not path.exists():
        return ()
    data = _read_yaml(path) or []
    if isinstance(data, dict):
        data = data.get("races") or data.get("entries") or []
    races = []
    for item in data:
        if not isinstance(item, dict) or not item.get("name"):
            continue
        races.append(
            Race(
                name=str(item["name"]).strip(),
                aliases=[str(a).strip() for a in (item.get("aliases") or []) if str(a).strip()],
                distance_km=_float(item.get("distance_km")),
                distance_label=item.get("distance_label"),
                country=item.get("country"),
                kind=str(item.get("kind") or "race"),
                discipline=item.get("discipline"),
                event=item.get("event"),
                short=[str(a).strip() for a in (item.get("short") or []) if str(a).strip()],
                nicknames=[str(a).strip() for a in (item.get("nicknames") or []) if str(a).strip()],
            )
        )
    return tuple(races)


def _float(value: Any) -> float | None:
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None

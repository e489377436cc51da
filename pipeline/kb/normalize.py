"""Name, time and distance normalization shared by loading, resolution and queries.

`norm` must stay equal to the `uf_norm` SQL macro of migration 002 for ASCII-foldable text,
because named queries look names up with the macro while the loader stores Python's result.
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = re.compile(r"['’‘`]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")

# FACTS.md: words that do not make two race names different ("Western States" ~ "Western
# States 100"), unless nothing else is left.
GENERIC_RACE_WORDS = frozenset(
    "the race run endurance trail trails ultra ultramarathon mile miles mi k km kilometer "
    "kilometers kilometre kilometres marathon hundred of de du la le and".split()
)


def norm(name: str | None) -> str:
    """Case-fold, strip accents, drop apostrophes, turn other punctuation into spaces."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", str(name))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = _APOSTROPHES.sub("", text)
    return _NON_ALNUM.sub(" ", text).strip()


def slug(name: str) -> str:
    """Stable id from a name: its normalized form with hyphens."""
    return norm(name).replace(" ", "-")


def significant_words(name: str) -> frozenset[str]:
    """The words of a race name that identify it (FACTS.md matching rule)."""
    words = norm(name).split()
    keep = {w for w in words if w not in GENERIC_RACE_WORDS and not _is_number(w)}
    return frozenset(keep or words)


def _is_number(word: str) -> bool:
    # "100", "50k", "100mi" count as numbers: distances, not names
    return bool(re.fullmatch(r"\d+(k|km|mi|m)?", word))


def number_words(name: str) -> frozenset[str]:
    """Bare numbers of a name ("Bandera 100K" -> {"100"}), used to tell distances apart;
    years ("2024") say which edition, not which race, and are left out."""
    return frozenset(n for n in re.findall(r"\d+", norm(name)) if not re.fullmatch(r"(19|20)\d\d", n))


_HMS = re.compile(r"^\s*(\d{1,3}):(\d{2}):(\d{2})\s*$")


def time_seconds(text: str | None) -> int | None:
    """'14:46:44' -> 53204; None for anything that is not H:MM:SS with valid minutes/seconds."""
    if not text:
        return None
    match = _HMS.match(str(text))
    if not match:
        return None
    h, m, s = (int(g) for g in match.groups())
    if m > 59 or s > 59:
        return None
    return h * 3600 + m * 60 + s


_DIST = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(k|km|kilometers?|kilometres?|mi|miles?|mile|m)\b", re.I)


def distance_km(label: str | None) -> float | None:
    """'100 mi' -> 160.934, '50K' -> 50.0; None when the label is not a plain distance."""
    if not label:
        return None
    match = _DIST.match(str(label))
    if not match:
        return None
    value = float(match.group(1))
    unit = match.group(2).lower()
    if unit.startswith("mi"):
        return round(value * 1.609344, 3)
    if unit == "m":
        return round(value / 1000.0, 3)
    return value

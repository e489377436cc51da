"""Normalization: times to H:MM:SS, distances to km and a label, names for comparison."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .resources import cues

_KM_PER_MILE = 1.609344


def number(token: str | None) -> float | None:
    """'16' -> 16, 'nine' -> 9, 'an' -> 1, '4,167' -> 4167; None when not a number."""
    if token is None:
        return None
    t = token.strip().lower().replace(",", "")
    if not t:
        return None
    words = cues()["number_words"]
    if t in words:
        return float(words[t])
    if "-" in t:  # fifty-two
        parts = t.split("-")
        if all(p in words for p in parts):
            return float(sum(words[p] for p in parts))
    try:
        return float(t)
    except ValueError:
        return None


def hms(seconds: int) -> str:
    h, rest = divmod(int(seconds), 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}"


def time_value(
    h: float | None = 0, m: float | None = 0, s: float | None = 0, d: float | None = 0,
    *, strict_minutes: bool = True,
) -> tuple[str, int] | None:
    """(H:MM:SS, seconds), or None for impossible values such as 7:00:62 or 5:75."""
    h, m, s, d = (x or 0 for x in (h, m, s, d))
    if strict_minutes and (m >= 60 or s >= 60):
        return None
    if h < 0 or m < 0 or s < 0 or d < 0:
        return None
    total = round(((d * 24 + h) * 60 + m) * 60 + s)
    if total <= 0 or total > 5000 * 3600:  # longer than any thru-hike FKT (months)
        return None
    return hms(total), total


def parse_hms(text: str | None) -> int | None:
    """Seconds of an 'H:MM:SS' string (as found in gold and output), else None."""
    if not text:
        return None
    m = re.fullmatch(r"\s*(\d+):(\d{1,2}):(\d{1,2})\s*", str(text))
    if not m:
        return None
    h, mi, s = (int(g) for g in m.groups())
    return h * 3600 + mi * 60 + s


def normalize_time_string(text: str | None) -> str | None:
    """Canonical H:MM:SS of an H:MM:SS-ish string ('05:55:20' -> '5:55:20')."""
    secs = parse_hms(text)
    return hms(secs) if secs is not None else (text or None)


def distance(num: float, unit: str) -> tuple[float, str]:
    """(km, label): 100 miles -> (160.93, '100 mi'); 50K -> (50.0, '50 km')."""
    u = unit.lower()
    n = int(num) if float(num).is_integer() else round(num, 2)
    if u.startswith("mi") or u == "m":
        return round(num * _KM_PER_MILE, 2), f"{n} mi"
    return round(float(num), 2), f"{n} km"


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Scoring form of a name: case-folded, accents stripped, punctuation dropped, spaces collapsed."""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold()
    text = "".join(c for c in text if c.isalnum() or c.isspace())
    return " ".join(text.split())


_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


def person_name(text: str) -> str:
    """Canonical display form of a person's name from a mention."""
    text = " ".join(text.replace("\u00a0", " ").split())
    text = _POSSESSIVE.sub("", text).strip(" ,.;:-\"'“”‘’()")
    if text.isupper() and len(text) > 3:
        text = text.title()
    # "Dr. Sarah Pinkett" is Sarah Pinkett: a title before a full name is not part of it
    titled = re.match(r"(?:" + "|".join(cues()["name_titles"]) + r")\.?\s+(?=\S+\s+\S)", text, re.I)
    if titled:
        text = text[titled.end() :]
    # "UCHIDA Kenta", "Sarah PENROSE": results lists write surnames in capitals; a surname in
    # capitals before the given name ("MIYAZAKI Haruka") goes last, where a bare "Miyazaki" finds it
    words = text.split()
    if len(words) == 2 and len(words[0]) > 1 and words[0].isupper() and not words[1].isupper() and words[1][:1].isupper():
        words = [words[1], words[0].capitalize()]
    return " ".join(w.capitalize() if len(w) > 2 and w.isupper() and not re.fullmatch(r"[IVX]+", w) else w for w in words)

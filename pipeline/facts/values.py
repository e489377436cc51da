"""Value finders over raw text: times (told apart from clocks, paces, margins, splits), years,
month references, distances, placings and record cues. Pure regex work, so that the gate can
run them on every sentence before any statistical model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from .normalize import distance, number, time_value
from .resources import (
    cues,
    number_alternation,
    pattern,
    phrase_regex,
    raw_patterns,
    record_type_patterns,
)


@dataclass
class Value:
    kind: str  # time | distance | year | place | win | record
    start: int
    end: int
    text: str
    role: str = ""  # time: finish|clock|pace|track|margin|split|cutoff|bound|duration
    seconds: int | None = None
    hms: str | None = None
    number: float | None = None
    label: str | None = None
    extra: dict = field(default_factory=dict)


@cache
def _duration_regex() -> re.Pattern[str]:
    units = raw_patterns()["duration_units"]
    words = number_alternation()
    # Digits may touch their unit (5hr); a number word needs a space or hyphen (an hour).
    sep = r"(?:\s*,?\s*(?:and\s+)?)"
    parts = []
    for key, unit in (("d", units["day"]), ("h", units["hour"]), ("m", units["minute"]), ("s", units["second"])):
        # "thirty-one minutes": a compound number word is one number
        num = rf"(?P<{key}>\d{{1,3}}(?:\.\d+)?(?=\s*-?\s*[a-z])|(?:(?:{words})-)?(?:{words})(?=[\s-]))"
        parts.append(rf"(?:{num}\s*-?\s*(?P<{key}u>{unit})(?![\w'’]){sep})?")
    body = "".join(parts)
    # every part is optional, so without the lookahead the pattern matches empty at each word
    return re.compile(r"(?<![\w:.])(?=\d|(?:" + words + r")[\s-])" + body, re.IGNORECASE)


def _window(text: str, start: int, end: int, width: int = 40) -> tuple[str, str]:
    return text[max(0, start - width) : start], text[end : end + width]


def _classify(text: str, start: int, end: int, form: str, components: int) -> str:
    left, right = _window(text, start, end)
    ctx = "time_context."
    if form == "bound":
        return "bound"
    if pattern("fixed_duration_left").search(text[max(0, start - 60) : start]) and re.fullmatch(
            raw_patterns()["fixed_duration"], text[start:end].strip(" ,.;"), re.I):
        return "fixed"  # "162.9 miles in 24 hours": the format's clock, not a finish time
    if pattern(ctx + "pace_right").search(right) or pattern(ctx + "pace_left").search(left) or (
            form == "hm" and pattern(ctx + "pace_miles").search(right)):
        return "pace"
    if pattern(ctx + "cutoff_right").search(right) or pattern(ctx + "cutoff_left").search(left):
        return "cutoff"
    if form in ("hm", "hms") and pattern(ctx + "clock_right").search(right):
        return "clock"
    if form in ("hm", "hms") and pattern(ctx + "clock_weekday_right").search(right) and not pattern(ctx + "finish_left").search(left):
        return "clock"  # "at 7:51 on Saturday", not "won in 7:51 on Saturday"
    if form == "hm" and re.fullmatch(r"\s*\[?", text[:start]) and re.match(r"\s*(?:[ap]\.?m\.?\s*)?(?:\]\s*)?(?:[—–|]\s*|-\s+)?[A-Z][a-z]+\s+[A-Z]", text[end:]):
        return "clock"  # "10:05 Tom Ruiz ...", "[14:05] — Ruiz ...": a live blog's time stamp opening its entry
    if form == "hm" and pattern(ctx + "track_right").search(right):
        return "track"
    if pattern(ctx + "pb_left").search(left) and not re.match(r",?\s+(?:(?:set|run)\s+)?(?:from|at|in)\s+(?:the\s+)?(?:\d{4}\s+)?[A-Z]", right):
        return "pb"  # "His marathon PR is 2:41": a personal best, no result of the race at hand ("..., from the Eugene Marathon" is one there)
    # "went through Corinth, the 80 km mark, in 7h12'": a split's lead-in can run past 40 characters
    if pattern(ctx + "split_right").search(right) or pattern(ctx + "split_left").search(text[max(0, start - 70) : start]) \
            or pattern(ctx + "split_live_left").search(left):
        return "split"
    if pattern(ctx + "split_reached_left").search(text[max(0, start - 70) : start]) and not re.search(
            r"\bto\s+(?:win|take|claim|seal|finish|complete)\b|\b(?:win|victory|finish(?:ed|ing)?|title|record)\b", text[end : end + 90], re.I):
        return "split"  # "reached Drummond in 2:58", not "reached Whitney Portal in T to take the race"
    if form == "hm" and pattern(ctx + "clock_left").search(left):
        return "clock"
    if pattern(ctx + "margin_is_left").search(left):
        return "margin"
    words = form == "words"
    if words and components >= 3 and ((not text[:start].strip(" \"“”'‘’[(") and pattern(ctx + "elapsed_later_right").search(right))
                                       or pattern(ctx + "elapsed_after_right").search(right)):
        return "finish"  # "Six hours, 48 minutes and 12 seconds later, she ...": the effort's elapsed time
    if words and pattern(ctx + "margin_words_left").search(left):
        return "margin"
    if words and pattern(ctx + "margin_right").search(right) and not (
            components >= 2 and pattern(ctx + "finish_left").search(left) and pattern(ctx + "behind_winner_right").search(right)):
        return "margin"  # but "third in 5hr 41min 20sec behind the winner, X" is the place's finish
    if words and re.search(r"\bby\s+(?:(?:just|only|almost|nearly|about|roughly|more than|over|some|less than|a mere|another|a further|a full|a little over|a little under|under|exactly)\s+){0,2}$", left, re.I):
        return "margin"
    if form in ("hms", "hm") and re.search(r"\bby\s+(?:just |only |almost |nearly )?$", left, re.I):
        return "margin"
    if form in ("hms", "hm") and re.search(r"\b(?:took|taking|takes|knocked|knocking|shaved|shaving|cut|cutting|lopped|chopped|clipped|trimmed)\s+(?:another\s+|a further\s+)?$", left, re.I) \
            and re.match(r"\s+(?:off|from)\b", right):
        return "margin"  # "That took 9:07 off her own record", "took 5:27 from the record"
    # "second woman in 15:47:30 behind winner X", "second in 28:01:00 behind Maria Lopez": a
    # finish told before the one who beat it, not a gap
    behind_finish = (pattern(ctx + "finish_left").search(left) and pattern(ctx + "behind_winner_right").search(right)) or (
        form == "hms" and re.search(r"\bin\s*$", left) and re.match(r"\s*behind\s+(?-i:[A-Z])", right))
    if form in ("hms", "hm") and pattern(ctx + "margin_right").search(right) and not re.match(r"^\s*(?:off|under)\b", right) and not behind_finish:
        return "margin"
    if (pattern(ctx + "bound_left").search(left) or pattern(ctx + "bound_right").search(right)) and not pattern(ctx + "record_left").search(left):
        return "bound"
    if words:
        if components < 2 and re.match(r"(?:an?|one)\s", text[start:end], re.I):
            return "duration"  # "more on that in a minute", "in an hour": an idiom, not a finish
        if re.search(r"\b(?:slept|sleeping|sleep|napped|rested|resting|waited|spent|lost|wasted|sat)\b[^.]{0,25}$", left, re.I):
            return "duration"  # "slept for a total of 2hrs 40mins"
        if pattern(ctx + "duration_noise_right").search(right) and not (components >= 3 and re.search(r"\bin\s*$", left)):
            return "duration"  # but "third in 17 hours, 58 minutes and 2 seconds after a rough night" is a finish
        if re.search(r"^\s*-\s*", text[end - 1 : end + 2]) or re.match(r"^-", right):
            return "duration"  # "a 45-minute car ride"
        if re.search(r"(?:took|knocked|shaved|cut|chopped|lopped|slashed|clipped)\s+(?:\w+\s+){0,3}$", left, re.I) and re.match(r"^\s*off\b", right, re.I):
            return "margin"
        if re.search(r"\b(?:removed|removing|trimmed|trimming|cut|cutting|shaved|shaving)\s+(?:\w+\s+){0,2}$", left, re.I) and re.match(r"^\s*from\b", right, re.I):
            return "margin"  # "removed 2 hours, 27 minutes and 39 seconds from the record"
        if components < 2 and not pattern(ctx + "finish_left").search(left):
            return "duration"
    return "finish"


# Cheap prefilters: most sentences hold no value of a kind, and one plain search is much
# cheaper than the full patterns.
_HAS_H_FORM = re.compile(r"\d\s?h", re.I)
_HAS_TIME = re.compile(r"\d|hour|minute|second|\bdays?\b|half an", re.I)
_AGE_PRIZE = re.compile(r"(?<![\w-])(?P<cat>(?:[MFW]V?|V)(?:35|[4-8][05]))\s+(?=[A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ][\w'’-]+\s*(?:\([^)]{1,40}\)\s*)?,?\s*\d{1,3}:\d{2})")
_HAS_PLACE = re.compile(r"\d(?:st|nd|rd|th)\b|gold|silver|bronze|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|twentieth|runner|assist|podium|\b[FMW]\d", re.I)
_HAS_WIN = re.compile(r"\bwin|\bwon\b|victor|champion|title|crown|first|triumph|prevail|podium|tape|went to|goes to|won by|belong|ran away with|took out|takes out|taking out|took the|takes the|take the|taking the|claimed the|claims the|captured the|top honou?rs|topped the|clear of|wire[- ]to[- ]wire|standing|\btop (?:solo |individual |overall )?(?:woman|man|female|male|lady)\b", re.I)
_HAS_RECORD = re.compile(r"record|best|mark|standard|FKT|fastest|faster|quicker|quickest|\bCRs?\b|\bWRs?\b|\bAGRs?\b|\bbar\b|\boff\b|lowered it|broke it|bettered it|improved it|set it|reset it|extended it|raised it|lowers it|history", re.I)


def find_times(text: str) -> list[Value]:
    """Every time-like value with its role; impossible values are dropped."""
    if not _HAS_TIME.search(text):
        return []
    found: list[Value] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    colon, hours, sub = ":" in text, _HAS_H_FORM.search(text) is not None, "sub" in text.lower()
    for form in ("hms", "dotted", "apostrophe", "compact", "compact_hm", "bound", "hm"):
        # each form needs its own mark ("7:46", "7.46.37", "7h46", "sub-24"): skip those absent
        if not (colon if form in ("hms", "hm") else hours if form in ("apostrophe", "compact", "compact_hm") else sub if form == "bound" else "." in text):
            continue
        for m in pattern("time_forms." + form).finditer(text):
            s, e = m.span()
            if not free(s, e):
                continue
            if text[max(0, s - 1) : s] == "[" and text[e : e + 1] == "]":
                taken.append((s, e))
                continue  # "[00:00:36]": a transcript timestamp
            g = m.groupdict()
            h, mi, se = number(g.get("h")), number(g.get("m")), number(g.get("s"))
            if form == "hm":
                # "a 4:03 mile" is minutes:seconds; otherwise H:MM.
                right = text[e : e + 20]
                if pattern("time_context.track_right").search(right) and (h or 0) < 20:
                    tv = time_value(0, h, mi)
                else:
                    tv = time_value(h, mi, 0)
            elif form == "bound":
                tv = time_value(h, mi or 0, 0)
            else:
                tv = time_value(h, mi, se)
            taken.append((s, e))
            if tv is None:
                continue
            role = _classify(text, s, e, form, 3)
            found.append(Value("time", s, e, m.group(0), role, tv[1], tv[0], extra={"form": form}))
    half = pattern("duration_half_hour")
    for m in half.finditer(text):
        if free(*m.span()):
            taken.append(m.span())
            role = _classify(text, m.start(), m.end(), "words", 1)
            found.append(Value("time", m.start(), m.end(), m.group(0), role, 1800, "0:30:00", extra={"form": "words"}))
    if not re.search(r"hour|minute|second|\bdays?\b|\d\s?(?:hrs?|mins?|secs?|[hmsd])\b", text, re.I):
        return sorted(found, key=lambda v: v.start)
    for m in _duration_regex().finditer(text):
        s, e = m.span()
        if e <= s:
            continue
        seg = m.group(0).rstrip(" ,")
        e = s + len(seg)
        seg = re.sub(r"\s*(?:,|and)\s*$", "", seg)
        e = s + len(seg)
        if e <= s or not free(s, e):
            continue
        g = m.groupdict()
        comps = [k for k in ("d", "h", "m", "s") if g.get(k)]
        if not comps:
            continue
        # Bare letters (h, m, s, d) are units only inside a compound such as 5h 35m.
        if len(comps) == 1 and len(g[comps[0] + "u"].rstrip(".")) == 1:
            continue
        vals = {k: number(g.get(k)) for k in ("d", "h", "m", "s")}
        if any(g.get(k) and vals[k] is None for k in comps):
            continue
        tv = time_value(vals["h"], vals["m"], vals["s"], vals["d"], strict_minutes=len(comps) > 1)
        taken.append((s, e))
        if tv is None:
            continue
        role = _classify(text, s, e, "words", len(comps))
        found.append(Value("time", s, e, text[s:e], role, tv[1], tv[0], extra={"form": "words"}))
    return sorted(found, key=lambda v: v.start)


def find_years(text: str) -> list[Value]:
    if not re.search(r"\d{4}|['’]\d\d", text):
        return []
    out = [Value("year", m.start("y"), m.end("y"), m.group("y"), number=int(m.group("y"))) for m in pattern("year").finditer(text)]
    # "won again in '87 and '88": a year written with its century left out
    for m in pattern("year_short").finditer(text):
        yy = int(m.group("yy"))
        out.append(Value("year", m.start(), m.end(), m.group(0), number=(2000 if yy <= 30 else 1900) + yy))
    return sorted(out, key=lambda v: v.start)


def find_distances(text: str) -> list[Value]:
    out: list[Value] = []
    if not re.search(r"\d", text):
        return out
    for m in pattern("distance").finditer(text):
        unit = m.group("unit")
        if unit == "m" or (unit == "M" and not re.match(r"\d", m.group("num"))):
            continue  # metres, or a stray capital M
        num = number(m.group("num"))
        if num is None or num <= 0:
            continue
        km, label = distance(num, unit)
        left, right = _window(text, m.start(), m.end(), 30)
        role = "race"
        if pattern("distance_training_right").search(right):
            role = "training"
        elif pattern("distance_partial_left").search(left):
            role = "partial"
        out.append(Value("distance", m.start(), m.end(), m.group(0), role, number=km, label=label))
    return out


def ordinal_number(token: str) -> int | None:
    t = token.lower()
    ords = cues()["ordinals"]
    if t in ords:
        return ords[t]
    m = re.match(r"(\d+)(?:st|nd|rd|th)$", t)
    return int(m.group(1)) if m else None


@cache
def _nations() -> frozenset[str]:
    """Country and state names ("Belgium took the bronze": a nation's medal, not a runner's)."""
    return frozenset(cues()["place_names"]) | {"usa", "britain"}


# "two-time runner-up X", "the defending runner-up": a title before a place, no edition's place
TITLE_LEFT = re.compile(r"(?:-time|\b(?:former|defending|reigning|perennial|serial|eternal))\s+$", re.I)


def find_places(text: str) -> list[Value]:
    """Finishing places: ordinals in a finishing context, runner-up, F2/M3, 'completed the podium'."""
    out: list[Value] = []
    if not _HAS_PLACE.search(text):
        return out
    cat_spans = {m.start("ord"): m for m in pattern("category_place").finditer(text)}
    overall_spans = {m.start("ord") for m in pattern("overall_place").finditer(text)}
    for m in pattern("ordinal").finditer(text):
        s, e = m.span("ord")
        n = ordinal_number(m.group("ord"))
        if not n:
            continue
        left, right = text[max(0, s - 40) : s], text[e : e + 40]
        if pattern("not_place_right").match(right):
            continue
        if n == 2 and re.search(r"\b(?:for|wait|just|split|half)\s+a\s+$", left, re.I):
            continue  # "let that sit for a second": a moment
        if re.match(r"^(?:[- ]place)?,?\s+when\s+(?:the\s+(?:field|race|leaders?|pack|runners)|he|she|they)\s+(?:went|came|passed|reached|hit|crossed|left|arrived|got)\b", right, re.I):
            continue  # "was sixth when the field went through Teror": a position during the race
        if re.match(r"^(?:[- ]place)?,?\s+(?:among the (?:women|men)\s+)?(?:until|till|for (?:most|much|long stretches|the first|the opening|the early|a while)|early on|at (?:the )?halfway|at one point"
                    r"|after (?:the )?(?:first |opening )?(?:\w+ )?(?:stages?|days?|laps?|loops?|legs?)\b"
                    r"|on (?:day|night|lap|loop|stage|leg) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b"
                    r"|on the (?:first|second|third|fourth|fifth|sixth|opening|final) (?:day|night|morning|evening|lap|loop|stage|leg)\b)", text[e : e + 70], re.I):
            continue  # "she was second until mile fifty", "in third place on day two": a position during the race
        if re.match(r"^\s+to\s+(?:\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)", right, re.I) or re.search(r"\bfrom\s+$", left, re.I):
            continue  # "moved from sixth to third": positions during the race
        if re.search(r"\b(?:racing|running|battling|fighting|competing|aiming|gunning|vying|shooting|playing|going)\s+for\s+$", left, re.I):
            continue  # "the rest are racing for second": a goal, not a place
        finish_verb = re.search(r"\b(?:finish(?:ed|es|ing)?|plac(?:ed|ing)|took|taking|came|ended)\s+(?:\w+\s+)?$", left, re.I)
        at = None
        field = re.match(r"\s+out of\s+(?:about\s+|some\s+|nearly\s+|around\s+|roughly\s+|almost\s+|over\s+|more than\s+)?[\d,]+\b", right)
        if not finish_verb and not field:  # "88th out of 150 finishers" is a place in the field
            mid = re.match(r"^,?\s+(?:(?:woman|man|female|male|lady|overall|place)\s+)?(?:at|by|through|into|out of|leaving|entering|over|up|across|to the top of|on the climb|on the descent)\s+(?!the finish|the line)(?!(?:the\s+)?\d+(?:\.\d+)?\s*(?:k|km|kilomet\w*|mi|miles?)\b)(?:the\s+)?(?:\d{4}\s+|(?:last|this) (?:year|season)['’]s\s+)?", right, re.I)
            if mid:
                at = e + mid.end()  # "third at Foresthill" unless a race is named there
        if re.search(r"\b(?:arrived|came through|came off|came out of|reached|passed|went through|left|leaving|sat|sitting|running|moved(?: up)?|was running|ran in)\b[^.]{0,60}\bin\s+$", text[max(0, s - 70) : s], re.I):
            continue  # "arrived at the river in seventh"
        category = s in cat_spans
        overall = s in overall_spans
        bare_end = re.match(r"\s*[.;](?:\s|$)", right)
        if bare_end and not re.search(r"[A-ZÀ-ÞĀ-ž][\w'’-]+\s+$", left) and not pattern("place_left").search(left) and not category and not overall:
            continue  # a bare "... second." counts only right after a name ("with Chiara Benetti second.")
        if re.match(r"\s+(?:was|is|went to|place went to)\b", right) and not re.search(r"(?:^|[.!?;:]\s+|\s[—–-]\s+|,\s+(?:and\s+)?|\band\s+)$", left) \
                and not (re.match(r"[- ]place went to\b", right) and re.search(r"(?:\bthe|['’]s)\s+$", left)):
            continue  # "Fourth was X" opens its sentence ("This year's third place went to X" too); mid-sentence "second was" is something else
        # "Ninth at CCC in 2021.", "• Third at Lavaredo in June", "winner and second at CCC in 2022":
        # a place opening its sentence, list item or coordinated phrase, at a named place
        # ("returned in 2021 with fifth at Zegama": the place a return came with)
        opener = re.search(r"(?:^|[•*·▪‣–—-]\s*|[,;:]\s*|\band\s+|\bthen\s+|\bwith\s+)$", text[max(0, s - 12) : s]) and re.match(r"\s+(?:(?:at|in)\s+(?:the\s+)?(?:\d{4}\s+)?[A-Z]|here\b)", right)
        # "• 1st, Lake Sonoma 50 — 6:01:15": a list item opening with its place, then the race
        # ("First, the course ..." opens an argument: a word ordinal counts only after a bullet)
        opener = opener or (re.search(r"(?:^|[•*·▪‣]\s*)$" if m.group("ord")[0].isdigit() else r"[•*·▪‣]\s*$", text[max(0, s - 12) : s]) and re.match(r"\s*[,:–—-]\s*(?:the\s+)?(?:\d{4}\s+)?[A-Z]", right))
        # "5:44:12 (23rd)", "112.4 miles (4th)", "31:18:40 (3rd F40, 57th overall)": a result
        # line's place in brackets after its time or distance
        bracketed = re.search(r"(?:\d:\d\d|\b(?:miles|km|laps|yards))\s*\(\s*$", left) and re.match(
            r"\s*(?:place|overall|(?P<cat>(?:[MFW]V?|V)\d{2}\+?|woman|man|female|male|women|men))?\s*[,)]", right)
        if bracketed and bracketed.group("cat"):
            category = True
        national = pattern("place_before_national").match(right)
        if not (category or overall or opener or bracketed or national or pattern("place_left").search(left) or pattern("place_right").match(right)):
            continue
        out.append(Value("place", s, e, m.group("ord"), "category" if category else ("overall" if overall else ""), number=n,
                         extra={"at": at, "habit": bool(pattern("place_habit_right").match(text[e : e + 60])),
                                "goes_to": _names_runner_after(text, s, right) or bool(national)
                                # "second-place Ricky Ng", "the second runner, Sean Nakamura"
                                or bool(re.match(r"-place\s+(?:finisher\s+)?[A-Z]|\s+(?:runner|finisher|woman|man|placed runner)(?:\s+home)?,?\s+[A-Z]", right))}))
    for m in pattern("medal_place").finditer(text):
        if re.search(r"\bteam\b", text[max(0, m.start("medal") - 12) : m.start("medal")], re.I) or not m.group("medal").islower():
            continue  # a team's medal; "the Silver Rush 50" is a race
        country = re.search(r"([A-Z][a-z]+)\s+$", text[max(0, m.start() - 20) : m.start()])
        if country and country.group(1).lower() in _nations():
            continue  # "Belgium took the bronze": a nation's (team) medal
        out.append(Value("place", m.start("medal"), m.end(), m.group(0)[m.start("medal") - m.start():], "", number={"gold": 1, "silver": 2, "bronze": 3}[m.group("medal").lower()]))
    for m in pattern("runner_up").finditer(text):
        # "the runner-up, Nico Brandt"; "The assist went to Dana Whitford"
        went = re.match(r"\s+(?:(?:spot|place|position)\s+)?(?:went|goes|fell|falls) to\s+(?:[A-Z][\w'’-]+['’]s\s+)?[A-ZÀ-Þ]", text[m.end() : m.end() + 50]) is not None
        out.append(Value("place", m.start(), m.end(), m.group(0), "", number=2,
                         extra={"goes_to": went or _role_apposition(text, m.start(), m.end()),
                                "habit": bool(pattern("place_habit_right").match(text[m.end() : m.end() + 60])
                                              or TITLE_LEFT.search(text[max(0, m.start() - 24) : m.start()]))}))
    for m in pattern("one_two").finditer(text):  # "made it a South African one-two"
        out.append(Value("place", m.start(), m.end(), m.group(0), "", number=3 if m.group("three") else 2))
    for m in pattern("podium_third").finditer(text):
        out.append(Value("place", m.start(), m.end(), m.group(0), "", number=3))
    for m in pattern("fm_place_cs").finditer(text):
        if re.search(r"\b(?:had been|was still|were|sat|sitting|running|ran)\s+$", text[max(0, m.start() - 15) : m.start()]):
            continue  # "she had been F4": a position during the race
        mid = re.match(r"\s+(?:through|at|by|into|out of|leaving|on)\s+(?:the\s+)?", text[m.end() : m.end() + 20])
        out.append(Value("place", m.start(), m.end(), m.group(0), "category", number=int(m.group("n")),
                         extra={"at": m.end() + mid.end() if mid else None,
                                "goes_to": _names_runner_after(text, m.start(), text[m.end() : m.end() + 30])}))
    if any(v.role == "category" for v in out):
        # "F1 Lucy Harker (Borrowdale) 37:15; FV50 Jean Dixon (Ambleside) 44:02": in a prize list an
        # age category's label right before a runner and her time names that category's winner
        for m in _AGE_PRIZE.finditer(text):
            out.append(Value("place", m.start(), m.end("cat"), m.group("cat"), "category", number=1, extra={"at": None, "goes_to": False}))
    return sorted(out, key=lambda v: v.start)


def _role_apposition(text: str, start: int, end: int) -> bool:
    """"the runner-up, Nico Brandt": the role noun's runner is the name in apposition after it."""
    return bool(pattern("role_apposition_left").search(text[max(0, start - 25) : start])
                and pattern("role_apposition_right_cs").match(text[end : end + 40]))


def _names_runner_after(text: str, start: int, right: str) -> bool:
    """A place whose runner is named after it: "Second went to X", and the list that goes on
    without its verb ("M2 went to X (T) and M3 to Y (T)")."""
    return bool(re.match(r"\s+(?:place\s+)?(?:was|is|went to|goes to)\b", right)
                or re.match(r"\s+to\s+[A-Z]", right) and re.search(r"\b(?:went|goes) to\b", text[:start]))


def find_wins(text: str) -> list[Value]:
    if not _HAS_WIN.search(text):
        return []
    not_edition = [m.span() for m in pattern("win_not_edition").finditer(text)]
    out = []
    # "the men's race went to X", "took the women's 102K": wins told from the other side
    for m in pattern("win_goes_to").finditer(text):
        if re.match(r"[^.;]{0,40}?\b(?:for (?:most|much|long stretches|the first|the early|a while|half)|until|early on|through (?:the )?(?:first|early))\b", text[m.end() : m.end() + 60]):
            continue  # "the men's race belonged to X for most of the day": a lead, not the win
        if re.search(r"\b(?:for (?:most|much|long stretches|the first|the early|the opening|a while|half)|early on|until|through (?:the )?(?:first|early|halfway))\b[^.;:]{0,40}$", text[max(0, m.start() - 60) : m.start()], re.I):
            continue  # "For the first half, the race belonged to X": the same lead, told first
        if re.search(r"\b(?:record|best|mark|CR|FKT)\s+(?:on|at|for|of|in)\s+(?:the\s+|this\s+|that\s+)?$", text[max(0, m.start() - 30) : m.start()], re.I):
            continue  # "the previous best on the course belonged to X": a record's holder, not a win
        out.append(Value("win", m.start(), m.end(), m.group(0), "goes_to", number=1))
        if re.search(r"\bwon by\b", m.group(0)):
            # "was won by A in T1 and by B in T2": the second winner shares the verb
            for a in re.finditer(r"\b(?:and|while)\s+by\b", text[m.end() : m.end() + 160]):
                out.append(Value("win", m.end() + a.start(), m.end() + a.end(), a.group(0), "goes_to", number=1))
    for m in pattern("win_took_the").finditer(text):
        out.append(Value("win", m.start(), m.end(), m.group(0), "took", number=1))
    taken = [(v.start, v.end) for v in out]
    for m in pattern("win").finditer(text):
        s, e = m.span()
        if any(a <= s < b for a, b in taken):
            continue
        # "It made him the world champion", "she was crowned national champion": the title won that day
        made = m.group(0).lower() == "champion" and re.search(r"\b(?:made|makes|making|became|becomes|becoming|crowned|crowns)\s+(?:[\w'’-]+\s+){0,9}$", text[max(0, s - 80) : s]) \
            and not re.search(r"\b(?:former|past|previous|defending|reigning|\w+-time)\s+(?:[\w'’-]+\s+){0,5}$", text[max(0, s - 50) : s], re.I)
        if made:
            out.append(Value("win", s, e, m.group(0), "took", number=1))
            continue
        if any(a <= s < b for a, b in not_edition) or pattern("place_habit_right").match(text[e : e + 60]):
            continue  # "the only runners to have won the event more than once": a habit, no edition
        word = m.group(0).lower()
        role = "category" if re.search(r"woman|women|female|man|men|male|lady", word) else ""
        if word == "winner" and _role_apposition(text, s, e):
            role = "goes_to"
        out.append(Value("win", s, e, m.group(0), role, number=1))
    return out


def find_record_cues(text: str) -> list[Value]:
    """Record mentions with their type ('generic' when the text leaves it to context)."""
    out: list[Value] = []
    if not _HAS_RECORD.search(text):
        return out
    taken: list[tuple[int, int]] = []
    for rtype, rx in record_type_patterns():
        for m in rx.finditer(text):
            s, e = m.span()
            if rtype in ("course record", "world record") and re.fullmatch(r"[CW]Rs?", m.group(0), re.I):
                if not m.group(0).isupper():
                    continue  # 'cr' / 'wr' in lower case are not the abbreviations
            if rtype == "FKT" and m.group(0).lower().startswith("fkt") and not m.group(0)[:3].isupper():
                continue
            if any(not (e <= a or s >= b) for a, b in taken):
                continue
            taken.append((s, e))
            if re.search(r"\b(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))[- ]$", text[max(0, s - 12) : s], re.I):
                continue  # "the third fastest in the race's history" is no record
            if rtype == "generic" and m.group(0).lower() == "record" and phrase_regex("record_attributive_nouns").match(text, e + 1) and text[e : e + 1] == " ":
                continue  # "a record field for the event": a count, not a performance
            out.append(Value("record", s, e, m.group(0), rtype))
    return sorted(out, key=lambda v: v.start)


def find_all(text: str) -> list[Value]:
    return sorted(
        find_times(text) + find_years(text) + find_distances(text) + find_places(text)
        + find_wins(text) + find_record_cues(text),
        key=lambda v: (v.start, v.kind),
    )

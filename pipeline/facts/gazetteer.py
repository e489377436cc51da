"""Race mentions: the gazetteer (names and aliases, longest match first) plus a pattern for
named races the gazetteer lacks ("Stagecoach 50K", "Cactus Rose 100 Mile").

One finder serves both the cheap gate (on raw text) and the spaCy race ruler (on a doc), so
that the two cannot disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from .normalize import fold, number
from .resources import Race, cues, gazetteer, pattern, raw_patterns

_WORD = re.compile(r"[\w]+")


# "finishing second at Hardrock less than a year after", "her only trip to Hardrock": the race,
# whatever word follows
_RACED_AT = re.compile(r"(?:\b(?:won|wins|winning|ran|raced|racing|finish(?:ed|ing)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
                       r"(?:\s+(?:woman|man|overall|place))?\s+at|\b(?:trip|return(?:ed|ing|s)?|went(?: back)?|go(?:es|ing)? back|came back|headed|heads|debut)\s+to|\b(?:dropped|pulled|bowed|crashed|timed)\s+out\s+of|\bwithdrew\s+from)\s+(?:the\s+)?$")
# "Hardrock's women's course record", "Comrades' winner": a stem's possessive of a race's own things
_RACE_POSSESSION = re.compile(r"['’]s?\s+(?:(?:wo)?men['’]s\s+|overall\s+|all-time\s+)?(?:course\s+record|record|mark|best|winners?|champions?|podium|field|finish(?:ers)?|start(?:ers)?|entrants|buckle|title|history|rookies?|veterans?)\b")


# a stem followed by a fixed time names another race of the same family ("Self-Transcendence
# 6 Day Race" beside the Self-Transcendence 3100)
_SIBLING_FORMAT = re.compile(r"\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve)[- ]?"
                             r"(?:(?-i:Days?|Hours?|H)\b|(?:days?|hours?|h)\s+(?:race|run|track|event)\b)", re.I)


@dataclass(frozen=True)
class RaceMention:
    start: int
    end: int
    text: str
    name: str  # canonical name
    kind: str  # race | route | distance
    distance_label: str | None
    source: str  # gazetteer | pattern | context (a bare "European Championships" read by its context)


class RaceFinder:
    def __init__(self, races: tuple[Race, ...]) -> None:
        self.races = races
        # first word (lower) -> [(alias, case_sensitive, race)], longest alias first
        self.index: dict[str, list[tuple[str, bool, Race]]] = {}
        self.by_fold: dict[str, Race] = {}
        self.exact: dict[str, Race] = {}  # every name, alias and spelling variant as written
        declared = {fold(a) for r in races for a in [r.name, *r.aliases]}
        for race in races:
            for alias in _with_variants([race.name, *race.aliases], declared):
                words = _WORD.findall(alias)
                if not words:
                    continue
                # Short all-capital aliases (WSER, CCC, UTMB) only count in capitals.
                cs = alias.isupper() and len(alias) <= 6
                self.index.setdefault(words[0].lower(), []).append((alias, cs, race))
                self.by_fold.setdefault(fold(alias), race)
                self.exact.setdefault(alias, race)
            for nick in race.nicknames:  # found, but never written out as the race's name
                self.index.setdefault(_WORD.findall(nick)[0].lower(), []).append((nick, False, race))
                self.by_fold.setdefault(fold(nick), race)
        # "Hardrock" for "Hardrock 100": a name's stem without its distance, when no other
        # entry claims it. Kept apart: a stem after "in"/"from" is the town, not the race.
        self.stems: set[str] = set()
        self.geo_stems: dict[str, set[str]] = {}
        self.geo_race: dict[str, Race] = {}
        taken = {fold(a) for r in races for a in [r.name, *r.aliases]}
        stem_count: dict[str, int] = {}
        stems: dict[str, Race] = {}
        weak_stems: dict[str, list[tuple[str, Race]]] = {}
        geo = r"(?i)\b(?:river|lake|lakes|canyon|creek|mountain|mountains|valley|falls|peak|park|island|bay|beach|city|county|forest|hills?|ridge|pass|gap)$"
        for race in races:
            if race.kind != "race":
                continue
            seen_here: set[str] = set()
            for alias in [race.name, *race.aliases]:  # "Javelina 100" gives "Javelina" too
                m = re.fullmatch(r"(.+?)\s+\d+(?:\s?(?:K|k|km|Mile|mi|M))?", alias)
                weak = m is None
                if m is None and not (race.discipline == "road" and (race.distance_km or 0) <= 43):
                    # "Comrades Marathon" is "Comrades", "Lavaredo Ultra Trail" "Lavaredo" (not a
                    # city's road marathon: "Boston" is the town)
                    m = re.fullmatch(r"(.+?)\s+(?:Marathon|Ultramarathon|Ultra[- ]Trail|Ultra|Trail Race|Endurance Run|Mountain Marathon|Skyrace|Sky Race)(?:\s+by UTMB)?", alias)
                if m and len(m.group(1)) >= 5 and not m.group(1).isupper() and re.search(geo, m.group(1)):
                    # "Black Canyon": a place's name, so the race only after "won", "at", "second at"
                    self.geo_stems.setdefault(m.group(1), set()).add(race.name)
                    self.geo_race[m.group(1)] = race
                if m and len(m.group(1)) >= 5 and not m.group(1).isupper() and not re.search(geo, m.group(1)):
                    stem = m.group(1)
                    if fold(stem) in seen_here:
                        continue
                    seen_here.add(fold(stem))
                    if weak:
                        # "Leadville" of "Leadville Marathon" gives way to "Leadville" of "Leadville 100"
                        weak_stems.setdefault(fold(stem), []).append((stem, race))
                        continue
                    stem_count[fold(stem)] = stem_count.get(fold(stem), 0) + 1
                    stems[stem] = race
        for key, found in weak_stems.items():
            if key not in stem_count and len({r.name for _, r in found}) == 1:
                stem_count[key] = 1
                stems[found[0][0]] = found[0][1]
        self.geo_rx = None
        geo_ok = [st for st, names in self.geo_stems.items() if len(names) == 1 and fold(st) not in taken]
        if geo_ok:
            self.geo_rx = re.compile(r"(?:\b(?:won|wins|win|winning|winner of|champion of|at|ran|running|raced|racing|finished|finishing|entered|entering|toe the line at)\s+(?:the\s+)?(?:\d{4}\s+)?)("
                                     + "|".join(re.escape(x) for x in sorted(geo_ok, key=len, reverse=True)) + r")(?![\w'’-])(?!\s+(?:City|Park|Road|Trail|Lake|River|National|State|Ranch|Creek|crossing|crossings|bridge|canyon|valley|confluence|trailhead|aid|station|corridor|drainage|bottom|gorge|rim|overlook|campground|road|trail|fire)\b)")
        # "ran 2:31:48 at Boston": a city's road marathon, named by the city, beside a marathon time
        city = {m.group(1): race for race in races if race.kind == "race" and race.discipline == "road" and (race.distance_km or 0) <= 43
                for m in [re.fullmatch(r"(.+?)\s+Marathon", race.name)] if m and fold(m.group(1)) not in taken}
        self.city_race = city
        self.city_rx = re.compile(r"\b(?:won|wins|win|winning|ran|running|raced|racing|at)\s+(?:the\s+)?(?:\d{4}\s+)?("
                                  + "|".join(re.escape(x) for x in sorted(city, key=len, reverse=True))
                                  + r")(?![\w'’-])(?!\s+(?:University|College|Park|Road|Street|Airport|Olympics|Olympic|Games|Harbou?r)\b)") if city else None
        generic = set(raw_patterns()["race_name_generic"])
        for stem, race in stems.items():
            # "Autumn" of "Autumn 100" is a season before it is a race
            if stem_count[fold(stem)] == 1 and fold(stem) not in taken and fold(stem) not in generic:
                words = _WORD.findall(stem)
                self.index.setdefault(words[0].lower(), []).append((stem, False, race))
                self.stems.add(stem.lower())
        for entries in self.index.values():
            entries.sort(key=lambda e: -len(e[0]))
        self._lowered = {alias: alias.lower() for entries in self.index.values() for alias, _, _ in entries}
        # every word of every name and alias: a capitalized word that belongs to a race name
        self.alias_words = {w.lower() for r in races for a in [r.name, *r.aliases] for w in _WORD.findall(a) if not w.isdigit()}
        pats = raw_patterns()
        bare = "|".join(str(n) for n in sorted(pats["race_bare_numbers"], key=lambda n: -len(str(n))))
        self.name_rx = re.compile(pats["race_name_cs"].replace("{BARE}", bare))
        self.stop = set(pats["race_name_stop"])
        self.reject = set(pats["race_name_reject"])
        self.headline_verbs = set(pats["race_name_headline_verbs"])
        self.generic = set(pats["race_name_generic"])
        self.category = set(pats["race_name_category"])
        self.results_heading_not = set(pats["results_heading_not"])
        self.not_event_after = re.compile(pats["race_name_not_event_after"])
        from .resources import cues

        self.nationalities = {n.lower() for n in cues()["nationalities"]} | {"world", "european", "national"}

    def written_alias(self, text: str) -> Race | None:
        """The race a name written exactly as one of its aliases (or their variants) names."""
        return self.exact.get(text)

    def lookup(self, name: str) -> Race | None:
        """The gazetteer race for a name or alias (any case, punctuation ignored)."""
        return self.by_fold.get(fold(name))

    def _gazetteer(self, text: str) -> list[RaceMention]:
        out = []
        lower = text.lower()
        for m in _WORD.finditer(text):
            entries = self.index.get(m.group(0).lower())
            if not entries:
                continue
            s = m.start()
            for alias, cs, race in entries:
                if not (text.startswith(alias, s) if cs else lower.startswith(self._lowered[alias], s)):
                    continue
                e = s + len(alias)
                piece = text[s:e]
                if piece.islower() and race.kind != "distance" and not re.search(r"[\d-]", piece) and len([w for w in piece.split() if w != "the"]) <= 2:
                    continue  # "drifting toward the long trail races": a phrase, not the Long Trail
                if e < len(text) and (text[e].isalnum() or text[e] == "-" and e + 1 < len(text) and text[e + 1].isalnum()):
                    continue
                if alias.lower() in self.stems and (self._stem_is_not_race(text, s, e, piece) or self._stem_in_a_name(text, s)):
                    continue
                if race.kind == "race" and (_GEAR_BRAND().search(text, max(0, s - 30), s)
                                            or re.search(r"\b(?:on|along|of)\s+the\s+$", text[max(0, s - 12) : s]) and re.match(r"\s+trails?\b", text[e : e + 8])):
                    continue  # "Altra Mont Blanc Carbon 2" is a shoe; "runs on the Western States trail" the trail
                out.append(RaceMention(s, e, piece, race.name, race.kind, race.distance_label, "gazetteer"))
                break
        return out

    def _stem_in_a_name(self, text: str, s: int) -> bool:
        """"now Palisades Tahoe": in prose, a stem after a capitalized word that is no function
        word, month or headline verb ends another name (a resort, a lake), not the race."""
        m = re.search(r"\b([A-Z][a-z]+)\s+$", text[max(0, s - 30) : s])
        if m is None:
            return False
        at = max(0, s - 30) + m.start(1)
        if not text[:at].strip() or re.search(r"[.!?:;\"“(]\s*$", text[:at]):
            return False  # the sentence's (or a quote's) first word
        word = m.group(1).lower()
        if word in self.stop or word in self.reject or word in self.headline_verbs:
            return False
        words = re.findall(r"[A-Za-z]+", text)
        return sum(w[0].islower() for w in words) >= len(words) / 2  # prose, not a title-case headline

    @staticmethod
    def _stem_is_not_race(text: str, s: int, e: int, piece: str) -> bool:
        """A race's bare stem ("Leadville", "Cortina") used as the town, a place or a nickname."""
        if _SIBLING_FORMAT.match(text, e):
            return True  # "Self-Transcendence 6-day race" is not the Self-Transcendence 3100
        raced = _RACED_AT.search(text[max(0, s - 40) : s]) is not None
        if not raced and (piece[0].islower() or re.search(r"\b(?:in|from|near|of|outside|to|around|above|below|beneath|beside|through|along|via|past|live|lives|lived|town|city)\s+(?:the\s+)?$", text[max(0, s - 16) : s])):
            return True  # "lives in Leadville" is the town, "around Mont Blanc" the mountain, "through Hebden Hey" a checkpoint
        if re.match(r"\s+(?:and|&)\s+[A-Z][\w'’-]+\s+(?:trails|peaks|mountains|rivers|lakes|islands|valleys|ranges|fells|summits|passes|parks)\b", text[e : e + 50]):
            return True  # "linking the MacLehose, Wilson, Hong Kong and Lantau trails": one of a list of places
        if re.match(r"\s+(?:Valley|High|School|Union|University|College|County|Road|Street|Avenue|River|Lake|Creek|Hospital|Airport|Station|Elementary|Middle|Town|Township|Bridge)\b", text[e : e + 16]):
            return True  # "Otter Valley Union High School": a place
        if re.match(r",\s+(?:[A-Z]\.[A-Z]\.|[A-Z][a-z]{1,4}\.|[A-Z]{2}\b|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s\s+[A-Z])", text[e : e + 40]):
            return True  # "Squamish, B.C.'s Rhys Takahashi", "Leadville, Colo.": the town
        if (re.match(r"['’]s\b", text[e : e + 2]) and not _RACE_POSSESSION.match(text, e) or text[max(0, s - 1) : s] in "\"“" and s > 0 and text[e : e + 1] in "\"”"
                or not raced and re.match(r"\s+(?!(?:a|an|the|is|was|in|on|at|and|or|for|with|by|after|when|where|since|until|but|so|as|because|over|under|near|from|to|of|winner|winners|champion|finish|finishers?|rookies?|veterans?|first-timers?|entrants|starters|course|record|mark|qualifying|qualifier|lottery|entry|buckle|start|race|field|podium|title|debut|before|again|last|this|twice|has|had|have|will|would|is|are|were|two|three|four|five|six|seven|eight|nine|ten|years?|summers?|winters?|springs?|autumns?|falls?|ago|back|earlier|later|itself|instead|too|again|yet|become|became|becomes|begin|began|begins|start|started|starts|remain|remains|remained|return|returns|returned|mean|means|meant|feel|feels|felt|go|goes|went|come|comes|came|did|does|do|can|could|should|might|must|may|still|also|always|never|now|really|ever|just|changed|changes|sold|sells|fills|filled|opens|opened|closes|closed)\b)[a-z]", text[e : e + 20])):
            return True  # "Brazil's", "the Wasatch trail circuit", a nickname in quotes
        if re.match(r" (?!(?:Marathon|Ultra|Ultramarathon|Hundred|Miler|Run|Race|Trail|Endurance|Mile|Miles|Men|Women|Men's|Women's|Mens|Womens)\b)[A-Z][a-z]", text[e : e + 4]) and _prose_around(text, s):
            return True  # "that first Kettle Hollow": the stem of "Kettle 100" opening another name
        return False

    def _pattern(self, text: str) -> list[RaceMention]:
        out = []
        for m in self.name_rx.finditer(text):
            name_start = m.start("name")
            words = m.group("name").split()
            # ("the Comrades-qualifying Loskop Marathon": a hyphenated modifier is no part of the name)
            while words and (re.sub(r"['’]s?$", "", words[0].lower()) in self.stop | self.reject or (len(words) > 2 and re.search(r"['’]s$", words[0]))
                             or (len(words) >= 2 and re.search(r"-(?:qualifying|qualifier|bound|style|like|based)$", words[0]))):
                name_start = text.index(words[1], name_start + len(words[0])) if len(words) > 1 else m.end("name")
                words = words[1:]
            verbs = [k for k, w in enumerate(words) if w.lower() in self.headline_verbs]
            if verbs:
                # "Team Athlete Sofía Arriaga Wins Ultra-Trail Cape Town": the name starts after the verb
                spans = list(re.finditer(r"\S+", text[name_start : m.end("name")]))
                k = verbs[-1]
                name_start = name_start + spans[k + 1].start() if k + 1 < len(spans) else m.end("name")
                words = words[k + 1 :]
            if not words or any(w.lower().strip(".,'’") in self.reject for w in words):
                continue
            if all(w.lower() in self.generic for w in words):
                continue  # "Your First Road Ultra": a kind of race, not a race
            if all(re.sub(r"['’]s?$", "", w.lower()) in self.category | self.generic for w in words):
                continue  # "MEN'S SOLO 100 MILE", "Women's 50K": a category of the field
            if self.not_event_after.match(text, m.end()):
                continue  # "the Runner's World Marathon Training Plans": a product
            if all(w.lower() in self.nationalities for w in words):
                continue  # "a Dutch 50K record" names a distance, not a race
            if all(w.lower() in self.stop for w in words):
                continue
            if len(words) > 1 and words[-1].lower() in ("the", "a", "an"):
                continue  # "Everything You Need To Know About The 246K": a title's words before a distance
            s, e = name_start, m.end()
            piece = text[s:e]
            tail = re.search(r"\sto\s+(?=\S)", piece)
            if tail is not None and (self.lookup(piece[tail.end() :]) is not None or re.search(r"\bfrom\s+$", text[max(0, s - 6) : s])):
                # "Return to Western States 100", "from Chamonix to Courmayeur Ultra": a race after
                # "to", not a point-to-point name ("Liverpool to Manchester 50")
                s += tail.end()
                piece = text[s:e]
            race = self.lookup(piece) or self.lookup(" ".join(words)) or self.lookup(re.sub(r"['’]s\b", "", piece))
            if race is None and re.search(r"['’]s\b", piece):
                # "Ultra-Trail Australia's 100K": the distance of a race the gazetteer knows
                race = self.lookup(re.split(r"['’]s\b", piece)[0])
            if race is None:
                # "Jared Pemberton Post-2026 Cocodona 250 Interview": a headline's words before a
                # race the gazetteer knows are no part of its name
                for w in re.finditer(r"\s(?=\S)", piece):
                    tail = self.lookup(piece[w.end() :])
                    if tail is not None and tail.kind == "race" and len(piece[w.end() :].split()) >= 2:
                        s, piece, race = s + w.end(), piece[w.end() :], tail
                        break
            suffix = m.group("suffix")
            if race is not None:
                out.append(RaceMention(s, e, piece, race.name, race.kind, race.distance_label, "gazetteer"))
                continue
            if re.search(r"['’]s$", words[-1]) and re.match(r"\d", suffix):
                continue  # "Jim Walmsley's 100 km world record": a runner's distance, no race's name
            out.append(RaceMention(s, e, piece, _canonical_pattern_name(piece), "race", _suffix_label(suffix), "pattern"))
        return out

    def _ends(self, text: str) -> list[RaceMention]:
        """"the Belgrade–Banja Luka ultra": a point-to-point race named by its two ends."""
        out = []
        for m in pattern("race_name_ends_cs").finditer(text):
            name = m.group("name")
            words = [w.lower() for w in re.split(r"[\s–—-]+", name) if w]
            if any(w in self.stop or w in self.reject or w in self.nationalities for w in words):
                continue
            race = self.lookup(name)
            if race is not None:
                out.append(RaceMention(m.start("name"), m.end("name"), name, race.name, race.kind, race.distance_label, "gazetteer"))
            else:
                out.append(RaceMention(m.start("name"), m.end("name"), name, " ".join(name.split()), "race", None, "pattern"))
        return out

    def _geo(self, text: str) -> list[RaceMention]:
        if self.geo_rx is None:
            return []
        out = []
        for m in self.geo_rx.finditer(text):
            race = self.geo_race[m.group(1)]
            out.append(RaceMention(m.start(1), m.end(1), m.group(1), race.name, race.kind, race.distance_label, "gazetteer"))
        return out

    def _national(self, text: str) -> list[RaceMention]:
        return [RaceMention(m.start(), m.end(), m.group(0), " ".join(m.group(0).split()), "race", None, "pattern")
                for m in pattern("national_championship").finditer(text)]

    def _city(self, text: str) -> list[RaceMention]:
        if self.city_rx is None:
            return []
        out = []
        for m in self.city_rx.finditer(text):
            near = text[max(0, m.start() - 80) : m.end() + 80]
            if not re.search(r"(?<![\d:])[1-6]:[0-5]\d:[0-5]\d(?![\d:])|\bmarathon\b", near, re.I):
                continue
            race = self.city_race[m.group(1)]
            out.append(RaceMention(m.start(1), m.end(1), m.group(1), race.name, race.kind, race.distance_label, "gazetteer"))
        return out

    def _results_heading(self, text: str) -> list[RaceMention]:
        """"Glen Ogle 33 2026 – provisional results": a line heading a race's results names it."""
        out = []
        for m in pattern("results_heading").finditer(text):
            name = m.group("name")
            words = name.lower().split()
            # "Selected results", "Leading results", "Club results": no race's name
            if len(words) < 2 or words[0] in self.stop or words[0] in self.reject or words[0] in self.results_heading_not:
                continue
            out.append(RaceMention(m.start("name"), m.end("name"), name, " ".join(name.split()), "race", None, "pattern"))
        return out

    def _section_heading(self, text: str) -> list[RaceMention]:
        """"MILL CREEK 50K – Canfield, Ohio (Nov. 14)": a heading line with a town and a date
        after a name names a race (a round-up's section)."""
        out = []
        for m in pattern("section_heading_cs").finditer(text):
            name = m.group("name")
            words = [re.sub(r"['’]s?$", "", w.lower()) for w in name.split()]
            if len(words) < 2 or words[0] in self.stop or any(w in self.reject for w in words) \
                    or all(w in self.category | self.generic for w in words):
                continue
            s, e = m.start("name"), m.end("name")
            race = self.lookup(name)
            if race is not None:
                out.append(RaceMention(s, e, name, race.name, race.kind, race.distance_label, "gazetteer"))
            else:
                out.append(RaceMention(s, e, name, _canonical_pattern_name(name), "race", None, "pattern"))
        return out

    def find(self, text: str) -> list[RaceMention]:
        """Non-overlapping race mentions, gazetteer before pattern, longest first."""
        # the extractor and the pipeline's race ruler both read the sentences the model reads
        return list(self._find_cached(text))

    @lru_cache(maxsize=2048)  # noqa: B019 - one finder per process, built once
    def _find_cached(self, text: str) -> tuple[RaceMention, ...]:
        return tuple(self._find(text))

    def _find(self, text: str) -> list[RaceMention]:
        cands = (self._gazetteer(text) + self._geo(text) + self._city(text) + self._national(text) + self._pattern(text) + self._ends(text)
                 + self._results_heading(text) + self._section_heading(text))
        cased = _capitals_recased(text)
        if cased != text:
            # "YORKSHIRE MARATHON (October)": a heading in capitals, read as the name it spells
            cands = [replace(c, text=text[c.start : c.end]) for c in self._gazetteer(cased) + self._pattern(cased)] + cands
        # "Lena Brenner Pre-2026 Lavaredo Ultra Trail Interview": a pattern's name that stops inside
        # a known race's name ("... Lavaredo Ultra") is a title's words run into that race
        known = [c for c in cands if c.source == "gazetteer" and c.kind != "distance"]
        cands = [c for c in cands if c.source == "gazetteer" or not any(c.start < g.start < c.end < g.end for g in known)]
        cands.sort(key=lambda r: (-(r.end - r.start), r.source != "gazetteer", r.start))
        chosen: list[RaceMention] = []
        for c in cands:
            if all(c.end <= o.start or c.start >= o.end for o in chosen):
                chosen.append(c)
        return sorted(chosen, key=lambda r: r.start)


def _capitals_recased(text: str) -> str:
    """The text with each line written in capitals (bracketed notes aside) in title case,
    same length, so that the name patterns read it."""
    def recase(text: str) -> str:
        return re.sub(r"[A-Z][A-Z'’]+", lambda w: w.group(0)[0] + w.group(0)[1:].lower(), text)

    def line(m: re.Match[str]) -> str:
        bare = re.sub(r"\([^)]*\)", "", m.group(0))
        if not re.search(r"[A-Z]{3}", bare):
            return m.group(0)
        if re.search(r"[a-z]", bare):
            # "PINE BARRENS 12 HOUR – Chatsworth, N.J. (Nov. 14)": a heading's name in capitals
            # before its town and date
            lead = _CAPITALS_LEAD.match(m.group(0))
            return recase(lead.group(0)) + m.group(0)[lead.end() :] if lead else m.group(0)
        return recase(m.group(0))

    if not _CAPITALS_RUN.search(text):
        return text  # nothing in capitals: the common case, without a callback per line
    return re.sub(r"[^\n]+", line, text)


_CAPITALS_RUN = re.compile(r"[A-Z]{3}")
_CAPITALS_LEAD = re.compile(r"[ \t]*[A-Z][A-Z'’&.-]*[A-Z](?:[ \t]+(?:[A-Z][A-Z'’&.-]*[A-Z]|\d+[A-Z]{0,2}))+(?=[ \t]*(?:[–—|(:,]|-[ \t]|$))")


@cache
def _variant_rules() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(p), r) for p, r in raw_patterns()["alias_variants"]]


def _with_variants(aliases: list[str], declared: set[str]) -> list[str]:
    """The aliases plus their spelling variants (patterns.yaml `alias_variants`) that no
    entry declares itself; short capital aliases (WSER) have none."""
    rules = _variant_rules()
    out = list(aliases)
    seen = {fold(a) for a in aliases}
    frontier = [a for a in aliases if not (a.isupper() and len(a) <= 6)]
    for _ in range(2):
        grown = []
        for alias in frontier:
            for rx, repl in rules:
                variant = rx.sub(repl, alias)
                if variant != alias and variant.lower() not in {o.lower() for o in out}:
                    if fold(variant) in declared and fold(variant) not in seen:
                        continue  # another entry's own alias
                    out.append(variant)
                    seen.add(fold(variant))
                    grown.append(variant)
        frontier = grown
    return out


def _canonical_pattern_name(text: str) -> str:
    text = " ".join(text.split())
    text = re.sub(r"(\d)\s?([kK])(?:[mM])?\b", lambda m: m.group(1) + "K", text)
    return text.strip(" ,.;:'’")


def _suffix_label(suffix: str) -> str | None:
    if suffix.lower() == "parkrun":
        return "5 km"  # every parkrun is a 5 km run
    m = re.match(r"(\d+|[A-Z][a-z]+)\s?-?\s?([A-Za-z]*)", suffix)
    if not m:
        return None
    unit = m.group(2).lower()
    n = number(m.group(1))
    if n is None:
        return None
    if unit.startswith(("hour", "day")) or unit == "h":
        # "Tooting Bec 24 Hour", "EMU 6 Day Race", "Albi 24H": a fixed time, not miles
        return f"{int(n)} {'days' if unit.startswith('day') else 'hours'}"
    if not m.group(1).isdigit():
        return None
    if unit.startswith("k"):
        return f"{m.group(1)} km"
    return f"{m.group(1)} mi"


@cache
def finder() -> RaceFinder:
    return RaceFinder(gazetteer())


@cache
def _GEAR_BRAND() -> re.Pattern[str]:  # noqa: N802 - a compiled constant, built on first use
    """A gear brand right before a name ("Hoka Speedgoat", "Altra Mont Blanc"): a product."""
    brands = "|".join(re.escape(b) for b in sorted(cues()["gear_brands"], key=len, reverse=True))
    return re.compile(r"(?<![\w'’-])(?:" + brands + r")\s+(?:[A-Z][\w'’.-]*\s+)?$")


def _prose_around(text: str, s: int) -> bool:
    """The line round a position is prose, not a title-case headline or a list of names."""
    a = text.rfind("\n", 0, s) + 1
    b = text.find("\n", s)
    words = re.findall(r"[A-Za-z]+", text[a : b if b >= 0 else len(text)])
    return len(words) >= 6 and sum(w[0].islower() for w in words) >= len(words) / 2

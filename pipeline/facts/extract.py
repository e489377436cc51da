"""Fact extraction for one document: cheap rules everywhere, the statistical model where the
rules say facts are, then document context and relation assembly.

Flow per document:
1. sentences (with offsets) and, on each, the regex finders: times, places, wins, record
   cues, years, distances, race mentions;
2. the gate: sentences with a fact cue (race, finish time, place, win, record, runner noun)
   go through spaCy (race ruler + parser + NER); the others are only scanned for known names;
3. names: PERSON entities give full names; surnames and first names resolve to them;
4. a walk over the sentences in order keeps the context (race of the paragraph, year,
   athlete in focus, record type being discussed) and assembles results and records.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache
from types import SimpleNamespace
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from .components import load_nlp
from .gazetteer import RaceMention, finder
from .normalize import distance, fold, number, parse_hms, person_name
from .resources import (
    cues,
    given_name_genders,
    pattern,
    phrase_regex,
    place_words,
    raw_patterns,
    record_type_patterns,
)
from .scoring import significant
from .text import Sentence, sentences
from .values import (
    TITLE_LEFT,
    Value,
    find_distances,
    find_places,
    find_record_cues,
    find_times,
    find_wins,
    find_years,
    ordinal_number,
)

# The rules use some two thousand distinct regexes (names and cue lists are spliced into
# some); the re module keeps only 512 compiled, so a document recompiled about 30 of them and
# recompiling was a sixth of the stage's time. A cache that holds them all (bench/extract.py).
if getattr(re, "_MAXCACHE", 4096) < 4096:
    re._MAXCACHE = 4096

EXTRACTOR_VERSION = "2026.12.08-3"
MAX_CHARS = 1_000_000  # spaCy's own limit; longer "articles" are dumps, not reports

_SUBJ_PRONOUNS = {"he", "she", "they"}
# the noun that makes a name an event's ("EMU 6 Day Race", "Kettle Lakes Track 100")
_EVENT_NOUN = re.compile(r"\b(?:Race|Run|Marathon|Ultra\w*|Championships?|Festival|Invitational|Classic|Challenge|Trail|Backyard|Hundred|\d+\s?(?:K|km|Mile[rs]?|Hours?|H|Days?))\b")
# the opening of an interview or diary that names its "I"
_NARRATOR_CUE = re.compile(r"\b(?:(?:spoke|talked|chatted|caught up|sat down|sits down|speaks|talks)\s+(?:\w+\s+)?with|interview(?:ed|s)?|Q\s*&\s*A|questions?|answer(?:s|ed)?|diary|journal|(?:race|trip) report|in (?:his|her|their) own words|by|I['’]m|I am|my name is)\b|,\s+who\s+(?:won|ran|set|finished|took|broke|placed)\b", re.I)
# "the announcer yelled 'Tess Kowalczyk, from Salida!'", "my name is Tess Kowalczyk"
_NARRATOR_CALLED = re.compile(r"\b(?:(?:announcer|speaker|MC|emcee|race director)\b[^.;]{0,40}?\b(?:call|yell|shout|read|announc|boom|holler|scream)\w*(?:\s+out)?|called (?:out )?my name|my name(?:,|\s+is|\s+was|\s+read)?)\s*[:,]?\s*[\"“]?", re.I)
# 'the results page reads "Kowalczyk, Tess — 21:58:14"'
_RESULTS_READ = re.compile(r"\b(?:results?|tracker|leaderboard|standings)\b[^.;]{0,40}?\b(?:read|say|show|list)s?\s*:?\s*[\"“](?P<family>[A-Z][\w'’-]+),\s+(?P<given>[A-Z][\w'’-]+)")
# "2017 – Moab 240 – 1st – 57:59:00", "• 1st and course record, UTCT 100K, November 2025 – 10:58:31"
_BULLET = r"[•*·▪‣-]"  # the marks that open a list item
# "two months later", "a week after that", "the next summer", "in June": a date that opens a clause before its verb
_LATER = (r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|\d{1,2})\s+(?:days?|weeks?|months?|years?)\s+"
          r"(?:later|after(?:\s+that)?|on)|(?:the\s+)?(?:next|following)\s+(?:day|week|weekend|month|year|spring|summer|fall|autumn|winter|season)"
          r"|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\s*,?\s+")
_CAREER_LINE = re.compile(r"^\s*(?:(?:19|20)\d\d\s*[–—:|,-]|" + _BULLET + r"\s+|\d{1,2}(?:st|nd|rd|th)\b)")
# "won it three years in a row, from 2006 to 2008", "won back to back in 2002 and 2003"
# "won it from 2006 to 2008", "took the title in 2012, 2014, 2017 and 2021", "won X in 2006 and again in 2008"
_MULTI_YEAR_WIN = re.compile(
    r"\b(?:won|winning|wins|(?:took|takes|taking|taken|claimed|claiming)\s+(?:the\s+|his\s+|her\s+)?(?:\w+\s+)?(?:title|crown|win|victory)s?)\b"
    r"[^.;]{0,60}?\b(?:(?P<range>from|between)\s+(?P<y1>(?:19|20)\d\d)\s+(?:to|and|through|until|[-–])\s+"
    r"|in\s+(?P<list>(?P<y0>(?:19|20)\d\d)(?:,\s+(?:in\s+)?(?:19|20)\d\d)*),?\s+and\s+(?:again\s+)?(?:in\s+)?)(?P<y2>(?:19|20)\d\d)\b")
# "a three-time winner at Lavaredo (2018, 2019, 2022)", "has won it twice (2021 and 2023)": the
# editions of a tally of wins, listed in brackets
_PAREN_YEAR_WINS = re.compile(
    r"\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[- ]times?\s+(?:[\w'’-]+\s+){0,3}?(?:winner|champion)s?"
    r"|(?:won|wins|winning)\s+[^.;()]{0,50}?\b(?:twice|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+times)"
    r"|(?:winner|champion)\s+(?:of|at|in)\s+[^.;()]{0,40}?)"
    r"[^.;()]{0,40}?\s*\((?P<list>(?:19|20)\d\d(?:\s*(?:,|and|&|,\s*and)\s*(?:19|20)\d\d)+)\)")
# "finished third in both 2022 and 2024", "was runner-up here in 2019 and 2021": a place per edition named
_MULTI_YEAR_PLACE = re.compile(
    r"\b(?:finished|finishing|was|were|placed|placing|came|coming|took|taking)\s+(?P<ord>\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|runner-up)"
    r"(?:\s+(?:woman|man|overall|place))?(?:\s+(?:here|there)|\s+at\s+[^.;,]{1,50}?)?\s+in\s+(?:both\s+)?(?P<list>(?:19|20)\d\d(?:,\s+(?:in\s+)?(?:19|20)\d\d)*),?\s+and\s+(?:again\s+)?(?:in\s+)?(?P<y2>(?:19|20)\d\d)\b", re.I)
# a record passing on without the word record: "stood until", "fell in 2009 to", "took it to"
_CHAIN_CUE = re.compile(
    r"\b(?:stood|lasted|survived|held|remained|endured)\b[^.;]{0,60}?\buntil\b"
    r"|\b(?:stood|lasted|survived|held up|endured)\s+(?:for\s+)?(?:almost\s+|nearly\s+|more than\s+|over\s+)?(?:\w+\s+)?(?:years|decades)\b"
    r"|\bfell\s+(?:in\s+(?:\w+\s+)?\d{4}\s*,?\s*)?(?:to|when)\b|\bfell\s+in\s+(?:\w+\s+)?\d{4}"
    r"|\bwas\s+(?:finally\s+|first\s+|eventually\s+)?(?:broken|bettered|lowered|beaten|improved|surpassed|eclipsed|erased)\b"
    r"|\b(?:first\s+)?(?:broke|bettered|lowered|improved|surpassed|eclipsed|erased|beat)\s+it\b"
    r"|\b(?:took|moved|pushed|brought|lowered|cut|extended|raised|improved)\s+it\s+(?:(?:again|further|down|up|back)\s+){0,2}(?:in\s+(?:\w+\s+)?(?:19|20)\d\d,?\s+)?(?:to|with)\b"
    r"|\buntil\s+(?:(?:early|late|mid-?|[A-Z][a-z]+)\s+)?(?:19|20)\d\d,?\s+when\b"
    r"|\b(?:hours?|minutes?|mins?|seconds?|days?)\s+(?:faster|quicker)\b(?!\s+than\b)|\ban\s+improvement\s+of\b"
    r"|\b(?:a|the)\s+(?:time|mark|record|best)\s+(?:(?:that|which)\s+)?[^.;]{0,60}?\buntil\b"
    r"|\b(?:cutting|cut|taking|took|knocking|knocked|shaving|shaved|clipping|clipped)\b[^.;]{0,50}\b(?:from|off)\s+(?:(?:the|that|its)\s+(?:old\s+|previous\s+)?(?:mark|record|best|time)|(?:his|her)\s+(?:old\s+|previous\s+)?(?:mark|record))\b"
    r"|(?<!\balso )\b(?:inside|under|below)\s+(?:the|his|her)\s+(?:old|previous|former)\s+(?:mark|record|best)\b"
    r"|\bbelonged\s+to\b|\bset\s+(?=\d)", re.I)
# "The current world record.", "An American record.", "A world best at the time, run on a
# loop": a verbless line under a list item or a result calls that performance a record
_RECORD_FRAGMENT = re.compile(r"\s*(?:The|A|An|Another)\s+(?:[\w'’-]+\s+){0,3}?(?:record|best|CR|FKT)\b(?:\s+at\s+the\s+time)?(?:,\s+(?:run|set)\s+[^.;]{0,60})?[.!]?\s*")
# "... stood until 2018, when X ran T": the year the old mark fell, the new one's
_UNTIL_WHEN = re.compile(r"\buntil\s+(?:(?:early|late|mid-?|[A-Z][a-z]+)\s+)?(?P<y>(?:19|20)\d\d),?\s+when\b")
# "That course record survived for 39 years", "It stood until": the performance just told
_STOOD_BACK = re.compile(r"\s*(?:That|This|It|The|His|Her)\s+(?:(?:course\s+|world\s+|women['’]s\s+|men['’]s\s+)?(?:record|mark|time|run|best)\s+)?(?:then\s+)?(?:stood|lasted|survived|held|remained|endured)\b", re.I)
_LIST_LABEL = re.compile(r"\s*(?:Men|Women|Male|Female|Overall|Results|Top (?:5|10|five|ten)|(?:Men|Women)['’]s (?:results|top (?:5|10|five|ten)))\s*[:—–-]", re.I)
_WINNERS_HEADING = re.compile(r"\b(?:winners|champions|roll of hono(?:u)?r|past editions|previous editions|last \w+ editions|results by year|race history)\b", re.I)
_CATEGORY_LINE = re.compile(r"\s*(?:" + _BULLET + r"\s*)?(?:[MFW]V?|V)(?:35|[4-8][05])\+?\s*[:—–-]?\s+[A-ZÀ-ÞĀ-ž]")
_GENDER_HEADING = re.compile(r"(?:the\s+)?(?:men|women|male|female|open|ladies)(?:['’]s)?(?:\s+(?:race|results|division|category|winners|champions))?\s*:?", re.I)
_AGE_CATEGORY_AFTER = re.compile(r"[- ](?:[FMW]?V\d{2}|[FMW]\d{2}|masters?\b|(?:runner|finisher|man|woman)\s+(?:over|aged)\b|in (?:the |her |his )?(?:age group|category|division|f\d\d|m\d\d))", re.I)
_NUMBERS_LINE = re.compile(r"\s*(?P<t>\d{1,3}:\d{2}(?::\d{2})?)\s+(?:[—–]|(?<=:\d\d:\d\d )-)\s+(?:(?P<name>[A-ZÀ-ÞĀ-ž][\w'’.-]+(?:\s+[A-ZÀ-ÞĀ-ž][\w'’.-]+){0,2})['’]s?\s+"
                           r"(?P<what>(?:(?:winning|finishing|finish|course-record|record|(?:wo)?men['’]s)\s+)*(?:time|course record|record|mark|best))\b)?(?P<rest>.*)")
# "beat the previous mark of": the time after it is the superseded record's
_OLD_MARK_BEFORE = re.compile(r"\b(?:beat|beating|broke|breaking|bettered|bettering|lowered|lowering|eclipsed|erased|smashed|shattered)\s+(?:the|his|her|their)\s+"
                              r"(?:previous|old|former|existing|standing)\s+(?:[\w'’-]+\s+){0,2}?(?:record|mark|best|CR|FKT)\s+of\s+$", re.I)
# "Distance: 135 miles", "Elevation gain: 33,000+ feet", "Updated: January 20, 2026": a label and its value
_FIELD_LINE = re.compile(r"\s*[A-Z][\w'’]*(?:[ -][\w'’()]+){0,3}\s*:\s+\S")
_LIST_HEADING = re.compile(r"^\s*(?:[\w'’()-]+\s+){0,3}(?:results|standings|classification|finishers|leaderboard)\b(?:\s*[(—–-][^.!?]{0,30})?\s*$", re.I)
_ITEM_MARK = re.compile(r"(?:\s*(?:\(\s*|[-–—,]\s*)|\s+(?=(?:CR|WR|FKT)\b))((?:new\s+)?(?:CR|WR|FKT|course record|race record|world record|world best|course best))\b")
_RECORD_TYPES = ("course record", "FKT", "world record", "national record", "age-group record")
# A record page's lines: "2014 - Wes Pardee - 19:48:17" (a history: year, holder, time) and
# "Supported (women): Marisol Vega - 20:31:55 - July 2022" (a current record under its label)
_RECORD_NAME = r"(?P<name>(?:(?:[A-ZÀ-ÞĀ-ž][\w'’.-]+|van|von|de|der|den|da|du|di|la|le|del)\s+){1,3}?[A-ZÀ-ÞĀ-ž][\w'’.-]+)\s*(?:\([^)]{1,30}\)\s*)?[,:|—–-]\s*"
_HISTORY_LINE = re.compile(r"\s*(?:" + _BULLET + r"\s*)?(?P<year>(?:19|20)\d\d)\s*[:|—–-]\s*" + _RECORD_NAME)
_HOLDER_LINE = re.compile(r"\s*(?:" + _BULLET + r"\s*)?(?P<label>[A-Z][^:\n]{0,40}?)\s*:\s+" + _RECORD_NAME)
# "- Supported, north to south: 38:27:10, Cobus van Wyk, 2022.": the mark first, then its holder
_MARK_FIRST_LINE = re.compile(r"\s*(?:" + _BULLET + r"\s*)?(?P<label>[A-Z][^:\n]{0,40}?)\s*:\s+(?P<t>\d{1,3}:\d\d(?::\d\d)?),\s+"
                              r"(?P<name>(?:(?:[A-ZÀ-ÞĀ-ž][\w'’.-]+|van|von|de|der|den|da|du|di|la|le|del)\s+){1,3}?[A-ZÀ-ÞĀ-ž][\w'’.-]+)(?=\s*[,(;]|\s*\.?\s*$)")
# a heading over a record page's lists: "Current records", "History - supported, men", "Record holders"
_RECORD_PAGE_HEADING = re.compile(r"\b(?:records?|FKTs?|fastest known times?|history|holders?|progression)\b", re.I)
# "The five fastest men's times", "All-time top ten", "Fastest performances in race history": a
# list of the best marks over many editions, whose ranks are no places
_ALL_TIME_HEADING = re.compile(r"\b(?:(?:fastest|quickest|best)\b[^.!?]{0,30}?\b(?:times|performances|marks|runs|finishes)\b|all[- ]time\b"
                               r"|(?:in|of) (?:the )?(?:race['’]s |event['’]s |course['’]s )?(?:history|all time)\b|fastest ever\b)", re.I)
_RANKED_LINE = re.compile(r"\s*\d{1,3}(?:[.)]|\s)\s*[A-ZÀ-ÞĀ-ž]")
# "the course record of 18:24:06 (that) he set when he first won": the runner's own old mark
_OWN_AFTER = re.compile(r",?\s+(?:that\s+|which\s+)?(?:he|she|they)\s+(?:had\s+)?(?:set|ran|run|established|clocked)\b", re.I)
# "44 seconds outside his own course record from 2022", "missing her own record by a minute": the runner's standing record
_OWN_MISSED = re.compile(r"\b(?:outside|short of|shy of|off|missing|missed|slower than|behind)\s+(?:the\s+)?(?:his|her|their)\s+own\s+(?:[\w'’-]+\s+){0,2}?"
                         r"(?:course[- ]record|record|CR|FKT)\b(?:\s+(?:from|of|set in)\s+(?P<y>(?:19|20)\d\d)\b)?"
                         # "missed his own course record, the 5:01:31 he ran in 2024": its time and year told after it
                         r"(?:,?\s+(?:the\s+|of\s+)?(?P<t>\d{1,3}:\d{2}(?::\d{2})?)(?:,?\s+(?:(?:he|she|they)\s+(?:ran|set)|set)\s+(?:it\s+)?in\s+(?P<y2>(?:19|20)\d\d)\b)?)?", re.I)
_YEAR_LINE = re.compile(r"\s*(?:" + _BULLET + r"\s*)?(?:19|20)\d\d\*?\s*[:—–-]")
_ITEM_HEAD = re.compile(r"\s*(?:" + _BULLET + r"|\d{1,2}[.)])?\s*")
# a sentence opening on its verb or its place: the subject is the one just named
_SUBJECTLESS = re.compile(r"\s*(?:" + _BULLET + r"\s*)?(?:(?:Then|Also|And|Later|Previously|Before that|Since then)\s*,?\s+)?(?:Won|Wins|Took|Finished|Placed|Ran|Set|Broke|Clocked|Was|Came|Claimed|Runner-up|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|\d{1,2}(?:st|nd|rd|th)|[FMW]\d{1,2})\b")
# "last year's women's winner", "the 2023 Bear 100 champion", "2019 runner-up"
# ("defending champion X": the title won at the last edition, last year's)
_TITLE_RX = re.compile(r"(?:\b[Ll]ast year['’]s|\b[Dd]efending|\b(?:[Tt]he\s+)?(?P<y>(?:19|20)\d\d))\s+(?:(?:[A-Z][\w'’-]*\s+){0,3}?(?:\d{2,3}[Kk]?\s+)?)?(?:(?:men['’]s|women['’]s|overall|female|male)\s+)?(?P<role>winner|champion|runner-up|victor|(?P<nth>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))[- ]place\s+finisher)\b(?!\s+(?:of|at|in)\b)")
# "runner-up to American Cody Hartman", "second to Hartman": the one named next won
_SECOND_TO = re.compile(r"\b(?:runner-up|second|2nd)\s+to\s+", re.I)
# "finished third behind winner X", "behind race winner X": the one named next won
_BEHIND_WINNER = re.compile(r"\bbehind\s+(?:the\s+)?(?:(?:men|women)['’]s\s+|race\s+|eventual\s+|overall\s+)?(?:winner|champion|victor)\s*,?\s+", re.I)
# "I was second at the Dragon's Back in 2021, behind a Welsh runner called X": only the winner
# is ahead of a runner-up
_SECOND_BEHIND = re.compile(r"\b(?:runner-up|second|2nd)\b(?:(?!\b(?:third|fourth|fifth|and|but)\b)[^.;:]){0,60}?\bbehind\s+(?:an?\s+(?:[\w-]+\s+){0,3}(?:called|named)\s+)?", re.I)
_POSS_PRONOUNS = {"his", "her", "their"}
_BLOCK_BEFORE = re.compile(
    r"(?:\bbehind|\bahead of|\bbeat|\bbeating|\bover|\bthan|\bby|\bpassed|\bcaught|\bfrom|\bof|"
    r"\bto|\balongside|\bagainst|\bsaid|\bsays|\btold|\bhug|\bfollowed|\boutkicked|\boutran|\bdethroned|"
    r"\bunseated|(?<!\bin )(?<!\bat )(?<!\bduring )\bwhich|\bthat|\bwhose|\bpast|\bovertook|\bovertaking|\breeled in|\bheld off|\bholding off|\bfending off|\bfended off|\bpushed|\bpushing|\bchased|\bchasing|\boutlasted|\boutlasting|\bshadowed|\bfor|\bjoined|\bwife|\bhusband|\bcoach|\bpacers?|\bcrew(?:\s+chief)?|\bunder|\bformer|\bvs\.?|\bversus|"
    r"\bmatch|\bmatched|\bcatch|\b(?:keep|kept|stay|stayed|hang|hung)\s+(?:up\s+|pace\s+)?with|\boutpaced|\boutsprinted|\bdropped)"
    r"(?:\s+(?:the|a|an|his|her|their|friend|partner|brother|sister|fellow|compatriot|countryman|countrywoman|teammate|rival|defending|two-time|\w+-time|runner-up|champion|winner|leader|favorite|favourite|[a-z]*runner|athlete|marathoner|[A-Z][\w-]*['’]s)){0,3}\s*$",
    re.I,
)
# Fine-grained tags instead of coarse POS: the attribute ruler that maps them is left out.
_PROPN = ("NNP", "NNPS")
# "won by X", "the title went to X", "the race belonged to X": the winner named as the agent
# ", good for 22nd", ", which put her in fifth": the place the run just told earned
_PLACE_OF_RUN = re.compile(r",\s+(?:which\s+was\s+)?(?:good|enough|good enough)\s+for\s+$|,\s+(?:placing|putting|which put|which placed)\s+(?:him|her|them)\s+(?:in\s+)?$", re.I)
# "5 - wins for", "Wins for", "3 — course records for": a by-the-numbers line's tally of a runner's
_TALLY_FOR = re.compile(r"(?:^|\n)\s*(?:\d[\d,.]*\s*(?:[—–:-]\s*)?)?(?:wins|victories|titles|course records|podiums|finishes)\s+for\s+$", re.I)
_AGENT_BEFORE = re.compile(r"\b(?:won by|went to|goes to|belong(?:s|ed)? to)\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?$")
# the last coordinated verb of a clause that tells what happened: "..., and settled for", "but took"
_DONE_VERB = re.compile(r".*\b(?:and|but)\s+(?:then\s+|still\s+|instead\s+)?(?:(?-i:[a-z]{3,}ed)|won|ran|took|came|held|got)\b", re.S)
# "this same six-day race", "the same event", "this race": the story's race, not one named nearby
_SAME_RACE = re.compile(r"\b(?:this|the)\s+same\s+(?:[\w-]+\s+){0,2}?(?:race|event)\b|\bthis\s+(?:[\w-]+\s+)?race\b", re.I)
# "Further back in the same race, ...", "In that same race, ...": a paragraph that opens on the
# event the last one told goes on with its race and year
_SAME_EVENT_OPENER = re.compile(r"[^.;:]{0,30}?\b(?:the|that)\s+same\s+(?:race|edition|event|day|afternoon|morning)\b", re.I)
_SAID = re.compile(r"\b(?:said|says|told|added|explained|recalled|according to|laughed|joked)\b", re.I)
# a clause that tells the next result: ", and followed that with a win at X", "and backed it up with"
_FOLLOWED_WITH = re.compile(r"[\s,]*(?:and\s+|but\s+)?(?:then\s+)?(?:followed|backed|topped)\s+(?:that|it|this)\s+(?:up\s+)?(?:with|by)\b")
# "..., holding off Kenya's Y by six seconds": the winner's margin over the runner-up
_HELD_OFF = re.compile(r"\b(?:holding|held|holds)\s+off\s+")
_CLAUSE_SPLIT = re.compile(
    r"\s+and\s+(?=(?:then\s+|later\s+|also\s+)?(?:won|finished|took|set|placed|ran|clocked|broke|claimed|captured|came|ended|opened|had\s+(?:been|won|finished|placed|run|taken))\b|(?:the\s+)?(?:winner|runner-up|champion)\s+(?:of|at)\b|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:at|in)\s+(?:the\s+)?[A-Z])|;|\s[—–]\s(?!\d{1,3}:\d\d)|—(?!\s*\d{1,3}:\d\d)|,\s+(?:and|but|while|whereas|with|before|after|ahead of|followed by|as|although|though|then|when)\s+|\s+(?:while|whereas|but)\s+|,\s+(?=(?:[A-Z][a-z]+\s){1,3}(?:was|were|took|finished|placed|came|ran|clocked)\b)"
    r"|,\s+(?:(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+(?:days?|weeks?|months?|years?)|just|only|shortly|soon|not long|long|months|weeks|days|years)\s+(?:after|before|since)\s+"
)
# what a by-the-numbers item's opening time is when it is not the winner's finish
_NOT_LEAD_TIME = re.compile(r"\b(?:margin|split|gap|between|behind|ahead|faster|slower|outside|short|clear|cut-?off|record|age|hours? (?:allowed|limit))\b", re.I)
# "covered 218.4 km", "logged 165 miles", "ran 102 laps": the distance of a fixed-time run
_COVERED = re.compile(r"\b(?:covered|covering|logged|logging|totalled|totaled|amassed|accumulated|racked up|clocked up|ran|running|completed|managed)\s+"
                      r"(?:a\s+(?:total\s+of\s+)?)?(?P<d>\d{1,3}(?:,\d{3})?(?:\.\d+)?)\s*(?P<u>km|kilomet(?:re|er)s|miles|mi|laps|loops|yards)\b", re.I)
_NOT_DONE = re.compile(r"\b(?:would|could|should|might|hopes?|hoped|hoping|plans?|planned|aims?|aimed|wants?|wanted|needs?|needed|target(?:s|ed)?|goal)\b[^.;]*$", re.I)
_KEPT_TITLE = re.compile(r"\b(?:retained|retains|retaining|defended|defends|defending|kept|keeps)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
_NOUN_WIN = re.compile(r"\b(?:the|this|that|a|an|his|her|their|its|first|second|third|maiden|another|breakthrough|career)\s+(?:\w+\s+)?(?:win|victory|title|crown|wins|victories)\b", re.I)
# "took the win", "retained the women's title", "collected her fifth Harrow Hill 50K title", "made it three wins"
_TAKE_WIN = re.compile(r"\b(?:added|adds|adding|took|take|takes|taking|claimed|claim|claims|claiming|secured|grabbed|earned|sealed|clinched|captured|scored|notched|picked up|came away with|defended|retained|landed|collected|made it|makes it|won|win|for|with)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
_WIN_GOOD = re.compile(r"^(?:ran away with (?:the )?(?:race|title|win|victory)|won|wins|winning|winner|victorious|triumph|triumphed|prevailed|first across the line|first to the finish|first to finish|first to (?:touch|reach|cross|tag|hit) the (?:gate|line|tape|finish|arch|rock)|(?:cut|cuts|cutting|cross|crosses|crossed|crossing) first the (?:finish(?:ing)? )?line|topped the podium|topped the (?:(?:men|women)['’]s )?field|top honou?rs|clear of the (?:rest of the )?field|clear of (?:the\s+)?runner-up|took the tape|broke the tape|first (?:(?:solo|individual) )?(?:woman|women|man|men|female|male|lady|overall|place)|top (?:solo |individual |overall )?(?:woman|man|female|male|lady)|overall win|wire[- ]to[- ]wire|(?:the )?last (?:runner|woman|man|one|person|athlete|competitor) standing)$", re.I)


_DERIVED: dict[str, re.Pattern[str]] = {}


def _derived(key: str, prefix: str, list_name: str, group: bool = False) -> re.Pattern[str]:
    """A compiled `prefix` + (phrase list) pattern, built once per process."""
    rx = _DERIVED.get(key)
    if rx is None:
        alt = phrase_regex(list_name).pattern
        rx = re.compile(prefix + ("(" + alt + r")\b" if group else "(?:" + alt + ")"), re.I)
        _DERIVED[key] = rx
    return rx


_BREAK = re.compile(r"\b(?:beat|beats|beating|broke|breaks|breaking|improved|improving|lowered|lowering|bettered|eclipsed|erased|smashing|shattering|erasing|eclipsing|toppled|toppling|removed|removing|smashed|shattered|took|taking|knocked|knocking|shaved|shaving|cut|chopped|off)\b", re.I)


class BadDocument(ValueError):
    """The document cannot be read; the message is one line naming what is wrong."""


@dataclass
class PersonMention:
    start: int
    end: int
    name: str  # canonical full name
    text: str
    surname_only: bool = False


@dataclass
class SentInfo:
    sent: Sentence
    times: list[Value]
    places: list[Value]
    wins: list[Value]
    records: list[Value]
    years: list[Value]
    distances: list[Value]
    races: list[RaceMention]
    gated: bool = False
    sdoc: Doc | None = None
    persons: list[PersonMention] = field(default_factory=list)
    rank: int | None = None  # the line's rank in an unnumbered results list, one runner a line
    row: tuple[str, str, str] | None = None  # a results-table row's (name, time, marks), its place in `rank`
    winners_line: bool = False  # a "2019: X 14:09:28; Y 17:23:25" line under a "Winners" heading
    category_winner: bool = False  # an "M50 X 5:33:12" line under an "age-group winners" heading
    all_time_line: bool = False  # a "2. X (2021) - 15:58:10" line under a "Five fastest times" heading: its rank is no place
    all_time_winners: bool = False  # ... under "Fastest winning times": each line won its edition


@dataclass
class Context:
    published: date | None
    anchor_year: int | None
    main_race: RaceMention | None = None
    para_race: RaceMention | None = None
    para_year: int | None = None
    last_year: int | None = None  # the last event year told anywhere before
    said_year: int | None = None  # the last year written before this sentence, an old record's too ("that year")
    said_here: int | None = None  # the last year written up to the end of this sentence
    fact_year: int | None = None  # the year of the last result told before this sentence in its paragraph
    para_record_type: str | None = None
    para_route: RaceMention | None = None
    focus: str | None = None
    history: list[str] = field(default_factory=list)  # athletes in focus, most recent last
    para_race_dated: bool = False
    para_race_year: int | None = None  # the year the paragraph's race was told with
    para_race_athlete: str | None = None
    section_race: RaceMention | None = None
    section_route: RaceMention | None = None
    section_heading: str = ""  # "Tarawera": a heading that names its race in short
    list_heading: str = ""  # the last heading that is no "Men" / "Women" sub-heading
    section_year: int | None = None  # "3. Name (NAT) — 14:09:28, Race, 2019": the year a list item's heading dates its text with
    main_route: RaceMention | None = None  # the route a piece keeps coming back to
    record_block: int = -10  # block of the last record word, so "lowered it" can refer back  # race named by the last heading ("Western States 100")  # the paragraph's race came with its own date ("in February")
    block: int = -1
    doc_record_type: str | None = None  # the last record type the piece named
    sent_idx: int = 0  # index of the sentence being read
    record_subject: RaceMention | None = None  # what the record talk of this section is about
    record_subject_block: int = -10
    record_subject_heading: bool = False  # the subject is the current section's heading ("Bob Graham Round")
    last_perf: tuple[str, Value, int | None] | None = None  # the last performance told (athlete, value, year)
    chain: list[tuple[str, str | None, str]] = field(default_factory=list)  # record holders of the subject, in order (athlete, time, mark)
    chain_gender: str | None = None  # whose record the chain is: "F", "M" or not said
    para_year_lead: bool = False  # the paragraph's year opens a sentence ("2017. The year ...")
    para_year_names: frozenset[str] = frozenset()  # the runners the sentence that dated the paragraph named
    para_year_at: int = 0  # where that sentence starts
    winners_section: bool = False  # under a "Winners" / "Past champions" heading
    all_time_section: bool = False  # under a "The five fastest men's times" / "All-time list" heading
    last_race: RaceMention | None = None  # the race the text named last
    focus_idx: int = -10  # index of the sentence whose subject took the focus
    season_year: int | None = None  # "2025 Ultrarunners of the Year" out in January 2026: the season an undated result belongs to


# --------------------------------------------------------------------------- input checks

_EN_STOP = {
    "the", "and", "of", "to", "in", "a", "is", "was", "he", "she", "for", "on", "with", "his",
    "her", "at", "by", "it", "that", "as", "from", "had", "has", "after", "first", "race",
}


_CONTROL_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]")  # control characters but tab and line ends, and U+FFFD


def check_document(doc: Any) -> tuple[str, str, date | None, str | None]:
    """(id, text, published, url) of a usable input document, else BadDocument."""
    if not isinstance(doc, dict):
        raise BadDocument(f"not a JSON object ({type(doc).__name__})")
    doc_id = doc.get("id")
    if doc_id is None or str(doc_id).strip() == "":
        raise BadDocument("document has no id")
    text = doc.get("text")
    if text is None:
        raise BadDocument("document has no text")
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise BadDocument("binary content, not text") from None
    if not isinstance(text, str):
        raise BadDocument(f"text is not a string ({type(text).__name__})")
    if not text.strip():
        raise BadDocument("empty text")
    if len(text) > MAX_CHARS:
        raise BadDocument(f"text too long ({len(text) / 1e6:.1f} M characters > {MAX_CHARS / 1e6:.0f} M)")
    sample = text[:20000]
    controls = len(_CONTROL_CHAR.findall(sample))
    if "\x00" in sample or controls > max(5, len(sample) // 100):
        raise BadDocument("binary content, not text")
    words = re.findall(r"[^\W\d_]+", sample.lower())
    if len(words) >= 30:
        stop = sum(1 for w in words if w in _EN_STOP)
        if stop / len(words) < 0.06:
            raise BadDocument("not English (too few English function words)")
    return str(doc_id), text, _parse_date(doc.get("published")), doc.get("url")


def _parse_date(value: Any) -> date | None:
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(value))
    if not m:
        m2 = re.match(r"(\d{4})", str(value))
        return date(int(m2.group(1)), 1, 1) if m2 else None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


# --------------------------------------------------------------------------- the gate

_STARTERS = re.compile(r"^(?:He|She|They|His|Her|Their|It|Its|The|This|That|Then|In|At|On|And|But|A|An|After|Before|When|While|With|By|For|From|Finished|Course|Second|Third|First|Last|So|Not|No)\b")


def _gate_cue(info: SentInfo) -> bool:
    """Cheap rules: does this sentence state a result or record that names someone? Only
    those go through the statistical model; names elsewhere come from the cheap name finder."""
    anchor = info.places or info.wins or info.records or any(t.role == "finish" for t in info.times)
    if not anchor:
        return False
    text = info.sent.text
    race_spans = [(r.start - info.sent.start, r.end - info.sent.start) for r in info.races]
    for m in re.finditer(r"\b[A-Z][a-zà-ÿĀ-ž'’-]+", text):
        if m.start() == 0 and _STARTERS.match(text):
            continue
        if any(a <= m.start() < b for a, b in race_spans):
            continue
        return True
    return False


def _shift(values: list[Value], offset: int) -> list[Value]:
    for v in values:
        v.start += offset
        v.end += offset
    return values


def _analyze(text: str) -> list[SentInfo]:
    out = []
    rf = finder()
    for s in sentences(text):
        t = s.text
        races = [RaceMention(r.start + s.start, r.end + s.start, r.text, r.name, r.kind, r.distance_label, r.source)
                 for r in rf.find(t)]
        out.append(SentInfo(
            s, _shift(find_times(t), s.start), _shift(find_places(t), s.start), _shift(find_wins(t), s.start),
            _shift(find_record_cues(t), s.start), _shift(find_years(t), s.start),
            _shift(find_distances(t), s.start), races,
        ))
    return out


# --------------------------------------------------------------------------- names

_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞĀ-ž][\w'’.-]*|de|da|del|della|der|den|van|von|le|la|du|dos|das|di|y|bin|al|[A-Z]\.)$")
_NOT_NAME = None
_MONTH_GIVEN_NAMES = frozenset({"may", "june", "jun", "april", "august"})
_DATE_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                         "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_DATING_WORD = re.compile(r"\b(?:in|during|since|by|until|till|last|this|next|early|late|mid|of|from|through|throughout|that|each|every)\s+$", re.I)


def _not_name_words() -> set[str]:
    global _NOT_NAME
    if _NOT_NAME is None:
        c = cues()
        _NOT_NAME = set(c["months"]) | {
            "western", "states", "trail", "ultra", "marathon", "race", "canyon", "mount", "mt",
            "lake", "river", "national", "world", "championship", "championships", "hoka",
            "nike", "salomon", "strava", "instagram", "olympic", "olympics", "academy", "air",
            "force", "university", "college", "high", "school", "creek", "road", "park", "the",
            "flat", "pass", "peak", "ridge", "valley", "gap", "station", "camp", "hill", "point",
            "bluff", "forest", "falls", "gate", "crossing", "aid", "mile", "miles", "runner",
            "runners", "coach", "team", "club", "records", "record", "golden", "ticket", "fkt",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "ironman",
            "harriers", "striders", "athletic", "athletics", "joggers", "pacers", "roadrunners", "fell",
            "won", "wins", "took", "takes", "finished", "ran", "beat", "broke", "set", "clocked",
            "mountains", "caves", "heights", "gardens", "islands", "hills", "downs", "moors", "usa", "track",
            "way", "view", "turnaround", "skyrace",
        }
    return _NOT_NAME


# demonyms before a name ("Montrealer Chloé Fortin-Roy", "Canarian Adrián Mederos"); "-er" counts
# only in the endings demonyms take, so that "Jennifer Pharr Davis" keeps her first name
# "the Four Trails challenge, linking the MacLehose, Wilson, ...": the parts a route joins up
_ROUTE_PARTS = re.compile(r"[^.;]{0,20}?,\s+(?:linking|link(?:s|ed)\s+up|joining|including|taking\s+in|connecting|combining)\s+(?:the\s+)?[^.;]*$")
# "Then in 2018 Y went round in T": the next run of a history told in order
_THEN_NEXT = re.compile(r"\s*(?:Then|And then|Later|Eventually)\b,?\s+(?:in\s+(?:\w+\s+)?(?:19|20)\d\d,?\s+)?(?-i:[A-Z])")
# "It read 44:10:05.", "Her watch showed 16:38:12": a stopped watch's reading, the runner's time
_WATCH_READ = re.compile(r"\s*(?:It|The (?:clock|watch|GPS|timer)|(?:His|Her|Their) (?:watch|clock|GPS))\s+(?:read|reads|showed|shows|said|says|stopped at)\s+", re.I)
# "the 17:05 that Cumbrian runner X set": a descriptive title between a record and its holder
_RUNNER_TITLE = r"(?:(?-i:[A-Z])[\w-]+\s+)?(?:fell\s+|trail\s+|mountain\s+)?(?:runner|athlete|ultrarunner)\s+"
# "..., the Sawatch's Cruelest Line", "the Range's Hardest Day": title-case words after "the X's" in
# a headline describe a place or a route, not a person
_HEADLINE_DESCRIBED = re.compile(r"\bthe\s+[A-Z][\w-]*['’]s\s+$")
_ASIDE_AFTER_NAME = re.compile(r"['’]?,\s+[^,;()\n]{3,70},")
_DEMONYM = re.compile(r"(?:lander|oner|ealer|orker|erner|liner|onter|ian|ese|ois|aise)$")
_PLACE_PREP = r"\b(?:from|in|at|near|into|through|across|toward|towards|outside|around|via|on|reach|reached|reaches|reaching)\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?$"
_GEO_NOUN_AFTER = re.compile(r"\s+(?:peninsula|valley|river|mountains|range|island|islands|coast|district|region|highlands|countryside|hills|lakes|canyon|desert|plateau|massif)\b")


@cache
def _elliptic_place() -> re.Pattern[str]:  # compiled once, from the cue data
    ordinals = "|".join(sorted(cues()["ordinals"], key=len, reverse=True))
    # ("... and was third at Hardrock in 2024": the copula too)
    return re.compile(r"[\s,;]*(?:and|but)\s+(?:then\s+|later\s+|also\s+)?(?:(?:was|is|came|finished|placed|ended up)\s+)?(?:(?:a|an)\s+)?(?:" + ordinals
                      + r"|\d{1,3}(?:st|nd|rd|th)|runner-up)\b(?:\s+(?:place|overall|woman|man|female|male))?\s+(?:at|in)\b", re.I)


# a sentence whose subject is a description of someone: "The Milwaukee teacher, who ...", "A 41-year-old nurse"
_DESCRIBED_SUBJECT = re.compile(r"\s*(?:The|A|An)\s+(?:[\w'’-]+\s+){0,3}?(?:runner|teacher|doctor|nurse|mother|father|engineer|student|athlete|winner|champion|woman|man|veteran|rookie|local|\d+-year-old|[a-z]{3,}(?:er|or|ist|ian))\b(?!\s+(?:I|me|my)\b)")
# a time told as the value of a record named before it: "the women's record, which was 24:03",
# "the course record, then 15:29:33"
_RECORD_VALUE_BEFORE = re.compile(r"\b(?:record|mark|best|CR|FKT)s?,?\s+(?:(?:which|that)\s+(?:was|is|stood\s+at|stands\s+at)|then|at\s+the\s+time)\s+(?:(?:just|only|about|around|roughly)\s+)?$", re.I)
# "..., while X's 83:12:23 was the first win by a woman": a possessive opening a clause of its own
# is not the record the clause before it told
_OTHER_CLAUSE_OPEN = re.compile(r"(?:,\s+(?:while|whereas|but|although|though)|;)\s+$")
# what follows a record cue to name the fixed-time format it is over: "for 24 hours"
_FORMAT_AFTER_CUE = re.compile(r"\s+(?:for|over)\s+(?:the\s+)?(?P<n>6|12|24|48|72|six|twelve|twenty-four|forty-eight|seventy-two)[- ]hours?\b", re.I)
# a race name the patterns found, and its stem before the format: "Soochow" of "Soochow 24 Hour"
_PATTERN_STEM = re.compile(r"((?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’.-]+)\s+(?:\d{2,3}\s?(?:K|k|km|KM)|\d{2,3}[- ]?(?:Miles?|Miler|Mi|M)|\d{1,3}[- ]Hours?|Hundred|Ultra|Ultramarathon|Backyard(?: Ultra)?|Trail Race|Endurance Run)")


# a race and the time right after it: "the Race to the Stones in 7:41:30", "Lavaredo (12:10:05)"
_RACE_THEN_TIME = re.compile(r"\s+in\s+(?:a\s+(?:winning\s+)?time\s+of\s+)?|\s*\(\s*|,\s+")
# the joint that leaves the verb of the first result unsaid: "in 7:12 and then the Y in 7:41"
_ELLIPSIS_AND = re.compile(r"[,;]?\s+(?:and|before)(?:\s+then|\s+later|\s+also)?\s+(?:(?:a\s+(?:week|month|year)|(?:two|three|four|five|six)\s+(?:weeks|months))\s+later\s+)?(?:at\s+)?(?:the\s+)?")
_WHO_CLAUSE = re.compile(r"(?:['’]s?)?(?:\s+(?:of|from)\s+[A-Z][\w'’.-]*(?:[ ,]+[A-Z][\w'’.-]*){0,3})?(?:,[^,;—–()]{1,40})?,\s+who\s+(?:(?!\b(?:and|but|while|after|before|when|beat|beating|ahead of|behind|than)\b)[^,;—–()\"“”])*")
_SPEAKER = re.compile(r"^\s*(?:\[[\d:.]+\]\s*)?(?:[A-Z][A-Z .'’-]+:\s*)?")  # "[00:00:36] ELENA RUIZ: " in a transcript
# record talk around a route: "the women's mark", "the previous best", "FKT"
_ROUTE_AS_COURSE = re.compile(r"\b(?:on|along)\s+(?:the\s+)?$")  # "won the Spine Race on the Pennine Way"
_SPLIT_SECTION = re.compile(r"\s+(?:section|leg|stretch|portion|segment)s?\b")  # "the Pacific Crest Trail section"
_RECORD_TALK = re.compile(r"\b(?:records?|FKTs?|fastest|best|marks?)\b", re.I)
_WHO_AFTER = re.compile(r",\s+who\s+[^,;.!?]*")
# a clause about another occasion: its own date, or a past told as such
_OTHER_OCCASION = re.compile(r"\b(?:(?:19|20)\d\d|last|previous(?:ly)?|earlier|once|has|had|have|twice|times|former(?:ly)?|ago|before|january|february|march|april|may|june|july|august|september|october|november|december)\b", re.I)
_QUESTION_LABEL = re.compile(r"\s*Q[:.]\s")
# "For listeners, that's 27 hours, 58 minutes and 40 seconds": the time just told, restated
_RESTATED = re.compile(r"\s*(?:[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?:\s[A-ZÀ-Þ][A-ZÀ-Þ'’-]+){0,2}:\s+)?(?:(?:For (?:listeners|the record|those keeping score|anyone counting)|So),?\s+)?(?:that['’]s|that is|that was)\s+(?=\d)", re.I)
# an obituary opens on its subject: "Peg Thornbury, 1951–2025: ...", "Alan Furness, who has died aged 71, ..."
_OBITUARY = re.compile(r"\s*(?:Obituary:\s*)?(?P<name>[A-ZÀ-Þ][\w'’.-]+(?:\s+(?:[\"“][^\"”]{1,20}[\"”]\s+)?[A-ZÀ-Þ][\w'’.-]+){1,3}),?\s+(?:\(?(?:19|20)\d\d\s*[–—-]\s*(?:19|20)\d\d\)?|who\s+has\s+died\b)")
# a transcript's speaker label: "JEN CASTRO: ", "[00:01:12] ELENA RUIZ: "
_SPEAKER_LABEL = re.compile(r"\s*(?:\[\d{1,2}(?::\d{2}){1,2}\]\s*)?([A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?:\s[A-ZÀ-Þ][A-ZÀ-Þ'’-]+){0,2}):\s")
_YOU = re.compile(r"\b(?:you|your)\b", re.I)
_TURN_LABEL = re.compile(r"\s*(?:Q|A|[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?):\s")  # "Q: ", "Quintero: "
# "the European Championships", "the 2019 World Championships": the IAU's, at the distance the text is about
_BARE_CHAMPS = re.compile(r"(?<![\w-])(European|World|Commonwealth)\s+Championships?\b(?!\s+(?:in\s+)?(?:athletics|cross|road|marathon|half|track|mountain|trail))")
_CHAMP_DISTANCES = {"24 Hour": re.compile(r"\b24[- ]?(?:hours?|hrs?|h)\b", re.I), "100 km": re.compile(r"\b100[- ]?(?:km|k|kilomet(?:er|re)s?)\b", re.I)}
_SHORT_PAREN = re.compile(r"\([A-Z][\w.&'’-]{0,11}\)")
# "The women's race belonged to X": a race or title that belongs to someone is a win, not a record
# "took the course record from X", "took the lead from X", "the men's record of 3:28:30, from X in
# 1986": a person the thing was taken from, or the record's holder (not a place)
_HELD_FROM = re.compile(r"\b(?:(?:record|mark|best|title|crown|lead|FKT)|(?:record|mark|best|CR|FKT)(?:\s+of|\s+is|\s+was)?,?\s+\d{1,3}[:.]\d{2}(?:[:.]\d{2})?,?)\s+from\s+$")
_RACE_BELONGED = re.compile(r"\b(?:race|title|win|victory|crown|honou?rs|spoils|event|day|(?<!of )(?<![\d.,])\d+\s?(?:k|km|K|miler))\s+(?:(?:at|in|of)\s+(?:the\s+)?[\w'’ -]{0,40}?)?belong(?:s|ed)\s+to\s+(?:[A-Z][\w-]*['’]s\s+)?$", re.I)
# "Western States champion", "a seven-time winner of Western States": a title describes a person
_TITLE_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:champion|winner|finisher|record[- ]holder|veteran|legend)")
# "golden tickets into this June's Western States 100", "a Western States entry": a race ahead
_AHEAD_BEFORE = re.compile(r"(?:\b(?:golden\s+tickets?|tickets?|spots?|entry|entries|slots?|qualif\w*|berths?|lottery|invitations?|invites?)\s+(?:for|to|into|at)"
                           # "... and now heads to Western States": the runner's next race
                           r"|\b(?:heads|is\s+heading|are\s+heading|will\s+head|now\s+head|bound|moves\s+on|will\s+move\s+on)\s+(?:to|for)"
                           # "the 2023 winner has moved up to UTMB": this year she runs the longer race
                           r"|\b(?:(?:has|have|is|are)\s+(?:now\s+)?(?:moved|moving|stepped|stepping)|moves|steps)\s+up\s+to"
                           # "I'm entered in the Crawley 6 Hour in the new year": a race ahead
                           r"|\b(?:[Ii]['’]m|am|is|are|was|were|(?:has|have)\s+been|got|now)\s+(?:entered|registered|signed\s+up)\s+(?:in|for|into))"
                           r"\s+(?:(?:this|next)\s+(?:year|\w+)['’]s\s+|the\s+)?(?:\d{4}\s+)?$", re.I)
_AHEAD_AFTER = re.compile(r"\s+(?:entry|entries|spot|slot|berth|qualifier|lottery|golden\s+tickets?|tickets?)\b", re.I)
# "winner of Transgrancanaria": a title before a race (after a result, "Third the Spanish X,
# 14h37'50", winner of Transgrancanaria in 2025", it names another race than the result's)
_TITLE_BEFORE = re.compile(r"\b(?:champion|winner|finisher|record[- ]holder|veteran)\s+(?:of|at)\s+(?:the\s+)?(?:\d{4}\s+)?$", re.I)
# distances records are kept over (world, national): a race of one of these is over it
# a word of a race's name that tells its distance, duration or kind ("102K", "24H", "Ultramarathon")
_DISTANCE_WORD = re.compile(r"\d+(?:k|km|m|mi|h|hr|mile|miler|day)?|hours?|days?|marathon|ultramarathon|hundred")
# "That time lowers the record of T0 set by Y": the run the sentence before told broke it
_THAT_BROKE = re.compile(r"\s*(?:That|This|The|His|Her)\s+(?:(?:winning\s+)?(?:time|run|mark|performance|effort|split)\s+)?(?:also\s+)?"
                         r"(?:lowers|lowered|breaks|broke|beats|beat|betters|bettered|improves|improved|erases|erased|eclipses|eclipsed)\b")
# a distance covered rather than raced over: "245.3 km", "1,036.8 km", "163 miles"
_COVERED_AMOUNT = re.compile(r"\d{1,3},\d|\d+\.\d|\d*[1-46-9]\b(?![.,]\d)")
_RECORD_DISTANCES = frozenset({"50 km", "100 km", "50 mi", "100 mi", "1000 km", "1000 mi", "200 km", "150 km"})
# "Course records: X, 18:07:33 (2023); Y, 21:19:50 (2019)": a fact box's records line
_RECORD_BOX = re.compile(r"\s*(?:[-•*]\s*)?(?P<label>(?:the\s+)?(?:(?:men['’]s|women['’]s|male|female|overall)\s+)?(?:(?:course|world|national|event|race)\s+records?(?:[- ]holders?)?|(?-i:CRs?)|records?|record[- ]holders?|fastest\s+(?:times?|finish(?:es)?)(?:\s+ever)?)(?:\s*\([^)]{1,20}\))?)(?:\s*[:—–]|\s+(?:is|are|stands\s+at)(?=\s+(?:\d|(?-i:[A-Z]))))\s*\S", re.I)
_SPLIT_AFTER = re.compile(r"\s+(?:mark|split|point|checkpoint|cut-?off)\b", re.I)
_PLACE_PREFIX = {"north", "south", "east", "west", "upper", "lower", "fort", "port", "mount", "saint", "st",
                 "san", "santa", "los", "las", "el", "la", "le", "new", "old", "lake", "cape", "glen", "bay"}
_PARTICLES = {"van", "von", "de", "da", "del", "della", "der", "den", "le", "la", "du", "di", "dos", "das", "ó"}
_NAME_STOP = {"he", "she", "they", "his", "her", "my", "our", "your", "their", "no", "not", "the", "and", "of", "how", "why", "what", "every", "each", "any", "some",
              "when", "where", "who", "winning", "with", "at", "in", "on", "for", "a", "an", "it", "but",
              "street", "avenue", "dam", "junction", "lakes", "portal", "city", "town", "village",
              "springs", "spring", "pine", "palmas", "hut", "refuge", "col", "saddle",
              "summit", "trailhead", "bridge", "basin", "meadow", "meadows", "lodge", "cabin"}


@lru_cache(maxsize=256)
def _heading_record_type(heading: str) -> str | None:
    """The record type a heading names ("Ultramarathon world records"), read once per heading."""
    return next((rtype for rtype, rx in record_type_patterns() if rtype in _RECORD_TYPES and rx.search(heading)), None)


@lru_cache(maxsize=8192)  # a pure test of the string, asked again for every mention of a name
@cache
def _brand_openers() -> frozenset[str]:
    """Gear brands that are no one's given name (not "Brooks" or "Craft")."""
    return frozenset(b for b in cues()["gear_brands"] if " " not in b and b not in ("Brooks", "Craft"))


def _valid_full_name(name: str, listed: bool = False) -> bool:
    """listed: the name fills a results line's runner slot, where a given name that also opens
    places ("Glen Whitfield 138.9 mi") is a given name."""
    words = name.split()
    if words and words[0].lower() in _PARTICLES:
        return False  # "Van Dijk" at a sentence start is a surname
    if words and words[0].lower().strip(".") in _PLACE_PREFIX and not (listed and words[0].lower() in _given_word_names()):
        return False  # "East Side", "Fort Collins", "San Juan": places
    if any(re.search(r"['’](?:ll|ve|re|m|d)$|n['’]t$", w, re.I) for w in words):
        return False  # "Guess I'll"
    if not 2 <= len(words) <= 4:
        return False
    if any(ch.isdigit() for ch in name) or not words[0][0].isupper() or not words[-1][0].isupper():
        return False
    if any(not _NAME_WORD.match(w) for w in words):
        return False
    # "May Chen", "Jun Takeda", "April Ross": a month that is also a given name opens a name
    first_ok = words[0].lower() in _MONTH_GIVEN_NAMES
    last_ok = words[-1].lower() in _surname_place_words() and words[0].lower() not in _not_name_words() | place_words()
    if any(w.lower().strip(".'’") in _not_name_words() for w in words[1 if first_ok else 0 : -1 if last_ok else None]):
        return False
    if re.fullmatch(r"[A-Z]{2,3}", words[-1]):
        return False  # "Keswick AC", "Eryri RC": a club
    if words[0] in _brand_openers():
        return False  # "Saucony Peregrine", "Altra Lone Peak": a shoe, in a review
    low = [w.lower().strip(".'’") for w in words]
    if any(w in _NAME_STOP for w in low) or low[-1] in cues()["nationalities"]:
        return False
    if finder().lookup(name) is not None or re.search(r"(?i)\b(?:marathons?|ultras?|hundred|backyard|trail|race|challenge)\b", name):
        return False
    return True


def _propn_chains(sdoc: Doc) -> list[Any]:
    """Proper-noun chains in an actor's slot that NER left out or called ORG ("Keiko Hamada was
    second"): the small model misses many unfamiliar names."""
    out = []
    i = 0
    toks = list(sdoc)
    while i < len(toks):
        if toks[i].tag_ in _PROPN and toks[i].text[:1].isupper() and toks[i].ent_type_ not in ("RACE", "GPE", "LOC", "FAC", "NORP", "DATE", "EVENT", "PERSON"):
            j = i
            while j + 1 < len(toks) and toks[j + 1].tag_ in _PROPN and toks[j + 1].text[:1].isupper() and toks[j + 1].ent_type_ not in ("RACE", "GPE", "LOC", "FAC", "NORP", "DATE"):
                j += 1
            span = sdoc[i : j + 1]
            head = span.root
            if 2 <= len(span) <= 3 and (head.dep_ in ("nsubj", "nsubjpass", "conj", "appos") or (
                    head.dep_ == "pobj" and head.head.lower_ == "by")):
                out.append(span)
            i = j + 1
        else:
            i += 1
    return out


_CAP_SEQ = re.compile(r"(?<![\w'’-])((?:[A-ZÀ-ÞĀ-ž][a-zà-ÿĀ-ž'’.]+(?:-[A-ZÀ-ÞĀ-ž]?[a-zà-ÿĀ-ž'’]+)*|[A-Z]\.)(?:[ \t]+(?:(?:de|da|del|van|von|der|den|le|la|du|di|Ó|O)[ \t]+){0,2}(?:[A-ZÀ-ÞĀ-ž][\w'’-]+|[A-Z]\.)){1,3})(?![\w-])")
_CAPS_FIRST = re.compile(r"(?<![\w'’-])([A-Z]{2,}(?:-[A-Z]{2,})?[ \t]+[A-ZÀ-ÞĀ-ž][a-zà-ÿĀ-ž]+(?:-[a-zà-ÿĀ-ž]+)?)(?![\w-])")
# 'Margaret "Peg" Alderson': first name, quoted nickname, surname
_NICKNAMED = re.compile(r"(?<![\w'’-])([A-ZÀ-ÞĀ-ž][a-zà-ÿĀ-ž'’-]+)\s+[\"“]([A-Z][\w .'’-]{0,20}?)[\"”]\s+([A-ZÀ-ÞĀ-ž][\w'’-]+)")


# "4 UCHIDA Kenta (JPN) 10:11:48", "1. Jane Doe, 15:29:33": one result a line
# a point of the course before a place: the place is a position mid-race
_MID_RACE = re.compile(r"(?:\b(?:at|by|through|past|around|near)\s+(?:the\s+)?(?:halfway|midway|half(?:way)?[- ]point|turnaround|mile\s+\d+|km\s+\d+|\d+\s?(?:k|km|miles?)\s+mark|aid station|checkpoint)"
                       r"|\b(?:after|by|at the end of|through|into)\s+(?:the\s+)?(?:(?:loop|lap|yard|leg|stage|day)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)|(?:\w+)\s+(?:loops|laps|yards|legs|stages)|(?:first|second|third|fourth|fifth|sixth|opening|final)\s+(?:loop|lap|night|day|leg|stage|climb|half))"
                       r")\b[^.;]{0,30}$", re.I)
# a ruling's time: "an adjusted time of T", "his official time is T", "with the penalty applied"
_RULED_TIME = re.compile(r"\b(?:adjusted|official|corrected|amended|revised)\s+(?:finish(?:ing)?\s+)?time\b|\bpenalt(?:y|ies)\b|\bpenali[sz]ed\b", re.I)
_STAGE_WON = re.compile(r"\s+(?:the\s+|a\s+|two\s+|three\s+|four\s+|five\s+|\d\s+)?(?:[a-z]+\s+)?(?:stages?|opener|prologue)\b")
_STAGE_LABEL = re.compile(r"\s*(?:Stage|Day|Leg|Étape|Etappe)\s+\d+\b")
_DISQUALIFIED = re.compile(r"\b(?:(?:has|have|had)\s+been|was|were|is|got|gets|being)\s+(?:later\s+|subsequently\s+|since\s+|then\s+|officially\s+)?(?:disqualified|DQ['’]?e?d)\b")
# live coverage's positions: "X is fourth, four minutes back", "leaves Foresthill in 10:37,
# fifteenth overall", "arrives first in 9:02"
_LIVE_PLACE = re.compile(r"\b(?:is|are)\s+(?:now\s+|still\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b[^.;]{0,12},\s+(?:\w+\s+){1,3}(?:back|behind|down|adrift|off the lead)\b"
                         r"|\b(?:leaves|reaches|arrives at|passes through|comes through|rolls into|rolls through|hits)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+in\s+\d{1,2}:\d{2}\b"
                         r"|\barrives\s+(?:first|second|third|\w+th)\s+in\s+\d{1,2}:\d{2}\b")
# a live-blog entry opens on its clock stamp: "10:42 a.m. —", "14:05 -", "[14:05]", "Update, 9:30 p.m.:"
_LIVE_STAMP = re.compile(r"\s*(?:(?:update|updated|latest)\s*,?\s*)?\[?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?\]?\s*(?:[—–|:]|-\s)|\s*\d{1,2}:\d{2}\s+(?=[A-Z][a-z]+\s+[A-Z])", re.I)
_LIVE_FINISH = re.compile(r"\b(?:wins|won|winner|crosse[sd] the (?:finish|line)|finish(?:es|ed)\b(?!\s+(?:the|a)\s+(?:climb|section|loop|leg))|takes the (?:win|title|victory)|breaks the tape|final results?|official(?:ly)?)\b", re.I)
# a live-blog entry's clock stamp opening its line ("3:06 p.m. - FORESTHILL. Oshiro arrives in
# 10:06 elapsed."), not a transcript's "[00:01:12]" nor a by-the-numbers item's "0:00:04 -"
_LIVE_ENTRY = re.compile(r"(?:[A-Z][a-z]+,\s+)?\d{1,2}[:.]\d{2}(?![:.]?\d)\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?(?:[—–|]|-\s)", re.I)
# a finish told by its place in live coverage, to the second: "Brightwater is second in 15:51:10",
# "Third is Mendes in 16:20:33", "completes the podium in 16:20:33", "third woman in 17 hours, 58
# minutes and 2 seconds" (splits at aid stations are told to the minute; "third at Twin Lakes in
# 4:10:00" is a place on the way)
_LIVE_PLACED = re.compile(r"\b(?:\d{1,3}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|podium)\b(?:(?!\b(?:at|through|into|by|leaving|reaching|on)\b)[^.;]){0,60}?\bin\s+\d{1,3}(?::\d{2}:\d{2}\b|\s+hours?,\s+\d{1,2}\s+minutes?,?\s+and\s+\d{1,2}\s+seconds?\b)", re.I)
_WIRE_ITEM = re.compile(r"(?P<name>[A-ZÀ-ÞĀ-ž][\w'’.-]+(?:\s+[A-ZÀ-ÞĀ-ž][\w'’.-]+){1,3})\s*\((?P<nat>[A-Z]{2,3}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\)\s*[,–—-]?\s*(?P<time>\d{1,3}:\d{2}:\d{2}|\d{1,3}h\s?\d{2}(?:min|m|')\s?\d{2}(?:s|\")?)")
# "1 Euan MacRitchie Shettleston Harriers 3:12:44 *": a results-table row flattened to text,
# place, name (two words, or with a particle), club, time and the table's footnote marks
_CLUB_ROW = re.compile(r"^\s*(?:(?P<place>\d{1,3})\.?|(?P<cat>(?:[MFW]V?|V)\d{2}\+?))\s+(?P<name>[A-ZÀ-ÞĀ-ž][\w'’.-]+\s+(?:(?:van|von|de|der|den|da|du|di|la|le|del)\s+){0,2}[A-ZÀ-ÞĀ-ž][\w'’.-]+)"
                       r"(?:\s+(?P<club>[A-Z][^\d|\t]{0,50}?))?\s+(?P<time>\d{1,3}:\d{2}:\d{2})\s*(?P<marks>\*+|†+)?\s*$")
_LIST_LINE = re.compile(r"^\s*(?P<place>\d{1,3})(?:\.|\)|,|st|nd|rd|th)?(?:\s*[:–—]|\s+-)?\s+(?P<name>(?:(?:[A-ZÀ-ÞĀ-ž][\w'’.-]+|van|von|de|der|den|da|du|di|la|le|del|Ó)\s+){1,3}?[A-ZÀ-ÞĀ-ž][\w'’.-]+)\s*(?:\((?P<nat>[^)]{1,40})\)|(?:,\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}(?=\s*,)){1,3})?\s*[,–—-]?\s*(?P<time>\d{1,3}:\d{2}:\d{2}(?:\.\d{1,2})?|\d{1,3}h\s?\d{2}(?:min|m|')\s?\d{2}(?:s|\")?)\s*$")

# "5. Megan Ostrowski, Milwaukee, WI — 7:58:11", "1. Graham Pellow (GBR) 251.618 km — British M50
# record", "2. Eoin Fahy (Galway) — 73 yards, 489.5 km — assist": a numbered results line with a
# home town before its mark, a distance for its mark (a fixed-time race's), or a note after it;
# "1. Jane Roe F 34 Boulder CO 4:12:45": a results page's row with sex, age and home town
_MARK_LINE = re.compile(r"^\s*(?P<place>\d{1,3})(?:\.|\)|,|st|nd|rd|th)?(?:\s*[:–—]|\s+-)?\s+(?P<name>(?:(?:[A-ZÀ-ÞĀ-ž][\w'’.-]+|van|von|de|der|den|da|du|di|la|le|del|Ó)\s+){1,3}?[A-ZÀ-ÞĀ-ž][\w'’.-]+)"
                        r"\s*(?:\((?P<nat>[^)]{1,40})\)|(?:,\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}(?=\s*[,–—-])){1,3}|\s+[MFW]\s*\d{1,2}(?:\s+[A-Z][\w.'’-]*){0,3})?\s*[,:–—-]?\s*"
                        r"(?:(?P<time>\d{1,3}:\d{2}:\d{2}(?:\.\d{1,2})?|\d{1,3}h\s?\d{2}(?:min|m|')\s?\d{2}(?:s|\")?)|(?P<dist>\d{1,4}(?:[.,]\d{1,3})?)\s*(?P<unit>km|kilomet(?:er|re)s|mi|miles|yards|laps|loops)\b)"
                        r"(?P<rest>\s*(?:[,;(–—-].*)?)$")
# "Hannah Roe 3:58:21 (CR), " / "Dave Patel 70.9 mi; " / "Jo Achter, 41 yards (273.8 km)" / "Cody Vail,
# 32, Flagstaff, Ariz., 3:41:07; " / "Ben Ash DNF": an item of a terse results line (after its label),
# a runner (with an age and a town) with a mark and notes in brackets, or a runner who did not finish
_TERSE_ITEM = re.compile(r"(?:(?P<rank>\d{1,2})[.)]\s+)?(?P<name>(?:(?:[A-ZÀ-ÞĀ-ž][\w'’.-]+|van|von|de|der|den|da|du|di|la|le|del|Ó)\s+){1,3}?[A-ZÀ-ÞĀ-ž][\w'’.-]+)"
                         r"\s*(?:\((?P<nat>[^)\d]{1,40})\))?(?:,\s*\d{1,2}\b)?(?:,\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}(?=,)){0,3}\s*,?\s*"
                         r"(?:(?P<dnf>DNF|DNS|DQ|DSQ)\b|(?P<open>\()?(?:(?P<time>\d{1,3}:\d{2}:\d{2}(?:\.\d{1,2})?|\d{1,3}h\s?\d{2}(?:min|m|')\s?\d{2}(?:s|\")?)|(?P<dist>\d{1,4}(?:[.,]\d{1,3})?)\s*(?P<unit>km|kilomet(?:er|re)s|mi|miles|yards|laps|loops)\b)(?(open)\)))"
                         r"(?:\s*\((?P<alt>\d{1,4}(?:[.,]\d{1,3})?)\s*(?P<alt_unit>km|mi|miles)\))?"
                         r"(?P<note>(?:\s*\([^)]{1,40}\))*)"
                         r"\s*(?:[;,]\s*(?:and\s+)?|\s+and\s+|\s+(?=\d{1,2}[.)]\s)|\.?\s*$)")


# "Owen Pike, 34, Boulder, Colo. 16:01:22", "Ellie Vance – 4:20:11 (CR)": an unnumbered results line,
# a runner (with an age, a town or a nation) and a finish time
_BARE_LINE = re.compile(r"^\s*(?P<name>(?:(?:[A-ZÀ-ÞĀ-ž][\w'’.-]+|van|von|de|der|den|da|du|di|la|le|del|Ó)\s+){1,3}?[A-ZÀ-ÞĀ-ž][\w'’.-]+)"
                        r"\s*(?:\((?P<nat>[^)\d]{1,40})\))?(?:,\s*\d{1,2}\b)?(?:,\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}){0,3}\s*[,–—-]?\s*"
                        r"(?P<time>\d{1,3}:\d{2}:\d{2}(?:\.\d{1,2})?|\d{1,3}h\s?\d{2}(?:min|m|')\s?\d{2}(?:s|\")?)\s*(?P<marks>\([^)]{1,30}\)|(?:[–—-]\s*)?(?:CR|course record))?\s*$")


# a results line's note on the mark its runner broke: "previous 3:49:55 by Ana Ruiz, 2022", "old
# record: Ana Ruiz, 3:49:55 (2022)"
_EARLIER_MARK = re.compile(r"\b(?:previous|prior|old|former)(?:\s+(?:record|CR|best|mark))?\s*[:,]?\s+(?:"
                           r"(?P<t>\d{1,3}:\d{2}:\d{2})\s*,?\s*(?:by|from|of)?\s+(?P<name>[A-ZÀ-ÞĀ-ž][\w'’.-]+(?:\s+[A-ZÀ-ÞĀ-ž][\w'’.-]+){1,2})(?:\s*[,(]\s*(?P<y>(?:19|20)\d\d))?"
                           r"|(?P<name2>[A-ZÀ-ÞĀ-ž][\w'’.-]+(?:\s+[A-ZÀ-ÞĀ-ž][\w'’.-]+){1,2})\s*[,–—-]?\s*(?P<t2>\d{1,3}:\d{2}:\d{2})(?:\s*[,(]\s*(?P<y2>(?:19|20)\d\d))?)")


def _terse_items(text: str, start: int = 0) -> tuple[re.Match[str], list[re.Match[str]]] | None:
    """The label and the items of a terse results line ("Men: X 3:41:07 (CR); Y 3:49:52"), None
    when the line is not one from its label (at start) to its end."""
    label = pattern("terse_list_label").match(text, start)
    if label is None:
        return None
    items, pos = [], label.end()
    while pos < len(text):
        m = _TERSE_ITEM.match(text, pos)
        if m is None or m.end() == pos:
            return None
        items.append(m)
        pos = m.end()
    return (label, items) if items else None


# "- Cotswold Way Century (September): Gav Thornley, 30:18:42, 15th.": a list item labelled by
# its race; "- 50K: X, 3:41:20 (2017)" one labelled by a distance (a club's records list)
_LABELLED_ITEM = re.compile(r"\s*" + _BULLET + r"\s+(?P<label>[A-Z0-9][^:\n]{1,70}?)\s*:\s+(?=[A-ZÀ-ÞĀ-ž])")
# "won with 751.2 km, ahead of Poland's Kasia Wrona (702.9 km) and Italy's Chiara Bonomi (688.0 km)":
# the winner's podium, each runner with a mark in brackets
# ("in front of the Italian X (12h09'51") and of the French Y (12h16'04")": a translated report's list)
_PODIUM_ITEM = r"(?:[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?['’]s?\s+)?(?:of\s+)?(?:[a-z]+\s+)?[A-ZÀ-ÞĀ-ž][\w'’.-]+(?:\s+[A-ZÀ-ÞĀ-ž][\w'’.-]+){1,2}\s*\(\s*(?:\d{1,3}:\d{2}(?::\d{2})?|\d{1,2}\.\d{2}\.\d{2}|\d{1,3}h\s?\d{2}['’′]\s?\d{2}(?:[\"”″]|'')?|\d{1,4}(?:[.,]\d{1,3})?\s*(?:km|mi|miles|yards|laps))\s*\)"
# (one runner alone is the runner-up: "won in 8:21:47, four minutes clear of France's X (8:25:30)")
# ("with a margin of almost half an hour on the Swiss X (14h08'30")": a translated report's runner-up)
_AHEAD_PODIUM = re.compile(r"\b(?:ahead of|in front of|clear of|from|followed by|(?:margin|advantage|gap|lead) of [^.;()]{1,40}? (?:on|over))\s+(?P<items>" + _PODIUM_ITEM + r"(?:(?:\s*,\s*" + _PODIUM_ITEM + r")*,?\s+and\s+" + _PODIUM_ITEM + r")?)(?!\s*(?:,\s*)?(?:and\s+)?[A-Z])")
_PODIUM_NAME = re.compile(r"(?:(?P<poss>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?['’]s?)\s+)?(?:[a-z]+\s+)?(?P<name>[A-ZÀ-ÞĀ-ž][\w'’.-]+(?:\s+[A-ZÀ-ÞĀ-ž][\w'’.-]+){1,2})\s*\(\s*(?P<mark>[^)]+?)\s*\)")
# "DNF Calum Strachan Moray RR", "- Terry Hargreaves — DNF at 18 miles", "Marcus Odum — Wasatch
# Front 100 — DNS (Covid)": a results list's line for a runner who started (or was entered) and has no result
_DNF_LINE = re.compile(r"^\s*(?:" + _BULLET + r"\s+)?(?:(?:DNF|DNS|DQ)\s+(?P<a>(?:[A-ZÀ-ÞĀ-ž][\w'’.-]+\s+){1,2}?[A-ZÀ-ÞĀ-ž][\w'’.-]+)\b"
                       r"|(?P<b>(?:[A-ZÀ-ÞĀ-ž][\w'’.-]+\s+){1,2}?[A-ZÀ-ÞĀ-ž][\w'’.-]+)\s+[—–-]\s+(?:[^—–\n]{1,60}?\s+[—–-]\s+)?(?:DNF|DNS|DQ|did not (?:finish|start)|retired|dropped|withdrew|timed out)\b)")
# "Danny Ferris, Ellie Ferris and Joe Pinder all finished the 50 together in 14:02:16", "Sarah and
# Mark Illingworth ran it together ... hand in hand in 12:30:02": runners who finished as one
_GROUP_NAME = r"[A-ZÀ-ÞĀ-ž][\w'’-]+(?:\s+[A-ZÀ-ÞĀ-ž][\w'’-]+)?"
_GROUP_FINISH = re.compile(r"(?<![\w'’-])(?P<group>" + _GROUP_NAME + r"(?:,\s+" + _GROUP_NAME + r")*,?\s+and\s+" + _GROUP_NAME + r")\s+(?:all\s+|both\s+)?(?:ran|finished|crossed|completed|came\s+home|did)\b")
_TOGETHER = re.compile(r"\b(?:together(?!\s+(?:through|for|until|till|over|at|into|to|from|past|up|down|on|in\s+the\s+(?:early|first|lead|chase)))|hand in hand|side by side|joint\s+(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\b", re.I)
_LABEL_CONNECTORS = frozenset({"of", "the", "and", "&", "de", "du", "la", "le", "to", "on", "in", "at"})

def _podium_items(text: str) -> list[tuple[str, int, str]]:
    """(name, offset, mark) of each runner of an "ahead of Y (702.9 km) and Z (688.0 km)" list."""
    m = _AHEAD_PODIUM.search(text) if "(" in text else None
    if m is None:
        return []
    out = []
    for item in _PODIUM_NAME.finditer(text, m.start("items"), m.end("items")):
        name = re.sub(r"^(?:\S+['’]s?\s+)+", "", item.group("name"))
        words = name.split()
        if len(words) == 3 and words[0].lower() in _nationality_words():
            name = " ".join(words[1:])  # "the Italian Matteo Benedetti"
        out.append((person_name(name), item.end("name") - len(name), item.group("mark")))
    return out

def _cheap_names(info: SentInfo, lower_words: set[str] | frozenset[str] = frozenset()) -> list[tuple[int, str, bool]]:
    """Capitalized sequences that look like a person's name (no model): used everywhere so
    that names in sentences the gate leaves out still resolve surnames and show racing."""
    text = info.sent.text
    out = []
    prefix = set(cues()["name_prefix_words"]) | set(cues()["nationalities"]) | _EN_STOP
    for m in _NICKNAMED.finditer(text):
        cand = f"{m.group(1)} {m.group(3)}"
        if _valid_full_name(cand):
            out.append((info.sent.start + m.start(), cand, False))
    for m in _CAPS_FIRST.finditer(text):  # "MIYAZAKI Haruka": the surname in capitals first
        cand = person_name(m.group(1))
        if _valid_full_name(cand) and not any(r.start <= info.sent.start + m.start(1) < r.end for r in info.races):
            out.append((info.sent.start + m.start(1), m.group(1), False))
    for m in _CAP_SEQ.finditer(text):
        if text[max(0, m.start(1) - 1) : m.start(1)] in "\"“" and text[m.end(1) : m.end(1) + 1] in "\"”" and m.start(1) > 0:
            continue  # 'Tomás "Tommy Rocket" Ibarra': the quoted nickname is no name
        if len(m.group(1).split()) >= 4 and re.match(r"[ \t]+(?:Park|State|Forest|Reserve|Recreation|Area|Center|Centre|Trail|Road|Street|Hall|Stadium|Lake|River|Mountain|Preserve)\b", text[m.end(1) :]):
            continue  # "William B. Umstead State Park": a long capitalized run into a place word names a place
        words = m.group(1).split()
        start = info.sent.start + m.start(1)
        while words and (words[0].lower().strip("'’") in prefix or re.search(r"['’](?:s|m|re|ve|ll|d)?$|-(?:based|born|bred|raised)$", words[0])):  # "I'm Marta Lind", "Whistler-based X"
            start = info.sent.start + text.index(words[1], start - info.sent.start + len(words[0])) if len(words) > 1 else start
            words = words[1:]
        if len(words) >= 4 and words[0].lower() in ("last", "this", "next", "early", "late") and words[1].lower() in _DATE_WORDS:
            start = info.sent.start + text.index(words[1], start - info.sent.start + len(words[0]))
            words = words[1:]  # "Last June Ewan Crook": the month follows
        if len(words) >= 3 and words[0].lower() in _DATE_WORDS and (
                words[0].lower() not in _MONTH_GIVEN_NAMES or _DATING_WORD.search(text[: start - info.sent.start])):
            # "In December Ruth Adair ran", "On Saturday Ewan Crook was third": a date before the
            # name, with no comma (a month that is also a given name only after a dating word)
            start = info.sent.start + text.index(words[1], start - info.sent.start + len(words[0]))
            words = words[1:]
        if len(words) > 3 and " ".join(words[:2]).lower() in prefix:  # "New Zealander Kate Moana"
            start = info.sent.start + text.index(words[2], start - info.sent.start)
            words = words[2:]
        if len(words) < 2 or re.search(r"['’]s?$", words[-1][:-2] if words[-1].endswith(("'s", "’s")) else ""):
            continue
        cand = " ".join(words)
        if any(r.start <= start < r.end for r in info.races):
            continue
        if any(w in lower_words for w in words[1:]) or (words[0] in lower_words and words[0].lower() not in _given_word_names()):
            continue  # "Letting Go" in a heading: words the text also writes in lower case (not "Mark Ostrander")
        if _valid_full_name(person_name(cand)):
            prep = re.search(r"\b(?:from|in|at|near|into|through|across|toward|towards|outside|around|via|on|reach|reached|reaches|reaching|(?:up|down|back|climb|descent|descend|descending|climbing)\s+to)\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?$", text[: start - info.sent.start])
            possessive = re.search(r"['’]s?$", cand) is not None  # "outside Bereznowska's record": a person's
            end = start - info.sent.start + len(cand)
            possessive = possessive or re.match(r"['’]s?\b|(?:\s*\([^()]{1,30}\))?,\s+(?:whom?|whose)\b", text[end : end + 40]) is not None  # "from X (Japan), who": a person
            # "took the course record from X", "took the lead from X": a person the thing was taken from
            possessive = possessive or _HELD_FROM.search(text, max(0, start - info.sent.start - 60), start - info.sent.start) is not None
            out.append((start, cand, bool(prep) and not possessive))
    return out


@cache
def _alias_stems() -> dict[str, list[Any]]:
    """Gazetteer alias stems shared by sister races ("Canyons" of "Canyons 100K" and "Canyons
    100 Mile"), built once per process."""
    stems: dict[str, list[Any]] = {}
    for race in finder().races:
        for alias in [race.name, *race.aliases]:
            m = re.fullmatch(r"(.+?)\s+(?:\d+(?:\s?(?:K|k|km|Mile|mi|M))?|\d{1,3}[- ]Hours?(?: Race| Run)?)", alias)
            if m and len(m.group(1)) >= 5 and not m.group(1).isupper() and m.group(1).lower() not in finder().stems:
                lst = stems.setdefault(m.group(1), [])
                if race not in lst:
                    lst.append(race)
    return stems


_LINE = re.compile(r"[^\n]+")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
_VERB_FORM = re.compile(r"[A-Z][a-z]+(?:ing|ed|s)")
_GERUND = re.compile(r"[A-Z][a-z]+ing")
_HEADLINE_WORD = re.compile(r"[A-Za-z][\w'’-]{3,}")


def _title_case(line: str) -> bool:
    words = _HEADLINE_WORD.findall(line)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


_HEADING_DISTANCE = re.compile(r"\s*(?:the\s+)?(?:(?:men|women)['’]s\s+)?(?P<n>\d+(?:\.\d+)?|six|twelve|three|ten)[\s-]*(?P<u>miles?|mi|km|k|kilomet(?:er|re)s?|hours?|h|days?)\b", re.I)


def _distance_of_event(a: str | None, b: str | None, a_distance: bool, b_distance: bool) -> bool:
    """Whether one name is a record distance ("24 hours", "100 miles") and the other an event
    over it ("Apeldoorn 24 Hour", "Tunnel Hill 100"): two names for one record."""
    if a is None or b is None or a_distance == b_distance:
        return False
    dist, event = (a, b) if a_distance else (b, a)
    if dist == "backyard ultra":
        return re.search(r"\bbackyard\b", event, re.I) is not None  # "Big's Backyard Ultra": a backyard's record
    m = re.fullmatch(r"(\d+(?:\.\d+)?) (hours|days|miles|km)", dist)
    if m is None:
        return False
    race = finder().lookup(event)
    if race is not None and race.distance_label is not None:
        return _label_km(race.distance_label) == _label_km(f"{m.group(1)} {'mi' if m.group(2) == 'miles' else 'km'}")
    unit = {"hours": r"(?:hours?|hr|h)", "days": r"(?:days?|d)", "miles": r"(?:miles?|mi|m)", "km": r"(?:km|k)"}[m.group(2)]
    return re.search(rf"\b{re.escape(m.group(1))}[- ]?{unit}\b", event, re.I) is not None


def _fixed_span(race: RaceMention) -> RaceMention | None:
    """The duration a fixed-time event's record is over: "Colac Six Day Race" -> 6 days."""
    fm = pattern("fixed_time").search(race.name.lower())
    span = None
    if fm is not None and fm.group("n"):
        span = f"{fm.group('n')} hours"
    elif fm is not None and (fm.group("days") or fm.group("ndays")):
        span = f"{int(number(fm.group('days') or fm.group('ndays')) or 0)} days"
    return RaceMention(race.start, race.end, race.text, span, "distance", span, "phrase") if span is not None else None


def _label_km(label: str | None) -> float | None:
    """Kilometres of a distance label ("6.5 km", "50 mi"), None when it names no distance."""
    m = re.match(r"\s*(\d+(?:\.\d+)?)\s*(km|mi)\b", label or "")
    if not m:
        return None
    return float(m.group(1)) * (1.609344 if m.group(2) == "mi" else 1.0)


def _gender_marker(text: str) -> str | None:
    """'F' or 'M' when a sentence says whose record it talks about ("For women,", "the men's mark")."""
    f = re.search(r"\b(?:women|woman|female|ladies)\b", text, re.I)
    m = re.search(r"\b(?:men|man|male)\b", text, re.I)
    if f and not m:
        return "F"
    if m and not f:
        return "M"
    return None


def _heading_distance(info: SentInfo) -> RaceMention | None:
    """A heading that is a record distance: "50 miles", "100 km", "24 hours", "Six days"."""
    m = _HEADING_DISTANCE.match(info.sent.text)
    if not m:
        return None
    n = number(m.group("n"))
    if n is None:
        return None
    u = m.group("u").lower()
    n_txt = str(int(n)) if float(n).is_integer() else str(n)
    if u.startswith("h"):
        label = f"{n_txt} hours"
    elif u.startswith("d"):
        label = f"{n_txt} days"
    else:
        label = distance(float(n), "mi" if u.startswith("mi") else "km")[1]
    s = info.sent.start + m.start("n")
    return RaceMention(s, info.sent.start + m.end(), m.group(0).strip(), label, "distance", label, "heading")


# a runner's mark at a fixed-time race: "72.4 km", "41 yards", "112 laps"
_MARK_IN_LINE = re.compile(r"(?<![\w.])\d{1,4}[.,]\d{1,3}\s?(?:km|mi|miles|kilomet(?:er|re)s)\b|(?<![\w.])\d{1,4}\s(?:yards|laps|loops)\b")


def _is_heading(info: SentInfo, in_block: bool = False) -> bool:
    """A block of one short line without closing punctuation: a sub-heading (in_block: a line
    of its own inside a block of short lines, too)."""
    if not (info.sent.line_start or in_block) or info.sent.table is not None:
        return False
    t = info.sent.text.strip()
    if re.match(_BULLET + r"\s", t):
        return False  # "- Giulia Zanetti (Italy) — third here last year": a list's first item
    words = [w for w in t.split() if w not in ("|", "·", "•", "–", "—", "-")]
    # "Bandera 100K | Bandera, Texas | January 10", "Grand Ravine 6 Hour (Kelowna, B.C.) — Oct. 12"
    limit = 12 if re.search(r"\s[|·•–—]\s", t) else 8
    return len(words) <= limit and not re.search(r"[.!?:;,\"”]$", t) \
        and not re.search(r"\d:\d\d", t) and not _MARK_IN_LINE.search(t)  # a line with a runner's mark is a result, not a heading


def _heading_year(info: SentInfo) -> int | None:
    """The year a sub-heading opens with ("1981: Two finishers"): it dates its section."""
    m = pattern("year_heading").match(info.sent.text)
    return int(m.group("year")) if m else None


_COMMON_OPENERS = {
    "there", "nobody", "if", "we", "two", "three", "last", "i'd", "i", "i'm", "it's", "one", "what",
    "when", "while", "where", "why", "how", "once", "now", "yet", "still", "even", "only", "both",
    "every", "each", "some", "many", "most", "few", "all", "no", "not", "instead", "meanwhile",
    "later", "earlier", "behind", "ahead", "further", "among", "despite", "although", "though",
    "because", "since", "until", "unlike", "like", "as", "on", "for", "from", "with", "without",
    "by", "to", "of", "over", "under", "into", "through", "across", "around", "near", "next",
    "first", "second", "third", "finally", "eventually", "already", "again", "also", "so", "or",
    "nor", "this", "these", "those", "that", "his", "her", "their", "our", "my", "your",
}


# verbs that follow a person, not a place ("Park was fourth", "Anna Hill won")
_PERSON_VERBS = r"was|is|won|wins|finished|finishes|took|takes|ran|runs|set|sets|placed|came|crossed|clocked|said|says|told|led|leads|dropped|had|has"


@cache
def _surname_place_words() -> frozenset[str]:
    return frozenset(cues()["surnames_also_place_words"])


@cache
def _given_word_names() -> frozenset[str]:
    return frozenset(cues()["given_names_also_words"])


@cache
def _nationality_words() -> frozenset[str]:
    return frozenset(cues()["nationalities"])


@cache
def _plain_capitals() -> frozenset[str]:
    """Words that, capitalized, still name nobody: English function words ("Here", "Within"),
    number words ("Eighteen", "Sixth"), and countries and states ("France", "Oregon"); given
    names that are also words ("Will", "Jordan") are left to the NER."""
    c = cues()
    words = set(STOP_WORDS) | set(c["number_words"]) | set(c["ordinals"]) | set(c["place_names"])
    return frozenset(words - set(c["given_names_also_words"]))


# a capitalized word whole: "Jean-Luc", "D'Haene", "McDonald" (not "Jean-" or "D'")
_CAPITAL_WORD = re.compile(r"(?<![\w'’-])[A-ZÀ-ÞĀ-ž][a-zà-ÿĀ-ž'’][\w'’]*(?:-[\w'’]+)*")
# "I'd", "We've", "They're": a pronoun with its contraction
_PRONOUN_CONTRACTION = re.compile(r"(?:I|We|You|They|He|She|It)['’](?:d|ve|ll|m|re|s)", re.I)


def _unexplained_capitals(info: SentInfo, known: set[str], lower_words: set[str]) -> bool:
    """A capitalized word that is no sentence opener, race, known name word or common word:
    something only the NER can tell (a one-word name, a team, a place)."""
    text = info.sent.text
    for m in _CAPITAL_WORD.finditer(text):
        word = m.group(0).rstrip("'’s") if m.group(0).endswith(("'s", "’s")) else m.group(0)
        if m.start() == 0 and _STARTERS.match(text):
            continue
        if word in known or word in lower_words or word.lower() in _not_name_words():
            continue
        low = word.lower()
        if low in _nationality_words() or low in finder().alias_words or (m.start() == 0 and low in _COMMON_OPENERS):
            continue  # "American", "Comrades", "There": nothing for the NER to find
        if low in _plain_capitals() or _PRONOUN_CONTRACTION.fullmatch(word):
            continue
        if m.group(0).endswith(("'s", "’s")) and re.match(r"\s+[A-ZÀ-ÞĀ-ž]", text[m.end() : m.end() + 2]):
            continue  # "Norway's Ingrid Halvorsen": a country before a name
        if any(r.start <= info.sent.start + m.start() < r.end for r in info.races):
            continue
        # "of Tucson", "at Robinson Flat": a capitalized word after a preposition is a place
        if re.search(r"\b(?:at|in|of|from|near|to|through|past|outside|into|toward|towards|via|around|on|by|between|and|[A-Z][a-z]+)\s+(?:the\s+)?$", text[max(0, m.start() - 20) : m.start()]):
            continue
        return True
    return False


_WORD_OR_HYPHEN = re.compile(r"[\w-]")


@cache
def _club_after() -> re.Pattern[str]:
    """A club's word after a name ("Wharfedale Wayfarers AC")."""
    return re.compile(r"[ \t]+" + pattern("club_suffix_cs").pattern)


_GIVEN_START = re.compile(r"(?<![\w'’-])[A-Z][a-zà-ÿĀ-ž]")
_GIVEN_TWO = re.compile(r"([A-Z][a-zà-ÿĀ-ž][\w'’-]*[ \t]+[A-Z][a-zà-ÿĀ-ž][\w'’-]*)[ \t]+([\w'’-]+)")
_GIVEN_ONE = re.compile(r"([A-Z][a-zà-ÿĀ-ž][\w'’-]*)[ \t]+([\w'’-]+)")
_NAME_RUN = re.compile(r"[\w'’-]+")  # a run of the characters a name is written in


def _before_surnames(text: str, surnames: set[str]) -> Iterator[tuple[int, str, str]]:
    r"""(start, given names, surname) for one or two capitalized words before a known surname:
    the matches of `(?<![\w'’-])(W(?:[ \t]+W)?)[ \t]+(surname1|...)(?![\w'’-])` (W a capitalized
    word), found without compiling that pattern for each document's surnames."""
    if not all(_NAME_RUN.fullmatch(x) for x in surnames):
        rx = re.compile(r"(?<![\w'’-])([A-Z][a-zà-ÿĀ-ž][\w'’-]*(?:[ \t]+[A-Z][a-zà-ÿĀ-ž][\w'’-]*)?)[ \t]+("
                        + "|".join(re.escape(x) for x in surnames) + r")(?![\w'’-])")
        yield from ((m.start(), m.group(1), m.group(2)) for m in rx.finditer(text))
        return
    after = 0
    for w in _GIVEN_START.finditer(text):
        p = w.start()
        if p < after:
            continue
        for rx in (_GIVEN_TWO, _GIVEN_ONE):  # the regex tries two given words before one
            m = rx.match(text, p)
            if m is not None and m.group(2) in surnames:
                yield p, m.group(1), m.group(2)
                after = m.end()
                break


# "trained by the former skyrunner X", "Paced over Hope Pass by his friend X"
_COACHED_BY = re.compile(r"\b(?:coached|trained|guided|mentored|managed|paced|crewed)\b[^.;,]{0,30}?\bby\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,4}$", re.I)
# "Her coach, former national team mountain runner X": a role the name stands in apposition to
_ROLE_APPOSED = re.compile(r"\b(?:coach|pacer|husband|wife|director|referee|crew chief|training partner)\b,[^.;,]{0,50}$", re.I)
_OWN_RUN = re.compile(r"['’]s?\s+(?:(?:first|second|third|last|latest|previous|earlier|\d{4}|record|FKT|solo|winning)\s+)?(?:attempt|bid|run|effort|race|debut|victory|win)\b")  # "X's attempt in 2023 ended"
_PRIZE_AFTER = re.compile(r"\s+(?:medals?|trophy|trophies|award|awards|cup|memorial|prize|shield|plate|bursary)\b", re.I)
# "X, who coaches ...", "X, who has covered the race for the Inyo Register since 2009"
_WHO_ROLE = re.compile(r",?\s+who\s+(?:now\s+|has\s+|had\s+|also\s+)?(?:coaches|coached|directs|directed|organi[sz]es|organi[sz]ed|paced|crewed|photographs|photographed|commentates|commentated"
                       r"|reports on|reported on|(?:covers|covered) (?:the|this) (?:race|event|sport))\b")
# "Jim Walmsley's American record of 6:09:26", "Gerda Steyn's down-run best": a holder's own mark
_OWN_MARK = re.compile(r"['’]s\s+from\s+(?:19|20)\d\d\b|['’]s?\s+(?:[\w-]+\s+){0,3}?(?:record|best|mark|FKT)s?\b(?!\s+(?:field|crowd|entry|number|turnout|heat|temperatures?)\b)")
# "taking the old mark of 5:32:10 from X", "beating the 661.5 km of Japan's X": the mark's holder
_MARK_FROM = re.compile(r"(?:\b(?:record|mark|best|FKT)\b[^.;]{0,30}?\bfrom|\d(?:\s*(?:km|mi|miles|kilomet(?:er|re)s))?\s+of)\s+(?:[A-Z][\w-]*['’]s\s+)?$")
# "a strong attempt by X", "A huge effort from X", "(bettered in 2023 by X, 21:02:18)": a performance's runner
_PERF_BY = re.compile(r"\b(?:(?:attempt|bid|effort|run|performance|FKT)\s+(?:by|from)|(?:bettered|broken|beaten|lowered|improved|eclipsed)\s+(?:in\s+(?:19|20)\d\d\s+)?by)\s+$", re.I)
_WHO_RACED = re.compile(r",\s+who\s+(?:also\s+|had\s+|has\s+|once\s+)?(?:ran|raced|won|finished|completed|set|broke)\b(?![^.;]*\b(?:times|commentat\w*)\b)")
_RUN_BY = re.compile(r"\b(?:run|set|won|clocked|covered|recorded)\s+by\s+(?:[A-ZÀ-ÞĀ-ž][\w'’.-]+\s+){1,3}(?:and|&)\s+$")
_NOT_LOWER_START = re.compile(r"[^\W\d_a-z]")
_BRACKETED_AFTER_NAME = re.compile(r"[A-ZÀ-ÞĀ-ž][\w'’.-]+[ \t]+\($")


class Literals:
    """Leftmost-longest, non-overlapping matches of literal names in a text, the same matches as
    the regex `(?<![B])(name1|name2|...)(?:['’]s?)?(?![B])` (B: `boundary`, the possessive only
    when asked) would give. A document's names change from one document to the next, and
    compiling a regex of them for each costs more than this dictionary walk over word starts."""

    def __init__(self, names: Iterable[str], boundary: str, possessive: bool = False) -> None:
        self._boundary = re.compile(rf"[{boundary}]")
        self._suffixes = ("'s", "’s", "'", "’", "") if possessive else ("",)
        self._by_key: dict[str, list[str]] = {}
        for name in sorted(set(names), key=len, reverse=True):
            key = re.match(r"\w+", name)
            if key is None:
                raise ValueError(f"a name must start with a word character: {name!r}")
            self._by_key.setdefault(key.group(0), []).append(name)
        # names nearly always start with a capital: then only the words that do need a look
        capital = all(_NOT_LOWER_START.match(k) for k in self._by_key)
        self._starts = re.compile(rf"(?<![{boundary}])" + (r"[^\W\d_a-z]\w*" if capital else r"\w+"))

    def finditer(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, name) of each match; the end leaves out a possessive."""
        after = 0
        for w in self._starts.finditer(text):
            p = w.start()
            if p < after:
                continue
            for name in self._by_key.get(w.group(0), ()):
                if not text.startswith(name, p):
                    continue
                e = p + len(name)
                end = next((e + len(x) for x in self._suffixes if text.startswith(x, e)
                            and not (e + len(x) < len(text) and self._boundary.match(text, e + len(x)))), None)
                if end is not None:
                    yield p, e, name
                    after = end
                    break


class Names:
    """Full names of a document and the resolution of surname / first-name mentions."""

    def __init__(self) -> None:
        self.full: dict[str, int] = {}  # canonical -> first offset
        self.singles: set[str] = set()
        self.role_marked: set[str] = set()
        self._rx: tuple[tuple[str, ...], Literals] | None = None
        self._folded: dict[str, str] = {}
        self._maps: tuple[dict[str, list[str]], dict[str, list[str]]] = ({}, {})

    def add(self, text: str, offset: int, listed: bool = False) -> str | None:
        name = person_name(text)
        words = name.split()
        lead = set(cues()["nationalities"]) | set(cues()["name_prefix_words"])
        while len(words) > 2 and (words[0].lower().strip(".'’") in lead or _DEMONYM.search(words[0]) and len(words[0]) > 6):
            words = words[1:]  # "American Noah Castell", "Canarian Adrián Mederos", "Montrealer Chloé Fortin-Roy"
        while len(words) > 3 and " ".join(words[:2]).lower() in lead:
            words = words[2:]  # "New Zealander Kate Moana", "South African Thabo Nkosi"
        while len(words) > 2 and re.search(r"-(?:based|born|bred|raised)$", words[0], re.I):
            words = words[1:]  # "Whistler-based Haruka Iwasaki", "Kenyan-born Ruth Chebet"
        poss = [i for i, w in enumerate(words[:-2]) if re.search(r"['’]s$", w)]
        if poss:
            words = words[poss[-1] + 1 :]  # "Hong Kong's Lau Ka-yan", "Canmore's Ben Theriault"
        elif len(words) >= 3 and re.search(r"['’]s$", words[-2]) and not all(w.lower().strip("'’s") in place_words() for w in words[:-1]):
            words = words[:-1]  # "Nora Baptiste's Leadville": the runner's race, not her name
            words[-1] = re.sub(r"['’]s$", "", words[-1])
        name = " ".join(words)
        if all(w.lower() in place_words() for w in words):
            return None  # "Great Britain", "New South Wales": a place in capitals
        if _valid_full_name(name, listed):
            key = self._merge(name)
            self.full[key] = min(self.full.get(key, offset), offset)
            self._rx = None
            return key
        if len(name.split()) == 1 and name[:1].isupper():
            self.singles.add(name)
        return None

    def _merge(self, name: str) -> str:
        key = fold(name)
        flipped = " ".join(reversed(key.split())) if len(key.split()) == 2 else None
        for known in self.full:
            fk = self._folded.setdefault(known, fold(known))
            if fk == key or fk == flipped:  # "IWASAKI Ryota" in a results list is Ryota Iwasaki
                return known
        return name

    def complete_namesakes(self, text: str) -> None:
        """Other full names with a known surname ("Hallie Brenner" in an ungated lead sentence
        when only her husband "Aaron Brenner" was tagged)."""
        surnames = {n.split()[-1] for n in self.full}
        if not surnames:
            return
        for m_start, given, surname in _before_surnames(text, surnames):
            first_words = given.split()
            while first_words and (first_words[0].lower() in cues()["name_prefix_words"] or first_words[0].lower() in _not_name_words()
                                   or re.search(r"['’]s?$|-(?:based|born|bred|raised)$", first_words[0]) or first_words[0].lower() in cues()["nationalities"]
                                   or (len(first_words) > 1 and _DEMONYM.search(first_words[0]) and len(first_words[0]) > 6)):
                first_words = first_words[1:]
            if not first_words:
                continue
            prev = text[max(0, m_start - 2) : m_start]
            if len(first_words) == len(given.split()) and re.search(r"(?:^|[.!?]\s|\n)$", prev) and first_words[0].lower() in _EN_STOP:
                continue
            cand = " ".join(first_words + [surname])
            if _valid_full_name(cand) and not any(fold(cand) == fold(k) for k in self.full):
                if any(k.endswith(" " + cand) for k in self.full):
                    continue
                shorter = [k for k in self.full if cand.endswith(" " + k)]
                if shorter:  # "Reyes Aranda" was tagged, "Sofía Reyes Aranda" is the fullest form
                    for k in shorter:
                        self.full[cand] = min(self.full.pop(k), m_start)
                    continue
                self.full.setdefault(cand, m_start)

    def drop_headline_garbles(self, text: str) -> None:
        """Headline capitals glue words to names: "What I Learned Watching Camille Herron",
        "Walker Wins, Valcourt Lowers the Mark". A name seen only in title-case lines that
        wraps a known name or borrows one of its words is no one; a gerund before a full
        name ("Watching Camille Herron") is not part of it."""
        lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
        headline = [(a, b) for a, b in lines if a == lines[0][0] or _title_case(text[a:b])]
        lower_words = set(_LOWER_WORD.findall(text))

        headline_verbs = set(raw_patterns()["race_name_headline_verbs"])

        def common(w: str) -> bool:  # a word the text also writes in lower case, or a verb form
            return w.lower() in lower_words or bool(_VERB_FORM.fullmatch(w)) or w.lower() in headline_verbs

        def in_headline(pos: int) -> bool:
            return any(a <= pos < b for a, b in headline)

        for name in list(self.full):
            words = name.split()
            if len(words) >= 3 and _GERUND.fullmatch(words[0]) and _valid_full_name(" ".join(words[1:])):
                rest = " ".join(words[1:])
                self.full[rest] = min(self.full.pop(name), self.full.get(rest, len(text)))
                continue
            only_headlines, seen, i, described = True, False, text.find(name), True
            while i >= 0 and only_headlines:
                j = i + len(name)
                if not (i > 0 and (text[i - 1].isalnum() or text[i - 1] in "'’-")) and not (j < len(text) and (text[j].isalnum() or text[j] in "'’-")):
                    seen = True
                    only_headlines = in_headline(i)
                    described = described and _HEADLINE_DESCRIBED.search(text, max(0, i - 40), i) is not None
                i = text.find(name, i + 1)
            if not seen or not only_headlines:
                continue
            if described:
                del self.full[name]  # "Nolan's 14, the Sawatch's Cruelest Line": a headline's epithet, no one
                continue
            others = [k for k in self.full if k != name]
            wraps = any(f" {k} " in f" {name} " and all(common(w) for w in name.replace(k, " ").split()) for k in others)
            borrows = len(words) == 2 and any(words[0] == k.split()[-1] and common(words[1]) for k in others)
            if wraps or borrows:
                del self.full[name]
        self._rx = None

    def absorb_suffixes(self) -> None:
        """"Reyes Aranda" is "Sofía Reyes Aranda": a full name that ends another one is it."""
        for short in [n for n in self.full if any(k != n and k.endswith((" " + n, "-" + n)) for k in self.full)]:
            longest = max((k for k in self.full if k.endswith((" " + short, "-" + short))), key=len)
            self.full[longest] = min(self.full[longest], self.full.pop(short))

    def drop_month_openers(self, text: str) -> None:
        """"In May Oyelaran was first woman": a month-named "name" only ever met after a word
        that dates ("in", "during", "last") is the month and a surname."""
        for name in [n for n in self.full if n.split()[0].lower() in _MONTH_GIVEN_NAMES]:
            starts = [m.start() for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)]
            if starts and all(_DATING_WORD.search(text[max(0, h - 12) : h]) for h in starts):
                first_seen = self.full.pop(name)
                month, rest = name.split(maxsplit=1)
                if len(rest.split()) >= 2:  # "In June Rita Vale won": the name is "Rita Vale"
                    self.full.setdefault(rest, first_seen + len(month) + 1)

    def drop_landforms(self, text: str) -> None:
        """"Fields Hill", "Mowich Lake": a pair ending in a landform word that doubles as a surname
        ("Lena Park") is a person only when the text treats it as one: "Park was fourth", "Lena
        Park (KOR)", "Anna Hill, 34," or a racing verb right after it."""
        for name in [n for n in self.full if n.split()[-1].lower() in _surname_place_words()]:
            surname = re.escape(name.split()[-1])
            person_after = r"(?:\s*\((?:[A-Z]{2,3}|\d{2}|[FMW]\d{2})\)|,\s+\d{2}\b|['’]s\s+[a-z]|\s+(?:" + _PERSON_VERBS + r")\b)"
            if not (re.search(r"(?<![\w-])" + re.escape(name) + person_after, text)
                    or re.search(r"(?<![\w'’-])(?<![A-Z][a-z]\s)(?<![A-Z][a-z]{2}\s)(?<![A-Z][a-z]{3}\s)(?<![A-Z][a-z]{4}\s)(?<![A-Z][a-z]{5}\s)"
                                 + surname + r"\s+(?:" + _PERSON_VERBS + r")\b", text)):
                del self.full[name]
        self._rx = None

    def drop_places(self, text: str) -> None:
        """A "name" that only ever follows a preposition ("from Sai Kung", "at Kirk Yetholm") is a place."""
        if not self.full:
            return
        hits_of: dict[str, list[int]] = {}
        for m_start, m_end, name in Literals(self.full, r"\w-").finditer(text):
            if re.match(r"['’]s?\b|(?:\s*\([^()]{1,30}\))?,\s+who(?:m|se)?\b", text[m_end : m_end + 40]) or _HELD_FROM.search(text, max(0, m_start - 60), m_start):
                # a possessive is a person's, "X, who" ("X (Japan), who") a person; "took the record from X" a person
                hits_of.setdefault(name, []).append(-1)
                continue
            if re.search(r"\bthe\s+$", text[max(0, m_start - 5) : m_start]) and _GEO_NOUN_AFTER.match(text[m_end : m_end + 20]):
                hits_of.setdefault(name, []).append(-2)  # "the Sai Kung peninsula": a place's name
                continue
            hits_of.setdefault(name, []).append(m_start)
        for name in list(self.full):
            if -2 in hits_of.get(name, []) and all(h == -2 or re.search(_PLACE_PREP, text[max(0, h - 30) : h]) for h in hits_of[name]):
                del self.full[name]
                continue
            hits = hits_of.get(name, [])
            if hits and -1 not in hits and all(re.search(_PLACE_PREP, text[max(0, h - 30) : h]) for h in hits):
                del self.full[name]

    def drop_clubs(self, text: str) -> None:
        """"Borrowdale Fellrunners", "Wharfedale Wayfarers" (the text writes "Wharfedale
        Wayfarers AC"): a name that ends in a club's word, or that the text follows with one,
        is a club."""
        club = pattern("club_suffix_cs")
        club_after = _club_after()
        for name in list(self.full):
            # the name's occurrences, found with str.find: a pattern per name per document would
            # be compiled ~3,000 times a dev pass
            starts, at = [], text.find(name)
            while at >= 0:
                if not (at > 0 and _NAME_RUN.match(text, at - 1)):
                    starts.append(at)
                at = text.find(name, at + 1)
            if club.fullmatch(name.split()[-1]) or any(club_after.match(text, at + len(name)) for at in starts):
                del self.full[name]
                continue
            # "Sinead Harte (Raheny Shamrocks)": a name written only in brackets right after
            # another name is that runner's club, sponsor or team
            if starts and all(_BRACKETED_AFTER_NAME.search(text, max(0, at - 40), at) and text.startswith(")", at + len(name)) for at in starts):
                del self.full[name]
                continue
            # "settled for a Wally Hayward medal", "the Vic Clapham trophy": a prize named after someone
            if starts and all(_PRIZE_AFTER.match(text, at + len(name)) for at in starts):
                del self.full[name]
                continue
            # "the relay went to the Crowsnest Crushers", "won by the team Summit Society": a name
            # the text only writes after "the" or "team" is a team's
            before = [text[max(0, at - 5) : at] for at in starts if not _WORD_OR_HYPHEN.match(text, at + len(name))]
            if before and all(b[1:].lower() == "the " or b == "team " for b in before):
                del self.full[name]
        self._rx = None

    def complete_singles(self, text: str) -> None:
        """A one-word PERSON ("Jim") whose full name was not tagged: the capitalized pair that
        contains it elsewhere in the text ("Meet Jim Walmsley." in an ungated sentence)."""
        known_words = {w for n in self.full for w in n.split()}
        for single in sorted(self.singles - known_words):
            if len(single) < 3 or single.lower() in _not_name_words():
                continue
            after = re.compile(r"(?<![\w'’-])(" + re.escape(single) + r")\s+([A-Z][a-z][\w'’-]+)(?![\w-])")
            before = re.compile(r"(?<![\w'’-])()()([A-Z][a-z][\w'’-]*)\s+(" + re.escape(single) + r")(?![\w-])")
            counts: Counter[str] = Counter()
            first: dict[str, int] = {}
            for m in [*after.finditer(text), *before.finditer(text)]:
                cand = m.group(0)
                prev = text[max(0, m.start() - 2) : m.start()]
                if m.re is before and (m.group(3).lower() in cues()["name_prefix_words"] or re.search(r"[.!?\n]\s*$|^$", prev)):
                    continue  # "Meet Jim" / a sentence-initial word is not a first name
                if _valid_full_name(cand):
                    counts[cand] += 1
                    first.setdefault(cand, m.start())
            if counts:
                best = max(counts, key=lambda c: (counts[c], -first[c]))
                self.full.setdefault(self._merge(best), first[best])

    def mentions(self, text: str, start: int, end: int, races: list[RaceMention]) -> list[PersonMention]:
        """Every mention of a known person in text[start:end]."""
        if not self.full:
            return []
        if self._rx is None or self._rx[0] != tuple(self.full):
            # built once per set of names, not per sentence
            by_word: dict[str, list[str]] = {}
            for name in self.full:
                words = name.split()
                by_word.setdefault(words[-1], []).append(name)
                if len(words) > 2:  # "Ana Pauline Roux" is also "Roux"; "Jean-Baptiste Morel" "Morel"
                    by_word.setdefault(" ".join(words[-2:]), []).append(name)
                    if words[-2].lower() in _PARTICLES:  # "van Dijk" opens a sentence as "Van Dijk"
                        by_word.setdefault(words[-2].capitalize() + " " + words[-1], []).append(name)
            firsts: dict[str, list[str]] = {}
            for name in self.full:
                firsts.setdefault(name.split()[0], []).append(name)
            alts = sorted(set(self.full) | set(by_word) | {f for f, n in firsts.items() if len(n) == 1},
                          key=len, reverse=True)
            self._rx = (tuple(self.full), Literals(alts, r"\w'’-", possessive=True))
            self._maps = (by_word, firsts)
        rx = self._rx[1]
        by_word, firsts = self._maps
        out: list[PersonMention] = []
        seg = text[start:end]
        for m_start, m_end, word in rx.finditer(seg):
            s, e = m_start + start, m_end + start
            if any(r.start <= s < r.end for r in races):
                continue
            if word in self.full:
                out.append(PersonMention(s, e, word, word))
                continue
            cands = by_word.get(word)
            surname = True
            if not cands:
                cands = firsts.get(word)
                surname = False
                # A first name followed by another capitalized word is someone else's name.
                if re.match(r"\s+[A-Z][a-z]", text[e : e + 3]):
                    continue
            if not cands:
                continue
            if len(cands) > 1 and any(c not in self.role_marked for c in cands):
                cands = [c for c in cands if c not in self.role_marked]
            if len(cands) == 1:
                name = cands[0]
            else:  # the most recently introduced full name with that word, else the first
                before = [c for c in cands if self.full[c] <= s]
                name = max(before, key=lambda c: self.full[c]) if before else min(cands, key=lambda c: self.full[c])
            out.append(PersonMention(s, e, name, word, surname_only=surname))
        return out


# --------------------------------------------------------------------------- helpers


def _in_quote(text: str, pos: int, start: int) -> bool:
    """Is pos inside a quotation (counting quote marks from `start`, the paragraph's start, so
    that a quote running over several sentences counts)? 7h46'37" is no quote mark."""
    seg = text[max(start, pos - 3000) : pos]
    if '"' not in seg and "“" not in seg:
        return False  # no opening mark at all: the common case, without the regex below
    seg = re.sub(r"(?<=['’′]\d\d)[\"”″]|(?<=['’′]\d)[\"”″]|″", "", seg)
    return (seg.count("“") > seg.count("”")) or (seg.count('"') % 2 == 1)


def _clauses(info: SentInfo, text: str) -> list[tuple[int, int]]:
    s0, s1 = info.sent.start, info.sent.end
    cuts = [s0]
    for m in _CLAUSE_SPLIT.finditer(text, s0, s1):
        if re.fullmatch(r"\s+while\s+", m.group(0)) and re.search(r",\s+who\s+[^,;]*$", text[s0 : m.start()]) and "," in text[m.end() : s1]:
            continue  # "X, who was living in Kendal while finishing a doctorate, ran T": inside the aside
        cuts.append(m.start())
    cuts.append(s1)
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _clause_of(clauses: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for a, b in clauses:
        if a <= pos < b:
            return a, b
    return clauses[-1]


def _doc_anchor_year(infos: list[SentInfo], published: date | None) -> int | None:
    if published:
        return published.year
    counts: Counter[int] = Counter()
    lead_block = next((i.sent.block for i in infos if i.years), None)
    lead: list[int] = []
    for info in infos:
        for y in info.years:
            # "set in 2012 by X" dates an old record, not the story
            if re.search(r"\bset in\s*$", info.sent.text[: y.start - info.sent.start]):
                continue
            counts[int(y.number)] += 1
            if info.sent.block == lead_block:
                lead.append(int(y.number))
    if not counts:
        return None
    best = max(counts.values())
    # a newer year the lead tells ("won X in January 2026") dates the story, not the career it
    # goes on to recall (the first paragraph with a year is the lead)
    return max([y for y, c in counts.items() if c == best] + lead)


def _season_year(text: str, published: date | None) -> int | None:
    """A headline that names the year before publication ("2025 Ultrarunners of the Year",
    "The Masters Class of 2024", out the next January) reviews that season: its undated
    results are that year's, not the publication year's."""
    if published is None:
        return None
    head = next((line.strip() for line in text.splitlines() if line.strip()), "")
    years = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", head)}
    if len(head) > 120 or len(years) != 1:
        return None
    year = years.pop()
    return year if year == published.year - 1 else None


def _month_year(month: int, last: bool, ctx: Context) -> int | None:
    if ctx.anchor_year is None:
        return None
    if ctx.published is None:
        return ctx.anchor_year
    if last:
        return ctx.published.year - 1 if month >= ctx.published.month else ctx.published.year
    return ctx.published.year if month <= ctx.published.month else ctx.published.year - 1


class Extractor:
    """Extraction of one document; `run()` returns the FACTS.md object."""

    def __init__(self, doc_id: str, text: str, published: date | None, url: str | None, *,
                 gate: bool = True) -> None:
        self.doc_id, self.text, self.published, self.url, self.gate = doc_id, text, published, url, gate
        self.results: list[dict] = []
        self.records: list[dict] = []
        self.evidence: dict[str, float] = {}  # athlete -> best racing-evidence confidence
        self.role_only: set[str] = set()
        self.race_names: list[str] = []
        self.spellings: dict[str, Counter[str]] = {}  # a race's name -> how the text writes it
        self.gender: dict[str, str | None] = {}
        self.mention_counts: Counter[str] = Counter()
        self.role_names: set[str] = set()
        self.narrator: str | None = None  # the "I" of an interview or diary, when its intro names one person
        self.block_start: dict[int, int] = {}
        self.names: Names | None = None
        self.fixed_hours: str | None = None  # the last fixed-time format named ("24-hour")
        self._terse_after = -1  # where the last terse results sentence read ended
        self.doc_fixed_hours: str | None = None  # the fixed-time format the piece names most
        self._ey_cache: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self._main_route: RaceMention | None = None  # the route the piece names most, if any
        self._sent_start = 0  # where the sentence being read starts
        self._prev_info: SentInfo | None = None  # the sentence read before this one
        self._headline_subject: RaceMention | None = None  # the race or route a headline's record is about
        self._headline_type: str | None = None  # the one record type a headline names
        self._recent_holders: tuple[int, list[str]] = (-1, [])  # (sentence number, the standing records' holders it named)
        # "15:42:59. The course record, set by X in 2005.": a by-the-numbers item's time opens it
        self._lead_time: tuple[int, Value] | None = None
        self._lead_pair: tuple[int, Value, Value] | None = None  # "16:37:50 and 19:52:14", a by-the-numbers item's two times
        self.disqualified: list[tuple[str, str | None, int | None]] = []  # (athlete, race, year) voided
        self.performances: list[tuple[str, Value, int | None, int]] = []  # (athlete, time, year, block) on routes
        self._told: list[tuple[int, str, int | None]] = []  # (sentence start, athlete, year) of the anchors read
        self._touched: list[dict] = []
        self._title_spans: list[tuple[int, int]] = []  # "the 2025 winner" before a name: told by _title_results
        self._dnf_lines: list[str] = []  # runners named by a results list's DNF / DNS line
        self._obit: str | None = None  # an obituary's subject's family name ("" when the piece is none)
        self._live_lines: list[int] | None = None  # where a live blog's stamped entries start
        self._anchor_year: int | None = None  # the year the piece is told in

    # ---- pipeline
    def run(self, nlp: Any = None) -> dict:
        infos = _analyze(self.text)
        self._doc_stems(infos)
        self._sibling_names(infos)
        self._bare_championships(infos)
        # "at the 12-hour mark" is a split; the race's own name ("IAU 24 Hour World Championships") counts
        formats = Counter(m.group("n") for m in pattern("fixed_time").finditer(self.text) if m.group("n") and not _SPLIT_AFTER.match(self.text, m.end()))
        formats.update(m.group(1) for i in infos for r in i.races if r.kind == "race" for m in [re.search(r"\b(6|12|24|48|72|144)[- ]?(?:hour|hr|h)\b", r.name, re.I)] if m)
        if formats:
            (top, n), *rest = formats.most_common()
            self.doc_fixed_hours = top if not rest or n > rest[0][1] else None
        nlp = nlp or load_nlp()
        for info in infos:
            self.block_start.setdefault(info.sent.block, info.sent.start)
        self._table_rows(self.text, infos)
        self._headed_lines(self.text, infos)
        names = Names()
        lower_words = {w.capitalize() for w in re.findall(r"(?<![\w'’])[a-z][a-z'’-]+", self.text)}
        cheap: dict[str, list[tuple[int, bool]]] = {}
        for info in infos:
            if info.sent.table is not None:
                groups = info.sent.table.name_columns
                # a winners table with a column group per category names a runner in each
                cells = [self._cell_at(info, i) for i, _, _ in groups] if len(groups) > 1 else [self._cell(info, "name")]
                for cell in cells:
                    if cell:
                        names.add(re.sub(r"\s*\([^)]*\)", "", cell[0]), cell[1])
            elif info.row is not None:
                names.add(person_name(info.row[0]), info.sent.start + info.sent.text.index(info.row[0]))
            else:
                for start, cand, after_prep in _cheap_names(info, lower_words):
                    cheap.setdefault(cand, []).append((start, after_prep))
                lm = _LIST_LINE.match(info.sent.text) or _MARK_LINE.match(info.sent.text)
                if lm:
                    names.add(person_name(lm.group("name")), info.sent.start + lm.start("name"), listed=True)
                terse = _terse_items(info.sent.text)
                for item in terse[1] if terse else []:
                    names.add(person_name(item.group("name")), info.sent.start + item.start("name"), listed=True)
                for who, pos, _ in _podium_items(info.sent.text):
                    names.add(who, info.sent.start + pos)
                dnf = _DNF_LINE.match(info.sent.text) if info.sent.start == 0 or self.text[: info.sent.start].rstrip(" \t").endswith("\n") else None
                if dnf:
                    dnf_name = names.add(person_name(dnf.group("a") or dnf.group("b")), info.sent.start + dnf.start("a" if dnf.group("a") else "b"))
                    if dnf_name:
                        self._dnf_lines.append(dnf_name)
        for cand, seen in cheap.items():
            # "from Sai Kung", "at Kirk Yetholm": a name only ever met after a preposition is a place
            if any(not after_prep for _, after_prep in seen):
                names.add(cand, min(start for start, _ in seen))
        # The gate: the model (NER and parser) reads only sentences that state a result or
        # record AND have a capitalized word the names found so far do not explain. A sentence
        # whose people are all known gets no parse: on the dev set, parsing the ones where two
        # known runners compete moved F1 by 0.2-0.3 points and cost ~15% of the stage's time, as
        # the rules' own nearest-subject reading decides them the same way. `gate=False` runs
        # the model on every sentence.
        full_model = []
        known = {w for n in names.full for w in n.split()}
        for info in infos:
            if info.sent.table is not None or info.row is not None:
                continue  # a table's cells and a flattened row have their name already
            if not self.gate or (_gate_cue(info) and _unexplained_capitals(info, known, lower_words)):
                full_model.append(info)
        if full_model:
            for info, sdoc in zip(full_model, nlp.pipe([i.sent.text for i in full_model], batch_size=64), strict=True):
                info.gated, info.sdoc = True, sdoc
        for info in infos:
            if info.sdoc is not None:
                for chain in _propn_chains(info.sdoc):
                    names.add(chain.text, info.sent.start + chain.start_char)
                for ent in info.sdoc.ents:
                    if ent.label_ == "PERSON":
                        # "Meet Jim Walmsley": leading words that are not proper nouns go
                        toks = list(ent)
                        while len(toks) > 2 and (toks[0].tag_ not in _PROPN or toks[0].lower_ in cues()["name_prefix_words"]
                                                 or toks[0].lower_ in cues()["nationalities"]):
                            toks = toks[1:]
                        names.add(ent.doc.text[toks[0].idx : toks[-1].idx + len(toks[-1])],
                                  info.sent.start + toks[0].idx)
        names.complete_singles(self.text)
        names.complete_namesakes(self.text)
        names.drop_headline_garbles(self.text)
        names.absorb_suffixes()
        self.names = names
        names.drop_places(self.text)
        names.drop_landforms(self.text)
        names.drop_clubs(self.text)
        for name in self._dnf_lines:
            self._athlete_evidence(names._merge(name) if name not in names.full else name, 0.6)
        names.drop_month_openers(self.text)
        names.role_marked = self._role_marked(names)
        self.role_names = names.role_marked
        # "Raman's 50K": a runner's possessive before a distance is her race, not a race's name
        person_words = {w for n in names.full for w in n.split()}
        for info in infos:
            info.races = [r for r in info.races if not (r.source == "pattern" and any(
                w in person_words for w in re.findall(r"([\w-]+)['’]s?(?![\w])", r.text)))]
        for info in infos:
            info.persons = names.mentions(self.text, info.sent.start, info.sent.end, info.races)
        self.gender = self._genders(infos)
        self.mention_counts = Counter(p.name for i in infos for p in i.persons)
        self.narrator = self._narrator(infos)
        ctx = Context(self.published, _doc_anchor_year(infos, self.published), season_year=_season_year(self.text, self.published))
        self._anchor_year = ctx.anchor_year
        # an interview set out as "Q: ..." / "Quintero: ...": the answer goes on with the question's race
        # (a transcript's speaker labels, "JEN CASTRO: ...", from two voices or more, too)
        speakers = Counter(m.group(1) for i in infos if i.sent.line_start for m in [_SPEAKER_LABEL.match(i.sent.text)] if m)
        self.interview = sum(1 for i in infos if i.sent.line_start and _QUESTION_LABEL.match(i.sent.text)) >= 2 or (
            len(speakers) >= 2 and sum(speakers.values()) >= 4)
        self.prompt_blocks = self._prompt_blocks(infos)
        hosts = self._championship_hosts(infos)
        for info in infos:
            info.races = [replace(r, name=hosts[r.name].name, kind=hosts[r.name].kind, distance_label=hosts[r.name].distance_label,
                                  source=hosts[r.name].source) if r.name in hosts else r for r in info.races]
        race_counts: Counter[str] = Counter()
        first_seen: dict[str, RaceMention] = {}
        heading_routes: list[str] = []  # the routes the last heading named, for its section's record talk
        # "Nolan's 14 is fourteen peaks ... I got the women's record": a route counts when its paragraph talks records
        block_text: dict[int, str] = {}
        for info in infos:
            block_text[info.sent.block] = block_text.get(info.sent.block, "") + " " + info.sent.text
        for info in infos:
            if info.sent.line_start and _is_heading(info):
                heading_routes = [r.name for r in info.races if r.kind == "route"]
            elif heading_routes and _RECORD_TALK.search(info.sent.text):
                # "Grand Canyon rim to rim to rim" over a section that tells its records
                self.race_names.extend(n for n in heading_routes if n not in self.race_names)
                heading_routes = []
            # "Ruth Croft (The North Face)": a name in brackets after a runner is a sponsor
            info.races = [r for r in info.races if not (self.text[max(0, r.start - 1) : r.start] == "(" and self.text[r.end : r.end + 1] == ")"
                                                        and re.search(r"[A-Z][\w'’-]+\s*$", self.text[max(0, r.start - 40) : r.start - 1]))]
            for r in info.races:
                if r.kind != "distance" and r.source == "gazetteer":
                    self.spellings.setdefault(r.name, Counter())[" ".join(r.text.split())] += 1
                if r.kind == "race" and r.source != "stem":
                    race_counts[r.name] += 1
                    first_seen.setdefault(r.name, r)
                # a distance is no race; a route counts as an FKT's object (below) or when its
                # sentence talks records ("a new women's record for the Bob Graham Round")
                if (r.kind == "race" or (r.kind == "route" and (_RECORD_TALK.search(info.sent.text) or _RECORD_TALK.search(block_text[info.sent.block])
                                                               and not _ROUTE_AS_COURSE.search(self.text, max(0, r.start - 12), r.start)
                                                               and not _SPLIT_SECTION.match(self.text, r.end)
                                                               and not any(o.kind == "route" and o.end <= r.start and _ROUTE_PARTS.match(self.text, o.end, r.start)
                                                                           for o in info.races)))) and r.name not in self.race_names:
                    self.race_names.append(r.name)
        self._rank_lines(infos)
        ctx.main_race = self._main_race(infos, race_counts, first_seen)
        routes = Counter(r.name for i in infos for r in i.races if r.kind == "route")
        if routes:
            name = routes.most_common(1)[0][0]
            ctx.main_route = next(r for i in infos for r in i.races if r.name == name)
            if ctx.main_race is not None and ctx.main_route.start < ctx.main_race.start and routes[name] >= 2 * race_counts[ctx.main_race.name]:
                ctx.main_race = None  # a piece about a round names a race in passing: that race is no story's race
        self._main_route = ctx.main_route
        # "Fenwick takes half an hour off Bob Graham record": a headline's record names the
        # piece's record subject, which the record talk below keeps to
        head = infos[0] if infos else None
        self._headline_subject = next((r for r in head.races if r.kind in ("race", "route")), None) if head is not None and head.records and (
            _is_heading(head) or (head.sent.block == 0 and len(head.sent.text.split()) <= 15 and not head.sent.text.rstrip().endswith("."))) else None
        # "What Is an Age-Group Record? ...": a headline about one record type types the piece's bare
        # "the record" at a race
        head_types = {c.role for c in head.records if c.role not in ("generic", "implied")} if head is not None and (
            _is_heading(head) or (head.sent.block == 0 and len(head.sent.text.split()) <= 15 and not head.sent.text.rstrip().endswith("."))) else set()
        self._headline_type = head_types.pop() if len(head_types) == 1 else None
        for info in infos:
            self._sentence(info, ctx)
            self._prev_info = info
            self._second_to(info)
            self._held_off(info)
            self._podium_behind(info)
            self._shared_finish(info)
            self._numbers_result(info, ctx)
            self._then_faster(info, ctx)
        self._record_wins()
        self._record_times_from_results()
        # "stopped the clock in T0 ... With the penalty applied, X's official time is T": the
        # time a ruling gives stands for that edition, the line time told before it does not
        ruled = [r for r in self.results if r["time"] and _RULED_TIME.search(r["evidence"])]
        self.results = [r for r in self.results if not any(
            o["athlete"] == r["athlete"] and o["race"] == r["race"] and o["year"] == r["year"] and r["time"]
            and r["time"] != o["time"] and r["start"] < o["start"] for o in ruled)]
        self.results = [r for r in self.results if not any(
            r["athlete"] == who and race in (None, r["race"]) and year in (None, r["year"]) for who, race, year in self.disqualified)]
        return self._output(names)

    def _podium_behind(self, info: SentInfo) -> None:
        """"X won with 751.2 km, ahead of Y (702.9 km) and Z (688.0 km)": the runners after the
        winner, each with a mark in brackets (times rising, distances falling), took the next places."""
        items = _podium_items(info.sent.text)
        if not items:
            return
        at = info.sent.start + items[0][1]
        won = [r for r in self._touched if r["place"] == 1 and r["start"] == info.sent.start and r["race"]]
        if len(won) != 1 or self.names is None:
            return
        win = won[0]
        race = RaceMention(0, 0, win["race"], win["race"], "race", None, "context")
        marks: list[tuple[Value | None, str | None, float]] = []
        for _, _, mark in items:
            times = find_times(mark)
            dists = find_distances(mark) if not times else []
            yards = re.fullmatch(r"(\d{1,3})\s*(yards|laps)", mark)
            if times:
                marks.append((times[0], None, times[0].seconds))
            elif dists:
                marks.append((None, dists[0].label, -dists[0].number))
            elif yards:
                marks.append((None, f"{yards.group(1)} {yards.group(2)}", -int(yards.group(1))))
            else:
                return
        if any(b[2] < a[2] for a, b in zip(marks, marks[1:], strict=False)) or any((a[0] is None) != (b[0] is None) for a, b in zip(marks, marks[1:], strict=False)):
            return  # not a ranking
        for k, ((who, _, _), (t, dist, _)) in enumerate(zip(items, marks, strict=True), 2):
            name = self.names._merge(who)
            if not _valid_full_name(name) or name == win["athlete"] or at < win["start"]:
                return
            self._athlete_evidence(name, 0.6)
            self._add_result(info, name, race, win["year"], k, t, 0.6 * win["confidence"], distance=dist)

    def _numbers_result(self, info: SentInfo, ctx: Context) -> None:
        """"14:17:55 — Caleb Hendry's winning time", "14:09:28 — X's course record from 2019": a
        by-the-numbers line whose time is a runner's (a win when it is the winning time)."""
        m = _NUMBERS_LINE.match(info.sent.text)
        if m is None or not m.group("what"):
            return
        pos = info.sent.start + m.start("name")
        who = next((p.name for p in info.persons if p.start == pos), None)
        t = next(iter(find_times(m.group("t"))), None)
        if who is None or t is None or t.role != "finish" and t.seconds < 3600:
            return
        if any(r["athlete"] == who and r["time"] == t.hms for r in self.results):
            return
        race, rconf = self._race(info, (info.sent.start, info.sent.end), pos, ctx)
        if race is None or race.kind != "race":
            return
        ym = re.search(r"\b(?:from|in|set in)\s+((?:19|20)\d\d)\b", m.group("rest"))
        year = int(ym.group(1)) if ym else self._year(info, (info.sent.start, info.sent.end), pos, ctx, who)
        self._athlete_evidence(who, 0.7)
        # the line's opening time is the runner's, no live blog's clock stamp
        self._add_result(info, who, race, year, 1 if "winning" in m.group("what").lower() else None, t, 0.7 * rconf, stamped=False)

    def _shared_finish(self, info: SentInfo) -> None:
        """"A, B and C all finished the 50 together in 14:02:16", "Sarah and Mark Illingworth ran it
        together, crossing the line hand in hand in 12:30:02": the result told for one of the group
        is every one's ("Sarah and Mark Illingworth": the surname is both)."""
        m = _GROUP_FINISH.search(info.sent.text)
        if m is None or self.names is None or not _TOGETHER.search(info.sent.text, m.end()):
            return
        items = [x.strip() for x in re.split(r",\s+(?:and\s+)?|\s+and\s+", m.group("group")) if x.strip()]
        while len(items) > 2 and not _valid_full_name(items[0]):
            items.pop(0)  # "In August, Dan and Ellie Fairbairn ran": the sentence's opening is no one
        surname = items[-1].split()[-1] if len(items[-1].split()) == 2 else None
        group: list[str] = []
        known_words = {w for n in self.names.full for w in n.split()[1:]}
        for item in items:
            if len(item.split()) == 1 and item in known_words:
                return  # "Mullen and Tyler Reyes": a runner by his surname, not a first name
            full = item if len(item.split()) == 2 else (f"{item} {surname}" if surname else None)
            if full is None or not _valid_full_name(full):
                return
            key = self.names._merge(full)
            if key not in self.names.full:
                key = self.names.add(full, info.sent.start + m.start("group")) or ""
            if not key:
                return
            group.append(key)
        told = [r for r in self._touched if r["athlete"] in group and r["start"] == info.sent.start and r["race"]]
        if not told:
            return
        if len({r["athlete"] for r in told}) >= 2 and len({(r["place"], r["time"]) for r in told}) >= 2:
            return  # "A and B ran into town together; A won in T1 and B was second in T2": each told apart
        r = max(told, key=lambda x: (x["time"] is not None, x["place"] is not None, x["confidence"]))
        race = RaceMention(0, 0, r["race"], r["race"], "race", None, "context")
        t = find_times(r["time"])[0] if r["time"] and find_times(r["time"]) else None
        for who in group:
            self._athlete_evidence(who, 0.6)
            self._add_result(info, who, race, r["year"], r["place"], t, r["confidence"], distance=r["distance"])

    def _second_to(self, info: SentInfo) -> None:
        """"X was runner-up to Y at Z last year", "X was third behind winner Y": Y won that
        edition of Z."""
        text = self.text
        for m in [*_SECOND_TO.finditer(info.sent.text), *_BEHIND_WINNER.finditer(info.sent.text), *_SECOND_BEHIND.finditer(info.sent.text)]:
            end = info.sent.start + m.end()
            winner = next((p for p in info.persons if end <= p.start <= end + 30
                           and re.fullmatch(r"(?:the\s+)?(?:(?:[A-Z][\w'’-]*|defending|reigning|two-time|\w+-time|champion|winner|compatriot|countryman|countrywoman|teammate|rival)\s+){0,3}", text[end : p.start])), None)
            behind = m.re is _BEHIND_WINNER
            told = [r for r in self.results if r["start"] == info.sent.start and r["athlete"] != (winner and winner.name)
                    and (r["place"] is not None and r["place"] > 1 if behind else r["place"] == 2)]
            if winner is None or len(told) != 1:
                continue
            r = told[0]
            race = RaceMention(0, 0, r["race"], r["race"], "race", None, "context")
            self._add_result(info, winner.name, race, r["year"], 1, None, 0.5 * r["confidence"])
            self._athlete_evidence(winner.name, 0.6)

    def _held_off(self, info: SentInfo) -> None:
        """"X won the Berlin Marathon in T, holding off Kenya's Y by six seconds": Y was second."""
        text = self.text
        for m in _HELD_OFF.finditer(info.sent.text):
            start = info.sent.start + m.end()
            runner = next((p for p in info.persons if start <= p.start <= start + 30 and re.fullmatch(
                r"(?:[A-Z][\w'’-]+['’]s\s+|the\s+(?:[A-Z][\w'’-]+\s+)?)?", text[start : p.start])
                and re.match(r"(?:\s*\([^()]{1,30}\))?\s+by\s+(?:just\s+|only\s+|a\s+mere\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty|thirty)\s+(?:seconds?|minutes?)\b",
                             text[p.end : p.end + 50])), None)
            won = [r for r in self.results if r["start"] == info.sent.start and r["place"] == 1]
            if runner is None or len(won) != 1 or won[0]["athlete"] == runner.name:
                continue
            race = RaceMention(0, 0, won[0]["race"], won[0]["race"], "race", None, "context")
            self._add_result(info, runner.name, race, won[0]["year"], 2, None, 0.5 * won[0]["confidence"])
            self._athlete_evidence(runner.name, 0.6)

    def _record_wins(self) -> None:
        """A course or world record run in a race won that race's category in that edition.

        The fastest time ever run on a course beat everyone of its category that day, so the
        result it was run in is a win (place 1, the category place FACTS.md asks for) unless
        the text gave that result another place.
        """
        for rec in self.records:
            if rec["type"] not in ("course record", "world record") or rec.get("_distance"):
                continue
            if not (rec["athlete"] and rec["race_or_route"] and rec["time"]):
                continue
            same = [r for r in self.results if r["athlete"] == rec["athlete"] and r["race"] == rec["race_or_route"]
                    and r["time"] == rec["time"] and (rec["year"] is None or r["year"] in (None, rec["year"]))]
            placed = {r["place"] for r in self.results if r["athlete"] == rec["athlete"]
                      and r["race"] == rec["race_or_route"] and r["year"] == rec["year"] and r["place"] is not None}
            if len(same) == 1 and same[0]["place"] is None and placed <= {1}:
                same[0]["place"] = 1

    def _record_times_from_results(self) -> None:
        """Times and years a record was told without, from the runs the text gives:
        - "X won the Lavaredo in 11:38:05 and now holds the course record": the run the same
          sentence gives the same runner at the same race;
        - "X is the new Canadian 100K record-holder. X ran 7:21:40 at Lake Saroma": a distance
          record's time is the runner's next run over that distance, told just after;
        - "X's 14:09:28 remains the fastest time in Y history": the year of that run's result."""
        for rec in self.records:
            if rec["time"] is not None or rec["year"] is not None or not rec["athlete"] or rec.get("_distance"):
                continue
            same = [r for r in self.results if r["athlete"] == rec["athlete"] and r["race"] == rec["race_or_route"]
                    and r["start"] == rec["start"] and r["time"]]
            if len({(r["time"], r["year"]) for r in same}) == 1 and not any(
                    o is not rec and o["athlete"] == rec["athlete"] and o["race_or_route"] == rec["race_or_route"] and o["time"] == same[0]["time"]
                    for o in self.records):
                rec["time"], rec["year"] = same[0]["time"], same[0]["year"]
        # (a national, world or age-group record over a distance; the run in the same year)
        for rec in self.records:
            km = _label_km(re.sub(r" miles$", " mi", rec["race_or_route"] or ""))
            if rec["time"] is not None or not rec.get("_distance") or not rec["athlete"] or km is None \
                    or rec["type"] not in ("world record", "national record", "age-group record"):
                continue
            runs = [r for r in self.results if r["athlete"] == rec["athlete"] and r["time"] and 0 <= r["start"] - rec["start"] <= 600
                    and (rec["year"] is None or r["year"] == rec["year"])
                    and (g := finder().lookup(r["race"])) is not None and g.distance_km is not None and abs(g.distance_km - km) <= 0.03 * km]
            if runs:
                rec["time"] = runs[0]["time"]
        # "X won the Y in 2019. X's 14:09:28 remains the fastest time in Y history": the run's year
        for rec in self.records:
            if rec["time"] is None or rec["year"] is not None or not rec["athlete"]:
                continue
            years = {r["year"] for r in self.results if r["athlete"] == rec["athlete"] and r["race"] == rec["race_or_route"]
                     and r["time"] == rec["time"] and r["year"] is not None}
            if len(years) == 1:
                rec["year"] = years.pop()

    def _narrator(self, infos: list[SentInfo]) -> str | None:
        """The "I" of a Q&A interview or a diary: the one person its opening names ("we spoke
        with X", "X, who won ...", "by X"), when the text speaks in the first person outside
        quotation marks."""
        first = re.compile(r"\b(?:I|my|My|me)\b")
        if not first.search(re.sub(r"[\"“][^\"“”]*[\"”]", " ", self.text)):
            return None
        # the opening: the sentences before the narrator starts speaking
        intro = []
        for i in infos[:4]:
            if i.sent.start >= 600 or (first.search(re.sub(r"[\"“][^\"“”]*[\"”]", " ", i.sent.text))
                                       and not (i.persons and _NARRATOR_CUE.search(i.sent.text))):
                break  # ("My Leadville, by Tom Ruiz" is a byline still)
            intro.append(i)
        named = {p.name for i in intro for p in i.persons if p.name not in self.role_names}
        cue = any(_NARRATOR_CUE.search(i.sent.text) for i in intro)
        if cue and len(named) == 1:
            return named.pop()
        # "Q&A with Spine champion X" over "X ... ran from Edale to Kirk Yetholm": the one
        # person the interview cue itself names
        cued = {p.name for i in intro if _NARRATOR_CUE.search(i.sent.text) and not first.search(i.sent.text)
                for p in i.persons if p.name not in self.role_names}
        if len(cued) == 1 and cued <= named:
            return cued.pop()
        # a newsletter's byline, the writer's name alone on a line under the headline ("Greta
        # Halvorsen" / "Nov 3, 2026" / "Hi friends, ... I ran my first 100-miler")
        bylines = {p.name for i in infos[:4] if self.text[: i.sent.start].rstrip(" \t").endswith("\n") and len(i.persons) == 1
                   for p in i.persons if p.name not in self.role_names and re.fullmatch(r"\s*" + re.escape(p.text) + r"\s*", i.sent.text)
                   and self.text[i.sent.end :].lstrip(" \t")[:1] in ("\n", "")}
        if len(bylines) == 1:
            return bylines.pop()
        # a diary or blog post signed at its foot: "— Marta Lind"
        last = infos[-1] if infos else None
        if last is not None and len({p.name for p in last.persons}) == 1 and re.fullmatch(
                r"\s*(?:[—–~-]+\s*|(?:cheers|thanks|love|best),?\s+)?" + re.escape(last.persons[0].text) + r"\s*",
                last.sent.text, re.I):
            return last.persons[0].name
        # a race diary names its writer where the world calls them: the announcer at the
        # finish, the results page ("reads 'Kowalczyk, Tess'"), "my name is X" further down
        for i in infos:
            plain = re.sub(r"[\"“][^\"“”]*[\"”]", " ", i.sent.text)
            if not first.search(plain):
                continue
            m = _NARRATOR_CALLED.search(i.sent.text)
            if m:
                named = [p for p in i.persons if p.start - i.sent.start >= m.start() and p.name not in self.role_names]
                if named:
                    return named[0].name
            m = _RESULTS_READ.search(i.sent.text)
            if m and self.names is not None:
                want = fold(f"{m.group('given')} {m.group('family')}")
                full = [n for n in self.names.full if fold(n) == want]
                given = f"{m.group('given')} {m.group('family')}"
                if full or _valid_full_name(given):
                    return full[0] if full else given
        return None

    @staticmethod
    def _rank_lines(infos: list[SentInfo]) -> None:
        """"Tom Ruiz (USA) 17:01:10" a line, three or more lines with rising times opening
        their paragraph (or after a "Men"/"Women" line): each line's rank is its place."""
        runs: list[list[SentInfo]] = []
        for i, info in enumerate(infos):
            m = _WIRE_ITEM.fullmatch(info.sent.text.strip().rstrip(".;,"))
            prev = infos[i - 1] if i else None
            if m and runs and runs[-1] and prev is runs[-1][-1] and prev.sent.block == info.sent.block:
                runs[-1].append(info)
            elif m and (info.sent.line_start or (prev is not None and prev.sent.block == info.sent.block
                                                  and re.fullmatch(r"\s*(?:[\w'’ ]{1,30}:?)\s*", prev.sent.text) and not find_times(prev.sent.text))):
                runs.append([info])
        for run in runs:
            secs = [find_times(_WIRE_ITEM.fullmatch(i.sent.text.strip().rstrip(".;,")).group("time")) for i in run]
            if len(run) >= 3 and all(secs) and all(b[0].seconds >= a[0].seconds for a, b in zip(secs, secs[1:], strict=False)):
                for k, info in enumerate(run, 1):
                    info.rank = k

    @staticmethod
    def _headed_lines(text: str, infos: list[SentInfo]) -> None:
        """"Men" / "Top three women:" over unnumbered lines "Owen Pike, 34, Boulder, Colo. 16:01:22",
        one runner a line with times rising: the heading makes the lines a ranking, each line's
        rank its place."""
        def own_line(info: SentInfo) -> bool:
            return (info.sent.start == 0 or text[: info.sent.start].rstrip(" \t").endswith("\n")) \
                and text[info.sent.end :].lstrip(" \t")[:1] in ("\n", "") and info.sent.table is None
        i = 0
        while i < len(infos):
            if not (own_line(infos[i]) and pattern("ranked_list_heading").fullmatch(infos[i].sent.text)):
                i += 1
                continue
            run: list[tuple[SentInfo, re.Match[str]]] = []
            j = i + 1
            while j < len(infos) and own_line(infos[j]) and infos[j].row is None and (m := _BARE_LINE.match(infos[j].sent.text)):
                run.append((infos[j], m))
                j += 1
            secs = [find_times(m.group("time")) for _, m in run]
            if run and all(secs) and all(b[0].seconds >= a[0].seconds for a, b in zip(secs, secs[1:], strict=False)):
                for k, (info, m) in enumerate(run, 1):
                    info.rank = k
                    info.row = (m.group("name"), m.group("time"), m.group("marks") or "")
            i = max(j, i + 1)

    @staticmethod
    def _table_rows(text: str, infos: list[SentInfo]) -> None:
        """Rows of a results table flattened to text ("1 Euan MacRitchie Shettleston Harriers
        3:12:44"): three or more lines one after another, places counting up by one."""
        rows: list[list[tuple[SentInfo, re.Match[str]]]] = []
        for info in infos:
            line_start = info.sent.start == 0 or text[:info.sent.start].rstrip(" \t").endswith("\n")
            m = _CLUB_ROW.match(info.sent.text) if line_start else None
            if m is None:
                rows.append([])
                continue
            last = rows[-1][-1][1] if rows and rows[-1] else None
            # "MV50 Graham Auld Ochil Hill Runners 3:38:41": a category's row, placed by its heading
            if last is not None and (m.group("cat") and last.group("cat")
                                     or m.group("place") and last.group("place") and int(m.group("place")) == int(last.group("place")) + 1):
                rows[-1].append((info, m))
            else:
                rows.append([(info, m)])
        index = {id(info): i for i, info in enumerate(infos)}
        for run in rows:
            if len(run) >= 3:
                # category rows under "Veteran category winners" (and its column header): each won its category
                i = index[id(run[0][0])]
                above = [x.sent.text for x in infos[max(0, i - 2) : i] if x.sent.block == run[0][0].sent.block or x.sent.line_start]
                winners = any(_WINNERS_HEADING.search(a) for a in above)
                for info, m in run:
                    info.rank = int(m.group("place")) if m.group("place") else (1 if winners else None)
                    info.row = (m.group("name"), m.group("time"), m.group("marks") or "")

    def _quote_open(self, info: SentInfo, pos: int) -> int:
        start = self.block_start.get(info.sent.block, info.sent.start)
        marks = [m.end() for m in re.finditer(r"[\"“]", self.text[start:pos])]
        return start + marks[-1] if marks else start

    def _quote_speaker(self, info: SentInfo, pos: int, ctx: Context) -> str | None:
        """Who says the quotation at pos: "'...,' Kowalski said", "'...,' she says", "Kowalski
        said: '...'" (a named runner, or a pronoun read as usual)."""
        if self.names is None:
            return None
        text = self.text
        verbs = r"(?:said|says|told|tells|added|adds|explained|explains|recalled|recalls|remembered|remembers|laughed|laughs|admitted|admits)"
        close = re.search(r"[\"”]", text[pos : pos + 1500])
        cands: list[tuple[int, int]] = []
        if close:
            after = pos + close.end()
            m = re.match(r"\s*(?:(?P<a>[A-ZÀ-ÞĀ-ž][\w'’.-]+(?:\s+[A-ZÀ-ÞĀ-ž][\w'’.-]+){0,3}|[Hh]e|[Ss]he)\s+" + verbs + r"|" + verbs
                         + r"\s+(?P<b>[A-ZÀ-ÞĀ-ž][\w'’.-]+(?:\s+[A-ZÀ-ÞĀ-ž][\w'’.-]+){0,3}))\b", text[after : after + 80])
            if m:
                g = "a" if m.group("a") else "b"
                cands.append((after + m.start(g), after + m.end(g)))
        opening = self._quote_open(info, pos) - 1
        m = re.search(r"(?P<a>[A-ZÀ-ÞĀ-ž][\w'’.-]+(?:\s+[A-ZÀ-ÞĀ-ž][\w'’.-]+){0,3}|\b[Hh]e|\b[Ss]he)\s+" + verbs + r"\s*[:,]?\s*$",
                      text[max(0, opening - 80) : max(0, opening)])
        if m and not cands:
            cands.append((max(0, opening - 80) + m.start("a"), max(0, opening - 80) + m.end("a")))
        for s_, e_ in cands:
            word = text[s_:e_]
            if word.lower() in ("he", "she"):
                return self._pronoun_target(info, s_, ctx)
            hits = {p.name for p in self.names.mentions(text, s_, e_, [])}
            if len(hits) == 1:
                return hits.pop()
        return None

    def _speaker(self, info: SentInfo) -> str | None:
        """The runner a transcript's speaker label names ("TOM RUIZ:", "Ruiz:") at the head of
        the paragraph the sentence is in."""
        # the head of the sentence's line ("Upper and fit" / "Marcus: ..." under a heading with no
        # blank line between), else of its paragraph
        label_rx = r"\s*(?:\[[\d:.]+\]\s*)?([A-ZÀ-ÞĀ-ž][\w .'’-]{1,40}?):\s"
        line = self.text.rfind("\n", 0, info.sent.start) + 1
        start = self.block_start.get(info.sent.block, info.sent.start)
        m = re.match(label_rx, self.text[line : line + 50]) or re.match(label_rx, self.text[start : start + 50])
        if not m or self.names is None:
            return None
        label = fold(m.group(1))
        hits = {n for n in self.names.full if fold(n) == label or fold(n).split()[-1] == label}
        if not hits and " " not in label:
            # "DANA:" where the transcript's note says "DANA is Dana Whitcombe": a given name
            hits = {n for n in self.names.full if fold(n).split()[0] == label}
        return hits.pop() if len(hits) == 1 else None

    def _doc_stems(self, infos: list[SentInfo]) -> None:
        """A race named in full ("Canyons 100K") is named again by its stem ("men's race at
        Canyons") even when the gazetteer cannot tell that stem apart from a sister race's."""
        named = {r.name for i in infos for r in i.races if r.kind == "race" and r.source == "gazetteer"}
        # "the Soochow 24 Hour ... the men's race at Soochow": a race the gazetteer lacks, named in
        # full, goes by its name without the format too
        own: dict[str, list[RaceMention]] = {}
        for r in (r for i in infos for r in i.races if r.kind == "race" and r.source == "pattern"):
            m = _PATTERN_STEM.fullmatch(r.name)
            if m and len(m.group(1)) >= 4 and m.group(1).lower() not in place_words() and finder().lookup(m.group(1)) is None \
                    and m.group(1).lower() not in _nationality_words() and not any(w.lower() in _not_name_words() for w in m.group(1).split()):
                if r.name not in {x.name for x in own.get(m.group(1), [])}:
                    own.setdefault(m.group(1), []).append(r)
        if not named and not own:
            return
        every = {r.name for i in infos for r in i.races}
        # (a stem two of the piece's races share, "Squamish 50 Mile" and "Squamish 50K", names neither)
        found: dict[str, Any] = {stem: SimpleNamespace(name=rs[0].name, kind="race", distance_label=rs[0].distance_label)
                                 for stem, rs in own.items() if len(rs) == 1 and not any(n != rs[0].name and n.startswith(stem + " ") for n in every)}
        for stem, races in _alias_stems().items():
            mine = [r for r in races if r.name in named]
            if len(mine) == 1 and finder().lookup(stem) is None:
                found[stem] = mine[0]
        # "won the Berlin Marathon ... her second Berlin title": a city marathon the piece names
        # in full goes by its city (not in the headline, where the city may be the place's)
        cities: set[str] = set()
        for race in finder().races:
            if race.name in named:
                for alias in [race.name, *race.aliases]:
                    m = re.fullmatch(r"([A-Z][a-z]{3,}(?: [A-Z][a-z]+)?) Marathon", alias)
                    if m and finder().lookup(m.group(1)) is None and m.group(1).lower() not in _nationality_words():
                        found.setdefault(m.group(1), race)
                        cities.add(m.group(1))
        if not found:
            return
        rx = re.compile(r"(?<![\w'’-])(" + "|".join(re.escape(x) for x in sorted(found, key=len, reverse=True)) + r")(?![\w-])")
        for info in infos:
            t = info.sent.text
            for m in rx.finditer(t):
                s, e = info.sent.start + m.start(), info.sent.start + m.end()
                if any(r.start < e and s < r.end for r in info.races) or (m.group(1) in cities and info.sent.block == 0):
                    continue
                if re.search(r"\b(?:in|from|near|of|outside|live|lives|lived|town|city)\s+(?:the\s+)?$", t[max(0, m.start() - 16) : m.start()]) or re.match(r"['’]s\b", t[m.end() : m.end() + 2]):
                    continue  # "lives in Leadville" is the town
                if re.match(r"\s+(?:fells?|peaks?|hills?|mountains?|valleys?|lakes?|district|region|countryside|villages?|towns?|summits?|ridges?)\b", t[m.end() : m.end() + 16]):
                    continue  # "42 Lakeland fells": the place the race is named after
                race = found[m.group(1)]
                # (a city's mentions do not make its marathon the story's race)
                info.races.append(RaceMention(s, e, m.group(1), race.name, race.kind, race.distance_label,
                                              "stem" if m.group(1) in cities else "gazetteer"))
            info.races.sort(key=lambda r: r.start)

    def _sibling_names(self, infos: list[SentInfo]) -> None:
        """"won the women's Ascent", "In the 60-kilometer MiM": in a piece that names one race of
        an event with several, each of the event's races goes by its short name (the gazetteer's
        `short`, written as the event writes it)."""
        rf = finder()
        named = {r.name for i in infos for r in i.races if r.source == "gazetteer"}
        events = {race.event for race in rf.races if race.event and race.name in named}
        short = {name: race for race in rf.races if race.event in events for name in race.short}
        if not short:
            return
        rx = re.compile(r"(?<![\w'’-])(" + "|".join(re.escape(x) for x in sorted(short, key=len, reverse=True)) + r")(?![\w-])")
        for info in infos:
            for m in rx.finditer(info.sent.text):
                s, e = info.sent.start + m.start(), info.sent.start + m.end()
                if any(r.start < e and s < r.end for r in info.races):
                    continue
                race = short[m.group(1)]
                info.races.append(RaceMention(s, e, m.group(1), race.name, race.kind, race.distance_label, "gazetteer"))
            info.races.sort(key=lambda r: r.start)

    def _coordinated(self, info: SentInfo, race: RaceMention, wins_at: list[int]) -> list[RaceMention]:
        """The races listed after `race` as objects of the same win ("won A, B and C")."""
        if not any(re.fullmatch(r"(?:won|wins|winning)\s+(?:the\s+)?", self.text[w : race.start]) for w in wins_at):
            return []
        out: list[RaceMention] = []
        last = race
        for r in info.races:
            if r.start < last.end or r.kind != "race":
                continue
            gap = self.text[last.end : r.start]
            if not re.fullmatch(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?", gap):
                break
            out.append(r)
            last = r
        # a list that goes on past its last race ("A, B and C 50K runners") is no list of wins
        return out if out and re.match(r"\s*(?:[,.;:)]|in\b|on\b|within\b|that\b|the same\b|$)", self.text[last.end : last.end + 12]) else []

    def _bare_championships(self, infos: list[SentInfo]) -> None:
        """"won the European Championships in Verona" in a piece on the 24-hour: the IAU (or
        Commonwealth) championships of the distance its sentence, or else its paragraph or section, is about."""
        heading: SentInfo | None = None
        # the championships the piece names in full ("IAU 24 Hour World Championships"): the last
        # scope, for a bare mention under a heading of its own ("UNAVAILABLE")
        named = [r.name for i in infos for r in i.races if r.kind == "race" and _BARE_CHAMPS.search(r.name)]
        for k, info in enumerate(infos):
            if info.sent.line_start and _is_heading(info):
                heading = info
            for m in _BARE_CHAMPS.finditer(info.sent.text):
                s, e = info.sent.start + m.start(), info.sent.start + m.end()
                if any(r.start < e and s < r.end for r in info.races):
                    continue
                before = [i.sent.text for i in infos[:k] if i.sent.block == info.sent.block]
                same_level = [n for n in named if f" {m.group(1)} " in f" {n} "]
                for scope in ([info.sent.text], before[::-1], [heading.sent.text] if heading is not None else [], same_level):
                    kinds = {d for text in scope for d, rx in _CHAMP_DISTANCES.items() if rx.search(text)}
                    if len(kinds) == 1:
                        kind = kinds.pop()
                        race = finder().lookup(f"IAU {kind} {m.group(1)} Championships") or finder().lookup(f"{m.group(1)} {kind} Championships")
                        if race is not None:
                            info.races.append(RaceMention(s, e, m.group(0), race.name, race.kind, race.distance_label, "context"))
                            info.races.sort(key=lambda r: r.start)
                        break
                    if kinds:
                        break  # both distances: no telling which

    def _championship_hosts(self, infos: list[SentInfo]) -> dict[str, RaceMention]:
        """Championships held at a race, by name, with the race that hosted them: one event
        ("won the USATF 100 km Road Championships at the Mad City 100K")."""
        champ = pattern("championship_name")
        counts = Counter(r.name for i in infos for r in i.races if r.kind == "race" and not champ.search(r.name))
        main = next((r for i in infos for r in i.races if counts and r.name == counts.most_common(1)[0][0]), None)
        hosts: dict[str, RaceMention] = {}
        prev: SentInfo | None = None
        text = self.text
        for info in infos:
            races = [r for r in info.races if r.kind == "race"]
            champs = [r for r in races if champ.search(r.name)]
            others = [r for r in races if not champ.search(r.name)]
            for c in champs:
                for r in others:
                    between = [o for o in races if o is not r and o is not c and min(c.end, r.end) <= o.start < max(c.start, r.start)]
                    if between:
                        continue
                    if r.start >= c.end and pattern("championship_at_race").fullmatch(text, c.end, r.start) \
                            or r.end <= c.start and pattern("race_as_championship").fullmatch(text, r.end, c.start):
                        hosts.setdefault(c.name, r)
                if c.name not in hosts and main is not None and pattern("the_race_hosted").search(text, info.sent.start, c.start):
                    hosts[c.name] = main
            # a championship heading over "Hosted this year at the Ozark Foothills 50K, ..."
            if prev is not None and others and _is_heading(prev) and pattern("hosted_at_race").fullmatch(text, info.sent.start, others[0].start):
                for c in prev.races:
                    if c.kind == "race" and champ.search(c.name):
                        hosts.setdefault(c.name, others[0])
            prev = info
        return {name: host for name, host in hosts.items() if name != host.name}

    def _main_race(self, infos: list[SentInfo], counts: Counter[str], first: dict[str, RaceMention]) -> RaceMention | None:
        """The race the article is about: the one race its lead names (first block with a race),
        when no other race is mentioned as often. Profiles that list many races have none."""
        if not counts:
            return None
        if sum(1 for i in infos for c in i.records if c.role == "FKT") >= 3:
            return None  # a piece about FKTs: its times are on routes, not at a race
        # "CCC 2024: The Elite Start List": a headline naming one race that the piece keeps naming
        title = [r for r in infos[0].races if r.kind == "race"] if infos and infos[0].sent.block == 0 else []
        if len({r.name for r in title}) == 1 and counts[title[0].name] >= 3 and counts[title[0].name] >= max(counts.values()):
            return first[title[0].name]
        # a dated report's first result that names its race, told without a date of its own
        if self.published is not None:
            race_blocks = sorted({i.sent.block for i in infos if any(r.kind == "race" for r in i.races)})[:3]
            last_race = None
            for i in infos:
                if race_blocks and i.sent.block > race_blocks[-1]:
                    break
                races = [r for r in i.races if r.kind == "race"]
                anchors = sorted([v.start for v in i.wins + i.places] + [t.start for t in i.times if t.role == "finish"])
                dated = False
                if anchors:
                    a, b = self._segment(i, anchors[0])
                    seg = self.text[a:b]
                    dated = pattern("month_ref").search(seg) or re.search(r"\blast (?:year|season)\b|\bago\b", i.sent.text, re.I) or any(
                        a <= y.start < b and int(y.number) != self.published.year for y in i.years)
                    if not dated and (races or last_race):
                        # the first result of the piece: at the race it names, else the one just named
                        return min(races, key=lambda r: abs(r.start - anchors[0])) if races else last_race
                # "a satellite race for the World Team Championships": a goal, not where it happened
                here = [r for r in races if not pattern("race_as_target_before").search(self.text, max(0, r.start - 60), r.start)]
                # "The old record belonged to X, who set it at the Y back in 2016": a race told
                # with another year is the old record's, not the story's
                here = [r for r in here if not any(seg[0] <= y.start < seg[1] and int(y.number) != self.published.year
                                                   for seg in [self._segment(i, r.start)] for y in i.years)]
                if here and not (anchors and dated):
                    last_race = here[-1]  # a race told with a dated result is an aside
        ranked = counts.most_common()
        # one race told again and again (a race report) is the story's race, wherever the lead
        # starts; a career profile that names many races has none
        if len(counts) <= 3 and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            return first[ranked[0][0]]
        # the opening paragraph that names one race and reports a win or a place is about it
        lead_sents = [i for i in infos if i.sent.block == infos[0].sent.block] if infos else []
        opening = {r.name for i in lead_sents for r in i.races if r.kind == "race"}
        if len(opening) == 1 and any(i.wins or i.places for i in lead_sents):
            return next(r for i in lead_sents for r in i.races if r.kind == "race")
        # a race told with its own month or year ("won Transgrancanaria in February") is an
        # aside, not the lead's subject
        anchor = self.published.year if self.published else None

        def undated(i: SentInfo) -> bool:
            if any(int(y.number) != anchor for y in i.years) or re.search(r"\blast (?:year|season)\b", i.sent.text, re.I):
                return False
            m = pattern("month_ref").search(i.sent.text)
            return not (m and (self.published is None or cues()["months"][m.group("month").lower()] != self.published.month))

        race_blocks = sorted({i.sent.block for i in infos if any(r.kind == "race" for r in i.races)})
        lead_block = next((i.sent.block for i in infos if undated(i) and any(r.kind == "race" for r in i.races)), None)
        if lead_block is not None and lead_block not in race_blocks[:2]:
            lead_block = None  # a race first named late in the piece is no lead
        lead = {r.name for i in infos if i.sent.block == lead_block and undated(i) for r in i.races if r.kind == "race"}
        if len(counts) == 1:
            return first[next(iter(counts))]
        if len(lead) != 1:
            return None
        name = next(iter(lead))
        if counts[name] * 2 < max(counts.values()):
            return None
        return first[name]

    def _role_marked(self, names: Names) -> set[str]:
        """Full names introduced by a non-racing role ("her husband and crew chief, Aaron
        Brenner"); a bare surname does not resolve to them when another person shares it."""
        roles = phrase_regex("non_athlete_roles")
        out = set()
        for name in names.full:
            # str.find, not a regex per name: a pattern per name per document only churns re's cache
            at = self.text.find(name)
            while at >= 0:
                start, end = at, at + len(name)
                at = self.text.find(name, end)
                before = self.text[max(0, start - 30) : start]
                after = self.text[end : end + 30]
                hits = list(roles.finditer(before))
                # "the announcer yelled 'Tess Kowalczyk'": a role that speaks the name is not hers
                if hits and not re.search(r"[\"“”]|\b\w+ed\b|\b(?:says|said|tells|told|asks|yells|calls|shouts)\b", before[hits[-1].end():]) \
                        or _derived("role_after", r",\s+(?:his|her|their|the)\s+(?:\w+\s+)?", "non_athlete_roles").match(after):
                    out.add(name)
        return out

    def _genders(self, infos: list[SentInfo]) -> dict[str, str | None]:
        """Gender of each person from the pronouns that follow their mentions."""
        votes: dict[str, Counter[str]] = {}
        for k, info in enumerate(infos):
            if len({p.name for p in info.persons}) != 1:
                continue
            for j, p in enumerate(info.persons):
                end = infos[k + 1].sent.end if k + 1 < len(infos) else info.sent.end
                nxt = [q.start for q in info.persons[j + 1 :] if q.name != p.name]
                if k + 1 < len(infos):
                    nxt += [q.start for q in infos[k + 1].persons if q.name != p.name]
                stop = min([end, *nxt])
                m = re.search(r"\b(he|his|him|she|her|hers)\b", self.text[p.end : stop], re.I)
                if m:
                    votes.setdefault(p.name, Counter())["f" if m.group(1).lower().startswith(("she", "her")) else "m"] += 1
        out: dict[str, str | None] = {}
        for name, c in votes.items():
            (g, n), *rest = c.most_common()
            out[name] = g if not rest or n > rest[0][1] else None
        # a given name that names one gender outweighs a single pronoun that follows the name
        # ("Callum Reed led early, but she took over": "she" is someone else)
        given = given_name_genders()
        for info in infos:
            for p in info.persons:
                g = given.get(p.name.split()[0])
                c = votes.get(p.name, Counter())
                if g is not None and (c[g] > 0 or sum(c.values()) <= 1):
                    out[p.name] = g
        return out

    def _cell(self, info: SentInfo, role: str) -> tuple[str, int] | None:
        table = info.sent.table
        return self._cell_at(info, table.columns.get(role)) if table is not None else None

    # ---- context
    def _enter(self, info: SentInfo, ctx: Context) -> None:
        ctx.said_year = ctx.said_here
        ctx.fact_year = self.results[-1]["year"] if self.results and self.results[-1]["start"] >= self.block_start.get(info.sent.block, info.sent.start) else None
        if info.years:
            ctx.said_here = int(info.years[-1].number)
        if info.sent.block != ctx.block or self._race_heading_line(info):
            ctx.block = info.sent.block
            item = self._item_heading(info)
            # "Distance: 135 miles", "Finish rate: around 80%": a fact sheet's field line under an
            # item's heading goes on with that item, it opens no section
            heading = (_is_heading(info) and not (_FIELD_LINE.match(info.sent.text) and not any(r.kind in ("race", "route") for r in info.races))
                       and not pattern("page_furniture").match(info.sent.text)) or self._race_heading_line(info)
            if item is not None or heading:
                ctx.section_year = item[1] if item is not None else _heading_year(info)
            if item is not None and not (heading or _is_heading(info)):
                ctx.section_race = item[0]  # the item's heading carries a time: a result, and its section's race
            if heading:
                races = [r for r in info.races if r.kind == "race"]
                # "Men", "Top five results", "Final standings (top 8)" under a race's section: its list
                keep = not races and (_GENDER_HEADING.fullmatch(info.sent.text.strip()) is not None or _LIST_HEADING.search(info.sent.text) is not None)
                ctx.section_race = races[0] if races else (ctx.section_race if keep else None)
                if not _GENDER_HEADING.fullmatch(info.sent.text.strip()):
                    ctx.list_heading = info.sent.text  # "Record progression" / "Men" / "2013 - X - T": the list's heading
                ctx.section_heading = info.sent.text
                # "Men" / "Women's race" under "Past winners" is a part of that list, not a new section
                ctx.winners_section = bool(_WINNERS_HEADING.search(info.sent.text)) or (
                    ctx.winners_section and bool(_GENDER_HEADING.fullmatch(info.sent.text.strip())))
                ctx.all_time_section = bool(_ALL_TIME_HEADING.search(info.sent.text)) or (
                    ctx.all_time_section and bool(_GENDER_HEADING.fullmatch(info.sent.text.strip())))
                routes = [r for r in info.races if r.kind == "route"]
                ctx.section_route = routes[0] if routes else None  # a new heading opens a new subject
                d = _heading_distance(info)
                ctx.record_subject_heading = False
                if d is not None or races or routes:
                    # "50 miles", "24 hours": a records explainer's section is about that distance
                    ctx.record_subject, ctx.chain = d or (races or routes)[0], []
                    ctx.record_subject_block = info.sent.block
                    ctx.record_subject_heading = True
            first = info.sent.text.split()[0].lower().strip("“\"'‘") if info.sent.text.split() else ""
            cont = first in _SUBJ_PRONOUNS | _POSS_PRONOUNS | {"then", "but", "it", "that", "there", "later", "earlier"} \
                or (self.interview and _TURN_LABEL.match(info.sent.text) is not None) \
                or info.sent.block - 1 in self.prompt_blocks \
                or _SAME_EVENT_OPENER.match(info.sent.text) is not None  # an answer goes on with its question's race and year; "Further back in the same race, ..."
            # a paragraph that goes on with "Her racing ..." keeps the story's year, but not the
            # "In 2023, ..." that dated the last one's every month
            ctx.para_year_lead = False
            if not cont:
                ctx.para_race = None
                ctx.para_year = None
                ctx.para_record_type = None
                ctx.para_route = ctx.section_route

    def _race_heading_line(self, info: SentInfo) -> bool:
        """A line inside a block of short lines that is a heading naming a race at its start
        ("Posted October 13" / "Sulphur Springs 50K (Ancaster, Ont.) — Oct. 10" / "Women: ..."):
        it opens the race's section as a block's heading does."""
        if info.sent.line_start or not (info.sent.start == 0 or self.text[: info.sent.start].rstrip(" \t").endswith("\n")):
            return False
        if self.text[info.sent.end :].lstrip(" \t")[:1] not in ("\n", ""):
            return False
        # ... or after a listicle's item number ("ADVERTISEMENT" / "3. Spartathlon (Greece)")
        return _is_heading(info, in_block=True) and any(r.kind == "race" and (r.start - info.sent.start <= 2 or re.fullmatch(
            r"\d{1,2}[.)]\s+(?:The\s+)?", self.text[info.sent.start : r.start])) for r in info.races)

    @staticmethod
    def _prompt_blocks(infos: list[SentInfo]) -> set[int]:
        """The interviewer's paragraphs of a Q&A set out without labels: one-sentence paragraphs
        that ask ("When did Comrades become serious for you?") or prompt ("Last June you were
        back at Comrades."), when at least three of them ask."""
        sents: dict[int, list[SentInfo]] = {}
        for i in infos:
            sents.setdefault(i.sent.block, []).append(i)
        prompts = {b for b, ss in sents.items() if len(ss) == 1 and len(ss[0].sent.text.split()) <= 16 and not _is_heading(ss[0])
                   and (ss[0].sent.text.rstrip().endswith("?") or _YOU.search(ss[0].sent.text))}
        asked = sum(1 for b in prompts if sents[b][0].sent.text.rstrip().endswith("?"))
        return prompts if asked >= 3 else set()

    def _item_heading(self, info: SentInfo) -> tuple[RaceMention | None, int | None] | None:
        """(race, year) of a list item's heading line that opens with its runner and names the
        race or the year of the performance ("3. Name (NAT) — 14:09:28, Race, 2019"): the text
        under it tells that run."""
        t = info.sent.text.rstrip()
        if not info.sent.line_start or not info.persons or re.search(r"[.!?:;\"”]$", t) or len(t.split()) > 16:
            return None
        if self.text[info.sent.end :].lstrip(" \t")[:1] not in ("\n", ""):
            return None  # the line is a sentence of a paragraph, not a line of its own
        head = _ITEM_HEAD.match(t)
        if info.persons[0].start - info.sent.start > head.end() + 1:
            return None
        races = [r for r in info.races if r.kind == "race"]
        years = {y for _, y in self._event_years(info)}
        year = years.pop() if len(years) == 1 else None
        if not races and year is None:
            return None
        return (races[0] if races else None), year

    def _update_focus(self, info: SentInfo, ctx: Context) -> None:
        text = self.text
        s0 = info.sent.start
        pron = re.search(r"\b(?:he|she|they|his|her|their)\b", info.sent.text, re.I)
        for p in info.persons:
            if pron and pron.start() + s0 < p.start:
                return
            before = text[max(s0, p.start - 120) : p.start]
            # "For Fitzgerald, it came down to ...", "5 - wins for Marta Ibsen, the most by any woman."
            topic = re.fullmatch(r"\s*(?:For|As for|With|And for)\s+", text[s0 : p.start]) is not None or _TALLY_FOR.fullmatch(text[s0 : p.start]) is not None
            # "The women's race belonged to X": the winner told from the other side is the subject
            agent = _AGENT_BEFORE.search(before) is not None
            if not topic and (_SAID.search(before[-25:]) or _in_quote(text, p.start, self.block_start.get(info.sent.block, s0)) or (_BLOCK_BEFORE.search(before) and not agent)):
                continue
            if re.match(r"['’]s?\s+(?:\d|previous|old|former)", text[p.end : p.end + 12]) and any(q.start > p.end for q in info.persons):
                continue  # "the record was Leor Pantilat's 3 days ..., so D'Haene took": the old mark's owner is no subject
            ctx.focus = p.name
            ctx.focus_idx = ctx.sent_idx
            # everyone named as an actor enters the history; the first named ends up most
            # recent ("Anna Berg and Tom Ruiz ran ... She ...")
            actors = [q.name for q in info.persons if q.start >= p.start and not _SAID.search(text[max(s0, q.start - 25) : q.start])
                      and (not _BLOCK_BEFORE.search(text[max(s0, q.start - 120) : q.start]) or ((topic or agent) and q is p))]
            for name in reversed(list(dict.fromkeys(actors))):
                if name in self.role_names:
                    continue  # a coach or referee is not who "she" is about
                if name in ctx.history:
                    ctx.history.remove(name)
                ctx.history.append(name)
            return

    def _salient(self, ctx: Context, want: str | None = None) -> str | None:
        """The athlete a description ("the 27-year-old") most likely means: the most recent in
        focus of the gender the sentence gives ("her second Comrades", "14th woman"), unless an
        earlier one is the story's protagonist."""
        cands = [n for n in reversed(ctx.history) if want is None or self.gender.get(n) in (None, want)][:3]
        if not cands:
            return None
        counts = self.mention_counts
        best = max(cands, key=lambda n: counts.get(n, 0))
        sure = want is not None and self.gender.get(cands[0]) == want and self.gender.get(best) is None
        return best if counts.get(best, 0) >= 2 * max(1, counts.get(cands[0], 0)) and counts.get(best, 0) >= 4 and not sure else cands[0]

    def _sentence_gender(self, info: SentInfo) -> str | None:
        """The gender a sentence without a named person gives its subject, if one only."""
        t = info.sent.text
        f = re.search(r"\b(?:she|her|hers|herself|woman|women's|female)\b", t, re.I)
        m = re.search(r"\b(?:he|his|him|himself|man|men's|male)\b", t, re.I)
        return "f" if f and not m else ("m" if m and not f else None)

    def _pronoun_target(self, info: SentInfo, pos: int, ctx: Context) -> str | None:
        """A pronoun at pos: the last subject-like person of its gender before it in the
        sentence, else the most recent athlete in focus of that gender."""
        word = self.text[pos : pos + 4].lower()
        want = "f" if word.startswith(("she", "her")) else ("m" if word.startswith(("he", "his", "him")) else None)

        def ok(name: str) -> bool:
            g = self.gender.get(name)
            return want is None or g is None or g == want

        before = [p for p in info.persons if p.end <= pos and not _BLOCK_BEFORE.search(self.text[max(info.sent.start, p.start - 120) : p.start])
                  and not _SAID.search(self.text[max(info.sent.start, p.start - 25) : p.start]) and ok(p.name)]
        if len(before) > 1:
            # "Nakata's mark ... the 270 km Camille Herron covered when she won": a possessive
            # is not the subject the pronoun picks up
            actors = [p for p in before if not re.match(r"['’]s?\b", self.text[p.end : p.end + 2])]
            before = actors or before
        if before:
            return before[0].name
        # "ruled by Yiannis Kouros, whose ... when he won": the one person named before it
        # ... but "Paced over Hope Pass by his friend X, he won": a fronted participle phrase is
        # about the pronoun, who is someone else
        lead = re.match(r"\s*(?:[A-Z][a-z]+ed|Led|Helped|Paced|Crewed)\b[^,;]*,", self.text[info.sent.start : pos])
        named = {p.name for p in info.persons if p.end <= pos and ok(p.name) and p.name not in self.role_names
                 and not (lead and p.end <= info.sent.start + lead.end())}
        if len(named) == 1:
            return named.pop()
        # "Jonas Meyer (Germany) — The former record holder is back. He was fifth here in 2024":
        # in an item headed by a runner, a pronoun with no one named before it is the runner's
        head = self._item_runner(info) if not named else None
        if head is not None and ok(head):
            return head
        # an obituary's "she" is its subject, whoever the last paragraph quoted or raced against
        family = self._obituary_family()
        subject = next((n for n in reversed(ctx.history) if family and fold(n).split()[-1] == family and ok(n)), None)
        if subject is not None:
            return subject
        # the most recent compatible athlete in focus, unless an earlier one is the story's
        # protagonist (mentioned far more often so far): "she" in an obituary is its subject
        cands = [n for n in reversed(ctx.history) if ok(n)][:3]
        if not cands:
            return None
        counts = self.mention_counts
        best = max(cands, key=lambda n: counts.get(n, 0))
        # a protagonist of unknown gender does not outrank the latest person known to match
        sure = want is not None and self.gender.get(cands[0]) == want and self.gender.get(best) is None
        # "Kenji Ishiwata chased him ... He was M2": a subject pronoun that opens its sentence
        # continues the subject of the sentence just before; so does the first pronoun of a
        # sentence that names no one before it ("X won four times. The first of those wins was
        # the first under 19 hours: his 18:58:40 ...")
        opener = re.fullmatch(r"\s*(?:[\"“‘']\s*)?", self.text[info.sent.start : pos]) is not None
        first = not any(p.start < pos for p in info.persons) and not re.search(r"\b(?:he|she|his|her|him)\b", self.text[info.sent.start : pos], re.I)
        sure = sure or ((opener and word.startswith(("he", "she")) or first) and want is not None and ctx.focus_idx == ctx.sent_idx - 1
                        and ctx.history and ctx.history[-1] == cands[0] and self.gender.get(cands[0]) == want)
        pick = best if counts.get(best, 0) >= 2 * max(1, counts.get(cands[0], 0)) and counts.get(best, 0) >= 4 and not sure else cands[0]
        if want and self.gender.get(pick) is None:
            self.gender[pick] = want  # "She pulled away": now known, so "He" means someone else
        return pick

    # ---- athlete of an anchor
    def _athlete(self, info: SentInfo, clause: tuple[int, int], pos: int, ctx: Context) -> tuple[str | None, float]:
        text = self.text
        a, b = clause
        # 1. "NAME (TIME)" / "NAME, TIME": the name right before a parenthesised value.
        # 2. the dependency parse: the subject of the verb that governs the anchor.
        # "Sara Lindholm, third in T", "Jared Hazen (14:26:46)": the name right before
        for p in info.persons:
            if p.end <= pos and re.fullmatch(r"(?:['’]s?)?\s*(?:,|\(|(?:,[^,.;]{0,30})?,\s*(?:the|a|an)?\s*(?:\w+\s+){0,2}?(?:who|which)\s+(?:(?:was|were|is|came|finished|placed|took|ran)\s+)?)\s*(?:[A-Z]{3}\)\s*)?", text[p.end : pos]):
                return p.name, 0.85
        # "X of Rimouski, who accompanied Gagnon through the night, takes the assist": past a
        # relative clause set off by commas, the verb is the subject's, not the clause's object's
        aside = [p for p in info.persons if a <= p.start and p.end <= pos and re.fullmatch(
            r"(?:\s+(?:of|from)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?,\s+who\s+[^,;()]{5,160},\s+(?:[a-z]+\s+){0,3}", text[p.end : pos])]
        if aside:
            return aside[0].name, 0.8
        # "ahead of Oliver Brandt of Missoula, bib No. 38, who was second in T": a
        # non-restrictive relative clause is about the person it hangs on
        rel = [p for p in info.persons if p.end <= pos and _WHO_CLAUSE.fullmatch(text[p.end : pos])]
        if rel and not any(rel[-1].end <= q.start < pos for q in info.persons):
            return rel[-1].name, 0.85
        dep = self._dep_subject(info, pos, ctx)
        # nearest person to the left in the clause, not the object of beat/behind/said...:
        # lists ("X was second in T1 and Y third in T2") defeat the parse, not this
        left = [p for p in info.persons if a <= p.start and p.end <= pos]
        lead_pron = re.match(r"\s*(?:[,;]\s*)?(?:and\s+|then\s+|but\s+)?(he|she|they)\b", text[a:pos], re.I)
        for p in reversed(left):
            before = text[a : p.start]
            if lead_pron and lead_pron.end() + a <= p.start:
                break  # "He improved Kouros's record ... and won": the pronoun is the subject
            if re.fullmatch(r"['’]s?\s*", text[p.end : pos]):
                return p.name, 0.8  # "Castellano's 14:31"
            if re.fullmatch(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}\d{1,3}(?:[:.]\d\d){1,2}\s*", text[p.end : pos]):
                return p.name, 0.8  # "Schide's 15:46:57 lowered Y's record": the run's runner does the lowering
            if re.match(r"['’]", text[p.end : p.end + 1]) and not re.match(r"['’]s?\s+(?:[\w:.]+\s+)?(?:win|winning|victory|time|finish|run|distance|performance|effort|total)\b", text[p.end : p.end + 30]):
                continue  # a possessive ("Kouros's record") is not the actor
            # "was won by A in T1 and by B in T2": the second agent of the same verb
            agent = _AGENT_BEFORE.search(before) or (re.search(r"\band\s+by\s+(?:[\w-]+['’]s\s+)?$", before) and re.search(r"\bwon\s+by\b", before))
            if not agent and (_BLOCK_BEFORE.search(before) or _SAID.search(before[-25:]) or _in_quote(text, p.start, self.block_start.get(info.sent.block, info.sent.start))):
                continue
            between = text[p.end : pos]
            pron = re.search(r"\b(?:he|she|they)\b", between, re.I)
            if pron:
                break
            return p.name, 0.9 if dep[0] == p.name else 0.7
        if dep[0] and not (any(a <= p.start < b for p in info.persons) is False and re.match(r"\s*(?:,\s*)?(?:and\s+|with\s+)?[A-Z][a-z]", text[a:b])):
            return dep
        # 4. a pronoun subject in the clause
        seg = text[a:pos]
        # "A: I won Leadville in 2019": the narrator of an interview or diary; "TOM RUIZ: I won":
        # the speaker whose label opens the paragraph
        speaker = self._speaker(info)
        quoted = _in_quote(text, pos, self.block_start.get(info.sent.block, info.sent.start))
        if quoted and re.search(r"\b(?:I|[Mm]y)\b", text[max(a, self._quote_open(info, pos)) : pos]):
            speaker = self._quote_speaker(info, pos, ctx)  # "'I won Leadville in 2019,' Kowalski said"
            if speaker:
                return speaker, 0.6
        elif speaker and not left and re.search(r"\b(?:I|[Mm]y)\b", seg):
            return speaker, 0.6
        bstart = self.block_start.get(info.sent.block, info.sent.start)
        unquoted_left = [p for p in left if not _in_quote(text, p.start, bstart)]
        # ("it took me 27:44:10": the writer's time too)
        # ("which I think was a British best" hedges someone else's mark)
        if self.narrator and not unquoted_left and re.search(r"\b(?:I(?!\s+(?:think|believe|guess|suspect|reckon|suppose|gather|understand|hear|heard|remember|recall|know)\b)|[Mm]y|(?:took|takes|take|taking)\s+me)\b", seg) \
                and not _in_quote(text, pos, bstart):
            return self.narrator, 0.6
        # "Q: You were fourth here last year in T. What changed?": the interviewer's "you" is the
        # one the interview is with (not its writer's byline, "By X")
        if self.narrator and not unquoted_left and not re.search(r"\b[Bb]y\s+" + re.escape(self.narrator) + r"\b", text) and re.search(r"\b(?:[Yy]ou|[Yy]our)\b", seg) and not _in_quote(text, pos, bstart) \
                and (self.interview or _QUESTION_LABEL.match(text, bstart) or "?" in text[pos : (text.find("\n", pos) + 1 or len(text))]):
            return self.narrator, 0.6
        # "Her biggest challenge should come from X (Japan), who was runner-up in 2024": the
        # relative clause is about the name it hangs on, not the possessive that opens the sentence
        rel = next((p for p in reversed(info.persons) if a <= p.start and p.end <= pos and re.fullmatch(
            r"(?:\s*\([^()]{1,30}\))?,\s+who\s+(?:(?!\b(?:he|she|they|who)\b)(?:[^.;]|\.\d))*", text[p.end : pos])), None)
        if rel is not None:
            return rel.name, 0.6
        pron = re.search(r"\b(he|she|they|his|her)\b", seg, re.I)
        if pron:
            return self._pronoun_target(info, a + pron.start(), ctx), 0.6
        # 4b. "the 29-year-old", "The Basque mountain runner": a description of the athlete in focus
        if not left and ctx.history and (
                re.search(r"\b[Tt]he\s+(?:\d+-year-old|(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+)?(?:runner|rookie|veteran|debutant|champion|winner|leader)|[A-Z][a-z]+(?:an|ian|ese|ish|ch|ard|ss))\b", text[a:pos])
                or re.match(r"\s*(?:[^,.;]{0,25},\s*)?[Tt]he\s+(?:[\w'’-]+\s+){1,3}(?:ran|won|finished|took|set|broke|clocked|crossed|came|placed|covered|completed)\b", text[a:pos + 12])
                # "The Manchester-based physiotherapist was second in 2025": the place right after the copula
                or re.fullmatch(r"\s*[Tt]he\s+(?:[\w'’-]+\s+){0,2}(?!(?:race|course|event|field|record|time|weather|day|edition|title|win|result|finish|winner|podium|pace)\s)[a-z][\w'’-]+\s+(?:was|is|had\s+been)\s+", text[a:pos])):
            return self._salient(ctx, self._sentence_gender(info)), 0.5
        # 4c. a clause that opens on its verb ("... and won X in February", "... but moved up and
        # crossed the line in T", "... and two months later won X") shares the subject before it
        if not left and a > info.sent.start and re.match(r"[\s,;]*(?:(?:and|but)\s+)?(?:then\s+|later\s+|also\s+|still\s+|" + _LATER + r")?(?:had\s+(?:been|won|finished|placed|run|taken)|had\s+to\s+settle|won|finished|took|set|placed|ran|clocked|broke|claimed|captured|crossed|came|ended|opened|(?-i:[a-z]{3,}ed)|as\s+(?:the\s+)?(?:\w+\s+)?(?:winner|champion|victor|runner-up))\b", text[a:b]):
            return self._athlete(info, (info.sent.start, a), a, ctx)
        # 4d. "... second at Transgrancanaria in T and third at Madeira in T2": a clause that opens
        # on a place, naming no one, shares the subject of the clause before it
        # ("... and was second at Western States behind X": the one she finished behind is no subject)
        if not left and a > info.sent.start and not any(a <= p.start < b and not _BLOCK_BEFORE.search(text[a : p.start]) for p in info.persons) \
                and _elliptic_place().match(text, a, b):
            return self._athlete(info, (info.sent.start, a), a, ctx)
        # 5. "Second was NAME in T": the first person to the right in the clause
        right = [p for p in info.persons if pos <= p.start < b and not _SAID.search(text[max(a, p.start - 25) : p.start])]
        if right and not _BLOCK_BEFORE.search(text[max(a, right[0].start - 120) : right[0].start]):
            return right[0].name, 0.55
        # 6. a subject-less fragment ("Finished 5th.", "Course record.") is about the focus
        # (a bare number, "8:43.", is a speaker's correction or echo, not a statement)
        if not info.persons and len(info.sent.text.split()) <= 6 and re.search(r"[^\W\d_]{2}", _SPEAKER.sub("", info.sent.text)) and not re.search(r"\b(?:I|we|you|it|nobody|everyone|someone|there|this|that)\b", info.sent.text, re.I):
            return (ctx.history[-1] if ctx.history else None), 0.45
        # "• Aiko Mizuno (JPN) — Fourth at CCC last year and the winner of ...": an item's description
        # is about the name that heads it
        head = info.persons[0] if info.persons else None
        if head is not None and head.end <= a and _ITEM_HEAD.fullmatch(text[info.sent.start : head.start]) \
                and re.match(r"\s*(?:\([^)]{1,90}\))?\s*[—–:-]", text[head.end : max(a + 4, head.end + 100)]) \
                and not any(head.end < p.start < pos for p in info.persons[1:]):
            return head.name, 0.6
        # "Won the Black Canyon 100K in February in 8:31:06." after "• Emily Ross (USA) — ...": a
        # list item or note drops the subject it just named
        if not left and ctx.history and not info.persons and _SUBJECTLESS.match(text, info.sent.start, info.sent.end) \
                and not _in_quote(text, pos, self.block_start.get(info.sent.block, info.sent.start)):
            return ctx.history[-1], 0.5
        # "Back this year with F2 at the Maxi-Race in May." further into "• Sophie Arnaud (FRA) — ...": a
        # sentence naming nobody in a bulleted item is about the runner heading the item
        if not left and not info.persons and self.names is not None:
            item_head = self._item_runner(info)
            if item_head is not None and not _in_quote(text, pos, self.block_start.get(info.sent.block, info.sent.start)):
                return item_head, 0.5
        # "TL;DR: 22:14:37, 17th woman": in a first-person report a statement naming nobody is the narrator's
        # ("It was a women's course record" goes back to the run just told, whoever ran it)
        # (... but "The Milwaukee teacher, who runs a 2:31 marathon, set the course record" is someone else's)
        if self.narrator and not info.persons and not re.search(r"\b(?:he|she|they|his|her|him|them|we|our|you|your|it)\b", info.sent.text, re.I) \
                and not _DESCRIBED_SUBJECT.match(info.sent.text) \
                and not _in_quote(text, pos, self.block_start.get(info.sent.block, info.sent.start)):
            return self.narrator, 0.45
        return None, 0.0

    def _dep_subject(self, info: SentInfo, pos: int, ctx: Context) -> tuple[str | None, float]:
        sdoc = info.sdoc
        if sdoc is None:
            return None, 0.0
        off = info.sent.start
        span = sdoc.char_span(pos - off, pos - off + 1, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None, 0.0
        tok = span[0]
        seen = 0
        node = tok
        while seen < 8:
            seen += 1
            if node.tag_[:2] in ("VB", "MD") or node.dep_ == "ROOT":
                subj = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
                if subj:
                    st = subj[0]
                    spos = st.idx + off
                    for p in info.persons:
                        if p.start <= spos < p.end or any(p.start <= t.idx + off < p.end for t in st.subtree if t.dep_ in ("compound", "poss", "appos", "nsubj", "nsubjpass") or t is st):
                            if p.start <= spos < p.end:
                                return p.name, 0.9
                    low = st.lower_
                    if low in _SUBJ_PRONOUNS:
                        return self._pronoun_target(info, spos, ctx), 0.8
                    if low in ("who", "that") and node.dep_ == "relcl":
                        head = node.head
                        for p in info.persons:
                            if p.start <= head.idx + off < p.end:
                                return p.name, 0.85
                    # "The 31-year-old Austrian covered ...": a description of the focus
                    for p in info.persons:
                        if any(p.start <= t.idx + off < p.end for t in st.subtree):
                            return p.name, 0.8
                    return None, 0.0
                if node.dep_ in ("conj", "xcomp", "advcl", "ccomp") and node.head is not node:
                    node = node.head
                    continue
                if node.dep_ == "relcl":
                    head = node.head
                    for p in info.persons:
                        if p.start <= head.idx + off < p.end:
                            return p.name, 0.85
                    return None, 0.0
                if node.dep_ == "ROOT":
                    return None, 0.0
            if node.dep_ == "appos" or (node.head.dep_ in ("nsubj", "nsubjpass") and node.dep_ in ("appos", "amod", "acl")):
                for p in info.persons:
                    if p.start <= node.head.idx + off < p.end:
                        return p.name, 0.8
            if node.head is node:
                return None, 0.0
            node = node.head
        return None, 0.0

    # ---- race and year of an anchor
    def _race(self, info: SentInfo, clause: tuple[int, int], pos: int, ctx: Context,
              kinds: tuple[str, ...] = ("race",)) -> tuple[RaceMention | None, float]:
        a, b = clause
        # "two-time Western States champion" describes a person; it is no race for the clause
        races = [r for r in info.races if r.kind in kinds and not (
            not (0 <= pos - r.end <= 15) and _TITLE_AFTER.match(self.text[r.end : r.end + 30]))
            and not _AHEAD_BEFORE.search(self.text[max(0, r.start - 50) : r.start]) and not _AHEAD_AFTER.match(self.text[r.end : r.end + 25])
            and not ((t := _TITLE_BEFORE.search(self.text, max(0, r.start - 40), r.start)) and pos < t.start())]
        # "X, 14:20:33, who last September was silver at the European championships": the
        # relative clause after the result tells another race
        whos = [(m.start(), m.end()) for m in _WHO_AFTER.finditer(self.text, info.sent.start, info.sent.end)
                if m.start() >= pos and _OTHER_OCCASION.search(m.group(0))] if "who" in info.sent.text else []
        races = [r for r in races if not any(ws <= r.start < we for ws, we in whos)]
        # "X, fourth at Comrades in June, won in T": the apposed aside's race is not the result's
        asides = self._asides(info) if races else []
        races = [r for r in races if not any(xs <= r.start < xe and not xs <= pos < xe for xs, xe in asides)]
        in_clause = [r for r in races if a <= r.start < b]
        if in_clause:
            best = min(in_clause, key=lambda r: abs(r.start - pos))
            # "who won here in T last year and lowered the record at the Canyons 100K": the "here"
            # next to the result is the story's race, the race named further on another's
            home = ctx.section_race or ctx.main_race
            if home is not None and home.kind in kinds and home.name != best.name and any(
                    abs(a + h.start() - pos) <= 20 and abs(a + h.start() - pos) < abs(best.start - pos) for h in re.finditer(r"\bhere\b", self.text[a:b])):
                return home, 0.85
            return best, 1.0
        # "... the Spartathlon in 2023, and came third in this same six-day race in 2024": the
        # story's race; "was last year's runner-up at the same event": the paragraph's
        same = _SAME_RACE.search(self.text, a, b)
        home = (ctx.para_race if same and same.group(0).lower().startswith("the") else None) or ctx.section_race or ctx.main_race
        if same and home is not None and home.kind in kinds:
            return home, 0.7
        if re.search(r"\bhere\b", self.text[a:b]) and ctx.section_race is not None and ctx.section_race.kind in kinds:
            return ctx.section_race, 0.7  # a results column: "here" is the race its heading names
        if re.search(r"\bhere\b", self.text[a:b]) and ctx.main_race is not None and ctx.main_race.kind in kinds:
            return ctx.main_race, 0.7  # "X was third here in 2023 and won Transgrancanaria in February"
        if races and re.search(r"\bthe (?:men['’]s|women['’]s|mens|womens) race\b", self.text[a:b]) and ctx.main_race is not None \
                and ctx.main_race.kind in kinds and not any(r.end <= a and (a - r.end < 40 or r.start - info.sent.start <= 12) for r in races):
            # "X, who won the men's race in T, is entered, but Y has moved up to UTMB": the
            # clause's own "the men's race" is the story's race, not one named in another clause
            return ctx.para_race if ctx.para_race is not None and ctx.para_race.kind in kinds else ctx.main_race, 0.7
        if races and a == info.sent.start:
            # "X won the last up run in T, and followed that with a win at Two Oceans": the race of
            # the result told next is not the first one's
            nxt = [(c0, c1) for c0, c1 in _clauses(info, self.text) if c0 >= b and _FOLLOWED_WITH.match(self.text, c0, c1)]
            races = [r for r in races if not any(c0 <= r.start < c1 for c0, c1 in nxt)]
        if races:
            # the gap to the nearer edge: "At the Frankfurt Marathon on Sunday, X clocked T" is Frankfurt's
            return min(races, key=lambda r: pos - r.end if r.end <= pos else r.start - pos), 0.85
        main = ctx.main_race if ctx.main_race is not None and ctx.main_race.kind in kinds else None
        # "X was second that day": the day of the race just told
        anaphora = re.search(r"\b(?:the (?:men's|women's|mens|womens) (?:race|field)|the race|this race|here|the event|the course|this year's (?:race|edition)|that (?:day|afternoon|weekend|edition)|the same (?:day|edition))\b",
                             self.text[info.sent.start : info.sent.end], re.I)
        here = anaphora is not None and anaphora.group(0).lower() == "here"
        if anaphora or info.sent.table is not None:
            for cand in ((ctx.section_race, main, ctx.para_race) if here else (ctx.para_race, ctx.section_race, main)):
                if cand is not None and cand.kind in kinds:
                    return cand, 0.6
        if ctx.para_race is not None and ctx.para_race.kind in kinds:
            # "He had earned his entry at Black Canyon in February. ... finished fourth":
            # a race told with its own date was an aside; the story's race comes back
            own_years = self._event_years(info)
            own_year = own_years[0][1] if own_years else self._relative_year(info, ctx)
            own_time = own_year is not None
            if ctx.para_race_dated and own_time and own_year != ctx.para_race_year and main is not None and main.name != ctx.para_race.name:
                own_time = False  # "won X in 2023. But on Sunday ... the second woman": the story's race, this year
            focus = ctx.history[-1] if ctx.history else None
            # "... finished second woman at Javelina. X was then 12th overall": the focus's
            # result told in this paragraph at that race is no aside
            ran_it = any(r["athlete"] == focus and r["race"] == ctx.para_race.name
                         and r["start"] >= self.block_start.get(info.sent.block, info.sent.start) for r in self.results)
            if ran_it or not (ctx.para_race_dated and main is not None and not own_time and focus != ctx.para_race_athlete):
                return ctx.para_race, 0.7
        if ctx.section_race is not None and ctx.section_race.kind in kinds:
            return ctx.section_race, 0.65
        if ctx.last_race is not None and ctx.last_race.kind in kinds and _LIST_LABEL.match(info.sent.text):
            return ctx.last_race, 0.6  # "Men: 1 X 5:19:07; 2 Y ...": the results of the race just told
        if main is not None:
            return main, 0.5
        return None, 0.0

    def _asides(self, info: SentInfo) -> list[tuple[int, int]]:
        """Comma-delimited asides right after a runner's name that tell a place or win of
        their own: ", fourth at Comrades in June,", ", the 2019 winner at Lavaredo,"."""
        out = []
        for p in info.persons:
            m = _ASIDE_AFTER_NAME.match(self.text, p.end, info.sent.end)
            if m and any(m.start() <= v.start < m.end() for v in info.places + info.wins):
                out.append((m.start(), m.end()))
        return out

    def _event_years(self, info: SentInfo) -> list[tuple[int, int]]:
        """(position, year) of the years in a sentence that date an event (not 'set in 2012 by')."""
        key = (info.sent.start, len(info.persons))
        cached = self._ey_cache.get(key)
        if cached is not None:
            return cached
        out = self._event_years_uncached(info)
        self._ey_cache[key] = out
        return out

    def _event_years_uncached(self, info: SentInfo) -> list[tuple[int, int]]:
        out = []
        for y in info.years:
            after = self.text[y.end : y.end + 6]
            before = self.text[max(0, y.start - 12) : y.start].lower()
            if re.match(r"\s*by\b", after) and "set in" in before:
                continue
            opener_by = re.fullmatch(r"\s*By\s+", self.text[info.sent.start : y.start]) is not None  # "By 2017 she was on the podium"
            if not opener_by and re.search(r"\b(?:since|until|before|by)\s+$", before) and not re.match(r",?\s+when\b", after) and not re.search(r"\b(?:held|owned|had)\s+(?:it\s+|the record\s+|the mark\s+)?since\s+$", self.text[max(0, y.start - 30) : y.start]):
                continue  # "none finished until 1989, when X came in eighth": the year of the event
            # "the 29:02:55 run by Rolf Ebner in 2012": the year of the old record
            hm = re.search(r"\b(?:set|run|ran|established|held|owned)\b(?:(?!\b(?:and|but|while|when)\b)[^.;,]){0,45}$", self.text[max(info.sent.start, y.start - 60) : y.start])
            if hm and any(max(info.sent.start, y.start - 60) + hm.start() < p.start < y.start for p in info.persons):
                continue
            if re.search(r"\bthan\s+(?:(?:he|she|they|I|we)\s+(?:did|had|ran|was|were)\s+(?:(?:there|here|it)\s+)?)?(?:in\s+)?$", self.text[max(info.sent.start, y.start - 30) : y.start]):
                continue  # "went out more cautiously than in 2019": a comparison, not the event's date
            if re.search(r"['’]s\s+$", self.text[max(0, y.start - 4) : y.start]) and info.persons \
                    and not re.match(r"\s+(?:[\w'’-]+\s+){0,2}?(?:win|victory|title|triumph)\b", self.text[y.end : y.end + 40]):
                continue  # "Kostelnick's 2016 record": the old record's year ("Reyes's 2021 win" is the win's)
            if re.search(r"\b(?:his|her|their|its)\s+$", before) and re.match(r"\s+(?:season|campaign|calendar|plans?|schedule|build)\b", self.text[y.end : y.end + 12]):
                continue  # "a broken foot ended his 2024 season": no edition of anything
            if re.search(r"\b(?:his|her|their|its)\s+(?:own\s+)?$", before) and re.match(r"\s+(?:(?:course|women['’]s|men['’]s)\s+)?(?:mark|record|best|time|standard)\b", self.text[y.end : y.end + 25]):
                continue  # "beating her own 2023 mark": the old record's year
            if re.search(r"\b(?:his|her|their)\s+own\s+(?:[\w'’-]+\s+)?(?:mark|record|best)\s+(?:from|of|set in)\s+$", self.text[max(info.sent.start, y.start - 40) : y.start]):
                continue  # "to beat his own mark from 2019": the old record's year
            if re.search(r"\w['’]s,?\s+(?:(?:[\w-]+\s+){0,2}(?:record|mark|best)\s+(?:of\s+)?)?\d[\d:.'’h\"”]*,?\s+(?:from|in|of|set in)\s+$", self.text[max(info.sent.start, y.start - 40) : y.start]):
                continue  # "took down Brett Maune's 52:03:08 from 2012": the old record's year
            if re.search(r"\w['’]s\s+(?:[\w-]+\s+){0,2}(?:record|mark|best|time)\s+(?:from|of|set in)\s+$", self.text[max(info.sent.start, y.start - 50) : y.start]):
                continue  # "took 8:47 off Harker's time from 1974": the old mark's year
            if any(re.fullmatch(r",?\s+(?:from|in|set in)\s+", self.text[t.end : y.start]) and re.search(r"\w['’]s\s+$", self.text[max(0, t.start - 4) : t.start])
                   for t in info.times):
                continue  # "Leor Pantilat's 3 days, 7 hours and 36 minutes from 2014"
            if re.search(r"\b(?:record|mark|best)\b[^.;]{0,20}?\b(?:she|he|they|it)\s+(?:had|has)\s+(?:set|run|ran|established)\b[^.;,]{0,30}?\b(?:in|back in)\s+$",
                         self.text[max(info.sent.start, y.start - 80) : y.start]) or re.search(
                    r"\b(?:record|mark|best)\s+(?:that\s+)?(?:she|he|they)\s+(?:had\s+)?(?:set|run|ran|established)\s+(?:(?:it|there|here|himself|herself|themselves)\s+){0,2}(?:in|back in)\s+$",
                    self.text[max(info.sent.start, y.start - 80) : y.start]):
                continue  # "taking 11 minutes off the course record she had set there herself in 2022"
            opened = self.text.rfind("(", info.sent.start, y.start)
            if opened >= 0 and ")" not in self.text[opened : y.start] and _EARLIER_MARK.search(self.text[opened : y.end]):
                continue  # "1. X, 3:44:12 (course record, previous 3:49:55 by Y, 2022)": the old mark's year
            near = self.text[max(info.sent.start, y.start - 45) : y.start]
            hm2 = re.search(r"(?:had\s+|has\s+)?(?:set|run|ran|established)(?:\s+it)?\s+(?:in|at)\s+$", near)
            if hm2 and any(p.end <= y.start - len(near) + hm2.start() + 3 and y.start - p.end < 45 for p in info.persons):
                continue  # "the 5:34:59 Max King had run in 2012": the old record's year
            out.append((y.start, int(y.number)))
        return out

    def _segment(self, info: SentInfo, pos: int) -> tuple[int, int]:
        """The comma-delimited stretch of the sentence around pos."""
        s0, s1 = info.sent.start, info.sent.end
        # a colon inside a time (14:40:22) is no boundary; one followed by a space is; a short
        # bracketed name ("the Ultra-Trail Mt. Fuji (UTMF) last April") is no aside
        sent = _SHORT_PAREN.sub(lambda m: " " * len(m.group(0)), self.text[s0:s1])
        left = max([m.end() for m in re.finditer(r"[,;—–(]|:\s", sent[: pos - s0])] or [0]) + s0
        m = re.search(r"[,;—–)]|:\s", sent[pos - s0 :])
        return left, (pos + m.start()) if m else s1

    def _owned(self, info: SentInfo, y: int, pos: int) -> bool:
        """Is the year at y inside an aside that holds another fact ("X, seventh here in 2023,
        won in 8:22:31")?"""
        a, b = self._segment(info, y)
        if a <= pos < b:
            return False
        if any(re.fullmatch(r"\s*(?:edition of\s+(?:the\s+)?)?", self.text[y + 4 : r.start]) for r in info.races if r.start >= y + 4):
            return False  # "Second woman, 2022 Tahoe 200 (62:15:30)": a year before a race dates its edition
        anchors = [v.start for v in info.places + info.wins] + [t.start for t in info.times if t.role == "finish"]
        return any(a <= p < b for p in anchors)

    def _later_holders_year(self, info: SentInfo, y0: int, pos: int) -> bool:
        """"went to X in T1, but the record of T2, from Y in 1986": a year told after the holder
        of a later mark dates that mark, not one told before it."""
        if y0 <= pos:
            return False
        lo = max(pos, y0 - 80)
        m = re.search(r"\b(?:by|from)\s+(?:(?-i:[A-ZÀ-ÞĀ-ž])[\w'’.-]*\s+){1,4}(?:in|back in)\s+$", self.text[lo:y0])
        return m is not None and any(pos < t.start < lo + m.start() for t in info.times if t.role in ("finish", "bound"))

    def _year(self, info: SentInfo, clause: tuple[int, int], pos: int, ctx: Context, who: str | None = None) -> int | None:
        a, b = clause
        for m in _TITLE_RX.finditer(info.sent.text):
            if m.start() <= pos - info.sent.start < m.end() and not (m.group(0)[0] in "Dd" and info.years):
                if m.group("y"):
                    return int(m.group("y"))  # "The 2021 winner, X, wasn't on the start list this year"
                if ctx.anchor_year is not None:
                    return ctx.anchor_year - 1  # the "winner" of "last year's winner, X, dropped" won last year
        wm = re.search(r"\b((?:19|20)\d\d),?\s+when\s+(?:[\w'’-]+\s+){0,3}$", self.text[info.sent.start : pos])
        if wm:
            return int(wm.group(1))  # "in 1984, when he won": the when-clause is dated by its year
        # a date right after the mark or place is its own: "his own 14:30:04 from a year earlier",
        # "Walmsley's 19:37:43 from 2023", "58:21:07, set when he won last year", "third here last year"
        own = pattern("own_date").match(self.text, pos, min(info.sent.end, pos + 60))
        if own is not None:
            if own.group("year"):
                return int(own.group("year"))
            rel = self._relative_year(info, ctx, (own.start("rel"), own.end("rel")))
            if rel is not None:
                return rel
        # "X was second, and the 2025 winner, Y, third": a title's year is the title's only
        ys = [y for y in self._event_years(info) if not self._owned(info, y[0], pos) and not any(a0 <= y[0] < b0 for a0, b0 in self._title_spans)
              and not self._later_holders_year(info, y[0], pos)]
        in_clause = [y for y in ys if a <= y[0] < b]
        counted = pattern("counted_year").search(self.text[a:b])
        if counted and a + counted.start() < pos and not any(a + counted.start() <= y0 < pos for y0, _ in in_clause):
            # "Two years later she ran T at CIM, under the standard for the 2020 Trials": a date
            # counted from the last one told dates its clause, not a later year in it
            rel = self._relative_year(info, ctx, (a + counted.start(), b))
            if rel is not None:
                return rel
        told = [y0 for y0, _ in in_clause if y0 < pos]
        if told:
            # "won the Waldo 100K in 2024 and was third at X the year before": a date counted
            # from the year just told dates the result after it
            after = re.search(r"\b(?:the year before|the previous year|the following year)\b", self.text[pos:b])
            if after and not any(pos < v.start < pos + after.start() for v in info.places + info.wins):
                rel = self._relative_year(info, ctx, (pos + after.start(), pos + after.end()))
                if rel is not None:
                    return rel
        if in_clause:
            # "X, a teacher who moved to Y in 2021, had won Z in 2025 in T": a year in the mark's own
            # comma stretch beats a nearer one in an aside
            seg = self._segment(info, pos)
            near = min([y for y in in_clause if seg[0] <= y[0] < seg[1]] or in_clause, key=lambda y: abs(y[0] - pos))
            # "won the Borrowdale last August in T and was runner-up at X in 2024": the date told
            # after an anchor, before the next one, is its own
            nxt = min([v.start for v in info.places + info.wins if v.start > pos] + [b])
            if all(y0 > nxt for y0, _ in in_clause):
                # "Last month X was fourth at the Maxi-Race, her best since finishing second at the
                # 2022 CCC": every year told belongs to a later place; a relative date before is this one's
                rel = self._relative_year(info, ctx, (a, pos))
                if rel is not None:
                    return rel
            if not any(pos < y0 < nxt for y0, _ in in_clause):
                rels = [m for rx in (pattern("month_ref"), pattern("relative_year")) for m in rx.finditer(self.text, pos, nxt)
                        if not (m.groupdict().get("year") or m.groupdict().get("day"))]
                rel = self._relative_year(info, ctx, (rels[0].start(), rels[0].end())) if rels else None
                if rel is not None:
                    return rel
            return near[1]
        opener = re.search(r"(?:^|;)\s*([^;,]{4,30}?),?\s*$", self.text[info.sent.start : a]) if a > info.sent.start else None
        if opener and pattern("relative_year").fullmatch(opener.group(1)):
            # "X's T from 2019 is the men's record; last year, Y took the women's down to T2": the
            # date that opens the clause's half of the sentence dates it
            rel = self._relative_year(info, ctx, (info.sent.start + opener.start(1), info.sent.start + opener.end(1)))
            if rel is not None:
                return rel
        if ys and a > info.sent.start and (pattern("relative_year").search(self.text[a:b]) or counted) and not pattern("month_ref").search(self.text[a:b]):
            rel = self._relative_year(info, ctx, clause)  # "who had dropped in 2024 and finished seventh here last year"
            if rel is not None:
                return rel
        own_month = pattern("month_ref").search(self.text[a:b])
        if ys and own_month and not own_month.group("year"):
            rel = self._relative_year(info, ctx, (a, b))  # "... and won Transgrancanaria in February"
            if rel is not None:
                return rel
        if ys:
            return min(ys, key=lambda y: abs(y[0] - pos))[1]
        seg = self._segment(info, pos)
        # a clause narrower than the comma stretch keeps its own date ("Fourth at CCC last year
        # and the winner of the Mt. Fuji 100 in April")
        rel = self._relative_year(info, ctx, clause) if clause[1] - clause[0] < seg[1] - seg[0] else None
        if rel is None:
            rel = self._relative_year(info, ctx, seg)
        if rel is None and seg[0] > info.sent.start + 2 and re.match(r"\s*(?:which|where|when|at which|in which)\b", self.text[seg[0] : seg[1]]):
            # "the Liverpool to Manchester race last year, which she won in T": the relative
            # clause is dated with the noun it hangs on
            rel = self._relative_year(info, ctx, self._segment(info, seg[0] - 2))
        # elsewhere in the clause or sentence a relative date counts when it opens it ("Last
        # year, X won"), not inside an aside ("who moved to trails two years ago")
        if rel is None:
            rel = self._relative_year(info, ctx, (clause[0], min(clause[1], clause[0] + 30)))
        if rel is None:
            mm = pattern("month_ref").search(self.text[clause[0] : pos])  # a month told before the anchor
            if mm and not mm.group("year"):
                rel = self._relative_year(info, ctx, (clause[0], pos))
        if rel is None:
            rel = self._relative_year(info, ctx, (info.sent.start, min(info.sent.end, info.sent.start + 30)))
        if rel is None and a > info.sent.start and not any(info.sent.start <= p.start < a and p.name != who for p in info.persons) \
                and not any(info.sent.start <= v.start < a for v in info.places + info.wins):
            # "His debut came at Javelina last October, and he won it in T": the date told earlier
            # in the sentence about the same runner ("X, third last year, ... and came home
            # seventh": not the date of another result told there)
            rel = self._relative_year(info, ctx, (info.sent.start, a))
        if rel is not None:
            return rel
        if a > info.sent.start:
            # "X won the men's race last summer in T, and Y took the women's title in T2": a
            # coordinated clause without a date of its own shares the one just told
            same = [(w, y) for s, w, y in self._told if s == info.sent.start and y is not None]
            if same and who is not None and all(w != who for w, _ in same):
                return same[-1][1]
        if ctx.para_year is not None:
            # "X was second in T. Y won the race in 2023 and holds the record from that year.
            # Third went to Z in T": the past told mid-paragraph about another runner does not
            # date the report's results that go on around it
            present = ctx.anchor_year is not None and not ctx.para_year_lead and who is not None and who not in ctx.para_year_names \
                and any(r["year"] == ctx.anchor_year and self.block_start.get(info.sent.block, info.sent.start) <= r["start"] < ctx.para_year_at
                        for r in self.results)
            return ctx.anchor_year if present else ctx.para_year
        if ctx.section_year is not None:
            return ctx.section_year
        return ctx.season_year if ctx.season_year is not None else ctx.anchor_year

    def _kept_title_year(self, info: SentInfo, a: int, v: Value, ctx: Context) -> int | None:
        """"retained the women's title she won last year": the title kept is this edition's win,
        dated before it ("In 2019 she defended her title"), not by the old win told after it."""
        told = [y for y0, y in self._event_years(info) if a <= y0 < v.start]
        if told:
            return told[-1]
        rel = self._relative_year(info, ctx, (a, v.end))
        if rel is not None:
            return rel
        return next((y for y in (ctx.para_year, ctx.section_year) if y is not None), ctx.anchor_year)

    def _dnf_year(self, info: SentInfo, pos: int, ctx: Context) -> int | None:
        """The year a drop happened: told in its own stretch, else the story's."""
        seg = self._segment(info, pos)
        ys = [y for y in self._event_years(info) if seg[0] <= y[0] < seg[1]]
        if ys:
            return ys[0][1]
        rel = self._relative_year(info, ctx, seg)
        return rel if rel is not None else (ctx.para_year if ctx.para_year is not None else ctx.anchor_year)

    def _relative_year(self, info: SentInfo, ctx: Context, clause: tuple[int, int] | None = None) -> int | None:
        t = self.text[clause[0] : clause[1]] if clause else info.sent.text
        m = pattern("month_ref").search(t)
        if m and (re.search(r"\b(?:last year|\w+ years? ago)\s+(?:in\s+)?$", t[: m.start()], re.I)
                  or re.match(r",?\s+(?:of\s+)?(?:last year|\w+ years? ago)\b", t[m.end() :], re.I)):
            m = None  # "a year ago in July", "last year in June", "in March last year": the year is told, the month only narrows it
        if m and not m.group("year"):
            month = cues()["months"][m.group("month").lower()]
            told = ctx.para_year if ctx.para_year is not None else None
            if re.search(r"\b(?:that|the same|the following|the next)\s+$", t[: m.start()], re.I):
                told = ctx.para_year if ctx.para_year is not None else ctx.last_year  # "at CIM that December"
                if told is not None and re.search(r"(?:following|next)\s+$", t[: m.start()]):
                    told += 1
                if told is not None:
                    return told
            if m.group("last") is None and told is not None and told != ctx.anchor_year and ctx.para_year_lead \
                    and not re.search(r"\b(?:this|last|next) (?:year|season)\b", info.sent.text, re.I):
                return told  # "In 2017 ... At the Moab 240 in October she won": the paragraph's year
            return _month_year(month, m.group("last") == "last", ctx)
        m = pattern("counted_year").search(t)
        # "He won the JFK 50 in November (...). A year earlier he had run ...": counted from the
        # paragraph's year, else from the result just told
        base = next((y for y in (ctx.para_year, ctx.fact_year, ctx.last_year) if y is not None), None)
        if m and clause:
            earlier = [y for y in self._event_years(info) if y[0] < clause[0] + m.start()]
            if earlier:
                base = earlier[-1][1]  # "won in 2022, and X ran T a year later"
        if m and m.group("n") is None and re.search(r"that|same", m.group(0), re.I):
            # "lowered X's record of T from 2024. Y was second to X that year": the year just written
            start = (clause[0] if clause else info.sent.start) + m.start()
            said = [int(y.number) for y in info.years if y.start < start] or [ctx.said_year]
            if said[-1] is not None or base is not None:
                return said[-1] if said[-1] is not None else base
        if m and base is not None:
            n = m.group("n")
            if n is None:
                return base + 1
            from .normalize import number

            step = int(number(n) or 1) * (10 if m.group("unit").lower().startswith("decade") else 1)
            return base - step if (m.group("dir") or "").lower() in ("earlier", "before") else base + step
        m = pattern("relative_year").search(t)
        if m and re.search(r"\b(?:set|ran|run|established|from)\s+(?:\w+\s+)?$", t[: m.start()][-25:]) and not re.search(
                r"\b(?:the|a|an|down|up|his|her|their|this|that)\s+run\s+$", t[: m.start()][-25:]):
            m = None  # "the mark that Lusk set last year" dates the old record
        if m and m.group("rel").lower() in ("the year before", "the previous year", "the following year"):
            # "He won the Waldo 100K in 2024 and was third at X the year before": counted from
            # the year the sentence told, else from the paragraph's
            start = (clause[0] if clause else info.sent.start) + m.start()
            told = [y for y0, y in self._event_years(info) if y0 < start] or ([ctx.para_year] if ctx.para_year is not None else [])
            if told:
                return told[-1] + (1 if m.group("rel").lower() == "the following year" else -1)
        if m and ctx.anchor_year is not None:
            rel = m.group("rel").lower()
            if rel in ("last year", "a year ago", "last season", "the year before", "the previous year"):
                return ctx.anchor_year - 1
            if rel.split()[0] == "last" and rel.split()[1] in ("spring", "summer", "autumn", "fall", "winter") and ctx.published is not None:
                # "last summer" in a January article is last year's; in October, this year's
                season_end = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 2}[rel.split()[1]]
                return ctx.anchor_year if ctx.published.month > season_end and rel != "last winter" else ctx.anchor_year - 1
            ago = re.fullmatch(r"(\w+) \w+ ago", rel)
            if ago:  # "two summers ago"
                from .normalize import number

                return ctx.anchor_year - int(number(ago.group(1)) or 0)
            if rel in ("next year", "the following year"):
                return ctx.anchor_year + 1
            return ctx.anchor_year
        return None

    # ---- record helpers
    def _record_type(self, cue: Value, race: RaceMention | None, ctx: Context) -> str | None:
        if cue.role not in ("generic", "implied"):
            return cue.role
        if (open_type := self._open_category_type(cue, ctx)) is not None:
            return open_type
        if ctx.para_record_type:
            return ctx.para_record_type
        if race is not None and race.kind == "distance" and ctx.doc_record_type in ("world record", "national record", "age-group record"):
            return ctx.doc_record_type  # "the 24-hour record" in a piece about world records
        if ctx.para_route is not None and (ctx.para_race is None or ctx.para_route.start > ctx.para_race.start):
            return "FKT"
        if race is not None and race.kind == "race" and race.start < self._sent_start and ctx.main_race is None and self._main_route is not None:
            return "FKT"  # "Paris's mark" in a piece about a round, the Barkley named in passing before: the round's FKT
        if race is not None and race.kind == "race" and self._headline_type == "age-group record":
            return self._headline_type
        if race is not None:
            return {"route": "FKT", "distance": "world record"}.get(race.kind, "course record")
        return None

    def _open_category_type(self, cue: Value, ctx: Context) -> str | None:
        """"the men's 100K record ... on the Canadian ultra books", told in a paragraph on an
        age-group record: the open category's record, the nation's."""
        if ctx.para_record_type != "age-group record" or cue.role not in ("generic", "implied") or not re.search(
                r"\b(?:the|a)\s+(?:men|women)['’]s\s+(?:[\w.-]+\s+)?$", self.text[max(0, cue.start - 40) : cue.start]):
            return None
        stop = self.text.find(".", cue.end)
        sent = self.text[self._sent_start : stop if stop >= 0 else len(self.text)]
        return "national record" if any(w in _nationality_words() for w in re.findall(r"[a-z]+", sent.lower())) else None

    def _holders(self, info: SentInfo, ctx: Context) -> list[dict]:
        """Standing records stated with their holder: 'record of T set in 2012 by NAME',
        'the mark of T that NAME had set in 2012', "NAME's 15:29:33, set in 2023", 'held by NAME'."""
        text = self.text
        s0, s1 = info.sent.start, info.sent.end
        seg = text[s0:s1]
        out = []
        finish_times = [t for t in info.times if t.role in ("finish", "bound") and t.extra.get("form") != "words" or t.role == "finish"]
        for p in info.persons:
            rel_s, rel_e = p.start - s0, p.end - s0
            before = seg[max(0, rel_s - 60) : rel_s]
            after = seg[rel_e : rel_e + 130]
            # "belongs to American Kaitlyn Rowe": the holder's nationality is no part of the phrase
            nat = re.search(r"(?:\bthe\s+)?\b([A-Z][a-z]+)\s+$", before)
            before_nat = before[: nat.start()] if nat and nat.group(1).lower() in _nationality_words() else before
            m_by = None if _RACE_BELONGED.search(before) else re.search(r"(?:\b(?:set|run|ran|established|owned|held|broken|lowered|reali[sz]ed|achieved|clocked)\s+(?:(?:here|there)\s+)?(?:(?:in|at) (?:the )?(?P<y>\d{4})(?: race| edition)?\s+|(?:in|at|on|over)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:in\s+(?P<y2>\d{4})\s+)?)?by|\b(?:belongs|belonged) to|\bthat belongs to|\b(?:had|has)\s+stood\s+to|\b(?:record|mark|best|FKT)(?:\s+of|,|\s+[—–-])?\s+\d{1,3}[:.]\d{2}(?:[:.]\d{2})?,?\s+(?:by|from)|\b(?:took|take|takes|taking|wrested|wresting|grabbed)\s+(?:the|an?)\s+(?:[\w'’-]+\s+){0,2}(?:record|mark|best|FKT)(?:\s+of\s+\d[\d:.'’h]*)?\s+from|\b(?:is|was|remains|stands at)\s+\d{1,3}[:.]\d{2}(?:[:.]\d{2})?\s+by)\s+(?:(?:[A-Z][\w-]+\s+)?[A-Z][\w-]+['’]s\s+|the\s+(?:\w+\s+){0,2}|(?:(?-i:[A-Z])[\w-]+\s+)?(?:runner|athlete|ultrarunner)\s+)?$", before_nat)
            m_whoset = re.match(r",\s+who\s+(?:had\s+)?(?:set|run|ran|established)\s+(?:it|the\s+(?:(?:previous|old|former|existing)\s+)?(?:[\w'’-]+\s+){0,2}?(?:record|mark|FKT|best))\b"
                                r"(?:\s+of\s+\d{1,3}[:.]\d{2}(?:[:.]\d{2})?)?(?:\s+(?:in|back in)\s+(?P<y>\d{4}))?", after)
            m_whose = re.match(r",\s+whose\s+(?P<t>(?:[^.;]|\.(?=\d)){0,80}?)\b(?:(?:had|has)\s+)?(?:stood|lasted|survived|stands|is still|was|remains|remained|became)\b[^.;]{0,40}?(?:\s+(?:since|from|in)\s+(?P<y>\d{4}))?", after)
            if m_whose and not (info.records or re.search(r"\b(?:stood|lasted|survived|stands)\b", m_whose.group(0))):
                m_whose = None  # a "whose" clause states a standing record only with a record word
            whose_year = None
            if m_whose:
                ywm = re.search(r"\b(?:in|from)\s+(\d{4})\b", m_whose.group("t"))
                whose_year = m_whose.group("y") or (ywm.group(1) if ywm else None)
            m_that = re.search(r"(?:\b(?:that|which)|\b(?:record|mark|best)|\d{1,3}[:.h'’]\d[\d:.'’h\"”]*|\d[\d.,]*\s*(?:km|kilomet\w*|miles|mi))\s+(?:(?:(?-i:[A-Z])[\w-]+\s+)?(?-i:[A-Z])[\w-]+['’]s\s+|" + _RUNNER_TITLE + r")?$", before_nat) and re.match(r"(?:,\s+an?\s+[^,.;()]{1,50},)?\s+(?:had\s+)?(?:set|ran|run|established|held|owned|covered|recorded|logged|clocked|posted)\b(?:\s+(?:it\s+)?(?:in|at|since)\s+(?P<y>\d{4}))?", after)
            m_poss = re.match(r"['’]s?\s+(?:(?P<y>\d{4})\s+)?(?:(?:course|world|national|age-group|masters|previous|old|former|own|long-standing|longstanding|women's|men's|female|male|overall|all-time|down-run|up-run)\s+)*(?:record|mark|best|CR|FKT)?(?:\s+of)?\s*(?P<t>\d{1,3}[:.h]\d{2}(?:[:.'’]\d{2})?)?", after)
            holder_kind = None
            held = bool(m_that) and re.match(r"\s+(?:had\s+)?(?:held|owned)\b", after) is not None
            year = None
            colon = re.search(r"(?:record|mark|best)\b[^.:;]{0,40}:\s+$", before) and re.match(
                r"(?:['’]s?)?\s+(?:ran|set|clocked|covered|did)\s+(?P<t>\d{1,3}[:.h]\d{2}(?:[:.'’]\d{2})?)(?:[^.;]{0,20}?\b(?:in|back in)\s+(?P<y>\d{4}))?", after)
            # "Women's record holder Claire Dumont (8:41:30, 2019)": the holder's title, the mark in brackets
            titled = re.search(r"\b(?:record|CR|FKT)[- ]holder\s+$", before, re.I) and re.match(r"\s*\(\s*\d{1,3}[:.h]\d\d", after)
            if colon:
                holder_kind, year = "whose", colon.group("y")
            elif titled:
                holder_kind = "whose"
            elif m_whoset:
                holder_kind, year = "whose", m_whoset.group("y")
            elif m_whose:
                holder_kind, year = "whose", whose_year
            elif m_by:
                # "set by X in 2023", "held by X since 1994", "set by X in winning the 2005 race": the year after the name
                after_year = re.match(r",?\s+(?:in|since|back in|in winning the)\s+((?:19|20)\d\d)\b", after)
                holder_kind, year = "by", m_by.group("y") or m_by.group("y2") or (after_year.group(1) if after_year else None)
            elif m_that:
                holder_kind, year = "that", m_that.group("y")
            elif m_poss and (info.records or ctx.para_record_type) and re.match(
                    r"['’]s?\s+(?:(?:[\w'’-]+\s+){0,3}?(?:time|record|mark|best|FKT)\s+of\s+)?\d[\d:.'’h\"]*\s*(?:,?\s*(?:from|set in|in)\s+\d{4}\s*,?)?\s+(?:still\s+)?(?:survives|survived|remains|remained|stands|stood|lasted|holds|held)\b", after):
                # "Walmsley's 19:37:43 from 2023 survives", "X's 14:09:28 from 2019 remains untouched",
                # "X's self-supported time of 53:40:00, set in 2023, remains the women's standard"
                holder_kind = "poss"
            elif m_poss and (ap := re.match(r"['’]s?\s+(?:[\w'’.-]+\s+){0,4}?(?:record|mark|best|FKT)(?:,|\s+of)\s+", after)) and any(
                    x.start == p.end + ap.end() and x.role in ("finish", "duration") for x in info.times):
                holder_kind = "poss"  # "Sabbe's mark, 41 days, 7 hours and 39 minutes, had itself been a leap"
            elif m_poss and re.match(r"['’]s?\s+(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:km|kilomet(?:er|re)s|miles|mi|yards|laps)\b", after) and (info.records or ctx.para_record_type) and (
                    _BREAK.search(before) or re.search(r"\b(?:record|mark|best)\b[^.;]{0,60}[:,—–-]\s*$|\b(?:record|mark|best)\s+(?:is|was|remains|stands as)\s+(?:still\s+)?$", before)):
                holder_kind = "poss"  # "beating X's 348.2 km", "broke a Canadian record ...: X's 655 km": a fixed-time mark's holder
            elif m_poss and self._lead is not None and re.match(r"['’]s?\s+(?:\d{4}\s+)?(?:[\w'’-]+\s+){0,3}(?:record|mark|best|CR|FKT)\b", after):
                holder_kind = "poss"  # "18:06:24. Ann Trason's women's record from 1994."
            elif m_poss and (m_poss.group("t") and not _OTHER_CLAUSE_OPEN.search(before) or re.match(r"['’]s?\s+(?:\d{4}\s+)?(?:(?:course|world|national|age-group|masters|previous|old|former|own|long-standing|longstanding|women's|men's|female|male|overall|all-time|down-run|up-run)\s+)*(?:record|mark|best|CR|FKT)\b", after)
                             and _BREAK.search(before)) or (re.match(r"['’]s?\s+time\b", after) and _BREAK.search(before[-30:])) or (
                    # "the previous supported record was Leor Pantilat's 3 days, 7 hours": a time told in words
                    re.search(r"\b(?:record|mark|best|FKT)\b[^.;]{0,30}$", before) and any(
                        re.fullmatch(r"['’]s?\s+", text[p.end : x.start]) and x.role in ("finish", "duration") for x in info.times)):
                # "X's 15:29:33", "broke X's record", "off X's time"; a bare "X's record" in
                # passing ("we would be writing about Schide's record") is no statement
                holder_kind = "poss"
            if holder_kind is None:
                continue
            if holder_kind == "poss" and re.match(r"['’]s?\s+(?:run|time|performance|effort|win)\s+(?:also\s+)?(?:beat|broke|bettered|lowered|eclipsed|erased|improved|smashed|shattered)\b", after):
                continue  # "Bergeron's run beat the previous mark of T0": the runner broke the record, she did not hold the old one
            if holder_kind == "poss" and re.match(r"['’]s?\s+[^.;]{0,40}?\b(?:was|is|were|finished|came)\s+(?:[\w.,]+\s+){0,5}?(?:outside|short of|shy of|off|slower than|behind|adrift of)\s+(?:the|a|her|his|their)\b", after):
                continue  # "Brooks' 6:58:41 was about 11 minutes outside the women's course record": a miss
            # the time: for 'by'/'that' the nearest finish time before the name; for a
            # possessive the time right after it.
            t = None
            if holder_kind == "whose":
                cands = [x for x in info.times if x.start >= p.end and x.start - p.end < 70 and x.role in ("finish", "duration")]
                if not cands and m_whoset:
                    # "The previous record, T, belonged to X, who had set it in 2019", "The old record was T, and
                    # it belonged to X, who set it in 1994": the record's time told before
                    cands = [x for x in finish_times if x.end <= p.start and p.start - x.end < 70
                             and re.search(r"(?:record|mark|best|CR|FKT)(?:\s+of|\s+(?:was|is|stood at|stands at))?,?\s*$", text[max(0, x.start - 20) : x.start])][-1:]
                t = cands[0] if cands else None
            elif holder_kind in ("by", "that"):
                # only a time tied to the record noun: "record of T set ...", "T set in 2012 by"
                cands = [x for x in finish_times if x.end <= p.start and p.start - x.end < 70 and (
                    re.match(r",?\s*(?:(?:was|is|had been|has been)\s+)?(?:set|established|run|held|owned|reali[sz]ed|achieved)\b", text[x.end : x.end + 25])
                    or (holder_kind == "that" and re.match(r"[\"”]?,?\s*(?:(?:that|which)\s*)?(?:(?:(?-i:[A-Z])[\w-]+\s+)?(?-i:[A-Z])[\w-]+['’]s\s+|" + _RUNNER_TITLE + r")?$", text[x.end : p.start - len(before) + len(before_nat)]))
                    or re.match(r",?\s*(?:and\s+)?(?:it\s+)?(?:belong(?:s|ed) to|was held by|is held by)\b", text[x.end : x.end + 30])
                    or re.fullmatch(r"\s+by\s+", text[x.end : p.start])
                    # "the 18:34 mark Kaito Mori set", "the 14:18:49 record set by Spain's Laia Puig"
                    or re.fullmatch(r"\s+(?:(?:course|women['’]s|men['’]s|overall|old|previous)\s+)?(?:record|mark|best|FKT|CR)\s+(?:(?:that|which)\s+)?"
                                    r"(?:(?:(?:was|is|had been|has been)\s+)?(?:set|established|run|held|owned)\s+by\s+)?(?:the\s+)?(?:(?-i:[A-Z])[\w-]+(?:['’]s)?\s+)?",
                                    text[x.end : p.start - len(before) + len(before_nat)] if holder_kind == "that" else text[x.end : p.start])
                    or re.search(r"(?:record|mark|best|time|CR|FKT)(?:\s+of)?,?\s*[—–-]?\s*$", text[max(0, x.start - 20) : x.start]))]
                t = cands[-1] if cands else None
                if held:
                    t = None  # "the record X had held since 2018": its time, if any, follows ("with T")
                if t is None and holder_kind == "that":
                    wm = re.match(r"[^.;]{0,60}?\bwhen\s+(?:he|she|they|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:won|ran|finished|clocked)\s+(?:in\s+)?", after) or re.match(
                        r"\s+(?:had\s+)?(?:held|owned|set)\b[^.;,]{0,25}?\bwith\s+", after)  # "which X had held since 2016 with T"
                    later = [x for x in finish_times if wm and x.start == p.end + wm.end()]
                    t = later[0] if later else None
                if t is None:
                    # "15:29:33, the course record X set in 2023"; "the record X set in 2022, 26:14:12"
                    pre = [x for x in finish_times if x.end <= p.start and re.fullmatch(
                        r",\s+(?:the|a|an|her|his)\s+(?:[\w'’-]+\s+){0,4}?(?:record|mark|best)\s+(?:that\s+|which\s+)?(?:(?-i:[A-Z])[\w-]+['’]s\s+)?", text[x.end : p.start])]
                    post = [x for x in finish_times if x.start > p.end and re.fullmatch(r"\s+(?:had\s+)?(?:set|ran|run|established)\b[^.;,]{0,50},\s*", text[p.end : x.start])]
                    t = pre[-1] if pre else (post[0] if post else None)
                if t is None and holder_kind == "by":
                    # "the record set by Kilian Jornet, 19:49:30, at UTMB": the time apposed to the holder
                    t = next((x for x in finish_times if re.fullmatch(r"\s*[,(]\s*", text[p.end : x.start]) and re.match(r"\s*[,);]|\s*$|\s+(?:at|in|on)\b", text[x.end : x.end + 6])), None)
                if t is None and re.search(r"\b(?:belong(?:s|ed) to|held by|(?:record|mark|best|FKT)\s+from)\s+(?:(?-i:[A-Z])[\w-]+['’]s\s+|(?:(?-i:[A-Z])[\w-]+\s+)?(?:runner|athlete|ultrarunner)\s+)?$", before_nat):
                    wm = re.match(r",\s+who\s+(?:ran|set|clocked|ran it in|did|went|covered|recorded|posted|finished in|managed|won\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?(?:edition|race)\s+in)\s+", after)
                    later = [x for x in finish_times if wm and x.start == p.end + wm.end()]
                    t = later[0] if later else None
            else:
                cands = [x for x in info.times if x.start >= p.end and x.start - p.end < 40 and x.role not in ("margin", "pace", "clock", "split", "cutoff")]
                t = cands[0] if cands else None
                if year is None:
                    if re.match(r"['’]s?\s+(?:\S+\s+){0,3}?\d{1,3}[:.]\d{2}(?:[:.]\d{2})?,?\s+(?:from|of|in) last year", seg[rel_e:]) and ctx.anchor_year:
                        year = str(ctx.anchor_year - 1)
                    ym = None if year else re.match(r"[^.;]{0,40}?\b(?:set|run|ran) (?:in|at) (?:the )?(\d{4})", seg[rel_e:]) or re.match(
                        r"['’]s?\s+(?:\S+\s+){0,3}?(?:\d{1,3}:\d{2}(?::\d{2})?|[\d,.]+\s*(?:km|kilomet(?:er|re)s|miles|mi|yards|laps)),?\s+(?:from|in|of)\s+(\d{4})", seg[rel_e:]) or re.match(
                        r"['’]s?\s+(?:[\w'’-]+\s+){0,3}?(?:record|mark|best|CR|FKT),?\s+(?:from|of|set in)\s+(\d{4})\b", seg[rel_e:])  # "X's women's record from 1994"
                    year = ym.group(1) if ym else (m_poss.group("y") if m_poss else None)
            if t is None and holder_kind == "poss" and ctx.last_perf is not None and ctx.last_perf[0] == p.name:
                t, year = ctx.last_perf[1], year or (str(ctx.last_perf[2]) if ctx.last_perf[2] else None)  # "X set 15:24 in 2016. ... lowering X's mark"
            if t is None and self._lead is not None:
                t = self._lead
            # the type: the nearest cue before the name, else the paragraph's subject
            cue = None
            cues_before = [c for c in info.records if c.start < p.start]
            if cues_before:
                cue = cues_before[-1]
                typed_before = [c for c in cues_before if c.role not in ("generic", "implied")]
                if cue.role in ("generic", "implied") and typed_before:
                    cue = typed_before[-1]  # "set a new LV60 record, bettering the previous mark of T held by X": that record's
            elif info.records:
                cue = info.records[0]
            if cue is None and ctx.para_record_type is None:
                if holder_kind == "poss" and not re.match(r"['’]s?\s+(?:\d{4}\s+)?(?:\w+\s+)*?(?:record|mark|best|CR|FKT)", after):
                    continue
                if holder_kind == "by" and not re.search(r"\b(?:records?|marks?|bests?|times?|FKTs?)\b", before) and not any(
                        p.start - 60 <= x.start and x.end <= p.start for x in info.times + info.distances):
                    if re.search(r"\b(?:run|ran)\s+(?:in\s+\d{4}\s+)?by\s+$", before) and not re.search(r"\b(?:race|event|club|company|series)\b", before):
                        self._athlete_evidence(p.name, 0.6)  # the loop "was run in 1997 by X": a runner, if no record-holder
                    continue  # "the first recorded fast loop was run in 1997 by X": no mark is said to be X's
                if holder_kind in ("by", "that") and re.search(r"\bwinning\s+(?:times?|marks?|runs?)\b", before):
                    self._athlete_evidence(p.name, 0.8)
                    continue  # "the winning times from last year, run by X and Y": wins, no record
            ctype = cue.role if cue is not None and cue.role not in ("generic", "implied") else ctx.para_record_type
            # "the 270.116 km Camille Herron covered": a distance held, in a fixed-time piece about a
            # world (national) record, is that kind of record
            held_distance = ctype is None and ctx.doc_record_type in ("world record", "national record") and bool(self.fixed_hours) and bool(
                re.search(r"\d\s*(?:km|kilomet\w*|miles|mi)\s+(?:[A-Z][\w-]*['’]s\s+)?$", before))
            if held_distance:
                ctype = ctx.doc_record_type
            race, rconf = self._record_place(info, (s0, s1), p.start, ctx, ctype)
            rtype = self._record_type(cue, race, ctx) if cue is not None else (ctx.para_record_type or (
                {"route": "FKT", "distance": "world record"}.get(race.kind, "course record") if race else None))
            if held_distance:
                rtype = ctype
            if rtype == "course record" and (cue is None or cue.role in ("generic", "implied")) and (t is None or t.role != "finish") and race is not None and race.kind == "race" \
                    and ctx.doc_record_type in ("world record", "national record"):
                # "the record is Kouros's 1,036.8 km, set at the Colac Six Day Race", in a piece on
                # world records: a fixed-time event's record is over its duration
                span = _fixed_span(race)
                if span is not None:
                    race, rtype, t = span, ctx.doc_record_type, None
            if rtype is None:
                continue
            if year is None and t is not None:
                # the old record's own date follows its time: "X's 58:21:07, set when he won last year"
                # ... up to the next runner named ("X's T lowered Y's 2022 record": 2022 is Y's)
                upto = min([q.start for q in info.persons if q.start >= t.end] + [s1, t.end + 60])
                segtext = re.split(r"[.;]|,?\s+(?:and|but|while)\b", text[t.end : upto])[0]
                ym = re.search(r"\b(?:in|from)\s+(\d{4})\b|\b(\d{4})\b", segtext)
                if ym:
                    year = ym.group(1) or ym.group(2)
                elif re.search(r"\blast year\b", segtext) and ctx.anchor_year:
                    year = str(ctx.anchor_year - 1)
            if year is None and holder_kind in ("by", "that"):
                ym = re.match(r"(?:['’]s)?\s+(?:(?:had\s+)?(?:set|ran|run|established)\s+)?in\s+(\d{4})\b", after) or re.match(
                    r"(?:[^.;]|\.(?=\d)){0,60}?\b(?:in|from)\s+(\d{4})\b", after)  # "who ran 435.336 km in 2023"
                year = ym.group(1) if ym else None
                if year is None and re.match(r"[^.;]{0,60}?\blast year\b", after) and ctx.anchor_year:
                    year = str(ctx.anchor_year - 1)
            # "set in 2004", "set at the Colac Six Day Race in 2004"
            if year is None and holder_kind == "poss" and (sm := re.search(r"\bset (?:in|at)\s+(?:[^.;\d]{0,50}?\bin\s+)?(\d{4})", seg)):
                year = sm.group(1)
            broken = re.search(r"\b(?:beat|beats|beating|break|broke|breaks|breaking|improved|improving|improves|lowered|lowering|lowers|betters|bettered|eclipsed|erased|smashing|shattering|erasing|eclipsing|toppled|toppling|removed|removing|smashed|shattered|(?:took|take|takes|taking)\s+(?:down|over)|(?:took|taking|knocked|knocking|shaved|shaving|cut|cutting|chopped|chopping|lopped|lopping)\s+(?:[^.]{0,40})\s+off)\b", seg[: rel_s])
            # "... had belonged to X since 2002, and Bitter took nine minutes off it": broken after the name
            later = None if broken else re.search(r"^[^.;]{0,80}?(?:,|;|\band\b|\bbut\b|\buntil\b|\bwhen\b)\s+[^.;,]{0,40}?\b(?P<v>(?:took|takes|knocked|shaved|cut|chopped|lopped|clipped)\s+[^.;]{0,40}?\boff\s+it|(?:broke|bettered|lowered|beat|erased|eclipsed|improved)\s+it)\b", seg[rel_e:])
            out.append({"holder": p.name, "time": t, "year": int(year) if year else None, "type": rtype, "cue": text[max(s0, cue.start - 25) : cue.end] if cue is not None else "",
                        "race": race, "pos": p.start, "conf": 0.8 * max(rconf, 0.5), "broken": bool(broken),
                        "broken_at": p.end + later.start("v") if later else None})
        # "X won here in 2023 and holds the women's course record, 19:48:22, from that year": the
        # subject of "holds" holds a record whose time the sentence gives
        held = [(m, False) for m in pattern("record_holds").finditer(text, s0, s1)]
        timed = {h.start() for h, _ in held if any(x.start == h.end() for x in info.times)}
        held = [(h, b) for h, b in held if h.start() in timed]
        held += [(m, True) for m in pattern("record_holds_bare").finditer(text, s0, s1) if m.start() not in timed]
        for m, bare in held:
            if phrase_regex("negation").search(text, max(s0, m.start() - 25), m.start()) or phrase_regex("hypothetical").search(text, max(s0, m.start() - 40), m.start()):
                continue  # "never held the record", "hopes to own the record"
            t = None if bare else next((x for x in info.times if x.start == m.end() and x.role not in ("margin", "pace", "clock", "split", "cutoff")), None)
            cue = next((c for c in info.records if m.start() <= c.start < m.end()), None)
            if (t is None and not bare) or cue is None:
                continue
            who, conf = self._athlete(info, _clause_of(_clauses(info, text), m.start()), m.start(), ctx)
            if not who or any(h["holder"] == who for h in out):
                continue
            year = None
            ym = re.match(r",?\s+(?:from|set in|in|since|back in)\s+(?:(?P<y>(?:19|20)\d\d)\b|(?P<that>that|the same) year\b)|,\s*(?P<yp>(?:19|20)\d\d)\s*\)", text[t.end if t else m.end() : s1])
            if m.groupdict().get("since"):
                year = int(m.group("since"))  # "had owned the course record since 2023, when she ran T"
            elif ym and (ym.group("y") or ym.group("yp")):
                year = int(ym.group("y") or ym.group("yp"))  # "... (7:05:20, 2024)": the year in the brackets
            elif ym:
                told = [y for y0, y in self._event_years(info) if y0 < m.start()]
                year = told[-1] if told else None
            ctype = cue.role if cue.role not in ("generic", "implied") else ctx.para_record_type
            race, rconf = self._record_place(info, (s0, s1), cue.start, ctx, ctype)
            rtype = self._record_type(cue, race, ctx)
            if rtype is None:
                continue
            out.append({"holder": who, "time": t, "year": year, "type": rtype, "cue": text[max(s0, cue.start - 25) : cue.end], "race": race,
                        "pos": m.start(), "conf": 0.8 * max(rconf, 0.5) * max(conf, 0.6), "broken": False, "broken_at": None})
        # "erased the Japanese record and the Saroma course record, both of 6:09:14, set by X":
        # the holder held each record the sentence joins
        for h in list(out):
            typed = [c for c in info.records if c.start < h["pos"] and c.role not in ("generic", "implied")]
            if len(typed) < 2 or not re.search(r"\bboth\b", text[typed[-1].end : h["pos"]]) or not re.search(r"\band\b", text[typed[-2].end : typed[-1].start]):
                continue
            for c in typed[:-1]:
                if c.role == h["type"] or any(o["holder"] == h["holder"] and o["type"] == c.role for o in out):
                    continue
                race, _ = self._record_place(info, (s0, s1), c.start, ctx, c.role)
                out.append({**h, "type": c.role, "race": race, "cue": text[max(s0, c.start - 25) : c.end]})
        return out

    # ---- one sentence
    def _sentence(self, info: SentInfo, ctx: Context) -> None:
        ctx.sent_idx += 1
        lead, self._lead_time = self._lead_time, None
        self._lead = lead[1] if lead is not None and lead[0] == info.sent.block else None
        numbers = _NUMBERS_LINE.match(info.sent.text)
        if numbers is not None and self._lead is None:
            # "15:29:33 — the women's course record, set by X in 2023": a by-the-numbers line's time
            self._lead = next(iter(find_times(numbers.group("t"))), None)
        if len(info.times) == 1 and re.fullmatch(r"\s*\d{1,3}[:.]\d{2}(?:[:.]\d{2})?\.?\s*", info.sent.text):
            self._lead_time = (info.sent.block, info.times[0])
            return
        pair, self._lead_pair = self._lead_pair, None
        if len(info.times) == 2 and re.fullmatch(r"\s*\d{1,3}:\d{2}(?::\d{2})?\s+and\s+\d{1,3}:\d{2}(?::\d{2})?\.?\s*", info.sent.text):
            self._lead_pair = (info.sent.block, info.times[0], info.times[1])
            return
        if pair is not None and pair[0] == info.sent.block and self._winning_pair(info, ctx, pair[1:]):
            return
        self._touched = []  # results told (new or completed) in this sentence
        self._sent_start = info.sent.start
        self._enter(info, ctx)
        info.winners_line = ctx.winners_section and bool(_YEAR_LINE.match(info.sent.text))
        info.category_winner = ctx.winners_section and bool(_CATEGORY_LINE.match(info.sent.text))
        info.all_time_line = ctx.all_time_section and bool(_RANKED_LINE.match(info.sent.text))
        info.all_time_winners = info.all_time_line and bool(re.search(r"\bwinn(?:ing|ers?)\b", ctx.section_heading, re.I))
        text = self.text
        s0, s1 = info.sent.start, info.sent.end
        if info.sent.text[:1] != " " and pattern("page_furniture").match(info.sent.text) and (
                s0 == 0 or text[:s0].rstrip(" \t").endswith("\n")):
            return  # "Related: Western States 2026: Five Things to Watch": another story's headline
        if self._record_box(info, ctx):
            return
        if self._labelled_item(info, ctx):
            return
        if self._record_page_line(info, ctx):
            return
        if info.sent.table is not None:
            self._table_row(info, ctx)
            return
        if self._terse_list(info, ctx):
            return
        if (info.sent.start == 0 or self.text[: info.sent.start].rstrip(" \t").endswith("\n")) and not _LIST_LINE.match(info.sent.text) and not any(pattern("inline_result_cs").finditer(info.sent.text)):
            self._mark_line(info, ctx)
        if _is_heading(info) and len(info.sent.text.split()) > 1 and not info.times:
            self._update_focus(info, ctx)  # "4. Dale Kimura at Western States" introduces its section
            return  # ... but a heading states no fact
        if _LIST_LINE.match(info.sent.text) or info.row is not None:
            self._inline_list(info, ctx)
            return
        if re.search(r"\b(?:earlier|previous|original) version of this (?:article|story|report)|^\s*(?:Correction|Clarification|Editor['’]s note)\b|\b(?:incorrectly|mistakenly|misstated|misidentified)\b|\bit was not\b(?![^.;]*\brecord\b)", info.sent.text, re.I):
            self._update_focus(info, ctx)
            return  # a correction notice repeats the wrong facts it corrects
        if not info.persons and pattern("team_win").search(info.sent.text):
            return  # "The relay category was won by the team X in T": a team's result, nobody's
        self._update_focus(info, ctx)
        self._restated_time(info)
        n_results, n_records = len(self.results), len(self.records)
        self._inline_list(info, ctx)
        self._title_results(info, ctx)
        self._record_chain(info, ctx)
        if self._career_line(info, ctx):
            return
        self._multi_year_wins(info, ctx)
        self._covered_distance(info, ctx)
        clauses = _clauses(info, text)
        for m in _DISQUALIFIED.finditer(text, s0, s1):
            # "X, who crossed the line first in T, has been disqualified": that edition's result is void
            clause = _clause_of(clauses, m.start())
            # the name the verb hangs on, past an aside ("X, who crossed the line first in T, has been")
            head = [p for p in info.persons if p.end <= m.start() and re.fullmatch(r"(?:['’]s?)?\s*(?:,[^;]{0,160}?,\s*)?", text[p.end : m.start()])]
            who = head[0].name if head else self._athlete(info, clause, m.start(), ctx)[0]
            if who:
                race, _ = self._race(info, clause, m.start(), ctx)
                self.disqualified.append((who, race.name if race else None, self._year(info, clause, m.start(), ctx, who)))
        holders = self._holders(info, ctx)
        self._recent_holders = (ctx.sent_idx, sorted({h["holder"] for h in holders}))
        claimed_times = {id(h["time"]) for h in holders if h["time"] is not None}
        for h in holders:
            self._add_record(info, h["type"], h["race"], h["holder"], h["time"], h["year"], None, None, None, h["conf"])
            if h["time"] is not None:
                ctx.last_perf = (h["holder"], h["time"], h["year"])  # "Bland's 13:53 from 1982. It lasted 36 years."
            self._athlete_evidence(h["holder"], 0.8)
            # A record performance at a race is also a result (even when the race name is lost).
            # ... but an "American age-group record" was not necessarily run at this race
            if h["time"] is not None and (h["race"] is None or h["race"].kind == "race") and h["type"] in ("course record", "age-group record") and not (
                    h["type"] == "age-group record" and re.search(r"(?i)\b(?:world|national)\b", h["cue"]) or h["type"] == "age-group record" and any(w in _nationality_words() for w in re.findall(r"[a-z]+", h["cue"].lower()))):
                # "15:29:33 — the course record, set by X in 2023": a by-the-numbers line's time is no clock stamp
                self._add_result(info, h["holder"], h["race"], h["year"], None, h["time"], h["conf"], stamped=numbers is None)
            elif h["time"] is not None and h["race"] is not None and h["race"].kind == "distance" and h["type"] in ("world record", "national record", "other"):
                # "the 100 km record is X's 6:33:11, run at Lake Saroma in 2000": the record run is a result there
                at = [r for r in info.races if r.kind == "race" and 0 < r.start - h["time"].end < 60
                      and re.search(r"\b(?:at|in)\s+(?:the\s+)?$", text[h["time"].end : r.start])]
                if at:
                    self._add_result(info, h["holder"], at[0], h["year"], None, h["time"], h["conf"] * 0.9)

        # "won in T, 44 seconds outside his own course record from 2022": a near miss that names the
        # runner's standing record
        for m in _OWN_MISSED.finditer(text, s0, s1):
            cue = next((c for c in info.records if m.start() <= c.start < m.end() and c.role not in ("generic", "implied")), None)
            if cue is None:
                continue
            who, conf = self._athlete(info, _clause_of(clauses, m.start()), m.start(), ctx)
            race, rconf = self._record_place(info, (s0, s1), cue.start, ctx, cue.role)
            rtype = self._record_type(cue, race, ctx)
            if who and rtype and race is not None:
                own_t = next((v for v in info.times if m.group("t") and v.start == m.start("t")), None)
                own_y = m.group("y") or m.group("y2")
                self._add_record(info, rtype, race, who, own_t, int(own_y) if own_y else None, None, None, None,
                                 0.6 * max(conf, 0.5) * max(rconf, 0.5), superseded=True)
        # "X won in T, to beat the T0 that Y set in 2018": X broke Y's record
        for h in holders:
            if not h["broken"] and h["broken_at"] is None:
                continue
            seg = text[s0 : h["pos"]]
            bm = list(re.finditer(r"\b(?:beat|beats|beating|break|broke|breaks|breaking|improved|improving|improves|lowered|lowering|lowers|betters|bettered|eclipsed|erased|smashing|shattering|erasing|eclipsing|toppled|toppling|removed|removing|smashed|shattered|took|taking|knocked|knocking|shaved|shaving|cut|cutting)\b", seg))
            vpos = h["broken_at"] if h["broken_at"] is not None else (s0 + bm[-1].start() if bm else h["pos"])
            clause = _clause_of(clauses, vpos)
            who, conf = self._athlete(info, (clause[0], vpos) if h["broken_at"] is not None else (s0, vpos), vpos, ctx)
            tc = [v for v in info.times if v.role == "finish" and id(v) not in claimed_times and v.end <= vpos]
            t = tc[-1] if tc else None
            runner = [g for g in holders if g["pos"] < vpos and g is not h]
            if runner and re.search(r"\b(?:a|the)\s+(?:run|time|mark|performance|effort|record)\s+(?:that|which)\s+(?:\w+\s+)?$", text[s0:vpos]):
                # "the record of T that Y set two years ago, a run that erased Z's T0": Y broke Z's record
                who, conf, t = runner[-1]["holder"], runner[-1]["conf"], runner[-1]["time"]
            told_year = None
            if not who and re.fullmatch(r"\s*(?:The|That|This|His|Her)\s+(?:run|time|performance|win|effort|finish)\s+(?:also\s+)?", text[s0:vpos]):
                # "X won in T. The time eclipsed the previous best of T0 set by Y": the run just told
                last = next((r for r in reversed(self.results) if r["start"] < s0 and r["time"]), None)
                if last is not None and (h["race"] is None or last["race"] == h["race"].name):
                    who, conf, told_year = last["athlete"], 0.6, last["year"]
                    t = Value("time", s0, s0, last["time"], "finish", last["seconds"], last["time"])
            prev = self._prev_info
            if not who and _THAT_BROKE.match(info.sent.text) and prev is not None and prev.sent.block == info.sent.block:
                # "X ran 100 miles in 15:58:21. That time lowers the M60 record of T0 set by Y": X's run
                names = {p.name for p in prev.persons}
                ptimes = [v for v in prev.times if v.role in ("finish", "split")]
                if len(names) == 1 and len(ptimes) == 1:
                    who, conf, t = names.pop(), 0.6, ptimes[0]
            if not who or who == h["holder"]:
                continue
            margin = next((v for v in info.times if v.role == "margin"), None)
            year = told_year if told_year is not None else self._year(info, clause, vpos, ctx)
            self._add_record(info, h["type"], h["race"], who, t, year, h["holder"],
                             h["time"].hms if h["time"] else None, margin, conf * 0.9)
            self._athlete_evidence(who, conf)
        # "the Eiger Ultra Trail went to Nina Kobler": a race that goes to a runner is her win
        for r in info.races:
            if r.kind == "race" and not any(w.start <= r.start < w.end + 30 for w in info.wins) and re.match(
                    r"\s+(?:went|goes|fell|falls|belonged|belongs)\s+to\s+(?-i:[A-Z])", text[r.end : r.end + 40]) and not re.search(r"\b(?:from|to)\s+(?:the\s+)?$", text[max(s0, r.start - 12) : r.start]):
                info.wins.append(Value("win", r.start, r.end, r.text, "goes_to", number=1))
        # "took the Montane Winter Spine Race", "claimed the Hardrock 100": taking a race is winning it
        for r in info.races:
            if r.kind == "race" and not any(w.start <= r.start < w.end + 30 for w in info.wins) and re.search(
                    r"\b(?:took|takes|taking|claimed|claims|claiming|captured|captures|bagged|clinched|conquered)\s+(?:the\s+)?(?:\d{4}\s+)?(?:edition\s+of\s+(?:the\s+)?)?$", text[max(s0, r.start - 40) : r.start]):
                info.wins.append(Value("win", r.start, r.end, r.text, "took", number=1))
        neg_rx = phrase_regex("negation")
        hyp_rx = phrase_regex("hypothetical")
        dnf_rx = phrase_regex("dnf")

        # --- results and new records, clause by clause
        for clause in clauses:
            a, b = clause
            ctext = text[a:b]
            places = [v for v in info.places if a <= v.start < b]
            for v in [v for v in places if v.extra.get("habit")]:
                # "finished runner-up to Fordyce more than once": a runner's record, no edition's result
                self._athlete_evidence(*self._athlete(info, clause, v.start, ctx))
            places = [v for v in places if not v.extra.get("habit")]
            lead = re.match(r"\s*(?:At|By|Through|Leaving|Into|Out of|Entering|Approaching)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)", text[s0:s1])
            if lead and not any(r.start - s0 <= lead.start(1) < r.end - s0 for r in info.races) and not re.search(r"\bfinish", ctext):
                places = []  # "At Robinson Flat, Brenner was third": a position during the race
            wins = [v for v in info.wins if a <= v.start < b and self._win_ok(v, info)]
            times = [v for v in info.times if a <= v.start < b and v.role in ("finish", "fixed") and id(v) not in claimed_times
                     and not _OLD_MARK_BEFORE.search(text, max(a, v.start - 50), v.start)]  # "beat the previous mark of T0": not the runner's
            rcues = [v for v in info.records if a <= v.start < b and (
                v.role != "implied" or ctx.para_record_type or ctx.para_route is not None or info.sent.block - ctx.record_block <= 2)]
            if not (places or wins or times or rcues):
                continue
            # A time that is an FKT on a route is no race result unless the clause names a race.
            fkt = any(c.role == "FKT" or (c.role == "generic" and ctx.para_record_type == "FKT") for c in info.records) or (
                ctx.para_record_type == "FKT" or (ctx.para_route is not None and ctx.para_race is None)
                # a piece about a route, no race in sight: "In 1982 X went round in 13 hours and 53 minutes"
                or (self._main_route is not None and ctx.main_race is None and ctx.para_race is None and ctx.section_race is None
                    and not any(r.kind == "race" for r in info.races))
                # "..., 14hr 02min 18sec after leaving it, to set a new women's record for the Bob Graham Round"
                or (bool(info.records) and any(r.kind == "route" for r in info.races) and not any(r.kind == "race" for r in info.races)))
            if fkt and not any(a <= r.start < b and r.kind == "race" for r in info.races):
                # "In 2017 X ran it supported in 2 days, 19 hours": no race result, but the
                # performance a record claim in the next sentence may refer to
                for v in times:
                    if not (hyp_rx.search(text[a : v.start][-60:]) or _in_quote(text, v.start, self.block_start.get(info.sent.block, s0))):
                        who, _ = self._athlete(info, clause, v.start, ctx)
                        if who is None and ctx.history and _WATCH_READ.fullmatch(text, s0, v.start):
                            who = ctx.history[-1]  # "... stopped his watch. It read 44:10:05.": the runner just told
                        if who:
                            self.performances.append((who, v, self._year(info, clause, v.start, ctx), info.sent.block))
                places, wins, times = [], [], []
            dnf = dnf_rx.search(ctext)
            anchors = sorted(places + wins + times, key=lambda v: v.start)
            # group the anchors by athlete
            # anchors group by athlete and year: "X, seventh here in 2023, won in T" is two results
            groups: dict[tuple[str, int | None, str | None], dict] = {}
            anchor_who: dict[int, tuple[str | None, float]] = {}
            anchor_year: dict[int, int | None] = {}
            anchor_race: dict[int, RaceMention | None] = {}
            # (two wins there are one result told twice: "won the USATF 100K at the Mad City 100K, his second title")
            split_races = len({r.name for r in info.races if r.kind == "race" and a <= r.start < b}) >= 2 and len({v.number for v in places + wins}) >= 2
            # "won the Race to the King in 7:12 and then the Race to the Stones in 7:41": each time
            # right after its own race is that race's result
            timed_race = {id(v): r for v in times for r in info.races
                          if r.kind == "race" and a <= r.start and _RACE_THEN_TIME.fullmatch(text[r.end : v.start])}
            if len({r.name for r in timed_race.values()}) >= 2 and (places or wins):
                split_races = True
            for v in anchors:
                before = text[a : v.start]
                seg_start = self._segment(info, v.start)[0]
                # a denial counts in the anchor's own stretch ("was never caught, crossing the
                # line in T" is a result; "had never won it" is not)
                # "could not match X and settled for second": a coordinated verb that happened
                # ends the reach of the modal or denial before it
                done = _DONE_VERB.search(before[-60:])
                hyp_from = done.end() if done else 0
                # "should come from X (Japan), who was runner-up in 2024": a relative clause tells a
                # fact of its own, out of the modal's reach
                rel = list(re.finditer(r",\s+(?:who|whose)\s+(?:had\s+|has\s+)?(?:was|were|won|finished|placed|came|took|ran|set|is)\b", before[-60:]))
                if rel:
                    hyp_from = max(hyp_from, rel[-1].start())
                neg_from = max(seg_start, v.start - 35, v.start - len(before[-60:]) + hyp_from)
                if hyp_rx.search(before[-60:][hyp_from:]) or neg_rx.search(text[neg_from : v.start]):
                    continue
                if any(t0 <= v.start < t1 for t0, t1 in self._title_spans):
                    continue  # "the 2025 winner, Sheffield's X": the title's result is told
                if v.kind == "time" and _RECORD_VALUE_BEFORE.search(text[max(a, v.start - 70) : v.start]):
                    continue  # "just the women's record, which was 24:03": the record's value, nobody's run here
                if v.kind == "time" and re.search(r"\b(?:record|best|mark)\s+(?:of|with)\s+$", text[max(a, v.start - 20) : v.start]) \
                        and any(r.kind == "distance" and a <= r.start < v.start for r in info.races) and not any(r.kind == "race" and a <= r.start < b for r in info.races):
                    continue  # "set the 100 km world record of 6:05:41" in a piece on another race: a run over 100 km, not at it
                if _in_quote(text, v.start, self.block_start.get(info.sent.block, s0)) and not (
                        re.search(r"\bI\s+(?:won|finished|was|ran|placed|came|took|clocked)\b", text[max(a, self._quote_open(info, v.start)) : v.end])
                        and self._quote_speaker(info, v.start, ctx)):
                    continue  # "I'd run 6:52", said in a quote, is no result; "'I won X in T,' Y said" is Y's
                if v.extra.get("at") is not None and not any(abs(r.start - (s0 + v.extra["at"])) <= 4 for r in info.races):
                    continue  # "third at Foresthill": a position during the race, not at a race
                if _STAGE_LABEL.match(text, self.block_start.get(info.sent.block, s0)) and not re.search(r"\boverall\b", text[max(a, v.start - 40) : v.end + 40]):
                    continue  # "Stage 1 (31.5 km): X won in T, Y in third": a stage, not the race
                if v.kind == "place" and (_MID_RACE.search(text[max(seg_start, v.start - 60) : v.start]) or _LIVE_PLACE.search(text[max(a, v.start - 90) : v.end + 40])):
                    continue  # "At the halfway point I was 23rd woman": a position mid-race
                tied = next((u for u in reversed(anchors) if u.kind in ("place", "win") and u.end <= v.start and id(u) in anchor_who
                             and re.fullmatch(r"\s*(?:woman|man|overall|place)?\s*(?:to\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*)?(?:at\s+(?:the\s+)?[A-Z][^,.;:]{0,40}?\s*)?(?:(?:here|there|again)\s*)?(?:(?:in\s+\d{4}|last year|this year)\s*)?"
                                              # "runner-up to X last year, just 49 seconds back in T": the place's own time
                                              r"(?:,\s*(?:just\s+|only\s+|some\s+|about\s+|nearly\s+|almost\s+)?(?:\d+|a|an|one|two|three|four|five|ten)\s+(?:seconds?|minutes?|hours?)(?:\s+and\s+\d+\s+seconds?)?\s+(?:back|behind|adrift|later)\s*)?"
                                              r"(?:,\s*)?(?:in|with|with a time of|,|[–—])\s*", text[u.end : v.start])), None)
                if v.kind == "time" and tied is None and split_races:
                    # "fifth at UTMB and then a win at the HK100 in January, clocking T": with two
                    # results in the clause, a time is the one of the place told last before it
                    tied = next((u for u in reversed(anchors) if u.kind in ("place", "win") and u.end <= v.start
                                 and anchor_who.get(id(u), (None,))[0] is not None), None)
                if v.kind == "place" and tied is None and v.role in ("overall", "category"):
                    # "won last year in 26:41:10, eleventh overall": the place of the run just told
                    tied = next((u for u in reversed(anchors) if u.kind == "time" and u.end <= v.start and id(u) in anchor_who
                                 and re.fullmatch(r"\s*,\s*", text[u.end : v.start])), None)
                if v.kind == "place" and _PLACE_OF_RUN.search(text[max(a, v.start - 40) : v.start]):
                    # "ran 2:31:48 at Boston in 2023, good for 22nd among the women": the place of the run just told
                    tied = next((u for u in reversed(anchors) if u.kind == "time" and u.end <= v.start
                                 and anchor_who.get(id(u), (None,))[0] is not None), None)
                if tied is not None and (v.kind == "time" or tied.kind == "time"):
                    # "Sara Lindholm, third in 21:29:40", "fourth here in 2023, in 12:21:09": the
                    # place's runner ran the time, that year
                    who, conf = anchor_who[id(tied)]
                elif v.kind == "place" and (titled := next((p for p in info.persons if re.fullmatch(
                        r"(?:[- ]placed?)?\s", self.text[v.end : p.start]) and re.fullmatch(r"(?i)runner-up|\w+", v.text)
                        and not (TITLE_LEFT.search(self.text[max(s0, v.start - 20) : v.start])
                                 or re.search(r"\b\d{4}\s+$", self.text[max(s0, v.start - 20) : v.start]))), None)) is not None:
                    who, conf = titled.name, 0.8  # "clear of runner-up X (T)", "ahead of third-placed X": X's place
                elif (v.role == "goes_to" or v.extra.get("goes_to")) and not (
                        v.role != "goes_to" and any(re.fullmatch(r"\s+\w+,?\s+", text[v.end : r.start]) for r in info.races)):
                    # "4th woman, Belfast 24 Hour": a race, not a runner, follows the place
                    nxt = [p for p in info.persons if v.end <= p.start <= v.end + 30]
                    who, conf = (nxt[0].name, 0.85) if nxt else (None, 0.0)
                else:
                    who, conf = self._athlete(info, clause, v.start, ctx)
                    if who is None and v.kind == "place" and self.results and self.results[-1]["start"] < s0 and re.match(
                            r"\s*(?:That|This|It)\s+(?:was\s+good\s+(?:enough\s+)?for|(?:put|placed|left|earned)\s+(?:him|her|them)\s+(?:in\s+)?|was\s+good\s+enough\s+for)", text[s0:v.start]):
                        who, conf = self.results[-1]["athlete"], 0.6  # "That was good for 389th place": the result just told
                anchor_who[id(v)] = (who, conf)
                if not who:
                    continue
                if tied is not None and (v.kind == "time" or tied.kind == "time") and id(tied) in anchor_year:
                    vyear = anchor_year[id(tied)]
                elif tied is not None and v.kind == "place" and tied.kind == "place" and id(tied) in anchor_year and v.role == "overall" \
                        and anchor_who.get(id(tied), (None,))[0] == who and re.fullmatch(r"\s*(?:woman|man)?\s*,\s*", text[tied.end : v.start]):
                    vyear = anchor_year[id(tied)]  # "In 2018 she was second woman, eighth overall, in T": one run, one year
                elif v.kind == "win" and _KEPT_TITLE.search(text[max(a, v.start - 40) : v.start]) and not re.match(
                        r"(?:(?!\b(?:she|he|they|who|that|which|it)\b)[^.;,]){0,40}?\b(?:last (?:year|season)|a year ago|in (?:19|20)\d\d)\b", text[v.end : v.end + 50]):
                    # ("returns as defending champion after winning last year in T": that win is dated;
                    # "retained the title she won last year" is this edition's)
                    vyear = self._kept_title_year(info, a, v, ctx)
                else:
                    vyear = self._year(info, clause, v.start, ctx, who)
                anchor_year[id(v)] = vyear
                # "fourth at Zegama in May and then second at OCC in August in T": with two races
                # in the clause, each anchor goes with the race nearest it
                vrace = None
                carried = None
                if split_races:
                    vrace = anchor_race.get(id(tied)) if tied is not None and (v.kind == "time" or tied.kind == "time") else self._race(info, clause, v.start, ctx)[0]
                    own = timed_race.get(id(v))
                    if own is not None and vrace is not None and own.name != vrace.name and tied is not None and tied.end <= own.start:
                        prev = [u for u in anchors if u.kind == "time" and tied.end <= u.end <= own.start]
                        if prev and _ELLIPSIS_AND.fullmatch(text[prev[-1].end : own.start]):
                            carried = tied  # "... and then the Y in T2": the verb, and its place, carry over
                        vrace = own
                anchor_race[id(v)] = vrace
                self._told.append((s0, who, vyear))
                g = groups.setdefault((who, vyear, vrace.name if vrace else None),
                                      {"place": None, "cat": None, "time": None, "pos": v.start, "conf": conf, "year": vyear})
                if v.kind in ("place", "win"):
                    g.setdefault("at", []).append(v.start)
                elif v.kind == "time":
                    g.setdefault("time_at", v.start)
                if v.kind in ("place", "win") and any(re.fullmatch(r"\s*,\s*", text[p.end : self._segment(info, v.start)[0]]) for p in info.persons):
                    g["aside"] = True  # "X, seventh here in 2023, ...": a place in an apposed aside
                if v.kind == "place":
                    if v.role == "overall" and g["place"] is None and g["cat"] is None:
                        g["overall"] = True
                    if v.role == "category":
                        # "ninth woman and first F50": the place among the women stands over the age group's
                        age = _AGE_CATEGORY_AFTER.match(text, v.end) is not None
                        if g["cat"] is None or not age or g.get("cat_age"):
                            g["cat"], g["cat_age"] = int(v.number), age
                    elif v.role != "overall" and g["place"] is None:
                        g["place"] = int(v.number)
                    elif g["place"] is None:
                        g["place"] = int(v.number)
                elif v.kind == "win":
                    if g["cat"] is None and re.search(r"\b(?:women|men|woman|man|female|male)['’]?s?\s+(?:\w+\s+)?(?:race|title|crown|division|category|field)\b", v.text if v.role == "took" else text[v.start : v.end + 30]):
                        g["cat"] = 1  # "took the women's title": a category win
                    elif v.role == "category" or g["cat"] is None:
                        g["cat"] = 1 if v.role == "category" else g["cat"]
                        if v.role != "category":
                            g["place"] = 1 if g["place"] is None or g["place"] > 1 and not self._overall_cue(text, v) else g["place"]
                elif v.kind == "time" and v.role == "fixed":
                    g["fixed"] = True  # "covered 162.9 miles in 24 hours": the distance is the result
                elif v.kind == "time" and g["time"] is None:
                    g["time"] = v
                if carried is not None and g["place"] is None and carried.number is not None:
                    g["place"] = int(carried.number)
                if g.get("covered") is None:
                    seg_a, seg_b = self._segment(info, v.start)
                    cov = [d for d in info.distances if seg_a <= d.start < seg_b and re.search(r"\b(?:with|covered|ran|of|after|for)\s+(?:a\s+)?$", text[max(s0, d.start - 12) : d.start])]
                    if cov:
                        g["covered"] = cov[0].label
            self._join_time_to_place(info, groups)
            for (who, _, _), g in groups.items():
                place = g["cat"] if g["cat"] is not None else g["place"]
                overall_only = g["cat"] is None and g.get("overall") and g["place"] is not None
                race, rconf = self._race(info, clause, g["pos"], ctx)
                year = g["year"]
                if rconf < 0.85 and pattern("unnamed_event").search(ctext):
                    self._athlete_evidence(who, g["conf"])
                    continue  # "X ran 4:51:25 on a Chicago lakefront course": not the paragraph's race
                if dnf and g["year"] == self._dnf_year(info, a + dnf.start(), ctx) and (
                        self._athlete(info, clause, a + dnf.start(), ctx)[0] in (who, None)):
                    continue  # "dropped at Foresthill"; "Last year's runner-up, X, dropped" keeps last year
                self._athlete_evidence(who, g["conf"])
                if race is None or (place is None and g["time"] is None and not (g.get("fixed") and g.get("covered"))):
                    continue
                prior = [r for r in self.results if r["athlete"] == who and r["race"] == race.name and r["year"] == year and r["place"]]
                if overall_only and prior:
                    # "won the women's race and finished third overall in T": the category place
                    # stands, the time joins it
                    if g["time"] is not None and prior[-1]["time"] is None:
                        prior[-1]["time"], prior[-1]["seconds"] = g["time"].hms, g["time"].seconds
                    continue
                if g["cat"] is not None:
                    over = [r for r in self.results if r["athlete"] == who and r["race"] == race.name and r["year"] == year and (
                        r.get("_overall") or r["place"] is not None and not r.get("_cat") and r["start"] < s0)]
                    if over:
                        # "came in eighth overall in T and took the women's title", "... for 22nd.
                        # X was also first V50": the category place stands
                        over[-1]["place"], over[-1]["_overall"], over[-1]["_cat"] = place, False, True
                        if over[-1]["time"] is None and g["time"] is not None:
                            over[-1]["time"], over[-1]["seconds"] = g["time"].hms, g["time"].seconds
                        continue
                lead_time = None
                if g["time"] is None and place == 1 and self._lead is not None and not info.times and len(groups) == 1 \
                        and not _NOT_LEAD_TIME.search(info.sent.text):
                    lead_time = self._lead  # "4:21. The time in which X won the Y in June.": the by-the-numbers item's time
                self._add_result(info, who, race, year, place, g["time"] or lead_time, g["conf"] * rconf, distance=g.get("covered"))
                if info.winners_line and g["time"] is not None and self._touched:
                    self._item_mark(info, text[g["time"].end : g["time"].end + 30], race, who, g["time"],
                                    self._touched[-1]["year"], 0.7 * rconf, ctx)
                if g["cat"] is not None and self._touched:
                    self._touched[-1]["_cat"] = True
                if overall_only:
                    self.results[-1]["_overall"] = True
                if place == 1 and g["time"] is None and rconf >= 1.0:
                    # "when she won Western States, Hardrock and UTMB": a win at each race of the list
                    for other in self._coordinated(info, race, g.get("at", [])):
                        self._add_result(info, who, other, year, 1, None, g["conf"] * 0.9)
                if (ctx.main_race is None and rconf >= 0.85 and self.published is not None and year == self.published.year
                        and info.sent.block <= 3 and not self.results[:-1]):
                    ctx.main_race = race  # a report's first result names the story's race
            # new records
            for cue in rcues:
                before = text[a : cue.start]
                around = text[max(a, cue.start - 80) : min(b, cue.end + 40)]
                neg = neg_rx.search(before[-60:])
                if neg and neg.group(0).lower() in ("stands", "still stands", "remains") and re.match(r"\s+(?:as\s+)?(?:a|an|the)\s", before[-60:][neg.end():]):
                    neg = None  # "in T, which stands as the race record": the run is the record, no old one that survived
                if hyp_rx.search(before) or neg or re.search(r"\b(?:record|mark)\s+(?:attempt|bid|pace)\b", text[cue.start : cue.end + 10], re.I):
                    continue
                if re.search(r"\battempt\b", before[-30:], re.I):
                    continue
                if phrase_regex("record_refused").search(text, cue.end, s1):
                    continue  # "posted as a new American best, but USATF has since declined to accept it"
                if cue.role == "generic" and cue.text.lower() == "records" and not any(v.role == "finish" for v in info.times):
                    continue  # "she has been setting records in the hills for a decade": a habit, no one record
                if re.search(r"\b(?:old|previous|former|standing|existing)\s+(?:\w+\s+)?$", before[-25:], re.I) and not _BREAK.search(before) and not re.search(
                        r"\b(?:minutes?|seconds?|hours?|mins?|secs?)\s+(?:under|below|inside|faster than|better than|quicker than|off)\s+(?:the\s+)?(?:old|previous|former|standing|existing)\s+(?:[\w'’-]+\s+)?$", before[-60:], re.I):
                    continue  # "under the old record": the superseded one ("12 minutes under the old record" is a new one)
                if _in_quote(text, cue.start, self.block_start.get(info.sent.block, s0)):
                    continue
                if re.search(r"\b(?:has|have|had)\s+(?:an?\s+)?(?:[\w'’-]+\s+)?$", before[-30:]) and re.match(r"s?,\s+(?:an?|two|three|four|several|\d+)\s+[\w'’ -]{1,40}(?:,|\band\b)", text[cue.end : cue.end + 60]):
                    continue  # "She has a course record, an FKT, two Western States finishes and ...": a tally, no one record
                if any(0 <= h["pos"] - cue.end < 80 and ";" not in text[cue.end : h["pos"]] and not re.search(r"\b(?:over|ahead of|better than|faster than|beating|bettering|improving on|eclipsing|breaking|lowering|erasing|surpassing|(?:taking|took|knocking|knocked|shaving|shaved|cutting|chopping)\s+[^.;]{0,40}?\boff)\s+(?:the\s+)?(?:(?:previous|old|former)\s+(?:[\w'’-]+\s+)?(?:record|mark|best)\s+of\s+)?(?:\d[\d:.,]*\s*(?:km|kilomet\w*|miles|mi)?\s+(?:that\s+|which\s+|held\s+by\s+|set\s+by\s+)?(?:" + _RUNNER_TITLE + r"|(?:(?-i:[A-Z])[\w-]+\s+)?(?-i:[A-Z])[\w-]+['’]s\s+)?)?$", text[cue.end : h["pos"]])
                       for h in holders) and not re.search(
                        r"\b(?:break|broke|breaks|breaking|beat|beats|beating|lowered|lowering|bettered|smashed|shattered|eclipsed|erased|smashing|shattering|erasing|eclipsing|toppled|toppling|removed|removing|improved|took|taking|takes|knocked|shaved|under)\b",
                        text[a : cue.start]):
                    continue  # "the course record of T set in 2012 by X" is X's, not the subject's
                # "won in T, a record that still stands": the run's own record, standing to this day
                still = re.match(r"\s+(?:that|which)\s+(?:still\s+)?stands\b", text[cue.end : cue.end + 30]) and re.search(
                    r"\b(?:won|wins|ran|runs|clocked|finished|set|sets)\b[^;]{0,80}?\d{1,3}[:.h]\d\d\S*,\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,3}$", text[a : cue.start])
                if not still and re.match(r"\s+(?:that|which)\s+(?:had\s+|has\s+)?(?:stood|lasted|survived|stands|still stands)", text[cue.end : cue.end + 30]) and not re.search(
                        r"\b(?:broke|breaking|breaks|beat|beating|lowered|lowering|bettered|smashed|smashing|shattered|shattering|eclipsed|eclipsing|erased|erasing|toppled|toppling|(?:took|taking|takes) down)\s+(?:\w+\s+){0,3}$", text[a : cue.start]):
                    continue  # ", a record that had stood for a decade": the old mark ("breaking a record that had stood" is a new one)
                set_verb = pattern("record_set").search(around) or re.search(r"\b(?:is|was|are|were|be|became|stands as|ranks as|stood as|remained|remains)\s+(?:also\s+|now\s+|then\s+)?(?:a|an|the)\s+(?:new\s+)?(?:[\w'’-]+\s+){0,4}$", text[a : cue.start]) or re.fullmatch(r"\s*(?:a |another |new )?(?:course[- ])?record[.!]?\s*", info.sent.text, re.I) or re.search(r",\s+(?:(?:a|an|another)\s+(?:new\s+)?(?:[\w'’-]+\s+){0,3}|(?:the|his|her)\s+(?:new\s+)?)$", text[a:cue.start])
                # "no one had ever run it faster", "faster than anyone before her" assert the record themselves
                set_verb = set_verb or re.match(r"(?:no one|nobody|no runner|no woman|no man|faster than any|the fastest any(?:one|body)|the fastest (?:[\w'’-]+\s+){0,3}(?:round|traverse|crossing|circuit)\b)", cue.text, re.I) or (
                    re.search(r",\s+$", text[a : cue.start]) and re.match(r"the\s+(?:fastest|quickest)\b", cue.text, re.I))  # ", the fastest ever ..."
                set_verb = set_verb or re.search(r"\bbecome\s+(?:a|an|the)\s+(?:new\s+)?(?:[\w'’-]+\s+){0,3}$", text[a : cue.start])
                # "I wore them for my self-supported Zion Traverse FKT in April, ... in 7:48:15": an FKT the
                # runner owns, told with its time
                set_verb = set_verb or (cue.role == "FKT" and re.search(r"\b(?:for|on|during)\s+(?:a|my|his|her|their)\s+(?:new\s+)?(?:[\w'’-]+\s+){0,4}$", text[a : cue.start])
                                        and any(v.role == "finish" and v.start > cue.end for v in info.times))
                # "finished first in a course-record 20:18:45", "went to X in a record 11:20:30"
                set_verb = set_verb or (re.search(r"\bin\s+(?:a|an)\s+(?:new\s+)?$", text[a : cue.start]) and re.match(r"\s*\d{1,3}[:.h]\d\d", text[cue.end : cue.end + 8]))
                # "The women's course record went to X, whose T ...": the record goes to the runner named
                went_to = re.match(r"\s+(?:now\s+)?(?:went|goes|fell|falls|passed|passes)\s+to\s+", text[cue.end : cue.end + 25])
                went_to_p = next((p for p in info.persons if went_to and p.start == cue.end + went_to.end()), None)
                # "It was a course record for X, who won ... in T": the record is X's
                for_p = next((p for p in info.persons if re.fullmatch(r"\s+for\s+", text[cue.end : p.start])), None) \
                    if re.search(r"\b(?:[Ii]t|[Tt]hat|[Tt]his)\s+(?:was|is)\s+(?:a|an|the)\s+(?:new\s+)?$", text[a : cue.start]) else None
                set_verb = set_verb or went_to_p is not None
                fragment = _RECORD_FRAGMENT.fullmatch(info.sent.text) is not None and not info.persons
                set_verb = set_verb or fragment
                if not set_verb:
                    continue
                ctype = cue.role if cue.role not in ("generic", "implied") else ctx.para_record_type
                race, rconf = self._record_place(info, clause, cue.start, ctx, ctype)
                rtype = self._record_type(cue, race, ctx)
                typed_here = [c for c in info.records if c.start < cue.start and c.role not in ("generic", "implied")]
                if cue.role in ("generic", "implied") and typed_here and (re.search(r"\b(?:his|her|their)\s+own\b", text[max(a, cue.start - 20) : cue.end])
                                                                         or re.fullmatch(r"the\s+(?:mark|record|best)", cue.text, re.I)
                                                                         or re.fullmatch(r"(?:record|mark|best)", cue.text, re.I) and re.search(r"\bthe\s+$", text[max(a, cue.start - 5) : cue.start])):
                    # "set a new men's 70-74 best, finishing in T to beat his own mark from 2019": the same record
                    # ... and so is "a new men's 50-54 age-group record, taking the mark from X"
                    rtype = typed_here[-1].role
                    race, rconf = self._record_place(info, clause, typed_here[-1].start, ctx, rtype)
                if rtype is None:
                    continue
                if rtype in ("world record", "national record") and cue.role in ("generic", "implied") and race is not None and race.kind == "distance" \
                        and re.search(r"\b(?:[MWF]V?|V)\d{2}(?:[-–]\d{2}|\+)?\s+$", text[max(s0, race.start - 12) : race.start]):
                    rtype = "age-group record"  # "Records set: Moak, M40–44 100 miles (12:41:09)": the age group's
                if rtype == "course record" and cue.role in ("generic", "implied") and race is not None and race.kind == "race" \
                        and ctx.doc_record_type in ("world record", "national record") and (span := _fixed_span(race)) is not None:
                    race, rtype = span, ctx.doc_record_type  # "the modern record is X's 1,036.8 km, set at the Colac Six Day Race"
                who, conf = self._athlete(info, clause, cue.start, ctx)
                named_for = went_to_p or for_p
                if named_for is not None:
                    who, conf = named_for.name, 0.8
                fronted = False
                if who is None and re.match(r"\s*(?:[A-Z][a-z]+ing|Having\s+\w+)\b[^,;]*$", text[s0 : cue.start]):
                    # "Smashing the old mark by over an hour, X finished in T": a fronted participle's
                    # subject is the name that opens the main clause
                    comma = text.find(",", cue.end, s1)
                    subj = next((p for p in info.persons if comma >= 0 and re.fullmatch(r",\s*", text[comma : p.start])), None)
                    if subj is not None:
                        who, conf, fronted = subj.name, 0.7, True
                broken_of = None
                for p in info.persons:
                    bv = re.search(r"\b(?:break|breaking|broke|breaks|beat|beating|better|bettered|bettering|erase|erased|erasing|eclipse|eclipsed|eclipsing|smash|smashed|smashing|shatter|shattered|shattering|topple|toppled|toppling|lower|lowered|lowering|take down|took down|taking down)\s+(?:(?:both|all|each|one|two)\s+of\s+)?$", text[max(s0, p.start - 40) : p.start])
                    if p.name == who and bv and re.fullmatch(r"['’]s?\s+(?:(?:old|previous|former|own)\s+)?", text[p.end : cue.start]):
                        # "..., breaking both of Bitter's world bests": Bitter held them; the runner is the verb's subject
                        broken_of = who
                        vpos = max(s0, p.start - 40) + bv.start()
                        who, conf = self._athlete(info, (s0, vpos), vpos, ctx)
                        if who == broken_of:
                            who = None
                if fragment and self.results and self.block_start.get(info.sent.block - 1, s0) <= self.results[-1]["start"] < s0:
                    who = None  # "1. X - T, Race, Year / The current world record.": the item's run
                # "..., and for twelve years that stood as the women's course record": the run the
                # sentence told before the clause
                that_clause = a > s0 and re.match(r"[\s,;]*(?:(?:and|but)\s+)?(?:for\s+(?:[\w-]+\s+){1,3})?(?:that|this|it|which|the time|the mark)\s+(?:still\s+)?(?:stood|stands|remained|remains|was|is)\s+(?:as\s+)?(?:a|an|the)\b",
                                                  text[a:b], re.I) is not None
                told_run = self.results[-1] if that_clause and who is None and self.results and self.results[-1]["start"] == s0 else None
                if told_run is not None:
                    who, conf = told_run["athlete"], 0.6
                told_back = re.match(r"\s*(?:(?:That|This|It|The time|The mark|The run)\s+(?:is|was|'s|stands as|makes)\b|(?:The|That|This|His|Her)\s+(?:run|time|performance|win|effort)\s+(?:also\s+)?(?:erased|broke|beat|bettered|smashed|eclipsed|lowered|improved)\b|(?:Nobody|No one|No woman|No man|No runner)\s+(?:had|has)\s+ever\b)", text[s0:s1])
                if who is None and (fragment or told_back) and self.results:
                    last = next((r for r in reversed(self.results) if r["start"] < s0), self.results[-1])  # "That is a new course record": the result just told
                    if last["start"] < s0 and (race is None or last["race"] == race.name or fragment or (
                            race.kind == "distance" and _distance_of_event(race.name, last["race"], True, False)) or (
                            # "... ran 402.7 km in the 48-hour race. It was ... a Japanese age-group record": that run
                            race.kind == "distance" and (fx := re.fullmatch(r"(\d+) (hour|day)s", race.name)) is not None
                            and re.search(rf"\b{fx.group(1)}[- ]{fx.group(2)}s?\b", last["evidence"]) is not None)):
                        who, conf = last["athlete"], 0.6
                        if last["time"]:
                            info.times.append(Value("time", s0, s0, last["time"], "finish", last["seconds"], last["time"]))
                if who and any(h["holder"] == who for h in holders):
                    pron = re.search(r"\b(?:he|she|his|her)\b", text[s0:s1], re.I)
                    who, conf = (self._pronoun_target(info, s0 + pron.start(), ctx), 0.5) if pron else (None, 0.0)
                if who is None and told_back and rtype == "FKT" and (perf := [x for x in self.performances if x[1].start < s0 and info.sent.block - x[3] <= 1]):
                    # "X got back in 16 hours, 38 minutes and 12 seconds. That is the fastest anyone has ever
                    # completed the round": the run on the route just told
                    who, conf = perf[-1][0], 0.6
                    info.times.append(Value("time", s0, s0, perf[-1][1].text, "finish", perf[-1][1].seconds, perf[-1][1].hms))
                if not who:
                    continue
                holder = next((h for h in holders if h["holder"] != who), None)
                own = re.search(r"\b(?:his|her|their) own\b", around)
                prev_holder = holder["holder"] if holder else (who if own else broken_of)
                prev_time = holder["time"].hms if holder and holder["time"] else None
                # "lowering his own course record of 14:30:04 from 2018": the old mark is the runner's too
                # "his own course record of T", "the course record of T she set in 2022": the runner's old mark
                old_own = next((v for v in info.times if v.role == "finish" and holder is None and re.fullmatch(r"\s+of\s+", text[cue.end : v.start])
                                and (own and re.search(r"\b(?:his|her|their) own\s+(?:[\w'’-]+\s+){0,2}$", text[max(a, cue.start - 30) : cue.start])
                                     or _OWN_AFTER.match(text, v.end))), None)
                if old_own is not None:
                    claimed_times.add(id(old_own))
                    prev_time = old_own.hms
                tcands = [v for v in info.times if v.role == "finish" and id(v) not in claimed_times]
                if race is not None and race.kind == "distance" and rtype in ("world record", "national record", "age-group record"):
                    # "passed 100 miles in 11:47:21, an American record": the split at a record distance
                    tcands += [v for v in info.times if v.role == "split" and re.fullmatch(r"\s+in\s+", text[race.end : v.start])]
                # "beat the previous mark of T0 by 17 minutes": the old mark's time is not the new one's
                old_marks = [v for v in tcands if _OLD_MARK_BEFORE.search(text, max(s0, v.start - 50), v.start)]
                tcands = [v for v in tcands if v not in old_marks]
                if old_marks and prev_time is None:
                    prev_time = old_marks[0].hms
                tcl = [v for v in tcands if a <= v.start < b] or tcands
                # the time the record was run in: before the cue ("won in T, a course record")
                # rather than after it ("... record of T0")
                t = min(tcl, key=lambda v: (v.start > cue.start, abs(v.start - cue.start))) if tcl else None
                # "who had won the year before in a course record of 14:46:44": the time the record is told with
                told = next((v for v in tcl if re.fullmatch(r"\s+of\s+", text[cue.end : v.start])), None)
                if told is not None and re.search(r"\bin\s+(?:a|an|the)\s+(?:new\s+)?(?:[\w'’-]+\s+)?$", text[max(a, cue.start - 30) : cue.start]):
                    t = told
                margin = next((v for v in info.times if v.role == "margin"), None)
                year = self._year(info, clause, t.start if t is not None and a <= t.start < b else cue.start, ctx, who)
                if fronted and t is not None:
                    year = self._year(info, (s0, s1), t.start, ctx, who)  # the main clause's date
                if told_run is not None:
                    year = told_run["year"]
                    if t is not None and t.hms != told_run["time"]:
                        continue
                self._add_record(info, rtype, race, who, t, year, prev_holder, prev_time, margin, conf * max(rconf, 0.5))
                self._athlete_evidence(who, conf)
                if t is not None and race is not None and race.kind == "race":
                    self._add_result(info, who, race, year, None, t, conf * rconf * 0.9)
                if old_own is not None and t is not None:
                    om = re.match(r"\s+(?:from|in|set in)\s+((?:19|20)\d\d)\b", text[old_own.end : old_own.end + 15]) or (re.match(
                        r"[^.;]{0,50}?\b(?:in|from)\s+((?:19|20)\d\d)\b", text[old_own.end : s1]) if _OWN_AFTER.match(text, old_own.end) else None)
                    self._add_record(info, rtype, race, who, old_own, int(om.group(1)) if om else None, None, None, None, conf * max(rconf, 0.5) * 0.9)
                elif own and holder is None and (t is not None or (race is not None and race.kind == "distance")) and (om := re.match(r"\s+(?:from|of|set in)\s+((?:19|20)\d\d)\b", text[cue.end : cue.end + 15])
                                                                   or re.search(r"\b(?:his|her|their)\s+own\s+((?:19|20)\d\d)\s+(?:[\w'’-]+\s+){0,2}?(?:record|mark|best)\b", text[max(a, cue.start - 40) : min(b, cue.end + 60)])):
                    # "to beat his own mark from 2019", "beating her own 2023 mark": the old record, its time untold
                    self._add_record(info, rtype, race, who, None, int(om.group(1)), None, None, None, conf * max(rconf, 0.5) * 0.8, superseded=True)
        # --- athlete evidence from racing verbs and runner nouns, context updates
        told_here = {r["athlete"] for r in self.results[n_results:]}
        timed = [r for r in self._touched if r["time"]]
        if timed:  # the run just told, for "That course record survived for 39 years"
            r = timed[-1]
            ctx.last_perf = (r["athlete"], Value("time", s0, s0, r["time"], "finish", r["seconds"], r["time"]), r["year"])
        elif recs := [r for r in self.records[n_records:] if r["time"]]:
            # an FKT is no result: "set a record for the route of 19h07. The record stood until ..."
            ctx.last_perf = (recs[-1]["athlete"], Value("time", s0, s0, recs[-1]["time"], "finish", parse_hms(recs[-1]["time"]), recs[-1]["time"]),
                             recs[-1]["year"])
        if len(told_here) == 1 and not ctx.history:
            # "faster than Yiannis Kouros did when he won": the one runner a fact was told about
            # is who the next "His 20:25:00" means, when nobody else is in focus
            ctx.history.append(next(iter(told_here)))
        self._evidence_from_text(info)
        used = {f.get("race") for f in self.results[n_results:] if not f.get("_title")} | {f.get("race_or_route") for f in self.records[n_records:]}
        race_mentions = [r for r in info.races if r.kind == "race"]
        # "Golden Tickets for Western States", "qualified for UTMB": a race ahead, not the paragraph's
        ahead = re.compile(r"\b(?:tickets?|spots?|entry|entries|slots?|qualif\w*|berths?|lottery|invitations?|invites?|places?)\s+(?:for|to|into|at)\s+(?:the\s+)?(?:\d{4}\s+)?$", re.I)
        race_mentions = [r for r in race_mentions if r.name in used or not (
            ahead.search(text[max(s0, r.start - 40) : r.start]) or _AHEAD_BEFORE.search(text[max(s0, r.start - 50) : r.start])
            # "Tom Evans, the 2023 Western States champion, arrives ...": a title, not the paragraph's race
            or _TITLE_AFTER.match(text[r.end : r.end + 30]) or _TITLE_BEFORE.search(text[max(s0, r.start - 40) : r.start]))]
        told = [r for r in race_mentions if r.name in used] or race_mentions[:1]
        # the race of an aside about a runner's past ("X, fourth at Comrades in June, won") is
        # not what the paragraph goes on about
        asides = self._asides(info)
        told = [r for r in told if not any(xs <= r.start < xe for xs, xe in asides)]
        for r in info.races:
            # "completed the Four Trails challenge, linking the MacLehose, Wilson ... trails": a route
            # the one just named links up is a part of it, not the paragraph's route
            if r.kind == "route" and not (ctx.para_route is not None and ctx.para_route.end <= r.start
                                          and _ROUTE_PARTS.match(text, ctx.para_route.end, r.start)):
                ctx.para_route = r
        for r in race_mentions:
            # the heading "Tarawera" over "At the Tarawera Ultramarathon ..." names that race
            if ctx.section_race is None and ctx.section_heading and set(fold(ctx.section_heading).split()) <= set(fold(r.name).split()) | set(fold(r.text).split()):
                ctx.section_race = r
        for r in told:
            ctx.para_race = r
            ey = self._event_years(info)
            ctx.para_race_year = ey[0][1] if ey else self._relative_year(info, ctx)
            ctx.para_race_dated = ctx.para_race_year is not None
            ctx.para_race_athlete = ctx.history[-1] if ctx.history else None
            ctx.last_race = r
        def aside(y: int) -> bool:
            # "X, seventh here in 2023, won": a year inside commas next to a place is an aside
            a, b = self._segment(info, y)
            inner = a > info.sent.start and b < info.sent.end
            # "..., his first podium here after finishing sixth in 2023": a place of another
            # edition in a trailing after/before clause
            sub = a > info.sent.start and re.search(r"\b(?:after|before|having)\s+(?:\w+\s+){0,2}?(?:finishing|placing|taking|being|coming|winning)\b", self.text[a:y])
            # "..., on this course, where he was runner-up in 2025": a trailing clause about an
            # earlier edition of the race just told
            where = a > info.sent.start and re.match(r"\s*where\s+(?:he|she|they)\s+(?:had\s+)?(?:was|were|been|finished|placed|came|won|took)\b", self.text[a:y])
            return bool(re.search(r"\bhere\b", self.text[a:y])) or ((inner or sub) and any(a <= v.start < b for v in info.places)) or (where and any(a <= v.start < b for v in info.places + info.wins))

        titles = [(s0 + m.start("y"), s0 + m.end("y")) for m in _TITLE_RX.finditer(info.sent.text) if m.group("y")]

        def past_only(y: int) -> bool:
            # "Maud Cazal, the 2023 champion, ...": a title's year; "her 2024 attempt, when she
            # was timed out", "he was pulled at the checkpoint in 2025": a drop's year. Neither
            # dates what the paragraph goes on to tell
            if any(a <= y < b for a, b in titles):
                return True
            if ctx.para_year is not None and ctx.para_year_lead and re.search(
                    r"\bhad\s+(?:already\s+|previously\s+|once\s+)?(?:won|run|finished|set|taken|placed|raced|claimed)\b[^.;:]{0,50}$", self.text[s0:y]):
                # "By 1980 he was good enough ... X had won the race in 1976, 1977 and 1978": the
                # past perfect tells the background, the paragraph keeps its year
                return True
            a, b = self._segment(info, y)
            return phrase_regex("dnf").search(self.text, a, b) is not None and not any(
                a <= v.start < b for v in info.places + info.wins + [t for t in info.times if t.role == "finish"])

        ey = [y for y in self._event_years(info) if not aside(y[0]) and not past_only(y[0])]
        if ey:
            ctx.para_year = ey[-1][1]
            ctx.last_year = ey[-1][1]
            # "2017. The year ...", "In 2017, ...": the paragraph is dated, not just a clause of it
            ctx.para_year_lead = any(y0 - info.sent.start <= 8 for y0, _ in ey) and ey[0][1] == ey[-1][1]
            ctx.para_year_names = frozenset(p.name for p in info.persons)
            ctx.para_year_at = s0
        else:
            # a relative date dates the paragraph when it opens the sentence ("Last year, ...")
            # not a title in apposition ("X, last year's champion, and Y ran together") or a
            # comparison ("well ahead of last year's pace"), though "Neither of last year's
            # champions is defending" is about that edition; nor an aside of another result
            # ("Tollefson, second last year, took third")
            label = _SPEAKER_LABEL.match(info.sent.text) if self.interview else None
            h0 = info.sent.start + (label.end() if label else 0)  # "LEO BANKS: And then this summer, ..."
            head = (h0, min(info.sent.end, h0 + 30))
            opener = re.match(r"(?:At|In|On)\s+[^,;]{10,60},", info.sent.text)
            if opener:  # "At the JFK 50 Mile in Maryland last November, X ran T": the opener dates it
                head = (info.sent.start, info.sent.start + opener.end())
            rm = pattern("relative_year").search(self.text, *head)
            titled = rm is not None and re.match(r"['’]s\b", self.text[rm.end() : rm.end() + 2]) and (re.search(
                r"(?:,|\b(?:ahead of|behind|than|off|outside|under|over|on))\s+$", self.text[info.sent.start : rm.start()])
                # "Last year's winner, X, dropped at mile 62": a title in apposition to this year's subject
                or re.match(r"['’]s\s+(?:[\w'’-]+\s+){0,2}(?:winner|champion|runner-up|victor)\s*,?\s+(?-i:[A-Z])", self.text[rm.end() : rm.end() + 50]))
            # "Pettibone was fourth last year and said ...": the date of that place only
            placed = rm is not None and any((o := pattern("own_date").match(self.text, v.start, info.sent.end)) is not None and o.start("rel") == rm.start()
                                            for v in info.places)
            rel = None if titled or placed or (rm is not None and aside(rm.start())) else self._relative_year(info, ctx, head)
            if rel is None and len({r.name for r in info.races if r.kind == "race"}) == 1 and told and not info.places and not info.wins and not info.times:
                # "X first tried an ultra last September, running the Vermont 50. He finished
                # sixth": the month that dates the race the paragraph turns to dates its results
                mm = pattern("month_ref").search(text, s0, s1)
                if mm is not None and not mm.group("year"):
                    rel = self._relative_year(info, ctx)
            if rel is not None:
                ctx.para_year = rel
        fm = next((m for m in pattern("fixed_time").finditer(info.sent.text) if m.group("n") and not _SPLIT_AFTER.match(info.sent.text, m.end())), None)
        if fm:
            self.fixed_hours = fm.group("n")
        for c in info.records:
            # "he tried to add the North American 48-hour best": a record only tried for types no talk
            if c.role not in ("generic", "implied") and not re.search(r"\b(?:tried|try|tries|trying|attempt\w*|hoped|hopes|hoping|wanted|aimed|aiming|chasing|chased|bid)\s+(?:to\s+)?(?:\w+\s+){0,4}$", self.text[max(s0, c.start - 45) : c.start]):
                ctx.para_record_type = c.role
                ctx.doc_record_type = c.role
            if c.role != "implied":
                ctx.record_block = info.sent.block

    def _join_time_to_place(self, info: SentInfo, groups: dict[tuple[str, int | None, str | None], dict]) -> None:
        """"In 2015 Krar won Western States a second time, in 14:48:59": the year told with the win
        dates the time of the same clause too, so a lone time joins the lone place of its runner
        when only one of the two has a year written in the sentence."""
        stated = {y for _, y in self._event_years(info)}
        for key, g in list(groups.items()):
            if g["time"] is None or g["place"] is not None or g["cat"] is not None:
                continue
            mates = [k for k, h in groups.items() if k[0] == key[0] and k[1] != key[1] and h["time"] is None
                     and (h["place"] is not None or h["cat"] is not None) and not h.get("aside")]
            if len(mates) != 1 or (mates[0][1] in stated) == (key[1] in stated):
                continue
            t_at = g["time_at"]
            marks = [v.start for v in info.places + info.wins]
            near = max((p for p in marks if p < t_at), default=min(marks, key=lambda p: abs(p - t_at), default=None))
            if near not in groups[mates[0]].get("at", []):
                continue  # "fifth at UTMB, then a win at HK100, clocking T": the time is the last result's
            keep, drop = (mates[0], key) if mates[0][1] in stated else (key, mates[0])
            merged = dict(groups[mates[0]])
            merged.update({"time": g["time"], "year": keep[1], "conf": max(g["conf"], merged["conf"])})
            if g.get("covered") and not merged.get("covered"):
                merged["covered"] = g["covered"]
            del groups[drop]
            groups[keep] = merged

    def _overall_cue(self, text: str, v: Value) -> bool:
        return False

    def _win_ok(self, v: Value, info: SentInfo) -> bool:
        text = self.text
        if v.role in ("goes_to", "took"):
            return True
        word = v.text.lower()
        if word == "winning" and re.match(r"\s+(?:margins?|streaks?|percentages?|ways|formula|habits?|mentality|pedigree|chances?|bid|hopes?|tradition)\b", text[v.end : v.end + 14], re.I):
            return False  # "the widest winning margin in race history": a measure, nobody's win
        if word in ("won", "win", "wins", "winning") and _STAGE_WON.match(text, v.end):
            return False  # "won the long stage", "won two stages", "won the opener": a stage race's day
        if word in ("won", "win", "wins", "winning") and self._won_other(v, info):
            return False
        if word in ("won", "wins") and re.search(r"\b(?:who|whoever|whomever)\s+(?:\w+ly\s+)?$", text[max(info.sent.start, v.start - 20) : v.start], re.I) \
                and not any(p.end <= v.start and re.fullmatch(r"\s*,?\s*(?:the\s+[\w -]{0,30}\s*)?,?\s*", text[p.end : v.start - len(re.search(r"\w+\s+$", text[:v.start]).group(0))]) for p in info.persons):
            return False  # "I have no idea who won": a question, nobody's win
        if word == "wins" and re.search(r"(?:\b[A-Z][\w'’-]*[^\W\d_s’']|\b(?:[Hh]e|[Ss]he))\s+(?:\w+ly\s+)?$", text[max(info.sent.start, v.start - 30) : v.start]) \
                and re.match(r"\s+(?:the\s+|at\s+(?:the\s+)?)?[A-Z0-9]|\s+in\s+\d{1,3}:\d{2}|\s*!", text[v.end : v.end + 20]):
            return True  # "Tom Ruiz wins the Leadville 100": the present tense of headlines and live blogs
        if word in ("title", "crown", "champion", "victory", "victories", "win", "wins") or _NOUN_WIN.search(text[max(0, v.start - 30) : v.end]):
            if word == "champion":
                # "the 2023 champion X", "X, the defending champion": an edition only when a year is next to it
                # ... or a race's champion with the year after it ("OCC champion in 2022")
                return bool(re.search(r"\b\d{4}\s+(?:\w+\s+)?champion\b", text[max(0, v.start - 20) : v.end])) or (
                    re.match(r"\s+(?:in|of)\s+(?:19|20)\d\d\b", text[v.end : v.end + 12]) is not None
                    and any(r.kind == "race" and 0 <= v.start - r.end <= 2 for r in info.races))
            lo = max(info.sent.start, v.start - 70)
            before = text[lo : v.start]
            for r in sorted(info.races, key=lambda r: -r.start):
                if lo <= r.start and r.end <= v.start:
                    before = before[: r.start - lo] + "race" + before[r.end - lo :]  # "collected her fifth Harrow Hill 50K title"
            before = before[-40:]
            if word in ("wins", "victories", "titles") and re.search(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w'’-]+\s+){0,2}$", before, re.I) \
                    and not re.search(r"\bmakes?\s+it\s+", before) and not re.search(r"\bmade\s+it\s+", before):
                return False  # "famous for his seven Western States wins": a tally ("made it three wins" is this one's)
            if word == "win" and re.search(r"\b(?:first|only|last|youngest|oldest)\s+(?:[\w'’-]+\s+){0,3}to\s+$", before, re.I) \
                    and any(w.start < v.start for w in info.wins) and not re.search(
                        r"\b(?:become|becomes|became|becoming)\s+(?:the\s+)?(?:first|only|last|youngest|oldest)\b[^.;]*$", text[max(info.sent.start, v.start - 80) : v.start], re.I):
                return False  # "won in T, the first Greek man to win since 2011": the win just told, described
            if word in ("win", "wins") and re.search(r"\b(?:to|will|would|could|can|did|does|do|didn't|not|never)\s+$", before, re.I):
                # "to win in 16:02:44" is an outcome; "hopes to win" is caught as hypothetical
                return bool(re.search(r"\bto\s+$", before)) and not re.search(r"\b(?:hope|plan|want|aim|try|tried|trying|chance|bid|set out|need|needs|needed)\w*\s+to\s+$", before, re.I)
            if word in ("title", "win", "victory", "crown") and re.search(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:\w+\s+)?$", before) \
                    and re.match(r"\s*,?\s+(?:in|at the)\s+(?:\d{4}|[A-Z])", text[v.end : v.end + 20]):
                return True  # "His sixth title, in 1986, came on the down run"
            if word in ("win", "victory") and re.search(r"(?:(?-i:[A-Z])[\w'’-]+['’]s?|\b(?:[Mm]y|[Hh]is|[Hh]er))\s+(?:\d{1,3}:\d{2}(?::\d{2})?\s+|\d{4}\s+)?$", before) \
                    and not re.match(r"\s+(?:streak|streaks|total|tally|count|bonus|rate|percentage)\b", text[v.end : v.end + 15]):
                return True  # "Tom Evans's 14:40:22 win in 2023": a possessive win is a win told
            if word in ("win", "victory", "title") and re.search(r",\s+(?:his|her|their|a|an)\s+(?:[\w-]+\s+){0,3}$", before) and any(t.end <= v.start for t in info.times) \
                    and not re.match(r"\s+(?:streak|defen[cs]e|bid|hopes?|chances?|ambitions?|for)\b", text[v.end : v.end + 15]):
                return True  # "finished in 7:14:30, her third straight win at the event": the run just told was a win
            if re.search(r"(?:[$£€]\s?[\d,.]+|\bprize|\bpoints|\bbonus|\bpurse)\b[^.;]{0,30}\bfor\s+(?:\w+\s+){0,2}$", before, re.I):
                return False  # "earned $1,000 for the win": the prize, not the result
            return bool(_TAKE_WIN.search(before)) and not re.search(r"\bcost (?:him|her|them)\s+$", before)
        if word == "winner":
            after = text[v.end : v.end + 30]
            before = text[max(info.sent.start, v.start - 30) : v.start]
            if re.match(r"\s+(?:must|has to|needs to|gets|receives|takes home|is awarded|will|would|always)\b", after):
                return False  # "the winner must complete one more loop": the role in the rules, nobody's win
            if re.fullmatch(r"\s*(?:[-•*–]\s*)?", text[info.sent.start : v.start]) and re.match(r"\s*[,:]\s*(?:\d{4}\s+)?[A-Z]", after):
                return True  # a list item "Winner, 2024 Bighorn 100 (21:44:10)"
            if re.search(r"\b(?:behind|ahead of|than|to|from|with|beat|beating|over|for|of|against|congratulated|chased|chasing|caught|catch|trailed|trailing)\s+(?:the\s+)?$", before, re.I):
                return False  # "an hour behind the winner": someone else is the winner
            if re.match(r"\s+[A-Z][a-z]+\s+[A-Z]", after) and not re.search(r"\b(?:last year['’]s|former|past|previous|defending|\w+-time|\d{4})\s+(?:\w+\s+)?$", before, re.I):
                return True  # "and winner Derek Oyelaran did it comfortably"
            if pattern("winner_was_opener").fullmatch(text, info.sent.start, v.start):
                # "The winner that year was Devin Rourke in T", "The winner of that first race was X"
                m = pattern("winner_was").match(text, v.end, info.sent.end)
                return m is not None and any(p.start == m.end() for p in info.persons)
            return bool(re.match(r"\s+(?:of|at|in)\b", after)) or bool(re.search(r"\b\d{4}\s+(?:\w+\s+)?$", before)) or bool(re.search(r"\b(?:was|is|the|as)\s+(?:the\s+)?$", before))
        return bool(_WIN_GOOD.match(word))

    def _won_other(self, v: Value, info: SentInfo) -> bool:
        """"won the European Championships", "won the costume contest": the object of the verb
        is some event the text does not name as a race, so the win is not at the context's race."""
        after = self.text[v.end : min(info.sent.end, v.end + 60)]
        m = re.match(r"\s+(?:the\s+|a\s+|an\s+)?(?:(?:\d{4}|\w+['’]s|first|inaugural)\s+)?(?P<obj>[A-Z][\w'’-]+(?:\s+(?:\d+[- ]?\w*|[A-Z][\w'’-]*|of|de|du|des))*)", after)
        if m:
            a = v.end + m.start("obj")
            if any(r.start <= a < r.end for r in info.races) or any(p.start <= a < p.end for p in info.persons):
                return False
            obj = m.group("obj").split()[0].lower()
            if obj in ("race", "title", "it", "there"):
                return False
            return bool(re.search(r"(?i)\b(?:championships?|cup|games|trials|series|award|prize|contest|lottery|open|grand prix)\b", m.group("obj")))
        return bool(re.match(r"\s+(?:the\s+|a\s+|an\s+)(?:\w+\s+){0,2}(?:contest|award|prize|lottery|raffle|bet|toss|argument|election|draw|competition)\b", after, re.I))

    def _record_place(self, info: SentInfo, clause: tuple[int, int], pos: int, ctx: Context,
                      rtype: str | None) -> tuple[RaceMention | None, float]:
        """The race, route or distance a record is about, by the record's type; a record named
        without its subject is about the one the record talk of this stretch is about."""
        subj = ctx.record_subject if ctx.record_subject is not None and self._subject_alive(info, ctx) else None
        if rtype == "FKT":
            race, conf = self._race(info, clause, pos, ctx, ("route",))
            main = ctx.main_route or self._main_route
            if conf < 1.0 and main is not None and re.search(r"\b(?:the|this)\s+route\b", info.sent.text) and not any(r.kind == "route" for r in info.races):
                return main, 0.7  # "the overall record on the route": the piece's route, not the last one named in passing
            if (race is None or conf < 1.0) and subj is not None and subj.kind == "route":
                return subj, 0.6
            if race is None:
                race, conf = self._route_phrase(info, ctx), 0.5
            return race, conf
        if rtype in ("world record", "national record", "other"):  # a club record too is over a distance
            timed = self._timed_distance(info, pos)
            if timed is not None:
                return timed, 0.9  # "ran 50 miles in 4:50:21, a world best": the distance the time is for
            yards = re.search(r"\b\d{1,3}\s+yards\b|\bbackyard\b", info.sent.text, re.I)
            if yards is not None and not any(r.kind == "race" and "backyard" in r.name.lower() for r in info.races):
                # "the old mark of 88 yards belonged to X", "an Irish backyard record": a backyard ultra's, counted in yards
                return RaceMention(info.sent.start + yards.start(), info.sent.start + yards.end(), yards.group(0), "backyard ultra", "distance", "backyard ultra", "phrase"), 0.8
            cue = next((c for c in info.records if c.start <= pos < c.end), None)
            fixed = _fixed_span(RaceMention(cue.start, cue.end, cue.text, cue.text, "distance", None, "phrase")) if cue is not None else None
            if fixed is not None:
                return fixed, 0.9  # "won at Across the Years with 231 miles, an Irish 48-hour record": over 48 hours
            race, conf = self._race(info, clause, pos, ctx, ("distance", "race"))
            timed = any(t.role == "finish" and (t.seconds or 0) >= 3600 for t in info.times)
            if timed and subj is not None and re.search(r"\b(?:hours|days)$", subj.name):
                subj = None  # a fixed-time record has no finish time: "the world best of 6:13:33" is over another distance
            if conf < 1.0 and subj is not None and subj.kind == "distance" and not any(
                    d.role == "race" and (re.match(r"[- ]?(?:\w+\s+)?(?:record|best|mark)\b", self.text[d.end : d.end + 20])
                                          or re.search(r"\b(?:for|over)\s+(?:the\s+)?$", self.text[max(info.sent.start, d.start - 10) : d.start]))
                    for d in info.distances) \
                    and not pattern("fixed_time").search(info.sent.text):
                return subj, 0.6  # "Kazami's time was itself a world record until ...": the section's distance
            if race is None or ((conf < 1.0 or race.source == "context") and race.kind == "race" and "backyard" not in race.name.lower()):
                # a world or national record is over a distance: the distance the sentence (or
                # the piece's fixed-time format) gives beats a race named elsewhere
                d = self._distance_phrase(info, clause, pos)
                if d is not None or race is None:
                    race, conf = d, 0.5
            if race is not None and race.kind == "race":
                # "an American record for 24 hours at Desert Solstice", "ran 248 km at the Soochow 24
                # Hour, an Asian record for the format": a record of a fixed-time format is over its hours
                # ... and so is any national, world or area record told at a fixed-time race ("covered
                # 258.4 km at the Albi 24 Hour, setting an Irish record")
                fm = _FORMAT_AFTER_CUE.match(self.text, cue.end) if cue is not None else None
                hours = re.search(r"\b(6|12|24|48|72)[- ]?(?:Hours?|hr|h)\b", race.name, re.I)
                n = (fm.group("n") if fm else None) or (hours.group(1) if hours else None)
                if n:
                    label = f"{int(number(n) or 0)} hours"
                    return RaceMention(race.start, race.end, race.text, label, "distance", label, "phrase"), conf
                if (days := _fixed_span(race)) is not None:
                    return days, conf  # "broke the Irish record at the Riverbend 6 Day Race": over six days
            if race is not None and race.kind == "race" and race.distance_label in _RECORD_DISTANCES:
                # "the world best was set on the same course": a world record is over the race's distance
                race = RaceMention(race.start, race.end, race.text, race.distance_label, "distance", race.distance_label, "phrase")
            return race, conf
        if rtype == "age-group record" and (own := self._cue_distance(info, pos)) is not None:
            return own, 0.9  # "the M60 100-mile track record", "a W50 age-group record for 24 hours": over that distance
        if rtype == "age-group record" and re.search(r"\b(?:american|national|world|{})\b|\bu\.s\.(?!\w)".format("|".join(map(re.escape, _nationality_words()))),
                                                     info.sent.text, re.I):
            over = self._record_distance(info, pos) or self._timed_distance(info, pos)
            fm = re.search(r"\b(?:record|best|mark)\s+for\s+(?:the\s+)?(?P<n>6|12|24|48|72)[- ]hours?\b|\b(?P<m>6|12|24|48|72)[- ]hour\s+(?:\w+\s+)?(?:record|best|mark)\b", info.sent.text, re.I)
            if over is None and fm:
                n = fm.group("n") or fm.group("m")
                over = RaceMention(info.sent.start + fm.start(), info.sent.start + fm.end(), fm.group(0), f"{n} hours", "distance", f"{n} hours", "phrase")
            if over is not None:
                return over, 0.9  # "the American women's 35-39 age-group record for 50K": a distance record
        if rtype is None and ctx.doc_record_type in ("world record", "national record"):
            over = self._record_distance(info, pos)
            if over is not None:
                return over, 0.9  # "the women's 100 km record is X's 6:33:11, run at Lake Saroma", in a piece on world records
        race, conf = self._race(info, clause, pos, ctx, ("race", "route", "distance") if rtype is None else ("race",))
        if rtype == "age-group record" and race is not None and race.kind == "race" and (span := _fixed_span(race)) is not None:
            return span, conf  # "a world best for women aged 60 to 64 at the Self-Transcendence 6 Day Race": over six days
        if rtype in (None, "course record") and race is not None and race.kind == "race" and _TITLE_BEFORE.search(self.text[max(info.sent.start, race.start - 40) : race.start]):
            # "X, a two-time winner of the Cascade Crest 100, went round in T, taking 50 minutes off Y's
            # time": a race in the runner's title is no record's place when a route is the talk's subject
            route = subj if subj is not None and subj.kind == "route" else self._main_route
            if route is not None:
                return route, 0.6
        if rtype == "age-group record" and conf < 1.0 and subj is not None and subj.kind == "distance" and info.sent.block == ctx.record_subject_block:
            return subj, 0.6  # "... the American 65-69 record for 50 miles. That record, T, has been held by X": over that distance
        if conf < 1.0 and subj is not None and subj.kind in ("race", "route") and (rtype is None or subj.kind == "race") \
                and (info.sent.block == ctx.record_subject_block or subj.source == "heading" or subj.kind == "route"):
            return subj, 0.6  # "took 31 minutes off the 14hr 34min set by X in 2020": the record's route
        subject = ctx.record_subject
        if rtype is None and subject is not None and subject.kind == "distance" and conf < 1.0 and info.sent.block - ctx.record_subject_block <= 2:
            d = self._distance_phrase(info, clause, pos)
            return (d, 0.6) if d is not None and d.text else (subject, 0.6)  # a records explainer's section distance
        if rtype is None and conf <= 0.5 and self._headline_subject is not None:
            return self._headline_subject, 0.5  # no race in sight: the headline's record subject
        if race is None and rtype is None:
            race, conf = self._route_phrase(info, ctx), 0.5
        return race, conf

    def _cue_distance(self, info: SentInfo, pos: int) -> RaceMention | None:
        """The distance or duration an age-group record's own words name: "M60 100-mile record",
        "W50 12-hour American record", "age-group record for 24 hours" (a course's is no such)."""
        cue = next((c for c in info.records if c.start <= pos < c.end), None)
        if cue is None or re.search(r"\bcourse\b", cue.text, re.I):
            return None
        fm = pattern("fixed_time").search(cue.text) or _FORMAT_AFTER_CUE.match(self.text, cue.end)
        if fm is not None and "backyard" not in fm.group(0).lower():
            span = _fixed_span(RaceMention(cue.start, cue.end, fm.group(0), fm.group(0), "distance", None, "phrase"))
            if span is None and fm.groupdict().get("n"):
                label = f"{int(number(fm.group('n')) or 0)} hours"
                span = RaceMention(cue.start, cue.end, fm.group(0), label, "distance", label, "phrase")
            if span is not None:
                return span
        own = [d for d in info.distances if d.role == "race" and (cue.start <= d.start < cue.end or re.fullmatch(r"\s+(?:for|over)\s+(?:the\s+)?", self.text[cue.end : d.start]))]
        if not own:
            return None
        return RaceMention(own[0].start, own[0].end, own[0].text, own[0].label, "distance", own[0].label, "phrase")

    def _record_distance(self, info: SentInfo, pos: int) -> RaceMention | None:
        """'a record for 50 miles', 'the 100 km record': the distance a record is over."""
        # "circled the track for 245.3 km" is the distance covered, not the one a record is over
        over = [d for d in info.distances if d.role == "race" and (re.search(r"\b(?:for|over)\s+(?:the\s+)?$", self.text[max(info.sent.start, d.start - 10) : d.start])
                                                                  and (not _COVERED_AMOUNT.match(d.text) or re.search(r"\b(?:record|best|mark)s?\s+(?:for|over)\s+(?:the\s+)?$", self.text[max(info.sent.start, d.start - 25) : d.start]))
                                                                  or re.match(r"[- ]?(?:\w+\s+)?(?:record|best|mark)\b", self.text[d.end : d.end + 20]))]
        if not over:
            return None
        d = min(over, key=lambda d: abs(d.start - pos))
        return RaceMention(d.start, d.end, d.text, d.label, "distance", d.label, "phrase")

    def _timed_distance(self, info: SentInfo, pos: int) -> RaceMention | None:
        """The standard distance a time in the sentence is for: "ran 50 miles in 4:50:21",
        "passed 100 miles in 10:51:39", "2:59:54 for 50K"."""
        text = self.text
        tied = [d for d in info.distances if d.role != "training" and any(
            t.role in ("finish", "split") and (re.fullmatch(r"\s+in\s+", text[d.end : t.start]) or re.fullmatch(r"\s+for\s+(?:the\s+)?", text[t.end : d.start]))
            for t in info.times)]
        if not tied:
            return None
        d = min(tied, key=lambda d: abs(d.start - pos))
        return RaceMention(d.start, d.end, d.text, d.label, "distance", d.label, "phrase")

    def _distance_phrase(self, info: SentInfo, clause: tuple[int, int], pos: int) -> RaceMention | None:
        """A distance record's distance: '24-hour', '100 km', '6-day'; a fixed-time event named
        earlier in the piece is what "the men's world record ... 319.614 km" is over."""
        m = pattern("fixed_time").search(info.sent.text)
        if m and m.group("n"):
            return RaceMention(info.sent.start + m.start(), info.sent.start + m.end(), m.group(0),
                               f"{m.group('n')} hours", "distance", f"{m.group('n')} hours", "phrase")
        if m and (m.group("days") or m.group("ndays")):
            days = int(number(m.group("days") or m.group("ndays")) or 0)
            return RaceMention(info.sent.start + m.start(), info.sent.start + m.end(), m.group(0),
                               f"{days} days", "distance", f"{days} days", "phrase")
        over = self._record_distance(info, pos)
        if over is not None:
            return over
        hours = self.doc_fixed_hours or self.fixed_hours
        if hours and not any(t.role == "finish" and (t.seconds or 0) >= 3600 for t in info.times):  # (as above)
            return RaceMention(info.sent.start, info.sent.start, "", f"{hours} hours", "distance", f"{hours} hours", "phrase")
        # "covering 724 km", "with 270.116 km": the distance run, not the distance of the record
        ds = [d for d in info.distances if d.role == "race" and not re.match(r"\s+(?:[A-Z][\w-]*['’]s\s+)?[A-Z][\w'’-]+\s+(?:[A-Z][\w'’-]+\s+)?(?:ran|covered|set|ran|logged)\b",
                                                                           self.text[d.end : d.end + 60]) and not re.search(
            r"\b(?:with|covered|covering|covers|ran|running|logged|logging|totall?ing|reached|reaching|managed)\s+(?:a\s+)?(?:total\s+of\s+)?(?:some\s+|about\s+|nearly\s+)?$", self.text[max(info.sent.start, d.start - 30) : d.start], re.I)]
        if ds:
            d = min(ds, key=lambda d: abs(d.start - pos))
            return RaceMention(d.start, d.end, d.text, d.label, "distance", d.label, "phrase")
        return None

    def _route_phrase(self, info: SentInfo, ctx: Context) -> RaceMention | None:
        """An FKT's route when the gazetteer has none: 'across the Grand Canyon', 'of the X Trail'."""
        routes = [r for r in info.races if r.kind == "route"]
        if routes:
            return routes[0]
        for m in re.finditer(r"\b(?:across|of|on|around|through|along|traverse of)\s+(?:the\s+)?((?:[A-Z][\w'’-]+\s?){1,4})", info.sent.text):
            if any(p.start - info.sent.start <= m.start(1) < p.end - info.sent.start for p in info.persons):
                continue
            name = m.group(1).strip()
            if name.lower() in _not_name_words() or re.match(r"(?:FKT|Fastest)", name):
                continue
            r = RaceMention(info.sent.start + m.start(1), info.sent.start + m.end(1), name, name, "route", None, "phrase")
            ctx.para_route = r
            return r
        return ctx.para_route or ctx.section_route or ctx.main_route

    def _record_box(self, info: SentInfo, ctx: Context) -> bool:
        """A fact box's records line: "Course records: Tomás Archuleta, 18:07:33 (2023); Hana
        Wójcik, 21:19:50 (2019)" - each holder with the time and year that follow the name."""
        text, s0 = self.text, info.sent.start
        m = _RECORD_BOX.match(info.sent.text)
        if m is None:
            return False
        cue = next((c for c in info.records if c.start < s0 + m.end("label") and c.role not in ("generic", "implied")), None)
        rtype = cue.role if cue is not None else "course record"
        race, conf = self._record_place(info, (s0, info.sent.end), s0 + m.end("label"), ctx, rtype)
        if race is None:
            return False
        found = False
        used: set[int] = set()
        for p in info.persons:
            if p.start < s0 + m.end("label"):
                continue
            tm = next((t for t in info.times if t.start >= p.end and re.fullmatch(r"(?:['’]s)?\s*(?:\([^)]{1,30}\))?\s*(?:[,:–—-]|\bin\b)?\s*\(?\s*", text[p.end : t.start])), None)
            ym = None
            if tm is None:
                # "Course record: 21:36:24 (Kilian Jornet, 2022)": the time first, its holder in brackets
                tm = next((t for t in info.times if t.end <= p.start and id(t) not in used and re.fullmatch(r"\s*[(,]\s*", text[t.end : p.start])), None)
                ym = re.match(r"\s*[,(]\s*((?:19|20)\d\d)\s*\)", text[p.end : p.end + 12]) if tm is not None else None
            if tm is None:
                continue
            used.add(id(tm))
            ym = ym or re.match(r"\s*(?:[,(]|\b(?:from|in|set in)\b)?\s*((?:19|20)\d\d)\)?", text[tm.end : tm.end + 14])
            year = int(ym.group(1)) if ym else None
            self._add_record(info, rtype, race, p.name, tm, year, None, None, None, 0.6 * max(conf, 0.5))
            self._athlete_evidence(p.name, 0.7)
            if race.kind == "race":
                self._add_result(info, p.name, race, year, None, tm, 0.5 * max(conf, 0.5))
            found = True
        if found:
            # "... Dauwalter's run lowered Greenwood's 16:47:19 by an hour": the paragraph goes on about that record
            ctx.para_record_type = ctx.doc_record_type = rtype
            ctx.record_block = info.sent.block
        # "Course record: X, T (2016), who took an hour off the T0 run by Y in 2007": the sentence
        # goes on to tell the old record, which the sentence's own reading finds
        return found and not any(t.role == "finish" and id(t) not in used for t in info.times)

    @staticmethod
    def _subject_alive(info: SentInfo, ctx: Context) -> bool:
        """The record talk goes on two paragraphs past its last mention, or to the end of the
        section whose heading names its subject."""
        gap = info.sent.block - ctx.record_subject_block
        return 0 <= gap <= 2 or (gap > 2 and ctx.record_subject_heading)

    def _record_chain(self, info: SentInfo, ctx: Context) -> None:
        """Record histories tell a mark passing from runner to runner without the word record
        in every sentence: "Trason's 5:40:18 from 1991 stood until Herron ran 5:31:56 in 2019",
        "It fell in 2009 to Jamie Donaldson, who ran 26:16:12", "Herron moved it to 262.193 km".
        In a section that talks about a record, each performance such a sentence tells is a
        record of that section's type and subject, and the one before it its previous holder."""
        text, s0, s1 = self.text, info.sent.start, info.sent.end
        typed = [c for c in info.records if c.role not in ("generic", "implied")]
        if typed or info.records:
            rtype = typed[0].role if typed else (self._open_category_type(info.records[0], ctx) or ctx.para_record_type or ctx.doc_record_type)
            if rtype is not None and not _in_quote(text, info.records[0].start, self.block_start.get(info.sent.block, s0)):
                subject, conf = self._record_place(info, (s0, s1), info.records[0].start, ctx, rtype)
                named_here = subject is not None and (conf >= 0.85 or (subject.kind == "distance" and subject.text and s0 <= subject.start < s1)
                                                      # "That course record survived ...": the paragraph's race, when no subject is set yet
                                                      or (typed and ctx.record_subject is None and subject.kind == "race" and conf >= 0.6))
                if named_here and not typed and subject.kind == "race" and rtype in ("world record", "national record") and ctx.record_subject is not None \
                        and ctx.record_subject.kind == "distance" and self._subject_alive(info, ctx):
                    # "a new Irish six-day record. The old one, 741 km, belonged to X, who set it at the
                    # Athens festival": the race is where the old mark was run; the talk stays on six days
                    named_here = False
                if named_here and (ctx.record_subject is None or subject.name != ctx.record_subject.name):
                    ctx.record_subject, ctx.chain, ctx.chain_gender = subject, [], _gender_marker(info.sent.text)
                    ctx.record_subject_heading = False
                if named_here or (subject is not None and ctx.record_subject is not None and subject.name == ctx.record_subject.name
                                  and (typed or _CHAIN_CUE.search(info.sent.text))):
                    ctx.record_subject_block = info.sent.block  # the talk goes on ("a world record", "it fell to")
        cue = _CHAIN_CUE.search(info.sent.text)
        back = _STOOD_BACK.match(info.sent.text)
        if cue is None or ctx.record_subject is None or not self._subject_alive(info, ctx):
            return
        rtype = typed[0].role if typed else ((self._open_category_type(info.records[0], ctx) if info.records else None) or ctx.para_record_type or ctx.doc_record_type)
        if rtype is None:
            return
        perfs = self._performances(info, ctx)
        if back and ctx.last_perf is not None and (not perfs or perfs[0][1].start > s0 + back.end()):
            perfs.insert(0, ctx.last_perf)  # "That course record survived for 39 years, until ...": the run just told
        gender = _gender_marker(info.sent.text)
        if gender is not None and gender != ctx.chain_gender:
            ctx.chain, ctx.chain_gender = [], gender  # "For women, ...": the other record's line
        subject = ctx.record_subject
        fits = {"FKT": ("route",), "world record": ("distance", "race"), "national record": ("distance", "race")}.get(rtype, ("race", "distance"))
        if subject.kind not in fits:
            # "Greenwood's mark then lasted until 2023": a course record's race, not the route an
            # FKT paragraph named before
            subject = self._record_place(info, (s0, s1), s0 + cue.start(), ctx, rtype)[0]
            if subject is None:
                return
        for who, value, year in perfs:
            t = value if value.kind == "time" and value.role == "finish" else None
            prev = ctx.chain[-1] if ctx.chain else None
            if prev is not None and prev[0] == who and prev[2] == value.text:
                continue
            self._add_record(info, rtype, subject, who, t, year, prev[0] if prev else None,
                             prev[1] if prev else None, None, 0.5)
            self._athlete_evidence(who, 0.7)
            ctx.chain.append((who, t.hms if t else None, value.text))
        if perfs:
            ctx.last_perf = perfs[-1]

    def _then_faster(self, info: SentInfo, ctx: Context) -> None:
        """"Its record belonged to X, who ran it in 13 hours 53 minutes in 1982. Then in 2018 Y went
        round in 12 hours 52 minutes.": a faster run on the route told right after its record is
        the next record, X's the previous one."""
        if not _THEN_NEXT.match(info.sent.text):
            return
        s0 = info.sent.start
        b0 = self.block_start.get(info.sent.block, s0)
        before = [r for r in self.records if r["type"] == "FKT" and r["time"] and b0 <= r["start"] < s0]
        runs = [p for p in self.performances if s0 <= p[1].start < info.sent.end]
        if not before or len(runs) != 1:
            return
        old = before[-1]
        who, t, year = runs[0][0], runs[0][1], runs[0][2]
        old_s = parse_hms(old["time"])
        if who == old["athlete"] or t.seconds is None or old_s is None or t.seconds >= old_s:
            return
        route = RaceMention(s0, s0, old["race_or_route"], old["race_or_route"], "route", None, "context")
        self._add_record(info, "FKT", route, who, t, year, old["athlete"], old["time"], None, 0.5)
        self._athlete_evidence(who, 0.6)

    def _performances(self, info: SentInfo, ctx: Context) -> list[tuple[str, Value, int | None]]:
        """(athlete, time or distance covered, year) told in the sentence, in text order."""
        text, s0, s1 = self.text, info.sent.start, info.sent.end
        vals = [v for v in info.times if v.role == "finish"]
        vals += [d for d in info.distances if d.role == "race" and re.search(
            r"\b(?:covered|covering|ran|run|running|set|with|of|to|reached|logged|managed|went|did)\s+(?:a\s+)?(?:total\s+of\s+)?(?:some\s+|about\s+|nearly\s+)?$|:\s*$",
            text[max(s0, d.start - 30) : d.start]) and not re.match(r"\s*(?:record|mark|best|race|event|course|loop|track)\b", text[d.end : d.end + 12])]
        out = []
        for v in sorted(vals, key=lambda v: v.start):
            if _in_quote(text, v.start, self.block_start.get(info.sent.block, s0)) or re.search(
                    r"\b(?:over|by|of)\s+$", text[max(s0, v.start - 6) : v.start]) and v.kind == "time" and re.search(r"\b(?:by|margin)\b", text[max(s0, v.start - 20) : v.start]):
                continue
            clause = _clause_of(_clauses(info, text), v.start)
            who = owner = self._mark_owner(info, v)
            if who is None and self._recent_holders[0] == ctx.sent_idx - 1 and len(self._recent_holders[1]) == 1 and re.fullmatch(
                    r"\s*(?:His|Her|Their)\s+", text[s0 : v.start]):
                who = owner = self._recent_holders[1][0]  # "... took the record from X. His 2d 14h 20m had stood since 2020"
            if who is None:
                who, _ = self._athlete(info, clause, v.start, ctx)
            if who is None and out:
                who = out[-1][0]  # "... and then to 270.116 km": the same runner again
            if who is None:
                continue
            # "5:41:02 from 1990", "270.1 km in 2019": the year told right after the mark is its own
            own = re.match(r"[^.;,]{0,40}?\b(?:from|in|set in|run in|back in|since)\s+(?:\w+\s+)?((?:19|20)\d\d)\b", text[v.end : min(s1, v.end + 60)]) or (
                owner and re.match(r",?[^.;,]{0,70}?\b(?:from|in|since|back in)\s+(?:\w+\s+)?((?:19|20)\d\d)\b", text[v.end : min(s1, v.end + 90)]))
            if own is None and (far := re.match(r"\s+(?:at|in)\s+[^.;]{0,70}?,\s+in\s+((?:19|20)\d\d)\b", text[v.end : min(s1, v.end + 90)])) and not any(
                    v.end < x.start < v.end + far.end() for x in vals):
                own = far  # "to 270.116 km at the World Championships in Albi, France, in 2019": the place, then its year
            # "... until 2018, when X went through in T": the year the mark fell is the new one's;
            # "set it in 2016 at T": the year the clause gives before the mark
            when = _UNTIL_WHEN.search(text, s0, v.start)
            before_year = re.search(r"\b(?:in|during)\s+(?:\w+\s+)?((?:19|20)\d\d)\s+(?:at|with|in)\s+$", text[max(s0, v.start - 30) : v.start])
            if when and not re.search(r"[.;]", text[when.end() : v.start]):
                year = int(when.group("y"))
            elif own and not any(v.end <= p.start < v.end + own.start(1) and p.name != owner for p in info.persons):
                year = int(own.group(1))
            elif before_year:
                year = int(before_year.group(1))
            else:
                year = self._year(info, clause, v.start, ctx, who)
            out.append((who, v, year))
        return out

    def _mark_owner(self, info: SentInfo, v: Value) -> str | None:
        """Whose mark a time is, by the words around it: "Jornet's 12:52", "Bland, whose 13:53",
        "6:05:41 set by Sorokin", "the 53:39 that Hamilton ran"."""
        text = self.text
        for p in info.persons:
            if p.end <= v.start and re.fullmatch(r"['’]s?\s+(?:(?:old|previous|former|own|\d{4})\s+)?(?:(?:[\w'’-]+\s+){0,2}?(?:mark|record|best|time|FKT)\s+of\s+)?|,\s+whose\s+(?:[\w'’-]+\s+){0,3}?", text[p.end : v.start]):
                return p.name
            if p.start >= v.end and re.fullmatch(r",?\s*(?:(?:had\s+)?(?:been\s+)?(?:set|run|established)\s+(?:[^.;,]{0,40}?\s)?by|(?:that|which)|(?:had\s+|has\s+)?belong(?:s|ed)\s+to(?:\s+the(?:\s+[\w-]+){1,2})?)\s+(?:[A-Z][\w-]+['’]s\s+)?", text[v.end : p.start]):
                return p.name
        return None

    def _obituary_family(self) -> str:
        """The family name of the person an obituary is about, from its headline "Peg Thornbury,
        1951–2025: ..." or its opening "X, who has died aged 73" ("" when the piece is none)."""
        if self._obit is None:
            m = _OBITUARY.match(self.text)
            self._obit = fold(m.group("name")).split()[-1] if m else ""
        return self._obit

    def _protagonist(self) -> str | None:
        """The person a profile or biography is about: named far more often than anyone else."""
        cands = [(n, c) for n, c in self.mention_counts.most_common() if n not in self.role_names]
        ranked = ([(n, c) for n, c in cands if n in self.evidence] or cands)[:2]  # one shown racing beats a spokesman
        if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            return ranked[0][0]
        return None

    def _winning_pair(self, info: SentInfo, ctx: Context, times: tuple[Value, Value]) -> bool:
        """"16:37:50 and 19:52:14" / "The winning times from last year, run by X and Y.": each
        runner, in order, won in the time in the same place of the item's opening pair."""
        names = list(dict.fromkeys(p.name for p in info.persons))
        if len(names) != 2 or not re.search(r"\bwinning times\b", info.sent.text, re.I):
            return False
        clause = (info.sent.start, info.sent.end)
        race, rconf = self._race(info, clause, info.sent.start, ctx)
        if race is None:
            return False
        # "from last year", "in 2023": the item's own date ("times from" is no old record's date here)
        rm = pattern("relative_year").search(self.text, info.sent.start, info.sent.end)
        years = {int(y.number) for y in info.years}
        year = years.pop() if len(years) == 1 else (self._relative_year(info, ctx, (rm.start(), rm.end())) if rm else None)
        if year is None:
            year = self._year(info, clause, info.sent.start, ctx)
        for who, t in zip(names, times, strict=True):
            self._athlete_evidence(who, 0.6)
            self._add_result(info, who, race, year, 1, t, 0.6 * rconf, stamped=False)
        return True

    def _item_runner(self, info: SentInfo) -> str | None:
        """The runner heading the bulleted item the sentence is in ("• Sophie Arnaud (FRA) — ...",
        a preview's "Jonas Meyer (Germany) — The former record holder ...")."""
        b0 = self.block_start.get(info.sent.block, info.sent.start)
        m = re.match(r"[ \t]*(?:" + _BULLET + r"[ \t]+)?", self.text[b0 : b0 + 6])
        if m is None or b0 == info.sent.start or self.names is None:
            return None
        heads = self.names.mentions(self.text, b0, min(info.sent.start, b0 + 80), [])
        if not heads or heads[0].start != b0 + m.end() or not re.match(r"\s*(?:\([^)]{1,90}\))?\s*[—–:-]", self.text[heads[0].end : heads[0].end + 100]):
            return None
        return heads[0].name

    def _list_owner(self, info: SentInfo) -> str | None:
        """"Pieter van Rensburg – 2025 season highlights:": the one runner the line opening a
        list's block names owns the list's lines."""
        b0 = self.block_start.get(info.sent.block, info.sent.start)
        nl = self.text.find("\n", b0, info.sent.start)
        if nl < 0 or self.names is None:
            return None
        head = self.text[b0:nl].rstrip()
        who = {p.name for p in self.names.mentions(self.text, b0, nl, [])}
        if len(who) != 1 or not head.endswith(":") or find_times(head):
            return None
        return who.pop()

    def _career_line(self, info: SentInfo, ctx: Context) -> bool:
        """A line of a career table or a biography's bullet list names no runner: it is the
        profile's subject's ("2017 – Moab 240 – 1st – 57:59:00", "• 1st, UTCT 100K, 2025 – 10:58:31")."""
        t = info.sent.text
        m = _CAREER_LINE.match(t)
        if not m or info.persons or len(t.split()) > 22:
            return False
        races = [r for r in info.races if r.kind == "race"]
        who = self._list_owner(info) or self._protagonist()
        if not races or who is None or re.search(r"\b(?:DNF|DNS|dropped|did not finish)\b", t, re.I):
            return False
        ys = [int(y.number) for y in info.years]
        if not ys:
            return False
        places = [v for v in info.places if v.extra.get("at") is None]
        wins = [v for v in info.wins if v.role != "goes_to"]
        ordinal = re.search(r"(?:^|[\s–—:|,(-])(\d{1,3})(?:st|nd|rd|th)(?=$|[\s–—:|,.)-])", t)
        place = int(places[0].number) if places else (int(ordinal.group(1)) if ordinal else (1 if wins else None))
        times = [v for v in info.times if v.role in ("finish", "fixed")]
        t0 = next((v for v in times if v.role == "finish"), None)
        covered = next((d.label for d in info.distances if d.role == "race" and not any(r.start <= d.start < r.end for r in info.races)), None)
        yards = re.search(r"\b(\d{1,3})\s+(?:yards|laps|loops)\b", t)
        if place is None and t0 is None and covered is None and yards is None:
            return False
        self._athlete_evidence(who, 0.7)
        self._add_result(info, who, races[0], ys[0], place, t0, 0.6, distance=covered or (f"{yards.group(1)} yards" if yards else None))
        cue = next((c for c in info.records if c.role not in ("generic", "implied")), None)
        if cue is not None:
            self._add_record(info, cue.role, races[0], who, t0, ys[0], None, None, None, 0.55)
        return True

    def _covered_distance(self, info: SentInfo, ctx: Context) -> None:
        """"X covered 218.4 km at the Tooting Bec 24 Hour": at a fixed-time race the distance
        covered is the result (FACTS.md), told with no place or time."""
        text = self.text
        for m in _COVERED.finditer(text, info.sent.start, info.sent.end):
            if _NOT_DONE.search(text, info.sent.start, m.start()):
                continue  # "she would have covered 230 km", "needed to cover": no result
            clause = _clause_of(_clauses(info, text), m.start())
            race, rconf = self._race(info, clause, m.start(), ctx)
            if race is None or race.kind != "race" or not pattern("fixed_time").search(race.name) or rconf < 0.85:
                continue  # only a fixed-time race named with the run
            who, conf = self._athlete(info, (clause[0], m.start()), m.start(), ctx)
            if not who:
                continue
            num = number(m.group("d").replace(",", ""))
            if num is None:
                continue
            unit = m.group("u").lower()
            dist = f"{m.group('d')} {unit}" if unit in ("yards", "laps", "loops") else distance(num, unit)[1]
            year = self._year(info, clause, m.start(), ctx, who)
            self._athlete_evidence(who, conf)
            self._add_result(info, who, race, year, None, None, 0.6 * min(conf, rconf), distance=dist)

    def _multi_year_wins(self, info: SentInfo, ctx: Context) -> None:
        """"won it three years in a row, from 2006 to 2008", "won back to back in 2002 and 2003":
        one win per edition named."""
        text, s0 = self.text, info.sent.start
        for m in _MULTI_YEAR_WIN.finditer(info.sent.text):
            y1, y2 = int(m.group("y1") or m.group("y0")), int(m.group("y2"))
            if m.group("range"):
                if not 0 < y2 - y1 <= 12:
                    continue
                years = list(range(y1, y2 + 1))
                count = re.search(r"\b(\w+)\s+(?:times|titles|wins|victories|crowns)\b", m.group(0))
                if count and (n := number(count.group(1))) is not None and n < len(years):
                    continue  # "won five times in six years between 1997 and 2002": not every edition of the span
            else:
                years = [int(y) for y in re.findall(r"(?:19|20)\d\d", m.group("list"))] + [y2]
            pos = s0 + m.start()
            clause = _clause_of(_clauses(info, text), pos)
            who, conf = self._athlete(info, clause, pos, ctx)
            race, rconf = self._race(info, clause, pos, ctx)
            if who is None or race is None or re.search(r"\b(?:women|men)['’]s\s+race\s+in\s+both\b", m.group(0)):
                continue
            for y in years:
                self._add_result(info, who, race, y, 1, None, 0.5 * rconf)
            self._athlete_evidence(who, conf)
        for m in _PAREN_YEAR_WINS.finditer(info.sent.text):
            pos = s0 + m.start()
            clause = _clause_of(_clauses(info, text), pos)
            who, conf = self._athlete(info, clause, pos, ctx)
            race, rconf = self._race(info, (s0, info.sent.end), pos, ctx)
            if who is None or race is None or race.kind != "race":
                continue
            for y in re.findall(r"(?:19|20)\d\d", m.group("list")):
                self._add_result(info, who, race, int(y), 1, None, 0.5 * rconf)
            self._athlete_evidence(who, conf)
        for m in _MULTI_YEAR_PLACE.finditer(info.sent.text):
            word = m.group("ord").lower()
            place = 2 if word == "runner-up" else ordinal_number(word)
            pos = s0 + m.start()
            if not place or phrase_regex("hypothetical").search(text[max(s0, pos - 60) : pos]) or phrase_regex("negation").search(text[max(s0, pos - 35) : pos]):
                continue
            clause = _clause_of(_clauses(info, text), pos)
            who, conf = self._athlete(info, clause, pos, ctx)
            race, rconf = self._race(info, clause, pos, ctx)
            if who is None or race is None:
                continue
            for y in [int(y) for y in re.findall(r"(?:19|20)\d\d", m.group("list"))] + [int(m.group("y2"))]:
                self._add_result(info, who, race, y, place, None, 0.5 * rconf)
            self._athlete_evidence(who, conf)

    def _title_results(self, info: SentInfo, ctx: Context) -> None:
        """A title names an edition's result: "Last year's winner, Jared Pham, dropped",
        "Tamsin Yearwood, the 2023 women's winner, was third", "2019 runner-up Kelsey Arvidson"."""
        text, s0 = self.text, info.sent.start
        for m in _TITLE_RX.finditer(info.sent.text):
            a, b = s0 + m.start(), s0 + m.end()
            after = [p for p in info.persons if b <= p.start <= b + 30 and re.fullmatch(r",?\s*(?:[A-Z][\w-]*(?:\s[A-Z][\w-]*)?['’]s\s+)?", text[b : p.start])]
            before = [p for p in info.persons if p.end <= a and re.fullmatch(r",\s*(?:the\s+|a\s+)?", text[p.end : a])]
            who = after[0] if after else (before[-1] if before else None)
            if who is None or _in_quote(text, a, self.block_start.get(info.sent.block, s0)):
                continue
            if m.group(0)[0] in "Dd" and info.years:
                continue  # "second to the defending champion X in 2019": the title of that year's race
            if m.group("y"):
                year = int(m.group("y"))
            elif ctx.anchor_year is not None:
                year = ctx.anchor_year - 1
            else:
                continue
            named = [r for r in info.races if r.kind == "race" and r.start >= a and r.end <= b]
            # "the 2023 women's winner, X, has moved up to UTMB": the title is the story race's
            story = next((r for r in (ctx.para_race, ctx.section_race, ctx.main_race) if r is not None and r.kind == "race"), None)
            race = named[0] if named else (story or self._race(info, (s0, info.sent.end), a, ctx)[0])
            if race is None:
                continue
            place = 2 if m.group("role").lower().startswith("runner") else 1
            if m.group("nth"):
                place = ordinal_number(m.group("nth"))  # "last year's third-place finisher, X"
            n = len(self.results)
            self._title_spans.append((a, b))
            self._add_result(info, who.name, race, year, place, None, 0.55)
            if len(self.results) > n:
                self.results[-1]["_title"] = True  # told in passing: the race is not the paragraph's
            self._athlete_evidence(who.name, 0.6)

    def _inline_list(self, info: SentInfo, ctx: Context) -> None:
        """Results written as a numbered list inside a sentence (wire style) or one a line."""
        t = info.sent.text
        self._wire_list(info, ctx)
        if info.rank is not None or info.row is not None:
            marks = ""
            if info.row is not None:
                name, time_text, marks = info.row
            else:
                m = _WIRE_ITEM.fullmatch(t.strip().rstrip(".;,"))
                name, time_text = m.group("name"), m.group("time")
            who = self.names._merge(person_name(name)) if self.names else person_name(name)
            race, rconf = self._race(info, (info.sent.start, info.sent.end), info.sent.start, ctx)
            if race is not None and _valid_full_name(who, listed=True):
                self._athlete_evidence(who, 0.8)
                year = self._year(info, (info.sent.start, info.sent.end), info.sent.start, ctx)
                t0 = find_times(time_text)[0]
                self._add_result(info, who, race, year, info.rank, t0, 0.8 * rconf)
                if marks:
                    self._line_note_record(info, ctx, marks, race, who, t0, year, rconf)  # "Ellie Vance – 4:20:11 (CR)"
            return
        if not re.search(r"\b1\.\s+[A-Z]|(?:^|[:;]\s)1\s+[A-Z]|\(\s*2\.\s+[A-Z]", t) and not _LIST_LINE.match(t) and not (
                _MARK_LINE.match(t) and (info.sent.start == 0 or self.text[: info.sent.start].rstrip(" \t").endswith("\n"))):
            return  # ("4. X (BRA) 3:55:09 – first woman": a list's line with a note after its mark)
        for m in [*pattern("inline_result_cs").finditer(t), *([_LIST_LINE.match(t)] if _LIST_LINE.match(t) else [])]:
            who = self.names._merge(person_name(m.group("name"))) if self.names else person_name(m.group("name"))
            if not _valid_full_name(who):
                continue
            times = find_times(m.group("time"))
            if not times:
                continue
            # a race named inside the list (a sponsor "(The North Face)") is not the list's race
            saved, info.races = info.races, [r for r in info.races if r.start < info.sent.start + m.start()]
            try:
                race, rconf = self._race(info, (info.sent.start, info.sent.end), info.sent.start + m.start(), ctx)
            finally:
                info.races = saved
            if race is None:
                continue
            self._athlete_evidence(who, 0.8)
            note = re.match(r"\s*\([^)]{1,120}\)", t[m.end("time") :])
            old = note is not None and _EARLIER_MARK.search(note.group(0)) is not None
            year = self._year(info, (info.sent.start, info.sent.end), info.sent.start + m.start(), ctx)
            place = int(m.group("place"))
            # "4. Ana Pinto (BRA) 3:55:09 – first woman", "– F1": her category's place, the line's last words
            cat = re.match(r"\s*[–—,(-]\s*(?:(?P<ord>\d{1,2}(?:st|nd|rd|th)|first|second|third)\s+(?:woman|female|lady|man|male)|[FMW](?P<code>[1-9]|1\d)\b)\)?\s*$",
                           t[m.end("time") :])
            if cat:
                place = (ordinal_number(cat.group("ord")) if cat.group("ord") else int(cat.group("code"))) or place
            self._add_result(info, who, race, year, place, times[0], 0.8 * rconf)
            self._item_mark(info, t[m.end("time") : m.end("time") + 30], race, who, times[0], year, 0.7 * rconf, ctx)
            if old and note is not None:
                self._note_previous(info, ctx, note.group(0), race, who, times[0], year, rconf)

    def _labelled_item(self, info: SentInfo, ctx: Context) -> bool:
        """A list item labelled before a colon. Labelled by a distance under a records heading
        ("Club records" / "- 50 miles: X, 6:58:02 (2024)"), it is a record list's line, no race
        result (True: nothing more to read). Labelled by a name the gazetteer does not know
        ("- Cotswold Way Century (September): X, 30:18:42, 15th."), the label is the item's race."""
        m = _LABELLED_ITEM.match(info.sent.text)
        if m is None:
            return False
        label = re.sub(r"\s*\([^)]*\)\s*$", "", m.group("label")).strip()
        words = label.split()
        if re.search(r"\brecords?\b", ctx.section_heading, re.I) and not re.search(r"\bresults?\b", ctx.section_heading, re.I):
            fixed = pattern("fixed_duration").fullmatch(label)
            dist = next((d for d in find_distances(label) if d.start == 0 and d.end == len(label)), None)
            if fixed or dist:
                self._record_list_item(info, ctx, info.sent.text[m.end() :], info.sent.start + m.end(), label, dist)
                return True
        start = info.sent.start + m.start("label")
        if any(r.kind == "race" and start <= r.start < info.sent.start + m.end("label") for r in info.races):
            return False
        if len(words) < 2 or not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _LABEL_CONNECTORS for w in words) \
                or not words[0][:1].isupper() or any(w.lower().strip("'’s") in cues()["category_words"] or w.lower() in _not_name_words() - {"race", "trail", "ultra", "marathon", "mile", "miles", "way", "hill", "ridge", "valley", "lake", "river", "mountains", "hills", "downs", "moors", "fell", "creek", "canyon", "peak", "forest", "park", "road", "track"} for w in words):
            return False
        rest = info.sent.text[m.end() :]
        if not (find_times(rest) or find_places(rest)) or finder().lookup(label) is not None:
            return False
        race = RaceMention(start, start + len(label), label, label, "race", None, "label")
        info.races = [race, *info.races]
        if label not in self.race_names:
            self.race_names.append(label)
        return False

    def _record_page_line(self, info: SentInfo, ctx: Context) -> bool:
        """A record page's list line, under a heading about the records ("Current records",
        "History - supported, men" on a page whose title names its records): "2014 - Wes Pardee -
        19:48:17" or "Supported (women): Marisol Vega, 20:31:55 (July 2022)" is the holder's record
        on the section's (or the page's) route or race, an FKT on a route. True when read."""
        if not (info.sent.start == 0 or self.text[: info.sent.start].rstrip(" \t").endswith("\n")) or ctx.winners_section:
            return False
        heading, title = ctx.list_heading, self.text.split("\n", 1)[0]
        record_word = re.compile(r"\b(?:records?|FKTs?|fastest known)\b", re.I)
        if re.search(r"\b(?:results?|winners?|champions?)\b", heading, re.I) or not (
                record_word.search(heading) or (_RECORD_PAGE_HEADING.search(heading) and record_word.search(title))):
            return False
        m = _HISTORY_LINE.match(info.sent.text) or _HOLDER_LINE.match(info.sent.text) or _MARK_FIRST_LINE.match(info.sent.text)
        if m is None:
            return False
        rest_at = m.end()
        t_at = info.sent.start + (m.start("t") if m.groupdict().get("t") else rest_at)
        t = next((x for x in info.times if x.start == t_at and x.role in ("finish", None)), None)
        who = person_name(m.group("name"))
        if t is None or not _valid_full_name(who):
            return False
        who = self.names._merge(who) if self.names else who
        label = m.groupdict().get("label") or ""
        in_label = [r for r in info.races if r.kind in ("race", "route") and r.end <= info.sent.start + len(label) + 1]
        if label and (in_label or find_distances(label)):
            return False  # a race's or a distance's record, which the record box and list items read
        subject = ctx.section_route or ctx.section_race or next((r for r in finder().find(title) if r.kind in ("race", "route")), None) \
            or self._main_route or ctx.main_race
        if subject is None:
            return False
        rtype = _heading_record_type(heading) or _heading_record_type(title) or ("FKT" if subject.kind == "route" else "course record")
        if label and _heading_record_type(label + " record") == "age-group record":
            rtype = "age-group record"  # "M50: X, 7:12:33" under "Course records"
        year = int(m.group("year")) if m.groupdict().get("year") else next(
            (int(y.number) for y in find_years(info.sent.text[rest_at:])), None)
        self._athlete_evidence(who, 0.8)
        self._add_record(info, rtype, subject, who, t, year, None, None, None, 0.7)
        if subject.kind == "race":
            self._add_result(info, who, subject, year, None, t, 0.6)
        return True

    def _record_list_item(self, info: SentInfo, ctx: Context, rest: str, offset: int, label: str, dist: Value | None) -> None:
        """"- 50 miles: Owen Batty, 6:58:02 (2024)", "- 24 hours: X, 201.3 km (2022)" under "Club
        records": the holder's record over the item's distance (or duration), of the type the
        heading names ("other" for a club's)."""
        who = re.match(r"(?:[A-ZÀ-ÞĀ-ž][\w'’.-]+\s+){1,3}?[A-ZÀ-ÞĀ-ž][\w'’.-]+(?=\s*[,–—(-]|\s*$)", rest)
        if who is None or not _valid_full_name(person_name(who.group(0))):
            return
        name = self.names._merge(person_name(who.group(0))) if self.names else person_name(who.group(0))
        if dist is not None:
            subject = RaceMention(info.sent.start, info.sent.start, label, dist.label, "distance", dist.label, "context")
            times = [t for t in find_times(rest) if t.role in ("finish", "fixed", None)]
            t = times[0] if times else None
            if t is None:
                return
        else:
            fixed = re.match(r"(\d+|six|twelve)\s*(h|d)", label, re.I)
            if fixed is None:
                return
            n = {"six": "6", "twelve": "12"}.get(fixed.group(1).lower(), fixed.group(1))
            span = f"{n} {'days' if fixed.group(2).lower() == 'd' else 'hours'}"
            subject, t = RaceMention(info.sent.start, info.sent.start, label, span, "distance", span, "context"), None
        years = [int(y.number) for y in find_years(rest)]
        rtype = _heading_record_type(ctx.section_heading) or "other"
        self._athlete_evidence(name, 0.6)
        self._add_record(info, rtype, subject, name, t, years[-1] if years else None, None, None, None, 0.6)

    def _mark_line(self, info: SentInfo, ctx: Context) -> None:
        """A numbered results line with a home town, a note after its mark, or a distance for its
        mark: the line's place; a distance counts only at a fixed-time race (backyard yards,
        kilometres in 24 hours or six days)."""
        m = _MARK_LINE.match(info.sent.text)
        if m is None:
            return
        who = self.names._merge(person_name(m.group("name"))) if self.names else person_name(m.group("name"))
        if not _valid_full_name(who, listed=True):
            return
        race, rconf = self._race(info, (info.sent.start, info.sent.end), info.sent.start, ctx)
        if race is None:
            return
        t, dist = None, None
        if m.group("time"):
            times = find_times(m.group("time"))
            if not times:
                return
            t = times[0]
        else:
            fixed = pattern("fixed_time").search(race.name) or self.doc_fixed_hours or self.fixed_hours
            if not fixed:
                return
            unit = m.group("unit").lower()
            num = number(m.group("dist"))
            if num is None:
                return
            dist = f"{m.group('dist')} {unit}" if unit in ("yards", "laps", "loops") else distance(num, unit)[1]
        self._athlete_evidence(who, 0.8)
        year = self._year(info, (info.sent.start, info.sent.end), info.sent.start, ctx)
        place = int(m.group("place"))
        cat = pattern("category_place").search(m.group("rest"))
        code = re.match(r"\s*[–—,(-]\s*[FMW]([1-9]|1\d)\b", m.group("rest"))
        if cat:
            place = ordinal_number(cat.group("ord")) or place  # "4. X 748.930 km — 1st woman": her category's place
        elif code:
            place = int(code.group(1))  # "3. X (ESP) 233.1 km – F1": the first woman
        elif any(r["athlete"] == who and r["race"] == race.name and r["year"] == year and r["place"] not in (None, place) for r in self.results):
            place = None  # the list's overall place, where the text told her place among the women
        self._add_result(info, who, race, year, place, t, 0.8 * rconf, distance=dist)
        self._line_note_record(info, ctx, m.group("rest"), race, who, t, year, rconf)
        self._note_previous(info, ctx, m.group("rest"), race, who, t, year, rconf)

    def _note_previous(self, info: SentInfo, ctx: Context, note: str, race: RaceMention, who: str, t: Value | None,
                       year: int | None, rconf: float) -> None:
        """"(course record, previous 3:49:55 by Ana Ruiz, 2022)", "(CR; old record: Ana Ruiz, 3:49:55,
        2022)": a results line's record note names the mark it broke, the old holder's record (and
        a result of theirs at the race)."""
        cue = next(iter(find_record_cues(note)), None)
        old = _EARLIER_MARK.search(note)
        if cue is None or old is None or t is None:
            return
        rtype = self._record_type(cue, race, ctx)
        name = person_name(old.group("name") or old.group("name2"))
        if rtype is None or not _valid_full_name(name):
            return
        holder = self.names._merge(name) if self.names else name
        told = find_times(old.group("t") or old.group("t2"))
        old_year = int(old.group("y") or old.group("y2")) if (old.group("y") or old.group("y2")) else None
        if not told or holder == who:
            return
        self._athlete_evidence(holder, 0.6)
        self._add_record(info, rtype, race, holder, told[0], old_year, None, None, None, 0.5 * rconf, superseded=True)
        for rec in self.records:
            if rec["athlete"] == who and rec["race_or_route"] == race.name and rec["time"] == t.hms and rec["previous_holder"] is None:
                rec["previous_holder"], rec["previous_time"] = holder, told[0].hms
        if rtype == "course record":
            self._add_result(info, holder, race, old_year, None, told[0], 0.5 * rconf)

    def _terse_list(self, info: SentInfo, ctx: Context) -> bool:
        """A terse results line under a race's heading: "Women: Hannah Roe 3:58:21 (CR), Priya Das
        4:09:47" or "Men: X 81.6 mi; Y 77.0 mi" (a fixed-time race's distances) lists a field in
        finishing order, so each runner's place is the rank (times rising, distances falling; one
        runner alone won the field, whatever overall place a note gives); "Winner: X, 41 yards"
        and "Assist: Y, 40 yards" tell the place in their label. A note after a mark that calls
        it a record ("(CR)", "(M50 CR)") is the runner's record. True when read."""
        # "Hollow Pine 50K — Women: X 4:02:11, Y 4:09:40. Men: Z 3:40:02": a race's name before the
        # label, and the next field's label in the sentence after it on the line
        lead = next((r for r in info.races if r.kind == "race" and r.start - info.sent.start <= 1), None)
        sep = re.match(r"\s*(?:\([^)]{1,40}\)\s*)?[—–:|-]\s*", self.text[lead.end : info.sent.end]) if lead is not None else None
        found = (_terse_items(info.sent.text, lead.end + sep.end() - info.sent.start) if lead is not None and sep is not None else None) \
            or _terse_items(info.sent.text)
        if found is None:
            return False
        label, all_items = found
        if not (label.group("told") or info.sent.start == 0 or self.text[: info.sent.start].rstrip(" \t").endswith("\n")
                or (self._terse_after >= 0 and not self.text[self._terse_after : info.sent.start].strip())):
            return False
        items = [m for m in all_items if not m.group("dnf")]  # "Ben Ash DNF": no result, the rest still ranked
        if not items:
            return False
        for m in all_items:
            if m.group("dnf") and _valid_full_name(person_name(m.group("name")), listed=True):
                self._athlete_evidence(self.names._merge(person_name(m.group("name"))) if self.names else person_name(m.group("name")), 0.6)
        timed = [m.group("time") is not None for m in items]
        if any(timed) and not all(timed):
            return False
        s0 = info.sent.start
        race, rconf = self._race(info, (s0, info.sent.end), s0 + label.end(), ctx)
        if race is None:
            return False
        if not timed[0]:
            # a distance is a mark at a fixed-time race (or one whose name tells no distance)
            if not (pattern("fixed_time").search(race.name) or self.doc_fixed_hours or self.fixed_hours or race.distance_label is None):
                return False
            marks = [number(m.group("dist").replace(",", ".")) or 0.0 for m in items]
            ranked = all(b <= a for a, b in zip(marks, marks[1:], strict=False))
        else:
            secs = [find_times(m.group("time"))[0].seconds if find_times(m.group("time")) else None for m in items]
            if any(x is None for x in secs):
                return False
            ranked = all(b >= a for a, b in zip(secs, secs[1:], strict=False))  # type: ignore[operator]
        place_word = (label.group("place") or "").lower()
        if place_word and len(items) != 1 and place_word not in ("winners", "champions"):
            return False
        fixed_place = {"winner": 1, "champion": 1, "winners": 1, "champions": 1, "runner-up": 2, "assist": 2}.get(place_word) \
            or (ordinal_number(place_word) if place_word else None)
        numbered = [int(m.group("rank")) if m.group("rank") else None for m in items]
        if any(n is not None for n in numbered) and numbered != list(range(numbered[0] or 0, (numbered[0] or 0) + len(items))):
            return False  # "1. X 4:01:22, 2. Y 4:09:40": numbers that count up one by one, or none
        year = self._year(info, (s0, info.sent.end), s0 + label.end(), ctx)
        for rank, m in enumerate(items, 1):
            who = self.names._merge(person_name(m.group("name"))) if self.names else person_name(m.group("name"))
            if not _valid_full_name(who, listed=True):
                continue
            t, dist = None, None
            if m.group("time"):
                t = find_times(m.group("time"))[0]
            elif m.group("alt"):
                dist = distance(number(m.group("alt").replace(",", ".")) or 0.0, m.group("alt_unit"))[1]
            elif m.group("unit").lower() in ("yards", "laps", "loops"):
                dist = f"{m.group('dist')} {m.group('unit').lower()}"
            else:
                dist = distance(number(m.group("dist").replace(",", ".")) or 0.0, m.group("unit"))[1]
            place = fixed_place if place_word else (numbered[rank - 1] or (rank if ranked else None))
            self._athlete_evidence(who, 0.8)
            self._add_result(info, who, race, year, place, t, 0.8 * rconf, distance=dist)
            if m.group("note").strip():
                self._line_note_record(info, ctx, m.group("note"), race, who, t, year, rconf)
        self._terse_after = info.sent.end
        if label.start() > 0 and lead is not None:
            ctx.para_race = ctx.last_race = lead  # the line's race goes on to its next field
        return True

    def _line_note_record(self, info: SentInfo, ctx: Context, note: str, race: RaceMention, who: str, t: Value | None,
                          year: int | None, rconf: float) -> None:
        """"1. X (GBR) 251.618 km — British M50 record", "4. Y (GBR) 221.560 km — Welsh record",
        "6. Z (CZE) 702.118 km — W60 world best": a results line's note calls its mark a record,
        one over the race's fixed time when the mark is a distance."""
        cue = next(iter(find_record_cues(note)), None)
        if cue is None:
            return
        rtype = self._record_type(cue, race, ctx)
        if rtype in ("world record", "national record", "course record") and re.search(r"\b(?:[MWF]V?|V)\d{2}\b", note):
            rtype = "age-group record"  # "W60 world best": the age group's
        subject: RaceMention | None = race
        # a course record ("(CR)", "(M50 CR)", "(F60-64 AGR)") is the race's own; a nation's or
        # the world's record of a distance mark is over the race's fixed time
        own = rtype == "course record" or (rtype == "age-group record" and not re.search(r"\b(?:world|national)\b", note, re.I)
                                           and not any(w in _nationality_words() for w in re.findall(r"[a-z]+", note.lower())))
        if t is None and not own:
            fixed = pattern("fixed_time").search(race.name)
            if fixed is None or not (fixed.group("n") or fixed.group("days") or fixed.group("ndays")):
                return
            if fixed.group("n"):
                span = f"{fixed.group('n')} hours"
            else:
                span = f"{number((fixed.group('days') or fixed.group('ndays')).lower()) or 6:g} days"
            subject = RaceMention(info.sent.start, info.sent.start, span, span, "distance", span, "context")
        if rtype:
            self._add_record(info, rtype, subject, who, t, year, None, None, None, 0.6 * rconf)

    def _item_mark(self, info: SentInfo, after: str, race: RaceMention, who: str, t: Value, year: int | None,
                   conf: float, ctx: Context) -> None:
        """"1. Tom Ruiz (USA) 17:01:10 (CR)", "2019 – X 17:42:10 (CR)", "... 17:01:10 - course
        record": a list item's record, marked after its time."""
        mark = _ITEM_MARK.match(after)
        if mark:
            cues_ = find_record_cues(mark.group(1))
            rtype = self._record_type(cues_[0], race, ctx) if cues_ else None
            if rtype:
                self._add_record(info, rtype, race, who, t, year, None, None, None, conf)

    def _wire_list(self, info: SentInfo, ctx: Context) -> None:
        """"Men: Tom Ruiz (USA) 17:01:10, Pablo Mendes (ESP) 17:40:02, ...": an unnumbered list
        of three or more runners with rising times, opening its sentence (after a label), is a
        ranking; each item's place is its rank."""
        t = info.sent.text
        items = list(_WIRE_ITEM.finditer(t))
        if len(items) < 3 or re.search(r"\b\d{1,3}\.\s+[A-Z]", t):
            return
        if not re.fullmatch(r"\s*(?:[A-Z][\w'’ -]{0,30}:\s*)?", t[: items[0].start()]):
            return
        if any(not re.fullmatch(r"\s*[,;]\s*(?:and\s+)?", t[x.end() : y.start()]) for x, y in zip(items, items[1:], strict=False)):
            return
        times = [find_times(m.group("time")) for m in items]
        if any(not ts for ts in times) or any(b[0].seconds < a[0].seconds for a, b in zip(times, times[1:], strict=False)):
            return
        for rank, (m, ts) in enumerate(zip(items, times, strict=True), 1):
            who = self.names._merge(person_name(m.group("name"))) if self.names else person_name(m.group("name"))
            if not _valid_full_name(who):
                return
            race, rconf = self._race(info, (info.sent.start, info.sent.end), info.sent.start + m.start(), ctx)
            if race is None:
                return
            self._athlete_evidence(who, 0.8)
            self._add_result(info, who, race, self._year(info, (info.sent.start, info.sent.end), info.sent.start + m.start(), ctx),
                             rank, ts[0], 0.8 * rconf)

    def _table_row(self, info: SentInfo, ctx: Context) -> None:
        table = info.sent.table
        if table is not None and len(table.name_columns) > 1 and "place" not in table.columns:
            # "2024 | X (Spain) | 9:44:59 | Y (Belgium) | 11:19:08": a runner per column group
            # "Year | Men | Time | Women | Time" under a "Recent winners" heading: each a win
            for name_idx, time_idx, winner in table.name_columns:
                self._table_row_of(info, ctx, self._cell_at(info, name_idx), self._cell_at(info, time_idx),
                                   1 if winner or ctx.winners_section else None)
            return
        winners = ctx.winners_section and table is not None and "place" not in table.columns
        self._table_row_of(info, ctx, self._cell(info, "name"), self._cell(info, "time"), 1 if winners else None)

    def _cell_at(self, info: SentInfo, idx: int | None) -> tuple[str, int] | None:
        table = info.sent.table
        if table is None or idx is None:
            return None
        line_start = self.text.rfind("\n", 0, info.sent.start) + 1
        cells = table.cells(self.text[line_start : info.sent.end])
        if idx >= len(cells):
            return None
        raw = cells[idx]
        offset = info.sent.start + info.sent.text.find(raw.strip()) if raw.strip() else info.sent.start
        return raw.strip(), offset

    def _table_row_of(self, info: SentInfo, ctx: Context, name: tuple[str, int] | None, tc: tuple[str, int] | None,
                      winner_place: int | None) -> None:
        if not name or not name[0]:
            return
        who = person_name(re.sub(r"\s*\([^)]*\)", "", name[0]))  # "Finn Gallagher (IRL)"
        if not _valid_full_name(who):
            return
        place = winner_place
        pc = self._cell(info, "place")
        if pc:
            m = re.match(r"\s*[FMW]?(\d+)", pc[0])
            place = int(m.group(1)) if m else None
        t = None
        if tc:
            ts = find_times(tc[0])
            t = ts[0] if ts else None
        race = ctx.section_race or ctx.main_race or (ctx.para_race if ctx.para_race and ctx.para_race.kind == "race" else None)
        rc = self._cell(info, "race")
        if rc:
            found = finder().find(rc[0])
            race = found[0] if found else self._cell_race(rc[0], rc[1]) or race
        year = ctx.para_year or ctx.anchor_year
        yc = self._cell(info, "year")
        if yc and re.match(r"\d{4}$", yc[0]):
            year = int(yc[0])
        elif rc and re.search(r"\b(?:19|20)\d\d\b", rc[0]):
            year = int(re.search(r"\b(?:19|20)\d\d\b", rc[0]).group(0))  # "Lake Saroma, 2026"
        self._athlete_evidence(who, 0.9)
        dist = None
        dc = self._cell(info, "distance")
        if dc:
            ds = find_distances(dc[0])
            dist = ds[0].label if ds else None
        rtype = self._records_table(info, ctx)
        if rtype is not None:
            # a table of an FKT's holders with no race column is about the page's route
            route = (ctx.section_route or self._main_route) if rtype == "FKT" and not dc else None
            table = info.sent.table
            if dc and table is not None and not rc and re.fullmatch(r"\s*yards\s*", table.header[table.columns["distance"]], re.I) and re.fullmatch(r"\s*\d{1,3}\s*", dc[0]):
                # "Year | Runner | Country | Yards" under a record heading: a backyard ultra's record, counted in yards
                route = RaceMention(dc[1], dc[1] + len(dc[0]), dc[0], "backyard ultra", "distance", "backyard ultra", "context")
                self._add_record(info, rtype, route, who, None, year, None, None, None, 0.7)
                return
            if not rc and route is None and not dc and race is not None and race.kind == "race" and rtype in ("course record", "age-group record") \
                    and self._cell(info, "duration") is None:
                # "Category | Record Holder | Time | Year" under "Spartathlon Course Records": each row a
                # record at the section's race (an age-group one when the row's category names an age)
                row_type = _heading_record_type(info.sent.text)
                self._table_record(info, row_type if row_type in ("course record", "age-group record") else rtype, who, race, t, dist, year)
                if t is not None:
                    self._add_result(info, who, race, year, None, t, 0.7)
                return
            self._table_record(info, rtype, who, race if rc else route, t, dist, year)
            if not rc:
                return  # a record over a distance, with no race named: no result
        if race is not None and (place is not None or t is not None or dist):
            self._add_result(info, who, race, year, place, t, 0.8, distance=dist)

    def _cell_race(self, cell: str, offset: int) -> RaceMention | None:
        """"EMU 6 Day Race, 2024": a race column's cell that names an event the gazetteer does
        not know is that race, not the table's or the paragraph's."""
        name = re.sub(r"[\s,;(–—-]*\b(?:19|20)\d\d\b.*$", "", cell).strip(" ,;:-–—")
        if not re.match(r"[A-ZÀ-ÞĀ-ž]", name) or not _EVENT_NOUN.search(name):
            return None
        if name not in self.race_names:
            self.race_names.append(name)
        return RaceMention(offset, offset + len(name), name, name, "race", None, "table")

    def _records_table(self, info: SentInfo, ctx: Context) -> str | None:
        """The record type of a table of record holders: the one its section heading, or else
        the piece's title, names ("Ultramarathon world records: the complete list")."""
        return _heading_record_type(ctx.section_heading) or _heading_record_type(self.text.split("\n", 1)[0])

    def _table_record(self, info: SentInfo, rtype: str, who: str, race: RaceMention | None, t: Value | None,
                      dist: str | None, year: int | None) -> None:
        """A row of a records table: "100 km | Men | X (JPN) | 6:05:35 | Lake Saroma, 2026" is a
        record over its distance; "24 hours | Women | X | 272.915 km | ..." one over its duration."""
        duration = self._cell(info, "duration")
        subject = race
        if duration:
            fixed = re.match(r"\s*(\d+)[- ]?(hours?|hrs?|h|days?|d)\b", duration[0], re.I)
            if fixed is None:
                return
            unit = "days" if fixed.group(2).lower().startswith("d") else "hours"
            label = f"{fixed.group(1)} {unit}"
            subject = RaceMention(duration[1], duration[1] + len(duration[0]), duration[0], label, "distance", label, "context")
            t = None
        elif subject is None and dist is not None:
            subject = RaceMention(info.sent.start, info.sent.start, dist, dist, "distance", dist, "context")
        if subject is None or (t is None and not duration):
            return
        self._add_record(info, rtype, subject, who, t, year, None, None, None, 0.7)

    def _evidence_from_text(self, info: SentInfo) -> None:
        text = self.text
        runner = phrase_regex("runner_nouns")
        roles = phrase_regex("non_athlete_roles")
        other = phrase_regex("other_sports")
        for p in info.persons:
            before = text[max(info.sent.start, p.start - 40) : p.start]
            wide = text[max(info.sent.start, p.start - 70) : p.start]
            after = text[p.end : min(info.sent.end, p.end + 120)]
            if _in_quote(text, p.start, self.block_start.get(info.sent.block, info.sent.start)):
                continue
            if roles.search(before[-25:]) or _COACHED_BY.search(wide) or _ROLE_APPOSED.search(wide) or _derived("role_appos", r"[’']?s?,\s+(?:\w+\s+){0,3}?", "non_athlete_roles").match(after) or _WHO_ROLE.match(after):
                self.role_only.add(p.name)
                continue
            if other.search(before[-30:] + " " + after[:40]):
                continue
            if re.search(r"\b(?:at|in|to|from|through|past|near|toward|towards|into|on|around|via|outside|above|below|up|down)\s+(?:the\s+)?$", before) and not _PERF_BY.search(before):
                continue  # "ran past Whitney Portal": a place ("a huge effort from X" is a runner)
            if (_SAID.match(after.strip()) or _SAID.search(before[-12:])) and not _WHO_RACED.match(after):
                continue  # a speaker, unless "said X, who ran the 1978 London to Brighton"
            # "NAME, the fastest marathoner", "ultrarunner NAME", "4 - wins for NAME", "the winning
            # times, run by X and NAME"
            if _TALLY_FOR.search(before) or _RUN_BY.search(before) or _PERF_BY.search(before) or _OWN_RUN.match(after) or (_OWN_MARK.match(after) and not p.surname_only) or _MARK_FROM.search(before) \
                    or runner.search(before[-20:]) or _derived("runner_appos", r",\s+(?:the\s+|a\s+|an\s+|fellow\s+)?(?:[\w-]+\s+){0,4}?", "runner_nouns").match(after):
                self._athlete_evidence(p.name, 0.6)
                continue
            # "NAME (, who ...) finished/beat/ran ..."
            m = _derived("racing_after", r"(?:['’]s?)?(?:\s*\([^()]{1,30}\))?,?(?:\s*,?\s+who,?(?:[^,.]{0,40},)?|,\s+[^,.;]{0,70},)?\s*(?:\w+\s+){0,2}?", "racing_verbs", group=True).match(after)
            if m and not _SAID.search(after[: m.start(1)]):
                self._athlete_evidence(p.name, 0.6)

    def _athlete_evidence(self, name: str | None, conf: float) -> None:
        if name:
            self.evidence[name] = max(self.evidence.get(name, 0.0), conf)

    def _other_distance(self, info: SentInfo, t: Value, race: RaceMention, km: float) -> bool:
        """"ran 13:41 for 5,000 meters", "a 2:09:48 marathon", "ran 50 miles in 4:50:21": a time
        told for a distance other than the race's, when the race is not named beside it, is a
        track or road mark or a split, no result at the race."""
        seg = self._segment(info, t.start)
        if info.sent.start <= race.start < info.sent.end and seg[0] <= race.start < seg[1]:
            return False
        right = self.text[t.end : t.end + 40]
        told: float | None = None
        named = pattern("time_distance_named_right").match(right)
        if named:
            metres = named.group("metres")
            told = int(metres.replace(",", "")) / 1000 if metres else {"marathon": 42.195, "mile": 1.609}.get(named.group("named").lower(), 21.1)
        elif lead := pattern("time_for_distance_right").match(right):
            told = next((d.number for d in info.distances if d.start == t.end + lead.end()), None)
        elif left := pattern("time_for_distance_left").search(self.text, max(0, t.start - 8), t.start):
            # "ran 50 miles in T", not "won the women's 102K in T" (a race by its distance)
            told = next((d.number for d in info.distances if d.end == left.start() and re.search(
                r"\b(?:ran|run|runs|running|covered|covering|covers|through|passed|reached)\s+$", self.text[max(0, d.start - 12) : d.start])), None)
        return told is not None and abs(told - km) > 0.05 * km

    # ---- fact objects
    def _restated_time(self, info: SentInfo) -> None:
        """"MARA: For listeners, that's 27 hours, 58 minutes and 40 seconds.": a host restating the
        time of the result the last turn told without one (spoken as "twenty-seven fifty-eight forty")."""
        m = _RESTATED.match(info.sent.text)
        if m is None or not self.results:
            return
        last = self.results[-1]
        t = next((v for v in info.times if v.start - info.sent.start == m.end() and v.role in ("finish", "duration")), None)
        prev_block = self.block_start.get(info.sent.block - 1, -1)
        if t is None or last["time"] is not None or last["start"] < prev_block:
            return
        last["time"], last["seconds"] = t.hms, t.seconds

    @staticmethod
    def _live_finish(text: str) -> bool:
        return bool(_LIVE_FINISH.search(text) or _LIVE_PLACED.search(text))

    def _live_entry(self, info: SentInfo) -> str | None:
        """The live-blog entry the sentence belongs to, from its clock stamp to the sentence's end;
        None outside live coverage (a piece with at least three stamped lines)."""
        if self._live_lines is None:
            self._live_lines = [m.start() for m in re.finditer(r"(?m)^[ \t]*", self.text) if _LIVE_ENTRY.match(self.text, m.end())]
            if len(self._live_lines) < 3:
                self._live_lines = []
        line = self.text.rfind("\n", 0, info.sent.start) + 1
        if line not in self._live_lines:
            return None
        return self.text[line : info.sent.end]

    def _add_result(self, info: SentInfo, who: str, race: RaceMention | None, year: int | None,
                    place: int | None, t: Value | None, conf: float, distance: str | None = None, stamped: bool = True) -> None:
        if stamped and _LIVE_STAMP.match(info.sent.text) and not self._live_finish(info.sent.text):
            return  # "14:05 — Ruiz still first at Twin Lakes in 9:12:00": a live-blog entry mid-race
        entry = self._live_entry(info)
        if stamped and entry is not None and year in (None, self._anchor_year) and not self._live_finish(entry):
            # "9:41 a.m. - ROBINSON FLAT. Oshiro comes in in 4:41 elapsed.": the entry's later
            # sentences too ("runner-up here last year" in one is an older edition's result)
            return
        rname = race.name if race else None
        if distance is None and race is not None and race.distance_label is None and race.end:
            m = re.match(r"\s*\((\d+(?:\.\d+)?)\s?(km|k|mi|miles?)\b", self.text[race.end : race.end + 30], re.I)
            if m:  # "Mungrisdale Trot (6.5km/1,200ft)": the race's own distance
                distance = f"{m.group(1)} {'mi' if m.group(2).lower().startswith('mi') else 'km'}"
        km = _label_km(distance or (race.distance_label if race else None))
        race_km = _label_km(race.distance_label) if race is not None else None
        if t is not None and race is not None and race_km is not None and self._other_distance(info, t, race, race_km):
            if place is None:
                return
            t = None
        if t is not None and km is not None and km >= 40 and t.seconds < km / 50 * 3600:
            # "Four minutes and eight seconds." at a 100-miler: no one runs that fast
            if place is None:
                return
            t = None
        if t is not None and t.extra.get("form") == "hm" and km is not None and km <= 30 and t.seconds >= 10 * 3600:
            # "31:52" in a 6.5 km fell race, "16:48" in a 5K: minutes and seconds
            h, m = divmod(t.seconds // 60, 60)
            t = Value("time", t.start, t.end, t.text, t.role, h * 60 + m, f"0:{h:02d}:{m:02d}", extra=t.extra)
        if info.all_time_line:
            # "2. Rory Castellan (2021) - 15:58:10" under "The five fastest times": the rank is
            # among all editions; a list of winning times still tells each one's win
            place = 1 if info.all_time_winners else None
        if info.category_winner and place is None:
            place = 1  # "M50 X 5:33:12" under "Age-group winners": the category's winner
        if info.winners_line:
            place = 1 if place is None else place  # a line of a winners list: each runner on it won that edition
            year = int(re.match(r"\D*(\d{4})", info.sent.text).group(1))
        res = {
            "athlete": who, "race": rname, "year": year, "place": place,
            "time": t.hms if t else None, "seconds": t.seconds if t else None,
            "distance": distance or (race.distance_label if race else None),
            "evidence": info.sent.text, "start": info.sent.start, "end": info.sent.end,
            "confidence": round(min(1.0, conf), 2),
        }
        for other in self.results:
            if other["athlete"] == who and other["year"] == year and res["time"] and other["time"] and (
                    other["time"] == res["time"] or (res["seconds"] % 60 == 0 and other["seconds"] // 60 == res["seconds"] // 60)
                    or (other["seconds"] % 60 == 0 and other["seconds"] // 60 == res["seconds"] // 60)):
                # the same performance told twice (a table row and a sentence, or 14:31 for 14:31:07,
                # "Tuttle Runs 6:27 to Win" in a headline before the 6:27:03 of the report)
                if other["seconds"] % 60 == 0 and res["seconds"] % 60:
                    other["time"], other["seconds"] = res["time"], res["seconds"]
                for k in ("place", "distance"):
                    if other[k] is None and res[k] is not None:
                        other[k] = res[k]
                self._touched.append(other)
                return
            if other["athlete"] == who and other["race"] == rname and (
                other["year"] == year or other["year"] is None or year is None
            ) and (other["time"] is None or res["time"] is None or other["time"] == res["time"]) and (
                other["place"] is None or place is None or other["place"] == place
            ):
                for k in ("year", "place", "time", "seconds", "distance"):
                    if other[k] is None and res[k] is not None:
                        other[k] = res[k]
                other["confidence"] = max(other["confidence"], res["confidence"])
                self._touched.append(other)
                return
        self.results.append(res)
        self._touched.append(res)

    def _add_record(self, info: SentInfo, rtype: str, race: RaceMention | None, who: str | None,
                    t: Value | None, year: int | None, prev_holder: str | None, prev_time: str | None,
                    margin: Value | None, conf: float, superseded: bool = False) -> None:
        """superseded: the runner's own older record, kept apart from the new one it merges into."""
        if rtype == "FKT" and race is not None and race.kind == "race" and self._main_route is not None:
            race = self._main_route  # an FKT is on a route, not at a race: the piece's route
        rname = race.name if race else None
        if race is not None and race.kind == "distance":
            rname = race.distance_label or race.name
            rname = re.sub(r"^(\d+(?:\.\d+)?) mi$", r"\1 miles", rname)  # "100 miles", as the press names the distance
        if t is None and who and not superseded:
            # "He improved Kouros's record by 29 minutes": the time is the one reported for
            # the same athlete at the same race earlier in the text (that year if it can)
            same = [r for r in self.results if r["athlete"] == who and r["race"] == rname and r["time"]]
            pick = next((r for r in reversed(same) if year is None or r["year"] in (None, year)), None)
            told = any(info.sent.start <= y0 < info.sent.end for y0, _ in self._event_years(info))
            if pick is None and same and (prev_holder is not None or not told):
                pick = same[-1]
                year = pick["year"] or year
            perf = [x for x in self.performances if x[0] == who and info.sent.block - x[3] <= 1 and x[1].start < info.sent.start]
            if pick is None and perf and rtype == "FKT":
                t, year = perf[-1][1], year if year is not None and perf[-1][2] is None else (perf[-1][2] or year)
            elif pick is None:
                # an FKT is no race result: its time may sit in the athlete's earlier record
                prior = [r for r in self.records if r["athlete"] == who and r["race_or_route"] == rname and r["time"]]
                if prior:
                    t = Value("time", 0, 0, prior[-1]["time"], "finish", parse_hms(prior[-1]["time"]), prior[-1]["time"])
            if pick is None and race is not None and race.kind == "distance" and rtype != "FKT" and (km := _label_km(race.distance_label)):
                # "4. X (GBR) - 11:14:27, Tunnel Hill 100, 2025 / X's run ... was a British record": the
                # record is the result just told for the athlete, at a race over the record's distance
                b0 = self.block_start.get(info.sent.block - 1, info.sent.start)
                near = [r for r in self.results if r["athlete"] == who and r["time"] and b0 <= r["start"] < info.sent.start
                        and (year is None or r["year"] in (None, year)) and (g := finder().lookup(r["race"])) is not None
                        and g.distance_km is not None and abs(g.distance_km - km) <= 0.03 * km]
                if near:
                    pick = near[-1]
                    year = year if year is not None else pick["year"]
            if pick is not None:
                t = Value("time", 0, 0, pick["time"], "finish", pick["seconds"], pick["time"])
        rec = {
            "_distance": race is not None and race.kind == "distance",
            "type": rtype, "race_or_route": rname, "athlete": who, "time": t.hms if t else None,
            "year": year, "previous_holder": prev_holder, "previous_time": prev_time,
            "margin": margin.hms if margin else None,
            "evidence": info.sent.text, "start": info.sent.start, "end": info.sent.end,
            "confidence": round(min(1.0, conf), 2),
        }
        if superseded and any((r["type"], r["race_or_route"], r["athlete"], r["year"], r["time"]) == (rtype, rname, who, year, rec["time"]) for r in self.records):
            return  # the same old record, told by a second cue of the sentence
        for other in [] if superseded and any(r["athlete"] == who and r["year"] != year for r in self.records) else self.records:
            if other["type"] == rtype and other["athlete"] == who and (other["year"] == year or None in (other["year"], year)) and other["time"] == rec["time"] and other["race_or_route"] != rname \
                    and _distance_of_event(other["race_or_route"], rname, other["_distance"], rec["_distance"]):
                if rec["_distance"] and rname != "backyard ultra":  # a distance record is named by its distance (a backyard keeps its race)
                    other["race_or_route"], other["_distance"] = rname, True
                return  # "the old record of 248.9 km belonged to X": the 24-hour record, also told as the Apeldoorn 24 Hour's
            if other["type"] == rtype and other["race_or_route"] == rname and other["athlete"] == who and (
                other["time"] is None or rec["time"] is None or other["time"] == rec["time"]
            ) and (other["year"] is None or year is None or other["year"] == year
                   or (other["time"] is None) != (rec["time"] is None)
                   or (other["time"] is not None and other["time"] == rec["time"])):
                for k in ("time", "year", "previous_holder", "previous_time", "margin"):
                    if other[k] is None and rec[k] is not None:
                        other[k] = rec[k]
                other["confidence"] = max(other["confidence"], rec["confidence"])
                return
        self.records.append(rec)

    def _display_names(self) -> dict[str, str]:
        """A race by the name the text gives it, when the text never writes the gazetteer's own
        name but a full alias of it that does not read as that name ("Mont Blanc Marathon" for the
        Marathon du Mont-Blanc, "Big Dog's Backyard Ultra" for Big's Backyard Ultra): the readers
        of the piece know the race by that name. "Western States Endurance Run" stays Western
        States 100, whose words it holds."""
        rf = finder()
        out = {}
        def core(n: str) -> set[str]:
            # the words that name the race, not its distance or kind; "Championship" is the
            # Championships (which go by their plural name)
            words = {re.sub(r"^championships$", "championship", w) for w in significant(n) if not _DISTANCE_WORD.fullmatch(w)}
            return words or significant(n)

        for name, texts in self.spellings.items():
            own = core(name)
            if any(core(t) <= own or own <= core(t) for t in texts):
                continue  # the text writes a name that reads as the gazetteer's
            full = [(n, re.sub(r"^[Tt]he\s+", "", t)) for t, n in texts.items()
                    if len(t.split()) >= 2 and (race := rf.written_alias(t)) is not None and race.name == name]
            if not full:
                continue
            spelling = max(full, key=lambda x: (x[0], len(x[1])))[1]
            words = significant(spelling)
            # not a spelling that reads as another race the piece names ("Leadville Silver Rush 50"
            # beside the Leadville 100): names match when the words of one hold the other's
            if any(o != name and (words <= significant(o) or significant(o) <= words) for o in self.race_names):
                continue
            out[name] = spelling
        return out

    def _one_name_per_route(self, races: list[str]) -> list[str]:
        """A route the piece names twice ("the rim-to-rim record" in a quote, "Grand Canyon" for
        the FKT) is one route: a route name no fact uses goes when another route name that a
        fact uses holds its words or is held by them."""
        used = {f["race"] for f in self.results} | {f["race_or_route"] for f in self.records}

        routes = {n: significant(n) for n in races if not re.search(r"\d", n)
                  and ((race := finder().lookup(n)) is None or race.kind == "route")}
        return [n for n in races if not (n in routes and n not in used and any(
            o != n and o in used and (routes[n] <= words or words <= routes[n]) for o, words in routes.items()))]

    def _output(self, names: Names) -> dict:
        display = self._display_names()
        self.race_names = [display.get(r, r) for r in self.race_names]
        for fact in self.results:
            fact["race"] = display.get(fact["race"], fact["race"])
        for fact in self.records:
            fact["race_or_route"] = display.get(fact["race_or_route"], fact["race_or_route"])
        athletes = [n for n in names.full if n in self.evidence]
        athletes.sort(key=lambda n: names.full[n])
        # a writer named only as the results page lists them ("Kowalczyk, Tess")
        athletes += [f["athlete"] for f in self.results + self.records if f["athlete"] and f["athlete"] not in athletes and f["athlete"] == self.narrator]
        races = []
        for r in self.race_names:
            if r not in races:
                races.append(r)
        for fact in self.records:
            if fact["race_or_route"] and fact["race_or_route"] not in races and not fact.get("_distance"):
                races.append(fact["race_or_route"])
        races = self._one_name_per_route(races)
        for fact in self.records:
            fact.pop("_distance", None)
        for fact in self.results:
            fact.pop("_overall", None)
            fact.pop("_cat", None)
            fact.pop("_title", None)
        return {
            "id": self.doc_id,
            "extractor_version": EXTRACTOR_VERSION,
            "athletes": athletes,
            "races": races,
            "results": self.results,
            "records": self.records,
        }


# --------------------------------------------------------------------------- public API

def _empty(doc_id: Any, error: str) -> dict:
    return {"id": doc_id, "error": error, "extractor_version": EXTRACTOR_VERSION,
            "athletes": [], "races": [], "results": [], "records": []}


def _doc_id(doc: Any) -> Any:
    return doc.get("id") if isinstance(doc, dict) else None


# no-break, narrow, thin, figure and other fixed-width spaces: one character each, like " "; and
# the hyphen and no-break hyphen ("Jean\u2011Luc"), like "-"
_WEB_SPACES = str.maketrans({**{c: " " for c in "\u00a0\u202f\u2009\u2007\u200a\u2002\u2003\u2004\u2005\u2006\u2008"},
                             "\u2010": "-", "\u2011": "-"})
# soft hyphens, zero-width spaces and joiners, word joiners and byte-order marks: invisible
# in a page, but they split a word in two ("Walm\u00adsley")
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
_MD_HEADING = re.compile(r"(?m)^[ \t]*#{1,6}(?=[ \t]+\S)")
_BOLD = re.compile(r"\*\*(?=[^\s*])([^*\n]{1,200}?)(?<=[^\s*])\*\*")


def _respell_apostrophes(out: dict, text: str) -> None:
    """Evidence as the text writes it, and names with its curly apostrophes, after reading it with
    plain apostrophes and spaces (names keep plain spaces: a no-break space is no part of one)."""
    def own(name: Any) -> Any:
        if isinstance(name, str) and "'" in name:
            curly = name.replace("'", "\u2019")
            if curly in text and name not in text:
                return curly
        return name

    out["athletes"] = [own(n) for n in out["athletes"]]
    out["races"] = [own(n) for n in out["races"]]
    for fact in out["results"] + out["records"]:
        fact["evidence"] = text[fact["start"] : fact["end"]]
        for key in ("athlete", "race", "race_or_route", "previous_holder"):
            if key in fact:
                fact[key] = own(fact[key])


def _map_offsets(out: dict, kept: list[int]) -> None:
    """Offsets in the text read (invisible characters dropped) back to offsets in the text given."""
    for fact in out["results"] + out["records"]:
        start, end = fact["start"], fact["end"]
        fact["start"] = kept[start] if start < len(kept) else kept[-1] + 1
        fact["end"] = kept[end - 1] + 1 if end > start else fact["start"]


def extract_one(doc: Any, *, gate: bool = True, nlp: Any = None) -> dict:
    """Facts of one document; a document that cannot be read gives an `error` entry."""
    try:
        doc_id, text, published, url = check_document(doc)
    except BadDocument as exc:
        return _empty(_doc_id(doc), str(exc))
    try:
        # Web pages write the apostrophe as U+2019 ("women’s race", "O’Brien"), which the rules'
        # patterns spell "'": read the text with the plain mark (one character for one, so the
        # offsets hold) and give the facts back in the text's own spelling.
        # Markdown's bold ("**1. Mara Quinn** – 10:02:11", what some HTML-to-text tools keep) and
        # its heading marks ("### Cedar Gap 100K", "#### Women") are read as spaces, too.
        # The web's no-break and narrow spaces ("Jim\u00a0Walmsley", "100\u00a0km", "15\u202fh") are
        # read as plain spaces the same way.
        plain = _MD_HEADING.sub(lambda m: " " * len(m.group(0)), _BOLD.sub(r"  \1  ", text.replace("\u2019", "'").translate(_WEB_SPACES)))
        # Invisible characters are dropped before reading; `kept` maps each read character back
        # to its place in the text, so offsets and evidence still point into the text as given.
        kept: list[int] | None = None
        if not _INVISIBLE.isdisjoint(plain):
            kept = [i for i, c in enumerate(plain) if c not in _INVISIBLE]
            plain = "".join(plain[i] for i in kept)
        out = Extractor(doc_id, plain, published, url, gate=gate).run(nlp)
        if kept is not None:
            _map_offsets(out, kept)
        if plain != text:
            _respell_apostrophes(out, text)
        return out
    except Exception as exc:  # one bad document must not stop a batch
        first = str(exc).splitlines()[0] if str(exc) else ""
        return _empty(doc_id, f"extraction failed: {type(exc).__name__}: {first}"[:300])


def extract_document(doc: dict) -> dict:
    """The FACTS.md object for one {"id", "text", "published", "url"} document."""
    return extract_one(doc)


def _worker_init(gate: bool) -> None:
    global _WORKER_GATE
    _WORKER_GATE = gate
    load_nlp()


_WORKER_GATE = True


def _worker(doc: Any) -> dict:
    return extract_one(doc, gate=_WORKER_GATE)


def extract_documents(
    docs: Iterable[Any], batch_size: int = 32, n_process: int = 1, *, gate: bool = True
) -> Iterator[dict]:
    """Facts for every document, in order, streaming. Bad documents yield an error entry."""
    if n_process <= 1:
        nlp = load_nlp()
        for doc in docs:
            yield extract_one(doc, gate=gate, nlp=nlp)
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork") if hasattr(__import__("os"), "fork") else mp.get_context()
    with ctx.Pool(n_process, initializer=_worker_init, initargs=(gate,)) as pool:
        yield from pool.imap(_worker, docs, chunksize=max(1, batch_size // 8))


__all__ = ["EXTRACTOR_VERSION", "BadDocument", "check_document", "extract_document",
           "extract_documents", "extract_one", "load_nlp", "raw_patterns"]

"""Entity resolution: spellings -> one athlete, aliases -> one race.

The resolver holds the whole athlete and race dimension in memory (thousands of rows, not
millions): the loader reads it from the store, resolves the batch's distinct names, and writes
the new state back in its one transaction. Ids are slugs of the canonical name, so the same
facts give the same ids whatever order they were loaded in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from pipeline.kb.normalize import distance_km, norm, number_words, significant_words, slug

DEFAULT_GAZETTEER = Path(__file__).resolve().parent.parent / "data" / "races.yaml"

RACE_COLUMNS = ("id", "name", "norm_name", "kind", "discipline", "country", "distance_km",
                "distance_label", "source")


@dataclass
class Race:
    id: str
    name: str
    kind: str | None = None
    discipline: str | None = None
    country: str | None = None
    distance_km: float | None = None
    distance_label: str | None = None
    source: str = "text"
    words: set[frozenset[str]] = field(default_factory=set)  # significant words of each name
    numbers: set[str] = field(default_factory=set)

    def row(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "norm_name": norm(self.name), "kind": self.kind,
                "discipline": self.discipline, "country": self.country,
                "distance_km": self.distance_km, "distance_label": self.distance_label,
                "source": self.source}


def read_gazetteer(path: Path | str | None = None) -> list[dict[str, Any]]:
    """Entries of races.yaml ({name, aliases, distance_km, ...}); [] when the file is absent."""
    path = Path(path) if path else DEFAULT_GAZETTEER
    if not path.exists():
        return []
    # libyaml's parser when PyYAML has it (same safe constructor, ~8x faster on races.yaml)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or []
    if isinstance(data, dict):  # tolerate {races: [...]}
        data = data.get("races") or []
    return [entry for entry in data if isinstance(entry, dict) and entry.get("name")]


class Resolver:
    """Athlete and race lookup tables plus what a batch added to them."""

    def __init__(self) -> None:
        self.athletes: dict[str, dict[str, Any]] = {}   # id -> row
        self.athlete_alias: dict[str, tuple[str, str, str]] = {}  # norm -> (alias, id, source)
        self.races: dict[str, Race] = {}
        self.race_alias: dict[str, tuple[str, str, str]] = {}
        self.merged_races: dict[str, str] = {}  # text race id -> race it was merged into
        self.new_athletes = 0
        self.new_races = 0

    # -- state in and out ---------------------------------------------------------------
    def add_existing(self, athletes: Iterable[dict], athlete_aliases: Iterable[dict],
                     races: Iterable[dict], race_aliases: Iterable[dict]) -> None:
        for row in athletes:
            self.athletes[row["id"]] = dict(row)
        for row in athlete_aliases:
            self.athlete_alias[row["alias_norm"]] = (row["alias"], row["athlete_id"], row["source"])
        for row in races:
            fields = {k: row.get(k) for k in RACE_COLUMNS if k != "norm_name"}
            self.races[row["id"]] = Race(**fields)
        for row in race_aliases:
            self.race_alias[row["alias_norm"]] = (row["alias"], row["race_id"], row["source"])
        for alias, race_id, _ in self.race_alias.values():
            if race_id in self.races:
                self._index_race_name(self.races[race_id], alias)
        for race in self.races.values():
            self._index_race_name(race, race.name)

    def apply_gazetteer(self, entries: list[dict[str, Any]]) -> None:
        """Add or update gazetteer races; text races that turn out to be one of them merge in."""
        for entry in entries:
            name = str(entry["name"])
            race_id = slug(name)
            if not race_id:
                continue
            race = self.races.get(race_id)
            if race is None or race.source != "gazetteer":
                old = race
                race = Race(id=race_id, name=name, source="gazetteer")
                if old is not None:  # a text race of the same name becomes the gazetteer one
                    race.words |= old.words
                    race.numbers |= old.numbers
                self.races[race_id] = race
            race.name = name
            race.kind = entry.get("kind")
            race.discipline = entry.get("discipline")
            race.country = entry.get("country")
            km = entry.get("distance_km")
            race.distance_km = float(km) if km not in (None, "") else None
            race.distance_label = entry.get("distance_label")
            for alias in [name, *(entry.get("aliases") or [])]:
                alias = str(alias)
                key = norm(alias)
                if not key:
                    continue
                current = self.race_alias.get(key)
                if current and current[1] != race_id:
                    owner = self.races.get(current[1])
                    if owner is not None and owner.source == "gazetteer":
                        continue  # two gazetteer entries claim it: the first keeps it
                    self._merge_race(current[1], race_id)
                source = "canonical" if alias == name else "gazetteer"
                self.race_alias[key] = (alias, race_id, source)
                self._index_race_name(race, alias)
        # Text races whose name now matches exactly one gazetteer race fold into it.
        for race in [r for r in self.races.values() if r.source == "text"]:
            target = self._match_race(race.name, gazetteer_only=True)
            if target and target != race.id:
                self._merge_race(race.id, target)

    def _merge_race(self, old_id: str, new_id: str) -> None:
        old = self.races.pop(old_id, None)
        if old is None:
            return
        self.merged_races[old_id] = new_id
        for key, (alias, race_id, source) in list(self.race_alias.items()):
            if race_id == old_id:
                self.race_alias[key] = (alias, new_id, "matched" if source == "canonical" else source)
        target = self.races[new_id]
        target.words |= old.words
        target.numbers |= old.numbers
        for prior, into in list(self.merged_races.items()):
            if into == old_id:
                self.merged_races[prior] = new_id

    def _index_race_name(self, race: Race, name: str) -> None:
        race.words.add(significant_words(name))
        race.numbers |= number_words(name)

    def athlete_rows(self) -> list[dict[str, Any]]:
        return [self.athletes[k] for k in sorted(self.athletes)]

    def athlete_alias_rows(self) -> list[dict[str, Any]]:
        return [{"alias_norm": k, "alias": a, "athlete_id": i, "source": s}
                for k, (a, i, s) in sorted(self.athlete_alias.items())]

    def race_rows(self) -> list[dict[str, Any]]:
        return [self.races[k].row() for k in sorted(self.races)]

    def race_alias_rows(self) -> list[dict[str, Any]]:
        return [{"alias_norm": k, "alias": a, "race_id": i, "source": s}
                for k, (a, i, s) in sorted(self.race_alias.items()) if i in self.races]

    # -- resolution ---------------------------------------------------------------------
    def athlete(self, surface: str | None, doc_names: Iterable[str] = (),
                article_id: str | None = None) -> str | None:
        """Athlete id for a name; a bare surname resolves to the one full name of the document."""
        key = norm(surface)
        if not key:
            return None
        if " " not in key:
            full = [n for n in doc_names if len(norm(n).split()) > 1 and norm(n).split()[-1] == key]
            if len({norm(n) for n in full}) == 1:
                return self.athlete(full[0], article_id=article_id)
        found = self.athlete_alias.get(key)
        if found:
            return found[1]
        athlete_id = slug(surface)
        if athlete_id not in self.athletes:
            self.athletes[athlete_id] = {"id": athlete_id, "name": str(surface).strip(),
                                         "norm_name": key, "first_article_id": article_id}
            self.new_athletes += 1
        self.athlete_alias[key] = (str(surface).strip(), athlete_id, "canonical")
        return athlete_id

    def race(self, surface: str | None, distance_label: str | None = None) -> str | None:
        """Race id for a name: alias table, then significant-words match, else a new race."""
        key = norm(surface)
        if not key:
            return None
        found = self.race_alias.get(key)
        if found and found[1] in self.races:
            return found[1]
        surface = str(surface).strip()
        target = self._match_race(surface)
        if target:
            self.race_alias[key] = (surface, target, "matched")
            self._index_race_name(self.races[target], surface)
            return target
        race_id = slug(surface)
        race = Race(id=race_id, name=surface, source="text", distance_label=distance_label,
                    distance_km=distance_km(distance_label))
        self._index_race_name(race, surface)
        self.races[race_id] = race
        self.race_alias[key] = (surface, race_id, "canonical")
        self.new_races += 1
        return race_id

    def _match_race(self, surface: str, *, gazetteer_only: bool = False) -> str | None:
        words = significant_words(surface)
        numbers = number_words(surface)
        candidates = []
        for race in self.races.values():
            if gazetteer_only and race.source != "gazetteer":
                continue
            # the race's name inside the mention ("Western States Endurance Run 2024") or a
            # mention of two or more words inside the race's name; one bare word inside a
            # longer name ("Mountain" in "World Mountain Running Championships") is too weak
            if any(w <= words or (words <= w and len(words) >= 2) for w in race.words if w):
                candidates.append(race)
        if len(candidates) > 1 and numbers:
            # "Bandera 100K" must not land on "Bandera 50K": the stated numbers decide
            candidates = [r for r in candidates if numbers <= r.numbers] or candidates
        if len(candidates) > 1:
            candidates = [r for r in candidates if r.source == "gazetteer"] or candidates
        if len(candidates) == 1 and (not numbers or not candidates[0].numbers
                                     or numbers & candidates[0].numbers):
            return candidates[0].id
        return None

"""Scale the sample: N synthetic race reports from templates, spread over the three outlets.

Used by benchmarks (`bench/crawl.py`) and `ultrafacts sample-site --articles N`. The text is
assembled from sentence templates and name lists below, deterministic for a given seed.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

from pipeline.sample_site.content import SampleArticle, parse_body

RACES = [
    ("Western States 100", "100-mile", 14), ("Hardrock 100", "100-mile", 21), ("Leadville 100", "100-mile", 15),
    ("UTMB", "171 km", 19), ("Lake Sonoma 50", "50-mile", 6), ("JFK 50 Mile", "50-mile", 5),
    ("Javelina Jundred", "100-mile", 12), ("Comrades Marathon", "89 km", 5), ("Badwater 135", "135-mile", 21),
    ("Spartathlon", "246 km", 20), ("Black Canyon 100K", "100 km", 7), ("Tarawera Ultramarathon", "102 km", 8),
]
FIRST = ["Ada", "Bruno", "Chloe", "Dario", "Elin", "Femi", "Greta", "Hugo", "Ines", "Jonas", "Kaia", "Luca",
         "Mira", "Nils", "Oona", "Pablo", "Quinn", "Rosa", "Sven", "Talia", "Ugo", "Vera", "Wes", "Yuki"]
LAST = ["Aldana", "Brandt", "Castell", "Dorsey", "Eklund", "Ferraro", "Gallo", "Hartmann", "Ibarra", "Jansen",
        "Kovac", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quist", "Romero", "Sato", "Tanaka"]
OPENINGS = [
    "{winner} won the {year} {race} in {time}, pulling away from {second} over the final {miles} miles.",
    "It was {winner}'s day at the {race}: the {age}-year-old crossed the line first in {time}.",
    "{winner} took the {year} {race} title on {day}, finishing the {distance} course in {time}.",
]
MIDDLES = [
    "{second} was runner-up in {time2}, and {third} completed the podium in {time3}.",
    "Behind the winner, {second} held on for second place ({time2}) while {third} finished third in {time3}.",
    "The chase was close for a while: {second} finished second in {time2}, {third} third in {time3}.",
]
RECORDS = [
    "The time is a new course record, {margin} minutes under the mark {old} set in {old_year}.",
    "{winner} missed the course record by {seconds} seconds.",
    "Conditions were hot, and nobody came close to the course record.",
]
FILLER = [
    "Aid-station crews reported temperatures above 30 degrees in the canyons by early afternoon.",
    "The race director thanked more than 800 volunteers who staffed the course overnight.",
    "Several favourites dropped before halfway, two of them with stomach trouble.",
    "Spectators lined the final mile, where the course runs along the river into town.",
    "{winner} said afterwards that patience in the first half was the key to the result.",
    "The field included runners from 31 countries, a record for the event.",
]


def _time(rng: random.Random, hours: int) -> str:
    return f"{hours + rng.randint(0, 3)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def generate_articles(n: int, seed: int = 7) -> list[SampleArticle]:
    """`n` synthetic race reports across trailpost, ridgeline and pacenotes."""
    rng = random.Random(seed)
    outlets = ["trailpost", "ridgeline", "pacenotes"]
    start = datetime(2019, 1, 5, 8, 0, tzinfo=timezone.utc)
    articles = []
    for i in range(n):
        race, distance, hours = RACES[i % len(RACES)]
        year = 2019 + (i // len(RACES)) % 8
        names = rng.sample([f"{first} {last}" for first in FIRST for last in LAST], 4)
        values = {
            "winner": names[0], "second": names[1], "third": names[2], "old": names[3], "race": race,
            "distance": distance, "year": year, "time": _time(rng, hours), "time2": _time(rng, hours + 1),
            "time3": _time(rng, hours + 1), "miles": rng.randint(5, 20), "age": rng.randint(24, 44),
            "day": rng.choice(["Saturday", "Sunday"]), "margin": rng.randint(1, 40), "old_year": year - rng.randint(1, 9),
            "seconds": rng.randint(2, 59),
        }
        paragraphs = [rng.choice(OPENINGS), rng.choice(MIDDLES), rng.choice(RECORDS)]
        paragraphs += rng.sample(FILLER, 4)
        body = "\n\n".join(p.format(**values) for p in paragraphs)
        body += "\n\n| Place | Runner | Time |\n|---|---|---|\n" + "\n".join(
            f"| {k + 1} | {names[k]} | {values[t]} |" for k, t in enumerate(("time", "time2", "time3"))
        )
        articles.append(
            SampleArticle(
                outlet=outlets[i % 3], slug=f"{race.lower().replace(' ', '-')}-{year}-report-{i}",
                title=f"{names[0]} Wins the {year} {race}", authors=["Sample Desk"],
                published=start + timedelta(hours=7 * i), modified=None, tags=["race-report"], lang="en",
                encoding="utf-8", blocks=parse_body(body),
            )
        )
    return articles

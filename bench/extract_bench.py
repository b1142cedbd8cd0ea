"""Extraction benchmark: ``Extractor.pipe`` against bare ``nlp.pipe`` of the same model.

Both run in this process over the same texts (the article bodies of the Zyte
benchmark, ../shared/benchmarks/article-extraction/zyte/ground-truth.json, less
the blind gold sets' articles: tests/holdout4, … name them
zyte_<id>.txt, and nothing but the scorer reads them), with the same model object
and batch size, so the ratio measures only what
extract/ adds on top of spaCy: our matchers, span fixes, canonical names,
roles, figures and quotes. Each side runs ``--rounds`` times, alternating,
and the best round counts: the machine is shared and the fastest run is the
one least disturbed by others.

Prints articles/s and words/s for each and ends with ``ratio: R``
(extract/ articles per second / bare nlp.pipe articles per second).

usage: python bench/extract_bench.py [--shared ../shared] [--limit N] [--rounds 2] [--batch-size 64]
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from extract.pipeline import Extractor

REPO = Path(__file__).resolve().parent.parent


def blind_ids(repo: Path = REPO) -> set[str]:
    """The Zyte ids (first 12 hex digits) of the blind gold sets' articles, from their file names."""
    return {path.stem.removeprefix("zyte_") for path in repo.glob("tests/holdout[4-9]*/texts/zyte_*.txt")}


def article_bodies(shared: Path, limit: int | None, skip: set[str] = frozenset()) -> list[str]:
    truth = json.loads((shared / "benchmarks/article-extraction/zyte/ground-truth.json").read_text(encoding="utf-8"))
    bodies = [page["articleBody"] for key, page in sorted(truth.items())
              if page.get("articleBody") and key[:12] not in skip]
    return bodies[:limit] if limit else bodies


def time_bare(nlp, texts: list[str], batch_size: int) -> float:
    started = time.perf_counter()
    with nlp.memory_zone():
        for doc in nlp.pipe(texts, batch_size=batch_size):
            len(doc)
    return time.perf_counter() - started


def time_extractor(extractor: Extractor, texts: list[str], batch_size: int) -> float:
    started = time.perf_counter()
    for extraction in extractor.pipe(texts, batch_size=batch_size):
        len(extraction.entities)
    return time.perf_counter() - started


def report(name: str, seconds: float, articles: int, words: int) -> float:
    per_second = articles / seconds
    print(f"{name:16s} {seconds:7.2f} s  {per_second:7.2f} articles/s  {words / seconds:9.0f} words/s")
    return per_second


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0],
        epilog="The blind gold sets' articles (tests/holdout4 and later) are left out: only the scorer reads them.")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--limit", type=int, default=None, help="only the first N bodies")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--model", default=None)
    args = parser.parse_args(argv)

    texts = article_bodies(args.shared, args.limit, blind_ids())
    words = sum(len(t.split()) for t in texts)
    extractor = Extractor(model=args.model)
    print(f"{len(texts)} articles, {words} words, model {extractor.version}")
    # Warm up both paths (lazy imports, gender list, vocab) before any timing.
    time_extractor(extractor, texts[:8], args.batch_size)
    time_bare(extractor.nlp, texts[:8], args.batch_size)

    bare, ours = [], []
    for _ in range(args.rounds):
        bare.append(time_bare(extractor.nlp, texts, args.batch_size))
        ours.append(time_extractor(extractor, texts, args.batch_size))
    bare_rate = report("bare nlp.pipe", min(bare), len(texts), words)
    our_rate = report("Extractor.pipe", min(ours), len(texts), words)
    print(f"ratio: {our_rate / bare_rate:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

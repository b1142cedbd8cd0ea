"""Memory benchmark: peak RSS while importing N articles, against bare ``nlp.pipe`` without memory zones.

newsmon's import path (``newsmon.parallel``: parse and extract over worker
processes, one writer storing each article with its raw HTML) runs over N
generated article pages (bench/corpus.py, no HTTP: the pages are built in
this process). The resident memory of this process plus its workers is
sampled after every stored article; the peak so far is reported at N/4 and
at N. Flat means ``memory_growth`` stays within 1.10 while the article
count grows fourfold: nothing keeps per-article state beyond SQLite's
bounded page cache.

The baseline, in a fresh process so its memory is its own, runs the same
model's bare ``nlp.pipe`` over the same bodies WITHOUT ``nlp.memory_zone()``:
every new word stays in spaCy's string store, which is what newsmon's
per-batch memory zones (extract/pipeline.py) prevent. It covers at most
``--baseline-n`` articles (default N/4) to stay short; its growth is
measured over the same fourfold step, and the string store's size shows
what it keeps: about a dozen new strings per article, never given back.

Articles are shorter than the e2e corpus's (``--paragraphs 2-5``) so 20,000 of
them take minutes, not an hour; each still brings new names (a made-up
person and organisation per article), which is what grows a string store.

usage: python bench/memory_bench.py [--n 20000] [--workers 2] [--paragraphs 2-5] [--baseline-n N]
"""
from __future__ import annotations

import argparse
import concurrent.futures
import multiprocessing
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench import corpus  # noqa: E402

MB = 1024 * 1024


def generated_pages(n: int, paragraphs: tuple[int, int], seed: int = 7):
    from newsmon.parallel import Page

    for i in range(n):
        item = corpus.article(i, seed, paragraphs)
        yield Page(url=f"{corpus.PLACEHOLDER_ORIGIN}{item.path}", html=corpus.page_html(item))


class PeakTracker:
    """Peak resident memory so far, sampled on every call, remembered at checkpoints."""

    def __init__(self, checkpoints: list[int], pids=lambda: ()):
        self.checkpoints = set(checkpoints)
        self.pids = pids
        self.count = 0
        self.peak = 0
        self.at: dict[int, int] = {}

    def __call__(self, done: int = 1) -> None:
        from newsmon.parallel import rss_bytes

        self.count += done
        self.peak = max(self.peak, rss_bytes(self.pids()))
        if self.count in self.checkpoints:
            self.at[self.count] = self.peak


def import_run(n: int, workers: int, paragraphs: tuple[int, int], batch_size: int) -> tuple[dict, float]:
    """Peak RSS (bytes) at N/4 and N while importing N pages; and the seconds it took."""
    from newsmon.parallel import Workers, store_pages
    from newsmon.runner import open_database  # as writing runs open it (WAL, synchronous=NORMAL)

    with tempfile.TemporaryDirectory() as tmp, \
            Workers(workers, db_path=f"{tmp}/news.db", batch_size=batch_size) as pool:
        db = open_database(f"{tmp}/news.db")
        tracker = PeakTracker([n // 4, n], pool.pids)
        started = time.perf_counter()
        summary = store_pages(db, generated_pages(n, paragraphs), pool, progress=tracker)
        seconds = time.perf_counter() - started
        db.close()
    if summary.failed:
        raise RuntimeError(f"{summary.failed} of {n} generated pages failed to import")
    return tracker.at, seconds


def bare_pipe_without_zone(n: int, paragraphs: tuple[int, int], batch_size: int, model: str | None) -> dict:
    """In a fresh process: peak RSS and string-store size at N/4 and N over bare nlp.pipe, no memory zone."""
    sys.path.insert(0, str(REPO))
    from extract.model import load_model

    nlp = load_model(model)
    bodies = (corpus.article(i, 7, paragraphs).body for i in range(n))
    tracker = PeakTracker([n // 4, n])
    strings = {}
    for doc in nlp.pipe(bodies, batch_size=batch_size):
        len(doc)
        tracker()
        if tracker.count in tracker.checkpoints:
            strings[tracker.count] = len(nlp.vocab.strings)
    return {"rss": tracker.at, "strings": strings}


def in_fresh_process(function, *args):
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(1, mp_context=context) as pool:
        return pool.submit(function, *args).result()


def main(argv=None) -> int:
    from newsmon.parallel import default_workers

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=default_workers(),
                        help="worker processes (0: everything in this process)")
    parser.add_argument("--paragraphs", default="2-5", help="paragraphs per generated article")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--baseline-n", type=int, default=None, help="articles for the baseline [N/4]")
    parser.add_argument("--model", default=None)
    args = parser.parse_args(argv)
    paragraphs = corpus.parse_range(args.paragraphs)
    first, last = args.n // 4, args.n

    at, seconds = import_run(args.n, args.workers, paragraphs, args.batch_size)
    print(f"memory_articles: {args.n}")
    print(f"memory_workers: {args.workers}")
    print(f"memory_articles_per_s: {args.n / seconds:.2f}")
    print(f"memory_rss_mb_at_{first}: {at[first] / MB:.1f}")
    print(f"memory_rss_mb_at_{last}: {at[last] / MB:.1f}")
    print(f"memory_growth_{first}_to_{last}: {at[last] / at[first]:.3f}")

    base_n = args.baseline_n or max(4, args.n // 4)
    base = in_fresh_process(bare_pipe_without_zone, base_n, paragraphs, args.batch_size, args.model)
    base_first = base_n // 4
    rss, strings = base["rss"], base["strings"]
    print(f"memory_baseline_articles: {base_n}")
    print(f"memory_baseline_rss_mb_at_{base_first}: {rss[base_first] / MB:.1f}")
    print(f"memory_baseline_rss_mb_at_{base_n}: {rss[base_n] / MB:.1f}")
    print(f"memory_baseline_strings_at_{base_first}: {strings[base_first]}")
    print(f"memory_baseline_strings_at_{base_n}: {strings[base_n]}")
    print(f"memory_baseline_strings_per_1000_articles: "
          f"{(strings[base_n] - strings[base_first]) * 1000 / (base_n - base_first):.0f}")
    print(f"memory_baseline_growth_{base_first}_to_{base_n}: {rss[base_n] / rss[base_first]:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

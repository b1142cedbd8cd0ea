"""Parallel benchmark: the end-to-end corpus ingested over all cores, against one process.

The pages of bench/e2e_bench.py (bench/corpus.py, served by a local HTTP server
in a child process) are ingested three ways, each into its own fresh database
through ``newsmon.parallel.Workers`` and ``store_pages`` (what ``pipeline.ingest``
and ``newsmon import`` run):

* ``one``: everything in this process (``newsmon ingest``'s default);
* ``workers``: N helper processes parse and extract while this one fetches
  (one polite fetcher) and stores (``newsmon ingest --workers N``, ``newsmon import``);
* ``overlap``: one helper fetches and parses ahead while this process extracts
  and stores: the fetch side overlapping the NLP side, NLP on one core.

Pools start once and are warmed on pages outside the measured corpus (their
start-up is printed apart: a bulk import pays it once). The corpus then goes in
``--slices``; each slice is ingested by every way in turn, the order rotating, so
load from other work on a shared machine falls on all of them alike.

Prints ``name: value`` lines: articles/s of each way, ``parallel_speedup``
(workers over one) and ``parallel_overlap_speedup`` (overlap over one).

usage: python bench/parallel_bench.py [--n 2000] [--workers N] [--slices 4] [--batch-size 32] [--model NAME]
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench import corpus  # noqa: E402

WAYS = ("one", "workers", "overlap")


def start_pools(processes: int, extractor, fetcher, db_paths: dict, batch_size: int, model: str | None) -> dict:
    """The three ways as started Workers (helpers load their model in the background)."""
    from newsmon.parallel import Workers

    fetching_helper = dict(min_delay=0.0, allow_private=True)
    return {
        "one": Workers(0, fetcher=fetcher, extractor=extractor, db_path=db_paths["one"], batch_size=batch_size),
        "workers": Workers(processes, fetcher=fetcher, model=model, db_path=db_paths["workers"],
                           batch_size=batch_size),
        "overlap": Workers(1, extract_in_parent=True, fetcher_options=fetching_helper, extractor=extractor,
                           db_path=db_paths["overlap"], batch_size=batch_size),
    }


def targets_for(urls: list[str]):
    from newsmon.pipeline import Target

    return [Target(url, "bench") for url in urls]


def ingest_with(db, pool, urls: list[str]):
    from newsmon.parallel import store_pages

    return store_pages(db, targets_for(urls), pool)


def main(argv=None) -> int:
    from newsmon.parallel import default_workers

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=default_workers(), help="helper processes [all cores]")
    parser.add_argument("--slices", type=int, default=4, help="slices, each ingested by every way in turn")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--paragraphs", default="6-14", help="paragraphs per generated article")
    parser.add_argument("--model", default=None)
    args = parser.parse_args(argv)

    from db import store
    from extract.pipeline import Extractor
    from newsmon.runner import open_database
    from scraper.fetch import Fetcher

    paragraphs = corpus.parse_range(args.paragraphs)
    # a batch for every helper before timing (fewer pages for a smoke run's small N)
    warm_n = min(args.batch_size * max(1, args.workers), max(8, args.n // 4))
    extractor = Extractor(model=args.model)
    load_before = os.getloadavg()[0]
    seconds = dict.fromkeys(WAYS, 0.0)
    stored = dict.fromkeys(WAYS, 0)
    failed = dict.fromkeys(WAYS, 0)
    with corpus.CorpusServer(args.n + warm_n, paragraphs=args.paragraphs) as server, \
            tempfile.TemporaryDirectory() as tmp, Fetcher(min_delay=0.0, allow_private=True) as fetcher:
        urls = [server.origin + corpus.article(i, 7, paragraphs).path for i in range(args.n + warm_n)]
        db_paths = {way: f"{tmp}/{way}.db" for way in WAYS}
        dbs = {way: open_database(path) for way, path in db_paths.items()}
        for db in dbs.values():
            store.ensure_source(db, "bench")
        started = time.perf_counter()
        pools = start_pools(args.workers, extractor, fetcher, db_paths, args.batch_size, args.model)
        try:
            for way in WAYS:  # warm-up: helpers loaded, lazy imports done, outside the timings
                ingest_with(dbs[way], pools[way], urls[args.n:])
            startup = time.perf_counter() - started
            size = -(-args.n // max(1, args.slices))
            for number, start in enumerate(range(0, args.n, size)):
                for way in WAYS[number % len(WAYS):] + WAYS[:number % len(WAYS)]:
                    began = time.perf_counter()
                    summary = ingest_with(dbs[way], pools[way], urls[start:start + size])
                    seconds[way] += time.perf_counter() - began
                    stored[way] += summary.new
                    failed[way] += summary.failed
        finally:
            for pool in pools.values():
                pool.close()
            for db in dbs.values():
                db.close()
    rate = {way: stored[way] / seconds[way] for way in WAYS}
    print(f"parallel_articles: {args.n}")
    print(f"parallel_processes: {args.workers}")
    print(f"parallel_cores: {default_workers()}")
    # other work on the machine: with every core busy already, helpers have nothing to run on
    print(f"parallel_load_average: {(load_before + os.getloadavg()[0]) / 2:.2f}")
    print(f"parallel_failed: {sum(failed.values())}")
    print(f"parallel_startup_and_warmup_s: {startup:.2f}")
    print(f"parallel_one_process_articles_per_s: {rate['one']:.2f}")
    print(f"parallel_n_process_articles_per_s: {rate['workers']:.2f}")
    print(f"parallel_overlap_articles_per_s: {rate['overlap']:.2f}")
    print(f"parallel_overlap_speedup: {rate['overlap'] / rate['one']:.3f}")
    print(f"parallel_speedup: {rate['workers'] / rate['one']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

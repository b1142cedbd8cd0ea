"""End-to-end benchmark: ``newsmon ingest`` over N pages against bare ``nlp.pipe`` of the same texts.

N generated article pages (bench/corpus.py) are served by a local HTTP server
in a child process; newsmon ingests them as ``newsmon ingest URL...`` does
(database opened by the runner, ``pipeline.ingest``: fetch → parse → extract →
store, one process) into a fresh database. The same model object runs bare
``nlp.pipe`` (same batch size, inside a memory zone) over the article bodies
newsmon stored: the spaCy ceiling for those texts.

The machine may be shared, so load drifts during a run: the corpus goes in
``--slices`` runs, each followed at once by bare nlp.pipe over what it stored,
and the totals are compared. ``e2e_cpu_ratio`` compares CPU seconds instead
(this process and its helpers), which load barely moves.

Prints ``name: value`` lines; ``e2e_ratio`` is newsmon's articles/s over bare
nlp.pipe's, wall clock (target >= 0.7); ``e2e_share_*`` say where newsmon's time
went (fetching runs in a thread of its own, so its share overlaps the others) and ``e2e_extract_ratio`` how close ``Extractor.pipe`` alone (spaCy plus our
rules) comes to bare nlp.pipe. bench/parallel_bench.py measures helper processes.

usage: python bench/e2e_bench.py [--n 2000] [--slices 4] [--batch-size 32] [--no-html] [--model NAME]
"""
from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench import corpus  # noqa: E402


class Timed:
    """A stand-in for a stage object that adds up the seconds spent in one of its methods."""

    def __init__(self, inner, method: str, generator: bool = False):
        self.inner, self.method, self.generator, self.seconds = inner, method, generator, 0.0

    def __getattr__(self, name):
        attribute = getattr(self.inner, name)
        if name != self.method:
            return attribute
        if self.generator:
            return lambda *a, **k: self._timed_iter(attribute(*a, **k))
        return lambda *a, **k: self._timed_call(attribute, *a, **k)

    def _timed_call(self, function, *args, **kwargs):
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            self.seconds += time.perf_counter() - started

    def _timed_iter(self, iterator):
        while True:
            started = time.perf_counter()
            try:
                item = next(iterator)
            except StopIteration:
                self.seconds += time.perf_counter() - started
                return
            self.seconds += time.perf_counter() - started
            yield item


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (helper processes once their pool is joined)."""
    mine, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return mine.ru_utime + mine.ru_stime + children.ru_utime + children.ru_stime


class Clock:
    """Wall and CPU seconds added up over every ``with clock:`` block."""

    def __init__(self):
        self.wall = self.cpu = 0.0

    def __enter__(self):
        self.started = (time.perf_counter(), cpu_seconds())

    def __exit__(self, *exc):
        self.wall += time.perf_counter() - self.started[0]
        self.cpu += cpu_seconds() - self.started[1]


def bare_pipe(nlp, texts: list[str], batch_size: int) -> None:
    with nlp.memory_zone():
        for doc in nlp.pipe(texts, batch_size=batch_size):
            len(doc)


def ingest_urls(db_path: str, urls: list[str], extractor, fetcher, batch_size: int, keep_html: bool):
    """``newsmon ingest URL...`` minus its lock and runs row: the runner's database, pipeline.ingest."""
    from newsmon.pipeline import collect_targets, ingest
    from newsmon.runner import open_database

    db = open_database(db_path)
    try:
        targets = collect_targets(db, fetcher, urls=urls)
        return ingest(db, targets, fetcher, extractor, batch_size=batch_size, keep_html=keep_html)
    finally:
        db.close()


def bodies_after(db_path: str, last_id: int) -> tuple[list[str], int]:
    """Bodies stored since article ``last_id``, and the new last id."""
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute("select id, body from articles where id > ? order by id", [last_id]).fetchall()
    return [body for _, body in rows], (rows[-1][0] if rows else last_id)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--slices", type=int, default=4, help="ingest runs, each followed by its bare nlp.pipe")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--paragraphs", default="6-14", help="paragraphs per generated article")
    parser.add_argument("--no-html", action="store_true", help="do not keep raw HTML")
    parser.add_argument("--model", default=None)
    args = parser.parse_args(argv)

    from extract.pipeline import Extractor
    from scraper.fetch import Fetcher

    extractor = Extractor(model=args.model)
    keep_html = not args.no_html
    load_before = os.getloadavg()[0]
    ours, bare = Clock(), Clock()
    timed = Timed(extractor, "pipe", generator=True)
    paragraphs = corpus.parse_range(args.paragraphs)
    warm_n = 8
    with corpus.CorpusServer(args.n + warm_n, paragraphs=args.paragraphs) as server, \
            tempfile.TemporaryDirectory() as tmp, Fetcher(min_delay=0.0, allow_private=True) as fetcher:
        fetcher = Timed(fetcher, "get")
        urls = [server.origin + corpus.article(i, 7, paragraphs).path for i in range(args.n + warm_n)]
        # warm-up on pages outside the measured corpus: lazy imports and first-call costs of both paths
        ingest_urls(f"{tmp}/warm.db", urls[args.n:], timed, fetcher, args.batch_size, keep_html)
        bare_pipe(extractor.nlp, bodies_after(f"{tmp}/warm.db", 0)[0], args.batch_size)
        fetcher.seconds = timed.seconds = 0.0
        size = -(-args.n // max(1, args.slices))
        last_id, stored, failed = 0, [], 0
        for start in range(0, args.n, size):
            with ours:
                failed += ingest_urls(f"{tmp}/news.db", urls[start:start + size], timed, fetcher,
                                      args.batch_size, keep_html).failed
            bodies, last_id = bodies_after(f"{tmp}/news.db", last_id)
            stored += bodies
            with bare:
                bare_pipe(extractor.nlp, bodies, args.batch_size)
    words = sum(len(b.split()) for b in stored)
    ours_rate, bare_rate = len(stored) / ours.wall, len(stored) / bare.wall
    other = ours.wall - timed.seconds  # fetching runs in its own thread, overlapping the rest
    print(f"e2e_model: {extractor.version}")
    print(f"e2e_articles: {len(stored)}")
    print(f"e2e_failed: {failed}")
    print(f"e2e_load_average: {(load_before + os.getloadavg()[0]) / 2:.2f}")  # other work on the machine
    print(f"e2e_words: {words}")
    print(f"e2e_seconds: {ours.wall:.2f}")
    print(f"e2e_articles_per_s: {ours_rate:.2f}")
    print(f"e2e_words_per_s: {words / ours.wall:.0f}")
    print(f"bare_nlp_pipe_seconds: {bare.wall:.2f}")
    print(f"bare_nlp_pipe_articles_per_s: {bare_rate:.2f}")
    print(f"e2e_share_fetch_overlapped: {fetcher.seconds / ours.wall:.3f}")
    print(f"e2e_share_extract: {timed.seconds / ours.wall:.3f}")
    print(f"e2e_share_parse_store_other: {other / ours.wall:.3f}")
    print(f"e2e_extract_ratio: {bare.wall / timed.seconds:.3f}")
    print(f"e2e_cpu_ratio: {bare.cpu / ours.cpu:.3f}")
    print(f"e2e_ratio: {ours_rate / bare_rate:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

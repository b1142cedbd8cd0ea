"""Search benchmark: full-text search latency through Datasette's JSON API over N articles.

Builds (once, cached under /tmp keyed by N) a newsmon database of N synthetic
articles with about three quotes each, through the real schema
(``db.schema.open_db``: migrations, FTS5 tables and triggers) with
sqlite-utils bulk inserts. Bodies recombine real news paragraphs (the
sample pages' and the Zyte benchmark's) to the lengths of the Zyte articles;
quotes are real sentences; outlets, sections, dates, speakers and verbs vary
like a real archive's, so the full-text index and the facets work on
realistic distributions. Search terms are words from those paragraphs (stop
words left out: nobody searches for "which"), a quarter each from the 300
most frequent, the next 2,700, the rest, and pairs.

Then the Datasette that ``newsmon serve`` runs (``newsmon.publish.datasette_app``:
our metadata.yml, plugins and settings) answers in process, for many
different search terms (common, middling and rare words, and two-word
searches), timed one request at a time:

* ``search_quotes``: ``/news/quotes.json?_search=TERM`` (rows newest stored first, count,
  facets);
* ``search_articles``: ``/news/articles.json?_search=TERM``; for both, the share of searches
  that leave out at least one configured facet is printed as ``..._facets_left_out_pct``: a
  facet gave up (``facet_time_limit_ms``), or the search matched more rows than the table's
  ``search_facets`` bound and skipped them (a common word matches tens of thousands of rows);
* ``search_quoted_about_topic``: the canned query "Who is quoted about a topic"
  (metadata.yml), ``/news/quoted_about_topic.json?topic=TERM``: quotes by
  relevance with speaker and article, no count or facets;
* ``search_all``: the search-everything page ``/-/search?q=TERM`` plus the
  JSON requests its script makes, one per searchable table (what a reader
  waits for);

and the baseline: the same FTS query Datasette runs for the rows, straight
through sqlite3 (``sqlite_quotes``, ``sqlite_articles``). Prints p50/p95 in
ms for each and the ratios Datasette/sqlite3 at p95 (Datasette's overhead:
counting, facets, JSON).

``--metadata`` and ``--setting`` try a change to what ``newsmon serve`` uses
before making it (the figures to quote come without them).

``--maintenance`` also times VACUUM and rebuilding the full-text indexes of
the whole file (for docs/scaling.md).

usage: python bench/search_bench.py [--n 100000] [--queries 100] [--rebuild] [--cache-dir /tmp] [--maintenance]
                                    [--metadata FILE] [--setting NAME VALUE ...]
"""
from __future__ import annotations

import argparse
import asyncio
import collections
import datetime as dt
import json
import os
import random
import re
import sqlite3
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import quote

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.corpus import ZYTE_TRUTH  # noqa: E402

BUILD_VERSION = 3  # bump when the synthetic rows change, so cached databases are rebuilt
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
OUTLETS = ["STV News", "BBC News", "The Herald", "The Scotsman", "Daily Record", "The Guardian",
           "Sky News", "The Independent", "Evening Standard", "Press and Journal", "The National",
           "Financial Times"]
SECTIONS = ["news", "politics", "business", "scotland", "uk", "world", "health", "education",
            "money", "opinion"]
FIRST_NAMES = ["Aileen", "Callum", "Morag", "Ewan", "Fiona", "Douglas", "Isla", "Hamish", "Kirsty"]
VERBS = ["say", "add", "warn", "tell", "claim", "insist", "explain"]
QUOTES_PER_ARTICLE = (0, 6)
SPEAKERS = 20_000
# table searches, whose facets (metadata.yml) give up on, or skip, huge results
FACETED = {"search_quotes": {"speaker_id", "verb"}, "search_articles": {"site_name", "published"}}


class Corpus:
    """Real news paragraphs to recombine, real article lengths, and the words readers search for.

    Paragraphs come from bench/corpus.py's pool (the sample STV pages and the
    Zyte benchmark's bodies), so words keep the company and the spread over
    articles they have in real news (drawing words one by one would put a
    middling word in far more articles than real text does)."""

    def __init__(self, truth_path: Path = ZYTE_TRUTH):
        from bench.corpus import paragraph_pool

        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        self.lengths = [len(page["articleBody"].split()) for _, page in sorted(truth.items())
                        if page.get("articleBody")]
        self.paragraphs = paragraph_pool()
        self.sentences = [s.strip() for p in self.paragraphs for s in SENTENCE_END.split(p)
                          if len(s.split()) >= 6]
        self.counts = collections.Counter(w.lower() for p in self.paragraphs for w in WORD.findall(p))

    def body(self, rng: random.Random) -> str:
        target, chosen, words = rng.choice(self.lengths), [], 0
        while words < target:
            chosen.append(rng.choice(self.paragraphs))
            words += len(chosen[-1].split())
        return "\n\n".join(chosen)

    def title(self, rng: random.Random) -> str:
        return " ".join(rng.choice(self.sentences).split()[:rng.randint(6, 14)])

    def quote(self, rng: random.Random) -> str:
        return " ".join(rng.choice(self.sentences) for _ in range(rng.randint(1, 3)))

    def search_terms(self, count: int, seed: int = 11) -> list[str]:
        """Terms a reader might type: common, middling and rare words (no stop words), and pairs."""
        from spacy.lang.en.stop_words import STOP_WORDS

        rng = random.Random(seed)
        ranked = [w for w, _ in self.counts.most_common() if len(w) >= 4 and w not in STOP_WORDS]
        bands = [ranked[:300], ranked[300:3000], ranked[3000:]]
        terms = []
        for i in range(count):
            if i % 4 == 3:
                terms.append(f"{rng.choice(bands[0])} {rng.choice(bands[1])}")
            else:
                terms.append(rng.choice(bands[i % 4]))
        return terms


def article_rows(corpus: Corpus, n: int, seed: int = 5):
    rng = random.Random(seed)
    start = dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc)
    for i in range(1, n + 1):
        outlet = OUTLETS[min(int(rng.expovariate(0.35)), len(OUTLETS) - 1)]
        slug = outlet.lower().replace(" ", "")
        body = corpus.body(rng)
        published = (start + dt.timedelta(minutes=rng.randint(0, 6 * 365 * 24 * 60))).isoformat(timespec="seconds")
        yield {
            "id": i, "url": f"https://{slug}.example/news/{i}", "canonical_url": f"https://{slug}.example/news/{i}",
            "final_url": f"https://{slug}.example/news/{i}", "source_id": slug,
            "title": corpus.title(rng), "authors": "[]", "published": published,
            "section": rng.choice(SECTIONS), "site_name": outlet,
            "description": corpus.title(rng), "body": body, "word_count": len(body.split()),
            "content_hash": f"{i:064x}", "first_seen": published, "fetched_at": published,
            "updated_at": published, "extractor_version": "search-bench",
        }


def quote_rows(corpus: Corpus, n: int, seed: int = 6):
    rng = random.Random(seed)
    for article_id in range(1, n + 1):
        offset = rng.randint(0, 400)
        for _ in range(rng.randint(*QUOTES_PER_ARTICLE)):
            text = corpus.quote(rng)
            speaker = min(int(rng.paretovariate(1.1)), SPEAKERS)  # a few people are quoted very often
            yield {
                "article_id": article_id, "text": text, "speaker_id": speaker,
                "speaker_role": None, "verb": rng.choice(VERBS), "char_start": offset,
                "char_end": offset + len(text), "sentence": f"“{text}” they said.",
                "extractor_version": "search-bench",
            }
            offset += len(text) + rng.randint(50, 600)


def build(path: Path, n: int, corpus: Corpus) -> float:
    """A fresh database of N synthetic articles at ``path``; returns the seconds it took."""
    from db.schema import open_db

    started = time.perf_counter()
    partial = path.with_suffix(".partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    db = open_db(str(partial))
    db.execute("PRAGMA synchronous = OFF")  # a throwaway file: no need to survive a power cut
    db["sources"].insert_all(({"id": o.lower().replace(" ", ""), "name": o, "homepage": None, "config": "{}"}
                              for o in OUTLETS), pk="id")
    db["entities"].insert_all(({"id": i, "label": "PERSON", "name": f"{random.Random(i).choice(FIRST_NAMES)} {i}",
                                "aliases": "[]"} for i in range(1, SPEAKERS + 1)), batch_size=5000)
    db["articles"].insert_all(article_rows(corpus, n), batch_size=500)
    db["quotes"].insert_all(quote_rows(corpus, n), batch_size=2000)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("ANALYZE")
    db.close()
    os.replace(partial, path)
    return time.perf_counter() - started


def cached_database(n: int, cache_dir: Path, rebuild: bool, corpus: Corpus) -> tuple[Path, float | None]:
    cache_dir.mkdir(parents=True, exist_ok=True)
    path = cache_dir / f"newsmon-search-bench-v{BUILD_VERSION}-{n}.db"
    if path.exists() and not rebuild:
        return path, None
    return path, build(path, n, corpus)


def maintenance_seconds(path: Path) -> dict[str, float]:
    """Times of the whole-file jobs a big database needs now and then: VACUUM (into a copy, so
    the cached file stays as built) and rebuilding both full-text indexes (on that copy)."""
    copy = path.with_name(path.stem + "-maintenance.db")
    copy.unlink(missing_ok=True)
    try:
        conn = sqlite3.connect(path)
        started = time.perf_counter()
        conn.execute("VACUUM INTO ?", [str(copy)])
        vacuum = time.perf_counter() - started
        conn.close()
        conn = sqlite3.connect(copy)
        started = time.perf_counter()
        for fts in ("articles_fts", "quotes_fts"):
            conn.execute(f"insert into {fts}({fts}) values ('rebuild')")
        conn.commit()
        rebuild = time.perf_counter() - started
        conn.close()
    finally:
        copy.unlink(missing_ok=True)
    return {"vacuum": vacuum, "fts_rebuild": rebuild}


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def served(path: Path, metadata: Path | None, settings: list[tuple[str, str]]):
    """The Datasette ``newsmon serve`` runs, optionally with another metadata file or settings."""
    from datasette.app import DEFAULT_SETTINGS

    from newsmon import publish

    ds = publish.datasette_app(str(path), metadata=metadata or publish.METADATA)
    for name, value in settings:  # parsed as ``datasette --setting NAME VALUE`` would
        if name not in DEFAULT_SETTINGS:
            raise SystemExit(f"unknown Datasette setting: {name}")
        default = DEFAULT_SETTINGS[name]
        ds._settings[name] = (value.lower() in ("on", "true", "1") if isinstance(default, bool)
                              else type(default)(value))
    return ds


async def datasette_timings(path: Path, terms: list[str], metadata: Path | None = None,
                            settings: list[tuple[str, str]] = ()) -> dict[str, list[float]]:
    ds = served(path, metadata, settings)
    await ds.invoke_startup()
    timings = collections.defaultdict(list)

    async def get(url: str):
        response = await ds.client.get(url)
        if response.status_code != 200:
            raise RuntimeError(f"{url}: HTTP {response.status_code}")
        return response

    async def search_all(term: str):
        # what the page's script fetches, one request per searchable table (search_all.html)
        page = await get(f"/-/search?q={quote(term)}")
        tables = re.findall(r'"url_json": "([^"]+)"', page.text)
        if not tables:
            raise RuntimeError("the search-everything page lists no searchable tables")
        for url_json in tables:
            await get(f"{url_json}?_shape=objects&_labels=on&_extra=count&_extra=database&_extra=table"
                      f"&_size=5&_search={quote(term)}")

    requests = {
        "search_quotes": lambda term: get(f"/news/quotes.json?_search={quote(term)}"),
        "search_articles": lambda term: get(f"/news/articles.json?_search={quote(term)}"),
        "search_quoted_about_topic": lambda term: get(f"/news/quoted_about_topic.json?topic={quote(term)}"),
        "search_all": search_all,
    }
    for name, request in requests.items():
        await request("warm up")  # first-request costs: templates, table introspection
        for term in terms:
            started = time.perf_counter()
            response = await request(term)
            timings[name].append((time.perf_counter() - started) * 1000)
            if name in FACETED:  # Datasette leaves a facet that gave up out of facet_results
                shown = set(response.json()["facet_results"])
                timings[f"{name}_facets_left_out"].append(not FACETED[name] <= shown)
    return timings


def sqlite_timings(path: Path, terms: list[str]) -> dict[str, list[float]]:
    """The row query Datasette runs for a search, sorted (newest stored first: the search_order
    plugin) and limited the same way, in plain sqlite3."""
    from datasette.utils import escape_fts

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    queries = {
        "sqlite_quotes": "select * from quotes where id in (select rowid from quotes_fts where quotes_fts "
                         "match :search) order by id desc limit 101",
        "sqlite_articles": "select * from articles where id in (select rowid from articles_fts where "
                           "articles_fts match :search) order by id desc limit 101",
    }
    timings = collections.defaultdict(list)
    for name, sql in queries.items():
        conn.execute(sql, {"search": escape_fts("warm up")}).fetchall()
        for term in terms:
            started = time.perf_counter()
            conn.execute(sql, {"search": escape_fts(term)}).fetchall()
            timings[name].append((time.perf_counter() - started) * 1000)
    conn.close()
    return timings


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="articles in the database")
    parser.add_argument("--queries", type=int, default=100, help="different search terms")
    parser.add_argument("--cache-dir", type=Path, default=Path("/tmp"))
    parser.add_argument("--rebuild", action="store_true", help="build the database even when cached")
    parser.add_argument("--maintenance", action="store_true",
                        help="also time VACUUM and a full-text index rebuild of the whole database")
    parser.add_argument("--metadata", type=Path, default=None, help="another metadata.yml to try")
    parser.add_argument("--setting", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
                        help="a Datasette setting to try, e.g. --setting suggest_facets off")
    args = parser.parse_args(argv)

    corpus = Corpus()
    path, built = cached_database(args.n, args.cache_dir, args.rebuild, corpus)
    terms = corpus.search_terms(args.queries)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    articles, quotes = (conn.execute(f"select count(*) from {t}").fetchone()[0] for t in ("articles", "quotes"))
    conn.close()
    print(f"search_articles_in_db: {articles}")
    print(f"search_quotes_in_db: {quotes}")
    print(f"search_db_mb: {path.stat().st_size / 1e6:.1f}")
    if built is not None:
        print(f"search_build_seconds: {built:.1f}")
        print(f"search_build_articles_per_s: {args.n / built:.0f}")  # one writer, FTS triggers, no NLP
    if args.maintenance:
        for job, seconds in maintenance_seconds(path).items():
            print(f"search_{job}_seconds: {seconds:.1f}")
    print(f"search_queries: {len(terms)}")
    tried = [f"{name}={value}" for name, value in args.setting] + ([f"metadata={args.metadata}"] if args.metadata else [])
    print(f"search_config: newsmon serve{''.join(' + ' + t for t in tried)}")

    timings = {**asyncio.run(datasette_timings(path, terms, args.metadata, args.setting)),
               **sqlite_timings(path, terms)}
    p95 = {}
    for name in [name for name in timings if name.endswith("_facets_left_out")]:
        flags = timings.pop(name)
        print(f"{name}_pct: {100 * sum(flags) / len(flags):.0f}")
    for name, samples in timings.items():
        p50, p95[name] = percentiles(samples)
        print(f"{name}_p50_ms: {p50:.1f}")
        print(f"{name}_p95_ms: {p95[name]:.1f}")
    for table in ("quotes", "articles"):
        print(f"search_{table}_p95_ratio_to_sqlite: {p95[f'search_{table}'] / max(p95[f'sqlite_{table}'], 0.01):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

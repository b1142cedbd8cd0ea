"""Storage benchmark: database bytes per article and per 1,000 articles, with and without raw HTML.

N generated article pages (bench/corpus.py: real STV page templates and real
paragraphs, so HTML and text weigh what real ones do) are parsed and
extracted once over newsmon's worker processes, and each article is stored
twice through ``db.store.store_article``: into one database with its raw
HTML (gzipped, as ``newsmon ingest`` keeps it by default) and into one
without (``--no-html``). Both are measured after VACUUM; the ratio is
with/without. The time spent storing (one writer: article, facts, entities,
full-text index and gzipped HTML in one transaction) gives the write rate.
The split by table (SQLite's dbstat) says what the bytes are:
article rows, full-text indexes, extracted facts, raw HTML.

usage: python bench/storage_bench.py [--n 1000] [--workers 2] [--paragraphs 6-14]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench import corpus  # noqa: E402
from bench.memory_bench import generated_pages  # noqa: E402

# What each table's bytes are for, by table name (indexes count with their table).
PARTS = {
    "articles": "articles",
    "article_html": "html",
    "articles_fts": "fts", "quotes_fts": "fts",
    "mentions": "facts", "money": "facts", "percentages": "facts", "quotes": "facts", "entities": "facts",
}


def store_twice(n: int, workers: int, paragraphs: tuple[int, int], with_html_path: str,
                without_html_path: str) -> tuple[int, float]:
    """Prepare N pages once, store each with and without its HTML.

    Returns the articles stored and the seconds spent storing them with HTML
    (the single writer's share of an import: everything else runs in workers)."""
    from db import store
    from newsmon.parallel import Workers
    from newsmon.runner import open_database  # as writing runs open it (WAL, synchronous=NORMAL)

    with_html, without_html = open_database(with_html_path), open_database(without_html_path)
    stored, storing = 0, 0.0
    with Workers(workers) as pool:
        for item in pool.prepare(generated_pages(n, paragraphs)):
            if item.error:
                raise RuntimeError(f"{item.page.url}: {item.error}")
            started = time.perf_counter()
            store.store_article(with_html, identity_url=item.identity_url, article=item.article,
                                extraction=item.extraction, html=item.page.html)
            storing += time.perf_counter() - started
            store.store_article(without_html, identity_url=item.identity_url, article=item.article,
                                extraction=item.extraction, html=None)
            stored += 1
    with_html.close()
    without_html.close()
    return stored, storing


def vacuumed_bytes(path: str) -> int:
    from db.retention import database_bytes, vacuum
    from db.schema import open_db

    db = open_db(path)
    vacuum(db)
    db.close()
    return database_bytes(path)


def bytes_by_part(path: str) -> dict[str, int]:
    """Bytes on disk per part (see PARTS), from SQLite's dbstat table; the rest is 'other'."""
    import sqlite3

    conn = sqlite3.connect(path)
    rows = conn.execute("""
        select coalesce(m.tbl_name, s.name), sum(s.pgsize)
        from dbstat s left join sqlite_master m on m.name = s.name
        group by 1""").fetchall()
    conn.close()
    parts: dict[str, int] = {}
    for table, size in rows:
        part = next((PARTS[name] for name in sorted(PARTS, key=len, reverse=True)  # articles_fts_data is fts
                     if table == name or table.startswith(name + "_")), "other")
        parts[part] = parts.get(part, 0) + size
    return parts


def main(argv=None) -> int:
    from newsmon.parallel import default_workers

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=default_workers(),
                        help="worker processes (0: everything in this process)")
    parser.add_argument("--paragraphs", default="6-14", help="paragraphs per generated article")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        with_path, without_path = f"{tmp}/with-html.db", f"{tmp}/without-html.db"
        stored, storing = store_twice(args.n, args.workers, corpus.parse_range(args.paragraphs), with_path, without_path)
        with_html, without_html = vacuumed_bytes(with_path), vacuumed_bytes(without_path)
        parts = bytes_by_part(with_path)

    print(f"storage_articles: {stored}")
    print(f"storage_bytes_per_article_with_html: {with_html / stored:.0f}")
    print(f"storage_bytes_per_article_without_html: {without_html / stored:.0f}")
    print(f"storage_mb_per_1000_articles_with_html: {with_html / stored * 1000 / 1e6:.2f}")
    print(f"storage_mb_per_1000_articles_without_html: {without_html / stored * 1000 / 1e6:.2f}")
    for part in ("articles", "fts", "facts", "html", "other"):
        print(f"storage_bytes_per_article_{part}: {parts.get(part, 0) / stored:.0f}")
    print(f"storage_store_articles_per_s: {stored / storing:.0f}")  # one writer, article + facts + HTML
    print(f"storage_ratio_with_to_without_html: {with_html / without_html:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Read the database through memory-mapped I/O.

Full-text searches over a large file read many pages of wide article rows;
mapping the file lets SQLite read them from the OS page cache without copying
each page into its own cache (bench/search_bench.py: article search p95 at
100,000 articles drops about twofold). Reads only: writers keep their own settings.
"""
from datasette import hookimpl

MMAP_BYTES = 1 << 30


@hookimpl
def prepare_connection(conn):
    conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")

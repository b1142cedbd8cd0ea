"""Database size per 1,000 articles, with and without the raw HTML, measured on real news pages.

Serves the benchmark pages (../shared/benchmarks/article-extraction) on
127.0.0.1, ingests them through the real pipeline, then measures the file
after VACUUM, before and after pruning the raw HTML. Figures go in docs/cron.md.

    .venv/bin/python bench/cron_db_size.py [--limit N]
"""
from __future__ import annotations

import argparse
import gzip
import http.server
import tempfile
import threading
from pathlib import Path

import sqlite_utils

from db.retention import database_bytes, prune_html, vacuum
from newsmon.runner import run_ingest

PAGES = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks" / "article-extraction"


def page_files(limit: int) -> list[Path]:
    files = sorted((PAGES / "zyte" / "html").glob("*.html.gz")) + sorted((PAGES / "trafilatura-en" / "html").glob("*.html"))
    return files[:limit]


def serve(files: list[Path]) -> http.server.ThreadingHTTPServer:
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path.startswith("/p/") and self.path[3:].isdigit() and int(self.path[3:]) < len(files):
                file = files[int(self.path[3:])]
                body = gzip.decompress(file.read_bytes()) if file.suffix == ".gz" else file.read_bytes()
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
            else:
                body = b"not found"
                self.send_response(404)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=200)
    limit = parser.parse_args().limit
    files = page_files(limit)
    server = serve(files)
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "news.db")
        summary = run_ingest(path, urls=[f"{origin}/p/{i}" for i in range(len(files))], allow_private=True, delay=0)
        db = sqlite_utils.Database(path)
        articles = db["articles"].count
        words = db.execute("select avg(word_count) from articles").fetchone()[0]
        vacuum(db)
        with_html = database_bytes(path)
        prune_html(db, 0)
        vacuum(db)
        without_html = database_bytes(path)
    server.shutdown()
    print(summary.line())
    print(f"{articles} articles, {words:.0f} words on average")
    print(f"per 1,000 articles: {with_html / articles:.0f} kB with raw HTML, "
          f"{without_html / articles:.0f} kB without")


if __name__ == "__main__":
    main()

"""Datasette answers searches over HTTP while an ingest writes 500 articles: no errors on either side."""
import json
import subprocess
import threading
import time

import pytest
import requests

from db.schema import open_db
from fixtures.cron.news_site import GeneratedSite
from fixtures.cron.shared import NEWSMON, free_port
from newsmon.publish import datasette_args

ARTICLES = 500
SEARCHES = ["/news/articles.json?_search=pay+offer&_shape=array&_size=5",
            "/news/quotes.json?_search=bills&_shape=array&_size=5",
            "/news/articles.json?_search=council&_shape=array&_size=50&_sort_desc=id",
            "/news/mentions.json?_shape=array&_size=20&_sort_desc=id",
            "/news/entities.json?_search=Unison&_shape=array"]


def wait_until_serving(base: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert server.poll() is None, "Datasette exited"
        try:
            if requests.get(f"{base}/-/versions.json", timeout=2).ok:
                return
        except requests.ConnectionError:
            time.sleep(0.1)
    raise AssertionError("Datasette did not start")


class Searcher(threading.Thread):
    """Sends searches back to back until told to stop, counting answers and errors."""

    def __init__(self, base: str):
        super().__init__(daemon=True)
        self.base, self.stop, self.answers, self.errors, self.seen = base, threading.Event(), 0, [], set()

    def run(self):
        session = requests.Session()
        while not self.stop.is_set():
            for path in SEARCHES:
                try:
                    response = session.get(self.base + path, timeout=30)
                    if response.status_code != 200:
                        self.errors.append(f"{path}: HTTP {response.status_code} {response.text[:200]}")
                    elif path.startswith("/news/articles.json?_search=council"):
                        self.seen.add(len(response.json()))
                    self.answers += 1
                except (requests.RequestException, ValueError) as error:
                    self.errors.append(f"{path}: {error!r}")


@pytest.mark.slow
def test_datasette_serves_searches_while_an_ingest_writes_500_articles(tmp_path):
    db_path = tmp_path / "news.db"
    open_db(str(db_path)).close()  # Datasette serves the file cron will write
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with open(tmp_path / "datasette.log", "w+") as log:
        server = subprocess.Popen(datasette_args(str(db_path), port=port), stdout=log, stderr=log)
        try:
            wait_until_serving(base, server)
            with GeneratedSite(ARTICLES, paragraphs=2) as site:
                searcher = Searcher(base)
                searcher.start()
                started = time.monotonic()
                ingest = subprocess.run([*NEWSMON, "ingest", "--sitemap", site.sitemap, "--allow-private",
                                         "--delay", "0", "--db", str(db_path), "--json"],
                                        capture_output=True, text=True, timeout=600, cwd=tmp_path)
                elapsed = time.monotonic() - started
                searcher.stop.set()
                searcher.join(timeout=60)
        finally:
            server.terminate()
            server.wait(timeout=30)
        log.seek(0)
        server_log = log.read()
    assert ingest.returncode == 0, ingest.stderr
    for trouble in ("locked", "Traceback", "ERROR", "WARNING newsmon"):  # library deprecation notes may pass
        assert trouble not in ingest.stderr, ingest.stderr
    summary = json.loads(ingest.stdout)
    assert (summary["new"], summary["failed"], summary["status"]) == (ARTICLES, 0, "completed")
    assert searcher.errors == []
    assert searcher.answers >= 50, f"only {searcher.answers} searches in {elapsed:.0f}s"
    assert len(searcher.seen) > 2  # the searches saw the database grow while it was written
    assert "database is locked" not in server_log and "Traceback" not in server_log

"""The served site in a real browser: search a quote, read it in its article, go to the speaker.

Serves Datasette exactly as ``newsmon serve`` does, from a subprocess on a free
local port, and drives Debian's Chromium with Playwright (never a downloaded
browser). Takes the screenshots the docs show: into docs/screenshots/ with
``NEWSMON_SCREENSHOTS=docs`` (to refresh them), else into a temporary folder, so a
test run leaves the working tree as it was.
"""
from __future__ import annotations

import os
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

from newsmon.publish import PROJECT_ROOT, datasette_args

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = (PROJECT_ROOT / "docs" / "screenshots" if os.environ.get("NEWSMON_SCREENSHOTS") == "docs"
               else Path(tempfile.gettempdir()) / "newsmon-screenshots")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium "
                       "(apt-get install chromium; setup.sh test installs it)"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"Datasette exited with {process.returncode}: {process.stderr.read()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"Datasette did not answer {url} within {timeout}s")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from test_datasette import build_news_db

    db_path = build_news_db(tmp_path_factory.mktemp("browser") / "news.db")
    port = free_port()
    process = subprocess.Popen(datasette_args(str(db_path), port=port), stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    try:
        origin = f"http://127.0.0.1:{port}"
        wait_until_up(f"{origin}/-/versions.json", process)
        yield origin
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()
    assert not dialogs, f"a page opened a dialog (script ran): {dialogs}"


def shoot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / name), full_page=False)


def test_search_a_quote_read_it_in_context_and_meet_the_speaker(site, page):
    page.goto(f"{site}/")
    assert page.locator("a[href='/news/quotes_by_person']").is_visible()
    shoot(page, "home.png")

    page.goto(f"{site}/-/search")
    page.fill("#search-all-q", "bitter disappointment")
    page.press("#search-all-q", "Enter")
    quotes_heading = page.locator("#search-all-results h2", has_text="news: quotes")
    quotes_heading.wait_for()
    assert "David O’Connor" in page.locator("#search-all-results").inner_text()
    shoot(page, "search.png")

    quotes_heading.locator("a").click()
    page.wait_for_url("**/news/quotes?_search=*")
    assert page.locator("details.column-notes > dl.column-descriptions").count() == 1  # folded away
    row = page.locator("table.rows-and-columns tbody tr").first
    assert "bitter disappointment" in row.inner_text()
    row.locator("td.col-article_id a").click()

    page.wait_for_url("**/news/-/article/*")
    quote = page.locator("q.quote", has_text="bitter disappointment")
    assert quote.get_attribute("title") == "David O’Connor"
    assert page.locator("a.hl-money", has_text="£77.5m").count() == 1
    quote.scroll_into_view_if_needed()
    shoot(page, "article.png")

    page.locator("a.speaker", has_text="David O’Connor").first.click()
    page.wait_for_url("**/news/entities/*")
    assert "David O’Connor" in page.locator("table.rows-and-columns").inner_text()
    assert page.locator("a", has_text="Everything quoted from David O’Connor").is_visible()


def test_charts_render_in_the_browser(site, page):
    page.goto(f"{site}/-/dashboards/coverage")
    charts = page.locator(".vega-embed canvas, .vega-embed svg")
    charts.first.wait_for(timeout=30000)
    page.wait_for_function("document.querySelectorAll('.vega-embed canvas, .vega-embed svg').length >= 3")
    assert "Share of voice" in page.locator("body").inner_text()
    shoot(page, "charts.png")

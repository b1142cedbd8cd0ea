"""Scraped pages are untrusted: markup in their text is shown as text, everywhere Datasette shows it."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from db.schema import open_db
from db.store import store_article
from extract.records import EntityMention, Extraction, Money, Quote
from newsmon.publish import datasette_app
from scraper.article import parse_article

HOSTILE_PAGE = """<!DOCTYPE html>
<html><head><title>Council row over &lt;script&gt;alert("title")&lt;/script&gt; posts</title>
<link rel="canonical" href="javascript:alert('canonical')">
<script>alert("page script")</script></head>
<body><article>
<h1>Council row over &lt;script&gt;alert("title")&lt;/script&gt; posts</h1>
<p>A reader typed &lt;script&gt;alert("body")&lt;/script&gt; into the comment box of the council
website on Monday, and officials said the page had been fixed within the hour.</p>
<p>Another pasted &lt;img src=x onerror=alert("img")&gt; into a form. The GMB union said:
&#8220;We will not accept &lt;img src=x onerror=alert("quote")&gt; from anyone, it is a disgrace.&#8221;</p>
<p>The council said the repair cost &lt;b&gt;£1,200&lt;/b&gt; and no personal data had been exposed
during the incident, which it has reported to the regulator as a precaution.</p>
<script>alert("inline script")</script>
<img src="x" onerror="alert('real img')">
</article></body></html>
"""

PAYLOADS = ['<script>alert("body")', '<img src=x onerror=alert("img")>',
            '<img src=x onerror=alert("quote")>', '<script>alert("title")']


def span(body: str, text: str) -> tuple[int, int]:
    start = body.index(text)
    return start, start + len(text)


def hostile_extraction(body: str) -> Extraction:
    """Facts whose text and names carry markup, as an extractor could produce from this page."""
    gmb = span(body, "GMB")
    quote = span(body, 'We will not accept <img src=x onerror=alert("quote")> from anyone, it is a disgrace.')
    script = span(body, '<script>alert("body")</script>')
    money = span(body, "£1,200")
    return Extraction(
        entities=[EntityMention("ORG", "GMB", *gmb, "GMB", sentence="The GMB union said:"),
                  EntityMention("ORG", body[script[0]:script[1]], *script, '<script>alert("entity")</script>',
                                sentence=body[:120])],
        money=[Money("£1,200", *money, 1200.0, "GBP", sentence='The council said the repair cost <b>£1,200</b>')],
        quotes=[Quote(body[quote[0]:quote[1]], *quote, "GMB", speaker_label="ORG", verb="say",
                      sentence="The GMB union said: “We will not accept ...")],
        extractor_version="test-hostile")


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("xss") / "news.db"
    article = parse_article(HOSTILE_PAGE, url="https://council.example/news/row")
    assert '<script>alert("body")</script>' in article.body  # the parser kept the text as text
    assert "inline script" not in article.body and "real img" not in article.body
    db = open_db(str(path))
    stored = store_article(db, identity_url="https://council.example/news/row", article=article,
                           extraction=hostile_extraction(article.body), html=HOSTILE_PAGE)
    db.close()
    return path, stored.article_id


PAGES = [
    "/news/articles", "/news/articles/{id}", "/news/-/article/{id}", "/news/quotes",
    "/news/quotes?_search=disgrace", "/news/entities", "/news/mentions", "/news/money",
    "/news/articles?_search=reader", "/news/quotes_by_person?person=GMB",
    "/news/latest_about_entity?entity=GMB", "/news/figures_mentioned?about=council",
    "/news/mentions_feed.atom?organisation=GMB", "/news/mentions_feed.atom?term=reader",
]


@pytest.mark.parametrize("page", PAGES)
async def test_scraped_markup_is_shown_as_text(hostile_db, page):
    path, article_id = hostile_db
    ds = datasette_app(path)
    response = await ds.client.get(page.format(id=article_id))
    assert response.status_code == 200, page
    html = response.text
    for payload in PAYLOADS + ['<script>alert("entity")']:
        assert payload not in html, (page, payload)
    assert "onerror=alert" not in html.replace("&lt;img src=x onerror=alert", "")
    assert "&lt;script&gt;" in html or "&lt;img src=x onerror" in html, page


async def test_article_page_shows_hostile_text_escaped_inside_highlights(hostile_db):
    path, article_id = hostile_db
    html = (await datasette_app(path).client.get(f"/news/-/article/{article_id}")).text
    assert re.search(r'<q class="quote" [^>]*>We will not accept &lt;img src=x onerror=alert\(&#34;quote&#34;\)&gt;', html)
    assert re.search(r'<a class="hl hl-org" [^>]*title="ORG: &lt;script&gt;alert\(&#34;entity&#34;\)&lt;/script&gt;', html)
    # a javascript: canonical URL never becomes a link
    assert "javascript:" not in html


@pytest.fixture(scope="module")
def ingested_hostile_db(tmp_path_factory):
    """The hostile page served on 127.0.0.1 and ingested by the real pipeline."""
    from pytest_httpserver import HTTPServer

    from newsmon.runner import run_ingest
    from test_datasette import extractor

    path = tmp_path_factory.mktemp("xss-ingest") / "news.db"
    server = HTTPServer(host="127.0.0.1", port=0)
    server.expect_request("/news/council-row").respond_with_data(HOSTILE_PAGE, content_type="text/html; charset=utf-8")
    server.expect_request("/robots.txt").respond_with_data("User-agent: *\nAllow: /\n", content_type="text/plain")
    server.start()
    try:
        summary = run_ingest(str(path), urls=[server.url_for("/news/council-row")], allow_private=True,
                             delay=0.0, extractor=extractor())
        assert (summary.new, summary.failed) == (1, 0)
    finally:
        server.clear()
        server.stop()
    return path


@pytest.mark.parametrize("page", ["/news/articles", "/news/articles/1", "/news/-/article/1",
                                  "/news/articles?_search=reader", "/news/quotes", "/news/mentions"])
async def test_ingested_page_with_markup_in_its_text_is_shown_as_text(ingested_hostile_db, page):
    response = await datasette_app(ingested_hostile_db).client.get(page)
    assert response.status_code == 200
    for payload in PAYLOADS:
        assert payload not in response.text, (page, payload)
    assert "&lt;script&gt;alert(" in response.text or "&lt;img src=x onerror" in response.text

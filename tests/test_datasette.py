"""Datasette as users meet it: metadata, searches, canned queries, feed, exports, charts, article page.

Runs the same Datasette that ``newsmon serve`` runs (metadata.yml, our plugins
and templates, our settings), in process, over a database built by ingesting
the bundled sample site (examples/) over HTTP.
"""
from __future__ import annotations

import csv
import functools
import io
import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from db.schema import open_db
from newsmon.publish import datasette_app
from newsmon.runner import run_ingest
from newsmon.sample_site import SampleSite

ATOM = "{http://www.w3.org/2005/Atom}"


# --- the database: the sample site, ingested -----------------------------------

WATCHLIST = """
watches:
  - name: Unions
    organisations: [Unite]
  - name: Bins
    terms: [bin strikes]
"""


@functools.lru_cache(maxsize=1)
def extractor():
    """One spaCy pipeline for the whole test session (test modules share this module)."""
    from extract.pipeline import Extractor

    return Extractor()


def build_news_db(path: Path) -> Path:
    """The bundled sample site, served over real HTTP and ingested by ``newsmon ingest``'s code,
    with a watchlist.

    Built once per session, then copied: each caller gets a file of its own.
    """
    if BUILT:
        shutil.copy(BUILT[0], path)
        return path
    watchlist = path.parent / "watch.yml"
    watchlist.write_text(WATCHLIST, encoding="utf-8")
    with SampleSite() as site:
        summary = run_ingest(str(path), feeds=[f"{site.origin}/feed.xml"],
                             sitemaps=[f"{site.origin}/sitemap.xml"], allow_private=True, delay=0.0,
                             watchlist=str(watchlist), extractor=extractor())
    assert (summary.new, summary.failed) == (3, 0) and summary.watch_matches == 3
    db = open_db(str(path))
    db["fetch_log"].insert({"url": f"{site.origin}/missing", "stage": "http", "status": 404,
                            "error": "HTTP 404", "at": "2026-11-23T09:00:00+00:00"})
    db.close()
    BUILT.append(path)
    return path


BUILT: list[Path] = []


@pytest.fixture(scope="module")
def news_db(tmp_path_factory) -> Path:
    return build_news_db(tmp_path_factory.mktemp("datasette") / "news.db")


@pytest.fixture
def ds(news_db):
    return datasette_app(news_db)


async def get_json(ds, path: str):
    response = await ds.client.get(path)
    assert response.status_code == 200, (path, response.status_code, response.text[:500])
    return response.json()


def entity_id(news_db: Path, name: str) -> int:
    db = open_db(str(news_db))
    return db.execute("select id from entities where name = ?", [name]).fetchone()[0]


def public_tables(news_db: Path) -> list[str]:
    return ["articles", "entities", "mentions", "quotes", "money", "percentages", "sources"]


def strip_tags(html: str) -> str:
    import html as html_module
    return html_module.unescape(re.sub(r"<[^>]+>", "", html))


# --- metadata: described, labelled, sorted, faceted, internals refused -------

async def test_home_page_links_every_canned_query_search_and_charts(ds):
    html = (await ds.client.get("/")).text
    queries = (await get_json(ds, "/news.json"))["queries"]
    assert len(queries) >= 7
    for query in queries:
        assert f'href="/news/{query["name"]}"' in html
        assert query["description"] or query["description_html"]
    assert 'href="/-/search"' in html and 'href="/-/dashboards/coverage"' in html


async def test_every_public_table_and_column_is_described(ds, news_db):
    metadata = ds.metadata()["databases"]["news"]["tables"]
    db = open_db(str(news_db))
    listed = await get_json(ds, "/news.json")
    shown = [t["name"] for t in listed["tables"] if not t["hidden"]]
    assert set(public_tables(news_db)) <= set(shown)
    for table in shown:
        assert metadata[table]["description"], table
        undescribed = set(db[table].columns_dict) - set(metadata[table].get("columns", {}))
        assert not undescribed, (table, undescribed)


@pytest.mark.parametrize("table", ["fetch_log", "article_html", "_sqlite_migrations", "runs"])
async def test_internal_tables_are_refused_not_just_hidden(ds, table):
    for suffix in ("", ".json", ".csv"):
        response = await ds.client.get(f"/news/{table}{suffix}")
        assert response.status_code == 403, (table, suffix)
    listed = await get_json(ds, "/news.json")
    assert table not in [t["name"] for t in listed["tables"] if not t["hidden"]]


async def test_foreign_keys_show_entity_names_and_article_titles(ds):
    rows = await get_json(ds, "/news/quotes.json?_search=%22bitter+disappointment%22&_shape=array&_labels=on")
    assert len(rows) == 1
    assert rows[0]["speaker_id"]["label"] == "David O’Connor"
    assert rows[0]["article_id"]["label"].startswith("More than 90,000 council workers")
    page = (await ds.client.get("/news/quotes?_search=%22bitter+disappointment%22")).text
    assert ">David O’Connor</a>" in page
    # the article cell opens the article page, under the article's title
    assert re.search(r'href="/news/-/article/\d+">More than 90,000 council workers', page)


async def test_default_sorts_and_facets(ds):
    articles = await get_json(ds, "/news/articles.json")
    published = [row[articles["columns"].index("published")] for row in articles["rows"]]
    assert published == sorted(published, reverse=True)
    assert {"site_name", "published"} <= set(articles["facet_results"])
    assert articles["facet_results"]["site_name"]["results"][0]["value"] == "STV News"
    quotes = await get_json(ds, "/news/quotes.json?_labels=on")
    speakers = {r["label"]: r["count"] for r in quotes["facet_results"]["speaker_id"]["results"]}
    assert speakers["Katie Hagmann"] >= 2 and "Keir Greenaway" in speakers
    entities = await get_json(ds, "/news/entities.json")
    labels = {r["value"] for r in entities["facet_results"]["label"]["results"]}
    assert labels == {"ORG", "PERSON"}


# --- searches ------------------------------------------------------------------

async def test_full_text_search_on_the_articles_and_quotes_tables(ds):
    articles = await get_json(ds, "/news/articles.json?_search=bin+strikes&_shape=array")
    assert [a["title"] for a in articles] == ["Emergency talks held as bin strikes spread to 13 more Scottish councils"]
    # stemmed: "strike" finds "strikes"; punctuation in the query is not an error
    quotes = await get_json(ds, "/news/quotes.json?_search=cost-of-living&_shape=array&_labels=on")
    assert {q["speaker_id"]["label"] for q in quotes} >= {"Keir Greenaway", "Katie Hagmann"}


async def test_search_everything_page_offers_articles_and_quotes(ds):
    response = await ds.client.get("/-/search?q=disappointment")
    assert response.status_code == 200
    assert 'href="/news/articles?_search=disappointment"' in response.text
    assert 'href="/news/quotes?_search=disappointment"' in response.text


# --- canned queries, each with its parameters ----------------------------------

async def test_quotes_by_a_person_give_role_organisation_article_and_date(ds):
    rows = await get_json(ds, "/news/quotes_by_person.json?person=Baxter&_shape=array")
    assert rows and {r["speaker"] for r in rows} == {"Johanna Baxter"}
    assert any("falls short of the rate of inflation" in r["quote"] for r in rows)
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates, reverse=True) and set(dates) == {"2024-08-28", "2023-04-04"}
    oldest = rows[-1]
    assert oldest["outlet"] == "STV News" and oldest["article"].startswith("Unions urge Dumfries and Galloway")
    assert {"role", "organisation", "url", "article_id"} <= set(oldest)
    nobody = await get_json(ds, "/news/quotes_by_person.json?person=Nobody+Atall&_shape=array")
    assert nobody == []


async def test_who_is_quoted_about_a_topic(ds):
    rows = await get_json(ds, "/news/quoted_about_topic.json?topic=cost-of-living&_shape=array")
    assert {r["speaker"] for r in rows} >= {"Keir Greenaway", "Katie Hagmann"}
    assert all("cost" in r["quote"].lower() for r in rows)
    # FTS syntax characters are searched as words, and an empty topic finds nothing
    assert await get_json(ds, '/news/quoted_about_topic.json?topic=%22strike%22+OR&_shape=array') == []
    assert await get_json(ds, "/news/quoted_about_topic.json?topic=&_shape=array") == []


async def test_coverage_of_an_organisation_over_time(ds):
    by_day = await get_json(ds, "/news/coverage_of_organisation.json?organisation=cosla&_shape=array")
    assert [(r["period"], r["articles"]) for r in by_day] == [
        ("2024-11-20", 1), ("2024-08-28", 1), ("2023-04-04", 1)]
    assert {r["outlet"] for r in by_day} == {"STV News"} and {r["matched"] for r in by_day} == {"COSLA"}
    # an alias finds the same entity; periods group by month
    by_month = await get_json(ds, "/news/coverage_of_organisation.json?organisation=Convention+of+Scottish+Local+Authorities&period=month&_shape=array")
    assert [r["period"] for r in by_month] == ["2024-11", "2024-08", "2023-04"]


async def test_people_and_organisations_that_appear_together(ds, news_db):
    rows = await get_json(ds, "/news/appear_together.json?name=David+O%E2%80%99Connor&_shape=array")
    assert rows and {r["entity"] for r in rows} == {"David O’Connor"}
    partners = {r["appears_with"]: r for r in rows}
    db = open_db(str(news_db))
    shared = db.execute("""select count(distinct m1.article_id) from mentions m1 join mentions m2
        on m2.article_id = m1.article_id where m1.entity_id = ? and m2.entity_id = ?""",
                        [entity_id(news_db, "David O’Connor"), entity_id(news_db, "COSLA")]).fetchone()[0]
    assert shared >= 1 and partners["COSLA"]["articles"] == shared
    assert partners["COSLA"]["same_sentence"] >= 1  # "... said COSLA’s decision to go ahead ..."
    strongest = await get_json(ds, "/news/appear_together.json?_shape=array")
    assert strongest[0]["articles"] == max(r["articles"] for r in strongest)
    assert all(r["entity"] != r["appears_with"] for r in strongest)


async def test_money_and_percentages_with_sentence_and_speaker(ds, news_db):
    everything = await get_json(ds, "/news/figures_mentioned.json?about=&speaker=&_shape=array")
    db = open_db(str(news_db))
    assert len(everything) == db["money"].count + db["percentages"].count
    assert all(r["text"] in r["sentence"] for r in everything)
    big = [r for r in everything if r["value"] == 77_500_000]
    assert big and big[0]["kind"] == "money" and big[0]["unit"] == "GBP" and big[0]["text"] == "£77.5m"
    speaker = big[0]["said_by"]
    assert speaker  # £77.5m stands inside a minister's quote
    theirs = await get_json(ds, f"/news/figures_mentioned.json?about=&speaker={speaker.split()[-1]}&_shape=array")
    assert 77_500_000 in {r["value"] for r in theirs} and {r["said_by"] for r in theirs} == {speaker}
    rate = await get_json(ds, "/news/figures_mentioned.json?about=per+hour&_shape=array")
    assert rate and all("per hour" in r["sentence"] for r in rate)
    assert ("GBP", 15, "hour") in {(r["unit"], r["value"], r["per"]) for r in rate}


async def test_latest_articles_mentioning_a_watched_entity(ds):
    rows = await get_json(ds, "/news/latest_about_entity.json?entity=Unite&_shape=array")
    assert [r["published"][:10] for r in rows] == ["2024-11-20", "2024-08-28"]
    assert all("Unite" in r["first_mention"] for r in rows)
    assert await get_json(ds, "/news/latest_about_entity.json?entity=&_shape=array") == []


async def test_canned_queries_are_read_only_and_all_export_as_csv(ds):
    queries = (await get_json(ds, "/news.json"))["queries"]
    assert not any(q.get("write") for q in ds.metadata()["databases"]["news"]["queries"].values())
    params = {"quotes_by_person": "person=Hagmann", "quoted_about_topic": "topic=pay",
              "coverage_of_organisation": "organisation=GMB", "appear_together": "name=GMB",
              "figures_mentioned": "about=pay", "latest_about_entity": "entity=GMB",
              "mentions_feed": "organisation=GMB", "watch_latest": "watch=", "watch_feed": "watch=Unions",
              "syndicated_copies": ""}
    empty_here = {"syndicated_copies"}  # the sample site has no wire copies: test_datasette_syndication.py
    assert set(params) == {q["name"] for q in queries}
    for name, args in params.items():
        response = await ds.client.get(f"/news/{name}.csv?{args}")
        assert response.status_code == 200, name
        rows = list(csv.DictReader(io.StringIO(response.text)))
        assert rows or name in empty_here, name
    table = await ds.client.get("/news/quotes.csv?_search=disappointment&_labels=on")
    rows = list(csv.DictReader(io.StringIO(table.text)))
    assert rows[0]["speaker_id_label"] == "David O’Connor"


# --- the Atom feed ----------------------------------------------------------

async def test_atom_feed_of_new_mentions_of_an_organisation(ds):
    urls = {a["url"] for a in await get_json(ds, "/news/articles.json?_shape=array")}
    response = await ds.client.get("/news/mentions_feed.atom?organisation=Unite")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/xml")
    feed = ET.fromstring(response.text)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 2
    for entry in entries:
        assert entry.find(f"{ATOM}title").text.startswith("Unite: ")
        assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$", entry.find(f"{ATOM}updated").text)
        assert "Unite" in entry.find(f"{ATOM}content").text
        assert entry.find(f"{ATOM}link").get("href") in urls
    ids = [entry.find(f"{ATOM}id").text for entry in entries]
    assert len(set(ids)) == 2


async def test_atom_feed_of_a_search_term(ds):
    feed = ET.fromstring((await ds.client.get("/news/mentions_feed.atom?term=bin+strikes")).text)
    titles = [e.find(f"{ATOM}title").text for e in feed.findall(f"{ATOM}entry")]
    assert titles == ["Search “bin strikes”: Emergency talks held as bin strikes spread to 13 more Scottish councils"]


# --- charts -------------------------------------------------------------------

async def test_chart_dashboard_and_every_chart_query_answers(ds):
    page = await ds.client.get("/-/dashboards/coverage")
    assert page.status_code == 200 and "Share of voice" in page.text
    charts = ds.metadata()["plugins"]["datasette-dashboards"]["coverage"]["charts"]
    from urllib.parse import urlencode
    from datasette_dashboards import replace_opts_in_query
    for name, chart in charts.items():
        for options in ({}, {"organisation": "Unison", "date_start": "2024-01-01"}):
            sql = replace_opts_in_query(chart["query"], options)
            rows = await get_json(ds, "/news.json?" + urlencode({"sql": sql, "_shape": "array", **options}))
            assert rows, (name, options)
    share = await get_json(ds, "/news.json?" + urlencode(
        {"sql": replace_opts_in_query(charts["share-of-voice"]["query"], {}), "_shape": "array"}))
    assert share[0]["organisation"] == "COSLA"
    names = [r["organisation"].lower() for r in share]
    assert len(names) == len(set(names))  # one slice per organisation, whatever the case
    assert [r["mentions"] for r in share] == sorted((r["mentions"] for r in share), reverse=True)


# --- the article page --------------------------------------------------------------

async def article_id_titled(ds, start: str) -> int:
    rows = await get_json(ds, "/news/articles.json?_shape=array&_col=title")
    return next(r["id"] for r in rows if r["title"].startswith(start))


async def test_article_page_highlights_facts_in_context(ds, news_db):
    article = await article_id_titled(ds, "More than 90,000")
    response = await ds.client.get(f"/news/-/article/{article}")
    assert response.status_code == 200
    html = response.text
    cosla = entity_id(news_db, "COSLA")
    # every mention of an entity links to all its mentions, whatever form the text used
    assert re.search(rf'<a class="hl hl-org" href="/news/mentions\?entity_id={cosla}"[^>]*>Cosla</a>', html)
    assert re.search(rf'<a class="hl hl-org" href="/news/mentions\?entity_id={cosla}"[^>]*>COSLA</a>', html)
    assert re.search(r'<a class="hl hl-money" [^>]*>£77.5m</a>', html)
    assert re.search(r'<a class="hl hl-percent" [^>]*>5.63%</a>', html)
    assert re.search(r'<q class="quote" [^>]*title="David O’Connor">To say this is a bitter disappointment', html)
    speaker = entity_id(news_db, "David O’Connor")
    assert f'<a class="speaker" href="/news/entities/{speaker}">David O’Connor</a>' in html
    # highlighting adds markup only: the article text reads exactly as stored
    text = re.search(r'<article class="article-text">(.*)</article>', html, re.S).group(1)
    body = (await get_json(ds, f"/news/articles/{article}.json?_shape=array"))[0]["body"]
    assert re.search(rf'understatement,</q><a class="said-by" href="/news/entities/{speaker}"', html)
    speaker_tags = re.compile(r'<a class="said-by"[^>]*>[^<]*</a>')
    assert strip_tags(speaker_tags.sub("", text)).split() == body.split()


async def test_article_titles_open_the_article_page(ds):
    page = (await ds.client.get("/news/articles")).text
    assert re.search(r'<a href="/news/-/article/\d+">Emergency talks held as bin strikes', page)


async def test_unknown_article_is_404(ds):
    assert (await ds.client.get("/news/-/article/999999")).status_code == 404


# --- safe to publish --------------------------------------------------------------

async def test_read_only_time_limited_and_robots_blocked(ds):
    settings = await get_json(ds, "/-/settings.json")
    assert settings["sql_time_limit_ms"] <= 5000 and settings["allow_download"] is False
    assert (await ds.client.get("/news.db")).status_code == 403
    robots = (await ds.client.get("/robots.txt")).text
    assert "Disallow: /" in robots
    write = await ds.client.get("/news.json?sql=delete+from+quotes")
    assert write.status_code == 400
    assert (await get_json(ds, "/news/quotes.json?_size=0"))["filtered_table_rows_count"] > 0


def test_serve_binds_localhost_by_default():
    from newsmon.cli import cli
    from newsmon.publish import datasette_args

    args = datasette_args("data/news.db")
    assert args[args.index("--host") + 1] == "127.0.0.1"
    assert "-i" not in args and "--immutable" not in args
    host = next(p for p in cli.commands["serve"].params if p.name == "host")
    assert host.default == "127.0.0.1"


async def test_any_database_file_is_published_as_news(news_db, tmp_path):
    import shutil
    demo = tmp_path / "demo.db"
    shutil.copy(news_db, demo)
    ds = datasette_app(demo)
    rows = await get_json(ds, "/news/quotes_by_person.json?person=Baxter&_shape=array")
    assert rows


async def test_entity_page_leads_to_every_question_about_it(ds, news_db):
    speaker = entity_id(news_db, "Katie Hagmann")
    html = (await ds.client.get(f"/news/entities/{speaker}")).text
    assert f'href="/news/quotes?speaker_id={speaker}"' in html
    assert 'href="/news/latest_about_entity?entity=Katie+Hagmann"' in html
    assert 'href="/news/mentions_feed.atom?organisation=Katie+Hagmann"' in html
    quotes = await get_json(ds, f"/news/quotes.json?speaker_id={speaker}&_shape=array")
    assert len(quotes) >= 3


async def test_article_row_page_links_to_the_highlighted_article(ds):
    article = await article_id_titled(ds, "Emergency talks")
    html = (await ds.client.get(f"/news/articles/{article}")).text
    assert f'href="/news/-/article/{article}"' in html


async def test_alias_and_byline_lists_read_as_lists(ds, news_db):
    cosla = entity_id(news_db, "COSLA")
    html = (await ds.client.get(f"/news/entities/{cosla}")).text
    aliases = json.loads((await get_json(ds, f"/news/entities/{cosla}.json?_shape=array"))[0]["aliases"])
    assert len(aliases) >= 2  # "COSLA" and "Cosla" at least
    assert f'<td class="col-aliases type-str">{" · ".join(aliases)}</td>' in html
    articles = (await ds.client.get("/news/articles")).text
    assert "Andrew Mackay · Fiona Grant" in articles



# --- the watchlist --------------------------------------------------------------

async def test_latest_watchlist_matches(ds):
    every = await get_json(ds, "/news/watch_latest.json?watch=&_shape=array")
    assert sorted((r["watch"], r["term"]) for r in every) == [
        ("Bins", "bin strikes"), ("Unions", "Unite"), ("Unions", "Unite")]
    assert [r["matched_at"] for r in every] == sorted((r["matched_at"] for r in every), reverse=True)
    unions = await get_json(ds, "/news/watch_latest.json?watch=Unions&_shape=array")
    assert len(unions) == 2 and all("Unite" in r["sentence"] for r in unions)
    by_term = await get_json(ds, "/news/watch_latest.json?watch=bin+strikes&_shape=array")
    assert [r["title"] for r in by_term] == ["Emergency talks held as bin strikes spread to 13 more Scottish councils"]


async def test_watchlist_atom_feed(ds):
    response = await ds.client.get("/news/watch_feed.atom?watch=")
    assert response.status_code == 200
    entries = {e.find(f"{ATOM}title").text: e for e in ET.fromstring(response.text).findall(f"{ATOM}entry")}
    assert len(entries) == 3
    assert "Bins: Emergency talks held as bin strikes spread to 13 more Scottish councils" in entries
    assert all(re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$", e.find(f"{ATOM}updated").text)
               for e in entries.values())
    unions = [e for title, e in entries.items() if title.startswith("Unions: ")]
    assert len(unions) == 2 and all("(Unite): " in e.find(f"{ATOM}content").text for e in unions)
    one = ET.fromstring((await ds.client.get("/news/watch_feed.atom?watch=Bins")).text)
    assert len(one.findall(f"{ATOM}entry")) == 1


async def test_article_page_shows_its_watchlist_matches(ds):
    article = await article_id_titled(ds, "Emergency talks")
    html = (await ds.client.get(f"/news/-/article/{article}")).text
    assert '<a href="/news/watch_latest?watch=Bins">Bins</a>: bin strikes' in html
    assert '<a href="/news/watch_latest?watch=Unions">Unions</a>: Unite' in html


async def test_article_page_shows_earlier_versions(news_db, tmp_path):
    path = build_news_db(tmp_path / "news.db")
    db = open_db(str(path))
    article = db.execute("select id from articles where title like 'Emergency talks%'").fetchone()[0]
    db["article_history"].insert({"article_id": article, "content_hash": "0" * 64,
                                  "title": "Emergency talks <b>held</b>", "word_count": 310,
                                  "stored_at": "2024-08-28T21:30:00+00:00",
                                  "replaced_at": "2024-08-29T07:00:00+00:00"})
    db.close()
    html = (await datasette_app(path).client.get(f"/news/-/article/{article}")).text
    assert "Changed since first seen" in html
    assert "Until 2024-08-29T07:00:00+00:00: “Emergency talks &lt;b&gt;held&lt;/b&gt;” (310 words)" in html


async def test_a_person_comes_with_the_roles_and_organisations_the_articles_gave(ds, news_db):
    rows = await get_json(ds, "/news/quotes_by_person.json?person=Greenaway&_shape=array")
    assert rows and {(r["role"], r["organisation"]) for r in rows} == {
        ("senior organiser for public services", "GMB")}
    html = (await ds.client.get(f"/news/entities/{entity_id(news_db, 'Keir Greenaway')}")).text
    assert "<li>senior organiser for public services, GMB " in html

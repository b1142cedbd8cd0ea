"""What keeps a full-text search fast on a large archive (issue 7): newest-stored-first order for
searches (newsmon/datasette_plugins/search_order.py), no facets for searches too broad for them
(newsmon/datasette_plugins/search_facets.py) and the narrow search indexes (migration m007).

bench/search_bench.py measures the effect at 100,000 articles; these tests check the behaviour."""
from __future__ import annotations

import pytest
import yaml

from db.schema import open_db
from newsmon.publish import METADATA, datasette_app
from test_datasette import build_news_db, get_json

# id order and publication order disagree, so the tests can tell which one a page used
ARTICLES = [
    {"id": 1, "url": "https://a.example/1", "title": "Pay strike talks resume", "published": "2024-03-01T09:00:00",
     "site_name": "Alpha", "body": "Council workers strike over pay."},
    {"id": 2, "url": "https://a.example/2", "title": "Bin strike ends", "published": "2024-01-01T09:00:00",
     "site_name": "Beta", "body": "The strike is over after a new pay offer."},
    {"id": 3, "url": "https://a.example/3", "title": "Another strike looms", "published": "2024-02-01T09:00:00",
     "site_name": "Alpha", "body": "Unions warn of a strike in the spring."},
]


@pytest.fixture
def news(tmp_path):
    path = tmp_path / "news.db"
    db = open_db(str(path))
    db["articles"].insert_all(ARTICLES)
    db["quotes"].insert_all({"id": i, "article_id": a["id"], "text": f"We will strike, {a['title']}",
                             "char_start": 0, "char_end": 10} for i, a in enumerate(ARTICLES, 1))
    db.close()
    return path


def ids(response: dict) -> list[int]:
    return [row[response["columns"].index("id")] for row in response["rows"]]


async def test_a_search_lists_the_newest_stored_articles_first(news):
    ds = datasette_app(news)
    searched = await get_json(ds, "/news/articles.json?_search=strike")
    assert ids(searched) == [3, 2, 1]
    browsed = await get_json(ds, "/news/articles.json")  # browsing keeps the newest publications first
    assert ids(browsed) == [1, 3, 2]


async def test_a_search_keeps_the_sort_the_reader_chose(news):
    ds = datasette_app(news)
    by_date = await get_json(ds, "/news/articles.json?_search=strike&_sort_desc=published")
    assert ids(by_date) == [1, 3, 2]
    by_title = await get_json(ds, "/news/articles.json?_search=strike&_sort=title")
    assert ids(by_title) == [3, 2, 1]
    page = await ds.client.get("/news/articles?_search=strike&_sort=title")
    assert page.status_code == 200 and "sorted by title" in page.text


async def test_quote_searches_are_newest_first_and_other_tables_keep_their_sort(news):
    ds = datasette_app(news)
    quotes = await get_json(ds, "/news/quotes.json?_search=strike")
    assert ids(quotes) == [3, 2, 1]
    empty_search = await get_json(ds, "/news/articles.json?_search=+")  # an empty search box is no search
    assert ids(empty_search) == [1, 3, 2]
    csv = await ds.client.get("/news/articles.csv?_search=strike")
    assert [line.split(",")[0] for line in csv.text.splitlines()[1:]] == ["3", "2", "1"]


@pytest.mark.parametrize("table, facet_column", [("articles", "site_name"), ("quotes", "speaker_id")])
def test_after_a_run_searches_count_and_facet_from_the_narrow_index_not_the_wide_rows(tmp_path, table,
                                                                                       facet_column):
    db = open_db(str(build_news_db(tmp_path / "news.db")))  # the sample site, ingested by a run
    matches = f"id in (select rowid from {table}_fts where {table}_fts match 'strike')"
    queries = [f"select count(*) from {table} where {matches}",  # what Datasette runs for a search
               f"select {facet_column} as value, count(*) as count from (select * from {table} where {matches}) "
               f"where {facet_column} is not null group by {facet_column} order by count desc, value limit 31"]
    for sql in queries:
        plan = " ".join(row[3] for row in db.execute("explain query plan " + sql).fetchall())
        assert "COVERING INDEX" in plan and "PRIMARY KEY" not in plan, plan


def with_max_matches(tmp_path, max_matches: int):
    """The project's metadata with the articles' facet bound lowered to fit three articles."""
    metadata = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    articles = metadata["databases"]["news"]["tables"]["articles"]
    assert articles["plugins"]["search_facets"]["max_matches"] >= 1000  # what serve uses
    articles["plugins"]["search_facets"]["max_matches"] = max_matches
    path = tmp_path / "metadata.yml"
    path.write_text(yaml.safe_dump(metadata), encoding="utf-8")
    return path


def facets(response: dict) -> set[str]:
    return set(response["facet_results"])


async def test_a_search_matching_more_articles_than_the_bound_skips_the_facets_but_still_counts(news, tmp_path):
    ds = datasette_app(news, metadata=with_max_matches(tmp_path, 2))
    broad = await get_json(ds, "/news/articles.json?_search=strike")  # 3 matches
    assert facets(broad) == set() and broad["filtered_table_rows_count"] == 3 and ids(broad) == [3, 2, 1]
    narrow = await get_json(ds, "/news/articles.json?_search=spring")  # 1 match
    assert facets(narrow) == {"site_name", "published"}
    assert narrow["facet_results"]["site_name"]["results"][0]["value"] == "Alpha"
    browsed = await get_json(ds, "/news/articles.json")  # no search: the bound does not apply
    assert facets(browsed) == {"site_name", "published"}
    page = await ds.client.get("/news/articles?_search=strike")
    assert page.status_code == 200 and "3 rows where search matches" in page.text


async def test_a_reader_who_asks_for_a_facet_or_filters_a_broad_search_gets_the_facets(news, tmp_path):
    ds = datasette_app(news, metadata=with_max_matches(tmp_path, 2))
    asked = await get_json(ds, "/news/articles.json?_search=strike&_facet=section")
    assert {"site_name", "published"} <= facets(asked)
    filtered = await get_json(ds, "/news/articles.json?_search=strike&site_name=Alpha")
    assert facets(filtered) == {"site_name", "published"} and ids(filtered) == [3, 1]
    raw = await get_json(ds, "/news/articles.json?_search=strike&_searchmode=raw")
    assert facets(raw) == {"site_name", "published"}


async def test_the_bound_is_per_table_and_a_bad_search_still_gets_datasettes_answer(news, tmp_path):
    ds = datasette_app(news, metadata=with_max_matches(tmp_path, 2))
    quotes = await get_json(ds, "/news/quotes.json?_search=strike")  # quotes set no bound
    assert facets(quotes) and quotes["filtered_table_rows_count"] == 3
    odd = await get_json(ds, '/news/articles.json?_search=%22strike')  # unbalanced quote, escaped
    assert odd["filtered_table_rows_count"] == 3
    missing = await ds.client.get("/news/no_such_table.json?_search=strike")
    assert missing.status_code == 404

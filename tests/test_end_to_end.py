"""The whole path: the bundled sample site over real HTTP → ingest → Datasette search."""
import json

import pytest
import yaml
from datasette.app import Datasette

from newsmon.publish import METADATA
from newsmon.runner import run_ingest
from newsmon.sample_site import SampleSite


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    path = tmp_path_factory.mktemp("e2e") / "news.db"
    with SampleSite() as site:
        first = run_ingest(str(path), feeds=[f"{site.origin}/feed.xml"],
                           sitemaps=[f"{site.origin}/sitemap.xml"], allow_private=True, delay=0.0)
        second = run_ingest(str(path), feeds=[f"{site.origin}/feed.xml"],
                            sitemaps=[f"{site.origin}/sitemap.xml"], allow_private=True, delay=0.0)
    return path, first, second


def test_first_run_stores_the_three_articles(ingested):
    _, first, _ = ingested
    assert (first.new, first.failed) == (3, 0)


def test_second_run_adds_nothing(ingested):
    path, _, second = ingested
    assert second.new == 0 and second.updated == 0 and second.unchanged == 3
    import sqlite_utils
    assert sqlite_utils.Database(path)["articles"].count == 3


async def test_datasette_finds_a_quote_and_its_speaker(ingested):
    path, _, _ = ingested
    ds = Datasette([str(path)], metadata=yaml.safe_load(METADATA.read_text()))
    response = await ds.client.get(
        "/news/quotes.json?_search=%22bitter+disappointment%22&_shape=array&_labels=on")
    assert response.status_code == 200
    rows = response.json()
    assert len(rows) == 1
    speaker = rows[0]["speaker_id"]
    assert isinstance(speaker, dict) and speaker["label"] == "David O’Connor"


async def test_articles_are_searchable_with_their_figures(ingested):
    path, _, _ = ingested
    ds = Datasette([str(path)], metadata=yaml.safe_load(METADATA.read_text()))
    hits = (await ds.client.get("/news/articles.json?_search=Hagmann&_shape=array")).json()
    assert len(hits) == 2
    money = (await ds.client.get("/news/money.json?_shape=array&value=77500000")).json()
    assert [(m["currency"], m["text"]) for m in money] == [("GBP", "£77.5m")]
    authors = {a for hit in hits for a in json.loads(hit["authors"])}
    assert authors  # bylines come through from the pages' JSON-LD

"""db.store: one row per article and per canonical entity, extraction replaced atomically."""
import json

import pytest

from db import store
from db.schema import open_db, schema_version
from extract.records import EntityMention, Extraction, Money, Percent, Quote
from scraper.records import Article, FetchResult

BODY = "Unison said: “We want £15 per hour.”\n\nThe union wants 5%."


def article(body=BODY, title="Pay row"):
    return Article(url="https://news.example/a", canonical_url="https://news.example/a",
                   title=title, published="2024-01-02T10:00:00+00:00", authors=["A Reporter"], body=body)


def extraction(version="v1"):
    quote_start = BODY.index("We want")
    return Extraction(
        entities=[EntityMention("ORG", "Unison", 0, 6, "Unison", sentence="Unison said: …"),
                  EntityMention("ORG", "The union", 38, 47, "Unison")],
        money=[Money("£15 per hour", BODY.index("£15"), BODY.index("£15") + 12, 15.0, "GBP", per="hour")],
        percent=[Percent("5%", BODY.index("5%"), BODY.index("5%") + 2, 5.0)],
        quotes=[Quote("We want £15 per hour.", quote_start, quote_start + 21, "Unison", "ORG", "say")],
        aliases={"Unison": {"label": "ORG", "aliases": ["Unison", "UNISON"]}},
        extractor_version=version,
    )


@pytest.fixture
def db(tmp_path):
    return open_db(str(tmp_path / "news.db"))


def test_new_article_is_stored_with_its_extraction(db):
    result = store.store_article(db, identity_url="https://news.example/a", article=article(),
                                 extraction=extraction(), fetch=FetchResult(url="https://news.example/a"))
    assert result.outcome == store.NEW
    row = db["articles"].get(result.article_id)
    assert json.loads(row["authors"]) == ["A Reporter"]
    assert row["extractor_version"] == "v1"
    assert db["mentions"].count == 2
    assert db["entities"].count == 1  # both mentions are one canonical entity
    entity = next(db["entities"].rows)
    assert set(json.loads(entity["aliases"])) == {"Unison", "UNISON", "The union"}
    money = next(db["money"].rows)
    assert (money["value"], money["currency"], money["per"]) == (15.0, "GBP", "hour")
    assert money["speaker_id"] == entity["id"]  # the figure stands inside Unison's quote
    assert next(db["percentages"].rows)["speaker_id"] is None


def test_same_content_twice_is_unchanged(db):
    first = store.store_article(db, identity_url="u", article=article(), extraction=extraction())
    second = store.store_article(db, identity_url="u", article=article(), extraction=extraction())
    assert second.outcome == store.UNCHANGED and second.article_id == first.article_id
    assert db["articles"].count == 1 and db["quotes"].count == 1


def test_changed_content_replaces_the_extraction(db):
    store.store_article(db, identity_url="u", article=article(), extraction=extraction())
    changed = store.store_article(db, identity_url="u", article=article(title="Pay row: update"),
                                  extraction=extraction())
    assert changed.outcome == store.UPDATED
    assert db["articles"].count == 1
    assert db["quotes"].count == 1 and db["mentions"].count == 2


def test_new_extractor_version_reextracts(db):
    store.store_article(db, identity_url="u", article=article(), extraction=extraction("v1"))
    again = store.store_article(db, identity_url="u", article=article(), extraction=extraction("v2"))
    assert again.outcome == store.UPDATED
    assert {r["extractor_version"] for r in db["quotes"].rows} == {"v2"}


def test_failed_write_leaves_nothing_half_stored(db):
    bad = extraction()
    bad.money[0].value = object()  # not storable: the whole article must roll back
    with pytest.raises(Exception):
        store.store_article(db, identity_url="u", article=article(), extraction=bad)
    assert db["articles"].count == 0 and db["mentions"].count == 0


def test_quote_text_is_full_text_searchable(db):
    store.store_article(db, identity_url="u", article=article(), extraction=extraction())
    hits = list(db["quotes"].search("hour"))
    assert [h["text"] for h in hits] == ["We want £15 per hour."]


def test_schema_is_versioned_and_reopening_is_harmless(tmp_path):
    path = str(tmp_path / "news.db")
    first = schema_version(open_db(path))
    assert first >= 1
    assert schema_version(open_db(path)) == first

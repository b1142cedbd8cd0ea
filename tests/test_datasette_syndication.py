"""The syndicated_copies query: a wire story republished by another outlet is listed with every copy."""
from __future__ import annotations

import shutil

from db import store
from db.schema import open_db
from newsmon.publish import datasette_app
from newsmon.syndicate import group_new_articles
from scraper.records import Article
from test_datasette import build_news_db, extractor, get_json


def republish(db, original: dict, outlet: str) -> int:
    """Another outlet's copy of a stored article: its own headline and URL, the same text plus a tagline."""
    body = original["body"] + "\n\nThis story was supplied by a news agency."
    article = Article(url=f"https://{outlet}.example/story", title="Agency: " + original["title"],
                      published=original["published"], site_name=outlet, body=body)
    store.ensure_source(db, outlet, outlet)
    extraction = next(iter(extractor().pipe([body])))
    return store.store_article(db, identity_url=article.url, article=article, extraction=extraction,
                               source_id=outlet).article_id


async def test_copies_of_a_wire_story_are_listed_together_with_their_outlets(tmp_path):
    path = build_news_db(tmp_path / "built.db")
    shutil.copy(path, tmp_path / "news.db")
    db = open_db(str(tmp_path / "news.db"))
    original = next(db.query("select * from articles order by id limit 1"))
    copy_id = republish(db, original, "wire-partner")
    assert group_new_articles(db) == 1
    db.close()

    ds = datasette_app(tmp_path / "news.db")
    rows = await get_json(ds, "/news/syndicated_copies.json?_shape=array")
    assert {r["article_id"] for r in rows} == {original["id"], copy_id}
    assert {r["story"] for r in rows} == {original["id"]}
    assert {r["outlet"] for r in rows} == {original["source_id"], "wire-partner"}
    assert all(r["first_headline"] == original["title"] for r in rows)
    csv = await ds.client.get("/news/syndicated_copies.csv")
    assert csv.status_code == 200 and "wire-partner" in csv.text

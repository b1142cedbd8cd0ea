"""Datasette as users meet it: metadata, searches, canned queries, feed, exports, charts, article page.

Runs the same Datasette that ``newsmon serve`` runs (metadata.yml, our plugins
and templates, our settings), in process, over a database built from real
news text.
"""
from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from db.schema import open_db
from db.store import store_article
from extract.records import EntityMention, Extraction, Money, Percent, Quote
from newsmon.publish import datasette_app
from scraper.records import Article

SHARED = Path(__file__).resolve().parents[2] / "shared"
GOLD = SHARED / "gold" / "seeds.json"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "site"
ATOM = "{http://www.w3.org/2005/Atom}"


# --- building a database from the hand-annotated seed articles -------------

def sentence_at(body: str, start: int, end: int) -> str:
    left = max(body.rfind(". ", 0, start), body.rfind("\n", 0, start))
    right_candidates = [i for i in (body.find(". ", end), body.find("\n", end)) if i != -1]
    right = min(right_candidates) + 1 if right_candidates else len(body)
    return body[left + 1:right].strip()


def occurrences(body: str, text: str):
    for match in re.finditer(r"(?<!\w)" + re.escape(text) + r"(?!\w)", body):
        yield match.start(), match.end()


def page_metadata(body: str) -> dict:
    """Headline, date, URL and bylines of the sample-site page carrying this text."""
    first_words = body.split("\n")[0][:60]
    for page in EXAMPLES.glob("news/*/*/index.html"):
        html = page.read_text(encoding="utf-8")
        if first_words in html:
            for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
                data = json.loads(block)
                for item in data.get("@graph", [data]) if isinstance(data, dict) else data:
                    if item.get("@type") == "NewsArticle":
                        return {"title": item["headline"], "published": item["datePublished"],
                                "authors": [a["name"] for a in item.get("author", [])],
                                "url": "https://news.stv.tv/" + str(page.parent.relative_to(EXAMPLES)),
                                "section": page.parent.parent.name}
    raise LookupError(f"no sample page carries {first_words!r}")


def gold_extraction(doc: dict, body: str) -> Extraction:
    mentions, taken = [], []
    for entity in doc["entities"]:
        for alias in sorted(entity["aliases"], key=len, reverse=True):
            for start, end in occurrences(body, alias):
                if any(s < end and start < e for s, e in taken):
                    continue
                taken.append((start, end))
                mentions.append(EntityMention(entity["label"], alias, start, end, entity["canonical"],
                                              sentence=sentence_at(body, start, end)))
    label_of = {e["canonical"]: e["label"] for e in doc["entities"]}
    quotes = []
    for q in doc["quotes"]:
        start = body.find(q["text"])
        quotes.append(Quote(q["text"], start, start + len(q["text"]), q["speaker"],
                            speaker_label=label_of.get(q["speaker"]), verb="say",
                            sentence=sentence_at(body, start, start + 1)))
    money, percent, searched_from = [], [], {}
    for m in doc["money"]:
        start = body.find(m["text"], searched_from.get(m["text"], 0))
        searched_from[m["text"]] = start + 1
        money.append(Money(m["text"], start, start + len(m["text"]), float(m["value"]), m["currency"],
                           per=m.get("per"), sentence=sentence_at(body, start, start + len(m["text"]))))
    for p in doc["percent"]:
        start = body.find(p["text"], searched_from.get(p["text"], 0))
        searched_from[p["text"]] = start + 1
        percent.append(Percent(p["text"], start, start + len(p["text"]), float(p["value"]),
                               sentence=sentence_at(body, start, start + len(p["text"]))))
    return Extraction(entities=mentions, money=money, percent=percent, quotes=quotes,
                      aliases={e["canonical"]: {"label": e["label"], "aliases": e["aliases"]}
                               for e in doc["entities"]},
                      extractor_version="gold-annotations")


def build_gold_db(path: Path) -> Path:
    db = open_db(str(path))
    db["sources"].insert({"id": "news.stv.tv", "name": "STV News", "homepage": "https://news.stv.tv/"})
    for doc in json.loads(GOLD.read_text(encoding="utf-8"))["documents"]:
        body = doc["text"].strip().replace("\n", "\n\n")
        meta = page_metadata(body)
        article = Article(url=meta["url"], canonical_url=meta["url"], title=meta["title"],
                          published=meta["published"], authors=meta["authors"], section=meta["section"],
                          site_name="STV News", body=body)
        store_article(db, identity_url=meta["url"], article=article,
                      extraction=gold_extraction(doc, body), source_id="news.stv.tv",
                      html="<html><body>raw page</body></html>")
    db["fetch_log"].insert({"url": "https://news.stv.tv/missing", "stage": "http", "status": 404,
                            "error": "HTTP 404", "at": "2026-11-23T09:00:00+00:00"})
    db.close()
    return path


@pytest.fixture(scope="module")
def news_db(tmp_path_factory) -> Path:
    return build_gold_db(tmp_path_factory.mktemp("datasette") / "news.db")


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

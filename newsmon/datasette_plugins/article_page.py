"""The article page: one article with its entities, figures and quotes highlighted in context.

``/<database>/-/article/<id>`` shows the stored body with every extracted
fact marked where it was found (by its stored offsets), each linking to the
entity's other mentions. Also links article ids and titles elsewhere in
Datasette to this page. Stored text is only ever passed to the autoescaping
template, never marked safe.
"""
from __future__ import annotations

import json
from urllib.parse import urlencode, urlsplit

from datasette import hookimpl
from datasette.utils.asgi import Forbidden, NotFound, Response
from markupsafe import Markup

from newsmon.datasette_plugins.highlights import Highlight, lay_out

ARTICLE_PATH = "/{database}/-/article/{id}"
FACT_TABLES = ("mentions", "money", "percentages", "quotes")

ARTICLE_SQL = """
select articles.*, sources.name as source_name
from articles left join sources on sources.id = articles.source_id
where articles.id = :id
"""
MENTIONS_SQL = """
with here as (select * from mentions where article_id = :id),
reach as (
  select entity_id, count(distinct article_id) as articles from mentions
  where entity_id in (select entity_id from here) group by entity_id
)
select here.*, entities.name as entity_name, entities.label as entity_label,
  affiliation.name as affiliation_name, reach.articles as entity_articles
from here join entities on entities.id = here.entity_id
left join entities affiliation on affiliation.id = here.affiliation_id
left join reach on reach.entity_id = here.entity_id
order by here.char_start
"""
FIGURES_SQL = """
select {table}.*, speaker.name as speaker_name
from {table} left join entities speaker on speaker.id = {table}.speaker_id
where {table}.article_id = :id order by {table}.char_start
"""
QUOTES_SQL = """
select quotes.*, speaker.name as speaker_name, speaker.label as speaker_label
from quotes left join entities speaker on speaker.id = quotes.speaker_id
where quotes.article_id = :id order by quotes.char_start
"""
HISTORY_SQL = """
select title, word_count, stored_at, replaced_at from article_history
where article_id = :id order by replaced_at desc
"""
WATCHES_SQL = """
select watch, kind, group_concat(distinct term) as terms, min(matched_at) as matched_at
from watch_matches where article_id = :id group by watch order by watch
"""


def article_path(datasette, database: str, article_id) -> str:
    return datasette.urls.path(ARTICLE_PATH.format(database=database, id=article_id))


def web_link(url: str | None) -> str | None:
    """Only http(s) links from scraped data become hrefs (no javascript: URLs)."""
    if url and urlsplit(url).scheme in ("http", "https"):
        return url
    return None


async def check_visible(datasette, request, database: str) -> None:
    for action, resource in (("view-instance", None), ("view-database", database),
                             ("view-table", (database, "articles"))):
        if await datasette.permission_allowed(request.actor, action, resource=resource,
                                              default=True) is False:
            raise Forbidden(f"{action} denied")


async def article_facts(db, article_id: int) -> dict:
    params = {"id": article_id}
    return {
        "mentions": [dict(r) for r in await db.execute(MENTIONS_SQL, params)],
        "money": [dict(r) for r in await db.execute(FIGURES_SQL.format(table="money"), params)],
        "percentages": [dict(r) for r in await db.execute(FIGURES_SQL.format(table="percentages"), params)],
        "quotes": [dict(r) for r in await db.execute(QUOTES_SQL, params)],
    }


async def optional_rows(db, table: str, sql: str, article_id: int) -> list[dict]:
    """Rows from a table a newer schema adds (history, watchlist): none on older databases."""
    if not await db.table_exists(table):
        return []
    return [dict(r) for r in await db.execute(sql, {"id": article_id})]


def entity_summary(mentions: list[dict]) -> list[dict]:
    """One row per entity in the article: how often here, in how many articles overall."""
    by_id: dict[int, dict] = {}
    for m in mentions:
        entry = by_id.setdefault(m["entity_id"], {
            "id": m["entity_id"], "name": m["entity_name"], "label": m["entity_label"],
            "here": 0, "articles": m["entity_articles"], "forms": []})
        entry["here"] += 1
        if m["text"] not in entry["forms"]:
            entry["forms"].append(m["text"])
    return sorted(by_id.values(), key=lambda e: (e["label"], -e["here"], e["name"]))


def highlights(facts: dict) -> tuple[list[Highlight], list[Highlight]]:
    quotes = [Highlight(q["char_start"], q["char_end"], "quote", q) for q in facts["quotes"]
              if q["char_start"] is not None and q["char_end"] is not None]
    inline = [Highlight(m["char_start"], m["char_end"], "entity", m) for m in facts["mentions"]]
    inline += [Highlight(m["char_start"], m["char_end"], "money", m) for m in facts["money"]]
    inline += [Highlight(p["char_start"], p["char_end"], "percent", p) for p in facts["percentages"]]
    inline = [h for h in inline if h.start is not None and h.end is not None]
    return quotes, inline


async def article_page(request, datasette):
    database = request.url_vars["database"]
    try:
        db = datasette.get_database(database)
    except KeyError:
        raise NotFound(f"Database not found: {database}")
    await check_visible(datasette, request, database)
    article_id = int(request.url_vars["id"])
    rows = list(await db.execute(ARTICLE_SQL, {"id": article_id}))
    if not rows:
        raise NotFound(f"Article not found: {article_id}")
    article = dict(rows[0])
    facts = await article_facts(db, article_id)
    quotes, inline = highlights(facts)
    context = {
        "database": database,
        "article": article,
        "authors": json.loads(article["authors"] or "[]"),
        "original_url": web_link(article["canonical_url"]) or web_link(article["final_url"])
        or web_link(article["url"]),
        "paragraphs": lay_out(article["body"] or "", quotes, inline),
        "entities": entity_summary(facts["mentions"]),
        "figures": facts["money"] + facts["percentages"],
        "quotes": facts["quotes"],
        "counts": {name: len(facts[name]) for name in FACT_TABLES},
        "history": await optional_rows(db, "article_history", HISTORY_SQL, article_id),
        "watches": await optional_rows(db, "watch_matches", WATCHES_SQL, article_id),
        "versions": sorted({f["extractor_version"] for name in FACT_TABLES for f in facts[name]
                            if f.get("extractor_version")}),
        "table_url": lambda table, **args: datasette.urls.table(database, table)
        + ("?" + urlencode(args) if args else ""),
        "row_url": lambda table, pk: datasette.urls.row(database, table, pk),
    }
    return Response.html(await datasette.render_template("article.html", context, request=request))


@hookimpl
def register_routes():
    return [(r"^/(?P<database>[^/]+)/-/article/(?P<id>\d+)$", article_page)]


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Article titles and article ids open the article page."""
    if table == "articles" and column == "title" and value and "id" in row.keys():
        return Markup('<a href="{}">{}</a>').format(article_path(datasette, database, row["id"]), value)
    if column != "article_id":
        return None
    if isinstance(value, dict) and table in FACT_TABLES:  # a foreign key Datasette expanded to its label
        return Markup('<a href="{}">{}</a>').format(
            article_path(datasette, database, value["value"]), value["label"] or f"Article {value['value']}")
    if isinstance(value, int) and table is None:  # a query row names its article already
        return Markup('<a href="{}">read #{}</a>').format(article_path(datasette, database, value), value)
    return None


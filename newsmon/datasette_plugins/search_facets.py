"""A search too broad for its facets skips them instead of waiting for them to give up.

A facet of a full-text search reads every matching row. At 100,000 articles a
common word matches 40,000 of them, and the outlet and date facets need 40-60 ms
each for that: past ``facet_time_limit_ms``, so Datasette spends the whole limit
on each and then shows neither (bench/search_bench.py). The full-text index
alone says in a millisecond or two how many rows match, so a plain search that
matches more than the table's ``max_matches`` is sent on with ``_nofacet=1``.

Only plain searches are bounded: a reader who asks for a facet (``_facet=``) or
narrows the search with a column filter gets the facets, still time-limited.

A table opts in under its metadata:
``plugins: {search_facets: {max_matches: 10000}}``.
"""
from __future__ import annotations

from datasette import hookimpl
from datasette.utils import escape_fts

from newsmon.datasette_plugins.table_requests import table_request, with_args

PLUGIN = "search_facets"


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def broad_searches_without_facets(scope, receive, send):
            if scope["type"] == "http":
                scope = await without_facets_when_too_broad(datasette, scope)
            await app(scope, receive, send)

        return broad_searches_without_facets

    return wrap


async def without_facets_when_too_broad(datasette, scope: dict) -> dict:
    request = table_request(scope)
    if request is None:
        return scope
    route, table, args = request
    search = plain_search(args)
    if search is None:
        return scope
    try:
        database = datasette.get_database(route=route)
    except KeyError:
        return scope
    limit = (datasette.plugin_config(PLUGIN, database=database.name, table=table) or {}).get("max_matches")
    if not limit or not await matches_more_than(database, table, search, int(limit)):
        return scope
    return with_args(scope, args + [("_nofacet", "1")])


def plain_search(args: list[tuple[str, str]]) -> str | None:
    """The full-text query of a request that only searches, escaped as Datasette escapes it;
    None for anything else: no search, a facet asked for, a column filter, raw query syntax."""
    names = {name for name, _ in args}
    search = dict(args).get("_search", "").strip()
    if not search or "_searchmode" in names or "_nofacet" in names:
        return None
    if any(name.startswith("_facet") or not name.startswith("_") for name in names):
        return None
    return escape_fts(search)


async def matches_more_than(database, table: str, search: str, limit: int) -> bool:
    fts_table = await database.fts_table(table)
    if not fts_table:
        return False
    # The index alone, stopping at limit + 1: never slower than the count Datasette runs next.
    sql = (f"select count(*) from (select rowid from [{fts_table}] where [{fts_table}] match :search "
           f"limit {limit + 1})")
    rows = await database.execute(sql, {"search": search})
    return rows.first()[0] > limit

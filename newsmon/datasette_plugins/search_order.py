"""Full-text searches list the newest stored matches first, unless the reader picks a sort.

A table's default sort (articles: by publication date) makes SQLite read and
sort every matching row before it can show the first page: a common word
matches 40,000 of 100,000 articles, and sorting them costs ~60 ms before the
count and facets start. Sorted by id, SQLite stops after one page (~8 ms).
Stored order is close to publication order for a monitoring tool, and a click
on a column header still sorts the results by it.

A table opts in under its metadata:
``plugins: {search_order: {sort_desc: id}}``.
"""
from __future__ import annotations

from datasette import hookimpl

from newsmon.datasette_plugins.table_requests import table_request, with_args

PLUGIN = "search_order"
SORT_ARGS = {"_sort", "_sort_desc", "_sort_by_desc"}


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def searches_in_stored_order(scope, receive, send):
            if scope["type"] == "http":
                scope = with_search_order(datasette, scope)
            await app(scope, receive, send)

        return searches_in_stored_order

    return wrap


def with_search_order(datasette, scope: dict) -> dict:
    """The request, given the table's search sort when it searches and sets no sort of its own.

    An empty search box is no search: Datasette would pass "" to FTS5 and answer 400."""
    request = table_request(scope)
    if request is None:
        return scope
    database, table, args = request
    kept = [(name, value) for name, value in args if not (is_search(name) and not value.strip())]
    if any(is_search(name) for name, _ in kept) and not {name for name, _ in kept} & SORT_ARGS:
        config = datasette.plugin_config(PLUGIN, database=database, table=table) or {}
        if config.get("sort_desc"):
            kept.append(("_sort_desc", config["sort_desc"]))
    return scope if kept == args else with_args(scope, kept)


def is_search(arg: str) -> bool:
    """``_search`` and ``_search_<column>``; ``_searchmode`` only says how to read them."""
    return arg == "_search" or arg.startswith("_search_")

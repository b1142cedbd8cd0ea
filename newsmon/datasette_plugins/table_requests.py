"""Reading and rewriting the query string of a request for a table page: plain code shared by
the ASGI wrappers that adjust searches before Datasette sees them (search_order, search_facets)."""
from __future__ import annotations

from urllib.parse import parse_qsl, urlencode


def table_request(scope: dict) -> tuple[str, str, list[tuple[str, str]]] | None:
    """(database route, table, query arguments in order) of a ``/<database>/<table>[.ext]``
    request, else None."""
    path = scope["path"].strip("/").split("/")
    if len(path) != 2:
        return None
    args = parse_qsl(scope.get("query_string", b"").decode("utf-8", "replace"), keep_blank_values=True)
    return path[0], path[1].rsplit(".", 1)[0], args


def with_args(scope: dict, args: list[tuple[str, str]]) -> dict:
    """The request with these query arguments instead of its own."""
    return dict(scope, query_string=urlencode(args).encode("utf-8"))

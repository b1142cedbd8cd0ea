"""SQL function ``fts_query(text)``: what a person typed, made safe for FTS5 MATCH.

Canned queries pass user input to ``MATCH``; raw FTS5 syntax turns an ordinary
search such as ``cost-of-living`` or ``Cosla's`` into an SQL error. Datasette's
table search escapes input the same way (``datasette.utils.escape_fts``), so a
search gives the same answer on a table page and in a canned query.
"""
from datasette import hookimpl
from datasette.utils import escape_fts


def fts_query(text):
    if text is None or not str(text).strip():
        return '""'  # matches nothing instead of raising a syntax error
    return escape_fts(str(text))


@hookimpl
def prepare_connection(conn):
    conn.create_function("fts_query", 1, fts_query, deterministic=True)

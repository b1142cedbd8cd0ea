"""Show JSON list columns (entity aliases, article bylines) as readable lists.

They are stored as JSON so SQL can use ``json_each``; on a page a person wants
"COSLA · Cosla · Convention of Scottish Local Authorities", not indented JSON
with escaped apostrophes.
"""
import json

from datasette import hookimpl
from markupsafe import Markup, escape

JSON_LISTS = {("entities", "aliases"), ("articles", "authors")}


@hookimpl(tryfirst=True)
def render_cell(value, column, table):
    if (table, column) not in JSON_LISTS or not isinstance(value, str):
        return None
    try:
        items = json.loads(value)
    except ValueError:
        return None
    if not isinstance(items, list):
        return None
    return Markup(" · ").join(escape(str(item)) for item in items) or Markup("&nbsp;")

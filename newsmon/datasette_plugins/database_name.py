"""Publish the served database as "news", whatever its file is called.

metadata.yml describes tables, canned queries and charts under the database
name "news"; Datasette names a database after its file's stem, so the demo's
``data/demo.db`` would otherwise lose all of it. One stable name also keeps
every link in the docs (``/news/quotes`` ...) valid for any file.
"""
from datasette import hookimpl

PUBLISHED_NAME = "news"


@hookimpl
def startup(datasette):
    served = [name for name, db in datasette.databases.items() if db.path]
    if len(served) != 1 or served[0] == PUBLISHED_NAME:
        return
    database = datasette.databases[served[0]]
    datasette.remove_database(served[0])
    datasette.add_database(database, name=PUBLISHED_NAME)

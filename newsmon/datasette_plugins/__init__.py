"""newsmon's own Datasette plugins, loaded with ``--plugins-dir``.

Also a package, so the plugins can share plain code (``highlights``) and
tests can import it.
"""

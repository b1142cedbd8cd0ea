"""Serve the bundled sample news site (examples/site) on 127.0.0.1.

Feeds, sitemaps and pages in the sample are written with the placeholder
origin http://newsmon.example; the server rewrites it to its own origin so
the sample works on whatever port it gets.
"""
from __future__ import annotations

import functools
import io
import http.server
import threading
from pathlib import Path

from newsmon.publish import PROJECT_ROOT

SAMPLE_SITE = PROJECT_ROOT / "examples" / "site"
PLACEHOLDER_ORIGIN = b"http://newsmon.example"
REWRITTEN_SUFFIXES = {".html", ".xml", ".txt"}


class SampleSiteHandler(http.server.SimpleHTTPRequestHandler):
    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if path.suffix not in REWRITTEN_SUFFIXES or not path.is_file():
            return super().send_head()
        body = path.read_bytes().replace(PLACEHOLDER_ORIGIN, self.origin().encode())
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)) + "; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def origin(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def log_message(self, format, *args):  # keep the demo's terminal readable
        pass


class SampleSite:
    """The sample site served from a background thread: use as a context manager."""

    def __init__(self, root: Path = SAMPLE_SITE, port: int = 0):
        handler = functools.partial(SampleSiteHandler, directory=str(root))
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def origin(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> "SampleSite":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

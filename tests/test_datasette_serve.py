"""`newsmon serve`: local by default, and Datasette stops when newsmon is stopped."""
from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
import urllib.request

from test_browser import free_port, wait_until_up


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def test_stopping_newsmon_serve_stops_datasette(tmp_path):
    port = free_port()
    command = [sys.executable, "-m", "newsmon.cli", "serve", "--db", str(tmp_path / "news.db"),
               "--port", str(port)]
    newsmon = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        url = f"http://127.0.0.1:{port}/news/quotes.json"
        wait_until_up(url, newsmon)
        # bound to the loopback interface only
        with socket.socket() as probe:
            probe.settimeout(1)
            outside = socket.gethostbyname(socket.gethostname())
            if not outside.startswith("127."):
                assert probe.connect_ex((outside, port)) != 0
        newsmon.send_signal(signal.SIGTERM)
        assert newsmon.wait(timeout=20) is not None
        deadline = time.monotonic() + 10
        while answers(url) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not answers(url), "Datasette outlived newsmon serve"
    finally:
        if newsmon.poll() is None:
            newsmon.kill()
            newsmon.wait()

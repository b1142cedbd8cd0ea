"""Logs go to stderr, so cron mails them and stdout keeps the summary alone."""
from __future__ import annotations

import logging
import sys

LEVELS = ("debug", "info", "warning", "error")


def setup_logging(level: str = "warning") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s",
                                           "%Y-%m-%dT%H:%M:%S"))
    root = logging.getLogger("newsmon")
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    root.propagate = False

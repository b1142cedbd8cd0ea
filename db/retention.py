"""Retention: drop raw HTML past a given age and give the space back to the disk.

Articles, their extraction and history are never pruned: only the gzipped
pages kept for ``newsmon reparse``, which older articles rarely need, and
old per-page failure records.
"""
from __future__ import annotations

import datetime as dt
import os

import sqlite_utils


def prune_html(db: sqlite_utils.Database, older_than_days: float, now: dt.datetime | None = None) -> int:
    """Delete raw HTML fetched more than ``older_than_days`` ago; returns how many pages."""
    now = now or dt.datetime.now(dt.timezone.utc)
    cutoff = (now - dt.timedelta(days=older_than_days)).isoformat(timespec="seconds")
    with db.atomic():
        return db.execute("delete from article_html where fetched_at < ?", [cutoff]).rowcount


def prune_fetch_log(db: sqlite_utils.Database, older_than_days: float, now: dt.datetime | None = None) -> int:
    """Delete per-page failure records older than ``older_than_days``; returns how many."""
    now = now or dt.datetime.now(dt.timezone.utc)
    cutoff = (now - dt.timedelta(days=older_than_days)).isoformat(timespec="seconds")
    with db.atomic():
        return db.execute("delete from fetch_log where at < ?", [cutoff]).rowcount


def vacuum(db: sqlite_utils.Database) -> None:
    """Rewrite the file without free pages, then fold the WAL back into it."""
    db.execute("VACUUM")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def database_bytes(path: str) -> int:
    """The database's size on disk, WAL included."""
    return sum(os.path.getsize(p) for p in (path, f"{path}-wal") if os.path.exists(p))

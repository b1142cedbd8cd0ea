"""The runs table: every run recorded when it starts and when it ends.

A run is inserted as ``running`` before any work, so a run killed midway
leaves a row behind; the next run (which holds the lock, so no other run
can be alive) marks such rows ``interrupted``.
"""
from __future__ import annotations

import json
import os
import socket
import time
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version

import sqlite_utils

from db.schema import schema_version
from db.store import utc_now

RUNNING, COMPLETED, FAILED, INTERRUPTED = "running", "completed", "failed", "interrupted"
COUNTS = ("found", "new", "updated", "unchanged", "failed", "watch_matches")


def newsmon_version() -> str:
    try:
        return version("newsmon")
    except PackageNotFoundError:
        return "unknown"


@dataclass
class Run:
    db: sqlite_utils.Database
    id: int
    command: str
    started: float = field(default_factory=time.monotonic)

    def finish(self, counts: dict, *, status: str = COMPLETED, error: str | None = None,
               extractor_version: str | None = None) -> dict:
        """Record how the run ended; returns the runs row."""
        row = {name: counts.get(name, 0) for name in COUNTS}
        row.update(status=status, error=error, finished_at=utc_now(),
                   elapsed_s=round(time.monotonic() - self.started, 2))
        if extractor_version:
            row["extractor_version"] = extractor_version
        self.db["runs"].update(self.id, row)
        return self.db["runs"].get(self.id)


def start_run(db: sqlite_utils.Database, command: str, arguments: dict | None = None) -> Run:
    mark_interrupted(db)
    run_id = db["runs"].insert({
        "command": command, "status": RUNNING, "started_at": utc_now(),
        "newsmon_version": newsmon_version(), "schema_version": schema_version(db),
        "pid": os.getpid(), "host": socket.gethostname(),
        "arguments": json.dumps(arguments or {}, ensure_ascii=False, default=str),
        **{name: 0 for name in COUNTS},
    }).last_pk
    return Run(db, run_id, command)


def mark_interrupted(db: sqlite_utils.Database) -> int:
    """Runs still marked running died without finishing (the caller holds the lock)."""
    cursor = db.execute(
        "update runs set status = ?, error = coalesce(error, ?) where status = ?",
        [INTERRUPTED, "the run stopped before finishing (killed or crashed)", RUNNING])
    return cursor.rowcount


def recent_runs(db: sqlite_utils.Database, limit: int = 10) -> list[dict]:
    if not db["runs"].exists():
        return []
    return list(db.query("select * from runs order by id desc limit ?", [limit]))


def summary_line(row: dict) -> str:
    """The one line a run prints: the same counts as issue 2's contract, then the run."""
    counts = ", ".join(f"{name.replace('_', ' ')} {row.get(name) or 0}" for name in COUNTS[:5])
    extra = f", watch matches {row['watch_matches']}" if row.get("watch_matches") else ""
    return f"{counts}{extra} (run {row['id']} {row['status']} in {row.get('elapsed_s') or 0:.1f}s)"

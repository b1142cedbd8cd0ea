"""One writer at a time: an flock on a lock file next to the database.

The kernel releases an flock when its holder dies, even by SIGKILL, so a
crashed run never leaves a stale lock behind: no pid files to clean up.
"""
from __future__ import annotations

import fcntl
import os
from pathlib import Path


class LockHeld(Exception):
    """Another newsmon process is writing to this database."""


def lock_path(db_path: str) -> Path:
    return Path(str(db_path) + ".lock")


class WriterLock:
    """Exclusive, non-blocking lock for writing to ``db_path``; use as a context manager."""

    def __init__(self, db_path: str):
        self.path = lock_path(db_path)
        self.fd: int | None = None

    def acquire(self) -> "WriterLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip()
            os.close(fd)
            raise LockHeld(f"another newsmon run{f' (pid {holder})' if holder else ''} "
                           f"holds {self.path}; exiting") from None
        # The pid is only for the message above; the flock itself is the lock.
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        self.fd = fd
        return self

    def release(self) -> None:
        if self.fd is not None:
            os.ftruncate(self.fd, 0)
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None

    def __enter__(self) -> "WriterLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()

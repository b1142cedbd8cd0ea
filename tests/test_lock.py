"""One writer at a time: the flock next to the database, and two ingests started together."""
import os
import signal
import subprocess
import sys
import time

import pytest

from fixtures.cron.news_site import GeneratedSite
from fixtures.cron.shared import NEWSMON, REPO, newsmon
from newsmon import exit_codes
from newsmon.lock import LockHeld, WriterLock, lock_path


def test_second_lock_on_the_same_database_is_refused(tmp_path):
    db = str(tmp_path / "news.db")
    with WriterLock(db):
        with pytest.raises(LockHeld, match=f"pid {os.getpid()}"):
            WriterLock(db).acquire()
    with WriterLock(db):  # released on exit, so it can be taken again
        pass


def test_lock_file_sits_next_to_the_database(tmp_path):
    assert lock_path(str(tmp_path / "data" / "news.db")) == tmp_path / "data" / "news.db.lock"


def test_lock_of_a_killed_holder_is_free_again(tmp_path):
    db = str(tmp_path / "news.db")
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from newsmon.lock import WriterLock; "
        f"WriterLock({db!r}).acquire(); print('held', flush=True); time.sleep(60)")],
        stdout=subprocess.PIPE, text=True, cwd=REPO)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(LockHeld):
            WriterLock(db).acquire()
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    with WriterLock(db):  # the kernel dropped the dead process's lock: no stale lock file to clean
        pass


@pytest.mark.slow
def test_two_ingests_at_once_one_runs_the_other_exits_with_the_lock_code(tmp_path):
    db = tmp_path / "news.db"
    with GeneratedSite(12, paragraphs=2) as site:
        args = ["ingest", "--sitemap", site.sitemap, "--allow-private", "--delay", "0", "--db", str(db)]
        first = subprocess.Popen([*NEWSMON, *args], cwd=tmp_path, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 30
        while not (lock_path(str(db)).exists() and lock_path(str(db)).read_text().strip()):
            assert first.poll() is None and time.monotonic() < deadline, "first ingest never took the lock"
            time.sleep(0.02)
        started = time.monotonic()
        second = newsmon(*args, cwd=tmp_path, timeout=60)
        refused_after = time.monotonic() - started  # before waiting for the first run to end
        out, err = first.communicate(timeout=120)
    assert second.returncode == exit_codes.TEMPFAIL == 75
    assert refused_after < 10  # exits at once, without loading the model or waiting
    assert "another newsmon run" in second.stderr and str(first.pid) in second.stderr
    assert second.stdout == ""
    assert first.returncode == 0, err
    assert out.startswith("found 12, new 12, updated 0, unchanged 0, failed 0")
    import sqlite_utils
    runs = list(sqlite_utils.Database(db)["runs"].rows)
    assert [r["status"] for r in runs] == ["completed"]  # the refused run wrote nothing

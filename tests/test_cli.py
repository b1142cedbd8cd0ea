"""The command line as cron sees it: exit codes, one summary line, --json, --quiet, logs on stderr."""
import fcntl
import json
import os
import pty
import struct
import subprocess
import termios

import pytest
from click.testing import CliRunner

from fixtures.cron.news_site import GeneratedSite
from fixtures.cron.shared import NEWSMON, newsmon
from newsmon import exit_codes
from newsmon.cli import cli


def run_cli(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_missing_sources_file_is_a_configuration_error(tmp_path):
    result = run_cli("ingest", "--sources", str(tmp_path / "nope.yml"), "--db", str(tmp_path / "news.db"))
    assert result.exit_code == exit_codes.CONFIG == 78
    assert "nope.yml" in result.stderr and result.stdout == ""
    assert not (tmp_path / "news.db").exists()  # nothing locked or written on bad configuration


def test_invalid_watchlist_is_a_configuration_error(tmp_path):
    bad = tmp_path / "watch.yml"
    bad.write_text("watches:\n  - name: x\n    organizations: [Unison]\n")  # misspelt key
    result = run_cli("ingest", "http://127.0.0.1:9/a", "--watchlist", str(bad), "--db", str(tmp_path / "news.db"))
    assert result.exit_code == 78 and "organizations" in result.stderr


def test_file_that_is_not_a_database_is_unavailable(tmp_path):
    db = tmp_path / "news.db"
    db.write_bytes(b"this is not an SQLite database, it is a text file" * 100)
    result = run_cli("ingest", "http://127.0.0.1:9/a", "--db", str(db))
    assert result.exit_code == exit_codes.IOERR == 74
    assert "unavailable" in result.stderr and str(db) in result.stderr


def test_database_in_a_place_that_cannot_hold_one_is_unavailable(tmp_path):
    (tmp_path / "file").write_text("")
    result = run_cli("reextract", "--db", str(tmp_path / "file" / "news.db"))
    assert result.exit_code == 74


def test_runs_without_a_database_is_unavailable(tmp_path):
    result = run_cli("runs", "--db", str(tmp_path / "missing.db"))
    assert result.exit_code == 74 and "no database" in result.stderr


def test_watch_rejects_a_bad_since(tmp_path):
    result = CliRunner().invoke(cli, ["watch", "--since", "yesterday", "--db", str(tmp_path / "n.db")])
    assert result.exit_code == exit_codes.USAGE and "--since" in result.output


@pytest.fixture(scope="module")
def cron_runs(tmp_path_factory):
    """Three real runs as cron starts them (own process, no terminal): --json, --quiet, then on a terminal."""
    tmp = tmp_path_factory.mktemp("cli")
    db = str(tmp / "news.db")
    with GeneratedSite(4, paragraphs=2) as site:
        args = ["ingest", "--sitemap", site.sitemap, "--allow-private", "--delay", "0", "--db", db]
        as_json = newsmon(*args, "--json", cwd=tmp, timeout=120)
        quiet = newsmon(*args, "--quiet", cwd=tmp, timeout=120)
        site.revise(1)
        on_terminal = run_on_terminal([*NEWSMON, *args, "--log-level", "info"], cwd=tmp)
    return dict(db=db, tmp=tmp, as_json=as_json, quiet=quiet, on_terminal=on_terminal)


def run_on_terminal(command, cwd):
    """Run with stderr on a pseudo-terminal (as a person at a shell); returns (rc, stdout, terminal text)."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a real terminal's width
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=follower, text=True)
    os.close(follower)
    stdout = process.stdout.read()
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return process.wait(), stdout, b"".join(chunks).decode("utf-8", "replace")


def test_json_summary_is_the_only_output(cron_runs):
    result = cron_runs["as_json"]
    assert result.returncode == 0 and result.stderr == ""
    summary = json.loads(result.stdout)
    assert {k: summary[k] for k in ("found", "new", "updated", "unchanged", "failed")} == \
        dict(found=4, new=4, updated=0, unchanged=0, failed=0)
    assert summary["status"] == "completed" and summary["run_id"] == 1


def test_quiet_success_prints_nothing_so_cron_mails_nothing(cron_runs):
    result = cron_runs["quiet"]
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_on_a_terminal_a_progress_bar_and_logs_go_to_stderr_summary_to_stdout(cron_runs):
    rc, stdout, terminal = cron_runs["on_terminal"]
    assert rc == 0
    assert stdout.startswith("found 4, new 0, updated 1, unchanged 3, failed 0 (run 3 completed")
    assert stdout.count("\n") == 1
    assert "4/4" in terminal and "page" in terminal  # tqdm's bar
    assert "INFO newsmon.run: run 3:" in terminal  # --log-level info


def test_runs_lists_the_last_runs_newest_first(cron_runs):
    result = run_cli("runs", "--db", cron_runs["db"])
    lines = result.stdout.splitlines()
    assert result.exit_code == 0 and len(lines) == 3
    assert "ingest: found 4, new 0, updated 1" in lines[0] and "(run 3 completed" in lines[0]
    assert "new 4" in lines[2]
    rows = [json.loads(line) for line in run_cli("runs", "--db", cron_runs["db"], "--json").stdout.splitlines()]
    assert [r["id"] for r in rows] == [3, 2, 1] and all(r["status"] == "completed" for r in rows)

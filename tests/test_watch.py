"""Watchlists: each run marks new matches of watched organisations, people and terms, once."""
import datetime as dt
import json

import pytest
import sqlite_utils
from click.testing import CliRunner

from fixtures.cron.news_site import GeneratedSite
from fixtures.cron.shared import REPO, extractor
from newsmon.cli import cli
from newsmon.runner import run_ingest
from newsmon.watch import WatchlistError, load_watchlist, parse_since

WATCHLIST = """
watches:
  - name: unions
    organisations: [unison]
    people: [Sarah Campbell]
  - name: cost-of-living
    terms: [rising  bills, refuse collectors, not in any article]
"""


@pytest.fixture(scope="module")
def watched(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("watch")
    (tmp / "watch.yml").write_text(WATCHLIST)
    db_path = tmp / "news.db"
    runs = []
    with GeneratedSite(8, paragraphs=2) as site:
        for change in (None, None, 0):
            if change is not None:
                site.revise(change)
            runs.append(run_ingest(str(db_path), sitemaps=[site.sitemap], allow_private=True, delay=0.0,
                                   extractor=extractor(), watchlist=str(tmp / "watch.yml")))
        urls = {i: site.url(i) for i in range(8)}
    return dict(db=sqlite_utils.Database(db_path), runs=runs, urls=urls, tmp=tmp)


def matched(db, watch, term) -> set[str]:
    return {r["url"] for r in db.query(
        "select a.url from watch_matches w join articles a on a.id = w.article_id where w.watch = ? and w.term = ?",
        [watch, term])}


def test_organisations_people_and_terms_are_marked(watched):
    db, urls = watched["db"], watched["urls"]
    assert matched(db, "unions", "unison") == {urls[0], urls[3], urls[6]}  # any case
    assert matched(db, "unions", "Sarah Campbell") == {urls[0], urls[6]}
    assert matched(db, "cost-of-living", "rising  bills") == set(urls.values())  # spacing in watch.yml ignored
    assert matched(db, "cost-of-living", "refuse collectors") == {urls[3]}
    assert matched(db, "cost-of-living", "not in any article") == set()


def test_matches_keep_their_place_in_the_text_and_their_run(watched):
    db, first = watched["db"], watched["runs"][0]
    for row in db.query("select w.*, a.body from watch_matches w join articles a on a.id = w.article_id"):
        assert row["body"][row["char_start"]:row["char_end"]] == row["text"]
        assert row["text"] in row["sentence"] and row["sentence"] in row["body"]
        assert row["run_id"] == first.run_id
        assert (row["entity_id"] is not None) == (row["kind"] != "term")
    assert first.watch_matches == db["watch_matches"].count == 3 + 2 + 8 + 1


def test_later_runs_mark_only_new_matches(watched):
    _, second, third = watched["runs"]
    assert second.watch_matches == 0  # unchanged articles
    assert third.updated == 1 and third.watch_matches == 0  # the corrected article was matched before
    assert "watch matches" not in second.line()


def test_watch_command_lists_matches_since(watched):
    db_path = str(watched["tmp"] / "news.db")
    result = CliRunner().invoke(cli, ["watch", "--since", "1h", "--db", db_path, "--json"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 0 and len(rows) == 14
    assert {r["watch"] for r in rows} == {"unions", "cost-of-living"} and all(r["title"] for r in rows)
    only = CliRunner().invoke(cli, ["watch", "--since", "1h", "--db", db_path, "--name", "unions"])
    assert len(only.stdout.splitlines()) == 5 and "[unions] organisation 'unison'" in only.stdout
    future = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=1)).isoformat()
    assert CliRunner().invoke(cli, ["watch", "--since", future, "--db", db_path]).stdout == ""


def test_scan_marks_a_new_watch_in_articles_already_stored(watched, tmp_path):
    watchlist = tmp_path / "watch.yml"
    watchlist.write_text("watches:\n  - name: gmb\n    organisations: [GMB]\n")
    db_path = str(watched["tmp"] / "news.db")
    result = CliRunner().invoke(cli, ["watch", "--scan", "--watchlist", str(watchlist), "--db", db_path,
                                      "--name", "gmb", "--json"])
    assert result.exit_code == 0, result.output
    assert {json.loads(line)["url"] for line in result.stdout.splitlines()} == \
        {watched["urls"][i] for i in (1, 2, 4, 7)}
    run = next(watched["db"].query("select * from runs order by id desc limit 1"))
    assert (run["command"], run["watch_matches"]) == ("watch-scan", 4)


def test_example_watchlist_at_the_repository_root_loads():
    watches = load_watchlist(REPO / "watch.yml")
    assert watches and all(w.organisations or w.people or w.terms for w in watches)


@pytest.mark.parametrize("text, problem", [
    ("[]", "under 'watches'"),
    ("watches:\n  - organisations: [X]\n", "needs a 'name'"),
    ("watches:\n  - name: a\n    terms: pay\n", "list of names"),
    ("watches:\n  - name: a\n", "nothing to watch"),
    ("watches:\n  - {name: a, terms: [x]}\n  - {name: a, terms: [y]}\n", "duplicate"),
    ("watches: [", "not valid YAML"),
])
def test_invalid_watchlists_say_what_is_wrong(tmp_path, text, problem):
    path = tmp_path / "watch.yml"
    path.write_text(text)
    with pytest.raises(WatchlistError, match=problem):
        load_watchlist(path)


def test_since_takes_ages_and_iso_times():
    now = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.timezone.utc)
    assert parse_since("6h", now) == "2026-11-23T06:00:00+00:00"
    assert parse_since("1d", now) == "2026-11-22T12:00:00+00:00"
    assert parse_since("2026-11-20", now) == "2026-11-20T00:00:00+00:00"
    assert parse_since("2026-11-20T10:00:00+01:00", now) == "2026-11-20T09:00:00+00:00"
    with pytest.raises(ValueError):
        parse_since("last week", now)

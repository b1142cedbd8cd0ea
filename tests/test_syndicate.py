"""Syndicated copies grouped in the database by a pass after storing."""
import json

import pytest

from db import store
from db.schema import open_db
from extract.records import Extraction
from newsmon.backfill import run_import
from newsmon.syndicate import group_new_articles
from scraper import syndication
from scraper.records import Article

WIRE = """Council workers across the country are to be balloted on strike action after rejecting a pay offer \
worth 3.5% over two years, the union representing refuse collectors and school cleaners has confirmed.

The ballot opens on Monday and closes at the end of next month. Union officials said members had told them \
that the offer did not come close to matching the rise in food and energy bills since the last settlement.

Employers said the offer was the most that could be afforded without cutting services or raising council tax \
beyond the limit set by ministers, and urged the union to return to talks before any ballot result is known.

A spokesperson for the local government employers said talks remained open and that a revised offer could \
be considered if ministers provided extra money for councils in the spring budget statement."""

OTHER_STORY = """A new ferry for the west coast route will be delayed by at least another year, the operator said \
on Tuesday, after engineers found faults in the wiring installed at the shipyard during the first phase of work.

Island residents said the delay left them relying on an ageing fleet that has broken down repeatedly this winter, \
cancelling hospital appointments and leaving hauliers unable to deliver fresh food to shops on the islands.

The operator said a full report on the faults would be published next month and that it was working with the \
shipyard to agree a new timetable for the vessel to enter service before the summer season begins."""


def outlet_copy(text: str, outlet: str) -> str:
    """What another outlet does to a wire story: its own intro line and sign-off, a word changed."""
    return (f"This story was supplied by the PA news agency to {outlet}.\n\n"
            + text.replace("confirmed", "said").replace("Monday", "Tuesday")
            + f"\n\nSign up to the {outlet} newsletter for more stories like this.")


@pytest.fixture
def db(tmp_path):
    return open_db(str(tmp_path / "news.db"))


def save(db, source: str, slug: str, body: str, published: str = "2024-03-04T09:00:00+00:00") -> int:
    store.ensure_source(db, source)
    url = f"https://{source}.example/{slug}"
    return store.store_article(
        db, identity_url=url, source_id=source,
        article=Article(url=url, title=slug, body=body, published=published),
        extraction=Extraction(extractor_version="v1")).article_id


def groups(db) -> dict[int, int | None]:
    return {row["id"]: row["syndication_group"] for row in db["articles"].rows}


def syndication_columns(db) -> list[tuple]:
    return db.execute("""select id, syndication_signature, syndication_group, syndication_version,
                         syndication_content_hash from articles order by id""").fetchall()


def test_copies_from_two_outlets_share_a_group_and_a_different_story_does_not(db):
    wire = save(db, "herald", "ballot", WIRE)
    copy = save(db, "courier", "strike-ballot", outlet_copy(WIRE, "Courier"),
                published="2024-03-04T11:30:00+01:00")
    other = save(db, "courier", "ferry", OTHER_STORY)

    assert group_new_articles(db) == 1  # the copy joined; the original opened the group

    assert groups(db) == {wire: wire, copy: wire, other: None}
    assert {row["source_id"] for row in db.query(
        "select source_id from articles where syndication_group = ?", [wire])} == {"herald", "courier"}
    row = db["articles"].get(copy)
    assert row["syndication_version"] == syndication.VERSION
    assert syndication.similarity(row["syndication_signature"],
                                  db["articles"].get(wire)["syndication_signature"]) >= syndication.THRESHOLD


def test_running_again_changes_nothing(db):
    save(db, "herald", "ballot", WIRE)
    save(db, "courier", "strike-ballot", outlet_copy(WIRE, "Courier"))
    save(db, "courier", "ferry", OTHER_STORY)
    group_new_articles(db)
    before = syndication_columns(db)
    assert group_new_articles(db) == 0
    assert syndication_columns(db) == before


def test_a_later_run_adds_new_copies_to_the_stored_group(db):
    wire = save(db, "herald", "ballot", WIRE)
    first_copy = save(db, "courier", "strike-ballot", outlet_copy(WIRE, "Courier"))
    assert group_new_articles(db) == 1
    later = save(db, "press", "council-strike", outlet_copy(WIRE, "Press and Journal"),
                 published="2024-03-06T08:00:00+00:00")
    assert group_new_articles(db) == 1  # only the new article was compared
    assert groups(db) == {wire: wire, first_copy: wire, later: wire}


def test_a_body_too_short_gets_a_version_but_no_signature_or_group(db):
    short = "Council workers are to be balloted on strike action, the union said."
    first = save(db, "herald", "brief", short)
    second = save(db, "courier", "brief", short)
    assert group_new_articles(db) == 0
    for article_id in (first, second):
        row = db["articles"].get(article_id)
        assert row["syndication_signature"] is None and row["syndication_group"] is None
        assert row["syndication_version"] == syndication.VERSION  # compared: not pending any more
    assert group_new_articles(db) == 0


def test_copies_published_outside_the_window_are_not_grouped(db):
    save(db, "herald", "ballot", WIRE, published="2024-03-04T09:00:00+00:00")
    save(db, "courier", "anniversary", outlet_copy(WIRE, "Courier"), published="2024-04-20T09:00:00+00:00")
    assert group_new_articles(db, window_days=7) == 0
    assert set(groups(db).values()) == {None}


def test_an_edited_article_is_compared_again(db):
    wire = save(db, "herald", "ballot", WIRE)
    copy = save(db, "courier", "strike-ballot", outlet_copy(WIRE, "Courier"))
    group_new_articles(db)
    save(db, "courier", "strike-ballot", OTHER_STORY)  # the outlet replaced the page's text
    assert group_new_articles(db) == 0
    assert groups(db) == {wire: None, copy: None}  # the group had no other copy


def test_stored_signatures_rebuild_an_index_that_finds_the_copy(db):
    wire = save(db, "herald", "ballot", WIRE)
    group_new_articles(db)
    index = syndication.SyndicationIndex()
    index.add_signature(str(wire), db["articles"].get(wire)["syndication_signature"])
    matches = index.matches(syndication.signature(outlet_copy(WIRE, "Courier")))
    assert [key for _, key in matches] == [str(wire)]
    assert index.matches(syndication.signature(OTHER_STORY)) == []


def test_a_copy_edited_away_leaves_the_rest_of_its_group(db):
    wire = save(db, "herald", "ballot", WIRE)
    copies = [save(db, outlet, "strike-ballot", outlet_copy(WIRE, outlet)) for outlet in ("courier", "press")]
    assert group_new_articles(db) == 2
    save(db, "courier", "strike-ballot", OTHER_STORY)
    group_new_articles(db)
    assert groups(db) == {wire: wire, copies[0]: None, copies[1]: wire}


def test_search_index_follows_text_edits_but_not_bookkeeping_updates(db):
    def found(word):
        return [row["rowid"] for row in db.query("select rowid from articles_fts where articles_fts match ?", [word])]
    ferry = save(db, "courier", "ferry", OTHER_STORY)
    changes = db.execute("select total_changes()").fetchone()[0]
    group_new_articles(db)
    # one row written, no full-text re-indexing of the body
    assert db.execute("select total_changes()").fetchone()[0] - changes == 1
    assert found("shipyard") == [ferry]
    save(db, "courier", "ferry", WIRE)  # the page's text changed
    assert found("shipyard") == [] and found("ballot") == [ferry]


def test_a_back_fill_over_months_groups_each_story_and_the_earliest_copy_opens_the_group(db):
    later_copy = save(db, "courier", "strike-ballot", outlet_copy(WIRE, "Courier"), published="2024-03-05T09:00:00+00:00")
    earliest = save(db, "herald", "ballot", WIRE, published="2024-03-04T09:00:00+00:00")  # stored second
    ferry = save(db, "herald", "ferry", OTHER_STORY, published="2024-10-01T09:00:00+00:00")
    ferry_copy = save(db, "press", "ferry", outlet_copy(OTHER_STORY, "Press"), published="2024-10-02T09:00:00+00:00")
    assert group_new_articles(db) == 2
    assert groups(db) == {earliest: earliest, later_copy: earliest, ferry: ferry, ferry_copy: ferry}


def test_every_writing_run_groups_the_copies_it_stored(tmp_path, extractor):
    lines = [{"url": "https://first.example/ballot", "text": WIRE, "published": "2024-03-04T09:00:00Z"},
             {"url": "https://second.example/ballot", "text": outlet_copy(WIRE, "Second"),
              "published": "2024-03-04T11:00:00Z"},
             {"url": "https://second.example/ferry", "text": OTHER_STORY, "published": "2024-03-04T12:00:00Z"}]
    feed = tmp_path / "articles.jsonl"
    feed.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    summary = run_import(str(tmp_path / "news.db"), [feed], workers=1, extractor=extractor)
    assert summary.new == 3
    db = open_db(str(tmp_path / "news.db"))
    groups = {r["url"]: r["syndication_group"] for r in db.query("select url, syndication_group from articles")}
    first_id = db.execute("select id from articles where url = ?", [lines[0]["url"]]).fetchone()[0]
    assert groups == {lines[0]["url"]: first_id, lines[1]["url"]: first_id, lines[2]["url"]: None}

"""Group stored copies of one wire story: a pass after each writing run.

Every article gets a MinHash signature of its body (scraper/syndication.py) in
``articles.syndication_signature``. An article whose body is a near-copy of
one published within ``window_days`` of it joins that article's group:
``syndication_group`` is the id of the group's first article (the earliest
dated, among articles compared in one pass), set on that article too, so
``where syndication_group = ?`` lists every copy with its own outlet. Articles stay null when nothing copies them.

Which articles still need comparing is in the rows themselves (no signature
of this scheme for this content yet), so a run killed half-way is finished by
the next one, and running it again changes nothing. An article whose text
changed is compared again.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlite_utils

from scraper import syndication

BATCH = 200  # articles compared and written per transaction
SLICE = dt.timedelta(days=30)  # a back-fill holds this much time's signatures, plus the window, at once
# A date the page states, else when we fetched it (published may be missing or free text).
WHEN = """case when published glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' then published
          else coalesce(fetched_at, first_seen) end"""
PENDING = """syndication_version is null or syndication_version != :version
             or syndication_content_hash is not content_hash"""


@dataclass
class Placed:
    when: dt.datetime
    group: int | None


def group_new_articles(db: sqlite_utils.Database, window_days: float = 7) -> int:
    """Sign and group every article not yet compared; returns how many joined a group as a copy.

    Articles are compared in date order, so the earliest copy of a story opens its group;
    a back-fill spanning years is done a slice of time at a time, so only that slice's
    neighbours are held in memory.
    """
    pending = sorted(((parse_when(row["when_"]), row["id"]) for row in db.query(
        f"select id, {WHEN} as when_ from articles where {PENDING}", {"version": syndication.VERSION})))
    window = dt.timedelta(days=window_days)
    joined = 0
    for part in time_slices(pending, max(SLICE, window)):
        index, placed = stored_index(db, part[0][0] - window, part[-1][0] + window)
        for start in range(0, len(part), BATCH):
            joined += place_batch(db, dict((i, when) for when, i in part[start:start + BATCH]),
                                  index, placed, window)
    return joined


def time_slices(pending: list[tuple[dt.datetime, int]], span: dt.timedelta):
    """Date-ordered runs of articles, each covering at most ``span``."""
    part: list[tuple[dt.datetime, int]] = []
    for item in pending:
        if part and item[0] - part[0][0] > span:
            yield part
            part = []
        part.append(item)
    if part:
        yield part


def place_batch(db: sqlite_utils.Database, batch: dict[int, dt.datetime], index, placed: dict, window) -> int:
    """Sign and place a batch of articles in date order, in one transaction."""
    with db.atomic():
        rows = {row["id"]: row for row in db.query(
            f"select id, body, content_hash, syndication_group from articles where id in "
            f"({','.join('?' * len(batch))})", list(batch))}
        return sum(place(db, rows[i], when, index, placed, window) for i, when in batch.items())


def stored_index(db: sqlite_utils.Database, earliest: dt.datetime, latest: dt.datetime):
    """An index of the current signatures of articles dated between the two times."""
    index, placed = syndication.SyndicationIndex(), {}
    slack = dt.timedelta(days=1)  # the text comparison below ignores time zones; parse_when does not
    rows = db.query(
        f"""select id, {WHEN} as when_, syndication_signature, syndication_group from articles
            where syndication_signature is not null and not ({PENDING})
              and {WHEN} between :earliest and :latest""",
        {"version": syndication.VERSION, "earliest": (earliest - slack).isoformat(),
         "latest": (latest + slack).isoformat()})
    for row in rows:
        when = parse_when(row["when_"])
        if earliest <= when <= latest:
            index.add_signature(str(row["id"]), row["syndication_signature"])
            placed[row["id"]] = Placed(when, row["syndication_group"])
    return index, placed


def place(db: sqlite_utils.Database, row: dict, when: dt.datetime, index, placed: dict, window) -> int:
    """Sign one article and put it in the group of its closest copy; 1 if it joined one."""
    signature = syndication.signature(row["body"] or "")
    group = None
    if signature:
        original = closest_copy(index, signature, row["id"], when, placed, window)
        if original is not None:
            group = placed[original].group or original
            if placed[original].group is None:  # the story's first copy: the original opens the group
                db.execute("update articles set syndication_group = ? where id = ?", [original, original])
                placed[original].group = original
        index.add_signature(str(row["id"]), signature)
        placed[row["id"]] = Placed(when, group)
    if group is None and heads_a_group(db, row["id"]):
        group = row["id"]  # edited since, its copies still point here
    db.execute("""update articles set syndication_signature = ?, syndication_group = ?,
                  syndication_version = ?, syndication_content_hash = ? where id = ?""",
               [signature, group, syndication.VERSION, row["content_hash"], row["id"]])
    left = row["syndication_group"]
    if left is not None and left not in (group, row["id"]) and not heads_a_group(db, left):
        db.execute("update articles set syndication_group = null where id = ?", [left])  # its only copy changed
        if left in placed:
            placed[left].group = None
    return int(group is not None and group != row["id"])


def closest_copy(index, signature: bytes, article_id: int, when: dt.datetime, placed: dict, window) -> int | None:
    for _, key in index.matches(signature):
        other = int(key)
        if other != article_id and abs(placed[other].when - when) <= window:
            return other
    return None


def heads_a_group(db: sqlite_utils.Database, article_id: int) -> bool:
    return db.execute("select 1 from articles where syndication_group = ? and id != ? limit 1",
                      [article_id, article_id]).fetchone() is not None


def parse_when(text: str | None) -> dt.datetime:
    """An aware datetime for an ISO 8601 date or time; the epoch when there is none."""
    try:
        when = dt.datetime.fromisoformat((text or "").strip())
    except ValueError:
        try:
            when = dt.datetime.fromisoformat((text or "")[:10])
        except ValueError:
            return dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
    return when if when.tzinfo else when.replace(tzinfo=dt.timezone.utc)

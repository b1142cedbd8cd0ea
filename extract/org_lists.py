"""Names in lists: a list that holds a kept organisation passes its evidence to the names beside it
("Nvidia, Gigabyte, MSI, Asus and EVGA"), and a clause after a comma ends the list.
"""

from __future__ import annotations

import re

from extract.body_names import LEGAL_SUFFIX
from extract.gazetteer import Gazetteer, name_key
from extract.mentions import Mention


# "American Prospect/Princeton"; an item's short form in brackets stays in the list ("Abu Dhabi Future
# Energy Company (Masdar), Emirates Global Aluminium (EGA), …")
LIST_JOINER = re.compile(r"^(?:\s*\([^()\n]{1,15}\))?(?:\s*(?:,|,?\s+and|,?\s+or|&)\s+|\s*/\s*)(?:the\s+)?$")
BARE_COMMA = re.compile(r",\s+$")
LIST_GOES_ON = re.compile(r"\s*,|\s+(?:and|or)\b")


def listed_with_organisations(text: str, groups: dict[str, list[Mention]], verdicts: dict[str, str],
                              places_listed: re.Pattern) -> dict[str, str]:
    """"Boeing, Lockheed Martin and Moon Express": a name listed next to a kept organisation,
    both written as proper names, is one too. Repeated so a list passes evidence along. Not a
    list a kind of place opens ("areas including Aberdeen and Clwyd South", "towns such as …"):
    its names are places, whatever the model called them."""
    changed: dict[str, str] = {}
    ordered = sorted((m.start, m.end, key) for key, members in groups.items() for m in members)
    progress = True
    while progress:
        progress = False
        for (s1, e1, k1), (s2, e2, k2) in zip(ordered, ordered[1:]):
            if k1 == k2 or not LIST_JOINER.match(text[e1:s2]) or clause_after_comma(text, e1, s2, e2) \
                    or name_key(text[s1:e2]) in groups:  # "Post and Courier", a name the article also writes whole
                continue
            v1, v2 = changed.get(k1, verdicts[k1]), changed.get(k2, verdicts[k2])
            if v1 != v2 and {v1, v2} <= {"keep", "unopposed", "unproven"} and "unproven" in (v1, v2) \
                    and not in_place_list(text, s1, places_listed):
                changed[k1] = changed[k2] = "keep"
                progress = True
    return changed


def listed_as_places(text: str, groups: dict[str, list[Mention]], verdicts: dict[str, str],
                     places_listed: re.Pattern) -> dict[str, str]:
    """"areas including Aberdeen and Clwyd South": a name nothing else marks as a body, listed at
    every mention after a kind of place, is a place."""
    return {key: "drop" for key, members in groups.items() if verdicts[key] in ("unopposed", "unproven")
            and all(in_place_list(text, m.start, places_listed) for m in members)}


# How far back a list's kind of place may stand ("areas including A, B, C and …").
PLACE_LIST_REACH = 200


def in_place_list(text: str, start: int, places_listed: re.Pattern) -> bool:
    """The name at ``start`` is an item of a list a kind of place opens (org_words places_listed)."""
    return places_listed.search(text, max(0, start - PLACE_LIST_REACH), start) is not None


def clause_after_comma(text: str, e1: int, s2: int, e2: int) -> bool:
    """"Asked by newspaper GP, Tegnell laughed": after a bare comma, a name that does not go on
    as a list ("GP, Tegnell and AFP", "GP, Tegnell.") opens a new clause."""
    return text[e1:s2].strip() == "," and not LIST_GOES_ON.match(text, e2) and not LIST_ENDS.match(text, e2)


LIST_ENDS = re.compile(r"\s*(?:[.;:)!?]|$)")
LIST_ITEM = r"[A-Z][\w’'&.+-]*(?:[ \t]+[A-Z][\w’'&.+-]*){0,3}"  # a list stays in its line
LIST_SEPARATOR = r"[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+|[ \t]*/[ \t]*"
NAME_LIST = re.compile(rf"{LIST_ITEM}(?:(?:{LIST_SEPARATOR}){LIST_ITEM}){{2,}}")


def listed_among_kept_names(text: str, groups: dict[str, list[Mention]], verdicts: dict[str, str],
                            gazetteer: Gazetteer) -> dict[str, str]:
    """"from Nvidia, Gigabyte, MSI, Asus, PNY and EVGA": an item of a list of proper names
    whose other items are mostly kept organisations is one too, even where the model tagged
    no neighbour next to it (so ``listed_with_organisations`` sees no pair). A list of nothing
    but bodies outweighs the model calling the name a place elsewhere."""
    kept = {m.text for key, members in groups.items() if verdicts[key] == "keep" for m in members}
    out = {}
    for key, members in groups.items():
        if verdicts[key] not in ("unproven", "drop"):
            continue
        for m in members:
            items = list_around(text, m)
            others = [i for i in items if i != m.text]
            bodies = [i for i in others if i in kept or gazetteer.lookup("ORG", i)]
            if m.text in items and len(bodies) >= 2 and 2 * len(bodies) >= len(others) and (
                    verdicts[key] == "unproven" or len(bodies) >= 3 and len(bodies) == len(others)):
                out[key] = "keep"
    return out


def list_around(text: str, m: Mention) -> list[str]:
    """The items of the list of capitalised names ``m`` stands in, if it stands in one."""
    start, end = max(0, m.start - 200), min(len(text), m.end + 200)
    for match in NAME_LIST.finditer(text, start, end):
        if match.start() <= m.start and m.end <= match.end():
            return [list_item(i) for i in re.split(LIST_SEPARATOR, match.group()) if i.strip()]
    return []


def list_item(raw: str) -> str:
    """"Homejoy." at a sentence's end is "Homejoy"; "Tyvak Inc." keeps its full stop."""
    item = raw.strip()
    return item if LEGAL_SUFFIX.match(item.split()[-1]) else item.rstrip(".")


# A row of a table of figures: a name, a comma or colon, a figure ("Wessex Water, £614",
# "Bristol Water: £1.9 million", "Acme: 12%"); rows are split by semicolons or line breaks, a
# bullet allowed ("  • Affinity Water - £0.8 million").
FIGURE_ROW = re.compile(r"(?<![\w’'&.-])([A-Z][\w’'&.-]*(?:[ ][A-Z][\w’'&.-]*){0,4})"
                        r"(?:[ ]?[:,–-])[ ]+[£$€]?\d[\d,.]*(?:[ ]?(?:m|bn|k|million|billion|%|pc|per[ ]cent))?\b")
ROW_BREAK = re.compile(r"^[ \t]*[;.]?[ \t]*(?:\n[ \t]*(?:[•*·-][ \t]*)?|;[ \t]*)$")


def rows_of_figures(text: str) -> list[list[tuple[int, int]]]:
    """The tables of three rows or more, each a list of its rows' names as (start, end)."""
    tables, table, last_end = [], [], None
    for row in FIGURE_ROW.finditer(text):
        if table and not ROW_BREAK.match(text[last_end:row.start()]):
            tables.append(table)
            table = []
        table.append(row.span(1))
        last_end = row.end()
    tables.append(table)
    return [t for t in tables if len(t) >= 3]


def bodies_in_tables_of_figures(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"Southern Water, £642; Anglian Water, £631; Wessex Water, £614; Hafren Dyfrdwy, £557": rows
    of one table give one kind of thing a figure each. A row whose last word ends a body's name in
    the article ("Wessex Water" beside "Thames Water") is a body too; then, where at least half of
    the rows name bodies (an ORG mention, a listed body or such a row), two at the least, every row
    does. The model calls such names people or works, and a price rule reads "Bristol Water:
    £1.9m" as a product's."""
    orgs = {(m.start, m.end) for m in mentions if m.label == "ORG"}
    heads = {m.text.split()[-1] for m in mentions if m.label == "ORG" and " " in m.text}
    found = []
    for table in rows_of_figures(text):
        names = [text[s:e] for s, e in table]
        listed = [(s, e) in orgs or gazetteer.lookup("ORG", n) is not None for (s, e), n in zip(table, names)]
        is_body = [body or (" " in n and n.split()[-1] in heads) for n, body in zip(names, listed)]
        most = sum(is_body) >= 2 and 2 * sum(is_body) >= len(table)
        found += [Mention("ORG", s, e, n) for (s, e), n, body, known in zip(table, names, is_body, listed)
                  if not known and (body or most)]
    return found

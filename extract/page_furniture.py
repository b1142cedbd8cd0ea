"""Lines of a page that are not the story, and what they say about the names in them: share bars and
follow-us lines, a round-up's bracketed credits ("[ Wired ]"), a masthead, a dateline's place and its
outlet ("NAPA COUNTY, Calif. (KGO) --"), and a lede or line set in capitals ("UNIONS have warned").
"""

from __future__ import annotations

import re

from extract.gazetteer import Gazetteer, name_key
from extract.known_names import known_organisations
from extract.lexicon import is_plain_word
from extract.mentions import Mention, not_yet_mentioned
from extract.name_evidence import line_around
from extract.org_words import Lists


BRACKETED_CREDIT = re.compile(r"(?m)^[ \t]*\[[ \t]*([A-Z0-9][\w’'&.+-]*(?:[ \t]+[\w’'&.+-]+){0,3}?)[ \t]*\][ \t]*$")


def bracketed_credits(text: str, mentions: list[Mention]) -> list[Mention]:
    """"[ Wired ]" on a line of its own after each excerpt of a review round-up: where such lines
    name at least two sources and one is a well-known outlet, each credits the outlet quoted."""
    found = [Mention("ORG", c.start(1), c.end(1), c.group(1)) for c in BRACKETED_CREDIT.finditer(text)] \
        if "[" in text else []
    names = {name_key(m.text) for m in found}
    if len(names) < 2 or not names & known_organisations():
        return []
    return not_yet_mentioned(found, mentions)


def masthead(text: str, m: Mention, lists: Lists) -> bool:
    """"Evening Express", "Express & Star": a newspaper's name alone on the page's first line is the
    outlet's masthead (its last word a newspaper's, "Star", "Express"), whatever the words in it."""
    return not text[:m.start].strip() and bool(lists.masthead.match(text, m.start)) \
        and not line_around(text, m)[1].strip()


SHARE_BAR_SEPARATORS = re.compile(r"[\s|•·,/]+")


def page_furniture(text: str, m: Mention, lists: Lists) -> bool:
    """A social network in the page's invitation to follow it ("You can also follow us on
    Facebook, Twitter and Google +") or in a share bar ("Twitter | Facebook | Google+")."""
    if m.label != "ORG" or not lists.social_networks & set(m.text.split()):
        return False
    before, after = line_around(text, m)
    line = before + m.text + after
    names_only = SHARE_BAR_SEPARATORS.sub(" ", line).replace(" and ", " ").split()
    return bool(lists.reader_invitation.search(line)) or all(w in lists.social_networks for w in names_only)


DATELINE_PLACE = re.compile(r"(?:^|\n)[A-Z][A-Za-z\d .,’'-]{1,60}\(\s*$")  # "WOLFSBURG, Germany, April 28 ("
DATELINE_DASH = re.compile(r"^\s*\)\s*(?:--|[-—–:])")  # "ISLAMABAD, May 25 (APP):" too
# "CHEHALIS —", "OAKLAND, Calif. —" opening a line: the place a wire story was filed from.
DATELINE_OPENING = re.compile(r"(?:^|\n)[ \t]*$")
DATELINE_PLACE_END = re.compile(r"^(?:,[ \t]*[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)?[ \t]*(?:--|[—–])[ \t]")


def dateline_place(text: str, m: Mention) -> bool:
    """A name in capitals opening a line before a dash is the dateline's place, not a body acting."""
    return m.text.isupper() and len(m.text) > 3 and bool(DATELINE_OPENING.search(text[max(0, m.start - 8):m.start])) \
        and bool(DATELINE_PLACE_END.match(text[m.end:m.end + 30]))


# UK papers set a story's first word or words in capitals: "UNIONS have warned", "A COUNCIL chief
# criticised", "SCOTLAND'S teachers". The capitals are the paper's style, not an acronym's.
LEDE_IN_CAPITALS = re.compile(r"(?:^|\n)[ \t]*(?:(?:A|AN|THE)[ \t]+)?$")
RUNNING_ON = re.compile(r"(?:['’]S?)?[ \t]+[a-z]")
LINE_IN_CAPITALS = re.compile(r"[^a-z\n]*(?:\n|$)")


def story_opens_in_capitals(text: str, members: list[Mention], gazetteer: Gazetteer) -> bool:
    """A plain word of the language in capitals opening a story is that word ("UNIONS have warned"),
    and so is the same word opening the headline ("Council chief slams ..."), unless the article
    writes it as a name mid-sentence too ("beat Rangers", "while Aberdeen left"): a side, a party
    or a union named in capitals opens a story just the same."""
    lede = next((m for m in members if opens_line_in_capitals(text, m)), None)
    word = lede.text if lede else ""
    if not lede or " " in word or not is_plain_word(word.strip("’'"), gazetteer.plain_words) \
            or not all(LEDE_IN_CAPITALS.search(text, max(0, m.start - 12), m.start) for m in members):
        return False
    forms = {m.text for m in members} | {word.title()}
    as_name = re.compile(r"(?:\b[a-z]+|,)[ \t]+(?:%s)\b" % "|".join(map(re.escape, forms)))
    return not as_name.search(text)


def opens_line_in_capitals(text: str, m: Mention) -> bool:
    """"UNIONS have warned", "NURSES’ leaders": capitals opening a line that runs on in lower case,
    or a line all in capitals ("OWNED BY OUR READERS", a slogan or a headline); not a dateline's
    place ("CONCORD – House leader")."""
    return m.text.isupper() and bool(LEDE_IN_CAPITALS.search(text, max(0, m.start - 12), m.start)
                                     and (RUNNING_ON.match(text, m.end) or LINE_IN_CAPITALS.match(text, m.end)))


def dateline_source(text: str, m: Mention) -> bool:
    """"NAPA COUNTY, Calif. (KGO) --", "LONDON (Reuters) -", "ISLAMABAD, May 25 (APP):": the outlet
    that filed the story."""
    return bool(DATELINE_PLACE.search(text[max(0, m.start - 64):m.start]) and DATELINE_DASH.match(text[m.end:m.end + 8]))

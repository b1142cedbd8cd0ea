"""Lines of a page that are not the story, and what they say about the names in them: datelines and
the outlet in them ("NAPA COUNTY, Calif. (KGO) --"), bylines (in capitals too), headlines and
subheadings, share bars and follow-us lines, a round-up's bracketed credits ("[ Wired ]"), a
masthead, and a lede or line set in capitals ("UNIONS have warned").
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from extract.gazetteer import Gazetteer, name_key
from extract.known_names import known_organisations
from extract.lexicon import is_plain_word
from extract.mentions import Mention, not_yet_mentioned
from extract.name_context import in_title_case_line
from extract.name_patterns import ORG_HEAD_WORD
from extract.org_words import Lists, word_lists


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


# A page's title line ending in the site's name after a bar: "Minister raises the alarm on the
# judgment | Ripples Nigeria" (a headline of four words or more, one bar, a name of one to three words).
TITLE_WITH_SITE = re.compile(r"[ \t]*(?:[^\s|]+[ \t]+){4,}[^\s|]+[ \t]+\|[ \t]+"
                             r"((?:The[ ])?[A-Z][\w’'.&-]*(?:[ ][A-Z][\w’'.&-]*){0,2})[ \t]*(?:\n|$)")


# An aggregator's credit of the paper it reprints, with the paper's city, on the line above the
# byline: "Capital FM (Nairobi)\nBy Wangechi Purity", "Daily Maverick (Johannesburg)\nopinion By …".
OUTLET_AND_CITY = re.compile(r"(?m)^[ \t]*((?:The[ ])?[A-Z][\w.&’'-]*(?:[ ][A-Z][\w.&’'-]*){0,3})[ ]"
                             r"\([A-Z][a-z]+(?:[ ][A-Z][a-z]+)?\)[ \t]*\n[ \t]*(?:[a-z]+[ ])?By[ ]")


# A page's breadcrumb trail opening its first line: the site (or its owner and the site) before the
# sections in lowercase ("RADP / Pulse Ghana  >  news  >  politics").
SITE_NAME = r"([A-Z][\w.&’'-]*(?:[ ][A-Z][\w.&’'-]*){0,2})"
BREADCRUMB = re.compile(rf"[ \t]*(?:date[ \t]+\d{{4}}-\d\d-\d\d[ \t]+)?{SITE_NAME}(?:[ \t]*/[ \t]*{SITE_NAME})?"
                        r"[ \t]+>[ \t]+[a-z][a-z -]*[ \t]+>")


def page_names(text: str, mentions: list[Mention], lists: Lists) -> list[Mention]:
    """The outlet a page names as its own, though the model tagged nothing there: a masthead alone
    on the first line ("The Gold Coast Bulletin"), the site's name after the title ("… judgment |
    Ripples Nigeria"), the reprinted paper with its city above the byline, or the site opening a
    breadcrumb trail."""
    start = len(text) - len(text.lstrip())
    first = TITLE_WITH_SITE.match(text, start)
    found = [Mention("ORG", first.start(1), first.end(1), first.group(1))] if first else []
    head = lists.masthead.match(text, start)
    if head and not found:
        found = [Mention("ORG", start, start + len(head.group().rstrip()), head.group().rstrip())]
    found += [Mention("ORG", m.start(1), m.end(1), m.group(1)) for m in OUTLET_AND_CITY.finditer(text)]
    crumbs = BREADCRUMB.match(text)
    found += [Mention("ORG", crumbs.start(g), crumbs.end(g), crumbs.group(g)) for g in (1, 2) if crumbs and crumbs.group(g)]
    return not_yet_mentioned(found, mentions) if found else []


SHARE_BAR_SEPARATORS = re.compile(r"[\s|•·,/]+")


def page_furniture(text: str, m: Mention, lists: Lists) -> bool:
    """A social network in the page's invitation to follow it ("You can also follow us on
    Facebook, Twitter and Google +") or in a share bar ("Twitter | Facebook | Google+")."""
    if m.label != "ORG" or not lists.social_networks & set(m.text.split()):
        return False
    before, after = line_around(text, m)
    line = before + m.text + after
    # (a bar may end in a lone "+" for more networks: "Google+ Pinterest LinkedIn Tumblr +")
    names_only = [w for w in SHARE_BAR_SEPARATORS.sub(" ", line).replace(" and ", " ").split() if w != "+"]
    return bool(lists.reader_invitation.search(line)) or all(w in lists.social_networks for w in names_only)


# "WOLFSBURG, Germany, April 28 (", also after the page's date ("date 2020-06-24 URBANA, Ill. (")
DATELINE_PLACE = re.compile(r"(?:^|\n)(?:[ \t]*date[ \t]+\d{4}-\d\d-\d\d[ \t]+)?[A-Z][A-Za-z\d .,’'-]{1,60}\(\s*$")
DATELINE_DASH = re.compile(r"^\s*\)\s*(?:--|[-—–:])")  # "ISLAMABAD, May 25 (APP):" too
# "CHEHALIS —", "OAKLAND, Calif. —", "KOTA KINABALU, Oct 19 —" opening a line: the place a wire
# story was filed from (the state or the day of filing may follow it).
DATELINE_OPENING = re.compile(r"(?:^|\n)[ \t]*$")
DATELINE_PLACE_END = re.compile(r"^(?:,[ \t]*[A-Z][\w.]*(?:[ \t](?:[A-Z][\w.]*|\d{1,2}))?)?[ \t]*(?:--|[—–])[ \t]")


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


# "CHATTANOOGA (WDEF) –", "URBANA, Ill. (WAND) -" opening a line, or the page's first line after its
# date ("date 2020-06-24 "): group 1 is the station or agency that filed the story.
# The place may be left out: "(WXYZ) — Governor Gretchen Whitmer has signed", the line opening with the station.
DATELINE_AGENCY = re.compile(r"(?:^|\n)[ \t]*(?:date[ \t]+\d{4}-\d\d-\d\d[ \t]+)?(?:[A-Z][A-Z .’'-]+"
                             r"(?:,[ \t][A-Za-z. ]{2,20})?[ \t])?\(([A-Z][A-Za-z]{1,11}(?:[ ][A-Z]{2,4})?)\)[ \t]*(?:--|[—–-])")


def dateline_agencies(text: str, mentions: list[Mention]) -> list[Mention]:
    """"CHATTANOOGA (WDEF) – For the second week …": the station or agency in brackets in a
    dateline filed the story and is a body, though the model tags nothing there ("WAND" is a word)."""
    found = [Mention("ORG", m.start(1), m.end(1), m.group(1)) for m in DATELINE_AGENCY.finditer(text)]
    return not_yet_mentioned(found, mentions) if found else []


def outlets_in_promos(text: str, mentions: list[Mention], lists: Lists) -> list[Mention]:
    """"Join the Irish News WhatsApp channel", "Enjoy having The Sunday Post delivered as an ePaper":
    the page's invitation to read or follow it names the outlet."""
    found = [Mention("ORG", m.start(1), m.end(1), m.group(1)) for m in lists.outlet_promo.finditer(text)]
    return not_yet_mentioned(found, mentions) if found else []


def sources_named_by_furniture(text: str, lists: Lists) -> list[str]:
    """The names a dateline's brackets or a page's first line give as the story's source, which
    are bodies whether or not the model tagged them ("(WXYZ) —" tagged ORG with nothing else said)."""
    return [m.group(1) for m in DATELINE_AGENCY.finditer(text)] + [m.text for m in page_names(text, [], lists)] \
        + [m.group(1) for m in lists.outlet_promo.finditer(text)]


# "COLUMBIA, S.C. (AP) —", "LONDON (Reuters) -": a wire story's dateline names a place.
DATELINE = re.compile(r"[A-Z][A-Z .’'-]+(?:,\s[A-Za-z. ]{2,20})?\s\([A-Za-z]{2,12}\)\s*[—–-]")


# "LAOAG CITY, Ilocos Norte—President …", "KOTA KINABALU, Sabah – …": the city in capitals opening
# the first line, a comma, then the province or state the name after it is, and the dateline's dash.
CITY_OPENING_LINE = re.compile(r"[ \t]*[A-Z][A-Z .’'-]+,[ \t]*")
DASH_AFTER = re.compile(r"[ \t]*[—–-]")


# "General News of Tuesday, 8 September 2020": a news site's section and the day of the story, on its
# own line above it
SECTION_OF_DAY = re.compile(r"[ \t]+of[ \t]+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


def sections_of_the_day(text: str, mentions: list[Mention]) -> list[Mention]:
    """A section's label opening a line before "of Tuesday" names no body ("General News", "Business")."""
    return [m for m in mentions if not (SECTION_OF_DAY.match(text, m.end)
                                        and not text[text.rfind("\n", 0, m.start) + 1:m.start].strip(" \tdate0123456789-"))]


def datelines(text: str, mentions: list[Mention]) -> list[Mention]:
    def in_dateline(m):
        line_start = text.rfind("\n", 0, m.start) + 1
        if m.text.isupper() and not text[line_start:m.start].strip() \
                and (DATELINE.match(text, m.start) or dateline_place(text, m)):
            return True  # the dateline's place
        return bool(CITY_OPENING_LINE.fullmatch(text, line_start, m.start) and DASH_AFTER.match(text, m.end))
    return [m for m in mentions if not in_dateline(m)]


def headline_phrases(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"Amazon Liable for Defective Third-Party Products Rules CA Appellate Court": in a
    headline every word has a capital, so a long run of them is the headline, not a name; so is
    a whole line of five words or more that capitalises its little words ("IGP Urges Police To
    Assemble Evidence", "Microsoft Surprises With A New Laptop Launch")."""
    return [m for m in mentions if len(m.text.split()) < 4 or gazetteer.label_of(m.text)
            or not (in_title_case_line(text, m.start, m.end) or whole_headline(text, m))]


# "Losses Of Adani Group", "Condition of Adani Group": a subheading's plain words before "of" and a name.
SUBHEADING_OF = re.compile(r"^((?:[A-Z][a-z]+\s+){1,3})(?:of|Of)\s+(?:the\s+|The\s+)?(?=[A-Z])")


def subheadings_about_bodies(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"Losses Of Adani Group" opening a line that goes on in lowercase words at most ("Condition of
    Adani Group shares") is a subheading about Adani Group, a name the article also gives alone; the
    plain words before "of" are no part of it ("Bank of America" keeps its head word)."""
    named = {m.text for m in mentions if m.label == "ORG"}
    out = []
    for m in mentions:
        lead = SUBHEADING_OF.match(m.text) if m.label == "ORG" else None
        if lead and m.text[lead.end():] in named and not ORG_HEAD_WORD.search(lead.group(1)) \
                and all(is_plain_word(w, gazetteer.plain_words) for w in lead.group(1).split()):
            before, after = line_around(text, m)
            if not before.strip() and re.fullmatch(r"[a-z ]*", after):
                m = Mention("ORG", m.start + lead.end(), m.end, m.text[lead.end():])
        out.append(m)
    return out


def line_around(text: str, m: Mention) -> tuple[str, str]:
    """The words of a mention's line before it and after it."""
    line_start, line_end = text.rfind("\n", 0, m.start) + 1, text.find("\n", m.end)
    return text[line_start:m.start], text[m.end:len(text) if line_end < 0 else line_end]


# Little words a name keeps in lowercase ("Committee to Protect Journalists") and a headline capitalises.
HEADLINE_LITTLE_WORDS = {"To", "With", "A", "An", "Before", "After", "Into", "Over", "Against", "Amid", "As"}


def whole_headline(text: str, m: Mention) -> bool:
    words = m.text.split()
    rest = "".join(line_around(text, m))
    return len(words) >= 5 and not rest.strip(" .:!?") and any(w in HEADLINE_LITTLE_WORDS for w in words[1:])


# A byline set in capitals on a line of its own ("STEWART PATERSON", "By JANE DOE"), then the
# writer's job on the next line ("Political Correspondent").
CAPITALS_BYLINE = re.compile(r"(?m)^[ \t]*(?:By[ \t]+|BY[ \t]+)?([A-Z][A-Z’'-]+(?:[ \t]+[A-Z][A-Z’'-]+){1,2})[ \t]*\n\s*([^\n]{1,60})$")
# Print pages set the job on the byline's own line, often as a list item and before the writer's
# email: "- TED PESKETT Local Democracy Reporter ted.peskett@…", "JANE DOE Health Editor".
CAPITALS_BYLINE_WITH_JOB = re.compile(
    r"(?m)^[ \t]*(?:[-•*][ \t]+)?(?:By[ \t]+|BY[ \t]+)?([A-Z][A-Z’'-]+(?:[ \t]+[A-Z][A-Z’'-]+){1,2})"
    r"[ \t]+((?:[A-Z][a-z]+[ \t]+){0,3}[A-Z][a-z]+)(?=[ \t]*(?:\S+@\S+[ \t]*)?$)")
# A byline in capitals alone on its line needs a mark of one: a list's dash or "By" ("- KARINA
# BARRYMORE", "- BY JANE DOE"); a bare line in capitals is as often a crosshead ("FRANCE WINS").
MARKED_CAPITALS_BYLINE = re.compile(
    r"(?m)^[ \t]*(?:[-•*–—][ \t]+(?:B[Yy][ \t]+)?|B[Yy][ \t]+)([A-Z][A-Z’'-]+(?:[ \t]+[A-Z][A-Z’'-]+){1,2})[ \t]*$")
# "By Faizan Bangash & News Desk", "By Segun James and Kunle Aderinokun": a byline's first name,
# two or three capitalised words after "By" at a line's start, up to "&", "and", a comma or the line's end.
BYLINE = re.compile(r"(?m)^[ \t]*By[ \t]+([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,2})[ \t]*(?=&|and\b|,|in[ \t]+[A-Z]|$)")
# A wire or Nigerian byline names its writers and where they file from, "By" or not: "Jane Doe and
# John Roe in Abuja". Without "By" only the pair and the place together mark the line as a byline.
BYLINE_NAME = r"[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,2}"
BYLINE_PAIR_FROM_PLACE = re.compile(
    rf"(?m)^[ \t]*(?:By[ \t]+)?({BYLINE_NAME})[ \t]+(?:and|&)[ \t]+({BYLINE_NAME})[ \t]+in[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]*$")


def writers_in_bylines(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The model may take a byline's name, run on into "& News Desk", for a body's: after "By" at a
    line's start, a given name or a word of no language opening two or three capitalised words
    with no body's word among them is the writer ("By News Desk", "By Staff Reporter",
    "By HealthDay News" are none)."""
    names = [line.span(1) for line in BYLINE.finditer(text)]
    names += [line.span(g) for line in BYLINE_PAIR_FROM_PLACE.finditer(text) for g in (1, 2)]
    for start, end in names:
        name = text[start:end]
        words = name.split()
        if ORG_HEAD_WORD.search(name) or gazetteer.label_of(name) \
                or words[-1] in word_lists(gazetteer).outlet_last_words \
                or any(w.lower() in STOP_WORDS or w.lower() in gazetteer.person_words for w in words) \
                or not (gazetteer.is_first_name(words[0]) or not is_plain_word(words[0], gazetteer.plain_words)):
            continue
        if any(m.start == start and m.end == end and m.label == "PERSON" for m in mentions):
            continue
        mentions = [m for m in mentions if m.end <= start or m.start >= end] + [Mention("PERSON", start, end, name)]
    return mentions


def bylines_in_capitals(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The model does not read a name set in capitals (it may take it for a body's); a byline's
    is a person's when it opens with a given name and the line after it, or the rest of its own
    line, names a job, or a dash or "By" marks the line as a byline."""
    for line in (*CAPITALS_BYLINE.finditer(text), *CAPITALS_BYLINE_WITH_JOB.finditer(text),
                 *MARKED_CAPITALS_BYLINE.finditer(text)):
        words = line.group(1).split()
        marked = line.re is MARKED_CAPITALS_BYLINE  # the dash or "By" does the job's work
        job = [] if marked else line.group(2).lower().split()
        if gazetteer.is_first_name(words[0]) and gazetteer.label_of(line.group(1)) != "ORG" \
                and (marked or job and job[-1] in gazetteer.role_nouns):
            start, end = line.span(1)
            mentions = [m for m in mentions if m.end <= start or m.start >= end] \
                + [Mention("PERSON", start, end, line.group(1))]
    return mentions

"""Bodies of the state that the model misses or mis-cuts: legislatures and executives named alone
("the Assembly", "Stormont"), ministries and ministers' portfolios, councils named by their place
("Fife council"), a party's or a nation's branch, a party before an office ("SNP MSP").
"""

from __future__ import annotations

import functools
import re

from extract.gazetteer import Gazetteer
from extract.mentions import Mention, Spans
from extract.name_context import WORD_BEFORE, in_title_case_line
from extract.name_patterns import ORG_HEAD_WORD


# A department named by its portfolios: "Department of Jobs, Enterprise & Innovation", "Department
# of Agriculture, Water and the Environment" (each portfolio one or two capitalised words).
_PORTFOLIO = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?"
PORTFOLIOS = re.compile(rf"(?:(?:[Tt]he|An?)\s+)?(?:Department|Ministry|Office)\s+(?:of|for)\s+{_PORTFOLIO}"
                        rf"(?:,\s+{_PORTFOLIO})*,?\s+(?:and|&)\s+(?:the\s+)?{_PORTFOLIO}")
# A minister and what the office is "for" or "of": "Minister for Food and Agriculture", "Minister of
# State for Trade", "Secretary of State for Work and Pensions". The words after it are a portfolio.
MINISTER_FOR = r"\b(?:Minister|Cabinet Secretary|Secretary of State)[ \t]+(?:of[ \t]+State[ \t]+)?(?:for|of)[ \t]+"
# An office named by its portfolios, then its holder: "Minister for Higher Education, Further
# Education, Youth Employment and Training Jamie Hepburn", "Cabinet Secretary for Finance and the
# Economy Kate Forbes". The holder is a given name and a surname right after the last portfolio.
# A list of portfolios ends in "and": after "the Minister for the Interior, " comes the holder's
# whole name ("Muntaka Mohammed Mubarak"), not a second portfolio.
_ONE_PORTFOLIO = r"(?:the\s+)?[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)?"
HOLDER_AFTER_PORTFOLIOS = re.compile(
    rf"(?:{MINISTER_FOR}|\b(?:Secretary|Spokesperson|Spokesman|Spokeswoman|Commissioner)[ \t]+(?:for|of)[ \t]+)"
    rf"{_ONE_PORTFOLIO}(?:(?:,[ \t]+{_ONE_PORTFOLIO})*,?[ \t]+(?:and|&)[ \t]+{_ONE_PORTFOLIO})?"
    rf"[ \t]+(?P<name>[A-Z][^\W\d_]*[a-z][^\W\d_]*(?:-[A-Z][^\W\d_]+)?[ \t]+[A-Z][\w’'-]*[a-z][\w’'-]*)"
    rf"(?![ \t]+[A-Z][a-z])")


def holders_after_portfolios(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The portfolios of an office are no body ("Youth Employment") and no part of its holder's
    name ("Training Jamie Hepburn"): the names the model found inside the office give way to
    the holder, a given name and a surname after the last portfolio."""
    holders = [m for m in HOLDER_AFTER_PORTFOLIOS.finditer(text) if gazetteer.is_first_name(m.group("name").split()[0])]
    if not holders:
        return mentions
    for office in holders:
        start, end = office.span("name")
        mentions = [m for m in mentions if not office.start() <= m.start < end]
        mentions.append(Mention("PERSON", start, end, text[start:end], titled=True))
    return mentions


# Right after a minister's office: "the Minister of Mineral Resources and Energy".
# (or after the office's first portfolios: "Budget and National Planning" in "the Minister of Finance,
# Budget and National Planning")
MINISTER_FOR_BEFORE = re.compile(rf"{MINISTER_FOR}(?:{_ONE_PORTFOLIO},[ \t]+)*(?:the[ \t]+)?$")


def ministries_of_portfolios(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"the Ministry of Finance, Budget and National Planning": the model may end the ministry's name
    at the comma and take the other portfolios for a body of their own; a ministry named by its
    portfolios is one name. Not a list of bodies after a ministry ("the Ministry of Finance, IMF and
    World Bank"): a portfolio is no acronym, holds no body's head word and is no listed name."""
    for found in PORTFOLIOS.finditer(text):
        start = found.start() + len(re.match(r"(?:(?:[Tt]he|An?)\s+)?", found.group()).group())
        inside = [m for m in mentions if m.start < found.end() and m.end > start]
        portfolios = re.split(r",\s+|\s+(?:and|&)\s+(?:the\s+)?", text[text.index(" ", start):found.end()].strip())[1:]
        if not inside or len(inside) < 2 or any(m.label != "ORG" or m.start < start or m.end > found.end() for m in inside) \
                or inside[0].start != start or any(p.isupper() or ORG_HEAD_WORD.search(p) or gazetteer.label_of(p)
                                                   for p in portfolios):
            continue
        mentions = [m for m in mentions if m not in inside] + [Mention("ORG", start, found.end(), text[start:found.end()])]
    return sorted(mentions, key=lambda m: (m.start, -m.end))


# The federal courts of appeals as American news names them: "the U.S. Court of Appeals for the
# Fourth Circuit", "the 9th U.S. Circuit Court of Appeals", "the Ninth Circuit Court of Appeals".
_CIRCUIT = r"(?:\d{1,2}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|D\.C\.|Federal)"
CIRCUIT_COURTS = re.compile(
    rf"(?<![\w.-])(?:(?:(?:U\.S\.|US|United[ ]States)[ ])?Court[ ]of[ ]Appeals[ ]for[ ]the[ ]{_CIRCUIT}[ ]Circuit"
    rf"|(?:U\.?S\.?[ ])?{_CIRCUIT}[ ](?:U\.?S\.?[ ])?Circuit[ ]Court[ ]of[ ]Appeals?)(?![\w-])")


def courts_of_circuits(text: str, mentions: list[Mention]) -> list[Mention]:
    """A federal appeals court's name holds its circuit: the model ends "the U.S. Court of Appeals"
    before "for the Fourth Circuit" (and tags that a court of its own) and leaves out the ordinal
    that opens "9th U.S. Circuit Court of Appeals". The whole name replaces the pieces it covers."""
    courts = [Mention("ORG", found.start(), found.end(), found.group()) for found in CIRCUIT_COURTS.finditer(text)]
    if not courts:
        return mentions
    taken = Spans(courts)
    return [m for m in mentions if not taken.overlapping(m)] + courts


def portfolio_of_minister(text: str, mention: Mention) -> bool:
    """The words after "Minister for" name the office's portfolio, not a body ("Food and
    Agriculture", "Local Government", "Labour" in "the former Minister of Labour"), unless they
    hold a body's head word: "Minister for the Cabinet Office" names the office too."""
    return mention.label == "ORG" and not ORG_HEAD_WORD.search(mention.text.replace("Government", "")) \
        and MINISTER_FOR_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None


# Right after a member's seat: "the MSP for Perthshire North", "MP for St Austell and Newquay".
MEMBER_FOR_BEFORE = re.compile(r"\b(?:MSP|MP|MS|MLA|MEP|AM|TD|[Cc]ouncillor|[Mm]ember)[ \t]+for[ \t]+(?:the[ \t]+)?$")


def seat_of_member(text: str, mention: Mention) -> bool:
    """The words after "MSP for" name the member's constituency or ward, a place, not a body
    ("Perthshire North", "St Austell"), unless they hold a body's head word."""
    return mention.label == "ORG" and not ORG_HEAD_WORD.search(mention.text) \
        and MEMBER_FOR_BEFORE.search(text, max(0, mention.start - 30), mention.start) is not None


# "council" after a place, with the kind of council or not ("Leicestershire county council"), not the
# things named after councils ("Glasgow council tax", "a Fife council house").
LOWERCASE_COUNCIL = r"[ ](?:(?:city|county|borough|district|town|regional)[ ])?council"
THINGS_OF_COUNCILS = r"[ ](?:tax|taxes|houses?|homes?|flats?|estates?|housing)\b"
COUNCIL_AFTER_PLACE = re.compile(LOWERCASE_COUNCIL + rf"(?!{THINGS_OF_COUNCILS})(?![\w’'-])")
THING_OF_COUNCIL_AFTER = re.compile(THINGS_OF_COUNCILS)
COUNCIL_ENDING_PLACE = re.compile(r"\w" + LOWERCASE_COUNCIL + "$")


def councils_named_by_place(doc, text: str, mentions: list[Mention]) -> list[Mention]:
    """"Edinburgh council leader Cammy Day", "Carrick council", "Leicestershire county council": a place
    the model tags before a lowercase "council" names that council, which the model leaves out; so do two places joined
    by "and" ("Perth and Kinross council", "Derry City and Strabane council")."""
    taken = Spans(mentions)
    found = []
    places = [e for e in doc.ents if e.label_ == "GPE"]
    for i, e in enumerate(places):
        council = COUNCIL_AFTER_PLACE.match(text, e.end_char)
        if council or COUNCIL_ENDING_PLACE.search(e.text):
            # the model may take the council into the place itself: "Leicestershire county council" GPE
            start, end = e.start_char, council.end() if council else e.end_char
            if i and text[places[i - 1].end_char:start] == " and ":
                start = places[i - 1].start_char
            start += 4 if text[start:end].lower().startswith("the ") else 0
            m = Mention("ORG", start, end, text[start:end])
            if not taken.overlapping(m):
                found.append(m)
    return found


def without_things_of_councils(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Band D council tax", "a Fife council house": a name the model ends at a lowercase "council"
    that a tax or a home follows names that thing, not the council (which would be written
    "Fife Council", or "Fife council" with no such noun after it)."""
    return [m for m in mentions if not (m.label == "ORG" and COUNCIL_ENDING_PLACE.search(m.text)
                                        and THING_OF_COUNCIL_AFTER.match(text, m.end))]


LONE_CHAMBER = re.compile(r"(?<![\w’'-])[Tt]he[ ](?:new[ ]|full[ ]|whole[ ]|entire[ ])?(Assembly|Executive|Commons|Lords)\b(?![’'])")


def lone_chambers_untagged(text: str, mentions: list[Mention]) -> list[Mention]:
    """"urged the Executive to reform", "the Assembly and Executive": the model leaves a devolved
    chamber or government named by its one word untagged or calls it a place; the checks every
    mention passes (``legislature``) decide whether it is the body."""
    taken = Spans(mentions)
    found = [Mention("ORG", match.start(1), match.end(1), match.group(1)) for match in LONE_CHAMBER.finditer(text)]
    return [m for m in found if not taken.overlapping(m)]


@functools.cache
def nation_adjective_before(adjectives: frozenset[str]) -> re.Pattern:
    """A nation's adjective ending the text before a name ("Scottish ", "Northern Irish ")."""
    alternatives = "|".join(map(re.escape, sorted(adjectives, key=len, reverse=True)))
    return re.compile(rf"(?<![\w’'-])(?:{alternatives}) $")


def nation_branches(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"Scottish Tories leader Douglas Ross", "The Welsh Liberal Democrats said": a nation's
    adjective right before a party (aliases.yml nation_branches) names the party's branch there,
    which the model tags apart ("Scottish" a nationality, "Welsh" even a person); the adjective
    joins the name."""
    if not gazetteer.nation_adjectives:
        return mentions
    before = nation_adjective_before(gazetteer.nation_adjectives)
    joined = []
    for m in mentions:
        found = m.label == "ORG" and m.text in gazetteer.nation_branches and before.search(text, max(0, m.start - 16), m.start)
        if found:
            joined.append(Mention("ORG", found.start(), m.end, text[found.start():m.end]))
    if not joined:
        return mentions
    taken = Spans(joined)
    return [m for m in mentions if not taken.overlapping(m)] + joined


THE_BEFORE_CHAMBER = re.compile(r"(?<![\w’'-])[Tt]he[ ](?:new[ ]|full[ ]|whole[ ]|entire[ ])?$")
NAME_GOES_ON = re.compile(r"[ \t]+(?:of\b|[A-Z])")
# "the next Parliament", "a hung Parliament", "this Parliament": a term of the chamber, not the body;
# "Members of Parliament" a title.
ARTICLE_OR_MODIFIER_BEFORE = re.compile(
    r"(?<![\w’'-])(?:(?:[Aa]n?|[Tt]his|[Tt]hat|[Ee]ach|[Ee]very|[Nn]ext|[Ll]ast)[ ]+(?:[a-z][\w-]*[ ]+)?"
    r"|[Tt]he[ ]+[a-z][\w-]*[ ]+|[Mm]embers?[ ]+of[ ]+)$")  # "Members of Parliament": a seat, a title
# Chambers that "the" and their one word name ("the House", "the Assembly record", "told the Commons"), as "the
# Legislature" does, and the government a devolved chamber elects ("urged the Executive to act", Northern
# Ireland's); any other head word alone ("the Agency said") refers back to a body's name.
LONE_CHAMBERS = ("House", "Assembly", "Executive", "Commons", "Lords")
# Where an article names that government by its seat ("Stormont had trillions"), the seat is its name
# and "the Executive" one more word for it.
SEAT_OF_EXECUTIVE = re.compile(r"\bStormont\b(?![ ]+[A-Z])")  # not "the Stormont House Agreement"


def legislature(doc, mention: Mention) -> bool:
    """"Indiana House", "U.S. House": a chamber named after its state, not a building; "the House"
    or "the Assembly" alone ("should the House vote to impeach", "the new House majority", "corrected
    the Assembly record") is the chamber, where its name goes on no further ("the House of Fraser",
    "the House Intelligence Committee") and the line is no title-case headline. "Parliament" with no
    article or with "the" alone ("Parliament has approved the nominees") is the country's parliament,
    as a proper name; "the next Parliament" is a term of it."""
    words = mention.text.split()
    if doc is not None and len(words) == 1 and words[0] in LONE_CHAMBERS + ("Parliament",):
        text = doc.text
        if words[0] == "Parliament":
            named = not ARTICLE_OR_MODIFIER_BEFORE.search(text, max(0, mention.start - 20), mention.start)
        else:
            named = bool(THE_BEFORE_CHAMBER.search(text, max(0, mention.start - 12), mention.start))
        return named and not NAME_GOES_ON.match(text, mention.end) and not in_title_case_line(text, mention.start, mention.end) \
            and not (words[0] == "Executive" and (describes_noun_after(doc, mention) or SEAT_OF_EXECUTIVE.search(text)))
    if doc is None or len(words) != 2 or words[1] != "House":
        return False
    # Inside "Indiana House" the model tags "Indiana" ORG; a place elsewhere it is.
    return words[0] in ("U.S.", "US", "State") or any(t.text == words[0] and t.ent_type_ == "GPE" for t in doc)


RESIDENCE = re.compile(r"State House(?:,? [A-Z][a-z]+)?")
# "at State House", "a march to the State House", "State House, Abuja", "State House Nairobi"
VISITED_BEFORE = re.compile(r"\b(?:at|in|to|from|into|inside|outside|near|towards)\s+(?:the\s+)?$")
CITY_AFTER = re.compile(r",?[ ]+([A-Z][a-z]+)\b")


def residence_visited(doc, mention: Mention) -> bool:
    """"briefing at the State House, Abuja", "In a march to State House yesterday": in African and
    Pacific copy "State House" is the president's residence and office, a place where it is
    somewhere people go or meet, or is followed by its city; "State House officials", "Treasury
    and State House had traded blame" are the presidency, a body, and "the State House" of a US
    state is its chamber (``legislature``)."""
    if not RESIDENCE.fullmatch(mention.text):
        return False
    text = doc.text
    if VISITED_BEFORE.search(text, max(0, mention.start - 12), mention.start):
        return True
    # "State House Nairobi" as one name, or its city after it
    city = CITY_AFTER.match(text, mention.start + len("State House"))
    return bool(city) and any(t.idx == city.start(1) and t.ent_type_ == "GPE" for t in doc)


def describes_noun_after(doc, mention: Mention) -> bool:
    """"the Executive branch", "the Executive summary": a capitalised word describing the noun after it
    names a kind of thing, not a body."""
    span = doc.char_span(mention.start, mention.end)
    if span is None or len(span) != 1:
        return False
    token = span[0]
    return token.dep_ in ("compound", "amod") and token.head.i > token.i and token.head.pos_ == "NOUN"


@functools.cache
def party_before_office(parties: frozenset[str], offices: frozenset[str], nations: frozenset[str]) -> re.Pattern:
    """"Tory MSP", "Scottish Tory leader", "Green councillors": a party word, with its nation's
    adjective (aliases.yml nation_adjectives) or not, written before one of the party's people or offices."""
    party = "|".join(map(re.escape, sorted(parties)))
    office = "|".join(map(re.escape, sorted(offices, key=len, reverse=True)))
    nation = "(?:(?:" + "|".join(map(re.escape, sorted(nations, key=len, reverse=True))) + ") )?" if nations else ""
    return re.compile(rf"(?<![\w’'-])({nation}(?:{party})) (?:{office})s?(?![\w’'-])")


def parties_before_offices(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A party whose name is also a given name or a plain word (aliases.yml party_adjectives) is
    the party before an office it holds ("the Tory MSP"), unless the word is part of someone's
    name ("Chris Green MP": a name the model tagged, or after a given name)."""
    if not gazetteer.party_adjectives:
        return []
    taken = Spans(mentions)
    found = []
    for match in party_before_office(gazetteer.party_adjectives, gazetteer.party_office_nouns,
                                     gazetteer.nation_adjectives).finditer(text):
        name = Mention("ORG", match.start(1), match.end(1), match.group(1))
        before = WORD_BEFORE.search(text, max(0, name.start - 40), name.start)
        if taken.overlapping(name) or (before and gazetteer.is_first_name(before.group(1))):
            continue
        found.append(name)
    return found


def government_of_party_colour(mention: Mention, gazetteer: Gazetteer) -> bool:
    """"at Tory Government austerity", "the Green Administration": a party's adjective before the word
    for the government names the government by the colour of its party (aliases.yml
    party_adjectives, organs_of_bodies): no body of its own, and no mention of the party."""
    words = mention.text.split(" ")
    return mention.label == "ORG" and len(words) == 2 and words[0] in gazetteer.party_adjectives \
        and words[1] in gazetteer.organs_of_bodies

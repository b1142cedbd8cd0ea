"""The verdict on one ORG name over all its mentions: keep it (the text marks it as a body), drop it
(a product, a programme, a place, an event, a fragment), make it a person, or leave it unproven, from
the evidence in this module and the marks of org_marks, body_names and page_furniture.
"""

from __future__ import annotations

import re

from extract.body_names import (LEGAL_SUFFIX, has_head_word, names_a_body, needs_evidence, organisation_expansion,
                                spelt_out)
from extract.gazetteer import Gazetteer, name_key
from extract.known_names import known_organisations
from extract.mentions import Mention
from extract.name_context import in_title_case_line, names_an_office
from extract.name_patterns import ACRONYM, ORG_HEAD_WORD, STATE_AFTER
from extract.org_lists import BARE_COMMA, LIST_GOES_ON
from extract.org_marks import acts, acts_on_something, marked_around, marked_before
from extract.org_words import Lists
from extract.page_furniture import dateline_place, masthead, story_opens_in_capitals
from extract.public_bodies import legislature, residence_visited


PLACE_LABELS = ("GPE", "LOC", "FAC")


def verdict(doc, text, members, mentions, gazetteer, lists, sports) -> str:
    """"keep", "person", "drop" (the text says it is something else), "unproven" (nothing
    says it is a body) or "unopposed" (nothing either way, a name the language does not know)."""
    names = {m.text for m in members}
    well_known = any(name_key(n) in known_organisations() for n in names)
    if any(exchange_as_market(text, m, lists) for m in members):
        return "keep"  # "on Nasdaq", "stocks at the JSE": the exchange where shares trade, before its index
    if any(stock_index(text, m, lists) for m in members) and not any(marked_around(text, m, lists, sports) for m in members):
        return "drop"  # "the Nasdaq gained 0.94%": a market's index (in its headline too), unless a body's marks say otherwise
    if all(lists.venue_after.match(text, m.end) for m in members):
        return "drop"  # "Verizon Amphitheatre", "PNC Music Pavilion": a sponsor is part of the venue's name
    if all(political_label(text, m, lists) for m in members):
        return "drop"  # "leader of the Independent administration": councillors without a party, not the newspaper
    if all(town_before_its_state(text, m, gazetteer) for m in members):
        return "drop"  # "Banc 3 Inc. of Princeton, N.J.": a town, even one a listed body shares a name with
    if labour_movement(text, names, lists):
        return "drop"  # "a parley between Labour and the Federal Government" where the text speaks of organised labour
    if any(gazetteer.lookup("ORG", n) for n in names):
        return "keep"
    if all(n.split()[-1] in lists.event_heads and not body_before_its_remit(n) for n in names):
        return "drop"  # "Edinburgh Comedy Awards director Nica Burns": an event's people are its organisers'
    if all(len(n.strip(".’'")) == 1 for n in names):
        return "drop"  # "brand A over brand B": a letter names no body unless aliases.yml lists it
    if not well_known and (all(dateline_place(text, m) for m in members)
                           or story_opens_in_capitals(text, members, gazetteer)):
        return "drop"
    if all(BASED_AFTER.match(text, m.end) for m in members) and not well_known:
        return "drop"  # "the Dunmurry-based manufacturer Survitec": where a body is, not a body
    if any(m.titled for m in members) or person_elsewhere(names, mentions) \
            or any(lists.job_in_apposition.match(text, m.end) and not ORG_HEAD_WORD.search(m.text) for m in members) \
            or not (well_known or sports) and any(given_name_before_who(text, m, gazetteer) for m in members) \
            or not well_known and any(speaker_after_quote(text, m) for m in members):
        return "person"  # "Shaktikanta Das, Reserve Bank of India Governor, said": the body's job holder
    if organ_of_a_body(text, names, lists):
        return "drop"  # "its National Executive Council (NEC)": a body's organ, the body named apart
    expansion = spelt_out(text, names)
    if expansion is not None and organisation_expansion(expansion, gazetteer, lists):
        return "keep"
    if expansion is not None and not names_a_body(expansion, gazetteer, lists):
        return "drop"
    if any(office_of_a_region(n, gazetteer, lists) for n in names):
        return "drop"  # "the Lagos State Commissioner of Police": a post, not the body it heads
    bodies = {m.text for m in mentions if m.label == "ORG"} - names
    if any(part_of_something(text, m, lists) or fragment(m.text, lists)
           or (m.text.split()[0] in bodies and lists.unit_heads.search(m.text)) for m in members):
        return "drop"
    if all(used_as_place(text, m, lists) for m in members) \
            or not well_known and site_without_its_body(text, members, mentions, gazetteer, lists):
        return "drop"
    if all(residence_visited(doc, m) for m in members):
        return "drop"  # "at the State House, Abuja": the president's residence, where people meet
    # "the School Aid Fund", "the Extended Credit Facility", "signed up to the European Super League": money set
    # aside or a competition, a body only where the text marks it one ("the Premier League said")
    pot = expansion is None and not well_known and all(n.split()[-1] in lists.money_heads for n in names)
    if not pot and any(has_head_word(n, gazetteer, lists) for n in names) and not all(private_occasion(text, m) for m in members) \
            or any(legislature(doc, m) for m in members):
        return "keep"
    read = [past_initials(text, m) for m in members]  # "Welsh National Opera (WNO), which has cancelled"
    if any(defined_as_thing(text, m, lists) for m in members) and not well_known:
        return "drop"  # "Horizon Europe, the EU’s key funding programme": the text says what it is
    if any(marked_around(text, m, lists, sports) or owns_a_person(text, m, mentions, gazetteer) for m in read):
        return "keep"
    if place_elsewhere(doc, members):
        return "drop"
    if any(marked_before(text, m, lists) or acts(text, m, lists, gazetteer) for m in read):
        return "keep"
    # a well-known name vouches for its own words ("Tom’s Guide" is an outlet, not a guide)
    if any(sold_as_product(text, m, lists, well_known, sports) or one_of_many(doc, text, m)
           or not well_known and names_a_thing(m.text, gazetteer, lists) or pot for m in members):
        return "drop"
    if any(acts_on_something(doc, m) for m in members):
        return "keep"  # after products: "the new Sportback will have quattro drive" acts too
    if well_known or any(masthead(text, m, lists) for m in members):
        return "keep"  # "shoppers on Etsy": readers know the name; a place or product context still wins
    if all(in_title_case_line(text, m.start, m.end) for m in members):
        return "unproven"  # "Smartphone Tech Only in its Infancy, Says Apple CEO": a headline capitalises every word
    if not sports and all(len(n.split()) > 1 and n.split()[-1] in lists.region_last_words for n in names):
        return "unproven"  # "the Osun State governorship election", "till Lagos State is rid of crime": the place
    return "unproven" if all(needs_evidence(n, gazetteer) for n in names) else "unopposed"


def body_before_its_remit(name: str) -> bool:
    """"Office of Management and Budget", "Ministry of Finance and Budget": a body's head word
    before "of" heads the name, and the word that ends it is the body's remit, no event's."""
    lead = re.split(r"\s(?:of|for|on)\s", name, maxsplit=1)[0]
    return lead != name and bool(ORG_HEAD_WORD.search(lead))


def labour_movement(text: str, names: set[str], lists: Lists) -> bool:
    """"Labour suspends planned industrial action", "a parley between Labour and the Federal
    Government": in a text that speaks of "organised labour", "Labour" is the unions acting together,
    not the party, unless the text marks the party as one ("the Labour Party", "Labour MPs")."""
    return names <= lists.labour_movement_names and bool(lists.labour_movement.search(text)) \
        and not lists.labour_party_mark.search(text)


def town_before_its_state(text: str, m: Mention, gazetteer: Gazetteer) -> bool:
    """"of Princeton, N.J.", "The Bethesda, Md., based company": a name followed by its state
    names the town; not initials ("NASA, DC") or a body's head word ("Monmouth University, N.J."),
    which name a body where it is."""
    state = STATE_AFTER.match(text, m.end, m.end + 8)
    return bool(state) and state.group(1) in gazetteer.region_codes and not ACRONYM.match(m.text) \
        and not ORG_HEAD_WORD.search(m.text)


INITIALS_AFTER = re.compile(r"[ \t]+\([A-Z][A-Za-z&]{1,7}\)")


def past_initials(text: str, m: Mention) -> Mention:
    """The mention read as ending after the initials a writer gives in brackets right after it
    ("Welsh National Opera (WNO), which has also cancelled its tour"): what follows them is said
    of the name."""
    initials = INITIALS_AFTER.match(text, m.end)
    return Mention(m.label, m.start, initials.end(), m.text, m.titled) if initials else m


# "-based" right after a name, or after its state or province: "Waterloo, Ont.-based BlackBerry".
BASED_AFTER = re.compile(r"(?:,[ \t]+[A-Z][A-Za-z.]*(?:[ \t][A-Z][a-z]+)?)?-based\b")
WHO_AFTER = re.compile(r",[ \t]+(?:who|whose)[ \t]")
FUNCTION_WORD_BEFORE = re.compile(r"(?<![\w’'-])(?:of|for|the|to|at|in|on|from|with|by)[ \t]+$")


def political_label(text: str, m: Mention, lists: Lists) -> bool:
    """"the Independent administration", "Labour, Conservative and Independent coalition": a label
    for councillors elected without a party, before what it describes; the newspaper is written
    "The Independent" and names no administration or group after it."""
    return m.text.removeprefix("The ") in lists.political_labels and bool(lists.political_unit_after.match(text, m.end))


def given_name_before_who(text: str, m: Mention, gazetteer: Gazetteer) -> bool:
    """"mum-of-two Leanne, who needed food vouchers": a given name standing alone, that ", who"
    follows, is a person introduced by first name as news introduces ordinary people; not in a
    sports report, where "Chelsea, who" is a side, nor after a preposition or an article ("the
    Minister for Justice, who")."""
    return len(m.text.split()) == 1 and gazetteer.is_first_name(m.text) and bool(WHO_AFTER.match(text, m.end)) \
        and not FUNCTION_WORD_BEFORE.search(text, max(0, m.start - 10), m.start)


# '"I saw a togetherness today," said McCann.': a quote closed, then the verb that gives its speaker
SAID_AFTER_QUOTE = re.compile(r"""[,!?]["”’'][ \t]+(?:said|says|added|admitted|insisted|explained)[ \t]+$""")


def speaker_after_quote(text: str, m: Mention) -> bool:
    """A lone name, not one readers know as a body, that speaks the quote just closed, the clause
    ending with it ('," said McCann.', '," said Guardiola, whose side …'), is a person: news gives
    a body's words to its spokesperson or to "the club", and the model often calls a surname a firm."""
    return len(m.text.split()) == 1 and not m.text.isupper() and text[m.end:m.end + 1] in (".", ",") \
        and bool(SAID_AFTER_QUOTE.search(text, max(0, m.start - 30), m.start))


def office_of_a_region(name: str, gazetteer: Gazetteer, lists: Lists) -> bool:
    """"Lagos State Commissioner of Police", "Nakuru County Commander of Police": a region's name
    before a post ("Commissioner of Police", which names_an_office reads) opens the post's name."""
    words = name.split()
    regions = [i for i, w in enumerate(words[:-1]) if w in lists.region_last_words]
    return bool(regions) and names_an_office(" ".join(words[regions[-1] + 1:]), gazetteer)


def defined_as_thing(text: str, m: Mention, lists: Lists) -> bool:
    """"Horizon Europe, the EU’s key funding programme for research": a kind of thing in apposition
    says what the name is, beating the marks a body's name gets elsewhere ("organisations from
    Horizon Europe"); not where a body's kind comes first ("X, a charity running the scheme")."""
    return bool(lists.thing_in_apposition.match(text, m.end, m.end + 60)) \
        and not lists.marks_after.search(text[m.end:m.end + 80])


THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}$")  # "the Dow", "the tech-heavy Nasdaq"
INDEX_AFTER = re.compile(r"\s*(?:\d|[Ii]ndex|Composite|All[- ]Share|Top[- ]?\d)")  # "the FTSE 100", "the JSE All Share Index"


def exchange_as_market(text: str, m: Mention, lists: Lists) -> bool:
    """"the close of $133.70 on Nasdaq", "On NSE, the shares trade at", "stocks at the JSE": a stock
    exchange written as the market where shares trade is the exchange, a body; "on the FTSE 100"
    is its index."""
    return m.text in lists.exchange_names and bool(lists.market_before.search(text, max(0, m.start - 30), m.start)) \
        and not INDEX_AFTER.match(text, m.end)


# "Standard & Poor’s 500 Index", "Nikkei 225 Stock Average": a name, a number and "Index" or "Average".
NUMBERED_INDEX = re.compile(r"[ ]\d[\d,.]*(?:[ ](?:Stock|Share|Composite|Industrial))?[ ](?:Index|index|Average)\b")
# "Tadawul All Share Index", "the MSCI Emerging Markets index": a name and "index" right after it.
NAMED_INDEX = re.compile(r"[ ](?:Index|index|Indices|indices)\b")


def stock_index(text: str, m: Mention, lists: Lists) -> bool:
    """"the Dow", "Dow Jones fell 64.10 points": a stock index's short name after "the" or before its
    move; "Dow said it would cut jobs" is the company. Any name with "index", or a number and "Index"
    or "Average", after it, or ending so, is an index ("the Standard & Poor’s 500 Index", "the Nikkei 225 Stock Average")."""
    if NUMBERED_INDEX.match(text, m.end) or NAMED_INDEX.match(text, m.end) \
            or NUMBERED_INDEX.search(m.text) and m.text.endswith(("Index", "index", "Average")):
        return True
    return m.text in lists.index_names and bool(
        THE_BEFORE.search(text, max(0, m.start - 40), m.start) or lists.index_move.match(text[m.end:m.end + 80]))


OWN_DETERMINER = re.compile(r"(?:^|[\s(])(?:[Aa]n?|[Mm]y|[Yy]our|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir)\s+(?:[a-z-]+\s+)?$")


def private_occasion(text: str, m: Mention) -> bool:
    """"my annual Guy Fawkes party", "a Halloween party": a head word the writer left in
    lowercase after someone's or an indefinite determiner is a gathering, not "the Communist party"."""
    last = m.text.split()[-1]
    return last.islower() and bool(OWN_DETERMINER.search(text[max(0, m.start - 30):m.start]))


def used_as_place(text: str, m: Mention, lists: Lists) -> bool:
    """"The body was taken to Suddie Public Hospital", "on the grounds of Jacobi Hospital": a
    hospital, prison or embassy named as where something happens, not as who acts."""
    return m.text.split()[-1] in lists.institution_heads \
        and bool(lists.place_use_before.search(text[max(0, m.start - 40):m.start]))


def site_without_its_body(text: str, members: list[Mention], mentions: list[Mention], gazetteer: Gazetteer,
                          lists: Lists) -> bool:
    """A hospital, school or prison (site_heads) that nobody in the text works at or speaks for and
    that does nothing itself is the site where things happen ("ambulances queued at the
    Worcestershire Royal hospital", "outside Oxgangs Primary School"), not a body."""
    if not all(m.text.split()[-1] in lists.site_heads or m.text.split()[0] in lists.site_openers for m in members):
        return False
    return not any(marked_around(text, m, lists) or marked_before(text, m, lists) or acts(text, m, lists, gazetteer)
                   or owns_a_person(text, m, mentions, gazetteer) or person_of_body(text, m, mentions)
                   or bool(JOB_AT_BEFORE.search(text, max(0, m.start - 90), m.start)) for m in members)


OF_BEFORE = re.compile(r",?\s+of\s+(?:the\s+)?$")
# "Dr Owen Dempsey, a pulmonologist at the Aberdeen Royal Infirmary", "Joel Schlabach, a teacher at
# eastern Indiana’s Richmond High School": a person's job at it, whatever the job's word.
JOB_AT_BEFORE = re.compile(r",\s+an?\s+[\w’' -]{2,50}?\s+at\s+(?:the\s+)?(?:[\w ]{2,30}['’]s\s+)?$")


def person_of_body(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """"Patrick Liu-Shiu-Cheong of Victoria Hospital": a person named as of it is one of its people."""
    of = OF_BEFORE.search(text, max(0, m.start - 12), m.start)
    return bool(of) and any(p.label == "PERSON" and p.end == of.start() for p in mentions)


def part_of_something(text: str, m: Mention, lists: Lists) -> bool:
    """A programme ("Project xCloud"), a department in a job title ("Head of Fundamental
    Research at …") or a job title itself ("Head of Platform Solutions"). A unit inside a
    body the article names ("ESA Topical Team") is checked in ``verdict``."""
    words = m.text.split()
    if words[0] in lists.programme_openers and len(words) > 1:
        return True
    if lists.department.search(text[max(0, m.start - 40):m.start]) \
            and re.match(r"\s+(?:at|for|with)\s", text[m.end:m.end + 8]):
        return True
    return bool(lists.job_title.match(m.text))


def organ_of_a_body(text: str, names: set[str], lists: Lists) -> bool:
    """"the National Executive Council (NEC)", "The Executive Board decision": a governing organ
    named alone (its initials with it) is the organ of the body whose it is, where the text writes
    it as some body's own anywhere ("its National Executive Council", "the Executive Board of the
    IMF", "UTAG National Executive Committee"); written only alone ("the National Executive Council
    approved the budget", Papua New Guinea's cabinet) it may be a body of its own."""
    organs = [n for n in names if lists.organ_alone.fullmatch(n)]
    if not organs or not all(n in organs or ACRONYM.match(n) for n in names):
        return False
    return any(found.group().endswith(organ) or found.group().startswith(organ)
               for found in lists.organ_owned.finditer(text) for organ in organs)


def place_elsewhere(doc, members: list[Mention]) -> bool:
    """"Inner Mongolia" tagged LOC in another sentence is a region here too."""
    keys = {name_key(m.text) for m in members}
    return any(e.label_ in PLACE_LABELS and name_key(e.text) in keys
               and not any(m.start < e.end_char and e.start_char < m.end for m in members) for e in doc.ents)


OWNER_OF_PERSON = re.compile(r"['’]s?\s+([A-Z][a-z]+)\s+[A-Z]")


def owns_a_person(text: str, m: Mention, mentions: list[Mention], gazetteer: Gazetteer) -> bool:
    """"HBO's Casey Bloys and Showtime's Gary Levine": a name owning a person's full name (a known
    first name, the article's person) is that person's employer or side."""
    person = OWNER_OF_PERSON.match(text, m.end)
    return bool(person) and gazetteer.is_first_name(person.group(1)) \
        and any(p.label == "PERSON" and p.start == person.start(1) for p in mentions)


def sold_as_product(text: str, m: Mention, lists: Lists, well_known: bool = False, sports: bool = False) -> bool:
    """"the new X", "X costs", "X console"; after a well-known maker a thing's kind names its
    line ("Ubisoft games"), and only what is said of a product counts. In a sports report "play
    Rangers on Wednesday" names an opponent, not a game played (fixture_verbs)."""
    after = text[m.end:m.end + 40]
    before = text[max(0, m.start - 40):m.start]
    product_before = lists.product_before.search(before)
    if product_before and sports and product_before.group().split()[0].lower() in lists.fixture_verbs:
        product_before = None
    return bool(product_before or lists.product_after_verbs.search(after)
                or (not well_known and (lists.product_after.search(after) or listed_as_product(text, m, lists)
                                        or lists.thing_in_apposition.match(text, m.end, m.end + 60))))


ONE_OF_MANY = re.compile(r"(?:^|[\s(])(?:[Aa]n?|[Aa]nother|[Ii]ts|[Tt]heir|[Yy]our|[Oo]ur|[Mm]y|[Hh]is)\s+$")


def one_of_many(doc, text: str, m: Mention) -> bool:
    """"A DXA provides more consistent results", "another HomePod": one of many things; a body
    takes "a" only to describe a noun ("a Google engineer", "a Reuters/Ipsos poll")."""
    if not ONE_OF_MANY.search(text[max(0, m.start - 12):m.start]):
        return False
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and span.root.dep_ not in ("compound", "amod", "nmod", "npadvmod")


def listed_as_product(text: str, m: Mention, lists: Lists) -> bool:
    """"niche streaming services, such as CBS All Access", "other platforms like PlayStation
    Network, Xbox Live, and Steam": an example of a kind of thing a body runs."""
    before = text[max(0, m.start - 200):m.start]
    if BARE_COMMA.search(before) and not LIST_GOES_ON.match(text, m.end):
        return False  # "such as CBS All Access, Disney has made …": a new clause, not the list's last item
    return bool(lists.listed_products.search(before))


MODEL_NUMBER = re.compile(r"^(?=.*[A-Za-z])(?=.*\d)[A-Za-z\d-]+$")


def fragment(name: str, lists: Lists) -> bool:
    """"Inc.", "Systems Inc.": a legal suffix after nothing but head words is a piece of a name."""
    words = name.split()
    return bool(LEGAL_SUFFIX.match(words[-1])) and all(
        ORG_HEAD_WORD.fullmatch(w.rstrip(".,")) or lists.heads.fullmatch(w.rstrip(".,")) for w in words[:-1])


def names_a_thing(name: str, gazetteer: Gazetteer, lists: Lists) -> bool:
    """"Payboo Credit Card", "Doobie Brothers Tour Dates", "GA @": a thing's head word last, or
    a word with no letter in it ("&" joins a firm's names: "Dundas & Wilson"); "Apple A10 Fusion",
    "LC500 Convertible": a model number in a longer name."""
    words = name.split()
    return words[-1] in lists.programme_heads or words[-1] in gazetteer.not_organisation_heads \
        or (len(words) > 1 and words[-1] in gazetteer.place_last_words and words[-1] not in lists.business_places) \
        or any(not re.search(r"[^\W\d_]", w) and not (w == "&" and joins_a_firms_names(words, gazetteer))
               for w in words) \
        or (len(words) > 1 and any(MODEL_NUMBER.match(w) for w in words))


def joins_a_firms_names(words: list[str], gazetteer: Gazetteer) -> bool:
    """"Dundas & Wilson", "Crowell & Moring LLP": "&" before a surname joins one firm's name; before
    a given name and a surname it joins two people ("Jonathan Nolan & Lisa Joy")."""
    i = words.index("&")
    rest = words[i + 1:]
    return len(words) <= 4 and i > 0 and bool(rest) and (len(rest) == 1 or not gazetteer.is_first_name(rest[0]))


def person_elsewhere(names: set[str], mentions: list[Mention]) -> bool:
    """A name the article also writes as a person ("Vasek Pospisil" and "Pospisil"), or a full name
    whose surname it writes after a title ("Humza Yousaf" and "Mr Yousaf"; not "Johnson & Johnson")."""
    people = {m.text for m in mentions if m.label == "PERSON"}
    titled = {m.text for m in mentions if m.label == "PERSON" and m.titled and " " not in m.text}
    return any(n in people or (2 <= len(n.split()) <= 3 and n.split()[-1] in titled
                               and "&" not in n and not ORG_HEAD_WORD.search(n)) for n in names)

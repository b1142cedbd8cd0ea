"""Where a name starts and ends: the model's entity spans trimmed and extended by general rules.

The small model cuts names in ways that follow patterns: a title or a job taken in ("Finance secretary
Shona Robison"), a possessive ("GMB Scotland’s"), a leading "the", a score after a team, half a
hyphenated name. ``fix_edges`` mends a span; the ``with_*`` rules extend a mention to the whole name.
"""

from __future__ import annotations

import re

from extract.gazetteer import first_name_gender
from extract.mentions import Mention, Spans, not_yet_mentioned
from extract.name_context import sentence_start
from extract.name_patterns import (ACRONYM, FIRM_HEAD_WORD, HOLDERS_OFFICE, INNER_POSSESSIVE, LABELS, NAME_CONNECTORS,
                                   ORG_HEAD_WORD, PERSON_ONLY_SUFFIXES, PERSON_SUFFIXES, PLACE_KIND_AFTER_POSSESSIVE,
                                   POSSESSIVE)


TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]*)\.?\s+$")


def fix_edges(text: str, label: str, start: int, end: int, titles=frozenset(),
              jobs=frozenset()) -> Mention | None:
    """Trim what is not part of the name: "the", possessives, titles, suffixes, stray punctuation
    (``jobs``, lowercase job nouns, are trimmed like titles before a name of two words or more)."""
    start, end = cut_at_breaks(text, start, end)
    start, end = cut_at_lowercase_word(text, start, end)
    end = through_place_after_of(text, start, end, label)
    start, end = without_dangling_connector(text, start, end)
    start, end = without_trailing_score(text, start, end, label)
    start, end = without_leader(text, start, end)
    start, end = strip_chars(text, start, end)
    if text[start:end].lower().startswith("the "):
        start += 4
    start = after_describing_compound(text, start, end)
    if label == "ORG":
        start = after_describing_opener(text, start, end)
        start = strip_leading_role(text, start, end, titles)
        end = before_inner_the(text, start, end)
    start, end, label = split_possessive(text, start, end, label, titles)
    end, label = strip_person_suffix(text, start, end, label)
    start, titled = strip_titles(text, start, end, titles, jobs) if label == "PERSON" else (start, False)
    start, end = strip_chars(text, start, end)
    end = without_repeated_half(text, start, end)
    if end - start < 1 or titled and is_title(text[start:end], 1, titles):
        return None  # nothing but titles: "Datuk Seri" before "Dr Zaliha Mustafa", the name the model left out
    return Mention(label, start, end, text[start:end], titled)


# A town written "X upon Y" right before a name: "Newcastle upon " before "Tyne Hospitals NHS
# Foundation Trust", "Kingston upon " before "Thames Council" (group 1: the town's first word).
TOWN_UPON_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ -]upon[ -]$")


def with_town_upon(text: str, mentions: list[Mention]) -> list[Mention]:
    """"The Newcastle upon Tyne Hospitals NHS Foundation Trust", "Kingston upon Hull City Council": the
    model reads an English town named "X upon Y" as the place X and a body's name from Y on; the
    body is named for the whole town. Its name opens at X, and the place X the model tagged goes."""
    wholes = []
    for m in mentions:
        town = TOWN_UPON_BEFORE.search(text, max(0, m.start - 30), m.start) if m.label in ("ORG", "PERSON") else None
        if town and (m.label == "ORG" or ORG_HEAD_WORD.search(m.text)):
            wholes.append(Mention("ORG", town.start(), m.end, text[town.start():m.end]))
    if not wholes:
        return mentions
    taken = Spans(wholes)
    return [m for m in mentions if not any(w.start <= m.start and m.end <= w.end for w in taken.overlapping(m))] + wholes


# One digit and a space right before a name, at a line's start or after a word: "2 Sisters Food Group
# said", "as 2 Sisters closes". Not after a dash or another figure ("Palace 0 - 2 Manchester United").
NUMERAL_BEFORE = re.compile(r"(?:^|(?<=\n)|(?<=[A-Za-z,] ))\d $")
# A name so opened: the numeral and its space, then a capital.
NUMBERED_NAME = re.compile(r"\d [A-Z]")


def with_opening_numeral(text: str, mentions: list[Mention]) -> list[Mention]:
    """"2 Sisters Food Group … 2 Sisters has said": the model leaves out a numeral that opens a
    firm's name, and what is left reads as a unit after a figure. A name that runs on to a firm's
    last word ("Group", "Ltd") keeps its numeral, and so does a short form that opens such a name;
    not "5 Labour councillors", whose count opens no firm's name in the text."""
    def numbered(mention):
        return mention.label == "ORG" and NUMERAL_BEFORE.search(text, max(0, mention.start - 3), mention.start)

    firms = {text[m.start - 2:m.end] for m in mentions
             if numbered(m) and len(m.text.split()) > 1 and FIRM_HEAD_WORD.fullmatch(m.text.split()[-1])}
    grown = []
    for mention in mentions:
        whole = text[mention.start - 2:mention.end] if numbered(mention) else None
        if whole is not None and any(firm == whole or firm.startswith(whole + " ") for firm in firms):
            mention = Mention(mention.label, mention.start - 2, mention.end, whole, mention.titled)
        grown.append(mention)
    return grown


# A union's branch is named by its number: "Local 1112", "UAW Local 598", "Lodge 7" (org_evidence.yml
# numbered_branches); the model leaves the number out ("UAW Local") or tags nothing.
def numbered_branches(text: str, mentions: list[Mention], branch_words: frozenset[str]) -> list[Mention]:
    """"members of UAW Local 598", "At Local 652, which represents 1,400 workers": a branch word and
    its number end a union's name. An ORG that ends in the word runs on to the number; a branch
    word and number no name covers become an ORG candidate. Not "Chapter 11" (a law's chapter)."""
    if not branch_words:
        return mentions
    words = "|".join(sorted(branch_words))
    grown = []
    for m in mentions:
        after = BRANCH_NUMBER.match(text, m.end)
        if m.label == "ORG" and after and m.text.split()[-1] in branch_words:
            m = Mention("ORG", m.start, after.end(), text[m.start:after.end()], m.titled)
        grown.append(m)
    found = [Mention("ORG", branch.start(), branch.end(), branch.group())
             for branch in re.finditer(rf"(?<![\w’'-])(?:{words})[ ]\d{{1,5}}\b(?![.,]\d)", text)]
    return grown + not_yet_mentioned(found, grown)


BRANCH_NUMBER = re.compile(r"[ ]\d{1,5}\b(?![.,]\d)")


def without_repeated_half(text: str, start: int, end: int) -> int:
    """"Samuel West Samuel West": a name written twice in a row (a photo's caption run into its
    credit, a byline's name and link) is one name; nobody's name repeats itself."""
    words = list(re.finditer(r"\S+", text[start:end]))
    half = len(words) // 2
    if len(words) < 4 or len(words) % 2 or [w.group() for w in words[:half]] != [w.group() for w in words[half:]]:
        return end
    return start + words[half - 1].end()


# "Zymplify in Portstewart", "Burnley at Turf Moor", "Lochmaddy on North Uist": a proper name run on
# into the place where it is; group 1 the name.
NAME_THEN_PLACE = re.compile(r"([A-Z][\w’'&.-]*(?: [A-Z][\w’'&.-]*)?) (?:in|at|on) [A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}")


def name_before_place(mention: Mention) -> Mention | None:
    """The name alone of an ORG run on into "in/at/on Place"; None when the mention has no such end."""
    run_on = NAME_THEN_PLACE.fullmatch(mention.text) if mention.label == "ORG" else None
    if not run_on:
        return None
    return Mention("ORG", mention.start, mention.start + run_on.end(1), run_on.group(1), mention.titled)


# "Bridge of Weir-based Scottish Leather Group", "Glasgow-born Gerard Butler", "the Conservative-dominated
# County Councils Network": a compound saying where a body is based, whose it is or who holds it
# describes the name after it and is no part of it.
DESCRIBING_COMPOUND = re.compile(r"\S+-(?:based|headquartered|owned|run|led|backed|listed|registered|born|"
                                 r"dominated|controlled|funded|affiliated)[ \t]+(?=[A-Z])")


def after_describing_compound(text: str, start: int, end: int) -> int:
    compound = None
    for compound in DESCRIBING_COMPOUND.finditer(text, start, end):
        pass
    return compound.end() if compound else start


# "Cash-strapped Fife Council", "Trouble-hit Belfast Health Trust", "Under-fire NHS Tayside": a
# headline's compound adjective, capitalised only for opening the line, before a name. A word of
# four letters or more before the hyphen, or a participle after it, tells it from a name's own
# prefixed word ("Co-operative Bank").
DESCRIBING_OPENER = re.compile(r"(?:[A-Z][a-z]{3,}-[a-z]+|[A-Z][a-z]+-[a-z]+ed)(?:-[a-z]+)*[ \t]+(?=[A-Z])")


def after_describing_opener(text: str, start: int, end: int) -> int:
    opener = DESCRIBING_OPENER.match(text, start, end)
    return opener.end() if opener else start


# "the African National Congress-led municipalities": a compound saying who leads ends the leader's
# name (after_describing_compound cuts it off the name of what is led).
LEADER_AT_END = re.compile(r"-(?:led|run|controlled|dominated)$")


def without_leader(text: str, start: int, end: int) -> tuple[int, int]:
    """"the African National Congress-led municipalities", "the Mukesh Ambani-led company": the name
    is the leader before "-led"."""
    leader = LEADER_AT_END.search(text, start, end)
    return (start, leader.start()) if leader else (start, end)


INNER_THE = re.compile(r"(?<![\s(])(?<!\bof)(?<!\bfor)(?<!\band)(?<!\bto)(?<!\bon)(?<!\bin)(?<!\bat) the (?=[A-Z])")


def before_inner_the(text: str, start: int, end: int) -> int:
    """"told Billboard the Doobies have …": an organisation's name does not run on over "the"
    into the next name ("Bank of the West", "Friends of the Earth" keep theirs)."""
    inner = INNER_THE.search(text, start, end)
    return inner.start() if inner and inner.start() > start else end


# "Oliver MorganPublished", "Sheffield Crown CourtSheffield Crown Court": a word of a name glued to a
# capitalised word with no space (not "McDonald", "FitzGerald"); group 1 the name's word, group 2 the other.
GLUED_WORD = re.compile(r"(?<=\s)((?!(?:Mc|Mac|Fitz)[A-Z])[A-Z][a-z]{4,})([A-Z][a-z]+)")


def before_glued_line(text: str, mention: Mention, line_openers) -> Mention:
    """"Oliver MorganPublished", "Greg MacveanScotmid unveiled plans": a caption or byline whose line
    runs into the next with no space between. The name ends at the glue when what follows it opens a
    page's line ("Published", "Image": ``line_openers``) or is written apart elsewhere in the text (a
    caption repeats the story's words); a brand's inner capital ("RIM BlackBerry") is neither."""
    for glue in GLUED_WORD.finditer(mention.text):
        rest = mention.text[glue.start(2):]
        outside = text[:mention.start] + " " + text[mention.end:]
        if glue.group(2) in line_openers or re.search(rf"(?<![\w’'-]){re.escape(rest)}(?![\w’'-])", outside):
            end = mention.start + glue.end(1)
            return Mention(mention.label, mention.start, end, text[mention.start:end], mention.titled)
    return mention


def after_opening_kind(text: str, mention: Mention, kinds) -> Mention:
    """"Stockbrokers Shore Capital said", "Regulator Monitor said": a kind of business that opens a
    sentence, capitalised only for that, is no part of the name after it (``kinds``, the gazetteer's
    opening_kinds), and says the name is a body's, whatever the model called it."""
    words = mention.text.split()
    if len(words) < 2 or words[0].lower() not in kinds or not words[1][:1].isupper() \
            or not sentence_start(text, mention.start):
        return mention
    start = mention.start + mention.text.index(words[1], len(words[0]))
    return Mention("ORG", start, mention.end, text[start:mention.end])


def after_title(text: str, mention: Mention, titles) -> Mention:
    """"Mr. Trump", "President Xi": whatever the model said, a titled name is a person."""
    title = TITLE_BEFORE.search(text, max(0, mention.start - 20), mention.start)
    if title and title.group(1).lower() in titles:
        return Mention("PERSON", mention.start, mention.end, mention.text, titled=True)
    return mention


ONE_GIVEN_NAME = re.compile(r"[A-Z][a-z]+(?: [IVX]{1,4})?")


def with_royal_title(text: str, mention: Mention, name_titles) -> Mention:
    """"Queen Elizabeth II", "Prince Andrew", "Pope Francis": a royal's or a pope's title is
    part of the name, which is one given name and its numeral at most."""
    title = TITLE_BEFORE.search(text, max(0, mention.start - 20), mention.start)
    if mention.label != "PERSON" or not title or title.group(1).lower() not in name_titles \
            or not ONE_GIVEN_NAME.fullmatch(mention.text):
        return mention
    start = title.start(1)
    return Mention("PERSON", start, mention.end, text[start:mention.end], titled=True)


# Accented letters count: "François-Philippe Champagne", "Jean-Hélène".
_UPPER, _LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
HYPHEN_BEFORE = re.compile(rf"(?<![\w’'-])[{_UPPER}][{_LOWER}]+-$")
HYPHEN_AFTER = re.compile(rf"-(?:[{_UPPER}][{_LOWER}]+|[a-z]{{1,3}})(?![\w’'-])")
# A surname with an Irish or Scottish prefix right after a name: "Aodhan O’Riordain" (the model
# often stops at the curly apostrophe), "Ciara McGuinness".
# "O’Riordain", "McColl"; "Ong’udi", "Ndung'u", "Kang'ethe": Kenyan surnames with an apostrophe
# inside (a possessive "’s" is none).
PREFIXED_SURNAME_AFTER = re.compile(r" (?:(?:O[’']|Mc|Mac|[OÓ] |(?:ap|ab|ferch|verch) )[A-Z][a-z]+|[A-Z][a-z]+[’'](?!s(?![\w’'-]))[a-z]+)(?![\w’'-])")


def with_prefixed_surname(text: str, mention: Mention) -> Mention:
    """"Aodhan O’Riordain", "Hedwig Ong’udi", "Rhun ap Iorwerth": a person's name the model cut
    before a prefixed surname, one with an apostrophe inside or a Welsh patronymic."""
    if mention.label != "PERSON" or len(mention.text.split()) != 1:
        return mention
    after = PREFIXED_SURNAME_AFTER.match(text, mention.end)
    if not after:
        return mention
    return Mention("PERSON", mention.start, after.end(), text[mention.start:after.end()], mention.titled)


# A courtesy title and one capitalised word right before a person's name the model cut:
# "Mr Prosper Douglas Bani", where the given name is also a word of the language.
GIVEN_NAME_AFTER_COURTESY = re.compile(r"(?<![\w’'-])(Mr|Mrs|Ms|Miss|Dr)\.?[ ]([A-Z][a-z]+)[ ]$")


def with_given_name_after_courtesy(text: str, mention: Mention, titles) -> Mention:
    """The title goes before the whole name, so a capitalised word between it and the name the
    model found is the first given name (a title there, "Mr Justice", is not)."""
    if mention.label != "PERSON" or len(mention.text.split()) < 2:
        return mention
    before = GIVEN_NAME_AFTER_COURTESY.search(text, max(0, mention.start - 20), mention.start)
    if not before or before.group(2).lower() in titles:
        return mention
    start = before.start(2)
    return Mention("PERSON", start, mention.end, text[start:mention.end], True)


# An NHS trust's kind in lowercase after its name, as some outlets write it: "Barnsley Hospital NHS trust".
LOWERCASE_TRUST_AFTER = re.compile(r" (?:foundation )?trust(?![\w’'-])")


def with_lowercase_trust(text: str, mention: Mention) -> Mention:
    """"the Barnsley Hospital NHS trust": the model stops the body's name before a lowercase "trust"."""
    if mention.label not in ("ORG", "GPE") or not mention.text.endswith(" NHS"):
        return mention
    after = LOWERCASE_TRUST_AFTER.match(text, mention.end)
    if not after:
        return mention
    return Mention("ORG", mention.start, after.end(), text[mention.start:after.end()])


# "West of Scotland", "South of England": a region named by its compass point, right before the name.
COMPASS_REGION_BEFORE = re.compile(r"(?<![\w’'-])(?:North|South|East|West)(?:[- ](?:East|West))?[ ]of[ ](?:the[ ])?$")


def with_compass_region(text: str, mention: Mention) -> Mention:
    """"South of Scotland Enterprise", "West of Scotland Heavy Haulage": the model starts a body's
    name at the place of its region and leaves out the compass point and "of" that open it; a
    region so named is one name with its place, and the body's name takes it whole."""
    if mention.label != "ORG":
        return mention
    region = COMPASS_REGION_BEFORE.search(text, max(0, mention.start - 20), mention.start)
    if not region:
        return mention
    return Mention("ORG", region.start(), mention.end, text[region.start():mention.end])


SAINT_OPENING = re.compile(r"(?:St\.?|Saint)[ ][A-Z]")
# "’s Hospice", "’ Hospital", "’s Primary School": the saint's possessive, then capitalised words
SAINTS_INSTITUTION_AFTER = re.compile(r"(?:['’]s|(?<=s)['’])((?:[ ][A-Z][\w-]+){1,3})")


def with_saints_institution(text: str, mention: Mention, body_words: frozenset[str]) -> Mention:
    """"St Leonard’s Hospice", "St Catherine’s Hospice": the model stops a name at a saint's
    possessive and takes the saint for a person; the hospice, hospital, school or church named after
    the saint runs on to its own head word (``body_words``), and it is that institution's name."""
    if not SAINT_OPENING.match(mention.text):
        return mention
    after = SAINTS_INSTITUTION_AFTER.match(text, mention.end)
    if not after:
        return mention
    words = after.group(1).split()
    last = next((i for i in range(len(words), 0, -1) if words[i - 1] in body_words or ORG_HEAD_WORD.fullmatch(words[i - 1])), 0)
    if not last:
        return mention
    end = after.start(1) + len(" ".join([""] + words[:last]))
    return Mention("ORG", mention.start, end, text[mention.start:end])


def whole_hyphenated_name(text: str, mention: Mention) -> Mention:
    """"Moon Jae-in", "Eva-Marie Persson": the model cuts a person's name at its hyphen.

    Only a capitalised part, or a short lowercase one ("-in"), joins: "Trump-appointed" stays cut.
    """
    if mention.label != "PERSON":
        return mention
    start, end = mention.start, mention.end
    before = HYPHEN_BEFORE.search(text, max(0, start - 20), start)
    if before:
        start = before.start()
    after = HYPHEN_AFTER.match(text, end)
    if after and not LEADER_AT_END.fullmatch(after.group()):  # "the Mukesh Ambani-led company"
        end = after.end()
    if (start, end) == (mention.start, mention.end):
        return mention
    return Mention(mention.label, start, end, text[start:end], mention.titled)


def cut_at_breaks(text: str, start: int, end: int) -> tuple[int, int]:
    """A name never runs over a line break, a colon, an opening bracket or quotation mark, nor
    over a slash after a lowercase letter ("Jonathan Nackstrand/AFP", a photo credit; "AC/DC" stays)."""
    for mark in ("\n", ": ", " (", " – ", " - ", " ‘", " “", ' "', " / "):
        cut = text.find(mark, start, end)
        if cut > start:
            end = cut
    slash = text.find("/", start, end)
    if slash > start and text[slash - 1].islower():
        end = slash
    return start, end


# A body's name the model ended on "of" ("the University of the West of" | "Scotland"): the
# capitalised words right after it, on the same line, finish the name.
OF_AT_END = re.compile(r"[ ]of(?:[ ]the)?$")
NAME_AFTER_OF = re.compile(r"[ ](?:the[ ])?[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,2}")


def through_place_after_of(text: str, start: int, end: int, label: str) -> int:
    """"Staff at the University of the West of Scotland", "the High Court of Nairobi": a body's name
    never ends on "of"; where the model stopped there after a head word, the capitalised words after
    it are the rest of the name, not a cut to make. Without a head word the words before "of" may be
    a person ("Alistair McAlinden of" | "Interpath Advisory"), and a name cut from a list ("Orbit
    Beyond and") still loses its "and"."""
    of = OF_AT_END.search(text, start, end) if label == "ORG" else None
    if not of or not ORG_HEAD_WORD.search(text, start, of.start()):
        return end
    rest = NAME_AFTER_OF.match(text, end)
    return strip_chars(text, start, rest.end())[1] if rest else end


DANGLING_CONNECTOR = re.compile(r"(?:\s+(?:and|of|for|the|&|or|to))+[\s,]*$")


def without_dangling_connector(text: str, start: int, end: int) -> tuple[int, int]:
    """"Orbit Beyond and" cut from a list: a name never ends on "and", "of", "the" or "to"."""
    dangling = DANGLING_CONNECTOR.search(text, start, end)
    return (start, dangling.start()) if dangling and dangling.start() > start else (start, end)


TRAILING_SCORE = re.compile(r"(?:\s+\d{1,3}(?:[-–]\d{1,3})?)+$")
# "BBC Radio 4", "Channel 5": a station's number is part of its name, no tally
STATION_BEFORE_NUMBER = re.compile(r"\b(?:Radio|Channel)$")


def without_trailing_score(text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """"Iceland 0-0", "Britton Carroll 5": a result or a tally after a name in a sports report."""
    score = TRAILING_SCORE.search(text, start, end)
    if label in LABELS and score and score.start() > start and not any(c.isdigit() for c in text[start:score.start()]) \
            and not STATION_BEFORE_NUMBER.search(text, start, score.start()):
        return start, score.start()
    return start, end


def strip_chars(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and (text[end - 1] in " ,.;:!?)”\"’'(/" or text[end - 1].isspace()
                           or text[end - 1] in "-–—" and text[end - 2:end - 1].isspace()  # "the Bute House Agreement - told"
                           or text[end - 1] == "-" and text[end:end + 1].isalpha()):  # "Australia Post-owned": cut mid-word
        if text[end - 1] == "." and is_initialism_end(text, start, end):
            break
        end -= 1
    possessive = POSSESSIVE.search(text, start, end)
    if possessive and possessive.start() > start:
        end = possessive.start()
    return start, end


def is_initialism_end(text: str, start: int, end: int) -> bool:
    """"Inc." and "U.S." keep their final full stop."""
    word = text[start:end].split()[-1]
    return word.count(".") > 1 or word in ("Inc.", "Ltd.", "Co.", "Corp.", "Jr.", "Sr.")


# "AirPods", "iPhone": a capital inside a word marks a product's name.
PRODUCT_WORD = re.compile(r"\b[A-Za-z][a-z]+[A-Z]\w*")


def split_possessive(text: str, start: int, end: int, label: str, titles=frozenset()) -> tuple[int, int, str]:
    """"Jeff Bezos’s Blue Origin": the person owns the organisation; keep the part of the label."""
    inner = INNER_POSSESSIVE.search(text, start, end)
    if not inner:
        return start, end, label
    if label == "PERSON":
        return start, inner.start(), label
    owned = text[inner.end():end]
    if text[start:inner.start()].split()[-1].lower() in titles:
        return start, end, label  # "the U.S. Attorney’s Office", "the Mayor’s Office": an office's name
    if PLACE_KIND_AFTER_POSSESSIVE.match(owned) or HOLDERS_OFFICE.fullmatch(owned):
        return start, end, label  # "Prince George’s County Police Department", "Charles County State’s Attorney’s Office"
    if ORG_HEAD_WORD.search(text, start, inner.start()):  # "Washington Healthcare Authority’s Opioid Prevention"
        return start, inner.start(), label
    if len(owned.split()) > 1 and ORG_HEAD_WORD.search(owned):  # "NASA’s Office of the Inspector General"
        return inner.end(), end, label
    owner = text[start:inner.start()]
    if len(owner.split()) == 1 and not ORG_HEAD_WORD.search(owned) and (ACRONYM.match(owner) or PRODUCT_WORD.search(owned)):
        return start, inner.start(), label  # "Apple’s AirPods Pro", "FX’s Legion": the company, not its product
    return start, end, label  # "Westminster Magistrate's Court" is one name


def bodies_owned_by_bodies(text: str, spans) -> list[Mention]:
    """"The London Assembly’s Budget and Performance Committee": the model's name holds two bodies,
    an owner with a body's head word and what it owns, named with one too; ``split_possessive``
    keeps the owner, this the body it owns."""
    found = []
    for label, start, end in spans:
        inner = INNER_POSSESSIVE.search(text, start, end) if label == "ORG" else None
        if inner and ORG_HEAD_WORD.search(text, start, inner.start()):
            owned = text[inner.end():end].rstrip(" .,")
            if len(owned.split()) > 1 and ORG_HEAD_WORD.search(owned) and not INNER_POSSESSIVE.search(owned):
                found.append(Mention("ORG", inner.end(), inner.end() + len(owned), owned))
    return found


def strip_person_suffix(text: str, start: int, end: int, label: str) -> tuple[int, str]:
    words = text[start:end].split()
    if len(words) > 1 and words[-1] in PERSON_SUFFIXES:
        return start + text[start:end].rindex(words[-1]), "PERSON"
    if len(words) > 1 and words[-1] in PERSON_ONLY_SUFFIXES and (label == "PERSON" or senior_counsel(words)):
        return start + text[start:end].rindex(words[-1]), "PERSON"
    return end, label


def senior_counsel(words: list[str]) -> bool:
    """"Declan Doyle SC", "Anna Reid SC", read as a body for the suffix: a given name, a surname and
    the post-nominal, not a club's "Al Ahly SC" (no given name) nor "Sporting SC"."""
    return len(words) == 3 and words[0].lower() not in NAME_CONNECTORS and first_name_gender(words[0]) is not None \
        and words[1][:1].isupper() and words[1].replace("-", "").replace("'", "").isalpha()


def strip_titles(text: str, start: int, end: int, titles, jobs=frozenset()) -> tuple[int, bool]:
    """"Superintendent Jennifer McCormick" → "Jennifer McCormick", remembering the title; so for
    "Firefighter Tam McFarlane", a job news copy capitalises before a full name (``jobs``)."""
    titled = False
    start, titled = after_inner_abbreviation(text, start, end)
    while True:
        words = text[start:end].split()
        if len(words) > 2 and f"{words[0]} {words[1]}".lower() in titles:  # "Tan Sri", "Senior Sergeant"
            start = text.index(words[2], start + len(words[0]) + len(words[1]))
            titled = True
            continue
        if len(words) < 2 or not is_title(words[0], len(words), titles, jobs):
            return start, titled
        start = text.index(words[1], start + len(words[0]))
        titled = True


def after_inner_abbreviation(text: str, start: int, end: int) -> tuple[int, bool]:
    """"Browns DL Sheldon Richardson", "Labour MP Jess Phillips": a short capitalised
    abbreviation (a position, a role) with a first name and a surname after it starts the name."""
    words = list(re.finditer(r"\S+", text[start:end]))
    for i in range(len(words) - 3, 0, -1):
        word = words[i].group()
        if 2 <= len(word) <= 3 and word.isalpha() and word.isupper() \
                and all(w.group()[:1].isupper() and not w.group().isupper() for w in words[i + 1:]):
            return start + words[i + 1].start(), True
    return start, False


def is_title(word: str, words_in_name: int, titles, jobs=frozenset()) -> bool:
    """A title ("Cllr"), a short capitalised role ("MP") or a job ("Nurse") before a name; the last
    two only before a first name and a surname: alone, "Driver" or "Porter" may be a name."""
    bare = word.rstrip(".").lower()
    return bare in titles or (words_in_name > 2 and (bare in jobs and word[:1].isupper() or word.isupper()
                                                     and len(word) <= 3 and not INITIALS_WORD.fullmatch(word)))


# "D", "N.", "Y.S.": a person's initials ("D K Shivakumar", "N. Chandrababu Naidu"), not an
# abbreviated role like "MP" or "DL".
INITIALS_WORD = re.compile(r"[A-Z]\.?|(?:[A-Z]\.){2,3}")
ABBREVIATED_HEADS = ("Inc", "Co", "Corp", "Ltd", "Bros")
# Kinds of local body or court written in lowercase between a place and its head word: "Glasgow city
# council", "Glasgow district court", "Fife county council" name the body, not the place.
LOCAL_KINDS = {"city", "district", "county", "borough", "town", "regional", "sheriff"}


def cut_at_lowercase_word(text: str, start: int, end: int) -> tuple[int, int]:
    """"American Music Awards after Swift": a name ends before an ordinary lowercase word
    (not "of", nor a head word as in "the Communist party"); "the state Department of Public
    Safety": it starts after the lowercase words that lead it."""
    first = None
    words = list(re.finditer(r"\S+", text[start:end]))
    for i, word in enumerate(words):
        bare = word.group().strip(",.;:")
        lowercase = bare.isalpha() and bare.islower()
        if first is None:
            first = None if lowercase else start + word.start()
        elif lowercase and bare not in NAME_CONNECTORS and not ORG_HEAD_WORD.fullmatch(bare.capitalize()) \
                and not (bare in LOCAL_KINDS and i == len(words) - 2
                         and ORG_HEAD_WORD.fullmatch(words[-1].group().strip(",.;:").capitalize())):
            return first, start + word.start()
    return (start, end) if first is None else (first, end)


def strip_leading_role(text: str, start: int, end: int, titles) -> int:
    """"Founder of Ceres Robotics Inc.", "Former Director General of the Health Service
    Executive": the organisation is what follows the role, up to three capitalised words, one
    of them a title. A longer role going on "of the" is all one office ("Inspector General of
    Police of the Patiala range"), not a body."""
    lead = re.match(r"((?:[A-Z][\w-]* ){1,3})of (?:the )?(?=\S+\s+\S)", text[start:end])
    # "Members of Nairobi County Assembly": a seat in a body is a role too
    if not lead or not any(word.lower() in titles or word in ("Member", "Members") for word in lead.group(1).split()):
        return start
    if len(lead.group(1).split()) > 1 and " of the " in text[start + lead.end():end]:
        return start
    # "the Justice of the Peace Court": a court named for its judges' office keeps the office
    if re.fullmatch(r"\S+(?: \S+)* Court", text[start + lead.end():end]):
        return start
    return start + lead.end()


# Bodies whose names go on with "for": "Agency for International Development", "Department for Education".
FOR_HEADS = {"Agency", "Department", "Office", "Commission", "Committee", "Council", "Institute", "Institution",
             "Foundation", "Federation", "Association", "Society", "Coalition", "Alliance", "Trust", "Network",
             "Bureau", "Ministry", "Service", "Union", "Board", "Authority", "Centre", "Center"}


def with_abbreviation_stop(text: str, match: re.Match) -> tuple[int, int]:
    """"Walt Disney Co." keeps its full stop, which the name pattern cannot end on; "Head of
    Platform Solutions for Ascom" is no name: only public bodies' names go on with "for"."""
    start, end = match.span()
    name = text[start:end]
    cut = name.rfind(" for ")
    if cut > 0 and " for the " not in name[cut:cut + 9] and name[:cut].split()[-1] not in FOR_HEADS:
        return start, start  # no name: what stands before "for" runs on into the next words
    if text[end:end + 1] == "." and text[start:end].split()[-1] in ABBREVIATED_HEADS:
        end += 1
    return start, end


POSSESSIVE_END = re.compile(r"['’]s?$")


def with_place_opening(doc, text: str, mention: Mention, gazetteer) -> Mention:
    """"Emirates District Cooling", "Dubai Cranes": a firm's name that opens with a place, of which the
    model tagged the place (GPE) and the rest (ORG) as two names with one space between. News never
    writes a place right before a body's name without a word or a mark between ("in Dubai, Emaar
    said"); the two are one name. Not a body's organ after its country ("UK Government": a head word
    opens the rest), a listed name after a place, a place's possessive ("Northern Ireland’s Education
    Authority"), nor a dateline in capitals ("LONDON Reuters")."""
    if mention.label != "ORG" or text[mention.start - 1:mention.start] != " " or gazetteer.label_of(mention.text):
        return mention
    first = mention.text.split()[0]
    if ORG_HEAD_WORD.fullmatch(first) or first in gazetteer.organs_of_bodies or not first[:1].isupper():
        return mention
    before = doc.char_span(mention.start - 1, mention.start - 1, alignment_mode="expand")
    token = doc[before.start - 1] if before is not None and before.start else None
    if token is None or token.ent_type_ != "GPE" or token.idx + len(token.text) != mention.start - 1:
        return mention
    place = next(e for e in doc.ents if e.start <= token.i < e.end)
    if place.end != token.i + 1 or any(len(w) > 3 and w.isupper() for w in place.text.split()) \
            or place.text.lower().startswith("the ") or POSSESSIVE_END.search(place.text):
        return mention  # "Northern Ireland’s Education Authority": the place owns the body
    return Mention("ORG", place.start_char, mention.end, text[place.start_char:mention.end])

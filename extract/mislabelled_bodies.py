"""Names the model typed as a place, a person or a work (GPE, LOC, FAC, PERSON, PRODUCT, WORK_OF_ART,
EVENT) that the text marks as bodies ("at Ubisoft", "Kosmos, a group …", "a spokesperson for the
Housing Ombudsman"), and bodies named around a place ("Armagh City, Banbridge and Craigavon Borough
Council"): the candidates the gate adds.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from extract.gazetteer import Gazetteer, name_key
from extract.known_names import known_organisations
from extract.lexicon import is_plain_word
from extract.mentions import Mention, Spans, not_yet_mentioned, unmentioned_occurrences
from extract.name_context import preceding_word, token_at
from extract.name_edges import fix_edges
from extract.name_evidence import CALENDAR_WORDS
from extract.name_patterns import LEGAL_SUFFIXES, ORG_HEAD_WORD, ORG_HEADS
from extract.org_lists import list_around
from extract.org_marks import (acts, acts_on_something, listed_after_plural_noun, marked_around, marked_as_body,
                               marked_before, modifies_next_word)
from extract.org_verdict import PLACE_LABELS
from extract.org_words import NAME_WORDS, Lists, operated_sites
from extract.sports_sides import town_called_a_people


OTHER_LABELS = ("GPE", "LOC", "FAC", "PERSON", "PRODUCT", "WORK_OF_ART", "EVENT")  # not NORP: "staff at British universities"


def mislabelled_bodies(doc, text: str, mentions: list[Mention], lists: Lists, sports: bool) -> list[Mention]:
    """Names the model tagged as a place, a person or a work, and no rule kept, that the text
    marks as a body in a way a place or a person never is ("Kosmos, a group co-founded by",
    "awarding missions to companies Astrobotic", "Barcelona soccer player Gerard Pique"):
    every mention of such a name becomes an ORG candidate for the gate."""
    taken = Spans(mentions)
    by_name: dict[str, list[Mention]] = {}
    labels: dict[str, set[str]] = {}
    for e in doc.ents:
        if e.label_ not in OTHER_LABELS and not (sports and town_called_a_people(e)):
            continue
        if taken.overlapping(Mention("ORG", e.start_char, e.end_char, "")):
            continue  # a name some rule already kept or relabelled
        m = fix_edges(text, "ORG", e.start_char, e.end_char)
        if m and m.text[:1].isupper() and name_key(m.text) not in lists.national_sides \
                and not re.match(r"-\w", text[m.end:m.end + 2]) \
                and not opens_longer_name(text, m):  # "London-based"; "Armagh City, Banbridge and … Council"
            by_name.setdefault(name_key(m.text), []).append(m)
            labels.setdefault(name_key(m.text), set()).add(e.label_)
    candidates = {m.text for m in mentions if m.label == "ORG"} | {m.text for ms in by_name.values() for m in ms}

    def shown(name: str) -> bool:  # asked only of a list's items: the marks are looked up then
        return name_key(name) in known_organisations() or any(
            marked_around(text, m, lists, sports) for m in mentions if m.label == "ORG" and m.text == name)
    return [m for key, members in by_name.items()
            if any(marked_as_body(text, m, lists, labels[key] <= WORK_LABELS, sports)
                   or listed_among_bodies(text, m, shown, candidates) for m in members) for m in members]


def listed_among_bodies(text: str, m: Mention, shown, candidates: set[str]) -> bool:
    """"the owners of Arsenal, Chelsea, Manchester City and Liverpool": a name the model took for a
    place or a person, in a list of names that are all names of bodies or candidates for it, more
    than half of them (two at least) well-known or marked bodies, is a body's too. Places listed
    with places ("courts such as Wick, Kirkwall and Stornoway") and a list of unproven names ("at
    U17, U20 and U23s levels") pass nothing along."""
    items = list_around(text, m)
    others = [i for i in items if i != m.text]
    if m.text not in items or len(others) < 2 or not all(i in candidates for i in others):
        return False
    bodies = [i for i in others if shown(i)]
    return len(bodies) >= 2 and 2 * len(bodies) > len(others)


def people_marked_as_bodies(text: str, mentions: list[Mention], gazetteer: Gazetteer, lists: Lists) -> list[Mention]:
    """Names a rule kept as PERSON that have no person's shape and that the text marks as a body
    ("Shelter is a campaigning charity", "chairman of Creative Scotland Ben Thomson"): the model
    often tags some mentions of a body PERSON, and a person's label elsewhere would then make every
    mention a person. No given name opens such a name, no title stands before it, and it is no
    word of another person's name in the article ("Roberts" of "Simon Roberts"). Every mention of
    the name becomes an ORG candidate for the gate, in place of the PERSON one."""
    people = [m for m in mentions if m.label == "PERSON"]
    by_name: dict[str, list[Mention]] = {}
    for m in people:
        by_name.setdefault(m.text, []).append(m)
    words_of_others = {w for m in people for w in m.text.split()[1:] if " " in m.text}
    bodies = {name for name, members in by_name.items()
              if not written_as_person(name, members, words_of_others, gazetteer)
              and any(marked_as_body(text, m, lists) or marked_before(text, m, lists) for m in members)
              or listed_company_named_as_things(text, name, members, gazetteer, lists)}
    return [Mention("ORG", m.start, m.end, m.text) for m in people if m.text in bodies]


def listed_company_named_as_things(text: str, name: str, members: list[Mention], gazetteer: Gazetteer,
                                   lists: Lists) -> bool:
    """"theatre companies such as Catherine Wheels and …", "arts organisations A, B and Janice Parker
    Projects": a name that opens with a given name but ends in a plural of things ("Wheels",
    "Projects", "Theatres"), listed after a plural kind of body, is a company named as arts and
    charities name themselves; a person's surname listed among companies would not be."""
    words = name.split()
    last = words[-1]
    return len(words) > 1 and not any(m.titled for m in members) and gazetteer.is_first_name(words[0]) \
        and last[:1].isupper() and last[1:].islower() and last.endswith("s") \
        and is_plain_word(last.lower(), gazetteer.plain_words) and is_plain_word(last[:-1].lower(), gazetteer.plain_words) \
        and any(listed_after_plural_noun(text, m, lists) for m in members)


def written_as_person(name: str, members: list[Mention], words_of_others: set[str], gazetteer: Gazetteer) -> bool:
    """Anything that may make the name a person's, or too unlike a plain body's name for this rule: a
    title before a mention, a given name opening it, a person in the alias file, a word of another
    person's full name, a word not in title case (initials, a lowercase word)."""
    words = name.split()
    return any(m.titled for m in members) or gazetteer.is_first_name(words[0]) \
        or gazetteer.label_of(name) == "PERSON" or len(words) == 1 and name in words_of_others \
        or any(w.isupper() or not w[:1].isupper() for w in words)


# "a Co-op spokesperson", "a Penny Appeal spokeswoman": the name between "a" and the one who
# speaks for it; a person's spokesperson is written "Smith's spokesman", so the name is a body's
SPOKESPERSON_OF_NAME = re.compile(rf"(?<![\w’'-])[Aa]n?[ ]+({NAME_WORDS})[ ]+(?:spokesperson|spokesman|spokeswoman)\b")


def bodies_with_spokespeople(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Names the model did not tag that speak through a spokesperson ("A Co-op spokesperson
    said"): every untagged occurrence of such a name becomes an ORG candidate for the gate.
    A capitalised kind of body alone ("a Government spokesperson", "a Council spokesman") only
    stands for a body named elsewhere."""
    found = not_yet_mentioned([Mention("ORG", m.start(1), m.end(1), m.group(1))
                               for m in SPOKESPERSON_OF_NAME.finditer(text)], mentions)
    names = {m.text for m in found if m.text not in gazetteer.organs_of_bodies
             and m.text.lower() not in gazetteer.organisation_nouns}
    if not names:
        return []
    return unmentioned_occurrences(text, names, mentions)


def bodies_after_body_phrases(doc, text: str, mentions: list[Mention], gazetteer: Gazetteer,
                              lists: Lists) -> list[Mention]:
    """Names the model did not tag right after a phrase only a body follows ("a spokeswoman for
    Fyffes", "shares in Rathbones", "played for Wolves"; org_evidence.yml body_phrases): every
    untagged occurrence of such a name becomes an ORG candidate for the gate. A body's head word
    alone ("a spokesman for Government") only stands for a body named elsewhere; a word of a
    person's name ("spokesman for Smith") is that person's; a day or a word of the language opening
    the words is no name ("shares in April", "stake in Our future"); a name the model tagged as
    something else is for ``mislabelled_bodies`` to weigh ("staff at Armagh City, Banbridge and …");
    a place describing the name ("chief executive of London-based Full Fact") and a short word cut
    at its abbreviation's stop ("acquired by St. Martin’s") are not the name."""
    people_words = {w for m in mentions if m.label == "PERSON" for w in m.text.split()}
    found = not_yet_mentioned([Mention("ORG", m.start(1), m.start(1) + len(name), name)
                               for m in lists.name_after_body_phrase.finditer(text)
                               if (name := POSSESSIVE_END.sub("", m.group(1))) and not DESCRIBED.search(name)
                               and not cut_at_abbreviation(text, name, m.end(1))
                               and not tagged_by_model(model_labels(doc, m.start(1), m.start(1) + len(name)))],
                              mentions)
    names = {m.text for m in found if names_no_other(m.text, gazetteer, people_words)}
    return unmentioned_occurrences(text, names, mentions) if names else []


def market_movers(doc, text: str, mentions: list[Mention], gazetteer: Gazetteer, lists: Lists) -> set[str]:
    """Names that open a sentence with a listed company's move ("Savills gained after saying …",
    "Harbour Energy and Diversified Energy both gained"; org_evidence.yml company_moves) where the
    sentence also speaks of the market (shares, an upgrade, the fallers; market_words) or the
    article names a stock index: the gate adds their untagged occurrences and keeps them. People
    rise and fall too, but "Smith rose to fame" names no market; a name the model took for a
    person's stays one outside an article naming an index, and so does a name opening with a
    given name or holding a word of another person's name. A stock index ("Nikkei rose 1%") and
    a word of the language ("Gold rose", "Shares fell") are no company."""
    names = set()
    report = market_report(text, lists)
    # "BHEL (which fell by 11.16 per cent)": a list of movers writes each move in brackets
    moves = list(lists.company_move.finditer(text)) + list(lists.bracketed_move.finditer(text))
    for match in moves:
        if not report and not lists.market_word.search(sentence_at(text, match.start())):
            continue
        names |= {name for group in range(1, match.re.groups + 1) if match.group(group)
                  and (name := company_named(doc, text, match, group, mentions, gazetteer, lists, report))}
    # "Woolworths shares are racing higher": a name's own shares, anywhere in a sentence
    names |= {name for match in lists.shares_move.finditer(text)
              if (name := company_named(doc, text, match, 1, mentions, gazetteer, lists, report))}
    return names


def employers_cutting_jobs(doc, text: str, mentions: list[Mention], gazetteer: Gazetteer, lists: Lists) -> set[str]:
    """Names the model did not tag that cut a number of their workers ("Zillow dismissed 300-odd
    workers", "Chime is laying off 160 people"; org_evidence.yml workforce_cuts): only a body has a
    workforce. A person who fires people is tagged so by the model, and a place ("Ohio shed 2,000
    jobs") too; both are left out, as in ``market_movers``."""
    return {name for match in lists.workforce_cut.finditer(text)
            if (name := company_named(doc, text, match, 1, mentions, gazetteer, lists, False))}


LEGAL_SUFFIX_WORD = re.compile(rf"(?:{LEGAL_SUFFIXES})\.?,?")


def company_named(doc, text, match, group: int, mentions: list[Mention], gazetteer: Gazetteer, lists: Lists,
                  report: bool) -> str | None:
    """The company a market or workforce mark names in ``group``, or None where the words are a stock
    index, an exchange, a word of the language opening a sentence ("Bank shares rose"; "while Chime
    is laying off" is a name), a place or figure, a person (outside a market
    report), or open with a given name, a legal suffix ("FibroGen, Inc. FGEN shares") or another
    person's word."""
    name = POSSESSIVE_END.sub("", match.group(group))
    labels = model_labels(doc, match.start(group), match.start(group) + len(name))
    first = name.split()[0]
    if name in lists.index_names or name in lists.exchange_names \
            or " " not in name and is_plain_word(name, gazetteer.plain_words) and at_sentence_start(text, match.start(group)) \
            or placed_by_model(labels) or not report and person_by_model(labels) \
            or gazetteer.is_first_name(first) or LEGAL_SUFFIX_WORD.fullmatch(first) \
            or not names_no_other(name, gazetteer, other_people_words(mentions, name)):
        return None
    return name


def at_sentence_start(text: str, start: int) -> bool:
    """Nothing but a sentence's or a quote's end, a colon or a line's start before ``start``."""
    before = text[max(0, start - 3):start].rstrip(" \t")
    return not before or before[-1] in ".!?:\n\"“”‘'"


def other_people_words(mentions: list[Mention], name: str) -> set[str]:
    """The words of the article's people, but for the name itself where the model took it for one."""
    return {w for m in mentions if m.label == "PERSON" and m.text != name for w in m.text.split()}


def model_labels(doc, start: int, end: int) -> set[str] | None:
    """The model's entity labels on the words from ``start`` to ``end`` ("" for a word it tagged
    nothing), or None where no word lies there."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return None if span is None else {t.ent_type_ for t in span}


def person_by_model(labels: set[str] | None) -> bool:
    """The model took a word of the name for a person's: only a market report's move outweighs it."""
    return labels is not None and "PERSON" in labels


def placed_by_model(labels: set[str] | None) -> bool:
    """The model tagged a word of the name as a place, a date, a figure or a work: not a person or a body."""
    return labels is None or bool(labels - {"", "ORG", "PERSON"})


def market_report(text: str, lists: Lists) -> bool:
    """A report on the markets names a stock index ("FTSE 250 movers", "the Dow"): there every
    sentence opening with a name's move is a company's, whatever else it says."""
    return lists.index_name.search(text) is not None


def sentence_at(text: str, start: int) -> str:
    """The sentence opening at ``start``: up to its full stop or the end of its line."""
    return re.match(r"[^\n]*?(?:[.!?](?=\s)|$)", text[start:start + 600], re.M).group()


def names_no_other(name: str, gazetteer: Gazetteer, people_words: set[str]) -> bool:
    """Not a body's head word or kind alone, a listed non-entity, a word of a person's name, nor
    words opening with a day or a word of the language."""
    first = name.split()[0]
    return name not in gazetteer.organs_of_bodies and name.lower() not in gazetteer.organisation_nouns \
        and not ORG_HEAD_WORD.fullmatch(name) and name not in gazetteer.not_names \
        and first not in people_words and first.lower() not in STOP_WORDS and first not in CALENDAR_WORDS


POSSESSIVE_END = re.compile(r"['’]s?$")
DESCRIBED = re.compile(r"-[a-z]")  # "the London-based website": a place describing the name that follows


def tagged_by_model(labels: set[str] | None) -> bool:
    """The model tagged a word of the name as something other than a body (a place, a person)."""
    return labels is None or bool(labels - {"", "ORG"})


def cut_at_abbreviation(text: str, name: str, end: int) -> bool:
    """"acquired by St. Martin’s": a short title-case word before a stop and a capital is an
    abbreviation the name goes on after."""
    return re.fullmatch(r"[A-Z][a-z]{0,2}", name.split()[-1]) is not None \
        and re.match(r"\.[ ]+[A-Z]", text[end:end + 3]) is not None


# How far up the parse "its" may climb to the verb whose subject owns it ("its" → "surplus" → "in" →
# "fall" → "reported"), and the clause links it may cross ("CalMac, which …, has apologised to its").
OWNER_CLIMB = 6
CLAUSE_LINKS = ("conj", "xcomp", "advcl", "relcl")


def bodies_referred_to_as_it(doc, text: str, mentions: list[Mention], gazetteer: Gazetteer,
                             lists: Lists) -> list[Mention]:
    """Names the model did not tag, or took for a person, that the text refers back to as "it": the
    subject of the clause that holds "its" ("while Comet closed its stores", "Hollowfield, which …,
    has cut its staff"). A person is "his" or "her", and a place the model tags; a proper name
    that owns "its" staff, stores or members (org_evidence.yml its_owned_nouns; not "its opening
    weekend", "its battery", which a film or a product has) is a body's. Every occurrence of such a
    name becomes an ORG candidate; not a word of the language alone where it is capitalised for its
    place ("Management lowered its", "the Ministry put out"; "while Comet closed its stores" is a
    name), nor a body's head word alone ("the Government set out its plan").
    One look at the parse per "its", not per token."""
    names = set()
    for match in lists.its_owned.finditer(text):
        token = token_at(doc, match.start())
        owner = owner_of_its(token) if token is not None else None
        if owner is None:
            continue
        span = doc[proper_name_start(owner):owner.i + 1]
        name = span.text
        if any(t.ent_type_ not in ("", "PERSON") for t in span) or not all(t.text[:1].isupper() for t in span) \
                or len(name) < 2 \
                or name in gazetteer.not_names or ORG_HEAD_WORD.fullmatch(name) \
                or len(span) == 1 and is_plain_word(name, gazetteer.plain_words) and capitalised_for_its_place(span[0]):
            continue
        names.add(name)
    if not names:
        return []
    return unmentioned_occurrences(text, names, mentions)


def owner_of_its(token):
    """The proper noun heading the subject of the clause "its" stands in, if any."""
    verb = token
    for _ in range(OWNER_CLIMB):
        if verb.pos_ in ("VERB", "AUX"):
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                return subject if subject.pos_ in ("PROPN", "NOUN") else None
            if verb.dep_ not in CLAUSE_LINKS:
                return None
        if verb.head is verb:
            return None
        verb = verb.head
    return None


def capitalised_for_its_place(token) -> bool:
    """A word of the language capitalised because it opens a sentence, or after "the" as a kind of
    body that stands for one named elsewhere ("the Ministry put out", "the Board")."""
    return token.is_sent_start or token.i > 0 and token.nbor(-1).lower_ in ("the", "its", "their", "this")


def proper_name_start(token) -> int:
    """Where the proper nouns compounded before ``token`` start ("Pinnacle FM": "Pinnacle")."""
    start = token.i
    while start > token.sent.start and token.doc[start - 1].pos_ == "PROPN" \
            and token.i >= token.doc[start - 1].head.i >= start:
        start -= 1
    return start


# What the model tagged a name as that an appositive kind of body does not overrule: a people, a date, a figure.
NOT_A_BODY_LABELS = ("NORP", "DATE", "TIME", "EVENT", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY",
                     "LANGUAGE")


def bodies_in_apposition(doc, text: str, mentions: list[Mention], gazetteer: Gazetteer, lists: Lists) -> list[Mention]:
    """Names the model did not tag that the text calls a kind of body in apposition ("Poppyscotland,
    the charity for ex-servicemen", "Muslim Aid, the second-oldest British Muslim charity that …"):
    every untagged occurrence becomes an ORG candidate for the gate, so that "Poppyscotland
    announced" and "the charity said" find the body. Not a word of the language alone ("Separately,
    the company, which …"), a people or a date the model recognised, nor a place opening the sentence."""
    names = names_in_apposition(doc, text, gazetteer, lists)
    if not names:
        return []
    return unmentioned_occurrences(text, names, mentions)


def names_in_apposition(doc, text: str, gazetteer: Gazetteer, lists: Lists) -> set[str]:
    """The names the text calls a kind of body in apposition ("Poppyscotland, the charity for …")."""
    names = set()
    for match in lists.body_in_apposition.finditer(text):
        name = re.sub(r"^The[ ]+", "", match.group(1))
        words = name.split()
        if words[0].lower() in STOP_WORDS or words[0] in CALENDAR_WORDS or name in gazetteer.not_names \
                or len(words) == 1 and is_plain_word(name, gazetteer.plain_words):
            continue
        span = doc.char_span(match.end(1) - len(name), match.end(1), alignment_mode="expand")
        if span is None or any(t.ent_type_ in NOT_A_BODY_LABELS for t in span) \
                or any(t.ent_type_ in PLACE_LABELS for t in span) and opens_sentence(span):
            continue
        names.add(name)
    return names


def people_in_apposition_as_bodies(doc, text: str, mentions: list[Mention], gazetteer: Gazetteer,
                                   lists: Lists) -> list[Mention]:
    """"Thoma Bravo, a leading tech buyout firm, said": a name our rules called a person for its
    first name ("Thoma") that the text calls a kind of body in apposition is that body, as an ORG
    candidate in each of its mentions; not one written after a title ("Mr Lewis, the company's …"
    names no body: the kind must head its phrase)."""
    people = [m for m in mentions if m.label == "PERSON" and not m.titled and " " in m.text]
    names = names_in_apposition(doc, text, gazetteer, lists) if people else set()
    return [Mention("ORG", m.start, m.end, m.text) for m in people if m.text in names]


def opens_sentence(span) -> bool:
    """"In Leven, the company that runs the site said …": a place opening the sentence, alone or after
    a preposition, is where the subject acts; only a name inside the sentence ("help came from
    Poppycare, the charity for …", which the model may take for a place) stands in apposition."""
    first = span.sent.start
    return span.start == first or span.start == first + 1 and span.doc[first].pos_ == "ADP"


# "Armagh City, Banbridge and Craigavon Borough Council": places listed into one body's name
LONGER_NAME_AFTER = re.compile(rf"(?:,[ ]+{NAME_WORDS})*,?[ ]+and[ ]+{NAME_WORDS}[ ]+(?:{ORG_HEADS})\b")


def opens_longer_name(text: str, m: Mention) -> bool:
    """The place is the first of those a body's name lists: the body is the whole name, not the place."""
    return bool(LONGER_NAME_AFTER.match(text, m.end))


def names_around_places(doc, text: str, mentions: list[Mention], gazetteer: Gazetteer, lists: Lists) -> list[Mention]:
    """"India Cements", "Granules India": the model tagged only the place, and the parse joins it to
    an untagged capitalised word. The longer name is a body where the text says what it does or
    owns ("Shares of India Cements", "India Cements reported"): every mention becomes a candidate.
    After a job or a title the longer name is its holder's ("Eskom spokesperson Sikonathi Mantshantsha")."""
    taken = Spans(mentions)
    by_name: dict[str, list[Mention]] = {}
    people = []  # "Eskom spokesperson Sikonathi Mantshantsha": the holder of a job
    for e in doc.ents:
        if e.label_ not in ("GPE", "LOC"):
            continue
        start, end = e.start, e.end
        while end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end \
                and joins_place_name(doc[end], gazetteer):
            end += 1
        while start > 0 and doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i < end \
                and joins_place_name(doc[start - 1], gazetteer):
            start -= 1
        m = Mention("ORG", doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), doc[start:end].text)
        last = m.text.split()[-1]
        if (start, end) == (e.start, e.end) or taken.overlapping(m) or last in lists.programme_heads \
                or last in gazetteer.not_organisation_heads or last in gazetteer.place_last_words:
            continue
        if preceding_word(text, m.start).lower() in gazetteer.titles | gazetteer.role_nouns:
            people.append(Mention("PERSON", m.start, m.end, m.text))
            continue
        by_name.setdefault(name_key(m.text), []).append(m)
    return people + [m for members in by_name.values()
                     if any(acts(text, m, lists, gazetteer) or marked_around(text, m, lists) for m in members)
                     for m in members]


def joins_place_name(token, gazetteer: Gazetteer) -> bool:
    """A capitalised proper noun the model left untagged, not a title or a job ("Ireland Captain"),
    a day or a month."""
    return not token.ent_type_ and token.pos_ == "PROPN" and token.text[:1].isupper() and token.text.isalpha() \
        and token.lower_ not in STOP_WORDS and token.lower_ not in gazetteer.role_nouns \
        and token.lower_ not in gazetteer.titles and token.text not in CALENDAR_WORDS


WORK_LABELS = {"PRODUCT", "WORK_OF_ART", "EVENT"}


# "The SIU has launched", "the NDC's strategy": capitals after "the", standing alone or owning;
# "the GOP-controlled Senate", "the ANC-led government": capitals that lead or control something
ACRONYM_AFTER_THE = re.compile(r"(?<![\w’'-])[Tt]he[ ]+([A-Z]{2,6})(?![\w&/.-]|['’][a-rt-z])")
ACRONYM_IN_CHARGE = re.compile(r"(?<![\w’'&/.-])([A-Z]{2,6})-(?:led|controlled|run|dominated|ruled)\b")
OWNS_A_THING = re.compile(r"['’]s?[ ]+[a-z]")
# "CBK raised the rate", "Cosatu said": initials with no "the", not inside a longer capitalised name
BARE_ACRONYM = re.compile(r"(?<![\w’'&/.-])(?<![Tt]he )([A-Z]{2,6})(?![\w&/.-]|['’][a-rt-z]| [A-Z])")
CAPITALISED_WORD_BEFORE = re.compile(r"[A-Z][\w’'&.-]*[ ]$")
PASSIVE_AFTER = re.compile(r"\s+[a-z]+\s+by\b")  # "the ADP released by the minister": done to it


def acronyms_acting(doc, text: str, mentions: list[Mention], gazetteer: Gazetteer, lists: Lists) -> set[str]:
    """Initials that act as a body does, whether the model tagged them or not: after "the", the
    subject of a body's act or the owner of something ("The SIU has launched", "the NDC's
    strategy"), or what leads or controls a chamber or a government ("the GOP-controlled Senate").
    The model's ORG label alone is no evidence for one word, and these are. An abbreviation of a
    thing takes "the" too ("the GDP figures", "the PM said"): the alias file's non-names, titles
    and job words, countries ("the UAE’s biggest brands"), initials the model tags as a place or a
    people anywhere in the article, and
    initials inside another name are left out."""
    places = {e.text for e in doc.ents if e.label_ in ("GPE", "LOC", "NORP")}
    people = {e.text for e in doc.ents if e.label_ == "PERSON"}
    others = Spans([m for m in mentions if m.label != "ORG" or m.text != text[m.start:m.end] or " " in m.text])
    names = set()
    for match in list(ACRONYM_AFTER_THE.finditer(text)) + list(ACRONYM_IN_CHARGE.finditer(text)):
        word = match.group(1)
        m = Mention("ORG", match.start(1), match.end(1), word)
        if word in names or others.overlapping(m) or word in gazetteer.not_names or word in places \
                or name_key(word) in lists.national_sides \
                or word.lower() in gazetteer.person_words or gazetteer.label_of(word) not in (None, "ORG"):
            continue
        # "told the PA news agency": initials before a plain noun only describe it
        if match.re is ACRONYM_IN_CHARGE or OWNS_A_THING.match(text, m.end) \
                or not modifies_next_word(text[m.end:m.end + 30]) and (acts(text, m, lists, gazetteer)
                                                                     or marked_around(text, m, lists)):
            names.add(word)
    names |= bare_acronyms_acting(text, others, places | people, gazetteer, lists) - names
    return names


def bare_acronyms_acting(text: str, others: Spans, not_bodies: set[str], gazetteer: Gazetteer, lists: Lists) -> set[str]:
    """"CBK raised the rate", "PPTA president Ann Lee": initials written without "the" that do a
    body's deed or have a body's people. Only that counts, never an owner's "’s" alone ("GDP's
    rise") nor a deed done to them ("the ADP released by"); the guards of "the" initials hold, and
    job and title initials ("CEO said"), initials closing a longer name ("Nakheel PJSC reported"),
    and initials the model tags as a person or a place anywhere in the article stay out."""
    names = set()
    for match in BARE_ACRONYM.finditer(text):
        word = match.group(1)
        m = Mention("ORG", match.start(1), match.end(1), word)
        if word in names or word in not_bodies or others.overlapping(m) \
                or CAPITALISED_WORD_BEFORE.search(text, max(0, m.start - 40), m.start) or word in gazetteer.not_names \
                or name_key(word) in lists.national_sides or word.lower() in gazetteer.person_words \
                or word.lower() in gazetteer.titles or word.lower() in gazetteer.role_nouns \
                or gazetteer.label_of(word) not in (None, "ORG"):
            continue
        # "THE chief executive of …": a shouted opener of a regional paper's story, not initials
        if word.lower() in STOP_WORDS and (m.start == 0 or text[m.start - 1] == "\n"):
            continue
        if acts(text, m, lists, gazetteer) and not OWNS_A_THING.match(text, m.end) \
                and not PASSIVE_AFTER.match(text, m.end):
            names.add(word)
    return names


def sites_acting_as_operators(doc, text: str, mentions: list[Mention], gazetteer: Gazetteer, lists: Lists) -> list[Mention]:
    """"Newcastle Airport welcomed 283,000 flyers", "Leeds Airport said": a site run by a company of
    its name that does a body's deed or acts on something is that company, in each of its mentions
    the model tagged as a place. Where it is only a place ("arrested at Leeds Airport", "flights
    from Leeds Airport") it stays one."""
    taken = Spans(mentions)
    sites = [Mention("ORG", e.start_char, e.end_char, e.text) for e in doc.ents
             if e.label_ in PLACE_LABELS and e[-1].text in operated_sites() and e[0].text[:1].isupper()]
    sites = [m for m in sites if not taken.overlapping(m)]
    acting = {m.text for m in sites if acts(text, m, lists, gazetteer) and not PASSIVE_AFTER.match(text, m.end)
              or acts_on_something(doc, m)}
    return [m for m in sites if m.text in acting]

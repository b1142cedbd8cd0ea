"""One name or two: names joined by "and", a comma's list or side by side.

The model reads "the Bank of England and Treasury" as one name and cuts "the Australian Competition
and Consumer Commission" in two; these rules say, from the article's own writing (initials, the
halves written apart, what the model tagged), where one name ends and the next begins.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from extract.canonical import initials
from extract.gazetteer import Gazetteer, first_name_gender, name_key
from extract.known_names import well_known_as_written
from extract.lexicon import is_plain_word
from extract.mentions import Mention, overlaps
from extract.name_patterns import ACRONYM, FIRM_HEAD_WORD, LEGAL_SUFFIXES, NAME_CONNECTORS, ORG_HEADS, ORG_HEAD_WORD
from extract.org_words import word_lists


# "Woodhall, " before "Faskine and …": a comma's list goes on before the name
LIST_BEFORE = re.compile(r"[A-Z][\w’'-]*,[ \t]+$")


def run_on_ends(doc) -> frozenset[int]:
    """Where the model's names that ran on into an "and" end ("The Australian Competition and" |
    "Consumer Commission"): the model read the "and" as part of a name there."""
    return frozenset(e.end_char for e in doc.ents if e.text.endswith(" and"))


def model_org_spans(doc) -> frozenset[tuple[int, int]]:
    """Where the model's organisation names start and end, a leading "the" left out."""
    return frozenset((e.start_char + (4 if e.text.lower().startswith("the ") else 0), e.end_char)
                     for e in doc.ents if e.label_ == "ORG")


def two_named_bodies(text: str, mention: Mention, mentions=(), run_on=frozenset(),
                     model_orgs=frozenset()) -> list[Mention]:
    """"Motilal Securities and Zenith Robotics": two names, each ending in its own head word
    ("Securities and Exchange Commission" stays one: its first part is a lone head word); or
    the first a whole name the model tagged on its own ("DST Global and LightSpeed Venture Partners",
    "Infosys and HCL Technologies"). A first part the model tagged with the "and" after it is no
    name of its own ("Australian Competition and Consumer Commission"); a second part the model
    tagged whole after a first that opens with a name it tagged is ("ITV Cymru Wales and Cardiff
    University", "ITV" and "Cardiff University" tagged)."""
    left, sep, right = mention.text.partition(" and ")
    if not sep or " of " in left or not ORG_HEAD_WORD.fullmatch(right.split()[-1].rstrip(".")) \
            or initials_written(text, mention.text):
        return [mention]
    right_start = mention.start + len(left) + len(sep)
    # (a lone word before the "and" is a first place: "Dumfries and Galloway Council")
    if len(right.split()) > 1 and len(left.split()) > 1 and (right_start, mention.end) in model_orgs \
            and any(start == mention.start and end <= right_start - len(sep) for start, end in model_orgs):
        return [Mention("ORG", mention.start, mention.start + len(left), left),
                Mention("ORG", right_start, mention.end, right)]
    tagged = right_start - 1 not in run_on and \
        any(m.label == "ORG" and (m.start, m.end) == (mention.start, right_start - len(sep)) for m in mentions)
    # ("U.S. Securities" counts as one word: "U.S." only says whose it is.) One word goes with the
    # words after it ("University and College Union", "Dumfries and Galloway Council") unless the
    # model tagged it a name on its own and a whole firm's name follows: "Infosys and HCL Technologies"
    # (not after a comma's list: "Woodhall, Faskine and Palacecraig Conservation Group" is one body).
    if len([w for w in left.split() if "." not in w]) < 2 \
            and not (tagged and len(right.split()) > 1 and FIRM_HEAD_WORD.fullmatch(right.split()[-1].rstrip("."))
                     and not LIST_BEFORE.search(text, max(0, mention.start - 40), mention.start)):
        return [mention]
    if not (ORG_HEAD_WORD.fullmatch(left.split()[-1]) or tagged):
        return [mention]
    return [Mention("ORG", mention.start, mention.start + len(left), left),
            Mention("ORG", right_start, mention.end, right)]


def initials_written(text: str, name: str) -> bool:
    """"the Australian Competition and Consumer Commission (ACCC)", "the ASIC": the initials of every
    main word of the name, written in the article as a word, make it one body's name; two bodies
    joined by "and" have no initials together."""
    acronym = initials(name)
    return len(acronym) >= 3 and re.search(rf"(?<![\w’'-]){re.escape(acronym)}(?![\w’'-])", text) is not None


def names_written_apart(text: str, mention: Mention, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"the Warriors and Lakers", "Johan Bruyneel and Tailwind Sports", "the United States and European
    Union": a model name joined by "and" whose two sides the article also writes apart is two names,
    each a person where the article's people say so. One body named for two places ("Perth and
    Kinross Council": the head word ends only the second side), one kind of body named by two nouns
    ("Glasgow City Health and Social Care Partnership") and listed names stay whole."""
    left, sep, right = mention.text.partition(" and ")
    if mention.label != "ORG" or not sep or " and " in right or not (left[:1].isupper() and right[:1].isupper()) \
            or left == right or gazetteer.label_of(mention.text) or well_known_as_written(mention.text) \
            or opens_paired_kind(left.split()[-1], right, gazetteer) \
            or re.search(r" (?:of|for) ", mention.text):  # "Department of Communities and Local Government"
        return [mention]
    people = {w for m in mentions if m.label == "PERSON" for w in (m.text, m.text.split()[-1])}
    bodies = {m.text for m in mentions if m.label == "ORG" and not overlaps(m, mention)}
    single = [" " not in side for side in (left, right)]
    if any(single) and not (all(single) and (all(side in bodies or side in people for side in (left, right))
                                             or all(map(nickname_shape, (left, right))))):
        return [mention]  # "the Edinburgh International Festival and Fringe": a lone word goes with its neighbour
    if all(single) and all(map(nickname_shape, (left, right))):
        right_start = mention.start + len(left) + len(sep)
        return [Mention("ORG", mention.start, mention.start + len(left), left),
                Mention("ORG", right_start, mention.end, right)]
    person_left = left in people or left.split()[-1] in people
    if ORG_HEAD_WORD.fullmatch(right.split()[-1]) and not ORG_HEAD_WORD.search(left) and not person_left:
        return [mention]
    outside = without_joined_again(text[:mention.start] + " " * len(mention.text) + text[mention.end:], left, right)
    if not (written_alone(outside, left) and written_alone(outside, right)):
        return [mention]
    right_start = mention.start + len(left) + len(sep)
    return [Mention("PERSON" if side in people or side.split()[-1] in people else "ORG", start, start + len(side), side)
            for side, start in ((left, mention.start), (right, right_start))]


# "both Woolworths and Coles": "both" before a pair says there are two of them.
BOTH_BEFORE = re.compile(r"(?<![\w’'-])[Bb]oth[ ]$")
# The list's comma right before the name: "Dublin Bus, " before "Irish Rail and Luas".
LIST_COMMA_BEFORE = re.compile(r",[ ]$")


def names_joined_in_list(text: str, mention: Mention, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"Dublin Bus, Irish Rail and Luas", "both Woolworths and Coles", "action from Calmac and Scottish
    Government": the model reads the last two items of a list as one name. The "and" joins two names
    when "both" opens the pair, when the item before the list's comma is a body's name of its own,
    or when one side is a listed body and the other is written alone elsewhere in the article. Not
    a body named for its remits ("Department for Environment, Food and Rural Affairs": plain words
    on both sides), nor one whose initials the article writes ("ACCC"), nor a paired kind."""
    left, sep, right = mention.text.partition(" and ")
    if mention.label != "ORG" or not sep or " and " in right or not (left[:1].isupper() and right[:1].isupper()) \
            or re.search(r" (?:of|for|on) ", mention.text) or initials_written(text, mention.text) \
            or gazetteer.label_of(mention.text) or well_known_as_written(mention.text) \
            or opens_paired_kind(left.split()[-1], right, gazetteer):
        return [mention]
    before = text[max(0, mention.start - 10):mention.start]
    if not (BOTH_BEFORE.search(before) or after_named_item(text, mention, mentions, left, right, gazetteer)
            or listed_beside_written_alone(text, mention, left, right, gazetteer)):
        return [mention]
    right_start = mention.start + len(left) + len(sep)
    return [Mention("ORG", mention.start, mention.start + len(left), left),
            Mention("ORG", right_start, mention.end, right)]


def after_named_item(text: str, mention: Mention, mentions: list[Mention], left: str, right: str,
                     gazetteer: Gazetteer) -> bool:
    """The list's item before the comma is a body's name the model tagged on its own (no remit after
    "of" or "for" that the list could go on), and the pair is not all plain words (remits), nor
    opened by one ("Pharmacists and Dentists Union"), nor spelt by initials in brackets after it."""
    return named_item_before(text, mention, mentions) and not INITIALS_AFTER.match(text, mention.end) \
        and not (topic_words(left, gazetteer) and topic_words(right, gazetteer)) \
        and not (" " not in left and is_plain_word(left, gazetteer.plain_words))


def named_item_before(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """A list's comma right before the mention, after a body's name the model tagged on its own (no
    remit after "of", "for" or "on" that the list could go on with): "APS, " before "Southwest Gas"."""
    if not LIST_COMMA_BEFORE.search(text, max(0, mention.start - 2), mention.start):
        return False
    item = next((m for m in mentions if m.label == "ORG" and m.end == mention.start - 2), None)
    return item is not None and not re.search(r" (?:of|for|on) ", item.text)


def listed_beside_written_alone(text: str, mention: Mention, left: str, right: str, gazetteer: Gazetteer) -> bool:
    """One side a listed or well-known body ("Scottish Government"), the other written elsewhere in
    the article by itself, in any case ("CalMac said")."""
    if REMIT_BEFORE.search(text, max(0, mention.start - 5), mention.start):
        return False  # "the Minister of Labour and Employment": remits of one office
    outside = text[:mention.start] + " " * len(mention.text) + text[mention.end:]
    for listed, other in ((left, right), (right, left)):
        if (gazetteer.label_of(listed) == "ORG" or well_known_as_written(listed)) and \
                any(not capitalised_word_before(outside, found.start())
                    and not REMIT_BEFORE.search(outside, max(0, found.start() - 5), found.start())
                    for found in re.finditer(rf"(?<![\w’'-]){re.escape(other)}(?![\w’'-])(?! and )(?-i:(?! [A-Z]))",
                                             outside, re.IGNORECASE)):
            return True
    return False


# A name's remit goes on after these: "of Labour and Employment", "for Health and Social Care".
REMIT_BEFORE = re.compile(r"(?<![\w’'-])(?:of|for|on|and|&)[ ]$")


def nickname_shape(word: str) -> bool:
    """"Vikings", "Lions": one capitalised plural; two joined by "and" are two teams or two bodies,
    never halves of one name."""
    return len(word) > 3 and word[:1].isupper() and word[1:].islower() and word.endswith("s") \
        and not word.endswith("ss")


def opens_paired_kind(first: str, rest: str, gazetteer: Gazetteer) -> bool:
    """"Health" | "Social Care Partnership": the words around an "and" begin a kind of body named by
    two nouns (aliases.yml paired_kinds), in any case ("HEALTH and Social Care Partnership")."""
    joined = f"{first} and {rest}".casefold()
    return any(joined == kind.casefold() or joined.startswith(kind.casefold() + " ") for kind in gazetteer.paired_kinds)


# A company's legal suffix ending a name: "Al-Duraq Investment Ltd", "Exchange Limited".
ENDS_IN_LEGAL_SUFFIX = re.compile(rf"\b(?:{LEGAL_SUFFIXES})\.?$")
# Words after "and" that make a founder's name part of the firm's: "Abdul Samad and Sons Ltd".
FOUNDERS_FIRM = re.compile(r"(?:Sons|Son|Brothers|Bros|Daughters|Partners|Associates|Company|Co)\b")


def person_and_company(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"alongside his daughter, Fatima; Jalal Hamma and Al-Duraq Investment Ltd": a charge sheet's or a
    deal's parties, a person and a company, that the model took for one company. A given name and a
    surname before "and", a legal suffix ending the words after it: two names."""
    out = []
    for m in mentions:
        person, joined, company = m.text.partition(" and ")
        words = person.split()
        if m.label == "ORG" and joined and 2 <= len(words) <= 3 and gazetteer.is_first_name(words[0]) \
                and all(w[:1].isupper() for w in words) and ENDS_IN_LEGAL_SUFFIX.search(company) \
                and not FOUNDERS_FIRM.match(company) and not gazetteer.label_of(m.text):
            second = m.start + len(person) + len(joined)
            out += [Mention("PERSON", m.start, m.start + len(person), person), Mention("ORG", second, m.end, company)]
        else:
            out.append(m)
    return out


def firms_of_two_names(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"Tayport-based textile firm Scott and Fyfe … Scott and Fyfe now supplies": two one-word ORGs
    joined by "and" that the article writes together more than once and never apart name one firm
    after its founders. Two bodies in a list ("Unite and Unison") are listed names or written alone."""
    ordered = sorted(mentions, key=lambda m: m.start)
    pairs = {}
    for left, right in zip(ordered, ordered[1:]):
        if left.label == right.label == "ORG" and text[left.end:right.start] == " and " \
                and all(" " not in m.text and not ACRONYM.match(m.text) and not gazetteer.label_of(m.text)
                        and not well_known_as_written(m.text) for m in (left, right)):
            pairs.setdefault((left.text, right.text), []).append((left, right))
    joined, dropped = [], set()
    for (first, second), found in pairs.items():
        whole = f"{first} and {second}"
        alone = sum(len(re.findall(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", text)) for word in (first, second))
        if len(found) < 2 or alone != 2 * text.count(whole):
            continue
        for left, right in found:
            joined.append(Mention("ORG", left.start, right.end, whole))
            dropped.update((id(left), id(right)))
    return [m for m in mentions if id(m) not in dropped] + joined if joined else mentions


# A body's head word and the "of", "for" or "on" opening what it is of or for.
# (a centre is named for what it is for too: "Boston Centers for Youth and Families")
HEAD_AND_COMPLEMENT = re.compile(rf"\b(?:{ORG_HEADS}|Centers?|Centres?)[ ](?:of|for|on)[ ]")
# Capitalised words of a remit ("Privileges", "Code of Conduct", "Public Petitions"), and the rest of
# a list of them after a name: ", Privileges and Code of Conduct", " and Menopause".
_REMIT = r"[A-Z][a-z]+(?:[ ](?:of[ ])?[A-Z][a-z]+)*"
# The list may end in a possessive ("the Committee on Public Order and Dangerous Drugs’ hearing").
REMIT_LIST_AFTER = re.compile(rf"(?:,[ ]{_REMIT})*,?[ ]and[ ]{_REMIT}(?![\w-]|[’'](?!s\b|\s)|[ ][A-Z])")


def complements_cut_at_and(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"Diamond Institute for Infertility" | "and Menopause", "Senate Committee on Ethics" | ",
    Privileges and Code of Conduct": the model cut a body's name at the "and" (or the list's comma)
    of what the body is for or on. The rest of that list is common words, like the one before it,
    written nowhere else: topics, not bodies of their own ("the Ministry of Health and Oxfam", "the
    Bank of England and Treasury" stay two)."""
    out = list(mentions)
    for m in mentions:
        rest = REMIT_LIST_AFTER.match(text, m.end) if m.label == "ORG" else None
        if not rest or not HEAD_AND_COMPLEMENT.search(m.text) or not topic_words(m.text.split()[-1], gazetteer) \
                or not topic_words(rest.group(), gazetteer) \
                or any(text.count(part) > 1 for part in re.findall(_REMIT, rest.group())):
            continue
        whole = Mention("ORG", m.start, rest.end(), text[m.start:rest.end()])
        out = [o for o in out if not (whole.start <= o.start and o.end <= whole.end)] + [whole]
    return out


def topic_words(words: str, gazetteer: Gazetteer) -> bool:
    """"Menopause", "Privileges and Public Petitions": capitalised words of the language, no body's
    head word, no listed name."""
    names = [w.strip(",") for w in words.split() if w.strip(",") and w.strip(",") not in NAME_CONNECTORS]
    return bool(names) and all(w[:1].isupper() and is_plain_word(w, gazetteer.plain_words)
                               and not gazetteer.label_of(w) and not well_known_as_written(w) for w in names) \
        and not ORG_HEAD_WORD.search(words)


def listed_names_side_by_side(mention: Mention, gazetteer: Gazetteer) -> list[Mention]:
    """"the Labour Welsh Government", "a Tory UK Government": a party before the body it runs, two
    listed names the model read as one, are two names (a listed whole, "Labour Party", stays one)."""
    words = mention.text.split(" ")
    if mention.label != "ORG" or len(words) < 2 or gazetteer.label_of(mention.text):
        return [mention]
    for i in range(1, len(words)):
        left, right = " ".join(words[:i]), " ".join(words[i:])
        # (a lone word of the language after a body is what the body holds: "the GMB Congress")
        if gazetteer.label_of(left) == gazetteer.label_of(right) == "ORG" \
                and not (i == len(words) - 1 and is_plain_word(right, gazetteer.plain_words)):
            right_start = mention.start + len(left) + 1
            return [Mention("ORG", mention.start, mention.start + len(left), left),
                    Mention("ORG", right_start, mention.end, right)]
    return [mention]


# A lowercase word right after the name: the post the person holds in the body ("general secretary").
POST_AFTER = re.compile(r"[ \t]+[a-z]")


def person_run_into_body(text: str, mention: Mention, gazetteer: Gazetteer) -> list[Mention]:
    """"Sharon Graham Unite general secretary, said": a comma left out, the model runs the person
    into the listed body whose post follows. A given name and a surname before a listed body's
    name are two names."""
    words = mention.text.split(" ")
    if mention.label != "PERSON" or len(words) < 3 or not POST_AFTER.match(text, mention.end) \
            or not gazetteer.is_first_name(words[0]):
        return [mention]
    for i in range(2, len(words)):
        left, right = " ".join(words[:i]), " ".join(words[i:])
        if gazetteer.label_of(right) == "ORG":
            right_start = mention.start + len(left) + 1
            return [Mention("PERSON", mention.start, mention.start + len(left), left, mention.titled),
                    Mention("ORG", right_start, mention.end, right)]
    return [mention]


def body_before_its_organ(mention: Mention, gazetteer: Gazetteer) -> Mention:
    """"the SNP Government's pay offer", "the EIS Executive", "the EIS Salaries Committee": a listed
    body's name right before a word for the government it runs or an organ of its own (a union's or
    party's committee also with its remit between) names the listed body; the whole is no body of
    its own. Not after a possessive ("the House of Commons’ Scottish Affairs Committee")."""
    words = mention.text.split(" ")
    if mention.label != "ORG" or len(words) < 2 or gazetteer.label_of(mention.text) \
            or well_known_as_written(mention.text):
        return mention
    if words[-1] in gazetteer.organs_of_bodies:
        cuts = [len(words) - 1]
    elif words[-1] in gazetteer.remit_organs:
        # only a body known by its initials, a union or a party: a legislature's committee
        # ("the Senate Intelligence Committee") is a body of its own in the gold sets
        cuts = [1] if ACRONYM.match(words[0]) else []
    else:
        return mention
    for i in cuts:
        left = " ".join(words[:i])
        if gazetteer.label_of(left) == "ORG" and not re.search(r"['’]s?$", left):
            return Mention("ORG", mention.start, mention.start + len(left), left)
    return mention


def without_joined_again(text: str, left: str, right: str) -> str:
    """The text with the two sides blanked wherever they are written joined again, the second whole
    ("U.S. Customs and Border Protection … Customs and Border Protection announced"): a name
    repeated says nothing of its halves standing apart ("Bruyneel and Tailwind" after "Johan
    Bruyneel and Tailwind Sports" does: two names, the second shortened)."""
    joined = rf"(?:{re.escape(left)}|{re.escape(left.split()[-1])}) and {re.escape(right)}"
    return re.sub(joined, lambda match: " " * len(match.group()), text)


def written_alone(text: str, name: str) -> bool:
    """The name, or its first or last word (a proper word, not a body's head word, nor initials that
    only say whose it is, "U.S."), standing in the text with no capitalised word or "of" against it."""
    words = [w for w in (name.split()[0], name.split()[-1])
             if w[:1].isupper() and not ORG_HEAD_WORD.fullmatch(w) and "." not in w]
    return any(not capitalised_word_before(text, found.start())
               for form in {name, *words}
               for found in re.finditer(rf"(?<![\w’'-]){re.escape(form)}(?![\w’'-])(?! (?:[A-Z]|of\b))", text))


# The word right before, on the same line, with its space.
WORD_BEFORE = re.compile(r"([A-Za-z][\w’'.&-]*)[ ]$")


def capitalised_word_before(text: str, start: int) -> bool:
    """"Homeland Security", "Southwest Border", "Task Forces": a word written after a capitalised
    word is part of a longer name, not the name alone; a capitalised function word opening a sentence
    ("The Lakers") is no name."""
    before = WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group(1)[:1].isupper() and before.group(1).lower() not in STOP_WORDS


# The last of a body's remits and its head word or country: "Science and Economic Development Canada",
# "Risk and Finance Committee".
# ("Morrisons and Iceland" has no words between: two names)
LAST_REMIT = re.compile(r"([A-Z][a-z]+) and (?:[A-Z][\w’'-]*[ ])+([A-Z][\w’'-]*)")


def remits_of_one_body(name: str, gazetteer: Gazetteer) -> bool:
    """"Innovation, Science and Economic Development Canada", "Audit, Risk and Finance Committee":
    single plain words listed before one more joined by "and", then a body's head word or its
    country, are the remits of one body the model tagged whole, not a list of names (a list of
    names has names for items: "Transport Canada, Health Canada and Global Affairs Canada")."""
    *remits, last = name.split(", ")
    joined = LAST_REMIT.fullmatch(last)
    if not joined or not all(re.fullmatch(r"[A-Z][a-z]+", word) and is_plain_word(word, gazetteer.plain_words)
                             for word in remits + [joined.group(1)]):
        return False
    head = joined.group(2)
    return bool(ORG_HEAD_WORD.fullmatch(head)) or name_key(head) in word_lists(gazetteer).national_sides


# Plain capitalised words, each followed by a list's comma, right before a body's last remit.
REMITS_BEFORE = re.compile(r"(?:[A-Z][a-z]+,[ ])+$")
LIST_OR_PLAIN_BEFORE = re.compile(r"(?:^|,\s|(?<![\w’'-])[a-z][\w’'-]*\s)$")


def remits_before_body(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"Innovation, Science and Economic Development Canada" the model tagged from "Science" on:
    the plain words listed right before a body's last remit are its first remits, one name
    ("Transport Canada, " before them is an item of the list: "Canada" is no plain word)."""
    out = list(mentions)
    for m in mentions:
        if m.label != "ORG" or not LAST_REMIT.fullmatch(m.text):
            continue
        before = REMITS_BEFORE.search(text, max(0, m.start - 80), m.start)
        # the first remit opens the name: after a list's comma or a lowercase word, not inside a
        # longer name ("the Nelson City Council Audit, Risk and Finance Committee")
        while before and not (remits_of_one_body(text[before.start():m.end], gazetteer)
                              and LIST_OR_PLAIN_BEFORE.search(text, max(0, before.start() - 30), before.start())):
            before = REMITS_BEFORE.search(text, text.index(", ", before.start()) + 2, m.start)
        if before:
            whole = Mention("ORG", before.start(), m.end, text[before.start():m.end])
            out = [part for o in out if o is not m for part in left_of(text, o, whole)] + [whole]
    return sorted(out, key=lambda m: (m.start, -m.end))


# A body's initials in brackets right after its name: " (KMPDU)".
INITIALS_AFTER = re.compile(r"[ ]?\(([A-Z]{3,8})\)")
# One item of a list of capitalised words before the name, with its comma: "Kenya Medical Practitioners, ".
LIST_ITEM_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*[ ]){0,3}[A-Z][\w’'-]*,[ ]$")


def names_opened_by_their_initials(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Kenya Medical Practitioners, Pharmacists and Dentists' Union (KMPDU)": a body named by a list of
    whom it is for; the model ends the list's first item as a name of its own and takes the rest for
    the body. The initials in brackets after the name say where it opens: when they begin with a
    letter the rest cannot begin with, the list item before the comma whose first word gives that
    letter, and whose initials with the rest's hold the brackets' letters in order, opens the name."""
    out = list(mentions)
    for m in mentions:
        brackets = INITIALS_AFTER.match(text, m.end) if m.label == "ORG" else None
        if not brackets or spelt_by(brackets.group(1), m.text):
            continue
        item = LIST_ITEM_BEFORE.search(text, max(0, m.start - 60), m.start)
        if item is None or not spelt_by(brackets.group(1), text[item.start():m.end]):
            continue
        name = text[item.start():m.end]
        # the same name written again without its initials, an apostrophe dropped or not, is as whole
        written = "['’]?".join(map(re.escape, re.split(r"['’]", name)))
        for found in re.finditer(rf"(?<![\w’'-]){written}(?![\w’'-])", text):
            whole = Mention("ORG", found.start(), found.end(), found.group())
            out = [o for o in out if not overlaps(o, whole)] + [whole]
    return sorted(out, key=lambda m: (m.start, -m.end))


def spelt_by(acronym: str, name: str) -> bool:
    """The acronym opens with the name's first initial and its letters come in order among the
    name's initials ("KMPDU" in "Kenya Medical Practitioners, Pharmacists and Dentists Union")."""
    letters = initials(name.replace(",", " "))
    if not letters or acronym[0] != letters[0]:
        return False
    rest = iter(letters[1:])
    return all(letter in rest for letter in acronym[1:])


def left_of(text: str, mention: Mention, whole: Mention) -> list[Mention]:
    """What is left of a mention the whole name overlaps: its words before the name, up to the
    joining "and" ("Canadian Heritage" of the model's "Canadian Heritage and Immigration")."""
    if not overlaps(mention, whole):
        return [mention]
    kept = re.match(r"(.*?)(?:,|\s+and)?\s*$", text[mention.start:whole.start]).group(1)
    return [Mention(mention.label, mention.start, mention.start + len(kept), kept)] if kept else []


# "Ferdinand “Bongbong” Marcos Jr.", "Ronald "Bato" Dela Rosa", "Crispin 'Boying' Remulla": given
# names, a nickname in quotation marks, a surname with its particles and generation. The model
# reads the halves as two people (or one and a place); the quotation marks inside one name are how
# news in many countries writes the name a person is known by.
_NAME_WORD = r"[A-Z][\w’'.-]*[a-z.][\w’'.-]*"
NICKNAMED_NAME = re.compile(
    rf"\b(?P<given>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}})[ ]"
    r"(?P<nick>[“\"‘'][A-Z][\w.-]*(?:[ ][A-Z][\w.-]*)?[”\"’'])[ ]"
    rf"(?P<surname>(?:(?:de|del|dela|De|Del|Dela|de[ ]la|van|von|bin|binti|al|el)[ ])?{_NAME_WORD}"
    r"(?:[ ](?:Jr|Sr)\b\.?|[ ](?:II|III|IV)\b)?)")


def nicknamed_people(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A person written with a nickname in quotation marks between given names and surname is one
    person: the halves the model found, as people or otherwise, become one PERSON mention. A title
    or plain word before the given names is left out ("President Ferdinand"); one half must already
    be a person (or the given name a known one), so a title in quotes between two bodies' names is
    left alone."""
    for match in NICKNAMED_NAME.finditer(text):
        start, end = match.span()
        for word in match.group("given").split()[:-1]:
            if not (is_plain_word(word, gazetteer.plain_words) and not first_name_gender(word)):
                break
            start += len(word) + 1
        given = text[start:match.start("nick")].split()
        inside = [m for m in mentions if m.start < end and start < m.end]
        if is_plain_word(given[0], gazetteer.plain_words) and not first_name_gender(given[0]) \
                or not (any(m.label == "PERSON" for m in inside) or first_name_gender(given[0])) \
                or any(m.start < start or m.end > end for m in inside):
            continue
        mentions = [m for m in mentions if m not in inside] + [Mention("PERSON", start, end, text[start:end])]
    return mentions


# A photo credit after the second name: "… with Alex Salmond Jeff J Mitchell via Getty Images",
# "Oli Scarff/AFP": a caption's last name glued to its photographer's, two people.
CREDIT_AFTER = re.compile(r"[ \t]*(?:/|via[ \t]|\(|Photograph|Picture|Photo)")


def people_side_by_side(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Vice-President Paa Kwesi Bekoe Amissah-Arthur": the model may cut a long name of Ghanaian,
    Nigerian or Malaysian tradition into two people with nothing but a space between them; news
    never writes two people that way (a list has its commas, a table its lines), so they are one.
    A caption's last name glued to its photographer's credit is the exception."""
    people = sorted((m for m in mentions if m.label == "PERSON"), key=lambda m: m.start)
    merged: list[Mention] = []
    for m in people:
        last = merged[-1] if merged else None
        if last and text[last.end:m.start] == " " and len(last.text.split()) + len(m.text.split()) <= 5 \
                and not CREDIT_AFTER.match(text, m.end):
            merged[-1] = Mention("PERSON", last.start, m.end, text[last.start:m.end], last.titled or m.titled)
        else:
            merged.append(m)
    if len(merged) == len(people):
        return mentions
    return [m for m in mentions if m.label != "PERSON"] + merged


# Initials before a name that only say whose body it is: "U.S. Immigration", "UK Border".
WHOSE_INITIALS = re.compile(r"(?:[A-Z]\.){2,}|U[SK]")


def halves_of_one_name(doc, text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"U.S. Immigration" | "Customs Enforcement", "Healthcare" | "Retirement Benefits Task Force":
    the model cut one body's name at the "and" between its remits and the list rule took the rest
    for a second body. A first half made only of common words of the language (initials saying whose
    it is aside), no head word, no listed name, names no body by itself: "Immigration" is a remit,
    not an organisation. Joined by a bare "and" to a name of two or more capitalised words, the two
    are one name. A listed body ("Labour and Conservative Party"), a one-word second half ("State
    Universities and Colleges"), a second half opening with a nation's or place's word ("Neighbourhood
    Energy and Australian Green Credits": a firm's name starts there), a half the article writes
    alone or the last two items of a list of names ("APS, Southwest Gas and Tucson Electric Power")
    stay apart."""
    orgs = sorted((m for m in mentions if m.label == "ORG"), key=lambda m: m.start)
    merged = {}
    for left, right in zip(orgs, orgs[1:]):
        if text[left.end:right.start] != " and " or id(left) in merged:
            continue
        opening = doc.char_span(right.start, right.start + len(right.text.split()[0]), alignment_mode="expand")
        if remit_words(left.text, gazetteer) and second_half(right.text, gazetteer) \
                and not (opening is not None and opening[0].ent_type_ in ("NORP", "GPE", "LOC")) \
                and not written_apart_elsewhere(text, left, right) \
                and not (named_item_before(text, left, mentions) and not initials_written(text, text[left.start:right.end])):
            merged[id(left)] = merged[id(right)] = Mention("ORG", left.start, right.end, text[left.start:right.end])
    if not merged:
        return mentions
    wholes = {(m.start, m.end): m for m in merged.values()}
    return [m for m in mentions if id(m) not in merged] + list(wholes.values())


def remit_words(name: str, gazetteer: Gazetteer) -> bool:
    """"Immigration", "U.S. Immigration", "Border Enforcement": capitalised words of the language
    that name no body by themselves."""
    words = name.split()
    if words and WHOSE_INITIALS.fullmatch(words[0]):
        words = words[1:]
    return bool(words) and plain_capitalised_words(words, name, gazetteer) \
        and not ORG_HEAD_WORD.fullmatch(words[-1]) and not gazetteer.label_of(" ".join(words))


def second_half(name: str, gazetteer: Gazetteer) -> bool:
    """"Customs Enforcement", "Retirement Benefits Task Force": two or more capitalised words of the
    language, more remits and the head word, no listed name of its own ("Aberdeen and Clwyd South"
    are two places)."""
    words = name.split()
    return len(words) >= 2 and plain_capitalised_words(words, name, gazetteer)


def plain_capitalised_words(words: list[str], name: str, gazetteer: Gazetteer) -> bool:
    """Every word capitalised and a word of the language, and the name no listed or well-known one."""
    return all(w[:1].isupper() and is_plain_word(w, gazetteer.plain_words) for w in words) \
        and not gazetteer.label_of(name) and not well_known_as_written(name)


def written_apart_elsewhere(text: str, left: Mention, right: Mention) -> bool:
    """Either half written elsewhere as a name alone ("Customs said", "Orbit Beyond dropped out" after
    "Intuitive Machines and Orbit Beyond"), not joined to the other: two names."""
    outside = text[:left.start] + " " * (right.end - left.start) + text[right.end:]
    return any(not capitalised_word_before(outside, found.start()) and not outside.endswith(" and ", 0, found.start())
               for half in (left.text, right.text)
               for found in re.finditer(rf"(?<![\w’'-]){re.escape(half)}(?![\w’'-])(?! and [A-Z])(?! [A-Z])",
                                        outside))

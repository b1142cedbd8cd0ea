"""One canonical name per entity within an article.

Organisations merge by case ("Cosla" = "COSLA"), by acronyms the article
defines ("The Convention of Scottish Local Authorities (COSLA)") or spells
out by initials, and by the curated alias file. People merge by surname
("Hagmann" after "Katie Hagmann"), titles ("Mr Swinney") and a one-letter
misspelling of the same name ("Katie Hagman").
"""
from __future__ import annotations

import dataclasses
import re
from collections import Counter

from extract.gazetteer import Gazetteer, first_name_gender, given_name_sex, name_key
from extract.lexicon import is_plain_word
from extract.mentions import Mention
from extract.name_context import place_opening_outlet
from extract.name_edges import TITLE_BEFORE
from extract.name_patterns import ACRONYM, ORG_HEAD_WORD
from extract.org_words import word_lists

DEFINITION = re.compile(r"((?:[A-Z][\w’'-]*|of|and|for|the|&)(?:\s+(?:[A-Z][\w’'-]*|of|and|for|the|&))+)\s*\(([A-Z][A-Za-z&]{1,9})\)")
SMALL_WORDS = {"of", "and", "for", "the", "&", "on", "in"}
# A stock ticker in brackets right after a company's name, with its exchange or not: "Caterpillar (CAT)",
# "Boeing Co. (NYSE: BA)", "D.R. Horton ( DHI )".
TICKER_AFTER = re.compile(r"[ \t]*\([ \t]*(?:[A-Za-z]+:[ \t]*)?([A-Z][A-Z.]{0,5})[ \t]*\)")
# Head words that name a body alone ("the Assembly", "the Executive", Northern Ireland's "Alliance");
# beside one longer name ending in the word they are that body.
HEAD_WORDS_USED_ALONE = ("Assembly", "Executive", "Alliance")


def one_edit_apart(a: str, b: str) -> bool:
    """True when a and b differ by one inserted, deleted or changed letter."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:] if len(a) < len(b) else a[i + 1:] == b[i + 1:]


def initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in SMALL_WORDS).upper()


def canonicalise(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> dict[int, str]:
    """Map each mention's index to its canonical name."""
    canon: dict[int, str] = {}
    canon.update(organisation_names(text, mentions, gazetteer))
    canon.update(person_names(text, mentions, gazetteer))
    return canon


def organisation_names(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> dict[int, str]:
    orgs = [(i, m) for i, m in enumerate(mentions) if m.label == "ORG"]
    links = acronym_links(text, [m for _, m in orgs])
    groups: dict[str, list[int]] = {}
    for i, m in orgs:
        key = gazetteer_key(gazetteer, "ORG", m.text) or gazetteer_key(gazetteer, "ORG", " ".join(without_nation_initials(m.text))) \
            or links.get(name_key(m.text), name_key(m.text))
        key = without_company_suffix(key)
        key = gazetteer_key(gazetteer, "ORG", key) or key  # "Goldman Sachs Group Inc" is the listed "Goldman Sachs"
        groups.setdefault(key, []).append(i)
    for short, longer in short_forms(text, groups, mentions, gazetteer).items():
        groups[longer] += groups.pop(short)
    out = {}
    for key, members in groups.items():
        # The name is one the article uses; the alias file only decides what belongs together.
        forms = [mentions[i].text for i in members]
        name = spelt_out_form(preferred_form(forms), forms, text)
        out.update({i: name for i in members})
    return out


def spelt_out_form(name: str, forms: list[str], text: str) -> str:
    """"BRC" beside "British Retail Consortium": the canonical is the fullest form the text uses
    (the gold sets' rule), so an acronym gives way to the form its letters spell, or the form the
    text defines it by ("the Department of Business, Energy and Industrial Strategy (BEIS)"),
    however often the article writes the acronym; the acronym stays an alias."""
    if not (ACRONYM.match(name) or name.isupper()):
        return name
    spelt = [strip_article(f) for f in forms if len(f.split()) > 1 and (
        spells(name.upper(), without_nation_initials(strip_article(f))) or f"{f} ({name})" in text)]
    return preferred_form(spelt) if spelt else name


def short_forms(text: str, groups: dict[str, list[int]], mentions: list[Mention], gazetteer: Gazetteer) -> dict[str, str]:
    """"Rutgers" after "Rutgers University", "Hopkins" after "Johns Hopkins University": a name
    that is the leading words of one longer organisation name written before it, or a
    distinctive part of it (a word that is no plain English word), and part of no other, is
    that organisation. A name the alias file knows is its own organisation ("Amazon", "Amazon
    Music"), and so is one with a word like "University" of its own ("University of Michigan"
    beside its "College of Engineering"); "Pittsburgh" before "Pittsburgh Post-Gazette" is the
    city's team."""
    words = {key: strip_article(preferred_form([mentions[i].text for i in members])).split()
             for key, members in groups.items()}
    first = {key: min(mentions[i].start for i in members) for key, members in groups.items()}
    written = {key: text.find(" ".join(w)) for key, w in words.items()}  # also where the model cut it short
    merges = {}
    for key, short in words.items():
        if len(short) == 1 and short[0] in HEAD_WORDS_USED_ALONE:
            # "the Assembly" after "the Northern Ireland Assembly" is that chamber, "the Executive" after
            # "the Stormont Executive" that government; not "the House" beside "the White House", a
            # building's name that ends the same way. Two bodies the alias file lists stay two
            # ("Alliance" is not the "Northern Ireland Public Service Alliance").
            ending = [other for other, long in words.items() if len(long) > 1 and long[-1] == short[0]
                      and not (key.startswith("known:") and other.startswith("known:"))]
            if len(ending) == 1:
                merges[key] = ending[0]
            continue
        headed = any(ORG_HEAD_WORD.fullmatch(w) for w in short)
        if key.startswith("known:") or not short or headed and len(short) < 2:
            continue
        # a kind of body stands for one name only as that kind "of" a place: "the Central Bank" after
        # "the Central Bank of Kenya" ("Ministry of Health" is no short form of "Ministry of Health
        # and Social Care", nor "the Police" of "Police Scotland")
        containing = [other for other, long in words.items()
                      if len(long) > len(short) and part_of(short, long, gazetteer)
                      and (not headed or of_a_place(short, long))
                      and not place_opening_outlet(short, long, word_lists(gazetteer).outlet_last_words)]
        longer = containing[0] if len(containing) == 1 else None
        if longer and 0 <= min(first[longer], written[longer]) <= first[key] \
                and not set_against(text, short, words[longer], gazetteer):
            merges[key] = longer
    return {short: longer for short, longer in merges.items() if longer not in merges}


def of_a_place(short: list[str], long: list[str]) -> bool:
    """"Central Bank" + "of Kenya": the longer name is the shorter, "of", and words with no body's
    head word in them (a place's name)."""
    rest = long[len(short):]
    return len(rest) >= 2 and rest[0] == "of" and all(w[:1].isupper() and not ORG_HEAD_WORD.fullmatch(w)
                                                      for w in rest[1:])


def set_against(text: str, short: list[str], long: list[str], gazetteer: Gazetteer) -> bool:
    """"Dundee United beat Dundee", "Dundee 1-2 Dundee United", "Dundee v Dundee United": two sides
    of one result are two clubs, though one name opens the other."""

    between = word_lists(gazetteer).results_between
    a, b = re.escape(" ".join(short)), re.escape(" ".join(long))
    return bool(re.search(rf"{b}{between}{a}(?![\w’'-]|[ \t]+[A-Z])|(?<![\w’'-]){a}{between}{b}", text))


def part_of(short: list[str], long: list[str], gazetteer: Gazetteer) -> bool:
    """Leading words of a name whose other words say only what it is ("Rutgers University",
    "Lenoge Technology"), not which part of it ("U.S. House Intelligence Committee"); or its
    first word clipped ("Fed")."""
    if long[:len(short)] == short:
        rest = [w for w in long[len(short):] if w.lower() not in SMALL_WORDS]
        return not any(ORG_HEAD_WORD.fullmatch(w) for w in rest) or all(ORG_HEAD_WORD.fullmatch(w) for w in rest)
    if len(short) == 1 and len(short[0]) >= 3 and long[0] != short[0] and long[0].startswith(short[0]) \
            and is_plain_word(long[0], gazetteer.plain_words):
        return True  # "the Fed" after "the Federal Reserve": a clipped plain word, not "Foxconn" for "Fox"
    distinctive = gazetteer.plain_words and any(
        not is_plain_word(w, gazetteer.plain_words) and not ORG_HEAD_WORD.fullmatch(w) and w.lower() not in SMALL_WORDS
        for w in short)
    return bool(distinctive) and any(long[i:i + len(short)] == short for i in range(1, len(long) - len(short) + 1))


def gazetteer_key(gazetteer: Gazetteer, label: str, text: str) -> str | None:
    known = gazetteer.lookup(label, text)
    return f"known:{known}" if known else None


def acronym_links(text: str, orgs: list[Mention]) -> dict[str, str]:
    """Long form and acronym keys that name one organisation, each mapped to one key."""
    links: dict[str, str] = {}
    for match in DEFINITION.finditer(text):
        long_form, acronym = match.group(1), match.group(2)
        long_form = trim_to_initials(long_form, acronym)
        if long_form:
            links[name_key(acronym)] = name_key(long_form)
    keys = {name_key(m.text): m.text for m in orgs}
    for m in orgs:  # the dev README's call: a ticker is one of the company's names
        ticker = TICKER_AFTER.match(text, m.end)
        if ticker and name_key(ticker.group(1)) in keys and name_key(ticker.group(1)) != name_key(m.text):
            links.setdefault(name_key(ticker.group(1)), name_key(m.text))
    for key, surface in keys.items():
        if ACRONYM.match(surface) or surface.isupper():
            for other_key, other in keys.items():
                if other_key != key and len(other.split()) > 1 and spells(surface.upper(), without_nation_initials(other)):
                    links.setdefault(key, other_key)
    return links


def without_nation_initials(name: str) -> list[str]:
    """The words whose initials make a body's acronym: a nation's dotted initials before the name
    only say whose it is ("U.S. Food and Drug Administration" is the FDA)."""
    words = name.split()
    return words[1:] if len(words) > 2 and re.fullmatch(r"(?:[A-Z]\.){2,3}", words[0]) else words


def trim_to_initials(long_form: str, acronym: str, small_words=SMALL_WORDS) -> str | None:
    """The words before "(ACR)" that spell it ("… of the Scottish Joint Council (SJC)")."""
    words = long_form.split()
    for start in range(len(words)):
        # A name starts with one of its own words, not with "of the" before it.
        if words[start].lower() not in small_words and spells(acronym.upper(), words[start:], small_words):
            return " ".join(words[start:])
    return None


def spells(acronym: str, words: list[str], small_words=SMALL_WORDS) -> bool:
    """Every main word gives its initial in order; small words may give theirs ("COSLA")."""
    if not words:
        return not acronym
    word, rest = words[0], words[1:]
    small = word.lower() in small_words
    if acronym and word[0].upper() == acronym[0] and spells(acronym[1:], rest, small_words):
        return True
    return small and spells(acronym, rest, small_words)


def preferred_form(forms: list[str]) -> str:
    """The form an article uses most; capitals win ties for acronyms ("COSLA" over "Cosla"),
    then the plain name over one with a company suffix ("Ceres Robotics" over "… Inc.")."""
    cleaned = [strip_article(f) for f in forms]
    counts = Counter(cleaned)
    return max(counts, key=lambda f: (counts[f], f.isupper(),
                                      without_company_suffix(f.casefold()) == f.casefold(), len(f)))


COMPANY_SUFFIX = re.compile(r",?\s+(?:inc|ltd|llc|plc|co|corp|corporation|company|limited|group|holdings)\.?$")


def without_company_suffix(key: str) -> str:
    """"Ceres Robotics Inc." and "Ceres Robotics" are one company, so are "Goldman Sachs
    Group Inc" and "Goldman Sachs"; "Co." alone stays."""
    if key.startswith("known:"):  # the alias file already decided
        return key
    shorter = COMPANY_SUFFIX.sub("", key)
    while shorter and shorter != key:
        key, shorter = shorter, COMPANY_SUFFIX.sub("", shorter)
    return key


def strip_article(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


def person_names(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> dict[int, str]:
    # "Mr Moody" that kept its title joins "Jim Moody" as "Moody" would ("Queen Elizabeth II" keeps hers).
    titles = gazetteer.titles - gazetteer.name_titles
    people = [(i, without_title(m, titles)) for i, m in enumerate(mentions) if m.label == "PERSON"]
    mentions = list(mentions)
    # "Sheikh Mohamed", "King Salman": a royal's title and given name, one word to cluster by
    people = [(i, given_name_of_royal(m, people, gazetteer)) for i, m in people]
    for i, m in people:
        mentions[i] = m
    clusters: list[list[int]] = []  # each a list of mention indexes, full names first
    for i, m in people:
        if len(m.text.split()) > 1:
            cluster = next((c for c in clusters if same_full_name(mentions[c[0]].text, m.text)), None)
            if cluster is None:
                clusters.append([i])
            else:
                cluster.append(i)
    for i, m in people:
        if len(m.text.split()) == 1:
            cluster = surname_cluster(m, i, clusters, mentions, SEX_OF_TITLE.get(title_before_name(text, m)),
                                      gazetteer.name_titles, text)
            if cluster is None:
                clusters.append([i])
            else:
                cluster.append(i)
    out = {}
    for cluster in clusters:
        full = [mentions[i].text for i in cluster if len(mentions[i].text.split()) > 1]
        # The name is one the article uses ("Trump" when it never writes "Donald Trump").
        name = preferred_person_name(full) if full else mentions[cluster[0]].text
        name = with_honours_title(text, name, [mentions[i] for i in cluster], gazetteer)
        out.update({i: name for i in cluster})
    return out


def given_name_of_royal(m: Mention, people: list[tuple[int, Mention]], gazetteer: Gazetteer) -> Mention:
    """"Sheikh Mohamed" after "Mohamed bin Zayed Al Nahyan", "King Salman" after "Salman bin
    Abdulaziz": Gulf royals are named by title and given name, their full names by the chain of
    fathers ("bin", "ibn"). The mention counts as that given name alone when it opens such a full
    name of the article ("Prince Harry" stays whole beside "Harry Kane")."""
    words = m.text.split()
    if len(words) != 2 or words[0].lower() not in gazetteer.name_titles:
        return m
    for _, other in people:
        full = without_name_title(other.text, gazetteer.name_titles).split()
        if len(full) > 2 and full[0] == words[1] and any(w.lower() in NASAB_PARTICLES for w in full[1:-1]):
            return dataclasses.replace(m, text=words[1])
    return m


def without_name_title(name: str, name_titles) -> str:
    """"Sheikh Abdullah bin Zayed" as "Abdullah bin Zayed": the name a royal's title opens."""
    words = name.split()
    return " ".join(words[1:]) if len(words) > 1 and words[0].lower() in name_titles else name


# Words that join a name to a father's or an ancestor's in Arabic names: "bin Zayed", "ibn Saud".
NASAB_PARTICLES = {"bin", "bint", "ibn", "ben"}


def with_honours_title(text: str, name: str, cluster: list[Mention], gazetteer: Gazetteer) -> str:
    """"Sir Alex Ferguson" when every time the article writes the full name a title of honour
    stands before it; "Alex Ferguson" once the article writes it bare too."""
    titles = {judge_title(text, m) or title_before_name(text, m) for m in cluster if m.text == name}
    if len(titles) != 1 or None in titles:
        return name
    title = next(iter(titles))
    if title.lower() not in gazetteer.honours_titles and not JUDGE_TITLE.fullmatch(title):
        return name
    return f"{title} {name}"


# A judge of the higher courts of the UK and Ireland: "Mr Justice McCombe", "Lord Justice Kennedy",
# "Ms Justice Marie Baker". The two words are how the judge is named, as "Sir" is for a knight;
# with the surname alone nothing else names the judge.
JUDGE_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Lord|Lady) Justice")
JUDGE_TITLE_BEFORE = re.compile(rf"(?<![\w’'-])({JUDGE_TITLE.pattern}) $")


def judge_title(text: str, m: Mention) -> str | None:
    """"Mr Justice" just before the name, inside the mention or out."""
    start = m.end - len(m.text) if text[m.start:m.end].endswith(m.text) else m.start
    title = JUDGE_TITLE_BEFORE.search(text, max(0, start - 20), start)
    return title.group(1) if title else None


def title_before_name(text: str, m: Mention) -> str | None:
    """The word just before the name, inside the mention ("Sir" of a "Sir Alex Ferguson" mention) or out."""
    written = text[m.start:m.end]
    if written != m.text and written.endswith(m.text):
        return written[:-len(m.text)].split()[-1].rstrip(".")
    title = TITLE_BEFORE.search(text, max(0, m.start - 12), m.start)
    return title.group(1) if title else None


def without_title(m: Mention, titles) -> Mention:
    """The mention as its name without the titles before it ("Mr Moody" as "Moody")."""
    words = m.text.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in titles:
        words = words[1:]
    return m if len(words) == len(m.text.split()) else dataclasses.replace(m, text=" ".join(words))


MIDDLE_INITIALS = re.compile(r"(?:[A-Z]\.)+")


def same_full_name(a: str, b: str) -> bool:
    wa, wb = a.split(), b.split()
    if name_key(a) == name_key(b) or name_key(a).replace("-", " ") == name_key(b).replace("-", " "):
        return True  # "Kojo Oppong-Nkrumah" is "Kojo Oppong Nkrumah": a double surname hyphenated or not
    if cut_short(wa, wb) or cut_short(wb, wa):
        return True
    if wa[0] == wb[0] and wa[-1] == wb[-1] and min(len(wa), len(wb)) == 2:
        # "Thomas Malone" is "Thomas W. Malone"; "George W. Bush" and "George H.W. Bush" stay two.
        return all(MIDDLE_INITIALS.fullmatch(w) for w in max(wa, wb, key=len)[1:-1])
    if len(wa) == len(wb) and wa[1:] == wb[1:] and min(len(wa[0]), len(wb[0])) >= 5 \
            and one_edit_apart(wa[0], wb[0]):
        return True  # "Hillary Benn" for "Hilary Benn", "Suzanne Gens" for "Susanne Gens": one person misspelt
    return wa[0] == wb[0] and len(wa) == len(wb) and (
        wa[-1] == wb[-1] or (len(wa[-1]) >= 5 and one_edit_apart(wa[-1], wb[-1])))


def cut_short(short: list[str], full: list[str]) -> bool:
    """"Mohamed bin Zayed" for "Mohamed bin Zayed Al Nahyan": a full name's first three words or
    more; "John Lee" for "John Lee Ka-chiu": a Hong Kong name without its hyphenated given name
    (not "John West" of "John West Sardines", "Jose Peseiro" of a headline's "Jose Peseiro
    Cameroon"); "Oppong Nkrumah" for "Kojo Oppong Nkrumah": its last two, a double surname, when
    they open with no given name ("Lee Jones" may be another person than "Mary Lee Jones")."""
    if len(short) < 2 or len(full) <= len(short):
        return False
    if full[:len(short)] == short:
        return len(short) >= 3 or len(full) == len(short) + 1 and HK_GIVEN_NAME.fullmatch(full[-1]) is not None
    return len(short) == 2 and full[-2:] == short and first_name_gender(short[0]) is None


# A Cantonese given name written as two syllables joined by a hyphen: "Ka-chiu", "Wai-king".
HK_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")


# "Mr Porter", "Mrs Porter": a title that tells a man from a woman.
SEX_OF_TITLE = {"Mr": "male", "Mrs": "female", "Ms": "female", "Miss": "female"}


def given_name_alone(text: str, given: str) -> bool:
    """"Imee's attendance": the given name written without the surname after it."""
    return bool(re.search(rf"(?<![\w’'-]){re.escape(given)}(?![\w-])(?![ \t]+[A-Z“\"‘'])", text))


def surname_cluster(m: Mention, index: int, clusters: list[list[int]], mentions: list[Mention], sex: str | None = None,
                    name_titles=frozenset(), text: str = ""):
    """The person whose surname this is: exact first, then one letter off; nearest before wins.
    Where several people share the surname (a couple in court, a family at an inquest), a title
    of one ``sex`` ("Mr Porter") means the one whose given name is of that sex, named nearer or not,
    and one the article also names by the given name alone ("Imee") is not the one meant."""
    word = m.text.replace("’", "'")
    def surname(c):
        return surname_of(mentions[c[0]].text).replace("’", "'")
    def distance(c):  # prefer the full name mentioned most recently before this one
        before = [mentions[i].start for i in c if mentions[i].start < m.start]
        return m.start - max(before) if before else 10**9 + mentions[c[0]].start
    full = [c for c in clusters if len(mentions[c[0]].text.split()) > 1]
    exact = [c for c in full if surname(c) == word or ARABIC_ARTICLE.sub("", surname(c)) == word]
    if not exact and len(word) >= 5:
        exact = [c for c in full if one_edit_apart(surname(c), word)]
    if not exact:  # "Mr. Xi" for "Xi Jinping": family name first; or a first name alone (after a royal's title)
        exact = [c for c in full if without_name_title(mentions[c[0]].text, name_titles).split()[0].replace("’", "'") == word]
    if not exact and m.titled:
        # "Justice Ishaq" for "Sardar Ejaz Ishaq Khan": South Asian and Arabic news may name a person
        # by any of the names between the first and the last, when only one full name holds it
        middle = [c for c in full if word in mentions[c[0]].text.replace("’", "'").split()[1:-1]]
        exact = middle if len(middle) == 1 else []
    if sex and len(exact) > 1:
        exact = [c for c in exact if given_name_sex(mentions[c[0]].text.split()[0]) == sex] or exact
    if len(exact) > 1:
        # "Imee's attendance" beside "Marcos said": news calls one of two people who share a surname
        # by the given name alone, so the surname alone is the other one
        exact = [c for c in exact if not given_name_alone(text, mentions[c[0]].text.split()[0])] or exact
    return min(exact, key=distance) if exact else None


GENERATION_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}
# The article joined to an Arabic surname, which news drops when it writes the surname alone:
# "Jubeir" for "Adel al-Jubeir", "Sisi" for "Abdel Fattah el-Sisi".
ARABIC_ARTICLE = re.compile(r"^(?:[Aa]l|[Ee]l)-(?=[A-Z])")


def surname_of(name: str) -> str:
    """"James P. Kennedy Jr." → "Kennedy": the last word that is no generation suffix."""
    words = name.rstrip(",").split()
    while len(words) > 1 and words[-1].rstrip(",") in GENERATION_SUFFIXES:
        words.pop()
    return words[-1].rstrip(",")


def preferred_person_name(forms: list[str]) -> str:
    """The form written most often, first written on a tie; never one cut short of a fuller form
    of the same name ("Oppong Nkrumah" beside "Kojo Oppong Nkrumah"), the gold sets' fullest form."""
    counts = Counter(forms)
    fullest = [f for f in counts if not any(cut_short(f.split(), g.split()) for g in counts)]
    return max(fullest or counts, key=lambda f: (counts[f], -forms.index(f)))

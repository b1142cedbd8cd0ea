"""Speakers the entity rules never named, as mentions ahead of canonicalisation.

``names_of_speakers`` (called by the pipeline before the canonicaliser) turns speakers the
entity rules never named into mentions: the proper-noun subject of a speech verb with a quote
attached ("Meghan said", "von der Leyen said"), and a one-word name a speaking "he"/"she" may
stand for ("Luboku released his EP … “…,” he says"), each a PERSON only on a person's evidence
and never a place or a plain word. Attribution itself (which mention said which quote) is
extract/speakers.py.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from extract.attribution import SUBJECT_DEPS, lexicon, word_closing_subject
from extract.body_names import has_head_word
from extract.gazetteer import name_key
from extract.known_names import known_organisations
from extract.lexicon import is_plain_word
from extract.mentions import Mention
from extract.name_edges import whole_hyphenated_name
from extract.name_patterns import ORG_HEAD_WORD, PERSON_SUFFIXES
from extract.org_words import word_lists
from extract.person_evidence import body_in_apposition
from extract.quotes import paragraphs

# A name heading its clause; the parser makes "Tommy — who only goes by his first name — retired" a ROOT.
CLAUSE_SUBJECT_DEPS = ("nsubj", "nsubjpass", "ROOT")
# Labels under which the model files places and peoples: "China said" names no speaker.
PLACE_LABELS = ("GPE", "LOC", "NORP", "FAC")
INITIALS = re.compile(r"(?:[A-Z]\.?){1,3}")  # "D", "V.", "Y.S.": initials before a name


def names_of_speakers(doc, text: str, mentions: list, gazetteer, spans: list) -> list:
    """Proper nouns that speak a quote but that no mention covers, as new mentions.

    "“That’s a really loaded piece of toast,” Meghan responded": the recogniser
    (or a later rule) left "Meghan" out, so the quote had no one to go to. The
    subject of a strong speech verb whose sentence carries a quote (or whose
    paragraph ends in a colon before one) is somebody. It becomes a PERSON when
    something says it is a person's name (a given name, a person's name the
    article writes in full, a title before it, the model's PERSON tag somewhere) or
    when nothing says it is a place or a body; an ORG when it is a listed or
    head-worded body's name. Every other occurrence of that name outside the
    quotes comes along, so the canonicaliser joins it to the article's full name.
    ``spans`` are the text's quoted spans (``quotes.quoted_spans``).
    """
    if not spans:
        return []
    inside = _quoted_characters(spans, len(text))
    taken = bytearray(len(text))
    for m in mentions:
        taken[m.start:m.end] = b"\x01" * (m.end - m.start)
    # One walk over the tokens: both rules start from the subjects of strong speech verbs.
    subjects = [(verb, subject) for verb in doc if (subject := _subject_of_speaking(verb, inside)) is not None]
    speaking: dict[str, list] = {}
    speaks_as_i: set[str] = set()
    for verb, subject in subjects:
        name = _speaking_name(doc, text, verb, subject, spans, inside, taken, gazetteer)
        if name is not None:
            speaking.setdefault(name.text, []).append(name)
            if _in_first_person(text, verb, spans):
                speaks_as_i.add(name.text)
    for name in _antecedents_of_speaking_pronouns(doc, text, subjects, spans, inside, taken, gazetteer):
        speaking.setdefault(name.text, []).append(name)
    found = []
    for name_text, names in speaking.items():
        label = _label_of_speaker(doc, text, names[0], mentions, gazetteer, name_text in speaks_as_i)
        if label is None:
            continue
        places = {(n.start_char, n.end_char) for n in names} | set(_occurrences(doc, text, names[0], inside, taken, gazetteer))
        longest = [p for p in places if not any(o != p and o[0] <= p[0] and p[1] <= o[1] for o in places)]
        # "François-Xavier Leblond said", tagged as a work: the name from its hyphenated given name on.
        found += [whole_hyphenated_name(text, Mention(label, start, end, text[start:end])) for start, end in sorted(longest)]
    return found


def _antecedents_of_speaking_pronouns(doc, text, subjects, spans, inside, taken, gazetteer):
    """"Luboku released his new EP. … “When you look at that image …,” he says": a name the model
    tagged PERSON but the entity rules dropped (one word, never written in full) is what a speaking
    "he" or "she" may stand for, when it is the subject of a clause in the pronoun's paragraph or
    the one before. ``subjects``: each strong speech verb with its subject, in text order."""
    words = lexicon()
    starts = [start for start, _ in paragraphs(text)]
    people = [e for e in doc.ents if e.label_ == "PERSON" and not any(taken[e.start_char:e.end_char])
              and not inside[e.start_char] and all(_name_word(t.text) for t in e)
              and not all(is_plain_word(t.text, gazetteer.plain_words) for t in e)
              and any(t.dep_ in CLAUSE_SUBJECT_DEPS for t in e)]
    people = sorted(people + _subjects_taken_up_as_people(doc, inside, taken, gazetteer), key=lambda e: e.start_char)
    if not people:
        return
    for verb, subject in subjects:
        if words["pronouns"].get(subject.lower_) not in ("male", "female") \
                or not _quote_attached(doc, text, verb, spans):
            continue
        paragraph = max(0, bisect_right(starts, subject.idx) - 1)
        earliest = starts[max(0, paragraph - 1)]
        before = [e for e in people if earliest <= e.start_char < subject.idx]
        if before:
            yield before[-1]


def _subjects_taken_up_as_people(doc, inside, taken, gazetteer) -> list:
    """"Tommy — who only goes by his first name online — retired …": a proper-noun subject the
    model tagged otherwise (here GPE) that a "his" or "she" in its own sentence takes up, with no
    recognised person between them."""
    words = lexicon()
    found = []
    for token in doc:
        if token.dep_ not in CLAUSE_SUBJECT_DEPS or token.pos_ != "PROPN" or inside[token.idx] or taken[token.idx] \
                or not _name_word(token.text) or is_plain_word(token.text, gazetteer.plain_words) \
                or any(c.dep_ in ("det", "poss", "compound") for c in token.children) \
                or (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN"):
            continue
        for later in doc[token.i + 1:token.sent.end]:
            if taken[later.idx] or inside[later.idx]:
                break  # someone else named in between, or a quote
            if words["pronouns"].get(later.lower_) in ("male", "female"):
                found.append(doc[token.i:token.i + 1])
                break
    return found


def _quoted_characters(spans, length: int) -> bytearray:
    inside = bytearray(length)
    for span in spans:
        # The marks around the words count too.
        start, end = max(0, span.start - 1), min(length, span.end + 1)
        inside[start:end] = b"\x01" * (end - start)
    return inside


def _subject_of_speaking(verb, inside):
    """The subject of a strong speech verb outside the quotes; of two, the nearest: "Asked about
    her autobiography, Lady Sings the Blues, Billie Holliday replied"."""
    if not verb.tag_.startswith("VB") or verb.lemma_.lower() not in lexicon()["strong"] or inside[verb.idx]:
        return None
    return min((c for c in verb.children if c.dep_ in SUBJECT_DEPS), key=lambda c: abs(c.i - verb.i), default=None)


def _speaking_name(doc, text, verb, subject, spans, inside, taken, gazetteer):
    """The proper-noun subject of a strong speech verb with a quote attached, or the name
    closing its subject right before the verb, as a Span."""
    words = lexicon()
    if inside[subject.idx] or _participle_opening(doc, subject):
        return None
    name = _name_before_letters(doc, subject, taken, gazetteer) or _proper_noun_subject_name(
        doc, verb, subject, taken, gazetteer, words)
    if name is None or name.text.lower() in words["pronouns"] or not _quote_attached(doc, text, verb, spans):
        return None
    return _without_leading_job(name, gazetteer)


def _proper_noun_subject_name(doc, verb, subject, taken, gazetteer, words):
    """The proper-noun subject with its compounds, or the name closing the subject's phrase; None
    for a thing or someone's ("The Briar in Douglas say", "Apple's Cook")."""
    name = _proper_noun_subject(doc, subject, taken, words) if subject.pos_ == "PROPN" else None
    if name is not None and _office_not_name(name, gazetteer):
        # "said Union Minister of Statistics D V Sadananda Gowda": the office heads the subject, the
        # name closes it; "Minister for Finance Ken Ofori-Atta, who …, told" gives no name here.
        return _name_closing_inverted(doc, verb, subject, taken, gazetteer) \
            or _name_closing_subject(doc, subject, taken, gazetteer)
    if name is None:
        return _name_closing_subject(doc, subject, taken, gazetteer)
    return None if any(c.dep_ in ("det", "poss") for c in subject.children) else name


def _name_before_letters(doc, subject, taken, gazetteer):
    """"Adam Price MS said", "Edward Mountain MSP commented": the parser heads the subject with the
    letters after a name (an MS, an MSP, an OBE), the name compounded before them. A given name
    opens it, so "Scottish Labour MSP said" names no one here."""
    if subject.text not in PERSON_SUFFIXES:
        return None
    first = subject
    while first.i > 0 and doc[first.i - 1].dep_ == "compound" and doc[first.i - 1].head.i == subject.i \
            and doc[first.i - 1].pos_ == "PROPN" and _name_word(doc[first.i - 1].text) and not taken[doc[first.i - 1].idx]:
        first = doc[first.i - 1]
    if subject.i - first.i < 2 or not gazetteer.is_first_name(first.text):
        return None
    return doc[first.i:subject.i]


def _without_leading_job(name, gazetteer):
    """"Nurse Claire Nicol, who works at the Royal Infirmary, said": a job capitalised before a
    first name and a surname is no part of the name (alone, "Driver" may be a surname)."""
    while len(name) > 2 and name[0].lower_ in gazetteer.job_nouns and name[0].text[:1].isupper():
        name = name[1:]
    return name


def _participle_opening(doc, subject) -> bool:
    """"Commenting, Portsmouth South MP, Stephen Morgan, said": a participle opening the sentence,
    taken by the parser for the subject, with the speaker's name in apposition to it."""
    return subject.is_sent_start and subject.lower_.endswith("ing") and subject.i + 1 < len(doc) \
        and doc[subject.i + 1].text == "," and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children)


def _proper_noun_subject(doc, subject, taken, words):
    """The subject with the proper nouns compounded before it, when no mention covers it and
    every word is a name's: "Van Buren said", "von der Leyen said"."""
    first = subject
    while first.i > 0 and (doc[first.i - 1].lower_ in words["name_particles"] or (
            doc[first.i - 1].pos_ == "PROPN" and doc[first.i - 1].dep_ == "compound"
            and doc[first.i - 1].head.i in range(first.i, subject.i + 1))):
        first = doc[first.i - 1]
    name = doc[first.i:subject.i + 1]
    if any(taken[name.start_char:name.end_char]) \
            or not all(_name_word(t.text) or t.lower_ in words["name_particles"] for t in name):
        return None
    return name


def _office_not_name(name, gazetteer) -> bool:
    """"Minister", "Union Minister", "Chief Secretary": the words of an office, ending in a title
    with no given name before it, are no one's name."""
    return name[-1].lower_ in gazetteer.titles and not gazetteer.is_first_name(name[0].text)


def _name_closing_inverted(doc, verb, subject, taken, gazetteer):
    """The name ending the subject's phrase after the verb, with the initials and names
    compounded before it: "said Union Minister of Statistics and Programme Implementation D V
    Sadananda Gowda." gives "D V Sadananda Gowda"."""
    last = subject.right_edge
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if verb.i > subject.i or last.i == subject.i or last.pos_ != "PROPN" or not _name_word(last.text) \
            or taken[last.idx] or (after is not None and not after.is_punct):
        return None
    first = last
    while first.i > subject.i + 1:
        before = doc[first.i - 1]
        if before.head.i != last.i or before.dep_ != "compound" or taken[before.idx] \
                or not (INITIALS.fullmatch(before.text) or _name_word(before.text)
                        and not is_plain_word(before.text, gazetteer.plain_words)
                        and before.lower_ not in gazetteer.titles):
            break
        first = before
    return doc[first.i:last.i + 1]


def _name_closing_subject(doc, subject, taken, gazetteer):
    """"GMB Scotland Senior Organiser Keir Greenaway said", "SNP councillor for Midstocket and
    Rosemount Bill Cormie said": a title, an organisation or a ward before a name that the
    model took for the subject or tagged as no person, the name closing the subject's phrase
    right before the verb (the mention-side twin is Attributor._person_closing_subject). The
    surname and the words compounded to it back to the given name are the speaker, not the
    title words before ("Organiser" hangs from "Keir")."""
    last = word_closing_subject(subject)
    if last is None or last.pos_ != "PROPN" or not _name_word(last.text) or taken[last.idx]:
        return None
    first = last
    while not gazetteer.is_first_name(first.text) and first.i > 0 and doc[first.i - 1].head.i == last.i \
            and doc[first.i - 1].dep_ == "compound" and doc[first.i - 1].pos_ == "PROPN" \
            and _name_word(doc[first.i - 1].text) and not taken[doc[first.i - 1].idx]:
        first = doc[first.i - 1]
    return doc[first.i:last.i + 1]


def _name_word(word: str) -> bool:
    """Capitalised like a name, not an acronym or a handle: "Meghan", "O’Connor", "Ocasio-Cortez"."""
    letters = word.replace("’", "").replace("'", "").replace("-", "").replace(".", "")
    return len(letters) > 1 and word[0].isupper() and letters.isalpha() and not word.isupper()


def _quote_attached(doc, text, verb, spans) -> bool:
    """A quote in the verb's sentence, or the verb's paragraph ends in a colon and the next opens with one."""
    sentence = verb.sent
    if any(s.start < sentence.end_char and s.end > sentence.start_char for s in spans):
        return True  # the quote may open in a sentence of its own: “… mental. Being … freedom,” he wrote.
    # The line break after the colon may close the sentence or open the next.
    end = sentence.start_char + len(sentence.text.rstrip())
    rest = text[end:end + 4]
    if not text[:end].endswith(":") or "\n" not in rest and rest.strip():
        return False
    following = [s for s in spans if s.start >= end]
    return bool(following) and following[0].opens_paragraph \
        and not text[end:following[0].start].strip(" \n“\"‘'")


# "I", "I’m", "my", "me": words only a person says of themselves.
FIRST_PERSON_SINGULAR = re.compile(r"(?<![\w’'])(?:I|I[’'](?:m|ve|d|ll)|my|me)(?![\w’'])")


def _in_first_person(text, verb, spans) -> bool:
    """The quote in the speech verb's sentence speaks as "I": "Yousaf replied: “I agree …”"."""
    sentence = verb.sent
    return any(s.start < sentence.end_char and s.end > sentence.start_char
               and FIRST_PERSON_SINGULAR.search(text, s.start, s.end) for s in spans)


def _label_of_speaker(doc, text, name, mentions, gazetteer, speaks_as_i=False) -> str | None:
    """PERSON or ORG for a speaking name, or None for a place or a plain word. ``speaks_as_i``:
    its quote speaks in the first person singular, as only a person does, whatever the model
    tagged the name ("HUMZA Yousaf … Yousaf replied: “I agree …”", with "Yousaf" tagged GPE)."""
    listed = gazetteer.label_of(name.text)
    if listed:
        return listed
    if ORG_HEAD_WORD.fullmatch(name.text):
        return None  # "Union warns …", "Council says …": a kind of body capitalised by a headline, not a name
    if name_key(name.text) in known_organisations() \
            or has_head_word(name.text, gazetteer, word_lists(gazetteer)):
        return "ORG"
    if not _given_name(name.text.split()[0], gazetteer) and body_in_apposition(text, name.end_char, gazetteer):
        return "ORG"  # "Transport Focus, the passenger watchdog, described …": a body's kind in apposition
    if (speaks_as_i and _could_be_surname(name, mentions, gazetteer)) or _person_evidence(doc, text, name, mentions, gazetteer):
        return "PERSON"
    tags = {e.label_ for e in doc.ents if e.text == name.text}
    if tags & set(PLACE_LABELS) or "ORG" in tags:
        return None  # "China said", "Mophie said": a place, or a firm the gate found no proof of
    plain = all(is_plain_word(t.text, gazetteer.plain_words) for t in name)
    return None if plain else "PERSON"


def _could_be_surname(name, mentions, gazetteer) -> bool:
    """No office ("the Union Minister"), no plain word ("Variety"), no word of a body's name the
    article gives ("Tottenham" of "Tottenham Hotspur" speaks for the club)."""
    words = lexicon()
    return not any(t.lower_ in words["person_titles"] or t.lower_ in gazetteer.titles
                   or is_plain_word(t.text, gazetteer.plain_words) for t in name) \
        and not any(m.label == "ORG" and name.text in m.text.split() for m in mentions)


def _person_evidence(doc, text, name, mentions, gazetteer) -> bool:
    """A given name, a word of a person's name written in full, a person's title or a given
    name before it, or the model's PERSON tag on this name somewhere in the article."""
    words = name.text.split()
    if _given_name(words[0], gazetteer):
        return True
    people = [m.text.split() for m in mentions if m.label == "PERSON" and len(m.text.split()) > 1]
    if any(words == full[:len(words)] or words == full[-len(words):] for full in people):
        return True
    if any(e.label_ == "PERSON" and e.text in (name.text, name.text + "’s", name.text + "'s") for e in doc.ents):
        return True
    # "Sen. Warnock", "Christine Lagarde" somewhere, even where the recogniser saw no person.
    return any(preceding.lower().rstrip(".") in gazetteer.titles or _given_name(preceding, gazetteer)
               for preceding in re.findall(rf"(\w+\.?)\s+{re.escape(name.text)}\b", text))


def _occurrences(doc, text, name, inside, taken, gazetteer):
    """Where the name stands outside the quotes, on its own or after a given name ("Anna
    Wintour", so the canonicaliser joins "Wintour" to it), not inside another longer name."""
    for match in re.finditer(rf"(?<![\w’'-]){re.escape(name.text)}(?![\w-])", text):
        start, end = match.span()
        if inside[start] or any(taken[start:end]):
            continue
        span = doc.char_span(start, end)
        if span is None:
            continue
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and _given_name(before.text, gazetteer) and not taken[before.idx]:
            before, start = (doc[before.i - 1] if before.i > 0 else None), before.idx
        after = doc[span.end] if span.end < len(doc) and doc[span.end].text not in PERSON_SUFFIXES else None
        neighbours = [t for t in (before, after) if t is not None]
        if any(n.pos_ == "PROPN" and n.text[:1].isupper() for n in neighbours):
            continue  # "Warnock Road" is something else; "Edward Mountain MSP" is the man
        yield start, end


def _given_name(word: str, gazetteer) -> bool:
    """A given name that is no word of the language ("Meghan", not "Hope")."""
    return word[:1].isupper() and gazetteer.is_first_name(word) and word.lower() not in gazetteer.plain_words

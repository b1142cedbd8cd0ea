"""Picture and source credits ("Image: Kath Flannery/DC Thomson", "Credit: PA"): where they stand and
the names in them, which are photographers and agencies, not people in the story.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extract.gazetteer import Gazetteer
from extract.lexicon import is_plain_word
from extract.mentions import Mention
from extract.name_context import WEB_ADDRESS, person_shape
from extract.org_words import word_lists


# "Photo: Jonathan Nackstrand/AFP", "(Image credit: All About Space)", "Image Source: Getty Images", "featured image: X via Unsplash":
# a credit names who made or supplied a picture; what follows the colon, up to a bracket or the
# line's end, is names only. "Future Publishing/Shutterstock" alone in its line or brackets is one
# too (not "(TARC/CCL17)", "(Linux; Android 7.0; SM-G930V Build/NRD90M)").
# (a caption may run into its credit: "… on SundayCredit: Kenny Ramsay – The Sun")
CREDIT_LABEL = (r"(?:\b|(?<=[a-z])(?=[A-Z]))"
                r"(?:[Pp]hoto(?:graph)?s?|[Pp]ics?|[Ii]mages?|[Pp]ictures?|[Ii]llustrations?|[Cc]redits?|[Ff]ootage|[Vv]ideo)"
                r"(?:[ \t]+(?:credit|by|courtesy(?:[ \t]+of)?|[Ss]ource))?[ \t]*:")
CREDIT = re.compile(
    rf"{CREDIT_LABEL}[ \t]*([^\n()]{{2,80}}?)[ \t]*(?=\)|\n|$)"
    r"|(?:^|\()[ \t]*([A-Z][^\n()/:;\d]{0,50}?[a-z][ \t]*/[ \t]*[A-Z][^\n()/:;\d]{0,40}?)[ \t]*(?=\)|\n|$)"
    # A wire picture's caption ends in its agency, in capitals, and photographer: "… in Berlin,
    # December 18, 2017. REUTERS/Hannibal Hanschke", "… Nov. 27, 2019. THE CANADIAN PRESS/Chris Young".
    r"|(?<=[.!?][ ])([A-Z]{2,}(?:[ ][A-Z]{2,}){0,3}[ \t]*/[ \t]*[A-Z][^\n()/:;\d]{0,40}?)[ \t]*(?=\n|$)"
    # A line of its own naming who made a page's picture, film or read-aloud audio: "Audio By
    # Carbonatix", "Pic by Jane Doe".
    r"|^[ \t]*(?:[Aa]udio|[Vv]ideo|[Pp]hotos?|[Pp]ics?|[Ii]mages?|[Pp]ictures?|[Ii]llustrations?|[Gg]raphics?)"
    r"[ \t]+(?:[Bb]y|BY)[ \t]+([A-Z][^\n()/:;\d]{0,40}?)[ \t]*$",
    re.M)
# (a dash with spaces around it too: "Credit: Kenny Ramsay – The Sun Glasgow", "Photo: Craig Foy - SNS Group")
CREDIT_SEPARATOR = re.compile(r"[ \t]*(?:/|;|\||,|\bvia\b|\band\b)[ \t]*|[ \t]+[-–—][ \t]+")
# A label in capitals opens a caption as often as a credit ("IMAGE: Manchester United's Paul Pogba.
# Photograph: MUFC/Twitter"), so it counts only for the name right after it ("PICTURE: Jeff Mitchell").
# Before a name only, "by" does a colon's work: "(Photo by Craig Foy / SNS Group)", "Picture by Colm Lenaghan".
BY_LABEL = r"\b(?:photo(?:graph)?s?|pics?|images?|pictures?)[ \t]+by"
LABEL_BEFORE = re.compile(rf"(?:{CREDIT_LABEL}|{BY_LABEL})[ \t]*$", re.I)
CREDIT_NAME = re.compile(r"[A-Z0-9][\w.&’'+-]*(?:[ \t]+(?:of|the|and|&|[A-Z0-9][\w.&’'+-]*)){0,4}")


def credited_names(text: str) -> Iterator[list[tuple[int, int]]]:
    """Each picture credit's names as character spans ("Photo: Jonathan Nackstrand/AFP": two), where
    every part of the credit is a name ("Image: People have lived in Ecuador’s forests …" is a caption,
    "credit: www.apple.com" an address)."""
    for credit in CREDIT.finditer(text):
        group = next(g for g in (1, 2, 3, 4) if credit.group(g))
        start, content = credit.start(group), credit.group(group)
        cuts = list(CREDIT_SEPARATOR.finditer(content))
        bounds = [0] + [c.end() for c in cuts]
        ends = [c.start() for c in cuts] + [len(content)]
        parts = [(start + a, start + b) for a, b in zip(bounds, ends)]
        if all(CREDIT_NAME.fullmatch(text, a, b) for a, b in parts) and not WEB_ADDRESS.search(content):
            yield parts


def opens_credit(text: str, start: int) -> bool:
    """"Credit: Rui Vieira/PA", "Pic: Guy Smallman", "Photo by Craig Foy": a name right after a credit's label."""
    return bool(LABEL_BEFORE.search(text, max(0, start - 30), start))


# The capitalised words that close a caption before a photo agency's credit ("… with Alex Salmond
# Jeff J Mitchell via Getty Images", "Oli Scarff/AFP via Getty Images"): the photographer's name
# ends them, glued to whatever name the caption ends in.
WORDS_BEFORE_AGENCY_CREDIT = re.compile(
    r"((?:[A-Z][\w’'-]*\.?[ \t]+)*[A-Z][\w’'-]*)(?:/[A-Z][\w-]*)?[ \t]+via[ \t]+Getty[ \t]+Images\b")


def photographers_before_credits(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The photographer of "… Alex Salmond Jeff J Mitchell via Getty Images" is the last two or three
    capitalised words that open with a given name; a name the model ran on into them ends before."""
    if "via Getty" not in text:
        return mentions
    for credit in WORDS_BEFORE_AGENCY_CREDIT.finditer(text):
        words = list(re.finditer(r"\S+", credit.group(1)))
        first = next((w for w in words[-3:-1] if gazetteer.is_first_name(w.group())), None)
        if first is None:
            continue
        start, end = credit.start(1) + first.start(), credit.end(1)
        mentions = [cut_before(m, start) for m in mentions if m.start < start or m.end <= start or m.start >= end]
        if not any(m.start == start and m.end == end for m in mentions):
            mentions.append(Mention("PERSON", start, end, text[start:end]))
    return mentions


GIVEN_NAME = re.compile(r"[A-Z][^\W\d_A-Z]+(?:-[A-Z][^\W\d_A-Z]+)?")  # "Rui", "Jean-Paul"; not "AP" of "AP Photo"
# "G.P. Sampath Kumar": initials may stand for the given names.
INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
# A name word of a photographer whatever his given name: capitalised, then lowercase ("Syamil",
# "Edirisinghe", "McGregor"); a word in capitals ("CNA", "USA") is an agency's.
NAME_WORD = re.compile(r"(?:Mc|Mac|O’|O'|D’|D')?[A-Z][^\W\d_A-Z]+(?:-[A-Z][^\W\d_A-Z]+)?")


def photographers_in_credits(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"Credit: Rui Vieira/PA", "Picture: Jeff J Mitchell/Getty Images", "(Photo: CNA/Syamil Sapari)",
    "Pic by Nimalsiri Edirisinghe": a credited name of two or three words with the shape of a person's
    (``photographer_shaped``) is the photographer's, whatever the model or the agencies' rule made of it."""
    body_heads = word_lists(gazetteer).heads  # "Picture: Johnston Press": a publisher named after its founder
    for parts in (*credited_names(text), *credited_photographers(text)):
        for start, end in parts:
            end = start + len(text[start:end].rstrip("."))  # "Picture: Gary Anthony."
            name = Mention("PERSON", start, end, text[start:end])
            if not photographer_shaped(name.text.split(), gazetteer) \
                    or gazetteer.label_of(name.text) == "ORG" or body_heads.search(name.text) \
                    or any(m.label == "PERSON" and m.start <= start and end <= m.end for m in mentions):
                continue
            mentions = [m for m in mentions if m.end <= start or m.start >= end] + [name]
    return mentions


def photographer_shaped(words: list[str], gazetteer: Gazetteer) -> bool:
    """Two or three words holding no title or body's word (name_context.person_shape) that open with
    a given name ("Rui Vieira"), or, since a credit names no one but makers and agencies, with
    initials or a name word of no language ("G.P. Sampath Kumar", "Syamil Sapari"): not "Getty
    Images", "Sipa USA"."""
    if not person_shape(words, gazetteer):
        return False
    if GIVEN_NAME.fullmatch(words[0]) and gazetteer.is_first_name(words[0]):
        return True
    return bool(NAME_WORD.fullmatch(words[0]) or INITIALS.fullmatch(words[0])) \
        and all(NAME_WORD.fullmatch(w) and not is_plain_word(w, gazetteer.plain_words) for w in words[1:])


# Credits only a photographer's name needs, left out of ``CREDIT`` since their agency is no
# organisation of the agencies' rule: "Pic by Nimalsiri Edirisinghe" or "(Photo by Ben Nabong/Rappler)"
# on its own line or in brackets, and a wire caption's end whose agency is more than one word in
# capitals ("… Nov. 27, 2019. THE CANADIAN PRESS/Chris Young").
BY_CREDIT = re.compile(
    r"(?:^|\()[ \t]*(?:[Pp]hoto(?:graph)?s?|[Pp]ics?|[Pp]ictures?|[Ii]mages?)[ \t]+by[ \t]+([^\n()]{2,80}?)[ \t]*(?=\)|\n|$)"
    r"|(?<=[.!?][ ])[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){1,3}[ \t]*/[ \t]*([A-Z][^\n()/:;\d]{0,40}?)[ \t]*(?=\n|$)",
    re.M)


def credited_photographers(text: str) -> Iterator[list[tuple[int, int]]]:
    """The names of the credits in ``BY_CREDIT``, each part of a "by" credit a name
    ("Photo by Andrea Renault / AFP": two)."""
    for credit in BY_CREDIT.finditer(text):
        group = 1 if credit.group(1) else 2
        start, content = credit.start(group), credit.group(group)
        bounds, position = [], 0
        for cut in CREDIT_SEPARATOR.finditer(content):
            bounds.append((start + position, start + cut.start()))
            position = cut.end()
        bounds.append((start + position, start + len(content)))
        if all(CREDIT_NAME.fullmatch(text, a, b) for a, b in bounds) and not WEB_ADDRESS.search(content):
            yield bounds


def names_glued_to_outlets(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A caption's credit may run into the caption ("ROBERT KITCHIN/Stuff Health Minister …") and the
    model take "ROBERT KITCHIN/Stuff" for one person or a body: a name before a credit's slash that opens with
    a given name is the photographer, the outlet after it is not part of them."""
    kept = []
    for m in mentions:
        before = m.text.split("/")[0].rstrip()
        words = before.split()
        if m.label in ("PERSON", "ORG") and "/" in m.text and person_shape(words, gazetteer) \
                and gazetteer.is_first_name(words[0]):
            m = Mention("PERSON", m.start, m.start + len(before), before)
        kept.append(m)
    return kept


def cut_before(m: Mention, start: int) -> Mention:
    """A name running on into the next one ends where it starts."""
    if not m.start < start < m.end:
        return m
    end = m.start + len(m.text[:start - m.start].rstrip())
    return Mention(m.label, m.start, end, m.text[:end - m.start], m.titled)

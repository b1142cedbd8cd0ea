"""The marks a name's context gives it as an organisation's: what it does ("Boeing said", "Lexus
showed"), what stands before and around it ("the firm IDC", "shares in X", "a spokesperson for X"),
the word it modifies ("Harpers magazine"), a list after a plural noun ("to companies A, B and C"), a
shop where people buy, an outlet in a dateline.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from extract.gazetteer import Gazetteer
from extract.lexicon import is_plain_word
from extract.mentions import Mention, unmentioned_occurrences
from extract.org_words import Lists
from extract.page_furniture import dateline_source
from extract.sports_sides import side_of_score_line


NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def modifies_next_word(after: str) -> bool:
    """"led by PhD candidates": a name before a plain lowercase word describes it."""
    word = NEXT_WORD.match(after)
    return bool(word) and word.group(1) not in STOP_WORDS


def marked_as_body(text: str, m: Mention, lists: Lists, work: bool = False, sports: bool = False) -> bool:
    """Evidence no place or person has; a name the model only ever calls a work or a product
    ("articles published on Walikali", "told Vanity Fair") also takes a source or a newsroom word;
    in a sports report, a result names a team ("Columbus beat Montreal")."""
    before, after = text[max(0, m.start - 60):m.start], text[m.end:m.end + 80]
    # "19 points clear of the Ibrox side": a ground or a town before a side's noun only describes the side
    if sports and (lists.results_before.search(before) and not lists.side_noun_after.match(after)
                   or lists.results_after.search(after)) or side_of_score_line(text, m, lists):
        return True
    if work and (lists.employer_before.search(before) and not modifies_next_word(after)
                 or lists.newsroom_after.search(after)):
        return True
    return bool(lists.body_before.search(before) or lists.body_after.search(after)
                or listed_after_plural_noun(text, m, lists) or dateline_source(text, m)
                or listed_after_body_phrase(text, m, lists))


def marked_around(text: str, m: Mention, lists: Lists, sports: bool = False) -> bool:
    """A body's marks in the words around one mention: ``marked_as_body``'s, a body's word after
    it, an employer's word before it, a shop's customers; the gate's verdict and the products
    rules (``products.marked_as_body``) both ask this."""
    return bool(marked_as_body(text, m, lists, sports=sports) or lists.marks_after.search(text[m.end:m.end + 80])
                or lists.employer_before.search(text[max(0, m.start - 60):m.start]) or shop_where_people_buy(text, m))


# The names listed before one: "Rochdale, " and "Rochdale, Southport and " before "Sligo".
NAMES_LISTED_BEFORE = re.compile(r"(?:[A-Z][\w’'&.-]*(?:[ ][A-Z][\w’'&.-]*){0,3}(?:,[ ]+|,?[ ]+and[ ]+))+$")
LIST_GOES_ON_AFTER = re.compile(r"(?:,[ ]+|,?[ ]+(?:and|or)[ ]+)[A-Z]")


def listed_after_body_phrase(text: str, m: Mention, lists: Lists) -> bool:
    """"Following spells at Rochdale, Southport and Sligo": the phrase before a list's first name
    marks every name of the list."""
    before = text[max(0, m.start - 200):m.start]
    listed = NAMES_LISTED_BEFORE.search(before)
    # a list, not a clause after a comma ("by the newspaper GP, Kelvo laughed"): "and" before the
    # name or the list going on after it
    goes_on = listed and (listed.group().endswith(("and ", "or ")) or LIST_GOES_ON_AFTER.match(text, m.end))
    return bool(goes_on) and bool(lists.body_before.search(before, 0, listed.start()))


def listed_after_plural_noun(text: str, m: Mention, lists: Lists) -> bool:
    """"awarding missions to companies Astrobotic, Intuitive Machines and Orbit Beyond"."""
    return bool(lists.listed_bodies.search(text[max(0, m.start - 200):m.start]))


def shop_where_people_buy(text: str, m: Mention) -> bool:
    """"Meanwhile, at B&H, shoppers can save $100": a retailer (its shoppers are named after it)."""
    return bool(re.search(r"\bat\s+$", text[max(0, m.start - 4):m.start])
                and re.match(r",?\s+(?:shoppers|customers|buyers)\b", text[m.end:m.end + 12]))


def marked_before(text: str, m: Mention, lists: Lists) -> bool:
    """"the chief executive of Ocado": a place has a "mayor of" too, so this counts only for a
    name no place shares ("an analyst at Jefferies", "told Reuters" are ``employer_before``)."""
    return bool(lists.marks_before.search(text[max(0, m.start - 60):m.start]))


def acts(text: str, m: Mention, lists: Lists, gazetteer: Gazetteer) -> bool:
    """What a body does or owns ("Boeing said", "Apple’s chief executive", "the Wild’s 4-1 win",
    "Ford’s Mustang"; not "Assassin’s Creed", a plain word seen once, opening a title)."""
    after = text[m.end:m.end + 80]
    # (an acronym is no word of the language: "TCS’s PAT", though "tc" is one)
    if lists.acts_after.search(after) and not (re.match(r"['’]s?\s+[A-Z]", after) and text.count(m.text) == 1
                                                and not m.text.isupper() and is_plain_word(m.text, gazetteer.plain_words)):
        return True
    # "TCS revenue at $6.7bn", "Safaricom shares rose": a company's own figures ("ASX shares" are
    # the exchange's listed companies', not its own)
    if m.text not in lists.exchange_names and lists.market_figures_after.match(text, m.end):
        return True
    return bool(lists.acts_before.search(text[max(0, m.start - 20):m.start]))


def acts_on_something(doc, m: Mention) -> bool:
    """The subject of a verb with an object: "Lexus showed the Concept", "Ford is rolling out
    an SUV". Things are mostly talked about; bodies act."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "nsubj" or span.root.head.pos_ != "VERB":
        return False
    return any(child.dep_ in ("dobj", "dative") for child in span.root.head.children)


def marked_where_untagged(text: str, names: set[str], mentions: list[Mention], lists: Lists,
                          gazetteer: Gazetteer, sports: bool = False) -> list[Mention]:
    """The occurrences of a name the model tagged ORG elsewhere but left untagged here, that carry a
    body's mark: "National Theatre Wales, who received …" tagged, "National Theatre Wales has said it
    is in deep shock" not. The model reads each mention alone; the article's own reuse of the name
    is evidence for every mention of it."""
    # a mention wholly inside the occurrence is a piece of it ("Wales" of "National Theatre Wales")
    outer = [m for m in mentions if not any(m.text in n and len(n) > len(m.text) for n in names)]
    return [m for m in unmentioned_occurrences(text, names, outer)
            if marked_around(text, m, lists, sports) or marked_before(text, m, lists) or acts(text, m, lists, gazetteer)]

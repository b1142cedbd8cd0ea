"""The last word on organisations: a name stays ORG only when the text marks it as one.

The model calls ORG many names that are not bodies: products, programmes and
missions (often acronyms), vehicles, events, diseases, regions, teams inside an
agency, capitalised common phrases, people with rare first names. Earlier rules
remove such names one pattern at a time; this gate, the last step of
``entities.find_mentions``, asks the opposite question of every distinct ORG name in
an article: does anything in the text say it is an organisation? Evidence is
gathered over all its mentions (an acronym shares it with its spelt-out name):

- the name itself: a listed organisation (aliases.yml), an organisation's head word
  or legal suffix ("Council", "Inc", "Institute for …"), a state's chamber, an acronym
  the text spells out as a body's name;
- its context: its people and kind ("Jefferies analyst Jonathan …", "an analyst at
  Jefferies", "the firm IDC", "to companies A, B and C", "Tesla (NASDAQ: TSLA)",
  "told Reuters"), what it does and owns ("Boeing said", "Apple’s chief executive",
  "the Wild’s 4-1 win", "Lexus showed the concept"), a list with a kept body, or a
  kept longer name it opens ("Big Machine" of "Big Machine Records");
- news outlets and shops: a newsroom word ("Harpers magazine", "a Globe reporter"), the
  outlet in a dateline ("NAPA COUNTY, Calif. (KGO) --"), "at B&H, shoppers", "sold on X",
  a shop's discount ("X is taking up to $250 off"), a sponsor ("brought to you by X"), a
  round-up's credit lines ("[ Wired ]", where they also credit a well-known outlet);
- a list of proper names made mostly of kept bodies, even where the model tagged no
  neighbour ("Nvidia, Gigabyte, MSI, Asus, PNY and EVGA"), and the rows of a table of figures
  that mostly names bodies ("Thames Water, £588; Wessex Water, £614; Hafren Dyfrdwy, £557");
- initials after "the" that act or own ("The SIU has launched", "the NDC's strategy") or that
  lead or control a chamber ("the GOP-controlled Senate"), tagged or not;
- marks no place or person has, which also beat a place label elsewhere: "a spokesperson
  for X", "shares in X", "a partner at X", "X, a group co-founded by", "X is a fish cake
  factory", "X’s chief executive", "Barcelona soccer player Gerard Pique", and in a sports
  report (a text with a score) a result ("Columbus beat Montreal", "X (6-5, 3-4)");
- last, where the text says nothing either way: a well-known organisation
  (known_organisations.yml: "shoppers on Etsy", "a claim on RTE"; it vouches for its own
  words, "Tom's Guide", and for its line, "Ubisoft games").

The same marks make an ORG of a name the model tagged as a place, a person or a work
(GPE, LOC, FAC, PERSON, PRODUCT, WORK_OF_ART, EVENT) that no earlier rule kept ("at
Ubisoft" GPE, "Kosmos, a group …" PERSON); never a country or nation (a national side is
no ORG) nor "London-based". A model name that runs on from a body into what it owns is the
body ("the Washington Post’s Fact Checker").

Against it: an acronym spelt out in lowercase words, as a programme or as a post ("hypersensitivity
pneumonitis (HP)", "Commercial Lunar Payload Services (CLPS)", "Inspector General of Police (IGP)"); a programme, a unit of
a named body, a department in a job title ("Project xCloud", "ESA Topical Team", "Head
of Fundamental Research at …"); a place the model tags GPE, LOC or FAC on another mention (not NORP: the
model also calls a club named like a people, "Marine were reduced to 10 men", NORP);
product contexts and things ("the new X", "X costs", "Payboo Credit Card", "Apple A10
Fusion", "Blue Origin’s Blue Moon", "Google Stadia"): an example of a kind of product ("streaming
services, such as CBS All Access"), one of many or someone's ("A DXA provides", "their
WordCamps"), a kind of thing in apposition ("MinnesotaCare, a health benefit"), what a person or
place owns ("Luboku’s Pale Blue Dot"), a place built for people or vehicles ("Union Station"), a
hospital or prison named only as where someone is taken ("taken to Suddie Public Hospital"), a
sponsor inside a venue's name ("Formerly Verizon Amphitheatre"). A maker named only inside its
product's name ("Nintendo Switch Lite", "ESPN+", "NBA 2K20") leaves the output, that mention only. A name that runs on into a job
is the body before it ("VFI Chief Executive"). A country stays a country, even where it stands
for its national side ("Wales coach Ryan Giggs").

A name of one word (not spelt as a brand, "TaskRabbit") or only of plain English words
("Blue Moon") needs evidence: the model's label alone is not enough for it. Other names
("Lockheed Martin") keep the model's word unless the text speaks against them. A name
the article also writes as a person, or after a title, becomes PERSON, unless the name has no
person's shape and the text marks it as a body ("Shelter says" tagged PERSON, "Shelter is a
campaigning charity"): then every mention is a candidate body. Word lists are in
org_evidence.yml, compiled by org_words.py.

This module holds the gate and the passes that carry one name's verdict to others (a brand to its
products, a kept name to its short form, a surname to its person); the evidence itself is in the
modules the package map (``extract/__init__.py``) lists under it.
"""
from __future__ import annotations

import re

from extract import products
from extract.canonical import acronym_links
from extract.gazetteer import Gazetteer, name_key
from extract.known_names import known_company, known_organisations
from extract.mentions import Mention, not_yet_mentioned, overlaps, unmentioned_occurrences
from extract.mislabelled_bodies import (acronyms_acting, bodies_after_body_phrases, bodies_in_apposition, bodies_referred_to_as_it,
                                       bodies_with_spokespeople, employers_cutting_jobs, market_movers, mislabelled_bodies, names_around_places,
                                       people_in_apposition_as_bodies, people_marked_as_bodies,
                                       sites_acting_as_operators)
from extract.name_patterns import ORG_HEAD_WORD
from extract.org_edges import before_its_place, body_of_organ, holder_of_job, owner_of_thing, without_leading_modifiers
from extract.org_marks import marked_where_untagged
from extract.org_lists import (bodies_in_tables_of_figures, listed_among_kept_names, listed_as_places,
                              listed_with_organisations)
from extract.org_verdict import verdict
from extract.org_words import Lists, word_lists
from extract.page_furniture import (bracketed_credits, dateline_agencies, outlets_in_promos, page_furniture,
                                    page_names, sources_named_by_furniture)
from extract.sports_sides import (SCORE, countries_standing_for_teams, league_teams, score_line_sides,
                                  sides_before_their_people, sports_report, team_nicknames)


def gate(doc, text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Keep each ORG name the text marks as an organisation; drop or relabel the rest."""
    lists = word_lists(gazetteer)
    mentions = [holder_of_job(owner_of_thing(before_its_place(doc, text, m, gazetteer), gazetteer, lists),
                              gazetteer, lists) for m in mentions]
    mentions = [m for m in mentions if m is not None and not page_furniture(text, m, lists)]
    bodies = {name_key(m.text) for m in mentions if m.label == "ORG"}
    mentions = [body_of_organ(m, bodies, gazetteer, lists) for m in mentions]
    mentions = without_leading_modifiers(doc, text, mentions, gazetteer, lists)
    # they still count as evidence for the name ("CBS News Battleground Tracker poll" is no body's act)
    in_products = {(m.start, m.end) for m in mentions if opens_product_name(text, m, gazetteer)}
    sports = sports_report(text)  # once per article: a result names a team only in a sports report
    # a body some of whose mentions the model tagged PERSON ("Shelter says") is a candidate, not a person
    bodies = people_marked_as_bodies(text, mentions, gazetteer, lists) \
        + people_in_apposition_as_bodies(doc, text, mentions, gazetteer, lists) \
        + not_yet_mentioned(bodies_in_tables_of_figures(text, mentions, gazetteer),
                            [m for m in mentions if m.label == "ORG"])
    mentions = [m for m in mentions if not (m.label == "PERSON" and any(overlaps(m, b) for b in bodies))]
    mislabelled = bodies + mislabelled_bodies(doc, text, mentions + bodies, lists, sports) + bracketed_credits(text, mentions) \
        + dateline_agencies(text, mentions) + page_names(text, mentions, lists) + outlets_in_promos(text, mentions, lists) \
        + names_around_places(doc, text, mentions, gazetteer, lists) + bodies_with_spokespeople(text, mentions, gazetteer) \
        + bodies_after_body_phrases(doc, text, mentions, gazetteer, lists)
    # "Newcastle Airport welcomed 283,000 flyers": a site's operator acting under the site's name
    operators = sites_acting_as_operators(doc, text, mentions + mislabelled, gazetteer, lists)
    mislabelled += operators
    # a company whose move a market report gives ("Savills gained after …"), though the model took it for a person
    movers = market_movers(doc, text, mentions, gazetteer, lists) | employers_cutting_jobs(doc, text, mentions, gazetteer, lists)
    mentions = [m for m in mentions if not (m.label == "PERSON" and m.text in movers)]
    mislabelled += unmentioned_occurrences(text, movers, mentions + mislabelled) if movers else []
    mislabelled += bodies_in_apposition(doc, text, mentions + mislabelled, gazetteer, lists)
    # initials that act as a body does, tagged or not: their marks are the evidence
    acting = acronyms_acting(doc, text, mentions + mislabelled, gazetteer, lists)
    mislabelled += unmentioned_occurrences(text, acting, mentions + mislabelled) if acting else []
    mentions = mentions + (team_nicknames(doc, text, mentions + mislabelled, lists) if sports else [])
    # untagged names the text calls "it" are candidates the gate weighs like the model's own ORG names
    mentions = mentions + bodies_referred_to_as_it(doc, text, mentions + mislabelled, gazetteer, lists)
    mislabelled += sides_before_their_people(doc, text, mentions + mislabelled, gazetteer, lists)
    teams = league_teams(doc, text, gazetteer, lists, sports)
    mislabelled += not_yet_mentioned(teams, mentions + mislabelled)
    sides = score_line_sides(text, mentions + mislabelled, lists)
    # the model's "Kilmarnock 0-1 Aberdeen", a whole results line, gives way to its two sides
    mentions = [m for m in mentions if not (SCORE.search(m.text) and any(overlaps(m, side) for side in sides))]
    mislabelled += sides
    # a name the alias file lists as no entity stays none, whatever marks it ("Firhill manager …")
    mislabelled = [m for m in mislabelled if m.text not in gazetteer.not_names]
    mentions = mentions + mislabelled
    groups = names_of_organisations(text, mentions)
    if not groups:
        return mentions  # no ORG mention, none inside a product's name
    verdicts = {key: verdict(doc, text, members, mentions, gazetteer, lists, sports) for key, members in groups.items()}
    # The mark that made a mislabelled name a candidate is evidence enough unless the text says otherwise.
    verdicts.update({key: "keep" for key in map(name_key, [m.text for m in mislabelled + teams] + list(movers) + list(acting)
                                                 + sources_named_by_furniture(text, lists))
                     if verdicts.get(key) in ("unproven", "unopposed")})
    # the operator's deed outweighs the site's head word ("Airport" names a thing for the verdict)
    verdicts.update({key: "keep" for key in map(name_key, [m.text for m in operators]) if verdicts.get(key) == "drop"})
    # so is a body's mark where the article names it again and the model tagged nothing
    doubted = {m.text: key for key, members in groups.items() if verdicts[key] in ("unproven", "unopposed")
               for m in members}
    reused = marked_where_untagged(text, set(doubted), mentions, lists, gazetteer, sports) if doubted else []
    verdicts.update({doubted[m.text]: "keep" for m in reused})
    verdicts.update(units_and_things_of_bodies(text, groups, verdicts, lists))
    verdicts.update(products_of_brands(groups, verdicts, gazetteer, {name_key(m.text) for m in mislabelled}))
    verdicts.update(things_of_people_and_places(groups, verdicts, gazetteer))
    verdicts.update(surnames_of_people(groups, verdicts, gazetteer, mentions))
    # a short form is kept before lists pass evidence along ("defeats to Chelsea and Swansea" after
    # "Swansea City"), and again after them for the names the lists kept
    verdicts.update(short_forms_of_kept_names(groups, verdicts))
    verdicts.update(listed_as_places(text, groups, verdicts, lists.places_listed))
    verdicts.update(listed_with_organisations(text, groups, verdicts, lists.places_listed))
    verdicts.update(listed_among_kept_names(text, groups, verdicts, gazetteer))
    verdicts.update(short_forms_of_kept_names(groups, verdicts))
    verdicts.update(countries_standing_for_teams(groups, gazetteer, lists))
    verdicts.update({} if sports else places_of_councils(groups, verdicts, gazetteer))
    key_of = {id(m): key for key, members in groups.items() for m in members}
    out = []
    for m in mentions:
        decision = verdicts.get(key_of.get(id(m)))
        if decision in ("drop", "unproven") or m.label == "ORG" and (m.start, m.end) in in_products:
            continue
        if decision == "person":
            m = Mention("PERSON", m.start, m.end, m.text, m.titled)
        out.append(m)
    return [m for m in out if not any(r.start <= m.start and m.end <= r.end for r in reused)] + reused


# --- makers inside their products' names ---------------------------------------------------

PLUS_AFTER = re.compile(r"\+(?!\w)| \+(?=[,.;:)]|\s*$)")  # "ESPN+", "the Disney +, Hulu bundle"
# Words the model left out after the name, on its line: "Switch Lite", "G-SYNC", "AW3418DW", "2K20"
RUN_ON = re.compile(r"(?:[ \u00a0](?:[A-Z][\w-]*|\d[\w-]*)){1,3}")
MODEL_CODE = re.compile(r"^(?=.*[A-Za-z])(?=.*\d)(?![QH][1-4]$|FY|U\d\d)[A-Za-z\d]+$")  # not "Q3", "FY2020", "U21"


def opens_product_name(text: str, m: Mention, gazetteer: Gazetteer) -> bool:
    """"Nintendo Switch Lite", "NVIDIA G-SYNC compatibility", "ESPN+", "NBA 2K20": the maker named
    only inside its product's name, which the model cut short, is no mention of the maker
    ("Nintendo said" still is). Not when the longer name is a body ("Sony Pictures")."""
    if m.label != "ORG":
        return False
    if PLUS_AFTER.match(text, m.end):
        return True
    run = RUN_ON.match(text, m.end)
    if not run:
        return False
    words = run.group().split()[:3]
    longer = f"{m.text} {' '.join(words)}"
    if gazetteer.lookup("ORG", longer) or name_key(longer) in known_organisations() or ORG_HEAD_WORD.search(longer):
        return False
    lines, signals = products.well_known_products(), products.signals()
    return any(name_key(" ".join([m.text] + words[:i])) in lines or name_key(" ".join(words[:i])) in lines
               for i in range(1, len(words) + 1)) \
        or any(MODEL_CODE.match(w) or w in signals.standards for w in words) \
        or products.named_as_product(longer) \
        or bool(signals.noun_after.match(text[run.end():run.end() + 60]))


# --- names the model labelled otherwise ----------------------------------------------------


# --- grouping -------------------------------------------------------------------------------

def names_of_organisations(text: str, mentions: list[Mention]) -> dict[str, list[Mention]]:
    """ORG mentions grouped by name, an acronym with the name it abbreviates ("ESA" with
    "European Space Agency"): evidence for one is evidence for the other."""
    orgs = [m for m in mentions if m.label == "ORG"]
    links = acronym_links(text, orgs)
    groups: dict[str, list[Mention]] = {}
    for m in orgs:
        key = name_key(m.text)
        groups.setdefault(links.get(key, key), []).append(m)
    return groups


# --- one name --------------------------------------------------------------------------------


def units_and_things_of_bodies(text: str, groups: dict[str, list[Mention]], verdicts: dict[str, str],
                               lists: Lists) -> dict[str, str]:
    """"Blue Origin's Blue Moon" (a thing a kept body owns): names nothing marks as bodies."""
    kept = {m.text for key, members in groups.items() if verdicts[key] == "keep" for m in members}
    if not kept:
        return {}
    owners = "|".join(map(re.escape, sorted(kept, key=len, reverse=True)))
    owned = re.compile(rf"(?:{owners})['’]s?\s+$")
    out = {}
    for key, members in groups.items():
        if verdicts[key] not in ("unopposed", "unproven"):
            continue
        for m in members:
            if owned.search(text[max(0, m.start - 60):m.start]):
                out[key] = "drop"
    return out


def brand_and_product(name: str, brands: set[str], gazetteer: Gazetteer) -> bool:
    """"Google Stadia", "Ascom Unite Connect": a kept or listed company's name, then words that
    are not its line of business ("Disney Channel", "Sony Music" stay); "Verge’s Stadia": a
    thing with its owner."""
    owner = re.match(r"(.+?)['’]s?\s", name)
    if owner and (owner.group(1) in brands or gazetteer.lookup("ORG", owner.group(1))):
        return True
    words = name.split()
    return len(words) > 1 and words[0] in brands \
        and not all(w in gazetteer.not_product_words for w in words[1:])


# --- across names ------------------------------------------------------------------------------

def products_of_brands(groups: dict[str, list[Mention]], verdicts: dict[str, str], gazetteer: Gazetteer,
                       place_names=frozenset()) -> dict[str, str]:
    """Unopposed names that open with a one-word company the article keeps, or one listed; not
    with a city kept as its club ("Pittsburgh Post-Gazette" after "Pittsburgh coach Mike Tomlin")."""
    brands = {m.text for key, members in groups.items() if verdicts[key] == "keep" and key not in place_names
              for m in members if len(m.text.split()) == 1}
    return {key: "drop" for key, members in groups.items() if verdicts[key] == "unopposed"
            and any(brand_and_product(m.text, brands | {m.text.split()[0]} if gazetteer.lookup(
                "ORG", m.text.split()[0]) else brands, gazetteer) for m in members)}


SAINT = re.compile(r"(?:St\.?|Saint)\s")
# not "People’s Daily", "Women’s Aid"
OWNER_OF_REST = re.compile(r"^(.+?)(?<!\bPeople)(?<!\bWomen)(?<!\bChildren)(?<!\bMen)['’]s\s+(?=[A-Z])")


def things_of_people_and_places(groups: dict[str, list[Mention]], verdicts: dict[str, str],
                                gazetteer: Gazetteer) -> dict[str, str]:
    """"Luboku’s Pale Blue Dot", "Sheffield’s Residence Life", "Martha’s Vineyard": an unopposed
    name that is what someone or somewhere owns, when the owner is no body the article keeps or
    readers know ("Tom’s Guide" is well known; "the Washington Post’s Fact Checker" is cut to the
    Post before the gate)."""
    kept = {name_key(m.text) for key, members in groups.items() if verdicts[key] == "keep" for m in members}
    out = {}
    for key, members in groups.items():
        owner = OWNER_OF_REST.match(members[0].text) if verdicts[key] == "unopposed" else None
        if owner and name_key(owner.group(1)) not in kept and not known_company(owner.group(1), gazetteer) \
                and not SAINT.match(owner.group(1)):  # "St. Jude’s Research": a saint names institutions
            out[key] = "drop"
    return out


def places_of_councils(groups: dict[str, list[Mention]], verdicts: dict[str, str], gazetteer: Gazetteer) -> dict[str, str]:
    """"The leader of Aberdeen said" beside "Aberdeen City Council": the place that opens a kept
    council's name is the place, even where it stands for the council (the council is named in full);
    so is the town of a court ("a Rothesay shop worker" beside "Rothesay Sheriff Court"; "a Crown
    Court judge" leaves "the Crown" no body). In a sports report it is the team (the caller asks only
    outside one). Not a body's own name before its governing council or its organ ("EIS Council",
    "U.N. Security Council": initials, or a listed body)."""
    places = {m.text.split()[0] for key, members in groups.items() if verdicts[key] == "keep"
              for m in members if len(m.text.split()) > 1 and m.text.split()[-1] in ("Council", "Court")}
    places = {p for p in places if p.isalpha() and not p.isupper() and not gazetteer.lookup("ORG", p)}  # not "U.N."
    return {key: "drop" for key, members in groups.items()
            if all(m.text in places for m in members)}


def surnames_of_people(groups: dict[str, list[Mention]], verdicts: dict[str, str], gazetteer: Gazetteer,
                       mentions: list[Mention]) -> dict[str, str]:
    """"Das said" after "Shaktikanta Das, Reserve Bank of India Governor,": a one-word name that
    ends a name the text shows to be a person's is that person; not a listed or well-known body
    ("Michael Dell, Dell Chairman," still leaves Dell the company). The model, reading a name it
    does not know, may call the full name a person and its later surname a body ("spokesperson
    Khulu Phasiwe" ... "Phasiwe said"): news names a person in full first, so a surname the model
    calls a body only after that is the person too; a one-word name the article writes before the
    person's full name is left to the rest of the evidence."""
    surnames = {members[0].text.split()[-1] for key, members in groups.items()
                if verdicts[key] == "person" and len(members[0].text.split()) > 1}
    first_named: dict[str, int] = {}
    for m in mentions:
        if m.label == "PERSON" and " " in m.text:
            first_named[m.text.split()[-1]] = min(m.start, first_named.get(m.text.split()[-1], m.start))
    return {key: "person" for key, members in groups.items()
            if verdicts[key] != "person"
            and (members[0].text in surnames
                 or verdicts[key] != "drop"
                 and all(m.text in first_named and m.start > first_named[m.text] for m in members))
            and not gazetteer.lookup("ORG", members[0].text) and key not in known_organisations()}


def short_forms_of_kept_names(groups: dict[str, list[Mention]], verdicts: dict[str, str]) -> dict[str, str]:
    """"Astrobotic" after "Astrobotic Technology", "Big Machine" after "Big Machine Records":
    the leading words of a kept name stand for it."""
    kept = [members[0].text.split() for key, members in groups.items()
            if verdicts[key] == "keep" and len(members[0].text.split()) > 1]
    return {key: "keep" for key, members in groups.items()
            if verdicts[key] == "unproven"
            and any(words[:len(m.text.split())] == m.text.split() and len(words) > len(m.text.split())
                    for m in members for words in kept)}

"""The word lists of org_evidence.yml, compiled once per gazetteer (``word_lists``): the heads, marks,
acts and contexts by which the text says a name is, or is not, an organisation.

The organisation gate, the people and product gates, canonical names and speakers all read them, so
this module depends on nothing but the gazetteer.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from extract.gazetteer import Gazetteer, name_key
from extract.name_patterns import UNDOTTED_LEGAL_SUFFIXES


WORD_LISTS = Path(__file__).with_name("org_evidence.yml")
NAME_WORDS = r"[A-Z][\w’'-]*(?:[ ]+[A-Z][\w’'-]*)*"  # capitalised words
# a listed company's name opening a sentence of a market report: "Oxford Biomedica", "Dr. Martens"
MARKET_NAME = r"[A-Z][\w’'&.-]*(?:[ ][A-Z][\w’'&.-]*){0,3}"
# A list after a kind of thing: "bodies such as", "areas including" opens it, and its items stand
# apart by a comma, "and" or "or" (listed_bodies, places_listed, listed_products).
LIST_INTRODUCER = r",?\s+(?:such\s+as|including|like|from|namely)"
LIST_SEPARATOR = r"(?:,\s+|,?\s+and\s+|,?\s+or\s+)"
_TEAM = r"[A-Z][\w.’'&-]*(?:[ \t]+(?:[A-Z&][\w.’'&-]*|and|of|de))*"


def score_line(labels: list[str]) -> re.Pattern:
    """"Chelsea 1 - 0 Everton", "Arsenal 2-1 Aston Villa": a line holding only a result, a team each
    side. A live page's summary puts a bullet and a label before it and the scorers after it
    ("- FT: Hibs 2-1 Ross County (Stokes; Curran)"); a headline may go on after a colon
    ("Kilmarnock 1-2 Aberdeen: Dons bowl over Killie"). Group 3 holds the scorers."""
    return re.compile(rf"(?m)^[ \t]*(?:[-–•*][ \t]+)?(?:(?:{alternatives(labels)})[ \t]*:[ \t]*)?"
                      rf"({_TEAM})[ \t]+\d{{1,3}}[ \t]*[-–][ \t]*\d{{1,3}}[ \t]+({_TEAM})"
                      rf"(?:[ \t]*\(([^()\n]*)\))?[ \t]*(?::[ \t].*)?$")


@dataclass(frozen=True)
class Lists:
    heads: re.Pattern
    programme_heads: frozenset[str]
    public_functions: frozenset[str]
    marks_after: re.Pattern  # "Jefferies analyst Jonathan …", "Tesla (NASDAQ: TSLA)", "Ocado, the grocer"
    employer_before: re.Pattern  # "an analyst at", "told", "according to", "the company": beats a place
    marks_before: re.Pattern  # "the chief executive of": a place has a "mayor of" too
    acts_after: re.Pattern  # "said", "’s chief executive", "’s Mustang": places do these too
    acts_before: re.Pattern  # "against the"
    its_owned: re.Pattern  # "its stores", "its annual budget": what a body owns, after "its"
    product_before: re.Pattern
    product_after: re.Pattern
    product_after_verbs: re.Pattern
    programme_openers: frozenset[str]
    unit_heads: re.Pattern
    money_heads: frozenset[str]  # "Fund": a pot of money's last word, a body only where the text marks it
    organ_after: re.Pattern  # "IMF Executive Board", "Creative Scotland’s Board": group 1 the body before the organ
    organ_of: re.Pattern  # "Executive Board of the ": the body's name follows
    organ_alone: re.Pattern  # "National Executive Council": an organ with no body named in it
    organ_owned: re.Pattern  # "its Executive Board", "UTAG National Executive Committee", "Board of the IMF"
    listed_bodies: re.Pattern  # "to companies Astrobotic, Intuitive Machines and …"
    places_listed: re.Pattern  # "areas including Aberdeen and …": a list of places
    listed_products: re.Pattern  # "streaming services, such as CBS All Access", "platforms like Steam"
    thing_in_apposition: re.Pattern  # "MinnesotaCare, a health benefit for …"
    department: re.Pattern  # "Head of Fundamental Research at": a department in a job title
    job_title: re.Pattern  # "Head of Platform Solutions": the title itself
    body_before: re.Pattern  # "a spokesperson for", "the company": even a place name is a body here
    name_after_body_phrase: re.Pattern  # "a spokeswoman for Fyffes": group 1 the capitalised words after a body phrase
    business_kinds: frozenset[str]  # "distributor", "grocer": one-word kinds of business before a name
    national_sides: frozenset[str]  # countries that never stand for a body, even as a team ("Wales coach …")
    outlet_last_words: frozenset[str]  # "Georgia Health News": a given name may open an outlet's name
    numbered_branches: frozenset[str]  # "Local", "Lodge": before a number, a union's branch
    heads_before_of: frozenset[str]  # "Department", "Branch": a name's last word that goes on with "of"
    care_system_heads: frozenset[str]  # "Health System", "HealthSystem": a health system's head
    care_system_end: re.Pattern  # "Bon Secours Health System": the end of a health system's name
    care_system_name: re.Pattern  # group 1: capitalised words before a health system's head
    results_before: re.Pattern  # "beat", "the game at": in a sports report
    results_after: re.Pattern  # "beat Buffalo", "improved to 8-8-4"
    side_noun_after: re.Pattern  # "the Ibrox side": a place before it describes a side
    score_line: re.Pattern  # "FT: Hibs 2-1 Ross County (Stokes; Curran)": groups 1 and 2 the sides, 3 the scorers
    newsroom_after: re.Pattern  # "Harpers magazine", "a Globe reporter"
    body_after: re.Pattern  # ", a group co-founded by", "’s chief executive", " coach Ron Rivera", " 69-54"
    body_in_apposition: re.Pattern  # "Poppyscotland, the charity for …": group 1 a name the model may have missed
    job_after_name: re.Pattern  # "VFI Chief Executive": the job of the person named next
    job_alone: re.Pattern  # "Chief Executive", "Interim Head Coach": a job that is the whole name
    job_in_apposition: re.Pattern  # ", Reserve Bank of India Governor,": the job of the name before it
    place_use_before: re.Pattern  # "taken to", "on the grounds of": a hospital or a prison as a place
    institution_heads: frozenset[str]  # Hospital, Prison, Embassy: bodies that are also buildings
    site_heads: frozenset[str]  # Hospital, School, Prison: bodies mostly named as sites
    site_openers: frozenset[str]  # Ysbyty, HMP: the same kind opening the name
    social_networks: frozenset[str]  # Twitter, Facebook: where a page invites its readers to follow it
    x_platform: re.Pattern  # "posted on X", "his X account", "X, formerly Twitter": group 1 the letter
    reader_invitation: re.Pattern  # "Follow … on", "head to our": a line of the page's own furniture
    venue_after: re.Pattern  # "Verizon Amphitheatre", "Bridgestone Arena": a sponsor inside a venue's name
    business_places: frozenset[str]  # "Bar", "Inn": a place's last word that also ends a business's name
    political_labels: frozenset[str]  # "Independent": councillors elected without a party
    labour_movement: re.Pattern  # "organised labour": the text speaks of the unions acting together
    labour_movement_names: frozenset[str]  # "Labour": the movement's name there
    labour_party_mark: re.Pattern  # "Labour Party", "Labour MPs": group 1 the movement's name as a party's
    political_unit_after: re.Pattern  # " administration", " and Tory-led group": what the label describes
    outlet_promo: re.Pattern  # "Join the Irish News WhatsApp channel": group 1 the outlet
    outlet_spoken_to: re.Pattern  # "told the Diss Express", "the Evening Express revealed": group 1 or 2 the outlet
    masthead: re.Pattern  # "Express & Star" alone on a page's first line: the outlet's own name
    outlet_cited: re.Pattern  # "according to The Wrap" (group 1), "Deadline reports that" (group 2)
    not_team_plurals: frozenset[str]  # "the Olympics", "the Highlands": no team after "the"
    league_name: re.Pattern  # "the NFL", "Super Bowl": the article is about a North American league's sport
    team_job: re.Pattern  # "head coach", "general manager": any case
    side_before_people: re.Pattern  # "Aberdeen manager ", "Investec analyst ": group 1 the side or body, 2 the job, a name next
    body_job: re.Pattern  # "analyst", "chief executive": a body's job, not a team's
    describing_words: frozenset[str]  # "Key Security Council powers": a sentence's first word that only describes
    fixture_verbs: frozenset[str]  # "play Rangers on Wednesday": an opponent in a sports report, not a game
    region_last_words: frozenset[str]  # "Osun State": a region's name, a body only where the text says so
    event_heads: frozenset[str]  # "Awards", "Festival", "Budget": the last word of an event's name, never a body's
    index_names: frozenset[str]  # "Dow", "Nasdaq": a stock index's short name, also a company's or an exchange's
    index_name: re.Pattern  # any of index_names as a whole word, written exactly
    exchange_names: frozenset[str]  # "Nasdaq", "BSE", "JSE": stock exchanges' short names
    market_figures_after: re.Pattern  # " revenue", " shares": a listed company's figures right after its name
    market_before: re.Pattern  # "on", "listed on the": an exchange named as where shares trade
    index_move: re.Pattern  # " fell 64.10 points", " gained 0.9%": an index's move after its name
    company_move: re.Pattern  # "Savills gained", "Harbour Energy and Diversified Energy both gained": groups 1, 2 the names
    shares_move: re.Pattern  # "Woolworths shares are racing", "Altium shares were hit": group 1 the name
    bracketed_move: re.Pattern  # "Network18 (up 11.17 per cent)", "BHEL (which fell by 11.16 per cent)": group 1 the name
    workforce_cut: re.Pattern  # "Zillow dismissed 300 workers", "Chime is laying off 160 people": group 1 the name
    market_word: re.Pattern  # "shares", "upgrade", "the fallers": a sentence speaking of the market
    results_between: str  # "beat", "2-1", "v": between two sides of one result ("Dundee United beat Dundee")


# A publication's name as a source writes it: up to three capitalised words on one line, "The" first
# or not ("The Hill", "Hawaii News Now").
# (a site's address is its name: "TUKO.co.ke", "Moneycontrol.com")
CITED_NAME = r"((?:The[ ])?[A-Z][\w’'&-]*(?:\.[a-z]{2,4}\b){0,2}(?:[ ][A-Z][\w’'&-]*){0,2})"
# "The soft-spoken but firm Tegnell": a kind of body after a conjunction or an intensifier is an adjective.
NOT_AN_ADJECTIVE = "".join(rf"(?<!\b{word}\s)" for word in ("but", "and", "yet", "very", "too", "so", "more", "most"))


def plural(noun: str) -> str:
    return noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"


def alternatives(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


def exact_alternatives(words) -> str:
    """As ``alternatives``, but each written exactly as listed, spaces included."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def opening_sentence_too(words) -> list[str]:
    """Each lowercase phrase also as it opens a sentence: "Shares in M&S fell" as "shares in X"."""
    words = list(words)
    return words + [w[0].upper() + w[1:] for w in words if w[:1].islower()]


@functools.cache
def organ_after_name() -> re.Pattern:
    """" Executive Board", "’s Board": a governing organ (org_evidence.yml governing_organs) written
    right after a body's name; group 1 the organ. Speakers read it without a gazetteer."""
    data = yaml.safe_load(WORD_LISTS.read_text(encoding="utf-8"))
    return re.compile(rf"(?:['’]s?)?[ ]+({exact_alternatives(data['governing_organs'])})(?![\w’'-])")


@functools.cache
def operated_sites() -> frozenset[str]:
    """Last words of sites whose operator bears their name (org_evidence.yml operated_sites)."""
    return frozenset(yaml.safe_load(WORD_LISTS.read_text(encoding="utf-8"))["operated_sites"])


@functools.lru_cache(maxsize=4)
def word_lists(gazetteer: Gazetteer, path: Path = WORD_LISTS) -> Lists:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    nouns = alternatives(gazetteer.organisation_nouns | gazetteer.opening_kinds | set(data["business_kinds"])
                         | {"company", "firm", "group", "agency", "union", "party"})
    jobs = alternatives(set(data["employer_jobs"]) | gazetteer.affiliation_roles | gazetteer.role_nouns)
    marks_after = re.compile(
        rf"^\s+(?:[a-z-]+\s+){{0,2}}(?:{jobs}|[A-Z]{{2,3}})\s+[A-Z][\w’'-]+\s+[A-Z]"
        rf"|^\s*\(\s*(?:{alternatives(data['exchanges'])})\s*:"
        rf"|^,\s+(?:a|an|the|which\s+is\s+(?:a|an|the))\s+(?:[\w’'-]+\s+){{0,3}}(?:{nouns})\b")
    employer_before = re.compile(
        rf"(?:\b(?:{jobs})s?(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\s+(?:at|for|with|from)\s+(?:the\s+)?"
        # "According to the Spokesman-Review": a source phrase may open the sentence
        rf"|\b(?i:{alternatives(data['source_phrases'])})\s+(?:[Tt]he\s+)?"  # "told The Hill"
        rf"|\bCopyright\s+(?:©\s*)?\d{{4}}\s+"  # "Copyright 2019 Hawaii News Now": the outlet's own line
        rf"|{NOT_AN_ADJECTIVE}\b(?:{nouns}),?\s+)$")
    marks_before = re.compile(rf"\b(?:{jobs})s?\s+(?:of|to)\s+(?:the\s+)?$")
    acts_after = re.compile(
        rf"^(?:\s*,\s*(?:which|who)\b[^,.]{{0,40}}?|\s+(?:has|have|had|also|will|would|previously|later|then|"
        rf"still|now|reportedly|"
        rf"recently|did\s+not|didn['’]t|does\s+not|doesn['’]t|"
        # "Granules India on Tuesday said", "India Cements today reported": when, between doer and deed
        rf"today|yesterday|on\s+(?:{'|'.join(calendar.day_name)}))\b)*\s+"
        rf"(?:{alternatives(data['doing_verbs'])})\b"
        rf"|^['’]s?\s+(?:[\w-]+\s+)?(?:{alternatives(data['owned_nouns'])})\b"
        rf"|^['’]s?\s+(?:new\s+|latest\s+|own\s+)?[A-Z]"
        # "Satechi’s awesome $29 72W charger", "RAVPower’s 61W charger": an owner of priced models
        rf"|^['’]s?\s+(?:[a-z]+\s+)?(?:[$£€][\d.,]+\s+)?[A-Za-z-]*\d"
        rf"|^\s+(?:head\s+|assistant\s+)?(?:{alternatives(data['team_roles'])})\b"
        # "Harpers magazine", "a Globe reporter", "the Post's reporting": a newsroom's kind and people
        rf"|^(?:['’]s?)?\s+(?:{alternatives(data['newsroom_words'])})\b"
        # "Paramount is still deciding": a progressive; "HP is called", "X is expected" are not acts
        rf"|^\s+(?:is|are|was|were|(?:has|have|had)\s+(?:also\s+|still\s+)?been)\s+(?:also\s+|still\s+|now\s+|reportedly\s+)*"
        rf"(?:{alternatives(w for w in data['doing_verbs'] if w.endswith('ing'))})\b")
    body_nouns = gazetteer.organisation_nouns - set(data["product_kinds"]) | {"company", "firm"}
    body_kinds = alternatives(data["body_kinds"] + opening_sentence_too(data["firm_managers"]))
    venue_heads = alternatives(
        set(data["facility_heads"]) | gazetteer.place_last_words | gazetteer.not_organisation_heads)
    return Lists(
        heads=re.compile(rf"\b(?:{alternatives(data['extra_heads'])}|{UNDOTTED_LEGAL_SUFFIXES})\b"),
        programme_heads=frozenset(data["programme_heads"] + data["facility_heads"]),
        public_functions=frozenset(data["public_functions"]),
        marks_after=marks_after, employer_before=employer_before, marks_before=marks_before, acts_after=acts_after,
        acts_before=re.compile(r"\b(?:against|vs\.?|versus)\s+(?:the\s+)?$"),
        its_owned=re.compile(rf"(?<![\w’'-])its\s+(?:[\w-]+\s+){{0,2}}?(?:{alternatives(data['its_owned_nouns'])})\b"),
        product_before=re.compile(rf"\b(?:{alternatives(data['product_before'])})\s+$", re.I),
        product_after=re.compile(rf"^\s+(?:{alternatives(data['product_after'])})\b"),
        product_after_verbs=re.compile(rf"^\s+(?:{alternatives(data['product_after_verbs'])})\b"),
        programme_openers=frozenset(data["programme_openers"]),
        listed_bodies=re.compile(
            rf"\b(?:{alternatives(plural(n) for n in body_nouns)})"
            rf"(?:{LIST_INTRODUCER}"
            # "Other organisations that were cut include Eleni, Hafren and …": a short clause, then
            # the list (not "whose": "firms whose brands include" lists their things)
            rf"|(?:\s+(?!whose\b)[a-z][\w-]*){{1,6}}?\s+(?:include|includes|included))?:?\s+"
            rf"(?:[A-Z][\w’'&.-]*(?:\s+(?:[A-Z&][\w’'&.-]*|of|and|for))*{LIST_SEPARATOR})*$"),
        places_listed=re.compile(
            rf"\b(?:{alternatives(data['place_kinds'])})(?:{LIST_INTRODUCER})?:?\s+"
            rf"(?:[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*)*{LIST_SEPARATOR})*$"),
        listed_products=re.compile(
            rf"\b(?:{alternatives(plural(n) for n in data['product_kinds'])}),?\s+(?:such\s+as|including|like)\s+"
            rf"(?:[A-Z][\w’'&.+-]*(?:\s+(?:[A-Z&][\w’'&.+-]*|of|and|for))*{LIST_SEPARATOR})*$"),
        thing_in_apposition=re.compile(
            rf",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,3}}(?:{alternatives(data['thing_kinds'])})\b(?!['’-])"
            # the kind heads its phrase ("a health benefit for …"), not "a car dealer"
            rf"(?=\s*(?:[,.;:)!?]|$)|\s+(?:for|of|from|by|that|which|who|in|on|at|with|to|and|or|called|named|"
            rf"where|whose|designed|developed|made|built|released|launched|used|aimed|based|starring|featuring|about)\b)"),
        unit_heads=re.compile(rf"\s(?:{alternatives(data['unit_heads'])})$"),
        money_heads=frozenset(data["money_heads"]),
        organ_after=re.compile(rf"^(.+?)(?:['’]s?)?\s+(?:{exact_alternatives(data['governing_organs'])})$"),
        organ_of=re.compile(rf"^(?:{exact_alternatives(data['governing_organs'])})\s+of\s+(?:the\s+)?(?=\S)"),
        organ_alone=re.compile(rf"(?:{exact_alternatives(data['governing_organs'])})"),
        organ_owned=re.compile(rf"(?:\b(?:[Ii]ts|[Tt]heir|[Oo]ur)\s+|[A-Z][\w&.-]*(?:['’]s|s['’])\s+|\b[A-Z]{{2,}}\s+)"
                               rf"(?:{exact_alternatives(data['governing_organs'])})\b"
                               rf"|\b(?:{exact_alternatives(data['governing_organs'])})\s+of\s+(?:the\s+)?[A-Z]"),
        # no "the": "director of the Kennan Institute at the Wilson Center" names a body
        department=re.compile(rf"(?:^|[\s,(])(?:{alternatives(data['department_titles'])})\s+of\s+$", re.I),
        job_title=re.compile(rf"^(?:{alternatives(data['department_titles'])})\s+of\s"),
        national_sides=frozenset(map(name_key, data["countries"])) - set(map(name_key, data["not_only_countries"])),
        outlet_last_words=frozenset(data["outlet_last_words"]),
        numbered_branches=frozenset(data["numbered_branches"]),
        heads_before_of=frozenset(data["heads_before_of"]),
        care_system_heads=frozenset(data["care_system_heads"]),
        care_system_end=re.compile(rf"\S\s(?:{alternatives(data['care_system_heads'])})$"),  # words before the head
        care_system_name=re.compile(rf"([A-Z][\w’'&.-]*(?:[ ](?:[A-Z][\w’'&.-]*|of|and|&)){{0,5}})[ ]"
                                    rf"(?:{alternatives(data['care_system_heads'])})(?![\w’'-])"),
        newsroom_after=re.compile(rf"^(?:['’]s?)?\s+(?:{alternatives(data['newsroom_words'])})\b"),
        body_before=re.compile(rf"(?:\b(?:{alternatives(opening_sentence_too(data['body_phrases']))})\s+(?:the\s+)?"
                               # "a report from consultants, Syndex,", "British Steel owner Jingye"
                               rf"|\b(?:{alternatives(opening_sentence_too(data['untagged_body_phrases']))})\s+"
                               rf"|{NOT_AN_ADJECTIVE}\b(?:{body_kinds})\s+"
                               # "Mumbai-based Flyrobe", "Microsoft-backed OpenAI": where a body sits, who owns it
                               rf"|\b[A-Z][\w.’'&]*-(?:{alternatives(data['body_participles'])})\s+"
                               rf"|\b[A-Z][\w.’'-]*\s+d\.\s+)$"),
        # (not after "the": "shares of the Internet switch maker" describes the name after)
        business_kinds=frozenset(k for k in data["business_kinds"] if " " not in k),
        name_after_body_phrase=re.compile(rf"\b(?:{alternatives(opening_sentence_too(data['body_phrases'] + data['untagged_body_phrases']))})\s+"
                                          rf"({NAME_WORDS}(?:[ ]+&[ ]+{NAME_WORDS})?)"),
        body_after=re.compile(
            # "Kosmos, a group co-founded by", "Dezuka Suisan is a fish cake factory"; not
            # "Goethe, Frankfurt, the CDF team went"
            rf"^(?:,|\s+(?:is|was|remains|has\s+been))\s+(?:a|an|which\s+is\s+(?:a|an))\s+(?:[\w’'/-]+\s+){{0,3}}"
            rf"(?:{alternatives(data['body_kinds'] + data['business_kinds'])})\b"
            # "the Australia Post-owned business", "Tencent-backed Vantiro": an owner or a backer
            rf"|^-(?:owned|backed|funded|listed)\b"
            rf"|^\s*\(\s*(?:{alternatives(data['exchanges'])})\s*:"
            # a shop's discount: "Adorama is taking up to $250 off"
            rf"|^\s+(?:is|are)\s+(?:also\s+|now\s+)?(?:taking|knocking|slashing|shaving)\s+"
            rf"(?:up\s+to\s+|an\s+(?:extra|additional)\s+)?[$£€]?[\d,.]+%?\s+off\b"
            rf"|^['’]s?\s+(?:{alternatives(data['body_owned_nouns'])})\b"
            rf"|^\s+(?:[a-z-]+\s+){{0,2}}(?:{alternatives(data['team_jobs'])})\s+[A-Z][\w’'-]+\s+[A-Z]"
            # a result or a record: "Melbourne d. Space Coast 69-54", "Space Coast (0-1):", "The
            # Eagles (6-5, 3-4)", "Minnesota beat Buffalo", "Columbus improved to 8-8-4"
            rf"|^\s+\d{{1,3}}[-–]\d{{1,3}}\b(?![-–/.]\d)|^\s+d\.\s+[A-Z]"
            rf"|^\s*\(\d{{1,2}}[-–]\d{{1,2}}(?:[-–]\d{{1,2}})?(?:,\s*\d{{1,2}}[-–]\d{{1,2}}(?:[-–]\d{{1,2}})?)?\)"),
        body_in_apposition=re.compile(
            rf"(?<![\w’'&-])({NAME_WORDS})(?:[ ]+\([A-Z][\w&]{{1,7}}\))?,[ ]+(?:a|an|the)[ ]+(?:[\w’'/-]+[ ]+){{0,4}}?"
            rf"(?:{alternatives(data['appositive_body_kinds'])})"
            # the kind heads the phrase ("the charity for ex-servicemen"), not "a charity worker" or "the firm’s boss"
            rf"(?=[ \t]*(?:[,.;:)!?—–]|$)|[ ]+(?:for|of|that|which|who|whose|based|founded|set|run|with|in|at|behind|"
            rf"representing|supporting|helping|working|dedicated|and|to|from|owned|backed|funded|established|formed|"
            rf"registered|providing|offering|operating|responsible)\b)", re.M),
        job_after_name=re.compile(rf"(?<=\S)\s+(?i:{alternatives(data['job_titles_in_names'])})$"),
        job_alone=re.compile(rf"(?:(?:{alternatives(data['job_openers'])})\s+)*"
                             rf"(?:{alternatives(data['job_titles_in_names'] + data['jobs_alone'])})"),
        job_in_apposition=re.compile(rf",\s+(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+(?:[A-Z][\w.&’'-]*|of|for|and|the)){{0,6}}?"
                                     rf"\s+(?:{alternatives(data['job_titles_in_names'])}),"),
        place_use_before=re.compile(rf"\b(?:{alternatives(data['place_uses_before'])})\s+(?:the\s+)?$"),
        institution_heads=frozenset(data["institution_heads"]),
        site_heads=frozenset(data["site_heads"]), site_openers=frozenset(data["site_openers"]),
        social_networks=frozenset(data["social_networks"]),
        x_platform=re.compile(
            rf"\b(?:{alternatives(data['x_platform_verbs'])})\s+(?:on|to|via)\s+(?:the\s+(?:social\s+media\s+)?platform\s+)?(X)(?=[,.;:!?)]|\s+(?:that|on|in|about|after|before|to|and|earlier|last|this|late)\b|$)"
            rf"|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our|[Aa]n|[Tt]he|[Oo]n|[Vv]ia)\s+(X)\s+(?:{alternatives(data['x_platform_nouns'])})\b"
            rf"|(?<![\w.’'-])(X)(?:,|\s+\()\s*(?:formerly|previously)\s+(?:known\s+as\s+)?Twitter\b"),
        reader_invitation=re.compile(rf"(?i:\b(?:{alternatives(data['reader_invitations'])})\b)"
                                     rf"|^\W*(?:{alternatives(data['invitation_openers'])})\s"),
        business_places=frozenset(data["business_places"]),
        political_labels=frozenset(data["political_labels"]),
        labour_movement=re.compile(rf"\b(?:{alternatives(data['labour_movement_cue'])})\b", re.I),
        labour_movement_names=frozenset(data["labour_movement_names"]),
        labour_party_mark=re.compile(rf"\b({exact_alternatives(data['labour_movement_names'])})"
                                     rf"(?:\s+(?:{exact_alternatives(w for w in data['labour_party_marks'] if w[0] != '-')})\b"
                                     rf"|(?:{exact_alternatives(w for w in data['labour_party_marks'] if w[0] == '-')})\b)"),
        political_unit_after=re.compile(rf"(?:(?:,|\s+and|\s+or)\s+[A-Z][\w’'-]*)*\s+(?:{alternatives(data['political_units'])})\b"),
        outlet_promo=re.compile(rf"\b(?:{exact_alternatives(data['promo_openers'])})[ ]+(?:the[ ]+|The[ ]+)?"
                                rf"([A-Z][\w’'.&-]*(?:[ ][A-Z][\w’'.&-]*){{0,3}}?)[ ]+"
                                rf"(?:{exact_alternatives(data['promo_endings'])})(?![\w’'-])"),
        outlet_spoken_to=re.compile(rf"\b(?:{alternatives(data['speaking_to_phrases'])})\s+the\s+"
                                    rf"((?:[A-Z][\w’'-]*\s+){{0,3}}(?:{alternatives(data['outlet_last_words'])})"
                                    # "told the PA news agency": the agency's kind in lowercase ends its name
                                    rf"|(?:[A-Z][\w’'-]*\s+){{1,3}}(?:{alternatives(data['outlet_kinds'])}))(?![\w’'-])"
                                    rf"|(?<![\w’'-])[Tt]he\s+((?:[A-Z][\w’'-]*\s+){{0,3}}(?:{alternatives(data['outlet_last_words'])}))"
                                    rf",?\s+(?:{alternatives(data['outlet_reporting_verbs'])})\b"),
        # "News" ends section labels as often ("Breaking News", "Theatre News")
        masthead=re.compile(rf"(?:The[ ])?[A-Z][\w’'&.-]*(?:[ ](?:[A-Z&][\w’'&.-]*|and|of))*[ ]"
                            rf"(?:{alternatives(w for w in data['outlet_last_words'] if w != 'News')})[ \t]*(?:\n|$)"),
        not_team_plurals=frozenset(data["not_team_plurals"]),
        league_name=re.compile(rf"(?<![\w’'&-])(?:{exact_alternatives(data['league_names'])})(?![\w’'&-])"),
        team_job=re.compile(alternatives(data["team_jobs"]), re.I),
        side_before_people=re.compile(
            rf"(?<![\w’'&.-])([A-Z][\w’'&-]*(?:[ \t]+[A-Z][\w’'&-]*){{0,2}})[ \t]+(?:[a-z-]+[ \t]+)?"
            rf"({alternatives(data['team_jobs'] + data['body_jobs'])})[ \t]+(?=[A-Z])"),
        body_job=re.compile(alternatives(data["body_jobs"])),
        describing_words=frozenset(data["describing_words"]),
        fixture_verbs=frozenset(data["fixture_verbs"]),
        region_last_words=frozenset(data["region_last_words"]),
        event_heads=frozenset(data["event_heads"]),
        index_names=frozenset(data["index_names"]),
        index_name=re.compile(rf"(?<![\w’'-])(?:{exact_alternatives(data['index_names'])})(?![\w’'-])"),
        exchange_names=frozenset(data["exchanges"]) - {"ticker", "symbol"},
        market_figures_after=re.compile(rf"\s+(?:{alternatives(data['market_nouns_after'])})\b"),
        market_before=re.compile(rf"(?:^|[\s(])(?i:{alternatives(data['market_before'])})\s+(?:the\s+)?$"),
        index_move=re.compile(rf"^\s+(?:Composite\s+|[Ii]ndex\s+|Industrial\s+Average\s+)?"
                              rf"(?:{alternatives(data['index_moves'])})\b[^.;\n]{{0,40}}?(?:points|%|per\s?cent|percent)"),
        company_move=re.compile(
            rf"(?:^|(?<=[.!?][ ])|(?<=[.!?][\u201d\"][ ]))({MARKET_NAME})(?:[ ]+and[ ]+({MARKET_NAME}))?[ ]+"
            rf"(?:both[ ]+|also[ ]+)?(?:{alternatives(data['company_moves'])})\b", re.M),
        # anywhere in a sentence, not only opening it: the shares themselves say it is a company
        shares_move=re.compile(
            rf"(?<![\w’'&.-])({MARKET_NAME})[ ]+(?:shares|stock|share[ ]+price)[ ]+"
            rf"(?:{alternatives(data['company_moves'] + data['share_states'])})\b"),
        # a market report's list of movers, each name with its move in brackets
        bracketed_move=re.compile(
            rf"(?<![\w’'&.-])({MARKET_NAME})[ ]+\((?:up|down|rising|falling|gaining|losing|"
            rf"which[ ]+(?:{alternatives(data['company_moves'])})(?:[ ]+by)?)[ ]+\d[\d.]*[ ]*(?:%|per[ ]?cent|percent)"),
        workforce_cut=re.compile(
            rf"(?<![\w’'&.-])({MARKET_NAME})[ ]+(?:{alternatives(data['workforce_cuts'])})[ ]+"
            rf"(?:(?:about|around|some|nearly|almost|over|more[ ]+than|another)[ ]+)?\d[\d,.]*(?:-odd|%)?[ ]+"
            rf"(?:of[ ]+its[ ]+)?(?:[a-z-]+[ ]+)?(?:{alternatives(data['workforce_nouns'])})\b"),
        market_word=re.compile(rf"(?<!\w)(?i:{alternatives(data['market_words'])})(?!\w)"),
        results_between=rf"\s+(?:\d{{1,3}}\s*[-–]\s*\d{{1,3}}|{alternatives(data['team_results_after'] + data['sides_of_a_result'])})\s+(?:the\s+)?",
        outlet_cited=re.compile(
            rf"\b(?i:{alternatives(data['citing_before'])})(?:\s+(?:©\s*)?\d{{4}})?\s+{CITED_NAME}(?![\w’'&-])"
            rf"|(?<![\w’'&-]){CITED_NAME}(?=,?\s+(?:{alternatives(data['citing_after'])})\b"
            rf"|\s+(?:{alternatives(data['citing_at_clause_end'])})[ \t]*[.;](?!\w))"),
        venue_after=re.compile(rf"[ \t]+(?:[A-Z][\w’'&.-]*[ \t]+){{0,2}}(?:{venue_heads})\b"),
        results_before=re.compile(rf"\b(?:{alternatives(data['team_results_before'])})\s+(?:the\s+)?$"),
        results_after=re.compile(
            rf"^\s+(?:{alternatives(data['team_results_after'])})\s+(?:the\s+)?(?:[A-Z]|\d{{1,2}}[-–]\d)"),
        side_noun_after=re.compile(rf"\s+(?:{alternatives(data['side_nouns'])})\b"),
        score_line=score_line(data["result_labels"]))

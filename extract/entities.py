"""Organisation and person mentions: the model's entities, corrected by general rules.

The small English model mislabels and mis-cuts names in ways that follow
patterns: "Shona Robinson MSP" as ORG, "Dumfries" cut from "Dumfries and
Galloway Council", "GMB Scotland’s" with its possessive, a union name taken
for a person, a lowercase word taken for a name. Each rule here fixes one
such pattern for any text, not for a given article.

Where a name starts and ends is mended in name_edges.py; the shapes of names the rules share
(head words, legal suffixes, acronyms) are in name_patterns.py, and the Mention record with
its overlap index in mentions.py. What the words around a name say is read in name_context.py;
bodies of the state the model misses are found in public_bodies.py, people it misses in
missed_people.py; picture credits are read in credits.py, the article's full names indexed in
full_names.py, and the well-known organisations list in known_names.py. The gates that decide
what stays an organisation or a person (org_evidence.py, name_evidence.py, person_evidence.py,
products.py) build on those modules, and this one runs them.
"""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from extract import credits, name_evidence as evidence, org_evidence, page_furniture, people_marks, products
from extract.canonical import part_of
from extract.credits import credited_names
from extract.full_names import FullNames, lone_unknown_name
from extract.gazetteer import Gazetteer, first_name_gender, name_key, without_accents
from extract.joined_names import (body_before_its_organ, complements_cut_at_and, firms_of_two_names, halves_of_one_name,
                                  person_and_company,
                                  remits_before_body, remits_of_one_body,
                                  listed_names_side_by_side, model_org_spans, names_joined_in_list, names_opened_by_their_initials, person_run_into_body, names_written_apart, nicknamed_people,
                                  opens_paired_kind, people_side_by_side,
                                  run_on_ends, two_named_bodies)
from extract.known_names import (find_known_organisations, find_recased_known_organisations, seats_of_government,
                                 well_known_as_written)
from extract.lexicon import is_plain_token, is_plain_word
from extract.mentions import Mention, Spans, dedupe, overlaps
from extract.missed_people import (acronyms_used_elsewhere, full_names_of_lone_words, listed_full_names_missed,
                                   names_after_surname_titles, people_shown_by_context,
                                   last_names_left_out, people_the_model_labelled_otherwise, scorers_after_results,
                                   surnames_left_out, surnames_used_elsewhere)
from extract.name_context import (WEB_ADDRESS, WORD_BEFORE, ends_in_body_word, in_title_case_line, is_plain_word_name,
                                  listed_together, names_an_office, person_shape, person_word_before,
                                  place_opening_outlet, preceding_word, sentence_start)
from extract.name_edges import (NUMBERED_NAME, with_town_upon, after_opening_kind, with_place_opening, bodies_owned_by_bodies, after_title, before_glued_line, fix_edges,
                                strip_titles, whole_hyphenated_name, with_abbreviation_stop, with_saints_institution, with_compass_region,
                                with_given_name_after_courtesy,
                                with_lowercase_trust, with_opening_numeral, numbered_branches, with_prefixed_surname, with_royal_title)
from extract.name_patterns import (ACRONYM, INNER_POSSESSIVE, LABELS, LEGAL_SUFFIXES, NAME_CONNECTORS, ORG_HEAD_WORD,
                                   ORG_NAME, PERSON_SUFFIXES, POSSESSIVE, STATE_AFTER)
from extract.org_words import word_lists
from extract.public_bodies import (PORTFOLIOS, courts_of_circuits, government_of_party_colour, councils_named_by_place, holders_after_portfolios, legislature,
                                   ministries_of_portfolios,
                                   lone_chambers_untagged, nation_branches, parties_before_offices,
                                   portfolio_of_minister, seat_of_member, without_things_of_councils)


# A job written between capitalised words: the words around it are a holder's job and the bodies
# of it, never one name ("the Chairman and CEO of the Emirates Group", "the Director and Deputy
# Director of the National Investment Bank", "Director of Communications of the New Patriotic Party").
JOB_INSIDE = re.compile(r"\b(?:CEO|CFO|COO|CTO|Chairman|Chairwoman|Chairperson|Director|Deputy)\b")
NOT_NAME_POS = {"SCONJ", "ADV", "DET", "PRON", "VERB", "AUX", "CCONJ", "ADP", "INTJ"}


def find_mentions(doc, gazetteer: Gazetteer, text: str | None = None) -> list[Mention]:
    """ORG and PERSON mentions with corrected labels and edges, sorted by position.

    ``text`` is ``doc.text`` when the caller has it: spaCy rebuilds that string on every access.
    """
    text = doc.text if text is None else text
    titles = gazetteer.titles
    spans = [(label, *without_leading_function_words(doc, start, end, gazetteer.plain_words))
             for e in doc.ents for item in list_items(text, e.label_, e.start_char, e.end_char, gazetteer)
             for joined in person_joined_to_body(text, *item, gazetteer)
             for owned in owner_and_person(text, e.label_, *joined, gazetteer)
             for honoured in around_honorific(text, *owned, gazetteer)
             for member in member_after_office(text, *honoured, gazetteer)
             for label, start, end in [name_after_inner_office(text, *member, gazetteer)]]
    mentions = [m for m in (fix_edges(text, label, start, end, titles, gazetteer.job_nouns)
                            for label, start, end in spans) if m]
    mentions = with_town_upon(text, mentions)  # "Newcastle" | "upon" | "Tyne Hospitals NHS Foundation Trust"
    mentions += bodies_owned_by_bodies(text, spans)  # "the London Assembly’s Budget and Performance Committee"
    mentions = [after_title(text, before_glued_line(text, m, gazetteer.line_openers), gazetteer.honorifics)
                for m in mentions]
    mentions = [with_royal_title(text, m, gazetteer.name_titles) for m in mentions]
    mentions = [whole_hyphenated_name(text, m) for m in mentions]
    saints_bodies = gazetteer.organisation_last_words | word_lists(gazetteer).site_heads
    mentions = [with_saints_institution(text, m, saints_bodies) for m in mentions]
    mentions = [with_prefixed_surname(text, m) for m in mentions]
    mentions = [with_given_name_after_courtesy(text, m, titles) for m in mentions]
    mentions = surnames_left_out(text, mentions, gazetteer)
    mentions = last_names_left_out(doc, text, mentions, gazetteer)  # "Chia Der" | "Jiun"
    mentions = [with_compass_region(text, with_lowercase_trust(text, m)) for m in mentions]
    mentions = [m for m in mentions if m.label in LABELS or gazetteer.label_of(m.text)]
    mentions = merge_org_names(doc, text, mentions, gazetteer)
    mentions = names_cut_at_of(doc, text, mentions, gazetteer)  # "U.S. Department" | "of the Interior"
    mentions = [with_place_opening(doc, text, m, gazetteer) for m in mentions]  # "Emirates" | "District Cooling"
    mentions = ministries_of_portfolios(text, mentions, gazetteer)
    mentions = [after_opening_kind(text, m, gazetteer.opening_kinds) for m in mentions]
    mentions = holders_after_portfolios(text, mentions, gazetteer)
    mentions = without_things_of_councils(text, mentions)
    mentions += councils_named_by_place(doc, text, mentions)
    mentions += lone_chambers_untagged(text, mentions)
    placed = [with_first_place(doc, text, m, gazetteer, mentions) for m in mentions]
    grown = Spans([p for p, m in zip(placed, mentions) if p is not m])  # "Perth" PERSON inside "Perth and Kinross Council"
    mentions = [p for p in placed if not any(g is not p and g.start <= p.start and p.end <= g.end
                                             for g in grown.overlapping(p))]
    mentions = [with_first_noun_of_kind(text, m, gazetteer) for m in mentions]
    mentions = [part for m in mentions for part in names_written_apart(text, m, mentions, gazetteer)]
    mentions = [part for m in mentions for part in names_joined_in_list(text, m, mentions, gazetteer)]
    mentions = person_and_company(text, firms_of_two_names(text, mentions, gazetteer), gazetteer)
    mentions = complements_cut_at_and(text, mentions, gazetteer)
    mentions = [part for m in mentions for part in listed_names_side_by_side(m, gazetteer)]
    mentions = [part for m in mentions for part in person_run_into_body(text, m, gazetteer)]
    known = missed_known_names(text, mentions, gazetteer)
    mentions = [m for m in mentions if not any((m.start, m.end) == (k.start, k.end) for k in known)] + known
    mentions = [relabel(without_kind_of_body(m, gazetteer), gazetteer) for m in mentions]
    mentions = nation_branches(text, [body_before_its_organ(m, gazetteer) for m in mentions
                                      if not government_of_party_colour(m, gazetteer)], gazetteer)
    mentions = with_opening_numeral(text, mentions)
    mentions = numbered_branches(text, mentions, word_lists(gazetteer).numbered_branches)
    mentions = [person_after_numbered_seat(m, gazetteer) for m in mentions]
    mentions = [m for m in mentions if m.label in LABELS and plausible(m, text, gazetteer, doc)]
    mentions = courts_of_circuits(text, mentions)  # "U.S. Court of Appeals" | "for the Fourth Circuit"; "9th" opens one
    mentions = evidence.common_acronyms(doc, mentions)
    mentions = evidence.without_opening_gerund(doc, mentions, gazetteer)
    places = places_named(doc)
    mentions = [person_inside_organisation(text, person_after_title(m, gazetteer), gazetteer, places) for m in mentions]
    mentions = people_marks.people_in_apposition(doc, text, mentions, gazetteer)
    mentions = people_marks.people_after_posts(text, mentions, gazetteer)
    systems = evidence.health_systems_untagged(text, mentions, gazetteer)  # "Deaconess" gives way to its whole name
    mentions = [m for m in mentions if not any(s.start <= m.start and m.end <= s.end for s in systems)] + systems
    mentions += evidence.organisations_after_nouns(doc, text, mentions, gazetteer)
    mentions += evidence.outlets_spoken_to(doc, text, mentions, gazetteer)
    mentions += people_marks.people_after_jobs(doc, text, mentions, gazetteer)
    mentions = people_marks.people_by_age(text, mentions)
    mentions += people_marks.untagged_people_by_age(text, mentions, gazetteer)
    mentions += full_names_of_lone_words(text, mentions, gazetteer, people_marks.aged_names(text, mentions))
    mentions += listed_full_names_missed(text, mentions, gazetteer)
    mentions += people_the_model_labelled_otherwise(doc, text, mentions, gazetteer)
    mentions = relabel_from_context(mentions, gazetteer, places)
    mentions = companies_without_first_names(text, mentions, gazetteer)
    mentions = people_marks.people_in_lists(text, mentions, gazetteer)
    mentions = people_marks.people_by_job_or_tally(doc, text, mentions, gazetteer)
    mentions = evidence.without_hashtag(text, people_marks.people_in_tables(doc, text, mentions))
    mentions = [team_or_firm(text, m, gazetteer) for m in mentions]
    mentions = named_after_organisation_noun(text, mentions, gazetteer)
    mentions = [m for m in mentions if legislature(doc, m) or not part_of_capitalised_role(text, m, gazetteer)]
    mentions = people_marks.surnames_after_initialled_titles(text, mentions, gazetteer)  # "CJP Isa" after "CJP Qazi Faez Isa"
    # The next four steps relabel or drop one-word names only: the full names stay the same.
    names = FullNames.of(mentions)
    mentions = [body_not_person(text, m, names) for m in mentions]
    shown = people_shown_by_context(doc, text, mentions, names, gazetteer)
    mentions = short_forms_of_organisations(text, mentions, names, gazetteer)
    mentions = short_forms_of_care_providers(mentions, gazetteer)
    mentions = [m for m in mentions if gazetteer.label_of(m.text) or m.text in shown
                or not lone_unknown_name(m, names)]
    mentions = evidence.names_of_things(text, mentions, gazetteer)
    mentions = evidence.names_of_vessels(text, mentions, gazetteer)
    mentions = products.without_products(text, mentions, gazetteer)
    mentions = people_marks.plain_phrases_as_people(text, mentions, gazetteer)
    mentions = people_marks.leaders_naming_governments(doc, text, mentions, gazetteer)  # "the Legault government"
    mentions = evidence.titles_of_works(text, mentions)
    mentions = page_furniture.sections_of_the_day(text, page_furniture.datelines(text, mentions))
    mentions = evidence.places_of_residence(text, mentions)
    mentions = evidence.places_in_addresses(doc, text, mentions, gazetteer)
    mentions = evidence.common_words_opening_sentences(doc, text, mentions, gazetteer)
    mentions = evidence.capitalised_common_words(doc, text, mentions, gazetteer)
    mentions = evidence.plain_words_capitalised_by_position(doc, text, mentions, gazetteer)
    mentions = page_furniture.headline_phrases(text, mentions, gazetteer)
    mentions = page_furniture.subheadings_about_bodies(text, mentions, gazetteer)
    mentions += [m for m in evidence.organisations_in_lists(doc, mentions, gazetteer)
                 if plausible(m, text, gazetteer, doc)]
    mentions = halves_of_one_name(doc, text, mentions, gazetteer)  # "U.S. Immigration" | "and Customs Enforcement"
    mentions = evidence.whole_names_in_lists(text, mentions, gazetteer)
    mentions = remits_before_body(text, mentions, gazetteer)
    mentions = names_opened_by_their_initials(text, mentions)  # "Kenya Medical Practitioners, " | "Pharmacists and Dentists Union (KMPDU)"
    mentions = evidence.places_in_lists(doc, mentions, gazetteer)
    mentions += acronyms_used_elsewhere(text, mentions, doc)
    mentions += surnames_used_elsewhere(text, mentions, gazetteer.titles)
    mentions += names_after_surname_titles(text, mentions, gazetteer)
    mentions = credits.photographers_before_credits(text, mentions, gazetteer)
    mentions = page_furniture.bylines_in_capitals(text, mentions, gazetteer)
    mentions = page_furniture.writers_in_bylines(text, mentions, gazetteer)
    mentions = evidence.names_with_possessive_s(doc, text, dedupe(mentions))
    mentions = org_evidence.gate(doc, text, mentions, gazetteer)  # an ORG needs the text's word for it
    mentions = with_credited_sources(text, mentions, gazetteer)  # a credit is that word
    mentions = credits.photographers_in_credits(text, mentions, gazetteer)  # and its photographer a person
    mentions = credits.names_glued_to_outlets(text, mentions, gazetteer)  # "JANE DOE/Stuff": the person
    mentions += parties_before_offices(text, mentions, gazetteer)  # "the Tory MSP" is that word too
    mentions += evidence.platform_named_x(text, mentions, gazetteer)  # "his X account": the letter names it there
    mentions += scorers_after_results(text, mentions, word_lists(gazetteer).score_line)  # "(Stokes; Curran)"
    mentions = [m for m in mentions if not portfolio_of_minister(text, m) and not seat_of_member(text, m)]
    mentions = nicknamed_people(text, mentions, gazetteer)  # "Ronald “Bato” Dela Rosa" is one person
    mentions = people_side_by_side(text, mentions)  # so is "Paa Kwesi" "Bekoe Amissah-Arthur"
    return sorted(mentions, key=lambda m: (m.start, -m.end))


CURRENCY_BEFORE = re.compile(r"[$£€¥][ \t]?$")  # a currency sign right before a name
DATE_BEFORE = re.compile(r"(?<!\d)\d{4}-\d{2}-\d{2}\s+$")  # an ISO date, not a measure
# "a 2008 High Court jury award": a year before a body's name dates what the body did; no unit has a
# body's head word ("3 GW")
YEAR_BEFORE = re.compile(r"(?<![\d.,])(?:19|20)\d\d[ \t]+$")
# A company's legal suffix, or a person's "Jr"/"Sr", after a comma ends the name before it.
COMPANY_SUFFIX_AFTER_COMMA = re.compile(rf"(?:{LEGAL_SUFFIXES}|Jr|Sr)\b\.?")


def list_items(text: str, label: str, start: int, end: int, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """"Pixar, Marvel Entertainment" as one span: a list of names, each its own.

    A comma stays inside a name before a company suffix ("Dick Clark Productions, Inc."),
    inside one defined by its initials ("Ministry of Trade, Industry and Energy (MOTIE)") and
    inside a department's list of portfolios ("Department of Jobs, Enterprise & Innovation") or a
    body's list of remits ("Innovation, Science and Economic Development Canada")."""
    name = text[start:end]
    if label not in LABELS or ", " not in name or re.match(r"\s*\([A-Z]{2,}", text[end:end + 4]) \
            or PORTFOLIOS.fullmatch(name) or remits_of_one_body(name, gazetteer) \
            or name.endswith(" (" + name[-1:]) or re.search(r"\([A-Z]{2,}$", name):
        return [(start, end)]
    items, position = [], start
    for part in name.split(", "):
        if items and COMPANY_SUFFIX_AFTER_COMMA.match(part):
            items[-1] = (items[-1][0], position + len(part))
        else:
            items.append((position, position + len(part)))
        position += len(part) + 2
    return [(a, b) for a, b in items if b > a]


# "Thibaut Courtois to Real Madrid", "Jeetil Patel of Deutsche Bank": capitalised words (a
# person, maybe after a title), "to" or "of (the)", a capitalised name.
PERSON_JOINED = re.compile(r"([A-Z][\w’'.-]*(?:[ ][A-Z][\w’'-]+){1,4})[ ](to|of)[ ](?:the[ ])?(?=[A-Z])")


def person_joined_to_body(text: str, start: int, end: int, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """"the move of Thibaut Courtois to Real Madrid", "said Jeetil Patel of Deutsche Bank" as one
    span: a person and where he goes or works, two names. A body's name with "to" in it opens with a
    word of its kind ("Campaign to Protect Rural England"); one with "of" has a single word, a title
    or a head word before it ("Bank of England", "Duke of Edinburgh", "Royal College of Nursing")."""
    joined = PERSON_JOINED.match(text, start, end)
    if not joined:
        return [(start, end)]
    words = joined.group(1).split()
    if words[0] in ("The", "the"):
        return [(start, end)]  # "The Friends of Adlington Library": no person's name opens with "the"
    while words and words[0].rstrip(".").lower() in gazetteer.person_words:  # "Dr Jane Doe of ...", "Analyst Tom Ellis of ..."
        words = words[1:]
    if joined.group(2) == "to":
        is_person = len(words) in (2, 3) and gazetteer.is_first_name(words[0])
    else:
        is_person = person_shape(words, gazetteer) and body_after_of(text[joined.end():end], gazetteer)
    return [(start, joined.end(1)), (joined.end(), end)] if is_person else [(start, end)]


def owner_and_person(text: str, label: str, start: int, end: int, gazetteer: Gazetteer) -> list[tuple[str, int, int]]:
    """"Unison’s Dave Prentis", "the Educational Institute of Scotland’s Alison Murphy": news copy
    puts a person after the body he speaks for, with a possessive; two names, the second a person's
    when it opens with a given name ("Jeff Bezos’s Blue Origin" keeps its owner and owned)."""
    inner = INNER_POSSESSIVE.search(text, start, end)
    if not inner:
        return [(label, start, end)]
    words, owner = text[inner.end():end].split(), text[start:inner.start()].split()
    if not (words and owner and owner[-1][:1].isupper() and gazetteer.is_first_name(words[0])
            and person_shape(words, gazetteer)):
        return [(label, start, end)]  # "the city’s Hoa Lo prison": a place owned by a common noun
    return [(label, start, inner.start()), ("PERSON", inner.end(), end)]


# "Rt Hon", "Rt. Hon.", "the Right Honourable": the style of a privy counsellor or a member, before a name.
RIGHT_HONOURABLE = re.compile(r"\b(?:Rt|RT|Right)\.?[ \t]+(?:Hon|HON|Honourable|Honorable)\b\.?[ \t]*")
# A courtesy or academic title inside a span, before a capitalised name: "NHS Fife Dr Jane Doe".
INNER_TITLE = re.compile(r"(?<=\w[ \t])(?:Dr|Prof|Professor|Cllr|Councillor|Sir|Dame)\.?[ \t]+(?=[A-Z][a-z])")


def around_honorific(text: str, label: str, start: int, end: int, gazetteer: Gazetteer) -> list[tuple[str, int, int]]:
    """"the Speaker of the House of Commons Rt Hon Lindsay Hoyle", "the Rt Hon Keir Starmer MP": what
    follows the style is a person's name, whatever the model's label; what comes before it is the
    body the office belongs to, a name of its own where it ends in a body's head word. The model
    may stop at the style ("the House of Representatives Rt. Hon. B. U. Nzeribe"). A title such as "Dr" or
    "Prof" inside a span parts a body from a person the same way, where what comes before it is a
    body's name ("the University of Glasgow Prof Jane Doe"; not "Dr Martens", a title opening it)."""
    style = RIGHT_HONOURABLE.search(text, start, min(len(text), end + 12))
    if style is None or style.start() >= end:
        style = INNER_TITLE.search(text, start, min(len(text), end + 12))
        if style is None or style.start() >= end or not body_name(text[start:style.start()].rstrip(" \t,"), gazetteer):
            return [(label, start, end)]
    before = text[start:style.start()].rstrip(" \t,")
    spans = [("ORG", start, start + len(before))] if before and body_name(before, gazetteer) else []
    if style.end() < end:
        spans.append(("PERSON", style.end(), end))
    return spans


def body_name(name: str, gazetteer: Gazetteer) -> bool:
    name = re.sub(r"^[Tt]he\s+", "", name)
    return bool(ORG_HEAD_WORD.search(name)) or gazetteer.label_of(name) == "ORG" or well_known_as_written(name)


# An office in capitals between a party's name and a member's: "Labour TD Aodhán", "SNP MSP Kenny".
PARTY_OFFICE = re.compile(r"(?<=\w )[A-Z]{2,3}(?= [A-ZÁÉÍÓÚ])")


def member_after_office(text: str, label: str, start: int, end: int, gazetteer: Gazetteer) -> list[tuple[str, int, int]]:
    """"Labour TD Aodhán Ó Ríordáin", "Sinn Féin MLA Aengus Ó Snodaigh" as one span: news copy puts a
    party, the member's office in capitals (aliases.yml party_office_nouns: "TD", "MLA") and the
    member's name in a row: the name is the person's (two words or more). What comes before the
    office is left to the rules that find a listed party on its own ("Labour", "Sinn Féin"), so a
    constituency or "Independent" before it is no body ("Dublin Bay South TD Ivana Bacik")."""
    office = next((m for m in PARTY_OFFICE.finditer(text, start, end)
                   if m.group() in gazetteer.party_office_nouns), None)
    if office is None or office.start() == start or len(text[office.end():end].split()) < 2:
        return [(label, start, end)]
    return [("PERSON", office.end() + 1, end)]


# Capitalised name words right after a span, on the same line ("Ngilu" after "Kitui Governor Charity").
NAME_WORDS_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w’'-]+){1,2}")


def name_after_inner_office(text: str, label: str, start: int, end: int, gazetteer: Gazetteer) -> tuple[str, int, int]:
    """"Kitui Governor Charity Ngilu", "Kano State Governor Abba Yusuf": news copy puts the place
    before an office and the holder after it; where the model's PERSON runs from the place into a
    given name and stops there, the person is the given name and the capitalised words after it."""
    words = list(re.finditer(r"\S+", text[start:end]))
    if label != "PERSON" or not 2 <= len(words) <= 4:
        return label, start, end
    office = next((i for i, w in enumerate(words[1:-1], 1)
                   if w.group()[:1].isupper() and w.group().lower() in gazetteer.office_titles), None)
    first = words[-1].group() if office == len(words) - 2 else ""
    after = NAME_WORDS_AFTER.match(text, end)
    if not (first and gazetteer.is_first_name(first) and after) or ORG_HEAD_WORD.search(after.group()):
        return label, start, end
    return label, start + words[-1].start(), after.end()


def body_after_of(name: str, gazetteer: Gazetteer) -> bool:
    """What follows "of" names a body: a head word, a listed name, initials, or more than one
    capitalised word ("Deutsche Bank", "Unison", "the GMB"; not "Glasgow" nor "Tuesday")."""
    words = name.split()
    return bool(ORG_HEAD_WORD.search(name) or gazetteer.label_of(name) == "ORG"
                or (words and ACRONYM.match(words[0])) or len(words) > 1)


def merge_org_names(doc, text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Organisation names ending in a head word replace the fragments the model cut them into."""
    names = []
    for match in ORG_NAME.finditer(text):
        if in_title_case_line(text, *match.span()):
            continue  # a headline capitalises every word: no name to read from capitals
        if JOB_INSIDE.search(match.group(0)):
            continue  # "the Chairman and CEO of the Emirates Group", "Land Bank CEO and Absa Capital": jobs and bodies
        mention = fix_edges(text, "ORG", *without_leading_function_words(doc, *with_abbreviation_stop(text, match)),
                            gazetteer.titles)
        mention = body_after_person(text, mention, gazetteer) if mention else None
        agency = known_name_after_hyphen(mention) if mention else None
        if agency is not mention:  # the photographer the model tagged keeps his name ("Kirby Lee-USA")
            names += [Mention("PERSON", mention.start, agency.start - 1, text[mention.start:agency.start - 1])
                      for m in mentions if m.label == "PERSON" and m.start == mention.start][:1]
            mention = agency
        parts = two_named_bodies(text, mention, mentions, run_on_ends(doc), model_org_spans(doc)) if mention else []
        if parts == [mention]:
            parts = names_written_apart(text, mention, mentions, gazetteer)
        for part in parts:
            if len(part.text.split()) > 1 and not joins_known_names(part, gazetteer, mentions) \
                    and not inside_longer_model_name(part, mentions):
                names.append(part)
    taken = Spans(names)
    kept = [m for m in mentions if not taken.overlapping(m)]
    return kept + names


# What stands between the two halves of a name the model cut at "of".
OF_BETWEEN = re.compile(r"[ ]of[ ](?:the[ ])?")


def names_cut_at_of(doc, text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"a U.S. Department of the Interior land transfer", "House of Ruth, Inc.", "the University of Ghana
    Branch of UTAG": the model ends a body's name on a word that goes on with "of" (org_evidence.yml
    heads_before_of) and tags what the body is of as a name of its own. Right after "of" (or "of the")
    on the same line, the two are one name."""
    heads = word_lists(gazetteer).heads_before_of
    ents = [e for e in doc.ents if e.label_ in ("ORG", "GPE", "LOC", "FAC")]
    wholes = []
    for left, right in zip(ents, ents[1:]):
        between = OF_BETWEEN.fullmatch(text, left.end_char, right.start_char)
        if left.label_ != "ORG" or not between or left.text.split()[-1] not in heads:
            continue
        whole = fix_edges(text, "ORG", left.start_char, right.end_char, gazetteer.titles)
        if whole and whole.start < left.end_char and whole.end > right.start_char:
            wholes.append(whole)
    if not wholes:
        return mentions
    taken = Spans(wholes)
    return [m for m in mentions if not taken.overlapping(m)] + wholes


def with_first_place(doc, text: str, mention: Mention, gazetteer: Gazetteer, mentions=()) -> Mention:
    """"Brighton and Hove City Council", "Shrewsbury and Telford Hospital Trust", "the Argyll and Bute IJB":
    a body named for two places, of which the model tagged only the second with the body's head word
    or initials. The first is a place the model tagged, or a lone word it left untagged or took for
    a person's name ("Perth and Kinross Council said", "the Dumfries and Galloway HSCP") that is no
    given name, nobody's surname here and no body's name. A listed body after a place ("the UK and
    Scottish Government") is a name of its own."""
    # (a lone head word or initials is a name of its own after "and": "between UTAG and NLC")
    if text[max(0, mention.start - 5):mention.start] != " and " or gazetteer.label_of(mention.text) \
            or " " not in mention.text:
        return mention
    last = mention.text.split()[-1]
    # (not a listed body's own initials: "Suffolk and Essex NHS boss" names no body of two places)
    if not (ORG_HEAD_WORD.fullmatch(last) and mention.label == "ORG" or body_initials(text, last)
            and not (gazetteer.label_of(last) or well_known_as_written(last))):
        return mention
    place = doc.char_span(mention.start - 5, mention.start - 5, alignment_mode="expand")
    token = doc[place.start - 1] if place is not None and place.start else None
    if token is None or token.idx + len(token.text) != mention.start - 5:
        return mention
    if token.ent_type_ == "GPE":
        start = next(e.start_char for e in doc.ents if e.start <= token.i < e.end)
    elif first_place_word(doc, token, mentions, gazetteer):
        start = token.idx
    else:
        return mention
    return Mention("ORG", start, mention.end, text[start:mention.end])


def body_initials(text: str, word: str) -> bool:
    """"IJB", "HSCP": initials that end a body's name, which the article also writes as a noun of
    their own ("the IJB will meet"); a team's "FC" or a person's "MSP" never stands so."""
    return bool(ACRONYM.match(word)) and word not in PERSON_SUFFIXES \
        and re.search(rf"(?<![\w’'-])[Tt]he[ ]{re.escape(word)}(?![\w’'-])", text) is not None


def first_place_word(doc, token, mentions, gazetteer: Gazetteer) -> bool:
    """The lone capitalised word opening a name of two places, which the model did not call a body:
    no given name, no surname of a person the article names, no listed body, and no word before it
    that the name could run on from (a capitalised word, a comma's list)."""
    word = token.text
    before = doc[token.i - 1] if token.i else None
    surnames = {m.text.split()[-1] for m in mentions if m.label == "PERSON" and len(m.text.split()) > 1}
    return word[:1].isupper() and word.isalpha() and not ACRONYM.match(word) and token.ent_type_ in ("", "PERSON") \
        and first_name_gender(word) is None and word not in surnames \
        and not (gazetteer.label_of(word) or well_known_as_written(word)) \
        and (before is None or token.is_sent_start or before.lower_ == "the"
             or not (before.text[:1].isupper() or before.text in (",", "&")))


# The first noun of a kind named by two nouns, and the capitalised words naming the place before it:
# "the West Dunbartonshire Health and " before "Social Care Partnership".
FIRST_NOUN_BEFORE = re.compile(r"((?:[A-Z][\w’'-]*[ ])*)([A-Za-z]+)[ ]and[ ]$")


def with_first_noun_of_kind(text: str, mention: Mention, gazetteer: Gazetteer) -> Mention:
    """"HEALTH and Social Care Partnership chief officer": the model took only the words after the
    "and" of a kind of body named by two nouns; the noun before it, and the place's name before
    that, belong to the name."""
    before = FIRST_NOUN_BEFORE.search(text, max(0, mention.start - 80), mention.start)
    if mention.label != "ORG" or not before or not opens_paired_kind(before.group(2), mention.text, gazetteer):
        return mention
    start = before.start(2) if not before.group(1) else before.start(1)
    start += 4 if text[start:start + 4] in ("The ", "the ") else 0
    return Mention("ORG", start, mention.end, text[start:mention.end])


def known_name_after_hyphen(mention: Mention) -> Mention:
    """"Mandatory Credit: Kirby Lee-USA TODAY Sports": a photo credit joins the photographer to
    the agency with a hyphen; a well-known organisation after the hyphen is the whole name."""
    for hyphen in re.finditer("-", mention.text):
        rest = mention.text[hyphen.end():]
        if well_known_as_written(rest):
            return Mention(mention.label, mention.start + hyphen.end(), mention.end, rest)
    return mention


INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\.[ ])+$")


def body_after_person(text: str, mention: Mention, gazetteer: Gazetteer) -> Mention | None:
    """"said Jeetil Patel of Deutsche Bank" read as one name ending in a head word: the body
    is only the part after "of"; the person before it keeps the model's tag. A name's shape has
    no full stop, so it starts after a middle initial ("Nicole M. Argentieri of the Justice
    Department’s"): the initial is read with the surname."""
    initials = INITIALS_BEFORE.search(text, max(0, mention.start - 12), mention.start)
    start = initials.start() if initials else mention.start
    parts = person_joined_to_body(text, start, mention.end, gazetteer)
    return mention if len(parts) == 1 else fix_edges(text, "ORG", *parts[1], gazetteer.titles)


def without_leading_function_words(doc, start: int, end: int, plain_words=frozenset()) -> tuple[int, int]:
    """Drop a capitalised sentence opener ("Although the Scottish Government"), not a
    capitalised word of no language the tagger took for a verb ("Deokkyun Yoon")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return start, end
    for token in span:
        if token.pos_ == "PROPN" or (token.pos_ not in NOT_NAME_POS and token.text.lower() != "the"
                                     and not (token.pos_ == "NOUN" and followed_by_of(token))) \
                or unknown_capitalised_word(token, plain_words) or given_name_mid_sentence(token, span):
            return max(start, token.idx), end
    return end, end


def unknown_capitalised_word(token, plain_words) -> bool:
    """"Deokkyun", not "Although" nor "Contacting" (whose lemma is a word of the language)."""
    word = token.text
    return bool(plain_words) and word[:1].isupper() and word[1:].islower() and word.isalpha() \
        and word.lower() not in STOP_WORDS and not is_plain_token(token, plain_words)


def given_name_mid_sentence(token, span) -> bool:
    """"deputy chief constable Will Kerr said", "councillor May Brown": a capitalised word the tagger
    read as a verb, in the middle of a sentence after a lowercase word and before a capitalised one
    of the name, is a given name; only a sentence's first word is capitalised for its position."""
    i = token.i
    return token.is_title and i > 0 and i + 1 < span.end and not token.is_sent_start \
        and token.nbor(-1).is_lower and token.nbor(1).is_title


def followed_by_of(token) -> bool:
    return token.i + 1 < len(token.doc) and token.nbor(1).text == "of"


def joins_known_names(mention: Mention, gazetteer: Gazetteer, mentions=()) -> bool:
    """"COSLA and Scottish Government" is two organisations, not one; so are "NHS Highland and
    Argyll and Bute Council" (a well-known name first) and "Big Machine and Dick Clark Productions"
    when the model tagged "Big Machine" on its own elsewhere (not "Dumfries" inside this very
    "Dumfries and Galloway Council")."""
    left, sep, _ = mention.text.partition(" and ")
    # (the whole name written elsewhere is no shorter name of its own)
    return bool(sep) and (bool(ACRONYM.match(left)) or gazetteer.label_of(left) is not None
                          or well_known_as_written(left)
                          or any((m.text == left or m.text.startswith(left + " ")) and not overlaps(m, mention)
                                 and m.text != mention.text for m in mentions))


def missed_known_names(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Organisations the model did not tag as such: names listed in aliases.yml, and
    well-known organisations (known_organisations.yml) standing as a name of their own.

    The model often calls a famous body a place or a person ("at Ubisoft" GPE, "Kosmos"
    PERSON) or misses it. A well-known name replaces the model's person of the same span
    (the caller drops it) unless the article uses the word as a person's name."""
    found = [Mention("ORG", match.start(), match.end(), match.group())
             for match in gazetteer.surface_pattern("ORG").finditer(text)]
    # "Kirstjen Nielsen … Nielsen said": a well-known name that ends a person's name here is hers
    surnames = {m.text.split()[-1] for m in mentions if m.label == "PERSON" and len(m.text.split()) > 1}
    # the model's own PERSON at a sentence's start says the capital there is a name's, not the sentence's
    named = {(m.start, m.end) for m in mentions if m.label == "PERSON" and not m.titled}
    well_known = [m for m in well_known_names(text, gazetteer, named) if m.text not in surnames]
    # A listed name wins over the model's shorter cut of it ("Liberal" in "Liberal Democrat").
    taken = Spans(mentions)
    found = [f for f in found if not any(m.end - m.start >= f.end - f.start for m in taken.overlapping(f))]
    taken = Spans(mentions + found)
    return found + [f for f in well_known if not any(
        m.end - m.start > f.end - f.start or (m.start, m.end) == (f.start, f.end)
        and (m.label != "PERSON" or m.titled or not replaces_person(f.text, text, gazetteer))
        for m in taken.overlapping(f))]


def well_known_names(text: str, gazetteer: Gazetteer, named=frozenset()) -> list[Mention]:
    """Each whole-word occurrence, as written, of a name in known_organisations.yml that is not
    part of a longer capitalised name ("Harvard Business School", "New Vox"); a name that is
    also a word of the language ("Stripe", "Billboard") counts only away from a sentence's start,
    or there where the model tagged that very span as a person's name (``named``: "Stagecoach says
    the move …" read as a person), which a plain word opening a sentence never gets."""
    found = []
    for start, end in find_known_organisations(text):
        name = text[start:end]
        if (NAME_WORD_AFTER.match(text, end) and not job_after(text, end, gazetteer)) \
                or capitalised_word_before(text, start):
            continue
        if len(name.split()) == 1 and is_plain_word_name(name, gazetteer) and sentence_start(text, start) \
                and (start, end) not in named:
            continue
        # "the Westminster government": a seat's name before the word for the government it holds names that government
        government = GOVERNMENT_AFTER.match(text, end) if name in seats_of_government() else None
        end = government.end() if government else end
        found.append(Mention("ORG", start, end, text[start:end]))
    # "Berlin with Easyjet": a listed name recased, where the word is no word of the language nor a given name
    for start, end in find_recased_known_organisations(text):
        name = text[start:end]
        if not (is_plain_word_name(name, gazetteer) or gazetteer.is_first_name(name)
                or NAME_WORD_AFTER.match(text, end) or capitalised_word_before(text, start)):
            found.append(Mention("ORG", start, end, name))
    return found


NAME_WORD_AFTER = re.compile(r"[ \t]+(?:[A-Z][a-z]|of\s+[A-Z]|&)")
GOVERNMENT_AFTER = re.compile(r"[ \t]+government\b")
WORD_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\b")


def job_after(text: str, end: int, gazetteer: Gazetteer) -> bool:
    """"NHS Lothian Chief Executive Calum Campbell": a capitalised job after the name does not
    make it part of a longer name."""
    word = WORD_AFTER.match(text, end)
    return bool(word) and word.group(1).lower() in gazetteer.person_words


def capitalised_word_before(text: str, start: int) -> bool:
    """"New Vox", "Ivy League Harvard": a capitalised word right before, in the same line, that
    opens no sentence and owns nothing ("Kazakhstan’s Air Astana" stands alone)."""
    before = WORD_BEFORE.search(text, max(0, start - 40), start)
    if not before or not before.group(1)[0].isupper() or POSSESSIVE.search(before.group(1)):
        return False
    return not sentence_start(text, before.start(1))


def replaces_person(name: str, text: str, gazetteer: Gazetteer) -> bool:
    """A well-known name the model tagged PERSON is the body unless it is a given name
    ("Zara", "Dell") or the article writes it after a first name ("Michael Dell")."""
    if len(name.split()) == 1 and gazetteer.is_first_name(name):
        return False
    return not any(gazetteer.is_first_name(m.group(1))
                   for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(name)}\b", text))


def without_kind_of_body(mention: Mention, gazetteer: Gazetteer) -> Mention:
    """"members of the Unite union", "the GMB union": a listed union's name before the lowercase word
    for its kind is the union's name; the word only says what the name is."""
    name, _, kind = mention.text.rpartition(" ")
    if mention.label == "ORG" and kind in ("union", "unions") and gazetteer.label_of(name) == "ORG":
        return Mention("ORG", mention.start, mention.start + len(name), name, mention.titled)
    return mention


def relabel(mention: Mention, gazetteer: Gazetteer) -> Mention:
    known = gazetteer.label_of(mention.text)
    if known and known != mention.label:
        return Mention(known, mention.start, mention.end, mention.text)
    return mention


# "according to the Premier League": a source cited by name
CITED_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.I)


def league_acting_as_body(text: str, mention: Mention, gazetteer: Gazetteer) -> bool:
    """"The Premier League has confirmed the fines", "according to the Premier League": a league the
    alias file lists as a competition (never a body in "three Premier League titles") is its governing
    body where it speaks or decides, or is cited as a source."""
    if mention.label != "ORG" or not mention.text.endswith("League"):
        return False
    acted = word_lists(gazetteer).acts_after.match(text[mention.end:mention.end + 80])
    # (a possessive is no act: "the Premier League’s top scorer" is the competition's)
    return bool(acted and not acted.group().startswith(("’", "'"))
                or CITED_BEFORE.search(text, max(0, mention.start - 20), mention.start))


def person_after_numbered_seat(mention: Mention, gazetteer: Gazetteer) -> Mention:
    """"District 6 Councilmember Ray Lopez", "Ward 3 Alderman Jo Reyes": US copy puts a numbered
    seat and the title before the holder, and the model tags them all as one person, whom a digit
    would then rule out; the person is the given name after the title and what follows it."""
    if mention.label != "PERSON" or not any(c.isdigit() for c in mention.text):
        return mention
    words = list(re.finditer(r"\S+", mention.text))
    for i, word in enumerate(words[:-2]):
        if word.group().lower() in gazetteer.titles and gazetteer.is_first_name(words[i + 1].group()) \
                and not any(c.isdigit() for c in mention.text[words[i + 1].start():]):
            start = mention.start + words[i + 1].start()
            return Mention("PERSON", start, mention.end, mention.text[words[i + 1].start():], True)
    return mention


def plausible(mention: Mention, text: str, gazetteer: Gazetteer, doc=None) -> bool:
    """Drop fragments: lowercase words, numbers, units, role abbreviations, buildings, schemes,
    places, documents and products."""
    words = mention.text.split()
    if not words or not (mention.text[0].isupper() or NUMBERED_NAME.match(mention.text)
                         or well_known_as_written(mention.text)):
        return False  # "eBay", "iMore", "49ers" are written so by their owners: a listed name passes
    if mention.label == "PERSON" and any(c.isdigit() for c in mention.text):
        return False
    if mention.text[:1].isdigit() and CURRENCY_BEFORE.search(text, max(0, mention.start - 2), mention.start):
        return False  # "Funding Tops $3M", "another $3M in grants": an amount, not the company 3M
    if re.search(r"\d\s*$", text[max(0, mention.start - 3):mention.start]) \
            and not COMPANY_SUFFIX_AFTER_COMMA.fullmatch(words[-1]) \
            and not (YEAR_BEFORE.search(text, max(0, mention.start - 6), mention.start)
                     and mention.label == "ORG" and ORG_HEAD_WORD.search(mention.text)) \
            and not (DATE_BEFORE.search(text, max(0, mention.start - 12), mention.start)
                     and not is_plain_word_name(mention.text, gazetteer)):
        return False  # "3 GW", "10 MW": a unit after a number ("1996-98 AccuSoft Inc." is a copyright line;
        # "date 2022-09-30 Shaktikanta Das": a page's date line runs into its first sentence, whose
        # capitalised first word, "Councillors have urged", is still no name)
    if mention.text in gazetteer.not_names and not league_acting_as_body(text, mention, gazetteer) \
            or not any(c.isalpha() for c in mention.text):
        return False
    if gazetteer.lookup(mention.label, mention.text):
        return True
    if mention.text.endswith("+"):
        return False  # "Disney+", "Apple TV+": a product
    if REFERENCE_CODE.search(mention.text):
        return False  # "the suit, with Number FHC/ABJ/03/095/2018": a case's or a file's number, no name
    if WEB_ADDRESS.search(mention.text) and not COMPANY_SUFFIX_AFTER_COMMA.fullmatch(words[-1]):
        return False  # "LiveNation.com", "onmeth.com": an address, not the body behind it ("Salesforce.com Inc" is)
    if mention.label == "ORG" and (ORG_HEAD_WORD.fullmatch(mention.text) and not legislature(doc, mention)
                                   or CATEGORY_LABEL.fullmatch(mention.text)):
        return False  # "the Agency said" refers back to a name; "Group A" strep, "Group D" is a draw
    if mention.label == "ORG" and (kind_of_public_body(words, gazetteer) or names_an_office(mention.text, gazetteer)):
        return False

    if head_word(words) in gazetteer.document_heads:
        return False
    if mention.label == "ORG" and well_known_as_written(mention.text):
        return True  # a listed body's last word names no building or place ("Companies House", "UK Theatre")
    if words[-1] in gazetteer.place_last_words or head_word(words) in gazetteer.place_last_words:
        return False  # "Southern Ijaw Federal Constituency of Bayelsa"
    if mention.label == "ORG" and street_named_court(words, gazetteer):
        return False
    if words[-1] in gazetteer.not_organisation_heads and not legislature(doc, mention) \
            and not person_with_place_word_surname(doc, text, mention, gazetteer):
        return False
    if mention.label == "PERSON" and (ACRONYM.match(mention.text) or len(mention.text) < 2):
        return False
    if mention.text in gazetteer.region_codes and re.search(r"[a-z.], $", text[max(0, mention.start - 3):mention.start]):
        return False  # "Irving, TX": a state after its town
    state_after = STATE_AFTER.match(text, mention.end, mention.end + 8)
    if state_after and state_after.group(1) in gazetteer.region_codes and not ACRONYM.match(mention.text) \
            and not (mention.label == "PERSON" and state_after.group(1) in PERSON_SUFFIXES):
        return False  # and the town before its state (not "Gibson Grenfell, QC": a lawyer's rank)
    return True


# Letters and digits joined by two or more slashes: a case's or a file's number ("FHC/ABJ/CS/95/2018"),
# not "24/7 Wall St." (one slash) nor "I/B/E/S" (no digit)
REFERENCE_CODE = re.compile(r"(?<!\S)(?=[\w./-]*\d)[A-Z0-9][\w.-]*(?:/[\w.-]+){2,}(?!\S)")


def street_named_court(words: list[str], gazetteer: Gazetteer) -> bool:
    """"Findhorn Court", "Allison Court": a name ending in "Court" with no court's kind before it
    ("Crown", "Sheriff", "High") names a block of flats or a street, as addresses in court reports
    do ("of Findhorn Court, Hawick"); "Court of Session", "the Court" are other shapes."""
    return len(words) > 1 and words[-1] == "Court" and not any(w in gazetteer.court_kinds for w in words[:-1])


# Plural heads that name a kind of public body when only plain words stand before them.
PUBLIC_BODY_PLURALS = ("Unions", "Councils", "Authorities")


def kind_of_public_body(words: list[str], gazetteer: Gazetteer) -> bool:
    """"requested by Trade Unions", "Local Authorities": plain words before a plural public
    body's head name a kind of body, capitalised or not, never one body."""
    return len(words) > 1 and words[-1] in PUBLIC_BODY_PLURALS \
        and all(is_plain_word(w, gazetteer.plain_words) for w in words[:-1])


def person_with_place_word_surname(doc, text: str, mention: Mention, gazetteer: Gazetteer) -> bool:
    """"council leader Cammy Day", "Cammy Day … Mr Day said", "Sir Stephen House": a surname that is
    also a building's or an event's last word ("Day", "Hall", "Park", "House") when a job or a title
    stands right before the two-word name or a title before the surname elsewhere; not "Christmas
    Day" nor "Hampden Park"."""
    words = mention.text.split()
    if mention.label != "PERSON" or len(words) != 2 or not words[0].isalpha():
        return False
    if mention.titled or person_word_before(doc, text, mention.start, gazetteer):
        return True  # "Sir Stephen House’s retirement": a title before the name too
    honorifics = "|".join(sorted(gazetteer.honorifics))
    return re.search(rf"\b(?i:{honorifics})\.?\s+{re.escape(words[1])}\b", text) is not None


# "Group A", "Path C", "Phase 3": a letter or number after a category word labels a category.
CATEGORY_LABEL = re.compile(r"(?:Group|Groups|Path|Pool|Class|Type|Category|Phase|Stage|Tier|Level|Grade|"
                            r"Section|Zone|Division|League|Series|Schedule|Appendix|Table|Figure)\s+[A-Z0-9]{1,2}")


def head_word(words: list[str]) -> str:
    """"National Survey on Drug Use and Health" → "Survey": the last word before "of", "on", "for"."""
    for i, word in enumerate(words[1:], 1):
        if word in ("of", "on", "for"):
            return words[i - 1]
    return words[-1]


def places_named(doc) -> frozenset[str]:
    """The names the model tags as places in this article ("London", "West Midlands")."""
    return frozenset(e.text for e in doc.ents if e.label_ in ("GPE", "LOC"))


def relabel_from_context(mentions: list[Mention], gazetteer: Gazetteer,
                         places: frozenset[str] = frozenset()) -> list[Mention]:
    """Use the article's other mentions: a surname is a person, an all-caps name an organisation."""
    mentions = [organisation_by_head_word(person_by_first_name(m, gazetteer, places), gazetteer) for m in mentions]
    mentions = [part for m in mentions for part in given_name_run_into_body(m, mentions, gazetteer)]
    names = FullNames.of(mentions)
    # "Infosys" opening the headline "Infosys Beats Earnings Expectations" (tagged PERSON) is no
    # given name: only a real full name makes the article's "Infosys" a person
    phrase_openers = {m.text.split()[0] for m in mentions if m.label == "PERSON"
                      and capitalised_phrase(m.text, gazetteer)}
    people = FullNames.of([m for m in mentions if not capitalised_phrase(m.text, gazetteer)])
    given_surnames = {m.text.split()[-1] for m in mentions if m.label == "PERSON" and len(m.text.split()) > 1
                      and gazetteer.is_first_name(m.text.split()[0])}
    titled = {m.text for m in mentions if m.label == "PERSON" and m.titled}
    shouted = {m.text.casefold() for m in mentions if ACRONYM.match(m.text) and m.label == "ORG"}
    # "Sierra Nevada" after "Sierra Nevada Corporation": the company without its head word.
    short_forms = {m.text.rsplit(" ", 1)[0] for m in mentions if m.label == "ORG" and len(m.text.split()) > 2
                   and ORG_HEAD_WORD.fullmatch(m.text.split()[-1].rstrip("."))}
    # "Te Pāti Maori" after "Te Pāti Māori": a body's name spelt with other accents is the body (the
    # same spelling is left to the rules that weigh a name's labels)
    bodies = {without_accents(name_key(m.text)): name_key(m.text) for m in mentions if m.label == "ORG" and " " in m.text}
    out = []
    for m in mentions:
        m = titled_surname(m, names, gazetteer)
        single = len(m.text.split()) == 1
        if m.label == "PERSON" and not m.titled and not single \
                and bodies.get(without_accents(name_key(m.text)), name_key(m.text)) != name_key(m.text):
            m = Mention("ORG", m.start, m.end, m.text)
        elif m.label == "PERSON" and not m.titled and m.text in short_forms:
            m = Mention("ORG", m.start, m.end, m.text)
        elif m.label == "ORG" and single and not ACRONYM.match(m.text) and m.text in given_surnames:
            # "Michael R. Bloomberg … Bloomberg said": the article's person, though a listed outlet shares the name
            m = Mention("PERSON", m.start, m.end, m.text)
        elif m.label == "ORG" and single and not ACRONYM.match(m.text) and not gazetteer.label_of(m.text) and (
                names.explain(m.text) and (m.text not in phrase_openers or people.explain(m.text))
                or m.text in titled):
            m = Mention("PERSON", m.start, m.end, m.text)
        elif m.label == "PERSON" and single and m.text.casefold() in shouted:
            m = Mention("ORG", m.start, m.end, m.text)
        out.append(m)
    return out


def titled_surname(mention: Mention, names: FullNames, gazetteer: Gazetteer) -> Mention:
    """"PM Modi", "Governor Sakaja" tagged ORG after "Narendra Modi", "Johnson Sakaja": a title and
    the surname of one of the article's full names is that person, whatever the title (the
    model reads an unfamiliar surname after an office as a body more often than after "Mr")."""
    words = mention.text.split()
    if mention.label != "ORG" or len(words) != 2 or words[0].rstrip(".").lower() not in gazetteer.titles \
            or words[1] not in names.surnames or gazetteer.label_of(mention.text):
        return mention
    start = mention.end - len(words[1])
    return Mention("PERSON", start, mention.end, words[1], True)


def capitalised_phrase(name: str, gazetteer: Gazetteer) -> bool:
    """"Infosys Beats Earnings Expectations": a headline's words the model took for a person, no
    given name first and every later word one of the language's."""
    words = name.split()
    return len(words) > 2 and not gazetteer.is_first_name(words[0]) \
        and all(is_plain_word(w, gazetteer.plain_words) for w in words[1:])


def given_name_run_into_body(mention: Mention, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"according to Sir Keir Labour in Wales is …" (a comma left out): the model's PERSON "Keir
    Labour" is the given name of the article's "Keir Starmer" and a listed body, two names. Left
    whole, its last word would turn every "Labour" of the article into the person's surname."""
    words = mention.text.split()
    if mention.label != "PERSON" or len(words) != 2 or gazetteer.label_of(words[1]) != "ORG" \
            or gazetteer.label_of(mention.text):
        return [mention]
    # The article's own full name for that given name, with another surname ("Michael Bloomberg" stays).
    if not any(m.label == "PERSON" and m.text.split()[0] == words[0] and len(m.text.split()) > 1
               and m.text.split()[-1] != words[1] for m in mentions):
        return [mention]
    body_start = mention.end - len(words[1])
    return [Mention("PERSON", mention.start, mention.start + len(words[0]), words[0], True),
            Mention("ORG", body_start, mention.end, words[1])]


# After a name: what a company does or has, not a person ("Orbit Beyond said it", "Magic Box’s shares").
COMPANY_AFTER = re.compile(
    r"\s+(?:said|says|announced|announces|reported|reports|confirmed|added)\s+(?:its|in\s+a\s+statement)\b"
    r"|[’']s\s+(?:shares|stock|products?|chief|CEO|founders?|co-founders?|board|headquarters|customers|"
    r"website|app|platform|subsidiary|parent|revenue|sales|earnings|profits?|employees|staff|stores|"
    r"spokesperson|spokesman|spokeswoman)\b"
    r"|\s+\((?:[A-Z]+:\s?)?[A-Z.]{1,6}\)")  # a ticker: "Magic Box (MBX)"


def companies_without_first_names(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"Orbit Beyond", "Magic Box" tagged PERSON: two capitalised words with no known first name
    that the article lists among organisations or writes as a company ("said it", "’s shares")
    name a company, wherever the article writes them."""
    def no_first_name(m):
        words = m.text.split()
        return m.label == "PERSON" and not m.titled and 2 <= len(words) <= 3 \
            and not gazetteer.is_first_name(words[0]) and not gazetteer.label_of(m.text)
    ordered = sorted(mentions, key=lambda m: m.start)
    companies = set()
    for i, m in enumerate(ordered):
        if not no_first_name(m):
            continue
        joiners = [listed_together(text, m, ordered[j]) if 0 <= j < len(ordered) and ordered[j].label == "ORG"
                   else None for j in (i - 1, i + 1)]
        # A comma alone may be an apposition ("the Senate, Bukola Saraki"): a list needs two
        # organisations around the name, or an "and"/"or" before the last one.
        listed = all(joiners) or any(j and j != "," for j in joiners)
        if listed or COMPANY_AFTER.match(text, m.end):
            companies.add(m.text)
    return [Mention("ORG", m.start, m.end, m.text) if m.text in companies and no_first_name(m) else m
            for m in mentions]


INNER_CAPITAL = re.compile(r"(?<=[a-z])[A-Z]")
SURNAME_PREFIX = re.compile(r"(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von)[A-Z][a-z]")


def spelt_as_brand(word: str, line_openers) -> bool:
    """"MotoCorp", "TechWorks": a capital after a lowercase letter, which no surname has but one a
    prefix leads ("McVey", "DeVries"); not a glued caption line ("WoodImage")."""
    inner = INNER_CAPITAL.search(word)
    return bool(inner) and not SURNAME_PREFIX.match(word) \
        and not any(word[inner.start():].startswith(opener) for opener in line_openers)


def person_by_first_name(mention: Mention, gazetteer: Gazetteer, places: frozenset[str] = frozenset()) -> Mention:
    """"Marcelo Claure" tagged ORG: two or three plain words led by a known first name are a person,
    unless the last word names a body or a place ("Wilson Center", "Johnson Medical School"), a word
    is spelt as a brand ("Hero MotoCorp"), or
    the name is a well-known organisation ("Ross County", a club). A surname's particle may stand
    inside ("Séamas de Faoite"); an Irish patronymic one ("Máirtín Ó Muilleoir") shows a person
    even when the given name is not a listed one."""
    words = mention.text.split()
    inner = [w for w in words[1:-1] if w in gazetteer.surname_particles]
    if (mention.label == "ORG" and 2 <= len(words) <= 3 + len(inner)
            and all(w[:1].isupper() for w in words if w not in inner)
            and not gazetteer.label_of(mention.text) and not ORG_HEAD_WORD.search(mention.text)
            and not well_known_as_written(mention.text)
            and not names_body_or_place(words[-1], gazetteer)
            and words[-1] not in word_lists(gazetteer).outlet_last_words  # "Georgia Health News"
            and not any(w.isupper() and len(w) > 1 for w in words)
            # "Hero MotoCorp": a capital inside a word is a brand's, unless a surname's prefix leads it
            # ("McVey") or a caption's line runs on from the name ("Leanne WoodImage caption")
            and not any(spelt_as_brand(w, gazetteer.line_openers) for w in words)
            # "Royal British Legion": a nation's adjective inside the name is no person's middle name
            and not any(w in gazetteer.nation_adjectives for w in words[1:-1])
            # "London Overground", "Paris Metro": a word the article uses as a place's name is no
            # given name here (the name list holds towns: "London", "Paris", "Riyadh")
            and words[0] not in places and mention.text not in places
            and (gazetteer.is_first_name(words[0]) or any(w[:1].isupper() for w in inner))):
        return Mention("PERSON", mention.start, mention.end, mention.text, mention.titled)
    return mention


def person_after_title(mention: Mention, gazetteer: Gazetteer) -> Mention:
    """"Mr Rafferty", "First Minister Nicola Sturgeon", "Labour Leader Anas Sarwar" tagged ORG:
    a name after a title that stands only before people ("Mr", "Cllr"), or after any title when a
    known first name opens it, is that person ("General Motors" keeps its first word: no name
    follows a title there)."""
    if mention.label != "ORG" or gazetteer.label_of(mention.text) or ORG_HEAD_WORD.search(mention.text) \
            or well_known_as_written(mention.text):  # "PC Gamer" is a magazine, not a constable
        return mention
    # a job capitalised as a title counts too: "Chief Nurse Vicky Morris said"
    start, titled = strip_titles(mention.text, 0, len(mention.text), gazetteer.titles, gazetteer.job_nouns)
    if not titled:
        start, titled = after_inner_title(mention.text, gazetteer.titles)
    rest = mention.text[start:].split()
    # (not "Dr": "Dr Pepper", "Dr Martens" are brands)
    first = mention.text.split()[0].lower().rstrip(".")
    honorific = first in gazetteer.honorifics - {"dr", "prof", "professor"}
    # (a plain word after "Lord" may be an office, "the Lord Advocate"; after "Ms" it is a surname: "Ms Jones")
    if not titled or not 1 <= len(rest) <= 3 or not all(w[:1].isupper() and w.lower() not in gazetteer.titles
                                                         for w in rest) \
            or not (honorific or (len(rest) > 1 and gazetteer.is_first_name(rest[0]))) \
            or (len(rest) == 1 and is_plain_word(rest[0], gazetteer.plain_words)
                and first not in gazetteer.surname_titles):
        return mention
    return Mention("PERSON", mention.start + start, mention.end, mention.text[start:], True)


def after_inner_title(name: str, titles) -> tuple[int, bool]:
    """"Labour Leader Anas Sarwar", "Ukraine Ambassador Marie Yovanovitch": a title word after
    other capitalised words, right before a first name and a surname, starts the person's name
    (not in a name joined by "of" or "and": "Secretary of State for Scotland")."""
    words = name.split()
    if len(words) < 3 or words[-3].rstrip(".").lower() not in titles or any(w in NAME_CONNECTORS for w in words) \
            or words[-1].isupper():
        return 0, False
    return name.rindex(f"{words[-2]} {words[-1]}"), True


def names_body_or_place(last_word: str, gazetteer: Gazetteer) -> bool:
    """"Wilson Center", "Stanford Law School": a first name can open a body's or a building's name."""
    return last_word in gazetteer.organisation_last_words or last_word in gazetteer.not_organisation_heads \
        or last_word in gazetteer.place_last_words


def organisation_by_head_word(mention: Mention, gazetteer: Gazetteer) -> Mention:
    """"Marvel Entertainment", "Walt Disney Co." tagged PERSON: a name ending in a company word;
    and one ending in a world region ("President Ascom North America"), even after a title."""
    last = mention.text.split()[-1].rstrip(".")
    if mention.label == "PERSON" and len(mention.text.split()) > 1 and (
            (not mention.titled and ORG_HEAD_WORD.fullmatch(last)) or last in gazetteer.branch_regions):
        return Mention("ORG", mention.start, mention.end, mention.text)
    return mention


def body_not_person(text: str, mention: Mention, names: FullNames) -> Mention:
    """"the Steelers", "the Spurs": a plural name after "the" that names no one in the article
    is a team or a band, not a person; so is a source named by a single word ("data
    provided by Statista")."""
    if mention.label == "PERSON" and len(mention.text) > 3 and lone_unknown_name(mention, names) and (
            (mention.text.endswith("s") and text[max(0, mention.start - 4):mention.start].lower() == "the ")
            or SOURCE_BEFORE.search(text, max(0, mention.start - 20), mention.start)):
        return Mention("ORG", mention.start, mention.end, mention.text)
    return mention


# "provided by Statista", "according to Gartner": a source no full name introduces is a body.
SOURCE_BEFORE = re.compile(r"\b(?:provided|published|compiled|reported|produced|released) by $|\baccording to $")


def short_forms_of_organisations(text: str, mentions: list[Mention], names: FullNames, gazetteer: Gazetteer) -> list[Mention]:
    """"Stanford said" after "Stanford University", "Hopkins" after "Johns Hopkins University":
    a lone word tagged PERSON that leads the one longer name of a body (its last word says so)
    in the article, or is a word of it that is no word of the language, is that organisation's
    short form (the canonical step then joins the two), not an unknown person to drop nor one
    that speaks: bodies say things too. Not the place a newspaper is named after, which the article
    writes as a place ("in Yorkshire" beside "Yorkshire Post")."""
    bodies = {m.text for m in mentions if m.label == "ORG" and len(m.text.split()) > 1
              and ends_in_body_word(m.text, gazetteer)}
    out = []
    for m in mentions:
        if bodies and not gazetteer.label_of(m.text) and lone_unknown_name(m, names):
            containing = [b for b in bodies if part_of([m.text], b.split(), gazetteer)
                          and not (place_opening_outlet([m.text], b.split(), word_lists(gazetteer).outlet_last_words)
                                   and re.search(rf"\bin[ \t]+{re.escape(m.text)}\b", text))]
            if len(containing) == 1:
                m = Mention("ORG", m.start, m.end, m.text)
        out.append(m)
    return out


def short_forms_of_care_providers(mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"to prevent John Muir from becoming the sole owner" after "John Muir Health", "Bon Secours"
    after "Bon Secours Health System": a name tagged PERSON that, with a care provider's last word
    after it (aliases.yml care_provider_words, "Health System"), is a body the article names, is that
    body's short form. Other bodies named after a person ("John Lewis Partnership") keep the person."""
    heads = gazetteer.care_provider_words | word_lists(gazetteer).care_system_heads
    bodies = {m.text for m in mentions if m.label == "ORG"}
    return [Mention("ORG", m.start, m.end, m.text) if m.label == "PERSON" and not m.titled
            and any(f"{m.text} {head}" in bodies for head in heads) else m for m in mentions]


CREDIT_AGENCY_PHOTO = re.compile(r"[ \t]+Photos?$")  # "AP Photo/Evan Vucci": the agency is AP


def with_credited_sources(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The agencies and publications a picture credit names are organisations ("AFP", "Grist",
    "All About Space"); a photographer's name ("Jonathan Nackstrand", "AP Photo/Evan Vucci") is
    left to the other rules."""
    credits = list(credited_names(text))
    # a name the model ran across a credit's slash ("CNA/Syamil Sapari") gives way to the credit's parts
    mentions = [m for m in mentions if not any(sum(m.start < b and a < m.end for a, b in parts) > 1 for parts in credits)]
    taken = Spans(mentions)
    for parts in credits:
        for a, b in parts:
            photo = CREDIT_AGENCY_PHOTO.search(text, a, b)
            b = photo.start() if photo and photo.start() > a else b
            name = Mention("ORG", a, b, text[a:b])
            if organisation_shaped(name.text, gazetteer) and not taken.overlapping(name):
                mentions.append(name)
                taken.add(name)
    return mentions


def organisation_shaped(name: str, gazetteer: Gazetteer) -> bool:
    """A name in a credit is an organisation unless it could be a person's: one word,
    capitals, a head word, a listed name, or a plain word of the language in it ("All About
    Space", "Future Publishing"), not two or three name words ("Alvaro Serey")."""
    words = name.split()
    return len(words) == 1 or name.isupper() or bool(ORG_HEAD_WORD.search(name)) \
        or well_known_as_written(name) or gazetteer.label_of(name) == "ORG" \
        or any(is_plain_word_name(w, gazetteer) or w.lower() in STOP_WORDS for w in words)


def inside_longer_model_name(name: Mention, mentions: list[Mention]) -> bool:
    """"Securities and Exchange Commission" inside the model's "U.S. Securities and Exchange Commission"."""
    return any(m.label == "ORG" and m.start <= name.start and name.end <= m.end
               and m.end - m.start > name.end - name.start
               and (" and " in name.text or " and " not in m.text) for m in mentions)


def team_or_firm(text: str, mention: Mention, gazetteer: Gazetteer) -> Mention:
    """"Manchester United", "Mayo Clinic", "Mercy Health" tagged PERSON: the last word says it is an
    organisation. So does a site's word after a title, which names the site after someone ("Dr Gray’s
    Hospital", "Princess Royal Hospital"): the title is the site's, and the gate decides if it is a body
    or a place."""
    words = mention.text.split()
    if mention.label != "PERSON" or len(words) < 2:
        return mention
    if not mention.titled and (words[-1] in gazetteer.organisation_last_words
                               or words[-1] in gazetteer.care_provider_words):
        return Mention("ORG", mention.start, mention.end, mention.text)
    if mention.titled and words[-1] in word_lists(gazetteer).site_heads:
        title = TITLE_WORD_BEFORE.search(text, max(0, mention.start - 20), mention.start)
        start = title.start(1) if title else mention.start
        return Mention("ORG", start, mention.end, text[start:mention.end])
    return mention


TITLE_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+\.?)[ \t]+$")  # "Dr ", "Princess "


def person_inside_organisation(text: str, mention: Mention, gazetteer: Gazetteer,
                               places: frozenset[str] = frozenset()) -> Mention:
    """"(ambassador to) Ukraine Marie Yovanovitch" tagged ORG: a first name and a surname end it,
    and the surname stands alone elsewhere in the article ("Yovanovitch said"; not "New York Times"),
    or an acronym ("Ambassador to the UN Samantha Power") stands right before the first name
    (a title there is person_after_title's). Not a body's last word taken for a surname because the
    article writes it alone too ("St Giles Hospice" beside "Hospice UK"), nor a place the model
    tags as one ("Arriva Rail London" beside "trains to London")."""
    words = mention.text.split()
    if mention.label != "ORG" or len(words) < 3 or ORG_HEAD_WORD.search(mention.text) \
            or any(w in NAME_CONNECTORS for w in words) or gazetteer.label_of(mention.text) \
            or ends_in_body_word(mention.text, gazetteer):
        return mention
    first, surname = words[-2], words[-1]
    # "Arriva Rail London": a place the article names alone ends a body's name, no surname
    if surname in places:
        return mention
    if surname[:1].isupper() and not surname.isupper() and gazetteer.is_first_name(first) \
            and (ACRONYM.match(words[-3]) or re.search(rf"(?<!{re.escape(first)}\s){re.escape(surname)}\b", text)):
        start = mention.start + mention.text.rindex(f"{first} {surname}")
        if given_name_only_here(text, first, surname, gazetteer):
            start += len(first) + 1  # "former Royal Marine Brown" after "Keith Brown": a rank, then the surname
        return Mention("PERSON", start, mention.end, text[start:mention.end])
    return mention


def given_name_only_here(text: str, first: str, surname: str, gazetteer: Gazetteer) -> bool:
    """The article writes the surname after another given name ("Keith Brown") and this given
    name before it only once: the word is part of a title here, not the person's given name."""
    others = {m.group(1) for m in re.finditer(rf"(?<![\w’'-])([A-Z][\w’'-]+) {re.escape(surname)}\b", text)}
    return len(re.findall(rf"\b{re.escape(first)} {re.escape(surname)}\b", text)) == 1 \
        and any(o != first and gazetteer.is_first_name(o) for o in others)


def named_after_organisation_noun(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"the website Full Fact", "peer Lowe’s": a name after an organisation noun is an organisation,
    here and wherever else the article uses it."""
    nouns = gazetteer.organisation_nouns | gazetteer.opening_kinds
    # the model may call the name a body there ("Regulator Monitor said") and a person later ("Monitor said")
    named = {m.text for m in mentions if m.label in ("PERSON", "ORG") and not m.titled
             and preceding_word(text, m.start).lower() in nouns
             and not holder_after_post(text, m, gazetteer)}
    return [Mention("ORG", m.start, m.end, m.text) if m.label == "PERSON" and m.text in named and not m.titled
            else m for m in mentions]


# "of the council", "of Aberdeenshire Council": a post's "of" and the body's name or noun.
POST_OF_BODY_BEFORE = re.compile(r"(?<![\w’'-])of[ \t]+(?:the[ \t]+[\w-]+|(?:[A-Z][\w’'-]*[ \t]+){1,3}[A-Z][\w-]+)[ \t]+$")


def holder_after_post(text: str, mention: Mention, gazetteer: Gazetteer) -> bool:
    """"leader of the council Judith Blake", "chief executive of the charity Jane Smith", "leader of
    Aberdeenshire Council Gillian Owen": the noun closes a post ("of the council"), and the given name and surname after it name its holder,
    not a body called after a person."""
    words = mention.text.split()
    return bool(POST_OF_BODY_BEFORE.search(text, max(0, mention.start - 40), mention.start)) \
        and 2 <= len(words) <= 3 and gazetteer.is_first_name(words[0]) and not ORG_HEAD_WORD.search(mention.text)


def part_of_capitalised_role(text: str, mention: Mention, gazetteer: Gazetteer) -> bool:
    """"the then UK Home Secretary": an unknown ORG fragment followed by a capitalised role title
    (a well-known body before its officer's title stays: "NHS Lothian Chief Executive")."""
    if mention.label != "ORG" or gazetteer.label_of(mention.text) or ACRONYM.match(mention.text) \
            or ORG_HEAD_WORD.search(mention.text) or well_known_as_written(mention.text):
        return False
    after = re.match(r"\s+([A-Z][a-z]+)\b", text[mention.end:mention.end + 30])
    return bool(after) and after.group(1).lower() in gazetteer.role_titles

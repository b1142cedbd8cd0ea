"""Entity follow-ups: bodies named by a first name, short forms of bodies, names after roles."""
import pytest


def found(extractor, text):
    return {(e.label, e.text) for e in extractor.extract(text).entities}


@pytest.mark.parametrize("text,body", [
    ("The essay was by Richard T. Ford, who teaches at Stanford Law School.", "Stanford Law School"),
    ("According to Wilson Center director Rojansky, the oligarch is perceived as a threat.", "Wilson Center"),
    ("The Des Moines Register backed Warren; the Boston Globe backed her too.", "Des Moines Register"),
])
def test_a_first_name_opening_a_bodys_name_makes_no_person(extractor, text, body):
    names = found(extractor, text)
    assert ("PERSON", body) not in names, names


def test_a_lone_word_leading_a_bodys_name_is_that_body(extractor):
    text = ("Shabka and the University of Graz run the Shabka Journal. "
            "Shabka has since developed into a forum for political discussion.")
    names = found(extractor, text)
    assert ("ORG", "Shabka") in names and ("PERSON", "Shabka") not in names, names


def test_a_name_the_tagger_opens_with_a_verb_keeps_its_first_name(extractor):
    text = "The robot was built by PhD candidates Deokkyun Yoon and Jaehun Kim at the lab."
    names = found(extractor, text)
    assert ("PERSON", "Deokkyun Yoon") in names, names


@pytest.mark.parametrize("text,person,body", [
    ("This has freed of the £38million move of Thibaut Courtois to Real Madrid\n\nChelsea signed him.",
     "Thibaut Courtois", "Real Madrid"),
    ("This has freed of the £38million move of Thibaut Courtois to Real Madrid", "Thibaut Courtois", "Real Madrid"),
    # "<person> of <organisation>": a source and the body he speaks for, two names.
    ("Shares fell sharply on Monday, said Jeetil Patel of Deutsche Bank.", "Jeetil Patel", "Deutsche Bank"),
    ("Mark Jones of the Royal College of Nursing said staff were exhausted.", "Mark Jones",
     "Royal College of Nursing"),
    ("Chief Executive Jane Hart of the Scottish Football Association said talks were over.", "Jane Hart",
     "Scottish Football Association"),
    ("Analyst Tom Ellis of Barclays Capital expects a cut.", "Tom Ellis", "Barclays Capital"),
])
def test_a_person_joined_to_a_body_is_two_names(extractor, text, person, body):
    names = found(extractor, text)
    assert ("PERSON", person) in names and ("ORG", body) in names, names


@pytest.mark.parametrize("text,person", [
    ("Ivana Jelić and Pavle Petrović (Serbia) found inspiration for their work Starry Night in Van Gogh.",
     "Pavle Petrović"),
    ("OGE Group (Israel) is an expert on light art, the founders Merav Eitan and Gaston Zahr are the "
     "artistic directors.", "Merav Eitan"),
    # set off by commas after a job, as British news writes its union officers
    ("For her part, GMB regional organiser, Des Kerr, said the offer was an insult.", "Des Kerr"),
    ("Unison branch secretary, Des Quinn, said members would vote.", "Des Quinn"),
])
def test_a_name_taken_for_a_place_beside_people_is_a_person(extractor, text, person):
    names = found(extractor, text)
    assert ("PERSON", person) in names, names


def test_a_company_after_a_years_span_is_no_unit(extractor):
    names = found(extractor, "Copyright 1996-98 AccuSoft Inc., All rights reserved.")
    assert ("ORG", "AccuSoft Inc.") in names, names
    assert not found(extractor, "It has 3 GW of capacity.")


@pytest.mark.parametrize("text,body", [
    # a town the given-name list holds, opening an operator's name the article shows as a place too
    ("Commuters in Paris were stranded as Paris Metro staff walked out.", "Paris Metro"),
    # a body's last word no surname has: an airline, a train operator
    ("Jordan Air said on Monday that fares in Jordan would rise.", "Jordan Air"),
    ("The strike hit routes across Scotland, and Chester Trains cancelled most services.", "Chester Trains"),
])
def test_a_place_or_a_bodys_last_word_keeps_a_given_name_from_making_a_person(extractor, text, body):
    names = found(extractor, text)
    assert ("ORG", body) in names and ("PERSON", body) not in names, names


def test_a_person_named_like_a_place_the_article_names_stays_a_person(extractor):
    text = "Fans in Jordan cheered as Jordan Henderson scored twice on Sunday."
    names = found(extractor, text)
    assert ("PERSON", "Jordan Henderson") in names, names


def test_a_place_ending_a_bodys_name_is_no_surname(extractor):
    text = ("Drivers at Arriva Rail London will strike on Friday. "
            "Few trains will run in London, and none at all between London and Leeds.")
    names = found(extractor, text)
    assert ("PERSON", "Rail London") not in names, names

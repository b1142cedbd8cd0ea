"""What the words around a name say about a person (extract/name_evidence.py): real
sentences whose structure looks like a person's but is not."""


def people(extractor, text):
    return {e.text for e in extractor.extract(text).entities if e.label == "PERSON"}


def test_a_size_before_a_body_is_no_job(extractor):
    # FiveThirtyEight: "member" here counts the caucus, it names nobody's job.
    text = ("I’ve also been keeping an eye on the 51-member Congressional Black Caucus, the 34-member "
            "Hispanic Caucus and the Congressional Progressive Caucus.")
    assert "Congressional Black Caucus" not in people(extractor, text)


def test_a_job_ending_a_headline_names_nobody_in_the_next_line(extractor):
    # the job word and the name must share a line: "leader" closes the headline, "Latest News"
    # opens the outlet's strapline
    text = "Bus fares rise again says passengers' leader\n\nLatest News from the Carrick Gazette\n\nFares rose."
    assert "Latest News" not in people(extractor, text)


def test_an_ordinal_title_word_before_a_name_is_no_job(extractor):
    # "first" is a title only in "First Minister": lowercase it counts, as in a league's first point
    text = "Burnley will take heart from claiming a first Barclays Premier League point of the season."
    assert "Barclays Premier League" not in people(extractor, text)


def test_a_name_after_the_is_not_listed_as_a_person(extractor):
    # V.I. Consortium: the model split the branch's name at "and".
    text = ("“Our agents continue to interdict unlawful people and cargo,” Augusto Reyes, Director of the "
            "Caribbean Air and Marine Branch.")
    assert "Caribbean Air" not in people(extractor, text)


def test_a_player_listed_with_people_is_still_a_person(extractor):
    text = "Eric Robinson and Boone Jenner also scored for Columbus, and Jenner added an assist."
    assert "Eric Robinson" in people(extractor, text)


def test_a_list_of_people_makes_each_next_name_a_person(extractor):
    # one known person opens the list; initials may open a name in Indian copy
    text = ("The panel is made up of former cricketers Madan Lal, RP Singh and Sulakshana Naik, the board "
            "said on Friday.")
    assert {"RP Singh", "Sulakshana Naik"} <= people(extractor, text)

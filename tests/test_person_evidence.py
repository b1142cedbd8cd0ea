"""Products, games and works the model tags PERSON are no people (extract/person_evidence.py)."""
import re

from extract.mentions import Mention
from extract.person_evidence import gate


def tagged(text: str, *names: str, label: str = "PERSON") -> list[Mention]:
    """Every whole-word occurrence of each name as a mention, as the model would tag it."""
    found = [Mention(label, m.start(), m.end(), name) for name in names
             for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
    return sorted(found, key=lambda m: m.start)


def people_after_gate(extractor, text: str, *names: str) -> set[str]:
    return {m.text for m in gate(None, text, tagged(text, *names), extractor.gazetteer) if m.label == "PERSON"}


def test_a_well_known_product_line_or_game_is_no_person(extractor):
    text = ("Stadia lacks the services you'd find on platforms like Xbox Live. "
            "Get Pokemon Sword on Amazon for $58.99. Mac Miller fans queued all night.")
    assert people_after_gate(extractor, text, "Xbox Live", "Pokemon Sword", "Stadia", "Mac Miller") == {"Mac Miller"}


def test_a_standard_is_no_person(extractor):
    text = "It plays Apple TV+ content with Dolby Atmos. Ray Dolby founded the company."
    assert people_after_gate(extractor, text, "Dolby Atmos", "Ray Dolby") == {"Ray Dolby"}


def test_a_well_known_company_inside_a_name_makes_it_a_thing(extractor):
    text = "Recent Samsung smart TVs also include the Apple TV app, Michael Dell said."
    assert people_after_gate(extractor, text, "Recent Samsung", "Michael Dell") == {"Michael Dell"}


def test_an_all_caps_technical_term_makes_a_name_a_thing(extractor):
    text = "70\" Element 4K UHD Smart HDTV with Roku for $499.99. His final poem was about King Edward IV."
    assert people_after_gate(extractor, text, "UHD Smart", "King Edward IV") == {"King Edward IV"}


def test_a_capitalised_first_word_of_a_report_is_the_papers_style_not_a_technical_term(extractor):
    # British papers set a report's first word in capitals: "RICARDO Santos held up his hands".
    text = ("RICARDO Santos held up his hands after the defeat.\nSantos felt the team had let the fans down. "
            "The new Element UHD Smart set costs $499.99.")
    assert people_after_gate(extractor, text, "RICARDO Santos", "Santos", "UHD Smart") == {"RICARDO Santos", "Santos"}


def test_a_model_code_after_a_name_makes_it_a_product_and_its_company_stays_an_organisation(extractor):
    text = ("King of Monitors: 35% Off Dell Alienware AW3418DW 34\" Curved Gaming Monitor\n\n"
            "One of Dell's Black Friday deals have gone live early.")
    mentions = tagged(text, "Dell Alienware") + tagged(text, "Dell")
    mentions = [m for m in mentions if not (m.text == "Dell" and text.startswith("Dell Alienware", m.start))]
    out = gate(None, text, sorted(mentions, key=lambda m: m.start), extractor.gazetteer)
    assert [(m.label, m.text) for m in out] == [("ORG", "Dell")]


def test_the_halves_of_a_colon_title_are_no_people_and_take_their_lone_words_with_them(extractor):
    text = ("Even if its core components are owed to other games, Star Wars Jedi: Fallen Order finds a reason "
            "for their inclusion. Beyond Order 66, the story follows Cal Kestis, a Jedi-in-training. "
            "Money moved through three other men in Miami: Mordechai Korf, Chaim Schochet and Uriel Laber.")
    names = ("Wars Jedi", "Fallen Order", "Order", "Cal Kestis", "Mordechai Korf")
    assert people_after_gate(extractor, text, *names) == {"Cal Kestis", "Mordechai Korf"}


def test_a_plain_word_first_and_no_given_name_is_no_person_unless_the_text_shows_one(extractor):
    text = ("Parabolic Lightcloud is a cloud of light made with impressive colors.\n"
            "Download Dashlane Password Manager for Free\n"
            "Scooter Braun is allegedly unhappy. Braun, 38 – who reps the likes of Demi Lovato – declined. "
            "- 26. Brown RJ et al. Minocycline-induced drug hypersensitivity syndrome.")
    names = ("Parabolic Lightcloud", "Download Dashlane Password", "Scooter Braun", "Braun", "Brown RJ")
    assert people_after_gate(extractor, text, *names) == {"Scooter Braun", "Braun", "Brown RJ"}


def test_a_capitalised_title_just_before_a_full_name_shows_a_person_but_not_one_that_opens_a_work(extractor):
    text = ("Speaking on Monday, Board Chairman Wycliffe Odhiambo termed the ruling unfair. "
            "Fans of Star Wars Jedi queued all day.")
    assert people_after_gate(extractor, text, "Wycliffe Odhiambo", "Wars Jedi") == {"Wycliffe Odhiambo"}


def test_a_state_or_county_where_an_appointee_serves_is_no_person(extractor):
    text = "The new police chiefs are Usman Bello, Kano State; Ade Ojo, Ogun; and Hauwa Ali, Sokoto State."
    names = ("Usman Bello", "Kano State", "Hauwa Ali", "Sokoto State")
    assert people_after_gate(extractor, text, *names) == {"Usman Bello", "Hauwa Ali"}


def test_what_is_said_of_a_work_after_a_name_makes_it_a_thing_unless_a_given_name_opens_it(extractor):
    text = "Our Tetris Effect review is up. The Taylor Swift edition of the magazine sold out."
    assert people_after_gate(extractor, text, "Tetris Effect", "Taylor Swift") == {"Taylor Swift"}


def test_the_extractor_keeps_no_game_as_a_person(extractor):
    text = ("Stadia launches today. The list includes Mortal Kombat 11, Samurai Shodown and Thumper, and "
            "the services you'd find on other platforms like PlayStation Network, Xbox Live, and Steam.\n\n"
            "Phil Harrison, a Google vice president, said the service would grow.")
    people = {e.canonical for e in extractor.extract(text).entities if e.label == "PERSON"}
    assert "Phil Harrison" in people
    assert not people & {"Stadia", "Mortal Kombat", "Samurai Shodown", "Xbox Live"}


def test_a_word_of_a_kept_full_name_is_that_person_even_when_it_names_a_product(extractor):
    text = "Alexa Chung opened the show. Fans cheered for Alexa as the lights went down."
    assert people_after_gate(extractor, text, "Alexa Chung", "Alexa") == {"Alexa Chung", "Alexa"}


def test_a_kind_of_product_ending_a_name_makes_it_a_product(extractor):
    text = "The Tribit StormBox Speaker arrives next week, Jeanne Phillips wrote."
    assert people_after_gate(extractor, text, "Tribit StormBox Speaker", "Jeanne Phillips") == {"Jeanne Phillips"}


def test_a_common_word_the_article_also_writes_in_lowercase_is_no_person(extractor):
    text = ("Keyboard shortcuts can be hard to remember. This keyboard cover prints them on the keys. "
            "Green said the green belt would stay.")
    assert people_after_gate(extractor, text, "Keyboard", "Green") == {"Green"}


def test_a_lone_word_always_written_after_the_is_no_person(extractor):
    text = "They said: “The Mizen will be closed from today.” Smith, a guide at the Mizen, said visitors understood."
    assert people_after_gate(extractor, text, "Mizen", "Smith") == {"Smith"}


def test_a_name_running_into_a_venue_an_award_or_a_county_names_no_one(extractor):
    text = ("July 2 -- Mohegan Sun Arena, Uncasville, CT\nThe book won the Philip K. Dick Award. "
            "Cases were reported in Cass, Kalamazoo and Van Buren counties.\n"
            "Photo: Alvaro Serey Issues Prison official: anyone could escape.")
    names = ("Mohegan Sun", "Philip K. Dick", "Van Buren", "Alvaro Serey")
    assert people_after_gate(extractor, text, *names) == {"Alvaro Serey"}


def test_a_title_ending_a_name_with_no_given_name_first_is_no_person(extractor):
    # The model runs a party into the title before the name; "John Major" keeps its given name.
    text = ("Lib Dem Councillor Jane Rowe said the cuts would hurt. Former prime minister John Major agreed, "
            "and Labour Councillor Tom Hale said nothing.")
    assert people_after_gate(extractor, text, "Lib Dem Councillor", "Jane Rowe", "John Major", "Labour Councillor",
                             "Tom Hale") == {"Jane Rowe", "John Major", "Tom Hale"}


def test_names_before_a_common_noun_for_places_name_no_one(extractor):
    # the noun may end a list of such names; a person's name before "home" or after a job stays
    text = ("The board runs Ysbyty Gwynedd, Glan Clwyd and Wrexham Maelor hospitals. Disorder broke out in the "
            "Sandy Row area. Nurse Ann Hughes said the Ann Hughes home was busy.")
    names = ("Ysbyty Gwynedd", "Glan Clwyd", "Wrexham Maelor", "Sandy Row", "Ann Hughes")
    assert people_after_gate(extractor, text, *names) == {"Ann Hughes"}


def test_a_full_name_opening_a_bodys_name_is_that_bodys_short_form(extractor):
    # "Betsi" goes with it; a name the text shows to be a person's stays one
    text = ("Some Betsi health board executives may go. Betsi Cadwaladr governs NHS services for north Wales. "
            "The chief executive of Betsi Cadwaladr University Health Board left. Roy Castle said he would sing at "
            "the Roy Castle Lung Cancer Foundation gala.")
    mentions = tagged(text, "Betsi", "Betsi Cadwaladr", "Roy Castle") + tagged(
        text, "Betsi Cadwaladr University Health Board", "Roy Castle Lung Cancer Foundation", label="ORG")
    out = {(m.label, m.text) for m in gate(None, text, sorted(mentions, key=lambda m: m.start), extractor.gazetteer)}
    assert {("ORG", "Betsi"), ("ORG", "Betsi Cadwaladr"), ("PERSON", "Roy Castle")} <= out, out
    assert not {("PERSON", "Betsi"), ("PERSON", "Betsi Cadwaladr")} & out, out


def test_a_name_opening_with_a_saints_title_names_no_one(extractor):
    text = "We played St Mirren in the cup. St Andrews has attracted students, Saint Ninian’s Primary said. Dan St John won."
    assert people_after_gate(extractor, text, "St Mirren", "St Andrews", "Saint Ninian", "Dan St John") == {"Dan St John"}


def test_a_body_s_kind_in_apposition_makes_a_name_with_no_given_name_a_body(extractor):
    # not a clause after a comma, nor a name a given name opens
    text = ("Transport Focus, the passenger watchdog, described the rise as a chill wind. Under Nadella, the company "
            "grew. Anna Price, the union's organiser, spoke.")
    mentions = tagged(text, "Transport Focus", "Nadella", "Anna Price")
    out = {(m.label, m.text) for m in gate(None, text, mentions, extractor.gazetteer)}
    assert out == {("ORG", "Transport Focus"), ("PERSON", "Nadella"), ("PERSON", "Anna Price")}, out


def test_a_name_ending_in_a_legal_suffix_is_a_company_and_the_suffix_alone_no_one(extractor):
    text = ("Completing the top 12 were Alexander Dennis Limited and the Robertson Group (Holdings) Limited. "
            "Alex Dennis agreed.")
    mentions = tagged(text, "Alexander Dennis Limited", "Limited", "Alex Dennis")
    out = {(m.label, m.text) for m in gate(None, text, mentions, extractor.gazetteer)}
    assert out == {("ORG", "Alexander Dennis Limited"), ("PERSON", "Alex Dennis")}, out


def test_a_place_and_a_point_of_the_compass_is_a_constituency_unless_a_given_name_opens_it(extractor):
    text = "Perthshire North MSP John Swinney raised it. Colonel Oliver North disagreed."
    assert people_after_gate(extractor, text, "Perthshire North", "John Swinney", "Oliver North") == {
        "John Swinney", "Oliver North"}


def test_a_unit_of_plain_words_is_no_person(extractor):
    text = ("Detective Inspector Moira Lang, of the Major Investigation Team, said: \"We need witnesses.\"\n"
            "Officers from the Major Investigation Team remain at the scene.\n")
    result = extractor.extract(text)
    people = {e.canonical for e in result.entities if e.label == "PERSON"}
    assert "Moira Lang" in people
    assert not any("Team" in p for p in people)


def test_a_country_is_no_person_unless_it_is_a_given_name_too(extractor):
    text = "Nigeria’s finance minister spoke. Jordan Henderson scored, and Jordan agreed."
    assert people_after_gate(extractor, text, "Nigeria", "Jordan Henderson", "Jordan") == {"Jordan Henderson", "Jordan"}


def test_a_name_a_nation_ends_is_a_national_body_unless_a_given_name_opens_it(extractor):
    text = ("Respite UK said the sector was in crisis, and Carers Cymru warned of closures. "
            "The referee, Darren England, said nothing.")
    mentions = gate(None, text, tagged(text, "Respite UK", "Carers Cymru", "Darren England"), extractor.gazetteer)
    assert {(m.label, m.text) for m in mentions} == {
        ("ORG", "Respite UK"), ("ORG", "Carers Cymru"), ("PERSON", "Darren England")}


def test_a_place_or_building_word_ending_a_name_with_no_given_name_is_no_person(extractor):
    text = ("The money goes to Tidworth Garrison and to Brackley Library. "
            "Minister John Glen visited both.")
    people = people_after_gate(extractor, text, "Tidworth Garrison", "Brackley Library", "John Glen")
    assert people == {"John Glen"}

"""The organisation evidence gate (extract/org_evidence.py): one test per signal.

Each test parses a real-world-style text with the model, offers the gate the names
the model might call ORG (every occurrence of each), and checks which names the
gate keeps as ORG, drops, or turns into a person. The last test runs the whole
extractor over a news-style paragraph: its real organisations must survive."""
import re

import pytest

from extract import known_names, org_evidence
from extract.mislabelled_bodies import acronyms_acting
from extract.org_words import word_lists
from extract.mentions import Mention


def gated(extractor, text: str, orgs: list[str], people: list[str] = ()) -> dict[str, str | None]:
    """name -> label the gate leaves on its mentions (None when it drops them)."""
    doc = extractor.nlp(text)
    mentions = [Mention(label, m.start(), m.end(), name)
                for label, names in (("ORG", orgs), ("PERSON", people))
                for name in names for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
    assert all(any(m.text == n for m in mentions) for n in [*orgs, *people]), "every name is in the text"
    out = org_evidence.gate(doc, text, mentions, extractor.gazetteer)
    return {name: next((m.label for m in out if m.text == name), None) for name in orgs}


@pytest.mark.parametrize("name,text,org,kept", [
    # the name itself
    ("head word", "Teachers rallied outside while the Legislature debated pay.", "Legislature", True),
    ("head word before 'of'", "The case appeared in the Indian Journal of Dermatology last year.",
     "Indian Journal of Dermatology", True),
    ("legal suffix", "The sky was blue and the sun was out when Blue Sky Ltd opened its doors.", "Blue Sky Ltd", True),
    ("listed in aliases.yml", "Unison members voted to strike.", "Unison", True),
    # around a mention
    ("says", "Varoflex said the recall covered 2,000 units.", "Varoflex", True),
    ("spokesperson for", "“We are disappointed,” a spokesperson for Kestrix told reporters.", "Kestrix", True),
    ("possessive of its people", "Brightwell’s chief executive resigned on Friday.", "Brightwell", True),
    ("told", "The minister told Politicon that the vote would go ahead.", "Politicon", True),
    ("according to", "Prices rose 4%, according to Nielsen.", "Nielsen", True),
    ("stock exchange", "Ocado (LSE: OCDO) shares fell in early trading.", "Ocado", True),
    ("a filing with it", "Revenue fell by a third, the refiner said in a filing with Bolsa Norvale on Thursday.",
     "Bolsa Norvale", True),
    ("a name with a number and 'Index' after it is a stock index",
     "Shares trade at 12 times earnings, against 15 for the Standard & Poor’s 500 Index.", "Standard & Poor’s", False),
    ("a town before its province and '-based' is where a body is, not a body",
     "Executives at Kelbrook, Ont.-based Norvexa faced questions from investors on Tuesday.", "Kelbrook", False),
    ("a name with 'index' right after it is an index, not a body",
     "Gulf markets fell as the Qurain All Share Index lost 1.6 percent on Sunday.", "Qurain All Share", False),
    ("a name with 'index' after one mention is still a body where the text marks it so",
     "The Veltan Emerging Markets index slipped. Veltan said the fall was modest.", "Veltan", True),
    ("a name ending in a number and 'Stock Average' is a stock index",
     "The Nikkei 225 Stock Average lost 0.4 percent to 13,365.17 in Tokyo.", "Nikkei 225 Stock Average", False),
    ("a listed bank's unit named by its line of business and a place is a body, not a product",
     "“Growth may slow this year,” said Osamu Takashima of Citigroup Global Markets Japan.",
     "Citigroup Global Markets Japan", True),
    ("an exchange as the market where shares trade", "The shares closed at $133.70 on Nasdaq after the results.",
     "Nasdaq", True),
    ("an exchange after 'at the'", "Stocks at the JSE slipped to a one-week low as power cuts deepened.", "JSE", True),
    ("market figures right after the name", "Analysts expect Zenvora revenue at $6.7 billion for the quarter.",
     "Zenvora", True),
    ("an acronym owning its figures, though its letters spell a plain word", "Brokers peg TCS’s PAT at Rs 13,058 "
     "crore for the quarter.", "TCS", True),
    ("an exchange's listed shares are not its own figures", "In afternoon trade, four ASX shares are rising more "
     "than most.", "ASX", False),
    ("organisation noun before", "The deal was struck by the lender Monzo last year.", "Monzo", True),
    ("a short-seller before", "Following a fresh report by US-based short-seller Harbour Research, shares of the "
     "group fell by 7% on Monday.", "Harbour Research", True),
    ("a head word alone", "The decision was taken by other ministers in the Cabinet, municipalities and business, "
     "Ramokgopa said.", "Cabinet", False),
    ("a region's post", "The Lagos State Commissioner of Police, Hakeem Odumosu, said the suspects had been "
     "arrested.", "Lagos State Commissioner of Police", False),
    ("a source phrase opening a sentence", "According to the Kelvale Courier, the mill will close.",
     "Kelvale Courier", True),
    ("an interview with", "“Courts have said so,” the lawyer said in an interview with the Globe.", "Globe", True),
    ("a newsroom word after it", "As Ann Reid at Harpers magazine wrote last year, the loans vanished.", "Harpers", True),
    ("a dateline's outlet", "NAPA COUNTY, Calif. (KGO) -- A plan to build a resort has stalled.", "KGO", True),
    ("a dateline's place", "Rates rise\nCHEHALIS — A county judge entered an order on Friday.", "CHEHALIS", False),
    ("a dateline's place, en dash", "Vote due\nCONCORD – House leader Dick Hinch issued a statement.", "CONCORD", False),
    # a story's first word set in capitals is the paper's style: a plain word stays a word
    ("a plain word in capitals opening a story", "Bin talks resume\n\nUNIONS have warned that bin strikes could run "
     "until November as the unions meet the minister.", "UNIONS", False),
    ("a plain word in capitals after 'A' opening a story", "Snow closures row\n\nA COUNCIL chief criticised "
     "headteachers for closing schools after the snow.", "COUNCIL", False),
    ("a plural word in capitals with a possessive", "Pay deal\n\nNURSES’ leaders have rejected the offer, saying "
     "nurses deserve more.", "NURSES", False),
    ("a plain word opening a line all in capitals", "The homes will close in March.\n\nOWNED BY OUR READERS\n\n"
     "We are a co-operative owned by our readers.", "OWNED", False),
    ("a kind of business in apposition", "Ascom will work with Quenzo, a global producer of medical "
     "technology.", "Quenzo", True),
    ("a body's refusal", "Kestrix refuses to flinch from the realities of the war.", "Kestrix", True),
    ("courtesy of", "Photo courtesy of Forest Voices", "Forest Voices", True),
    ("its shoppers after it", "Meanwhile, at Quenzo, shoppers can save $100 on the laptop.", "Quenzo", True),
    ("sold on", "The mugs are sold on Kestrix for $10 each.", "Kestrix", True),
    ("joined", "She joined Deloitte in 2012 after leaving university.", "Deloitte", True),
    ("job at", "Sam Reed, an analyst at Jefferies, expects a cut.", "Jefferies", True),
    ("job and name after", "Wild coach Bruce Boudreau praised the team.", "Wild", True),
    ("a team's win", "Boudreau spoke before the Wild’s 4-1 win over the Sabres.", "Sabres", True),
    ("a progressive verb", "Paramount is still deciding on a direction for the film.", "Paramount", True),
    ("a perfect progressive verb", "Silver Lining has also been working to inform tenants.", "Silver Lining", True),
    ("a team's job after it", "Mason has his full support as the Commodores coach.", "Commodores", True),
    ("an owner of priced models", "Satechi’s awesome $29 72W charger is the first of its kind.", "Satechi", True),
    ("kind before, with a comma", "Its parent organization, Evidence Action, runs two charities.", "Evidence Action", True),
    ("its members after it", "In a town hall meeting, UCLA students raised worries about privacy.", "UCLA", True),
    ("a job of a field at it", "As a professor of management at MIT, he has built on his work.", "MIT", True),
    ("a body after a job title's 'of the'", "According to Matthew Rojansky, director of the Kennan Institute "
     "at the Wilson Center, talks stalled.", "Kennan Institute", True),
    ("subject acting on something", "Lexus showed the concept at the Detroit show.", "Lexus", True),
    ("a well-known organisation (known_organisations.yml)", "Shoppers hunt for bargains on Etsy every week.",
     "Etsy", True),
    ("a well-known name still goes in a product context", "He test-drove the new Porsche Taycan. The new Porsche "
     "costs more.", "Porsche", False),
    ("brand spelling", "Enter TaskRabbit, with its army of contractors.", "TaskRabbit", True),
    ("head word left in lowercase", "He joined the Communist party in 1998 and never left it.", "Communist party", True),
    ("a listed company's line of business", "Her show moved to Disney Channel in 2005.", "Disney Channel", True),
    ("a chamber named after its state", "Indiana is broke, yet the Indiana House passed the budget.",
     "Indiana House", True),
    ("a public function before 'Service'", "Officers of the Zambia Police Service were deployed to the border.",
     "Zambia Police Service", True),
    ("a public function before 'Services', spelt out by its initials", "The Zambia Police Services (ZPS) said "
     "40 officers were deployed.", "Zambia Police Services", True),
    ("'Forum' heads a body's name", "The Northern Governors Forum met in Kaduna on Monday.",
     "Northern Governors Forum", True),
    ("a stock exchange", "Trading on the Regional Stock Exchange was halted for an hour.", "Regional Stock Exchange",
     True),
    ("a wire service's byline", "By Express News Service\nHYDERABAD: The minister said the plant would open in May.",
     "Express News Service", True),
    ("a dateline with its date", "ISLAMABAD, May 25 (APP): The ministry said the visa rules would change.", "APP",
     True),
    ("'&' between surnames joins one firm's name", "Two years later Kelby & Strand opted for a merger.",
     "Kelby & Strand", True),
    ("a state's chamber", "Republicans urged the Texas House of Representatives to adopt the rules.",
     "Texas House of Representatives", True),
    ("an owner before '-owned'", "Drivers at the Silver Line-owned courier walked out on Friday.", "Silver Line",
     True),
    ("a day between the doer and the deed", "Harmony on Monday said it would close two shafts.", "Harmony", True),
    ("listed after a plural organisation noun", "NASA gave lander missions to companies Astrobotic, "
     "Intuitive Machines and Orbit Beyond.", "Orbit Beyond", True),
    ("a newspaper's name alone on the page's first line, its masthead", "Evening Express\n\nCouncil staff have "
     "been urged to reject a pay deal.", "Evening Express", True),
    # in a sports report (a score in the text), a result or a table place names a club
    ("a result's loser after 'defeat of'", "Celtic returned to winning ways with a 1-0 defeat of Kelburn on "
     "Saturday.", "Kelburn", True),
    ("a result's side after 'at home to'", "Kelburn went third after a 3-1 victory at home to Strathmore.",
     "Strathmore", True),
    ("a club some points ahead", "Hibernian won 2-0 on Saturday, leaving them six points behind Kelburn.",
     "Kelburn", True),
    # nothing says it is a body
    ("plain words only", "Fans queued for Tomb Raider at midnight.", "Tomb Raider", False),
    ("one plain word alone", "Crown was the only thing on his mind.", "Crown", False),
    ("plain words also written in lowercase", "Patients in intensive care need quiet. The Intensive Care "
     "team agreed.", "Intensive Care", False),
    # the text says it is something else
    ("product context", "The new Zephyra Vortex costs £300 and ships in May.", "Zephyra Vortex", False),
    ("a thing's head word last", "Buyers can spread the cost with the Payboo Credit Card at checkout.",
     "Payboo Credit Card", False),
    ("a legal suffix alone", "Tyvak Nano-Satellite Systems\nInc., Irvine, California, was picked.", "Inc.", False),
    ("a model number in a longer name", "The Apple A10 Fusion chip is fast.", "Apple A10 Fusion", False),
    ("a department in a lowercase job title", "“We are going,” said Brent Sherwood, vice president of "
     "Advanced Development Programs at Blue Origin.", "Advanced Development Programs", False),
    ("a product's kind after it", "The new alarm management tool, the Digistat Patient Watch solution, "
     "collects data.", "Digistat Patient Watch", False),
    ("programme opener", "Microsoft launched Project Halcyon in 13 markets.", "Project Halcyon", False),
    ("department of a job title", "“It helps,” said Rusmik Oza, Head of Fundamental Research at Kotak Securities.",
     "Fundamental Research", False),
    # an event, a prize or a budget statement, whatever people or acts the text gives it
    ("an awards' director", "Kelvale Comedy Awards director Ann Reid has warned this year's edition may not "
     "go ahead.", "Kelvale Comedy Awards", False),
    ("a budget that acts", "The Budget included £26bn of tax rises, and the Treasury said so.", "Budget", False),
    ("a chancellor's budget", "One in six UK taxpayers will pay 40 per cent income tax under Rishi Sunak’s Budget "
     "plans.", "Rishi Sunak’s Budget", False),
    ("a station's programme named by its slot", "The minister told Radio Kelvale Breakfast that the talks "
     "would resume.", "Radio Kelvale Breakfast", False),
    ("a festival", "Comedians at the Kelvale Fringe will compete for a prize this year, it was announced.",
     "Kelvale Fringe", False),
    ("a region's name the text gives no body's mark", "The lawmakers protested against the outcome of the Osun "
     "State governorship election on Friday.", "Osun State", False),
    # a stock index after "the" or with its move, in its headline too
    ("an index after 'the'", "Markets slipped again. The tech-heavy Nasdaq lost 1.2% on Friday while banks gained.",
     "Nasdaq", False),
    ("an index with its move", "Dow Jones fell 64 points on Tuesday, its worst day in a month.", "Dow Jones", False),
    # nothing but a headline's capitals
    ("only in a title-case headline", "Smartphone Tech Only in Its Infancy, Says Apple Boss\nThe iPhone maker’s boss "
     "spoke in Tokyo on Friday.", "Smartphone Tech", False),
    # a hospital, school or prison is the site where things happen unless someone works at it or it acts
    ("a hospital named only as where things happen", "Ambulances were forced to queue at the Kelvo Royal "
     "Hospital this week.", "Kelvo Royal Hospital", False),
    ("a school named only as where a picket stood", "Teachers stood on the picket line at Brenmoor Primary "
     "School in the rain.", "Brenmoor Primary School", False),
    ("an inquiry named after a hospital", "The Kelvo Abbey Hospital inquiry resumed on Monday.",
     "Kelvo Abbey Hospital", False),
    ("a hospital that apologises", "Kelvo Royal Infirmary apologises to patients after long waits.",
     "Kelvo Royal Infirmary", True),
    ("a place before '-based', whoever works there", "A delegation from Unite, including striking workers at the "
     "Dunmurry-based manufacturer Survitec, addressed the meeting.", "Dunmurry", False),
    # a label for councillors elected without a party names no body (the newspaper is "The Independent")
    ("a party label before what it describes", "Councillor Jean Rowe, leader of the Independent administration, "
     "said the cuts were unavoidable.", "Independent", False),
    ("a party label listed with parties", "Moray is run by a Conservative and Independent coalition, which set "
     "the budget on Thursday.", "Independent", False),
    # a kind of thing in apposition says what the name is, whatever marks it gets elsewhere
    ("a programme in apposition", "Ministers await a decision on Verdana Futures, the EU’s key funding programme for "
     "research. Grants went to organisations from Verdana Futures last year.", "Verdana Futures", False),
])
def test_signal(extractor, name, text, org, kept):
    assert (gated(extractor, text, [org])[org] == "ORG") is kept


def test_the_same_word_opening_the_headline_goes_with_a_plain_word_in_capitals(extractor):
    text = "Council chief slams closures\n\nA COUNCIL chief criticised headteachers for closing schools after the snow."
    assert gated(extractor, text, ["Council", "COUNCIL"]) == {"Council": None, "COUNCIL": None}


@pytest.mark.parametrize("text,org", [
    ("RANGERS legend Ally McCoist blasted the fans.\n\nCeltic are now trailing Rangers by four points.", "RANGERS"),
    ("UNISON has balloted school staff.\n\nMembers of UNISON will strike next week.", "UNISON"),
    ("GMB members have voted to strike over the pay offer.", "GMB"),
])
def test_a_name_in_capitals_opening_a_story_stays_a_body(extractor, text, org):
    """Guards: a side or a union named mid-story too, or an acronym no word of the language spells."""
    assert gated(extractor, text, [org])[org] == "ORG"


def test_acronym_spelt_out_as_a_body_is_kept(extractor):
    text = "The Highland Wildlife Trust (HWT) bought the land. HWT plans to plant trees."
    assert gated(extractor, text, ["HWT"]) == {"HWT": "ORG"}


def test_acronym_spelt_out_in_lowercase_is_no_body(extractor):
    text = "She had hypersensitivity pneumonitis (HP), a rare lung disease. HP can follow exposure to birds."
    assert gated(extractor, text, ["HP"]) == {"HP": None}


def test_acronym_spelt_out_as_a_programme_is_no_body(extractor):
    text = ("NASA picked nine firms for its Commercial Lunar Payload Services (CLPS) initiative. "
            "CLPS deliveries begin next year, NASA said.")
    assert gated(extractor, text, ["CLPS", "NASA"]) == {"CLPS": None, "NASA": "ORG"}


def test_acronym_spelt_out_as_capitalised_plain_words_is_left_to_the_text(extractor):
    # a company's name may be plain words: what the text says of it decides, here its chief executive
    text = "Kestrel Mountain Tobacco (KMT) has agreed to buy Pinewood Cigars. KMT's chief executive praised the deal."
    assert gated(extractor, text, ["KMT"]) == {"KMT": "ORG"}


def test_a_place_the_model_tags_elsewhere_is_no_body(extractor):
    text = "Officials in Scotland confirmed the case. Scotland has had three cases this year."
    doc = extractor.nlp(text)
    first, second = [m.start() for m in re.finditer("Scotland", text)]
    assert any(e.start_char == first and e.label_ in ("GPE", "LOC") for e in doc.ents)
    mentions = [Mention("ORG", second, second + 8, "Scotland")]  # the model's ORG on one mention only
    assert org_evidence.gate(doc, text, mentions, extractor.gazetteer) == []


def test_an_employer_beats_the_place_the_model_saw_elsewhere(extractor):
    text = "Prices rose 4%, according to Jefferies. Sam Reed, an analyst at Jefferies, expects a cut."
    doc = extractor.nlp(text)
    first, second = [m.start() for m in re.finditer("Jefferies", text)]
    assert any(e.start_char == first and e.label_ == "GPE" for e in doc.ents)  # the model's mistake
    mentions = [Mention("ORG", second, second + 9, "Jefferies")]
    assert [m.text for m in org_evidence.gate(doc, text, mentions, extractor.gazetteer)] == ["Jefferies"]


def test_acronym_spelt_out_as_plain_words_joined_into_one_name_is_a_body(extractor):
    text = ("U.S. Customs and Border Protection (CBP) found 475 pounds of cocaine. "
            "The operator did not report his entry to CBP.")
    assert gated(extractor, text, ["CBP"]) == {"CBP": "ORG"}


def test_a_listed_neighbour_passes_evidence_along_a_list(extractor):
    text = "The bidders were Boeing, Draper, Tyvak and Lockheed Martin."
    assert gated(extractor, text, ["Boeing", "Draper", "Tyvak", "Lockheed Martin"]) == {
        "Boeing": "ORG", "Draper": "ORG", "Tyvak": "ORG", "Lockheed Martin": "ORG"}


def test_an_items_short_form_in_brackets_does_not_break_the_list(extractor):
    names = ["Kelvale Power Co.", "Dunmore Renewables Company", "Coastal Global Aluminium", "Norvale Steel Works",
             "Ashgrove Grid Co"]
    text = ("Kelvale Power Co. (KPC), Dunmore Renewables Company (Dunro), Coastal Global Aluminium (CGA), "
            "Norvale Steel Works (NSW), and Ashgrove Grid Co were among the firms involved.")
    assert gated(extractor, text, names) == dict.fromkeys(names, "ORG")


def test_a_slash_joins_two_bodies_like_a_comma(extractor):
    text = "Signed: Paul Starr, Kelvale Prospect/Princeton University; Ann Reid, writer."
    assert gated(extractor, text, ["Kelvale Prospect", "Princeton University"]) == {
        "Kelvale Prospect": "ORG", "Princeton University": "ORG"}


def test_a_team_inside_a_body_is_not_the_body(extractor):
    text = "ESA said the work was done with the help of ESA Topical Team scientists in Munich."
    assert gated(extractor, text, ["ESA", "ESA Topical Team"]) == {"ESA": "ORG", "ESA Topical Team": None}


def test_the_place_that_opens_a_councils_name_is_the_place(extractor):
    text = ("The leader of Aberdeen said all 32 councils can’t be wrong. Aberdeen City Council’s co-leader "
            "warned that the cuts will hit Aberdeen hard. The EIS Council met the EIS on Saturday, and the "
            "U.N. Security Council heard from the U.N. envoy.")
    assert gated(extractor, text, ["Aberdeen", "Aberdeen City Council", "EIS", "EIS Council", "U.N.",
                                   "U.N. Security Council"]) == {
        "Aberdeen": None, "Aberdeen City Council": "ORG", "EIS": "ORG", "EIS Council": "ORG", "U.N.": "ORG",
        "U.N. Security Council": "ORG"}


def test_the_town_that_opens_a_courts_name_is_the_town(extractor):
    text = ("A Dunoon shop worker had his wages docked. Nobody has paid a fine in person there since the court "
            "service closed Dunoon Sheriff Court.")
    assert gated(extractor, text, ["Dunoon", "Dunoon Sheriff Court"]) == {"Dunoon": None, "Dunoon Sheriff Court": "ORG"}


def test_a_thing_a_body_owns_is_not_a_body(extractor):
    text = "NASA has recruited Blue Origin’s Blue Moon for the landing. Blue Origin said it was proud."
    assert gated(extractor, text, ["Blue Origin", "Blue Moon"]) == {"Blue Origin": "ORG", "Blue Moon": None}


def test_a_name_also_written_as_a_person_is_a_person(extractor):
    text = "Vasek Pospisil edged Reilly Opelka. Later Vasek Pospisil thanked the crowd."
    doc = extractor.nlp(text)
    first, second = [m.start() for m in re.finditer("Vasek Pospisil", text)]
    mentions = [Mention("ORG", first, first + 14, "Vasek Pospisil"),
                Mention("PERSON", second, second + 14, "Vasek Pospisil")]
    out = org_evidence.gate(doc, text, mentions, extractor.gazetteer)
    assert [m.label for m in out] == ["PERSON", "PERSON"]


@pytest.mark.parametrize("text, name, full_names, label", [
    # the model calls some mentions of a charity a person: what the text says of it makes it a body
    ("Hearthfold says 30,000 families will spend the winter in hostels. Hearthfold is a campaigning charity "
     "that lobbies ministers.", "Hearthfold", [], "ORG"),
    ("The cuts were confirmed by Creative Alba. Interim chairman of Creative Alba Ben Thomson said the "
     "board had listened.", "Creative Alba", ["Ben Thomson"], "ORG"),
])
def test_a_name_the_model_also_calls_a_person_is_a_body_where_the_text_marks_it_so(extractor, text, name,
                                                                                   full_names, label):
    """"Shelter says …" (PERSON), "Shelter is a campaigning charity": a name with no person's shape
    (no given name, no title, no word of another person's full name) that the text marks as a body
    is one on every mention, though the model called some of them a person."""
    doc = extractor.nlp(text)
    people = [Mention("PERSON", m.start(), m.end(), m.group()) for n in full_names for m in re.finditer(n, text)]
    spans = [m.span() for m in re.finditer(re.escape(name), text)
             if not any(p.start <= m.start() < p.end for p in people)]
    mentions = [Mention("ORG" if i == 0 else "PERSON", s, e, name) for i, (s, e) in enumerate(spans)]
    out = org_evidence.gate(doc, text, mentions + people, extractor.gazetteer)
    assert {m.label for m in out if m.text == name} == {label}


@pytest.mark.parametrize("text, name", [
    ("Several chains have struggled this year, while Hollowfield closed its last stores in March.", "Hollowfield"),
    ("Two retailers collapsed in January, and Brackenby, which once employed 900 people, has cut its staff by half.",
     "Brackenby"),
])
def test_a_name_the_text_refers_back_to_as_it_is_a_body(extractor, text, name):
    """"Comet closed its stores": a person is "his" or "her"; a proper name owning "its" staff or
    stores, that the model left untagged or took for a person, is a body."""
    assert ("ORG", name) in {(e.label, e.text) for e in extractor.extract(text).entities}


@pytest.mark.parametrize("text, name", [
    ('"I thought it was just rewards for the last four or five performances," said McCann, whose side moved '
     'out of the League Two relegation zone after a 2-1 win.', "McCann"),
    ('"It was a scrappy game but we got the three points," said McInnes. Aberdeen are fourth after the 1-0 win.',
     "McInnes"),
])
def test_a_lone_name_speaking_after_a_quote_is_a_person(extractor, text, name):
    assert ("PERSON", name) in {(e.label, e.text) for e in extractor.extract(text).entities}


def test_a_full_name_whose_surname_follows_a_title_elsewhere_is_a_person(extractor):
    text = "Critics say Humza Yousaf is finished. Mr Yousaf told reporters he would fight on."
    doc = extractor.nlp(text)
    full, title = text.index("Humza Yousaf"), text.index("Yousaf told")
    mentions = [Mention("ORG", full, full + 12, "Humza Yousaf"),
                Mention("PERSON", title, title + 6, "Yousaf", titled=True)]
    out = org_evidence.gate(doc, text, mentions, extractor.gazetteer)
    assert [m.label for m in out] == ["PERSON", "PERSON"]


def test_the_first_word_of_a_kept_name_stands_for_it(extractor):
    text = "Astrobotic Technology won the contract. Astrobotic will fly in 2021."
    assert gated(extractor, text, ["Astrobotic Technology", "Astrobotic"])["Astrobotic"] == "ORG"


def test_a_head_word_inside_a_longer_name_is_part_of_something_else(extractor):
    text = "Gallagher recorded Council Skies at his studio in London."  # an album
    assert gated(extractor, text, ["Council Skies"]) == {"Council Skies": None}
    text = "The show went out live from inside Sports Authority Field in Denver."  # a venue
    assert gated(extractor, text, ["Sports Authority Field"]) == {"Sports Authority Field": None}
    text = "Waterways Trust Scotland will reopen the canal next spring."  # a country after the head word
    assert gated(extractor, text, ["Waterways Trust Scotland"]) == {"Waterways Trust Scotland": "ORG"}
    text = "Shares in Kestrix Inc. rose 4% in early trading."
    assert gated(extractor, text, ["Kestrix Inc."]) == {"Kestrix Inc.": "ORG"}


def test_a_name_owning_a_persons_full_name_is_the_employer(extractor):
    # a plain word owning a capitalised word is no body by that alone ("Assassin’s Creed")
    text = "Grad was joined on the panel by Showtime's Gary Levine, who runs its comedy slate."
    assert gated(extractor, text, ["Showtime"], ["Gary Levine"]) == {"Showtime": "ORG"}
    assert gated(extractor, text, ["Showtime"]) == {"Showtime": None}  # the words alone, no person there


def test_two_words_of_a_name_the_article_writes_whole_are_no_list(extractor):
    text = ("Pete Buttigieg announced his endorsements on Monday. Steyer, according to a count from the "
            "Charleston-based Post and Courier, has the backing of six state legislators, and the Post and Courier "
            "has a full list.")
    assert "Courier" not in orgs_of(extractor, text)


def test_a_short_form_of_a_kept_name_passes_evidence_along_its_list(extractor):
    text = "Fans hoped the side would beat Swansea City. Instead, defeats to Chelsea and Swansea followed."
    assert {"Chelsea", "Swansea City"} <= orgs_of(extractor, text)


def test_a_city_where_a_company_sits_marks_it_as_a_body(extractor):
    text = "Mumbai-based Tessaro and Ghaziabad-based Clearvu raised new rounds this week."
    assert model_labels(extractor, text)["Mumbai"] == "GPE"
    assert {"Tessaro", "Clearvu"} <= orgs_of(extractor, text)


def test_both_sides_of_a_results_line_are_teams(extractor):
    text = "Harlow Town 1 - 0 Kelvale Rovers\n\nJim Bell (Harlow Town): \"We defended well and deserved it.\""
    assert not {"Harlow Town", "Kelvale Rovers"} & set(model_labels(extractor, text))  # the model sees no name
    assert {"Harlow Town", "Kelvale Rovers"} <= orgs_of(extractor, text)
    text = "England 2-1 Wales\n\nGareth Southgate said the side had played well."  # national sides
    assert not orgs_of(extractor, text) & {"England", "Wales"}


def test_both_sides_of_a_live_pages_results_summary_are_teams(extractor):
    # a bullet and a label before the result, the scorers after it
    text = ("Live: Scottish Cup replays\n- FT: Harlow Town 2-1 Kelvale Rovers (Bell 2; Moore)\n"
            "- FT: Motherwell 1-1 Dundee (Tanner; McGowan)\nThat is all from us tonight.")
    assert {"Harlow Town", "Kelvale Rovers", "Motherwell", "Dundee"} <= orgs_of(extractor, text)


def test_a_news_paragraph_keeps_its_real_organisations(extractor):
    text = ("Bin workers at Glasgow City Council will strike next week, the union Unite said on Monday. "
            "A spokesperson for the Convention of Scottish Local Authorities (COSLA) said the offer was fair. "
            "Shares in Tesco (LSE: TSCO) fell 3% after Jefferies analyst Jonathan Matuszewski cut his target, "
            "and Sainsbury’s chief executive Simon Roberts told Reuters that costs were rising. "
            "According to the research firm Kantar, grocery inflation reached 9%. COSLA will meet Unite again on Friday.")
    orgs = {e.canonical for e in extractor.extract(text).entities if e.label == "ORG"}
    for name in ("Glasgow City Council", "Unite", "Tesco", "Jefferies", "Sainsbury’s", "Reuters", "Kantar"):
        assert any(name.rstrip("’s") in o for o in orgs), (name, orgs)
    assert any("COSLA" in o or "Convention of Scottish Local Authorities" in o for o in orgs), orgs


def test_the_same_unknown_words_with_nothing_around_them_are_dropped(extractor):
    """The control for the signals above: the model's label alone does not keep a word."""
    text = "There was talk of Varoflex, Kestrix and Politicon at the fair."
    assert gated(extractor, text, ["Varoflex", "Kestrix", "Politicon"]) == {
        "Varoflex": None, "Kestrix": None, "Politicon": None}


def test_a_list_of_mostly_kept_bodies_passes_evidence_to_an_item_without_tagged_neighbours(extractor):
    text = ("Nvidia said cards come from Nvidia, Gigabyte, MSI, Quenzo and Asus. Gigabyte declined to comment. "
            "Stores stock Halo, Doom, Varoflex and Tetris.")
    assert gated(extractor, text, ["Nvidia", "Gigabyte", "Quenzo", "Varoflex"]) == {
        "Nvidia": "ORG", "Gigabyte": "ORG", "Quenzo": "ORG", "Varoflex": None}


def test_a_list_ending_a_paragraph_passes_evidence_to_its_last_item(extractor):
    text = ("Nvidia said cards come from Nvidia, Gigabyte, MSI and Quenzo.\n\nThis week Gigabyte declined to comment.")
    assert gated(extractor, text, ["Nvidia", "Gigabyte", "Quenzo"])["Quenzo"] == "ORG"


def test_a_well_known_organisation_the_model_does_not_tag_as_one_is_found(extractor):
    """known_organisations.yml adds the names the model calls a person, a work or nothing."""
    text = ("For established gaming powers such as Ubisoft and Take-Two Interactive, streaming matters. "
            "The story was first published on Live Science.\n"
            "Disclosure: ZDNet may earn a commission from some of the products featured on this page.")
    model_orgs = {e.text for e in extractor.nlp(text).ents if e.label_ == "ORG"}
    assert not model_orgs & {"Ubisoft", "Live Science", "ZDNet"}  # the model's misses
    orgs = {e.canonical for e in extractor.extract(text).entities if e.label == "ORG"}
    assert {"Ubisoft", "Live Science", "ZDNet"} <= orgs


@pytest.mark.parametrize("text, name", [
    ("The shop on Mill Lane will close in March after ten years.\n\n"
     "A Co-op spokesperson said: \"We thank the community for their support of this store.\"", "Co-op"),
    ("Riders were told about the medal rule in January.\n\n"
     "A Velo-Link spokeswoman said: \"The policy was published in January and applies to every event.\"", "Velo-Link"),
])
def test_a_name_the_model_misses_before_its_spokesperson_is_a_body_that_speaks(extractor, text, name):
    """"A Co-op spokesperson said": a person's spokesperson is "Smith's spokesman", so the
    untagged name between "a" and the spokesperson is a body's, and it speaks the quote."""
    result = extractor.extract(text)
    assert any(e.text == name and e.label == "ORG" for e in result.entities)
    assert [q.speaker for q in result.quotes] == [name]


@pytest.mark.parametrize("text, name", [
    ("Faith Relief, a Muslim faith-based humanitarian aid charity based in Bolton, has raised £50,000 for flood "
     "victims.\n“Our supporters have been incredibly generous,” the charity said.", "Faith Relief"),
    ("Support last winter came from Hearthside, the charity for older people living alone.\n"
     "Hearthside said demand had never been higher. “We need help,” the charity said.", "Hearthside"),
    ("Support last winter came from Bright Hands, the charity for older people living alone.\n"
     "Bright Hands said demand had never been higher. “We need help,” the charity said.", "Bright Hands"),
])
def test_a_name_the_text_calls_a_kind_of_body_in_apposition_is_a_body_that_speaks(extractor, text, name):
    """"Poppyscotland, the charity for ex-servicemen": a name the model leaves untagged, or takes for a
    place, that the text calls a charity, a firm or a watchdog in apposition is that body, wherever the
    article writes it, and "the charity said" finds it."""
    result = extractor.extract(text)
    assert any(e.text == name and e.label == "ORG" for e in result.entities)
    assert [q.speaker for q in result.quotes] == [name]


@pytest.mark.parametrize("text, word", [
    ("Separately, the company, which runs the site, said it would appeal the ruling.", "Separately"),
    ("In Leven, the company that runs the site said it would appeal the ruling.", "Leven"),
])
def test_no_word_or_place_opening_a_sentence_is_a_body_for_the_kind_after_it(extractor, text, word):
    assert not any(e.text == word and e.label == "ORG" for e in extractor.extract(text).entities)


@pytest.mark.parametrize("text, names", [
    # bodies that news from India, Africa, Ireland, Canada and Australia names in passing
    ("According to an ANI report, the flight landed at 7.20 am.", {"ANI"}),
    ("PTI NEW DELHI: The railway minister resigned on Friday.", {"PTI"}),
    ("Cosatu threatened to withdraw its support for the ANC before the election.", {"Cosatu", "ANC"}),
    ("Shares in Eskom suppliers fell after the outage, traders said.", {"Eskom"}),
    ("Staff at Safaricom and Kenya Power were told to work from home.", {"Safaricom", "Kenya Power"}),
    ("Opposition NDP critics said the province should have acted sooner.", {"NDP"}),
    ("He is tipped to become the best forward in the AFL within two years.", {"AFL"}),
    ("The Matildas drew 1-1 with Canada in front of a record crowd.", {"Matildas"}),
    ("Telstra and Optus both reported outages across Sydney on Friday.", {"Telstra", "Optus"}),
    ("Investors pulled money from Westpac and NAB after the results.", {"Westpac", "NAB"}),
    ("Enterprise Ireland said the firm would hire 40 staff in Cork.", {"Enterprise Ireland"}),
    ("The SECP fined the broker Rs 2 million for late filings.", {"SECP"}),
    ("Islamabad United beat Lahore Qalandars by six wickets on Sunday.", {"Islamabad United"}),
    ("Workers at Cleanaway walked off the job on Friday.", {"Cleanaway"}),
    ("Engineers at Red Hat were told the office would close in March.", {"Red Hat"}),
    ("Only the Doordarshan was allowed to telecast the proceedings.", {"Doordarshan"}),
    ("North Korea lashed out at the UNSC over the sanctions.", {"UNSC"}),
    ("Detectives found that the News of the World had listened to the voicemail of a missing girl.",
     {"News of the World"}),
    ("The advert was meant to appear only in WWD, but a rival printed it first.", {"WWD"}),
])
def test_a_well_known_organisation_beyond_the_us_and_uk_is_found(extractor, text, names):
    assert names <= {e.canonical for e in extractor.extract(text).entities if e.label == "ORG"}


@pytest.mark.parametrize("text, names", [
    # law firms, administrators, pollsters, accountants and campaign groups quoted in passing
    ("Administrator Teneo said the stores would keep trading for now.", {"Teneo"}),
    ("The bank was advised by Linklaters and Addleshaw Goddard on the deal.", {"Linklaters", "Addleshaw Goddard"}),
    ("He joined Reed Smith from Brodies last year.", {"Reed Smith", "Brodies"}),
    ("Polling by Survation for the Daily Record put Labour ahead.", {"Survation"}),
    ("A report from Grant Thornton found that 30 firms had failed.", {"Grant Thornton"}),
    ("Protesters from Just Stop Oil sprayed paint on the building.", {"Just Stop Oil"}),
    # a curly apostrophe where known_organisations.yml writes a straight one
    ("Sainsbury’s was the last of the four major grocers to post its first quarter results today.",
     {"Sainsbury’s"}),
    # a photo agency in a credit line, not the software company its name opens with
    ("Teachers at a school in Fife walked out on Tuesday.\nPhoto: kelvinphoto/Adobe Stock", {"Adobe Stock"}),
    # "Pic:", the Scottish papers' credit label, before an agency
    ("The players trudged off after the 3-1 defeat at Tynecastle. Pic: SNS", {"SNS"}),
])
def test_a_firm_pollster_or_campaign_group_named_in_passing_is_found(extractor, text, names):
    assert names <= {e.canonical for e in extractor.extract(text).entities if e.label == "ORG"}


@pytest.mark.parametrize("text, names", [
    # UK public life: legislatures named by their seat, watchdogs, channels, departments and
    # parties named by their adjective
    ("The First Minister told Holyrood that the scheme would go ahead.", {"Holyrood"}),
    ("A former Stormont minister said the row was unsettling.", {"Stormont"}),
    ("The plan was backed in a Senedd vote on Tuesday.", {"Senedd"}),
    ("The finance secretary accused Westminster of short-changing the country.", {"Westminster"}),
    ("The budget comes a day before a major fiscal event at Westminster.", {"Westminster"}),
    ("The union called on the Westminster government to fund universities.", {"Westminster government"}),
    # a party's name before "government" stays the party's ("the PML-N government")
    ("He said the PML-N government had come to power three times before.", {"PML-N"}),
    ("Accounts filed at Companies House show a loss of £2m.", {"Companies House"}),
    ("The club went under this year when it failed to pay debts to HM Revenue and Customs.",
     {"HM Revenue and Customs"}),
    ("Transport Focus, the passenger watchdog, called the rise unfair.", {"Transport Focus"}),
    ("Speaking to BBC One's Sunday programme, the minister said no.", {"BBC One"}),
    ("The Russell Group and Universities UK both welcomed the funding.", {"Universities UK"}),
    # England's national NHS bodies, which the model cuts to "NHS"
    ("Trust directors hit back at NHS Improvement's claims about staffing.", {"NHS Improvement"}),
    ("Sarah Lane, chief executive of NHS Employers, said the offer was fair.", {"NHS Employers"}),
    ("The grant was announced by the Department of Business, Energy and Industrial Strategy (BEIS).",
     {"Department of Business, Energy and Industrial Strategy"}),
    ("The motion was put forward by the local Conservative group last year.", {"Conservative"}),
    ("I and my Welsh Conservative colleagues want a referendum.", {"Welsh Conservative"}),
])
def test_a_body_of_uk_public_life_named_in_passing_is_found(extractor, text, names):
    assert names <= {e.canonical for e in extractor.extract(text).entities if e.label == "ORG"}


@pytest.mark.parametrize("text", [
    "Deputy First Minister John Swinney told Politics Scotland he had confidence in her.",
    "The health secretary told Good Morning Scotland that the figures were unacceptable.",
])
def test_a_broadcast_programme_someone_spoke_to_is_no_body(extractor, text):
    """aliases.yml's not_entities lists programmes: "told X" names where they spoke, not an outlet."""
    assert [e.text for e in extractor.extract(text).entities if e.label == "ORG"] == []


def test_a_well_known_name_in_a_longer_name_as_a_surname_or_as_a_capitalised_word_is_not_added(extractor):
    text = ("Stripe patterns are back. Michael Dell founded the firm; Dell said it would grow. "
            "Students at Harvard Business School met in the hall.")
    entities = extractor.extract(text).entities
    assert {e.canonical for e in entities if e.label == "ORG"} == {"Harvard Business School"}
    assert {e.canonical for e in entities if e.label == "PERSON"} == {"Michael Dell"}


def test_a_well_known_name_vouches_for_its_own_thing_word(extractor):
    text = "Our friends over at Tom's Guide tested the service for a week."
    assert gated(extractor, text, ["Tom's Guide"]) == {"Tom's Guide": "ORG"}
    text = "Our friends over at Kelvale Guide tested the service for a week."  # 'Guide' names a thing
    assert gated(extractor, text, ["Kelvale Guide"]) == {"Kelvale Guide": None}


def test_a_well_known_makers_line_is_no_product_but_what_is_said_of_a_product_still_counts(extractor):
    assert gated(extractor, "Fans queued all night for Ubisoft games.", ["Ubisoft"]) == {"Ubisoft": "ORG"}
    assert gated(extractor, "The new Porsche costs more than the old one.", ["Porsche"]) == {"Porsche": None}


def model_labels(extractor, text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in extractor.nlp(text).ents}


def orgs_of(extractor, text: str) -> set[str]:
    return {e.canonical for e in extractor.extract(text).entities if e.label == "ORG"}


@pytest.mark.parametrize("name,text,org,model_label", [
    ("a kind of body in apposition", "The deal is the result of a partnership between the International Tennis "
     "Federation and Kosmos, a group co-founded by a footballer.", "Kosmos", "PERSON"),
    ("listed after a plural organisation noun", "NASA awarded lander missions to companies Astrobotic, Intuitive "
     "Machines and Orbit Beyond.", "Astrobotic", "LOC"),
    ("a city standing for its club", "Anthony Mantha scored for Detroit, which ended a five-game point streak.",
     "Detroit", "GPE"),
    ("a job at it", "“It is a bad-news story,” said Trevor Houser, a partner at Rhodium and author of the report.",
     "Rhodium", "GPE"),
    ("a kind of body after 'is a'", "Dating back to 1930, Kestrix is a fish cake factory in Monbetsu.",
     "Kestrix", "GPE"),
    ("signed to it", "The next thing she knew, Steenburgen had been signed to Universal as a songwriter.",
     "Universal", "PERSON"),
    ("its backer before it, with a hyphen", "The chatbot was developed by Microsoft-backed Vantiro, the report said.",
     "Vantiro", "GPE"),
    ("a body's phrase opening its sentence", "Shares in M&S fell more than 1.5% in the first hour of trading.",
     "M&S", "GPE"),
    ("a club's boss, named in full after it", "London, Sep 11 Tottenham Hotspur boss Jose Mourinho feels the "
     "club will sign a striker in the transfer window.", "Tottenham Hotspur", "PERSON"),
])
def test_a_name_the_model_calls_a_place_or_a_person_is_a_body_on_evidence_no_place_has(
        extractor, name, text, org, model_label):
    assert model_labels(extractor, text)[org] == model_label  # the model's mistake
    assert org in orgs_of(extractor, text)


def test_a_country_a_compound_and_a_place_with_nothing_around_it_stay_places(extractor):
    text = ("Spain held on for a 2-1 win over Russia. Will Moy, chief executive of the London-based "
            "website Full Fact, spoke. Officials at the port in Antwerp were not available.")
    labels = model_labels(extractor, text)
    assert labels["Russia"] == labels["London"] == "GPE"
    assert not orgs_of(extractor, text) & {"Russia", "London", "Antwerp", "Spain"}


@pytest.mark.parametrize("text,side", [
    # the model tags no name at all before the job
    ("Aberdeen manager Barry Robson felt his players deserved more from the afternoon.", "Aberdeen"),
    ("Woking manager Neal Ardley apologised to supporters after the defeat.", "Woking"),
    # a plain word, written with a capital inside a sentence
    ("Interim Hearts manager Liam Fox declared himself delighted with the response.", "Hearts"),
    # a body's job: an analyst, a chief executive work for a body
    ("Shares fell 4% on Monday. Investec analyst David Jeary said the news would concern investors.", "Investec"),
    ("The charity said it was sorry. RNIB chief executive Sally Harvey has stepped down.", "RNIB"),
    ("Talks resumed on Monday. Craigforth general secretary David Kennedy said the offer was poor.", "Craigforth"),
])
def test_a_side_named_right_before_its_manager_is_a_body(extractor, text, side):
    assert side in orgs_of(extractor, text)


def test_a_job_a_country_or_a_nationality_before_a_manager_is_no_body(extractor):
    text = ("Project manager Jane Smith said the work was late. The Indian captain Rohit Sharma said the pitch "
            "was good. England head coach Gareth Southgate agreed. All-Star guard Russell Westbrook scored 27.")
    assert not orgs_of(extractor, text) & {"Project", "Indian", "England", "All-Star"}
    # a body's kind or a field before a body's job is a word of the language, not its name
    text = "The results were strong, and Group chief executive Jane Smith said sales rose."
    assert "Group" not in orgs_of(extractor, text)


def test_the_first_place_a_councils_name_lists_is_no_body_of_its_own(extractor):
    text = "Pay talks for staff at Armagh City, Banbridge and Craigavon Borough Council broke down on Friday."
    assert "Armagh City" not in orgs_of(extractor, text)


def test_a_place_before_a_sides_noun_after_a_result_describes_the_side(extractor):
    text = ("Celtic beat Hibernian 2-0 on Saturday. The win leaves them 19 points clear of the Ibrox side "
            "with six games to play.")
    assert "Ibrox" not in orgs_of(extractor, text)
    text = "Celtic beat Hibernian 2-0 on Saturday. The win leaves them 19 points clear of Rangers with six games to play."
    assert "Rangers" in orgs_of(extractor, text)


def test_a_well_known_name_that_ends_a_persons_name_in_the_article_is_hers(extractor):
    text = "Kirstjen Nielsen resigned on Sunday. Nielsen had led the department since 2017."
    assert "Nielsen" not in orgs_of(extractor, text)
    text = "Prices rose 4% last year, according to figures from Nielsen."
    assert "Nielsen" in orgs_of(extractor, text)


def test_a_name_the_model_only_calls_a_work_is_a_body_when_named_as_a_source(extractor):
    text = "The results, published in the journal Technology, were comparable to clinical trials."
    assert model_labels(extractor, text)["Technology"] == "PRODUCT"
    assert "Technology" in orgs_of(extractor, text)
    text = "The research was led by PhD candidates Deokkyun Yoon and Molong Duan."  # a modifier, not a source
    assert model_labels(extractor, text)["PhD"] == "WORK_OF_ART"
    assert "PhD" not in orgs_of(extractor, text)


def test_in_a_sports_report_a_result_makes_a_place_name_a_team(extractor):
    text = "Mike Glass threw for three touchdowns and Eastern Michigan rolled past Northern Illinois, 45-17, on Tuesday."
    assert model_labels(extractor, text)["Eastern Michigan"] == model_labels(extractor, text)["Northern Illinois"] == "LOC"
    assert {"Eastern Michigan", "Northern Illinois"} <= orgs_of(extractor, text)
    text = "Chicago beat New York in a vote to host the convention."  # no score: no sports report
    assert not orgs_of(extractor, text) & {"Chicago", "New York"}


def test_in_a_sports_report_a_result_makes_a_town_the_model_calls_a_people_a_team(extractor):
    text = ("Rangers have now recorded four successive wins against Aberdeen home and away. "
            "The 2-1 win at Ibrox was deserved.")
    assert model_labels(extractor, text)["Aberdeen"] == "NORP"
    assert "Aberdeen" in orgs_of(extractor, text)
    text = text.replace("2-1 ", "")  # no score: no sports report
    assert "Aberdeen" not in orgs_of(extractor, text)
    text = "Fans booed as Spain recorded a 2-1 win against Dutch opposition, and the Basque coach was sacked."
    assert model_labels(extractor, text)["Dutch"] == "NORP"  # a nationality stays one
    assert not orgs_of(extractor, text) & {"Dutch", "Basque"}


def test_in_a_sports_report_a_result_keeps_a_team_the_model_tagged(extractor):
    text = ("Tanner Morgan is uncertain for Minnesota’s game at Northwestern. The Gophers (9-1, 6-1) "
            "lead the division.")
    assert gated(extractor, text, ["Northwestern"]) == {"Northwestern": "ORG"}
    text = "Tanner Morgan talked about the game at Northwestern on Friday."  # no score: no sports report
    assert gated(extractor, text, ["Northwestern"]) == {"Northwestern": None}


def test_a_name_running_on_from_a_body_into_what_it_owns_is_the_body(extractor):
    text = ("Considering his aversion to the truth — the Washington Post’s Fact Checker team documented "
            "39,573 falsehoods — it is no surprise.")
    assert model_labels(extractor, text)["the Washington Post’s Fact Checker"] == "ORG"
    assert orgs_of(extractor, text) == {"Washington Post"}
    # what a body owns that is a body itself stays whole
    name = "NASA’s Office of the Inspector General"
    assert gated(extractor, f"The {name} published a report on Tuesday.", [name]) == {name: "ORG"}


def test_a_country_the_model_tags_as_its_team_stays_a_country(extractor):
    text = ("England beat Wales 2-1 at Wembley on Saturday. England captain Harry Kane scored twice, "
            "and Wales coach Ryan Giggs said his side were tired.")
    assert model_labels(extractor, text)["Wales"] == "ORG"  # the model's team
    assert "Wales" not in orgs_of(extractor, text)
    # a city standing for its club, a state's university side and a club named like its country are bodies
    assert "Detroit" in orgs_of(extractor, "Anthony Mantha scored for Detroit, which ended a five-game streak.")
    assert "Georgia" in orgs_of(extractor, "Georgia beat Auburn 21-14. Georgia coach Kirby Smart praised the defence.")


def test_a_name_listed_after_kinds_of_product_has_no_bodys_mark(extractor):
    text = "You pay the same prices you would find on other platforms like Zentra, Vireo Live and Kestrix."
    assert gated(extractor, text, ["Zentra", "Kestrix"]) == {"Zentra": None, "Kestrix": None}
    text = "The deal went to companies like Zentra, Vireo Live and Kestrix."
    assert gated(extractor, text, ["Zentra", "Kestrix"]) == {"Zentra": "ORG", "Kestrix": "ORG"}


def test_an_example_of_a_kind_of_product_is_no_body(extractor):
    text = "Rivals have tried niche streaming services, such as Vireo All Access, with little success."
    assert gated(extractor, text, ["Vireo All Access"]) == {"Vireo All Access": None}
    text = "Rivals include media companies, such as Vireo All Access, with little success."
    assert gated(extractor, text, ["Vireo All Access"]) == {"Vireo All Access": "ORG"}


def test_one_of_many_things_is_no_body(extractor):
    text = "A Zentrascan provides more consistent results. Zentrascan uses X-rays to measure fat."
    assert gated(extractor, text, ["Zentrascan"]) == {"Zentrascan": None}
    text = "A Zentrascan engineer provides more consistent results. Zentrascan uses X-rays to measure fat."
    assert gated(extractor, text, ["Zentrascan"]) == {"Zentrascan": "ORG"}  # "a" describes the engineer


def test_a_place_built_for_people_or_vehicles_is_no_body(extractor):
    text = "Agents patrolled the Kelvo Public Boat Ramp in Fajardo. Use of the Dursey Island Cable Car is restricted."
    assert gated(extractor, text, ["Kelvo Public Boat Ramp", "Dursey Island Cable Car"]) == {
        "Kelvo Public Boat Ramp": None, "Dursey Island Cable Car": None}
    text = "Kelvo Station said on Monday that it had hired 40 staff."  # what only a body does
    assert gated(extractor, text, ["Kelvo Station"]) == {"Kelvo Station": "ORG"}


def test_a_job_after_of_is_the_remit_of_the_body_before_it(extractor):
    text = "The Office of the President said on Monday that the Kelvo plan was ready."
    assert gated(extractor, text, ["Office of the President"]) == {"Office of the President": "ORG"}


def test_a_name_running_on_into_a_job_is_the_body_before_it(extractor):
    text = ("The Vintners Federation of Ireland (VFI) has warned of job losses. VFI Chief Executive, "
            "Padraig Cribben, said: “It’s impossible to overstate the impact.”")
    doc = extractor.nlp(text)
    start = text.index("VFI Chief Executive")
    mentions = [Mention("ORG", start, start + len("VFI Chief Executive"), "VFI Chief Executive")]
    assert [m.text for m in org_evidence.gate(doc, text, mentions, extractor.gazetteer)] == ["VFI"]
    # a legislator after their party: the party; after a side that is no body, nothing
    text = ("The Kelvo Workers Party (KWP) lost the vote. The committee heard from former KWP Member of "
            "Parliament (MP) Anna Rao on Monday.")
    doc = extractor.nlp(text)
    mentions = [Mention("ORG", text.index(n), text.index(n) + len(n), n)
                for n in ("Kelvo Workers Party", "KWP Member of Parliament")]
    assert [m.text for m in org_evidence.gate(doc, text, mentions, extractor.gazetteer)] == ["Kelvo Workers Party", "KWP"]
    assert gated(extractor, "Opposition Member of Parliament, Anna Rao, criticised the budget.",
                 ["Opposition Member of Parliament"]) == {"Opposition Member of Parliament": None}
    # a job of nothing is no body
    assert gated(extractor, "The Home Secretary said the Kelvo Commissioner would resign.", ["Kelvo Commissioner"]) \
        == {"Kelvo Commissioner": None}
    text = "“The draft was adopted unanimously,” current UNSC Chair, Georges Chikoti stated."
    doc = extractor.nlp(text)
    start = text.index("UNSC Chair")
    mentions = [Mention("ORG", start, start + len("UNSC Chair"), "UNSC Chair")]
    assert "UNSC Chair" not in [m.text for m in org_evidence.gate(doc, text, mentions, extractor.gazetteer)]


def test_a_fund_or_a_league_is_money_or_a_competition_unless_the_text_marks_it_as_a_body(extractor):
    pot = "The minister moved $170 million out of the Kelvo Roads Fund and into the general budget."
    assert gated(extractor, pot, ["Kelvo Roads Fund"]) == {"Kelvo Roads Fund": None}
    body = "The Kelvo Roads Fund said on Monday that its chief executive would step down."
    assert gated(extractor, body, ["Kelvo Roads Fund"]) == {"Kelvo Roads Fund": "ORG"}
    # a league is a competition the same way, a body where it speaks
    competition = "Six clubs signed up to the failed Kelvo Super League last spring."
    assert gated(extractor, competition, ["Kelvo Super League"]) == {"Kelvo Super League": None}
    body = "The Kelvo Premier League said in a statement that the clubs had apologised."
    assert gated(extractor, body, ["Kelvo Premier League"]) == {"Kelvo Premier League": "ORG"}
    # spelt out by its initials, a fund is left to the rest of the evidence
    initials = "Members of the Kelvo Provident Fund (KPF) will receive a dividend of 5%."
    assert gated(extractor, initials, ["Kelvo Provident Fund", "KPF"])["Kelvo Provident Fund"] == "ORG"


def test_state_house_is_the_residence_where_people_go_and_the_presidency_where_it_acts(extractor):
    for text in ("Union leaders marched to State House on Monday to present a petition.",
                 "The President met the doctors at the State House, Abuja, on Friday."):
        assert gated(extractor, text, ["State House"]) == {"State House": None}
    acts = "State House officials said the Treasury and State House had agreed the budget."
    assert gated(extractor, acts, ["State House"]) == {"State House": "ORG"}


def test_the_state_and_a_bench_of_judges_are_no_named_bodies(extractor):
    from extract.entities import find_mentions
    text = ("“Every officer deserves our State’s thanks,” the premier said. A three-judge Bench headed by "
            "Justice Kelvo Rao adjourned the case, and the Bench will sit again in May.")
    names = {m.text for m in find_mentions(extractor.nlp(text), extractor.gazetteer, text) if m.label == "ORG"}
    assert not names & {"State", "Bench"}


def test_labour_is_the_unions_where_the_text_speaks_of_organised_labour(extractor):
    movement = ("Organised labour has suspended its strike. The talks between Labour and the Federal Government "
                "will resume on Monday, the Kelvo Workers Union said.")
    assert gated(extractor, movement, ["Labour", "Kelvo Workers Union"]) == {"Labour": None, "Kelvo Workers Union": "ORG"}
    # the party keeps its name where the text marks it as a party
    party = ("Organised labour backed the strike, and the Labour Party said it would vote against the bill. "
             "Labour will table an amendment.")
    assert gated(extractor, party, ["Labour Party", "Labour"])["Labour"] == "ORG"


def test_a_name_running_on_into_a_governing_organ_is_the_body(extractor):
    text = ("The Kelvo Teachers Union (KTU) met on Monday. The KTU Executive Board approved the deal, and the "
            "Executive Board of the Marvale Fund will meet in May. The Marvale Fund said it would lend $2bn.")
    doc = extractor.nlp(text)
    names = ["KTU Executive Board", "Executive Board of the Marvale Fund", "Marvale Fund said"]
    mentions = [Mention("ORG", text.index(n), text.index(n) + len(n.removesuffix(" said")), n.removesuffix(" said"))
                for n in names]
    kept = [m.text for m in org_evidence.gate(doc, text, mentions, extractor.gazetteer)]
    assert kept == ["KTU", "Marvale Fund", "Marvale Fund"]
    # a body's own name with a kind of board in it stays whole, and so does a word of the language
    # before the organ ("Federal" names no body)
    for name in ("Quebec Treasury Board", "Federal Executive Council"):
        text = f"The {name} said it would meet on Monday."
        doc = extractor.nlp(text)
        mention = Mention("ORG", text.index(name), text.index(name) + len(name), name)
        assert [m.text for m in org_evidence.gate(doc, text, [mention], extractor.gazetteer)] == [name]


def test_an_organ_named_alone_is_no_body_where_the_text_writes_it_as_a_bodys(extractor):
    owned = ("The Kelvo Teachers Union said on Sunday, after an emergency meeting of its National Executive "
             "Council (NEC), that the strike was off. The NEC will meet again in June.")
    assert gated(extractor, owned, ["Kelvo Teachers Union", "National Executive Council", "NEC"]) \
        == {"Kelvo Teachers Union": "ORG", "National Executive Council": None, "NEC": None}
    # written only alone it may be a body of its own (Papua New Guinea's cabinet)
    alone = "The National Executive Council approved the budget on Tuesday, the minister said."
    assert gated(extractor, alone, ["National Executive Council"]) == {"National Executive Council": "ORG"}


def test_a_hospital_is_the_body_where_someone_works_at_it_and_the_site_where_nobody_does(extractor):
    site = "Ambulances were forced to queue at the Kelvo Royal Infirmary this week."
    assert gated(extractor, site, ["Kelvo Royal Infirmary"]) == {"Kelvo Royal Infirmary": None}
    for text in ("Dr Ann Reid, a pulmonologist at the Kelvo Royal Infirmary, took a look.",  # any job's word
                 "Ann Reid, chief executive at Kelvo Royal Infirmary, said targets were met.",
                 "Kelvo Royal Infirmary said it would reopen the ward on Monday."):
        assert gated(extractor, text, ["Kelvo Royal Infirmary"]) == {"Kelvo Royal Infirmary": "ORG"}, text


@pytest.mark.parametrize("text, network", [
    ("Twitter | Facebook | Google+\n\nThe council met on Monday.", "Facebook"),
    ("The council met on Monday.\n\nFollow Kelvale News on Facebook, X and Instagram.", "Instagram"),
    ("For more news, click here, or head to our Facebook, Twitter and Instagram pages", "Twitter"),
    ("The council met on Monday.\n\nJoin the Kelvale News Whatsapp channel", "Kelvale News Whatsapp"),
])
def test_a_social_network_in_the_pages_invitation_to_follow_it_is_furniture(extractor, text, network):
    assert gated(extractor, text, [network]) == {network: None}


def test_a_social_network_someone_posted_on_is_a_body_but_not_in_the_share_bar(extractor):
    text = "The minister posted on Twitter that the deal was done.\n\nTwitter | Facebook"
    posted, share_bar = text.find("Twitter"), text.rfind("Twitter")
    mentions = [Mention("ORG", start, start + 7, "Twitter") for start in (posted, share_bar)]
    assert [m.start for m in org_evidence.gate(extractor.nlp(text), text, mentions, extractor.gazetteer)] == [posted]


def test_a_name_run_on_into_the_place_where_it_is_is_the_name_alone(extractor):
    text = "Invest NI backed local firms such as Zymplify in Portstewart and Kelvo Foods in Newry."
    mentions = [Mention("ORG", text.find("Zymplify"), text.find(" and"), "Zymplify in Portstewart")]
    assert [m.text for m in org_evidence.gate(extractor.nlp(text), text, mentions, extractor.gazetteer)] == ["Zymplify"]
    text = "Children in Scotland said ministers should act, and Children in Scotland will keep pressing them."
    assert gated(extractor, text, ["Children in Scotland"]) == {"Children in Scotland": "ORG"}


def test_a_hospital_named_only_as_where_someone_is_taken_is_a_place(extractor):
    text = "The body was removed and taken to Kelvo Public Hospital, where doctors found a second wound."
    assert gated(extractor, text, ["Kelvo Public Hospital"]) == {"Kelvo Public Hospital": None}
    text = "Patrick Liu of Kelvo Public Hospital wrote the case report."  # an affiliation: a body
    assert gated(extractor, text, ["Kelvo Public Hospital"]) == {"Kelvo Public Hospital": "ORG"}


def test_events_ideas_and_series_are_no_bodies(extractor):
    text = ("The band hopes a Kelvo Hall of Fame Induction will help. The Kelvo Situational Model and the "
            "Ultimate Collector Series (UCS) were discussed. UCS sets sell well.")
    assert gated(extractor, text, ["Kelvo Hall of Fame Induction", "Kelvo Situational Model", "UCS"]) == {
        "Kelvo Hall of Fame Induction": None, "Kelvo Situational Model": None, "UCS": None}


def test_what_a_person_or_a_place_owns_is_no_body(extractor):
    text = "Critics loved Luboku’s Pale Blue Dot. The Kelvo’s Residence Life team organised 160 events."
    assert gated(extractor, text, ["Luboku’s Pale Blue Dot", "Kelvo’s Residence Life"]) == {
        "Luboku’s Pale Blue Dot": None, "Kelvo’s Residence Life": None}
    assert gated(extractor, "Our friends over at Tom’s Guide tested the service.", ["Tom’s Guide"]) == {
        "Tom’s Guide": "ORG"}


def test_a_kind_of_thing_in_apposition_is_no_body(extractor):
    text = "Her health was stable thanks to KelvoCare, a health benefit for low-income residents."
    assert gated(extractor, text, ["KelvoCare"]) == {"KelvoCare": None}
    text = "Her health was stable thanks to KelvoCare, a nonprofit group for low-income residents."
    assert gated(extractor, text, ["KelvoCare"]) == {"KelvoCare": "ORG"}


def test_a_name_after_a_possessive_determiner_is_a_thing(extractor):
    text = "Many of their KelvoCamps went from 10% women speakers to 50%."  # brand-spelt: kept on no evidence
    assert gated(extractor, text, ["KelvoCamps"]) == {"KelvoCamps": None}


def test_a_club_named_like_its_country_may_stay_a_body(extractor):
    text = "Monaco beat Paris Saint-Germain 2-1 on Saturday. Monaco coach Leonardo Jardim praised his side."
    assert "Monaco" in orgs_of(extractor, text)


def test_a_sponsor_inside_a_venues_name_is_no_mention_of_the_sponsor(extractor):
    text = "June 14 -- Ameris Bank Amphitheatre (Formerly Verizon Amphitheatre), Alpharetta, GA"
    assert gated(extractor, text, ["Verizon"]) == {"Verizon": None}  # listed in aliases.yml
    text = "Verizon said on Monday that it would raise prices."
    assert gated(extractor, text, ["Verizon"]) == {"Verizon": "ORG"}


def test_a_name_ending_as_a_place_does_is_a_place_unless_marked_as_a_body(extractor):
    text = "Fires reached the Kelvo Valley and the Zentra Coast on Sunday."
    assert gated(extractor, text, ["Kelvo Valley", "Zentra Coast"]) == {"Kelvo Valley": None, "Zentra Coast": None}
    text = "Melbourne d. Zentra Coast 69-54. Zentra Coast (0-1) plays again on Friday."  # a team's result
    assert gated(extractor, text, ["Zentra Coast"]) == {"Zentra Coast": "ORG"}


def test_a_peoples_or_a_saints_name_is_no_owner(extractor):
    text = "The Kelvo People’s Daily reported it, and St. Kelvo’s Research said so too."
    assert gated(extractor, text, ["Kelvo People’s Daily", "St. Kelvo’s Research"]) == {
        "Kelvo People’s Daily": "ORG", "St. Kelvo’s Research": "ORG"}


def test_a_new_clause_after_an_example_of_a_product_is_no_list_item(extractor):
    text = "Rivals tried niche streaming services, such as Vireo All Access, Kelvo Zentra has made a bigger bet."
    assert gated(extractor, text, ["Vireo All Access", "Kelvo Zentra"]) == {"Vireo All Access": None, "Kelvo Zentra": "ORG"}


def test_a_kind_of_body_used_as_an_adjective_or_a_verb_is_no_mark(extractor):
    text = "The soft-spoken but firm Kelvo often comes across as unfazed. Grab a friend and channel Vireo."
    assert gated(extractor, text, ["Kelvo", "Vireo"]) == {"Kelvo": None, "Vireo": None}  # one word: needs a mark
    assert gated(extractor, "Prices rose, says the research firm Kelvo.", ["Kelvo"]) == {"Kelvo": "ORG"}


def test_a_name_opening_a_clause_after_a_kept_bodys_comma_is_no_list_item(extractor):
    text = "Asked about it by the newspaper GP, Kelvo laughed. The bidders were GP, Vireo and AFP."
    assert gated(extractor, text, ["GP", "Kelvo", "Vireo", "AFP"]) == {
        "GP": "ORG", "Kelvo": None, "Vireo": "ORG", "AFP": "ORG"}


def test_a_blog_or_a_podcast_is_a_work_not_a_body(extractor):
    text = "Formats include the Kelvo Salon and the Kelvo Policy Blog."
    assert gated(extractor, text, ["Kelvo Policy Blog"]) == {"Kelvo Policy Blog": None}


def test_a_kind_of_thing_that_describes_a_trade_is_no_apposition_of_a_thing(extractor):
    text = "Prices rose at KelvoMotors, a car dealer in Ohio, last year."
    assert gated(extractor, text, ["KelvoMotors"]) == {"KelvoMotors": "ORG"}


def test_a_country_as_sports_bodies_write_it_stays_a_country(extractor):
    text = "Chinese Taipei lost 3-1 to IR Iran in Group B on Tuesday."
    assert model_labels(extractor, text)["IR Iran"] == "ORG"
    assert "IR Iran" not in orgs_of(extractor, text)


def test_a_single_letter_is_no_body(extractor):
    text = "Those brands would not pay much for “a customer chose brand A over brand B”."
    assert gated(extractor, text, ["B"]) == {"B": None}


def test_a_maker_named_only_inside_its_products_name_is_no_mention_of_it(extractor):
    text = "Save $31 on a Nintendo Switch Lite this week. The bundle adds an NVIDIA G-SYNC monitor."
    assert gated(extractor, text, ["Nintendo", "NVIDIA"]) == {"Nintendo": None, "NVIDIA": None}
    text = "Sign up for the Disney +, Hulu, and ESPN+ bundle, or pre-order NBA 2K20 for $40."
    assert gated(extractor, text, ["ESPN", "NBA"]) == {"ESPN": None, "NBA": None}
    text = "Nintendo said the Switch Lite sold well. Sony Pictures Television said so too."
    assert gated(extractor, text, ["Nintendo", "Sony"]) == {"Nintendo": "ORG", "Sony": "ORG"}


def test_a_title_of_capitalised_function_words_needs_evidence(extractor):
    text = "Ford wrote two novels (The Final Reflection and How Much for Just the Planet?, both delights)."
    assert gated(extractor, text, ["Final Reflection and How Much"]) == {"Final Reflection and How Much": None}
    text = "Lockheed Martin and Bank of America signed the deal."
    assert gated(extractor, text, ["Lockheed Martin"]) == {"Lockheed Martin": "ORG"}


def test_a_lowercase_head_after_someones_determiner_is_a_gathering(extractor):
    text = "He read the directions to my annual Guy Fawkes party as a dare."
    assert gated(extractor, text, ["Guy Fawkes party"]) == {"Guy Fawkes party": None}
    text = "The vote split the Communist party in two."
    assert gated(extractor, text, ["Communist party"]) == {"Communist party": "ORG"}


def test_a_kind_of_work_in_apposition_is_a_title_not_a_body(extractor):
    text = ("The Last Hot Time, an urban fantasy about bootleggers and elves, stars a character ashamed of "
            "his own desire.")
    assert gated(extractor, text, ["Last Hot Time"]) == {"Last Hot Time": None}


def test_a_sponsor_or_a_buyer_is_a_body(extractor):
    text = "This sponsored deal is brought to you by Kelvo. Tor, which had been acquired by Vireo, published it."
    assert gated(extractor, text, ["Kelvo", "Vireo"]) == {"Kelvo": "ORG", "Vireo": "ORG"}


def test_a_shops_discount_marks_the_shop_the_model_calls_a_place(extractor):
    text = ("B&H is offering $38 off select new configurations with coupon code appleinsider, while Adorama "
            "is taking up to $250 off retail models with promo code APINSIDER.")
    assert model_labels(extractor, text)["Adorama"] == "GPE"
    assert "Adorama" in orgs_of(extractor, text)
    assert gated(extractor, "The plan is taking shape at Vireo.", ["Vireo"]) == {"Vireo": None}


def test_a_well_known_name_is_found_after_a_slash(extractor):
    text = "Photograph: Future Publishing/Shutterstock"
    assert [text[s:e] for s, e in known_names.find_known_organisations(text)] == ["Shutterstock"]


def test_a_bracketed_credit_line_names_the_outlet_quoted(extractor):
    text = ("The controller feels sturdy and the triggers are smooth.\n[ Engadget ]\n"
            "Setup between devices was quick, but the battery drains fast.\n[ Wired ]\n"
            "It is the best pad we have tried this year.\n[ Inverse ]\n")
    assert {"Wired", "Inverse"} <= orgs_of(extractor, text)
    text = "The controller feels sturdy.\n[ Advertisement ]\nSetup was quick.\n[ Advertisement ]\n"
    assert "Advertisement" not in orgs_of(extractor, text)



def test_a_mark_where_the_article_names_the_body_again_untagged_is_evidence(extractor):
    """The model tags "Harbour Players Wales" once, where nothing marks it; the mark is where the
    article names it again untagged ("has said"): the reuse of the name is evidence for both."""
    text = ("Harbour Players Wales was left out of the grants. Harbour Players Wales has said it is "
            "shocked by the news.")
    doc = extractor.nlp(text)
    first = Mention("ORG", 0, len("Harbour Players Wales"), "Harbour Players Wales")
    out = org_evidence.gate(doc, text, [first], extractor.gazetteer)
    assert [(m.label, m.start) for m in out if m.text == "Harbour Players Wales"] == [
        ("ORG", 0), ("ORG", text.rindex("Harbour Players Wales"))]


def test_what_follows_a_names_initials_in_brackets_is_said_of_the_name(extractor):
    """"Western Grand Opera (WGO), which has said …": the bracketed initials sit between the name
    and its act."""
    text = "No visit from Western Grand Opera (WGO), which has said it cannot afford the tour."
    assert gated(extractor, text, ["Western Grand Opera"]) == {"Western Grand Opera": "ORG"}


@pytest.mark.parametrize("text, name", [
    ("Unions met bosses from British Steel owner Quanzhe this week. Quanzhe warmed to the plan.", "Quanzhe"),
    ("The plan was drawn up by independent steel consultants Vendrix on behalf of the unions.", "Vendrix"),
])
def test_an_untagged_name_after_owner_or_consultants_is_a_body(extractor, text, name):
    """"British Steel owner Jingye", "consultants Syndex": a one-word name the model leaves untagged
    after a phrase a firm follows is a body (a person the model tags keeps his PERSON)."""
    assert ("ORG", name) in {(e.label, e.text) for e in extractor.extract(text).entities}


def test_a_body_phrase_before_a_list_marks_every_name_of_it(extractor):
    """"Following spells at Rochdale, Southport and Sligo": clubs named by their towns, the
    phrase before the first name speaking for the whole list, though the model saw places."""
    text = "Following spells at Rochdale, Southport and Sligo he rejoined Accrington and was sacked on Monday."
    orgs = {e.text for e in extractor.extract(text).entities if e.label == "ORG"}
    assert {"Rochdale", "Southport", "Sligo"} <= orgs


def test_bodies_listed_after_a_plural_noun_and_a_short_clause(extractor):
    """"Other organisations that were cut include A, B and C": the list names bodies."""
    text = "Other organisations that were cut include Brynmor, Haulwen and Tallis Cymru."
    orgs = {e.text for e in extractor.extract(text).entities if e.label == "ORG"}
    assert {"Brynmor", "Haulwen"} <= orgs


@pytest.mark.parametrize("text, name", [
    ("Back in December, Watford legend Deeney was appointed the manager of the side.", "Watford"),
    ("In his column for The Sun ahead of his first match, Deeney explained why he took the job.", "Sun"),
    ("The chief executive sat down with the P&J at the board’s main site to explain the cuts.", "P&J"),
])
def test_a_clubs_legend_and_a_papers_column_mark_bodies(extractor, text, name):
    assert ("ORG", name) in {(e.label, e.text) for e in extractor.extract(text).entities}


@pytest.mark.parametrize("text, found", [
    ("Angry fans led the chairman to delete his X account.", True),
    ("Posting to X, formerly known as Twitter, she said the news was sad.", True),
    ("The minister wrote on X that the plan would go ahead.", True),
    ("Generation X voted early. The X-ray showed a break. Plan X failed.", False),
])
def test_the_platform_named_x_only_where_the_words_around_say_so(extractor, text, found):
    """The letter names the platform after a verb of posting, before an account's things, before
    its old name; elsewhere it is a letter."""
    assert (("ORG", "X") in {(e.label, e.text) for e in extractor.extract(text).entities}) == found


@pytest.mark.parametrize("text, name", [
    ("“The maths was simple,” says Tom Avery, artistic director of Harrowmere. “We cannot tour.”", "Harrowmere"),
    ("No visit from Welsh Lyric Opera (WLO), which has also cancelled its tour.", "Welsh Lyric Opera"),
])
def test_an_arts_bodys_director_and_its_cancelled_tour_mark_it(extractor, text, name):
    assert ("ORG", name) in {(e.label, e.text) for e in extractor.extract(text).entities}


def test_a_committee_a_body_owns_is_a_body_too(extractor):
    """"The London Assembly’s Budget and Performance Committee": the owner and the committee."""
    text = "The Glenmoor Assembly’s Budget and Performance Committee has asked the mayor to explain."
    orgs = {e.text for e in extractor.extract(text).entities if e.label == "ORG"}
    assert {"Glenmoor Assembly", "Budget and Performance Committee"} <= orgs


def test_a_bodys_remit_ending_in_an_events_word_is_no_event(extractor):
    found = {(e.label, e.canonical) for e in extractor.extract(
        "The mayor and Office of Management and Budget officials plan to visit the site.").entities}
    assert ("ORG", "Office of Management and Budget") in found, found


def test_a_name_led_by_a_first_name_that_the_text_calls_a_firm_in_apposition_is_the_firm(extractor):
    found = {(e.label, e.canonical) for e in extractor.extract(
        "Harold Vance, a mid-sized buyout firm, said on Monday it would buy the chain.").entities}
    assert ("ORG", "Harold Vance") in found and ("PERSON", "Harold Vance") not in found, found
    # the kind must head its phrase: "a firm believer" is a person's trait
    found = {(e.label, e.canonical) for e in extractor.extract(
        "Mary Ellison, a firm believer in reform, spoke at the meeting.").entities}
    assert ("PERSON", "Mary Ellison") in found, found


def test_initials_that_act_own_or_control_are_a_body_and_a_things_are_not(extractor):
    text = ("Spreading false figures is the KPF's strategy, he said. The BRU has launched an inquiry into the "
            "deals, while the LNP-controlled Senate passed the bill. The PM said the GDP figures were poor.")
    found = gated(extractor, text, ["KPF", "BRU", "LNP", "GDP"])
    assert found["KPF"] == found["BRU"] == found["LNP"] == "ORG", found
    assert found["GDP"] is None, found
    # initials before a plain noun only describe it
    text = "Gould told the PA news agency that the game would recover."
    assert not acronyms_acting(extractor.nlp(text), text, [], extractor.gazetteer, word_lists(extractor.gazetteer))


def test_bare_initials_doing_a_bodys_deed_are_a_body(extractor):
    text = ("QRB raised its lending rate to 9 per cent on Monday. Teachers in Brakpan walked out and KTWU said "
            "the strike would go on.")
    lists = word_lists(extractor.gazetteer)
    assert acronyms_acting(extractor.nlp(text), text, [], extractor.gazetteer, lists) >= {"QRB", "KTWU"}
    # jobs, figures and a longer name's initials are no body ("the CEO said", "GDP's rise")
    text = ("The firm's CEO said GDP's rise was slow. CPI rose 2 per cent. Barlow Park QT said nothing. "
            "Dunmore RFC announced a new coach.")
    found = acronyms_acting(extractor.nlp(text), text, [], extractor.gazetteer, lists)
    assert not found & {"CEO", "GDP", "CPI", "QT", "RFC"}, found


def test_an_airport_that_acts_is_its_operator_and_one_flown_from_is_a_place(extractor):
    found = {(e.label, e.canonical) for e in extractor.extract(
        "Inverness Airport welcomed 90,000 passengers in June, a record for the month.").entities}
    assert ("ORG", "Inverness Airport") in found, found
    found = {(e.label, e.canonical) for e in extractor.extract(
        "The two men were stopped at Inverness Airport on Sunday before their flight.").entities}
    assert ("ORG", "Inverness Airport") not in found, found

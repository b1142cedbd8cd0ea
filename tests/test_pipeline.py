"""The Extractor on bad text, its model choice and its version string."""
import pytest

from extract import model as model_module
from extract.pipeline import CHUNK_CHARS, Extractor, pieces
from extract.records import Extraction

PARAGRAPH = ("Katie Hagmann, Cosla’s resources spokesperson, said: “The offer of £77.5m is fair.” "
             "Unison said pay would rise by 5%.\n")


@pytest.mark.parametrize("text", ["", " ", "\n\n\t  \n"], ids=["empty", "space", "whitespace"])
def test_empty_text_gives_an_empty_result(extractor, text):
    result = extractor.extract(text)
    assert isinstance(result, Extraction)
    assert (result.entities, result.money, result.percent, result.quotes) == ([], [], [], [])
    assert result.extractor_version == extractor.version


@pytest.mark.parametrize("text", [
    "Die Gewerkschaft Verdi hat am Montag zu einem Streik aufgerufen, sagte Frank Werneke.",
    "東京都は月曜日に新しい予算を発表した。",
    "Пресс-секретарь Дмитрий Песков заявил журналистам, что переговоры продолжаются.",
    "قال المتحدث إن المحادثات ستستمر",
], ids=["german", "japanese", "russian", "arabic"])
def test_non_english_text_does_not_crash(extractor, text):
    result = extractor.extract(text)
    for record in (*result.entities, *result.money, *result.percent, *result.quotes):
        assert 0 <= record.start < record.end <= len(text)


@pytest.mark.parametrize("text", [
    "Keir Greenaway said: “The offer is poor and we will strike.\nUnison agreed.",
    "“Never,” said Johanna Baxter. “We will not accept it",
    "He said ” this is backwards “ and left.",
    "‘Single marks never closed, said Unite.\n\"Straight marks too",
    "“" * 50 + "”" * 3,
], ids=["open at paragraph end", "open at text end", "reversed marks", "mixed marks", "marks only"])
def test_unbalanced_quote_marks(extractor, text):
    result = extractor.extract(text)
    for quote in result.quotes:
        assert text[quote.start:quote.end] == quote.text
        assert quote.text.strip()


@pytest.mark.parametrize("text", [
    "Unison\u00a0said\u200b pay\u00adwould rise by £1,\u202f900.",  # no-break, zero-width, soft hyphen, thin space
    "Cafe\u0301 owner Ze\u0301 Silva said “bonjour” 🙂🙂 to COSLA.",  # combining accents, emoji
    "Line\u2028separator and\u2029paragraph separator, said Unite.",
    "\ufeffByte order mark before Keir Greenaway.",
    "Control \x00 \x07 \x1b characters from Unison.",
], ids=["spaces", "combining", "separators", "bom", "controls"])
def test_odd_unicode(extractor, text):
    result = extractor.extract(text)
    for record in (*result.entities, *result.money, *result.percent, *result.quotes):
        assert text[record.start:record.end] == record.text


def test_lone_surrogates_keep_offsets(extractor):
    text = "Bad bytes \udc9d from Keir Greenaway, who said “yes \ud800”."
    result = extractor.extract(text)
    (person,) = [e for e in result.entities if e.label == "PERSON"]
    assert text[person.start:person.end] == person.text == "Keir Greenaway"
    (quote,) = result.quotes
    assert quote.text == "yes \ufffd" and (quote.start, quote.end) == (text.index("yes"), text.index("”"))


@pytest.mark.slow
def test_long_article_in_pieces_keeps_offsets(extractor):
    """100,000 words: parsed piece by piece at paragraph breaks, every offset into the whole text."""
    text = PARAGRAPH * (100_000 // len(PARAGRAPH.split()) + 1)
    assert len(text.split()) >= 100_000 and len(text) > CHUNK_CHARS
    result = extractor.extract(text)
    paragraphs = text.count("\n")
    assert len(result.money) == paragraphs and len(result.percent) == paragraphs
    assert len(result.quotes) == paragraphs
    assert result.entities[-1].start > len(text) - len(PARAGRAPH)
    for record in (*result.entities, *result.money, *result.quotes):
        assert text[record.start:record.end] == record.text
    assert result.aliases["Katie Hagmann"]["label"] == "PERSON"


def test_pieces_cut_at_paragraph_breaks():
    text = "aaaa\nbbbb\ncccc\n" + "x" * 12
    cut = list(pieces(text, 10))
    assert "".join(p for _, p in cut) == text
    assert [start for start, _ in cut] == [0, 10, 15, 25]
    assert all(len(p) <= 10 for _, p in cut)


def test_pipe_keeps_order_and_count_across_batches(extractor):
    texts = [f"Unison said pay rose by {n}%." for n in range(1, 8)]
    results = list(extractor.pipe(texts, batch_size=3))
    assert [r.percent[0].value for r in results] == [float(n) for n in range(1, 8)]


def test_version_names_extractor_and_model_and_is_stored_on_every_result(extractor):
    assert extractor.version.startswith("newsmon-extract/")
    meta = extractor.nlp.meta
    assert f"{meta['lang']}_{meta['name']}-{meta['version']}" in extractor.version
    result = extractor.extract(PARAGRAPH)
    assert result.extractor_version == extractor.version
    assert result.to_json("doc")["extractor_version"] == extractor.version


def test_model_from_environment(monkeypatch):
    monkeypatch.setenv("NEWSMON_SPACY_MODEL", "some_model")
    assert model_module.model_name() == "some_model"
    assert model_module.model_name("explicit_model") == "explicit_model"


def test_official_model_preferred_when_installed(monkeypatch, tmp_path):
    monkeypatch.delenv("NEWSMON_SPACY_MODEL", raising=False)
    assert model_module.model_name() in model_module.PREFERRED_MODELS
    (tmp_path / "en_core_web_sm").mkdir()
    (tmp_path / "en_core_web_sm" / "__init__.py").write_text("")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert model_module.model_name() == "en_core_web_sm"


def test_missing_model_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("NEWSMON_SPACY_MODEL", "no_such_model_xyz")
    with pytest.raises(model_module.ModelNotFound, match="no_such_model_xyz"):
        Extractor()


def test_a_line_break_ends_a_sentence(extractor):
    doc = extractor.nlp("Teacher pay: the threat of strikes in Scotland\nThe union said the offer was poor.")
    assert [s.text.strip() for s in doc.sents] == [
        "Teacher pay: the threat of strikes in Scotland", "The union said the offer was poor."]


def test_a_closing_mark_stays_with_the_sentence_it_closes(extractor):
    doc = extractor.nlp("Ballot opens over pay\nAndrea Bradley said: “We had hoped not to get here.”\n\nThe ballot closes soon.")
    assert [s.text.strip() for s in doc.sents] == [
        "Ballot opens over pay", "Andrea Bradley said: “We had hoped not to get here.”", "The ballot closes soon."]


def test_a_subheading_does_not_take_the_next_paragraphs_speaker(extractor):
    text = ("The union wants a rise of 10 per cent.\n"
            "Teacher pay: the threat of strikes in Scotland\n"
            "General secretary Andrea Bradley said: “In opening this ballot, we act for teachers.\n"
            "“We had hoped not to get to this point.”\n")
    result = extractor.extract(text)
    assert [q.speaker for q in result.quotes] == ["Andrea Bradley", "Andrea Bradley"]
    bradley = next(e for e in result.entities if e.text == "Andrea Bradley")
    assert bradley.sentence.startswith("General secretary Andrea Bradley said")


@pytest.mark.parametrize("text", [
    "The plan was refused.\nJonathan England, the firm’s develop-\nment director, said: “We are disappointed.”",
    "The plan was refused.\nJonathan England, the firm’s development\ndirector, said: “We are disappointed.”",
    "The plan was refused.\nJonathan England, the firm’s development director,\nSaid: “We are disappointed.”",
], ids=["hyphen", "lower case", "comma"])
def test_a_hard_wrapped_line_does_not_end_its_sentence(extractor, text):
    assert [q.speaker for q in extractor.extract(text).quotes] == ["Jonathan England"]


@pytest.mark.parametrize("text, speaker", [
    ("Housing convener Cllr Aoife O’Halloran visited the estate on Monday.\n\n"
     "Cllr O’Halloran said: “This is not good enough.”", "Aoife O’Halloran"),
    ("Speaking in the chamber, Labour’s Louise O’Reilly held up a photograph and said: “The school is terrified.”",
     "Louise O’Reilly"),
], ids=["title and surname", "possessive before"])
def test_a_curly_apostrophe_inside_a_name_keeps_it_whole_and_speaking(extractor, text, speaker):
    result = extractor.extract(text)
    assert [q.speaker for q in result.quotes] == [speaker]
    for person in (e for e in result.entities if e.label == "PERSON"):
        assert text[person.start:person.end] == person.text and "’" in person.text


def test_coun_is_a_councillors_title_before_a_surname(extractor):
    # "Coun", like "Cllr", abbreviates "Councillor" in English local papers: no part of the name.
    text = ("Council leader Asha Mistry said: “This is not a budget we wanted.”\n\n"
            "Coun Mistry described the government's claims as “a smokescreen”.")
    result = extractor.extract(text)
    assert [q.speaker for q in result.quotes] == ["Asha Mistry", "Asha Mistry"]
    assert {e.canonical for e in result.entities if e.label == "PERSON"} == {"Asha Mistry"}

"""One entity row across articles: case and acronym variants join, people sharing a surname do not."""
import json

import pytest

from db import store
from db.entities import alias_key
from db.schema import open_db
from extract.records import EntityMention, Extraction, Quote
from scraper.records import Article


@pytest.fixture
def db(tmp_path):
    return open_db(str(tmp_path / "news.db"))


def save(db, number: int, *entities, quotes=()):
    """Store one article whose extraction names ``entities``: (label, canonical, [surface forms])."""
    mentions, aliases, body = [], {}, ""
    for label, canonical, forms in entities:
        for form in forms:
            mentions.append(EntityMention(label, form, len(body), len(body) + len(form), canonical))
            body += form + " said something. "
        aliases[canonical] = {"label": label, "aliases": sorted(set(forms))}
    url = f"https://news.example/{number}"
    result = store.store_article(
        db, identity_url=url, article=Article(url=url, title=f"Story {number}", body=body),
        extraction=Extraction(entities=mentions, aliases=aliases, quotes=list(quotes), extractor_version="v1"))
    return result.article_id


def entity_of(db, article_id: int, text: str) -> dict:
    row = db.execute("select entity_id from mentions where article_id = ? and text = ?", [article_id, text]).fetchone()
    return db["entities"].get(row[0])


def test_alias_key_ignores_case_punctuation_article_and_possessive():
    assert alias_key("The UNISON’s") == alias_key("unison") == "unison"
    assert alias_key("Coca-Cola") == alias_key("Coca Cola")
    assert alias_key("U.S.") == alias_key("US")
    assert alias_key("Marks & Spencer") == alias_key("Marks and Spencer")
    assert alias_key("Scottish Joint Council") != alias_key("Scottish Joint Councils")


def test_case_variants_in_two_articles_are_one_row_with_both_aliases(db):
    first = save(db, 1, ("ORG", "GREENPEACE", ["GREENPEACE"]))
    second = save(db, 2, ("ORG", "Greenpeace", ["Greenpeace", "Greenpeace’s"]))
    entity = entity_of(db, first, "GREENPEACE")
    assert entity_of(db, second, "Greenpeace")["id"] == entity["id"]
    assert db["entities"].count == 1
    assert entity["name"] == "GREENPEACE"  # the first name stored: no alias-file entry, no full form
    assert {"GREENPEACE", "Greenpeace", "Greenpeace’s"} <= set(json.loads(db["entities"].get(entity["id"])["aliases"]))


def test_alias_file_gives_the_display_name(db):
    first = save(db, 1, ("ORG", "UNISON", ["UNISON"]))
    second = save(db, 2, ("ORG", "Unison", ["Unison"]))
    entity = db["entities"].get(entity_of(db, first, "UNISON")["id"])
    assert entity_of(db, second, "Unison")["id"] == entity["id"]
    assert entity["name"] == "Unison"  # extract/aliases.yml lists Unison with UNISON as a variant
    assert set(json.loads(entity["aliases"])) >= {"UNISON", "Unison"}


@pytest.mark.parametrize("acronym_first", [True, False])
def test_an_acronym_and_its_defined_full_name_are_one_row_named_in_full(db, acronym_first):
    acronym = ("ORG", "HWF", ["HWF"])
    defined = ("ORG", "Harbour Workers Forum", ["Harbour Workers Forum", "HWF"])
    ids = [save(db, n, e) for n, e in enumerate([acronym, defined] if acronym_first else [defined, acronym])]
    assert db["entities"].count == 1
    entity = next(db["entities"].rows)
    assert entity["name"] == "Harbour Workers Forum"  # the full form over the acronym
    assert set(json.loads(entity["aliases"])) >= {"HWF", "Harbour Workers Forum"}
    assert {row["entity_id"] for row in db["mentions"].rows} == {entity["id"]}
    assert len(ids) == 2


def test_an_acronym_for_two_different_organisations_stays_two_rows(db):
    save(db, 1, ("ORG", "Aberdeen City Council", ["Aberdeen City Council", "ACC"]))
    save(db, 2, ("ORG", "Atlantic Coast Conference", ["Atlantic Coast Conference", "ACC"]))
    names = {row["name"] for row in db["entities"].rows}
    assert names == {"Aberdeen City Council", "Atlantic Coast Conference"}


def test_two_people_sharing_a_surname_stay_two_rows(db):
    first = save(db, 1, ("PERSON", "John Smith", ["John Smith", "Smith", "Mr Smith"]))
    second = save(db, 2, ("PERSON", "Jane Smith", ["Jane Smith", "Smith", "Mr Smith"]))
    third = save(db, 3, ("PERSON", "John Smith", ["John Smith", "Smith"]))
    john, jane = entity_of(db, first, "John Smith"), entity_of(db, second, "Jane Smith")
    assert john["id"] != jane["id"]
    assert entity_of(db, third, "Smith")["id"] == john["id"]  # the same full name joins
    assert entity_of(db, second, "Smith")["id"] == jane["id"]
    assert db["entities"].count == 2


def test_a_full_name_joins_case_and_apostrophe_variants_of_itself(db):
    first = save(db, 1, ("PERSON", "David O’Connor", ["David O’Connor", "O’Connor"]))
    second = save(db, 2, ("PERSON", "David O'Connor", ["David O'Connor"]))
    assert entity_of(db, first, "David O’Connor")["id"] == entity_of(db, second, "David O'Connor")["id"]


def test_a_respelt_surname_the_article_itself_joined_lets_the_full_name_join(db):
    # One article writes "Katie Hagman" and later "Hagmann" (the extractor joined the two); another writes
    # "Katie Hagmann": one person. A different first name, or a surname no article joined, stays apart.
    first = save(db, 1, ("PERSON", "Katie Hagman", ["Katie Hagman", "Hagmann"]))
    second = save(db, 2, ("PERSON", "Katie Hagmann", ["Katie Hagmann"]))
    third = save(db, 3, ("PERSON", "Lucy Hagmann", ["Lucy Hagmann"]))
    fourth = save(db, 4, ("PERSON", "Katie Hagmar", ["Katie Hagmar"]))
    assert entity_of(db, second, "Katie Hagmann")["id"] == entity_of(db, first, "Katie Hagman")["id"]
    # two articles spell the surname "Hagmann" against one: that spelling names the row
    assert entity_of(db, first, "Katie Hagman")["name"] == "Katie Hagmann"
    assert entity_of(db, third, "Lucy Hagmann")["id"] != entity_of(db, first, "Katie Hagman")["id"]
    assert entity_of(db, fourth, "Katie Hagmar")["id"] != entity_of(db, first, "Katie Hagman")["id"]
    assert db["entities"].count == 3


def test_a_person_known_only_by_surname_does_not_join_a_full_name(db):
    save(db, 1, ("PERSON", "John Smith", ["John Smith", "Smith"]))
    lone = save(db, 2, ("PERSON", "Smith", ["Smith"]))
    assert entity_of(db, lone, "Smith")["name"] == "Smith"
    assert db["entities"].count == 2


def test_quote_speakers_in_two_articles_are_the_same_entity(db):
    first = save(db, 1, ("ORG", "GREENPEACE", ["GREENPEACE"]),
                 quotes=[Quote("We object.", 0, 10, "GREENPEACE", "ORG", "say")])
    second = save(db, 2, ("ORG", "Greenpeace", ["Greenpeace"]),
                  quotes=[Quote("We still object.", 0, 16, "Greenpeace", "ORG", "say")])
    speakers = {row["article_id"]: row["speaker_id"] for row in db["quotes"].rows}
    assert speakers[first] == speakers[second] == entity_of(db, first, "GREENPEACE")["id"]


def test_descriptions_do_not_join_organisations(db):
    save(db, 1, ("ORG", "Unite", ["Unite", "the union"]))
    other = save(db, 2, ("ORG", "Union", ["Union"]))
    assert entity_of(db, other, "Union")["name"] == "Union"
    assert db["entities"].count == 2


def test_aliases_table_records_where_each_name_came_from(db):
    first = save(db, 1, ("ORG", "Harbour Workers Forum", ["Harbour Workers Forum", "HWF"]))
    save(db, 2, ("ORG", "HWF", ["HWF", "H.W.F."]))
    rows = {row["alias_key"]: row for row in db["entity_aliases"].rows}
    assert rows["hwf"]["article_id"] == first and rows["hwf"]["alias"] == "HWF"
    assert len({row["entity_id"] for row in rows.values()}) == 1


def test_real_extractions_of_two_articles_share_entities(db, extractor):
    texts = [
        "The Scottish Joint Council (SJC) met on Monday with the Clyde Port Workers Association (CPWA). "
        "Katie Hagmann of UNISON said: “The SJC must act.”",
        "Members of Unison rejected the offer. The SJC will meet again, Katie Hagmann said. The CPWA agreed.",
    ]
    ids = []
    for number, (text, extraction) in enumerate(zip(texts, extractor.pipe(texts))):
        url = f"https://news.example/{number}"
        ids.append(store.store_article(db, identity_url=url, article=Article(url=url, title="t", body=text),
                                       extraction=extraction).article_id)
    rows = list(db.query("""select e.name, count(distinct m.article_id) as articles
                            from mentions m join entities e on e.id = m.entity_id group by e.id"""))
    across = {row["name"] for row in rows if row["articles"] == 2}
    # the CPWA is not in the alias file: the first article's "(CPWA)" after its name joins them
    assert {"Scottish Joint Council", "Unison", "Katie Hagmann", "Clyde Port Workers Association"} <= across, rows

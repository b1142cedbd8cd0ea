"""Roles and affiliations: each row is a real-world sentence, the person, and the
role text and affiliation (canonical ORG name) stored with that mention."""
import pytest

CASES = [
    ("GMB Scotland senior organiser for public services, Keir Greenaway, said the offer was poor. "
     "The GMB will ballot its members.", "Keir Greenaway", "senior organiser for public services", "GMB"),
    ("Finance secretary Shona Robison said the budget was fixed.", "Shona Robison", "Finance secretary", None),
    ("Wendy Dunsmore, Unite industrial officer, said workers would strike.",
     "Wendy Dunsmore", "industrial officer", "Unite"),
    ("Cosla’s resources spokesperson councillor Katie Hagmann said the offer was fair.",
     "Katie Hagmann", "resources spokesperson councillor", "Cosla"),
    ("Apple chief executive Tim Cook said sales were strong.", "Tim Cook", "chief executive", "Apple"),
    ("Jane Doe, a spokeswoman for the Food and Drug Administration, declined to comment.",
     "Jane Doe", "spokeswoman", "Food and Drug Administration"),
    ("Kristalina Georgieva, managing director of the International Monetary Fund, said growth was slowing.",
     "Kristalina Georgieva", "managing director", "International Monetary Fund"),
    ("Head coach Freddie Kitchens said the team would improve.", "Freddie Kitchens", "Head coach", None),
    ("Mayor Eric Adams said the city was safe.", "Eric Adams", "Mayor", None),
    # A courtesy title says how to address someone, not what they do.
    ("Dr. Anthony Fauci said the risk was low.", "Anthony Fauci", None, None),
    ("Mr Swinney said the offer stood.", "Swinney", None, None),
]


@pytest.mark.parametrize("text,person,role,affiliation", CASES, ids=[c[1] for c in CASES])
def test_role_and_affiliation(extractor, text, person, role, affiliation):
    (mention,) = [e for e in extractor.extract(text).entities if e.text == person]
    assert mention.label == "PERSON"
    assert (mention.role, mention.affiliation) == (role, affiliation)


def test_role_carries_to_later_mentions(extractor):
    text = ("Wendy Dunsmore, Unite industrial officer, said workers would strike. "
            "Dunsmore added that talks had failed.")
    people = [e for e in extractor.extract(text).entities if e.label == "PERSON"]
    assert [(e.text, e.role, e.affiliation) for e in people] == [
        ("Wendy Dunsmore", "industrial officer", "Unite"), ("Dunsmore", "industrial officer", "Unite")]


def test_no_role_where_the_text_gives_none(extractor):
    text = "Katie Hagmann and John Swinney met on Monday."
    assert all(e.role is None and e.affiliation is None for e in extractor.extract(text).entities)

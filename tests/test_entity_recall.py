"""Organisation and person recall on unseen news (issue 3): each signal, one real string."""


def names(extractor, text):
    return {(e.label, e.canonical) for e in extractor.extract(text).entities}


def test_a_well_known_name_that_its_owner_writes_in_lowercase_is_kept(extractor):
    found = names(extractor, "US RTX 3080 resellers at a glance: eBay I stockX. The card sold out in minutes.")
    assert ("ORG", "eBay") in found, found
    # only as the list spells it: a reader's "ebay" in a comment is no name
    assert not any(n.lower() == "ebay" for _, n in names(extractor, "i sold mine on ebay last week."))

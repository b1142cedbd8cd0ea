"""Body text: the story's paragraphs and nothing else, with site rules taking precedence."""
from pathlib import Path

from scraper.body import extract_body

PAGES = Path(__file__).parent / "fixtures" / "pages"
STORY = [
    "A ferry operator has been fined £2.4m after more than 1,800 sailings",
    "The Office of Island Transport said the company had failed",
    "“Islanders have been let down again and again,”",
    "The operator said it accepted the findings and would invest £15m",
    "Community councils on Lewis, Harris and Barra have called for compensation",
]
FURNITURE = [
    "We use cookies", "Share on Facebook", "The MV Loch Seaforth at Stornoway", "Island hauliers count the cost",
    "Get the morning briefing", "Storm warning for the weekend", "All rights reserved", "Sport",
    "Ferry operator fined", "let down for two winters running",  # headline and standfirst
]


def body_of(name: str, **kwargs) -> str:
    return extract_body((PAGES / name).read_text(), title="Ferry operator fined £2.4m over cancelled sailings",
                        description="The regulator said islanders had been let down for two winters running.",
                        **kwargs)


def test_generic_body_keeps_the_story_in_order_and_drops_the_furniture():
    body = body_of("graph_newsarticle.html")
    paragraphs = body.split("\n\n")
    positions = [next(i for i, p in enumerate(paragraphs) if p.startswith(s)) for s in STORY]
    assert positions == sorted(positions)
    for text in FURNITURE:
        assert text not in body, text


def test_site_boilerplate_patterns_drop_promo_lines():
    assert "Follow the Harbour Herald on WhatsApp" not in body_of("graph_newsarticle.html")  # generic rule
    assert "Download the Harbour Herald app" in body_of("graph_newsarticle.html")
    body = body_of("graph_newsarticle.html", rules={"boilerplate": ["^Download the .{1,40} app\\b"]})
    assert "Download" not in body
    assert STORY[2] in body


def test_site_body_selector_and_drop_rules_come_first():
    rules = {"body": "div.story-body", "drop": ["aside.related-links", ".newsletter-signup"],
             "boilerplate": "WhatsApp|^Download"}
    paragraphs = body_of("graph_newsarticle.html", rules=rules).split("\n\n")
    assert len(paragraphs) == 5
    assert [p[:30] for p in paragraphs] == [s[:30] for s in STORY]


def test_a_body_selector_matching_nothing_falls_back_to_the_generic_extractor():
    body = body_of("graph_newsarticle.html", rules={"body": "div.no-such-thing"})
    assert all(s in body for s in STORY)


def test_bad_selectors_and_patterns_in_rules_do_not_crash():
    body = body_of("graph_newsarticle.html", rules={"body": "div[[", "drop": ":::", "boilerplate": "(unclosed"})
    assert all(s in body for s in STORY)


def test_generic_boilerplate_lines_are_dropped():
    body = extract_body((PAGES / "opengraph_only.html").read_text(), title="Council tax to rise by 5% in Fife")
    assert "READ MORE" not in body
    assert "unbelievable" not in body  # reader comments
    assert body.startswith("Council tax bills in Fife will rise by 5% from April")
    assert body.endswith("avoid cuts to school transport.")


def test_index_and_video_pages_give_an_empty_body():
    page = """<html><body><nav><a href="/">Home</a></nav><h1>Pay dispute explained in 90 seconds</h1>
    <video src="/v.mp4"></video><p>1:30</p><ul><li><a href="/a">Unions urge staff to reject offer</a></li>
    <li><a href="/b">Workers to be balloted on strikes</a></li></ul></body></html>"""
    assert extract_body(page) == ""


def test_a_wrapper_with_a_furniture_class_does_not_take_the_story_with_it():
    story = "".join(f"<p>Paragraph {n}: the council said the bins would be collected on Saturday and Sunday "
                    f"to clear the backlog left by two weeks of strikes across the city.</p>" for n in range(6))
    page = (f'<html><body><div id="page" class="has-newsletter social related">'
            f'<div class="entry-content comments-open">{story}</div>'
            f'<ul class="related"><li><a href="/a">Bin strike ends</a></li><li><a href="/b">Pay deal agreed</a></li>'
            f'<li><a href="/c">Council tax to rise</a></li></ul></div></body></html>')
    body = extract_body(page)
    assert body.count("Paragraph") == 6
    assert "Bin strike ends" not in body


DROPPED_LINES = [
    "READ MORE: Fife schools to lose 60 teaching posts",
    "Sign up to our daily newsletter",
    "Never miss the latest news by signing up to our newsletter today!",
    "(Credit: Clayton Aldern / Grist)",
    "CLICK HERE TO GET THE FOX NEWS APP",
    "Write to Al Root at allen.root@dowjones.com",
    "Plane passengers quarantined after BUBONIC PLAGUE outbreak [NEWS]",
    '[button link="http://example.com/submit/" type="big"] Send us YOUR kit review[/button]',
    "Follow us on Instagram",
]
KEPT_LINES = [
    "Sign up for a Hulu ad-free account for $11.99 a month",
    "Click here to get more information or download this game.",
    "Read more widely, the union urged its members, before the ballot closes on Friday.",
    "The photo: a picket line outside the City Chambers, taken on Tuesday by a member of staff.",
]


def test_generic_boilerplate_lines():
    story = "<p>" + " ".join(["The council said talks with the unions would resume next week."] * 4) + "</p>"
    lines = "".join(f"<p>{line}</p>" for line in DROPPED_LINES + KEPT_LINES)
    body = extract_body(f"<html><body><article>{story}{lines}{story}</article></body></html>")
    for line in DROPPED_LINES:
        assert line not in body, line
    for line in KEPT_LINES:
        assert line in body, line

"""Products the article writes as sold, used or run are no organisations (extract/products.py)."""
import re

import pytest

from extract.gazetteer import Gazetteer
from extract.mentions import Mention
from extract.products import sold_names


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.load()


def tagged(text: str, *names: str) -> list[Mention]:
    """Every occurrence of each name as an ORG mention, as the model would tag it."""
    return [Mention("ORG", m.start(), m.end(), name) for name in names
            for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]


def sold(text: str, gazetteer, *names: str) -> set[str]:
    return sold_names(text, tagged(text, *names), gazetteer)


def test_a_model_number_after_a_name_makes_it_a_product(gazetteer):
    text = "Shoppers queued for the Orbis 11 in Seoul. Reviewers found the Orbis faster than last year's."
    assert sold(text, gazetteer, "Orbis") == {"Orbis"}


def test_a_name_ending_in_a_model_number_is_a_product(gazetteer):
    assert sold("Reviewers liked the Galaxy S10 more than its rivals.", gazetteer, "Galaxy S10") == {"Galaxy S10"}


def test_a_score_or_a_quantity_after_a_name_is_no_model_number(gazetteer):
    text = "Final: Sabres 4, Wild 2. Earlier, Wild 3-1 Jets. The Sabres 10 per cent rise in ticket sales helped."
    assert sold(text, gazetteer, "Sabres", "Wild") == set()


def test_a_kind_of_product_after_a_name_makes_it_a_product(gazetteer):
    text = "The price of the DualShock controllers dropped. Lots of AirPower charging mats never shipped."
    assert sold(text, gazetteer, "DualShock", "AirPower") == {"DualShock", "AirPower"}


def test_buying_or_installing_a_name_makes_it_a_product(gazetteer):
    text = "Fans can pre-order the Zentra from Friday, and Lumify is free to download. Users can install Lumify on any phone."
    assert sold(text, gazetteer, "Zentra", "Lumify") == {"Zentra", "Lumify"}


def test_a_price_or_owners_after_a_name_make_it_a_product(gazetteer):
    text = "The Zentra costs $299 in the US. Vireo owners complained about the battery."
    assert sold(text, gazetteer, "Zentra", "Vireo") == {"Zentra", "Vireo"}


def test_the_new_name_is_a_product_unless_it_modifies_a_noun(gazetteer):
    text = "Critics liked the new Zentra. The new Labour government met on Monday."
    assert sold(text, gazetteer, "Zentra", "Labour") == {"Zentra"}


def test_a_product_from_its_maker(gazetteer):
    text = "Stadia, the game-streaming service from Google, will close. Google said players would get refunds."
    assert sold(text, gazetteer, "Stadia", "Google") == {"Stadia"}


def test_standards_and_formats_are_no_organisations(gazetteer):
    text = "The laptop has Wi-Fi 6, two USB-C ports and an HDR10 screen."
    assert sold(text, gazetteer, "Wi-Fi 6", "USB-C", "HDR10") == {"Wi-Fi 6", "USB-C", "HDR10"}


def test_a_name_the_article_marks_as_a_body_stays(gazetteer):
    text = ("Kortek phones are sold across Asia. Kortek said on Monday that profits rose. "
            "Vireo owners like the app, and Vireo’s chief executive Jane Moss said more was coming. "
            "Halvorsen Robotics' new robot costs $5,000.")
    assert sold(text, gazetteer, "Kortek", "Vireo", "Halvorsen Robotics") == set()


def test_a_well_known_organisation_stays_whatever_its_context(gazetteer):
    assert sold("Google users can download the update. Netflix subscribers pay more.", gazetteer,
                "Google", "Netflix") == set()


def test_companies_bought_by_companies_are_no_products(gazetteer):
    assert sold("Amazon bought Whole Foods in 2017.", gazetteer, "Whole Foods") == set()


def test_products_leave_the_pipeline_output(extractor):
    text = ("Sony cut the price of the PS4 DualShock controllers this week. "
            "Apple cancelled its AirPower charging mat in 2019. "
            "Google said Stadia owners would get refunds. Stadia, the streaming service from Google, closes in January.")
    orgs = {e.canonical for e in extractor.extract(text).entities if e.label == "ORG"}
    assert {"Sony", "Apple", "Google"} <= orgs
    assert not orgs & {"DualShock", "AirPower", "Stadia"}


def test_a_model_or_the_plural_of_a_line_sold_in_tiers_is_a_product(gazetteer):
    from extract.products import without_products

    text = "MacBook Air and MacBook Pro chargers have improved. Apple put USB-C on MacBooks in 2015."
    mentions = tagged(text, "MacBook Air", "MacBooks", "Apple")
    assert {m.text for m in without_products(text, mentions, gazetteer)} == {"Apple"}


def test_a_kind_of_product_or_a_standard_inside_the_name(gazetteer):
    text = ("Lexus showed the LC Convertible Concept in Los Angeles. Pair it with the Monoprice Essentials USB "
            "cable. The USB Implementers Forum said the Future Strategists Hub met in Vienna.")
    assert sold(text, gazetteer, "LC Convertible Concept", "Monoprice Essentials USB", "USB Implementers Forum",
                "Future Strategists Hub") == {"LC Convertible Concept", "Monoprice Essentials USB"}


def test_a_standard_opening_a_variant_or_an_electric_model_is_a_product(gazetteer):
    text = ("The phone ships GSM Unlocked and charges over USB Micro-B. The GMC Hummer EV goes on sale "
            "in May. Acme Signal Networks makes GSM masts, and the USB Implementers Forum said so.")
    assert sold(text, gazetteer, "GSM Unlocked", "USB Micro-B", "GMC Hummer EV", "Acme Signal Networks",
                "USB Implementers Forum") == {"GSM Unlocked", "USB Micro-B", "GMC Hummer EV"}


def test_a_kind_of_thing_before_the_name_makes_it_a_product(gazetteer):
    text = "Compute for landmarks such as the Go-playing program AlphaZero has grown. Many use the password manager KeePass."
    assert sold(text, gazetteer, "AlphaZero", "KeePass") == {"AlphaZero", "KeePass"}


def test_users_of_a_name_make_it_a_product_unless_a_body_says_so(gazetteer):
    text = ("The update protects you and other Chrome users. Slack users saw outages, and Slack said "
            "it was investigating. Apps call the Safe Browsing blocklist API.")
    assert sold(text, gazetteer, "Chrome", "Slack", "Safe Browsing") == {"Chrome", "Safe Browsing"}


def test_a_name_before_the_plain_noun_it_describes_is_no_product(gazetteer):
    text = "The release of Boko Haram captives was delayed. Fans watched the launch of Zentra on Friday."
    assert sold(text, gazetteer, "Boko Haram", "Zentra") == {"Zentra"}


def test_a_number_on_the_next_line_or_a_second_score_is_no_model_number(gazetteer):
    text = "Gift ideas from Mophie\n3-in-1 Wireless Charging Pad\n\nBlue Jackets 5, Canadiens 2: Dubois scored twice."
    assert sold(text, gazetteer, "Mophie", "Canadiens") == set()


def test_a_specification_after_a_maker_is_no_model_number(gazetteer):
    text = "Our picks: the Brandt 72W USB-C charger, the Kestrel 4K Smart TV and the Vireo 16-inch laptop stand."
    assert sold(text, gazetteer, "Brandt", "Kestrel", "Vireo") == set()


def test_well_known_product_lines_are_no_organisations_alone_or_opening_a_name(gazetteer):
    from extract.products import without_products

    text = ("Prices match PlayStation Network and Xbox, and another HomePod is on my list. "
            "Xbox Game Studios said Sony cut prices; Android Authority reported it.")
    mentions = tagged(text, "PlayStation Network", "Xbox", "HomePod", "Xbox Game Studios", "Sony",
                      "Android Authority")
    assert {m.text for m in without_products(text, mentions, gazetteer)} == {
        "Xbox Game Studios", "Sony", "Android Authority"}


def test_technologies_are_no_organisations_whatever_they_do(gazetteer):
    from extract.products import without_products

    text = ("AI will replace doctors, say AI researchers. Bluetooth 5.0 pairs faster. "
            "The Lightning beat the Bruins 3-2, and Lightning coach Jon Cooper was pleased.")
    mentions = tagged(text, "AI", "Bluetooth 5.0", "Lightning")
    assert {m.text for m in without_products(text, mentions, gazetteer)} == {"Lightning"}


def test_gadgets_by_their_last_word_and_listed_lines_of_chips_features_and_games(gazetteer):
    from extract.products import without_products

    text = ("Privacy groups criticised the Kelvo Always Home Cam. Phones with Snapdragon chips get Bixby Routines, "
            "and Call of Duty runs faster. Kelvo Robotics said sales rose.")
    mentions = tagged(text, "Kelvo Always Home Cam", "Snapdragon", "Bixby Routines", "Call of Duty", "Kelvo Robotics")
    assert {m.text for m in without_products(text, mentions, gazetteer)} == {"Kelvo Robotics"}


def test_a_price_right_after_a_name_makes_it_a_product_but_not_after_a_shop(gazetteer):
    text = "The Kelvo Stream Deck is $129 this week. Fitbit Versa 3: $179. Get it at Proshop for $49."
    assert sold(text, gazetteer, "Kelvo Stream Deck", "Proshop") == {"Kelvo Stream Deck"}


def test_a_line_sold_in_tiers_that_the_article_marks_as_a_body_is_its_maker(gazetteer):
    from extract.products import without_products

    text = "The Kelvo Ultra supports Wi-Fi 6. Kelvo said supplies are limited. Vireo Pro costs more than Vireo."
    mentions = tagged(text, "Kelvo Ultra", "Kelvo", "Vireo Pro", "Vireo")
    assert {m.text for m in without_products(text, mentions, gazetteer)} == {"Kelvo"}


def test_goods_after_a_name_make_it_a_product_but_not_a_verb(gazetteer):
    text = "This beautiful Kelvo-Effect Twig chandelier lights the room. Vireo monitors a patient’s heart."
    assert sold(text, gazetteer, "Kelvo-Effect Twig", "Vireo") == {"Kelvo-Effect Twig"}

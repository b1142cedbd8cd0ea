"""Bytes to text: BOM, header, <meta charset>, XML declaration, then sniffing."""
import codecs

import pytest

from scraper.encoding import codec_name, decode, declared_encoding, header_encoding

TEXT = "The council\u2019s \u201cfinal\u201d offer of \u00a31,900 \u2013 a caf\u00e9 na\u00efvet\u00e9 \u20ac5"


def page(body, head=""):
    return f"<html><head>{head}<title>Pay</title></head><body><p>{body}</p></body></html>"


@pytest.mark.parametrize("header", ["text/html; charset=utf-8", "text/html", None, "text/html; charset=bogus"])
def test_windows_1252_with_wrong_or_missing_header(header):
    html = page(TEXT)
    text, encoding = decode(html.encode("cp1252"), header)
    assert (text, encoding) == (html, "cp1252")


def test_iso_8859_1_label_means_windows_1252():
    html = page(TEXT)
    assert decode(html.encode("cp1252"), "text/html; charset=ISO-8859-1") == (html, "cp1252")


def test_utf8_labelled_latin1_is_still_utf8():
    html = page(TEXT)
    assert decode(html.encode("utf-8"), "text/html; charset=iso-8859-1") == (html, "utf-8")


def test_shift_jis_meta():
    html = page("\u65e5\u672c\u8a9e\u306e\u30cb\u30e5\u30fc\u30b9\u8a18\u4e8b\u3067\u3059\u3002\u6771\u4eac\u90fd\u306e\u8b70\u4f1a",
                head='<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">')
    assert decode(html.encode("shift_jis"), "text/html") == (html, "shift_jis")


def test_meta_charset_cyrillic():
    html = page("\u0421\u043e\u0432\u0435\u0442 \u043f\u0440\u0435\u0434\u043b\u043e\u0436\u0438\u043b \u043d\u043e\u0432\u0443\u044e \u0437\u0430\u0440\u043f\u043b\u0430\u0442\u0443",
                head='<meta charset="windows-1251">')
    assert decode(html.encode("cp1251"), None) == (html, "cp1251")


@pytest.mark.parametrize("bom, name", [(codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16")])
def test_bom_wins_over_a_wrong_header(bom, name):
    html = page(TEXT)
    raw = bom + html.encode("utf-8" if name == "utf-8-sig" else "utf-16-le")
    assert decode(raw, "text/html; charset=windows-1252") == (html, name)


def test_xml_declaration():
    xml = f'<?xml version="1.0" encoding="ISO-8859-15"?><rss><title>{TEXT.replace(chr(0x2019), "x").replace(chr(0x201c), "").replace(chr(0x201d), "").replace(chr(0x2013), "-")}</title></rss>'
    assert decode(xml.encode("iso8859-15"), "application/xml") == (xml, "iso8859-15")


def test_sniffing_without_any_declaration():
    html = page("\u0421\u043e\u0432\u0435\u0442 \u043f\u0440\u0435\u0434\u043b\u043e\u0436\u0438\u043b \u043d\u043e\u0432\u0443\u044e "
                "\u0437\u0430\u0440\u043f\u043b\u0430\u0442\u0443 \u0440\u0430\u0431\u043e\u0442\u043d\u0438\u043a\u0430\u043c "
                "\u043c\u0435\u0441\u0442\u043d\u044b\u0445 \u043e\u0440\u0433\u0430\u043d\u043e\u0432 \u0432\u043b\u0430\u0441\u0442\u0438")
    text, encoding = decode(html.encode("cp1251"), None)
    assert text == html


def test_ascii_follows_the_declaration():
    assert decode(b"<p>plain</p>", "text/html; charset=utf-8") == ("<p>plain</p>", "utf-8")


def test_helpers():
    assert header_encoding('text/html; charset="UTF-8"') == "utf-8"
    assert header_encoding("text/html") is None
    assert declared_encoding(b"<html><head><meta charset='utf-8'>") == "utf-8"
    assert declared_encoding(b"<html><head><title>x</title>") is None
    assert codec_name("latin1") == "cp1252"
    assert codec_name("no-such-thing") is None


def test_utf8_page_with_stray_windows_1252_bytes():
    html = page(TEXT, head='<meta charset="utf-8">')
    raw = html.encode("utf-8").replace(b"</p>", b" \x93quoted\x94 \x85</p>")
    text, encoding = decode(raw, "text/html")
    assert encoding == "utf-8"
    assert TEXT in text and "\u201cquoted\u201d \u2026</p>" in text


def test_pure_windows_1252_declared_utf8_is_not_treated_as_mixed():
    html = page(TEXT, head='<meta charset="utf-8">')
    assert decode(html.encode("cp1252"), "text/html; charset=utf-8") == (html, "cp1252")


def test_decode_html():
    from scraper.encoding import decode_html

    assert decode_html(page(TEXT).encode("cp1252")) == page(TEXT)

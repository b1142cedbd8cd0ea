"""Turn a response's bytes into text, whatever the page claims its encoding is.

Order of evidence: a byte-order mark; the charset of the Content-Type header;
the document's own ``<meta charset>`` or XML declaration; then sniffing with
charset-normalizer. A declaration is believed only if the bytes decode under
it: servers often send ``charset=utf-8`` for windows-1252 pages, and bytes
that are valid UTF-8 beyond ASCII are UTF-8 whatever the label says (legacy
8-bit text almost never happens to be valid UTF-8).
"""
from __future__ import annotations

import codecs
import re

import charset_normalizer

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Browsers decode these labels as windows-1252 (WHATWG Encoding Standard), and
# so must we: "iso-8859-1" pages are full of curly quotes in 0x80-0x9F.
WINDOWS_1252_ALIASES = {"ascii", "us-ascii", "iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "cp819"}
# Single-byte Western encodings the sniffer confuses with one another on
# mostly-English text; windows-1252 is the web's answer for all of them.
WESTERN_GUESSES = {"latin_1", "iso8859_15", "cp1252", "cp1250", "iso8859_2", "mac_roman", "cp850", "cp437"}

WINDOWS_1252_FALLBACK = "newsmon-windows-1252-fallback"  # a codecs error handler, registered below
CHARSET_PARAM = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.I)
META_TAG = re.compile(rb"<meta\b[^>]*>", re.I)
XML_DECLARATION = re.compile(rb"""^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._\-]+)["']""", re.I)
UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
PREFIX_BYTES = 4096  # where a page must declare its encoding (HTML says 1024; be lenient)


def decode(raw: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode ``raw``; returns (text, encoding used)."""
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            return raw.decode(encoding, errors="replace"), encoding
    declared = [e for e in (header_encoding(content_type), declared_encoding(raw)) if e]
    if raw.isascii():
        encoding = declared[0] if declared and _is_ascii_compatible(declared[0]) else "utf-8"
        return raw.decode(encoding, errors="replace"), encoding
    if _decodes(raw, "utf-8"):
        return raw.decode("utf-8"), "utf-8"
    if "utf-8" in declared and is_mostly_utf8(raw):
        # A UTF-8 page with a few windows-1252 bytes pasted in (an old headline, an
        # advert): decoding it all as windows-1252 would garble every other character.
        return raw.decode("utf-8", errors=WINDOWS_1252_FALLBACK), "utf-8"
    for encoding in declared:
        if encoding != "utf-8" and _decodes(raw, encoding):
            return raw.decode(encoding), encoding
    encoding = sniff(raw)
    return raw.decode(encoding, errors="replace"), encoding


def decode_html(raw: bytes, content_type: str | None = None) -> str:
    """Just the text of ``decode``: for pages read from disk."""
    return decode(raw, content_type)[0]


def is_mostly_utf8(raw: bytes) -> bool:
    """Do valid multi-byte UTF-8 sequences outnumber the bytes that are not UTF-8?"""
    valid = len(UTF8_MULTIBYTE.findall(raw))
    invalid = len(raw.decode("utf-8", errors="replace")) - len(raw.decode("utf-8", errors="ignore"))
    return valid > invalid


def _windows_1252_fallback(error: UnicodeDecodeError) -> tuple[str, int]:
    bad = error.object[error.start:error.end]
    return bad.decode("cp1252", errors="replace"), error.end


codecs.register_error(WINDOWS_1252_FALLBACK, _windows_1252_fallback)


def header_encoding(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header, as a Python codec name."""
    if not content_type:
        return None
    match = CHARSET_PARAM.search(content_type.encode("latin-1", errors="replace"))
    return codec_name(match.group(1).decode("ascii")) if match else None


def declared_encoding(raw: bytes) -> str | None:
    """The encoding a document declares in its XML declaration or a <meta> tag."""
    prefix = raw[:PREFIX_BYTES]
    match = XML_DECLARATION.match(prefix)
    if match:
        return codec_name(match.group(1).decode("ascii"))
    for tag in META_TAG.finditer(prefix):
        match = CHARSET_PARAM.search(tag.group(0))
        if match:
            return codec_name(match.group(1).decode("ascii"))
    return None


def codec_name(label: str) -> str | None:
    """Python's name for an encoding label, or None when unknown."""
    label = label.strip().lower()
    if label in WINDOWS_1252_ALIASES:
        return "cp1252"
    if label in ("utf8", "utf-8", "unicode-1-1-utf-8"):
        return "utf-8"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def sniff(raw: bytes) -> str:
    """Best guess from the bytes alone; windows-1252 when nothing fits better."""
    best = charset_normalizer.from_bytes(raw).best()
    if best is None or best.encoding in WESTERN_GUESSES:
        return "cp1252" if _decodes(raw, "cp1252") else (best.encoding if best else "cp1252")
    return best.encoding


def _decodes(raw: bytes, encoding: str) -> bool:
    try:
        raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _is_ascii_compatible(encoding: str) -> bool:
    return b"<a>" == "<a>".encode(encoding, errors="ignore") if encoding else False

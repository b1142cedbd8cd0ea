"""URL normalisation decides article identity."""
import pytest

from scraper.urls import is_tracking_param, normalise_url, same_site


@pytest.mark.parametrize("url, expected", [
    ("HTTPS://News.STV.tv:443/scotland/pay-offer", "https://news.stv.tv/scotland/pay-offer"),
    ("http://news.stv.tv:80/x", "http://news.stv.tv/x"),
    ("http://news.stv.tv:8080/x", "http://news.stv.tv:8080/x"),
    ("https://news.stv.tv", "https://news.stv.tv/"),
    ("https://news.stv.tv/x#comments", "https://news.stv.tv/x"),
    ("https://www.bbc.co.uk/news/articles/c1?at_medium=RSS&at_campaign=rss", "https://www.bbc.co.uk/news/articles/c1"),
    ("https://x.com/a?utm_source=tw&utm_medium=social&id=7", "https://x.com/a?id=7"),
    ("https://x.com/a?fbclid=abc&gclid=def&CMP=share_btn_tw", "https://x.com/a"),
    ("https://x.com/a?ref=rss", "https://x.com/a"),
    ("https://x.com/a?ref=12", "https://x.com/a?ref=12"),  # ref is only tracking with known values
    ("https://x.com/a?page=2&id=7", "https://x.com/a?id=7&page=2"),
    ("https://x.com/a?tag=b&tag=a", "https://x.com/a?tag=b&tag=a"),  # repeated names keep their order
    ("https://x.com/%7Ejane/caf%c3%a9", "https://x.com/~jane/caf%C3%A9"),
    ("https://user:secret@x.com/a", "https://x.com/a"),
    ("https://X.com./a", "https://x.com/a"),
    ("  https://x.com/a  ", "https://x.com/a"),
])
def test_normalise(url, expected):
    assert normalise_url(url) == expected


def test_equivalent_spellings_are_one_identity():
    spellings = [
        "https://news.stv.tv/politics/offer?utm_source=rss&b=2&a=1",
        "HTTPS://NEWS.STV.TV:443/politics/offer?a=1&b=2#top",
        "https://news.stv.tv/politics/offer?b=2&at_medium=RSS&a=1",
    ]
    assert len({normalise_url(url) for url in spellings}) == 1


@pytest.mark.parametrize("url", ["mailto:a@b.com", "javascript:void(0)", "ftp://x.com/a", "data:text/html,hi",
                                 "file:///etc/passwd", "", None, "https://", "http://x.com:99999/", "not a url"])
def test_only_http_urls(url):
    assert normalise_url(url) is None


def test_relative_urls_resolve_against_base():
    assert normalise_url("../b?utm_term=x", "https://x.com/news/a/") == "https://x.com/news/b"
    assert normalise_url("//cdn.x.com/a", "https://x.com/") == "https://cdn.x.com/a"


def test_idn_hosts_become_punycode():
    assert normalise_url("https://bücher.example/a") == "https://xn--bcher-kva.example/a"


def test_tracking_params():
    assert is_tracking_param("UTM_Campaign", "x")
    assert not is_tracking_param("id", "utm_source")


def test_same_site():
    assert same_site("www.bbc.co.uk", ["bbc.co.uk"])
    assert same_site("bbc.co.uk", ["bbc.co.uk"])
    assert not same_site("notbbc.co.uk", ["bbc.co.uk"])

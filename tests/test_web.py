"""URL input (copydesk.ingest.web): fetch a page from a real local server and extract it."""

from __future__ import annotations

import datetime as dt
import gzip
import json

import pytest
import trafilatura

from conftest import FIXTURES
from copydesk.errors import BadStatus, BlockedAddress, CopydeskError, ExtractionFailed, FetchError
from copydesk.ingest.web import extract_article, fetch_article

WEB = FIXTURES / "web"


def one_line(exc: CopydeskError) -> str:
    message = str(exc)
    assert "\n" not in message and " - " in message, message
    return message


def test_fetch_article_text_and_metadata(http_server):
    url = http_server.url("/fixtures/web/article.html")
    article = fetch_article(url, allow_private=True)
    assert article.url == url
    assert article.title == "Stronsay ferry to sail twice a day"
    assert article.byline == "Ewan Flett"
    assert article.source_name == "Orkney Courier"
    assert article.published == dt.date(2026, 2, 10)
    assert article.language == "en"
    text = article.text
    assert text.count("\n") >= 6  # one paragraph per line
    assert "KIRKWALL, Scotland" in text and "said council leader Morag Linklater" in text
    assert '"Islanders have asked for this for a very long time' in text  # quotes kept verbatim
    # chrome and comments are not article text
    for chrome in ("Most read", "All rights reserved", "Privacy", "Comments", "I have waited years"):
        assert chrome not in text


def test_text_is_bare_trafilatura_text():
    for name in ("article.html", "syndicated.html", "cp1252.html"):
        html = (WEB / name).read_bytes().decode("cp1252" if name == "cp1252.html" else "utf-8")
        assert extract_article(html, "http://127.0.0.1/x").text == trafilatura.extract(html, include_comments=False)


def test_text_matches_bare_trafilatura_on_shared_pages(http_server, shared_data):
    truth = json.loads((shared_data / "extraction_dev" / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(truth)[:6]:
        html = gzip.decompress((shared_data / "extraction_dev" / "html" / f"{key}.html.gz").read_bytes()).decode()
        # served gzip-encoded by the real server, decoded by our client, extracted by us
        article = fetch_article(http_server.url(f"/shared/extraction/{key}.html"), allow_private=True)
        assert article.text == trafilatura.extract(html, include_comments=False)
        assert article.title


def test_same_story_under_two_urls_gives_the_same_text(http_server):
    a = fetch_article(http_server.url("/fixtures/web/article.html"), allow_private=True)
    b = fetch_article(http_server.url("/fixtures/web/syndicated.html"), allow_private=True)
    assert a.url != b.url and a.source_name != b.source_name
    assert a.text == b.text


def test_windows_1252_page(http_server):
    article = fetch_article(http_server.url("/fixtures/web/cp1252.html"), allow_private=True)
    assert "\u20ac18 million" in article.text and "D\u00e9sir\u00e9 De Smet" in article.text
    # the header's ISO-8859-1 label is read as windows-1252, as browsers do
    article = fetch_article(http_server.url("/fixtures/web/cp1252.html?ct=text/html;%20charset=ISO-8859-1"),
                            allow_private=True)
    assert "\u20ac18 million" in article.text


def test_paywall_stub_is_an_error(http_server):
    with pytest.raises(ExtractionFailed) as info:
        fetch_article(http_server.url("/fixtures/web/paywall.html"), allow_private=True)
    assert "paywall" in one_line(info.value) and "copydesk rewrite -" in str(info.value)


def test_index_page_is_an_error(http_server):
    with pytest.raises(ExtractionFailed) as info:
        fetch_article(http_server.url("/fixtures/web/index.html"), allow_private=True)
    assert "not an article page" in one_line(info.value)


def test_empty_page_is_an_error():
    with pytest.raises(ExtractionFailed) as info:
        extract_article("<html><body><div></div></body></html>", "http://127.0.0.1/empty")
    assert "no article text" in one_line(info.value)
    with pytest.raises(ExtractionFailed):
        extract_article("", "http://127.0.0.1/nothing")


@pytest.mark.parametrize("path, kind", [
    ("/fixtures/web/document.pdf", "application/pdf"),
    ("/fixtures/web/data.json", "application/json"),
])
def test_non_html_response_is_an_error(http_server, path, kind):
    with pytest.raises(FetchError) as info:
        fetch_article(http_server.url(path), allow_private=True)
    assert kind in one_line(info.value)


def test_html_without_content_type_is_sniffed(http_server):
    article = fetch_article(http_server.url("/fixtures/web/article.html?ct=none"), allow_private=True)
    assert article.title == "Stronsay ferry to sail twice a day"
    with pytest.raises(FetchError) as info:
        fetch_article(http_server.url("/fixtures/web/document.pdf?ct=none"), allow_private=True)
    assert "not a web page" in one_line(info.value)


def test_http_errors_and_the_guard_reach_the_caller(http_server):
    with pytest.raises(BadStatus):
        fetch_article(http_server.url("/status/404"), allow_private=True)
    with pytest.raises(BlockedAddress):
        fetch_article(http_server.url("/fixtures/web/article.html"))


def test_a_pop_up_card_over_a_name_is_no_part_of_the_sentence():
    para = ("Harbour master {name} is defending the council's new ferry timetable, which cut the evening sailing "
            "to Stronsay and Sanday and drew complaints from islanders across the north of the county.")
    card = ('<span class="rollover-people"><a href="/people/jane-example">Jane Example</a>'
            '<span class="rollover-people-block"><span>Jane Mary Example</span>Harbour master in charge of '
            'the ferries MORE</span></span>')
    body = "".join(f"<p>{para.format(name=card if k == 0 else 'Jane Example')} Paragraph {k} adds more words "
                   "about the timetable, the islands and the ferry crews who sail it in all weathers.</p>"
                   for k in range(6))
    page = f"<html><head><title>Ferry timetable defended</title></head><body><article>{body}</article></body></html>"
    text = extract_article(page).text
    assert "Harbour master Jane Example is defending" in text
    assert "MORE" not in text and "Jane Mary Example" not in text

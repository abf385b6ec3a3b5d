"""Feeds (copydesk.ingest.feeds): parsing, entries to articles, fetching through a real server."""

from __future__ import annotations

import datetime as dt
import json
import threading
import time

import pytest

from conftest import FIXTURES
from copydesk.errors import BadStatus, BlockedAddress, ExtractionFailed, FetchError, FetchTimeout
from copydesk.ingest.feeds import (
    FeedEntry,
    FeedRequest,
    ParsedFeed,
    entry_to_article,
    fetch_feed,
    fetch_feeds,
    html_to_text,
    is_full_text,
    parse_feed,
)

FEEDS = FIXTURES / "feeds"
UTC = dt.UTC


def parsed(name: str, headers: dict | None = None, url: str | None = None) -> ParsedFeed:
    # the feed's own URL is on a port none of the fixture sites' links use (8001-8005), so a
    # relative link made absolute against it cannot pass for one made against the channel's link
    return parse_feed((FEEDS / name).read_bytes(), url or f"http://127.0.0.1:8006/{name}", headers)


# --- formats -----------------------------------------------------------------------------


def test_rss20_with_full_content():
    feed = parsed("rss20.xml")
    assert (feed.format, feed.title, feed.bozo, feed.error) == ("rss20", "Orkney Courier", False, None)
    ferry, loaf, leie = feed.entries
    assert ferry.id == "courier-1001"
    assert ferry.link == "http://127.0.0.1:8001/news/stronsay-ferry"
    assert ferry.published == dt.datetime(2026, 2, 10, 9, 30, tzinfo=UTC)
    assert loaf.published == dt.datetime(2026, 2, 14, 5, 0, tzinfo=UTC)  # +1300 made UTC
    assert ferry.author == "Ewan Flett"
    # HTML became paragraphs; script and figure are gone
    paras = ferry.content.split("\n\n")
    assert len(paras) == 7 and paras[0].startswith("KIRKWALL, Scotland")
    assert "<" not in ferry.content and "alert" not in ferry.content and "Photo" not in ferry.content
    assert ferry.summary.startswith("KIRKWALL") and len(ferry.summary) < len(ferry.content)
    # a relative link is made absolute against the feed's URL
    assert leie.link == "http://127.0.0.1:8006/news/leie-swimming" and leie.content is None


def test_rss091_and_rss10():
    old = parsed("rss091.xml")
    assert old.format.startswith("rss091") and old.title == "Dunedin Daily" and len(old.entries) == 1
    assert old.entries[0].summary.startswith("DUNEDIN") and old.entries[0].content is None
    rdf = parsed("rss10.rdf")
    assert rdf.format == "rss10" and [e.link for e in rdf.entries] == ["http://127.0.0.1:8004/1", "http://127.0.0.1:8004/2"]
    assert rdf.entries[0].published == dt.datetime(2026, 6, 1, 6, 0, tzinfo=UTC)


def test_atom():
    feed = parsed("atom.xml")
    assert feed.format == "atom10" and feed.language == "en"
    full, short = feed.entries
    assert full.author == "Lotte Janssens" and full.published == dt.datetime(2026, 6, 1, 6, 0, tzinfo=UTC)
    assert full.content.count("\n\n") == 4 and '"Ten years ago' in full.content
    assert full.summary == "Swimmers can go back into the Leie this summer."
    assert short.content is None and short.published == dt.datetime(2026, 6, 2, 8, 0, tzinfo=UTC)


def test_json_feed():
    feed = parsed("feed.json")
    assert feed.format == "json11" and feed.title == "Dunedin Daily" and feed.language == "en-NZ"
    assert feed.bozo and "not an object" in feed.error  # one bad item is flagged, the rest kept
    loaf, festival = feed.entries
    assert loaf.id == "loaf-1" and loaf.author == "Aroha Te Rangi"
    assert loaf.published == dt.datetime(2026, 2, 14, 5, 0, tzinfo=UTC)
    assert loaf.content.split("\n\n")[0].startswith("DUNEDIN")
    assert festival.id == "2" and festival.link == "http://127.0.0.1:8006/festival"
    assert festival.content == "The programme is out. See the website."


def test_broken_json_feed_does_not_raise():
    feed = parsed("broken.json")
    assert feed.bozo and feed.entries == [] and "not valid JSON" in feed.error


def test_a_web_page_is_not_a_feed():
    feed = parse_feed((FIXTURES / "web" / "index.html").read_bytes(), "http://127.0.0.1/x/", {"Content-Type": "text/html"})
    assert feed.bozo and feed.entries == [] and "not a feed" in feed.error


def test_ill_formed_xml_is_read_as_far_as_possible():
    feed = parsed("illformed.xml")
    assert feed.bozo and feed.error
    assert len(feed.entries) >= 2
    assert feed.entries[0].title == "Stronsay ferry to sail twice a day"
    assert entry_to_article(feed.entries[0], feed).text.startswith("KIRKWALL")
    assert feed.entries[1].title.startswith("Fish & chips")


@pytest.mark.parametrize("garbage", [b"", b"\x00\x01\x02", b"<rss", b"{", b"<?xml version='1.0'?><feed>", b"[1, 2]"])
def test_garbage_never_raises(garbage):
    feed = parse_feed(garbage, "http://127.0.0.1/x/feed")
    assert feed.bozo and feed.error and feed.entries == []


# --- encodings ---------------------------------------------------------------------------


def test_iso_8859_1_declared_in_the_prolog():
    feed = parsed("latin1.xml")
    assert not feed.bozo
    assert feed.title == "Gazette de Gand \u00e9t\u00e9"
    assert feed.entries[0].title == "Baignade rouverte \u00e0 Gand"
    assert "\u00e9chevin" in feed.entries[0].content


@pytest.mark.parametrize("content_type", ["application/rss+xml; charset=windows-1252",
                                          "text/xml; charset=ISO-8859-1"])
def test_windows_1252_declared_in_the_header(content_type):
    feed = parsed("cp1252.xml", {"Content-Type": content_type})
    assert feed.title == "Ghent \u2013 Notes"
    assert "\u20ac18 million" in feed.entries[0].content
    assert "\u201cTen years ago" in feed.entries[0].content


def test_non_utf8_feeds_through_the_server(http_server):
    got = fetch_feed(http_server.url("/fixtures/feeds/latin1.xml"), allow_private=True)
    assert got.feed.entries[0].title == "Baignade rouverte \u00e0 Gand"
    got = fetch_feed(http_server.url("/fixtures/feeds/cp1252.xml?ct=application/rss%2Bxml;%20charset=windows-1252"),
                     allow_private=True)
    assert "\u20ac18 million" in got.feed.entries[0].content


# --- entries to articles -----------------------------------------------------------------


def test_full_content_becomes_an_article():
    feed = parsed("rss20.xml")
    article = entry_to_article(feed.entries[0], feed)
    assert article.title == "Stronsay ferry to sail twice a day"
    assert article.url == "http://127.0.0.1:8001/news/stronsay-ferry"
    assert article.source_name == "Orkney Courier" and article.byline == "Ewan Flett"
    assert article.language == "en" and article.published.year == 2026
    assert article.text == feed.entries[0].content


def test_teaser_means_fetch_the_page():
    feed = parsed("rss20.xml")
    assert entry_to_article(feed.entries[2], feed) is None  # "... Read more"
    atom = parsed("atom.xml")
    assert entry_to_article(atom.entries[1], atom) is None  # summary only


def test_feed_with_no_links():
    feed = parsed("nolinks.xml")
    assert [e.link for e in feed.entries] == [None, None]
    article = entry_to_article(feed.entries[0], feed)
    assert article is not None and article.url is None and article.text.startswith("DUNEDIN")
    with pytest.raises(ExtractionFailed) as info:
        entry_to_article(feed.entries[1], feed)
    message = str(info.value)
    assert "\n" not in message and "no full text and no link" in message and " - " in message


def test_same_story_under_two_urls():
    a_feed, b_feed = parsed("rss20.xml"), parsed("syndicated.xml")
    a = entry_to_article(a_feed.entries[0], a_feed)
    b = entry_to_article(b_feed.entries[0], b_feed)
    assert a.url != b.url and a.source_name != b.source_name
    assert a.text == b.text  # <p> in one, <div> in the other: the same paragraphs


def test_entry_round_trips_through_a_dict():
    # the store keeps entries as JSON; an entry rebuilt from it (dates as strings) still works
    feed = parsed("rss20.xml")
    data = json.loads(json.dumps(feed.entries[0].__dict__, default=str))
    article = entry_to_article(FeedEntry(**data), feed)
    assert article.published == dt.datetime(2026, 2, 10, 9, 30, tzinfo=UTC)


def test_full_text_rule():
    sentence = "The council met on Tuesday and voted to keep the library open for two more years."
    assert is_full_text(" ".join([sentence] * 5))
    assert not is_full_text(" ".join([sentence] * 2))                    # too few sentences
    assert not is_full_text(" ".join([sentence] * 5) + " Continue reading...")
    assert not is_full_text(" ".join([sentence] * 5)[:-1] + " [\u2026]")
    assert not is_full_text(None) and not is_full_text("")


def test_html_to_text():
    html = ("<h2>Title</h2><p>One <b>bold</b> line.<br>Second&nbsp;line &amp; more.</p>"
            "<script>x()</script><ul><li>a</li><li>b</li></ul><!-- c -->")
    assert html_to_text(html) == "Title\n\nOne bold line.\nSecond line & more.\n\na\n\nb"
    assert html_to_text("plain text, no tags") == "plain text, no tags"
    assert html_to_text("<p>unclosed <b>tags") == "unclosed tags"
    assert html_to_text("") == "" and html_to_text(None) == ""


# --- fetching ----------------------------------------------------------------------------


def test_fetch_feed_conditional_get(http_server):
    url = http_server.url("/fixtures/feeds/rss20.xml?cond=1")
    first = fetch_feed(url, allow_private=True)
    assert first.status == 200 and first.etag and first.last_modified and not first.not_modified
    assert first.feed.title == "Orkney Courier" and len(first.feed.entries) == 3
    again = fetch_feed(url, etag=first.etag, last_modified=first.last_modified, allow_private=True)
    assert again.not_modified and again.status == 304 and again.feed is None
    assert again.etag == first.etag  # kept for the next pass


def test_fetch_feed_errors(http_server):
    with pytest.raises(BadStatus):
        fetch_feed(http_server.url("/status/500"), allow_private=True)
    with pytest.raises(BlockedAddress):
        fetch_feed(http_server.url("/fixtures/feeds/rss20.xml"))
    with pytest.raises(FetchError) as info:
        fetch_feed(http_server.url("/fixtures/web/document.pdf"), allow_private=True)
    assert "not a feed" in str(info.value)


def test_fetch_feeds_never_raises_for_one_bad_feed(http_server):
    good = [http_server.url(f"/fixtures/feeds/{n}") for n in ("rss20.xml", "atom.xml", "feed.json", "illformed.xml")]
    bad = {
        http_server.url("/status/404"): BadStatus,
        http_server.url("/status/500"): BadStatus,
        http_server.url("/slow-headers?delay=3"): FetchTimeout,
        http_server.url("/redirect?to=http://10.0.0.1/feed"): BlockedAddress,
        "ftp://127.0.0.1/rss": FetchError,
        "not a url at all": FetchError,
    }
    results = list(fetch_feeds([FeedRequest(u, key=i) for i, u in enumerate(good + list(bad))],
                               allow_private=["127.0.0.1/32"], timeout=1))
    assert sorted(r.url for r in results) == sorted(good + list(bad))
    by_url = {r.url: r for r in results}
    for url in good:
        assert by_url[url].ok and by_url[url].feed.entries, url
    assert by_url[good[3]].feed.bozo
    for url, kind in bad.items():
        assert isinstance(by_url[url].error, kind), (url, by_url[url].error)
        assert "\n" not in str(by_url[url].error)
    assert {r.key for r in results} == set(range(len(good) + len(bad)))


def test_fetch_feeds_keeps_the_per_host_limit(http_server):
    from httpserver import LocalServer

    active: dict[str, int] = {}
    peak: dict[str, int] = {}
    lock = threading.Lock()
    body = (FEEDS / "rss20.xml").read_bytes()

    def slow_feed(request):
        host = request.headers["Host"]  # two hosts: 127.0.0.1 on two ports
        with lock:
            active[host] = active.get(host, 0) + 1
            peak[host] = max(peak.get(host, 0), active[host])
        time.sleep(0.3)
        with lock:
            active[host] -= 1
        request.send(200, body, {"Content-Type": "application/rss+xml"})

    http_server.route("/slow-feed", slow_feed)
    with LocalServer() as other:
        other.route("/slow-feed", slow_feed)
        urls = [f"http://127.0.0.1:{http_server.port}/slow-feed?n={i}" for i in range(6)]
        urls += [f"http://127.0.0.1:{other.port}/slow-feed?n={i}" for i in range(6)]
        results = list(fetch_feeds(urls, allow_private=True, concurrency=8, per_host=2))
    assert all(r.ok for r in results) and len(results) == 12
    assert peak == {f"127.0.0.1:{http_server.port}": 2, f"127.0.0.1:{other.port}": 2}


def test_shared_feeds_all_parse(http_server, shared_data):
    manifest = json.loads((shared_data / "feeds" / "MANIFEST.json").read_text(encoding="utf-8"))
    for item in manifest:
        got = fetch_feed(http_server.url(f"/shared/feeds/{item['file']}"), allow_private=True)
        feed = got.feed
        if item["file"].endswith(".json"):
            data = json.loads((shared_data / "feeds" / item["file"]).read_bytes())
            assert len(feed.entries) == len(data["items"]) and not feed.bozo
            continue
        assert len(feed.entries) == item["entries"], item["file"]
        assert feed.bozo == item["feedparser_bozo"], (item["file"], feed.error)
        assert feed.title == " ".join(item["feed_title"].split()), item["file"]
        for entry in feed.entries:
            assert entry.title or entry.content or entry.summary
            for text in (entry.content, entry.summary):
                assert text is None or "<p>" not in text

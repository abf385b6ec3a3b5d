"""Renderers: the seed's text format to the character, and escaped Markdown / HTML / JSON."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from copydesk.model import Article, CheckReport, Dateline, Rewrite, Sentence, SentenceCheck
from copydesk.render import RENDERERS, render
from copydesk.render.text import timestamp


def make_rewrite(*, headline="Harbour Terminal Reopens After Fire", summary=None, body=None,
                 place="Halifax, Canada", url=None, created=None, ok=True, notes=None):
    summary = summary or ["The terminal reopened on Tuesday.", "A fire had closed it."]
    body = body or [["The terminal reopened on Tuesday."], ["A fire had closed it."],
                    ['"We were lucky," Doucet said.']]
    day = dt.date(2025, 7, 6)
    text = f"{place} – July 6, 2025" if place else "July 6, 2025"
    return Rewrite(
        article=Article(text="...", url=url),
        summary=[Sentence(s, [i]) for i, s in enumerate(summary)],
        headline=headline,
        dateline=Dateline(place=place, date=day, text=text, place_from="option" if place else "none"),
        body=[[Sentence(s, [0]) for s in para] for para in body],
        engine="extractive",
        created_at=created or dt.datetime(2025, 7, 6, 7, 13, 5, tzinfo=dt.UTC),
        check=CheckReport(ok=ok, sentences=[SentenceCheck("x", "body", "supported", [0])],
                          notes=notes or ["date assumed: no publication date known"]),
        language="en",
    )


def parse_seed(seed: str) -> dict:
    """Split the seed output into its parts, by its own layout."""
    blocks = seed.split("\n\n")
    first = blocks[0]
    stamp = first.split(": Here")[0]
    assert blocks[1] == "**Summary:**"
    assert blocks[3] == "**News Article:**"
    headline = blocks[4].strip("*")
    m = re.match(r"\*(?P<dateline>[^*]+)\* – (?P<lead>.*)", blocks[5], re.S)
    assert m, blocks[5]
    return {
        "stamp": stamp,
        "summary": blocks[2],
        "headline": headline,
        "dateline": m.group("dateline"),
        "body": [m.group("lead"), *blocks[6:-1]],
        "read_more": blocks[-1],
    }


def test_text_renderer_reproduces_the_seed_exactly(seed_text):
    parts = parse_seed(seed_text)
    created = dt.datetime.strptime(parts["stamp"], "%a %b %d %H:%M:%S UTC %Y").replace(tzinfo=dt.UTC)
    place, _, _ = parts["dateline"].partition(" – ")
    rewrite = make_rewrite(
        headline=parts["headline"],
        summary=[parts["summary"]],
        body=[[p] for p in parts["body"]],
        place=place,
        created=created,
    )
    assert rewrite.dateline.text == parts["dateline"]
    assert render(rewrite, "text") == seed_text


def test_timestamp_is_dates_format_in_utc_whatever_the_zone():
    when = dt.datetime(2025, 7, 6, 9, 13, 5, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert timestamp(when) == "Sun Jul 06 07:13:05 UTC 2025"


def test_text_renderer_layout_and_read_more_url():
    out = render(make_rewrite(url="http://127.0.0.1/news/a"), "text")
    lines = out.split("\n\n")
    assert lines[0] == "Sun Jul 06 07:13:05 UTC 2025: Here’s a summary and a news article rewrite based on the provided text:"
    assert lines[1] == "**Summary:**"
    assert lines[3] == "**News Article:**"
    assert lines[4] == "**Harbour Terminal Reopens After Fire**"
    assert lines[5] == "*Halifax, Canada – July 6, 2025* – The terminal reopened on Tuesday."
    assert lines[-1] == "Read More http://127.0.0.1/news/a"


def test_text_renderer_date_alone_when_no_place():
    out = render(make_rewrite(place=None), "text")
    assert "\n\n*July 6, 2025* – The terminal reopened on Tuesday.\n\n" in out


HOSTILE = '<script>alert("x")</script> & *bold* [link](javascript:alert(1))'


def test_html_is_standalone_and_escapes_everything():
    rw = make_rewrite(headline=HOSTILE, summary=[HOSTILE], body=[[HOSTILE], ["b."], ["c."]],
                      url="javascript:alert(1)")
    page = render(rw, "html")
    assert page.startswith("<!doctype html>")
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert 'href="javascript' not in page  # only http(s) links
    assert "Halifax, Canada – July 6, 2025" in page
    assert "Check passed" in page and "date assumed" in page
    assert "<link" not in page and "src=" not in page  # nothing external


def test_html_links_http_source_and_marks_failed_check():
    page = render(make_rewrite(url="http://127.0.0.1/news/a?x=1&y=2", ok=False), "html")
    assert 'href="http://127.0.0.1/news/a?x=1&amp;y=2"' in page
    assert "Check FAILED" in page


def test_markdown_escapes_and_has_every_part():
    rw = make_rewrite(headline="A *Star* Is <Born>", url="http://127.0.0.1/news/a")
    md = render(rw, "markdown")
    assert md.startswith("# A \\*Star\\* Is \\<Born\\>")
    assert "**Summary:** The terminal reopened on Tuesday. A fire had closed it." in md
    assert "*Halifax, Canada – July 6, 2025* – The terminal reopened on Tuesday." in md
    assert '"We were lucky," Doucet said.' in md  # quotes untouched
    assert "[Read More](<http://127.0.0.1/news/a>)" in md
    assert "Check passed" in md


def test_json_schema_keys():
    data = json.loads(render(make_rewrite(), "json"))
    for key in ("summary", "headline", "body", "language", "engine", "created_at", "check"):
        assert key in data
    assert set(data["dateline"]) >= {"text", "place", "date"}
    assert data["dateline"]["date"] == "2025-07-06"
    assert isinstance(data["body"], list) and len(data["body"]) == 3
    assert data["check"]["ok"] is True
    assert data["provenance"]["summary"][0] == {"text": "The terminal reopened on Tuesday.", "sources": [0]}
    assert Rewrite.from_dict(data).to_dict() == data


def test_registry_names_and_unknown_format():
    assert {"text", "markdown", "json", "html"} <= set(RENDERERS)
    from copydesk.errors import BadOption

    with pytest.raises(BadOption, match="no format named 'pdf' - use one of"):
        render(make_rewrite(), "pdf")

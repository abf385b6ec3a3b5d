"""Checks that output made from hostile feeds is harmless, shared by the hostile-feed tests.

The corpus is ``tests/fixtures/hostile/feed.json`` (a JSON Feed we wrote): script tags,
event-handler attributes, ``javascript:`` and ``data:`` links, a link that tries to close
Markdown's ``<...>``, terminal escape sequences and other control characters, bidi
overrides, very long words and entities. ``rss_of`` carries the same entries as RSS 2.0.
"""

from __future__ import annotations

import json
import re
from html import escape
from pathlib import Path
from typing import Any

import feedparser
import lxml.html
from lxml import etree
from markdown_it import MarkdownIt

CORPUS = Path(__file__).resolve().parent / "fixtures" / "hostile" / "feed.json"

# What must never reach a terminal, an XML parser or a reader's eye as it is.
BAD_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u202a-\u202e\u2066-\u2069]")
LINK_ATTRS = ("href", "src", "action", "formaction", "xlink:href", "background", "poster")
# Tags no renderer of ours writes: any of them in the output came from a feed.
FOREIGN_TAGS = {"script", "img", "svg", "iframe", "details", "object", "embed", "style", "form",
                "input", "video", "audio", "math", "base", "meta", "link"}


def corpus() -> dict[str, Any]:
    return json.loads(CORPUS.read_text(encoding="ascii"))


def rss_of(feed: dict[str, Any]) -> str:
    """The corpus as RSS 2.0: text escaped for XML, control characters left raw (ill-formed)."""
    items = []
    for item in feed["items"]:
        body = item.get("content_html") or "".join(f"<p>{escape(p)}</p>" for p in
                                                     item["content_text"].split(". "))
        author = (item.get("authors") or [{}])[0].get("name")
        items.append(
            "<item>"
            f"<title>{escape(item['title'])}</title>"
            f"<link>{escape(item['url'])}</link>"
            f"<guid isPermaLink=\"false\">rss-{escape(item['id'])}</guid>"
            + (f"<author>{escape(author)}</author>" if author else "")
            + f"<content:encoded>{escape(body)}</content:encoded>"
            "</item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>{escape(feed['title'])}</title><link>{escape(feed['home_page_url'])}</link>"
        f"<description>hostile</description>{''.join(items)}</channel></rss>"
    )


def assert_terminal_safe(text: str, where: str) -> None:
    found = BAD_CHARS.findall(text)
    assert not found, f"{where}: control or bidi characters {sorted(set(found))!r} in the output"


def strings_of(value: Any):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from strings_of(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings_of(v)


def assert_json_safe(text: str, where: str) -> None:
    """Each line (JSON Lines) or the whole text is JSON whose strings are all clean."""
    docs = [json.loads(line) for line in text.splitlines() if line.strip()] if where.endswith("l") \
        else [json.loads(text)]
    assert docs, f"{where}: no JSON"
    assert_terminal_safe(text, where)
    for doc in docs:
        for s in strings_of(doc):
            assert_terminal_safe(s, where)


def link_ok(value: str, *, relative: bool = False) -> bool:
    value = value.strip()
    if relative and value.startswith("/") and not value.startswith("//"):
        return True
    return bool(re.match(r"^https?://[^\s<>\"'`]+$", value))


def assert_safe_html(html: str, where: str, *, own_scripts: tuple[str, ...] = (),
                     relative: bool = False) -> None:
    """No foreign tag, no event handler, no link but http(s) (or /relative on our pages)."""
    assert_terminal_safe(html, where)
    root = lxml.html.document_fromstring(html) if html.strip() else None
    if root is None:
        return
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        if tag == "script":
            assert (el.get("src") or "").split("?")[0] in own_scripts and not (el.text or "").strip(), \
                f"{where}: a script that is not ours: {etree.tostring(el)[:200]!r}"
        elif tag in ("meta", "style") or (own_scripts and tag in ("link", "form", "input")):
            pass  # the page's own head and forms (the web desk's pages have ``own_scripts``)
        else:
            assert tag not in FOREIGN_TAGS, f"{where}: <{tag}> from a feed reached the output"
        for name, value in el.attrib.items():
            assert not name.lower().startswith("on"), f"{where}: event handler {name}={value!r}"
            if name.lower() in LINK_ATTRS:
                assert link_ok(value, relative=relative), f"{where}: unsafe link {name}={value!r}"
            if name.lower() == "style":
                assert "url(" not in value.lower() and "expression" not in value.lower(), where


def assert_safe_markdown(md: str, where: str) -> None:
    """Rendered as CommonMark with raw HTML on (as most sites do), it is still harmless."""
    assert_terminal_safe(md, where)
    html = MarkdownIt("commonmark").render(md)
    assert_safe_html(html, where + " (rendered)")
    for m in re.finditer(r"\]\(<([^>]*)>\)", md):
        assert link_ok(m.group(1)), f"{where}: unsafe Markdown link {m.group(1)!r}"


def assert_safe_feed(xml: str, where: str, version: str) -> feedparser.FeedParserDict:
    """RSS/Atom that parses cleanly, with http(s) links only and harmless HTML content."""
    assert_terminal_safe(xml, where)
    parsed = feedparser.parse(xml)
    assert not parsed.bozo, f"{where}: {parsed.get('bozo_exception')}"
    assert parsed.version == version
    root = etree.fromstring(xml.encode("utf-8"))
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if etree.QName(el).localname == "link":
            target = el.get("href") if el.get("href") is not None else (el.text or "")
            assert link_ok(target), f"{where}: unsafe feed link {target!r}"
    for entry in parsed.entries:
        for link in entry.get("links", []):
            assert link_ok(link["href"]), f"{where}: unsafe entry link {link['href']!r}"
        for content in entry.get("content", []):
            assert_safe_html(content.value, f"{where} content")
        assert_safe_html(entry.get("summary", ""), f"{where} summary")
    return parsed

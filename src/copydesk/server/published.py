"""The published feeds: ``/feed.rss`` and ``/feed.atom``, the latest rewrites.

Built by ``copydesk.render.feeds`` (the same RSS/Atom as the CLI's exports): each
item carries the headline, the summary, the whole article as HTML and the source
link, and its guid is the rewrite's page here. Before rendering, every item is made
safe for a feed: source links that are not http(s) are dropped (no ``javascript:``
link reaches a reader) and characters XML cannot carry are removed; after, every
HTML-bearing element goes through nh3 (``sanitise``).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from lxml import etree

from copydesk.model import Rewrite, StoredRewrite
from copydesk.render.feeds import to_atom, to_rss
from copydesk.server.security import clean_html, safe_url

router = APIRouter(tags=["feeds"])
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
RSS_DESCRIPTION = "description"
RSS_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
ATOM_CONTENT = "{http://www.w3.org/2005/Atom}content"
ATOM_SUMMARY = "{http://www.w3.org/2005/Atom}summary"
TITLE = "copydesk: checked rewrites"
DESCRIPTION = "Summaries and rewritten articles, each checked against its source."


def _xml_safe(value: Any) -> Any:
    """Drop the control characters XML 1.0 cannot carry, all through a JSON-like value."""
    if isinstance(value, str):
        if all(ch >= " " or ch in "\t\n\r" for ch in value):
            return value
        return "".join(ch for ch in value if ch >= " " or ch in "\t\n\r")
    if isinstance(value, list):
        return [_xml_safe(v) for v in value]
    if isinstance(value, dict):
        return {k: _xml_safe(v) for k, v in value.items()}
    return value


def _fit(stored: StoredRewrite) -> bool:
    """True when ``stored`` can go into a feed as it is (the common case, no copy)."""
    rw = stored.rewrite
    url = rw.article.url
    if url is not None and safe_url(url) != url:
        return False
    if any(safe_url(u) != u for u in stored.sources):
        return False
    texts = [rw.headline, rw.dateline.text, rw.article.byline or "", rw.article.title or "",
             *(s.text for s in rw.summary), *(s.text for p in rw.body for s in p)]
    return not any(CONTROL.search(t) for t in texts)


def feed_item(stored: StoredRewrite) -> StoredRewrite:
    """``stored`` fit for a feed: http(s) links only, XML-safe text (a copy only if needed)."""
    if _fit(stored):
        return stored
    data = _xml_safe(stored.rewrite.to_dict())
    data["article"]["url"] = safe_url(data["article"].get("url"))
    rewrite = Rewrite.from_dict(data)
    sources = [u for u in (safe_url(s) for s in stored.sources) if u]
    return dataclasses.replace(stored, rewrite=rewrite, sources=sources)


def sanitise(xml: str) -> bytes:
    """Pass every HTML-bearing element of a rendered feed through nh3.

    RSS ``description`` and ``content:encoded`` and Atom ``content``/``summary`` of
    type html are read as HTML by feed readers: whatever the renderer put there,
    only safe tags, no event handlers and http(s) links leave this server.
    """
    root = etree.fromstring(xml.encode("utf-8"), parser=etree.XMLParser(resolve_entities=False))
    for el in root.iter(RSS_DESCRIPTION, RSS_CONTENT):
        if el.text and el.getparent() is not None and el.getparent().tag == "item":
            cleaned = clean_html(el.text)
            el.text = etree.CDATA(cleaned) if el.tag == RSS_CONTENT else cleaned
    for el in root.iter(ATOM_CONTENT, ATOM_SUMMARY):
        if el.text and el.get("type") in ("html", "xhtml"):
            el.text = clean_html(el.text)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def build_feed(request: Request, rows: list[StoredRewrite], fmt: str) -> bytes:
    base = str(request.base_url).rstrip("/")
    items = [feed_item(r) for r in rows]
    kwargs = {"title": TITLE, "link": f"{base}/", "description": DESCRIPTION,
              "link_for": lambda s: f"{base}/rewrites/{s.id}", "self_link": f"{base}/feed.{fmt}"}
    return sanitise(to_rss(items, **kwargs) if fmt == "rss" else to_atom(items, **kwargs))


@router.get("/feed.rss")
def feed_rss(request: Request, limit: int = Query(50, ge=1, le=200)):
    """RSS 2.0: the latest rewrites."""
    rows = request.app.state.store.list_rewrites(limit=limit)
    return Response(build_feed(request, rows, "rss"), media_type="application/rss+xml; charset=utf-8")


@router.get("/feed.atom")
def feed_atom(request: Request, limit: int = Query(50, ge=1, le=200)):
    """Atom 1.0: the latest rewrites."""
    rows = request.app.state.store.list_rewrites(limit=limit)
    return Response(build_feed(request, rows, "atom"), media_type="application/atom+xml; charset=utf-8")

"""The published feeds: ``/feed.rss`` and ``/feed.atom``, the latest rewrites.

Built by ``copydesk.render.feeds`` (the same RSS/Atom as the CLI's exports): each
item carries the headline, the summary, the whole article as HTML and the source
link, and its guid is the rewrite's page here. The renderer makes every item safe for
a feed (``copydesk.render.feeds.fit_item``: links that ``copydesk.safety.safe_link``
refuses are dropped, control characters removed); after, every HTML-bearing element
goes through nh3 (``sanitise``).
"""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from lxml import etree

from copydesk.model import StoredRewrite
from copydesk.render.feeds import to_atom, to_rss
from copydesk.server.security import clean_html

router = APIRouter(tags=["feeds"])
RSS_DESCRIPTION = "description"
RSS_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
ATOM_CONTENT = "{http://www.w3.org/2005/Atom}content"
ATOM_SUMMARY = "{http://www.w3.org/2005/Atom}summary"
TITLE = "copydesk: checked rewrites"
DESCRIPTION = "Summaries and rewritten articles, each checked against its source."


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
    kwargs = {"title": TITLE, "link": f"{base}/", "description": DESCRIPTION,
              "link_for": lambda s: f"{base}/rewrites/{s.id}", "self_link": f"{base}/feed.{fmt}"}
    return sanitise(to_rss(rows, **kwargs) if fmt == "rss" else to_atom(rows, **kwargs))


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

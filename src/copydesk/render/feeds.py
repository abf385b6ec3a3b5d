"""Many stored rewrites at once: RSS 2.0 and Atom (with ``feedgen``), JSON Lines, Markdown.

Each feed item carries the headline (title), the summary (description / Atom summary),
the whole rewritten article as HTML (``content:encoded`` / Atom content) and the source
link; every other source URL of the story is listed at the end of the article. The web
server reuses ``to_rss``/``to_atom`` for ``/feed.rss`` and ``/feed.atom``.

Stored rows may hold what a hostile feed sent before copydesk cleaned its input, so
every item is made fit on the way out (``fit_item``): links that ``safe_link`` refuses
(``javascript:``, ``data:``, anything but http(s)) are dropped, and text loses the
control characters that XML cannot carry and terminals obey (``clean_text``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Sequence
from html import escape

from feedgen.feed import FeedGenerator

from copydesk import __version__
from copydesk.model import Rewrite, StoredRewrite
from copydesk.render.markdown import markdown_article
from copydesk.safety import clean_data, clean_text, safe_link

Item = StoredRewrite | Rewrite
LinkFor = Callable[[StoredRewrite], str]

FORMATS = ("jsonl", "md", "rss", "atom")


def _parts(item: Item) -> tuple[Rewrite, int | None, list[str], dt.datetime]:
    if isinstance(item, StoredRewrite):
        sources = item.sources or ([item.rewrite.article.url] if item.rewrite.article.url else [])
        return item.rewrite, item.id, sources, item.created_at
    sources = [item.article.url] if item.article.url else []
    return item, None, sources, item.created_at


def _texts(rewrite: Rewrite) -> list[str]:
    article = rewrite.article
    return [rewrite.headline, rewrite.dateline.text, article.byline or "", article.title or "",
            article.source_name or "", *(s.text for s in rewrite.summary),
            *(s.text for p in rewrite.body for s in p)]


def _fit(rewrite: Rewrite, sources: Sequence[str]) -> bool:
    """True when ``rewrite`` can go out as it is (the common case: no copy is made)."""
    url = rewrite.article.url
    if url is not None and safe_link(url) != url:
        return False
    if any(safe_link(u) != u for u in sources):
        return False
    return all(clean_text(t) == t for t in _texts(rewrite))


def fit_item(item: Item) -> Item:
    """``item`` fit for any output: safe links only, clean text (a copy only when needed)."""
    sources = item.sources if isinstance(item, StoredRewrite) else []
    rewrite = item.rewrite if isinstance(item, StoredRewrite) else item
    if _fit(rewrite, sources):
        return item
    data = clean_data(rewrite.to_dict())
    data["article"]["url"] = safe_link(data["article"].get("url"))
    fitted = Rewrite.from_dict(data)
    if not isinstance(item, StoredRewrite):
        return fitted
    links = [u for u in (safe_link(s) for s in sources) if u]
    return dataclasses.replace(item, rewrite=fitted, sources=links)


def _aware(when: dt.datetime) -> dt.datetime:
    return when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when


def article_html(rewrite: Rewrite, sources: Sequence[str] = ()) -> str:
    """The rewritten article as HTML: headline, dateline and lead, body, Read More."""
    paragraphs = rewrite.body_paragraphs
    out = [f"<p><strong>{escape(rewrite.headline)}</strong></p>"]
    lead = escape(paragraphs[0]) if paragraphs else ""
    out.append(f"<p><em>{escape(rewrite.dateline.text)}</em> – {lead}</p>" if rewrite.dateline.text else f"<p>{lead}</p>")
    out.extend(f"<p>{escape(p)}</p>" for p in paragraphs[1:])
    links = [u for u in map(safe_link, list(sources) or [rewrite.article.url]) if u]
    if links:
        anchors = ", ".join(f'<a href="{escape(u, quote=True)}">{escape(u)}</a>' for u in links)
        out.append(f"<p>Read More {anchors}</p>")
    return "\n".join(out)


def _generator(items: Sequence[Item], title: str, link: str, description: str,
               link_for: LinkFor | None, self_link: str | None) -> FeedGenerator:
    fg = FeedGenerator()
    fg.id(link)
    fg.title(clean_text(title))
    fg.link(href=link, rel="alternate")
    if self_link:
        fg.link(href=self_link, rel="self")
    fg.description(clean_text(description))
    fg.generator("copydesk", version=__version__)
    fg.language("en")
    newest = max((_aware(_parts(i)[3]) for i in items), default=dt.datetime.now(dt.UTC))
    fg.updated(newest)
    fg.lastBuildDate(newest)
    for item in map(fit_item, items):
        rewrite, item_id, sources, created = _parts(item)
        created = _aware(created)
        entry = fg.add_entry(order="append")
        if item_id is not None and link_for is not None and isinstance(item, StoredRewrite):
            guid, permalink = link_for(item), True
        elif item_id is not None:
            guid, permalink = f"urn:copydesk:rewrite:{item_id}", False
        else:
            guid = f"urn:copydesk:rewrite:{rewrite.article.url or rewrite.headline}:{created.isoformat()}"
            permalink = False
        entry.id(guid)
        entry.guid(guid, permalink=permalink)
        entry.title(rewrite.headline)
        if sources:
            entry.link(href=sources[0], rel="alternate")
        # readers take an RSS description as HTML: text that looks like a tag stays text
        entry.summary(escape(rewrite.summary_text or rewrite.headline, quote=False), type="html")
        entry.content(article_html(rewrite, sources), type="CDATA")
        entry.published(created)
        entry.updated(created)
        if rewrite.article.byline:
            entry.author(name=rewrite.article.byline)
    return fg


def to_rss(items: Sequence[Item], *, title: str = "copydesk", link: str = "https://copydesk.invalid/",
           description: str = "Rewritten news from copydesk", link_for: LinkFor | None = None,
           self_link: str | None = None) -> str:
    """RSS 2.0 with ``content:encoded``. ``link_for`` makes each item's guid a permalink."""
    fg = _generator(items, title, link, description, link_for, self_link)
    return fg.rss_str(pretty=True).decode("utf-8")


def to_atom(items: Sequence[Item], *, title: str = "copydesk", link: str = "https://copydesk.invalid/",
            description: str = "Rewritten news from copydesk", link_for: LinkFor | None = None,
            self_link: str | None = None) -> str:
    """Atom 1.0; entry content is the article as HTML."""
    fg = _generator(items, title, link, description, link_for, self_link)
    return fg.atom_str(pretty=True).decode("utf-8")


def to_jsonl(items: Sequence[Item]) -> str:
    lines = [json.dumps(clean_data(i.to_dict()), ensure_ascii=False) for i in items]
    return "\n".join(lines) + ("\n" if lines else "")


def to_markdown(items: Sequence[Item]) -> str:
    blocks = []
    for item in items:
        rewrite, _, sources, _ = _parts(item)
        blocks.append(markdown_article(rewrite, sources))
    return "\n\n---\n\n".join(blocks) + ("\n" if blocks else "")


def export(items: Sequence[Item], fmt: str, **feed_options: str) -> str:
    """``items`` in ``fmt`` (one of ``FORMATS``)."""
    if fmt == "rss":
        return to_rss(items, **feed_options)
    if fmt == "atom":
        return to_atom(items, **feed_options)
    if fmt == "jsonl":
        return to_jsonl(items)
    if fmt == "md":
        return to_markdown(items)
    from copydesk.errors import BadOption

    raise BadOption(f"no export format {fmt!r} - use one of: {', '.join(FORMATS)}")

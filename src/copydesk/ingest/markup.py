"""What a pasted text or a file is when it is markup: a web page (or a fragment of one) or a
feed, told by its first tags.

``markup_kind(text)`` -> "html", "feed" or None (plain text). The rewrite reads an "html"
text through ``ingest.web.extract_article``, as it would the page at a URL: a saved page or
``curl URL | copydesk rewrite -`` gives the article, not its scripts and menus. A feed is no
one article: the command says how to follow it.
"""

from __future__ import annotations

import re

# what may stand before the first tag: a byte-order mark, an XML declaration, comments
_PROLOGUE = re.compile(r"\A\ufeff?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*", re.S)
_PAGE = re.compile(r"<(?:!doctype\s+html|html)[\s>]", re.I)
_FEED = re.compile(r"<(?:rss|feed|rdf:RDF)[\s>]", re.I)
# a fragment of a page: it opens on a block tag and closes at least two of them early on
_BLOCK_OPEN = re.compile(r"<(?:head|body|meta|title|article|main|section|header|div|p|h[1-6]|table|ul|ol)[\s>/]", re.I)
_BLOCK_CLOSE = re.compile(r"</(?:p|div|article|section|main|h[1-6]|li|td|body|head|title)>", re.I)


def markup_kind(text: str) -> str | None:
    """"html" for a web page or a fragment of one, "feed" for RSS/Atom, None for plain text."""
    if "<" not in text[:4096]:
        return None
    start = _PROLOGUE.match(text)
    head = text[start.end() if start else 0:][:4096]
    if _PAGE.match(head):
        return "html"
    if _FEED.match(head):
        return "feed"
    if _BLOCK_OPEN.match(head) and len(_BLOCK_CLOSE.findall(head)) >= 2:
        return "html"
    return None

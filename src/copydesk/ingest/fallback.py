"""The entry's own text, when its linked page cannot be had.

``entry_to_article`` (``copydesk.ingest.feeds``) takes an entry as the article only when
its content reads as a whole article; otherwise the linked page is fetched. When that
fetch fails (404, 500, a refused port, a page without an article), a shorter text the
feed itself carries - ``content:encoded``, an Atom ``<content>``, JSON Feed
``content_html``/``content_text``, or a long description - is still worth rewriting if
it holds at least ``MIN_SENTENCES`` whole sentences. A teaser's tail ("Read more", a
sentence cut off with "...") is dropped first and does not count.
"""

from __future__ import annotations

import re

from copydesk.ingest.feeds import FeedEntry, ParsedFeed
from copydesk.model import Article
from copydesk.segment import split_sentences, words

MIN_SENTENCES = 3
MIN_WORDS = 30

_TAIL = re.compile(
    r"(\s*(\[\s*(\.\.\.|…)\s*\]|read more|continue reading|more\s*»|"
    r"the post .{0,200} appeared first on .{0,120}))+\W*$",
    re.IGNORECASE,
)
_CUT = re.compile(r"(\.\.\.|…)\W*$")
_WHOLE = re.compile(r"[.!?][\"'”’)\]]*$")


def usable_text(text: str | None, language: str | None = None) -> str | None:
    """``text`` without a teaser's tail, if at least ``MIN_SENTENCES`` whole sentences and
    ``MIN_WORDS`` words remain; else None."""
    if not text or not text.strip():
        return None
    text = _TAIL.sub("", text.strip()).strip()
    sentences = split_sentences(text, language or "en")
    if sentences and _CUT.search(sentences[-1]):
        sentences = sentences[:-1]  # "... and the council said it would..." was cut off
    whole = [s for s in sentences if _WHOLE.search(s)]
    if len(whole) < MIN_SENTENCES or len(words(" ".join(whole))) < MIN_WORDS:
        return None
    if len(whole) == len(split_sentences(text, language or "en")):
        return text
    # Keep the paragraphs, up to the last whole sentence.
    last = whole[-1]
    end = text.rfind(last)
    return text[: end + len(last)].strip() if end >= 0 else " ".join(whole)


def entry_text_article(entry: FeedEntry, feed: ParsedFeed | None = None) -> Article | None:
    """The entry's own content (else its description) as an ``Article``, when it is enough
    to rewrite; None when it is not."""
    language = entry.language or (feed.language if feed else None)
    text = usable_text(entry.content, language) or usable_text(entry.summary, language)
    if text is None:
        return None
    link = entry.link or (entry.id if entry.id and entry.id.startswith(("http://", "https://")) else None)
    return Article(
        text=text,
        title=entry.title,
        url=link,
        source_name=feed.title if feed else None,
        published=entry.published,
        byline=entry.author,
        language=language.split("-")[0].lower() if language else None,
    )

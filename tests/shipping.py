"""What a rewrite ships, as one string the tests search: the headline, the summary's sentences
and the body's, joined by " | "."""

from __future__ import annotations

from copydesk import rewrite


def shipped(text: str) -> str:
    """Everything ``copydesk.rewrite(text)`` ships, joined by " | "."""
    result = rewrite(text)
    return " | ".join([result.headline, *(s.text for s in result.summary),
                       *(s.text for p in result.body for s in p)])


PAGE = "http://127.0.0.1/news/story"


def fetched(text: str, **options):
    """``copydesk.rewrite`` of ``text`` as of a page fetched from ``PAGE``: with an address, and no
    date known, the run date may stand in for the dateline's (a bare text's dateline has none)."""
    return rewrite(text, url=PAGE, **options)

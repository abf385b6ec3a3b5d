"""What a rewrite ships, as one string the tests search: the headline, the summary's sentences
and the body's, joined by " | "."""

from __future__ import annotations

import datetime as dt

from copydesk import rewrite
from copydesk.ingest.roles import roles
from copydesk.segment import split_sentences

NOW = dt.datetime(2025, 7, 6, 7, 13, 5, tzinfo=dt.UTC)  # the run time the editor tests rewrite at


def shipped(text: str) -> str:
    """Everything ``copydesk.rewrite(text)`` ships, joined by " | "."""
    result = rewrite(text)
    return " | ".join([result.headline, *(s.text for s in result.summary),
                       *(s.text for p in result.body for s in p)])


def body_sentences(text: str) -> list[str]:
    """The body's sentences of ``copydesk.rewrite(text)`` run at ``NOW``."""
    return [s.text for p in rewrite(text, now=NOW).body for s in p]


def body_paragraphs(text: str, **options) -> list[str]:
    """The body's paragraphs of ``copydesk.rewrite(text, **options)`` run at ``NOW``, each one string."""
    return [" ".join(s.text for s in p) for p in rewrite(text, now=NOW, **options).body]


def roles_read(text: str) -> dict[str, str]:
    """Each sentence of ``text`` and the role the desk reads it in."""
    sentences = split_sentences(text)
    return dict(zip(sentences, roles(sentences), strict=True))


PAGE = "http://127.0.0.1/news/story"


def fetched(text: str, **options):
    """``copydesk.rewrite`` of ``text`` as of a page fetched from ``PAGE``: with an address, and no
    date known, the run date may stand in for the dateline's (a bare text's dateline has none)."""
    return rewrite(text, url=PAGE, **options)

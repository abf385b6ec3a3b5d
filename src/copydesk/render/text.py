"""The seed's format, to the character: timestamp line, Summary, News Article, Read More."""

from __future__ import annotations

import datetime as dt

from copydesk.model import Rewrite
from copydesk.render import register

INTRO = ": Here’s a summary and a news article rewrite based on the provided text:"


def timestamp(when: dt.datetime) -> str:
    """``date``'s own format in UTC: ``Sun Jul 06 07:13:05 UTC 2025``."""
    if when.tzinfo is not None:
        when = when.astimezone(dt.timezone.utc)
    return when.strftime("%a %b %d %H:%M:%S UTC %Y")


def read_more(rewrite: Rewrite) -> str:
    return f"Read More {rewrite.article.url}" if rewrite.article.url else "Read More"


@register("text")
def render_text(rewrite: Rewrite) -> str:
    paragraphs = rewrite.body_paragraphs
    lead = f"*{rewrite.dateline.text}* – {paragraphs[0]}" if paragraphs else f"*{rewrite.dateline.text}*"
    parts = [
        timestamp(rewrite.created_at) + INTRO,
        "**Summary:**",
        rewrite.summary_text,
        "**News Article:**",
        f"**{rewrite.headline}**",
        lead,
        *paragraphs[1:],
        read_more(rewrite),
    ]
    return "\n\n".join(parts)

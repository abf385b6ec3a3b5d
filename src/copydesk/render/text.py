"""The seed's format, to the character: timestamp line, Summary, News Article, Read More.

What it prints is safe on a terminal: control and bidi-override characters are dropped
(``copydesk.safety.clean_text``) and Read More carries only an http(s) link (``safe_link``).
"""

from __future__ import annotations

import datetime as dt

from copydesk.model import Rewrite
from copydesk.render.marks import one_style
from copydesk.render.registry import register
from copydesk.safety import clean_text, safe_link

INTRO = ": Here’s a summary and a news article rewrite based on the provided text:"


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def timestamp(when: dt.datetime) -> str:
    """``date``'s own format in UTC: ``Sun Jul 06 07:13:05 UTC 2025`` (in any locale)."""
    if when.tzinfo is not None:
        when = when.astimezone(dt.UTC)
    return (f"{_DAYS[when.weekday()]} {_MONTHS[when.month - 1]} {when.day:02d} "
            f"{when:%H:%M:%S} UTC {when.year}")


def read_more(rewrite: Rewrite) -> str:
    url = safe_link(rewrite.article.url)
    return f"Read More {url}" if url else "Read More"


@register("text")
def render_text(rewrite: Rewrite) -> str:
    headline, summary, *paragraphs = one_style([rewrite.headline, rewrite.summary_text, *rewrite.body_paragraphs])
    told = rewrite.dateline.text  # (empty when neither place nor date is known)
    if paragraphs:
        lead = f"*{told}* – {paragraphs[0]}" if told else paragraphs[0]
    else:
        lead = f"*{told}*" if told else ""
    parts = [
        timestamp(rewrite.created_at) + INTRO,
        "**Summary:**",
        summary,
        "**News Article:**",
        f"**{headline}**",
        lead,
        *paragraphs[1:],
        read_more(rewrite),
    ]
    return clean_text("\n\n".join(p for p in parts if p))

"""Site furniture in an output sentence: words that speak to a web page's reader.

A source page carries lines such as "Click here for all the latest Harbour Town news" or
"Scroll down for video"; ingest drops most of them, but a model that read the page as
it was (or a summariser trained on such pages) writes them into its summary. Such a
sentence may stand word for word in the source and still be no sentence of the
article: it points to links and videos that the rewrite does not carry. ``furniture``
finds one at the start of a sentence, whatever its case.
"""

from __future__ import annotations

import re

from copydesk.model import Problem

_CALL = re.compile(
    r"^\W*(?:(?:click|tap) here|scroll down for|read more\b|see more\b|follow us\b|sign up (?:to|for)\b"
    r"|subscribe to\b|watch the video\b)",
    re.IGNORECASE,
)


def furniture(text: str) -> Problem | None:
    """A ``claim`` problem when ``text`` opens with a call to the page's reader."""
    m = _CALL.match(text)
    if m is None:
        return None
    said = m.group(0).strip(" \"'“‘`")
    return Problem("claim", f"“{said} …” speaks to the page's reader (site furniture): no sentence "
                   "of the article", said)

"""What a rewrite ships, as one string the tests search: the headline, the summary's sentences
and the body's, joined by " | "."""

from __future__ import annotations

from copydesk import rewrite


def shipped(text: str) -> str:
    """Everything ``copydesk.rewrite(text)`` ships, joined by " | "."""
    result = rewrite(text)
    return " | ".join([result.headline, *(s.text for s in result.summary),
                       *(s.text for p in result.body for s in p)])

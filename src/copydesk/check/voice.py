"""Whose voice the rewrite speaks in: the writer's own first person ("I reach for another
scone", "my first visit") outside any quotation is a column's, a review's or a travel
feature's, not news copy's. A rewrite that ships such sentences gets a note saying so: in a
news article, "I" points at no one the reader knows. (What is the writer's first person is
``placescan.writer_speaks``, which the dateline reads for an opinion piece too.)"""

from __future__ import annotations

import re
from collections.abc import Sequence

from copydesk.placescan import writer_speaks
from copydesk.segment import open_quote

VOICE_MIN = 2  # sentences in the writer's first person before the note: one may be a slip
# the singular: "we" and "our" may be everyone's ("our young Earth"), "I" is the writer's
_SINGULAR = re.compile(r"(?<![\w'’])(?:I|[Mm]y|me)(?![\w-])")


def _singular(text: str) -> bool:
    """Does ``text`` say "I", "my" or "me" (an "I" after a capital is a name's: "World War I")?"""
    for m in _SINGULAR.finditer(text):
        before = text[:m.start()].split()
        if m.group(0) != "I" or not before or not before[-1][:1].isupper():
            return True
    return False


def writer_first_person(paragraphs: Sequence[Sequence[str]]) -> list[str]:
    """The sentences of ``paragraphs`` in the writer's own first person singular: no quotation
    in them or in the sentence before, and none left open by the paragraph before them."""
    found = []
    for para in paragraphs:
        for k, text in enumerate(para):
            if _singular(text) and not open_quote(" ".join(para[:k])) \
                    and writer_speaks(text, para[k - 1] if k else ""):
                found.append(text)
    return found


def voice_note(paragraphs: Sequence[Sequence[str]]) -> str | None:
    """A note when the rewrite speaks in its writer's first person, or None."""
    found = writer_first_person(paragraphs)
    if len(found) < VOICE_MIN:
        return None
    example = found[0] if len(found[0]) <= 80 else found[0][:77].rstrip() + "..."
    return (f"voice: {len(found)} sentences are in the writer's own first person (such as “{example}”): "
            "the source reads as a column or a feature, not news - attribute or cut them before publishing")

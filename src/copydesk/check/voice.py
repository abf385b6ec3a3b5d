"""Whose voice the rewrite speaks in: the writer's own first person ("I reach for another
scone", "my first visit") outside any quotation is a column's, a review's or a travel
feature's, not news copy's. A rewrite that ships such sentences gets a note saying so: in a
news article, "I" points at no one the reader knows. (The dateline reads the first person too,
plural included, for an opinion piece: ``placescan.writer_speaks``.)"""

from __future__ import annotations

import re
from collections.abc import Sequence

from copydesk.segment import ANY_MARK, open_quote

VOICE_MIN = 2  # sentences in the writer's first person before the note: one may be a slip
# the singular: "we" and "our" may be everyone's ("our young Earth"), "I" is the writer's
_SINGULAR = re.compile(r"(?<![\w'’])(?:I|[Mm]y|me)(?![\w-])")


def _singular(text: str) -> bool:
    """Does ``text`` say "I", "my" or "me" (an "I" after a capital inside the sentence is a
    name's: "World War I", "Henry I"; after its first word it is the writer's: "When I arrived")?"""
    for m in _SINGULAR.finditer(text):
        before = text[:m.start()].split()
        if m.group(0) != "I" or len(before) < 2 or not before[-1][:1].isupper():
            return True
    return False


def writer_first_person(paragraphs: Sequence[Sequence[str]]) -> list[str]:
    """The sentences of ``paragraphs`` in the writer's own first person singular: no quotation
    mark in them or in the sentence before, and no quotation the paragraph's sentences before
    them left open."""
    found = []
    for para in paragraphs:
        for k, text in enumerate(para):
            if _singular(text) and not ANY_MARK.search(text) and not (k and ANY_MARK.search(para[k - 1])) \
                    and not open_quote(" ".join(para[:k])):
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

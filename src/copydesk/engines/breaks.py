"""The writer's paragraph breaks, where the source has them: a page's paragraphs, or a pasted
article's blank lines. The body keeps them (judge PM of session 52 found 8 of 12 pages re-cut, a
line glued to the next story's paragraph or cut off from what it refers to): a shipped sentence
that opened a paragraph in the source opens one in the body, and one that went on a paragraph
stays in it. A text run into one paragraph, or into a few long ones, has no breaks that tell
anything (a scraper's): its body is packed by ``paragraphs.pack_paragraphs`` alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from copydesk.engines.passages import Passages

SOURCE_PARAGRAPHS_MIN = 3  # paragraphs, at least, of a text whose breaks are its writer's
PARAGRAPH_SENTENCES_MAX = 6  # sentences a paragraph holds on average, at most, in such a text


def source_breaks(paragraphs: list[list[int]], total: int) -> set[int] | None:
    """The sentences that open a paragraph of a text set in real paragraphs (each paragraph a list
    of sentence indices; ``total`` sentences in all), or None for a text with no breaks that tell."""
    if len(paragraphs) < SOURCE_PARAGRAPHS_MIN or total > PARAGRAPH_SENTENCES_MAX * len(paragraphs):
        return None
    return {p[0] for p in paragraphs if p}


def at_source_breaks(paragraphs: list[list[int]], opens: set[int], passages: Passages) -> list[list[int]]:
    """``paragraphs`` (of sentence indices) cut again before each sentence that opened a paragraph in
    the source, where the marks of both parts balance (a unit of quotation that ran over a break
    stays whole)."""
    out: list[list[int]] = []
    for para in paragraphs:
        start = 0
        for k in range(1, len(para)):
            if para[k] in opens and passages.marks_balance(para[start:k]) and passages.marks_balance(para[k:]):
                out.append(para[start:k])
                start = k
        out.append(para[start:])
    return out


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


LONG_SHARE_MAX = 0.3  # sentences, at most, in paragraphs longer than PARAGRAPH_SENTENCES_MAX (a one-block story
# among one-line page furniture is no text in real paragraphs, reviewer rev52b)
KEPT_TOGETHER = 4  # sentences of one paragraph, at most, that its break keeps together (a longer one may be cut)


def source_breaks(paragraphs: list[list[int]], total: int) -> set[int] | None:
    """The sentences that open a paragraph of a text set in real paragraphs (each paragraph a list
    of sentence indices; ``total`` sentences in all), or None for a text with no breaks that tell."""
    if len(paragraphs) < SOURCE_PARAGRAPHS_MIN or total > PARAGRAPH_SENTENCES_MAX * len(paragraphs) \
            or sum(len(p) for p in paragraphs if len(p) > PARAGRAPH_SENTENCES_MAX) > LONG_SHARE_MAX * total:
        return None
    return {p[0] for p in paragraphs if p}


def kept_together(paragraphs: list[list[int]]) -> set[int]:
    """The sentences that go on a paragraph within its first KEPT_TOGETHER: the body keeps each
    with the one before it (past them, a long paragraph may be cut where the body's rules cut)."""
    return {i for p in paragraphs for i in p[1:KEPT_TOGETHER]}


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


"""The checker: every output sentence against its source.

FIRST CUT (to be replaced by the full checker): a sentence is supported when its
normalised text occurs in the source. The public API below is the contract.
"""

from __future__ import annotations

from copydesk.model import CheckReport, Document, Draft, Problem, SentenceCheck
from copydesk.segment import normalize_quotes


class SourceIndex:
    """The source, indexed once so that many sentences can be checked quickly."""

    def __init__(self, sentences: list[str]):
        self.sentences = sentences
        self.normalized = [normalize_quotes(s).lower() for s in sentences]
        self.text = " ".join(self.normalized)


def check_sentence(text: str, index: SourceIndex, *, part: str = "body") -> SentenceCheck:
    norm = normalize_quotes(text).lower()
    support = [i for i, s in enumerate(index.normalized) if norm in s or s in norm]
    if norm in index.text:
        return SentenceCheck(text=text, part=part, status="supported", support=support)
    return SentenceCheck(
        text=text, part=part, status="unsupported", support=support,
        problems=[Problem("name", "sentence not found in the source", text)],
    )


def check_draft(doc: Document, draft: Draft) -> CheckReport:
    index = SourceIndex(doc.sentences)
    checks = [check_sentence(draft.headline, index, part="headline")]
    checks += [check_sentence(s.text, index, part="summary") for s in draft.summary]
    checks += [check_sentence(s.text, index, part="body") for p in draft.body for s in p]
    return CheckReport(ok=all(c.status == "supported" for c in checks), sentences=checks)


def fallback_headline(doc: Document) -> str:
    return doc.article.title or doc.sentences[0]

"""FIRST CUT: lead-based extractive engine. To be replaced by the ranked engine (issue 2)."""

from __future__ import annotations

from copydesk.engines import Engine
from copydesk.model import Document, Draft, Sentence


class ExtractiveEngine(Engine):
    name = "extractive"

    def status(self) -> str:
        return "built in, no model, offline"

    def draft(self, doc: Document, *, summary_sentences: int = 3) -> Draft:
        sents = [Sentence(s, [i]) for i, s in enumerate(doc.sentences)]
        summary = sents[:summary_sentences]
        body = [sents[i:i + 2] for i in range(0, len(sents), 2)]
        headline = doc.article.title or doc.sentences[0]
        return Draft(summary=summary, headline=headline, body=body, engine=self.name)

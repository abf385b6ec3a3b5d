"""Turn stored rewrites into what the pages and the API show.

Nothing here builds HTML: templates escape every value.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from copydesk.model import Rewrite, SentenceCheck
from copydesk.server.security import safe_url

FLAG_STATUSES = ("unsupported", "repaired", "replaced", "cut")
#: The largest id the database can hold (a signed 64-bit integer).
MAX_ID = 2**63 - 1


def storable_id(value: int) -> bool:
    """Whether ``value`` could be a stored id: an id no database can hold is simply not found."""
    return 1 <= value <= MAX_ID


@dataclass
class Status:
    """The check status in one word and a class for its colour."""

    label: str
    css: str
    flagged: int
    detail: str


def effective_status(check: SentenceCheck) -> str:
    """The status an editor should see.

    A sentence marked repaired or replaced whose shipped text is still its flagged
    original (say, a headline kept from the given title) was not fixed: it ships
    with its problems, so it shows as unsupported.
    """
    if (check.status in ("repaired", "replaced") and check.problems
            and check.original is not None and check.text == check.original):
        return "unsupported"
    return check.status


def check_status(rewrite: Rewrite) -> Status:
    statuses = [effective_status(c) for c in rewrite.check.sentences]
    unsupported = statuses.count("unsupported")
    fixed = sum(1 for st in statuses if st in ("repaired", "replaced", "cut"))
    checks = statuses
    total = len(checks)
    if unsupported or not rewrite.check.ok:
        unsupported = max(unsupported, 1)
        return Status(f"{unsupported} unsupported", "bad", unsupported + fixed,
                      f"{unsupported} of {total} sentences not supported by the source")
    if fixed:
        return Status(f"checked, {fixed} fixed", "warn", fixed,
                      f"every sentence supported; {fixed} repaired, replaced or cut")
    return Status("checked", "ok", 0, f"all {total} sentences supported by the source")


def source_label(rewrite: Rewrite) -> str:
    article = rewrite.article
    if article.source_name:
        return article.source_name
    url = safe_url(article.url)
    if url:
        return urlsplit(url).netloc
    return "pasted text"


def when(value: dt.datetime | dt.date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.astimezone(dt.UTC) if value.tzinfo else value
        return value.strftime("%Y-%m-%d %H:%M UTC")
    return value.isoformat()


@dataclass
class SentenceView:
    text: str
    sources: list[int]
    status: str = "supported"
    problems: list[dict[str, str]] = field(default_factory=list)

    @property
    def data_src(self) -> str:
        """The source sentences' element ids (``src-<index>``), for desk.js."""
        return " ".join(str(i) for i in self.sources)

    @property
    def numbers(self) -> list[int]:
        """The source sentences as people see them numbered: from 1, as ``copydesk check`` does."""
        return [i + 1 for i in self.sources]

    @property
    def flagged(self) -> bool:
        return self.status != "supported" or bool(self.problems)


def _checks_by_text(rewrite: Rewrite) -> dict[tuple[str, str], SentenceCheck]:
    return {(c.part, c.text): c for c in rewrite.check.sentences if c.status != "cut"}


def _view(text: str, sources: list[int], part: str,
          checks: dict[tuple[str, str], SentenceCheck]) -> SentenceView:
    check = checks.get((part, text))
    if check is None:
        return SentenceView(text, list(sources))
    srcs = list(sources) or list(check.support)
    return SentenceView(text, srcs, effective_status(check),
                        [{"kind": p.kind, "detail": p.detail, "span": p.span} for p in check.problems])


def detail_view(rewrite: Rewrite) -> dict[str, Any]:
    """Everything the detail page shows: parts with provenance, sources, flags."""
    checks = _checks_by_text(rewrite)
    head = checks.get(("headline", rewrite.headline))
    headline = _view(rewrite.headline, list(head.support) if head else [], "headline", checks)
    summary = [_view(s.text, s.sources, "summary", checks) for s in rewrite.summary]
    body = [[_view(s.text, s.sources, "body", checks) for s in para] for para in rewrite.body]
    used = {i for s in [headline, *summary, *(s for p in body for s in p)] for i in s.sources}
    flags = [
        {
            "part": c.part,
            "status": effective_status(c),
            "desk_status": c.status,
            "text": c.text,
            "original": c.original,
            "support": [i + 1 for i in c.support],  # numbered from 1, as on the page
            "problems": [{"kind": p.kind, "detail": p.detail, "span": p.span} for p in c.problems],
        }
        for c in rewrite.check.sentences
        if c.status in FLAG_STATUSES or c.problems
    ]
    return {
        "headline": headline,
        "summary": summary,
        "body": body,
        "sources": [
            {"index": i, "number": i + 1, "text": text, "used": i in used}
            for i, text in enumerate(rewrite.source_sentences)
        ],
        "flags": flags,
        "notes": list(rewrite.check.notes),
        "counts": rewrite.check.counts(),
        "status": check_status(rewrite),
        "read_more": safe_url(rewrite.article.url),
        "source_label": source_label(rewrite),
    }


def summary_item(stored: Any) -> dict[str, Any]:
    """One row of the index and of ``GET /api/v1/rewrites``."""
    rw: Rewrite = stored.rewrite
    status = check_status(rw)
    return {
        "id": stored.id,
        "headline": rw.headline,
        "dateline": rw.dateline.text,
        "summary": rw.summary_text,
        "source": source_label(rw),
        "source_url": safe_url(rw.article.url),
        "engine": rw.engine,
        "created_at": stored.created_at.isoformat() if stored.created_at else None,
        "created": when(stored.created_at),
        "check": {"ok": rw.check.ok, "status": status.label, "flagged": status.flagged},
        "status": status,
        "url": f"/rewrites/{stored.id}",
    }

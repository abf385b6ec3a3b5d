"""FIRST CUT: text cleanup. To be replaced by the full cleanup (issue 2)."""

from __future__ import annotations

from dataclasses import dataclass, field

import py3langid


@dataclass
class CleanText:
    text: str
    wire_dateline: str | None = None
    notes: list[str] = field(default_factory=list)


def clean_text(raw: str) -> CleanText:
    lines = [" ".join(line.split()) for line in raw.splitlines()]
    return CleanText("\n".join(lines).strip())


def detect_language(text: str) -> str:
    lang, _ = py3langid.classify(text[:5000])
    return lang

"""Markdown: the seed's parts under Markdown headings, with the check report at the end.

Text from the article is escaped, so a stray ``*`` or ``<script>`` in the source stays
literal text; the characters a reader sees are the source's own.
"""

from __future__ import annotations

import re

from copydesk.model import Rewrite
from copydesk.render.registry import register
from copydesk.render.text import timestamp

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~])")


def escape_md(text: str) -> str:
    """Backslash-escape Markdown's special characters (they render as themselves)."""
    return _SPECIAL.sub(r"\\\1", text)


def check_lines(rewrite: Rewrite) -> list[str]:
    """The check report in a few plain sentences, shared with the HTML page."""
    report = rewrite.check
    counts = report.counts()
    total = counts.get("sentences", 0)
    verdict = "passed" if report.ok else "FAILED"
    parts = [f"{counts.get(k, 0)} {k}" for k in ("supported", "given", "repaired", "replaced", "cut")
             if counts.get(k)]
    lines = [f"Check {verdict}: {total} sentences checked against the source"
             + (f" ({', '.join(parts)})" if parts else "") + "."]
    lines += report.notes
    return lines


@register("markdown")
def render_markdown(rewrite: Rewrite) -> str:
    paragraphs = [escape_md(p) for p in rewrite.body_paragraphs]
    dateline = f"*{escape_md(rewrite.dateline.text)}*"
    lead = f"{dateline} – {paragraphs[0]}" if paragraphs else dateline
    url = rewrite.article.url
    read_more = f"[Read More](<{url}>)" if url else "Read More"
    parts = [
        f"# {escape_md(rewrite.headline)}",
        f"**Summary:** {escape_md(rewrite.summary_text)}",
        lead,
        *paragraphs[1:],
        read_more,
        "---",
        "\n".join(f"- {escape_md(line)}" for line in check_lines(rewrite)),
        f"<sub>{timestamp(rewrite.created_at)} · engine {escape_md(rewrite.engine)} · "
        f"language {escape_md(rewrite.language)}</sub>",
    ]
    return "\n\n".join(parts)

"""Markdown: the seed's parts under Markdown headings, with the check report at the end.

Text from the article is escaped, so a stray ``*``, ``&amp;`` or ``<script>`` in the
source stays literal text; the characters a reader sees are the source's own. Links
go through ``copydesk.safety.safe_link``: only http(s) links are written, percent-encoded
so that none can close its ``<...>`` and start HTML. Control characters are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from copydesk.model import Rewrite
from copydesk.render.marks import one_style
from copydesk.render.registry import register
from copydesk.render.text import timestamp
from copydesk.safety import clean_text, safe_link

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~&])")


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


def read_more(urls: Sequence[str | None]) -> str:
    """``[Read More](<first source>)``, then any other sources; plain "Read More" without one."""
    links = [u for u in (safe_link(x) for x in urls) if u]
    if not links:
        return "Read More"
    line = f"[Read More](<{links[0]}>)"
    if len(links) > 1:
        line += " (also " + ", ".join(f"[{escape_md(u)}](<{u}>)" for u in links[1:]) + ")"
    return line


def markdown_article(rewrite: Rewrite, sources: Sequence[str | None] | None = None) -> str:
    """The rewrite as Markdown; ``sources`` (default: the article's URL) go in Read More."""
    headline, summary, *body = one_style([rewrite.headline, rewrite.summary_text, *rewrite.body_paragraphs])
    paragraphs = [escape_md(p) for p in body]
    dateline = f"*{escape_md(rewrite.dateline.text)}*" if rewrite.dateline.text else ""
    lead = (f"{dateline} – {paragraphs[0]}" if dateline else paragraphs[0]) if paragraphs else dateline
    parts = [
        f"# {escape_md(headline)}",
        f"**Summary:** {escape_md(summary)}",
        lead,
        *paragraphs[1:],
        read_more([rewrite.article.url] if sources is None else sources),
        "---",
        "\n".join(f"- {escape_md(line)}" for line in check_lines(rewrite)),
        f"<sub>{timestamp(rewrite.created_at)} · engine {escape_md(rewrite.engine)} · "
        f"language {escape_md(rewrite.language)}</sub>",
    ]
    return clean_text("\n\n".join(parts))


@register("markdown")
def render_markdown(rewrite: Rewrite) -> str:
    return markdown_article(rewrite)

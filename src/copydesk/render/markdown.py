"""FIRST CUT: Markdown."""

from __future__ import annotations

from copydesk.model import Rewrite
from copydesk.render import register


@register("markdown")
def render_markdown(rewrite: Rewrite) -> str:
    return "\n\n".join([f"# {rewrite.headline}", f"*{rewrite.dateline.text}*", rewrite.summary_text,
                        *rewrite.body_paragraphs])

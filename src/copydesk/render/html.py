"""FIRST CUT: HTML."""

from __future__ import annotations

from html import escape

from copydesk.model import Rewrite
from copydesk.render import register


@register("html")
def render_html(rewrite: Rewrite) -> str:
    paras = "".join(f"<p>{escape(p)}</p>" for p in rewrite.body_paragraphs)
    return f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(rewrite.headline)}</title></head><body><h1>{escape(rewrite.headline)}</h1>{paras}</body></html>"

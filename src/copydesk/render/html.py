"""HTML: one standalone page (no external files), every piece of text escaped.

The Read More link goes through ``copydesk.safety.safe_link`` (http(s) only) and the
page through ``clean_text`` (no control or bidi-override characters); long words wrap.
"""

from __future__ import annotations

from html import escape

from copydesk.model import Rewrite
from copydesk.render.markdown import check_lines
from copydesk.render.registry import register
from copydesk.render.text import timestamp
from copydesk.safety import clean_text, safe_link

_STYLE = """
body{font:17px/1.55 Georgia,serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#111;overflow-wrap:anywhere}
h1{font-size:1.8rem;line-height:1.2;margin:.2rem 0 1rem}
.summary{background:#f4f4f0;padding:.8rem 1rem;border-left:4px solid #999}
.dateline{font-style:italic}
footer{margin-top:2rem;font:14px/1.4 system-ui,sans-serif;color:#444}
.check li{margin:.2rem 0}.bad{color:#a00}
""".strip()


@register("html")
def render_html(rewrite: Rewrite) -> str:
    head = escape(rewrite.headline)
    paragraphs = rewrite.body_paragraphs
    dateline = f'<span class="dateline">{escape(rewrite.dateline.text)}</span>'
    if not rewrite.dateline.text:
        body = [f"<p>{escape(paragraphs[0])}</p>"] if paragraphs else []
    else:
        body = [f"<p>{dateline} – {escape(paragraphs[0])}</p>" if paragraphs else f"<p>{dateline}</p>"]
    body += [f"<p>{escape(p)}</p>" for p in paragraphs[1:]]
    href = safe_link(rewrite.article.url)
    read_more = (f'<a href="{escape(href, quote=True)}" rel="noopener noreferrer">Read More</a>'
                 if href else "Read More")
    verdict_class = "" if rewrite.check.ok else ' class="bad"'
    checks = "".join(f"<li{verdict_class if i == 0 else ''}>{escape(line)}</li>"
                     for i, line in enumerate(check_lines(rewrite)))
    lang = escape(rewrite.language if rewrite.language not in ("", "und") else "en", quote=True)
    created = escape(rewrite.created_at.isoformat(), quote=True)
    return clean_text("\n".join([
        "<!doctype html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="copydesk ({escape(rewrite.engine, quote=True)})">',
        f"<title>{head}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        "<article>",
        f'<p><time datetime="{created}">{escape(timestamp(rewrite.created_at))}</time></p>',
        f'<section class="summary"><strong>Summary:</strong> {escape(rewrite.summary_text)}</section>',
        f"<h1>{head}</h1>",
        *body,
        f"<p>{read_more}</p>",
        "</article>",
        f'<footer><ul class="check">{checks}</ul></footer>',
        "</body>",
        "</html>",
    ]))

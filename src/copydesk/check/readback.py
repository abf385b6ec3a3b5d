"""Reading a rewrite back in, to check it: plain text, Markdown or copydesk's text format.

copydesk's own text format (the seed's layout) is::

    Sun Jul 06 07:13:05 UTC 2025: Here’s a summary and a news article rewrite ...
    **Summary:**
    <summary>
    **News Article:**
    **<headline>**
    *Islamabad, Pakistan – July 6, 2025* – <first paragraph>
    <paragraphs>
    Read More <url>

``read_rewrite`` strips the timestamp line, the labels, bold and italic markers, the
dateline prefix and the ``Read More`` line, and returns the parts to check: each a
(part, text) pair with part "headline", "summary" or "body", plus the dateline's text.
Markdown headings become the headline; links keep their text; list and quote markers go.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_TIMESTAMP = re.compile(r"^[A-Z][a-z]{2} [A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2} [A-Z]{2,5} \d{4}\b.*$")
_LABEL = re.compile(r"^\s*(?:#{1,6}\s*)?(?:\*\*|__)?\s*(summary|news article|article)\s*:?\s*(?:\*\*|__)?\s*:?\s*",
                    re.I)
_READ_MORE = re.compile(r"^\s*[*_\[]*\s*read more\b.*$", re.I)
_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_DATELINE = re.compile(r"^\s*[*_](?P<dl>[^*_\n]{3,120}?)[*_]\s*(?:[–—-]\s*)?")
_BOLD_LINE = re.compile(r"^\s*(?:\*\*|__)(?P<h>.+?)(?:\*\*|__)\s*$")
_HEADING = re.compile(r"^\s*#{1,6}\s+(?P<h>.+?)\s*#*\s*$")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)|(?<=\S)_(?![\w_]))")
_LIST = re.compile(r"^\s*(?:[-+*•]|\d{1,2}[.)])\s+")
_BLOCKQUOTE = re.compile(r"^\s*>\s?")
_PARA = re.compile(r"\n\s*\n")


@dataclass
class ReadBack:
    """The parts of a rewrite: (part, paragraph text) in order, the dateline, the format seen."""

    parts: list[tuple[str, str]] = field(default_factory=list)
    dateline: str | None = None
    format: str = "plain"


def _plain(text: str) -> str:
    text = _TAG.sub("", _LINK.sub(r"\1", text))
    text = _EMPHASIS.sub("", text)
    return " ".join(text.split())


def read_rewrite(text: str) -> ReadBack:
    """Split a rewrite into checkable parts; see the module docstring."""
    out = ReadBack()
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and _TIMESTAMP.match(lines[0].strip()):
        lines = lines[1:]
        out.format = "copydesk"
    part = "body"
    want_headline = False
    for block in _PARA.split("\n".join(lines)):
        block = block.strip()
        if not block:
            continue
        inline = False  # "**Summary:** text" on one line (Markdown): the summary is that block alone
        label = _LABEL.match(block)
        if label and (label.end() == len(block) or "**" in label.group(0) or ":" in label.group(0)):
            out.format = "copydesk"
            part = "summary" if label.group(1).lower() == "summary" else "body"
            want_headline = part == "body"
            block = block[label.end():].strip()  # "**Summary:** text" on one line
            if not block:
                continue
            inline = part == "summary"
        if _READ_MORE.match(block) and "\n" not in block:
            break  # the end of the rewrite: what follows is a footer
        if _RULE.match(block):
            continue
        heading = _HEADING.match(block) if "\n" not in block else None
        bold = _BOLD_LINE.match(block) if "\n" not in block else None
        if heading or (bold and (want_headline or not out.parts)):
            if heading and out.format == "plain":
                out.format = "markdown"
            out.parts.append(("headline", _plain((heading or bold).group("h"))))
            want_headline = False
            if part == "summary":
                part = "body"
            continue
        dl = _DATELINE.match(block)
        if dl and out.dateline is None and re.search(r"\d{4}|[A-Z][a-z]+", dl.group("dl")):
            out.dateline = " ".join(dl.group("dl").split())
            part = "body"  # the dateline opens the article
            block = block[dl.end():]
            if not block.strip():
                continue
        paragraph = " ".join(_plain(_BLOCKQUOTE.sub("", _LIST.sub("", line))) for line in block.split("\n"))
        if paragraph.strip():
            out.parts.append((part, paragraph.strip()))
        if inline:
            part = "body"  # (what follows is the article, with or without a dateline)
        want_headline = False
    return out

"""Reading a model's answer, whatever shape it came in.

* JSON, also inside a code fence;
* JSON cut short by ``max_tokens`` (``close_json``: the unfinished last string is
  dropped, open arrays and objects are closed, and the answer is flagged as cut);
* JSON too broken for a parser (``salvage_json``: the strings after known keys);
* the Markdown layout of the copy-desk output we replace (``parse_markdown``):
  ``**Summary:**`` ... ``**News Article:**`` ... ``**Headline**`` ... ``Read More``,
  tolerating renamed, missing or ``#``-style headings, a chatty preamble, a leading
  timestamp and an italic dateline.
"""

from __future__ import annotations

import json
import re
from typing import Any

_FENCE = re.compile(r"^\s*```[a-zA-Z]*\s*\n?|\n?```\s*$")


def close_json(text: str) -> tuple[str, bool]:
    """Make a JSON prefix (an answer cut short) parseable; say whether it was cut.

    An unfinished string is dropped, with its key when it was a value, then every
    open array and object is closed.
    """
    start = text.find("{")
    if start < 0:
        return text, False
    text = text[start:]
    stack: list[str] = []
    in_string = escape = False
    string_start = 0
    end = None
    for i, ch in enumerate(text):
        if in_string:
            if escape:
                escape = False
            elif ch == "\\":
                escape = True
            elif ch == '"':
                in_string = False
            continue
        if ch == '"':
            in_string, string_start = True, i
        elif ch in "{[":
            stack.append("}" if ch == "{" else "]")
        elif ch in "}]":
            if stack:
                stack.pop()
            if not stack:
                end = i + 1
                break
    if end is not None:
        return text[:end], False
    body = (text[:string_start] if in_string else text).rstrip()
    closers = "".join(reversed(stack))
    candidates = [body]
    # a dangling key ("body" or "body": ) with its separator
    candidates.append(re.sub(r'(,\s*)?"(?:[^"\\]|\\.)*"\s*:?\s*$', "", body).rstrip())
    for candidate in candidates:
        candidate = candidate.rstrip().rstrip(",").rstrip()
        if candidate.endswith(":"):
            continue
        try:
            json.loads(candidate + closers, strict=False)
        except json.JSONDecodeError:
            continue
        return candidate + closers, True
    return body + closers, True


_JSON_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"(\s*:)?')


def salvage_json(text: str) -> dict[str, Any] | None:
    """Read ``{"key": "value", "key": ["value", ...]}`` from JSON too broken for a parser
    (bad escapes, stray text between values): every string after a known key is its value."""
    data: dict[str, Any] = {}
    key = None
    for m in _JSON_STRING.finditer(text):
        try:
            value = json.loads(f'"{m.group(1)}"', strict=False)
        except json.JSONDecodeError:
            value = m.group(1).replace('\\"', '"')
        if m.group(2):
            key = value if value in ("headline", "summary", "body", "sentence") else None
            continue
        if key in ("headline", "sentence"):
            data.setdefault(key, value)
        elif key is not None:
            data.setdefault(key, []).append(value)
    return data or None


def parse_json(text: str) -> tuple[dict[str, Any] | None, bool]:
    """The JSON object in ``text`` (fences and cut-off answers allowed), and whether it was cut."""
    text = _FENCE.sub("", text.strip())
    if "{" not in text:
        return None, False
    closed, cut = close_json(text)
    try:
        data = json.loads(closed, strict=False)
    except json.JSONDecodeError:
        data = salvage_json(closed) if text.lstrip().startswith("{") else None
    return (data, cut) if isinstance(data, dict) else (None, cut)


_TIMESTAMP = re.compile(r"^\s*\w{3} \w{3} \d{1,2} \d{2}:\d{2}:\d{2} \w+ \d{4}:\s*")
_HEADING = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:\*\*|__)?\s*(summary|news article|article|rewritten article|rewrite|"
    r"headline|title|body)\s*:?\s*(?:\*\*|__)?\s*:?\s*(.*)$", re.I)
_DATELINE = re.compile(r"^\s*[*_][^*_\n]{3,90}[*_]\s*[–—-]+\s*")
_READ_MORE = re.compile(r"^\s*\[?read more\]?(\(.*\))?\s*$", re.I)


def plain(text: str) -> str:
    """Markdown emphasis, bullets and extra whitespace taken out."""
    text = re.sub(r"^\s*(?:[-*+]\s+|\d+[.)]\s+|>\s*|#{1,6}\s*)", "", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    return " ".join(text.split()).strip()


def _bold_line(block: str) -> str | None:
    m = re.fullmatch(r"\s*(?:#{1,6}\s*(.+?)|(\*\*|__)(.+?)\2)\s*", block, re.S)
    if not m:
        return None
    return plain(m.group(1) or m.group(3))


def parse_markdown(text: str) -> dict[str, Any]:
    """Read the seed's Markdown layout, tolerating missing or renamed parts.

    Recognises ``**Summary:**`` / ``## Summary`` / ``Summary:`` headings (with text on
    the same line or below), a bold or ``#`` headline, an italic dateline before the
    first paragraph (dropped: the desk writes its own), a leading timestamp, a
    chatty preamble and a ``Read More`` line.
    """
    text = _TIMESTAMP.sub("", text.replace("\r\n", "\n"))
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]
    summary: list[str] = []
    body: list[str] = []
    headline: str | None = None
    section: str | None = None
    saw_heading = False
    preamble: list[str] = []
    for block in blocks:
        first, _, rest = block.partition("\n")
        m = _HEADING.match(first)
        if m and len(first) < 200 and (m.group(2) == "" or first.lstrip().startswith(("*", "#", "_"))
                                       or first.split(":")[0].strip().lower() == m.group(1).lower()):
            saw_heading = True
            name = m.group(1).lower()
            inline = " ".join(x for x in (plain(m.group(2)), rest.strip()) if x)
            if name in ("headline", "title"):
                headline = plain(inline) or headline
                section = "article"
                continue
            section = "summary" if name == "summary" else "article"
            block = inline
            if not block:
                continue
        if _READ_MORE.match(block):
            continue
        if section is None:
            preamble.append(block)
            continue
        bold = _bold_line(block)
        if section == "summary":
            if bold is not None and headline is None:  # the article's headline ends the summary
                headline, section = bold, "article"
            else:
                summary.append(plain(block))
            continue
        if bold is not None and headline is None:
            headline = bold
            continue
        para = plain(_DATELINE.sub("", block))
        if para:
            body.append(para)
    if not saw_heading:
        # no layout at all: a first bold/# line is the headline, the rest is body
        for block in preamble:
            bold = _bold_line(block)
            if bold is not None and headline is None:
                headline = bold
            elif not _READ_MORE.match(block):
                para = plain(_DATELINE.sub("", block))
                if para:
                    body.append(para)
        if body and re.match(r"^(here|sure|certainly)\b", body[0], re.I) and body[0].endswith(":"):
            body.pop(0)
    return {"headline": headline or "", "summary": summary, "body": body}


def parse_answer(text: str, kind: str) -> tuple[dict[str, Any], list[str]]:
    """A model's answer as a dict (JSON first, then Markdown or plain text) plus notes."""
    data, cut = parse_json(text)
    notes = []
    if cut:
        notes.append("the model's answer stopped at the token limit; its unfinished last "
                      "sentence was dropped (raise max_tokens to keep it)")
    if data is None:
        if kind == "revise":
            sentence = plain(_FENCE.sub("", text.strip()).strip().strip('"'))
            data = {"sentence": sentence}
        else:
            data = parse_markdown(text)
    return data, notes


def strings(value: Any) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    return [" ".join(v.split()) for v in value if isinstance(v, str) and v.strip()]

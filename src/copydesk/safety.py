"""Making text and links from feeds and pages harmless, wherever they go.

Feeds are written by strangers. Two functions guard every way out (the renderers,
the exports, the web desk's pages and feeds, the terminal) and the way in (feed
entries as they are parsed):

    safe_link(url) -> str | None     an absolute http(s) URL, or None
    clean_text(text) -> str          text without control characters

``safe_link`` keeps only absolute ``http``/``https`` links with a host: ``javascript:``,
``data:``, ``file:``, relative and scheme-relative links give None. What it returns
has every character that could end a link in HTML, Markdown or XML (``<>"'`` ``{}|\\^``
and backquote, spaces, control and bidi characters) percent-encoded, so a link such as
``http://a.example/b>)<img src=x onerror=...>`` stays one inert link.

``clean_text`` drops what a terminal, an XML parser or a reader's eye would take for
something other than text: C0 controls but tab and newline (``\\r\\n`` and a lone
``\\r`` become ``\\n``), DEL, C1 controls, lone surrogates, the non-characters
U+FFFE/U+FFFF, and the bidi embeddings, overrides and isolates (U+202A-U+202E,
U+2066-U+2069) that reorder what is displayed. The plain direction marks (LRM, RLM,
ALM) stay: they change nothing but the side neutral characters go to.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u202a-\u202e\u2066-\u2069]")
_NEWLINES = re.compile(r"\r\n?")
# Characters that may not stand raw in a link: they end it in HTML, Markdown or XML,
# or hide what it says.
_LINK_UNSAFE = re.compile(
    "[\x00-\x20\x7f-\x9f\"'<>\\\\^`{|}\u00a0\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ud800-\udfff]"
)
_HOST_OK = re.compile(r"^[^\s\"<>\\^`{|}/?#]+$")
SCHEMES = ("http", "https")


def clean_text(text: str) -> str:
    """``text`` without control, bidi-override and other non-text characters (see above)."""
    if "\r" in text:
        text = _NEWLINES.sub("\n", text)
    if _CONTROL.search(text) is None:
        return text
    return _CONTROL.sub("", text)


def clean_data(value: Any) -> Any:
    """``clean_text`` over every string (keys too) of a JSON-like value."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [clean_data(v) for v in value]
    if isinstance(value, dict):
        return {clean_data(k) if isinstance(k, str) else k: clean_data(v) for k, v in value.items()}
    return value


def _encode(match: re.Match[str]) -> str:
    return "".join(f"%{b:02X}" for b in match.group(0).encode("utf-8", "surrogatepass"))


def safe_link(url: str | None) -> str | None:
    """``url`` as a link safe to write anywhere, or None when it is not an http(s) URL."""
    if not url or not isinstance(url, str):
        return None
    url = url.strip(" \t\r\n\x0b\x0c")
    try:
        parts = urlsplit(url)
    except ValueError:  # an ill-formed IPv6 host, say: no link at all
        return None
    if parts.scheme.lower() not in SCHEMES or not parts.netloc:
        return None
    if not url.lower().startswith(parts.scheme.lower() + "://"):
        return None
    if not _HOST_OK.match(parts.netloc) or _CONTROL.search(parts.netloc):
        return None
    if _LINK_UNSAFE.search(url) is None:
        return url
    return _LINK_UNSAFE.sub(_encode, url)


__all__ = ["clean_data", "clean_text", "safe_link", "SCHEMES"]

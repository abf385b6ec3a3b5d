"""Feeds: RSS 0.9x/1.0/2.0 and Atom (through feedparser) and JSON Feed (read here).

    fetch_feed(url, etag=..., last_modified=...) -> FeedFetch      one conditional GET
    fetch_feeds([FeedRequest, ...]) -> FeedFetch, ... as they end   many, concurrently
    parse_feed(content, url, headers) -> ParsedFeed(title, entries, bozo, error)
    entry_to_article(entry, feed) -> Article, or None: fetch entry.link instead

A broken feed never raises: like feedparser, ``parse_feed`` sets ``bozo`` and ``error``
and returns every entry it could read. ``fetch_feeds`` never raises for one feed either:
each ``FeedFetch`` carries its own ``error``.

Concurrency: ``fetch_feeds`` uses a thread pool (``concurrency`` workers) over one shared
``httpx.Client``; the blocking parts (DNS resolution in the SSRF guard, the socket reads)
are what threads are good at. A small scheduler hands a worker a feed only when its host
has fewer than ``per_host`` fetches running, so a slow host never ties up the pool and no
host gets more than ``per_host`` connections at once.

HTML in entries becomes plain-text paragraphs (lxml: block elements start paragraphs,
``<br>`` starts a line; scripts, styles and figures are dropped). ``content`` holds the
entry's own content (RSS ``content:encoded``, Atom ``<content>``, JSON Feed
``content_html``/``content_text``); ``summary`` its description. ``entry_to_article``
treats the entry as a full article when its content (or, failing that, a long
description) has at least ``FULL_MIN_SENTENCES`` sentences and ``FULL_MIN_WORDS`` words and
does not end like a teaser ("...", "[...]", "Read more"); otherwise it returns None and
the caller fetches the linked page (``copydesk.ingest.web.fetch_article(entry.link)``).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import logging
import re
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import feedparser
import httpx
import lxml.html
from lxml import etree

from copydesk.errors import CopydeskError, ExtractionFailed, FetchError
from copydesk.ingest import fetch as fetching
from copydesk.model import Article
from copydesk.safety import clean_text, safe_link

LOGGER = logging.getLogger(__name__)

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
)
# Media types that can never be a feed: refused before the body is downloaded.
NOT_FEED = ("image/", "audio/", "video/", "font/", "application/pdf", "application/zip",
            "application/octet-stream", "application/gzip")
FULL_MIN_SENTENCES = 3
FULL_MIN_WORDS = 60
SUMMARY_FULL_MIN_WORDS = 150  # a description counts as the article only when this long
JSONFEED_PREFIX = "https://jsonfeed.org/version/"


@dataclass
class FeedEntry:
    """One item of a feed. Text fields are plain text; ``published`` is UTC when known."""

    id: str | None = None
    link: str | None = None
    title: str | None = None
    published: dt.datetime | None = None
    author: str | None = None
    content: str | None = None
    summary: str | None = None
    language: str | None = None


@dataclass
class ParsedFeed:
    """A parsed feed. ``bozo`` is true when it was ill-formed; ``error`` says how."""

    title: str | None = None
    entries: list[FeedEntry] = field(default_factory=list)
    bozo: bool = False
    error: str | None = None
    link: str | None = None
    language: str | None = None
    format: str | None = None  # feedparser's version ("rss20", "atom10", ...) or "json1"/"json11"


# --- HTML to text -------------------------------------------------------------------------

_BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
          "section", "article", "header", "footer", "table", "tr", "dd", "dt", "dl", "figcaption",
          "aside", "address", "hr", "main", "center"}
_DROP = {"script", "style", "noscript", "iframe", "object", "embed", "figure", "img", "svg",
         "video", "audio", "form", "button", "template"}
_HTML_HINT = re.compile(r"<(/?[a-zA-Z][a-zA-Z0-9]*)(\s[^<>]*)?/?>|&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
_BLANKS = re.compile(r"\n\s*\n")
_LATIN1_CHARSET = re.compile(r"charset\s*=\s*[\"']?(iso-8859-1|iso8859-1|latin-?1|us-ascii|ascii)\b", re.IGNORECASE)


def html_to_text(html: str | None) -> str:
    """Plain-text paragraphs (separated by blank lines) from an HTML fragment."""
    if not html or not html.strip():
        return ""
    html = clean_text(html)  # lxml refuses to set text with control characters in it
    if not _HTML_HINT.search(html):
        return _paragraphs(html)
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return _paragraphs(re.sub(r"<[^>]+>", " ", html))
    for elem in list(root.iter()):
        tag = elem.tag if isinstance(elem.tag, str) else ""
        if not tag:  # comments, processing instructions
            if elem.getparent() is not None:
                elem.drop_tree()
            continue
        tag = tag.lower()
        if tag in _DROP:
            elem.drop_tree()
        elif tag == "br":
            elem.tail = "\n" + clean_text(elem.tail or "")
        elif tag in _BLOCK:  # (character references can still bring control characters)
            elem.text = "\n\n" + clean_text(elem.text or "")
            elem.tail = "\n\n" + clean_text(elem.tail or "")
    return _paragraphs(root.text_content())


def _paragraphs(text: str) -> str:
    paras = []
    for block in _BLANKS.split(text.replace("\r", "\n").replace("\xa0", " ")):
        lines = [" ".join(line.split()) for line in block.split("\n")]
        para = "\n".join(line for line in lines if line)
        if para:
            paras.append(para)
    return "\n\n".join(paras)


# --- parsing ------------------------------------------------------------------------------


def parse_feed(content: bytes | str, url: str, headers: dict[str, str] | None = None) -> ParsedFeed:
    """Parse an RSS, Atom or JSON Feed document. Never raises on a broken feed."""
    headers = {k.lower(): v for k, v in (headers or {}).items()}
    if isinstance(content, str):
        content = content.encode("utf-8")
    if _looks_like_json(content, headers.get("content-type", "")):
        return _scrub(parse_json_feed(content, url))
    return _scrub(_parse_with_feedparser(content, url, headers))


def _scrub(parsed: ParsedFeed) -> ParsedFeed:
    """Feeds are written by strangers: text loses control characters, links not http(s) go."""
    parsed.title = clean_text(parsed.title) if parsed.title else parsed.title
    parsed.link = safe_link(parsed.link)
    for e in parsed.entries:
        e.link = safe_link(e.link)
        e.id, e.title, e.author, e.content, e.summary, e.language = (
            clean_text(v) if v else v for v in (e.id, e.title, e.author, e.content, e.summary, e.language))
    return parsed


def _looks_like_json(content: bytes, content_type: str) -> bool:
    head = content[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"{") or "json" in content_type.lower()


def _utc(parsed: Any) -> dt.datetime | None:
    if not parsed:
        return None
    try:
        return dt.datetime(*parsed[:6], tzinfo=dt.UTC)
    except (TypeError, ValueError):
        return None


def _clean(text: str | None) -> str | None:
    return " ".join(text.split()) if text and text.strip() else None


def _is_html(detail: Any, value: str) -> bool:
    kind = (detail or {}).get("type", "") if isinstance(detail, dict) else ""
    return kind in ("text/html", "application/xhtml+xml") or (not kind and bool(_HTML_HINT.search(value)))


def _parse_with_feedparser(content: bytes, url: str, headers: dict[str, str]) -> ParsedFeed:
    response_headers = dict(headers)
    content_type = response_headers.get("content-type", "")
    if (m := _LATIN1_CHARSET.search(content_type)):  # as browsers do: these labels mean windows-1252
        response_headers["content-type"] = content_type[:m.start(1)] + "windows-1252" + content_type[m.end(1):]
    # no Content-Type (a file, or a bare server): read it as XML, by its own prolog
    response_headers.setdefault("content-type", "application/xml")
    if url:
        response_headers.setdefault("content-location", url)
    data = feedparser.parse(content, response_headers=response_headers)
    feed = data.get("feed", {})
    error = None
    if data.get("bozo"):
        exc = data.get("bozo_exception")
        error = " ".join(f"{type(exc).__name__}: {exc}".split()) if exc else "ill-formed feed"
    entries = [_entry_from_feedparser(e) for e in data.get("entries", [])]
    version = data.get("version") or None
    parsed = ParsedFeed(
        title=_clean(feed.get("title")),
        entries=entries,
        bozo=bool(data.get("bozo")),
        error=error,
        link=feed.get("link"),
        language=feed.get("language"),
        format=version,
    )
    if not entries and not version and not parsed.title:
        parsed.bozo = True
        kind = headers.get("content-type", "").split(";")[0].strip()
        hint = "it is a web page" if "html" in kind else "no RSS, Atom or JSON Feed found"
        parsed.error = f"not a feed ({hint}) - give the URL of the feed itself" + (
            f" ({error})" if error and "html" not in kind else ""
        )
    return parsed


def _entry_from_feedparser(entry: Any) -> FeedEntry:
    content_html = None
    for item in entry.get("content", []) or []:
        value = item.get("value")
        if value and value.strip():
            content_html = (value, item)
            break
    summary_value = entry.get("summary") or ""
    summary_detail = entry.get("summary_detail")
    content = summary = None
    if content_html:
        value, detail = content_html
        content = (html_to_text(value) if _is_html(detail, value) else _paragraphs(value)) or None
    if summary_value.strip():
        if content_html and summary_value == content_html[0]:
            summary = content
        else:
            summary = (html_to_text(summary_value) if _is_html(summary_detail, summary_value)
                       else _paragraphs(summary_value)) or None
    author = None
    detail = entry.get("author_detail")
    if detail and detail.get("name"):
        author = detail["name"]
    elif entry.get("author"):
        author = entry["author"]
    link = entry.get("link")
    entry_id = entry.get("id") or entry.get("guid") or None
    return FeedEntry(
        id=str(entry_id) if entry_id else None,
        link=link or None,
        title=_clean(html_to_text(entry["title"]) if entry.get("title") and "<" in entry["title"] else entry.get("title")),
        # dict.get: feedparser's own .get maps missing keys onto each other (with a warning)
        published=_utc(dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
                       or dict.get(entry, "created_parsed")),
        author=_clean(author),
        content=content,
        summary=summary,
        language=(content_html[1].get("language") if content_html else None) or None,
    )


def _json_date(value: Any) -> dt.datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        try:  # some JSON feeds carry RFC 822 dates
            parsed = email.utils.parsedate_to_datetime(value.strip())
        except (TypeError, ValueError, IndexError):
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC)


def _json_author(item: dict) -> str | None:
    authors = item.get("authors")
    if isinstance(authors, list):
        names = [a.get("name") for a in authors if isinstance(a, dict) and isinstance(a.get("name"), str)]
        if names:
            return ", ".join(names)
    author = item.get("author")
    if isinstance(author, dict) and isinstance(author.get("name"), str):
        return author["name"]
    return None


def _str(value: Any) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return value if isinstance(value, str) and value.strip() else None


def parse_json_feed(content: bytes, url: str) -> ParsedFeed:
    """Parse a JSON Feed (https://jsonfeed.org, 1.0 and 1.1). Never raises."""
    try:
        text = content.decode("utf-8-sig")
        data = json.loads(text)
    except UnicodeDecodeError as exc:
        return ParsedFeed(bozo=True, error=f"JSON Feed is not UTF-8 ({exc.reason}) - the publisher must fix it",
                          format="json")
    except json.JSONDecodeError as exc:
        return ParsedFeed(bozo=True, error=f"not valid JSON ({exc.msg} at line {exc.lineno}) - "
                          "give the URL of an RSS, Atom or JSON feed", format="json")
    if not isinstance(data, dict):
        return ParsedFeed(bozo=True, error="JSON is not a JSON Feed (no top-level object)", format="json")
    problems = []
    version = data.get("version")
    if not (isinstance(version, str) and version.startswith(JSONFEED_PREFIX)):
        problems.append(f"no JSON Feed version (got {version!r})")
    items = data.get("items")
    if not isinstance(items, list):
        problems.append("no items list")
        items = []
    entries = []
    for item in items:
        if not isinstance(item, dict):
            problems.append("an item is not an object")
            continue
        link = _str(item.get("url")) or _str(item.get("external_url"))
        if link and url:
            try:
                link = str(httpx.URL(url).join(link))
            except httpx.InvalidURL:  # control characters, a bad port: no link to follow
                link = None
        html = _str(item.get("content_html"))
        plain = _str(item.get("content_text"))
        content = html_to_text(html) if html else (_paragraphs(plain) if plain else None)
        summary = _str(item.get("summary"))
        entries.append(FeedEntry(
            id=_str(item.get("id")),
            link=link,
            title=_clean(_str(item.get("title"))),
            published=_json_date(item.get("date_published")) or _json_date(item.get("date_modified")),
            author=_clean(_json_author(item) or _json_author(data)),
            content=content or None,
            summary=_paragraphs(summary) if summary else None,
            language=_str(item.get("language")),
        ))
    kind = "json"
    if isinstance(version, str) and version.startswith(JSONFEED_PREFIX):
        kind = "json" + version[len(JSONFEED_PREFIX):].replace(".", "")
    return ParsedFeed(
        title=_clean(_str(data.get("title"))),
        entries=entries,
        bozo=bool(problems),
        error="; ".join(problems) or None,
        link=_str(data.get("home_page_url")),
        language=_str(data.get("language")),
        format=kind,
    )


# --- entries to articles ------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?:\s+|$)")
_TEASER_END = re.compile(
    r"(\.\.\.|…|\[\s*(\.\.\.|…)\s*\]|read more|continue reading|more\s*»|the post .{0,200} appeared first on .{0,120})\W*$",
    re.IGNORECASE,
)


def is_full_text(text: str | None, *, min_words: int = FULL_MIN_WORDS) -> bool:
    """Whether ``text`` reads as a whole article rather than a teaser."""
    if not text:
        return False
    words = len(text.split())
    sentences = len(_SENTENCE_END.findall(text))
    return words >= min_words and sentences >= FULL_MIN_SENTENCES and not _TEASER_END.search(text.strip())


def entry_to_article(entry: FeedEntry, feed: ParsedFeed | None = None) -> Article | None:
    """The entry as an ``Article`` when it carries the full text, else None.

    None means: fetch and extract ``entry.link`` (``fetch_article``), then fill what the
    page lacks from the entry. An entry with neither full text nor a link raises
    ``ExtractionFailed``.
    """
    text = None
    if is_full_text(entry.content):
        text = entry.content
    elif is_full_text(entry.summary, min_words=SUMMARY_FULL_MIN_WORDS):
        text = entry.summary
    if text is None:
        if not entry.link:
            name = f"{entry.title!r}" if entry.title else "an entry"
            raise ExtractionFailed(
                f"{name} in feed {feed.title if feed and feed.title else ''} has no full text and no link "
                "- nothing to rewrite; use a feed that carries full articles or links".replace("  ", " ")
            )
        return None
    published = entry.published
    if isinstance(published, str):
        published = _json_date(published)
    link = entry.link or (entry.id if entry.id and entry.id.startswith(("http://", "https://")) else None)
    language = entry.language or (feed.language if feed else None)
    return Article(
        text=text,
        title=entry.title,
        url=link,
        source_name=feed.title if feed else None,
        published=published,
        byline=entry.author,
        language=language.split("-")[0].lower() if language else None,
    )


# --- fetching -----------------------------------------------------------------------------


@dataclass
class FeedRequest:
    """One feed to fetch; ``etag``/``last_modified`` from the last fetch make it conditional."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    key: Any = None


@dataclass
class FeedFetch:
    """The result of fetching one feed. ``url`` is the URL asked for, ``final_url`` after
    redirects. ``error`` is set (and nothing else) when the fetch failed; ``feed`` parses
    ``content`` on first use."""

    url: str
    final_url: str | None = None
    status: int | None = None
    not_modified: bool = False
    etag: str | None = None
    last_modified: str | None = None
    content: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    error: CopydeskError | None = None
    elapsed: float = 0.0
    key: Any = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @cached_property
    def feed(self) -> ParsedFeed | None:
        if self.error is not None or self.not_modified:
            return None
        return parse_feed(self.content, self.final_url or self.url, self.headers)


def fetch_feed(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    allow_private: bool | str | Iterable[str] = False,
    timeout: float = fetching.TIMEOUT,
    deadline: float = fetching.DEADLINE,
    max_bytes: int = fetching.MAX_BYTES,
    client: httpx.Client | None = None,
) -> FeedFetch:
    """One conditional GET of a feed; raises ``FetchError`` when it fails. 304 -> ``not_modified``."""
    started = time.monotonic()
    response = fetching.fetch(
        url, allow_private=allow_private, timeout=timeout, deadline=deadline, max_bytes=max_bytes,
        accept=FEED_ACCEPT, etag=etag, last_modified=last_modified, client=client,
    )
    if response.content_type.startswith(NOT_FEED):
        raise FetchError(f"{response.url} is {response.content_type}, not a feed - give the URL of the feed itself")
    return FeedFetch(
        url=url,
        final_url=response.url,
        status=response.status,
        not_modified=response.not_modified,
        etag=response.etag or (etag if response.not_modified else None),
        last_modified=response.last_modified or (last_modified if response.not_modified else None),
        content=response.content,
        headers=response.headers,
        elapsed=time.monotonic() - started,
    )


def _host(url: str) -> str:
    try:
        parsed = httpx.URL(url.strip())
    except (httpx.InvalidURL, TypeError):
        return ""
    return f"{(parsed.host or '').lower()}:{parsed.port or ''}"


def fetch_feeds(
    requests: Iterable[FeedRequest | str],
    *,
    allow_private: bool | str | Iterable[str] = False,
    concurrency: int = 8,
    per_host: int = 2,
    timeout: float = fetching.TIMEOUT,
    deadline: float = fetching.DEADLINE,
    max_bytes: int = fetching.MAX_BYTES,
    client: httpx.Client | None = None,
) -> Iterator[FeedFetch]:
    """Fetch many feeds at once; yield each ``FeedFetch`` as it ends. Never raises for one feed.

    At most ``concurrency`` fetches run at a time, and at most ``per_host`` per host.
    """
    items = [r if isinstance(r, FeedRequest) else FeedRequest(url=r) for r in requests]
    if not items:
        return
    concurrency, per_host = max(1, concurrency), max(1, per_host)
    queues: dict[str, deque[FeedRequest]] = {}
    for item in items:
        queues.setdefault(_host(item.url), deque()).append(item)
    running: dict[str, int] = dict.fromkeys(queues, 0)
    own = client is None
    if client is None:
        client = fetching.make_client(timeout=timeout, max_connections=concurrency)
    lock = threading.Lock()

    def one(req: FeedRequest) -> FeedFetch:
        started = time.monotonic()
        try:
            result = fetch_feed(req.url, etag=req.etag, last_modified=req.last_modified,
                                allow_private=allow_private, timeout=timeout, deadline=deadline,
                                max_bytes=max_bytes, client=client)
        except CopydeskError as exc:
            result = FeedFetch(url=req.url, error=exc)
        except Exception as exc:  # a bug must not stop the pass: record it, log it
            LOGGER.exception("unexpected error fetching %s", req.url)
            result = FeedFetch(url=req.url, error=FetchError(
                f"fetching {req.url} failed unexpectedly ({type(exc).__name__}: {exc}) - please report this"))
        result.key = req.key
        result.elapsed = time.monotonic() - started
        return result

    pending: dict[Future, str] = {}
    try:
        with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="copydesk-feed") as pool:

            def fill() -> None:
                with lock:
                    progress = True
                    while len(pending) < concurrency and progress:
                        progress = False
                        for host, queue in queues.items():
                            if len(pending) >= concurrency:
                                break
                            if queue and running[host] < per_host:
                                running[host] += 1
                                pending[pool.submit(one, queue.popleft())] = host
                                progress = True

            fill()
            while pending:
                done, _ = wait(list(pending), return_when=FIRST_COMPLETED)
                for future in done:
                    host = pending.pop(future)
                    running[host] -= 1
                fill()
                for future in done:
                    yield future.result()
    finally:
        if own:
            client.close()

"""The records that flow between the stages of copydesk.

    ingest/ --Article--> desk --Document--> engines/ --Draft--> verify --CheckReport-->
    desk --Rewrite--> store / render/

Everything here is a plain dataclass with ``to_dict``/``from_dict`` so a record can be
stored as JSON and read back unchanged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Literal, get_args

if TYPE_CHECKING:
    from copydesk.check.index import SourceIndex

Status = Literal["supported", "unsupported", "given", "repaired", "replaced", "cut"]
ProblemKind = Literal["quote", "number", "date", "name", "speaker", "claim", "negation", "antonym",
                      "quantifier", "binding", "role", "context", "garbled", "repeat"]
#: every kind of problem, in the order reports list them
PROBLEM_KINDS: tuple[str, ...] = get_args(ProblemKind)


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse_date(value: Any) -> dt.date | dt.datetime | None:
    if value is None or isinstance(value, dt.date):
        return value
    text = str(value)
    if "T" in text or " " in text.strip():
        return dt.datetime.fromisoformat(text)
    return dt.date.fromisoformat(text)


@dataclass
class Article:
    """One news article as it came in, before any rewriting.

    ``place`` is a "City, Country" the user or the source's own wire dateline gave;
    ``wire_dateline`` is that dateline as it stood ("LONDON, England (CNN) --").
    """

    text: str
    title: str | None = None
    url: str | None = None
    source_name: str | None = None
    published: dt.date | dt.datetime | None = None
    byline: str | None = None
    language: str | None = None
    place: str | None = None
    wire_dateline: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["published"] = _iso(self.published)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        data = dict(data)
        data["published"] = _parse_date(data.get("published"))
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})


@dataclass
class Document:
    """An article made ready for an engine: cleaned text split into sentences.

    ``sentences`` are the source sentences, in order; every output sentence points
    back into this list by index (its provenance). ``paragraphs`` holds, for each
    source paragraph, the indices of its sentences. ``index`` is the checker's one
    ``SourceIndex`` of the sentences, shared by the engine, the checker and the repair
    (``copydesk.check.index_of`` builds it on first use). ``opinion`` is the page's own note
    that it files the article as opinion (its address's section, its title's label), or None:
    a column's writer may speak in the first person in its copy.
    """

    article: Article
    text: str
    sentences: list[str]
    paragraphs: list[list[int]] = field(default_factory=list)
    language: str = "und"
    notes: list[str] = field(default_factory=list)
    index: SourceIndex | None = field(default=None, repr=False, compare=False)
    opinion: str | None = None


@dataclass
class Sentence:
    """One output sentence and the source sentences it came from."""

    text: str
    sources: list[int] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "sources": list(self.sources)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Sentence:
        return cls(text=data["text"], sources=list(data.get("sources", [])))


@dataclass
class Draft:
    """What an engine returns: the parts of a rewrite, before checking."""

    summary: list[Sentence]
    headline: str
    body: list[list[Sentence]]
    engine: str
    notes: list[str] = field(default_factory=list)


@dataclass
class Problem:
    """One claim of an output sentence that the source does not support."""

    kind: ProblemKind
    detail: str
    span: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Problem:
        return cls(kind=data["kind"], detail=data["detail"], span=data.get("span", ""))


@dataclass
class SentenceCheck:
    """The checker's verdict on one output sentence.

    ``support`` holds the indices of the source sentences that back it, best first.
    ``status`` is "supported" or "unsupported" from the checker, or "given" for a
    headline that is the title the user or the source gave, shipped as given although
    the article's text does not back it (its problems say why); the desk may then
    mark a sentence "repaired" (fixed by the engine), "replaced" (swapped for its best
    source sentence) or "cut".
    """

    text: str
    part: str
    status: Status
    support: list[int] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    original: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "part": self.part,
            "status": self.status,
            "support": list(self.support),
            "problems": [p.to_dict() for p in self.problems],
            "original": self.original,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SentenceCheck:
        return cls(
            text=data["text"],
            part=data.get("part", "body"),
            status=data["status"],
            support=list(data.get("support", [])),
            problems=[Problem.from_dict(p) for p in data.get("problems", [])],
            original=data.get("original"),
        )


@dataclass
class CheckReport:
    """Every sentence's verdict, plus notes on what was assumed or done.

    ``ok`` is true when every sentence that ships is supported by the source, or is the
    title given with the article (status "given": shipped as given, its problems listed).
    ``notes`` says, in words, what the desk assumed (a run date used as the
    dateline date, no place named in the text) or did (map-reduce over chunks).
    """

    ok: bool
    sentences: list[SentenceCheck] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[Problem]:
        return [p for s in self.sentences for p in s.problems]

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "sentences": [s.to_dict() for s in self.sentences],
            "notes": list(self.notes),
            "counts": self.counts(),
            "problem_counts": self.problem_counts(),
        }

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {"sentences": len(self.sentences)}
        for s in self.sentences:
            counts[s.status] = counts.get(s.status, 0) + 1
        return counts

    def problem_counts(self) -> dict[str, int]:
        """How many problems of each kind the report holds (every kind, zeros too)."""
        counts = dict.fromkeys(PROBLEM_KINDS, 0)
        for p in self.problems:
            counts[p.kind] = counts.get(p.kind, 0) + 1
        return counts

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CheckReport:
        return cls(
            ok=bool(data["ok"]),
            sentences=[SentenceCheck.from_dict(s) for s in data.get("sentences", [])],
            notes=list(data.get("notes", [])),
        )


@dataclass
class Dateline:
    """``*Islamabad, Pakistan – July 6, 2025*``: where and when.

    ``place`` is None when the text names no place (then ``text`` is the date
    alone); the date is left out of ``text`` when no date is known for a text that came with no
    address, or when the run date stood in for a story the text shows to be older (then ``text`` is the place alone, or empty). ``place_from`` says where the place came from: "option", "wire",
    "metadata", "text" or "none"; ``date_assumed`` is true when no date was
    known and the run date stands in. ``date_from`` says where the date came from:
    "metadata" (given, or the page's or feed entry's own), "url" (a ``/2017/05/19/``
    path), "text" (a "PUBLISHED: ..." line) or "run" (assumed).
    """

    place: str | None
    date: dt.date
    text: str
    place_from: str = "none"
    date_assumed: bool = False
    date_from: str = "metadata"

    def to_dict(self) -> dict[str, Any]:
        return {
            "place": self.place,
            "date": self.date.isoformat(),
            "text": self.text,
            "place_from": self.place_from,
            "date_assumed": self.date_assumed,
            "date_from": self.date_from,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Dateline:
        return cls(
            place=data.get("place"),
            date=dt.date.fromisoformat(data["date"]),
            text=data["text"],
            place_from=data.get("place_from", "none"),
            date_assumed=bool(data.get("date_assumed", False)),
            date_from=data.get("date_from", "run" if data.get("date_assumed") else "metadata"),
        )


@dataclass
class Rewrite:
    """The finished product for one article: summary, headline, dateline, body, report."""

    article: Article
    summary: list[Sentence]
    headline: str
    dateline: Dateline
    body: list[list[Sentence]]
    engine: str
    created_at: dt.datetime
    check: CheckReport
    language: str = "und"
    source_sentences: list[str] = field(default_factory=list)
    options: dict[str, Any] = field(default_factory=dict)
    #: what the model server reported: prompt_tokens, completion_tokens, requests, model
    #: (None for engines that call no model)
    usage: dict[str, Any] | None = None

    @property
    def summary_text(self) -> str:
        return " ".join(s.text for s in self.summary)

    @property
    def body_paragraphs(self) -> list[str]:
        return [" ".join(s.text for s in para) for para in self.body]

    def to_dict(self) -> dict[str, Any]:
        """The JSON schema of copydesk's output; see README "JSON output"."""
        return {
            "schema": "copydesk.rewrite/1",
            "headline": self.headline,
            "summary": self.summary_text,
            "dateline": self.dateline.to_dict(),
            "body": self.body_paragraphs,
            "language": self.language,
            "engine": self.engine,
            "created_at": self.created_at.isoformat(),
            "source": {
                "url": self.article.url,
                "title": self.article.title,
                "source_name": self.article.source_name,
                "published": _iso(self.article.published),
                "byline": self.article.byline,
            },
            "check": self.check.to_dict(),
            "provenance": {
                "summary": [s.to_dict() for s in self.summary],
                "body": [[s.to_dict() for s in para] for para in self.body],
                "source_sentences": list(self.source_sentences),
            },
            "article": self.article.to_dict(),
            "options": dict(self.options),
            "usage": dict(self.usage) if self.usage is not None else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Rewrite:
        prov = data.get("provenance", {})
        return cls(
            article=Article.from_dict(data["article"]),
            summary=[Sentence.from_dict(s) for s in prov.get("summary", [])],
            headline=data["headline"],
            dateline=Dateline.from_dict(data["dateline"]),
            body=[[Sentence.from_dict(s) for s in para] for para in prov.get("body", [])],
            engine=data["engine"],
            created_at=dt.datetime.fromisoformat(data["created_at"]),
            check=CheckReport.from_dict(data["check"]),
            language=data.get("language", "und"),
            source_sentences=list(prov.get("source_sentences", [])),
            options=dict(data.get("options", {})),
            usage=dict(data["usage"]) if data.get("usage") is not None else None,
        )


# --- records of the store (issue 4) ------------------------------------------------------


@dataclass
class Feed:
    """A feed the user follows, with the state of its last fetch.

    ``next_try_at`` is set after a failed fetch (exponential backoff); the feed is
    skipped until then. ``entries_seen``/``articles_added`` count over all runs.
    """

    id: int
    url: str
    name: str | None
    added_at: dt.datetime
    last_run_at: dt.datetime | None = None
    last_status: str | None = None
    last_error: str | None = None
    error_count: int = 0
    next_try_at: dt.datetime | None = None
    entries_seen: int = 0
    articles_added: int = 0
    etag: str | None = None
    last_modified: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("added_at", "last_run_at", "next_try_at"):
            data[key] = _iso(getattr(self, key))
        return data


@dataclass
class StoredRewrite:
    """A rewrite as the store keeps it: its id, its story's id and every source URL."""

    id: int
    rewrite: Rewrite
    created_at: dt.datetime
    article_id: int
    sources: list[str] = field(default_factory=list)
    feed_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        data = self.rewrite.to_dict()
        data["id"] = self.id
        data["article_id"] = self.article_id
        data["sources"] = list(self.sources)
        data["feed_id"] = self.feed_id
        return data


@dataclass
class RunRecord:
    """One pass over the feeds. ``finished_at`` is None while it runs (or if it was killed)."""

    id: int
    started_at: dt.datetime
    finished_at: dt.datetime | None = None
    status: str = "running"
    feeds: int = 0
    feeds_failed: int = 0
    feeds_not_modified: int = 0
    entries_new: int = 0
    articles_new: int = 0
    duplicates: int = 0
    rewrites: int = 0
    entries_failed: int = 0
    errors: list[str] = field(default_factory=list)
    #: tokens the model server reported for this run's rewrites
    prompt_tokens: int = 0
    completion_tokens: int = 0
    #: "host:pid:tag" of the worker that ran it
    worker: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["started_at"] = _iso(self.started_at)
        data["finished_at"] = _iso(self.finished_at)
        return data

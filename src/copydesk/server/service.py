"""What the web desk does, apart from HTTP: validate a rewrite request, run it or queue it.

Pages and API both call ``Desk.submit``: a model-free engine runs in the request and
the rewrite is stored at once; a model engine (``engine_class(name).uses_model``)
goes to the job queue. A URL is fetched through ``copydesk.ingest.web.fetch_article``,
the same SSRF guard as the CLI, with ``allow_private`` from the server's settings.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from copydesk.config import Settings, allow_private_policy, load_settings
from copydesk.desk import rewrite as desk_rewrite
from copydesk.engines import Engine, engine_class, get_engine
from copydesk.errors import BadOption, CopydeskError, EmptyInput
from copydesk.model import Article, Rewrite
from copydesk.server.jobs import Job, JobQueue
from copydesk.server.security import safe_url

if TYPE_CHECKING:
    from copydesk.store import Store

MAX_SUMMARY_SENTENCES = 10


@dataclass
class RewriteInput:
    """A rewrite request as the form or the API gave it, before validation."""

    text: str | None = None
    url: str | None = None
    engine: str | None = None
    summary_sentences: int = 3
    title: str | None = None
    published: str | None = None
    place: str | None = None

    def validated(self, default_engine: str) -> RewriteInput:
        text = (self.text or "").strip() or None
        url = (self.url or "").strip() or None
        if text and url:
            raise BadOption("give either text or url, not both - clear one of them")
        if not text and not url:
            raise EmptyInput("no article given - paste its text or give its URL")
        if url and safe_url(url) is None:
            raise BadOption(f"url {url!r} is not an http(s) URL - give a link that starts with https://")
        if not 1 <= int(self.summary_sentences) <= MAX_SUMMARY_SENTENCES:
            raise BadOption(
                f"summary_sentences must be 1 to {MAX_SUMMARY_SENTENCES}, "
                f"got {self.summary_sentences} - pick a number in that range"
            )
        published = (self.published or "").strip() or None
        if published:
            try:
                dt.date.fromisoformat(published)
            except ValueError:
                raise BadOption(f"published {published!r} is not a date - use YYYY-MM-DD") from None
        engine = (self.engine or "").strip() or default_engine
        engine_class(engine)  # raises EngineNotFound naming the known engines
        return RewriteInput(
            text=text, url=url, engine=engine, summary_sentences=int(self.summary_sentences),
            title=(self.title or "").strip() or None, published=published,
            place=(self.place or "").strip() or None,
        )


@dataclass
class Outcome:
    """Either a stored rewrite (``rewrite_id``, ``rewrite``) or a queued ``job``."""

    rewrite_id: int | None = None
    rewrite: Rewrite | None = None
    job: Job | None = None


class Desk:
    def __init__(self, store: Store, *, settings: Settings | None = None,
                 allow_private: bool | list[Any] | None = None, jobs: JobQueue | None = None):
        """``allow_private`` None: as the settings say (``COPYDESK_ALLOW_PRIVATE``, config file)."""
        self.store = store
        self.settings = settings or load_settings()
        if allow_private is None:
            allow_private = allow_private_policy(self.settings.allow_private, "COPYDESK_ALLOW_PRIVATE")
        self.allow_private = allow_private
        self.jobs = jobs or JobQueue(store, self.run_job, threads=int(self.settings.concurrency))
        self._engines: dict[str, Engine] = {}
        self._engines_lock = threading.Lock()

    def uses_model(self, engine: str) -> bool:
        return bool(engine_class(engine).uses_model)

    def submit(self, raw: RewriteInput) -> Outcome:
        inp = raw.validated(self.settings.engine)
        assert inp.engine is not None
        if self.uses_model(inp.engine):
            source = inp.url or (inp.title or inp.text or "")[:80]
            job = self.jobs.submit(inp.engine, source, asdict(inp), fetches=bool(inp.url))
            return Outcome(job=job)
        result = self.produce(inp)
        rewrite_id = self.store.save_rewrite(result)
        return Outcome(rewrite_id=rewrite_id, rewrite=result)

    def run_job(self, job: Job) -> tuple[int, str]:
        """Run a stored job: its input is a validated ``RewriteInput``, as a dict."""
        inp = RewriteInput(**job.input)
        result = self.produce(inp, job)
        job.set_stage("saving")
        rewrite_id = self.store.save_rewrite(result)
        return rewrite_id, result.headline

    def produce(self, inp: RewriteInput, job: Job | None = None) -> Rewrite:
        if inp.url:
            if job:
                job.set_stage("fetching")
            article = self.fetch(inp.url)
        else:
            article = Article(text=inp.text or "")
        if job:
            job.set_stage("rewriting")
        engine = self._engine(inp.engine or self.settings.engine)
        return desk_rewrite(
            article, engine=engine, summary_sentences=inp.summary_sentences, title=inp.title,
            published=inp.published, place=inp.place, settings=self.settings,
        )

    def fetch(self, url: str) -> Article:
        from copydesk.ingest.web import fetch_article

        return fetch_article(url, allow_private=self.allow_private)

    def _engine(self, name: str) -> Engine:
        if not engine_class(name).uses_model:
            return get_engine(name, self.settings)
        with self._engines_lock:
            if name not in self._engines:
                self._engines[name] = get_engine(name, self.settings)
            return self._engines[name]

    def engine_names(self) -> list[dict[str, Any]]:
        from copydesk.engines import available

        names = []
        for name in sorted(available()):
            try:
                uses = bool(engine_class(name).uses_model)
            except (ImportError, AttributeError, CopydeskError):
                continue  # a plugin whose module cannot load is not offered
            names.append({"name": name, "uses_model": uses})
        return names

    def close(self) -> None:
        self.jobs.shutdown()
        for engine in self._engines.values():
            engine.close()

"""The newsroom: one pass over every feed, and the schedule that repeats it.

    feeds --fetch (conditional GET, concurrent, per-host limit)--> parse
          --> entries recorded as pending (with the feed's new ETag, one transaction)
          --> for each pending entry: article (entry content, or the linked page)
              --> dedupe (URL, text hash, MinHash LSH) --> rewrite --> store (one transaction)

A broken feed is recorded with its error and skipped until its backoff time; it never
stops the pass. A broken entry is retried after a backoff (a few times) unless its
failure is final (no article on the page, too short to rewrite). When an entry's linked
page cannot be fetched but the entry carries enough text of its own, that text is
rewritten instead (``copydesk.ingest.fallback``) and the check report's notes say so.

Crash safety: nothing is marked done before its rewrite is stored, and a story and its
rewrite are stored in one transaction with unique constraints (see ``copydesk.store``).
A ``kill -9`` at any point therefore leaves either pending work, which the next pass
picks up, or finished work, which it skips.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import random
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from typing import Any

from copydesk import desk
from copydesk.config import Settings, load_settings
from copydesk.engines import Engine, get_engine
from copydesk.errors import (
    BlockedAddress,
    CopydeskError,
    EngineError,
    ExtractionFailed,
    FetchError,
    InputError,
    TooLarge,
)
from copydesk.inflight import ThreadRewriter, in_flight
from copydesk.ingest import feeds as ingest
from copydesk.ingest.fallback import entry_text_article
from copydesk.ingest.web import fetch_article
from copydesk.model import Article, Feed, RunRecord
from copydesk.store import PendingEntry, Store, fingerprint, leases, utcnow

LOGGER = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]
"""``progress(stage, done, total)``: stage is "feeds" or "entries"."""

FINAL_FETCH_ERRORS = (ExtractionFailed, BlockedAddress, TooLarge)
PAGE_BATCH = 16
AUTO_WORKERS_MIN_ENTRIES = 48


@dataclass
class PassOptions:
    engine: str | None = None
    allow_private: bool | list[Any] = False  # or networks (COPYDESK_ALLOW_PRIVATE=10.0.0.0/8)
    force: bool = False
    concurrency: int = 8
    per_host: int = 2
    summary_sentences: int = 3
    settings: Settings | None = None
    workers: int | None = None  # rewrite in worker processes; None: auto (spare cores)
    lease: float = leases.DEFAULT_LEASE  # seconds a claim on a feed or entry holds unrenewed
    fresh: float = 0.0  # a feed any worker fetched this recently (seconds) is not fetched again


@dataclass
class _Work:
    entry: PendingEntry
    article: Article | None = None
    error: CopydeskError | None = None
    note: str | None = None  # for the check report's notes, e.g. "rewritten from the entry's text"


@dataclass
class Outcome:
    """Counts of one pass, for the caller; also stored as the run's record."""

    record: RunRecord
    messages: list[str] = field(default_factory=list)


# --- feeds -------------------------------------------------------------------------------


def entry_key(entry: ingest.FeedEntry) -> str:
    """What identifies an entry within its feed: its id, else its link, else its text."""
    if entry.id:
        return f"id:{entry.id}"
    if entry.link:
        return f"link:{entry.link}"
    text = "\n".join(x or "" for x in (entry.title, entry.content, entry.summary))
    return "hash:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def _payload(entry: ingest.FeedEntry, feed: Feed, parsed: ingest.ParsedFeed) -> dict[str, Any]:
    data = asdict(entry)
    data["published"] = entry.published.isoformat() if entry.published else None
    return {"entry": data, "feed_title": parsed.title or feed.name, "feed_language": parsed.language,
            "feed_url": feed.url}


def _fetch_all(feeds: list[Feed], opts: PassOptions) -> Iterator[tuple[Feed, Any]]:
    """Each feed with its ``FeedFetch``, as they finish; never raises for one feed."""
    by_id = {f.id: f for f in feeds}
    requests = [ingest.FeedRequest(url=f.url, etag=f.etag, last_modified=f.last_modified, key=f.id)
                for f in feeds]
    for result in ingest.fetch_feeds(requests, allow_private=opts.allow_private,
                                     concurrency=opts.concurrency, per_host=opts.per_host):
        yield by_id[result.key], result


def _record_feed(store: Store, feed: Feed, result: Any, record: RunRecord, messages: list[str]) -> None:
    if result.error is not None:
        retry = store.feed_failed(feed.id, str(result.error))
        record.feeds_failed += 1
        message = f"feed #{feed.id} {feed.url}: {result.error} (next try after {retry:%H:%M} UTC)"
        record.errors.append(message)
        messages.append(message)
        return
    if result.not_modified:
        store.feed_not_modified(feed.id)
        record.feeds_not_modified += 1
        return
    parsed = result.feed
    if parsed.bozo and not parsed.entries:
        retry = store.feed_failed(feed.id, f"not a feed: {parsed.error}")
        record.feeds_failed += 1
        message = f"feed #{feed.id} {feed.url}: not a feed ({parsed.error}) (next try after {retry:%H:%M} UTC)"
        record.errors.append(message)
        messages.append(message)
        return
    items = [(entry_key(e), e.link, _payload(e, feed, parsed)) for e in parsed.entries]
    warning = f"ill-formed feed, read as far as possible: {parsed.error}" if parsed.bozo else None
    record.entries_new += store.feed_fetched(
        feed.id, items, etag=result.etag, last_modified=result.last_modified,
        status="ill-formed" if parsed.bozo else "ok", warning=warning,
    )
    if warning:
        messages.append(f"feed #{feed.id} {feed.url}: {warning}")


# --- entries -----------------------------------------------------------------------------


def _entry_parts(entry: PendingEntry) -> tuple[ingest.FeedEntry, ingest.ParsedFeed]:
    data = dict(entry.payload["entry"])
    if data.get("published"):
        data["published"] = dt.datetime.fromisoformat(data["published"])
    feed = ingest.ParsedFeed(title=entry.payload.get("feed_title"), language=entry.payload.get("feed_language"))
    item = ingest.FeedEntry(**{k: v for k, v in data.items() if k in ingest.FeedEntry.__dataclass_fields__})
    return item, feed


def _article_from_entry(entry: PendingEntry) -> Article | None:
    """The entry's own article, or None when its linked page must be fetched."""
    item, feed = _entry_parts(entry)
    article = ingest.entry_to_article(item, feed)
    if article is not None and not article.url:
        article.url = entry.link
    return article


def _prepare(batch: list[PendingEntry], opts: PassOptions, pool: ThreadPoolExecutor) -> list[_Work]:
    """Articles for a batch of entries; linked pages are fetched concurrently."""
    work = [_Work(e) for e in batch]
    to_fetch: list[_Work] = []
    for w in work:
        try:
            w.article = _article_from_entry(w.entry)
        except CopydeskError as exc:
            w.error = exc
            continue
        if w.article is None:
            if w.entry.link:
                to_fetch.append(w)
            else:
                w.error = InputError("entry has no content and no link - nothing to rewrite")

    def fetch(w: _Work) -> None:
        try:
            article = fetch_article(w.entry.link, allow_private=opts.allow_private)
            w.article = article
            title = w.entry.payload["entry"].get("title")
            if title and not article.title:
                article.title = title
        except CopydeskError as exc:
            item, feed = _entry_parts(w.entry)
            w.article = entry_text_article(item, feed)
            if w.article is None:
                w.error = exc
            else:
                w.note = (f"rewritten from the feed entry's own text: its page {w.entry.link} "
                          f"could not be fetched ({exc})")

    list(pool.map(fetch, to_fetch))
    return work


def _fail(store: Store, entry: PendingEntry, error: CopydeskError, record: RunRecord,
          messages: list[str]) -> None:
    """Record a failed entry: final for bad input or a page without an article, else retried."""
    final = isinstance(error, (InputError, *FINAL_FETCH_ERRORS)) or not isinstance(error, (FetchError, EngineError))
    retry = store.entry_failed(entry.id, str(error), final=final)
    record.entries_failed += 1
    then = f" (next try after {retry:%H:%M} UTC)" if retry else " (given up)"
    messages.append(f"entry {entry.link or entry.entry_key}: {error}{then}")


# --- rewriting, here or in worker processes ------------------------------------------------

_worker_engine: Engine | None = None


def _worker_init(parent: int, engine: str, settings: Settings) -> None:
    """In a worker: ignore Ctrl-C (the parent decides when to stop), load the engine once,
    and exit when the parent is gone (even after a ``kill -9`` of the parent)."""
    import os
    import signal

    global _worker_engine
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    _worker_engine = get_engine(engine, settings)

    def watchdog() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watchdog, daemon=True).start()


def _worker_rewrite(article: Article, summary_sentences: int, settings: Settings):
    assert _worker_engine is not None
    return desk.rewrite(article, engine=_worker_engine, summary_sentences=summary_sentences, settings=settings)


class Rewriter:
    """``desk.rewrite`` in this process, or in ``workers`` worker processes.

    Workers only compute; every write to the store stays in the main process, in order.
    """

    def __init__(self, opts: PassOptions, workers: int):
        assert opts.settings is not None
        self.opts = opts
        self.name = opts.engine or opts.settings.engine
        self.engine = get_engine(self.name, opts.settings)
        self.workers = workers
        self.pool: ProcessPoolExecutor | None = None
        # a model server: N rewrites in flight on threads (copydesk.inflight)
        self.n = in_flight(self.engine, opts.settings)
        self.threads = ThreadRewriter(self.engine, opts.settings, self.n, opts.summary_sentences) \
            if self.n > 1 else None
        if workers > 0 and self.threads is None:
            import multiprocessing
            import os

            self.pool = ProcessPoolExecutor(
                max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                initializer=_worker_init, initargs=(os.getpid(), self.name, opts.settings),
            )

    @property
    def window(self) -> int:
        """How many rewrites may be in flight before the oldest is stored."""
        if self.threads is not None:
            return self.n
        return 2 * self.workers if self.pool else 0

    def submit(self, article: Article) -> Future:
        if self.threads is not None:
            return self.threads.submit(article)
        if self.pool is not None:
            return self.pool.submit(_worker_rewrite, article, self.opts.summary_sentences, self.opts.settings)
        future: Future = Future()
        try:
            future.set_result(desk.rewrite(article, engine=self.engine, settings=self.opts.settings,
                                           summary_sentences=self.opts.summary_sentences))
        except Exception as exc:  # noqa: BLE001 - not swallowed: the future carries it to _store_one
            future.set_exception(exc)
        return future

    def close(self) -> None:
        if self.threads is not None:
            self.threads.close()
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


def auto_workers(engine: str, pending: int) -> int:
    """Worker processes for a pass: the spare cores, for the model-free engine and enough work.

    None on one or two cores: there the main process already keeps a core busy, and on the
    2-core benchmark machine a worker did not help (benchmarks/pipeline.py --workers 1).
    """
    import os

    cores = os.cpu_count() or 1
    if engine != "extractive" or pending < AUTO_WORKERS_MIN_ENTRIES or cores < 3:
        return 0
    return min(cores - 1, 4)


@dataclass
class _InFlight:
    work: _Work
    fp: Any
    future: Future


def _store_one(store: Store, item: _InFlight, record: RunRecord, messages: list[str]) -> None:
    entry, article = item.work.entry, item.work.article
    assert article is not None
    try:
        rewrite = item.future.result()
    except CopydeskError as exc:
        _fail(store, entry, exc, record, messages)
        return
    except BrokenProcessPool:
        raise  # a worker died: stop the pass; the entries stay pending for the next one
    except Exception as exc:  # a bug on one article must not block the queue behind it
        LOGGER.error("rewriting %s failed unexpectedly", entry.link or entry.entry_key, exc_info=exc)
        _fail(store, entry, InputError(f"rewriting failed unexpectedly ({type(exc).__name__}: {exc}) "
                                       "- please report this with the entry's link"), record, messages)
        return
    if item.work.note:
        rewrite.check.notes.append(item.work.note)
    done = store.commit_story(article, item.fp, rewrite, feed_id=entry.feed_id, entry_id=entry.id)
    if done.outcome == "new":
        record.articles_new += 1
    else:
        record.duplicates += 1  # another copy was stored while this one was being rewritten
    if done.outcome in ("new", "new rewrite"):
        record.rewrites += 1
        used = rewrite.usage or {}
        record.prompt_tokens += int(used.get("prompt_tokens") or 0)
        record.completion_tokens += int(used.get("completion_tokens") or 0)


def _work_through(store: Store, batches: Iterable[list[PendingEntry]], total: int, opts: PassOptions,
                  rewriter: Rewriter, record: RunRecord, messages: list[str], stop: Callable[[], bool],
                  tick: Progress) -> None:
    """Every claimed entry: article, dedupe, rewrite, store; stops between entries."""
    in_flight: deque[_InFlight] = deque()
    done = 0

    def store_oldest() -> None:
        nonlocal done
        _store_one(store, in_flight.popleft(), record, messages)
        done += 1
        tick("entries", done, max(total, done))

    with ThreadPoolExecutor(max_workers=max(1, opts.concurrency)) as pool:
        for batch in batches:
            if stop():
                break
            for w in _prepare(batch, opts, pool):
                if stop():
                    break
                if w.error is not None or w.article is None:
                    _fail(store, w.entry, w.error or InputError("no article - check the entry"), record, messages)
                    done += 1
                    tick("entries", done, max(total, done))
                    continue
                fp = fingerprint(w.article.text, w.article.url or w.entry.link)
                if store.find_story(fp) is not None:
                    store.commit_story(w.article, fp, None, feed_id=w.entry.feed_id, entry_id=w.entry.id)
                    record.duplicates += 1
                    done += 1
                    tick("entries", done, max(total, done))
                    continue
                in_flight.append(_InFlight(w, fp, rewriter.submit(w.article)))
                while len(in_flight) > rewriter.window:
                    store_oldest()
        while in_flight and not stop():
            store_oldest()
        for item in in_flight:  # stopped: these stay pending for the next pass
            item.future.cancel()


# --- a pass ------------------------------------------------------------------------------


def run_pass(
    store: Store,
    opts: PassOptions | None = None,
    *,
    progress: Progress | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> Outcome:
    """One pass: fetch the due feeds, then work through every pending entry."""
    opts = opts or PassOptions()
    opts.settings = opts.settings or load_settings({"engine": opts.engine})
    engine_name = opts.engine or opts.settings.engine
    get_engine(engine_name, opts.settings)  # a bad engine fails before any fetching
    stop = should_stop or (lambda: False)
    tick = progress or (lambda stage, done, total: None)

    worker = leases.Worker(store, opts.lease)  # this pass's claims on feeds and entries
    leases.mark_dead_runs(store, opts.lease)
    run_id = store.start_run(worker.owner)
    worker.start(run_id)
    record = RunRecord(id=run_id, started_at=utcnow(), worker=worker.owner)
    messages: list[str] = [m for m in [leases.sqlite_notice(store, worker.owner, opts.lease)] if m]
    rewriter: Rewriter | None = None
    try:
        feeds = worker.claim_feeds(force=opts.force, fresh=opts.fresh)
        record.feeds = len(feeds)
        tick("feeds", 0, len(feeds))
        for n, (feed, result) in enumerate(_fetch_all(feeds, opts), 1):
            _record_feed(store, feed, result, record, messages)
            worker.release_feed(feed.id)
            tick("feeds", n, len(feeds))
        pending = worker.pending_count()
        tick("entries", 0, pending)
        workers = auto_workers(engine_name, pending) if opts.workers is None else opts.workers
        rewriter = Rewriter(opts, workers if pending else 0)
        # claim no more than is about to be worked on: what a worker holds, others cannot take
        size = rewriter.n if rewriter.threads is not None else PAGE_BATCH
        _work_through(store, worker.batches(size, stop), pending, opts, rewriter, record, messages, stop, tick)
        record.status = "stopped" if stop() else "failed" if record.feeds and record.feeds_failed == record.feeds else "ok"
    except BaseException as exc:
        record.status = "interrupted" if isinstance(exc, KeyboardInterrupt) else "error"
        record.errors.append(f"{type(exc).__name__}: {exc}")
        record.finished_at = utcnow()
        store.finish_run(run_id, record)
        raise
    finally:
        if rewriter is not None:
            rewriter.close()
        worker.stop()
    record.finished_at = utcnow()
    store.finish_run(run_id, record)
    return Outcome(record, messages)


# --- watching ----------------------------------------------------------------------------


def next_delay(every: float, jitter: float, rng: random.Random | None = None) -> float:
    """``every`` seconds, moved at random by up to ``jitter`` (a fraction) either way."""
    rng = rng or random.Random()
    return max(0.0, every * (1 + rng.uniform(-jitter, jitter)))


def watch(
    store: Store,
    every: float,
    opts: PassOptions | None = None,
    *,
    jitter: float = 0.1,
    stop: threading.Event | None = None,
    on_pass: Callable[[Outcome], None] | None = None,
    progress: Progress | None = None,
    max_passes: int | None = None,
) -> int:
    """Run passes every ``every`` seconds (with jitter) until ``stop`` is set.

    A set ``stop`` ends the current pass after the entry at hand, and cuts the sleep
    short. Returns how many passes ran.
    """
    stop = stop or threading.Event()
    passes = 0
    if opts is not None and not opts.fresh:
        opts.fresh = every / 2  # several workers on one store: each feed about twice per `every`
    while not stop.is_set():
        outcome = run_pass(store, opts, progress=progress, should_stop=stop.is_set)
        passes += 1
        if on_pass:
            on_pass(outcome)
        if max_passes is not None and passes >= max_passes:
            break
        stop.wait(next_delay(every, jitter))
    return passes


def parse_duration(text: str) -> float:
    """``30s``, ``15m``, ``1h`` (or ``1h30m``) -> seconds."""
    import re

    from copydesk.errors import BadOption

    value = (text or "").strip().lower()
    parts = re.fullmatch(r"(?:(\d+(?:\.\d+)?)h)?\s*(?:(\d+(?:\.\d+)?)m)?\s*(?:(\d+(?:\.\d+)?)s)?", value)
    if not value or not parts or not any(parts.groups()):
        raise BadOption(f"{text!r} is not a duration - use a number and a unit, like 30s, 15m or 1h")
    hours, minutes, seconds = (float(g) if g else 0.0 for g in parts.groups())
    total = hours * 3600 + minutes * 60 + seconds
    if total < 1:
        raise BadOption(f"{text!r} is shorter than a second - use at least 1s")
    return total


def parse_since(text: str, now: dt.datetime | None = None) -> dt.datetime:
    """An ISO date or time (UTC unless it says otherwise), or an age like ``2h`` or ``3d``."""
    import re

    from copydesk.errors import BadOption

    now = now or utcnow()
    value = (text or "").strip()
    age = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([smhdw])", value.lower())
    if age:
        unit = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}[age.group(2)]
        return now - dt.timedelta(seconds=float(age.group(1)) * unit)
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        raise BadOption(
            f"--since {text!r} is not a date - use YYYY-MM-DD, YYYY-MM-DDTHH:MM or an age like 2h or 3d"
        ) from None
    return when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when

"""Many rewrites in flight against one model server, with one shared backoff.

A model server answers one request in seconds but takes many at once, so the desk keeps
up to N rewrites in flight (N is the engine's ``concurrency`` setting, ``--concurrency``
on the commands). Two pieces:

* ``Throttle``: the gate every request to one server passes. At most ``allowed``
  requests are out at once (starting at N). A 429 or 5xx answer closes the gate for the
  whole desk for the backoff time (the server's ``Retry-After``, else ``backoff`` doubled
  per failure in a row, at most ``max_wait``) and halves ``allowed``; each success
  opens one more slot again, up to N. Requests that were already out when the gate
  closed do not double the backoff again: one overload counts once.
* ``ThreadRewriter``: ``desk.rewrite`` on a pool of N threads, one shared engine. The
  caller keeps the futures in submission order and stores each result in that order,
  so what reaches the store, and when, is as crash-safe as one at a time.

The extractive engine has no server to wait on: it keeps its process pool
(``newsroom.Rewriter``).
"""

from __future__ import annotations

import contextlib
import random
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from copydesk import desk
from copydesk.config import Settings
from copydesk.engines import Engine
from copydesk.model import Article


class Clock:
    """Where the desk reads the time and waits: the real monotonic clock. Tests pass one
    whose ``sleep`` records the wait and moves ``now`` on, so backoff runs in no time."""

    def now(self) -> float:
        return time.monotonic()

    def wait(self, cond: threading.Condition, seconds: float | None) -> None:
        """Wait on ``cond`` (held) for a notify or ``seconds``."""
        cond.wait(seconds)


class Throttle:
    """One gate and one backoff for every request to one server."""

    def __init__(self, limit: int, *, backoff: float = 0.5, max_wait: float = 30.0,
                 clock: Clock | None = None):
        self.limit = max(1, int(limit))
        self.allowed = self.limit
        self.active = 0
        self.backoff = float(backoff)
        self.max_wait = float(max_wait)
        self.clock = clock or Clock()
        self.failures = 0  # in a row, desk-wide
        self.closed_until = 0.0
        self.closed_at = 0.0
        self.peak = 0  # most requests ever out at once (for benchmarks and `copydesk eval`)
        self._cond = threading.Condition()

    @contextlib.contextmanager
    def slot(self) -> Iterator[float]:
        """Wait for the gate to open and a slot to be free; yields when the request went out."""
        with self._cond:
            while True:
                now = self.clock.now()
                if now < self.closed_until:
                    self.clock.wait(self._cond, self.closed_until - now)
                elif self.active >= self.allowed:
                    self.clock.wait(self._cond, None)
                else:
                    break
            self.active += 1
            self.peak = max(self.peak, self.active)
            sent = self.clock.now()
        try:
            yield sent
        finally:
            with self._cond:
                self.active -= 1
                self._cond.notify_all()

    def failed(self, sent: float, retry_after: float | None = None) -> float:
        """A 429/5xx answer to a request sent at ``sent``: close the gate; the seconds closed."""
        with self._cond:
            now = self.clock.now()
            if sent >= self.closed_at:  # a new overload, not one already being waited out
                self.failures += 1
                self.allowed = max(1, self.allowed // 2)
            if retry_after is not None:
                delay = min(self.max_wait, max(0.0, retry_after))
            else:
                base = self.backoff * (2 ** max(0, self.failures - 1))
                delay = min(self.max_wait, base + random.uniform(0, base / 4))
            if now + delay > self.closed_until:
                self.closed_until = now + delay
            self.closed_at = now
            self._cond.notify_all()
            return delay

    def succeeded(self) -> None:
        with self._cond:
            self.failures = 0
            if self.allowed < self.limit:
                self.allowed += 1
                self._cond.notify_all()


def in_flight(engine: Engine, settings: Settings) -> int:
    """How many rewrites ``engine`` may have in flight: its ``concurrency`` setting for
    engines that talk to a server (``Engine.in_flight``), else 1."""
    if not getattr(engine, "in_flight", False):
        return 1
    return max(1, int(settings.concurrency))


class ThreadRewriter:
    """``desk.rewrite`` on ``n`` threads sharing one engine; futures in submission order."""

    def __init__(self, engine: Engine, settings: Settings, n: int, summary_sentences: int = 3):
        self.engine = engine
        self.settings = settings
        self.n = max(1, n)
        self.summary_sentences = summary_sentences
        self.pool = ThreadPoolExecutor(max_workers=self.n, thread_name_prefix="copydesk-rewrite")

    def submit(self, article: Article, **options: Any) -> Future:
        options.setdefault("summary_sentences", self.summary_sentences)
        return self.pool.submit(desk.rewrite, article, engine=self.engine, settings=self.settings,
                                **options)

    def close(self, wait: bool = True) -> None:
        self.pool.shutdown(wait=wait, cancel_futures=True)

"""Token accounting: what the model server reported for each rewrite.

A model engine records every answer's ``usage`` (prompt and completion tokens) and the
model the server says answered with ``record``; ``desk.rewrite`` opens a ``Meter`` around
one rewrite with ``metered``, so the counts land on that rewrite even when many rewrites
are in flight in threads at once (the meter lives in a context variable, and engines
that fan requests out to their own threads carry it over with ``using``).
"""

from __future__ import annotations

import contextlib
import contextvars
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Meter:
    """Tokens and requests of one rewrite (or a sum of rewrites)."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    requests: int = 0
    model: str | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def add(self, prompt_tokens: int | None, completion_tokens: int | None, model: str | None) -> None:
        with self._lock:
            self.prompt_tokens += int(prompt_tokens or 0)
            self.completion_tokens += int(completion_tokens or 0)
            self.requests += 1
            if model:
                self.model = model

    def to_dict(self) -> dict[str, Any]:
        return {"prompt_tokens": self.prompt_tokens, "completion_tokens": self.completion_tokens,
                "requests": self.requests, "model": self.model}


_current: contextvars.ContextVar[Meter | None] = contextvars.ContextVar("copydesk_meter", default=None)


def current() -> Meter | None:
    return _current.get()


@contextlib.contextmanager
def using(meter: Meter | None) -> Iterator[Meter | None]:
    """Count into ``meter`` in this thread (for work handed to a thread pool)."""
    token = _current.set(meter)
    try:
        yield meter
    finally:
        _current.reset(token)


@contextlib.contextmanager
def metered() -> Iterator[Meter]:
    """A fresh meter for the work inside the block."""
    with using(Meter()) as meter:
        assert meter is not None
        yield meter


def record(prompt_tokens: int | None, completion_tokens: int | None, model: str | None) -> None:
    """Count one model answer on the meter of the rewrite at hand (if any)."""
    meter = _current.get()
    if meter is not None:
        meter.add(prompt_tokens, completion_tokens, model)

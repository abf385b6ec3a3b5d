"""Background jobs for rewrites that call a language model.

A model rewrite takes seconds to minutes, too long for one request. The web desk
queues it here and answers at once with a job id; the page and the API poll
``/api/v1/jobs/{id}`` until the job is ``done`` (with the stored rewrite's id) or
``failed`` (with the one-line error). One worker thread runs the jobs in order:
an in-process model is neither small nor thread-safe, so one at a time it is.
Engines are built once per name and kept, so a GGUF model is loaded once.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from copydesk.errors import CopydeskError

log = logging.getLogger("copydesk.server")

STAGES = ("queued", "fetching", "rewriting", "checking", "saving", "done", "failed")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class Job:
    id: str
    engine: str
    source: str
    fetches: bool = False
    status: str = "queued"
    stage: str = "queued"
    created_at: dt.datetime = field(default_factory=_now)
    started_at: dt.datetime | None = None
    finished_at: dt.datetime | None = None
    rewrite_id: int | None = None
    headline: str | None = None
    error: str | None = None
    error_type: str | None = None

    def to_dict(self, position: int | None = None) -> dict[str, Any]:
        end = self.finished_at or _now()
        begin = self.started_at or self.created_at
        return {
            "id": self.id,
            "status": self.status,
            "stage": self.stage,
            "engine": self.engine,
            "source": self.source,
            "fetches": self.fetches,
            "position": position,
            "created_at": self.created_at.isoformat(),
            "started_at": self.started_at.isoformat() if self.started_at else None,
            "finished_at": self.finished_at.isoformat() if self.finished_at else None,
            "elapsed_seconds": round((end - begin).total_seconds(), 1),
            "rewrite_id": self.rewrite_id,
            "headline": self.headline,
            "rewrite_url": f"/rewrites/{self.rewrite_id}" if self.rewrite_id is not None else None,
            "error": self.error,
            "error_type": self.error_type,
        }


class JobQueue:
    """Runs ``work(job)`` callables one at a time in a worker thread; keeps the last jobs."""

    def __init__(self, keep: int = 500):
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._order: list[str] = []
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="copydesk-job")
        self._keep = keep

    def submit(self, engine: str, source: str, work: Callable[[Job], tuple[int, str]], *,
               fetches: bool = False) -> Job:
        job = Job(id=secrets.token_hex(8), engine=engine, source=source, fetches=fetches)
        with self._lock:
            self._jobs[job.id] = job
            self._order.append(job.id)
            while len(self._jobs) > self._keep:
                old_id, old = next(iter(self._jobs.items()))
                if old.status in ("queued", "running"):
                    break
                del self._jobs[old_id]
        self._pool.submit(self._run, job, work)
        return job

    def _run(self, job: Job, work: Callable[[Job], tuple[int, str]]) -> None:
        job.status = "running"
        job.started_at = _now()
        try:
            job.rewrite_id, job.headline = work(job)
            job.status = job.stage = "done"
        except CopydeskError as exc:
            job.status = job.stage = "failed"
            job.error, job.error_type = exc.message, type(exc).__name__
        except Exception as exc:  # noqa: BLE001 - a job must end with a status, and we log it
            log.exception("job %s failed", job.id)
            job.status = job.stage = "failed"
            job.error = f"internal error ({type(exc).__name__}) - see the server log"
            job.error_type = "InternalError"
        finally:
            job.finished_at = _now()
            with self._lock:
                if job.id in self._order:
                    self._order.remove(job.id)

    def get(self, job_id: str) -> Job | None:
        return self._jobs.get(job_id)

    def position(self, job: Job) -> int | None:
        """0 while running, 1.. while waiting, None when finished."""
        with self._lock:
            if job.id not in self._order:
                return None
            return self._order.index(job.id)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

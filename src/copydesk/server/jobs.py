"""Background jobs for rewrites that call a language model, kept in the store.

A model rewrite takes seconds to minutes, too long for one request. The web desk
stores it as a job (``copydesk.store.jobs``) and answers at once with its id; the page
and the API poll ``/api/v1/jobs/{id}`` until the job is ``done`` (with the stored
rewrite's id) or ``failed`` (with the one-line error). Jobs live in the store, so they
survive a restart, and any worker runs them: ``copydesk serve`` and every
``copydesk watch`` on the same store claim queued jobs (``threads`` at a time each: the
engine's ``concurrency`` for a model server; an in-process model runs one at a time
behind its own lock). A job whose worker died is queued again, then marked ``died``.
Engines are built once per name and kept, so a GGUF model is loaded once.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from copydesk.errors import CopydeskError, StoreError

if TYPE_CHECKING:
    from copydesk.store import Store

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
    input: dict[str, Any] = field(default_factory=dict)
    on_stage: Callable[[str], None] | None = field(default=None, repr=False, compare=False)

    def set_stage(self, stage: str) -> None:
        self.stage = stage
        if self.on_stage is not None:
            self.on_stage(stage)

    @classmethod
    def from_record(cls, data: dict[str, Any]) -> Job:
        return cls(**{k: data[k] for k in (
            "id", "engine", "source", "fetches", "status", "stage", "created_at", "started_at",
            "finished_at", "rewrite_id", "headline", "error", "error_type", "input")})

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
    """Runs stored jobs with ``runner(job)`` on ``threads`` threads, claimed from the store."""

    def __init__(self, store: Store, runner: Callable[[Job], tuple[int, str]], *, threads: int = 1,
                 lease: float | None = None, poll: float = 1.0):
        from copydesk.store import leases

        self.store = store
        self.runner = runner
        self.threads = max(1, threads)
        self.lease = lease or leases.DEFAULT_LEASE
        self.poll = poll
        self.owner = leases.worker_id()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._started = False
        self._lock = threading.Lock()
        self._workers: list[threading.Thread] = []

    def start(self) -> None:
        """Start the job threads and the heartbeat (once); queued jobs then run."""
        with self._lock:
            if self._started:
                return
            self._started = True
            for n in range(self.threads):
                t = threading.Thread(target=self._loop, name=f"copydesk-job-{n}", daemon=True)
                t.start()
                self._workers.append(t)
            beat = threading.Thread(target=self._beat, name="copydesk-job-heartbeat", daemon=True)
            beat.start()
            self._workers.append(beat)

    def submit(self, engine: str, source: str, inp: dict[str, Any], *, fetches: bool = False) -> Job:
        from copydesk.store import jobs

        job = Job.from_record(jobs.create(self.store, secrets.token_hex(8), engine, source, inp,
                                          fetches=fetches))
        self.start()
        self._wake.set()
        return job

    def _beat(self) -> None:
        from copydesk.store import jobs

        while not self._stop.wait(self.lease / 3):
            try:
                jobs.renew(self.store, self.owner, self.lease)
            except StoreError as exc:
                log.warning("job heartbeat failed: %s", exc)

    def _loop(self) -> None:
        from copydesk.store import jobs

        while not self._stop.is_set():
            try:
                found = jobs.claim(self.store, self.owner, self.lease)
            except StoreError as exc:
                log.warning("cannot claim a job: %s", exc)
                found = None
            if found is None:
                self._wake.wait(self.poll)
                self._wake.clear()
                continue
            self._run(Job.from_record(found))

    def _run(self, job: Job) -> None:
        from copydesk.store import jobs

        job.on_stage = lambda stage: jobs.set_stage(self.store, job.id, stage)
        result: dict[str, Any]
        try:
            rewrite_id, headline = self.runner(job)
            result = {"status": "done", "stage": "done", "rewrite_id": rewrite_id, "headline": headline}
        except CopydeskError as exc:
            result = {"status": "failed", "stage": "failed", "error": exc.message,
                      "error_type": type(exc).__name__}
        except Exception as exc:  # noqa: BLE001 - a job must end with a status, and we log it
            log.exception("job %s failed", job.id)
            result = {"status": "failed", "stage": "failed", "error_type": "InternalError",
                      "error": f"internal error ({type(exc).__name__}) - see the server log"}
        try:
            jobs.finish(self.store, job.id, self.owner, **result)
        except StoreError as exc:
            log.error("job %s finished but could not be recorded: %s", job.id, exc)

    def get(self, job_id: str) -> Job | None:
        from copydesk.store import jobs

        found = jobs.get(self.store, job_id)
        return Job.from_record(found) if found else None

    def position(self, job: Job) -> int | None:
        """0 while running, 1.. while waiting, None when finished."""
        from copydesk.store import jobs

        return jobs.position(self.store, {"status": job.status, "created_at": job.created_at})

    def shutdown(self) -> None:
        """Stop claiming; jobs still running here go back to the queue for any worker."""
        from copydesk.store import jobs

        self._stop.set()
        self._wake.set()
        if self._started:
            try:
                jobs.give_back(self.store, self.owner)
            except StoreError as exc:
                log.warning("could not give back running jobs: %s", exc)

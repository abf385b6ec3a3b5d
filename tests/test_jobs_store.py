"""Web jobs kept in the store: they survive a restart, any worker runs them, and a job
whose worker died is queued again, then marked ``died`` (never left "running")."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

import pytest

from copydesk.server.jobs import Job, JobQueue
from copydesk.store import Store, jobs, leases


def dead_owner() -> str:
    """The owner id of a process of this machine that has exited."""
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    return f"{leases.HOST}:{proc.stdout.strip()}:dead00"


def wait_for(queue: JobQueue, job_id: str, status: str, timeout: float = 20) -> Job:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        job = queue.get(job_id)
        if job is not None and job.status == status:
            return job
        time.sleep(0.05)
    raise AssertionError(f"job {job_id} not {status}: {queue.get(job_id)}")


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    if request.param == "sqlite":
        url = str(tmp_path / "jobs.db")
    else:
        url = request.getfixturevalue("pg_url")
    with Store.open(url) as s:
        yield s


def test_a_queued_job_survives_a_restart_and_another_worker_runs_it(store):
    release = threading.Event()
    first = JobQueue(store, lambda job: (release.wait(5), (0, ""))[1], threads=1, poll=0.05)
    job = first.submit("openai", "http://127.0.0.1/story", {"text": "x"}, fetches=False)
    second_job = first.submit("openai", "queued behind", {"text": "y"})
    wait_for(first, job.id, "running")
    assert first.position(first.get(second_job.id)) == 1
    first.shutdown()  # "restart": the running job goes back to the queue
    release.set()
    assert first.get(job.id).status == "queued"

    seen = []
    second = JobQueue(store, lambda j: (seen.append((j.id, j.input)), (7, f"headline {j.id}"))[1],
                      threads=2, poll=0.05)
    second.start()
    try:
        done = wait_for(second, job.id, "done")
        wait_for(second, second_job.id, "done")
    finally:
        second.shutdown()
    assert done.rewrite_id == 7 and done.headline == f"headline {job.id}"
    assert done.to_dict()["rewrite_url"] == "/rewrites/7"
    assert sorted(seen) == sorted([(job.id, {"text": "x"}), (second_job.id, {"text": "y"})])


def test_a_job_whose_worker_died_is_rerun_then_marked_died(store):
    owner = dead_owner()
    job = jobs.create(store, "abc123", "openai", "src", {"text": "x"})
    for attempt in range(1, jobs.MAX_ATTEMPTS + 1):
        claimed = jobs.claim(store, owner, 60)  # a worker claims it, then its process is gone
        assert claimed is not None and claimed["id"] == job["id"] and claimed["attempts"] == attempt
        assert jobs.get(store, job["id"])["status"] == "running"
    assert jobs.claim(store, "other:1:x", 60) is None  # out of attempts: not run a third time
    died = jobs.get(store, job["id"])
    assert died["status"] == "died" and died["error_type"] == "WorkerDied"
    assert "start the rewrite again" in died["error"] and died["finished_at"] is not None


def test_a_lease_that_runs_out_frees_the_job_for_another_machine(store):
    jobs.create(store, "lease1", "openai", "src", {})
    assert jobs.claim(store, "elsewhere:1:x", 0.2)["id"] == "lease1"
    assert jobs.claim(store, "here:2:y", 60) is None  # still leased
    time.sleep(0.3)
    again = jobs.claim(store, "here:2:y", 60)
    assert again is not None and again["id"] == "lease1" and again["attempts"] == 2


def test_a_failing_job_is_failed_with_its_one_line_error(store):
    from copydesk.errors import EngineUnavailable

    def boom(job):
        raise EngineUnavailable("cannot reach http://127.0.0.1:9/v1 - start the server")

    queue = JobQueue(store, boom, poll=0.05)
    job = queue.submit("openai", "s", {})
    try:
        failed = wait_for(queue, job.id, "failed")
    finally:
        queue.shutdown()
    assert failed.error_type == "EngineUnavailable" and failed.error.startswith("cannot reach")

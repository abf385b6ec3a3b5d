"""Web rewrite jobs, kept in the store: they survive a restart and any worker runs them.

A job row holds its input (the validated rewrite request, as JSON), its status
(``queued`` -> ``running`` -> ``done`` / ``failed``, or ``died``), its stage and its result.
A worker claims the oldest queued job the way it claims entries (``FOR UPDATE SKIP
LOCKED`` on PostgreSQL, see ``copydesk.store.leases``), with a lease its heartbeat
renews. A running job whose worker is gone (its lease ran out, or its process on this
machine no longer exists) is queued again, at most ``MAX_ATTEMPTS`` times in all; after
that it is marked ``died`` with a one-line error, never left "running".
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import and_, func, select

from copydesk.store import Store, schema
from copydesk.store.leases import owner_gone, transaction, utcnow_naive

MAX_ATTEMPTS = 2


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    return value.replace(tzinfo=dt.UTC) if value is not None and value.tzinfo is None else value


def record(row: Any) -> dict[str, Any]:
    data = dict(row)
    data["input"] = json.loads(data["input"])
    data["fetches"] = bool(data["fetches"])
    for key in ("created_at", "started_at", "finished_at", "lease_until"):
        data[key] = _aware(data[key])
    return data


def create(store: Store, job_id: str, engine: str, source: str, inp: dict[str, Any], *,
           fetches: bool = False) -> dict[str, Any]:
    j = schema.jobs
    with transaction(store) as conn:
        conn.execute(j.insert().values(
            id=job_id, engine=engine, source=source, fetches=int(fetches), input=json.dumps(inp),
            status="queued", stage="queued", created_at=utcnow_naive(), attempts=0))
    found = get(store, job_id)
    assert found is not None
    return found


def get(store: Store, job_id: str) -> dict[str, Any] | None:
    j = schema.jobs
    with store.engine.connect() as conn:
        row = conn.execute(select(j).where(j.c.id == job_id)).mappings().first()
    return record(row) if row else None


def position(store: Store, job: dict[str, Any]) -> int | None:
    """0 while running, 1.. while waiting (1 + the queued jobs before it), None when finished."""
    if job["status"] == "running":
        return 0
    if job["status"] != "queued":
        return None
    j = schema.jobs
    with store.engine.connect() as conn:
        ahead = conn.execute(select(func.count()).select_from(j).where(
            j.c.status == "queued", j.c.created_at < job["created_at"].replace(tzinfo=None))).scalar_one()
    return ahead + 1


def claim(store: Store, owner: str, lease: float, engines: list[str] | None = None) -> dict[str, Any] | None:
    """The oldest queued job (or one whose worker died), now run by ``owner``; None if none."""
    j = schema.jobs
    with store.engine.connect() as conn:  # a cheap read first: most of the time there is nothing
        conn.execution_options(copydesk_read=True)
        if conn.execute(select(j.c.id).where(j.c.status.in_(("queued", "running"))).limit(1)).first() is None:
            return None
    now = utcnow_naive()
    with transaction(store) as conn:
        _requeue_dead(conn, now)
        query = select(j.c.id).where(j.c.status == "queued")
        if engines is not None:
            query = query.where(j.c.engine.in_(engines))
        job_id = conn.execute(query.order_by(j.c.created_at, j.c.id).limit(1)
                              .with_for_update(skip_locked=True)).scalar()
        if job_id is None:
            return None
        conn.execute(j.update().where(j.c.id == job_id).values(
            status="running", stage="queued", started_at=now, attempts=j.c.attempts + 1,
            lease_owner=owner, lease_until=now + dt.timedelta(seconds=lease)))
        row = conn.execute(select(j).where(j.c.id == job_id)).mappings().one()
    return record(row)


def _requeue_dead(conn: Any, now: dt.datetime) -> None:
    j = schema.jobs
    rows = conn.execute(select(j.c.id, j.c.lease_owner, j.c.lease_until, j.c.attempts)
                        .where(j.c.status == "running").with_for_update(skip_locked=True)).all()
    for job_id, owner, until, attempts in rows:
        if not (owner_gone(owner) or until is None or until < now):
            continue
        if attempts >= MAX_ATTEMPTS:
            conn.execute(j.update().where(j.c.id == job_id).values(
                status="died", stage="failed", finished_at=until or now, lease_owner=None, lease_until=None,
                error_type="WorkerDied",
                error=f"the worker running this job stopped {attempts} times - start the rewrite again"))
        else:
            conn.execute(j.update().where(j.c.id == job_id).values(
                status="queued", stage="queued", lease_owner=None, lease_until=None))


def set_stage(store: Store, job_id: str, stage: str) -> None:
    j = schema.jobs
    with transaction(store) as conn:
        conn.execute(j.update().where(j.c.id == job_id, j.c.status == "running").values(stage=stage))


def finish(store: Store, job_id: str, owner: str, **values: Any) -> None:
    """End a job (``status`` done or failed, with its result) if ``owner`` still runs it."""
    j = schema.jobs
    with transaction(store) as conn:
        conn.execute(j.update().where(j.c.id == job_id, j.c.lease_owner == owner).values(
            finished_at=utcnow_naive(), lease_owner=None, lease_until=None, **values))


def renew(store: Store, owner: str, lease: float) -> None:
    j = schema.jobs
    with transaction(store) as conn:
        conn.execute(j.update().where(and_(j.c.lease_owner == owner, j.c.status == "running"))
                     .values(lease_until=utcnow_naive() + dt.timedelta(seconds=lease)))


def give_back(store: Store, owner: str) -> None:
    """A worker stopping cleanly: its running jobs go back to the queue, for any worker."""
    j = schema.jobs
    with transaction(store) as conn:
        conn.execute(j.update().where(j.c.lease_owner == owner, j.c.status == "running").values(
            status="queued", stage="queued", lease_owner=None, lease_until=None,
            attempts=j.c.attempts - 1))


def counts(store: Store) -> dict[str, int]:
    j = schema.jobs
    with store.engine.connect() as conn:
        return dict(conn.execute(select(j.c.status, func.count()).group_by(j.c.status)).all())


__all__ = ["claim", "counts", "create", "finish", "get", "give_back", "position", "renew", "set_stage"]

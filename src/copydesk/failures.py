"""Failures a user can see: what went wrong with a feed or its entries, and what happens next.

One wording for the CLI (``run``, ``watch``, ``feeds list``, ``log --failed``) and the web
desk's Feeds page::

    backing off until 16:40 UTC after 3 errors: connection refused - `copydesk run --force` to try now
    12 entries waiting to retry (next at 16:50 UTC), 3 given up; last error: 404 Not Found

and the one summary line of a pass, which never says "ok" when nothing could be read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from copydesk.model import Feed, RunRecord
from copydesk.store.failures import EntryStats, FailedEntry

FORCE_HINT = "`copydesk run --force` to try now"


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def when(value: dt.datetime, now: dt.datetime) -> str:
    """16:40 UTC today, else 2026-12-02 16:40 UTC."""
    value = value.astimezone(dt.UTC)
    return f"{value:%H:%M} UTC" if value.date() == now.astimezone(dt.UTC).date() else f"{value:%Y-%m-%d %H:%M} UTC"


def one_line(text: str | None, limit: int = 300) -> str:
    """``text`` on one line; longer than ``limit`` characters ends with an ellipsis."""
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def backing_off(feed: Feed, now: dt.datetime | None = None) -> bool:
    """Whether ``feed`` is skipped by a pass now: it failed and waits out its backoff."""
    now = now or utcnow()
    return bool(feed.error_count) and feed.next_try_at is not None and feed.next_try_at > now


def feed_state(feed: Feed, now: dt.datetime | None = None, *, hint: str = FORCE_HINT) -> str | None:
    """Why ``feed`` is not being read, and when it will be tried again; None when it is fine."""
    now = now or utcnow()
    if not feed.error_count:
        return None
    errors = f"{feed.error_count} error{'s' if feed.error_count != 1 else ''}"
    reason = one_line(feed.last_error) or "unknown error"
    if backing_off(feed, now):
        assert feed.next_try_at is not None
        return f"backing off until {when(feed.next_try_at, now)} after {errors}: {reason} - {hint}"
    return f"failed ({errors}), tried again on the next pass: {reason}"


def entries_state(stats: EntryStats | None, now: dt.datetime | None = None) -> str | None:
    """How many of a feed's entries failed, and what happens to them; None when none did."""
    if stats is None or not (stats.retrying or stats.failed):
        return None
    now = now or utcnow()
    parts = []
    if stats.retrying:
        nxt = f" (next at {when(stats.next_try_at, now)})" if stats.next_try_at else ""
        parts.append(f"{stats.retrying} entr{'ies' if stats.retrying != 1 else 'y'} waiting to retry{nxt}")
    if stats.failed:
        parts.append(f"{stats.failed} given up")
    text = ", ".join(parts)
    if stats.last_error:
        text += f"; last error: {one_line(stats.last_error, 200)}"
    return text


def entry_line(entry: FailedEntry, now: dt.datetime | None = None) -> str:
    """One failed entry for ``copydesk log --failed``."""
    now = now or utcnow()
    tries = f"{entry.attempts} tr{'ies' if entry.attempts != 1 else 'y'}"
    if entry.gave_up:
        state = f"given up after {tries}"
    elif entry.next_try_at is not None and entry.next_try_at > now:
        state = f"retry after {when(entry.next_try_at, now)} ({tries} so far)"
    else:
        state = f"retried on the next pass ({tries} so far)"
    what = entry.link or one_line(entry.title, 80) or f"entry {entry.id}"
    return f"feed #{entry.feed_id}\t{what}\t{state}\t{one_line(entry.error)}"


def summary_line(record: RunRecord, waiting: Sequence[Feed] = (), now: dt.datetime | None = None) -> str:
    """The one line that sums up a pass. ``waiting`` are the feeds it skipped (backing off)."""
    now = now or utcnow()
    r = record
    work = (f"{r.entries_new} new entries, {r.articles_new} new stories, {r.duplicates} duplicates, "
            f"{r.rewrites} rewrites, {r.entries_failed} entries failed")
    nxt = min((f.next_try_at for f in waiting if f.next_try_at), default=None)
    retry = f", next try {when(nxt, now)}" if nxt else ""
    # Entries left from earlier passes may still be worked on when no feed could be read.
    extra = f"; {work}" if (r.entries_new or r.articles_new or r.duplicates or r.rewrites or r.entries_failed) else ""
    if r.feeds == 0 and waiting:
        return (f"Run #{r.id}: no feed read - all {len(waiting)} feeds are backing off after errors{retry}{extra}"
                f" - see why with `copydesk feeds list`, {FORCE_HINT}")
    if r.status == "failed":
        head = (f"Run #{r.id} failed: every feed failed ({r.feeds_failed} of {r.feeds}), nothing read{extra}"
                " - see why with `copydesk feeds list`")
    else:
        head = (f"Run #{r.id} {r.status}: {r.feeds} feeds ({r.feeds_failed} failed, "
                f"{r.feeds_not_modified} not modified), {work}")
    if waiting and r.feeds:
        head += f"; {len(waiting)} more backing off after errors{retry} ({FORCE_HINT})"
    if r.entries_failed and r.status != "failed":
        head += " - see `copydesk log --failed`"
    return head


def nothing_read(record: RunRecord) -> bool:
    """True when a pass read no feed: every one failed, or every one was backing off."""
    return record.feeds == record.feeds_failed


def skipped_feeds(feeds: Sequence[Feed], record: RunRecord, now: dt.datetime | None = None) -> list[Feed]:
    """The feeds a pass left out because they were backing off (not those it just failed)."""
    now = now or utcnow()
    return [f for f in feeds if backing_off(f, now) and (f.last_run_at is None or f.last_run_at < record.started_at)]

"""``copydesk feeds add|list|remove``, ``run``, ``watch``, ``log`` and ``export``.

Every command that touches the store takes ``--db`` (or ``COPYDESK_DB``); every command
that fetches takes ``--allow-private[=NETS]`` (or ``COPYDESK_ALLOW_PRIVATE=1`` or a network
list). ``run`` exits 1 when it could read no feed at all; a pass prints one summary line
(``-q``: nothing else), and ``feeds list`` / ``log --failed`` say why feeds and entries failed.
"""

from __future__ import annotations

import json
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import click

from copydesk.cli.common import allow_private_option, write_output
from copydesk.errors import BadOption, InputError
from copydesk.safety import clean_text

if TYPE_CHECKING:  # the store, newsroom and feedgen load only when a command runs
    from copydesk.newsroom import Outcome, PassOptions
    from copydesk.store import Store

FORMATS = ("jsonl", "md", "rss", "atom")

DB_HELP = "Database: a file path, sqlite:///PATH or postgresql+psycopg://... [env COPYDESK_DB; default: user data dir]"


def db_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--db", envvar="COPYDESK_DB", default=None, metavar="PATH|URL", help=DB_HELP)(fn)


def fetch_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        allow_private_option("Allow fetching from private, loopback and link-local addresses."),
        click.option("--engine", envvar="COPYDESK_ENGINE", default=None,
                     help="Engine for the rewrites [env COPYDESK_ENGINE; default extractive]"),
        click.option("--summary-sentences", type=click.IntRange(1, 20), default=3, show_default=True),
        click.option("--concurrency", type=click.IntRange(1, 256), default=None,
                     help="Rewrites in flight at once against a model server (openai engine) "
                          "[env COPYDESK_CONCURRENCY; default: the engine's concurrency setting, 4]"),
        click.option("--fetches", type=click.IntRange(1, 64), default=8, show_default=True,
                     help="Feeds and pages fetched at once"),
        click.option("--per-host", type=click.IntRange(1, 16), default=2, show_default=True,
                     help="At most this many fetches at once from one host"),
        click.option("--workers", type=click.IntRange(0, 64), default=None,
                     help="Processes that rewrite in parallel (0: none) [default: the spare cores "
                          "on 3+ cores, for the extractive engine and 48+ entries]"),
        click.option("--force", is_flag=True, help="Fetch every feed now, even those backing off after errors"),
        click.option("--lease", type=click.FloatRange(1, 86400), default=60.0, show_default=True,
                     envvar="COPYDESK_LEASE",
                     help="Seconds a worker's claim on a feed or entry holds without renewal: "
                          "another worker takes over the work of one that died after this long "
                          "[env COPYDESK_LEASE]"),
        click.option("-q", "--quiet", is_flag=True,
                     help="No progress bar and no warnings: one summary line per pass"),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


@contextmanager
def opened(db: str | None) -> Iterator[Store]:
    from copydesk.store import Store

    store = Store.open(db)
    try:
        yield store
    finally:
        store.close()


# --- feeds -------------------------------------------------------------------------------


@click.group("feeds")
def feeds() -> None:
    """Manage the feeds that `copydesk run` reads (RSS, Atom, JSON Feed)."""


@feeds.command("add")
@click.argument("url")
@click.option("--name", help="A name to show instead of the URL")
@db_option
def feeds_add(url: str, name: str | None, db: str | None) -> None:
    """Follow the feed at URL."""
    with opened(db) as store:
        feed = store.add_feed(url, name)
    click.echo(f"Added feed #{feed.id}: {feed.url}", err=True)
    click.echo(feed.id)


@feeds.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per feed, per line")
@db_option
def feeds_list(as_json: bool, db: str | None) -> None:
    """List the feeds, with the state of their last fetch."""
    from copydesk.failures import entries_state, feed_state, one_line, utcnow

    with opened(db) as store:
        items = store.list_feeds()
        stats = store.entry_stats()
    now = utcnow()
    if as_json:
        for feed in items:
            data = feed.to_dict()
            data["state"] = feed_state(feed, now)
            data["entries_state"] = entries_state(stats.get(feed.id), now)
            click.echo(json.dumps(data))
        return
    if not items:
        click.echo("No feeds yet - add one with: copydesk feeds add URL", err=True)
        return
    for f in items:
        state = f.last_status or "never run"
        if f.last_run_at:
            state += f" at {f.last_run_at:%Y-%m-%d %H:%M} UTC"
        line = f"#{f.id}\t{f.name or '-'}\t{f.url}\t{state}\t{f.entries_seen} entries, {f.articles_added} stories"
        trouble = feed_state(f, now)
        if trouble:
            line += f"\t{trouble}"
        elif f.last_error:
            line += f"\twarning: {one_line(f.last_error)}"
        entries = entries_state(stats.get(f.id), now)
        if entries:
            line += f"\t{entries} - see `copydesk log --failed`"
        click.echo(clean_text(line))


@feeds.command("remove")
@click.argument("feed_id", type=int, metavar="ID")
@db_option
def feeds_remove(feed_id: int, db: str | None) -> None:
    """Stop following feed ID (its stored rewrites stay)."""
    with opened(db) as store:
        if not store.remove_feed(feed_id):
            raise InputError(f"no feed #{feed_id} - see copydesk feeds list")
    click.echo(f"Removed feed #{feed_id}", err=True)


# --- run and watch -----------------------------------------------------------------------


def _pass_options(engine: str | None, allow_private: bool | list[Any], summary_sentences: int,
                  concurrency: int | None, fetches: int, per_host: int, workers: int | None, force: bool,
                  lease: float) -> PassOptions:
    from copydesk.config import load_settings
    from copydesk.newsroom import PassOptions

    settings = load_settings({"engine": engine, "concurrency": concurrency})
    return PassOptions(engine=engine, allow_private=allow_private, force=force, concurrency=fetches,
                       per_host=per_host, summary_sentences=summary_sentences, workers=workers,
                       settings=settings, lease=lease)


@contextmanager
def _progress(quiet: bool) -> Iterator[Callable[[str, int, int], None] | None]:
    """A rich progress bar on stderr when it is a terminal and not --quiet."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   console=Console(stderr=True), transient=True)
    tasks: dict[str, Any] = {}

    def tick(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = bar.add_task("Fetching feeds" if stage == "feeds" else "Rewriting entries", total=total)
        bar.update(tasks[stage], completed=done, total=total)

    with bar:
        yield tick


#: Warning lines about entries shown after a pass; the rest are counted (``log --failed`` lists them).
MAX_ENTRY_WARNINGS = 10


def _report(store: Store, outcome: Outcome, quiet: bool) -> None:
    """A pass's warnings (not with ``quiet``), then its one summary line."""
    from copydesk.failures import skipped_feeds, summary_line, utcnow

    if not quiet:
        entries = [m for m in outcome.messages if m.startswith("entry ")]
        for message in [m for m in outcome.messages if not m.startswith("entry ")] + entries[:MAX_ENTRY_WARNINGS]:
            click.echo(clean_text(f"Warning: {message}"), err=True)
        if len(entries) > MAX_ENTRY_WARNINGS:
            click.echo(f"Warning: ... and {len(entries) - MAX_ENTRY_WARNINGS} more entries failed "
                       "- see `copydesk log --failed`", err=True)
    now = utcnow()
    line = summary_line(outcome.record, skipped_feeds(store.list_feeds(), outcome.record, now), now)
    r = outcome.record
    if r.prompt_tokens or r.completion_tokens:  # what the model server reported (issue 12)
        line += f"; {r.prompt_tokens} prompt + {r.completion_tokens} completion tokens"
    click.echo(line, err=True)


def _require_feeds(store: Store) -> None:
    if not store.list_feeds():
        raise InputError("no feeds to run - add one with: copydesk feeds add URL")


@click.command("run")
@db_option
@fetch_options
def run(db, allow_private, engine, summary_sentences, concurrency, fetches, per_host, workers, force, lease,
        quiet) -> None:
    """One pass over all feeds: fetch, parse, dedupe, rewrite and store new entries.

    A broken feed is reported and retried on a later pass (with backoff); it never
    stops the pass. A second run over unchanged feeds does no new work. Exit code 1
    when no feed could be read (all failed, or all are backing off after errors).
    """
    from copydesk.failures import nothing_read
    from copydesk.newsroom import run_pass

    opts = _pass_options(engine, allow_private, summary_sentences, concurrency, fetches, per_host, workers,
                         force, lease)
    with opened(db) as store:
        _require_feeds(store)
        with _progress(quiet) as tick:
            outcome = run_pass(store, opts, progress=tick)
        _report(store, outcome, quiet)
    if nothing_read(outcome.record):
        sys.exit(1)


@click.command("watch")
@click.option("--every", default="15m", show_default=True, help="Time between passes: 30s, 15m, 1h")
@click.option("--jitter", type=click.FloatRange(0, 0.5), default=0.1, show_default=True,
              help="Move each wait at random by up to this fraction of --every")
@db_option
@fetch_options
def watch_cmd(every, jitter, db, allow_private, engine, summary_sentences, concurrency, fetches, per_host,
              workers, force, lease, quiet) -> None:
    """Run passes over the feeds on a schedule until Ctrl-C or SIGTERM.

    A signal lets the entry at hand finish, then exits cleanly; a `kill -9` loses
    nothing either: the next start picks up unfinished entries.
    """
    from copydesk.newsroom import parse_duration, watch

    seconds = parse_duration(every)
    opts = _pass_options(engine, allow_private, summary_sentences, concurrency, fetches, per_host, workers,
                         force, lease)
    stop = threading.Event()

    def on_signal(signum: int, _frame: Any) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        click.echo(f"Stopping after the current entry ({signal.Signals(signum).name}); again to quit now.",
                   err=True)

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        with opened(db) as store:
            _require_feeds(store)
            if not quiet:
                click.echo(f"Watching {len(store.list_feeds())} feeds every {every} (Ctrl-C to stop).", err=True)

            def after(outcome: Outcome) -> None:
                _report(store, outcome, quiet)

            from copydesk.server.service import Desk

            desk = Desk(store, settings=opts.settings, allow_private=allow_private)
            desk.jobs.start()  # this worker also runs the web desk's queued jobs (copydesk.server.jobs)
            try:
                with _progress(quiet) as tick:
                    passes = watch(store, seconds, opts, jitter=jitter, stop=stop, on_pass=after, progress=tick)
            finally:
                desk.close()
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
    if not quiet:
        click.echo(f"Stopped after {passes} pass{'es' if passes != 1 else ''}.", err=True)


# --- log and export ----------------------------------------------------------------------


def _since(value: str | None):
    from copydesk.newsroom import parse_since

    return parse_since(value) if value else None


@click.command("log")
@click.option("--since", help="Only rewrites from this time on: YYYY-MM-DD, an ISO time, or an age like 2h, 3d")
@click.option("-n", "--limit", type=click.IntRange(1), default=None, help="At most this many (the newest)")
@click.option("--query", help="Only rewrites that contain these words")
@click.option("--failed", is_flag=True,
              help="Instead: the feed entries that failed, why, and when they are tried again")
@click.option("--runs", "runs", is_flag=True,
              help="Instead: the runs, newest first: status, counts, tokens the model server reported, worker")
@db_option
def log(since, limit, query, failed, runs, db) -> None:
    """Print the stored rewrites in the seed's timestamped text format, oldest first.

    With --failed: one line per entry whose last try failed (feed, link, retry or given
    up, error), newest first. With --runs: one line per run (pass over the feeds).
    """
    from copydesk.render import render

    if (failed or runs) and (since or query):
        raise BadOption(f"--{'failed' if failed else 'runs'} lists {'failed entries' if failed else 'runs'}; "
                        "--since and --query apply to rewrites - drop them")
    if failed and runs:
        raise BadOption("--failed and --runs list different things - give one of them")
    if runs:
        _log_runs(db, limit or 20)
        return
    if failed:
        _log_failed(db, limit)
        return
    when = _since(since)
    with opened(db) as store:
        if limit is None:
            items = store.list_rewrites(limit=None, query=query, since=when, oldest_first=True)
        else:
            items = list(reversed(store.list_rewrites(limit=limit, query=query, since=when)))
    if not items:
        click.echo("No rewrites stored yet - run: copydesk run" if not (since or query)
                   else "No rewrites match.", err=True)
        return
    write_output("\n\n".join(render(i.rewrite, "text") for i in items), None)


def _log_runs(db: str | None, limit: int) -> None:
    from copydesk.store import leases

    with opened(db) as store:
        leases.mark_dead_runs(store)
        items = store.runs(limit=limit)
    if not items:
        click.echo("No runs yet - run: copydesk run", err=True)
        return
    for r in items:
        finished = f"{r.finished_at:%Y-%m-%d %H:%M:%S}" if r.finished_at else "-"
        click.echo(f"#{r.id}\t{r.status}\t{r.started_at:%Y-%m-%d %H:%M:%S}\t{finished}\t"
                   f"{r.feeds} feeds, {r.articles_new} new stories, {r.rewrites} rewrites, "
                   f"{r.entries_failed} failed\t{r.prompt_tokens} prompt + {r.completion_tokens} "
                   f"completion tokens\t{r.worker or '-'}")
    click.echo(f"Total over {len(items)} runs: {sum(r.rewrites for r in items)} rewrites, "
               f"{sum(r.prompt_tokens for r in items)} prompt + {sum(r.completion_tokens for r in items)} "
               "completion tokens", err=True)


def _log_failed(db: str | None, limit: int | None) -> None:
    from copydesk.failures import entry_line, utcnow

    with opened(db) as store:
        items = store.failed_entries(limit)
    if not items:
        click.echo("No failed entries.", err=True)
        return
    now = utcnow()
    click.echo(clean_text("\n".join(entry_line(e, now) for e in items)))


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option("-o", "--output", default=None, help="Write to this file (atomically) instead of stdout")
@click.option("--since", help="Only rewrites from this time on: YYYY-MM-DD, an ISO time, or an age like 2h, 3d")
@click.option("-n", "--limit", type=click.IntRange(1), default=None, help="At most this many (the newest)")
@click.option("--query", help="Only rewrites that contain these words")
@click.option("--title", default="copydesk", show_default=True, help="Feed title (rss, atom)")
@click.option("--link", default="https://copydesk.invalid/", show_default=True, help="Feed link (rss, atom)")
@db_option
def export_cmd(fmt, output, since, limit, query, title, link, db) -> None:
    """Export the stored rewrites as JSON Lines, Markdown, RSS 2.0 or Atom (newest first)."""
    if not link.startswith(("http://", "https://")):
        raise BadOption(f"--link {link!r} is not an http(s) URL - give the address the feed will live at")
    from copydesk.render.feeds import export

    when = _since(since)
    with opened(db) as store:
        items = store.list_rewrites(limit=limit, query=query, since=when)
    options = {"title": title, "link": link} if fmt in ("rss", "atom") else {}
    write_output(export(items, fmt, **options), output)
    if output and output != "-":
        click.echo(f"Wrote {len(items)} rewrites to {output}", err=True)


COMMANDS = [feeds, run, watch_cmd, log, export_cmd]

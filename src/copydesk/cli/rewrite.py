"""``copydesk rewrite [SOURCE]``: one article in, a summary and a rewritten article out.

SOURCE is a file, ``-`` for stdin (also read when SOURCE is left out and stdin is not a
terminal), or an http(s) URL (fetched by ``copydesk.ingest.web``). Output goes to
stdout, or atomically to ``-o FILE``: on any error nothing is written. What the desk
assumed (the run date for a missing date, a place guessed from the text) is said in one
line on stderr. ``--save`` also stores the rewrite (``--db``), so that ``copydesk log``,
the web desk and exports show it.
"""

from __future__ import annotations

import click

from copydesk.cli.common import allow_private_option, load_article, write_output
from copydesk.errors import BadOption
from copydesk.model import Rewrite


def assumptions(result: Rewrite) -> str | None:
    """One line on what the dateline rests on that the source did not say, or None."""
    from copydesk.places import format_date

    parts = []
    line = result.dateline
    if line.date_assumed and not line.text.endswith(format_date(line.date)):
        parts += [note for note in result.check.notes if note.startswith("date left out: ")][:1] or [
            "date left out: no publication date found (set it with --published YYYY-MM-DD)"]
    elif line.date_assumed:
        parts.append(f"date assumed: no publication date found, used the run date {line.date.isoformat()} "
                     "(set it with --published YYYY-MM-DD)")
    parts += [note for note in result.check.notes if note.startswith(("voice: ", "sponsored: ", "opinion: ", "blog: "))]
    # (not news: the writer's "I", an advertiser's copy, a column the page files as opinion, or a blog's post)
    if line.place_from == "text" and line.place:
        parts.append(f"place guessed from the text: {line.place} (set it with --place \"City, Country\")")
    return "Note: " + "; ".join(parts) if parts else None


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("source", required=False)
@click.option("--format", "fmt", default="text", show_default=True, envvar="COPYDESK_FORMAT",
              type=click.Choice(["text", "markdown", "json", "html"]), help="Output format.")
@click.option("-o", "--output", default=None, metavar="FILE",
              help="Write to FILE (atomically) instead of stdout.")
@click.option("--engine", envvar="COPYDESK_ENGINE", default=None,
              help="Engine plugin: extractive (default), openai, llama-cpp. [env: COPYDESK_ENGINE]")
@click.option("--summary-sentences", type=click.IntRange(min=1), default=3, show_default=True,
              envvar="COPYDESK_SUMMARY_SENTENCES", help="Sentences in the summary.")
@click.option("--title", help="The article's title (becomes the headline).")
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date for the dateline ('today': the run date).")
@click.option("--place", metavar='"City, Country"', help="Place for the dateline.")
@click.option("--url", help="Source URL, printed after Read More.")
@allow_private_option("Let a URL SOURCE reach private/local addresses.")
@click.option("--model", envvar="COPYDESK_MODEL", default=None,
              help="Model: a name for openai, a PATH.gguf or gemma3-270m for llama-cpp. "
                   "[env: COPYDESK_MODEL]")
@click.option("--base-url", envvar="COPYDESK_BASE_URL", default=None,
              help="OpenAI-compatible server, e.g. http://localhost:11434/v1. [env: COPYDESK_BASE_URL]")
@click.option("--strict", is_flag=True, envvar="COPYDESK_STRICT",
              help="Exit 1 when a sentence fails the check (after one revision by a model) "
                   "instead of replacing or cutting it.")
@click.option("--threads", type=click.IntRange(min=1), envvar="COPYDESK_THREADS", default=None,
              help="CPU threads for llama-cpp. [env: COPYDESK_THREADS]")
@click.option("--ctx", type=click.IntRange(min=256), envvar="COPYDESK_N_CTX", default=None,
              help="Model context size in tokens; longer articles are drafted in parts "
                   "(map-reduce). [env: COPYDESK_N_CTX]")
@click.option("--save", is_flag=True,
              help="Also store the rewrite (see --db), for copydesk log, export and the web desk.")
@click.option("--db", envvar="COPYDESK_DB", default=None, metavar="PATH|URL",
              help="Database for --save: a file path, sqlite:///PATH or postgresql+psycopg://... "
                   "[env COPYDESK_DB; default: user data dir]")
@click.pass_context
def rewrite(click_ctx, source, fmt, output, engine, summary_sentences, title, published, place, url,
            allow_private, model, base_url, strict, threads, ctx, save, db):
    """Rewrite one article from SOURCE: a file (text or a saved web page), - for stdin, or an http(s) URL.

    Prints a summary and a rewritten news article (headline, dateline, body) whose
    every sentence was checked against the source.

    \b
    Examples:
      copydesk rewrite examples/article.txt
      pbpaste | copydesk rewrite --format json
      copydesk rewrite story.txt --published 2025-07-06 --place "Islamabad, Pakistan" -o out.md
      copydesk rewrite https://example.org/story.html --save
    """
    from copydesk.config import load_settings
    from copydesk.desk import rewrite as do_rewrite
    from copydesk.render import render
    from copydesk.safety import safe_link

    if db and not save and click_ctx.get_parameter_source("db") == click.core.ParameterSource.COMMANDLINE:
        raise BadOption("--db only says where --save stores the rewrite - add --save, or drop --db")
    if url is not None and safe_link(url) is None:
        raise BadOption(f"--url {url!r} is not an http(s) URL - give the article's web address, "
                        "e.g. https://news.example/story")
    settings = load_settings({"engine": engine, "model": model, "base_url": base_url,
                              "threads": threads, "n_ctx": ctx})
    store = None
    if save:
        from copydesk.store import Store

        store = Store.open(db)  # a bad --db fails before the work, not after it
    try:
        article = load_article(source, allow_private=allow_private)
        result = do_rewrite(article, engine=engine, summary_sentences=summary_sentences, title=title,
                            published=published, place=place, url=url, strict=strict,
                            settings=settings)
        content = render(result, fmt)
        note = assumptions(result)
        if note:
            click.echo(note, err=True)
        saved = store.save_rewrite(result) if store is not None else None
    finally:
        if store is not None:
            store.close()
    write_output(content, output)
    if saved is not None:
        click.echo(f"Saved as rewrite #{saved} (see: copydesk log -n 1)", err=True)


COMMANDS = [rewrite]
__all__ = ["COMMANDS", "assumptions", "load_article", "rewrite"]

"""``copydesk rewrite [SOURCE]``: one article in, a summary and a rewritten article out.

SOURCE is a file, ``-`` for stdin (also read when SOURCE is left out and stdin is not a
terminal), or an http(s) URL (fetched by ``copydesk.ingest.web``). Output goes to
stdout, or atomically to ``-o FILE``: on any error nothing is written.
"""

from __future__ import annotations

import click

from copydesk.cli.common import read_bytes, write_output
from copydesk.errors import EmptyInput
from copydesk.ingest.text import decode_bytes
from copydesk.model import Article


def load_article(source: str | None, *, allow_private: bool = False) -> Article:
    if source and source.lower().startswith(("http://", "https://")):
        from copydesk.ingest.web import fetch_article

        return fetch_article(source, allow_private=allow_private)
    data = read_bytes(source)
    name = "stdin" if source in (None, "-") else source
    if not data.strip():
        raise EmptyInput(f"{name} is empty - give the text of a news article")
    text = decode_bytes(data, name=name)
    if not text.strip():
        raise EmptyInput(f"{name} holds only whitespace - give the text of a news article")
    return Article(text=text)


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
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date for the dateline.")
@click.option("--place", metavar='"City, Country"', help="Place for the dateline.")
@click.option("--url", help="Source URL, printed after Read More.")
@click.option("--allow-private", is_flag=True, envvar="COPYDESK_ALLOW_PRIVATE",
              help="Let a URL SOURCE reach private/local addresses. [env: COPYDESK_ALLOW_PRIVATE]")
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
def rewrite(source, fmt, output, engine, summary_sentences, title, published, place, url,
            allow_private, model, base_url, strict, threads, ctx):
    """Rewrite one article from SOURCE: a file, - for stdin, or an http(s) URL.

    Prints a summary and a rewritten news article (headline, dateline, body) whose
    every sentence was checked against the source.

    \b
    Examples:
      copydesk rewrite examples/article.txt
      pbpaste | copydesk rewrite --format json
      copydesk rewrite story.txt --published 2025-07-06 --place "Islamabad, Pakistan" -o out.md
    """
    from copydesk.config import load_settings
    from copydesk.desk import rewrite as do_rewrite
    from copydesk.render import render

    settings = load_settings({"engine": engine, "model": model, "base_url": base_url,
                              "threads": threads, "n_ctx": ctx})
    article = load_article(source, allow_private=allow_private)
    result = do_rewrite(article, engine=engine, summary_sentences=summary_sentences, title=title,
                        published=published, place=place, url=url, strict=strict,
                        settings=settings)
    write_output(render(result, fmt), output)


COMMANDS = [rewrite]
__all__ = ["COMMANDS", "load_article", "rewrite"]

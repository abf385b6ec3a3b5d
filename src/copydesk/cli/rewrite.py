"""FIRST CUT: ``copydesk rewrite``."""

from __future__ import annotations

import sys

import click

from copydesk.cli.common import write_output
from copydesk.desk import rewrite as do_rewrite
from copydesk.render import render


@click.command()
@click.argument("source", required=False)
@click.option("--format", "fmt", default="text", type=click.Choice(["text", "markdown", "json", "html"]))
@click.option("-o", "--output", default=None)
@click.option("--engine", envvar="COPYDESK_ENGINE", default=None)
@click.option("--summary-sentences", type=int, default=3)
@click.option("--title")
@click.option("--published")
@click.option("--place")
@click.option("--url")
def rewrite(source, fmt, output, engine, summary_sentences, title, published, place, url):
    """Rewrite one article from SOURCE (a file, or - for stdin)."""
    text = sys.stdin.read() if source in (None, "-") else open(source, encoding="utf-8").read()
    result = do_rewrite(text, engine=engine, summary_sentences=summary_sentences, title=title,
                        published=published, place=place, url=url)
    write_output(render(result, fmt), output)


COMMANDS = [rewrite]

"""``copydesk check SOURCE REWRITE``: is every sentence of a rewrite backed by its source?

SOURCE is read as ``copydesk rewrite`` reads it: a file, ``-`` for stdin, or an http(s)
URL (the article extracted from the page). REWRITE may be plain text, Markdown or
copydesk's own text format. Exit codes: 0 when every sentence is supported, 1 when
problems are found, 2 for bad input.
"""

from __future__ import annotations

import json
import sys

import click

from copydesk import verify
from copydesk.cli.common import allow_private_option, is_url, load_article, read_bytes
from copydesk.errors import BinaryInput, EmptyInput, InputError
from copydesk.model import CheckReport

MARK = {"supported": "ok", "unsupported": "FAIL"}


def read_text(name: str, label: str) -> str:
    """The text of file ``name`` ("-" for stdin), or an InputError naming the fix."""
    data = read_bytes(name, label=label)
    where = "stdin" if name == "-" else name
    if b"\x00" in data:
        raise BinaryInput(f"{label} {where} is a binary file, not text - give a UTF-8 text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BinaryInput(f"{label} {where} is not UTF-8 text - convert it to UTF-8 first") from None
    if not text.strip():
        raise EmptyInput(f"{label} {where} is empty - give a file with text in it")
    return text


def format_text(report: CheckReport, sources: list[str]) -> str:
    """A report a person can read: one line per sentence, its problems and its support."""
    counts = report.counts()
    bad = counts.get("unsupported", 0)
    lines = [
        f"{'OK' if report.ok else 'PROBLEMS'}: {counts['sentences']} sentences checked, "
        f"{counts.get('supported', 0)} supported, {bad} unsupported",
        "",
    ]
    for n, c in enumerate(report.sentences, 1):
        lines.append(f"{n:>3}. [{MARK.get(c.status, c.status)}] ({c.part}) {c.text}")
        for p in c.problems:
            lines.append(f"       {p.kind}: {p.detail}")
        if c.support:
            if c.problems:
                best = sources[c.support[0]]
                lines.append(f"       best support, source sentence {c.support[0] + 1}: {best}")
            else:
                lines.append(f"       source sentence{'s' if len(c.support) > 1 else ''} "
                             f"{', '.join(str(i + 1) for i in c.support)}")
    if report.notes:
        lines.append("")
        lines += [f"note: {n}" for n in report.notes]
    return "\n".join(lines)


@click.command()
@click.argument("source")
@click.argument("rewrite")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              envvar="COPYDESK_CHECK_FORMAT", help="Report as text for people or JSON for programs.")
@click.option("--language", default="en", show_default=True, help="Language of both texts, for splitting sentences.")
@allow_private_option("Let a URL SOURCE reach private/local addresses.")
def check(source: str, rewrite: str, fmt: str, language: str, allow_private: bool | list) -> None:
    """Check REWRITE against SOURCE: quotes, numbers, dates, names and speakers.

    SOURCE is the original article: a text file, - for stdin, or an http(s) URL (as
    `copydesk rewrite` reads it). REWRITE is plain text, Markdown or copydesk's own text
    output, in a file or - for stdin. Exit code 0 when every
    sentence is supported, 1 when problems are found, 2 for bad input.

    \b
    Example:
      copydesk check article.txt rewrite.txt --format json
    """
    if source == "-" and rewrite == "-":
        raise InputError("SOURCE and REWRITE cannot both be stdin - give at least one as a file")
    source_text = load_article(source, allow_private=allow_private).text if is_url(source) \
        else read_text(source, "SOURCE")
    rewrite_text = read_text(rewrite, "REWRITE")
    report = verify.check_texts(source_text, rewrite_text, language=language)
    if not report.sentences:
        raise EmptyInput(f"REWRITE {rewrite} has no sentences to check - give the rewritten article's text")
    if fmt == "json":  # source sentences numbered from 1, as in the text report and on the web desk
        data = report.to_dict()
        for sentence in data["sentences"]:
            sentence["support"] = [i + 1 for i in sentence["support"]]
        data["source_sentences"] = [{"n": n, "text": text} for n, text in enumerate(
            verify.source_sentences(source_text, language=language), 1)]
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        click.echo(format_text(report, verify.source_sentences(source_text, language=language)))
    if not report.ok:
        sys.exit(1)


COMMANDS = [check]

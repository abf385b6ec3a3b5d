"""The ``copydesk`` command: a click group whose commands live one module each.

Content goes to stdout, diagnostics to stderr. A ``CopydeskError`` becomes one line,
``Error: <problem> - <fix>``, and its exit code (2 for bad input); never a traceback.
Any other exception is a bug in copydesk, not the user's fault: one line asking for a
report and exit code 3 (``INTERNAL_ERROR``); ``COPYDESK_DEBUG=1`` prints the traceback too.
"""

from __future__ import annotations

import os
import sys
import traceback

import click

from copydesk import __version__
from copydesk.errors import CopydeskError
from copydesk.safety import clean_text

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

#: The exit code of a bug inside copydesk (an exception it did not raise on purpose).
INTERNAL_ERROR = 3


def report_internal_error(exc: BaseException) -> None:
    """One line on stderr for an unexpected exception (the traceback too under COPYDESK_DEBUG)."""
    debug = os.environ.get("COPYDESK_DEBUG", "").strip().lower() not in ("", "0", "false", "no")
    if debug:
        traceback.print_exception(exc, file=sys.stderr)
    detail = " ".join(f"{type(exc).__name__}: {exc}".split()).rstrip(":")
    how = "the traceback is above" if debug else "rerun with COPYDESK_DEBUG=1 for the traceback"
    click.echo(f"Internal error: {detail} - this is a bug in copydesk, not in your input; "
               f"please report it with the command you ran ({how})", err=True)


class Group(click.Group):
    """A group that turns copydesk's own errors into one line and an exit code."""

    def resolve_command(self, ctx: click.Context, args: list[str]):  # type: ignore[override]
        from copydesk.cli.common import bare_flags

        name, command, rest = super().resolve_command(ctx, args)
        return name, command, bare_flags(rest)

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except CopydeskError as exc:
            click.echo(clean_text(f"Error: {exc}"), err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            sys.exit(130)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise  # usage errors and exits: click prints them (exit 2) or exits
        except BrokenPipeError:
            raise  # the reader went away (``| head``): click exits 1 quietly; not a bug
        except Exception as exc:  # noqa: BLE001 - the last resort: a bug, reported as one
            report_internal_error(exc)
            sys.exit(INTERNAL_ERROR)


@click.group(cls=Group, context_settings=CONTEXT)
@click.version_option(__version__, "--version", prog_name="copydesk")
def main() -> None:
    """copydesk: summaries and rewritten news articles that never say what the source does not.

    Start with: copydesk rewrite examples/article.txt
    """


def _register() -> None:
    from importlib import import_module

    for name in ("rewrite", "check", "engines", "feeds", "eval", "serve"):
        try:
            module = import_module(f"copydesk.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"copydesk.cli.{name}":
                raise
            continue
        for command in getattr(module, "COMMANDS", []):
            main.add_command(command)


_register()

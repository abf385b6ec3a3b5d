"""The ``copydesk`` command: a click group whose commands live one module each.

Content goes to stdout, diagnostics to stderr. A ``CopydeskError`` becomes one line,
``Error: <problem> - <fix>``, and its exit code (2 for bad input); never a traceback.
"""

from __future__ import annotations

import sys

import click

from copydesk import __version__
from copydesk.errors import CopydeskError
from copydesk.safety import clean_text

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


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

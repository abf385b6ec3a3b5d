"""Pieces shared by the commands: reading a source, writing output atomically."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import click

from copydesk.errors import InputError


def write_output(content: str, path: str | None) -> None:
    """Write ``content`` to ``path`` atomically (temp file, then rename), or to stdout.

    Nothing half-written is ever left behind: on any error the temp file is removed.
    """
    if not content.endswith("\n"):
        content += "\n"
    if path is None or path == "-":
        click.echo(content, nl=False)
        return
    target = Path(path)
    if target.is_dir():
        raise InputError(f"-o {path} is a directory - give a file path")
    parent = target.parent if str(target.parent) else Path(".")
    if not parent.exists():
        raise InputError(f"-o {path}: folder {parent} does not exist - create it first")
    fd, tmp = tempfile.mkstemp(dir=parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(content)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def stdin_is_tty() -> bool:
    return sys.stdin is None or sys.stdin.isatty()

"""Pieces shared by the commands: reading a source, writing output atomically."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path

import click

from copydesk.errors import CopydeskError, InputError

#: Bigger input than this is refused rather than processed slowly.
MAX_BYTES = 50_000_000


def write_output(content: str, path: str | None) -> None:
    """Write ``content`` to ``path`` atomically (temp file, then rename), or to stdout.

    Nothing half-written is ever left behind: on any error the temp file is removed.
    The file gets the mode a plain ``open(path, "w")`` would give it: an existing file
    keeps its mode, a new one gets 0666 less the umask (0644 under umask 022).
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
    mode = file_mode(target)
    try:
        fd, tmp = tempfile.mkstemp(dir=parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise CopydeskError(f"cannot write -o {path} ({exc.strerror}) - check the folder's "
                            "permissions or choose another path") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            os.fchmod(fh.fileno(), mode)  # mkstemp makes 0600 whatever the umask
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise CopydeskError(f"cannot write -o {path} ({exc.strerror}) - free disk space, check "
                            "the permissions or choose another path") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def file_mode(target: Path) -> int:
    """The permission bits ``target`` should get: its own when it exists, else 0666 - umask."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        pass
    umask = os.umask(0o022)  # the only way to read it is to set it; put it straight back
    os.umask(umask)
    return 0o666 & ~umask


def stdin_is_tty() -> bool:
    return sys.stdin is None or sys.stdin.isatty()


def read_bytes(source: str | None, *, label: str = "") -> bytes:
    """The raw bytes of ``source`` (a path, or stdin for ``-`` / None), or an InputError.

    ``label`` ("SOURCE", "REWRITE") prefixes the messages of commands that read two files.
    """
    prefix = f"{label} " if label else ""
    if source in (None, "-"):
        if source is None and stdin_is_tty():
            raise InputError("no article given - pass a file, '-' for stdin, or pipe text in")
        data = sys.stdin.buffer.read(MAX_BYTES + 1) if sys.stdin is not None else b""
        name = "stdin"
    else:
        path = Path(source)
        if not path.exists():
            raise InputError(f"{prefix}file not found: {source} - give the path of a text file")
        if path.is_dir():
            raise InputError(f"{prefix}{source} is a folder - give the path of a text file")
        try:
            with path.open("rb") as fh:
                data = fh.read(MAX_BYTES + 1)
        except OSError as exc:
            raise InputError(f"cannot read {prefix}{source} ({exc.strerror}) - check its permissions") from None
        name = source
    if len(data) > MAX_BYTES:
        raise InputError(f"{prefix}{name} is over {MAX_BYTES // 1_000_000} MB - split it into articles")
    return data

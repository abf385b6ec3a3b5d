"""Pieces shared by the commands: reading a source, writing output atomically, and the
``--allow-private`` option."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from copydesk.errors import CopydeskError, InputError

if TYPE_CHECKING:
    from copydesk.model import Article

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


def is_url(source: str | None) -> bool:
    return bool(source) and source.lower().startswith(("http://", "https://"))


def load_article(source: str | None, *, allow_private: bool | list[Any] = False) -> Article:
    """The article in ``source``: a file, ``-``/None for stdin, or an http(s) URL (fetched
    and extracted by ``copydesk.ingest.web``). ``rewrite`` and ``check`` both read it so."""
    from copydesk.desk import article_from_text
    from copydesk.errors import EmptyInput
    from copydesk.ingest.text import decode_bytes

    if source and is_url(source):
        from copydesk.ingest.web import fetch_article

        return fetch_article(source, allow_private=allow_private)
    data = read_bytes(source)
    name = "stdin" if source in (None, "-") else source
    if not data.strip():
        raise EmptyInput(f"{name} is empty - give the text of a news article")
    text = decode_bytes(data, name=name)
    if not text.strip():
        raise EmptyInput(f"{name} holds only whitespace - give the text of a news article")
    return article_from_text(text, name=name)


# --- --allow-private[=NETS] ---------------------------------------------------------------

ALLOW_PRIVATE = "--allow-private"
ALLOW_PRIVATE_ALL = "all"


def _allow_private(_ctx: click.Context, _param: click.Parameter, value: Any) -> bool | list[Any]:
    from copydesk.config import allow_private_policy

    return allow_private_policy(value, "--allow-private / COPYDESK_ALLOW_PRIVATE")


def allow_private_option(help_text: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--allow-private`` alone (or ``COPYDESK_ALLOW_PRIVATE=1``) lets fetches reach every
    private address; ``--allow-private=10.0.0.0/8,192.168.1.0/24`` (or the same list in the
    variable) only those networks. The command gets False, True or a list of networks."""
    return click.option(
        ALLOW_PRIVATE, "allow_private", is_flag=False, flag_value=ALLOW_PRIVATE_ALL, default=None,
        envvar="COPYDESK_ALLOW_PRIVATE", metavar="[=NETS]", callback=_allow_private,
        help=f"{help_text} Alone: every private address; =NETS: only these networks, like "
             "10.0.0.0/8,192.168.1.0/24. [env COPYDESK_ALLOW_PRIVATE: 1, or a network list]",
    )


def _is_network_list(word: str) -> bool:
    """Whether ``word`` is a list of networks, like ``10.0.0.0/8,::1`` (written with dots or
    colons: a file named ``10`` is a file, not the address 0.0.0.10)."""
    from copydesk.errors import FetchError
    from copydesk.ingest.fetch import parse_allow_private

    items = [w for w in word.split(",") if w]
    if not items or not all("." in w or ":" in w for w in items):
        return False
    try:
        return isinstance(parse_allow_private(items), list)
    except FetchError:
        return False


def bare_flags(args: list[str]) -> list[str]:
    """``--allow-private`` alone becomes ``--allow-private=all``, so that the word after it
    (a URL to rewrite, say) is never taken as its value; ``--allow-private=NETS`` stays, and
    so does ``--allow-private NETS`` when the next word is a network list."""
    out: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            return out + args[i:]
        if arg == ALLOW_PRIVATE:
            nets = args[i + 1] if i + 1 < len(args) and _is_network_list(args[i + 1]) else None
            out.append(f"{ALLOW_PRIVATE}={nets or ALLOW_PRIVATE_ALL}")
            i += 2 if nets else 1
            continue
        out.append(arg)
        i += 1
    return out

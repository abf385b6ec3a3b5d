"""How the CLI fails and what it leaves on disk: a bug in copydesk is an internal error
(exit 3, one line asking for a report), never "bad input"; ``-o`` files are written
atomically with the mode the umask gives (0644 under umask 022)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from copydesk.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "article.txt"


# --- a bug inside copydesk -----------------------------------------------------------


@pytest.fixture
def broken_plugin(tmp_path):
    """A real engine plugin, installed through an entry point on PYTHONPATH, whose draft
    fails with an exception copydesk does not expect (a bug, as a plugin may have one)."""
    site = tmp_path / "site"
    dist = site / "boom_engine-1.0.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: boom-engine\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[copydesk.engines]\nboom = boom_engine:BoomEngine\n")
    (site / "boom_engine.py").write_text(textwrap.dedent('''
        from copydesk.engines import Engine

        class BoomEngine(Engine):
            name = "boom"

            def draft(self, doc, *, summary_sentences=3):
                return {}["no such key"]
    '''))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")])}
    return env


def run_cli(args, env, **kw):
    return subprocess.run([sys.executable, "-m", "copydesk", *args], capture_output=True, text=True,
                          timeout=120, env=env, **kw)


def test_a_bug_is_an_internal_error_not_bad_input(broken_plugin, tmp_path):
    out = tmp_path / "out.txt"
    proc = run_cli(["rewrite", str(EXAMPLE), "--published", "2025-03-18", "--engine", "boom", "-o", str(out)],
                   broken_plugin)
    assert proc.returncode == 3
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    line = lines[0]
    assert line.startswith("Internal error: KeyError: 'no such key' - this is a bug in copydesk")
    assert "please report it" in line and "COPYDESK_DEBUG=1" in line
    assert "Traceback" not in proc.stderr and not line.startswith("Error:")
    assert not out.exists()


def test_copydesk_debug_shows_the_traceback(broken_plugin):
    proc = run_cli(["rewrite", str(EXAMPLE), "--engine", "boom"], {**broken_plugin, "COPYDESK_DEBUG": "1"})
    assert proc.returncode == 3
    assert proc.stderr.startswith("Traceback (most recent call last):")
    assert "boom_engine.py" in proc.stderr and 'KeyError: \'no such key\'' in proc.stderr
    assert proc.stderr.splitlines()[-1].startswith("Internal error: KeyError")
    assert "the traceback is above" in proc.stderr.splitlines()[-1]


def test_a_bug_in_any_command_is_an_internal_error(monkeypatch, tmp_path):
    """In-process, through click: a library function that fails unexpectedly (patched here)."""
    import copydesk.check

    def broken(*args, **kwargs):
        raise TypeError("unsupported operand type(s) for +: 'int' and 'str'\nsecond line")

    monkeypatch.setattr(copydesk.check, "check_texts", broken)
    rewrite = tmp_path / "rewrite.txt"
    rewrite.write_text("Harbour authorities in Halifax reopened the port.\n")
    result = CliRunner().invoke(main, ["check", str(EXAMPLE), str(rewrite)])
    assert result.exit_code == 3, result.output
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1, "one line, the exception's newlines folded"
    assert result.stderr.startswith("Internal error: TypeError: unsupported operand type(s) for +: "
                                    "'int' and 'str' second line - this is a bug in copydesk")


def test_bad_input_is_still_bad_input(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = CliRunner().invoke(main, ["rewrite", str(empty)])
    assert result.exit_code == 2 and result.stderr.startswith("Error: ")
    usage = CliRunner().invoke(main, ["rewrite", "--format", "pdf", str(EXAMPLE)])
    assert usage.exit_code == 2 and "Internal error" not in usage.output


def test_a_closed_pipe_is_not_an_internal_error():
    """``copydesk rewrite ... | head -c 0``: the reader leaves; no traceback, no bug report."""
    proc = subprocess.Popen([sys.executable, "-m", "copydesk", "rewrite", str(EXAMPLE), "--format", "json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert "Traceback" not in stderr and "Internal error" not in stderr and "Exception ignored" not in stderr
    assert proc.returncode == 1


# --- -o files ------------------------------------------------------------------------


@pytest.fixture
def umask():
    """Set the process umask for one test, and put the old one back."""
    saved = os.umask(0o022)
    os.umask(saved)
    try:
        yield lambda mask: os.umask(mask)
    finally:
        os.umask(saved)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_output_file_respects_the_umask(tmp_path, umask, mask, expected):
    umask(mask)
    out = tmp_path / "out.md"
    result = CliRunner().invoke(main, ["rewrite", str(EXAMPLE), "--format", "markdown", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert mode(out) == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.md"], "no temp file left behind"


def test_export_feed_file_is_readable_by_a_web_server(tmp_path, umask):
    """The issue's case: ``copydesk export --format rss -o site/feed.rss`` under umask 022."""
    umask(0o022)
    db = str(tmp_path / "desk.db")
    saved = CliRunner().invoke(main, ["export", "--db", db, "--format", "rss", "-o", str(tmp_path / "feed.rss")])
    assert saved.exit_code == 0, saved.output
    assert mode(tmp_path / "feed.rss") == 0o644


def test_overwriting_keeps_the_file_mode_and_replaces_atomically(tmp_path, umask):
    umask(0o022)
    out = tmp_path / "out.txt"
    out.write_text("old\n")
    out.chmod(0o640)
    old_inode = out.stat().st_ino
    result = CliRunner().invoke(main, ["rewrite", str(EXAMPLE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert mode(out) == 0o640, "an existing file keeps its mode"
    assert out.stat().st_ino != old_inode, "written beside and renamed over, not in place"
    assert "**News Article:**" in out.read_text(encoding="utf-8")


def test_a_failed_write_leaves_the_old_file(tmp_path, umask, monkeypatch):
    umask(0o022)
    out = tmp_path / "out.txt"
    out.write_text("old\n")

    def full_disk(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    result = CliRunner().invoke(main, ["rewrite", str(EXAMPLE), "--published", "2025-03-18", "-o", str(out)])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] + "\n" == (f"Error: cannot write -o {out} (No space left on device) - free disk "
                             "space, check the permissions or choose another path\n")
    assert out.read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]

"""``copydesk check SOURCE REWRITE``: exit codes, the three rewrite formats, the JSON report,
bad input. The article is made up for these tests."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

import copydesk
from copydesk.cli import main

SOURCE = """\
HARBOUR BAY (Wire) -- Fishermen in Harbour Bay landed 320 tonnes of cod in April, the port authority said on Monday.

"It is the best spring we have had in a decade," said harbour master Colm Geraghty. The catch was worth £2.4 million.

The port authority expects the season to close on June 30. Last year the fleet landed 210 tonnes in April.
"""

PLAIN_OK = """\
The Harbour Bay fleet landed 320 tonnes of cod in April, the port authority said.

Harbour master Colm Geraghty said: "It is the best spring we have had in a decade." The catch was worth £2,400,000.
"""

PLAIN_BAD = """\
The Harbour Bay fleet landed 350 tonnes of cod in April, the port authority said.

"It is the best summer we have had in a decade," said Geraghty.
"""

MARKDOWN_OK = """\
# Harbour Bay Lands a Record Cod Catch

*Harbour Bay – April 2025*

Fishermen in **Harbour Bay** landed 320 tonnes of cod in April, the [port authority](http://127.0.0.1) said.

- The catch was worth £2.4m.
- The season closes on June 30.
"""

COPYDESK_BAD = """\
Mon Apr 07 09:00:00 UTC 2025: Here’s a summary and a news article rewrite based on the provided text:

**Summary:**

Harbour Bay's fleet had its best spring in a decade.

**News Article:**

**Cod Catch Soars in Harbour Bay**

*Harbour Bay, Ireland – April 7, 2025* – Fishermen landed 320 tonnes of cod in April, the port authority said on Tuesday.

"It is the best spring we have had in a decade," said port manager Sean Whelan.

Read More http://127.0.0.1/cod
"""


@pytest.fixture()
def files(tmp_path):
    def write(name: str, text: str | bytes) -> str:
        path = tmp_path / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return str(path)

    write.source = write("source.txt", SOURCE)  # type: ignore[attr-defined]
    return write


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, ["check", *args], input=input)


def test_plain_text_supported_exits_0(files):
    result = run(files.source, files("ok.txt", PLAIN_OK))
    assert result.exit_code == 0, result.output
    assert result.output.startswith("OK: 3 sentences checked, 3 supported, 0 unsupported")


def test_plain_text_problems_exit_1_with_readable_report(files):
    result = run(files.source, files("bad.txt", PLAIN_BAD))
    assert result.exit_code == 1
    out = result.output
    assert out.startswith("PROBLEMS: 2 sentences checked, 0 supported, 2 unsupported")
    assert "number: 350 is not in the source" in out
    assert "quote: quoted words not in the source" in out
    assert "best support, source sentence 1: HARBOUR BAY (Wire) -- Fishermen" in out


def test_markdown_rewrite(files):
    result = run(files.source, files("ok.md", MARKDOWN_OK), "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    parts = [s["part"] for s in report["sentences"]]
    assert parts == ["headline", "dateline", "body", "body", "body"]
    texts = [s["text"] for s in report["sentences"]]
    assert "Fishermen in Harbour Bay landed 320 tonnes of cod in April, the port authority said." in texts
    assert not any("*" in t or "](" in t for t in texts)


def test_copydesk_text_format_with_planted_errors(files):
    result = run(files.source, files("bad.txt", COPYDESK_BAD), "--format", "json")
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert not report["ok"]
    by_part = {}
    for s in report["sentences"]:
        by_part.setdefault(s["part"], []).append(s)
    assert set(by_part) == {"summary", "headline", "dateline", "body"}
    kinds = sorted(p["kind"] for s in report["sentences"] for p in s["problems"])
    # "on Tuesday" (Monday in the source), a speaker swapped for an invented port manager
    assert "date" in kinds and "speaker" in kinds or "name" in kinds
    assert by_part["dateline"][0]["status"] == "supported"
    assert all("Read More" not in s["text"] and "UTC" not in s["text"] for s in report["sentences"])


def test_json_report_shape(files):
    result = run(files.source, files("bad.txt", PLAIN_BAD), "--format", "json")
    report = json.loads(result.output)
    assert set(report) >= {"ok", "sentences", "notes", "counts", "source_sentences"}
    assert report["counts"]["sentences"] == len(report["sentences"]) == 2
    for s in report["sentences"]:
        assert set(s) >= {"text", "part", "status", "support", "problems"}
        assert s["status"] in ("supported", "unsupported")
        assert all(isinstance(i, int) and 1 <= i <= len(report["source_sentences"]) for i in s["support"])
        for p in s["problems"]:
            assert p["kind"] in ("quote", "number", "date", "name", "speaker", "claim", "negation") and p["detail"]


def test_copydesk_own_output_passes_check(files):
    """What the pipeline ships, in text and Markdown, passes copydesk check against its source."""
    result = copydesk.rewrite(SOURCE, published="2025-04-07", url="http://127.0.0.1/cod")
    for fmt in ("text", "markdown"):
        rendered = copydesk.render(result, fmt)
        out = run(files.source, files(f"out.{fmt}", rendered))
        assert out.exit_code == 0, (fmt, out.output)


def test_stdin_rewrite(files):
    result = run(files.source, "-", input=PLAIN_OK)
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("make, expected", [
    (lambda f: ("/no/such/file.txt", f.source), "SOURCE file not found: /no/such/file.txt - give the path"),
    (lambda f: (f.source, f("empty.txt", "  \n")), "is empty - give a file with text in it"),
    (lambda f: (f("bin.dat", b"\x89PNG\x00\x00data"), f.source), "is a binary file, not text - give a UTF-8"),
    (lambda f: (f.source, f("latin.txt", "caf\xe9 cr\xe8me".encode("latin-1"))), "is not UTF-8 text - convert"),
    (lambda f: (f.source, str(__import__("pathlib").Path(f.source).parent)), "is a folder - give the path"),
    (lambda f: ("-", "-"), "cannot both be stdin - give at least one as a file"),
])
def test_bad_input_exits_2_with_one_line(files, make, expected):
    result = run(*make(files))
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and expected in lines[0]
    assert "Traceback" not in result.output


def test_real_process_exit_codes(files):
    """The installed console entry point, in a real process: 0, 1 and 2 with no traceback."""
    cmd = [sys.executable, "-m", "copydesk", "check"]
    ok = subprocess.run([*cmd, files.source, files("ok.txt", PLAIN_OK)], capture_output=True, text=True)
    bad = subprocess.run([*cmd, files.source, files("bad.txt", PLAIN_BAD)], capture_output=True, text=True)
    gone = subprocess.run([*cmd, files.source, "/no/such/rewrite"], capture_output=True, text=True)
    assert (ok.returncode, bad.returncode, gone.returncode) == (0, 1, 2)
    assert gone.stdout == "" and gone.stderr.count("\n") == 1 and "Traceback" not in gone.stderr


def test_help():
    result = CliRunner().invoke(main, ["check", "-h"])
    assert result.exit_code == 0 and "SOURCE" in result.output and "--format" in result.output


CONTENT_BAD = """\
Harbour master Colm Geraghty expects the season to close on June 30.

The port authority does not expect the season to close on June 30.
"""


def test_claim_and_negation_problems_in_both_reports(files):
    bad = files("content.txt", CONTENT_BAD)
    result = run(files.source, bad)
    assert result.exit_code == 1
    assert "claim: joins “harbour master colm geraghty”" in result.output
    assert "negation: “not” where the source says it without a negation" in result.output
    report = json.loads(run(files.source, bad, "--format", "json").output)
    kinds = [[p["kind"] for p in s["problems"]] for s in report["sentences"]]
    assert kinds == [["claim"], ["negation"]]

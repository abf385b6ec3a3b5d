"""``copydesk rewrite``: every option, stdin, and every bad-input path (one line, exit 2)."""

from __future__ import annotations

import codecs
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from copydesk.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "article.txt"

STORY = """WASHINGTON (AP) — The Senate voted 61-39 on Thursday to approve a $1.2 trillion spending bill, averting a government shutdown hours before the deadline.

"This is not the bill any of us would have written alone," said Senator Maria Delgado of New Mexico. "But it keeps the lights on."

The House passed the measure on Wednesday by 284 votes to 147. The president is expected to sign it on Friday.

Advertisement

Share this article

Read More
"""

GERMAN = """Der Stadtrat von Freiburg hat am Montag einen neuen Haushalt beschlossen. Die Ausgaben steigen im kommenden Jahr um 4,5 Prozent.

„Das ist ein guter Tag für die Stadt“, sagte Oberbürgermeisterin Anna Keller. Die Opposition kritisierte die hohen Schulden.

Der Haushalt tritt am 1. Januar in Kraft."""


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def story(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def run(runner, *args, input=None):
    return runner.invoke(main, ["rewrite", *map(str, args)], input=input, catch_exceptions=False)


def test_text_output_has_the_seed_layout(runner, story):
    result = run(runner, story, "--published", "2025-07-06", "--url", "http://127.0.0.1/news/senate")
    assert result.exit_code == 0, result.output
    blocks = result.stdout.rstrip("\n").split("\n\n")
    assert blocks[0].endswith(": Here’s a summary and a news article rewrite based on the provided text:")
    assert blocks[1] == "**Summary:**"
    assert blocks[3] == "**News Article:**"
    assert blocks[4].startswith("**") and blocks[4].endswith("**")
    assert blocks[5].startswith("*Washington, United States – July 6, 2025* – The Senate voted 61-39")
    assert blocks[-1] == "Read More http://127.0.0.1/news/senate"
    assert "Advertisement" not in result.stdout and "Share this article" not in result.stdout
    assert "WASHINGTON (AP)" not in result.stdout
    # every quote word for word
    assert '"This is not the bill any of us would have written alone," said Senator Maria Delgado' in result.stdout


def test_json_schema(runner, story):
    result = run(runner, story, "--format", "json", "--published", "2025-07-06")
    data = json.loads(result.stdout)
    assert {"summary", "headline", "dateline", "body", "check", "language", "engine"} <= set(data)
    assert data["dateline"] == {"place": "Washington, United States", "date": "2025-07-06",
                                "text": "Washington, United States – July 6, 2025", "place_from": "wire",
                                "date_assumed": False, "date_from": "metadata"}
    assert isinstance(data["body"], list) and len(data["body"]) >= 3
    assert data["check"]["ok"] is True
    assert data["language"] == "en"
    assert data["article"]["wire_dateline"] == "WASHINGTON (AP) —"


def test_overrides(runner, story):
    result = run(runner, story, "--format", "json", "--place", "Albuquerque, New Mexico",
                 "--published", "2024-12-20", "--title", "Senate averts shutdown",
                 "--summary-sentences", "2", "--url", "http://127.0.0.1/news/x")
    data = json.loads(result.stdout)
    assert data["dateline"]["text"] == "Albuquerque, New Mexico – December 20, 2024"
    assert data["dateline"]["place_from"] == "option"
    assert data["headline"] == "Senate Averts Shutdown"  # the title, in the house's Title Case
    assert len(data["provenance"]["summary"]) == 2
    assert data["source"]["url"] == "http://127.0.0.1/news/x"


def test_envvars(runner, story, monkeypatch):
    monkeypatch.setenv("COPYDESK_FORMAT", "json")
    monkeypatch.setenv("COPYDESK_SUMMARY_SENTENCES", "1")
    data = json.loads(run(runner, story).stdout)
    assert len(data["provenance"]["summary"]) == 1


def test_date_assumed_is_reported(runner, story):
    # (no weekday in the text: "on Wednesday", told as past, leaves the date out on a run from Sunday to
    # Tuesday, and this test runs on the real clock)
    story.write_text(STORY.replace(" on Thursday", "").replace(" on Wednesday", "").replace(" on Friday", ""),
                     encoding="utf-8")
    data = json.loads(run(runner, story, "--format", "json", "--url", "http://127.0.0.1/senate").stdout)
    assert data["dateline"]["date_assumed"] is True
    assert any(n.startswith("date assumed") for n in data["check"]["notes"])
    # a text with no address: nothing says when it was written, so the dateline carries no date
    data = json.loads(run(runner, story, "--format", "json").stdout)
    assert data["dateline"]["date_assumed"] is True and data["dateline"]["text"] == "Washington, United States"
    assert any(n.startswith("date left out") and "--published" in n for n in data["check"]["notes"])
    # ... unless the user vouches for the run date
    data = json.loads(run(runner, story, "--format", "json", "--published", "today").stdout)
    assert data["dateline"]["date_assumed"] is False and data["dateline"]["text"].endswith(", 20" + data["dateline"]["date"][2:4])


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_other_formats(runner, story, fmt):
    result = run(runner, story, "--format", fmt, "--published", "2025-07-06")
    assert result.exit_code == 0
    assert "Washington, United States – July 6, 2025" in result.stdout


def test_stdin_dash_and_piped(runner):
    for args in (["-"], []):
        result = run(runner, *args, "--format", "json", input=STORY)
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["check"]["ok"] is True


def test_output_file_is_written_whole(runner, story, tmp_path):
    out = tmp_path / "out.md"
    result = run(runner, story, "--format", "markdown", "-o", out)
    assert result.exit_code == 0 and result.stdout == ""
    assert out.read_text(encoding="utf-8").startswith("# ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.md", "story.txt"]


def test_non_english_text_records_its_language(runner, tmp_path):
    path = tmp_path / "de.txt"
    path.write_text(GERMAN, encoding="utf-8")
    data = json.loads(run(runner, path, "--format", "json").stdout)
    assert data["language"] == "de"
    assert len(data["body"]) >= 3
    assert "„Das ist ein guter Tag für die Stadt“" in " ".join(data["body"])
    assert data["dateline"]["place"] == "Freiburg, Germany"


def test_legacy_charset_file(runner, tmp_path):
    path = tmp_path / "latin.txt"
    text = ("Le conseil municipal a approuvé le budget lundi à l'unanimité. Les élus ont salué une "
            "décision équilibrée pour l'été prochain. Les dépenses augmentent de façon modérée.")
    path.write_bytes(text.encode("cp1252"))
    data = json.loads(run(runner, path, "--format", "json").stdout)
    assert data["language"] == "fr"
    assert "approuvé" in data["summary"]


# --- bad input ---------------------------------------------------------------------

BAD = [
    ("empty", b"", "is empty - give the text of a news article"),
    ("blank", b"  \n\t \n ", "is empty - give the text of a news article"),
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary data, not text - give a plain-text article"),
    ("undecodable", bytes(range(128, 256)) * 20, "could not be decoded as text"),
    ("bad-bom", codecs.BOM_UTF16_LE + b"\x00\xd8\x41", "is not valid utf-16-le - re-save it as UTF-8"),
    ("short", b"The mill closed. Workers went home.", "too short to rewrite: 2 sentences, need at least 3"),
]


@pytest.mark.parametrize(("name", "data", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_is_one_line_exit_2_and_no_output_file(runner, tmp_path, name, data, message):
    src = tmp_path / "in.txt"
    src.write_bytes(data)
    out = tmp_path / "out.txt"
    result = runner.invoke(main, ["rewrite", str(src), "-o", str(out)])
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1
    assert " - " in result.stderr  # problem - fix
    assert "Traceback" not in result.output
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.txt"]  # no temp file left


def test_missing_file(runner, tmp_path):
    result = runner.invoke(main, ["rewrite", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert result.stderr == f"Error: file not found: {tmp_path / 'nope.txt'} - give the path of a text file\n"


def test_folder_as_source(runner, tmp_path):
    result = runner.invoke(main, ["rewrite", str(tmp_path)])
    assert result.exit_code == 2
    assert "is a folder - give the path of a text file" in result.stderr


@pytest.mark.parametrize(("args", "message"), [
    (["--published", "July 6"], "--published 'July 6' is not a date - use YYYY-MM-DD"),
    (["--engine", "nosuch"], "no engine named 'nosuch' - choose one of"),
    (["--url", "javascript:alert(1)"], "--url 'javascript:alert(1)' is not an http(s) URL - give"),
    (["--url", "127.0.0.1/news/story"], "is not an http(s) URL"),
])
def test_bad_options(runner, story, args, message):
    result = runner.invoke(main, ["rewrite", str(story), *args])
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stderr.count("\n") == 1


def test_summary_sentences_must_be_positive(runner, story):
    result = runner.invoke(main, ["rewrite", str(story), "--summary-sentences", "0"])
    assert result.exit_code == 2
    assert "--summary-sentences" in result.stderr


def test_empty_stdin(runner):
    result = runner.invoke(main, ["rewrite", "-"], input="")
    assert result.exit_code == 2
    assert result.stderr == "Error: stdin is empty - give the text of a news article\n"


def test_url_source_goes_to_the_web_fetcher(runner):
    # Nothing listens on port 9 of 127.0.0.1; without --allow-private the guard refuses it.
    result = runner.invoke(main, ["rewrite", "http://127.0.0.1:9/story"])
    assert result.exit_code != 0
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.output


def test_multi_megabyte_input(runner, tmp_path):
    paragraphs = [
        f"Inspectors counted {i * 7} containers at berth {i % 40} on day {i}. "
        f"The crane crews moved {i * 3} boxes before noon, the harbour office said."
        for i in range(13000)
    ]
    path = tmp_path / "big.txt"
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")
    assert path.stat().st_size > 1_500_000
    result = runner.invoke(main, ["rewrite", str(path), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data["body"]) >= 3 and data["check"]["ok"] is True


# --- a real process ----------------------------------------------------------------


def test_python_m_copydesk_on_the_example(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "copydesk", "rewrite", str(EXAMPLE), "--published", "2025-03-18"],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    out = proc.stdout
    assert "\n\n**Summary:**\n\n" in out and "\n\n**News Article:**\n\n" in out
    assert "*Halifax, Canada – March 18, 2025* – Harbour authorities in Halifax" in out
    assert out.rstrip().endswith("Read More")
    assert '"We were lucky, and I want to be clear that luck is not a plan," said Marguerite Doucet' in out


def test_real_process_bad_input_has_no_traceback(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    proc = subprocess.run([sys.executable, "-m", "copydesk", "rewrite", str(empty)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr == f"Error: {empty} is empty - give the text of a news article\n"


def test_help():
    result = CliRunner().invoke(main, ["rewrite", "-h"])
    assert result.exit_code == 0
    for option in ("--format", "--output", "--engine", "--summary-sentences", "--title",
                   "--published", "--place", "--url", "--allow-private"):
        assert option in result.output


def test_no_source_on_a_terminal_says_what_to_do():
    import os
    import pty

    leader, follower = pty.openpty()
    try:
        proc = subprocess.run([sys.executable, "-m", "copydesk", "rewrite"], stdin=follower,
                              capture_output=True, text=True, timeout=120)
    finally:
        os.close(leader)
        os.close(follower)
    assert proc.returncode == 2
    assert proc.stderr == "Error: no article given - pass a file, '-' for stdin, or pipe text in\n"


def test_url_source_from_a_real_local_server(runner):
    from httpserver import LocalServer  # tests/httpserver.py

    fixtures = Path(__file__).resolve().parent / "fixtures"
    with LocalServer({"/fixtures/": fixtures}) as server:
        url = server.url("/fixtures/web/article.html")
        refused = runner.invoke(main, ["rewrite", url])
        result = runner.invoke(main, ["rewrite", url, "--allow-private", "--format", "json"])
    assert refused.exit_code != 0 and refused.stderr.count("\n") == 1  # the SSRF guard
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["headline"] == "Stronsay Ferry to Sail Twice a Day"  # the page's title, in Title Case
    assert data["source"]["url"]
    assert data["dateline"]["date"] == "2026-02-10"
    assert data["check"]["ok"] is True
    assert '"Islanders have asked for this for a very long time, and today we are finally able to say yes," said council leader Morag Linklater.' in " ".join(data["body"])


def test_a_pasted_title_line_becomes_the_headline(runner):
    text = "Senate averts shutdown\n\nBy Jane Roe\n\n" + STORY
    data = json.loads(run(runner, "-", "--format", "json", input=text).stdout)
    assert data["headline"] == "Senate Averts Shutdown"  # the title, in the house's Title Case
    assert data["source"]["byline"] == "Jane Roe"
    assert data["dateline"]["place"] == "Washington, United States"


def test_output_into_a_missing_folder(runner, story, tmp_path):
    result = runner.invoke(main, ["rewrite", str(story), "-o", str(tmp_path / "no" / "out.txt")])
    assert result.exit_code == 2
    assert "does not exist - create it first" in result.stderr
    assert not (tmp_path / "no").exists()

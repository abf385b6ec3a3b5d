"""``copydesk export --format jsonl|md|rss|atom``: RSS and Atom must validate with feedparser."""

from __future__ import annotations

import datetime as dt
import html
import json

import feedparser
import pytest
from click.testing import CliRunner

from copydesk.cli import main
from copydesk.desk import rewrite
from copydesk.model import Article
from copydesk.render.feeds import to_atom, to_rss
from copydesk.store import Store
from newsgen import story


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "export.db")
    base = dt.datetime(2026, 4, 1, 6, 0, tzinfo=dt.UTC)
    with Store.open(path) as store:
        for n, key in enumerate(["e1", "e2", "e3"]):
            s = story(key)
            rw = rewrite(Article(text=s.text, title=s.title, url=f"http://127.0.0.1/src/{key}", byline=s.author),
                         now=base + dt.timedelta(days=n))
            store.save_rewrite(rw)
        copy = story("e2")
        store.save_rewrite(rewrite(Article(text=copy.text, url="http://127.0.0.1/mirror/e2"), now=base))
    return path


def export(db, *args):
    result = CliRunner().invoke(main, ["export", "--db", db, *args], catch_exceptions=False)
    return result


def stored(db):
    with Store.open(db) as store:
        return store.list_rewrites(limit=None)


@pytest.mark.parametrize("fmt,version", [("rss", "rss20"), ("atom", "atom10")])
def test_rss_and_atom_validate_and_carry_headline_summary_article_and_source(db, fmt, version):
    result = export(db, "--format", fmt, "--title", "Desk", "--link", "http://127.0.0.1/desk/")
    assert result.exit_code == 0
    parsed = feedparser.parse(result.stdout)
    assert parsed.bozo is False or parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == version and parsed.feed.title == "Desk"
    items = stored(db)
    assert len(parsed.entries) == len(items) == 3
    for entry, item in zip(parsed.entries, items, strict=True):
        rw = item.rewrite
        assert entry.title == rw.headline
        assert entry.link == item.sources[0]
        assert html.unescape(entry.summary) == rw.summary_text
        content = html.unescape(entry.content[0].value)
        for paragraph in rw.body_paragraphs:
            assert paragraph in content
        assert rw.dateline.text in content
        for url in item.sources:
            assert f'href="{url}"' in content
        assert entry.id == f"urn:copydesk:rewrite:{item.id}"
    syndicated = next(i for i in items if len(i.sources) == 2)
    assert syndicated.sources == ["http://127.0.0.1/src/e2", "http://127.0.0.1/mirror/e2"]


def test_feeds_of_nothing_still_validate():
    for out, version in ((to_rss([]), "rss20"), (to_atom([]), "atom10")):
        parsed = feedparser.parse(out)
        assert not parsed.bozo and parsed.version == version and parsed.entries == []


def test_jsonl_is_one_stored_rewrite_per_line(db):
    lines = export(db, "--format", "jsonl").stdout.splitlines()
    items = stored(db)
    assert [json.loads(line) for line in lines] == [json.loads(json.dumps(i.to_dict())) for i in items]
    assert json.loads(lines[0])["schema"] == "copydesk.rewrite/1"


def test_markdown_has_every_headline_and_source(db):
    text = export(db, "--format", "md").stdout
    items = stored(db)
    headlines = [line for line in text.splitlines() if line.startswith("# ")]
    assert len(headlines) == len(items) == 3
    for item, line in zip(items, headlines, strict=True):
        assert line.replace("\\", "") == f"# {item.rewrite.headline}"
        assert all(f"<{u}>" in text for u in item.sources)


def test_output_file_since_and_limit(db, tmp_path):
    out = tmp_path / "feed.xml"
    result = export(db, "--format", "atom", "-o", str(out), "--since", "2026-04-02")
    assert result.exit_code == 0 and result.stdout == "" and "Wrote 2 rewrites" in result.stderr
    assert len(feedparser.parse(out.read_text(encoding="utf-8")).entries) == 2
    assert len(export(db, "--format", "jsonl", "-n", "1").stdout.splitlines()) == 1


def test_export_errors_write_nothing(db, tmp_path):
    missing = tmp_path / "no" / "feed.xml"
    result = export(db, "--format", "rss", "-o", str(missing))
    assert result.exit_code == 2 and "does not exist - create it first" in result.stderr
    assert not missing.parent.exists()
    bad = export(db, "--format", "rss", "--link", "desk")
    assert bad.exit_code == 2 and "not an http(s) URL" in bad.stderr and bad.stdout == ""
    fmt = export(db, "--format", "pdf")
    assert fmt.exit_code == 2 and "pdf" in fmt.stderr
    assert list(tmp_path.glob("**/.feed.xml.*")) == []

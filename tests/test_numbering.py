"""Source sentences are numbered from 1 everywhere: ``check``'s text and JSON, and the web desk."""

from __future__ import annotations

import json
import re
from html import unescape

import pytest
from click.testing import CliRunner

from copydesk import verify
from copydesk.cli import main
from serverkit import HARBOUR, client, store_of

HTML = {"accept": "text/html"}


def test_check_text_and_json_number_source_sentences_alike(tmp_path):
    sources = verify.source_sentences(HARBOUR)
    third = sources[2]
    (tmp_path / "source.txt").write_text(HARBOUR, encoding="utf-8")
    (tmp_path / "rewrite.txt").write_text(third + "\n", encoding="utf-8")
    args = ["check", str(tmp_path / "source.txt"), str(tmp_path / "rewrite.txt")]
    text = CliRunner().invoke(main, args)
    assert text.exit_code == 0, text.output
    assert re.search(r"source sentences? 3\b", text.stdout), text.stdout
    data = json.loads(CliRunner().invoke(main, [*args, "--format", "json"]).stdout)
    assert data["sentences"][0]["support"][0] == 3
    assert data["source_sentences"][2] == {"n": 3, "text": third}
    assert [s["n"] for s in data["source_sentences"]] == list(range(1, len(sources) + 1))


@pytest.mark.anyio
async def test_the_web_desk_numbers_source_sentences_from_1(app):
    async with client(app) as c:
        rid = (await c.post("/api/v1/rewrite", json={"text": HARBOUR})).json()["id"]
        page = (await c.get(f"/rewrites/{rid}", headers=HTML)).text
    stored = store_of(app).get_rewrite(rid).rewrite
    assert 'start="0"' not in page
    items = re.findall(r'<li id="src-(\d+)"[^>]*value="(\d+)">(.*?)</li>', page, re.S)
    assert len(items) == len(stored.source_sentences)
    for index, number, text in items:
        assert int(number) == int(index) + 1
        assert unescape(text) == stored.source_sentences[int(number) - 1]
    titles = re.findall(r'data-src="([\d ]*)"\s+title="from source sentences? ([\d, ]+)', page)
    assert titles
    for ids, numbers in titles:
        assert [int(n) for n in numbers.split(", ")] == [int(i) + 1 for i in ids.split()]

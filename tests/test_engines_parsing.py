"""The model engines' shared parts: cut-off JSON, the seed's Markdown layout, chunking."""

from __future__ import annotations

import json

import pytest

from copydesk.config import Settings
from copydesk.engines.answers import close_json, parse_answer, parse_json, parse_markdown
from copydesk.engines.openai import OpenAIEngine
from copydesk.engines.prompting import rewrite_schema, rewrite_task


def test_whole_json_is_read_as_is():
    text = '```json\n{"headline": "H", "summary": ["A."], "body": ["B. C."]}\n```'
    data, cut = parse_json(text)
    assert data == {"headline": "H", "summary": ["A."], "body": ["B. C."]} and not cut


@pytest.mark.parametrize("prefix, expected", [
    ('{"headline": "Harbour wall to be rebuilt", "summary": ["The council voted.", "It co',
     {"headline": "Harbour wall to be rebuilt", "summary": ["The council voted."]}),
    ('{"headline": "Harbour wall", "summary": ["The council voted."], "bo',
     {"headline": "Harbour wall", "summary": ["The council voted."]}),
    ('{"headline": "Harbour wall", "summary": ["The council voted."], "body": ',
     {"headline": "Harbour wall", "summary": ["The council voted."]}),
    ('{"headline": "Harbour wall", "summary": ["A \\"quoted\\" word.", ',
     {"headline": "Harbour wall", "summary": ['A "quoted" word.']}),
    ('{"headline": "Harbour wa', {}),
])
def test_cut_off_json_is_closed_and_flagged(prefix, expected):
    closed, cut = close_json(prefix)
    assert cut
    assert json.loads(closed) == expected


def test_every_prefix_of_an_answer_parses():
    answer = json.dumps({"headline": "Rail line opens", "summary": ["One.", "Two, \"three\"."],
                         "body": ["Para one [x] {y}.", "Para two."]})
    for end in range(1, len(answer) + 1):
        data, _ = parse_json(answer[:end])
        assert data is not None, answer[:end]


def test_cut_answer_gets_a_note():
    data, notes = parse_answer('{"headline": "H", "summary": ["One.", "Tw', "rewrite")
    assert data["summary"] == ["One."]
    assert notes and "token limit" in notes[0]


SEED_LIKE = """Mon Mar 03 09:00:00 UTC 2025: Here's a summary and a news article rewrite based on the provided text:

**Summary:**

The Fairhaven council voted to rebuild the harbour wall. Work begins in March.

**News Article:**

**Fairhaven to Rebuild Storm-Hit Harbour Wall**

*Fairhaven, Norway – March 3, 2025* – The town council voted 7 to 2 on Tuesday to rebuild the harbour wall.

"This wall has protected our boats for a hundred years," said Mayor Ingrid Solberg.

Read More"""


def test_markdown_layout_is_read():
    data = parse_markdown(SEED_LIKE)
    assert data["headline"] == "Fairhaven to Rebuild Storm-Hit Harbour Wall"
    assert data["summary"] == ["The Fairhaven council voted to rebuild the harbour wall. Work begins in March."]
    assert data["body"] == [
        "The town council voted 7 to 2 on Tuesday to rebuild the harbour wall.",
        '"This wall has protected our boats for a hundred years," said Mayor Ingrid Solberg.',
    ]


@pytest.mark.parametrize("text", [
    "## Summary\nThe council voted.\n\n## Headline\nWall to be rebuilt\n\n## Article\nThe council voted on Tuesday.\n\nWork begins in March.",
    "Summary: The council voted.\n\nHeadline: Wall to be rebuilt\n\nThe council voted on Tuesday.\n\nWork begins in March.",
    "Sure! Here it is:\n\n**Summary**\n\nThe council voted.\n\n# Wall to be rebuilt\n\nThe council voted on Tuesday.\n\nWork begins in March.\n\n[Read More](http://127.0.0.1/x)",
])
def test_markdown_variants_are_tolerated(text):
    data = parse_markdown(text)
    assert data["headline"] == "Wall to be rebuilt"
    assert data["summary"] == ["The council voted."]
    assert data["body"] == ["The council voted on Tuesday.", "Work begins in March."]


def test_markdown_without_any_layout_keeps_all_text_as_body():
    data = parse_markdown("**Wall to be rebuilt**\n\nThe council voted on Tuesday.\n\nWork begins in March.")
    assert data == {"headline": "Wall to be rebuilt", "summary": [],
                    "body": ["The council voted on Tuesday.", "Work begins in March."]}


def test_the_real_seed_output_is_read(seed_text):
    data = parse_markdown(seed_text)
    assert data["headline"] == "Pakistan Cautious on Taliban Recognition Despite Russia’s Move"
    assert len(data["summary"]) == 1 and data["summary"][0].startswith("Despite Russia")
    assert len(data["body"]) == 6
    assert data["body"][0].startswith("Pakistan is adopting")  # the italic dateline is dropped
    assert not any("Read More" in p for p in data["body"])


def test_schemas_are_bounded_for_grammars_and_plain_for_strict_servers():
    bounded = rewrite_schema(3)
    assert bounded["properties"]["summary"]["maxItems"] == 3
    assert bounded["properties"]["headline"]["maxLength"] > 0
    plain = rewrite_schema(3, bounded=False)
    assert "maxItems" not in json.dumps(plain) and "maxLength" not in json.dumps(plain)
    assert plain["required"] == ["headline", "summary", "body"]
    assert plain["additionalProperties"] is False


def test_chunks_keep_every_word_in_order():
    engine = OpenAIEngine(Settings(base_url="http://127.0.0.1:9/v1", n_ctx=600, max_tokens=100))
    sentences = [f"Sentence number {i} says something about the harbour wall." for i in range(60)]
    sentences.append("word " * 400)  # one "sentence" longer than a whole chunk
    budget = 120
    chunks = engine._chunks(sentences, budget)
    assert len(chunks) > 3
    assert all(engine.count_tokens(c) <= budget for c in chunks)
    assert " ".join(chunks).split() == " ".join(sentences).split()


def test_tasks_carry_the_article_and_the_limits():
    task = rewrite_task("ARTICLE TEXT HERE", 2, part=2, parts=5)
    assert task.kind == "part"
    assert "part 2 of 5" in task.user_json and "ARTICLE TEXT HERE" in task.user_json
    assert "**Summary:**" in task.user_text and "ARTICLE TEXT HERE" in task.user_text
    assert task.prompt().endswith("JSON:\n") and "ARTICLE TEXT HERE" in task.prompt()
    assert task.schema_bounded["properties"]["summary"]["maxItems"] == 2

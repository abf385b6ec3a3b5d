"""Session 61's editor rules, on invented text: each case is a fault a copy-editor judge or a reading of the
outputs found in a real rewrite, or a guard that pins what a rule must not do."""

from __future__ import annotations

from copydesk import rewrite
from copydesk.engines.headline import write_headline
from copydesk.ingest.runon import captions_run_on
from shipping import body_paragraphs

# a caption that tells the story's line again, run on with no stop into the story's next line (judge SN 03: "She could
# face up to 45 years ... next month Altice pleaded guilty to three counts ..." shipped whole in the summary, and the
# body, reading it as the earlier line told twice, lost the plea)
_RETOLD_INTO_NAME = (
    "A former teacher at Northtown Academy took a plea deal on Wednesday to avoid a trial, the court heard. "
    "Sam Example, 41, had been charged with fraud over the school's trip accounts. "
    "Example could face up to ten years in prison when she is sentenced next month. "
    "She could face up to ten years in prison when she is sentenced next month Example pleaded guilty to "
    "three counts of fraud in exchange for prosecutors dropping nine other counts. "
    "The school's governors said they had changed the way trips are paid for. "
    "Parents were told of the charges in a letter last spring."
)


def test_a_caption_that_retells_a_line_is_cut_from_a_named_line_it_runs_on_into():
    body = " ".join(body_paragraphs(_RETOLD_INTO_NAME))
    assert "Example pleaded guilty to three counts of fraud in exchange for prosecutors" in body
    assert "next month Example" not in body
    summary = " ".join(s.text for s in rewrite(_RETOLD_INTO_NAME).summary)
    assert "next month Example" not in summary


def test_a_line_that_opens_as_an_earlier_one_but_tells_something_new_stays_whole():
    # (guard: the words before the name are not the earlier line's, so no caption is cut from it)
    sentences = [
        "Example could face up to ten years in prison when she is sentenced next month.",
        "She could face up to ten years in prison for the first charge alone, since the second count Example "
        "faces is heard at a later trial in Southtown.",
    ]
    out, paragraphs = captions_run_on(sentences, [[0, 1]])
    assert out == sentences and paragraphs == [[0, 1]]


def test_a_role_before_a_one_word_name_goes_when_the_lead_is_too_long_for_a_headline():
    # (judge: the lead "Barcelona star Neymar feels his team's ... tie ... will prove a real footballing
    # 'spectacle'" was one word too long, so a later line's date made the headline, "Barcelona and PSG Meet on
    # April 15"; without the role, the lead's news fits)
    sentences = [
        "Northtown star Pele feels his team's Champions Cup tie with Southtown Rovers United will prove a real "
        "footballing 'spectacle'.",
        "The striker is expecting more goals after his side's win over the league champions last month.",
        "Northtown and Southtown meet on May 15 in the capital, and the tie is already sold out.",
    ]
    head = write_headline(sentences, 0)
    assert head.startswith("Pele Feels"), head


def test_a_role_before_a_one_word_name_stays_when_the_headline_fits():
    # (guard: a short lead keeps who the person is)
    sentences = ["Northtown star Pele signs a new contract with the club.", "The deal runs until 2030."]
    assert write_headline(sentences, 0).startswith("Northtown Star Pele Signs"), write_headline(sentences, 0)

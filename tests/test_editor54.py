"""Session 54's editor rules, on invented text: each case is a fault a copy-editor judge found in a
real rewrite, or a guard that pins what a rule must not do."""

from __future__ import annotations

import pytest

from copydesk.desk import prepare
from copydesk.engines.extractive import ExtractiveEngine
from copydesk.engines.paragraphs import edited
from copydesk.model import Article


# an "also" stays wherever the sentence before it in the source is not shipped right before it (judge QH 07 and 11:
# "NASA is also looking ..." lost the link the source made; pair54a of session 54: 24 of 24 real rewrites read better
# with the source's "also"), for an act any story tells again and again too ("also said"); not in the body's first line
@pytest.mark.parametrize("line", [
    "NASA is also looking to firms to develop crewed landers on the moon.",
    "The Tories also said the plan would cost the town two hundred jobs.",
])
def test_the_sources_also_stays_after_a_line_left_out(line):
    text = ("NASA picked five firms on Monday to build robotic landers for the moon, and the Tories said the plan was late. "
            "The firms were chosen from a field of nine. Critics said the plan would cost too much. " + line + " "
            "The landers will fly from 2027.")
    doc = prepare(Article(text=text))
    passages = ExtractiveEngine().prepare_ranking(doc)[2]
    said = [s.text for para in edited(doc.sentences, [[0], [3]], passages) for s in para]
    assert said[-1] == line, said
    said = [s.text for para in edited(doc.sentences, [[3], [4]], passages) for s in para]
    assert said[0] == line.replace(" also ", " "), said  # (the body's first line: nothing told before it)

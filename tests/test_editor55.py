"""Session 55's editor rules, on invented text: each case is a fault a copy-editor judge found in a
real rewrite, or a guard that pins what a rule must not do."""

from __future__ import annotations

import pytest

from copydesk import rewrite
from copydesk.desk import article_from_text, prepare


def _paragraphs(text: str) -> list[list[str]]:
    return [[s.text for s in para] for para in rewrite(text).body]


# a speaker's tag after a quotation that ends on its own question stays with it when a word follows the verb
# (judge QN 11: '"... what's the contingency plan?" | Aderholt asked again.' set the question in the paragraph of
# the man who answered it, and the tag alone in the next)
@pytest.mark.parametrize("tag", ["Jo Example asked again.", "Example said later."])
def test_a_speakers_tag_with_a_word_after_its_verb_stays_with_the_quotation(tag):
    text = ("The harbour board met on Tuesday in Northtown to vote on the pier.\n\n"
            f"\u201cBut if the money is not there, what is the plan?\u201d {tag}\n\n"
            "The vote was put off until the spring.")
    sentences = prepare(article_from_text(text)).sentences
    assert f"\u201cBut if the money is not there, what is the plan?\u201d {tag}" in sentences, sentences


_MESSAGE = ("The talks in Northtown ended on Thursday with a deal between the two firms after eight days. "
            "The deal was first told to the press by the smaller firm's staff. "
            "Its lawyers had worked through the night on the final text. "
            "As the news began to get out, one reporter ran into the press room at the hotel, shouting for quiet. "
            "His message: There is going to be an announcement. "
            "There are buses waiting to take you to the hall where it will take place. "
            "With that, the room emptied as reporters ran for the doors. "
            "The two firms will sign the deal next month.")


# a message told unquoted after its colon, which the next line goes on in the second person, is one paragraph
# (judge QM 09: "His message: There's going to be an announcement. | There are buses waiting to take you ...")
def test_a_message_told_after_a_colon_keeps_its_next_line():
    body = _paragraphs(_MESSAGE)
    said = next(para for para in body if any(s.startswith("His message:") for s in para))
    assert any(s.startswith("There are buses waiting") for s in said), body


@pytest.mark.parametrize(("before", "sentence", "runs_on"), [
    ("His message: There is going to be an announcement.", "There are buses waiting to take you there.", True),
    ("Her advice: Stay at home.", "Your neighbours will thank you.", True),
    # (the paper's own line, in no second person; a line that quotes; a colon that tells no message)
    ("His message: There is going to be an announcement.", "The buses were waiting outside.", False),
    ("His message: There is going to be an announcement.", "\"You will see,\" he told them.", False),
    ("The score: Northtown 2, Southbury 1.", "You could hear the cheers from the town hall.", False),
])
def test_message_runs_on(before, sentence, runs_on):
    from copydesk.engines.paragraphs import message_runs_on

    assert message_runs_on(before, sentence) is runs_on


_HYPE = ("A song by a masked singer from Northtown has been watched ten million times online since Friday. "
         "The minute-long song was first uploaded to the singer's own channel. "
         "It then spread to other sites, where fans set it to their own videos. "
         "One fan said the tune had been stuck in her head for three days. "
         "But the hype did not stop there. "
         "Hundreds of covers of the song have also appeared online, each with its own following. "
         "Several pop stars have made versions of their own. "
         "The singer has not said who he is.")


# a line that points on to what comes next opens the next paragraph, not closes the one before (judge QM 06:
# "But the hype did not stop there." ended the paragraph of a fan's complaint)
def test_a_line_that_points_ahead_opens_the_next_paragraph():
    body = _paragraphs(_HYPE)
    assert any(para[0] == "But the hype did not stop there." and len(para) > 1 for para in body), body

"""Faults found by copy editors reading outputs in the forty-sixth session, each in invented text."""

from __future__ import annotations

import pytest

import copydesk
from copydesk.ingest.captions import PHOTO_MARK
from shipping import NOW, body_paragraphs, body_sentences  # noqa: F401  (the helpers later tests share)


def _rewrite(text: str) -> copydesk.Rewrite:
    return copydesk.rewrite(text, now=NOW)


@pytest.mark.parametrize("mark", [
    "(above file photo of visitors at the Northtown zoo)", "(pictured right with actor Sam Lee)",
    "(pictured left with her late husband)", "(pictured 2012)", "(second from right)", "(not pictured)",
    "(first photo)",
    "(see photo held by Ms Example)", "(left, pictured behind the Northtown manager Jo Example)",
    "(like those above)", "(played by Jo Example in the film - pictured right)",
])
def test_a_picture_mark_that_says_where_the_picture_stands_or_what_it_shows(mark):
    assert PHOTO_MARK.fullmatch(mark)


@pytest.mark.parametrize("aside", ["(on the right)", "(in the centre)", "(shown on Northtown TV at 9pm)",
                                   "(pictured)x", "(the file was lost)", "(left the club in 2012)",
                                   "(pictured leaving court)", "(left and right)"])
def test_a_place_on_the_pitch_or_a_listing_is_no_picture_mark(aside):
    assert not PHOTO_MARK.fullmatch(aside)


_ZOO = ("A two-year-old boy was hurt after falling into the cheetah enclosure at Northtown Zoo on Saturday. "
        "The boy's mother was holding him over the railing when he slipped and fell about 10ft into the pit. "
        "He was rescued by his parents before firefighters arrived and suffered only minor bruises. "
        "The zoo said the cheetahs did not approach the child at any point. "
        "Zoo visitor Sam Example was at the enclosure when he heard the child scream. "
        "He said he was 'shocked' and 'could not believe the parents let the boy' go over the railing and into "
        "the pit Northtown Zoo plans to press charges against the child's mother (above file photo of "
        "visitors at the Northtown zoo)")


def test_a_story_line_run_into_a_file_photo_caption_at_the_end_does_not_ship():
    # (judge NW: fc-172's last paragraph ran a witness's words into two captions, "... into the pit Cleveland
    # Metroparks Zoo plans to press charges ... (above file photo of visitors at the Cleveland zoo)", no stop)
    sentences = body_sentences(_ZOO)
    assert not any("file photo" in s or "plans to press" in s for s in sentences), sentences
    assert any(s.startswith("Zoo visitor Sam Example was at the enclosure") for s in sentences), sentences

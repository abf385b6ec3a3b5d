"""A text whose first sentence leant on a headline the page did not give ("The men entered
the Post Office ..."): the story still tells its news. Every fixture is invented."""

from __future__ import annotations

import datetime as dt

import copydesk
from copydesk.ingest.text import clean_text

NOW = dt.datetime(2025, 7, 6, 7, 13, 5, tzinfo=dt.UTC)

ROBBERY = (
    "The men walked into the bakery on Mill Lane, in the Westfield area of Northtown, at 06:40 on Tuesday. "
    "They threatened the owner with a hammer and took money from the till before running off. "
    "The 58-year-old owner was said by police to have been shaken but unhurt. "
    "Both suspects are thought to be in their twenties and wore dark hooded tops. "
    "Det Sgt Sam Example said officers were going door to door and were gathering camera footage from the street. "
    "He added: \"Someone will have seen these two men running along Mill Lane that morning.\""
)


def test_a_story_that_opens_on_a_reference_keeps_its_news():
    result = copydesk.rewrite(ROBBERY, now=NOW)
    body = " ".join(result.body_paragraphs)
    # the robbery is told, in the source's order, before the police appeal
    assert "walked into the bakery on Mill Lane" in body
    assert "threatened the owner with a hammer" in body
    assert body.index("walked into the bakery") < body.index("Det Sgt Sam Example")


def test_scroll_down_for_videos_leaves_nothing_behind():
    text = clean_text("The ferry docked at Northtown at noon. Scroll down for videos . "
                      "Crew members waved to the crowd on the quay.").text
    assert "Scroll" not in text and " s ." not in text and "videos" not in text

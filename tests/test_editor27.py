"""The editor's faults found by reading outputs in the twenty-seventh session, each in invented
text (copy-editor judges and the desk's own reading)."""

from __future__ import annotations

import datetime as dt

from copydesk import rewrite
from copydesk.ingest.roles import role_of

NOW = dt.datetime(2025, 7, 6, 7, 13, 5, tzinfo=dt.UTC)


def shipped(text: str) -> str:
    result = rewrite(text, now=NOW)
    return " ".join([*(s.text for s in result.summary), *(s.text for p in result.body for s in p)])


def test_a_help_line_and_the_outlets_own_accounts_are_promo_wherever_they_open():
    assert role_of("For confidential support call the Helpline on 0800 000 000, visit a local branch "
                   "or click here for details.", 9, 10) == "promo"
    assert role_of("For more reports from Example Monitoring, click here.", 9, 10) == "promo"
    assert role_of("You can follow Example Monitoring on Twitter and Facebook.", 9, 10) == "promo"
    assert role_of("Example Monitoring reports and analyses news from TV, radio, web and print media.", 9, 10) == "promo"
    # (a reader's click or follow told as news stays)
    assert role_of("Voters who follow Mr Example on Twitter were angry at the post.", 9, 10) == "body"
    assert role_of("He told users to click here to donate, police said.", 9, 10) == "body"


def test_the_help_line_does_not_ship_at_the_end_of_the_body():
    text = ("A teenager died after a fall from a flat in Northtown on Tuesday, police said. "
            "Officers were called to Harbour Road at 2am and found the girl at the foot of the building. "
            "Her parents were questioned and released on bail, a police spokesman said. "
            "Neighbours described the family as quiet and kind. "
            "For confidential support call the Helpline on 0800 000 000, visit a local branch or click here for details.")
    out = shipped(text)
    assert "released on bail" in out
    assert "click here" not in out and "Helpline" not in out


NEIGHBOUR = ("When Jo Example, 28, moved into a quiet street in Northtown a year ago, she thought she had found "
             "the perfect home. But within a week, her home turned into a nightmare because of a noisy neighbour. "
             "'I could not sleep at all, and every morning it started again,' the student said. "
             "Terrified: Jo Example, 28, was subjected to verbal abuse and was stalked by her neighbour "
             "Now Ms Example has been forced to move home because of Mr Brook but says she lives in fear. "
             "Ms Example's ordeal began less than a week after moving into her flat. "
             "Mr Brook was given a restraining order by magistrates in Northtown last month.")


def test_a_caption_run_into_now_and_a_named_person_is_cut_there_and_the_news_ships():
    result = rewrite(NEIGHBOUR, now=NOW)
    body = [s.text for p in result.body for s in p]
    assert any(s.startswith("Now Ms Example has been forced to move home") for s in body)
    assert not any("Terrified:" in s for s in body)
    # (the state of now is the news, over the ordeal's start)
    assert result.headline == "Jo Example Forced to Move Home Because of Brook"

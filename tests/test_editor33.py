"""The editor's faults found by reading outputs in the thirty-third session, each in invented
text (copy-editor judges and the desk's own reading)."""

from __future__ import annotations

import datetime as dt

import copydesk

NOW = dt.datetime(2025, 7, 6, 7, 13, 5, tzinfo=dt.UTC)


def _place(text: str) -> str:
    return copydesk.rewrite(text, now=NOW).dateline.text


MATCH = (
    "Sam Example and Bob Sample both crossed before half-time as the hosts opened up a 12-point lead. "
    "Tom Example went over for the visitors, but the home side held for the bragging rights in the derby. "
    "Example scored his second try after a gap opened in the Leeds defence. "
    "The win lifts the hosts to sixth in the league, one point clear of their rivals."
)


def test_a_team_named_by_its_town_is_not_where_the_match_was_played():
    # "a gap in the Leeds defence" told of the visitors: "Leeds" as the dateline placed a home win in
    # the losers' town (fc-305: "Warrington" for a Widnes home game)
    assert "Leeds" not in _place(MATCH)


def test_a_town_told_with_in_before_it_is_still_the_setting_outside_sport():
    text = (
        "Council workers began clearing the flooded streets in Leeds on Tuesday after a night of heavy rain. "
        "The river burst its banks shortly after midnight, the council said. "
        "Residents were moved to a school hall in the Leeds suburb of Example Park."
    )
    assert "Leeds" in _place(text)


def test_a_sentence_that_moves_to_another_town_opens_a_paragraph():
    # (dm-d08a: "In Cleveland, James finished with 20 points" ran on in the paragraph of another game)
    text = (
        "Sam Example scored 30 points as the Northtown Rockets beat the Southport Suns 101-95 on Sunday. "
        "Example made eight of his 12 shots in the second half, and the Rockets led from the first minute. "
        "Coach Jo Sample praised the defence. "
        "The Suns lost their fourth straight game and now trail the Eastport Kings by two games. "
        "In Cleveland, Bob Sample finished with 20 points and 11 rebounds in a 99-90 win over the Westfield Owls. "
        "The Cavaliers made 16 3-pointers while winning their 12th straight home game."
    )
    body = copydesk.rewrite(text, now=NOW).body
    opens = [para[0].text for para in body]
    assert any(s.startswith("In Cleveland, Bob Sample") for s in opens), opens

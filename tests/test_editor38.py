"""Faults found by copy editors reading outputs in the thirty-eighth session, each in invented
text: datelines a court, a town's hospital or a town written the way English news writes it
should have set, and a place named only as the story's foil."""

from __future__ import annotations

import datetime as dt

NOW = dt.datetime(2025, 7, 6, 7, 13, 5, tzinfo=dt.UTC)


def _body(text: str) -> list[str]:
    import copydesk
    return [s.text for p in copydesk.rewrite(text, now=NOW).body for s in p]


def test_a_court_early_in_the_story_outweighs_a_place_a_party_to_it_stood_in():
    from copydesk.setting import salient_place
    sents = ["Sam Example, 41, of Deeford, was arrested in March after he wrote to a help line based in Tennessee.",
             "Officers feared he planned to lure them to a remote spot.",
             "Example admitted two charges at Mold Crown Court on Friday.",
             "He will be sentenced next month.",
             "The judge remanded him in custody."]
    assert salient_place(sents) == "Mold, United Kingdom"
    # (with no court, two countries at odds give no place: wrong is worse than absent)
    assert salient_place([s.replace(" at Mold Crown Court", "") for s in sents]) != "Mold, United Kingdom"


def test_a_hyphenated_town_is_found_as_english_news_writes_it():
    from copydesk.gazetteer import gazetteer
    cities = gazetteer().cities
    assert "monte carlo" in cities and cities["monte carlo"][0].country == "MC"


def test_a_place_named_in_an_although_clause_is_the_foil_not_the_setting():
    from copydesk.setting import find_places
    sents = ["A princess handed a tennis player his prize this morning.",
             "Although the main ceremony took place in Shanghai, her part took place in Monte Carlo instead.",
             "Guests watched on big screens."]
    found = {m.key: m for m in find_places(sents)}
    assert not found["shanghai"].strong and found["monte carlo"].strong
    assert found["shanghai"].score < found["monte carlo"].score


def test_a_death_at_a_towns_hospital_sets_the_dateline_when_the_country_is_known():
    from copydesk.setting import salient_place
    sents = ["Jo Example, whose comic songs sold millions of records, has died.",
             "He was 88.",
             "Example died of natural causes at a Santa Monica hospital, his daughter said.",
             "The Los Angeles native had hit records of his own in the 1950s.",
             "He is survived by his wife and two children."]
    assert salient_place(sents) == "Santa Monica, United States"
    # (a patient taken to a town's hospital: the next town's, maybe, not the story's)
    taken = [s.replace("died of natural causes at a", "was taken to a") for s in sents]
    assert salient_place(taken) != "Santa Monica, United States"

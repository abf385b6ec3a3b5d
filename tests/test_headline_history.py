"""Headline rules that keep a dated event in the past and read the main verb past a clause
inside a relative one; every fixture is invented (Northtown, Sam Example)."""

from __future__ import annotations

from copydesk.engines.headline import is_dated, trim, write_headline
from copydesk.engines.tense import present_tense
from copydesk.engines.verbs import main_verbs


def test_a_year_after_a_role_still_dates_the_main_clause():
    # "as coach" is a role, not a clause: the year dates the win, which stays in the past
    lead = "Morgan won a first league title in his debut season as coach in 2009 after a poor cup run."
    assert is_dated(lead)
    head = write_headline([lead, "The club said it would appeal against the fine.", "Fans were angry."], 0)
    assert "Won" in head and "2009" in head and "Wins" not in head


def test_a_year_in_the_clause_that_led_to_it_dates_a_death():
    lead = ("Tom Baker died after Sam Example, 48, of Mill Lane, Northtown, reversed a tractor into him "
            "at a farm near Northtown in March 2012.")
    assert is_dated(lead)
    assert not trim(lead).startswith("Tom Baker dies")
    # a year in a later clause dates that clause only: the news keeps its present tense
    assert not is_dated("Sam Example has joined Northtown Rovers, the club he left in 2012.")
    assert not is_dated("Sam Example died at home after a long illness, his family said.")


def test_the_main_verb_is_not_a_clause_inside_the_relative_one():
    tokens = "teacher with rare condition which means she is unable to see colour has been praised".split()
    assert [tokens[k] for k in main_verbs(tokens)][:1] == ["has"]
    tokens = "landlord who claimed he was asleep and was not drunk has vowed to stop".split()
    assert [tokens[k] for k in main_verbs(tokens)][:1] == ["has"]
    # so a headline drops the whole relative clause, never half of it
    head = write_headline(["A teacher with a rare condition which means she is unable to see colour has been "
                           "praised by inspectors at a school in Northtown.", "She started there in 2019.",
                           "Pupils wrote a song for her."], 0)
    assert "Is Unable" not in head and "Praised" in head


def test_a_modal_perfect_keeps_its_have():
    # "would have increased duty" is never "would increase duty": another claim
    assert present_tense("Councils would have increased duty to share data", frozenset()) == \
        "Councils would have increased duty to share data"
    assert present_tense("Council has ordered review of parking", frozenset()) == "Council orders review of parking"

"""Faults found by copy editors reading outputs in the thirty-sixth session, each in invented
text: a bracketed sentence that brings in a name the story leans on, a "has" of ownership read
as a perfect, and the possessives a headline keeps."""

from __future__ import annotations

import datetime as dt

NOW = dt.datetime(2025, 7, 6, 7, 13, 5, tzinfo=dt.UTC)


def _body(text: str) -> list[str]:
    import copydesk
    return [s.text for p in copydesk.rewrite(text, now=NOW).body for s in p]


def test_a_bracketed_sentence_that_brings_in_a_name_the_story_uses_later_ships():
    named = "(Example's real name was Jonas Tarrow, a Northtown builder who ran the gang's finances.)"
    text = ("Two leaders of a smuggling gang were jailed on Monday at Northtown Crown Court, police said.\n\n"
            "The men, known as Big Example and Little Sample, were each given nine years.\n\n"
            "Sample's real name was Peter Lorne, the court heard.\n\n"
            "He was the gang's driver and kept its boats at Southvale harbour.\n\n"
            f"{named}\n\n"
            "The gang brought in cigarettes worth £3m over two years, the court heard.\n\n"
            "The sentences of Tarrow and Lorne end the inquiry, the police said.\n\n"
            "Three other members of the gang will be sentenced in May.")
    body = _body(text)
    assert named in body
    # (a bracketed note that brings in no name the story uses again stays out)
    note = "(Example Harbour Films is owned by the Example Group, as is this paper.)"
    other = text.replace(named, note)
    assert note not in _body(other)


def test_has_of_ownership_is_no_perfect_for_the_headlines_tense():
    from copydesk.engines.headcuts import any_perfect
    from copydesk.engines.headline import trim
    head = trim("More than 900 people are employed at the depot, which has workshops in Northtown and Southvale.")
    assert "employed" in head and " employ " not in head, head
    assert not any_perfect("900 people employed at depot, which has workshops")
    assert any_perfect("ministers have apologised for delay and promised review")
    assert any_perfect("club has now won the cup")


def test_a_headline_keeps_the_possessive_of_a_second_clause_and_of_an_idiom():
    from copydesk.engines.headlinese import without_possessives
    assert without_possessives("fans say Example was too slow but his brain is quick enough") == \
        "fans say Example was too slow but his brain is quick enough"
    assert without_possessives("it will be a strange feeling hanging up his boots") == \
        "it will be a strange feeling hanging up his boots"
    # (the subject's own things still lose theirs)
    assert without_possessives("Example lists his age and his job") == "Example lists his age and job"

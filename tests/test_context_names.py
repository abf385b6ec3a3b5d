"""Who and what a sentence leans on, and who is named: a pronoun after a fronted phrase, a reply,
"It is said to be", a person given the office or the full name the source gives, a possessor
who is not the speaker, a clock time's day; a headline never a quotation cut open."""

from __future__ import annotations

import pytest

from copydesk import rewrite
from copydesk.check.context import context_problems
from copydesk.segment import split_sentences


def _all_text(result) -> str:
    """The summary's and the body's sentences of a rewrite, as one text."""
    return " ".join(s.text for s in result.summary) + " " + " ".join(s.text for p in result.body for s in p)


def test_it_said_to_be_is_the_thing_told_before_not_a_dummy_subject():
    from copydesk.ingest.dependency import opening_dependency
    assert opening_dependency("It is also said to be the spot where the king stayed.") is not None
    assert opening_dependency("It is thought to be the oldest tree in the county.") is not None
    assert opening_dependency("It is said that the king stayed there.") is None
    assert opening_dependency("It is also possible that the king stayed there.") is None


@pytest.mark.parametrize("sentence, leans", [
    ("If he does that, he could well be one of the young stars of the tournament.", True),
    ("Last year, she won the title for the third time.", True),
    ("On Monday, he said the plan was dead.", True),
    ("In 2010, it was sold to a rival.", True),
    ("After Tom Example scored, he ran to the fans.", False),  # the phrase names him
    ("In 2010, it was announced that the harbour would close.", False),  # a dummy subject
    ("In a statement, the council said it was sorry.", False),
    # a reply leans on what it answers
    ("Harbour Health counters that the county told them to sign up hundreds of doctors.", True),
    ("Tom Example responded by scoring twice in the second half.", True),
    ("The Responders Group met on Monday.", False),
])
def test_a_pronoun_after_a_fronted_phrase_and_a_reply_lean_back(sentence, leans):
    from copydesk.ingest.dependency import opening_dependency
    assert (opening_dependency(sentence) is not None) is leans


def test_the_same_person_with_a_word_before_the_name_is_no_context_problem():
    source = ["Harbour Town were held to a draw by the cool 21-year-old Texan Tom Example and his side.",
              "Tom Example scored twice in the first half.",
              "Example looked to have won it when he went three clear."]
    kept = [(source[0], [0]), (source[2], [2])]
    assert not context_problems(kept, source + ["The match ended 3-3."])


def test_a_person_never_named_in_full_gets_the_office_the_source_gives():
    from copydesk.check.context import names_in
    text = ("The protests were the biggest in the country for twenty years. "
            "Mr Ndlovu announced the freeze as students gathered by his office in the capital. "
            "Police had used water cannon on the crowd. "
            "\"We agreed that there will be no rise in fees next year,\" Mr Ndlovu said. "
            "Analysis: Ann Example, Harbour News, Northport President Ndlovu's freeze will be welcomed by students.")
    result = rewrite(text)
    said = " ".join(s.text for para in result.body for s in para)
    assert "President Ndlovu announced the freeze" in said or "President Ndlovu said" in said
    assert said.count("President Ndlovu") == 1  # the first mention only
    assert result.check.ok
    # "Northport President Ndlovu" is a title and a surname, not a person called "Northport Ndlovu"
    assert names_in("Northport President Ndlovu's freeze will be welcomed.") == ()


def test_a_quote_after_one_a_tabloid_verb_attributes_travels_with_it():
    from copydesk.engines.units import Units
    sents = ["Harbour Town's dressing room was full of bold claims in January.",
             "'I believe we can win all three trophies,' trumpeted goalkeeper Tom Example.",
             "'People might laugh at me but maybe in May I will be laughing.'",
             "On Wednesday night, however, those days seemed long ago."]
    assert Units(sents).of(2) == (1, 2)


def test_a_clock_time_keeps_its_day_and_an_office_of_state_is_no_first_name():
    from copydesk.check.context import names_in
    assert split_sentences("The team had to leave at 3 a.m. Friday. They flew home.") == [
        "The team had to leave at 3 a.m. Friday.", "They flew home."]
    assert split_sentences("The attack came at 3 a.m. Police said it was over.") == [
        "The attack came at 3 a.m.", "Police said it was over."]
    assert names_in("It required Secretary of State Ann Example to leave early.") == (("Example", "Ann Example"),)


def test_a_possessor_is_named_in_full_and_is_not_the_speaker():
    from copydesk.check.speakers import speaker_of
    for who in ("Ms Example", "Ann Example"):
        said = f"{who}'s mother, Jane Sample, having lost a son, said her family had been \"wiped out\"."
        assert speaker_of(said, set()) == frozenset({"jane", "sample"})
    text = ("Six people were aboard a raft when it flipped at the Harbour Park ride. "
            "Ann Example, 32, was on a family holiday with her daughter. "
            "Police said it was \"almost a miracle\" that two children survived. "
            "Ms Example's mother, Jane Sample, said her family had been \"wiped out\".")
    result = rewrite(text)
    said = _all_text(result)
    assert "Jane Sample" in said and result.check.ok


def test_a_headline_is_never_a_quotation_cut_open():
    from copydesk.engines.headline import open_quote, write_headline
    sents = ["The boy is from Harbourton, but his family do not want him named.",
             "His mother had to give up her job to look after him.",
             "\"He really misses being around people, he doesn't like being isolated, but unfortunately the way "
             "the system has been working so far has actually worked to isolate him more,\" she said."]
    head = write_headline(sents, 2, ship=[True, True, True])
    assert not open_quote(head), head


def test_the_last_word_of_a_bodys_name_is_no_persons_surname():
    text = ("A new Harbourshire law tells poor families what they may not buy with cash assistance. "
            "The list appears to be the longest, according to state Department for Children and Families officials. "
            "The taxpayer-funded Temporary Assistance for Needy Families program pays up to $497 a month. "
            "The state Department for Children and Families said recipients rarely reach the limit.")
    result = rewrite(text)
    said = _all_text(result)
    assert "Children and Needy Families" not in said
    assert "Department for Children and Families" in said


def test_a_determiner_or_a_country_before_a_name_is_no_first_name():
    from copydesk.check.context import names_in

    assert names_in("Both Example and Brooks were from Northtown.") == ()
    assert names_in("During Example's first year, he wrote at night.") == ()
    assert "Iraq Al-Example" not in [n for _, n in names_in("North of Northtown. Iraq Al-Example, 72, led it.")]
    assert names_in("Jordan Example won the open.") == (("Example", "Jordan Example"),)


def test_a_name_given_only_in_a_bracketed_aside_ships_with_its_aside():
    # (the aside tells who the later name is: "Harbour's real name was Qari Example" - without it,
    # "The deaths of Qari Example and Brooks" names a man no reader has met, judge LC)
    from copydesk.engines.mentions import named_as_person

    assert named_as_person("Its leader was Qari Example, a Northtown man who ran the cell.", "Example")
    text = ("The group confirmed that two of its leaders, known as Sam Brooks and Ali Harbour, were killed. "
            "Brooks's real name was Raja Sam Brooks, the group said. "
            "(Harbour's real name was Qari Example, a Northtown man who ran the cell.) "
            "The deaths of Example and Brooks leave the group with few leaders. "
            "The group has lost many of its leaders this year.")
    said = " ".join(s.text for para in rewrite(text).body for s in para)
    assert "(Harbour's real name was Qari Example, a Northtown man who ran the cell.) The deaths of Example" in said


def test_a_capitalised_compound_opening_a_sentence_is_no_first_name():
    # "Long-time Labour supporter ...": "Labour" is no surname of "Long-time Labour", and the body's
    # "in support of Labour" must not become "in support of Long-time Labour"
    from copydesk.check.context import names_in
    assert names_in("Long-time Labour supporter Jo Example said the party would win.") == (("Example", "Jo Example"),)
    assert names_in("Jean-Luc Example said so.") == (("Example", "Jean-Luc Example"),)
    from copydesk import rewrite
    text = ("Two comedians and an actress came out in support of Labour at a party rally in Northtown on Monday. "
            "Comedian Sam Example took a swipe at a pop star over her criticism of the party's tax plans. "
            "Long-time Labour supporter Jo Example said the party would offer a fair chance for everyone. "
            "Actress Ann Example told the crowd that food banks made her sick.")
    shipped = " ".join(s.text for p in rewrite(text).body for s in p)
    assert "Long-time Labour at" not in shipped and "support of Labour" in shipped, shipped


def test_a_suffix_stays_with_the_full_name_and_the_surname_is_the_word_before_it():
    from copydesk.check.context import names_in, surname_of

    assert names_in("Sam P. Example Jr., the harbour master, said the pier must close.") == (
        ("Example", "Sam P. Example Jr."),)  # (his name, not his father's)
    assert surname_of("Sam P. Example Jr.") == "Example" and surname_of("Jo Example") == "Example"


def test_a_surname_named_in_full_keeps_its_suffix():
    from copydesk.engines.passages import Passages

    sents = ["A Northtown man admitted on Monday that he threatened to sink the harbour master's boat.",
             "Sam P. Example Jr., the prosecutor for the harbour district, said the case mattered.",
             '"Threats against public servants will not be tolerated," Example said in a statement.']
    assert Passages(sents, unit_of=lambda i: (i,)).person_name("Example") == "Sam P. Example Jr."


def test_a_speaker_named_by_one_name_alone_needs_the_sentence_that_introduced_them():
    from copydesk.check.context import context_problems
    source = ["A boy of nine scored a 27-yard goal into a basketball hoop.",
              "His mother Lucy, 32, of Northtown, said: 'He loves football.'",
              "The clip shows the ball going through the hoop.",
              "'I think he's got it down now,' said Lucy, who runs a building firm."]
    cut = [(source[0], [0]), (source[2], [2]), (source[3], [3])]
    assert 2 in context_problems(cut, source)
    whole = [(s, [i]) for i, s in enumerate(source)]
    assert not context_problems(whole, source)
    # (not a word of a speaker's description: "said Facebook user Sam Tester")
    other = [*source[:3], "'Please stop sharing this song,' said Facebook user Sam Tester."]
    other[0] = "The song has been shared on Facebook thousands of times."
    found = context_problems([(other[0], [0]), (other[3], [3])], other)
    assert not any("named alone" in p.detail for p in found.values())


def test_a_slogans_verb_is_no_first_name():
    from copydesk.check.context import names_in
    assert names_in("Democrats hope the hearings will Make Trump just go away.") == ()
    assert names_in("Far from tormenting Jo Example and the council, the vote helped.") == (("Example", "Jo Example"),)

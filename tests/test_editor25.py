"""The editor's faults found by reading outputs in the twenty-fifth session, each in invented
text: a quotation that ends on "me." run into the next speaker's sentence."""

from __future__ import annotations

import datetime as dt

from copydesk import rewrite
from copydesk.segment import split_sentences

NOW = dt.datetime(2025, 7, 6, 7, 13, 5, tzinfo=dt.UTC)


def body_of(text: str) -> str:
    """The body ``rewrite`` ships for ``text``, its sentences joined by spaces."""
    return " ".join(s.text for p in rewrite(text, now=NOW).body for s in p)


def test_a_sentence_ending_on_me_ends_there_outside_a_quotation():
    # sentencex takes a lower-case "me." for an abbreviation (Maine's): the next sentence ran on
    assert split_sentences('"They always called on Sundays," she said. "Words fail me." A neighbour '
                           "said the brothers were generous.") == [
        '"They always called on Sundays," she said.', '"Words fail me."',
        "A neighbour said the brothers were generous."]
    assert split_sentences("'Nothing surprises me.' The coach smiled.") == [
        "'Nothing surprises me.'", "The coach smiled."]
    assert split_sentences("The dog bit me. Officers came later.") == ["The dog bit me.", "Officers came later."]


def test_inside_a_quotation_a_me_stop_keeps_the_quotation_whole():
    # (sentencex keeps a quotation's sentences together, after "me." as after any other word)
    assert split_sentences('"You amaze me. Nobody loves life more," he said. He left.') == [
        '"You amaze me. Nobody loves life more," he said.', "He left."]
    assert split_sentences("'You amaze me. Nobody loves life more,' he said.") == [
        "'You amaze me. Nobody loves life more,' he said."]


def test_the_speakers_last_words_stay_in_her_paragraph_not_the_next_speakers():
    text = ("Two brothers from Ballarat died when their boat capsized on Lake Wendouree on Saturday. "
            "Their neighbour, Ruth Collins, said they were the kindest men she knew. "
            '"They always called on Sundays. They never forgot a birthday," she said. "Words fail me." '
            "A cousin said both men had been strong swimmers. "
            '"It makes no sense to any of us," Peter Lane said on Facebook.')
    paragraphs = [" ".join(s.text for s in p) for p in rewrite(text, now=NOW).body]
    holding = [p for p in paragraphs if "Words fail me." in p]
    assert holding and holding[0].endswith('she said. "Words fail me."')
    assert any(p.startswith("A cousin said") for p in paragraphs)


def test_a_participle_with_its_agent_is_its_nouns_and_the_verb_after_it_goes_present():
    from copydesk.engines.tense import present_tense
    assert present_tense("A film posted by the festival director Ann Reid gave a rare look backstage",
                         frozenset()) == "A film posted by the festival director Ann Reid gives a rare look backstage"
    assert present_tense("A letter signed by 50 MPs urged the minister to act", frozenset()) \
        == "A letter signed by 50 MPs urges the minister to act"
    # (a participle after "was" is the verb's own: nothing moves)
    assert present_tense("The dog was attacked by a fox and died", frozenset()) == "The dog was attacked by a fox and died"


def test_a_participle_phrase_of_the_subject_is_no_headline_and_goes_when_the_news_needs_the_room():
    from copydesk.engines.headline import trim
    from copydesk.engines.verbs import main_verbs
    lead = ("A former Ohio swimming coach accused of taking money from the club's accounts for six years "
            "took a plea deal on Tuesday to avoid a trial, weeping as she accepted the terms in court.")
    tokens = lead.split()
    assert [tokens[j] for j in main_verbs(tokens)] == ["took", "accepted"]  # "accused" is the coach's
    head = trim(lead, frozenset(w.lower().strip(",.") for w in tokens))
    assert head.lower().startswith("former ohio swimming coach takes plea deal")
    # short enough with it, the subject keeps what it is accused of; alone, the participle is the verb
    short = "Two men accused of running a fake charity have been jailed, a court heard."
    assert "accused of running fake charity" in trim(short, frozenset(w.lower().strip(",.") for w in short.split())).lower()
    assert [t for t in main_verbs("A coach accused of taking money".split())] == [2]


def test_some_of_a_group_told_of_before_is_no_headline_subject():
    from copydesk.engines.headcheck import headline_problem
    assert headline_problem("Two of the Students Had Recently Visited the Embassy") \
        == "a subject that refers back (“Two of the Students”)"
    assert headline_problem("Two of the Best Actresses on Television Are Back") is None  # a superlative says which
    assert headline_problem("Three of the Students Who Built Raft Win National Prize") is None


def test_what_has_been_going_on_is_news_and_takes_the_headlines_present():
    from copydesk.engines.progressive import simple_present
    from copydesk.engines.verbs import is_state
    assert not is_state("Striker Has Been Stepping Up Recovery From Injury")
    assert is_state("Striker Has Been Injured for Months") is False  # (a passive: news, as before)
    assert is_state("Mayor Has Been Popular") is True
    assert simple_present("Residents have been fleeing the flooded town", frozenset()) \
        == "Residents flee the flooded town"
    assert simple_present("A robot has been drawing in crowds", frozenset({"draws"})) \
        == "A robot draws in crowds"


def test_a_progressive_goes_to_the_headlines_present_once_the_cut_is_made():
    from copydesk.engines.headline import write_headline
    from copydesk.engines.progressive import simple_present
    assert simple_present("The senator is comparing the mayor to a bus driver", frozenset({"compared"})) \
        == "The senator compares the mayor to a bus driver"
    for kept in ("Sam Example is going to quit", "Officers are being praised", "The striker is having a rest",
                 "The boy is recovering in hospital", "Residents have been waiting for news"):
        assert simple_present(kept, frozenset()) == kept
    source = ["Police are investigating a Northtown councillor over claims he tried to buy votes with free pies.",
              "Councillor Sam Example denies any wrongdoing.", "Officers investigated a similar case last year."]
    assert write_headline(source, 0) == "Police Investigate Northtown Councillor Over Claims He Tried to Buy Votes"
    # the full name comes back after the tense change ("Mr Lewis is visiting" -> "Huw Lewis Visits")
    source = ["Education Minister Huw Example wants more staff in nursery classes.",
              "Mr Example is visiting a staff training session at a school in Cardiff to unveil the plan.",
              "The plan will go out to consultation until December."]
    assert write_headline(source, 1, full_name=lambda s: "Huw Example" if s == "Example" else None) \
        == "Huw Example Visits Staff Training Session at School"


def test_a_line_that_opens_on_pictured_is_a_caption_and_a_travel_disclosure_is_the_papers_own():
    from copydesk.ingest.roles import role_of
    assert role_of("Pictured is one of the houses in the street where police made an arrest.", 5, 20) == "caption"
    assert role_of("Pictured: the shed in Northtown where the tools were found.", 5, 20) == "caption"
    assert role_of("Pictured with her mother, the singer smiles at fans.", 5, 20) == "caption"
    assert role_of("Pictured as a villain by the press, he refused every interview.", 5, 20) == "body"
    assert role_of("The Daily Example was at the festival as a guest of Northtown Tourism.", 5, 20) == "promo"
    assert role_of("The minister was a guest of the king at the palace.", 5, 20) == "body"


def test_a_study_named_by_who_made_it_stands_on_its_own():
    from copydesk.ingest.dependency import opening_dependency
    assert opening_dependency("The study, by three researchers from Northtown University, was published in "
                              "the journal Example Science.") is None
    assert opening_dependency("The report, commissioned by the council, found rents rose.") is None
    assert opening_dependency("The study was published on Monday.") == "reference “The study”"  # which study?
    text = ("A new paper says a comet may have brought water to the early Moon. "
            "The idea could explain why the Moon's rocks hold traces of ice. "
            "The study, by three researchers from Northtown University, was published in the journal Example Science. "
            "Other scientists said more samples were needed.")
    assert "The study, by three researchers from Northtown University" in body_of(text)


def test_a_title_in_marks_after_latest_stays_in_its_sentence():
    assert split_sentences("The idea was discussed by the biologist Sam Example in his latest 'Where Did We Come From?' "
                           "video series for Northtown University. Gorillas are smaller.") == [
        "The idea was discussed by the biologist Sam Example in his latest 'Where Did We Come From?' video series "
        "for Northtown University.", "Gorillas are smaller."]


def test_a_speaker_named_the_official_leans_on_the_line_that_introduced_them():
    from copydesk.ingest.dependency import opening_dependency
    told = "inner reference “the official” (a speaker told of before)"
    assert opening_dependency('There were "many long nights," said the official, who briefed reporters.') == told
    assert opening_dependency('"They are skilled at it," the official said.') == told
    assert opening_dependency('"It was intense," said a senior official.') is None  # introduced here


def test_the_officials_line_ships_only_with_the_line_that_introduced_the_official():
    from copydesk.engines.passages import Passages
    sents = ["Talks on the harbour dispute ended on Thursday in Northtown with a deal on fishing rights.",
             '"We kept changing the schedule," a senior harbour official told reporters.',
             "On the last evening the ferry had already left, so the delegates stayed overnight.",
             'There were "many long nights," said the official, who briefed reporters on the quay.',
             "Fishing boats will return to sea next month."]
    p = Passages(sents, unit_of=lambda i: (i,))
    assert p.unit(3, (3,)) == (1, 2, 3)  # back to the official's introduction, not only the line before
    assert p.unit(4, (4,)) == (4,)


def test_a_pictures_moment_printed_twice_and_run_into_the_copy_is_cut_out():
    from copydesk.ingest.roles import roles
    text = ("The champion was warned for a gesture. Sam Example is spoken to by referee Jo Brooks in his second "
            "round match against Ali Stone Example is spoken to by referee Brooks in his second round match against "
            "Stone at the Crucible Brooks approached Example as he walked to the table, telling him he had seen "
            "the gesture. He went on to win.")
    sents = split_sentences(text)
    assert sents[-2] == ("Brooks approached Example as he walked to the table, telling him he had seen the gesture.")
    assert [r for r in roles(sents)][1:3] == ["standfirst", "standfirst"]  # the two tellings: no copy
    # a moment told once is left alone
    assert len(split_sentences("Sam Example is spoken to by the referee in the final frame.")) == 1


def test_a_pages_table_row_is_one_line_of_furniture_whatever_stops_its_cells_hold():
    from copydesk.ingest.roles import role_of
    assert split_sentences("| DL | Sam Example | 63 | 85% | 1 tackle (1 combined). 1 sack, 2 QH. |") == [
        "| DL | Sam Example | 63 | 85% | 1 tackle (1 combined). 1 sack, 2 QH. |"]
    assert role_of("| DL | Sam Example | 63 | 85% | 1 tackle (1 combined). 1 sack, 2 QH. |", 4, 20) == "nav"
    # a page laid out in a table ("|  | A bigger role for a big rocket ... |") is no row: its copy is read
    page = "|  | " + "The agency announced a milestone in the rocket's development this month. " * 6 + "|"
    assert len(split_sentences(page)) > 1


def test_a_round_ups_next_score_opens_a_paragraph():
    text = ("Sam Example scored twice as Northtown beat Harbour 4-1 on Tuesday night. "
            "Jo Brooks added a goal for Northtown, who have won five in a row. "
            "Harbour had lost three straight before the game. "
            "Their coach was not at the game. "
            "Rovers 3, Athletic 2: Ali Stone scored in overtime and Rovers held on. "
            "City 2, United 0: Ben Cole scored twice. "
            "Town 1, County 1: Dan Moss equalised late on.")
    paragraphs = [" ".join(s.text for s in p) for p in rewrite(text, now=NOW).body]
    assert paragraphs[-3:] == ["Rovers 3, Athletic 2: Ali Stone scored in overtime and Rovers held on.",
                               "City 2, United 0: Ben Cole scored twice.", "Town 1, County 1: Dan Moss equalised late on."]


def test_a_sentence_of_a_past_year_names_the_person_without_the_office_they_hold_now():
    from copydesk.engines.mentions import without_office
    assert without_office("President Sam Example") == "Sam Example"
    assert without_office("Prime Minister Jo Brooks") == "Jo Brooks"
    assert without_office("President Example") == "President Example"  # (no name of their own left)
    text = ("Campaigners in Northtown were angry on Sunday that the president had again declined to call "
            "the 1921 killings a massacre. "
            "They had urged him to use the word at the memorial. "
            "On the 2012 campaign trail, Example promised to use the word if elected. "
            "A spokesman for President Sam Example said his views were well known.")
    body = body_of(text)
    assert "On the 2012 campaign trail, Sam Example promised" in body
    assert "President Sam Example promised" not in body


def test_a_sentence_that_leans_back_does_not_lean_past_a_caption_that_ran_on_into_the_copy():
    from copydesk.engines.passages import Passages
    from copydesk.ingest.dependency import opening_dependency
    assert opening_dependency("According to the paper, he went to a food fair with his staff instead.") \
        == "inner reference “instead” (in place of what came before)"
    sents = ["The chef has filed for divorce from his wife of ten years, the paper reported on Friday.",
             "Sources said the marriage crumbled when she fell ill and he did not visit her in hospital.",
             "Moved out: The star of the cookery show is said to have moved out of the couple's flat in the city "
             "Boiling point: The marriage suffered when the pair did not mark their tenth wedding anniversary "
             "together in February",
             "According to the paper, he went to a food fair with his staff instead.",
             "The divorce will be his third."]
    p = Passages(sents, unit_of=lambda i: (i,))
    assert p.roles[2] == "caption"
    assert p.story_before(3) == -1  # what "instead" answers may be in the caption's run-on copy
    assert p.story_before(4) == 3


def test_an_also_in_a_second_sentence_run_on_into_the_first_is_no_lost_start():
    from copydesk.engines.passages import Passages
    sents = ["This week is the 50th anniversary of the Northtown mine disaster And it's also the tenth year "
             "in a row the mayor has declined to attend the memorial.",
             "On the 2010 campaign trail, the mayor promised to attend every year.",
             "Families said they were disappointed."]
    p = Passages(sents, unit_of=lambda i: (i,))
    assert not p.lost_start() and p.lead() == 0
    assert Passages(["The mayor has also declined to attend the memorial.", *sents[1:]],
                    unit_of=lambda i: (i,)).lost_start()  # (an "also" of its own: the text lost its start)


def test_a_features_opening_they_with_a_contact_clause_stands_first():
    from copydesk.ingest.dependency import stands_first
    opening = "They are the chocolate treats we most look forward to at Easter, and millions of them are eaten every year."
    assert stands_first(opening, "pronoun “They”")
    assert not stands_first("They are waiting for the results.", "pronoun “They”")

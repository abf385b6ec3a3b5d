"""The editor's faults found by reading outputs in the twenty-second session (copy-editor judges
and the desk's own reading), each in invented text: captions, labels and links in the copy,
leads, headlines, datelines that the text contradicts, and quotations."""

from __future__ import annotations

import datetime as dt

from copydesk import rewrite
from copydesk.ingest.roles import SHIPPABLE, roles
from copydesk.segment import split_sentences
from shipping import fetched
from shipping import shipped as _shipped

LABELLED = ("Jo Example has left her job at a Northtown bank in what could be a sign her husband will run for mayor. "
            "Example, 49, a director at the bank, left her post this week, a family spokesman said. "
            "The official reason was to spend more time with her family. "
            "Many will see the move as a sign that councillor Sam Example is coming closer to a bid. "
            "What comes next? The move is likely a first step to a run for mayor, pictured above with "
            "her husband in Northtown Her decision mirrors that of another councillor's wife, Pat Tester. "
            "Tester left her own job at a Harbour law firm last year, weeks before her husband's campaign began. "
            "The Examples have said nothing of a campaign so far.")


def test_a_short_question_before_a_caption_is_the_captions_label():
    sents = split_sentences(LABELLED)
    role = dict(zip(sents, roles(sents), strict=True))
    assert role["What comes next?"] not in SHIPPABLE
    assert "What comes next?" not in _shipped(LABELLED)
    assert "Her decision mirrors that of another councillor's wife, Pat Tester." in sents
    assert role["Her decision mirrors that of another councillor's wife, Pat Tester."] in SHIPPABLE


def test_a_short_question_in_the_copy_stays():
    text = LABELLED.replace("What comes next? The move is likely a first step to a run for mayor, pictured above with "
                            "her husband in Northtown Her", "What comes next? Her")
    sents = split_sentences(text)
    assert roles(sents)[sents.index("What comes next?")] in SHIPPABLE


def test_a_habit_is_no_headline():
    text = ("Every year a fashion comes around that strikes fear into the hearts of parents. "
            "This spring many will be worried about the arrival of the nose ring. "
            "In recent months a host of singers have been wearing the ring, including Jo Example and Sam Tester. "
            "Jo Example has been one of the first to wear it on stage. "
            "The ring is no new fashion: it has been worn for centuries.")
    assert not rewrite(text).headline.startswith("Every Year")


def test_an_aged_subject_from_a_place_is_named_when_the_story_names_one_person():
    from copydesk.engines.headwho import aged_subject
    sents = ["The 23-year-old from Northtown finished second behind Kenyan Jo Tester in four minutes.",
             "That moved her second on the British all-time list.",
             "Example, who finished fifth last year, now holds the Scottish record."]
    head = aged_subject("23-year-old from Northtown finishes second behind Kenyan Jo Tester", sents[0], sents[1:], None)
    assert head == "Example finishes second behind Kenyan Jo Tester"


def test_a_team_sheet_with_its_formation_and_ratings_is_no_sentence():
    row = ("Harbour United (4-4-2): Example 6; Tester 6, Brooks 5.5, Smith 6, Jones 6; Green 6.5, "
           "Black 6.5, White 7, Grey 6; Brown 6, Stone 8.")
    sents = ["Harbour United drew 3-3 with Northtown on Tuesday night.", row,
             "Sam Example scored three times for the hosts.", "Jo Tester made two saves late on."]
    assert roles(sents)[1] not in SHIPPABLE


def test_a_links_words_glued_between_two_sentences_go():
    from copydesk.ingest.text import clean_text
    text = ("Jo Example died after being hit by a car in Harbour in 2008.The coroner recorded a verdict of "
            "unlawful killing.More on the banker 'killed' by his partner, and other newsShe said: "
            "\"His guard was lowered.\" The survey strongly suggests that:Read Sam Tester's analysis of "
            "the surveyIncreasing the amount spent on parks was scored 6.2.")
    cleaned = clean_text(text).text
    assert "More on" not in cleaned and "other news" not in cleaned
    assert "analysis" not in cleaned
    assert "She said:" in cleaned and "Increasing the amount spent on parks was scored 6.2." in cleaned


GLUED_LINK = ("Aid flights landed in Harbour on Sunday after the floods. "
              "By Monday, Northland was in full crisis mode: from airports across the country, planes flew in with aid. "
              "On the ground: Floods in Harbour Northland's Prime Minister Jo Example has made a special effort over Harbour. "
              "He has visited the country twice in his first year in office. "
              "And on Sunday, in his radio address, he said people needed to \"stand with them.\" "
              "Trucks also made the trip by land from the east.")


def test_a_he_after_a_caption_that_named_its_person_does_not_ship_after_a_sentence_that_names_no_one():
    sents = split_sentences(GLUED_LINK)
    role = roles(sents)
    he = next(i for i, s in enumerate(sents) if s.startswith("He has visited"))
    assert role[he - 1] not in SHIPPABLE and role[he] not in SHIPPABLE
    shipped = _shipped(GLUED_LINK)
    assert "He has visited" not in shipped and "he said people" not in shipped


def test_a_he_after_a_caption_ships_when_the_story_before_told_of_someone():
    text = GLUED_LINK.replace("By Monday, Northland was in full crisis mode", "By Monday, Mr Example had flown in")
    sents = split_sentences(text)
    he = next(i for i, s in enumerate(sents) if s.startswith("He has visited"))
    assert roles(sents)[he] in SHIPPABLE


MATCH = ("Northtown and Harbour United drew 3-3 in a thrilling game at the Old Ground on Tuesday night. "
         "Sam Example scored three times for the hosts, the last of them a free-kick with seven minutes left. "
         "Jo Tester had put Harbour ahead twice before half-time. "
         "Northtown play Southport next, and Harbour face Eastville at home.")
SUNDAY = dt.datetime(2025, 7, 6, 7, 0, tzinfo=dt.UTC)  # a Sunday


def test_a_story_of_tuesday_told_as_past_is_not_dated_on_a_sunday():
    line = fetched(MATCH, now=SUNDAY).dateline
    assert "2025" not in line.text


def test_a_weekday_just_before_the_run_date_or_ahead_of_it_keeps_the_run_date():
    assert "July 6, 2025" in fetched(MATCH.replace("Tuesday night", "Saturday night"), now=SUNDAY).dateline.text
    ahead = MATCH.replace("in a thrilling game at the Old Ground on Tuesday night",
                          "in a thrilling game at the Old Ground on Saturday, and will meet again on Wednesday")
    assert "July 6, 2025" in fetched(ahead, now=SUNDAY).dateline.text
    # (and a date the user gives stands whatever the weekdays)
    assert "July 1, 2025" in fetched(MATCH, now=SUNDAY, published="2025-07-01").dateline.text


def test_the_note_says_which_weekday_left_the_date_out():
    notes = " ".join(fetched(MATCH, now=SUNDAY).check.notes)
    assert "date left out" in notes and "Tuesday" in notes and "--published" in notes


def test_a_past_in_a_later_clause_leaves_a_passive_to_lose_its_was():
    from copydesk.engines.tense import present_tense
    text = ("figures from Harbour Trust were seized on by Labour as evidence that families need food "
            "because of low pay and stopped benefits")
    assert present_tense(text, frozenset()).startswith("figures from Harbour Trust seized on by Labour")
    kept = "shop was owned by Jo Example and began trading in May"
    assert present_tense(kept, frozenset()) == kept  # (both verbs share "was"' subject)


COACHES = ("Northtown have apologised to supporters and promised refunds after coaches they laid on for free "
           "missed the kick-off at Harbour. "
           "The club have written to 300 fans who took up the offer of free transport for the evening game. "
           "Harbour's ground is hard to reach and the club acted after the game was set for an 8pm start. "
           "Jo Example and his Northtown team-mates reflect on their defeat at Harbour on Monday night "
           "However, after being sent on their way at 1.30pm, all of those on board the six coaches missed the "
           "kick-off. "
           "Some complained that the send-off had gone on for too long. "
           "Now the club has written to supporters to say it will refund the cost of their tickets. "
           "The move is likely to cost the club about £12,000.")


def test_a_however_after_a_caption_set_in_the_story_ships_after_the_sentence_before_the_caption():
    sents = split_sentences(COACHES)
    role = roles(sents)
    caption = next(i for i, s in enumerate(sents) if s.startswith("Jo Example and his"))
    assert role[caption] not in SHIPPABLE and role[caption + 1] in SHIPPABLE
    shipped = _shipped(COACHES)
    assert "all of those on board the six coaches missed the kick-off" in shipped
    assert "reflect on their defeat" not in shipped


def test_a_stop_standing_alone_between_two_sentences_goes():
    from copydesk.ingest.text import clean_text
    text = ("Jo Example said: 'I remember wondering how my life would be if I didn't care what people think. . "
            "'It was then that it hit me,' she said. The show airs on Monday.")
    cleaned = clean_text(text).text
    assert "think. 'It was then" in cleaned and ". ." not in cleaned


def test_a_plurals_possessive_mark_does_not_close_a_straight_marks_quotation():
    text = ("Harbour Lines officials confirmed the ship was late. 'The scheduled arrival of Harbour Cruise Lines’ "
            "Northtown Star has been delayed by severe weather,' the statement said. The ship waits off the coast.")
    sents = split_sentences(text)
    assert sents[1].startswith("'The scheduled arrival of Harbour Cruise Lines’ Northtown Star has been delayed")


def test_a_first_sentence_whose_she_is_named_later_by_a_possessive_leads():
    from copydesk.ingest.dependency import opening_dependency, stands_first
    first = "She recently turned 51 but Jo Example's good looks and age-defying skin would have you believe otherwise."
    assert stands_first(first, opening_dependency(first))
    text = (first + " So what's her secret? The model has revealed that she carries a tester kit wherever she goes. "
            "In an interview with the Harbour Standard, the model said the kit was the most surprising thing in her bag. "
            "Example turned 51 last month.")
    assert rewrite(text).body[0][0].text == first


def test_a_story_sentence_run_into_a_chain_of_captions_is_cut_off_at_its_person():
    text = ("Then pictures emerged of Example and Tester with shisha pipes. Sam Example (right) was pictured "
            "smoking a shisha pipe with team-mate Jo Tester earlier this season Northtown boss Pat Brooks (left) "
            "hasn't disciplined Example (pictured) or Tester for the incident Tester was at training on Friday "
            "ahead of their cup semi Brooks, who has his captain back for the semi-final, spoke to both players "
            "in his office on Thursday but neither will be disciplined. He said: 'It is hard.'")
    sents = split_sentences(text)
    assert "Northtown boss Pat Brooks (left) hasn't disciplined Example (pictured) or Tester for the incident" \
        in " | ".join(sents)
    assert any(s.startswith("Brooks, who has his captain back") for s in sents)
    # (not inside a sentence: "For winger Jo Tester, who ...", "with Harbour News Sam, who ...")
    kept = ("For winger Jo Tester (left), who lines up against Sam Example this afternoon, it is the last chance "
            "to leave his club with a cup.")
    assert split_sentences(kept) == [kept]


def test_a_headline_does_not_end_on_the_adverb_its_phrase_left():
    from copydesk.engines.headline import trim
    sentence = "Sam Example crouched to volley in Jo Tester's deep free-kick early in the match."
    head = trim(sentence, frozenset(sentence.lower().replace(".", "").split()))
    assert not head.endswith((" early", " Early")) and head.endswith("free-kick")


def test_an_outlets_linked_title_with_its_dash_tail_is_cut_from_the_sentence_it_ran_into():
    text = ('He hated the hard sell. Harbour Reporter: "Northtown Turtles" -- the untold story Example disdained '
            'the hard sell. He died on Friday.')
    sents = split_sentences(text)
    assert "Example disdained the hard sell." in sents
    assert roles(sents)[sents.index("Example disdained the hard sell.") - 1] not in SHIPPABLE


CRASH = ("Five people were on the training helicopter when it was forced to land on Mount Example on 9 August. "
         "All five escaped unhurt, but black smoke could be seen from the peak for miles around. "
         "A Chinook helicopter from Northtown was sent to recover the wreckage. "
         "The exercise involved the helicopter picking people up and putting them down on the peak.")


def test_a_day_of_a_month_told_as_past_long_before_the_run_date_leaves_the_date_out():
    december = dt.datetime(2026, 12, 3, 12, 0, tzinfo=dt.UTC)
    result = fetched(CRASH, now=december)
    assert "2026" not in result.dateline.text
    assert any("August 9" in n and "--published" in n for n in result.check.notes)
    assert "August 12, 2026" in fetched(CRASH, now=dt.datetime(2026, 8, 12, 12, 0, tzinfo=dt.UTC)).dateline.text
    # (a day ahead says nothing: "will appear in court on 22 May")
    ahead = CRASH.replace("was sent to recover the wreckage", "will recover the wreckage on 9 August")
    ahead = ahead.replace("on Mount Example on 9 August", "on Mount Example on Wednesday")  # (the day before)
    assert "December 3, 2026" in fetched(ahead, now=december).dateline.text


def test_a_short_question_that_ends_the_story_is_a_links_title():
    text = ("Airstrikes over Northland resumed on Thursday, two days after the campaign was declared over. "
            "The strikes targeted rebel positions in three parts of Harbour, officials said. "
            "The officials said the strikes caused no casualties. "
            "The coalition said a new phase was under way, focused on talks. "
            "The president thanked the coalition and said he would return at the right time. "
            "Why is Northland being bombed?")
    sents = split_sentences(text)
    assert roles(sents)[-1] not in SHIPPABLE
    assert "Why is Northland being bombed?" not in _shipped(text)
    asked = text.replace("The officials said the strikes caused no casualties. ", "")
    assert roles(split_sentences(asked))[-1] not in SHIPPABLE
    # (but a question inside the story stays: "What comes next?" before its answer)
    assert roles(split_sentences(text.replace("Why is Northland being bombed?", "What comes next? Talks.")))[-2] \
        in SHIPPABLE


def test_a_listen_links_words_glued_after_a_quotation_go():
    from copydesk.ingest.text import clean_text
    text = ('Example added: "It was a risky move, but I am on the podium."Listen to Tester\'s post-race rantAt the '
            'front, Brooks had made a stunning start to take the lead.')
    cleaned = clean_text(text).text
    assert "Listen to" not in cleaned and "At the front, Brooks had made" in cleaned

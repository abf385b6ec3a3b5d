"""A page's subhead, a line with no stop between paragraphs that do stop, is a paragraph of its
own and never runs into the next sentence; hard-wrapped text still joins its lines
(``ingest/text.clean_text``). A word that opens a sentence ("Whatever") is no first name
(``check/context.names_in``)."""

import copydesk
from copydesk.check.context import names_in
from copydesk.ingest.text import clean_text

PAGE = """The harbour board voted on Tuesday to close the old pier, after a survey found its piles had rotted.
Repairs would have cost 4 million pounds, the board said.
Work on a new pier starts in May and should take two years.
Ferries move to the north quay
Until then the ferries will dock at the north quay, which has room for two boats at once.
"It is the only safe choice," said board chair Jo Example.
Traders fear the change will cost them
Shop owners on Pier Street say most of their trade comes from ferry passengers.
"""

WRAPPED = """The harbour board voted on Tuesday to close the old
pier, after a survey found its piles had rotted. Repairs
would have cost 4 million pounds, the board said. Work on
a new pier starts in May and should take two years.
"""


def test_a_subhead_between_stopped_paragraphs_is_its_own_paragraph():
    text = clean_text(PAGE).text
    assert "\n\nFerries move to the north quay\n\nUntil then the ferries" in text
    assert "\n\nTraders fear the change will cost them\n\nShop owners" in text
    body = " ".join(copydesk.rewrite(PAGE).body_paragraphs)
    assert "Ferries move" not in body and "Traders fear" not in body  # (a subhead does not ship)
    assert "Shop owners on Pier Street say most of their trade comes from ferry passengers." in body


def test_hard_wrapped_lines_still_join():
    text = clean_text(WRAPPED).text
    assert "close the old pier, after a survey" in text
    assert "Work on a new pier starts in May" in text


def test_a_sentence_opening_word_is_no_first_name():
    assert names_in("Whatever Harbourco did for the pier was moved to the quay.") == ()
    assert names_in("Sadly Jo Example did not see it.") == (("Example", "Jo Example"),)


def test_a_live_pages_stamps_and_intro_go_and_its_dateline_stays():
    text = ("NORTHTOWN, Calif. (AP) — The Latest on a crash on the Northtown ferry (all times local):\n"
            "10 p.m.\nOfficials say the ferry hit the pier after its engine failed.\nNo one was hurt.\n"
            "___\n4:14 p.m.\nA harbour official says a ferry has hit the pier at Northtown.\n")
    c = clean_text(text)
    assert c.place_hint == "Northtown, Calif."
    # (the older update's lede, which the newer one tells again, goes too: judge QJ 06 of session 54)
    assert c.text == "Officials say the ferry hit the pier after its engine failed.\n\nNo one was hurt."


def test_a_promos_label_and_its_item_go():
    text = ("The band is nominated for the Harbour Hall of Fame.\nIt sits third in the fan vote.\n"
            "You may like...\nWho will make the Harbour Hall in 2030?\nTickets go on sale on Friday.\n")
    assert clean_text(text).text == ("The band is nominated for the Harbour Hall of Fame.\n\n"
                                     "It sits third in the fan vote.\n\nTickets go on sale on Friday.")


def test_a_clock_time_keeps_its_day_and_date():
    from copydesk.segment import split_sentences

    sents = split_sentences("Tickets go on sale at 10 a.m. Friday, Dec. 6. The band said so on Monday.", "en")
    assert sents == ["Tickets go on sale at 10 a.m. Friday, Dec. 6.", "The band said so on Monday."]


def test_a_name_alone_between_two_sentences_of_wrapped_text_is_a_caption_line():
    text = ("Photos released online show the actress Jo Example looking\nstunning in new photos.\n"
            "Jo Example\nVeteran actress Jo Example, who won an award in 2008, has\ntaken to her page to "
            "share the photos.\n")
    c = clean_text(text).text
    assert "\n\nJo Example\n\nVeteran actress" in c
    assert "looking stunning in new photos." in c  # (the wrapped lines still join)


def test_a_run_of_short_lines_with_no_stop_is_a_list_not_the_story():
    text = ("Harbour Awards\nSam Example Leads Harbour Award Nominations: See Full List\n"
            "Northtown Band Added to Harbour Awards Lineup\nJo Example to Host Harbour Awards\n"
            "A half century on, the Harbour Band is still playing.\n"
            "To celebrate 50 years since the band's formation, its four founding members will tour next year.\n"
            "The tour starts in June, the band said.\nTour dates:\nJune 9 – Pier Hall, Northtown\n"
            "June 10 – Quay Arena, Fairhaven\nJune 14 – Harbour Park, Southport\n"
            "Tickets go on sale on Friday.\n")
    c = clean_text(text)
    assert c.text.split("\n\n") == [
        "A half century on, the Harbour Band is still playing.",
        "To celebrate 50 years since the band's formation, its four founding members will tour next year.",
        "The tour starts in June, the band said.", "Tickets go on sale on Friday."]
    # (a long line with no stop is no list item: a table's row keeps the story's text)
    rows = ("The board met on Monday. |\nIt voted to close the pier. |\nThe pier opened in 1901. |\n"
            "Repairs would cost 4 million pounds, the chair said. |\n")
    assert "The board met on Monday." in clean_text(rows).text


def test_an_infinitive_that_opens_a_sentence_is_no_captions_name():
    from copydesk.ingest.roles import role_of

    s = ("To celebrate 50 years since the band's formation, its founding members Sam Example and Jo Example "
         "will reunite for a tour next year.")
    assert role_of(s, 1, 20) != "caption"
    assert role_of("Sam Example celebrates his goal against Northtown on Saturday.", 3, 20) == "caption"


def test_an_authors_book_plug_and_a_follow_line_go():
    text = ("The probe will fly past the moon 45 times, the agency said.\nIt could end up flying through the plume.\n"
            "Sam Example's book about the search for alien life, \"Out There\" (Harbour Press, 2018), is out now. "
            "Follow him on Twitter @samexample. Follow us on Twitter @Harbournews or Facebook.\n")
    assert clean_text(text).text == ("The probe will fly past the moon 45 times, the agency said.\n\n"
                                     "It could end up flying through the plume.")
    # a book told of in the story stays
    story = "Sam Example's book about the harbour is out now. It sold 4,000 copies in a week, his publisher said."
    assert "is out now" in clean_text(story).text


def test_a_pages_title_stamp_and_a_run_in_label_for_other_stories_go():
    text = ("| Harbour board closes pier November 20, 2019 - 11:28 AMT Harbour.Net - The harbour board voted on "
            "Tuesday to close the old pier. Repairs would have cost 4 million pounds, the board said. Work on a new "
            "pier starts in May. Top stories The council voted to rename the square. A ferry ran aground on Friday.")
    c = clean_text(text).text
    assert c.startswith("The harbour board voted on Tuesday to close the old pier.")
    assert c.endswith("Work on a new pier starts in May.")
    # a story's own "top stories" stay
    story = "The paper's top stories this year were about the pier. Readers voted on Friday, the editor said."
    assert clean_text(story).text == story


def test_an_explainers_question_subhead_goes_and_a_quoted_or_run_in_question_stays():
    text = ("The harbour board voted on Tuesday to close the old pier.\nRepairs would have cost 4 million pounds.\n"
            "What did the board say?\nBoard chair Jo Example said the pier was no longer safe.\n"
            '"Why now?" asked one trader.\nTraders said the board had not asked them.\n'
            "Is the pier safe? The board says it is not, and engineers agree.\n")
    c = clean_text(text).text
    assert "What did the board say?" not in c
    assert '"Why now?" asked one trader.' in c and "Is the pier safe? The board says" in c


def test_a_places_name_on_a_line_of_its_own_at_the_top_is_the_dateline():
    text = ("Nelson's late goal lifts Northtown\n\nNorthtown extends unbeaten streak to 15\n\nPittsburgh\n\n"
            "Sam Nelson's second goal lifted Northtown over Pittsburgh 5-4 on Tuesday night.\n\n"
            "Northtown trailed by two late in the third period.\n\nThe coach said the team never gave up.")
    c = clean_text(text)
    assert c.place_hint == "Pittsburgh" and "\n\nPittsburgh\n\n" not in c.text
    # a word that is no place stays where it stands
    c = clean_text(text.replace("\n\nPittsburgh\n\n", "\n\nAnalysis\n\n"))
    assert c.place_hint is None

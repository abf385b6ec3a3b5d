"""The editor's faults found by reading outputs in the thirty-fourth session, each in invented
text (copy-editor judges and the desk's own reading)."""

from __future__ import annotations

import datetime as dt

import copydesk
from copydesk.segment import split_sentences

NOW = dt.datetime(2025, 7, 6, 7, 13, 5, tzinfo=dt.UTC)


def test_a_caption_with_no_stop_is_cut_from_the_story_after_a_quotation_it_closes():
    # a Daily Mail caption glued between two sentences with no stop on either side
    text = ("When the mayor visited Northtown in January, she insisted the council had said the bridge was "
            "‘safer than it has ever been’ Jo Example first opened the bridge to traffic in a ceremony in 1964 "
            "The ‘old crossing’ has been used by generations of commuters on their way to the city.")
    assert split_sentences(text) == [
        "When the mayor visited Northtown in January, she insisted the council had said the bridge was "
        "‘safer than it has ever been’",
        "Jo Example first opened the bridge to traffic in a ceremony in 1964",
        "The ‘old crossing’ has been used by generations of commuters on their way to the city.",
    ]


def test_but_and_a_name_after_a_quotation_with_no_stop_opens_the_next_sentence():
    text = ("Example Promotions chief executive Sam Sample said that Smith 'is not willing to live with the deal' "
            "But Sam Sample, chief executive of Example Promotions, disagreed with Smith.")
    assert split_sentences(text)[-1] == "But Sam Sample, chief executive of Example Promotions, disagreed with Smith."


def test_a_people_word_after_the_opens_the_sentence_a_caption_runs_into():
    text = ("Example unleashes a shot against Northtown but only manages to injure his hamstring The Frenchman "
            "is treated on the sidelines after leaving the pitch.")
    assert split_sentences(text) == [
        "Example unleashes a shot against Northtown but only manages to injure his hamstring",
        "The Frenchman is treated on the sidelines after leaving the pitch.",
    ]
    text = ("Jo Example offered his view on the plan on the Today programme The Labour party raised concerns "
            "about the cost of the policy.")
    assert split_sentences(text)[-1] == "The Labour party raised concerns about the cost of the policy."


def test_titles_and_quoted_words_before_a_name_stay_in_their_sentence():
    for text in (
        "He told The Independent that the plan was dead.",
        "She read The Guardian's report on the plan before the meeting began.",
        "He watched The French Connection with his brother at the old cinema in town.",
        # a word or two quoted before a name, and the quotation's own speaker
        "Example was such a nuisance to the guards that he ended up in the ‘escape-proof’ Northtown Castle "
        "and remained there until the end of the war.",
        "He said the new stand in the ground was 'the best in the whole league' Jo Example said on Monday.",
        "The lead singer of the band performed the song 'Dangerous' at a gig in the city last week.",
    ):
        assert split_sentences(text) == [text], text


def test_a_closing_mark_after_an_editors_sic_closes_the_quotation_it_opened():
    text = ("Jo Example shared a cartoon with the caption: 'This is why we all have to go to the rallies "
            "around the country before we lose what they fought for!!! [sic]' Company spokesman Sam Sample "
            "said the guards had all made posts that breached company policy. 'It's not just the picture,' "
            "Mr Sample told the paper. 'What they are alleged to have done breaks our policies.'")
    article = copydesk.render(copydesk.rewrite(text, now=NOW), "text").split("**News Article:**")[1]
    assert "'It's not just the picture,' Mr Sample told the paper." in article


SCOTTISH_DOG = (
    "A dog was found with serious burns and had to have a leg removed, a charity said. "
    "The Scottish SPCA said the two-year-old terrier was lucky to survive. "
    "Last year the Scottish government asked the public about new rules on fireworks. "
    "Rex was found by his owner Jo Example in Example Court, Kirkliston, on Friday evening and taken to a vet. "
    "\"He is learning to walk again,\" she said."
)


def test_a_small_town_after_a_street_says_more_than_the_nation():
    assert copydesk.rewrite(SCOTTISH_DOG, now=NOW).dateline.text == "Kirkliston, United Kingdom"
    # with no town after the street, the nation the story names twice
    without = SCOTTISH_DOG.replace("in Example Court, Kirkliston, ", "")
    assert copydesk.rewrite(without, now=NOW).dateline.text == "Scotland, United Kingdom"


def test_a_quotation_its_speakers_colon_opened_closes_its_paragraph_when_the_stop_is_outside():
    from copydesk.engines.paragraphs import turn

    assert turn('And she was moved again after Mr Example told the chamber: "It is goodbye from me for now".',
                "Ms Sample, Mr Example and Mr Other are among those standing down at the election.")
    assert turn("The paper went with the headline: 'The hunt is on'.", "Northtown are top of the league.")
    # a few words quoted inside the paper's own sentence turn nothing
    assert not turn('Neighbours described the family as "decent".', "The family moved to the town in 2010.")


RATINGS = (
    "Northtown moved a step closer to the title after Jo Example scored an 88th-minute winner at the Old Ground. "
    "The visitors struggled to find their rhythm and had their goalkeeper to thank for a string of saves. "
    "Here's how our reporter rated each player... . Harbour United. "
    "Sam Sample - His poor kick led to the late winner. Not a moment he will want to remember. 5.5. "
    "Lee Other - Kept the wingers quiet and stuck to his task well. 6.5. "
    "Kim Another - Dealt with the striker's threat excellently. 7. "
    "Pat Someone - Strong display from the defender, who looks at home at centre-back. 7. "
    "Alex Person - Hurried and hassled the midfield all afternoon. 6.5."
)


def test_a_box_of_player_ratings_never_ships_and_the_report_before_it_does():
    from copydesk.ingest.roles import roles
    from copydesk.segment import split_paragraphs

    sents, _ = split_paragraphs(RATINGS)
    got = dict(zip(sents, roles(sents), strict=True))
    assert got[sents[0]] == "lead" and got[sents[1]] == "body"
    assert all(got[s] not in ("lead", "body", "quote") for s in sents[2:])
    body = " ".join(s.text for para in copydesk.rewrite(RATINGS, now=NOW).body for s in para)
    assert "6.5" not in body and "rated" not in body and "Sam Sample" not in body
    # a list's numbered items are no ratings
    listed = ("Here are the five things we learned this weekend. 1. Northtown can score goals. "
              "2. Harbour cannot defend corners. 3. The referee had a poor game. 4. The new signing looks sharp. "
              "5. The title race is far from over.")
    sents, _ = split_paragraphs(listed)
    got = dict(zip(sents, roles(sents), strict=True))
    assert got["The referee had a poor game."] == "body" and got["The title race is far from over."] == "body"


def test_what_the_reviewer_broke_in_the_caption_cuts_stays_mended():
    # titles after "The": a paper, a film, a book, a nickname; and a year that opens its sentence
    for text in (
        "Chairwoman Jo Example of the community council told The Scotsman on Monday that pensioners were stranded.",
        "In 2019 The Scotsman reported that the council had cut the service to the village.",
        "Her first book The Dutchman's daughter tells the story of a family who fled the war in 1940.",
        "The couple and their three children have often been called The “perfect” family by their many neighbours.",
        "Copies of the newsletter and of The Tory rebel were removed from the party's conference hall.",
        # a fronted phrase with a quotation in it, and no comma: the name after it is the sentence's subject
        "In the film 'The Long Good Friday' Bob Example played a London gangster with a plan.",
        "As the crowd sang 'You'll Never Walk Alone' Sam Example wiped away tears in the stand.",
    ):
        assert split_sentences(text) == [text], text
    # a bracket before a possessive's apostrophe closes no quotation
    text = ("A neighbour has described the moment she saw smoke. 'I went straight round to [the Examples]' house "
            "and banged on the door,' she said. The family escaped unhurt. Fire crews said a heater was to blame.")
    article = copydesk.render(copydesk.rewrite(text, now=NOW), "text").split("**News Article:**")[1]
    assert "banged on the door,' she said." in article


def test_a_street_before_a_town_where_someone_lives_or_a_firm_is_based_sets_no_story_there():
    for text in (
        "A Scottish rower has been selected for the Olympic team. Ellie Example, who grew up on Example Drive, "
        "Tranent, started rowing aged 12. She will compete this summer. Scotland has sent more rowers than ever.",
        "A man has admitted setting fire to a neighbour's car. The Scottish Courts service said he would be sentenced "
        "next month. Jo Example, 41, who lives at Example Crescent, Bonnybridge, admitted the charge on Monday. "
        "The court heard the car was destroyed.",
        "A Scottish bus company has ordered 50 electric buses. The Scottish government is paying half the cost. "
        "The company, which has its headquarters in Example Road, Larbert, said the buses would be used across the "
        "country. They will enter service next year.",
    ):
        place = copydesk.rewrite(text, now=NOW).dateline.text or ""
        assert not place.startswith(("Tranent", "Bonnybridge", "Larbert")), place


def test_a_quotation_with_its_speaker_before_it_is_cut_from_a_second_speakers_line():
    assert split_sentences("A footballer has deleted a post. He wrote 'we was robbed by the ref [sic]' Tom Example "
                           "posted on Saturday night. The club said it would speak to him.")[1:3] == [
        "He wrote 'we was robbed by the ref [sic]'", "Tom Example posted on Saturday night."]

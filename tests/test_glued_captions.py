"""Picture captions that a scraped page ran into its copy with no stop: where the lines meet, what
is a caption, and what still ships."""

from __future__ import annotations

import pytest

from copydesk.engines.tense import present_form
from copydesk.ingest.roles import SHIPPABLE, roles
from copydesk.segment import split_sentences
from shipping import shipped as _shipped

STORY = ("Sam Example scored twice as Northtown beat Harbour United 3-1 on Saturday to go top of the league. "
         "The striker, 24, has now scored 19 goals this season, more than any other player in the division. "
         "Example scores his second goal against Harbour United on Saturday The striker (left) "
         "celebrates with his team-mates after the match Since his move from Southport in 2019 Example has "
         "scored 61 goals for the club. "
         "Northtown manager Jo Tester said the team had earned the win with hard work in training. "
         "Harbour United stay fourth, two points behind the leaders, with ten games left to play. "
         "Example joined Northtown from Southport in 2019 and signed a new contract last month")


def test_a_caption_chain_is_cut_where_its_lines_meet():
    sents = split_sentences(STORY)
    assert "Example scores his second goal against Harbour United on Saturday" in sents
    assert "The striker (left) celebrates with his team-mates after the match" in sents
    assert "Since his move from Southport in 2019 Example has scored 61 goals for the club." in sents


def test_the_lines_with_no_stop_are_captions_and_the_copy_after_them_is_copy():
    sents = split_sentences(STORY)
    role = dict(zip(sents, roles(sents), strict=True))
    assert role["Example scores his second goal against Harbour United on Saturday"] not in SHIPPABLE
    assert role["The striker (left) celebrates with his team-mates after the match"] not in SHIPPABLE
    assert role["Since his move from Southport in 2019 Example has scored 61 goals for the club."] in SHIPPABLE
    # the page's last line with no stop is one more caption, not a sentence cut off
    assert role[sents[-1]] not in SHIPPABLE


def test_no_caption_ships_and_no_run_on_line_ships():
    shipped = _shipped(STORY)
    assert "Sam Example scored twice" in shipped
    assert "celebrates with his team-mates" not in shipped
    assert "second goal against Harbour United on Saturday" not in shipped
    assert "signed a new contract last month" not in shipped


def test_a_title_in_capitals_is_not_cut():
    for sentence in ("The prize went to his 2010 video The Digital Story of the Harbour, which was seen by millions.",
                     "She said she had been guided by Sam Example's The 7 Habits of the Harbour for years.",
                     "Tickets for the As You Like It tour sold out in a day.",
                     "The band played When the Levee Breaks at the harbour festival.",
                     "The team came from The Harbour Academy in Northtown."):
        assert split_sentences(sentence) == [sentence]


def test_a_possessive_after_an_initials_stop_does_not_hide_the_sentences_end():
    text = ("He posted the photo dressed as Sam Example Jr.'s character from the film. Fans queued for hours "
            "to see him. 'It was worth it,' one said.")
    assert split_sentences(text) == ["He posted the photo dressed as Sam Example Jr.'s character from the film.",
                                     "Fans queued for hours to see him.", "'It was worth it,' one said."]


def test_a_label_is_not_cut_from_the_first_words_of_a_sentence():
    sentence = "With the new Harbour: Age of Tides film released this week, Sam Example posted a photo."
    assert split_sentences(sentence) == [sentence]


def test_a_stock_picture_and_a_middle_place_mark_a_caption():
    sents = ["Sam Example was at the harbour on Monday.", "The port was closed for the day.",
             "Sam Example (middle) with the crew of the lifeboat.", "The crew rowed out at dawn.",
             "A lifeboat at sea in a storm (stock image)", "The storm passed by noon."]
    got = roles(sents)
    assert got[2] not in SHIPPABLE and got[4] not in SHIPPABLE and got[3] in SHIPPABLE


def test_premiered_is_premieres_in_a_headline():
    assert present_form("premiered", False, frozenset({"premier", "league"})) == "premieres"
    assert present_form("premiered", True, frozenset()) == "premiere"


def test_what_may_befall_someone_is_news_for_a_headline():
    from copydesk.engines.verbs import is_state
    assert not is_state("Northtown Defender Sam Example Could Face Lengthy Ban")
    assert not is_state("Harbour Club May Lose Its Licence")
    assert is_state("Staff Can Scribble Ideas on Walls")
    assert is_state("New Port Could Cost Millions")


def test_an_announcement_with_an_object_keeps_who_made_it():
    from copydesk.engines.headtrims import LEADING_ATTRIBUTION
    from copydesk.ingest.dependency import opening_dependency
    assert LEADING_ATTRIBUTION.match("Sam Example today announced plans to open a second harbour.") is None
    assert LEADING_ATTRIBUTION.match("Police announced that the harbour had reopened.") is not None
    assert LEADING_ATTRIBUTION.match("Police said the harbour had reopened.") is not None
    # a royal's style is no pronoun, but whose it is was told before
    assert opening_dependency("Her Royal Highness opened the harbour on Monday.").startswith("reference")
    assert opening_dependency("Her sister opened the harbour on Monday.").startswith("pronoun")


def test_a_headline_too_long_for_its_closing_list_keeps_the_first_item():
    from copydesk.engines.headline import trim
    from copydesk.engines.headtrims import first_of_list
    sentence = ("Inside the new home of Harbour Toys, the Northtown office comes complete with toy testing rooms, "
                "a table tennis table, an aerobics room, a gym and a custom staff lunch room.")
    assert trim(sentence) == "Northtown office comes complete with toy testing rooms"
    assert first_of_list("Police found knives, guns and drugs") == "Police found knives"
    assert first_of_list("Police found knives and guns") is None  # two items: both stay, or neither
    assert first_of_list("He said 'yes, no and maybe'") is None


def test_a_title_with_a_colon_in_a_fronted_phrase_is_no_caption_label():
    from copydesk.ingest.roles import role_of
    lead = ("With the new Harbour: Age of Tides film released this week, Sam Example showed off his costume "
            "in a photo posted online.")
    assert role_of(lead, 0, 10) in SHIPPABLE
    assert role_of("Behind bars: Sam Example, 37, was jailed for six years on Monday.", 3, 10) not in SHIPPABLE


def test_a_list_lead_in_glued_to_the_next_sentence_stands_apart():
    from copydesk.ingest.roles import roles
    from copydesk.segment import split_sentences
    sents = split_sentences("The review made 12 recommendations. Some of the failings found were:Ten years ago the "
                            "council bought 5,000 green vests for volunteers. They were never worn.")
    assert sents[1] == "Some of the failings found were:"
    assert sents[2].startswith("Ten years ago the council")
    assert roles(sents)[1] not in ("lead", "body", "quote")  # a lead-in whose list is gone never ships


def test_a_list_lead_in_run_into_a_sentence_of_the_story_stands_apart():
    from copydesk.ingest.roles import roles
    from copydesk.segment import split_sentences
    sents = split_sentences("The budget takes effect today. Among the changes coming in on what the mayor calls "
                            "fair share Friday are: Other measures to help savers will also begin, with the "
                            "Northtown bond rate rising. The council agreed.")
    assert sents[1].endswith("Friday are:")
    assert sents[2].startswith("Other measures to help savers")
    assert roles(sents)[1] not in ("lead", "body", "quote")
    # a list written out after its colon stays one sentence
    assert len(split_sentences("The winners are: Sam Example, Alex Sample and Jo Bloggs. They won.")) == 2


def test_a_run_with_no_stop_into_a_quotation_in_single_marks_is_cut_before_the_mark():
    from copydesk.segment import split_sentences
    sents = split_sentences("After the fall, Sam Example suffered several injuries, including bruises and a broken "
                            "wrist 'Then why are you smiling?' the host asks in return. She laughed.")
    assert sents[0].endswith("a broken wrist")
    assert sents[1] == "'Then why are you smiling?' the host asks in return."
    # a quotation its sentence introduces stays in it
    for text in ("He posted a photo of a tattoo reading 'Northtown' with the caption 'Who is next now?' and left.",
                 "The keeper, Sam Example, said on Friday evening 'We will come back stronger, I promise.' He left."):
        assert split_sentences(text)[0].startswith(text.split(" ")[0]) and "'" in split_sentences(text)[0]
    assert len(split_sentences("The keeper, Sam Example, said on Friday evening 'We will come back stronger, "
                               "I promise.' He left.")) == 2



def test_a_count_before_a_noun_in_s_is_no_verb_for_the_relative_clause_to_end_at():
    from copydesk.engines.headtrims import drop_relative
    # "set up 67 Facebook profiles": the clause's object, not the sentence's verb
    text, _ = drop_relative("jilted lover who sent messages to daughter and set up 67 Facebook profiles to "
                            "bombard with abuse has been jailed")
    assert "profiles" not in text.split()[:3] and "jailed" in text, text


def test_a_caption_run_into_a_quotation_that_goes_on_past_the_sentence_is_cut_before_the_mark():
    # "... lock Sam Example ‘We’ve definitely been ...": the caption's line, then the speaker's words
    # (an apostrophe inside a word is no mark), which run on into the next sentence
    text = ("‘Teams have smelt blood,’ said Kit Example. The harbour side have been boosted by the return of "
            "lock Sam Example ‘We’ve definitely been knocked off our rhythm for a long time. Winning can hide a "
            "lot of problems.’ But the season is still alive.")
    sents = split_sentences(text)
    assert "The harbour side have been boosted by the return of lock Sam Example" in sents, sents
    assert any(s.startswith("‘We’ve definitely") for s in sents), sents
    # a quoted name after "the" is the sentence's own: no cut
    kept = "Think half harbour loaf, half cake, the 'Harbour Cake is the town's first bakery prize and a hit."
    assert split_sentences(kept) == [kept]
    # a quotation that runs into the next paragraph's ("... five in a row. 'I am ..."): cut before its mark too
    text = ("Sam Example and Kit Example do battle on the harbour pitch as Northtown snatch victory 'The performance "
            "hurts more than the result. We were second best. Some of ours can't cope. 'I am embarrassed to be "
            "part of it.'")
    assert split_sentences(text)[0] == ("Sam Example and Kit Example do battle on the harbour pitch as Northtown "
                                        "snatch victory")


def test_an_opening_mark_left_at_a_sentences_end_goes_to_the_next():
    text = ("‘I think she’s watching her back,' continued the 75-year-old author. 'I think she probably has people "
            "who tell her what to wear. 'I don’t think she’s the fashion plate that Kit was, wouldn’t you say?’ "
            "Sam Example is not the only critic.")
    sents = split_sentences(text)
    assert sents[0] == "‘I think she’s watching her back,' continued the 75-year-old author.", sents
    assert sents[1].startswith("'I think she probably has people"), sents


def test_a_club_named_by_where_it_is_from_leans_on_the_sentence_that_named_it():
    from copydesk.ingest.dependency import opening_dependency
    assert opening_dependency("The west London club also felt the squeeze of the cup run.").startswith("reference")
    assert opening_dependency("The Spanish side lost 2-0 at home on Sunday.").startswith("reference")
    assert opening_dependency("The Spanish government said it would appeal.") is None


def test_a_fellow_leans_on_the_one_told_before():
    from copydesk.ingest.dependency import opening_dependency
    assert opening_dependency("Fellow Oscar-winner Sam Example has also signed on to play the harbour master.") \
        .startswith("reference")
    assert opening_dependency("Fellow tenants Northtown Rovers face a takeover bid.").startswith("reference")
    assert opening_dependency("Fellowship grants for harbour research rose by a third.") is None




def test_a_caption_with_no_stop_is_no_sentence_a_later_one_retells():
    # the caption (no stop) comes first; the copy's own sentence after it tells the same and ships
    sents = ["Police raided the home of Sam Example in Northtown and found 54 dogs and 18 cats.",
             "The animals were taken to shelters across the county on Wednesday.",
             "One of the cats at the home in Northtown was found nursing three young puppies in a box",
             "Incredibly, one of the cats at the home was found nursing three young puppies in a box.",
             "What happened to the puppies' mother is not yet known.",
             "He will be charged with 72 counts of animal cruelty, the sheriff said."]
    out = roles(sents)
    assert out[2] not in SHIPPABLE and out[3] in SHIPPABLE, out


@pytest.mark.parametrize("text, last", [
    ("Sam Example, the harbour champion, was banned from the Northtown regatta when he was found using a motor in "
     "the middle of a race A sailor has been thrown out of a regatta and faces a ten-year ban after he was caught "
     "hiding an engine under his sail.", "A sailor has been thrown out"),
    ("Two days after his interview with police, he fled, possibly returning to his native country Armed with court "
     "orders, detectives in Northtown were able to trace the suspect.", "Armed with court orders, detectives"),
    ("The harbour trust said 1,000 people are fed at food banks such as this one in Northtown Another food bank "
     "group warned that such figures could be misleading.", "Another food bank group warned"),
    ("Sam Example was banned from keeping pets after the raid on his mobile home One of the cats at the home was "
     "found nursing three puppies.", "One of the cats"),
    ("One of the cats at the home was found nursing three puppies in a box Incredibly, one of the cats was found "
     "nursing three young puppies.", "Incredibly, one of the cats"),
])
def test_a_caption_run_into_the_sentence_after_it_is_cut_where_that_sentence_opens(text, last):
    # "A"/"An", a participle phrase, "Another", "One of" after a word in lower case, a sentence adverb
    assert split_sentences(text)[-1].startswith(last), split_sentences(text)


@pytest.mark.parametrize("kept", [
    # a letter that names a class after a word in lower case or a capital, or a name's part
    "The tribunal heard that patient A suffered injuries to his face in an accident at work.",
    "Inmates in category A prisons are held under the strictest watch in the country.",
    "A man referred to as Patient A had suffered injuries in an accident at the harbour.",
    "The Serie A giants have shown an interest in the left-back this summer.",
    # a name's word is no opener: "North Wales Police", "Formula One"
    "He was arrested by North Wales Police in August after he chatted online with a crisis centre.",
    "The reigning Formula One world champion admitted the mistake at the harbour on Sunday.",
])
def test_a_capital_inside_a_name_or_a_class_opens_no_sentence(kept):
    assert split_sentences(kept) == [kept]



def test_a_line_printed_twice_with_no_stop_between_is_cut_where_each_opens():
    # a caption and the copy that says the same, run into the sentence before them, each after
    # a name (so no lower-case word tells where a line opens)
    text = ("This spring she tried out for a national talent show, hoping to represent "
            "Northland With the backing of her loyal fans, Ms Example will attend the Harbour Screen "
            "awards in May where she is up for Best Newcomer With the backing of her loyal fans, "
            "Ms Example will attend the Harbour Screen awards in May where she is up for Best Newcomer.")
    sents = split_sentences(text)
    assert len(sents) == 3 and sents[1].startswith("With the backing") and sents[2].startswith("With the backing")
    assert not any(s.count("With the backing") > 1 for s in sents)
    # a phrase a caption and its copy share, inside each, is no line's opening
    shared = ("Pictured: the pair were playing Northtown Rummy - a game where players use tickets instead "
              "of cards In the clip, the two friends sit at a table playing what appears to be Northtown "
              "Rummy - a game where players use tickets instead of cards.")
    assert not any(s.startswith("Rummy - a game") for s in split_sentences(shared))


def test_a_caption_runs_into_a_however_with_its_comma():
    text = ("Skilful: The kite weighs 200 kilograms and needs three flyers to manoeuvre However, the "
            "harbour authorities ruled that it could not be flown, and the team flew only half of it.")
    sents = split_sentences(text)
    assert sents[-1].startswith("However, the harbour authorities ruled"), sents


def test_a_caption_ending_on_its_photo_mark_runs_into_the_copy_no_more():
    # the caption's bracketed mark, then the copy's sentence with no stop between them
    text = ("A harbour inquiry annulled the whole school's results after a probe (file picture) However, "
            "Jo Example insisted in a statement that she did not ask the pupils to change their answers.")
    sents = split_sentences(text)
    assert sents[-1].startswith("However, Jo Example insisted"), sents
    # and the caption, cut from the copy, is a caption: the long photo marks too
    for caption in ("A 20-year-old tourist has claimed she was robbed by a driver in Northtown (pictured posed by model)",
                    "A mother was holding the boy when he fell into the enclosure (file photo of the enclosure at the zoo)",
                    "A student has told how she took up sex work to pay her rent (picture posed by model)"):
        sents = [caption, "A driver in Northtown has been arrested after a tourist was robbed on Friday."]
        assert roles(sents)[0] == "caption", caption


def test_the_copy_that_repeats_a_bullet_with_no_stop_is_the_story_s():
    sents = ["People who have never moved house can expect a pension 13% higher than a neighbour",
             "The cost of moving can wreck retirement, according to research.",
             "People who have never moved house can expect a pension 13 per cent higher than a neighbour who has moved.",
             "It means an extra £2,100 a year."]
    got = roles(sents)
    assert got[0] not in SHIPPABLE and got[2] in SHIPPABLE, got
    # a line of the copy that the page repeats under a picture is still the caption
    sents = ["Residents of Northtown have voted to keep the old pier open for another ten years.",
             "The council will meet in May.",
             "Residents of Northtown have voted to keep the old pier open, the council said ."]
    assert roles(sents)[2] == "caption"


def test_a_speakers_words_whose_opening_mark_the_page_lost_do_not_ship():
    sents = ["Jo Example said families stuck on benefits were the victims of the system.",
             "The minister added: That destroyed aspiration.",
             "It created resentment.",
             "Welfare was meant to be a safety net, not a web from which no-one could escape.",
             "‘So when I hear the other side talking, I just think: some brass neck.",
             "The speech was given in Northtown."]
    got = roles(sents)
    assert [r in SHIPPABLE for r in got] == [True, False, False, False, True, True], got
    # after the writer's own colon the sentences are the writer's: they ship (the colon's own
    # sentence, a speech with no marks, never did: ``Passages`` read it so before ``roles`` did)
    sents[1] = "I've told students for years: You should never print an allegation unchecked."
    got = roles(sents)
    assert got[1] not in SHIPPABLE and got[2] in SHIPPABLE and got[3] in SHIPPABLE, got


def test_a_fact_box_s_fields_run_together_are_no_copy():
    sents = ["Northtown have held talks with three candidates for the job of director.",
             "40) CURRENT JOB: Broadcaster and columnist. SHOW US YOUR MEDALS: Led the county to two titles.",
             "The board will decide next month."]
    got = roles(sents)
    assert got[1] not in SHIPPABLE and got[2] in SHIPPABLE, got


def test_copy_that_opens_on_then_after_a_caption_with_no_stop_is_copy():
    text = ("Playboy: Nearly every day he shares photos of himself on his yacht Booted out: Sam Example was "
            "kicked off the app a day after joining Then in December, Sam Example was arrested at Northtown "
            "airport on suspicion of smuggling.")
    sents = split_sentences(text)
    assert sents[-1] == "Then in December, Sam Example was arrested at Northtown airport on suspicion of smuggling.", sents


QUOTE_WITH_CAPTIONS = (
    "Northtown will play Harbour United in a friendly in Canada this summer, the club said on Monday. "
    "The match will be the club's only game outside Europe before the new season. "
    "'We are grateful for the invitation to play in this match,' Northtown manager Jo Tester told the club's website. "
    "'This will be our only game outside of Europe this summer, which says a lot about how we see it. "
    "Northtown return to Canada after a tour two years ago - Sam Example pictured in action against Harbour. "
    "Northtown manager Jo Tester is looking forward to the trip. "
    "'We enjoyed three hard games there two years ago. "
    "'The players are looking forward to it and so am I.' "
    "Harbour United have played in the friendly twice before, and won both games.")


def test_a_caption_set_inside_a_quotation_is_no_part_of_it():
    # the page set a caption between two of the quotation's paragraphs and lost its breaks: the
    # splitter kept all of it one sentence, and the caption's words shipped as the manager's
    sents = split_sentences(QUOTE_WITH_CAPTIONS)
    caption = "Northtown return to Canada after a tour two years ago - Sam Example pictured in action against Harbour."
    assert caption in sents
    assert "Northtown manager Jo Tester is looking forward to the trip." in sents
    shipped = _shipped(QUOTE_WITH_CAPTIONS)
    assert "pictured" not in shipped and "looking forward to the trip" not in shipped, shipped
    # no caption, no cut: the lines of one quoted paragraph are the speaker's
    plain = QUOTE_WITH_CAPTIONS.replace(" - Sam Example pictured in action against Harbour", " and won twice")
    assert not any(s.startswith("Northtown return to Canada") for s in split_sentences(plain))


def test_a_fixture_line_is_page_furniture():
    sents = ["Northtown beat Harbour United 3-1 on Saturday to go top of the league.",
             "HARBOUR v NORTHTOWN, Old Ground, Northtown, Saturday, April 18, 3pm (GMT)",
             "Sam Example scored twice for the winners."]
    assert roles(sents)[1] not in SHIPPABLE


def test_an_unmarked_pull_quote_is_no_copy_and_the_quotation_it_repeats_stays():
    sents = ["The harbour master has extended her term by one year, to 2027, the board said on Monday.",
             "The reasons were personal.",
             "Like everyone, I have family matters that I have to manage.",
             "This is a job that needs all of my time and care.",
             "For her family, this was the right moment to move home to Northtown.",
             "Jo Example told the board: \"It is an entirely personal decision.",
             "\"Like everyone, I have family matters that I have to manage.",
             "This is a job that needs all of my time and care.",
             "Those are the only reasons.\""]
    got = roles(sents)
    assert got[2] not in SHIPPABLE and got[3] not in SHIPPABLE  # the pull quote: no first person of the paper's
    assert got[6] in SHIPPABLE and got[7] in SHIPPABLE  # the speaker's lines are no repeat to cut


def test_a_sentence_run_on_after_a_captions_picture_mark_is_cut_out_of_it():
    # "(above)" marks a caption; the story's own line runs on after it on a title's word ("In")
    sents = split_sentences(
        "Two crew members have left the harbour patrol and spoken of its punishments. "
        "Jo and Ann (above), whose names have been changed, have revealed what life was like in the Harbour Brigade "
        "In an interview with Northtown Radio Jo, who left last year, said crews were fined for small mistakes. "
        "The 20-year-old said: 'It was a hard life.'")
    assert any(s.startswith("In an interview with Northtown Radio Jo") for s in sents), sents


def test_a_caption_of_a_photo_of_the_band_inside_a_quotation_is_no_part_of_it():
    # "(back right)" marks the caption; and a line naming a person in full in the third person, set
    # between two of the quotation's paragraphs, is the page's, not the speaker's
    from copydesk.splitmend import quoted_paragraphs
    piece = ("'Sam Example is not only a charming man but also somebody with a passion for the game. "
             "Example (back right) with fellow members of The Harbour Band back in 1964. "
             "'Given Sam's fame, the chairman overlooked his rule that you must wear a tie.'")
    assert quoted_paragraphs(piece)[1].startswith("Example (back right)")
    piece = ("'We are grateful for all the support. Jo would have been so happy. Jo Example was found by "
             "firefighters on Sunday. 'We will never forget our girl.'")
    assert quoted_paragraphs(piece)[1].startswith("Jo Example was found by firefighters")
    # a line of the speaker's own that names no one in full stays in the quotation
    piece = "'We are grateful for all the support. Jo would have been so happy. 'We will never forget our girl.'"
    assert quoted_paragraphs(piece) == [piece]


def test_a_promo_link_run_into_the_storys_sentence_is_cut_from_it():
    sents = split_sentences("The girl had been attacked at the station hours earlier. See more stories from across "
                            "Northtown and the coast hereA man has been charged in connection with the first attack, "
                            "police said. Detectives continue to appeal for witnesses.")
    assert "A man has been charged in connection with the first attack, police said." in sents, sents


def test_a_caption_that_repeats_the_end_of_another_sentence_and_runs_into_the_next_is_a_caption():
    from copydesk.ingest.roles import roles

    sents = ["The harbour board met on Monday to decide the future of the pier.",
             "However, in a speech in Northtown, board chair Jo Example will point to figures from the "
             "harbour survey showing the pier is sinking by two inches a year as a result of storms.",
             "Traders said the pier brings in most of their custom.",
             "Board chair Jo Example will point to figures from the harbour survey showing the pier is sinking "
             "by two inches a year as a result of storms The traders said the board had not asked them."]
    out = roles(sents)
    assert out[3] == "caption" and out[1] != "caption"

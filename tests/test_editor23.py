"""The editor's faults found by reading outputs in the twenty-third session (copy-editor judges
and the desk's own reading), each in invented text: headlines from a page's summary line and
words that point back, and datelines that the text contradicts."""

from __future__ import annotations

import datetime as dt

from copydesk import rewrite
from copydesk.engines.headcheck import headline_problem
from shipping import fetched

NOW = dt.datetime(2025, 7, 6, tzinfo=dt.UTC)

DECKED = ("Mara Linden plans to swim the North Channel, 15 years after her father vanished on the same crossing "
          "A swimmer has set her sights on the North Channel - the hardest crossing in the world - 15 years after "
          "her father died attempting the same feat. "
          "Peter Linden, 44, was lost in heavy seas on his way from the Irish coast to Portpatrick in 2010. "
          "Now his daughter Mara Linden, one of the country's best open-water swimmers, plans to finish what he began. "
          "Ms Linden, 27, told the Gazette that she saw the swim as her duty. "
          "She said: 'I think it must be done. I owe him that much.' "
          "Attached to her letter was a map of the 21-mile crossing that would later test her. "
          "She will start from Donaghadee in August if the weather allows.")


def test_the_pages_summary_line_heads_a_story_whose_lead_makes_no_headline():
    # the lead names no one ("A swimmer"); the paper's own summary above it does
    assert rewrite(DECKED, now=NOW).headline == "Mara Linden Plans to Swim North Channel"


def test_a_caption_with_a_stop_above_the_lead_is_no_summary_line():
    text = DECKED.replace("same crossing A swimmer", "same crossing . A swimmer")
    assert not rewrite(text, now=NOW).headline.startswith("Mara Linden Plans")


def test_instead_points_back_unless_it_says_of_what():
    assert headline_problem("Apple should instead make it default option") is not None
    assert headline_problem("Council builds park instead of car park") is None


def test_an_adverb_before_it_is_still_no_subject():
    problem = headline_problem("Increasingly it is being used as tool by journalists")
    # (session 43: the dependency reader now tells the pronoun after the adverb, before the subject test)
    assert problem.startswith("opens on no subject") or "“it”" in problem


HOLIDAY = ("Hundreds gathered before dawn at the harbour memorial in Northtown for a short service. "
           "Anzac Day marks the first landing of Australian and New Zealand troops in the First World War. "
           "Wreaths were laid by the mayor and by veterans' groups. "
           "The crowd fell silent for the last post, played by a bugler from the town band.")


def test_a_story_that_opens_on_a_holiday_is_not_dated_months_after_it():
    dateline = fetched(HOLIDAY, now=NOW).dateline
    assert "2025" not in dateline.text
    assert any("Anzac Day" in note and "--published" in note for note in fetched(HOLIDAY, now=NOW).check.notes)


def test_a_holiday_days_before_the_run_date_keeps_it():
    dateline = fetched(HOLIDAY, now=dt.datetime(2025, 4, 26, tzinfo=dt.UTC)).dateline
    assert "April 26, 2025" in dateline.text


def test_a_holiday_to_come_or_of_another_year_says_nothing_of_the_run_date():
    ahead = HOLIDAY.replace("Anzac Day marks", "Next week's Anzac Day will mark")
    assert "July 6, 2025" in fetched(ahead, now=NOW).dateline.text
    past = HOLIDAY.replace("Anzac Day marks", "Anzac Day 2025 marked")
    assert "July 6, 2025" in fetched(past, now=NOW).dateline.text


def test_a_caption_run_into_a_sentence_on_and_is_cut_off():
    from copydesk.segment import split_sentences
    text = ("Sam Example died in a fall near Northtown in May. His job as an apprentice at a garage had begun weeks before. "
            "His family have launched an appeal for the mountain rescue team as a tribute to him And while they are "
            "heartbroken, his parents say they are proud of him.")
    sents = split_sentences(text)
    assert "And while they are heartbroken, his parents say they are proud of him." in sents


def test_a_lead_that_lost_its_stop_before_and_stays_whole():
    from copydesk.segment import split_sentences
    text = ("This week is the 50th anniversary of the Northtown flood, which killed 40 people And it is also the tenth "
            "year the council has failed to build the wall it promised. The mayor said the money was spent elsewhere.")
    assert split_sentences(text)[0].endswith("the wall it promised.")


def test_a_story_sentence_run_on_after_a_pictures_mark_is_a_sentence_of_its_own():
    from copydesk.ingest.roles import SHIPPABLE, roles
    from copydesk.segment import split_sentences
    text = ("Sam Example was taken off a train in Northtown on Friday by two police officers. "
            "Example, who works for a Harbour software firm, was questioned for three hours. "
            "Sam Example of Harbour Soft was stopped at Northtown station on Friday Example has appeared on the "
            "Northtown Evening Show with Jo Tester (left) The NCA officers took two laptops and a phone from Example, "
            "the Gazette reported. They asked to copy his files, but Example told the officers to get a warrant.")
    sents = split_sentences(text)
    took = "The NCA officers took two laptops and a phone from Example, the Gazette reported."
    assert took in sents
    assert roles(sents)[sents.index(took)] in SHIPPABLE


def test_a_pronoun_after_a_fronted_participle_leans_back_though_the_phrase_names_a_place():
    from copydesk.ingest.dependency import opening_dependency
    assert opening_dependency("Born in Leeds, he moved to London in 1990.") is not None
    assert opening_dependency("After Smith scored, he ran to the fans.") is None  # the phrase names him


def test_a_headline_names_in_full_after_an_irregular_past_and_tells_an_age_as_headlines_do():
    text = ("Linden died in Northtown last week at the age of 71 after a short illness, his publisher said. "
            "Linden's other books included The Long Shore and Salt for the Harbour Press. "
            "The poet Tom Linden wrote more than twenty collections in a career of fifty years. "
            "A private funeral has taken place, and a memorial will be held in the spring.")
    assert rewrite(text, now=NOW).headline.startswith("Tom Linden Dies in Northtown at 71")


def test_a_progressive_is_told_in_the_headlines_present_when_its_base_is_sure():
    from copydesk.engines.progressive import base_of_ing, simple_present
    assert [base_of_ing(w) for w in ("getting", "selling", "facing", "coming", "lying")] \
        == ["get", "sell", "face", "come", "lie"]
    # no form of it in the source and no present the lexicon knows: unsure, so it stays
    for word in ("comparing", "visiting", "breathing", "intervening", "panicking", "swirling", "wasting",
                 "adding", "pending", "recovering"):
        assert base_of_ing(word) is None, word
    assert base_of_ing("visiting", frozenset({"visits"})) == "visit"  # the source's own form decides
    assert base_of_ing("comparing", frozenset({"compare"})) == "compare"
    assert base_of_ing("recovering", frozenset({"recovered"})) is None  # (recover|ed or recovere|d)
    assert simple_present("Police are getting new powers") == "Police get new powers"
    for kept in ("Man who is getting married dies", "Man whose wife is getting help appeals for witnesses",
                 "Boy is missing after storm", "Talks are ongoing over deal", "Star is expecting baby",
                 "Man is dying of cancer", "Sam Example is willing to quit"):
        assert simple_present(kept) == kept  # (a clause's, an adjective, or a present that says another thing)
    text = ("Sam Example is comparing the mayor to the captain of a sinking ship. "
            "The Northtown councillor wrote the comment on Facebook on Friday. "
            "Critics said it was unfair to compare the mayor to anyone. "
            "The mayor has not answered the post.")
    assert rewrite(text, now=NOW).headline.startswith("Sam Example Compares Mayor to Captain")

def test_a_month_told_as_last_years_leaves_the_run_date_out_and_a_background_month_does_not():
    text = ("Fishing towns around the coast voted heavily to leave in the referendum last June. "
            "A committee of peers said the industry now fears it will be traded away in the talks. "
            "The committee's report was published by the House of Lords. "
            "Skippers in Northtown said they felt the industry had been forgotten.")
    assert "2025" not in fetched(text, now=NOW).dateline.text
    background = text.replace("in the referendum last June", "in the referendum in April")
    assert "July 6, 2025" in fetched(background, now=NOW).dateline.text


def test_a_titled_name_and_what_they_said_between_glued_marks_is_the_papers():
    text = ('Mr Example said the photograph of the boy was "very sad".'
            '"If you want to stop the drownings you have got to stop the boats," he told Northtown Radio.'
            '"Thankfully, we have stopped that here because we have stopped the boats."'
            'On Thursday, Mr Example angered church groups by saying the gang was worse than the pirates of old.'
            '"The pirates did terrible things, but they had a sense of shame," he told Harbour FM.'
            'Church leaders said the comparison was unfortunate.')
    result = rewrite(text, now=NOW)
    shipped = [s.text for p in result.body for s in p]
    told = "On Thursday, Mr Example angered church groups by saying the gang was worse than the pirates of old."
    assert told in shipped
    joined = " ".join(shipped)  # the paper's sentence, outside any quotation: the marks close before it and open after it
    assert 'we have stopped the boats." ' + told + ' "The pirates did terrible things' in joined


def test_a_royal_style_names_no_one_and_a_subjects_clause_after_a_fronted_phrase_goes_whole():
    from copydesk.engines.headline import trim
    assert headline_problem("Her Royal Highness takes baton at concert hall's new home").startswith(
        "a subject that names no one")
    assert trim("On the last day of the tour, the Duchess, who comes from a musical family and played the "
                "flute at school, took the musicians through the first notes of the symphony.") \
        == "Duchess takes musicians through first notes of symphony"
    assert trim("In the wake of the flood, which has left 800 homeless, Sam Example waited for aid for a week.") \
        .startswith("Sam Example waits for aid")


def test_a_career_records_rows_are_a_fact_box_not_copy():
    from copydesk.ingest.roles import SHIPPABLE, role_of
    for row in ("CLUBS (League record only) Northtown (2006-09): 97 apps, 22 goals.",
                "Harbour City (loan, 2010-11): 29 apps, 5 goals.", "Northtown (2013-) 65 apps, 26 goals ."):
        assert role_of(row, 8, 30) not in SHIPPABLE
    assert role_of("He played 97 games for Northtown between 2006 and 2009, scoring 22 goals.", 8, 30) in SHIPPABLE


def test_a_caption_run_on_at_here_is_cut_but_no_titles_to_nor_verses_and():
    from copydesk.segment import split_sentences
    text = ("In the film Sam takes her viewers through each step to become the queen Here she is seen shading her "
            "face with a pale base. She added a paler layer to the tops of her cheekbones.")
    assert "Here she is seen shading her face with a pale base." in split_sentences(text)
    for whole in ("After playing Takin' It To the Streets, the singer told the crowd the band would tour again.",
                  "Jo Tester recited To a Mouse at the Burns supper in Northtown on Saturday night.",
                  'Its plaque carries the lines "the sea gave him up at last And the harbour took him home" above '
                  'his name.'):
        assert split_sentences(whole) == [whole]

def test_a_closing_mark_glued_to_a_word_and_the_next_sentence_ends_the_quotation():
    from copydesk.segment import split_sentences
    text = ('His sister wrote: "A brilliant songwriter may you #RIP #Music #Northtown"Singer Jo Example wrote: '
            '"So sad to hear this. thank you for the magic x"Linden, whose funeral has taken place, was born in Harbour.')
    assert split_sentences(text)[-1] == "Linden, whose funeral has taken place, was born in Harbour."
    # the speaker's next paragraph, its quotation left open before it, is no narration
    going_on = ('"We wish him every success in the future"The task now for the club is to find a coach who '
                'will lead us back up. "We expect strong candidates," she said.')
    assert not any(s.startswith("The task now") for s in split_sentences(going_on))


def test_a_fact_boxs_figures_run_on_after_a_stop_are_cut_off_and_kept_out():
    from copydesk.ingest.roles import SHIPPABLE, roles
    from copydesk.segment import split_sentences
    text = ("The firm's finance director resigned amid reports he thought the plant could damage the firm itself."
            "5,600workers on site at peak4,000km electrical cabling230,000 tonnes of steel to be moved. "
            "Campaigners said the plan was a mistake.")
    sents = split_sentences(text)
    assert sents[0].endswith("damage the firm itself.")
    assert [r in SHIPPABLE for r in roles(sents)] == [True, False, True]
    assert roles(["The plant will employ 5,600 workers at its peak, and 25,000 people over ten years."])[0] in SHIPPABLE


def test_towns_english_news_names_otherwise_than_the_gazetteer_are_known():
    from copydesk.gazetteer import gazetteer
    cities = gazetteer().cities
    assert [cities[k][0].country for k in ("raqqa", "fallujah", "palmyra", "kobani")] == ["SY", "IQ", "SY", "SY"]


def test_a_written_text_quoted_as_a_block_with_no_marks_does_not_ship_in_part():
    from copydesk.ingest.dependency import opening_dependency
    from copydesk.ingest.roles import SHIPPABLE, roles
    from copydesk.segment import split_sentences
    text = ("A student who left his headlights on all day found a note from a stranger on his car in Northtown. "
            "The note reads, in part:. I noticed you left your lights on. "
            "The battery will probably not have enough charge to start your vehicle. "
            "If you know how to hook it up, use the charger by the fence. "
            "What followed was a detailed explanation of how to use the equipment. "
            "The student said he was grateful.")
    sents = split_sentences(text)
    shipped = [s for s, r in zip(sents, roles(sents), strict=True) if r in SHIPPABLE]
    assert not any("your lights on" in s or "in part" in s or "your vehicle" in s for s in shipped)
    assert opening_dependency("What followed was a detailed explanation of how to use the equipment.") is not None
    # a speaker's colon and words in marks stay as they were
    said = ["The mayor said: \"I noticed the lights were on.\"", "The council will meet on Monday."]
    assert roles(said)[1] in SHIPPABLE


def test_captions_set_between_a_quotations_paragraphs_never_ship_inside_it():
    text = ("Former Northtown manager Sam Example feels he still has plenty to offer but only at the right club. "
            "'It is difficult to know whether you want to go back in again, but if the right offer came along then "
            "I would consider it,' Example said. 'But unless it was the right job I would not bother. "
            "It has got to be something which I really wanted to do. 'I have my wife here and my grandchildren, so it "
            "has got to be something I wanted to do. Example resigned as Northtown manager in February. "
            "The 68-year-old left Northtown with the club 19th in the table at the time. 'I don't have to work any "
            "more if I don't want to at my age, but I feel fit as a fiddle.' "
            "Example will lead a charity side against Harbour Legends on Sunday.")
    from copydesk.segment import split_sentences
    assert "Example resigned as Northtown manager in February." in split_sentences(text)
    paragraphs = [" ".join(s.text for s in para) for para in rewrite(text, now=NOW).body]
    assert not any("wanted to do" in p and ("Example resigned" in p or "68-year-old" in p) for p in paragraphs)


def test_review_guards_a_glued_mark_before_the_speakers_next_paragraph_stays_open():
    from copydesk.segment import split_sentences
    text = ('The chairman said: "We thank Sam for everything and wish him every success in the future"The search '
            'for a successor begins now, and the board will meet on Friday to draw up a shortlist. "It is a sad '
            'day," Mr Tester said.')
    assert not any(s.startswith("The search for a successor") for s in split_sentences(text))


def test_review_guards_figures_and_stops_that_are_no_fact_box():
    from copydesk.ingest.roles import SHIPPABLE, roles
    from copydesk.segment import split_sentences
    for line in ("Fans such as @samtest77 and @jotest88 posted pictures from the show.",
                 "The plant cut its co2 emissions by half and its no2 output by a third."):
        assert roles([line])[0] in SHIPPABLE
    line = "The wreck lies approx.30km off the coast of Northtown, divers said."
    assert split_sentences(line) == [line]


def test_review_guards_a_holiday_or_a_month_told_in_passing_keeps_the_run_date():
    for text in ("Shops in Northtown have begun selling Christmas Day dinners to take home. "
                 "The butcher said orders were up on last year. Prices have risen by a tenth.",
                 "The league's fixtures were published today. Northtown face Southville on Boxing Day. "
                 "The season starts in August.",
                 "Sam Example, the former mayor of Northtown, has died aged 90. "
                 "He was first elected mayor on St George's Day. He served for 12 years.",
                 "Ministers who served in the last May government met in Northtown on Friday. "
                 "They discussed the party's future. The meeting lasted three hours."):
        assert "July 6, 2025" in fetched(text, now=NOW).dateline.text, text


def test_review_guards_a_royal_named_after_the_style_and_a_summary_line_told_as_past():
    assert headline_problem("His Royal Highness Prince Sam opens Northtown hospital") is None
    text = DECKED.replace("Mara Linden plans to swim the North Channel, 15 years after her father vanished on the "
                          "same crossing", "Peter Linden vanished in heavy seas on his way to Portpatrick on the "
                          "same crossing")
    assert not rewrite(text, now=NOW).headline.startswith("Peter Linden Vanishes")

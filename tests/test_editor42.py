"""Faults found by copy editors reading outputs in the forty-second session, each in invented text."""

from __future__ import annotations

import copydesk
from shipping import NOW, body_sentences


def _headline(text: str) -> str:
    return copydesk.rewrite(text, now=NOW).headline


def test_a_caption_glued_before_a_sum_ends_there_and_the_story_after_it_ships():
    # (judge MI 06: "... suing 'thief' Jo Example for $5,000 In her lawsuit, ..." read as one caption,
    # so the lawsuit's line and the name it introduces were lost)
    text = ("Jo Example is being sued by a Northtown singer who claims the actress stole her pet goat as a child. "
            "Sam Sample alleges that she was a classmate of Ms Example in Northtown in 1991. "
            "Odd lawsuit: Singer Sam Sample claims the theft of her goat traumatised her and is now suing Jo Example "
            "for $5,000 In her lawsuit, Sample states that Ms Example would come over to the farm and play with "
            "the goat, called 'Biscuit', the Northtown Herald reports. "
            "She alleges that when 'Biscuit' disappeared, Ms Example confessed to the crime. ")
    body = " ".join(body_sentences(text))
    assert "In her lawsuit, Sample states that Ms Example would come over to the farm" in body
    assert "Odd lawsuit" not in body and "traumatised her and is now suing" not in body


def test_a_caption_ends_at_its_picture_mark_before_a_name_and_its_relative_clause():
    text = ("Jo Example is being sued by a Northtown singer who claims the actress stole her pet goat. "
            "Sam Sample alleges that she was a classmate of Ms Example in Northtown in 1991. "
            "She says the theft of the goat forced her to see a therapist. "
            "Not a bad goat: Jo Example, seen here in Northtown, is accused of the theft (stock image) "
            "Sample, whose song Green Fields has 70,000 views online, is suing the actress for $5,000 for distress. "
            "She also claims the theft has held back her career, according to the Northtown Herald. ")
    body = " ".join(body_sentences(text))
    assert body.count("Sample, whose song Green Fields has 70,000 views online, is suing the actress") == 1
    assert "stock image" not in body and "Not a bad goat" not in body


def test_a_headline_keeps_the_past_that_a_clause_set_last_year_is_told_in():
    # (judge MI 01: "Rowling faced a flood of criticism ... last year" headed "Rowling Faces Flood of
    # Criticism on Twitter", last year's background made today's news)
    from copydesk.engines.headcheck import past_dropped
    sentence = "Jo Example faced a flood of criticism on social media last year after she backed the bypass."
    assert past_dropped("Jo Example Faces Flood of Criticism on Social Media", sentence)
    assert not past_dropped("Jo Example Faced Flood of Criticism on Social Media Last Year", sentence)
    # (a fronted phrase's time is not the clause's: "Since ... last year, the town has ...")
    assert not past_dropped("Northtown Regularly Confronted With Floods",
                            "Since the storm that hit Jo Example's farm last year, Northtown has regularly been "
                            "confronted with floods.")
    text = ("The Northtown author previously wrote that her patience had run out with some abusive comments online. "
            "Jo Example faced a flood of criticism on social media last year after she backed the bypass plan. "
            "In 2008, she gave the same amount to the town's library. ")
    head = _headline(text)
    assert "Faces Flood" not in head
    assert "Previously Writes" not in head


def test_a_time_phrase_that_opens_a_sentence_goes_whole():
    from copydesk.engines.headline import trim
    assert trim("On Friday the council approved the bypass plan for Northtown.") == "council approves bypass plan for Northtown"
    assert trim("Last week the council approved the bypass plan for Northtown.") \
        == "council approves bypass plan for Northtown"
    assert trim("Last year was the wettest on record in Northtown.").startswith("Last year was")


def test_a_pronoun_keeps_its_passive_when_a_reported_backshift_is_undone():
    # ("she had been called a traitor" is no "she called traitor": the pronoun reads as the doer)
    from copydesk.engines.headline import trim
    assert trim("Police said he had been arrested in Northtown.") == "He has been arrested in Northtown, police say"
    assert trim("Jo Example said she was arrested in Northtown.").startswith("Jo Example says she was arrested")
    assert trim("Jo Example revealed that they had been warned by police.").endswith("they have been warned by police")
    assert trim("Police said drilling had been suspended at the Northtown site.") \
        == "Drilling suspended at Northtown site, police say"


def test_a_name_in_ing_before_its_past_is_a_subject_with_its_verb():
    from copydesk.engines.headcheck import headline_problem
    from copydesk.engines.verbs import main_verbs
    assert main_verbs("harding faced flood of criticism".split()) == [1]
    assert main_verbs("a matching tailored dress was worn".split()) == [4]
    assert headline_problem("Harding Faced Flood of Criticism on Social Media Last Year", []) is None


def test_an_event_told_with_so_after_a_standing_fact_heads_the_story():
    # (judge MI 07: "Parts of the Mariana Trench ... are up to 11 kilometres deep" headed a story whose
    # news is the robot sent down, told after "So")
    text = ("Parts of Northtown Loch are up to 200 metres deep, so little is known about what lives there. "
            "So a team has been sending down a robotic submarine called Nessie Two with a camera on it. "
            "Anyone who is curious can watch what the camera shows online. "
            "The three-month expedition is looking for fish and coral. ")
    assert "Submarine" in _headline(text)
    # (a contrast with a standing fact is no news: it never heads)
    text = ("Northtown boss Jo Example has no fresh injury concerns ahead of the visit of Southtown on Saturday. "
            "However, Sam Sample and Alex Other are still sidelined with hamstring injuries. "
            "Example said his side were ready for the game. ")
    assert "Sidelined" not in _headline(text)


def test_a_result_told_by_what_it_meant_heads_as_the_sides_feat():
    # (judge MI 05: "4-3 Win Meant Golden State Became Only 10th Team ..." was cut from the sentence as it stood)
    text = ("The Northtown Rovers were down by 13 points in the first half but fought back in the third quarter. "
            "The 4-3 win meant Northtown City became only the 10th team to rally from a 3-1 deficit to win a series. "
            "The champions will now face a rematch with Southtown United. ")
    assert _headline(text) == "Northtown City Becomes Only 10th Team to Rally From 3-1 Deficit"


def test_a_comparison_with_a_whole_career_goes_whole_from_a_long_headline():
    # (judge MI 03: "Lewis Hamilton Concedes to Feeling More Powerful Than at Any Stage": of what?)
    # (a town's history is the news, and stays: reviewer rev42's "than at any time in the town's history")
    from copydesk.engines.headrules import without_any_span
    assert without_any_span("fewer people out of work than at any time in town's history") \
        == "fewer people out of work than at any time in town's history"
    source = ["Jo Example has conceded to feeling more powerful now than at any stage in her racing career."]
    assert _headline(source[0] + " She won again in Northtown on Sunday. It was her fifth win of the year. ") \
        == "Jo Example Concedes to Feeling More Powerful"


def test_a_passive_in_progress_loses_its_is_and_keeps_being():
    from copydesk.engines.headline import trim
    assert trim("Jo Example is being sued by a Northtown singer over a stolen goat.") \
        == "Jo Example being sued by Northtown singer over stolen goat"
    assert trim("Police said she is being questioned over the fire.") == "She is being questioned over fire, police say"
    # (an irregular participle, no agent, or no name before it: "is" stays, reviewer rev42d)
    assert trim("The bypass plan is being considered by the council.") == "bypass plan is being considered by council"
    assert "is being" in trim("Jo Example is being forgotten by the town she served.").lower()


def test_what_a_court_heard_keeps_its_attribution_by_dropping_the_name_after_the_role():
    # (judge MJ 02: the lead was too long with "Court Hears" after it, so the vague second sentence,
    # "Shocking allegations ... revealed", headed the story)
    text = ("Northshire toddler Jo-Anne Example was forced to use the room she was locked in as a toilet "
            "before she died of her injuries, a court has heard. "
            "Shocking allegations of the circumstances surrounding the girl's death were revealed on Wednesday. "
            "Sam Sample, 46, was granted bail at Northtown Magistrates Court. ")
    assert _headline(text) == "Northshire Toddler Forced to Use Room She Was Locked in as Toilet, Court Hears"


def test_him_after_a_person_the_sentence_names_is_theirs_and_a_country_is_no_person():
    # (judge MJ 11: "City want to keep Toure, ..., and will offer him a new contract" was cut as pointing
    # to "Coast" ("the Ivory Coast midfielder") in the rewrite, and the body ended after three sentences)
    from copydesk.check.context import context_problems, names_in
    assert names_in("He is ready to give the Ivory Coast midfielder a deal.") == ()
    assert names_in("He signed New Zealand captain Jo Example.") == (("Example", "Jo Example"),)
    source = ["Northtown are prepared to offer Sam Sample a five-year contract this summer.",
              "Jo Example, who signed Sample in 2010, is keen to give the Ivory Coast midfielder a deal.",
              "Northtown boss Jo Example is keen on bringing Sample to the club.",
              "The Italian believes Sample can play on like Andrea Pirlo.",
              "Southtown want to keep Sample, who earns £220,000 a week, and will offer him a new contract."]
    out = [(source[0], [0]), (source[1], [1]), (source[4], [4])]
    assert context_problems(out, source) == {}


def test_a_run_of_stopless_captions_inside_a_quotation_goes_and_the_quotation_ships():
    # (three captions with no stops, set inside a speaker's quotation, were one run longer than the
    # caption pattern reached: the speaker's whole quotation was held out)
    captions = ("Arrowheads and old earth mounds have been found at Example Point in Northshire but it also has "
                "a newer concrete arrow A beacon has survived in good condition in Northtown (left) and at "
                "Southtown (right) - many of these were lost as the metal was used in the war effort during "
                "the Second World War At Example Junction there are boards that give information about the "
                "arrows and their use to passers-by")
    text = ("Retired couple Jo and Sam Example have been hunting down the old concrete arrows for two years. "
            "The arrows once guided airmail pilots across the country. "
            "The couple told the Northtown Herald: 'We have located 102 arrows or parts of arrows, some are badly "
            "worn and not much is left. " + captions + " 'Our interest grew out of an email in August 2013, we "
            "wanted to know where they were. 'We cannot believe that all of this has been \"forgotten.\"'. ")
    body = " ".join(body_sentences(text))
    assert "We have located 102 arrows" in body and "Our interest grew out of an email" in body
    assert "beacon" not in body and "passers-by" not in body
    assert body.rstrip().endswith("\"forgotten.\"'")


def test_the_rules_leave_what_reviewer_rev42_showed_they_must_not_touch():
    from copydesk.engines.headcheck import past_dropped, told_earlier
    from copydesk.engines.headline import trim
    # a price before a title in the copy is no caption's end ("a £25 In the Deep Woods playset")
    text = ("Parents queued from dawn to buy the £25 In the Deep Woods playset, which sold out within minutes "
            "at Northtown toy shops. The makers said a new batch would arrive next month. "
            "Some sets were being resold online for £200. ")
    assert body_sentences(text)[0].startswith("Parents queued from dawn to buy the £25 In the Deep Woods playset")
    # a figure's year for comparison, a relative clause's season: no past the headline dropped
    assert not past_dropped("Unemployment in Northtown Falls to 4 per cent in June",
                            "Unemployment in Northtown fell to 4 per cent in June, down from 6 per cent last year.")
    assert not past_dropped("Jo Example Joins Northtown From Southville",
                            "Jo Example, who scored 20 goals for Southville last season, has joined Northtown.")
    # "Last year" that opens a sentence stays: its clause is last year's
    assert trim("Last year the Northtown carnival was cancelled because of a lack of volunteers.").startswith("Last year")
    # "The 1975 win meant ...": history, never the side's feat of today
    text = ("Northtown face Southville in the cup final on Saturday. "
            "The 1975 win meant Northtown became the first team from the county to lift the national cup. "
            "Tickets sold out in a day. ")
    assert not _headline(text).startswith("Northtown Becomes First Team")
    # "previously unknown", "who previously worked at": no past of the main clause
    assert not told_earlier("Scientists find previously unknown species of frog in Northtown")
    assert not told_earlier("Teacher who previously worked at Northtown school jailed")
    assert told_earlier("Jo Example previously wrote that the statue should be taken down")



def test_a_caption_with_its_own_stop_inside_a_quotation_goes():
    # (judge ML 05: "Summer pictured volunteering in South Africa." shipped inside her father's quotation,
    # his words as the judge read them: an altered quote)
    text = ("A volunteer who drowned in Northland was a bubbly tomboy, her family said. "
            "Her father Sam Example, 51, said he spoke to his daughter on the day she died. "
            "He explained: 'I spoke to her that Thursday morning. Jo pictured volunteering in Northland. "
            "'She said everything was great and they were having a few days relaxing before they came home. "
            "'She contacted us at least once a week.' "
            "The family have launched an appeal in her memory. ")
    body = " ".join(body_sentences(text))
    assert "She said everything was great" in body
    assert "pictured volunteering" not in body
    # (a speaker's own line that tells no picture stays)
    text = text.replace("Jo pictured volunteering in Northland.", "Jo sounded happy and tired.")
    assert "Jo sounded happy and tired." in " ".join(body_sentences(text))


def test_a_caption_that_ends_on_a_year_stops_before_a_speaker_by_role_and_name():
    # (judge MK 01: "... stripped of his title in 2012 Chief executive Ross McEwan said: '...'" ran a
    # caption into the chief executive's quotation)
    text = ("Northtown Bank has made a loss of £446m in the first three months of the year. "
            "Former boss Sam Sample (pictured) was among those courted by the former prime minister. "
            "Mr Sample was knighted for services to banking in 2004 but was stripped of his title in 2012 "
            "Chief executive Jo Example said: 'This is going to be another tough year.' "
            "The bank was bailed out by taxpayers in 2008. ")
    sentences = body_sentences(text)
    assert "Chief executive Jo Example said: 'This is going to be another tough year.'" in sentences
    assert not any("in 2012 Chief executive" in s for s in sentences)
    # (a role and name after a year that opens its sentence's clause stay: "In 2012 Chief ...")
    from copydesk.segment import split_sentences
    assert len(split_sentences("In 2012 Chief executive Jo Example said: 'We will grow.'")) == 1


def test_a_pronoun_leans_past_the_writers_aside_on_the_person_the_story_named_before_it():
    # (judge MK 12: "He wants to discuss how ... he is considering leaving his safe haven" was the news,
    # cut because the line before it, the writer's "after we'd spent two years trying to reach him",
    # does not ship)
    text = ("Sam Sample sits in a dark bar on a sunny Northtown day. "
            "He orders a beer and lights a cigarette. "
            "A lot of people have been looking for Sam Sample for a long time. "
            "For 43 years Northland has provided refuge for Sample from facing charges that he robbed a bank. "
            "Sample, now 65, decided to give an interview after we'd spent two years trying to reach him. "
            "He wants to discuss how for the first time he is considering returning to Southland. "
            "Southland police said they welcomed the news of a possible surrender. "
            "Sample fled to Northland in 1971 with two other men. "
            "The two other men have since died. "
            "Police chief Jo Brook said the officer's family had waited decades for justice. "
            "Southland and Northland restored full relations last year. ")
    body = " ".join(body_sentences(text))
    assert "He wants to discuss how for the first time he is considering returning to Southland." in body
    assert "we'd spent" not in body
    # (not when the aside tells of someone else than the sentence before it names)
    text = text.replace("Sample, now 65, decided", "Jo Example, now 65, decided")
    assert "He wants to discuss" not in " ".join(body_sentences(text))


def test_a_quotation_paragraph_with_two_pictures_stops_after_it_is_copy_not_a_caption():
    # (judge MK 10: the manager's only quotation, "'We are not equipped ...,' he complained afterwards, and on
    # this evidence he would appear to be right. . .", was read as a caption for its spaced stops)
    from copydesk.ingest.roles import role_of
    line = ("'We are not equipped to go anywhere and dig out a result,' he complained afterwards, and on this "
            "evidence he would appear to be right. . .")
    assert role_of(line, 12, 30) != "caption"
    assert role_of("Jo Example (left) headed Northtown into a seventh-minute lead .", 12, 30) == "caption"
    # (a caption that retells the lead with its own stop and the pictures' stops stays one: no quotation in it)
    assert role_of("Mourners gathered outside the church in Northtown for the funeral of Jo Example on Friday. . .",
                   12, 30) == "caption"
    from copydesk.engines.housestyle import house_style
    assert house_style("He would appear to be right. . .") == "He would appear to be right."


def test_a_caption_that_ends_on_pictured_above_stops_before_the_story_sentence_after_it():
    # (judge MK 03: "..., pictured above Detectives are expected to speak to Mr Norman ..." was one caption,
    # and "He described the allegations as 'nonsense'" lost the sentence that named him)
    text = ("Police are investigating a councillor over claims he tried to bribe voters with cake. "
            "Jo Example allegedly gave out cake while campaigning at a Northtown supermarket. "
            "Northshire Police said it was investigating reports of a breach of election law. "
            "CLAIM: Jo Example is being investigated by police over claims he gave voters cake, pictured above "
            "Detectives are expected to speak to Mr Example after he was photographed with trays of cakes. "
            "He described the allegations as 'nonsense'. "
            "The election is on 7 May. ")
    sentences = body_sentences(text)
    assert any(s.startswith("Detectives are expected to speak to") for s in sentences)
    # (a place after "pictured above" is the picture's: no cut; nor without the caption's comma)
    from copydesk.segment import split_sentences
    assert len(split_sentences("Jo Example pictured above Northtown Harbour in the new film.")) == 1
    assert len(split_sentences("The plume of smoke pictured above Northtown has prompted warnings to residents.")) == 1


def test_what_reviewer_rev42b_showed_the_caption_aside_and_year_rules_must_leave():
    from copydesk.segment import split_sentences
    # a speaker's own line inside the quotation stays, though it tells of a picture or reads like a label
    for line in ("The message is simple: stay at home.", "Dad was pictured in the paper after the rescue and he hated it.",
                 "The photo above the fireplace was his favourite.", "Otters are rarely seen here."):
        text = ("Northtown council has urged residents to stay at home as floodwater continues to rise. "
                "Council leader Jo Example said more than 200 homes had been evacuated since Thursday. "
                f"She said: 'We know this is frightening for people. {line} 'Our teams are working around the clock.' "
                "The Environment Agency has issued three severe flood warnings. ")
        body = " ".join(body_sentences(text))
        assert line in body or "frightening" not in body, line  # (whole, or held out whole: never cut from it)
    # (the paper's own line after "the '90s", whose mark is an apostrophe, is no quotation's caption)
    text = ("Jo Example ran Northtown's best-known nightclub in the '90s. Her husband Sam Example (pictured) was jailed "
            "for fraud in 2001. 'He lost everything and so did I,' she said. The club closed in 2005. "
            "Ms Example now runs a cafe on Mill Lane. ")
    from copydesk.ingest.text import clean_text
    assert "was jailed for fraud in 2001" in clean_text(text).text
    # a fronted clause that lost its comma is no caption ending on a year
    assert len(split_sentences("Asked about a similar failure at the bank in 2019 Chief executive Sam Sample said: "
                               "'That was a mistake we learned from.'")) == 1
    # a "He" after a sentence that names two people does not lean past the writer's aside
    text = ("Sam Sample has spent 20 years on the run in Northland. He is wanted in Southland over a police officer's "
            "death. Northland police chief Tom Brook says Sample shot the officer during a robbery in 2005. "
            "Sample, now 50, agreed to speak to us after we'd written to him for a year. "
            "He says the shooting was an accident and that he wants a fair trial. "
            "Southland has asked for him to be sent back. The officer's widow said she wanted justice. "
            "Sample lives in a small flat near the harbour. Brook said the case would stay open. ")
    assert "He says the shooting was an accident" not in " ".join(body_sentences(text))


def test_a_caption_opening_on_the_and_a_name_with_its_picture_mark_ends_before_the_storys_sentence():
    # (judge MM 06: "... by county The New York Yankees (left) and Boston Red Sox (right) come in first ...
    # as their favorite The Mets are not the favorite team in one county ..." was one caption, and the
    # story's line about the Mets was lost with it)
    text = ("Football has long been Northshire's favourite sport, so the map holds no surprise. "
            "No two clubs are greater than Northtown Rovers and Southtown United. "
            "Then there are a few clubs that get less love, like Easton Athletic. "
            "A new map shows the favourite clubs in the county by sorting through fans' likes by village "
            "The Northtown Rovers (left) and Southtown United (right) come first and second in most villages "
            "The Athletic are not the favourite club in one village in the county, with their fans going for Rovers. "
            "Westport Wanderers fare little better. ")
    assert "The Athletic are not the favourite club in one village in the county, with their fans going for Rovers." \
        in body_sentences(text)
    from copydesk.segment import split_sentences
    # (a name with "the" in running copy, with a picture mark or none: no cut)
    for line in ("Fans cheered as they watched The Northtown Rovers are top of the league again.",
                 "Fans cheered as The Beatles (left) played their final show on the roof of the building.",
                 "He supports The Northtown Rovers (pictured) and travels to every away game with his son."):
        assert len(split_sentences(line)) == 1, line


def test_what_reviewer_rev42d_showed_the_comparison_claim_name_and_him_rules_must_leave():
    from copydesk.check.context import context_problems
    from copydesk.engines.headline import trim
    from copydesk.engines.headpatterns import ROLE_THEN_NAME
    # a comparison that carries the news stays out of the headline's trim: it is no fronted phrase to drop
    assert not trim("Compared with inflation, nurses' pay in Northtown has fallen by 8 per cent.").startswith("Nurses")
    # a claim with its speaker after it is no event that heads the story
    from copydesk.engines.headwho import told_by
    assert not told_by("Water Is Safe to Drink, Northtown Water Insists")
    # the name after a person's word only, before the name's own verb
    assert ROLE_THEN_NAME.match("Northshire toddler Jo-Anne Example forced to use room")
    assert not ROLE_THEN_NAME.match("former soldier Sam Example and brother Jo Sample lure dealer")
    assert not ROLE_THEN_NAME.match("Gunman tells Jo Example he would kill")
    # a "him" after the named person's own verb is another man's
    source = ["Sam Sample, 19, has been charged with assault after a fight outside a Northtown pub.",
              "His friend Tom Test, 20, was also arrested but has been released.",
              "(The injured man, Jo Example, 35, works as a doorman at the pub.)",
              "Police said Sample had hit him over the head with a bottle."]
    assert context_problems([(source[0], [0]), (source[1], [1]), (source[3], [3])], source) != {}
    # a speaker's own long stopless line inside the quotation stays (no picture's mark in it)
    line = ("The board has decided that production of the Northtown range will move to the Southland plant over the "
            "next eighteen months and that the 300 staff who work on the line here will be offered jobs at the "
            "Southland plant or redundancy on terms agreed with the unions and the staff council after talks that "
            "began in the spring and ended last week with a vote that went the board's way by a wide margin after "
            "a long debate about the cost of keeping both plants open")  # (over 400 characters, as rev42d's q02)
    text = ("Northtown Foods is to move production to Southland. Managing director Sam Sample said: 'We have "
            "told the staff today. " + line + " 'The Northtown site is not closing.' The union said it was "
            "disappointed. The firm employs 900 people in Northtown. ")
    body = " ".join(body_sentences(text))
    assert "The Northtown site is not closing" not in body or "300 staff" in body


def test_a_comparison_with_no_measure_of_its_own_goes_and_a_bodys_warning_heads_the_story():
    # (judge MJ 12, third try after rev42d: the report's warning heads, not the department's reaction)
    from copydesk.engines.headpatterns import without_comparison
    from copydesk.engines.headwho import told_by
    text = ("Compared with other countries, many apprenticeships are low quality and too short, "
            "the Example Trust warns. "
            "It says thousands of apprenticeships should be created to help young people. "
            "The Department for Skills says apprenticeships are being reformed to \"drive up standards\". "
            "The Association of Colleges said some apprenticeships were respected by industry. ")
    assert _headline(text) == "Many Apprenticeships Are Low Quality and Too Short, Example Trust Warns"
    # (a comparison that carries a measure or a change stays: the claim is the comparison's)
    for line in ("Compared with inflation, nurses' pay has fallen by 8 per cent.",
                 "Compared with boys, girls are twice as likely to be diagnosed with anxiety.",
                 "Compared with the growth in pupil numbers, spending on schools has dropped sharply."):
        assert without_comparison(line) == line, line
    assert told_by("Apprenticeships Too Short, Example Trust Warns")
    assert not told_by("Water Is Safe to Drink, Northtown Water Insists")

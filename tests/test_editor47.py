"""Faults found by copy editors reading outputs in the forty-seventh session, each in invented text."""

from __future__ import annotations

import pytest

import copydesk
from copydesk.engines.headcheck import headline_problem
from copydesk.engines.headline import trim
from copydesk.segment import split_sentences
from shipping import NOW, body_paragraphs, body_sentences  # noqa: F401  (the helpers later tests share)


def _rewrite(text: str) -> copydesk.Rewrite:
    return copydesk.rewrite(text, now=NOW)


# a related story's title run into the next sentence, which opens on a preposition and a possessive
def test_a_link_title_run_into_a_sentence_on_in_her_is_cut_there():
    text = ("Why the council will not say the word when it comes to the Northtown Rovers In her prize-winning "
            "book about the club, the historian Jo Example criticised the council for its silence.")
    assert split_sentences(text) == [
        "Why the council will not say the word when it comes to the Northtown Rovers",
        "In her prize-winning book about the club, the historian Jo Example criticised the council for its silence.",
    ]


@pytest.mark.parametrize("text", [
    "The film Made In his image was shown at the Northtown festival on Friday night.",  # a title, short before
    "Jo Example of Northtown In the end the council agreed to the plan on Monday.",  # no possessive after
    "The band played Lost In her eyes at the Northtown Arena on Friday night before the encore.",  # a word in lower case
])
def test_a_title_or_a_phrase_on_in_is_not_cut(text):
    assert split_sentences(text) == [text]


def test_a_kind_of_thing_a_story_names_is_no_headline_subject_even_from_the_first_line():
    source = ["The much-anticipated film sparked controversy last week after it emerged it would have a new ending.",
              "The Northtown Film Board said on Tuesday it had approved the screening of Castle Example."]
    assert "names no one" in headline_problem("much-anticipated film sparks controversy", source)
    source = ["Last weekend, the country was declared free of the virus that had killed 400 people.",
              "Officials in Exampleland said the last patient had left hospital."]
    assert "names no one" in headline_problem("country declared free of virus", source)


def test_a_lead_that_brings_in_a_body_by_its_description_still_names_it():
    source = ["The central bank raised interest rates for the third time this year on Thursday.",
              "Borrowing costs now stand at 5%."]
    assert headline_problem("central bank raises interest rates", source) is None  # not a kind named later


def test_the_headline_of_a_lead_that_never_names_its_film_comes_from_the_line_that_does():
    text = ("The much-anticipated film sparked controversy last week after it emerged it would have a new ending.\n\n"
            "The Northtown Film Board said on Tuesday it had approved Castle Example for screening in cinemas.\n\n"
            "The director of the film, Jo Example, said she was delighted with the decision of the board.")
    head = _rewrite(text).headline
    assert not head.startswith("Much-Anticipated Film"), head
    assert "Board" in head, head


@pytest.mark.parametrize("sentence, kept", [
    ("The much anticipated handshake between the two leaders was delayed by a day.", "much anticipated handshake"),
    ("A long awaited report into the crash was published on Monday.", "long awaited report"),
])
def test_a_participle_after_much_or_long_is_its_nouns_adjective_not_the_verb_in_the_present(sentence, kept):
    head = trim(sentence, frozenset())
    assert head.startswith(kept), head
    assert "anticipates" not in head and "awaits" not in head


@pytest.mark.parametrize("sentence, cut_short", [
    ("A new train design has revamped the areas where passengers can store their bicycles and luggage on long "
     "journeys across the country.", "revamps areas"),
    ("The row over the new stadium has reached the point where the council may have to step in to end the "
     "dispute between the two clubs.", "reaches point"),
])
def test_a_headline_is_not_cut_before_where_when_the_clause_says_which(sentence, cut_short):
    assert not trim(sentence, frozenset()).endswith(cut_short)


def test_a_degree_told_by_its_adjective_may_lose_its_where_clause():
    sentence = ("The row over the new stadium has reached the dizzying point where the council may have to step in "
                "to end the dispute between the two clubs.")
    assert trim(sentence, frozenset()) == "row over new stadium reaches dizzying point"


_QUESTIONS = (
    "Voters in Northtown go to the polls on Thursday to choose a new mayor for the town. "
    "Turnout at the last election was the lowest in the region, at 31%. "
    "The count will be held at the town hall on Friday morning. "
    "The council has sent a guide to every home in the town to explain the new voting system. "
    "It sets out where the polling stations are and when they open. "
    "So who are the voters choosing between? "
    "Four candidates are standing, two of them for the first time. "
    "The sitting mayor, Jo Example, is seeking a third term. "
    "Sam Sample, a local teacher, is standing for the Green party.")


def test_the_papers_own_question_opens_the_paragraph_of_its_answer():
    paras = body_paragraphs(_QUESTIONS)
    asked = [p for p in paras if "So who are the voters choosing between?" in p]
    assert asked and asked[0].startswith("So who are the voters choosing between? Four candidates"), paras


def test_a_tag_question_stays_with_the_line_it_asks_of():
    from copydesk.engines.paragraphs import asks_then_answers
    assert not asks_then_answers("Am I right?", "If that sounds familiar, here are five ways to enjoy it.")
    assert not asks_then_answers("Sounds simple, right?", "In theory it is.")
    assert asks_then_answers("Are they good enough?", "Only time will tell.")
    assert not asks_then_answers("But is a ban the answer?", "'No,' she said.")


def test_a_participle_that_is_no_past_is_never_put_in_the_present():
    head = trim("The court filing documents evidence of emails written to staff by the former chief executive.", frozenset())
    assert "written" in head and "writs" not in head and "writes" not in head, head
    assert trim("Striker Jo Example was taken to hospital after the match on Saturday.", frozenset()) \
        .startswith("Striker Jo Example taken to hospital")


@pytest.mark.parametrize("comma", ["", ","])
def test_where_a_person_lives_goes_whole_with_its_county_when_no_comma_follows(comma):
    head = trim(f"Jo Example, 38, of Northtown, Westshire{comma} was jailed for six months at Northtown Crown Court "
                "on Monday.", frozenset())
    assert head.startswith("Jo Example jailed for six months"), head


def test_a_headline_is_not_cut_after_progress_which_wants_what_it_is_on():
    head = trim("The regulator, Northtown Health, said it wanted more progress after the hospitals had slipped behind "
                "schedule in their efforts to cut waiting lists.", frozenset())
    assert not head.endswith("more progress"), head


_TWO_PRESENT = (
    "Northtown Rovers manager Jo Example has been handed a transfer wish list by a young supporter at the club's "
    "charity day.\n\n"
    "Sam Sample, 12, spent a week writing the list before handing it over at the training ground on Tuesday.\n\n"
    "Sam Sample gleefully awaits Jo Example's reaction to the players he thinks he should sign.\n\n"
    "Jo Example reads the carefully written document containing the names of the players.\n\n"
    "The manager said he would take the list into account when the transfer window opens in the summer.\n\n"
    "Northtown are fourth in the league with 50 points from 30 games.\n\n"
    "Sam Sample poses with the squad at the training ground (pictured) .")


def test_two_lines_in_a_row_that_tell_a_picture_in_the_present_are_captions():
    said = " ".join(body_sentences(_TWO_PRESENT))
    assert "gleefully awaits" not in said and "reads the carefully written" not in said, said
    assert "spent a week writing the list" in said


def test_one_line_in_the_present_after_a_story_line_stays():
    text = _TWO_PRESENT.replace("Jo Example reads the carefully written document containing the names of the "
                                "players.\n\n", "")
    assert "gleefully awaits" in " ".join(body_sentences(text))


def test_a_lists_lead_in_whose_list_the_page_lost_with_a_link_is_no_part_of_the_next_sentence():
    from copydesk.ingest.text import clean_text
    text = ("The Northtown poll asked 1,000 voters about their priorities for the coming year.The poll strongly "
            "suggests that:Read Professor Example's analysis of the pollIncreasing the amount spent on schools was "
            "scored 6.2.However, building a new bypass came joint last in the poll.")
    cleaned = clean_text(text).text
    assert "that: Increasing" not in cleaned and "analysis of the poll" not in cleaned, cleaned
    said = " ".join(body_sentences(text))
    assert "suggests that" not in said and "Increasing the amount spent on schools was scored 6.2." in said, said


def test_a_link_glued_between_two_sentences_still_leaves_one_paragraph():
    from copydesk.ingest.text import clean_text
    text = ("The council met on Monday.More on the Northtown bypass and other newsShe said the plan would go ahead.")
    assert clean_text(text).text.count("\n") == 0


def test_a_headline_never_loses_the_condition_its_fact_holds_under():
    head = trim("Half of the clinics in Northtown are letting patients jump the queue for hip surgery if they pay for "
                "it themselves, an investigation has revealed.", frozenset())
    assert not head.endswith("jump queue"), head


def test_a_view_may_lose_the_condition_of_what_it_foresees():
    from copydesk.engines.headcut import conditioned
    assert not conditioned("Jo Example tips Sam Sample to make his mark", " in the league if he opts to stay")
    assert conditioned("Clinics let patients jump the queue", " for hip surgery if they pay")
    assert not conditioned("Inspectors find delays in getting offenders to start work",
                            ", and said too many were let off if they did not attend")


def test_a_subject_whose_head_is_before_of_keeps_it_when_a_role_and_name_follow():
    from copydesk.engines.headtrims import shorter_subject
    assert shorter_subject("Fans of late actor Sam Example know that the film would be bittersweet") \
        .startswith("Fans of")
    assert shorter_subject("Northtown manager Jo Example writes off title hopes") == "Jo Example writes off title hopes"
    head = trim("Fans of the late actor Sam Example knew that watching him in the new film would be bittersweet.",
                frozenset())
    assert head.startswith("Fans of"), head


@pytest.mark.parametrize("sentence, kept", [
    ("The 9,000 feet high Mount Example, which first erupted in 1650, is one of the most active volcanoes in "
     "Exampleland.", "most active volcanoes in Exampleland"),
    ("Jo Example, 28, received a four-match ban for what was his second dismissal for violent conduct this season, "
     "following a late challenge on a Northtown defender.", "this season"),
    ("Sam Sample prepares to face his former club Northtown Rovers on Wednesday as the highest-scoring Examplish "
     "player in Premier Example with a big money move waiting for him at the end of the season.",
     None),
])
def test_a_headline_keeps_what_limits_a_superlative_or_an_ordinal(sentence, kept):
    head = trim(sentence, frozenset())
    if kept == "this season":
        assert "second" not in head or kept in head, head  # (the ban alone, or the count with its season)
        assert not head.endswith("second dismissal for violent conduct"), head
    elif kept:
        assert kept in head, head
    assert not head.endswith(("most active volcanoes", "highest-scoring Examplish player")), head


@pytest.mark.parametrize("sentence, short", [
    # the world is a superlative's scope by default; an ordinal's round is no superlative
    ("Exampleland is on course to be the second fastest growing major economy in the world, in a major boost for "
     "the finance minister who said it was 'proof our plan is working'.", "major economy"),
    ("The top seed was beaten 6-3, 6-1 by American Jo Example in the second round at the Northtown Open in "
     "Southtown on Tuesday.", "second round"),
])
def test_a_default_scope_or_an_ordinals_place_may_still_go(sentence, short):
    assert trim(sentence, frozenset()).endswith(short)


def test_a_named_things_place_stays_when_it_limits_a_superlative():
    from copydesk.engines.headinserts import without_named_place
    text = "Sam Sample prepares to face Northtown as highest-scoring Examplish-national in Premier Example with move waiting"
    assert "in Premier Example" in without_named_place(text)
    assert without_named_place("Broadcroft Quarry in Northtown is to reopen") == "Broadcroft Quarry is to reopen"


def test_a_concession_before_but_is_no_headline():
    head = trim("The humble garden snail may only be small, but scientists are hoping to use its shell to build "
                "stronger helmets.", frozenset())
    assert not head.endswith(("may only be small", "May Only Be Small")), head


# --- guards from the adversarial review of these rules (rev47): each was worse before the narrowing ---

def test_a_title_with_her_in_lower_case_inside_a_sentence_is_not_cut():
    text = ("At the Northtown Arena on Friday night the band opened with their old hit Dancing With her Shadow "
            "before a crowd of 5,000.")
    assert split_sentences(text) == [text]


def test_a_lead_on_the_school_or_the_band_keeps_its_headline():
    source = ["The band have cancelled the rest of their UK tour after the singer fell ill.",
              "Fans who bought tickets will be given a full refund, the promoter said."]
    assert headline_problem("band cancels rest of UK tour", source) is None


@pytest.mark.parametrize("sentence, verb", [
    ("Families eagerly awaited news of the missing fishermen as the search off Northtown entered its third day.",
     "await"),
    ("Northtown council eagerly accepted funding from the government for a new bypass on Tuesday.", "accept"),
])
def test_a_subject_then_an_adverb_then_a_past_verb_is_still_the_verb(sentence, verb):
    head = trim(sentence, frozenset())
    assert any(w in (verb + "s", verb) for w in head.split()), head  # in the present, as a verb


def test_as_if_is_no_condition():
    head = trim("The Northtown striker celebrated wildly in front of the away fans as if he had won the cup rather "
                "than scored a consolation goal in a 4-1 defeat.", frozenset())
    assert len(head.split()) <= 14, head


def test_a_rhetorical_question_stays_at_the_end_of_its_paragraph():
    text = ("Hundreds of people queued through the night for free tickets to Northtown's summer festival.\n\n"
            "Some had arrived as early as 6pm on Friday with tents and sleeping bags. Who could blame them at all?\n\n"
            "The council said it would release another 2,000 tickets next week.\n\n"
            "The festival runs from 1 to 3 August.")
    assert not any(p.startswith("Who could blame them") for p in body_paragraphs(text))


def test_a_speakers_aside_after_a_town_is_no_county():
    head = trim("Jo Example, 38, of Northtown, Westshire Police has said, was last seen on Friday night.", frozenset())
    assert "Example has said" not in head, head


def test_made_good_progress_is_a_whole_headline():
    head = copydesk.rewrite(
        "Peace talks between the two sides in Exampleland have made good progress, according to diplomats at the "
        "United Nations in New York on Tuesday.\n\nThe talks will resume next week in Geneva.\n\n"
        "Both sides have agreed to a ceasefire until then.", now=NOW).headline
    assert head.endswith("Progress"), head


def test_a_court_storys_awaits_sentencing_lines_are_not_captions():
    text = ("Two brothers from Northtown have admitted their part in a £2m fraud against the council.\n\n"
            "Jo Example, 44, pleaded guilty to fraud at Westshire Crown Court.\n\n"
            "Jo Example awaits sentencing after admitting his part in the fraud.\n\n"
            "Sam Example awaits trial on the same charges after denying any wrongdoing.\n\n"
            "The court heard the money was spent on cars and holidays.\n\n"
            "Jo Example leaves court with his lawyer (pictured) .")
    said = " ".join(body_sentences(text))
    assert "awaits sentencing" in said and "awaits trial" in said, said


@pytest.mark.parametrize("glued", [
    "Jo Example told the BBC:Media playback is unsupported on your device\"I leave with my head held high.\"",
    "The club said in a statement:Read more on the Rovers crisis and other newsThe board thanks Jo for his work.",
])
def test_a_speakers_colon_before_a_glued_link_keeps_its_words(glued):
    from copydesk.ingest.text import clean_text
    assert "\n" not in clean_text(glued).text


def test_a_plan_told_with_will_keeps_its_condition():
    head = trim("Season ticket holders will be given a full refund for the cancelled match if the game is called off "
                "because of the weather, the club said on Tuesday night.", frozenset())
    assert head != "Season ticket holders will be given full refund", head


def test_a_passive_told_last_year_after_an_aside_is_no_news_in_the_present():
    from copydesk.engines.headcheck import past_dropped
    sentence = ("Mr Example, who also founded the company, was ousted last year because of complaints from staff and "
                "amid accusations of misuse of company funds.")
    assert past_dropped("Example ousted because of complaints from staff", sentence)
    assert not past_dropped("Example ousted because of complaints from staff",
                            "Mr Example, who also founded the company, was ousted on Monday because of complaints.")


@pytest.mark.parametrize("sentence, source", [
    ("Voters in Northtown would rather have a new library than a new car park, a new survey has revealed.",
     "Survey Finds"),
    ("According to the index, Exampleland comes top and the worst country is Southland, followed by Westland.",
     "Index Shows"),
])
def test_what_a_survey_or_an_index_found_keeps_its_source(sentence, source):
    assert trim(sentence, frozenset()).endswith(source), trim(sentence, frozenset())


def test_a_preference_keeps_what_it_is_over():
    head = trim("Voters in Northtown would rather have a referendum on the new bypass than another vote on the "
                "town's new library building, a new survey has revealed.", frozenset())
    assert "rather" not in head or "than" in head, head


def test_a_ground_told_in_a_question_or_with_may_is_no_dateline():
    text = ("Northtown Rovers are the form team in the league after seven wins in a row.\n\n"
            "The players have revealed the songs they listen to on the team bus before a game.\n\n"
            "And can you picture Jo Example nodding along to a pop song before defending at Turf Moor?\n\n"
            "Sam Sample may prepare for defending at Turf Moor by listening to a dance track.\n\n"
            "The club's sponsor said the playlist was chosen by the players themselves.")
    place = copydesk.rewrite(text, now=NOW).dateline.place or ""
    assert "Burnley" not in place, place


_SANDWICH = (
    "Northtown face Southtown in the cup semi-final on Saturday in what promises to be a bruising contest.\n\n"
    "Northtown head coach Jo Example wants a side that can match Southtown for physicality.\n\n"
    "Veteran fly half Sam Sample will run the show for Northtown against Southtown on Saturday .\n\n"
    "Centre Jo Brook will captain the side against Southtown at the Example Stadium.\n\n"
    "Sam Brook has recovered from a knee injury and has been named on the bench for the big clash .\n\n"
    "The sides met at the same stage last year, when Northtown won 46-6.\n\n"
    "Example said this week that his players were ready for the challenge.")


def test_a_line_between_two_spaced_stop_captions_is_a_caption():
    said = " ".join(body_sentences(_SANDWICH))
    assert "will captain the side" not in said, said
    assert "The sides met at the same stage last year" in said


def test_a_line_between_captions_that_leans_back_stays():
    text = _SANDWICH.replace("Centre Jo Brook will captain the side against Southtown at the Example Stadium.",
                             "Joining them in the side is centre Jo Brook, who will captain Northtown.")
    assert "Joining them in the side" in " ".join(body_sentences(text))


def test_a_participle_inside_a_phrase_after_a_comma_is_no_headlines_verb():
    assert headline_problem("Massive Swell, Seen From Video Images Taken From On-Board by Stranded Travellers",
                            []) == "no finite verb"
    assert headline_problem("Jo Example Taken to Hospital After Clash", []) is None


def test_the_possessive_of_an_idiom_of_life_stays():
    from copydesk.engines.headlinese import without_possessives
    assert without_possessives("Time of their lives turns into holiday from hell") == \
        "Time of their lives turns into holiday from hell"
    assert without_possessives("Boxer faces fight of his life against champion") == \
        "Boxer faces fight of his life against champion"
    assert without_possessives("Minister defends his record on schools") == "Minister defends record on schools"


_RETOLD_BETWEEN = (
    "The Northtown Open is turning into cake week after Jo Example became the latest player to be given a giant "
    "cake, after she won her 500th match, beating Sam Sample in the semi-final of the Northtown Open.\n\n"
    "Example's hopes of meeting her sister in the final were dashed by her sister's defeat on Tuesday.\n\n"
    "Jo Example strikes a pose next to her cake after recording her 500th career victory.\n\n"
    "Example beat Sam Sample in three sets on Wednesday to reach the final of the Northtown Open.\n\n"
    "Example celebrates as the world No 1 sealed a place in the final.\n\n"
    "Example will face Jo Brook in the final on Saturday after Brook won in straight sets.")


def test_a_line_between_captions_that_tells_the_lead_again_is_a_caption():
    said = " ".join(body_sentences(_RETOLD_BETWEEN))
    assert "in three sets on Wednesday" not in said, said
    assert "will face Jo Brook" in said


def test_a_line_between_captions_with_a_name_the_story_has_not_told_stays():
    text = _RETOLD_BETWEEN.replace("Example beat Sam Sample in three sets on Wednesday",
                                   "Example beat Ann Other in three sets on Wednesday")
    assert "in three sets on Wednesday" in " ".join(body_sentences(text))


_DEATH = ("Jo Example has passed away at the age of 84 after a short illness, but the voice of Northtown radio will "
          "always be remembered.\n\n"
          "Here, we recount ten of his finest moments on air.\n\n"
          "Jo Example, one of radio's great personalities, has died at the age of 84 after a short illness.\n\n"
          "Example was on air for the Northtown flood of 1968, which he covered for three days without sleep.\n\n"
          "He retired in 2005 after 40 years at the station.")


def test_a_death_told_again_at_the_same_age_is_a_caption():
    said = " ".join(body_sentences(_DEATH))
    assert "one of radio's great personalities" not in said, said
    assert "has passed away at the age of 84" in said


def test_another_persons_death_at_the_same_age_stays():
    text = _DEATH.replace("Jo Example, one of radio's great personalities, has died",
                          "His producer Sam Sample, one of radio's great personalities, has also died")
    assert "Sam Sample" in " ".join(body_sentences(text))

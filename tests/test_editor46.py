"""Faults found by copy editors reading outputs in the forty-sixth session, each in invented text."""

from __future__ import annotations

import pytest

import copydesk
from copydesk.ingest.captions import PHOTO_MARK, PICTURE_ASIDE, caption
from shipping import NOW, body_paragraphs, body_sentences  # noqa: F401  (the helpers later tests share)


def _rewrite(text: str) -> copydesk.Rewrite:
    return copydesk.rewrite(text, now=NOW)


@pytest.mark.parametrize("mark", [
    "(above file photo of visitors at the Northtown zoo)", "(pictured right with actor Sam Lee)",
    "(pictured left with her late husband)", "(pictured 2012)", "(second from right)", "(not pictured)",
    "(first photo)",
    "(see photo held by Ms Example)", "(left, pictured behind the Northtown manager Jo Example)",
    "(like those above)",
])
def test_a_picture_mark_that_says_where_the_picture_stands_or_what_it_shows(mark):
    assert PHOTO_MARK.fullmatch(mark) or PICTURE_ASIDE.fullmatch(mark)


@pytest.mark.parametrize("aside", ["(on the right)", "(in the centre)", "(shown on Northtown TV at 9pm)",
                                   "(designed by the architect Jo Example - pictured)",
                                   "(pictured)x", "(the file was lost)", "(left the club in 2012)",
                                   "(pictured leaving court)", "(left and right)"])
def test_a_place_on_the_pitch_or_a_listing_is_no_picture_mark(aside):
    assert not PHOTO_MARK.fullmatch(aside) and not PICTURE_ASIDE.fullmatch(aside)


@pytest.mark.parametrize("line, is_caption", [
    ("Jo Example (pictured 2012) enjoys a dinner out with Sam Sample in Northtown", True),
    ("Jo Example and Sam Sample (not pictured) walk to the court in Northtown", True),
    ("Jo Example (pictured 2012) was jailed for six years at Northtown Crown Court on Monday.", False),
    ("The council (see picture) has banned scooters from the town centre from next month.", False),
    ("Sam Sample (third from left) led the protest to the town hall on Saturday.", False),
])
def test_a_picture_aside_makes_a_caption_only_of_a_line_in_the_present(line, is_caption):
    # (reviewer rev46: "(pictured 2012)", "(not pictured)", "(see picture)" inside a sentence of the story,
    # its verb in the past, dropped the story's line, once its lead)
    assert caption(line, 5) is is_caption


_ZOO = ("A two-year-old boy was hurt after falling into the cheetah enclosure at Northtown Zoo on Saturday. "
        "The boy's mother was holding him over the railing when he slipped and fell about 10ft into the pit. "
        "He was rescued by his parents before firefighters arrived and suffered only minor bruises. "
        "The zoo said the cheetahs did not approach the child at any point. "
        "Zoo visitor Sam Example was at the enclosure when he heard the child scream. "
        "He said he was 'shocked' and 'could not believe the parents let the boy' go over the railing and into "
        "the pit Northtown Zoo plans to press charges against the child's mother (above file photo of "
        "visitors at the Northtown zoo)")


def test_a_story_line_run_into_a_file_photo_caption_at_the_end_does_not_ship():
    # (judge NW: fc-172's last paragraph ran a witness's words into two captions, "... into the pit Cleveland
    # Metroparks Zoo plans to press charges ... (above file photo of visitors at the Cleveland zoo)", no stop)
    sentences = body_sentences(_ZOO)
    assert not any("file photo" in s or "plans to press" in s for s in sentences), sentences
    assert any(s.startswith("Zoo visitor Sam Example was at the enclosure") for s in sentences), sentences


_SPLIT = ("Northtown chef Sam Example has filed for divorce from his wife of ten years, the actress Jo Sample. "
          "The 50-year-old is said to be heartbroken about the split, according to the Northtown Echo. "
          "Sample was said to be upset after her husband missed her birthday party in 2014. "
          "Sample is now dating the singer Tom Brook, who she was seen with in February at a film premiere in Harbour City. "
          "Her love interest these days: Sample is now dating the singer Tom Brook, who she was seen with in February "
          "at a film premiere in Harbour City Court papers seen by the Echo state that the marriage has broken down. "
          "It has been reported they separated three weeks ago. "
          "Once so close: the couple, who married in 2005, pictured in January 2013 The Echo went on to report that "
          "the marriage began to unravel two years ago. "
          "Example has already moved out of their apartment in Northtown.")


def test_a_caption_that_tells_a_line_again_whole_gives_back_the_story_line_run_on_after_it():
    # (judges NP 05, NT 11, NZ 06: in fc-252 "It has been reported they separated" followed "Jones is now
    # dating Will Forte", as the story's line about the marriage was run on after a caption that told the
    # dating line again, and went with it: "they" read as the new couple)
    sentences = body_sentences(_SPLIT)
    court = next(k for k, s in enumerate(sentences) if s.startswith("Court papers seen by the Echo state"))
    assert sentences[court + 1].startswith("It has been reported they separated"), sentences
    assert not any("love interest" in s for s in sentences), sentences


def test_a_story_line_run_on_after_a_captions_date_ships_without_the_caption():
    sentences = body_sentences(_SPLIT)
    assert any(s.startswith("The Echo went on to report") for s in sentences), sentences
    assert not any("Once so close" in s or "pictured in" in s for s in sentences), sentences


@pytest.mark.parametrize("line, cut", [
    ("Together: the pair pictured in June 2013 'I knew she had asked him,' an insider told the site.", 1),
    ("Flay was pictured with the president in 2009 In February, the pair missed their anniversary.", 1),
    ("Jo Example was pictured in 2013 World Cup kit before the final in Northtown.", 0),
    ("The plume of smoke pictured in 2013 over Northtown was seen for miles.", 0),
    ("Sam Sample says she was pictured in 2013 'Harbour Style' shoots without her consent.", 0),
])
def test_a_captions_date_cuts_only_before_a_line_that_opens_a_sentence(line, cut):
    from copydesk.pagelines import picture_mark_cuts

    assert len(picture_mark_cuts(line)) == cut


def test_a_label_and_a_line_told_again_with_nothing_run_on_is_no_cut():
    from copydesk.pagelines import retold_cuts

    lines = ["Jo Example is now dating the singer Tom Brook, who she met in February at a premiere.",
             "Her love interest: Jo Example is now dating the singer Tom Brook, who she met in February at a premiere.",
             "Update: Jo Example is now dating the singer Tom Brook, who she met in February at a premiere in Northtown.",
             "Jo Example said she was happy."]
    assert retold_cuts(lines) == [[line] for line in lines]


def test_a_line_ups_substitute_minutes_do_not_run_the_match_report_into_one_sentence():
    # (judge NZ 07: fc-054's report stopped in the opening minutes, as the splitter read "70)" in "Bulot
    # (Eagles 70) Vetokele (Church 79) Watt." as a list's number and ran the rest into one long sentence)
    from copydesk.segment import split_sentences

    text = ("Northtown: Example, Sample, Brook, Stone, Lee (Moor 70) Hill (Dale 79) Park. "
            "Subs: Ford, Wood, Lane, Marsh. "
            "But Harbour hit back with a 16th minute equaliser. "
            "Jo Example's cross bounced across the goal and Sam Sample fired into the top corner.")
    sentences = split_sentences(text)
    assert "But Harbour hit back with a 16th minute equaliser." in sentences, sentences
    assert sentences[-1].startswith("Jo Example's cross"), sentences
    text = ("Tries: Example (Moor 70) Sample (Brook 75) Brook. Cons: Lee 2. "
            "Harbour led 19-10 at half-time (after two early tries) but faded badly.")
    assert split_sentences(text)[-1] == "Harbour led 19-10 at half-time (after two early tries) but faded badly."
    assert split_sentences("Jo Example (Age 52) is the director of cricket. He said he was ready.") == [
        "Jo Example (Age 52) is the director of cricket.", "He said he was ready."]


@pytest.mark.parametrize("line", [
    "Jo Example and Sam Sample fight for the ball during the match between Northtown and Harbour.",
    "Tom Brook skips past Sam Sample during the Championship match at the Northtown Stadium.",
    "Jo Example challenges for the ball against Sam Sample during the top of the table clash.",
])
def test_a_match_pictures_duel_during_the_game_is_a_caption(line):
    assert caption(line, 5)


@pytest.mark.parametrize("line", [
    "Sam Sample skips past three defenders during a 60-yard run and curls the ball into the far corner.",
    "The bill gets past its second reading during a late-night sitting by 12 votes.",
])
def test_a_duels_verb_outside_a_match_is_the_storys(line):
    # (reviewer rev46: the goal itself, and a bill's reading, were dropped as match pictures)
    assert not caption(line, 5)


_MATCH = ("Harbour Rovers came from behind to draw 1-1 with Northtown at the Northtown Stadium on Saturday. "
          "The result leaves Northtown eight points clear of the relegation places with four games left. "
          "Manager Jo Example had asked for a quick response after last week's 4-1 defeat by Eastby. "
          "He got it when Sam Sample headed Northtown in front after eight minutes. "
          "Sam Sample heads over the goalkeeper with just eight minutes played in Northtown . "
          "Sample celebrates his goal in front of the travelling fans . "
          "Harbour Rovers: Stone, Lee, Moor, Hill, Dale, Park (Ford 70), Wood. "
          "Subs: Lane, Marsh, Ash, Birch. "
          "Northtown: Oak, Elm, Yew, Fir, Bay, Sample (Pine 80), Rowan. "
          "Subs: Heath, Glen, Fell, Moss. "
          "But Harbour hit back with a 16th minute equaliser. "
          "Tom Brook's cross found Ben Ford, who fired into the top corner. "
          "Neither side could find a winner in a second half of few chances. "
          "Example said: 'We will take the point and move on to the next game.'")


def test_a_but_after_a_goals_captions_and_the_team_sheets_leans_on_the_story_before_them():
    sentences = body_sentences(_MATCH)
    assert "But Harbour hit back with a 16th minute equaliser." in sentences, sentences
    assert not any(s.startswith(("Subs:", "Harbour Rovers:", "Sample celebrates")) for s in sentences), sentences


@pytest.mark.parametrize("text, pieces", [
    ("Mr Example suggested firms would not be forced to give staff days off under the plan Former Deputy Prime "
     "Minister Sam Sample offered his view on the interview on the Today programme The Northtown party raised "
     "concerns about the cost of the policy.",
     ["Mr Example suggested firms would not be forced to give staff days off under the plan",
      "Former Deputy Prime Minister Sam Sample offered his view on the interview on the Today programme",
      "The Northtown party raised concerns about the cost of the policy."]),
    ("The award went to Former Northtown Rovers captain Jo Example, who retired in 2010.",
     ["The award went to Former Northtown Rovers captain Jo Example, who retired in 2010."]),
    ("Jo Example starred in The Harbour Club with Sam Sample, which opened in 2012.",
     ["Jo Example starred in The Harbour Club with Sam Sample, which opened in 2012."]),
])
def test_a_former_office_or_a_party_named_after_a_captions_last_word_opens_the_next_line(text, pieces):
    # (judge NZ: fc-288's summary and body ran "... under the plan Former Deputy Prime Minister John Prescott
    # offered his view ... programme The Labour party raised concerns ..." as one sentence)
    from copydesk.segment import split_sentences

    assert split_sentences(text) == pieces


@pytest.mark.parametrize("text", [
    "Aid agencies said in a joint statement on Monday The Northtown government had failed to act.",
    "Officials confirmed late last night Former Mayor Jo Example had resigned from the board.",
    "Mourners recalled at the memorial service how Former Lord Mayor Jo Example helped the town.",
    "Critics of the new musical The Office party has divided its audience and its cast.",
])
def test_a_reported_clause_with_no_that_is_not_cut_before_former_or_the_party(text):
    from copydesk.segment import split_sentences

    assert split_sentences(text) == [text]


def test_a_speakers_colon_is_no_caption_label_and_a_name_run_on_is_no_new_sentence():
    from copydesk.pagelines import retold_cuts

    lines = ["Northtown Rovers have signed the striker Jo Example on a three-year deal from Harbour City.",
             "The club said: Northtown Rovers have signed the striker Jo Example on a three-year deal from Harbour "
             "City We are delighted to welcome him to the club.",
             "Update: Northtown Rovers have signed the striker Jo Example on a three-year deal from Harbour City "
             "Women after a month-long search for a new coach."]
    assert retold_cuts(lines) == [[line] for line in lines]


@pytest.mark.parametrize("line, is_caption", [
    ("The victim led police to Sam Example at this apartment complex near Northtown University.", True),
    ("Northtown, written in Hindi on this label, was the site of the first factory in the state.", True),
    ("Residents of this quiet street said they had heard nothing on the night of the fire.", False),
    ("The staff at this hotel were friendly and the rooms were spotless.", False),
    ("Drivers on this road trip will cover 3,000 miles in ten days.", False),
    ("Police were called to a house in Northtown, and officers found the man at this house in Mill Lane.", True),
    ("'Big kites are usually built from this kevlar rope to stop the line snapping,' Mr Example said.", False),
    ("Jo Example said the club was the biggest in this country.", False),
    ("Police said the man had been arrested at this stage of the inquiry.", False),
])
def test_a_line_that_points_at_a_place_or_thing_as_its_picture_shows_it_is_a_caption(line, is_caption):
    # (judge NW: fc-042 shipped "The victim led police to Alshammari at this apartment complex near Utah Valley
    # University", which points at a picture the rewrite does not have)
    assert caption(line, 5) is is_caption


_SPARED = ("A man who filmed up women's skirts in a Northtown supermarket has been spared jail. "
           "Sam Example targeted shoppers at the store as they bent over the freezers. "
           "He admitted outraging public decency at an earlier hearing. "
           "But Example walked free from court after magistrates ordered him to complete a treatment programme as "
           "part of a three year community order. "
           "His lawyer, Jo Brook, said he was deeply ashamed of what he had done. "
           "Sentencing him, magistrate Ann Sample said: 'This was planned and it was hardly an accident.' "
           "She added: 'You are 35, and that kind of behaviour at your age is quite extraordinary.' "
           "Example was handed a three year community order and was ordered to take part in a treatment programme. "
           "He was also told to pay £85 in costs and a £60 fine.")


def test_a_line_told_again_that_the_next_line_leans_on_stays_the_storys():
    # (judge OB 11: dm-650fbc dropped "Webster was handed a three year community order ..." as a caption that
    # told the sentence again, so "He was also told to pay £85 in costs" followed the magistrate's words)
    sentences = body_sentences(_SPARED)
    fine = next(k for k, s in enumerate(sentences) if "£85" in s)
    assert sentences[fine - 1].startswith("Example was handed a three"), sentences


def test_a_caption_set_apart_by_its_stop_is_dropped_even_when_a_line_leans_on_what_it_retells():
    text = _SPARED.replace("in a treatment programme. He was also", "in a treatment programme . He was also")
    sentences = body_sentences(text)
    assert not any(s.startswith("Example was handed") for s in sentences), sentences


@pytest.mark.parametrize("clause, head", [
    ("median income of households in the country dropped by 1.5%", "median income of households in the country dropped by 1.5%"),
    ("Northtown Rovers are the best team in the nation", "Northtown Rovers are best team in the nation"),
    ("one bank in the country's north cut 500 jobs", "one bank in country's north cut 500 jobs"),
    ("team toured the country of Jo Example's birth", "team toured country of Jo Example's birth"),
    ("fans filled the city", "fans filled city"),
])
def test_a_headline_keeps_the_the_of_the_one_country_the_story_is_in(clause, head):
    # (judge OB 05: fc-162's headline read "... in One County in Country", fc-079's "Households in Country")
    from copydesk.engines.headlinese import headlinese

    assert headlinese(clause) == head


_FRAGMENT = ("He told the Northtown Echo he was thrilled, but did not say which part he would play. "
             "The film will see Example work again with his director Sam Sample. "
             '"I\'m looking forward to working with Sam once again. It\'s going to be a good time," he said. '
             "He added he could not wait to start filming in Harbour City next spring. "
             "Jo Example played a pilot in last year's film Harbour Skies. "
             "Ann Brook also starred in Harbour Skies as his sister. "
             "The new film will be released in cinemas in February 2027.")


def test_a_quotation_whose_speaker_is_a_bare_pronoun_does_not_open_the_body():
    # (read as an editor: fc-360 opened on '"I'm looking forward to working with Ryan once again ...," he said.',
    # the source having lost the lines that named him; "he" pointed at no one in the rewrite)
    result = _rewrite(_FRAGMENT)
    first = result.body[0][0].text
    assert not first.startswith('"'), [s.text for p in result.body for s in p]
    assert not result.summary or not result.summary[0].text.startswith('"'), [s.text for s in result.summary]


def test_a_quotation_after_the_line_that_names_its_speaker_stays():
    text = _FRAGMENT.replace("He told the Northtown Echo he was thrilled", "Jo Example told the Northtown Echo he was thrilled")
    sentences = body_sentences(text)
    assert any(s.startswith('"I\'m looking forward') for s in sentences), sentences

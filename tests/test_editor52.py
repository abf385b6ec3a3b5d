"""Faults found by copy editors reading outputs in the fifty-second session, each in invented text."""

from __future__ import annotations

import pytest

from copydesk.check.context import inner_pronoun
from copydesk.desk import article_from_text, prepare
from copydesk.editorial import quotes_broken
from copydesk.engines.units import Units
from shipping import body_paragraphs, body_sentences


# a name's plural possessive before a comma is its own apostrophe, not a quotation's close (judge PJ 01: the
# story's line "Speaking through the English Collective of ...', the woman ..." and the survey after it were cut)
@pytest.mark.parametrize("text, broken", [
    ("Speaking through the Northtown Collective of Cleaners', the woman spoke after a survey.", False),
    ("It was all the Americans', he said.", True),  # (a quotation's close, its speaker's tag after it)
    ("'It was the Americans', he said.", False),
])
def test_a_names_possessive_before_a_comma(text, broken):
    assert quotes_broken(text) is broken


# a person told of by what is theirs, then the pronoun: "The student's story ... but she says ..." has its
# person in the sentence (judge PJ 01: the story's last line, and the quotation it opens, were cut)
@pytest.mark.parametrize("text, pronoun", [
    ("The student's story may seem like a rare case but she says that it is common.", None),
    ("The young man's ordeal began when he was stopped at the border.", None),
    ("The young man's family said he was a kind and gentle son.", "he"),  # (the family may speak of another)
    ("The boy's story began when she was proud of the pupils.", "she"),  # (a woman told of before)
    ("The club's statement said he was fine.", "he"),  # (no person)
])
def test_a_pronoun_after_a_persons_possessive(text, pronoun):
    assert inner_pronoun(text) == pronoun


# a line that tells a speaker's stance brings in the quotation after it, which has no speaker of its own
# (judge PJ 01: "However she remains adamant that ... | 'Cleaning is far better paid ...'" was cut)
def test_a_stance_brings_in_the_quotation_after_it():
    sents = ["The woman said she had tried many jobs before she turned to night cleaning in the city.",
             "However she remains adamant that this is the best option for her after seeing her friends struggle.",
             "'Cleaning is far better paid and suits my time more than any other work I know of.",
             "'Friends are working long shifts for under the minimum wage.'"]
    assert Units(sents).of(2)[:1] == (1,)
    sents[1] = "However she remains a student at the college in the city and works at night."
    assert Units(sents).of(2) == ()


CAPTION_STORY = (
    "A teenage girl has been charged with murder after the body of her mother was found near Northtown, "
    "police said. The girl, 14, and her boyfriend, 20, are accused of killing Jo Example at the family home "
    "last week. The couple then drove to a supermarket to buy gloves and bleach, officers said. "
    "Plans: The pair met in October when she was 13 but she told him she was 17 "
    "Police found the body in a shallow grave a few miles from the family home. "
    "The victim's car was found in a lake nearby. Detectives traced the car back to the family home. "
    "Both will appear in court on Monday."
)


# a line of the story the page ran on after a picture's caption with no stop ("... she was 17 | Police found the
# body ...") is cut from it and ships (judge PJ 04: the body found in a grave was lost with the caption)
def test_a_story_line_run_on_after_a_caption_ships():
    sents = prepare(article_from_text(CAPTION_STORY)).sentences
    assert "Police found the body in a shallow grave a few miles from the family home." in sents
    assert "Police found the body in a shallow grave a few miles from the family home." in body_sentences(CAPTION_STORY)
    assert not any("Plans:" in s for s in body_sentences(CAPTION_STORY))


@pytest.mark.parametrize("caption", [
    "Plans: The pair met in October at a game in the town where the Northtown head coach",  # (a role before a name)
    "Plans: The pair met in October at a game in the town and the woman now claims",  # (a verb that brings in one)
    "Plans: The pair met in October at a game in the town with",  # (a function word)
])
def test_no_cut_before_a_name_its_word_brings_in(caption):
    text = CAPTION_STORY.replace("Plans: The pair met in October when she was 13 but she told him she was 17",
                                 caption)
    sents = prepare(article_from_text(text)).sentences
    assert "Police found the body in a shallow grave a few miles from the family home." not in sents


QUOTE_PAST_CAPTION = (
    "Northtown will have no fans at Saturday's game against Southby after the club handed back its tickets. "
    "The club said its supporters had been treated unfairly by the home side this season. "
    "'We are frustrated at not being able to support our players in fair numbers,' chief executive Jo Example "
    "said. 'We also question the rationale in denying our request to show the game at our own ground,' he added. "
    "Sam Sample of Southby celebrates after scoring against Westford on Easter Monday in the league "
    "'Doing so would at least allow our supporters to experience the match.' "
    "Supporters said they would travel to the next away game instead."
)


# the speaker's next quotation past a picture's caption is still theirs ("...,' he added. | [caption] | 'Doing
# so would ...'"): it ships after their line, the caption left out (judge PJ 07: the quotation was lost)
def test_a_speakers_quotation_past_a_caption_ships():
    paragraphs = body_paragraphs(QUOTE_PAST_CAPTION)
    said = next(p for p in paragraphs if "he added" in p)
    assert "'Doing so would at least allow our supporters to experience the match.'" in said
    assert not any("celebrates" in p for p in paragraphs)


# a long page's body reaches its verdict: up to 200 lines, and a body the cap cuts says so in the report
# (judge PK 01 and 07: an essay and a review cut off at 100 lines, before their conclusions)
def test_a_long_body_reaches_further_and_a_cut_one_says_so():
    from copydesk import rewrite
    syllables = ["ba", "ke", "ro", "mi", "tu", "sa", "lo", "ne", "vi", "da", "po", "ge", "fa", "ri", "zo"]
    names = [(a + b + c).capitalize() for a in syllables for b in syllables for c in syllables[:2]][:230]
    nouns = ["bridge", "school", "library", "road", "clinic", "park", "station", "market", "harbour", "museum"]
    lines = [f"Councillor {name} said the {nouns[k % 10]} in {names[-k - 1]}ton would cost {k} million pounds by "
             f"{1900 + k}." for k, name in enumerate(names)]
    result = rewrite(" ".join(lines))
    told = [s.text for p in result.body for s in p]
    assert len(told) == 200 and told[-1] == lines[199]
    assert any("at most 200" in note and "230" in note for note in result.check.notes)
    short = rewrite(" ".join(lines[:120]))
    assert sum(len(p) for p in short.body) == 120 and not any("at most" in n for n in short.check.notes)


REVIEW_END = [
    "The new Example Book is a solid machine, one that most owners of the older model will want.",
    "It is not the answer to every problem, and those who need more power already know it.",
    "Score 4.5 out of 5",
    "Save hundreds on the new Example Book",
    "Resellers are accepting orders for the new Example Book with a variety of incentives.",
    "Northtown Computers is knocking up to $300 off select models with coupon code EXAMPLE, while Southby is "
    "taking $200 off.",
    "Details can be found in this Example Book deal roundup.",
    "Be sure to check out our Example Book Price Guide for the latest deals.",
]


# a deals box that closes a review, from its subhead to the end, is a promo (it showed once the body reached it)
def test_a_deals_box_closing_a_page_is_a_promo():
    from copydesk.ingest.roles import roles
    story = [f"The reviewer tested the Example Book for {k} days in the office and at home." for k in range(2, 12)]
    read = roles(story + REVIEW_END)
    assert read[len(story)] in ("lead", "body") and read[len(story) + 1] in ("lead", "body")
    assert all(r == "promo" for r in read[len(story) + 4:])


def test_a_story_on_a_code_is_no_deals_box():
    from copydesk.ingest.roles import roles
    story = [f"The retailer's site crashed {k} times on the first day of its sale, its owners said." for k in range(2, 10)]
    end = ["What went wrong",
           "Shoppers who used the promo code HOLIDAY found that their orders were cancelled an hour later.",
           "The company said it would refund every customer who had been charged twice.",
           "An inquiry by the regulator will report in the spring."]
    read = roles(story + end)
    assert all(r in ("lead", "body") for r in read[len(story) + 1:])


@pytest.mark.parametrize("line, site", [
    ("Correction added Nov. 18, 2019: The caption below the photograph of Jo Example originally gave the wrong town.", True),
    ("Correction: An earlier version of this story gave the wrong date for the vote.", True),
    ("This article was reprinted on Example.com.", True),
    ("This article has been adapted from its original source.", True),
    ("Correction officers said the man was found in his cell.", False),
    ("This article was the most read on the site last year, its editor said.", False),
])
def test_the_sites_note_on_its_own_copy(line, site):
    from copydesk.ingest.boxes import disclosure
    assert disclosure(line) is site


# a newsletter's pitch before its call to sign up is a promo, not the lead (judge PK 05: "Start your day with the
# Opening Bell powered by ..." led the story, and "There's plenty more where that came from." closed it)
def test_a_newsletter_pitch_is_a_promo():
    from copydesk.ingest.roles import roles
    sents = ["Start your day with the Morning Bell powered by The Example Cooler.",
             "The Example Cooler is the preferred reading of finance professionals.",
             "Sign up for the free daily newsletter.",
             "Jo Example might not be able to perform her hits due to a dispute with her former label, Northtown Records.",
             "The drama began this year when a fund bought the label for $300 million.",
             "Northtown Records has denied her claims, saying they were false.",
             "There's plenty more where that came from.",
             "Sign up for The Example Cooler today to get the free daily newsletter delivered to your inbox."]
    read = roles(sents)
    assert read[:3] == ["promo", "promo", "promo"] and read[6] == "promo"
    assert read[3] == "lead" and read[4] == "body"


# a long headline drops its subject's relative clause on "that" as on "who" (judge PJ 10: a 19-word lead)
@pytest.mark.parametrize("text, dropped", [
    ("new fitness craze that started in California sweeps into UK", "new fitness craze sweeps into UK"),
    ("the fact that the bridge was closed for six months in the middle of the tourist season angered traders",
     None),  # (what the fact is: no relative clause)
])
def test_a_subjects_that_clause_goes_from_a_long_headline(text, dropped):
    from copydesk.engines.headtrims import drop_relative
    assert drop_relative(text)[0] == (dropped or text)


# a bare death after what befell the person is told with it (judge PJ 11: "Thomas Baker Dies in Hospital" left
# out the shooting)
def test_a_death_is_told_with_what_befell():
    from copydesk.engines.headwho import died_named
    lead = "Sam Example, known as Sammy, was found badly injured at Northtown Market on Monday evening."
    shot = "The 44-year-old, from Southby, had been shot in the head and chest."
    assert died_named("He died later in hospital.", lead, [lead, shot]) == \
        "Sam Example died in hospital after being shot."
    assert died_named("He died later in hospital.", lead, [lead]) == "Sam Example died in hospital."
    assert died_named("He died later in hospital.", lead, [lead, "Police said he had been stabbed in the chest."]) == \
        "Sam Example died in hospital after being stabbed."
    assert died_named("He died later in hospital surrounded by family.", lead, [lead, shot]) == \
        "Sam Example died in hospital surrounded by family."  # (not a bare death: as told)


@pytest.mark.parametrize("head, open_", [
    ("man dies in hospital after being shot", False),
    ("minister resigns after being", True),
    ("council leader resigns, and since assuming office", True),
])
def test_a_passive_after_a_subordinator_is_whole(head, open_):
    from copydesk.engines.headsubordinate import open_subordinate
    assert open_subordinate(head) is open_


# a headline tells a street's town, not the street (judge PJ 12: "... Found at House in Nettleden Road")
@pytest.mark.parametrize("sentence, told", [
    ("A body was found at a house in Example Street, Northtown, on Monday.", "A body was found at a house in Northtown, on Monday."),
    ("A man was hurt outside a property on Sample Hill Terrace, Southby, police said.",
     "A man was hurt outside a property on Sample Hill Terrace, Southby, police said."),  # (not "on": "marched on")
    ("A man was hurt on Sample Road in Southby.", "A man was hurt on Sample Road in Southby."),  # (no comma: as told)
    ("He lives on Example Road, and his wife works in town.", "He lives on Example Road, and his wife works in town."),
])
def test_a_street_is_told_by_its_town(sentence, told):
    from copydesk.engines.headinserts import street_out
    assert street_out(sentence) == told


# after a quotation of many paragraphs that reopened its marks, the paper's own line still ends before a
# speaker's colon (judge PL 12: "... context of the work. Talking about the advert, Ms Example said: "..." was
# one sentence, and the paper's legal point was lost with the quotation)
def test_the_papers_line_ends_before_a_speakers_colon():
    from copydesk.segment import split_sentences
    text = ('But Ms Sample said: "The agency is right about one thing, but looks are not the important stuff. '
            '"If they wish to keep their name, they should act like a business of this century." '
            'Employers are not allowed to question a candidate\'s age or marital status. '
            'As for clothing sizes, an employer has to show that it is essential to the work. '
            'Talking about the advert, Ms Example said: "The client who wants the size is an older man."')
    sents = split_sentences(text)
    assert "As for clothing sizes, an employer has to show that it is essential to the work." in sents
    assert 'Talking about the advert, Ms Example said: "The client who wants the size is an older man."' in sents


def test_no_cut_after_an_honorifics_stop():
    from copydesk.segment import split_sentences
    text = ('"The agency is right," she said. "It is wrong." The long report on the town was read out to the panel by '
            'Dr. Jo Example, who said: "No one came."')
    assert not any(s.endswith("by Dr.") for s in split_sentences(text))


PARAGRAPHED = """Northtown council has approved plans for a new bridge over the River Example after a vote on Monday night.

The bridge will cost £12 million and take two years to build. Work is due to start in the spring. The council said the money would come from a government grant.

Residents had campaigned for a crossing for more than a decade. The old ferry was withdrawn in 2015 after a series of breakdowns.

Councillor Jo Example said the decision was a good day for the town. She said businesses on both banks would benefit.

Opponents said the money should have been spent on schools. A petition against the plan gathered 2,000 names.
"""


# a text set in real paragraphs keeps its writer's breaks (judge PM: 8 of 12 pages re-cut, lines glued to the next
# story's paragraph or cut off from what they refer to)
def test_the_writers_paragraphs_stand():
    paragraphs = body_paragraphs(PARAGRAPHED)
    assert "Residents had campaigned for a crossing for more than a decade. The old ferry was withdrawn in 2015 after " \
           "a series of breakdowns." in paragraphs
    assert "Opponents said the money should have been spent on schools. A petition against the plan gathered 2,000 " \
           "names." in paragraphs


def test_a_text_in_one_paragraph_has_no_breaks_that_tell():
    from copydesk.engines.breaks import source_breaks
    assert source_breaks([list(range(20))], 20) is None
    assert source_breaks([[0, 1, 2], list(range(3, 30)), [30]], 31) is None  # (a few long ones: a scraper's)
    assert source_breaks([[0], [1, 2], [3, 4, 5], [6]], 7) == {0, 1, 3, 6}


# a quotation of many paragraphs that reopened its marks leaves sentencex counting them wrong: the paper's lines
# after it, whose own marks pair up, are split again on their own (fc-146, fc-385: lines run together and lost)
def test_lines_after_a_reopened_quotation_are_split_again():
    from copydesk.segment import split_sentences
    text = ('Asked whether his country would change its law, the minister said: "No. Why should we? '
            '"These laws belong to our own state, so I think the bloc should not interfere in them." '
            'The minister added that "my Northtown colleague" had made it clear that the capital would veto any '
            'sanctions. Meanwhile, draft rules on charities are expected to go before parliament soon. '
            'Rights groups say the rules would brand them as "foreign-backed" groups. '
            "Last month, the bloc's deputy head warned of action.")
    sents = split_sentences(text)
    assert "Meanwhile, draft rules on charities are expected to go before parliament soon." in sents
    assert 'Rights groups say the rules would brand them as "foreign-backed" groups.' in sents


def test_no_split_after_a_titles_stop():
    from copydesk.segment import split_sentences
    text = ('Asked whether his country would change its law, the minister said: "No. Why should we? '
            '"These laws belong to our own state." The minister added that "my colleague" agreed. '
            'We can trace it to 2007, when then-Sen. Obama said he would meet the "leaders" at once. It ended.')
    assert any("then-Sen. Obama said" in s for s in split_sentences(text))


# a speaker's line and the quotation it brings in, set as two paragraphs by the writer, stay one unit: the
# quotation ships with its speaker (reviewer rev52: the paragraph-following body dropped such quotations)
def test_a_quotation_in_its_own_paragraph_ships_with_its_speaker():
    text = PARAGRAPHED.replace(
        "Councillor Jo Example said the decision was a good day for the town. She said businesses on both banks "
        "would benefit.",
        "Councillor Jo Example remains adamant that the bridge will pay for itself within ten years.\n\n"
        "\"I have seen the figures and I know this town will be better for it.\"")
    said = [p for p in body_paragraphs(text) if "remains adamant" in p]
    assert said and "\"I have seen the figures and I know this town will be better for it.\"" in said[0]


@pytest.mark.parametrize("sents, cut", [
    (["Start your day with a high-protein breakfast, the study's authors recommend.", "Sign up for the newsletter."],
     False),
    (["There's plenty more where that came from, they promised: a second stage opens in May.",
      "Sign up for the newsletter."], False),
])
def test_no_pitch_in_a_storys_own_words(sents, cut):
    from copydesk.ingest.boxes import newsletter_pitch
    out = ["body", "promo"]
    newsletter_pitch(sents, out)
    assert (out[0] == "promo") is cut


# a speaker's quotation the page ran on after a gallery of captions, closed and told with its tag, is cut from
# them and ships (judge PN 05: every quotation the story's headline rested on was lost with the captions)
def test_a_quotation_run_on_after_captions_ships():
    text = ("Northtown manager Sam Example has urged his side to stand up as he labelled the clash with Harbour "
            "City the biggest of the season. They host City on Tuesday with Example admitting he does not have the "
            "players to grind out results. And Example underlined the size of the game ahead of the showdown. "
            "Sam Example (from left to right), Jo Sample and Tom Brook during their time at Old Ground Example "
            "(right) sits on the bench with Northtown staff Sample (centre) and Brook (left) "
            "'I think this is the biggest game that a lot of these players have ever played for this club,' he "
            "said, with Northtown in 17th. "
            "'This is without doubt the biggest game of the season for us.' "
            "Example is without three defenders for the game through injury.")
    said = [p for p in body_paragraphs(text) if "biggest game that a lot" in p]
    assert said and said[0].startswith("'I think this is the biggest game")
    assert not any("(right)" in p for p in body_paragraphs(text))


# guards from reviewer rev52b's probes: what befell someone is the line right before the death, told plainly of
# them; a "that" after a content noun or before a clause's own subject stays; a title's stop ends no sentence
@pytest.mark.parametrize("line", [
    "Police said there was nothing to suggest he had been attacked.",
    "Officers are trying to establish whether he had been assaulted.",
    "He had been shot with a Taser by officers earlier in the evening.",
    "His brother had been stabbed in the same street two years ago.",
])
def test_no_befall_the_source_does_not_tell(line):
    from copydesk.engines.headwho import died_named
    lead = "Sam Example, known as Sammy, was found badly injured at Northtown Market on Monday evening."
    assert died_named("He died later in hospital.", lead, [lead, line]) == "Sam Example died in hospital."


@pytest.mark.parametrize("text", [
    "High Court ruling that the council acted unlawfully in closing four libraries welcomed by campaigners",
    "revelation that Northtown's mayor used council cars for family holidays angers residents",
])
def test_a_content_clause_stays_in_a_long_headline(text):
    from copydesk.engines.headtrims import drop_relative
    assert drop_relative(text)[0] == text


def test_no_cut_after_a_title_before_a_speakers_colon():
    from copydesk.segment import split_sentences
    text = ('The minister said: "No. "We will not change it." The bill was first put to the chamber in 2007 by Sen. '
            'Jo Example, who said: "It is time." The plan was put forward by Ald. Sam Sample in the spring.')
    sents = split_sentences(text)
    assert not any(s.endswith(("by Sen.", "by Ald.")) for s in sents)


def test_no_relative_drop_from_a_prepositions_noun_nor_a_street_list():
    from copydesk.engines.headinserts import street_out
    from copydesk.engines.headtrims import drop_relative
    text = "Parents of the boy that died in the Harbour Road crash have called for a speed camera"
    assert drop_relative(text)[0] == text
    listed = "Roadworks in Mill Lane, Harbour Gardens and Station Road will close three routes."
    assert street_out(listed) == listed


# the sentence re-splits run before the splitter's mends, so a rank it does not know and a clock's stop stay
# joined in the pieces they split again too (after them, "led by Gdsm. | Jo Example" was cut apart)
def test_the_resplit_pieces_are_mended_too():
    from copydesk.segment import split_sentences
    text = ('The minister said: "No. "We will not change it." The unit was led by Gdsm. Jo Example at the time. '
            'It ended at 5:45 p.m. ET on the day.')
    assert "The unit was led by Gdsm. Jo Example at the time." in split_sentences(text)

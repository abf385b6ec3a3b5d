"""Session 55's editor rules, on invented text: each case is a fault a copy-editor judge found in a
real rewrite, or a guard that pins what a rule must not do."""

from __future__ import annotations

import pytest

from copydesk import rewrite
from copydesk.desk import article_from_text, prepare


def _paragraphs(text: str) -> list[list[str]]:
    return [[s.text for s in para] for para in rewrite(text).body]


def _body(text: str) -> list[str]:
    """The body's sentences, paragraph after paragraph."""
    return [sentence for para in _paragraphs(text) for sentence in para]


# a speaker's tag after a quotation that ends on its own question stays with it when a word follows the verb
# (judge QN 11: '"... what's the contingency plan?" | Aderholt asked again.' set the question in the paragraph of
# the man who answered it, and the tag alone in the next)
@pytest.mark.parametrize("tag", ["Jo Example asked again.", "Example said later."])
def test_a_speakers_tag_with_a_word_after_its_verb_stays_with_the_quotation(tag):
    text = ("The harbour board met on Tuesday in Northtown to vote on the pier.\n\n"
            f"\u201cBut if the money is not there, what is the plan?\u201d {tag}\n\n"
            "The vote was put off until the spring.")
    sentences = prepare(article_from_text(text)).sentences
    assert f"\u201cBut if the money is not there, what is the plan?\u201d {tag}" in sentences, sentences


_MESSAGE = ("The talks in Northtown ended on Thursday with a deal between the two firms after eight days. "
            "The deal was first told to the press by the smaller firm's staff. "
            "Its lawyers had worked through the night on the final text. "
            "As the news began to get out, one reporter ran into the press room at the hotel, shouting for quiet. "
            "His message: There is going to be an announcement. "
            "There are buses waiting to take you to the hall where it will take place. "
            "With that, the room emptied as reporters ran for the doors. "
            "The two firms will sign the deal next month.")


# a message told unquoted after its colon, which the next line goes on in the second person, is one paragraph
# (judge QM 09: "His message: There's going to be an announcement. | There are buses waiting to take you ...")
def test_a_message_told_after_a_colon_keeps_its_next_line():
    body = _paragraphs(_MESSAGE)
    said = next(para for para in body if any(s.startswith("His message:") for s in para))
    assert any(s.startswith("There are buses waiting") for s in said), body


@pytest.mark.parametrize(("before", "sentence", "runs_on"), [
    ("His message: There is going to be an announcement.", "There are buses waiting to take you there.", True),
    ("Her advice: Stay at home.", "Your neighbours will thank you.", True),
    # (the paper's own line, in no second person; a line that quotes; a colon that tells no message)
    ("His message: There is going to be an announcement.", "The buses were waiting outside.", False),
    ("His message: There is going to be an announcement.", "\"You will see,\" he told them.", False),
    ("The score: Northtown 2, Southbury 1.", "You could hear the cheers from the town hall.", False),
])
def test_message_runs_on(before, sentence, runs_on):
    from copydesk.engines.breaks import message_runs_on

    assert message_runs_on(before, sentence) is runs_on


_HYPE = ("A song by a masked singer from Northtown has been watched ten million times online since Friday. "
         "The minute-long song was first uploaded to the singer's own channel. "
         "It then spread to other sites, where fans set it to their own videos. "
         "One fan said the tune had been stuck in her head for three days. "
         "But the hype did not stop there. "
         "Hundreds of covers of the song have also appeared online, each with its own following. "
         "Several pop stars have made versions of their own. "
         "The singer has not said who he is.")


# a line that points on to what comes next opens the next paragraph, not closes the one before (judge QM 06:
# "But the hype did not stop there." ended the paragraph of a fan's complaint)
def test_a_line_that_points_ahead_opens_the_next_paragraph():
    body = _paragraphs(_HYPE)
    assert any(para[0] == "But the hype did not stop there." and len(para) > 1 for para in body), body


# a page title that is a column's label and its day is no headline (judge QN 09 and QP 09: "Opening Bell 11.18.19");
# a search engine's tail after a title goes (judge QN 03: ": новости, фото 2018")
@pytest.mark.parametrize(("title", "label"), [
    ("Opening Bell 11.18.19", True),
    ("Morning Briefing 2019-11-18", True),
    ("Apple Ships New iPhone on 11.18.19", False),
    ("Northtown Council Votes to Close Pier", False),
])
def test_column_label(title, label):
    from copydesk.ingest.titles import column_label

    assert column_label(title) is label


def test_a_column_label_title_gives_way_to_a_written_headline():
    text = ("The Northtown harbour board voted on Monday to close the western pier to boats from next spring. "
            "Fishermen who have moored there for decades said they had not been asked. "
            "The board said the pier was no longer safe. The pier was built in 1902.")
    result = rewrite(text, title="Harbour Notes 11.18.19")
    assert "11.18.19" not in result.headline and "Pier" in result.headline, result.headline


@pytest.mark.parametrize(("title", "clean"), [
    ("Модель рассказала, что боится стареть: новости, фото 2018", "Модель рассказала, что боится стареть"),
    ("Northtown pier to close next spring - news, photos, video", "Northtown pier to close next spring"),
    ("Latest news", "Latest news"),  # (nothing of a title before it: as it is)
])
def test_a_search_engines_tail_goes_from_a_title(title, clean):
    from copydesk.ingest.titles import clean_title

    assert clean_title(title) == clean


# a headline never holds a writer's starred aside (page-55bb6340: "*Sharks Begin Circling* Back to Taylor")
def test_a_starred_aside_is_no_headline():
    from copydesk.engines.headcheck import headline_problem

    assert "starred" in (headline_problem("*Sharks Begin Circling* Back to Taylor") or "")
    assert headline_problem("Investors Buy Taylor Example's Old Record Label for $300M") is None


@pytest.mark.parametrize(("sentence", "want", "not_want"), [
    # (a possessive after a part of a whole stays: "All of Hits" is no English)
    ("Taylor Example will perform all of her hits at the awards in Northtown on Sunday night.", "all of her hits", None),
    # (a call to the reader before a colon goes)
    ("Brace yourself, fans: Taylor Example will not play any of her old songs on the tour next year.",
     "Taylor Example", "Brace"),
    # (the period a figure is for stays: "Rise 0.8% in Month" says the figure is the month's, judge pair55a)
    ("Prices rose 0.8% in the month compared with 0.1% in November.", "Prices rise 0.8% in month compared", None),
])
def test_headline_trims_of_session_55(sentence, want, not_want):
    from copydesk.engines.headline import trim

    head = trim(sentence)
    assert want in head and (not_want is None or not_want not in head), head


# what may befall someone is news, as "Could Face Lengthy Ban" is: "Might Not Be Able to Perform" is no standing fact
def test_might_not_be_able_to_is_no_state():
    from copydesk.engines.verbs import is_state

    assert not is_state("Taylor Example Might Not Be Able to Perform Her Hits")
    assert is_state("Taylor Example Might Perform Her Hits")  # (a hedge on a standing fact, as before)


# the outlet's plug for its own podcast is a promo, not the story's line (judge QP 04: "Catch up on the 2020 election
# campaign with AP experts on our weekly politics podcast, 'Ground Game.'"); a line that only names a podcast stays
@pytest.mark.parametrize(("line", "ships"), [
    ("Catch up on the council race with our reporters on our weekly politics podcast, \u201cTown Hall.\u201d", False),
    ("The mayor told a local podcast last week that the pier would be sold to a developer.", True),
])
def test_an_outlets_podcast_plug_is_a_promo(line, ships):
    text = ("The Northtown harbour board voted on Monday to close the western pier to boats from next spring.\n\n"
            "Fishermen who have moored there for decades said they had not been asked.\n\n"
            f"{line}\n\n"
            "The board said the pier was no longer safe.\n\nThe pier was built in 1902.")
    shipped = " ".join(_body(text))
    assert (line in shipped) is ships, shipped


# a headline's "that" after a verb of saying or believing goes where the clause lost its article, its verb a few words
# on ("Origi Believes That Backing of Supporters Will Help": judges count 13 words as too long); a "that" no clause
# follows stays
@pytest.mark.parametrize(("head", "want"), [
    ("Jo Example believes that backing of the fans will help him", "Jo Example believes backing of the fans will help him"),
    ("Board takes steps to ensure that pupils' data is not shared", "Board takes steps to ensure pupils' data is not shared"),
    ("Jo Example believes that story about the pier", "Jo Example believes that story about the pier"),
])
def test_a_headlines_that_goes_before_its_clause(head, want):
    from copydesk.engines.headpatterns import without_that

    assert without_that(head) == want


# a straight mark glued between a stop and the next sentence, the last mark of its text and the one that pairs the
# marks before it, closed the quotation (fc-357, judge QO 11: '... moving on."Warriors host ...' read as reopening,
# and the coach's words and the story's last line were both lost); one that more marks follow is read as before
def test_the_last_glued_mark_of_a_text_closes_its_quotation():
    text = ("The Rovers were down by 13 points in the first half but fought back after the break.The 4-3 win meant "
            "Northtown became only the tenth side to come back from 3-1 down.\"We survived by the skin of our teeth,\" "
            "said Northtown coach Jo Example. \"We were able to pull it out, and we're moving on.\"Rovers host "
            "Southbury in the first game of the final on Thursday.")
    sentences = prepare(article_from_text(text)).sentences
    assert "\"We were able to pull it out, and we're moving on.\"" in sentences, sentences
    assert any(s.startswith("Rovers host Southbury") for s in sentences), sentences


# a longer word's British double l: the headline's present ("Has Cancelled" -> "Cancels", judge QO 08: "'Has Cancelled'
# is not headline tense"), and the stem the checker matches it by; a one-syllable word keeps its double l
@pytest.mark.parametrize(("past", "base"), [("cancelled", "cancel"), ("travelled", "travel"), ("controlled", "control"),
                                           ("swelled", "swell"), ("killed", "kill")])
def test_base_form_of_a_british_double_l(past, base):
    from copydesk.engines.tense import base_form
    from copydesk.lexicon import stem

    assert base_form(past, frozenset(), guess=True) == base
    assert stem(past) == stem(base)


def test_a_cancelled_contract_is_told_in_the_headlines_present():
    text = ("Defender Jo Example, 27, has cancelled his Northtown contract by mutual consent to join their league rivals. "
            "The former Southbury player could feature against his old club next month. "
            "Striker Sam Sample, 21, was also signed on a short deal. "
            "The club are four points above the relegation zone.")
    assert rewrite(text).headline == "Defender Jo Example Cancels Northtown Contract"


# a text that lost its first sentence keeps its order when the next line leans on the lost one just as the first
# does (judge QQ 07: "A local diversion was put in place ..., following the incident." was moved above "The incident
# happened on ...", and led the story with an incident never told)
def test_a_line_that_leans_on_the_lost_sentence_too_is_no_better_lead():
    text = ("The incident happened on Example Road, near to Sample Lane, at about 11:45 on Sunday. "
            "A local diversion was put in place at Northtown Road and Church Place, following the incident. "
            "Police have appealed to anyone who may have seen the woman before the incident occurred. "
            "Sgt Jo Example said: \"We are hopeful anyone who saw her will come forward.\"")
    body = _body(text)
    assert body[0].startswith("The incident happened"), body


# a short comment of the paper's on the words just quoted stays with them (judge QR 08: "He wasn't kidding." opened the
# next paragraph, away from the singer's "maybe we should go on the road"); a longer line of the paper's still turns
@pytest.mark.parametrize(("sentence", "turns"), [
    ("He wasn\u2019t kidding.", False),
    ("She meant it.", False),
    ("He will start the tour in June in Southbury, the first of 30 towns on the way.", True),
])
def test_a_short_comment_on_a_quotation_is_no_turn(sentence, turns):
    from copydesk.engines.paragraphs import turn

    assert turn("The singer told the crowd, \u201cmaybe we should go on the road.\u201d", sentence) is turns


# a curly mark set apart from its words by a stray space is closed up, so the quotation reads whole (judge QR 03:
# '"Operating is ...," Mayer said. " I love what I'm doing."' lost its second half); a text that opens its quotations
# with "„" keeps its "“ " (the mark that closes them there)
@pytest.mark.parametrize(("text", "want"), [
    ("Mayer said. \u201c I love what I\u2019m doing.\u201d", "Mayer said. \u201cI love what I\u2019m doing.\u201d"),
    ("\u201cWe have seen demand ,and continue to see \u201d Mayer said.",
     "\u201cWe have seen demand ,and continue to see\u201d Mayer said."),
    ("\u201eHallo\u201c sagte er.", "\u201eHallo\u201c sagte er."),
])
def test_a_curly_marks_stray_space_goes(text, want):
    from copydesk.ingest.text import clean_text

    assert clean_text(text).text == want


# a speaker told at a title's end with no comma before it gets one (judge QR 03: "Disney+ Glitches Blamed on Heavy
# Demand Says Executive Kevin Mayer" is ungrammatical); a title that opens on its speaker is left as it is
@pytest.mark.parametrize(("title", "clean"), [
    ("Pier glitches blamed on heavy demand says harbour master Jo Example",
     "Pier glitches blamed on heavy demand, says harbour master Jo Example"),
    ("Ferry to be free until July, says council leader Sam Sample", "Ferry to be free until July, says council leader Sam Sample"),
    ("Jo Example says ferry will be free", "Jo Example says ferry will be free"),
])
def test_a_titles_closing_speaker_gets_its_comma(title, clean):
    from copydesk.ingest.titles import clean_title

    assert clean_title(title) == clean


# a whole clause past about 12 words says who someone is in fewer words when that brings it to 12 (judges QO and QQ
# count 13 and 14 words as too long: "Barcelona Boss Luis Enrique Urges Players to Shut Champions League out of Their
# Minds"); one of 12 words or fewer keeps its role
def test_a_long_headline_drops_the_role_before_a_full_name():
    from copydesk.engines.headline import trim

    head = trim("Northtown boss Jo Example has urged his players to shut the Champions League out of their minds.")
    assert head.startswith("Jo Example urges"), head
    assert trim("Northtown boss Jo Example has urged his players to rest.").startswith("Northtown boss Jo Example"), head
    # (a role its words alone tell keeps it: "which Dave Stewart?", judge pair55a)
    head = trim("Council leader Jo Example has urged residents of the town to use the free crossing at Northtown.")
    assert head.startswith("Council leader Jo Example"), head


# a death's headline tells the age the story gives alone after it ("... has died. | He was 88.", judge QQ 11)
def test_a_deaths_headline_tells_the_age():
    from copydesk.engines.headline import write_headline

    sentences = ["Jo Example, whose comic career in advertising won him acclaim around the world, has died.",
                 "He was 88.", "He died of natural causes at a Northtown hospital, his son said."]
    assert write_headline(sentences, 0) == "Jo Example Dies at 88"


# a text that lost its first sentence: its own first line that tells how the event went ships after the lead, though
# it shares only one word with it and the line after the lead speaks of "they" (judge QS 08: "The incident began on
# Tuesday morning when border agents encountered two men ... east of Sumas" was cut, and the men and the place with it)
def test_a_lost_texts_line_that_narrates_the_event_ships():
    line = ("The incident began on Tuesday morning when border agents encountered two men carrying backpacks five miles "
            "east of Northtown.")
    text = (line + " Authorities say agents interrupted an attempt to smuggle a load of drugs from Canada to Southbury. "
            "Two others were arrested and accused of planning to carry the drugs south. "
            "On Tuesday morning, the border agents ordered the two men they met near the border to halt, officials said. "
            "One of the men dropped his backpack, fired a weapon at the agents, and ran. "
            "The officers took the other man into custody at once.")
    body = _body(text)
    assert line in body, body


# a lost text's first line put off past a line it would be misread after ("the decision" after "... was cancelled in
# 2013") gets as many lines again to find its place (judge QU 01: "Administrators of the ACT test took the decision
# ..." was cut, and the story never said the test was called off)
def test_a_lost_line_put_off_still_finds_its_place():
    line = "Administrators of the Northtown test took the decision just hours before some 5,500 students were due to sit it."
    text = (line + " The Northtown test is one of two entrance exams open to students who want to go to a US college. "
            "This is not the first cheating scandal to hit the tests in the region. "
            "The other entrance exam - the Southbury test - was cancelled in 2013 because some of the questions were leaked. "
            "The Northtown test was due to be held at 56 test centres in the region on Saturday morning. "
            "The Associated Press said teachers at some schools said they were not told until an hour before the test. "
            "Northtown Inc, the non-profit body that runs the test, said it took the decision after receiving credible "
            "evidence that the test papers had been compromised. "
            "The body said in a statement that all students would get a refund.")
    body = _body(text)
    assert line in body, body


# a stop glued between two words in capitals is a name's own, no sentence's end (judge QV 11: "IQ.LIGHT LED headlamps"
# became "IQ. LIGHT LED headlamps"); a spaced one ("the ID. SPACE VIZZION") is read as before
def test_a_names_glued_stop_is_no_sentence_end():
    text = ("The new car was shown at the Northtown show this week. It has IQ.LIGHT LED headlamps and a new grille. "
            "Walk up to the ID. SPACE concept and the pads light up. The car goes on sale next year.")
    sentences = prepare(article_from_text(text)).sentences
    assert "It has IQ.LIGHT LED headlamps and a new grille." in sentences, sentences


# a column's headline is the writers' belief, not their "we" (dev-cnn-ae4c1850: "We Belong to Different Generations and
# Political Parties" headed an op-ed whose point is "We share an unwavering belief that the United States must lead ...")
def test_a_columns_belief_is_its_headline():
    from copydesk.engines.headline import write_headline

    sentences = ["We belong to different generations and political parties.",
                 "We live in different towns and under different circumstances.",
                 "We share an unwavering belief that Northtown must lead the region on clean air.",
                 "We believe the council's courage in the past holds lessons for today."]
    assert write_headline(sentences, 0) == "Northtown Must Lead Region on Clean Air"


# a possessive "her" before the subject's own span of life or work is the named subject's, as "his" is (judge QW 04:
# "Sara Paretsky was chosen ... after her 23-year career" was cut as pointing at another woman); not "charged with
# her murder", whose "her" is another woman's
@pytest.mark.parametrize(("sentence", "leans"), [
    ("Sam Sample was chosen for the award after her 23-year career writing about a detective.", None),
    ("Sam Sample was praised for the books she wrote during her time at the college.", None),
    ("Sam Sample, 26, has been charged with her murder and will appear in court on Monday.", "her"),
])
def test_a_possessive_her_of_the_subjects_own_career(sentence, leans):
    from copydesk.check.context import inner_pronoun

    assert inner_pronoun(sentence, frozenset({"Sample"})) == leans


# "It is not the first ... either." points on to the earlier one the next lines tell of (judge QX 12: it ended the
# paragraph before the Einstein robot's)
def test_not_the_first_either_opens_the_next_paragraph():
    text = ("A robot that looks like a man from Northtown has been shown at a science fair in Southbury this week. "
            "Jo Example, who built the robot, said it can see your face, make eye contact and understand speech. "
            "Visitors to the fair queued for two hours to talk to the robot on Saturday. "
            "Jo Example said the robot would be sold to schools and hospitals next year. "
            "It is not the first human-looking robot that his firm has created either. "
            "An earlier version of the robot drew headlines as it was made to look like a famous scientist. "
            "Sam Sample, a professor at Northtown University, said the robots were a major feat. "
            "The firm is based in Southbury.")
    body = _paragraphs(text)
    line = "It is not the first human-looking robot that his firm has created either."
    assert any(para[0] == line and len(para) > 1 for para in body), body


# a day's ordinal stop that the splitter took for a sentence's end is no end when the next piece opens in capitals
# (judge QZ 05: "Am 12. | Bis 13. September startet ..." lost "Am 12.", and the fair's dates with it)
def test_a_days_ordinal_stop_is_no_sentence_end():
    from copydesk.segment import split_sentences

    text = ("Am 12. Bis 13. September startet wieder die Messe in Köln und wir sind mit dabei. "
            "Auf der Messe werden dieses Jahr mehr als 40.000 Besucher erwartet. "
            "Wir freuen uns auf viele Gespräche mit unseren Kunden und Partnern.")
    sentences = split_sentences(text, "de")
    assert sentences[0].startswith("Am 12. Bis 13. September startet"), sentences


# a source that says it is paid for gets a note in the check report: its sponsor's line, left out of the body as page
# furniture, is not lost (judges QR 10, QV 02, QZ 08: a rewrite of an advertisement read as the desk's own copy)
@pytest.mark.parametrize(("line", "noted"), [
    ("This sponsored deal is brought to you by Example Passwords.", True),
    ("This post has been compensated by Example Inc. and its advertiser. #ad", True),
    # (news of a sponsor is no disclosure of the page's own)
    ("The club said the new stand was paid for by a local builder.", False),
])
def test_a_sponsored_source_gets_a_note(line, noted):
    text = ("Northtown's best deals this week include a password manager at half price for new users.\n\n"
            f"{line}\n\n"
            "The password manager keeps all of your logins in one place and works on every phone.\n\n"
            "The offer ends on Friday at midnight, the shop said.")
    notes = rewrite(text).check.notes
    assert any(note.startswith("sponsored:") for note in notes) is noted, notes


def test_sponsored_note_on_its_own():
    from copydesk.check.sponsored import sponsored_note

    assert sponsored_note(["A line of news.", "Another line."]) is None
    note = sponsored_note(["A line of news.", "#ad"])
    assert note is not None and "“#ad”" in note


def test_the_rewrite_command_says_a_source_is_sponsored_on_stderr(tmp_path):
    from click.testing import CliRunner

    from copydesk.cli import main

    story = tmp_path / "deal.txt"
    story.write_text("Northtown's best deals this week include a password manager at half price for new users.\n\n"
                     "This sponsored deal is brought to you by Example Passwords.\n\n"
                     "The password manager keeps all of your logins in one place and works on every phone.\n\n"
                     "The offer ends on Friday at midnight, the shop said.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["rewrite", str(story)])
    assert result.exit_code == 0
    assert "sponsored: " in result.stderr and "Example Passwords" in result.stderr
    assert "sponsored: " not in result.stdout

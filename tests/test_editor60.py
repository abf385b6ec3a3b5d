"""Session 60's editor rules, on invented text: each case is a fault a copy-editor judge or a reading of the
outputs found in a real rewrite, or a guard that pins what a rule must not do."""

from __future__ import annotations

import pytest

from copydesk import rewrite
from copydesk.engines.units import Units
from copydesk.ingest.dependency import opening_dependency
from shipping import body_paragraphs

# a column whose writer speaks once, late, past the lines that tell a column by its words (judge SJ 08: a page
# filed under /opinion/ lost "Unlike us in the West, the Standing Committee views ...", the column's reason, and
# its next line "Nor does ..." then followed no negative)
_COLUMN = (
    "The harbour council has voted to close the old ferry pier at Northtown for good. "
    "The vote came after a year of repairs that ran far over budget. "
    "Councillor Sam Example said the pier had become a danger to walkers. "
    "The ferry company had asked for one more season to move its boats. "
    "The council turned that request down by seven votes to two. "
    "Those who think the council will change its mind are wrong. "
    "Unlike us in the town, the council looks at the pier through its accounts, not its history. "
    "Nor does it see the pier as part of the harbour's life. "
    "It sees only a line of costs that never ends. "
    "The pier will close at the end of the month."
)


def test_a_page_filed_as_opinion_keeps_its_writers_own_line():
    result = rewrite(_COLUMN, url="http://127.0.0.1/opinion/the-pier-deserves-better")
    body = " ".join(s.text for paragraph in result.body for s in paragraph)
    assert "Unlike us in the town, the council looks at the pier" in body
    assert result.headline.startswith("Opinion: ")


def test_a_news_page_still_cuts_the_writers_aside():
    # (guard: the same text filed as news is no column by its words, one "us" late, so the aside goes, and the
    # "Nor" line that leans on it goes with it)
    body = " ".join(body_paragraphs(_COLUMN, url="http://127.0.0.1/news/the-pier-deserves-better"))
    assert "Unlike us" not in body
    assert "Nor does it see" not in body


@pytest.mark.parametrize("line", [
    "Nor does Xi see the harbour as a simple test of wills.",
    "Nor did the collie panic or flee in terror.",
    "Nor is it clear why the pier was closed.",
])
def test_nor_leans_on_the_negative_before_it(line):
    dep = opening_dependency(line)
    assert dep is not None and dep.startswith("connective")


def test_nor_as_a_word_inside_a_name_is_no_connective():
    assert opening_dependency("Norway won the match by two goals.") is None
    assert opening_dependency("Nora Example won the match by two goals.") is None


def test_a_tag_with_assures_keeps_the_speakers_next_words():
    # (judge SJ 05: '"Oh, actually? Yes," he assures himself. "I didn't sweat at the time."' lost its second
    # line, and what he assured himself of was gone)
    sents = ["Sam Example spent a minute explaining why he could not have been there.",
             "“Oh, actually? Yes,” he assures himself.",
             "“I was not at the party that night.”",
             "The interview ran for an hour."]
    units = Units(sents)
    assert units.of(2), "the untagged line after the tag belongs to its speaker's quotation"
    assert 2 in units.of(1) or 1 in units.of(2)


def test_assured_outside_a_tag_is_no_speech():
    # (guard: "assured" attributes words only in a speaker's tag, never "the win assured them of a place")
    sents = ["The win assured them of a place in the final.",
             "“We were never worried.”",
             "The final is on Saturday."]
    assert not Units(sents).of(1)


def test_a_speakers_next_quotation_reopened_at_a_break_runs_on_as_one():
    # (judge SI 10: 'said: "... the single market." "At the same time, ..."' read as two speakers, or none)
    from copydesk.engines.housestyle import join_quote_break
    texts = ['A harbour spokesperson said: "As we enter the talks, we want the widest access to the pier."',
             '"At the same time, the closure is a chance to rebuild the harbour wall."',
             '"We will say more next week."']
    assert join_quote_break(texts) == [
        'A harbour spokesperson said: "As we enter the talks, we want the widest access to the pier.',
        "At the same time, the closure is a chance to rebuild the harbour wall.",
        'We will say more next week."']


@pytest.mark.parametrize("before", [
    'Jo Example told the radio show "Harbour Tonight."',  # (a programme's title closes the line: no speech)
    'The council called the pier "a danger to walkers."',  # (a phrase quoted, no speaker's colon)
    '"We will not close it," Jo Example said.',  # (a tagged quotation: the next words are a new quotation)
])
def test_a_quotation_after_a_title_or_a_tag_stays_its_own(before):
    from copydesk.engines.housestyle import join_quote_break
    after = '"What it does not say is why the pier was closed."'
    assert join_quote_break([before, after]) == [before, after]


def test_a_quotation_joined_across_its_close_and_reopen_is_word_for_word():
    from copydesk.editorial import altered_quotes
    source = ('A spokesperson said: "As we enter the talks, we want access to the pier.""At the same time, '
              'the closure is a chance to rebuild the wall." The pier shuts on Friday.')
    joined = ('A spokesperson said: "As we enter the talks, we want access to the pier. At the same time, '
              'the closure is a chance to rebuild the wall."')
    assert altered_quotes([joined], source) == []
    assert altered_quotes([joined.replace("rebuild", "repair")], source) != []


def test_a_spokespersons_two_quotations_ship_as_one_in_the_rewrite():
    text = ("The harbour council has voted to close the old ferry pier at Northtown for good. "
            "The vote came after a year of repairs that ran far over budget. "
            "Councillor Sam Example said the pier had become a danger to walkers. "
            'In response, a ferry company spokesperson said: "We had asked for one more season to move our boats.""'
            'At the same time, we understand why the council has acted." '
            "The pier will close at the end of the month.")
    body = " ".join(body_paragraphs(text))
    assert 'said: "We had asked for one more season to move our boats. At the same time, we understand why the ' \
           'council has acted."' in body


# a picture's caption the scraper ran on into the story's "But" line, and the quotation that line brings in (judge SI
# 03: "... against South Africa But Stewart made clear he'd be interested only if ..." was read whole as a caption,
# and the speaker's six lines after it were cut with it)
_RUN_ON = (
    "Sam Example has said he would like to become the new director of the Northtown Harbour Trust. "
    "Example, who ran the harbour board for ten years, has not yet been approached by the trust. "
    "Asked whether he would take the post, Example said: 'I cannot just say yes until I know what the role is. "
    "'But if it was the right role, you would be stupid not to look at it.' "
    "Example is carried by crew-mates Jo Sample (left) and Ali Other after the last regatta in 2003 at Northtown "
    "But Example made clear he would be interested in the post only if there was a clear line of accountability. "
    "'If you do well, you get thanked, and if you do not, you get moved on. "
    "'I am not one for hiding.' "
    "The trust will name its new director next month."
)


def test_a_but_line_run_on_after_a_caption_ships_with_its_quotation():
    body = " ".join(body_paragraphs(_RUN_ON))
    assert "made clear he would be interested in the post only if there was a clear line of accountability." in body
    assert "you get moved on." in body and "I am not one for hiding." in body
    assert "(left)" not in body


def test_what_someone_made_clear_brings_in_their_quotation():
    sents = ["Sam Example made it clear he would stay only if the board backed him.",
             "‘If you do well, you get thanked.",
             "‘I am not one for hiding.’",
             "The board meets next week."]
    assert Units(sents).of(1) == (0, 1, 2)


def test_a_but_line_run_on_after_a_caption_is_cut_from_it():
    from copydesk.ingest.runon import captions_run_on
    sents = ["Jo Example is carried by crew-mates Sam Sample (left) and Ali Other after the last regatta in 2003 at "
             "Northtown But Example made clear he would stay only if there was a clear line of accountability."]
    out, _ = captions_run_on(sents, [[0]])
    assert out[-1] == "But Example made clear he would stay only if there was a clear line of accountability."


def test_a_but_line_after_the_story_keeps_its_turn():
    # (guard: after a line of the story, not a caption, "But" and a name still lean on it)
    from copydesk.engines.passages import Passages
    sents = ["Sam Example said he would take the post.", "But Example made clear he wanted a free hand.",
             "The trust meets next month."]
    dep = Passages(sents, Units(sents).of).dependency(1)
    assert dep is not None and dep.startswith("connective")


# a speaker's quotation with a picture's caption the scraper ran on after its first line, with no stop, and the
# words going on after the caption to their close with no mark to reopen them (judge SK 07: the lines were read as a
# caption and cut, and with them the match preview that followed)
_CAPTION_IN_QUOTE = (
    "Northtown Rovers have confirmed that captain Sam Example will start his last home match on Friday night. "
    "Example, who has played nearly 300 matches for the club, is to retire at the end of May. "
    "Having played for 13 years, Example admits it will be a strange feeling to hang up his boots. "
    "'You get to a point where you start thinking to yourself 'this could be the last game of football I ever play' "
    "for the club you have loved since you were a boy, so you want to make the most of every minute of "
    "it,' the 34-year-old said. "
    "'I really want to enjoy these last few games and help the club win the league. Northtown captain Sam Example is "
    "hanging up his boots after 13 years of professional football "
    "As retirement draws closer you think about the last team huddle, and it is those moments that I will remember.' "
    "Since he first played for Northtown in 2002, Example has seen the standard of every side improve."
)


def test_a_quotation_goes_on_past_a_caption_run_on_after_its_line():
    body = body_paragraphs(_CAPTION_IN_QUOTE)
    text = " ".join(body)
    assert "'I really want to enjoy these last few games and help the club win the league. As retirement draws " \
           "closer you think about the last team huddle, and it is those moments that I will remember.'" in text
    assert "is hanging up his boots after 13 years" not in text
    # (the speaker's next words open the paragraph after his tagged quotation, as a paper sets them)
    tagged = next(k for k, p in enumerate(body) if p.endswith("the 34-year-old said."))
    assert body[tagged + 1].startswith("'I really want to enjoy")


def test_a_line_that_closes_a_quotation_it_never_opened():
    from copydesk.ingest.inquote import closes_unopened
    assert closes_unopened("As retirement draws closer, it is those moments that I will miss.'")
    assert not closes_unopened("He called it 'a disaster.'")  # (a phrase quoted in the line itself)
    assert not closes_unopened("The match is on Friday.")


def test_a_caption_run_on_after_a_quotations_line_is_cut_from_it():
    from copydesk.ingest.runon import captions_run_on
    line = ("'I really want to enjoy these last few games and help the club win the league. Northtown captain Sam "
            "Example is hanging up his boots after 13 years of professional football")
    sents = ["Rovers have confirmed that Sam Example will start on Friday.", "'It is a great honour,' he said.", line,
             "As retirement draws closer you think about the last team huddle, and it is those moments I will miss.'"]
    out, _ = captions_run_on(sents, [[0, 1, 2, 3]])
    assert "'I really want to enjoy these last few games and help the club win the league." in out
    assert "Northtown captain Sam Example is hanging up his boots after 13 years of professional football" in out


def test_the_speakers_next_words_open_the_paragraph_after_their_tagged_quotation():
    # (judge SK 07: "'... 'this could be the last game of rugby I ever play' ...,' the 34-year-old said." closed its
    # paragraph, and the speaker's next quotation, opening the next, was cut as one with no speaker)
    from copydesk.engines.paragraphs import edited
    from copydesk.engines.passages import Passages
    sents = ["Northtown Rovers have confirmed that captain Sam Example will start his last home match on Friday night.",
             "'You get to a point where you start thinking to yourself 'this could be the last game I ever play' so "
             "you want to make the most of it,' the 34-year-old said.",
             "'I really want to enjoy these last few games and help the club win the league.'",
             "Rovers are top of the table."]
    out = edited(sents, [[0, 1], [2], [3]], Passages(sents, Units(sents).of))
    assert [s.text for s in out[1]] == [sents[2]]


@pytest.mark.parametrize("text, first", [
    ("It was a near miss. Police said the driver fled.", "It was a near miss."),
    ("It is those moments I will miss.' He left the club in May.", "It is those moments I will miss.'"),
])
def test_a_stop_after_miss_ends_its_sentence(text, first):
    # (the splitter read lower-case "miss." as the title "Miss.", and ran the next sentence on)
    from copydesk.segment import split_sentences
    assert split_sentences(text)[0] == first


def test_the_title_miss_still_runs_on():
    from copydesk.segment import split_sentences
    assert len(split_sentences("He spoke to Miss. Example and left.")) == 1


def test_a_closing_mark_typed_to_open_after_a_colon_is_set_to_open():
    # (judge SL 05: "Casey said, smiling:’It would be nice ...": its marks could not be told apart, and the quotation,
    # the anecdote's payoff, was cut)
    from copydesk.ingest.text import clean_text
    text = clean_text("The rule has since been changed and Jo Example said, smiling:’It would be nice to go back.’").text
    assert "said, smiling: ‘It would be nice to go back.’" in text


# a picture's caption that tells a line of the story again, run on with no stop into the story's next line that opens
# on "It's" (judge SL 05: the caption and the line it swallowed, with the speaker's quotation after it, were cut)
_RETOLD = (
    "Jo Example has claimed the last place in the field for next week's Northtown Open. "
    "The 37-year-old finished sixth on her debut in 2004 and actually led in 2007 after five holes of the final round. "
    "She then called a penalty on herself at the sixth after her ball moved as she addressed it. "
    "Jo Example finished sixth on her debut in 2004 and actually led in 2007 after five holes of the final round "
    "It’s a rule that has since been changed and Example said, smiling: ‘It would be nice to wind the clock back. "
    "But I am going back a lot wiser.’ "
    "Example will play her last warm-up event at the Southtown Classic."
)


def test_a_caption_that_retells_a_line_is_cut_from_the_line_it_runs_on_into():
    body = " ".join(body_paragraphs(_RETOLD))
    assert "It’s a rule that has since been changed and Example said, smiling:" in body
    assert "the final round It’s" not in body
    assert body.count("finished sixth on her debut") == 1

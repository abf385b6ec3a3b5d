"""Session 61's editor rules, on invented text: each case is a fault a copy-editor judge or a reading of the
outputs found in a real rewrite, or a guard that pins what a rule must not do."""

from __future__ import annotations

from copydesk import rewrite
from copydesk.check.context import context_problems
from copydesk.editorial import quotes_broken
from copydesk.engines.headline import write_headline
from copydesk.gluedmarks import nested_close
from copydesk.ingest.runon import captions_run_on
from shipping import body_paragraphs

# a caption that tells the story's line again, run on with no stop into the story's next line (judge SN 03: "She could
# face up to 45 years ... next month Altice pleaded guilty to three counts ..." shipped whole in the summary, and the
# body, reading it as the earlier line told twice, lost the plea)
_RETOLD_INTO_NAME = (
    "A former teacher at Northtown Academy took a plea deal on Wednesday to avoid a trial, the court heard. "
    "Sam Example, 41, had been charged with fraud over the school's trip accounts. "
    "Example could face up to ten years in prison when she is sentenced next month. "
    "She could face up to ten years in prison when she is sentenced next month Example pleaded guilty to "
    "three counts of fraud in exchange for prosecutors dropping nine other counts. "
    "The school's governors said they had changed the way trips are paid for. "
    "Parents were told of the charges in a letter last spring."
)


def test_a_caption_that_retells_a_line_is_cut_from_a_named_line_it_runs_on_into():
    body = " ".join(body_paragraphs(_RETOLD_INTO_NAME))
    assert "Example pleaded guilty to three counts of fraud in exchange for prosecutors" in body
    assert "next month Example" not in body
    summary = " ".join(s.text for s in rewrite(_RETOLD_INTO_NAME).summary)
    assert "next month Example" not in summary


def test_a_line_that_opens_as_an_earlier_one_but_tells_something_new_stays_whole():
    # (guard: the words before the name are not the earlier line's, so no caption is cut from it)
    sentences = [
        "Example could face up to ten years in prison when she is sentenced next month.",
        "She could face up to ten years in prison for the first charge alone, since the second count Example "
        "faces is heard at a later trial in Southtown.",
    ]
    out, paragraphs = captions_run_on(sentences, [[0, 1]])
    assert out == sentences and paragraphs == [[0, 1]]


# a speaker's quotation told over paragraphs that each reopen it, with a word quoted inside it (judge SP 06: "'It's
# like 'yes'." read as the quotation's close, so "I put the car there ..." was cut and the quotation shipped open)
_NESTED = (
    "Sam Example has won the Northtown Grand Prix for the third year running after a flawless drive on Sunday. "
    "The driver started from pole and led every lap of the race in front of a crowd of 80,000 fans. "
    "It led to the suggestion that he was now unbeatable, to which he replied: 'I don't know what the feeling of "
    "being unbeatable is. "
    "'I know I feel very powerful in this car with the package we have this season. "
    "'It's like 'yes'. I put the car there and it goes there, I get the exit. "
    "'Naturally you always feel there are things you can still improve on, but it's hard to pinpoint them.' "
    "Example now leads the championship by 27 points from his team-mate Jo Sample. "
    "The next race is in Southtown in three weeks' time."
)


def test_a_word_quoted_inside_a_speakers_quotation_does_not_close_it():
    body = body_paragraphs(_NESTED)
    quoted = next(p for p in body if "to which he replied" in p)
    assert "It's like 'yes'. I put the car there and it goes there, I get the exit. Naturally you always" in quoted
    assert quoted.endswith("hard to pinpoint them.'")
    assert not quotes_broken(" ".join(body))


def test_only_a_few_words_after_a_speakers_word_read_as_quoted_inside():
    text = "'It's like 'yes'. I put the car there."
    assert text[nested_close(text, text.index("'yes"))] == "'"
    assert nested_close(text, 0) == -1  # (the quotation's own opening mark, at the start)
    after_stop = "'It was hard. 'Then we won it all."
    assert nested_close(after_stop, after_stop.index("'Then")) == -1  # (a reopening after a stop)
    long = "'He told me 'you will never win this race in a car like this' and I did."
    assert nested_close(long, long.index("'you")) == -1  # (more than four words: a quotation of its own)


def test_a_phrase_quoted_in_the_papers_line_after_a_title_left_open_keeps_the_lines_after_it():
    # (guard: a title whose closing mark was typed as an opening one leaves no speaker's quotation open, so the
    # next quoted name closes as before and the page's lines after it ship)
    text = (
        "The Northtown Gallery opens a light installation by Sam Example this week, the designer's first in the city. "
        "The installation – entitled ‘Lanterns after Lanterns‘ and made to present the new ‘Strings’ collection of "
        "lamps – shows the designer's use of simple technology. "
        "The gallery shows three large sculptural lamps, each built of linked rings of brass. "
        "Strings is a modular system of lamps that anyone can put together at home. "
        "Visitors can try every combination of the lamps on tablets set up in the gallery."
    )
    body = " ".join(body_paragraphs(text))
    assert "The gallery shows three large sculptural lamps" in body
    assert "Visitors can try every combination" in body


# the quotation longer: a wall with the lead (no paragraph may open on "I put the car there", with no mark to open it)
_NESTED_WALL = (
    "Sam Example has won the Northtown Grand Prix for the third year running after a flawless drive on Sunday. "
    "The driver started from pole and led every lap of the race in front of a crowd of 80,000 fans at the circuit. "
    "It led to the suggestion that he was now unbeatable, to which he replied: 'I don't know what the feeling of "
    "being unbeatable is, and I am not sure anyone does. "
    "'I know I feel very powerful in this car with the package we have this season, and I feel I can get "
    "everything out of it. "
    "'I also feel more comfortable in this car than I did in the one I drove last year, and the power is greater "
    "than ever. "
    "'It's like 'yes'. I put the car there and it goes there, I get the exit every time. "
    "'Naturally you always feel there are things you can still improve on, but it's hard to pinpoint them.' "
    "Example now leads the championship by 27 points from his team-mate Jo Sample. "
    "The next race is in Southtown in three weeks' time."
)


def test_a_speakers_words_that_go_on_unmarked_stay_in_the_paragraph_of_the_line_before():
    body = body_paragraphs(_NESTED_WALL)
    assert any("It's like 'yes'. I put the car there and it goes there, I get the exit every time." in p for p in body)
    # (the wall of the lead and the quotation is broken where the line that brings the quotation in opens, not
    # inside the quotation: read as a break, "I put ..." would be passed over and the wall left whole)
    assert any(p.startswith("It led to the suggestion") for p in body)
    assert not any(p.startswith("I put the car") for p in body)
    assert not quotes_broken(" ".join(body))


# a lead whose arrest is told again, with more, in a later line with "now" (judge SP 02: "Group of 15 Men Arrested,
# Police Say" lost what they were arrested for, the lead's news)
_ARREST_TOLD_AGAIN = [
    "A group of sailors have been arrested for 'aggravated assault' after allegedly throwing two crew members off a "
    "trawler during a storm off Northtown, Southland police reports.",
    "Witnesses say a fight broke out on the trawler's deck after which the two men were thrown into the sea.",
    "A group of six men have now been arrested on suspicion of 'aggravated assault,' Northtown police said in a "
    "statement.",
    "Both crew members were pulled from the water by a lifeboat crew an hour later.",
]


def test_the_leads_arrest_told_again_with_now_leaves_the_lead_to_head_the_story():
    head = write_headline(_ARREST_TOLD_AGAIN, 0)
    assert head == "Group of Sailors Arrested for 'Aggravated Assault', Police Say", head


def test_an_allegation_kept_in_the_headline_keeps_its_allegedly():
    # (guard: what "allegedly" told of stays in the trim, so the lead cannot head the story without it)
    sentences = ["A sailor allegedly threw two crew members off a trawler during a storm off Northtown.",
                 "The two men were pulled from the water by a lifeboat crew an hour later.",
                 "The sailor is due to appear at Northtown Magistrates' Court on Monday."]
    assert "Threw Two Crew Members" not in write_headline(sentences, 0)


def test_a_cut_never_leaves_off_the_name_that_tells_how_when_the_whole_clause_fits():
    # (judge HB 28: "... Authorizing Service of Divorce Papers" lost "via Facebook", the story's news)
    sentences = ["Recently, a Northtown judge issued an opinion authorizing service of court papers on a tenant "
                 "completely via Facebook.", "The tenant had not answered letters for a year."]
    head = write_headline(sentences, 0)
    assert head.endswith("via Facebook"), head


def test_a_cut_may_still_leave_off_where_it_happened():
    # (guard: a place the cut leaves off is the dateline's and the body's, so the shorter head stands)
    sentences = ["A Northtown author has won the crime novel of the year award at a ceremony held in "
                 "Southbridge.", "The prize is worth 3,000 pounds."]
    assert "Southbridge" not in write_headline(sentences, 0)


def test_a_one_name_subject_keeps_who_they_are_when_it_fits():
    # (judge HB 01: "Kayahan Dies of Cancer at 66" told no reader who he was)
    sentences = ["Pelino, one of Northland's best-loved singers, died of cancer on Friday at the age of 70.",
                 "He had performed most recently in Northtown in February."]
    assert write_headline(sentences, 0) == "Pelino, One of Northland's Best-Loved Singers, Dies of Cancer at 70"


def test_a_full_name_or_a_long_who_still_loses_its_appositive():
    # (guard: a full name tells who; a who too long for the headline goes)
    full = ["Sam Example, one of Northland's best-loved singers, died of cancer on Friday at the age of 70.",
            "He had performed most recently in Northtown in February."]
    assert write_headline(full, 0) == "Sam Example Dies of Cancer at 70"
    long = ["Pelino, one of the best-loved singers and songwriters of the whole of Northland and its islands, died of "
            "cancer on Friday at the age of 70.", "He had performed most recently in Northtown in February."]
    assert write_headline(long, 0) == "Pelino Dies of Cancer at 70"


# a caption that ends on a phrase the page quoted, run on into the story's line whose subject has an aside between
# commas (judge SS 11: "... a system which 'punished the poor' Mr Cameron, in a major speech ..., said ..." shipped
# whole, the caption inside the body)
_CAPTION_INTO_ASIDE = (
    "Sam Example today launched an attack on the council over the closure of the town's library. "
    "The mayor said the council had left the town with a service which 'failed the young'. "
    "He accused the council of having 'some nerve' by blaming the government for the cuts. "
    "The mayor, delivering a speech on the town's budget in Northtown today, said the council had left the town "
    "with a service which 'failed the young' Mr Example, in a speech on the budget this morning, said the town "
    "would fund the library itself from next year. "
    "He added that volunteers had offered to run it on Saturdays."
)


def test_a_caption_run_on_into_a_subject_with_an_aside_is_cut_there():
    body = " ".join(body_paragraphs(_CAPTION_INTO_ASIDE))
    assert "Mr Example, in a speech on the budget this morning, said the town would fund the library itself" in body
    assert "'failed the young' Mr Example" not in body


_VICTIM_SOURCE = [
    "Firefighters found the body of Ann Example in a burning car near Northtown on March 13.",
    "Police have released footage of the 21-year-old student on the night before her death.",
    "The student died of smoke inhalation, according to police.",
    "Detective Inspector Jo Sample said: 'We are grateful to the public for their help so far.'",
    "Sam Example, 26, of Southtown, has been charged with her murder.",
]


def test_whose_murder_is_the_one_the_sentence_before_says_died():
    # (judge SQ 01: the detective quoted right before the charge in the source was read as "her", so the charge,
    # shipped after the line of the death, was cut for its context)
    passage = [(_VICTIM_SOURCE[i], [i]) for i in (0, 1, 2, 4)]
    assert not context_problems(passage, _VICTIM_SOURCE)


def test_her_after_a_line_that_tells_no_death_still_wants_its_person():
    # (guard: "her statement" after a line that tells of no one's death leans on the detective, not named here)
    source = [*_VICTIM_SOURCE[:4], "She said her team had taken 40 statements."]
    passage = [(source[i], [i]) for i in (0, 1, 4)]
    assert context_problems(passage, source)


def test_a_pictures_caption_run_on_into_the_next_caption_is_no_line_of_copy():
    # (guard, pair61a: in a line read as a picture's caption, the next caption's "Name, who they are, is ..." after
    # a quoted phrase is no line of the story)
    text = (
        "The two men were executed on the island early on Wednesday morning, officials said. "
        "The foreign minister said the country would withdraw its ambassador for talks. "
        "Officials will arrange for the men's bodies to be flown home this week. "
        "Foreign Minister Jo Sample (left) said officials will arrange for the bodies to be flown home, ensuring "
        "that they are treated with 'dignity and respect' Sam Example, the president of Northland, is widely "
        "regarded as weak. "
        "The executions went ahead despite appeals from around the world."
    )
    assert "is widely regarded as weak" not in " ".join(body_paragraphs(text))

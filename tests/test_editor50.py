"""Faults found by copy editors reading outputs in the fiftieth session, each in invented text."""

from __future__ import annotations

import pytest

from copydesk import rewrite
from copydesk.segment import split_sentences
from shipping import body_paragraphs, body_sentences


# a caption run into the next line with no stop, the next opening on "It" and a verb a lead's sequel
# takes ("It means", "It comes as", "It follows"): the story's line is cut off and ships
def test_a_caption_ends_before_it_and_its_verb():
    text = ("Three more councils have backed the Northtown Gazette's campaign to add swimming to the curriculum "
            "It means the Westshire council is the only one not to make the same pledge.")
    assert split_sentences(text) == [
        "Three more councils have backed the Northtown Gazette's campaign to add swimming to the curriculum",
        "It means the Westshire council is the only one not to make the same pledge."]


@pytest.mark.parametrize("text", [
    "Fans queued for hours to see the horror remake It comes out on Friday in most cinemas.",
    "She read the novel It Follows the Moon to her class of young children.",
])
def test_no_cut_before_it_and_a_verb_of_a_title(text):
    assert split_sentences(text) == [text]


# a labelled caption run into the story's next line, which opens on the person the caption named and the
# line's verb: "Proud owner: Jo with her foal Star after a long night at the stables | Star isn't ..."
@pytest.mark.parametrize("caption, line", [
    ("Proud owner: Jo with her newborn foal Star after a long night at a Westshire stable",
     "Star isn't the biggest foal ever born in the county but the vet said she was the strongest."),
    ("Big Star: the foal stands taller than the other horses born at the same farm this season",
     "Star's arrival came just a week after the heaviest foal in the county was born in Northtown."),
])
def test_a_labelled_caption_ends_before_the_person_it_named(caption, line):
    assert split_sentences(f"{caption} {line}") == [caption, line]


@pytest.mark.parametrize("text", [
    # (a name the caption did not name: a clause of the caption's own may go on)
    "Proud owner: Jo with her newborn foal after a long night at the farm Sam isn't there.",
    # (not after a word a clause goes on from)
    "Proud owner: Jo said her foal Star was born on the farm and Star isn't small.",
    # (nor a line that opens on no label)
    "Jo stayed with her newborn foal Star after a long night at the Westshire farm Star isn't small.",
])
def test_no_cut_before_a_name_a_labelled_caption_did_not_tell_first(text):
    assert split_sentences(text) == [text]


# a subject told by its kind and named between commas heads the story by name: "The robot, known as
# Tobi, has been ..." is "Robot Tobi ...", where "The robot" alone refers back to the line before
def test_a_subject_named_between_commas_heads_the_story():
    text = ("With its blinking eyes and a voice that follows you around the hall, this machine is strangely human. "
            "The robot, known as Tobi, has been drawing crowds with its range of facial expressions at a fair in "
            "Northtown this week. "
            "The head, built by the engineer Jo Example, is able to answer simple questions from visitors. "
            "Tobi is on show at the Northtown spring fair, the largest event of its kind in the region.")
    assert rewrite(text).headline.startswith("Robot Tobi Draws")


def test_no_name_from_commas_for_history():
    from copydesk.engines.headwho import known_as
    sentence = "The scheme, called Learn Well, was developed at the university during 2013-14."
    assert known_as(sentence) == sentence
    assert known_as("The robot, known as Tobi, has been drawing crowds.") == "Robot Tobi has been drawing crowds."


# a span of a year with its next year's two digits dates what a headline tells: history, not news
def test_during_a_years_span_dates_a_headline():
    from copydesk.engines.headcheck import is_dated
    assert is_dated("Programme was developed at university during 2013-14 academic year")  # (before Title Case)
    assert not is_dated("Programme was developed at university by three students")


# a glued mark after a quotation's passive "were told ..." closes it when the next speaker's colon
# follows: no speaker is told there ('... that we were told was on the building."Mr X said: "...')
def test_a_glued_mark_after_a_passive_told_closes_the_quotation():
    text = ('Northtown council said the panels on Mill House were not the ones ordered. '
            'Councillor Jo Example said: "We will not stop until we know what happened." '
            '"It is only when you cut into it that you can see the layers," she continued.'
            '"They showed the tenants a sample and did not put that up."That was the panel we asked for. '
            'That was the panel we were told was on the building."Mr Sample said: "The tenants were given '
            'samples, which I kept for eight years."That is not what was found on this building."')
    body = " ".join(body_paragraphs(text))
    assert 'That was the panel we were told was on the building."' in body
    assert 'Mr Sample said: "The tenants were given samples' in body


# "also" after a subject by name goes from a headline: "Northtown Knitwear Increases Production", where
# "Also Increases" refers back to a line that is not there
def test_a_named_subjects_also_goes_from_the_headline():
    text = ("Northtown Knitwear, which employs more than 230 staff, has also increased its production of "
            "sweaters to meet demand. "
            "Production has been boosted by better than expected sales of its own range, which launched in January. "
            "The company, which dates back to 1874, was bought by its managing director last year.")
    assert rewrite(text).headline == "Northtown Knitwear Increases Production of Sweaters to Meet Demand"


@pytest.mark.parametrize("text, kept", [
    ("The weather also hit Westshire, where homes were evacuated.", "also"),
    ("Jo Example not only won the race but also set a record.", "but also"),
    ('Jo Example said "we also want it" on Monday.', "we also want"),
])
def test_also_stays_after_a_thing_told_by_its_kind_or_in_a_quotation(text, kept):
    from copydesk.engines.headrules import without_also
    assert kept in without_also(text)


def test_no_name_from_commas_for_a_time_gone_by():
    from copydesk.engines.headwho import known_as
    sentence = "The programme, called Learn Well, was developed at the college during the last academic year."
    assert known_as(sentence) == sentence
    sentence = "The boat, named Sea Star, was built in the town two decades ago."
    assert known_as(sentence) == sentence


# a caption that ends on a word in marks, its picture's mark in it, run into a quotation: "... accused
# his girlfriend Jo Example, left, of being a 'gold digger' | 'Must be nice ...,' he posted."
def test_a_caption_ending_on_a_quoted_word_ends_before_a_quotation():
    caption = "The golfer defended his girlfriend Jo Example, left, after a troll called her a 'gold digger'"
    quote = "'Must be nice getting everything free in life and not have to work for it,' he posted."
    assert split_sentences(f"{caption} {quote}") == [caption, quote]


def test_no_cut_before_a_quotation_after_a_quoted_word_and_no_picture():
    text = ("One of his posts said 'War on Terror, where the invader is called a hero' "
            "'Democracy is a system that fails us all,' it said.")
    assert split_sentences(text) == [text]


# the site's own line on who paid for the piece, a deal's call, its share of a sale and a link's "For
# more, ...": promos, never copy
@pytest.mark.parametrize("line", [
    "- This week's Northtown Podcast is sponsored by the Example Cup Finals, which take place next week.",
    "This sponsored deal is brought to you by Example Software.",
    "If you buy something through this post, Example News may get a share of the sale.",
    "Get Example Password Manager for Free (Upgrade to Premium for $4.99/mo)",
    "For more information, visit the charity's website.",
])
def test_a_sites_own_disclosure_is_a_promo(line):
    from copydesk.ingest.roles import role_of
    assert role_of(line, 5, 10) == "promo"


@pytest.mark.parametrize("line", [
    "The Northtown Cup is sponsored by a local brewery, the organisers said.",
    "This year's festival was funded by the council and two charities.",
    "If you buy a house in Northtown, you may get a discount on council tax.",
    "Get-togethers for free were held across the town on Sunday.",
])
def test_no_promo_for_the_storys_own_sponsor_or_offer(line):
    from copydesk.ingest.roles import role_of
    assert role_of(line, 5, 10) != "promo"


# a writer's note among a page's last lines is the site's, not the story's; the same words at the top are copy
def test_a_writers_note_at_the_end_is_a_promo_not_at_the_start():
    from copydesk.ingest.roles import role_of
    note = "Jo Example is Example News's deal curator and spends much of his pay on what he posts."
    assert role_of(note, 60, 62) == "promo"
    assert role_of("Jo Example is the Gazette's political editor and was threatened on Monday.", 1, 62) != "promo"


# a long story ships to its end, up to a hundred lines: judges found long pages cut off at sixty, before
# the findings their lead set up
def test_a_long_story_ships_past_sixty_lines():
    from copydesk.desk import prepare
    from copydesk.engines.extractive import ExtractiveEngine
    from copydesk.model import Article
    text = " ".join(f"Harbour crews repaired section {n} of the western pier on day {n} of the works, "
                    f"the board said in its report number {n}." for n in range(1, 81))
    draft = ExtractiveEngine().draft(prepare(Article(text=text)))
    told = [s.sources[0] for para in draft.body for s in para]
    assert len(told) == 80 and told == sorted(told)


@pytest.mark.parametrize("line", [
    "Click To Tweet I want to show you how to ignore most of what you read.",
    "Looking for more gift recommendations?",
    "Stay tuned for more Example Gift Guides!",
])
def test_a_share_buttons_words_and_a_call_to_the_sites_next_pieces_are_promos(line):
    from copydesk.ingest.roles import role_of
    assert role_of(line, 5, 10) == "promo"


# a picture's caption set inside a speaker's quotation, a word in marks in it, leaves the quotation open:
# the speaker's words after the picture ship with the rest, the caption does not
def test_a_caption_inside_a_quotation_leaves_it_open():
    text = ("Northtown’s food bank said the number of visits had passed 5,000 last year. "
            "The council leader, Sam Brook, questioned the numbers. "
            "He added: ‘We are not going to take lectures from the people who ran the town before us. "
            "‘The best way to help families is to get more people into work, and we’ve got a strong record there. "
            "Jo Example, the union’s local secretary, pictured, described the figure as 'shameful' "
            "‘It is only by sticking with our plan that more people will have a job.’ "
            "The food bank said it would publish its full figures next month.")
    body = " ".join(body_paragraphs(text))
    assert "‘It is only by sticking with our plan that more people will have a job.’" in body
    assert "pictured" not in body and "He added: ‘We are not going to take lectures" in body


# guards from reviewer rev50's probes: what the rules above must leave alone
@pytest.mark.parametrize("text", [
    "Fans of the old series will remember that Cousin It appeared in only a handful of episodes of the first run.",
    "Few people know that the famous slogan Just Do It came from the last words of a man facing execution.",
    "Team news: Manager Sam Example confirmed striker Tom Example will miss the game, but the reason Tom isn't fit "
    "remains a mystery to supporters.",
    "The mayor, pictured, praised the volunteers' 'Why not me?' campaign at a ceremony on Friday.",
])
def test_rev50_guards_no_cut(text):
    assert split_sentences(text) == [text]


def test_rev50_guard_a_speakers_words_are_not_cut_before_a_name_the_label_told():
    text = ('Tribute: Tom\'s mother Ann Example said: "Nothing will bring him back but the day Tom\'s father was '
            'killed changed everything for him."')
    assert len(split_sentences(text)) == 1


@pytest.mark.parametrize("sentence, head", [
    ("The operation, dubbed Operation Nightfall, has led to 12 arrests across Northshire.",
     "Operation Nightfall has led to 12 arrests across Northshire."),
    ("The pupil, named Head Girl, will represent the school at the awards.", None),
    ("The man, known as Mr Big, ran a drugs gang from a flat in Northtown.", None),
    ("The man, dubbed Britain's Worst Driver, has been banned from the roads.", None),
])
def test_rev50_guards_a_name_from_commas(sentence, head):
    from copydesk.engines.headwho import known_as
    assert known_as(sentence) == (head or sentence)


def test_rev50_guards_during_a_bare_year_is_not_history():
    from copydesk.engines.headcheck import is_dated
    assert not is_dated("Jo Example scores twice during 2026 World Cup final")


@pytest.mark.parametrize("text", [
    "Jo Example not only broke the British record but has also qualified for the Olympic final.",
    "Ann Example, also known as the Duchess of Dalston, was jailed for fraud.",
])
def test_rev50_guards_also_stays(text):
    from copydesk.engines.headrules import without_also
    assert " also " in without_also(text)


def test_a_possessive_does_not_keep_also_but_a_quotation_does():
    from copydesk.engines.headrules import without_also
    assert without_also("Jo Example's firm has also cut 30 jobs.") == "Jo Example's firm has cut 30 jobs."
    assert without_also("Jo Example’s firm has also cut 30 jobs.") == "Jo Example’s firm has cut 30 jobs."


# a negated perfect or passive stays as told in a headline: "Hasn't Contacted", never "Hasn't Contacts"
# (reviewer rev50's NL11, which the label rule surfaced)
@pytest.mark.parametrize("sentence, head", [
    ("Ravi hasn't contacted his family since.", "Ravi hasn't contacted family since"),
    ("Police haven’t charged anyone over the attack.", "Police haven’t charged anyone over attack"),
    ("Ministers haven't yet decided whether to close the hospital.",
     "Ministers haven't yet decided whether to close hospital"),  # (an adverb between: reviewer rev50b)
])
def test_a_negated_perfect_keeps_its_participle(sentence, head):
    from copydesk.engines.headline import trim
    assert trim(sentence) == head


# on a page with captions, a line that shows its person "here" doing something between commas is the picture's:
# "Jo Example, here playing for Northtown in 2012, will join Southby if they make the play-offs."
def test_a_line_that_shows_its_person_here_is_a_caption():
    text = ("Southby Rovers have signed Jo Example from Northtown for an undisclosed fee. "
            "The 30-year-old striker scored 20 goals last season. "
            "Sam Brook (left) celebrates with team-mates after scoring the winner against Westfield . "
            "Manager Ann Sample said she was delighted with the signing. "
            "Jo Example, here playing for Northtown in 2012, will join Southby if they make the play-offs. "
            "Rovers play Eastham on Saturday.")
    body = " ".join(body_sentences(text))
    assert "here playing for Northtown" not in body and "Manager Ann Sample said" in body


def test_here_between_commas_in_copy_with_no_captions_stays():
    text = ("Southby Rovers have signed Jo Example from Northtown for an undisclosed fee. "
            "The 30-year-old striker scored 20 goals last season. "
            "Manager Ann Sample said she was delighted with the signing. "
            "Jo Example, here playing for Northtown in 2012, will join Southby if they make the play-offs. "
            "Rovers play Eastham on Saturday.")
    assert any("here playing for Northtown" in s for s in body_sentences(text))


# "according to X" after a dash, a semicolon or a "but" may credit X with the last clause only: the
# attribution is not moved to the front over the whole sentence (judge PC 01)
@pytest.mark.parametrize("sentence", [
    "It is unclear whether the film still follows the old plan — both stars were said to have run into "
    "trouble in 2018, according to the Northtown Gazette.",
    "The council has not said when the road will reopen; repairs could take months, according to engineers.",
])
def test_according_to_stays_behind_a_clause_break(sentence):
    from copydesk.engines.housestyle import house_style
    assert house_style(sentence) == sentence
    plain = "The council has not said when the road will reopen and repairs could take months, according to engineers."
    assert house_style(plain).startswith("According to engineers, the council")  # (one clause: it moves)


# a line with no stop past the top that shows its person in the present at a moment ("... stands on his car
# after winning the Grand Prix") is a caption, not a subhead: the story's next line leans past it
def test_a_present_moment_with_no_stop_past_the_top_is_a_caption():
    text = ("Jo Example has admitted to feeling more confident now than at any stage of her career. "
            "It is an ominous warning from a driver who has won nine of the last 11 races this year. "
            "It is no wonder that after winning in Northtown she stood on top of her car and waved to the crowd. "
            "Jo Example stands on her car after winning the Northtown Grand Prix "
            "It was another dominant performance from Example, who led from the first lap to the last. "
            "She will race again in Southby in three weeks' time.")
    body = " ".join(body_sentences(text))
    assert "It was another dominant performance" in body and "stands on her car" not in body


# a glued mark before the paper's line on a person by name and apposition, to the paragraph's end with no
# mark after it, closed the quotation: the line is the paper's and ships ('... the squad."Buttler, who ...')
def test_a_glued_mark_before_a_named_apposition_to_the_end_closes():
    text = ('Jo Example has signed a new deal with Northtown that ties her to the club until 2019. '
            'The 25-year-old has scored the three fastest centuries in the history of the club. '
            '"Jo is one of the most talented players in the game," said director of cricket Sam Brook.'
            '"Her presence in the final last year was a factor in us winning it."Jo is a great person to have in '
            'the dressing room too."Example, who has been playing in India this spring, will return to Northtown '
            'for the home game against Southby on Friday.')
    body = " ".join(body_sentences(text))
    assert "Example, who has been playing in India this spring, will return to Northtown" in body
    assert 'to have in the dressing room too."' in body


def test_a_glued_mark_before_a_speakers_own_words_still_reopens():
    from copydesk.gluedmarks import glued_marks
    para = '"It was hard," said Sam Brook."We lost the final."Example, who we signed in May, has been great for us.'
    sents = ['"It was hard," said Sam Brook.', '"We lost the final."', 'Example, who we signed in May, has been great for us.']
    assert glued_marks(sents, para)[-1].startswith('"Example')


# guards from reviewer rev50b's probes: the story's own lines that the site's-own-line rules must leave as copy
@pytest.mark.parametrize("line", [
    "This year's show is sponsored by Northtown Motors, which has backed the event since 2009.",
    "This deal was funded by a loan from three banks, the company said in a statement.",
    "This show is sponsored by Northtown Motors for the first time in its 150-year history.",
    "If you buy an electric car before April, you could get a cut of up to £2,000 on the price.",
    "Get Carter was shown for free at the Northtown Picturehouse on Sunday to mark the film's anniversary.",
    "Looking for more evidence of the slowdown?",
])
def test_rev50b_guards_story_lines_are_not_promos(line):
    from copydesk.ingest.roles import role_of
    assert role_of(line, 5, 10) != "promo"


def test_rev50b_guard_a_superlative_writers_note_is_news():
    from copydesk.ingest.roles import role_of
    assert role_of("Amara Example is Scotland's youngest newspaper editor.", 9, 10) != "promo"


@pytest.mark.parametrize("line", [
    "Sam Brook, here making his first start for the club, scored twice in the second half.",
    "Northtown sits top of the table after beating Southby for the first time in a decade.",
])
def test_rev50b_guards_here_and_after_winning_in_copy(line):
    text = ("Northtown Rovers beat Southby 3-0 at the Old Ground on Saturday. "
            "The win lifts them two points clear. "
            "Jo Example (left) celebrates with team-mates after the third goal . "
            f"{line} "
            "Rovers play Eastham next Saturday.")
    assert line in body_sentences(text)


def test_rev50b_guard_a_subhead_on_someone_the_story_never_named_stays_a_subhead():
    text = ("Northtown's harbour has been rebuilt after the storm of 2023. "
            "The work took two years and cost £40m. "
            "Fishermen say the new walls are the best on the coast. "
            "Harbour master prepares ahead of the reopening "
            "She has worked at the harbour for 30 years and says she has never seen it look so good. "
            "The harbour reopens to visitors on Saturday.")
    assert not any(s.startswith("She has worked at the harbour") for s in body_sentences(text))


def test_rev50b_guard_a_speakers_view_after_a_glued_mark_stays_a_quotation():
    text = ('Northtown lost 4-0 at home to Southby on Saturday. '
            'The defeat leaves them bottom of the league with five games left. '
            'Manager Sam Brook said: "We were poor from the first whistle."Example, the captain, has to lead by '
            'example, and the rest of the squad must follow him.')
    assert not any(s.startswith("Example, the captain, has to lead") for s in body_sentences(text))


# the editorial measure reads a shipped line as one in the middle of a page: a writer's-note shape shipped as
# the story's own line ("Kate Example is the Herald's chief football writer.") is no junk there
def test_the_junk_measure_does_not_read_a_shipped_line_as_a_pages_last():
    from copydesk.editorial import measure
    text = ("Kate Example has been named sports journalist of the year at the Northtown press awards. "
            "The judges praised her coverage of the club's relegation battle. "
            "She has covered Northtown Rovers for 12 years. "
            "Kate Example is the Herald's chief football writer.")
    result = rewrite(text)
    assert any("chief football writer" in s.text for p in result.body for s in p)
    assert measure(result).junk == 0

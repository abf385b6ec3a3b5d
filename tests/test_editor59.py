"""Session 59's editor rules, on invented text: each case is a fault a copy-editor judge or a reading of the
outputs found in a real rewrite, or a guard that pins what a rule must not do."""

from __future__ import annotations

import pytest

from copydesk.engines.passages import Passages
from copydesk.engines.units import Units
from copydesk.ingest.roles import role_of
from shipping import body_paragraphs


def _passages(sents: list[str]) -> Passages:
    """The engine's reading of ``sents`` (an English text), as the paragraph rules get it."""
    return Passages(sents, Units(sents).of, english=True)


# the page's calls to its reader in the languages pages come in, and its plug for its own accounts and next post
# (a Portuguese blog's "Deixe suas dúvidas ..." and its ebook offer shipped as the story's last lines)
@pytest.mark.parametrize("line", [
    "Deixe suas dúvidas e opiniões aqui embaixo!",
    "Receba em seu email nosso ebook “Dez passos para ler em casa”, um guia completo e gratuito.",
    "Inscreva-se no nosso canal para receber as novidades.",
    "Síguenos en Twitter y Facebook para más noticias.",
    "Iscriviti alla nostra newsletter.",
    "Abonnez-vous à notre lettre d'information.",
    "Folgen Sie uns auf Facebook und Instagram.",
    "Be sure to visit Example Farm on Facebook, Twitter, and Instagram.",
    "Read about that topic in the next article in this series, How to Plan a Garden.",
])
def test_a_pages_call_to_its_reader_is_promo_in_any_language(line):
    assert role_of(line, 18, 20) == "promo"


@pytest.mark.parametrize("line", [
    "The farm now has 20,000 followers on Facebook, its owner said.",
    "Be sure to bring water if you walk the coast path in summer, rangers said.",
    "Deixar a escola cedo foi a decisão mais difícil da vida dela.",
    "Read more about the council's plans was the message on the leaflet, which residents said confused them.",
])
def test_copy_that_names_the_same_words_is_not_promo(line):
    assert role_of(line, 18, 20) != "promo"


def test_a_portuguese_blogs_closing_calls_do_not_ship():
    text = ("A Secretaria de Saúde de Northtown abriu nesta segunda-feira um novo posto de vacinação no centro da cidade. "
            "O posto vai atender de segunda a sexta-feira, das 8h às 17h, segundo a secretaria. "
            "A prefeitura espera vacinar 5 mil pessoas no primeiro mês.\n\n"
            "Deixe suas dúvidas e opiniões aqui embaixo!\n\n"
            "Receba em seu email nosso ebook “Vacinas em Casa”, um guia completo e totalmente gratuito.")
    body = " ".join(body_paragraphs(text))
    assert "A prefeitura espera vacinar 5 mil pessoas" in body
    assert "Deixe suas" not in body and "Receba" not in body


# a box of one table cell set beside the copy, its pull quote told in other words (a space page's "| Jo Example
# expects to produce three rockets through 2024." shipped as the story's last line, bar and all)
def test_a_one_cell_box_is_not_copy():
    assert role_of("| Jo Example expects to build three rockets through 2030.", 30, 35) == "caption"
    assert role_of("| DL | Sam Example | 63 | 85% |", 30, 35) == "nav"
    assert role_of("Jo Example expects to build three rockets through 2030.", 30, 35) == "body"


# a lede's "Another" before its noun is one more of a kind the reader knows, not a pointer at a line before
# (judge SA 06: "Another cloud of choking smoke and dust is set to descend upon ... Delhi this week" was cut, and the
# story opened on "The dangerous, dirty air ...")
SMOG = ("Another cloud of choking smoke is set to descend upon the 2 million residents of Northtown this week, with "
        "forecasters warning that pollution is likely to reach severe levels on Wednesday. The dirty air is arising "
        "from a mix of weather conditions and farm fires converging over the valley. The council closed 40 schools "
        "last week. Doctors said hospital admissions for asthma had doubled.")


def test_a_ledes_another_before_its_noun_opens_the_story():
    body = body_paragraphs(SMOG)
    assert body[0].startswith("Another cloud of choking smoke is set to descend")


def test_a_first_lines_another_that_stands_for_a_person_still_leans_back():
    from copydesk.ingest.dependency import opening_dependency, stands_first
    line = "Another said the council had known for years."
    assert not stands_first(line, opening_dependency(line))


# a quoted reply to the question quoted right before it is another speaker's, who opens a paragraph of their own,
# though the two stand in one unit (judge SA 08: the councillor's "What do you think?" and the administrator's reply
# shared a paragraph)
def test_a_quoted_reply_to_a_quoted_question_opens_its_own_paragraph():
    from copydesk.engines.paragraphs import split_walls
    sents = ["At a hearing last month, Councillor Sam Example pressed the engineer on the cost of the work.",
             "“I understand the builders can finish two spans a year starting in 2027,” he said.",
             "“What do you think?”",
             "“It depends on what the builders are willing to invest, quite frankly,” responded chief engineer Jo "
             "Brook, noting that there was no money to support that faster rate."]
    passages = _passages(sents)
    assert split_walls([[0, 1, 2, 3]], set(), passages) == [[0, 1, 2], [3]]
    told = [*sents[:3], "“It depends on what the builders are willing to invest,” he said."]
    assert split_walls([[0, 1, 2, 3]], set(), _passages(told)) == [[0, 1, 2, 3]]


# the day's next scene set last in a paragraph, the scene's people told on in the next one, opens that paragraph
# (judge SB 03: "Later the Duke ... gave Prince George ... a tour of a helicopter" closed the concert's paragraph)
def test_the_days_next_scene_opens_the_paragraph_that_tells_it_on():
    from copydesk.engines.breaks import scenes_open
    sents = ["The mayor opened the new library in Northtown on Friday.",
             "Earlier, Sam Example and Jo Example toured the reading rooms with six children.",
             "Later the mayor gave Alex Brook and Kim Brook a tour of the fire station on Mill Lane.",
             "Alex Brook tried on a firefighter's helmet while Kim Brook rang the bell.",
             "The station was built in 1904."]
    passages = _passages(sents)
    assert scenes_open([[0], [1, 2], [3, 4]], sents, passages) == [[0], [1], [2, 3, 4]]
    # (not when the next paragraph tells of others: the scene's line stays where it closed)
    other = [*sents[:3], "The council said the library cost £4m.", sents[4]]
    assert scenes_open([[0], [1, 2], [3, 4]], other, _passages(other)) \
        == [[0], [1, 2], [3, 4]]


# the closing dash of a pair set with no space before it is set as its opening one (judge SC 10: "a catfish – someone
# who tricks others ... names- after" read as unbalanced once the opening dash was an en dash)
def test_a_pairs_closing_dash_set_without_its_space_matches_the_opening_one():
    from copydesk.engines.housestyle import house_style
    line = "It emerged that Jo was a catfish - someone who tricks others with fake names- after one of them looked into it."
    assert "fake names – after one" in house_style(line)
    assert "pre- and post-match" in house_style("The club - which holds pre- and post-match talks - said so.")
    assert "a lawyer and commenter – suggests" in house_style("Jo Example - a lawyer and commenter -suggests she was hacked.")


# a speaker's short tagged quotation, then the same speaker's words go on untagged: one paragraph (judge SC 06:
# "'I was a bit shocked,' Smith said." stood alone, and the rest of the quotation opened a paragraph with no speaker)
def test_a_short_tagged_quotation_keeps_the_same_speakers_words_that_go_on():
    from copydesk.engines.paragraphs import turn
    assert not turn("'I was a bit shocked,' Smith said.", "'It took me a couple of minutes to think about it.")
    assert turn("'I was a bit shocked,' Smith said.", "'It was a surprise to us all,' his captain Jo Brook said.")
    assert turn("'I was a bit shocked by the news when I heard it on the radio at home that night,' Smith said.",
                "'It took me a couple of minutes to think about it.")


# a clause before a colon is copy, not a picture's label (judge SE 03: "Here's the thing: That 77-cent wage gap
# statistic is grossly overstated." was cut as a caption, and "It's a comparison of averages ..." then read as the
# agenda's)
@pytest.mark.parametrize("line", [
    "Here's the thing: That 70-cent pay gap figure is grossly overstated.",
    "The truth is this: nobody knew.",
    "What's more: the council never asked.",
])
def test_a_clause_before_a_colon_is_copy(line):
    assert role_of(line, 3, 30) == "body"


def test_a_pictures_short_label_is_still_a_caption():
    assert role_of("Behind bars: Sam Example was jailed.", 3, 30) == "caption"
    assert role_of("Pictured: the house in Northtown.", 3, 30) == "caption"


# a speaker's quotation told over three lines, each opening on its mark, the tag on the first: the third ships with
# her too; and the story's last line, which names a witness in full again and tells again what the line that named
# him told, before the page's closing caption, is that caption (judge SE 04)
ZOO = (
    "A two-year-old boy is recovering after falling into a tiger enclosure at Northtown Zoo on Saturday, officials "
    "said. The boy's mother was holding him when he slipped and fell into the pit. "
    "Sam Example and his family were at the tiger enclosure when they heard the child scream. "
    "'I was just shocked,' he told reporters. "
    "Zoo visitor Jo Example believes the tigers did not approach the boy because they were frightened. "
    "'I think they were just curious about what was going on,' she said. "
    "'It's not every day that somebody is in the pen with them.' "
    "'And everyone else was screaming and they probably got scared.' "
    "The zoo said it would review its fences. The enclosure was closed on Sunday. "
    "Zoo visitor Sam Example was at the tiger enclosure when he heard the child scream. "
    "He said he was 'shocked' by what he saw at the Northtown Zoo enclosure .")


def test_a_speakers_third_marked_line_ships_with_her():
    body = " ".join(body_paragraphs(ZOO))
    assert "'And everyone else was screaming and they probably got scared.'" in body


def test_the_last_lines_witness_named_again_before_the_closing_caption_is_that_caption():
    body = " ".join(body_paragraphs(ZOO))
    assert "Zoo visitor Sam Example was at the tiger enclosure" not in body
    assert "Sam Example and his family were at the tiger enclosure" in body


# an outlet's link to its own story, a title in double marks and a few words after it, is a related link the story's
# next line leans across (judge SH 08: the obituary's Grammy and its show were cut after "Example Reporter: ...")
def test_an_outlets_link_with_a_quoted_title_is_related():
    assert role_of('Example Reporter: "Mad Men\'s" return', 15, 40) == "related"
    assert role_of('Example Reporter: "Northtown Turtles" -- the untold story', 15, 40) == "related"
    assert role_of('Jo Example: "We will fight on," she said.', 15, 40) != "related"
    assert role_of('Jo Example: "We will fight on."', 15, 40) != "related"  # (a speaker's words, with their stop)


OBITUARY = (
    "Sam Example, the comic who lampooned advertising, has died at 88, his son said on Tuesday. "
    "Example died of natural causes at a Northtown hospital, his son said. "
    "The Northtown native had hit records of his own, including a 1953 send-up of a police drama. "
    "His records were so popular that he landed his own radio programme in 1954. "
    'Example Reporter: "Mad Men\'s" return\n'
    "He won a Grammy Award in 1959 for best spoken word album. "
    "He later opened his own advertising agency, Example Ltd.")


def test_a_line_after_an_outlets_link_leans_across_it():
    body = " ".join(body_paragraphs(OBITUARY))
    assert "He won a Grammy Award in 1959" in body
    assert "Mad Men" not in body


# a title whose closing mark the page lost does not make the lines after it one long quotation (judge SH 08: an
# obituary's last lines were read as the words inside 'in "Green Chri$tma$, which ...' and cut)
LOST_CLOSE = (
    "Sam Example, the comic who lampooned advertising, has died at 88, his son said on Tuesday. "
    "Example died of natural causes at a Northtown hospital, his son said. "
    'He mocked the greed of the ad business in "Grey Winter, which criticised the selling of the holiday. '
    "In 1958, Example opened his own ad agency, Example Ltd. "
    "He worked in cartoons for decades, starting in the 1940s. "
    "Survivors include his wife, Jo, and a granddaughter.")


def test_a_title_that_lost_its_closing_mark_does_not_swallow_the_lines_after_it():
    body = " ".join(body_paragraphs(LOST_CLOSE))
    assert "In 1958, Example opened his own ad agency" in body
    assert "Survivors include his wife, Jo, and a granddaughter." in body
    assert '"Grey Winter' not in body  # (its own line, its mark unpaired, does not ship)


def test_a_quotation_opened_after_said_still_runs_on():
    sents = ['The mayor said "we will rebuild the bridge.', "It will take two years.", 'We have the money," she added.']
    assert Units(sents).of(0) == (0, 1, 2)

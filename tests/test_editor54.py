"""Session 54's editor rules, on invented text: each case is a fault a copy-editor judge found in a
real rewrite, or a guard that pins what a rule must not do."""

from __future__ import annotations

import pytest

from copydesk.desk import prepare
from copydesk.engines.extractive import ExtractiveEngine
from copydesk.engines.paragraphs import edited
from copydesk.model import Article


# an "also" stays wherever the sentence before it in the source is not shipped right before it (judge QH 07 and 11:
# "NASA is also looking ..." lost the link the source made; pair54a of session 54: 24 of 24 real rewrites read better
# with the source's "also"), for an act any story tells again and again too ("also said"); not in the body's first line
@pytest.mark.parametrize("line", [
    "NASA is also looking to firms to develop crewed landers on the moon.",
    "The Tories also said the plan would cost the town two hundred jobs.",
])
def test_the_sources_also_stays_after_a_line_left_out(line):
    text = ("NASA picked five firms on Monday to build robotic landers for the moon, and the Tories said the plan was late. "
            "The firms were chosen from a field of nine. Critics said the plan would cost too much. " + line + " "
            "The landers will fly from 2027.")
    doc = prepare(Article(text=text))
    passages = ExtractiveEngine().prepare_ranking(doc)[2]
    said = [s.text for para in edited(doc.sentences, [[0], [3]], passages) for s in para]
    assert said[-1] == line, said
    said = [s.text for para in edited(doc.sentences, [[3], [4]], passages) for s in para]
    assert said[0] == line.replace(" also ", " "), said  # (the body's first line: nothing told before it)


_PIER = ("The Northtown harbour board voted on Monday to close the western pier to boats from next spring. "
         "Fishermen who have moored there for decades said they had not been asked. "
         "\"This is a disgrace,\" the harbour master, Jo Example, told reporters at the pier. "
         "\"The pier has stood for a hundred years. We will fight the closure all the way to the courts.\" "
         "{} "
         "\"We have no choice but to close it,\" the board's chairman, Sam Sample, said. "
         "The pier was built in 1902 and was last repaired in 1988.")


# a paragraph of quotation ends on the quotation: the paper's own line after a speaker's quotation of several
# sentences opens a paragraph (judge QG 04: "When the detective comes back, he is irate ..." closed the passenger's
# quotation's paragraph, though it brings in the detective's words)
def test_the_papers_line_after_a_quotation_of_several_sentences_opens_a_paragraph():
    from copydesk import rewrite
    line = "When the council meets next week, it will be asked to overturn the board's decision."
    body = [[s.text for s in para] for para in rewrite(_PIER.format(line)).body]
    assert [line] in body or any(para[0] == line for para in body), body
    assert any(para[-1].endswith("all the way to the courts.\"") for para in body), body


@pytest.mark.parametrize("line", [
    # (a line that leans on the speaker's words stays with them: "He said ..." is the speaker's)
    "He said the board had never once asked the fishermen what they thought.",
])
def test_a_line_that_leans_on_the_quotation_stays_in_its_paragraph(line):
    from copydesk import rewrite
    body = [[s.text for s in para] for para in rewrite(_PIER.format(line)).body]
    assert not any(para[0] == line for para in body), body


def test_a_writers_paragraph_of_quotation_is_not_broken():
    from copydesk import rewrite
    line = "When the council meets next week, it will be asked to overturn the board's decision."
    text = _PIER.format(line).replace(" \"This is a disgrace", "\n\n\"This is a disgrace").replace(
        " \"We have no choice", "\n\n\"We have no choice").replace(" The pier was built", "\n\nThe pier was built")
    body = [[s.text for s in para] for para in rewrite(text).body]
    assert any(para[-1] == line and len(para) > 1 for para in body), body


_SET_IN = ("Northtown manager Jo Example says he has plenty left to give the game but only at the right club. "
           "'It is hard to know whether to go back in,' Example said. "
           "'It would not be about the money. I had an offer this week to work abroad, but it did not interest me. "
           "'My family is here, so it has to be something I really want to do. "
           "{} "
           "'I don't have to work any more, but I feel fit and I could help a young coach.' "
           "Example will manage a charity side at the Northtown stadium on Sunday.")


# a page's caption set inside a speaker's quotation, at its paragraph break (judge QG 05: "The 68-year-old left
# Queens Park Rangers with the club 19th ..." shipped between Redknapp's words); not the speaker's own words
# going on unmarked, nor a line that leans on the one before it
@pytest.mark.parametrize("line, role", [
    ("The 52-year-old left Northtown with the club 19th in the table at the time.", "caption"),
    ("Example left the club citing knee problems two months ago.", "caption"),
    ("One can always use the experience of the older players to help the younger ones.", "body"),
    ("He left the club citing knee problems two months ago.", "body"),
])
def test_a_caption_set_inside_a_quotation(line, role):
    from copydesk.ingest.roles import roles
    doc = prepare(Article(text=_SET_IN.format(line)))
    got = [r for s, r in zip(doc.sentences, roles(doc.sentences), strict=True) if line in s]
    assert got == ["caption"] if role == "caption" else got and "caption" not in got, (got, doc.sentences)


_ALEPPO = ("Syrian families queued for hours for bread on Monday as food ran short across the north of the country. "
           "Photographs posted by Aleppo activists showed long lines outside the bakeries that are still open. "
           "{} "
           "Aid agencies said no convoy had reached Aleppo since March. "
           "The United Nations has called for a pause in the fighting to let supplies through.")


# one town of the story's country named again and again from its start, though never after "in", is where it is
# set (judge QI 01: "Syria" where the story named Raqqa all through); named twice, the country alone stays
@pytest.mark.parametrize("line, place", [
    ("An Aleppo baker said the price of a bag of bread had tripled in a month.", "Aleppo, Syria"),
    ("A baker said the price of a bag of bread had tripled in a month.", "Syria"),
])
def test_the_one_town_a_story_names_again_and_again(line, place):
    from copydesk import rewrite
    assert rewrite(_ALEPPO.format(line)).dateline.place == place


# an abbreviation's stop is no sentence's end where the next piece opens in lower case (judge QJ 01: a Russian
# recipe's "2 ст. л." cut the sentence at "ст." and the body ended on it)
def test_a_lower_case_piece_after_an_abbreviations_stop_is_the_same_sentence():
    from copydesk.segment import split_paragraphs
    text = ("Для теста понадобятся: 250 мл воды, 400 г муки, 2 ч. л. сухих дрожжей, 2 ст. л. оливкового масла. "
            "Замесите тесто и оставьте его на час.")
    assert split_paragraphs(text, "ru")[0] == [
        "Для теста понадобятся: 250 мл воды, 400 г муки, 2 ч. л. сухих дрожжей, 2 ст. л. оливкового масла.",
        "Замесите тесто и оставьте его на час."]


# a post's metadata line and its tags, one to a line, are no part of the lead (judge QJ 11: "05/10/2018 - Publicado
# por: ... - Tags: sad | arrombamento | veiculo" ran into the lead); a line that opens on a date is kept
@pytest.mark.parametrize("meta", [
    "05/10/2018 - Publicado por: Joana Exemplo - Categoria: Saúde - Tags: sad\n arrombamento\n veiculo",
    "Posted by Jo Example - Category: Health - Tags: clinic\n break-in",
])
def test_a_posts_metadata_line_and_its_tags_go(meta):
    from copydesk.ingest.text import clean_text
    lead = "A equipe do Serviço de Atendimento Domiciliar registrou nesta manhã o arrombamento de dois automóveis."
    text = f"{meta}\n{lead}\nOs veículos estavam sem as baterias.\nA polícia foi até o local."
    cleaned = clean_text(text).text
    assert cleaned.startswith(lead), cleaned
    kept = clean_text("05/10/2018 - A equipe registrou o arrombamento de dois automóveis.\nA polícia foi até o local.").text
    assert kept.startswith("05/10/2018 - A equipe"), kept


# a story's line run on after a caption, with "also" between its subject and verb (judge QI 05: "Edward Byatt
# (behind Allen, left) was also involved in the fraud | Allen also splurged £8,700 ..." went with the caption)
def test_a_line_run_on_after_a_caption_with_also_before_its_verb():
    from copydesk.ingest.runon import captions_run_on
    caption = "Jo Example (behind Sample, left) was also involved in the mortgage scam"
    line = "Sample also splurged £8,700 on a holiday to Florida in 2009 when he took his children to Disney World."
    sentences = ["Sam Sample, 38, of Harlow, Essex, was ordered to pay back £500,000 today.", f"{caption} {line}",
                 "The court heard he hid the fraud by buying and trading properties."]
    out, paragraphs = captions_run_on(sentences, [[0, 1, 2]])
    assert out[1:3] == [caption, line], out
    assert paragraphs == [[0, 1, 2, 3]]


# a court named a little further in still tells the story's town (judge QI 05: "The Old Bailey heard" as the
# seventh sentence, a line regained before it, lost "London")
def test_a_court_in_the_seventh_sentence_names_the_town():
    from copydesk import rewrite
    lines = ["A meat trader who swindled cash through a mortgage fraud scam was ordered to pay back £500,000 today.",
             "Sam Sample, 38, of Harlow, Essex, travelled first class around the world with his girlfriend.",
             "The couple spent £7,600 on a single trip in 2009.",
             "They also stayed at the best hotels wherever they went.",
             "Sample also splurged £8,700 on a holiday with his children.",
             "He bought a boat and two cars with some of the money.",
             "The Old Bailey heard that he hid the fraud by buying and trading properties.",
             "Officers are still searching a warehouse in Essex for more of the cash."]
    assert rewrite(" ".join(lines)).dateline.place == "London, United Kingdom"


_LATEST = ("The Latest: Ferry runs aground off Northtown\n"
           "NORTHTOWN (AP) — The Latest on a ferry that ran aground off Northtown (all times local):\n"
           "9 p.m.\n"
           "Coast guard officials say all 212 passengers have been taken off a ferry that ran aground off Northtown.\n"
           "The last passengers reached the harbour by lifeboat shortly after dark.\n"
           "___\n"
           "3:40 p.m.\n"
           "A ferry carrying more than 200 passengers has run aground off Northtown.\n"
           "Harbour master Jo Example says the ferry struck a sandbank in fog as it left port.\n"
           "Officials did not immediately provide any other details.\n")


# a wire's running file: each older update's lede and its stale line go, its other lines stay (judge QJ 06: an AP
# "The Latest" page ran its lede twice and ended on "Officials did not immediately provide any other details")
def test_a_running_files_older_lede_and_stale_line_go():
    from copydesk import rewrite
    body = " ".join(s.text for para in rewrite(_LATEST).body for s in para)
    assert "has run aground off Northtown" not in body and "did not immediately provide" not in body, body
    assert "struck a sandbank in fog" in body and "212 passengers" in body, body
    # (without the rules between updates, no running file: nothing goes)
    from copydesk.ingest.latest import older_ledes
    lines = _LATEST.replace("___\n", "").split("\n")
    assert older_ledes(lines) == (lines, 0)


# a deck that quotes the speaker whose words the story gives again in their paragraph goes, and the story keeps its
# line (judge QJ 04: the deck led, "the tech giant" before the firm was named, and the story's line was cut)
def test_a_quoted_deck_goes_and_the_story_keeps_the_quotation():
    from copydesk.ingest.roles import roles
    sentences = ['"You will see things our service can do that no other platform can," says Jo Example, head of games '
                 'at the tech giant.',
                 "Northtown Labs' long-awaited game streaming service launched on Tuesday morning.",
                 '"The service was built from the ground up for the cloud," Jo Example, head of games at Northtown Labs, '
                 'told reporters.',
                 '"You will see things our service can do that no other platform can."',
                 "The service costs $9.99 a month."]
    assert roles(sentences) == ["caption", "lead", "quote", "quote", "body"]


# the writer's own line with its picture's mark is no caption (judge QJ 07: "Prior to Mophie's solution, I spent a few
# months testing Nomad's version (pictured above) ..." went, and "Both offer ..." pointed at nothing); a caption with
# a speaker's first person inside its marks stays one
@pytest.mark.parametrize("line, is_caption", [
    ("Before this one, I spent a few months testing the Northtown version (pictured above) that launched first.", False),
    ("Jo Example (left) said: 'I was there when it happened' as she left court.", True),
    ("Jo Example (left) and Sam Sample at the launch of the Northtown charger on Monday.", True),
])
def test_the_writers_own_line_with_a_picture_mark(line, is_caption):
    from copydesk.ingest.captions import caption
    assert caption(line, 5) is is_caption


# an opinion page (by its address) carries no place in its dateline: it is written about places, not from one
# (judge QJ 10: a newspaper's editorial on Hong Kong datelined "Hong Kong"); a news page's address leaves it
@pytest.mark.parametrize("path, place", [
    ("/commentisfree/2019/nov/18/the-view-on-the-city", None),
    ("/opinion/why-the-city-matters", None),
    ("/world/2019/nov/18/protests-in-the-city", "Hong Kong"),
])
def test_an_opinion_pages_dateline_names_no_place(path, place):
    from copydesk import rewrite
    text = ("Thousands of protesters marched through central Hong Kong on Sunday as the unrest entered its sixth month. "
            "Police in Hong Kong fired tear gas at crowds near the harbour. "
            "The city's leader said order would be restored. "
            "Schools in Hong Kong were closed for a third day.")
    assert rewrite(text, url="http://127.0.0.1" + path).dateline.place == place


# "The host nation" refers back to the country a line before it told hosting: it stays with that line (judge QK 04:
# a paragraph broke between "Equatorial Guinea stepped in to stage the finals ..." and "The host nation was also ...")
@pytest.mark.parametrize("line, dependency", [
    ("The host nation was also at the centre of the incident that led to the row.", "reference “The host nation”"),
    ("The host city will welcome more than a million fans next summer.", "reference “The host city”"),
])
def test_the_host_nation_refers_back(line, dependency):
    from copydesk.ingest.dependency import opening_dependency
    assert opening_dependency(line) == dependency

"""Session 57's editor rules, on invented text: each case is a fault a copy-editor judge found in a
real rewrite, or a guard that pins what a rule must not do."""

from __future__ import annotations

import pytest

from copydesk import rewrite
from copydesk.engines.headline import trim
from copydesk.engines.progressive import base_of_ing, simple_present
from copydesk.setting import salient_place


# an "-eing" word's base is its stem whole: "eyeing" is "eye", never "eyee" (which gave "Arsenal Eyees")
@pytest.mark.parametrize(("word", "base"), [("eyeing", "eye"), ("seeing", "see"), ("canoeing", "canoe"),
                                            ("fleeing", "flee"), ("comparing", None), ("getting", "get")])
def test_an_eing_words_base_is_its_stem(word, base):
    assert base_of_ing(word) == base


def test_a_progressive_of_an_eing_verb_takes_its_stem():
    assert simple_present("Harbour club is eyeing a new keeper") == "Harbour club eyes a new keeper"
    assert simple_present("Rowers are canoeing down the river") == "Rowers canoe down the river"


# a named person's view of how things stand keeps its speaker (judge RK 09: "New Legislation Reflects Needs
# of Bolivia" told a vice-president's view as the desk's fact); an event told, or a body's words, as before
@pytest.mark.parametrize(("sentence", "head"), [
    ("Vice-Minister Jo Anne Example said the new harbour law reflects the needs of the islands.",
     "new harbour law reflects needs of islands, Vice-Minister says"),
    ("Councillor Sam Sample said the new bridge is good for the whole town and its shops.",
     "new bridge is good for whole town and shops, Sample says"),
    ("Councillor Sam Sample said the new bridge was opened to traffic on Monday morning.",
     "new bridge opened to traffic"),
    ("Councillor Sam Sample said the new bridge is expected to open to traffic next month.",
     "new bridge expected to open to traffic next month"),
    ("Northtown Council said the new bridge is good for the whole town and its shops.",
     "new bridge is good for whole town and shops"),
])
def test_a_persons_view_keeps_its_speaker_in_the_headline(sentence, head):
    assert trim(sentence) == head


# a speaker's words told on from the story's line, past a caption run in near the top, ship with that line
# (judge RM 06: Mertesacker's "He said: 'I've got some nice experiences ...'" was cut as the caption's)
def test_a_speakers_words_after_a_caption_near_the_top_ship():
    text = ("Harbour defender Jo Example has tipped compatriot Sam Sample to make his mark in the Northtown league. "
            "Sample, 47, announced earlier this week that he would end his stint at the harbour club. "
            "Northtown have already indicated that Sample is not in their sights, but Example insists Sample would "
            "be a good fit in the league. "
            "Sam Sample has revealed he will be leaving the harbour club at the end of the season Jo Example says "
            "Sample would be a top manager in the league Sample chats with a defender during training on Wednesday "
            "He said: 'I've got some nice experiences in the league and it would be nice if he took the challenge.' "
            "The club will name a new manager in the summer, its chairman said. "
            "The harbour club finished fourth in the league last season.")
    body = " ".join(s.text for para in rewrite(text).body for s in para)
    assert "He said: 'I've got some nice experiences" in body
    assert "Sample chats with a defender" not in body


# where the subject was gives way to what it did, told in its "when" (judge RM 12: "Intrepid Sheepdog Was at
# Controls"); a path's first leg ends the headline at its comma
@pytest.mark.parametrize(("sentence", "head"), [
    ("Like a scene from a cartoon, the clever sheepdog was at the controls when he sent the harbour tractor down a "
     "steep bank, on to the busy road and into the central barrier.",
     "clever sheepdog sends harbour tractor down steep bank"),
    # (not a deed of someone else's: "he" is no woman)
    ("The woman was at home in Northtown when he broke the window of the kitchen.",
     "woman was at home in Northtown when he broke window of kitchen"),
])
def test_a_deed_told_in_when_heads_over_where_its_doer_was(sentence, head):
    assert trim(sentence) == head


# a caption run on into the copy from its closing mark, with no stop, is cut there: the caption goes and the
# copy's line ships; a picture of someone the story never named, set as its last line, goes (judge RM 12)
_DOG_STORY = (
    "A sheepdog called Rex drove a quad bike across the harbour road in Northtown yesterday morning. "
    "Drivers watched the quad bike roll down the slipway and stop against the harbour wall. "
    "Farmer Jo Example said he had left the engine running while he checked on a ewe. "
    "'I turned around and the bike was gone,' he said. "
    "Harbour Roads tweeted that a dog had 'taken charge of a quad bike' before adding, 'honestly, not joking' "
    "Officers cleared the harbour road within half an hour and Rex was returned to his owner at the farm. "
    "No one was hurt, and the quad bike was only lightly damaged, police said. "
    "'I think his driving days are over,' Mr Example said. "
    "Biscuit, a spaniel cross from the next county, was pictured riding a tractor down a lane in 2012.")


def test_a_caption_run_on_from_its_closing_mark_is_cut_from_the_copy():
    body = " ".join(s.text for para in rewrite(_DOG_STORY).body for s in para)
    assert "Officers cleared the harbour road within half an hour" in body
    assert "honestly, not joking" not in body
    assert "Biscuit" not in body
    assert "'I think his driving days are over,' Mr Example said." in body


# a place someone may choose to go, a party is due back in, or a tour began in, is not where the story is
# (judge RM 06: "England, United Kingdom" from "if he opts to continue his career in England"; judge RK 11:
# "due back in the UK on Friday ..., after a five-day tour that began in Poland")
@pytest.mark.parametrize("sentences", [
    ["Harbour defender Jo Example has tipped Sam Sample to make his mark in the league if he opts to continue his "
     "career in England.", "Sample, 47, announced this week that he would leave the club.",
     "The club said it would name a successor soon."],
    ["The royal couple visited a school on the last day of their tour.", "The party are due back in the UK on Friday evening.",
     "The children sang for the couple."],
    ["The royal couple visited a school on the last day of their tour.",
     "It came after a five-day tour that began in Poland on Monday.", "The children sang for the couple."],
])
def test_a_place_to_come_or_left_behind_sets_no_dateline(sentences):
    assert salient_place(sentences) is None


def test_a_place_the_story_is_in_still_sets_the_dateline():
    assert salient_place(["Jo Example has been named the best player in England after a fine season.",
                          "Example, 27, scored 30 goals.", "He said he was delighted."]) == "England, United Kingdom"


# a line after a glued caption block leans on the story's line before it when the caption's last person is the
# story's own (judge RK 01: "He has built up the haul of antiques ..." went with the captions before it)
_AUCTION = (
    "Veteran actor Jo Example is selling his collection of antiques at auction in Northtown this weekend. "
    "The collection includes swords, paintings and a longbow said to date from the Middle Ages. "
    "Mr Example, 89, said he had decided to sell because he was moving to a smaller home. "
    "'Downsizing makes for sadness,' he said. 'The auction house has taken away much of the pain.' "
    "Historical: An early painting of the harbour at dawn, by Sam Sample Auction: The objects are being sold at the "
    "harbour saleroom in Northtown on Saturday Pride: Mr Example pictured in 2012 with the longbow from his collection "
    "He has built up the haul of antiques thanks to his interest in classic literature and military history. "
    "Mr Example studied English at a college in Northtown before he turned to acting. "
    "The auction begins at ten in the morning.")


def test_a_line_after_a_glued_caption_of_the_storys_person_ships():
    body = " ".join(s.text for para in rewrite(_AUCTION).body for s in para)
    assert "He has built up the haul of antiques" in body
    assert "Pride:" not in body


# a lead's standing fact, then "But this year ..." and the change: the change heads the story; and a line the
# picture's question to the reader points at ("Would you eat this?") is that caption's (judge RK 08: "Fortnum &
# Mason's Chotch Egg Is World's First Gourmet Chocolate Scotch Egg", a caption, headed an Easter round-up)
_EGGS = (
    "They are the treats we most look forward to at the harbour fair, and in Northtown alone more than a million "
    "of them are eaten every year. "
    "But this year the traditional harbour buns have undergone a dramatic makeover, appearing in bakeries made of "
    "seaweed, cheese and smoked fish. "
    "Grab a plate as we take a look at the most unusual buns in the county. "
    "The Harbour Bakery's fish bun is the county's first smoked fish bun. "
    "Would you eat this? "
    "The seaweed bun has a strong, rather salty aftertaste . "
    "The seaweed bun, £2, is made with seaweed gathered from the harbour wall every morning. "
    "The bakers said the cheese bun had sold out twice in its first week on sale. "
    "Each bun is baked fresh every morning at the bakery on the quay.")


def test_the_change_after_a_standing_fact_heads_the_story():
    result = rewrite(_EGGS)
    assert result.headline == "Traditional Harbour Buns Undergo Dramatic Makeover"
    body = " ".join(s.text for para in result.body for s in para)
    assert "fish bun is the county's first" not in body


def test_an_irregular_participle_in_the_source_makes_its_present_a_known_verb():
    from copydesk.engines.verbs import presents_of_pasts
    source = frozenset("the buns have undergone a makeover".split())
    assert "undergo" in presents_of_pasts("traditional buns undergo dramatic makeover", source)
    assert "man" not in presents_of_pasts("police man barricades", frozenset({"men"}))


# a page its publisher files as opinion, or one paid for, is labelled so in its headline (judges RO 05, RO 07, RO 08:
# a column, an editorial and a sponsored post ran as news in the paper's own voice); one that says so already is not
@pytest.mark.parametrize(("headline", "opinion", "sponsored", "labelled"), [
    ("Harbour Merger Bodes Ill for Local News", True, False, "Opinion: Harbour Merger Bodes Ill for Local News"),
    ("Simple Harbour Walk With Kids", False, True, "Sponsored: Simple Harbour Walk With Kids"),
    ("Simple Harbour Walk With Kids", True, True, "Sponsored: Simple Harbour Walk With Kids"),
    ("The Northtown Gazette View on the Harbour: A Town on the Brink", True, False,
     "The Northtown Gazette View on the Harbour: A Town on the Brink"),
    ("Opinion: The Harbour Plan Is a Bad Deal", True, False, "Opinion: The Harbour Plan Is a Bad Deal"),
    ("Harbour Reopens After Storm", False, False, "Harbour Reopens After Storm"),
])
def test_an_opinion_or_sponsored_page_is_labelled_in_its_headline(headline, opinion, sponsored, labelled):
    from copydesk.check.opinion import labelled_headline
    assert labelled_headline(headline, opinion=opinion, sponsored=sponsored) == labelled


def test_the_rewrite_of_a_column_page_is_labelled_opinion(http_server):
    from click.testing import CliRunner

    from copydesk.cli import main

    url = http_server.url("/fixtures/web/opinion/harbour-column.html")
    result = CliRunner().invoke(main, ["rewrite", url, "--allow-private"])
    assert result.exit_code == 0, result.output
    assert "\n**Opinion: " in result.stdout


# a sponsor's line the desk takes out as page furniture before the sentences are read is still noted (judge RO 08)
def test_a_sponsors_line_taken_out_before_the_sentences_is_noted():
    from copydesk.check.sponsored import sponsored_note
    text = "This shop has been compensated by Example Inc. and its advertiser. All opinions are mine.\nWe walked up."
    note = sponsored_note(["We walked up."], text)
    assert note is not None and "“This shop has been compensated by Example Inc.”" in note
    assert sponsored_note(["We walked up."], "We walked up. It was a fine day.") is None


# a caption run on into a speaker's line after a sum ("... worth £7,600 | Mr Evans told the jury: '...'") is cut there:
# the speaker's line ships (judge RN 05: the prosecutor's quote went with the caption)
def test_a_speakers_line_run_on_after_a_captions_sum_is_cut_from_it():
    from copydesk.ingest.runon import captions_run_on
    caption = ("The pair stayed at top hotels on at least eight holidays costing £30,000, including a trip to the harbour "
               "in 2009 worth £7,600 Mr Sample told the jury: 'Jo Example lived an enviable lifestyle and stayed in "
               "luxury hotels.'")
    sentences = ["Jo Example, 38, of Northtown, was ordered to pay back £500,000 today.",
                 "The court heard that he hid the fraud by buying and selling houses in the town.",
                 "Jo Example was jailed for six years for mortgage fraud and money laundering in 2013.",
                 "The pair stayed at top hotels on at least eight holidays costing £30,000, including a trip to the "
                 "harbour in 2009 worth £7,600.",
                 caption,
                 "The judge ordered Example to pay back the money within three months."]
    out, _ = captions_run_on(sentences, [[k] for k in range(len(sentences))])
    assert "Mr Sample told the jury: 'Jo Example lived an enviable lifestyle and stayed in luxury hotels.'" in out


# every bare surname of a headline is named in full, not the first alone (judge RN 06: "Emma Jackson Forced to
# Move Home Because of Ray")
def test_each_surname_in_a_headline_is_named_in_full():
    from copydesk.engines.headnames import in_full
    names = {"Jackson": "Jo Jackson", "Ray": "Sam Ray"}
    assert in_full("Ms Jackson forced to move home because of Mr Ray", names.get, 14) \
        == "Jo Jackson forced to move home because of Sam Ray"
    longer = {"Jackson": "Jo Jackson", "Ray": "Sam Example Ray"}
    assert in_full("Ms Jackson forced to move home because of Mr Ray", longer.get, 11) \
        == "Jo Jackson forced to move home because of Mr Ray"  # (no room for the second name)


# a speaker's quotation the page left open around its picture ("... told the Gazette: 'It will be a great game ...
# That means it will be a spectacle. [caption ... on Sunday .] 'Northtown are a great side ...'") ships whole, its
# caption left out (judge RP 04: the quotation went with the caption)
_PREVIEW = (
    "Harbour star Jo Example feels his team's cup tie with Northtown will prove a real spectacle. "
    "The striker is expecting more goals after the harbour side won their last match 6-1. "
    "Harbour and Northtown meet on April 15 in the town, and Example told the Gazette: 'It will be a great game "
    "between two great teams with excellent players. That means it will be a real spectacle. "
    "Harbour star Jo Example feels his team's tie with Northtown will prove a real 'spectacle' Example pictured "
    "during training with Harbour on Saturday as they prepare for the cup tie on Sunday . "
    "'Northtown are a great side with plenty of good players. We know it will be a great show.' "
    "Example has proved a good fit at the harbour club alongside Sam Sample.")


def test_a_quotation_left_open_around_its_picture_ships_whole():
    from copydesk.segment import split_sentences
    pieces = split_sentences(_PREVIEW)
    assert "That means it will be a real spectacle." in pieces
    body = " ".join(s.text for para in rewrite(_PREVIEW).body for s in para)
    assert "That means it will be a real spectacle." in body
    assert "We know it will be a great show.'" in body
    assert "pictured during training" not in body


# a quotation closed before its stop ('... of that".') ends its sentence: the next one is the paper's (judge RN 07:
# the paper's lines ran on after a quotation's close into one wall)
def test_a_stop_after_a_closing_mark_ends_the_sentence():
    # (the cut made after the splitter's pieces, which the marks counted over a whole page decide: the splitter
    # reads no end there on the real page, and does on a short one)
    from copydesk.segment import _CLOSED_THEN_NEXT
    piece = ('"And we are much stronger as a result of that". He welcomed the new harbour powers, but said the bill '
             'did not go far enough.')
    assert _CLOSED_THEN_NEXT.split(piece) == ['"And we are much stronger as a result of that".',
                                                "He welcomed the new harbour powers, but said the bill did not go far enough."]
    assert _CLOSED_THEN_NEXT.split('He called it "the best" in 2014.') == ['He called it "the best" in 2014.']


# a sponsor's line about one item of a round-up labels no headline (a pair's judge: an IGN deals round-up with one
# sponsored deal is no sponsored page); a line about the page does
def test_a_sponsored_item_of_a_round_up_labels_no_headline():
    from copydesk.check.sponsored import ONE_ITEM_SPONSORED, sponsored_note
    item = sponsored_note(["This sponsored deal is brought to you by Example Passwords."])
    page = sponsored_note(["This post is sponsored by Example Outdoors."])
    assert item is not None and ONE_ITEM_SPONSORED.search(item)
    assert page is not None and not ONE_ITEM_SPONSORED.search(page)

"""Session 65's editor rules, on invented text: each case is a fault a copy-editor judge found in a real rewrite,
or a guard that pins what a rule must not do."""

from __future__ import annotations

from copydesk.engines.definites import lead_indefinite
from copydesk.engines.headcuts import without_degree
from copydesk.engines.headline import write_headline
from copydesk.engines.headlinese import headlinese, without_praise
from copydesk.engines.housestyle import house_style
from copydesk.engines.tense import headline_aux, headline_future
from copydesk.ingest.roles import role_of
from copydesk.ingest.typos import garbled
from copydesk.setting import salient_place
from shipping import body_paragraphs, roles_read

# a paper's court story with a picture's caption run in: the caption tells again, with no stop, a line the story told
# a few lines before, and the story's next line (a name, an aside that says who she is, and her verb) runs on after it
# (a real rewrite shipped "... while serving in Kandahar Jo Sample, the branch's new manager, also said ..." as one line)
_RETOLD_GLUED = (
    "A respected building society manager who stole £90,000 from his elderly customers has been told to pay it back. "
    "Sam Example, 52, took money from the accounts of seven pensioners who banked at his branch in Northtown. "
    "He was jailed for 14 months at Northtown Crown Court in March after admitting fraud. "
    "At the hearing, his lawyer said the manager turned to gambling after his son was badly injured by a bomb while "
    "serving with the Army in Kandahar. "
    "The court heard that all of the money was paid into online betting accounts over a year. "
    "Two of his victims said in statements that they no longer trusted banks with their savings. "
    "Example's thefts took place at the society's branch in Northtown (pictured). "
    "The manager was said to have turned to gambling after his son was badly injured by a bomb while serving in "
    "Kandahar Jo Sample, the branch's new manager, also said in a statement that the thefts had hurt the whole town. "
    "Example still lives in the town with his wife and works in a corner shop. "
    "A judge ordered him to repay the money within three months or serve a further year in prison."
)


def test_a_retold_caption_run_on_before_a_named_speaker_and_her_aside_goes_and_her_line_ships():
    paragraphs = body_paragraphs(_RETOLD_GLUED)
    body = " | ".join(paragraphs)
    assert "serving in Kandahar Jo Sample" not in body
    assert any(p.startswith("Jo Sample, the branch's new manager, also said in a statement") for p in paragraphs)
    assert body.count("turned to gambling") == 1


def test_a_named_speaker_and_her_aside_after_a_line_that_tells_nothing_again_stay_in_it():
    # (after the caption, a line that tells no story line again and ends on a town: the same words are one sentence)
    text = _RETOLD_GLUED.replace("The manager was said to have turned to gambling after his son was badly injured by "
                                 "a bomb while serving in ", "Customers who trusted him included a retired nurse who served "
                                 "in ")
    body = " | ".join(body_paragraphs(text))
    assert "retired nurse who served in Kandahar Jo Sample, the branch's new manager, also said" in body


def test_a_headline_states_plainly_what_the_paper_praised():
    lead = ("A respected Northtown building society manager who stole £90,000 from his customers will have to pay "
            "back every penny.")
    rest = ["Sam Example, 52, took money from the accounts of seven pensioners.",
            "He was jailed for 14 months at Northtown Crown Court in March after admitting fraud."]
    head = write_headline([lead, *rest], 0)
    assert "Respected" not in head
    assert head.startswith("Northtown Building Society Manager")
    kite = ["A team of 40 flyers has taken a kite measuring an astonishing 600 metres to a festival in Northtown.",
            *rest]
    assert "Kite Measuring 600 Metres" in write_headline(kite, 0)


def test_praise_that_is_a_verb_or_a_speakers_word_stays():
    assert without_praise("scientist pioneering new treatments wins award") == \
        "scientist pioneering new treatments wins award"
    assert without_praise("Northtown win after stunning Southville") == "Northtown win after stunning Southville"
    assert without_praise("Jo respected decision of board") == "Jo respected decision of board"
    assert without_praise("agency for beautiful and talented people") == "agency for beautiful and talented people"
    assert without_praise("Staggering home from pub, man fell into canal") == \
        "Staggering home from pub, man fell into canal"
    assert without_praise("Beautiful South singer Jo Example donates guitar") == \
        "Beautiful South singer Jo Example donates guitar"
    assert without_praise("one doting dad teaches son to fly") == "one doting dad teaches son to fly"
    # (an article before the word read again for the word after it)
    assert without_praise("new mayor is a glamorous actress") == "new mayor is an actress"
    assert without_praise("firm calls itself 'an agency for beautiful people'") == \
        "firm calls itself 'an agency for beautiful people'"


def test_a_count_and_its_unit_before_a_noun_are_hyphenated():
    assert house_style("He was handed a three year community order.") == "He was handed a three-year community order."
    assert house_style("A 15 year old boy was hurt on the 10 mile route.") == \
        "A 15-year-old boy was hurt on the 10-mile route."
    body = " | ".join(body_paragraphs(_RETOLD_GLUED.replace("He was jailed for 14 months",
                                                            "He was given a two year sentence")))
    assert "given a two-year sentence" in body


def test_a_speakers_words_a_length_told_and_a_minute_scored_in_keep_their_spelling():
    for text in ("He said: 'I served a three year sentence.'",
                 "He served three years jail and left one day later.",
                 "Example scored an 87 minute winner for Northtown.",
                 "They met five year ago."):
        assert house_style(text) == text
    # (a sentence of a quotation run over several sentences, whose marks stand in another)
    assert house_style("I worked an eight hour shift twice a week.", in_quote=True) == \
        "I worked an eight hour shift twice a week."


def test_a_long_lead_loses_an_adverb_of_no_news_and_keeps_for_a_decade():
    lead = ("Patients with advanced bone disease in Northtown have finally been offered the first new treatment for a "
            "decade after a long campaign by doctors.")
    rest = ["Trials show the drug gives patients around four months of extra life.",
            "The drug has now been licensed by regulators."]
    assert write_headline([lead, *rest], 0) == \
        "Patients With Advanced Bone Disease in Northtown Offered First New Treatment for a Decade"
    assert headline_aux("Women With Bone Cancer Are to Undergo New Treatment") == \
        "Women With Bone Cancer to Undergo New Treatment"


def test_an_adverb_that_limits_what_was_done_or_is_the_news_stays():
    assert without_degree("claim was effectively denied by club") == "claim was effectively denied by club"
    assert without_degree("plan has not formally been dropped") == "plan has not formally been dropped"
    assert without_degree("first officially recognised opposition group") == "first officially recognised opposition group"
    # (an article before the adverb read again for the word after it)
    assert without_degree("an ultimately fatal mistake by club") == "a fatal mistake by club"
    # ("a lifetime ban" loses its article as any other; only "for a decade" at a phrase's end keeps it)
    assert headlinese("striker handed a lifetime ban") == "striker handed lifetime ban"
    assert headlinese("first new scanner for a decade") == "first new scanner for a decade"


def test_two_verbs_of_saying_run_together_are_a_garble():
    assert garbled("Her guardian, who has seen the child and says told the court that the girl is well, was not there.")
    assert not garbled("Her guardian, who has seen the child, told the court that the girl is well.")
    assert not garbled("What she said told the jury everything it needed to know about the night.")


def test_an_event_the_first_sentence_tells_as_known_is_told_as_new():
    text = ("Sam Example, 36, died following the collision on the B1234 near Northtown on Sunday. "
            "Jo Sample, 46, failed to spot the motorcyclist as he turned his van right. "
            "Sample pleaded guilty to causing death by careless driving at Northtown Magistrates' Court. "
            "He was fined £1,000 and banned from driving for two years.")
    paragraphs = body_paragraphs(text)
    assert paragraphs[0].startswith("Sam Example, 36, died following a collision on the B1234")
    # (an event named by what follows it, or one in a quotation, keeps "the")
    assert lead_indefinite("Ten people died in the crash of Flight 123 on Sunday.") == \
        "Ten people died in the crash of Flight 123 on Sunday."
    assert lead_indefinite("He said: 'We arrived after the fire was out.'") == \
        "He said: 'We arrived after the fire was out.'"


def test_an_attribution_is_not_moved_before_a_phrase_that_sums_up():
    line = "In sum, more than 400 people are expected to receive notice in the coming weeks, according to two managers."
    assert house_style(line, lowercase={"more", "in"}) == line
    moved = house_style("More than 400 people are expected to receive notice in the coming weeks, according to two "
                        "managers.", lowercase={"more"})
    assert moved == "According to two managers, more than 400 people are expected to receive notice in the coming weeks."


# a manager's story with the page's captions run in: one names him in full again, with a role, and tells the lead
# again, right before another caption (a real rewrite shipped it as copy, or, read as a caption, lost the speaker's
# words after it, whose "He said:" could no longer reach back past the two captions)
_RENAMED = (
    "Sam Example has claimed 'people with agendas of their own' had a hand in his exit as Northtown manager, "
    "describing the situation as 'a bit of a circus'. "
    "The 61-year-old blamed a back problem for his decision to leave the struggling club in March. "
    "However, Example told a radio programme there was more to his decision than his health. "
    "Former Northtown boss Sam Example has described the club as 'like a bit of a circus' after leaving in March. "
    "Striker Jo Sample celebrates after scoring in Northtown's 2-2 draw with Southville on Tuesday night. "
    "He said: 'I always thought I had everyone with me and then I felt some were and some weren't. "
    "It was like a bit of a circus. The club was in the paper every single day.' "
    "Northtown are now two points from safety under their new manager."
)


def test_a_line_that_names_someone_in_full_again_before_a_caption_is_one_and_the_speaker_keeps_his_words():
    read = roles_read(_RENAMED)
    again = next(s for s in read if s.startswith("Former Northtown boss"))
    assert read[again] == "caption"
    body = " | ".join(body_paragraphs(_RENAMED))
    assert "Former Northtown boss" not in body
    assert "than his health. He said: 'I always thought" in body.replace(" | ", " ")


def test_a_line_that_names_someone_in_full_again_with_news_of_its_own_stays():
    # (a figure the copy never told: news, not a caption)
    text = _RENAMED.replace("after leaving in March.", "after leaving in March with three games left.")
    read = roles_read(text)
    again = next(s for s in read if s.startswith("Former Northtown boss"))
    assert read[again] != "caption"


# a text that lost its first sentence: its lead is a line of background with its year, and the story's line of now
# comes after it; the place of the old event is told again in a dated line (a real rewrite set "Daegu, South Korea")
_OLD_PLACE = [
    "Jo Sample, now 27, beat Sam Example to gold at the 2011 World Championships in Korea.",
    "This week she was given a ban and had earlier results annulled after a sample from 2009 was re-tested.",
    "The national anti-doping agency punished Sample with a two-year ban, backdated to 22 June 2013.",
    "It also annulled her results from 15 August 2009 to 14 August 2011 - a period that ended just 16 days before she "
    "won world gold in Daegu with a personal best.",
    "Example's coach wants the sport's governing body to have a long, hard look at the punishment.",
    "The governing body said it is awaiting a full explanation before deciding whether to act.",
]


def test_a_place_told_only_in_lines_dated_before_the_storys_latest_year_is_no_dateline():
    assert salient_place(_OLD_PLACE) is None


def test_a_place_told_in_a_line_of_the_storys_latest_year_still_sets_it():
    now = [*_OLD_PLACE[:3], "On 20 June 2013 she was told of the ban at her home in Daegu.", *_OLD_PLACE[4:]]
    assert salient_place(now) == "Daegu, South Korea"


def test_a_future_after_a_possessive_subject_is_told_as_headlines_tell_it():
    assert headline_future("Northtown Trust's Chief Will Decide Which Tree Represents Country") == \
        "Northtown Trust's Chief to Decide Which Tree Represents Country"
    # (after a noun an infinitive tells the aim of, "to" would read as the thing's name)
    assert headline_future("Northtown Trust's Annual Contest Will Decide Which Tree Represents Country") == \
        "Northtown Trust's Annual Contest Will Decide Which Tree Represents Country"
    assert headline_future("Trust Says 'It Will Decide'") == "Trust Says 'It Will Decide'"


def test_a_line_that_tells_the_reader_where_to_act_on_the_web_is_promotion():
    assert role_of("Fans are being urged to sign up for the match via example.org/northtown.", 8, 10) == "promo"
    assert role_of("Tickets are priced at £10 and are available from www.example.co.uk.", 9, 10) == "promo"
    # (a fact about a web address, or an offer with none, is copy)
    assert role_of("He posted the video on example.com before the match began on Saturday.", 8, 10) != "promo"
    assert role_of("The full report is available on the council website from Monday.", 8, 10) != "promo"
    assert role_of("The gunman was able to buy the ammunition he used from Amazon.com.", 8, 10) != "promo"
    assert role_of("Touts were selling tickets for up to £500 each on Viagogo.com.", 8, 10) != "promo"
    assert role_of("Donations can be made at www.example.org/jo-sample.", 9, 10) == "promo"

"""Cleanup of pasted text: decoding, residue, wire datelines, bylines, quotes untouched."""

from __future__ import annotations

import codecs

import pytest

from copydesk.errors import BinaryInput
from copydesk.ingest.language import _plainly_english, detect_language
from copydesk.ingest.text import clean_text, decode_bytes, take_wire_dateline

ARTICLE = (
    "The city council approved the budget on Monday. "
    "\u201cThis is a good day,\u201d the mayor said. Spending rises by 4.5% next year."
)


# --- decoding ----------------------------------------------------------------------


def test_utf8_with_and_without_bom():
    assert decode_bytes(ARTICLE.encode("utf-8")) == ARTICLE
    assert decode_bytes(codecs.BOM_UTF8 + ARTICLE.encode("utf-8")) == ARTICLE


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(encoding):
    bom = codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE
    assert decode_bytes(bom + ARTICLE.encode(encoding)) == ARTICLE


def test_legacy_charset_is_detected():
    text = ("Le conseil municipal a approuvé le budget lundi à l'unanimité. Les élus ont salué "
            "une décision équilibrée pour l'été prochain. Les dépenses augmentent de façon modérée. ") * 3
    assert decode_bytes(text.encode("cp1252")) == text


def test_nul_bytes_are_binary():
    with pytest.raises(BinaryInput, match="binary data, not text - give a plain-text article"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def test_control_characters_are_binary():
    data = bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17]) * 50 + b"some text"
    with pytest.raises(BinaryInput, match="binary"):
        decode_bytes(data)


def test_broken_utf16_names_the_problem_and_fix():
    with pytest.raises(BinaryInput, match=r"utf-16-le byte-order mark but is not valid .* - re-save it as UTF-8"):
        decode_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8\x41")  # a lone surrogate, odd length


# --- residue -----------------------------------------------------------------------


def test_boilerplate_lines_are_dropped():
    raw = "\n\n".join([
        "The council approved the budget on Monday.",
        "Advertisement",
        "Share | Tweet | Email",
        "The mayor called it a good day for the city.",
        "Follow us on Twitter @citynews",
        "We use cookies to improve your experience. Accept all cookies",
        "Photo: Jane Roe/City News",
        "Click here to subscribe to our newsletter",
        "Spending rises next year.",
        "Read More",
    ])
    cleaned = clean_text(raw)
    assert cleaned.text == ("The council approved the budget on Monday.\n\n"
                            "The mayor called it a good day for the city.\n\n"
                            "Spending rises next year.")
    assert any("dropped 7 boilerplate lines" in n for n in cleaned.notes)


def test_long_lines_that_start_like_boilerplate_stay():
    line = ("Share prices fell sharply on Monday as investors weighed the council's decision to "
            "raise spending by 4.5% and borrow more than it had planned for next year's budget.")
    assert clean_text(line).text == line


def test_inline_residue_goes_but_not_inside_quotes():
    raw = ('The storm hit the coast. Scroll down for video . Residents fled. '
           'Media playback is not supported on this device "Scroll down for video" is what the '
           'sign said.')
    text = clean_text(raw).text
    assert "Scroll down for video ." not in text
    assert "Media playback" not in text
    assert '"Scroll down for video" is what the sign said.' in text


def test_trailing_read_more_on_the_last_line():
    assert clean_text("The storm hit the coast. Residents fled. Read More").text == (
        "The storm hit the coast. Residents fled.")


def test_whitespace_is_normalised_and_quote_characters_kept():
    raw = "  The mayor\u00a0said:   \u201cWe\u2019re  \u2018ready\u2019 \u2014 truly.\u201d\r\n  Next   line.\r\n\r\nNew para.  "
    cleaned = clean_text(raw)
    assert cleaned.text == ("The mayor said: \u201cWe\u2019re \u2018ready\u2019 \u2014 truly.\u201d\n\nNext line."
                            "\n\nNew para.")


def test_hard_wrapped_lines_join_and_sentence_ends_break():
    raw = ("The council met on Monday and\ndecided to raise the budget by a\nlarge amount. "
           "Then it adjourned.\nMembers went home early.")
    assert clean_text(raw).text == ("The council met on Monday and decided to raise the budget by a "
                                    "large amount. Then it adjourned.\n\nMembers went home early.")


def test_title_and_byline_lines_on_top_are_metadata():
    raw = ("Harbour reopens after fire\n\nBy Jane Roe, Staff Writer\n\n"
           "HALIFAX (CP) \u2014 The port reopened on Tuesday. It was closed for four days.\n\n"
           "Workers returned to the docks.")
    cleaned = clean_text(raw)
    assert cleaned.title == "Harbour reopens after fire"
    assert cleaned.byline == "Jane Roe"
    assert cleaned.wire_dateline == "HALIFAX (CP) \u2014"
    assert cleaned.text.startswith("The port reopened on Tuesday.")


def test_a_one_line_web_extract_keeps_its_title_apart():
    raw = ("Ferry to sail twice a day\nKIRKWALL, Scotland - The ferry will run twice a day from next "
           "month, the council said on Tuesday.\nThe council approved the budget.\nIslanders cheered.")
    cleaned = clean_text(raw)
    assert cleaned.title == "Ferry to sail twice a day"
    assert cleaned.wire_dateline == "KIRKWALL, Scotland -"
    assert cleaned.text.split("\n\n") == [
        "The ferry will run twice a day from next month, the council said on Tuesday.",
        "The council approved the budget.", "Islanders cheered."]


def test_first_line_of_hard_wrapped_text_is_not_a_title():
    raw = ("The council met on Monday and decided to\nraise the budget by a large amount after\n"
           "a long debate. Members went home.")
    assert clean_text(raw).title is None


# --- wire datelines ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "wire", "place"),
    [
        ("ISLAMABAD: Pakistan is cautious.", "ISLAMABAD:", "Islamabad"),
        ("LONDON, England (CNN) -- The queen spoke.", "LONDON, England (CNN) --", "London, England"),
        ("WASHINGTON (AP) \u2014 The Senate voted.", "WASHINGTON (AP) \u2014", "Washington"),
        ("(CNN) -- A storm hit.", "(CNN) --", None),
        ("(CNN)A mysterious illness spread.", "(CNN)", None),
        ("Boston (CNN)Dzhokhar Tsarnaev was sentenced.", "Boston (CNN)", "Boston"),
        ("Sanaa, Yemen  (CNN) Airstrikes resumed.", "Sanaa, Yemen (CNN)", "Sanaa, Yemen"),
        ("LONDON (Reuters) - Shares fell.", "LONDON (Reuters) -", "London"),
        ("NEW DELHI \u2013 Monsoon rains arrived.", "NEW DELHI \u2013", "New Delhi"),
    ],
)
def test_wire_datelines_become_metadata(raw, wire, place):
    cleaned = clean_text(raw)
    assert cleaned.wire_dateline == wire
    assert cleaned.place_hint == place
    assert not cleaned.text.startswith(("(", wire))
    assert cleaned.text[0].isupper()


@pytest.mark.parametrize("raw", [
    "BREAKING: The council resigned.",
    "The council resigned: members left.",
    "NASA launched a probe on Monday.",
    "Mr Smith (AP) said nothing.",
])
def test_no_false_wire_dateline(raw):
    if raw.startswith("Mr Smith"):
        # A mixed-case name before an agency tag looks like a dateline; it is taken only
        # when a sentence follows, and the text keeps its sentence either way.
        assert clean_text(raw).text.endswith("said nothing.")
        return
    cleaned = clean_text(raw)
    assert cleaned.wire_dateline is None
    assert cleaned.text == raw


def test_take_wire_dateline_leaves_text_without_one():
    assert take_wire_dateline("The council met.") == ("The council met.", None, None)


def test_dailymail_byline_is_metadata():
    raw = ("By . Jane Roe . PUBLISHED: . 10:27 EST, 2 May 2013 . | . UPDATED: . 11:27 EST, 2 May 2013 . "
           "A man was arrested on Friday. Police said he was 35.")
    cleaned = clean_text(raw)
    assert cleaned.byline == "Jane Roe"
    assert cleaned.text == "A man was arrested on Friday. Police said he was 35."


# --- language ----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "lang"), [
    ("The city council approved the new budget on Monday after a long debate.", "en"),
    ("Der Stadtrat hat am Montag nach langer Debatte den neuen Haushalt beschlossen.", "de"),
    ("Le conseil municipal a adopté lundi le nouveau budget après un long débat.", "fr"),
    ("El ayuntamiento aprobó el lunes el nuevo presupuesto tras un largo debate.", "es"),
])
def test_detect_language(text, lang):
    assert detect_language(text) == lang


LONG = {
    # plain English prose, with curly quotes and one accented name: the cheap test says "en"
    "en": ("The council approved the new budget on Monday after a long debate, and the mayor "
           "said the money would go to schools and roads. \u201cIt is a good day for the city,\u201d "
           "said José Álvarez, who has led the council for six years. The vote was close, but "
           "the plan will take effect in the spring."),
    # Latin letters without accents, but not English: langid decides
    "nl": ("De gemeenteraad heeft maandag na een lang debat de nieuwe begroting goedgekeurd. Het "
           "is de eerste keer dat de stad een overschot heeft. De wethouder zei dat het geld naar "
           "de scholen en de wegen gaat. Er was veel kritiek van de oppositie op het plan."),
    "id": ("Dewan kota menyetujui anggaran baru pada hari Senin setelah perdebatan panjang. Ini "
           "adalah pertama kalinya kota itu memiliki surplus. Wali kota mengatakan uang itu akan "
           "digunakan untuk sekolah dan jalan, tetapi banyak kritik dari oposisi."),
    "fr": ("Le conseil municipal a adopté lundi le nouveau budget après un long débat. C'est la "
           "première fois que la ville a un excédent. Le maire a dit que l'argent irait aux écoles "
           "et aux routes, mais l'opposition a critiqué le plan pendant des heures."),
}


@pytest.mark.parametrize("lang", sorted(LONG))
def test_detect_language_of_longer_text(lang):
    assert detect_language(LONG[lang]) == lang


def test_plain_english_needs_enough_words_and_function_words():
    assert _plainly_english(LONG["en"])
    assert not _plainly_english(LONG["nl"])
    assert not _plainly_english("The council met on Monday.")  # too few words to tell


@pytest.mark.parametrize(("marks", "plain"), [
    ("\u201c\u201d\u2013\u2019\u2026", True),   # many marks beyond ASCII, no letter among them
    ("\u00e9\u00e8\u00ea\u00eb\u00e0", False),  # as many letters beyond ASCII: langid decides
])
def test_plain_english_counts_letters_beyond_ascii_not_marks(marks, plain):
    assert _plainly_english(LONG["en"].replace("\u201c", "\"").replace("\u201d", "\"") + " " + marks) is plain


def test_detect_language_without_letters():
    assert detect_language("12 34 56 !!!") == "und"


def test_undecodable_bytes_name_the_fix():
    with pytest.raises(BinaryInput, match=r"could not be decoded as text .* - convert it to UTF-8"):
        decode_bytes(bytes(range(128, 256)) * 20, name="story.txt")


def test_mojibake_is_repaired_and_noted_but_clean_text_is_untouched():
    from copydesk.ingest.text import clean_text

    bad = clean_text("The flat sold for Â£186,325 in May. Buyers said it was â€œa bargainâ€\x9d at that price.")
    assert "£186,325" in bad.text and "Â" not in bad.text
    assert "“a bargain”" in bad.text
    assert any("mis-decoded" in n for n in bad.notes)
    good = clean_text("The flat sold for £186,325 in May. Buyers said it was “a bargain” at that price. Café.")
    assert good.text.startswith("The flat sold for £186,325") and "“a bargain”" in good.text
    assert not any("mis-decoded" in n for n in good.notes)


# --- the fast paths give what the general ones give ---------------------------------------


def test_a_stop_before_closing_marks_ends_a_paragraph_and_a_mid_line_stop_does_not():
    raw = ('He said: "We are done.")\nNext line.\nIt went on. Then it\nwrapped here.\nThe end?\u201d\nLast.')
    assert clean_text(raw).text == ('He said: "We are done.")\n\nNext line.\n\nIt went on. Then it wrapped here.'
                                    '\n\nThe end?\u201d\n\nLast.')


@pytest.mark.parametrize("extra, dropped", [(24, True), (25, False)])
def test_boilerplate_line_word_limit_is_exact(extra, dropped):
    line = "Read more " + " ".join(["x"] * (extra - 1))  # "Read", "more" and extra-1 words
    raw = f"The storm hit the coast.\n\n{line}\n\nResidents fled."
    assert (line in clean_text(raw).text) is not dropped


@pytest.mark.parametrize("space", ["\t", "\f", "\v", "  ", "\u00a0", "\u2009", "\u3000"])
def test_every_odd_space_is_squeezed(space):
    assert clean_text(f"The storm{space}hit the coast. Residents fled.").text == (
        "The storm hit the coast. Residents fled.")


def test_zero_width_characters_go_and_ascii_text_is_kept_as_it_is():
    assert clean_text("The sto\u200brm hit the co\u00adast.").text == "The storm hit the coast."
    assert clean_text("The storm hit the coast. Residents fled.").text == "The storm hit the coast. Residents fled."


def test_residue_of_each_kind_goes():
    for residue in ("Scroll down for video .", "Media playback is not supported on this device.",
                    "Click here to read more.", "Follow @jane on Twitter.", "Share this article."):
        assert clean_text(f"The storm hit the coast. {residue} Residents fled.").text == (
            "The storm hit the coast. Residents fled.")


def test_a_share_bar_run_into_the_first_sentence_goes():
    from copydesk.ingest.text import clean_text
    text = ("Share this withEmailFacebookMessengerTwitterWhatsAppLinkedInCopy this linkSam Example died after "
            "a harbour crane fell on Monday.\n\nThe port was closed for the day.")
    assert clean_text(text).text.startswith("Sam Example died after a harbour crane fell")


def test_a_share_bar_with_linkedin_in_lower_case_and_a_copyright_line_go():
    from copydesk.ingest.text import clean_text
    text = ("Share this withEmailFacebookPinterestWhatsAppLinkedinCopy this linkSam Example died after "
            "a harbour crane fell on Monday.\n\nThe port was closed for the day. ©2015 The Harbour Gazette. "
            "All rights reserved.")
    cleaned = clean_text(text).text
    assert cleaned.startswith("Sam Example died after a harbour crane fell")
    assert "rights reserved" not in cleaned and "©" not in cleaned and "The port was closed for the day." in cleaned


def test_a_captions_label_run_on_after_a_line_with_no_stop_starts_a_line():
    from copydesk.segment import split_sentences
    text = ("Crews searched the harbour as the police tried to find where the boat had gone Reports: "
            "Reports from the quay said a horn sounded at 8pm. The boat was found on Tuesday. "
            "It shares a border with Northland: Southland.")
    assert split_sentences(text) == [
        "Crews searched the harbour as the police tried to find where the boat had gone",
        "Reports: Reports from the quay said a horn sounded at 8pm.", "The boat was found on Tuesday.",
        "It shares a border with Northland: Southland."]


def test_a_whole_sentence_in_brackets_is_a_sentence_of_its_own():
    from copydesk.segment import split_sentences

    text = "(Harbour Films Inc. is owned by Northtown Media, as is this paper.) The film opens on Friday."
    assert split_sentences(text) == ["(Harbour Films Inc. is owned by Northtown Media, as is this paper.)",
                                     "The film opens on Friday."]


def test_a_closing_mark_left_at_the_next_sentences_start_goes_back_to_its_quotation():
    from copydesk.segment import split_paragraphs

    text = 'Sam Example said: "We expect to create jobs in new towns.\n\n" The deal was arranged by Harbour Group.'
    sentences, paragraphs = split_paragraphs(text)
    assert sentences == ['Sam Example said: "We expect to create jobs in new towns."',
                         "The deal was arranged by Harbour Group."]
    assert paragraphs == [[0], [1]]


def test_a_speech_the_source_gave_without_its_marks_does_not_ship():
    from copydesk.engines.passages import Passages

    sents = ["The mayor opened the harbour on Monday.",
             "He said: The pier will be the pride of the town for years to come.",
             "The pier cost £2m."]
    assert Passages(sents, unit_of=lambda i: (i,)).ship == [True, False, True]


def test_an_attribution_left_alone_by_a_stray_mark_joins_its_quotation():
    from copydesk.segment import _closing_marks_back

    sents = ['"I was just angry, at that moment, for that exchange,', '" Sam Example said.',
             '"If it went differently, I would not be here."']
    assert _closing_marks_back(sents, "en") == [
        '"I was just angry, at that moment, for that exchange," Sam Example said.',
        '"If it went differently, I would not be here."']


def test_a_how_to_follow_box_and_a_watch_prompt_are_no_sentences_to_ship():
    from copydesk.ingest.roles import role_of
    from copydesk.ingest.typos import garbled

    assert role_of("Harbour Radio will provide live ball-by-ball commentary on 20 matches.", 10, 40) == "promo"
    assert role_of("There will be live text commentary on all Northtown games in the group stage.", 10, 40) == "promo"
    assert role_of("Watch the man who invented the harbour swim Jan Example, now 44, will line up again.", 10, 40) == "embed"
    assert role_of("The minister said political commentary was not helpful to the harbour board.", 10, 40) == "body"
    # a subhead run into the sentence after it, its stop lost
    assert garbled("Northtown's running could be interesting While Jan Example is one of the best in the league.")
    assert not garbled("The club said the deal was done, while the fans waited outside the harbour.")


def test_an_attribution_the_source_stopped_after_its_quotation_joins_it():
    from copydesk.segment import split_sentences

    text = '"I was just angry, at that moment, for that exchange." Sam Example said. The board met on Monday.'
    assert split_sentences(text) == ['"I was just angry, at that moment, for that exchange." Sam Example said.',
                                     "The board met on Monday."]


def test_a_glued_mark_between_paragraphs_reads_by_the_mark_after_it():
    """Scraped text that runs paragraphs together leaves '."' glued to the next sentence: the
    mark after it tells whether it closed the quotation or reopened it."""
    from copydesk.segment import split_sentences

    reopened = ('The cat was hurt on Monday, her owner said."She is learning to hop, it is terrible."The fact '
                'that it was three shots is crazy. We live on an estate." Police are investigating.')
    assert split_sentences(reopened) == [
        "The cat was hurt on Monday, her owner said.", '"She is learning to hop, it is terrible.',
        '"The fact that it was three shots is crazy.', 'We live on an estate."', "Police are investigating."]
    closed = ('Shops lost trade, the owner said. "We are bearing the brunt." Will you pay for the damage?"'
              'Councillor Jo Sample said it was up for discussion. He added: "It is not a disaster."')
    assert split_sentences(closed)[2:4] == ['Will you pay for the damage?"',
                                            "Councillor Jo Sample said it was up for discussion."]


def test_a_stop_glued_to_the_next_sentence_ends_a_sentence():
    from copydesk.segment import split_sentences

    assert split_sentences("The war began in 1991.But at 15 I was taken. It was run by Harbour Ltd.Mr Example, "
                           "an accountant, was bailed. He met Mrs Sample.Then he left. It cost 3.5m. See "
                           "harbour.co.uk for more.") == [
        # (after "Ltd." the splitter sees an abbreviation: the space comes back, the sentence goes on)
        "The war began in 1991.", "But at 15 I was taken.",
        "It was run by Harbour Ltd. Mr Example, an accountant, was bailed.", "He met Mrs Sample.", "Then he left.",
        "It cost 3.5m.",
        "See harbour.co.uk for more."]


def test_a_glued_mark_no_later_mark_explains_is_read_as_reopening():
    """With no mark after it that tells, the words after a glued '."' stay inside the quotation,
    so they never ship as the paper's own ('The fact that it was three shots is crazy.')."""
    from copydesk.segment import split_sentences

    text = ('Her owner said the cat could barely walk."She is learning to hop, it is terrible."The fact that it '
            'was three shots is crazy.We live on an estate."Police are investigating."')
    sents = split_sentences(text)
    assert '"The fact that it was three shots is crazy.' in sents, sents


def test_the_players_line_and_a_promo_glued_between_sentences_go_even_between_marks():
    # scraped paragraphs run together around the page's own words; a quotation's paragraph that
    # goes on in the next one opens with a new mark, which a space must keep an opening mark
    raw = ('The squad flew home on Sunday.Media playback is not supported on this deviceThe coach '
           'said: "We were tired. That has to change.Media playback is not supported on this '
           'device"The plan is to rest," he said. The mayor said: "We will find out."More stories '
           'from across DevonThe council met on Monday.')
    text = clean_text(raw).text
    assert text == ('The squad flew home on Sunday. The coach said: "We were tired. That has to change. '
                    '"The plan is to rest," he said. The mayor said: "We will find out." The council met '
                    'on Monday.')


def test_stops_standing_apart_after_the_last_sentence_go_and_a_captions_stay():
    # after a sentence that ended on its own stop they are the page's; a caption has no stop before its own
    assert clean_text("The court heard the case. The firm said: 'We comply.' . .").text == (
        "The court heard the case. The firm said: 'We comply.'")
    assert clean_text("The court heard the case. Sam Example at the court on Monday .").text == (
        "The court heard the case. Sam Example at the court on Monday .")


def test_a_rank_the_splitter_does_not_know_stays_with_its_name():
    from copydesk.segment import split_sentences
    # sentencex cuts after "Spc." and "Cllr.": the fragment "Caleb Barnes, to a concert" once shipped
    # as a sentence, and an attribution moved to its front made nonsense of it
    text = ("Jo Example, 54, was stabbed hours after taking her daughter and the girl's boyfriend, Army "
            "Spc. Sam Example, to a concert, according to court documents. Cllr. Ann Example spoke next. "
            "She met Sgt. Bob Example later.")
    assert split_sentences(text) == [
        "Jo Example, 54, was stabbed hours after taking her daughter and the girl's boyfriend, Army "
        "Spc. Sam Example, to a concert, according to court documents.",
        "Cllr. Ann Example spoke next.", "She met Sgt. Bob Example later."]

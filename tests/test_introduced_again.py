"""A person whose introduction the rewrite cut is introduced where they next speak: the
appositive the source gives ("president of the Northtown Students' Association") comes with
the full name, a speaker who "added" with nothing before them "said", and the checker reads
the speaker of "Name, appositive, said" as the person, not the body the appositive names. A
caption whose quotation closes with no stop is cut from the sentence it ran into. Every
fixture is invented (Northtown, Jan Example)."""

from __future__ import annotations

from copydesk.check.speakers import speaker_of
from copydesk.engines.answers_back import plain_said
from copydesk.segment import split_sentences

_QUOTE = "\"The harbour will reopen next week after the storm.\""


def test_the_speaker_of_an_appositive_that_ends_on_a_name_is_the_person():
    text = f"Jan Example, president of the Northtown Students' Association, added: {_QUOTE}"
    assert speaker_of(text, set()) == frozenset({"jan", "example"})
    assert speaker_of(f"Jan Example, a friend of Sam Smith, said: {_QUOTE}", set()) == frozenset({"jan", "example"})
    # the name next to the verb is still the speaker when no appositive closes on it
    assert speaker_of(f"Harbour master Colm Example said: {_QUOTE}", set()) == frozenset({"colm", "example"})


def test_added_after_and_with_nothing_before_it_is_said():
    assert plain_said(f"Others agree and Ms Example added: {_QUOTE}") == f"Others agree and Ms Example said: {_QUOTE}"
    assert plain_said(f"Others agree and Jan Example, president of the Northtown Society, added: {_QUOTE}") \
        == f"Others agree and Jan Example, president of the Northtown Society, said: {_QUOTE}"
    assert plain_said("The club added a second goal and won.") == "The club added a second goal and won."


def test_a_caption_quotation_closed_with_no_stop_is_cut_from_the_next_sentence():
    text = ("Her daughter Kim Example records messages signing off with the family goodbye, 'Kiss, kiss, "
            "I love you' Among the residents taking part in the study is 94-year-old Jan Example.")
    sents = split_sentences(text)
    assert sents[-1] == "Among the residents taking part in the study is 94-year-old Jan Example."


_ARTICLE = (
    "A scheme to spot students who are struggling has been launched by Northtown University.\n\n"
    "The university's Prof Sam Northcote told the Northtown Echo: \"This has been developed as a tool for "
    "tutors to help students.\"\n\n"
    "Jan Kestrel, president of the Northtown Students' Association, thinks the scheme is a positive one.\n\n"
    "Reports suggest that other universities are thinking of using similar methods and Ms Kestrel added: "
    "\"I don't see why this shouldn't happen in other universities.\"\n"
)


def test_a_later_mention_names_who_speaks_with_what_they_are():
    from copydesk import desk
    from copydesk.engines.extractive import ExtractiveEngine
    from copydesk.engines.mentions import bare_mentions
    from copydesk.model import Article

    doc = desk.prepare(Article(text=_ARTICLE))
    _, _, passages = ExtractiveEngine().prepare_ranking(doc)
    last = len(doc.sentences) - 1
    named = [name for _, _, name in bare_mentions(doc.sentences[last], last, passages)]
    assert named == ["Jan Kestrel, president of the Northtown Students' Association,"]


def test_a_round_up_turn_run_into_a_caption_is_its_own_sentence():
    text = ("Northtown celebrate after defeating Southport through Sam Example's strike Kit Example scored "
            "twice for Eastfield in the 3-0 defeat of Westbury Elsewhere, Eastfield extended Westbury's "
            "winless streak to six games as two goals from Kit Example handed them a 3-0 win.")
    sents = split_sentences(text)
    assert sents[-1].startswith("Elsewhere, Eastfield extended"), sents


def test_captions_run_into_each_other_on_one_name_are_cut_apart():
    text = ("Northtown's Sam Example scored a late equaliser to deny his former club Southport victory "
            "Substitute Kit Jon Example celebrates after coming on to give Southport the lead "
            "Substitute Kit Jon Example had given the visitors a deserved lead early in the second half.")
    assert split_sentences(text) == [
        "Northtown's Sam Example scored a late equaliser to deny his former club Southport victory",
        "Substitute Kit Jon Example celebrates after coming on to give Southport the lead",
        "Substitute Kit Jon Example had given the visitors a deserved lead early in the second half."]
    # a name told twice inside its sentences is no caption run ("the Northtown Harbour Board")
    text = ("The apology will state that the Northtown Harbour Board accepts the claim. "
            "The Northtown Harbour Board is challenging that decision in a separate action.")
    assert len(split_sentences(text)) == 2

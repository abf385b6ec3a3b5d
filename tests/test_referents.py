"""References a summary resolves by itself (``copydesk.check.referents``)."""

from __future__ import annotations

from copydesk import check as verify
from copydesk.check.referents import people, referent_problems

# Our own article, written for these tests: a climber, her son, and a rival.
SOURCE = [
    "Helen Marsh, 41, died on her descent from the summit in 2004, her team said.",
    "Now her son Owen Pryce is training for the same peak, twenty years after his mother's death.",
    "Mr Pryce, who was raised by his grandparents in Wales, said he climbs every weekend.",
    "Daniel Ortez, 29, said he had reached the summit twice without oxygen.",
    "The teen was riding a bicycle to the training camp when he heard the news.",
]


def index():
    return verify.SourceIndex(SOURCE)


def kinds(texts):
    return {k: p.kind for k, p in referent_problems(texts, index()).items()}


def test_the_source_people_have_their_sex_from_titles_and_pronouns():
    who = people(index())
    assert who.word["owen"] == "pryce" and who.word["marsh"] == "marsh"
    assert who.sex["pryce"] == "m" and who.sex["marsh"] == "f"


def test_a_pronoun_whose_words_the_source_says_of_another_person_is_a_context_error():
    # "was raised by his grandparents" is said of Mr Pryce; the sentence before names Ortez
    summary = ["daniel ortez , 29 , said he had reached the summit twice .",
               "he was raised by his grandparents in wales ."]
    got = referent_problems(summary, index())
    assert list(got) == [1] and got[1].kind == "context" and "Pryce" in got[1].detail
    # the same words after a sentence about Mr Pryce point where the source points
    fine = ["now her son owen pryce is training for the same peak .",
            "he was raised by his grandparents in wales ."]
    assert kinds(fine) == {}


def test_a_titled_surname_the_passage_never_introduced():
    summary = ["helen marsh , 41 , died on the descent from the summit in 2004 .",
               "mr pryce said he climbs every weekend ."]
    got = referent_problems(summary, index())
    assert got[1].kind == "context" and "mr pryce" in got[1].detail
    introduced = ["owen pryce is training for the same peak .", "mr pryce said he climbs every weekend ."]
    assert kinds(introduced) == {}
    # a title inside a quotation is someone's words, not the summary's reference
    assert kinds(["helen marsh died in 2004 .", "her team said: 'mr pryce climbs every weekend'."]) == {}


def test_he_after_only_women_has_no_antecedent():
    summary = ["helen marsh , 41 , died on the descent from the summit in 2004 .",
               "now he plans an expedition of his own ."]
    got = referent_problems(summary, index())
    assert got[1].kind == "context" and "only women" in got[1].detail
    assert kinds(["helen marsh died in 2004 .", "she was 41 ."]) == {}
    # nobody named before it: nothing to compare, not flagged here
    assert kinds(["the peak is climbed every year .", "he is training for it ."]) == {}


def test_a_speaker_tag_after_a_quotation_and_a_capitalised_name_are_no_opening_reference():
    summary = ["Helen Marsh died on the descent in 2004.",
               "\u201cHe climbs every weekend,\u201d he said of his grandparents in Wales."]
    assert kinds(summary) == {}
    assert kinds(["Daniel Ortez reached the summit.", "The Teen Riders club was riding a bicycle to the training camp."]) == {}


def test_check_passage_marks_the_sentence_unsupported():
    summary = ["daniel ortez , 29 , said he had reached the summit twice .",
               "he was raised by his grandparents in wales ."]
    checks = verify.check_passage(summary, index(), part="summary")
    assert checks[0].status == "supported"
    assert checks[1].status == "unsupported" and "context" in [p.kind for p in checks[1].problems]


def test_a_sentence_about_someone_named_once_leaves_the_pronoun_alone():
    source = SOURCE + ["The team's cook, Ingrid, has climbed with them since 2001."]
    summary = ["daniel ortez , 29 , reached the summit twice .",
               "ingrid has climbed with the team since 2001 .", "she plans an expedition of her own ."]
    assert referent_problems(summary, verify.SourceIndex(source)) == {}
    without = ["daniel ortez , 29 , reached the summit twice .", "she plans an expedition of her own ."]
    assert list(referent_problems(without, verify.SourceIndex(source))) == [1]


def test_he_or_she_for_the_source_one_or_some_is_a_context_error():
    source = SOURCE + ["One said that he had carried her pack down the glacier.",
                       "Some might say the mountain has claimed too many lives."]
    got = referent_problems(["helen marsh died in 2004 .", "she said that he had carried her pack ."],
                            verify.SourceIndex(source))
    assert got[1].kind == "context" and "“one”" in got[1].detail
    got = referent_problems(["he says the mountain has claimed too many lives ."], verify.SourceIndex(source))
    assert list(got) == [0]
    # the source's own "he" before the same words: nothing to say here
    assert referent_problems(["daniel ortez , 29 , said he had reached the summit twice ."],
                             verify.SourceIndex(source)) == {}


def test_they_after_a_passage_that_names_no_group_has_no_antecedent():
    got = referent_problems(["helen marsh died on her descent in 2004 .",
                             "they have been searching the glacier since last night ."], index())
    assert got[1].kind == "context" and "“they”" in got[1].detail
    # a plural, a group or two people before it: "they" has someone to stand for
    for before in ("the climbers died on the descent in 2004 .", "the team reached the summit .",
                   "helen marsh and daniel ortez reached the summit ."):
        assert referent_problems([before, "they have been searching the glacier ."], index()) == {}


def test_a_summary_left_whole_by_the_splitter_is_read_sentence_by_sentence():
    whole = ["helen marsh , 41 , died on her descent in 2004 . now he plans an expedition of his own ."]
    got = referent_problems(whole, index())
    assert list(got) == [0] and "only women" in got[0].detail
    # an initial's stop is no sentence end
    assert referent_problems(["helen marsh , 41 , wrote to j.r. he plans an expedition of his own ."],
                             index()) == {}


def test_copydesk_check_reads_the_summary_as_a_passage_too():
    rewrite = ("**Owen Pryce is training for the same peak**\n\n"
               "Daniel Ortez, 29, said he had reached the summit twice. He was raised by his grandparents in Wales.\n")
    report = verify.check_texts(" ".join(SOURCE), rewrite)
    flagged = [c for c in report.sentences if c.status == "unsupported"]
    assert [c.text for c in flagged] == ["He was raised by his grandparents in Wales."]
    assert "context" in [p.kind for p in flagged[0].problems]

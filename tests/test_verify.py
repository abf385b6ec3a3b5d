"""The checker: planted errors of each kind are caught, faithful paraphrases pass.

The article below is made up for these tests.
"""

from __future__ import annotations

import math
import re
import sys

import pytest

from copydesk import lexicon
from copydesk.check import claims, verify
from copydesk.desk import fallback_headline
from copydesk.model import Article, Document, Draft, Sentence
from copydesk.segment import find_quotes, split_sentences

ARTICLE = """\
The Mapleton town council voted 7-2 on Tuesday to spend $1.5 million on a new library, Mayor Helen Okafor said.

"This library will serve every family in Mapleton for fifty years," Okafor told reporters after the vote. \
Councillor Dev Ramsay, who voted against the plan, said: "We cannot afford another building while the roads crumble."

Construction is due to start in March 2026 and finish by September 2027. The old library, opened in 1962, \
lends about 40,000 books a year, according to the town's annual report.

The Hartley Foundation pledged 25% of the cost. Its director, Maria Lindqvist, said the gift was \
‘a small thank-you to the town that raised me’. The United Nations praised the project on March 3.
"""

SENTENCES = split_sentences(ARTICLE)


@pytest.fixture(scope="module")
def index() -> verify.SourceIndex:
    return verify.SourceIndex(SENTENCES)


def kinds(text: str, index: verify.SourceIndex) -> set[str]:
    return {p.kind for p in verify.check_sentence(text, index).problems}


# --- planted errors ------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    '"This library will serve every family in Mapleton for forty years," Okafor told reporters.',
    '"This library will serve every town in Mapleton for fifty years," Okafor said.',
    "Lindqvist said the gift was ‘a big thank-you to the town that raised me’.",
    "Lindqvist said the gift was 'a small thank-you to the city that raised me'.",
])
def test_changed_word_inside_a_quote_is_caught(index, text):
    assert "quote" in kinds(text, index)


@pytest.mark.parametrize("text", [
    "The Mapleton town council voted 8-2 on Tuesday to spend $1.5 million on a new library.",
    "The council will spend $2.5 million on a new library.",
    "The old library lends about 60,000 books a year.",
    "The Hartley Foundation pledged 35% of the cost.",
    "The Hartley Foundation pledged 25 per cent of the cost, and twelve councillors backed it.",
])
def test_changed_number_is_caught(index, text):
    assert "number" in kinds(text, index)


@pytest.mark.parametrize("text", [
    "Mayor Helen Okafor and her deputy Tom Brannigan backed the library.",
    "The Gruber Foundation pledged 25% of the cost.",
    "Construction is due to start in March 2026, Councillor Priya Venkataraman said.",
])
def test_invented_name_is_caught(index, text):
    assert "name" in kinds(text, index)


@pytest.mark.parametrize("text", [
    '"We cannot afford another building while the roads crumble," Okafor said.',
    'Mayor Helen Okafor said: "We cannot afford another building while the roads crumble."',
    '"This library will serve every family in Mapleton for fifty years," Ramsay told reporters.',
])
def test_swapped_speaker_is_caught(index, text):
    assert "speaker" in kinds(text, index)


@pytest.mark.parametrize("text", [
    "The Mapleton town council voted 7-2 on Wednesday to spend $1.5 million on a new library.",
    "Construction is due to start in April 2026 and finish by September 2027.",
    "Construction is due to start in March 2025.",
    "The old library, opened in 1963, lends about 40,000 books a year.",
    "The United Nations praised the project on March 4.",
])
def test_shifted_date_is_caught(index, text):
    assert "date" in kinds(text, index)


def test_lowercased_invented_name_and_number_are_caught(index):
    assert "name" in kinds("mayor helen brannigan said the council voted 7-2 .", index)
    assert "number" in kinds("the council voted 9-2 on tuesday , okafor said .", index)
    assert "date" in kinds("the council voted 7-2 on friday , okafor said .", index)


# --- faithful paraphrases pass -----------------------------------------------------------


@pytest.mark.parametrize("text", [
    # reordered clauses
    "On Tuesday, by seven votes to two, the council in Mapleton agreed to spend $1.5 million on a new library.",
    "After the vote, Okafor told reporters: \u201cThis library will serve every family in Mapleton for fifty years.\u201d",
    # 1.5 million == 1,500,000, £/$ forms and number words
    "Mapleton will spend 1,500,000 dollars on a new library.",
    "The new library will cost $1.5m.",
    # possessives and short names
    "Okafor's council backed the library; Ramsay's objection failed.",
    "Lindqvist called the gift a thank-you to her home town.",
    # British single quotes, curly or straight
    "Lindqvist said the gift was 'a small thank-you to the town that raised me'.",
    "The foundation's director called it \u2018a small thank-you to the town that raised me\u2019.",
    # a round figure of a source number, percentages written out
    "The old library lends some 40,000 books each year.",
    "The Hartley Foundation will pay 25 per cent of the cost.",
    # dates in other orders
    "Work starts in March 2026; the library should be finished by September 2027.",
    "The UN praised the project on 3 March.",
    # the speaker named in full where the source gives the surname
    '"We cannot afford another building while the roads crumble," said Councillor Dev Ramsay.',
])
def test_faithful_paraphrase_passes(index, text):
    check = verify.check_sentence(text, index)
    assert check.status == "supported", [p.detail for p in check.problems]


@pytest.mark.parametrize("text", [
    "the mapleton town council voted 7-2 on tuesday to spend $ 1.5 million on a new library , "
    "mayor helen okafor said .",
    "okafor 's council backed the library after a 7-2 vote .",
    "lindqvist said the gift was ` a small thank-you to the town that raised me ' .",
    "councillor ramsay said : `` we cannot afford another building while the roads crumble . ''",
])
def test_lowercased_tokenised_paraphrase_passes(index, text):
    check = verify.check_sentence(text, index)
    assert check.status == "supported", [p.detail for p in check.problems]


def test_verbatim_sentences_get_no_flags_and_point_at_themselves(index):
    for i, sentence in enumerate(SENTENCES):
        check = verify.check_sentence(sentence, index)
        assert check.status == "supported" and not check.problems
        assert check.support[0] == i


def test_support_is_best_first(index):
    check = verify.check_sentence("The old library, opened in 1963, lends 40,000 books.", index)
    assert check.status == "unsupported"
    assert SENTENCES[check.support[0]].startswith("The old library")


def test_problem_carries_the_span(index):
    check = verify.check_sentence("The council will spend $2.5 million on a new library.", index)
    (problem,) = check.problems
    assert problem.kind == "number" and problem.span == "$2.5 million" and "$2.5 million" in problem.detail


# --- drafts, headlines, texts ------------------------------------------------------------


def make_doc(title: str | None = None) -> Document:
    return Document(article=Article(text=ARTICLE, title=title), text=ARTICLE, sentences=SENTENCES)


def test_check_draft_labels_parts_and_extractive_draft_is_clean():
    doc = make_doc(title="Mapleton to build a new library")
    draft = Draft(
        summary=[Sentence(SENTENCES[0], [0])],
        headline="Mapleton to build a new library",
        body=[[Sentence(s, [i]) for i, s in enumerate(SENTENCES[:3])], [Sentence(SENTENCES[5], [5])]],
        engine="extractive",
    )
    report = verify.check_draft(doc, draft)
    assert report.ok
    assert [c.part for c in report.sentences] == ["headline", "summary", "body", "body", "body", "body"]


def test_check_draft_flags_an_invented_headline():
    doc = make_doc()
    draft = Draft(summary=[], headline="Mayor Brannigan Opens Library", body=[], engine="x")
    report = verify.check_draft(doc, draft)
    assert not report.ok and report.sentences[0].part == "headline"


def test_fallback_headline_uses_title_else_source_words(index):
    assert fallback_headline(make_doc(title="  Library  vote ")) == "Library vote"
    headline = fallback_headline(make_doc())
    assert headline and len(headline.split()) <= 15
    assert verify.check_sentence(headline, index, part="headline").status == "supported"


def test_check_texts_reads_copydesk_format_and_checks_dateline():
    rewrite = (
        "Sun Jul 06 07:13:05 UTC 2025: Here’s a summary and a news article rewrite based on the provided text:\n\n"
        "**Summary:**\n\nMapleton will spend $1.5 million on a library.\n\n**News Article:**\n\n"
        "**Mapleton Votes for a New Library**\n\n"
        "*Mapleton, Canada – July 6, 2025* – The council voted 7-2 on Tuesday.\n\nRead More http://127.0.0.1/x"
    )
    report = verify.check_texts(ARTICLE, rewrite)
    assert report.ok, [(c.text, c.problems) for c in report.sentences]
    parts = [c.part for c in report.sentences]
    assert parts == ["summary", "headline", "dateline", "body"]
    assert any("July 6, 2025" in n for n in report.notes)
    bad = verify.check_texts(ARTICLE, rewrite.replace("*Mapleton, Canada", "*Springfield, Canada"))
    assert [p.kind for c in bad.sentences for p in c.problems] == ["name"]


# --- claims ---------------------------------------------------------------------------------


def test_number_values():
    values = {n.value for n in claims.numbers("$1.5 million, 1,500,000, £2bn, 45%, twenty-five, 3.5 per cent")}
    assert values == {1.5e6, 2e9, 45.0, 25.0, 3.5}


def test_dates_need_month_context_for_may():
    assert not [d for d in claims.dates("He may march on. She said May was fine.") if d.kind == "month"]
    assert ("day", (5, 3)) in {(d.kind, d.value) for d in claims.dates("on May 3 and in 2014-15")}


def test_quotes_in_all_marks():
    text = "He said \"one two\", ‘three four’, 'five six' and ` seven eight ' but not the players' ball."
    assert [q.text for q in find_quotes(text)] == ["one two", "three four", "five six", "seven eight"]


# --- names side by side, swapped names, placeholders, places ------------------------------

SPORT = split_sentences("""\
Arsenal midfielder Santi Cazorla has been in sparkling form in recent months. Theo Walcott \
is back from injury and trained on Friday. Coach John Davis praised the squad, while \
goalkeeper Tom Sims was rested for the trip to Lisbon.
""")


@pytest.fixture(scope="module")
def sport() -> verify.SourceIndex:
    return verify.SourceIndex(SPORT)


def test_a_name_put_in_another_names_words_is_caught(sport):
    check = verify.check_sentence("Theo Walcott has been in sparkling form in recent months.", sport)
    assert [p.kind for p in check.problems] == ["name"]
    assert "santi cazorla" in check.problems[0].detail
    lowered = verify.check_sentence("theo walcott has been in sparkling form in recent months .", sport)
    assert lowered.status == "unsupported"


def test_two_names_joined_into_one_are_caught(sport):
    assert "name" in kinds("John Sims was rested for the trip to Lisbon.", sport)
    assert "name" in kinds("coach john sims praised the squad .", sport)
    assert kinds("Coach Davis praised the squad.", sport) == set()


def test_model_placeholder_is_caught(sport):
    assert "name" in kinds("goalkeeper UNK was rested for the trip .", sport)


def test_lowercased_place_not_in_source_is_caught(sport):
    assert "name" in kinds("goalkeeper tom sims was rested for the trip to madrid .", sport)
    assert kinds("goalkeeper tom sims was rested for the trip to lisbon .", sport) == set()


def test_index_gathers_claims_only_when_needed(sport):
    parts = ("claims", "_name_claims", "_value_claims", "_token_claims")
    fresh = verify.SourceIndex(SPORT)
    verify.check_sentence(SPORT[0], fresh)
    assert not any(p in fresh.__dict__ for p in parts)  # a verbatim sentence needs no claims
    verify.check_sentence("Theo Walcott trained with the squad.", fresh)
    # names, but no number or date stated: the source's numbers and dates are not gathered
    assert "_name_claims" in fresh.__dict__ and "walcott" in fresh.names
    assert "_value_claims" not in fresh.__dict__
    verify.check_sentence("Theo Walcott trained on Saturday.", fresh)
    assert "_value_claims" in fresh.__dict__


def test_index_reads_numbers_of_the_best_support_first(monkeypatch):
    source = split_sentences(
        "The council approved 12 new homes in Mapleton on Monday. The plan had been debated for "
        "3 years. About 40 residents spoke at the meeting. The homes will cost 2 million pounds. "
        "Work starts in 6 weeks. A school for 300 pupils is planned too. The 9 councillors voted. "
        "The mayor thanked 5 volunteers.")
    index = verify.SourceIndex(source)
    read: list[str] = []
    real = claims.numbers
    monkeypatch.setattr(claims, "numbers", lambda text, **kw: read.append(text) or real(text, **kw))
    check = verify.check_sentence("On Monday the council approved 12 new homes in Mapleton.", index)
    assert check.status == "supported"
    assert 0 < len([t for t in read if t in source]) <= verify.WINDOW < len(source)
    # a number the best support does not give sends the check to every sentence
    assert "number" in kinds("On Monday the council approved 13 new homes in Mapleton.", index)
    assert len({t for t in read if t in source}) == len(source)


def test_index_reads_clause_tokens_of_the_best_support_only(monkeypatch):
    from copydesk.check import index as index_module

    source = split_sentences(
        "Santi Cazorla has been in sparkling form in recent months. Theo Walcott is back from "
        "injury. Coach John Davis praised the squad. Goalkeeper Tom Sims was rested. Mesut Ozil "
        "trained alone. Per Mertesacker spoke to reporters. Olivier Giroud scored twice. Aaron "
        "Ramsey was booked.")
    index = verify.SourceIndex(source)
    read: list[str] = []
    real = index_module.clause_tokens
    monkeypatch.setattr(index_module, "clause_tokens", lambda text: read.append(text) or real(text))
    check = verify.check_sentence("After his injury Theo Walcott is back.", index)
    assert check.status == "supported"
    assert 0 < len(read) <= verify.CONFLICT < len(source)
    # a name put in another's words: the whole source is read to see if it says that too
    check = verify.check_sentence("Theo Walcott has been in sparkling form in recent months.", index)
    assert [p.kind for p in check.problems] == ["name"]
    assert len(set(read)) == len(source)


def test_compound_number_words_saint_and_decades():
    index = verify.SourceIndex(split_sentences(
        "Two hundred and sixty people have been convicted. Paris St Germain won the match. "
        "The club was founded in 1996 by local fans. Nobody expected that."))
    assert verify.check_sentence("Police have convicted 260 people.", index).status == "supported"
    assert verify.check_sentence("Police have convicted 270 people.", index).status == "unsupported"
    assert verify.check_sentence("Paris Saint-Germain won the match.", index).status == "supported"
    assert verify.check_sentence("Nobody expected the club of the 1990s to win.", index).status == "supported"
    assert "date" in kinds("Nobody expected the club of the 1980s to win.", index)


def test_quoted_words_given_without_marks_are_flagged(index):
    bare = "This library will serve every family in Mapleton for fifty years."
    check = verify.check_sentence(bare, index)
    assert check.status == "unsupported" and [p.kind for p in check.problems] == ["quote"]
    assert SENTENCES[check.support[0]].startswith('"This library will serve')
    marked = '"This library will serve every family in Mapleton for fifty years," Okafor told reporters.'
    assert verify.check_sentence(marked, index).status == "supported"


# --- content support: pieces of distant sentences, negations, misspelt names ---------


def test_subject_of_one_sentence_with_the_deed_of_another_is_a_claim(index):
    check = verify.check_sentence("The Hartley Foundation pledged to spend $1.5 million on a new library.", index)
    assert [p.kind for p in check.problems] == ["claim"]
    assert "hartley foundation pledged" in check.problems[0].detail
    assert "spend 1 5 million on a new library" in check.problems[0].detail


@pytest.mark.parametrize("text", [
    # each coordinated clause stands on its own support, however far apart
    "The council voted 7-2 to spend $1.5 million on a new library, and the Hartley Foundation "
    "pledged 25% of the cost.",
    "The council voted 7-2 to spend $1.5 million on a new library; the Hartley Foundation pledged 25% of the cost.",
    # one passage, reworded and joined
    "Construction of the new library is due to start in March 2026 and finish by September 2027.",
    "Councillor Dev Ramsay voted against the plan, saying the town cannot afford another building.",
])
def test_faithful_joins_are_not_claims(index, text):
    assert "claim" not in kinds(text, index)
    assert verify.check_sentence(text, index).status == "supported"


BRIDGE = split_sentences(
    "The Millbrook bridge will not reopen before the summer, the county engineer said on Friday. "
    "Traffic is being diverted through Eastfield village while repairs go on. "
    "Engineers found cracks in two of the bridge's supports during an inspection in January.")


@pytest.fixture(scope="module")
def bridge() -> verify.SourceIndex:
    return verify.SourceIndex(BRIDGE)


@pytest.mark.parametrize("text", [
    "The Millbrook bridge will reopen before the summer, the county engineer said.",
    "Traffic is not being diverted through Eastfield village while repairs go on.",
    "Engineers never found cracks in two of the bridge's supports during an inspection in January.",
])
def test_negation_flipped_is_caught(bridge, text):
    check = verify.check_sentence(text, bridge)
    assert "negation" in {p.kind for p in check.problems}


@pytest.mark.parametrize("text", [
    "The county engineer said the Millbrook bridge will not reopen before the summer.",
    "The Millbrook bridge won't reopen before the summer, the county engineer said on Friday.",
    "Traffic is being diverted through Eastfield village during the repairs.",
])
def test_negation_kept_passes(bridge, text):
    assert verify.check_sentence(text, bridge).status == "supported"


def test_misspelt_name_is_not_a_demonym(index):
    assert "name" in kinds("Maria Lindqvisk said the gift was a thank-you to the town.", index)
    assert kinds("Mapletonian families will use the new library.", index) == set()
    afghan = verify.SourceIndex(split_sentences("Talks were held in Afghanistan on Monday."))
    assert kinds("Afghan officials held talks on Monday.", afghan) == set()


# --- the index's one-pass shortcuts give what the per-sentence functions give -----------

TRICKY = [
    "The U.S. and the U.K. met in Washington, D.C. on Jan. 5.",
    "Bader's team won 3-1; the players' snake_case_tag was 'go_team'.",
    "Zürich’s mayor said «non» to the São Paulo plan.",
    "A line\nbreak inside one sentence.",
    "",
    "ΟΔΟΣ ΣΟΦΟΣ: Greek capitals, and a final sigma.",
]


@pytest.mark.parametrize("sentences", [
    SENTENCES,                                    # ASCII: the one-pass path
    TRICKY[:2],                                   # ASCII with dotted abbreviations and "_"
    TRICKY,                                       # non-ASCII and a line break: sentence by sentence
    TRICKY[2:3],
    [],
])
def test_one_pass_tokens_and_flat_match_per_sentence(sentences):
    index = verify.SourceIndex(sentences)
    assert index.toks == [lexicon.tokens(s) for s in sentences]
    assert index.flat_sents == [lexicon.flat(s) for s in sentences]
    assert index.flat_text == "".join(lexicon.flat(s) for s in sentences)
    for i, s in enumerate(sentences):  # where each sentence starts in the flat text
        assert index.flat_text.startswith(lexicon.flat(s), index.starts[i])


def test_tokens_and_flat_fast_path_match_the_regexes():
    for text in [*TRICKY, *SENTENCES, "e.g. A.B.C. x.y", "a_b __ c", "tabs\tand\x0bvertical"]:
        undotted = re.sub(r"\b(?:[A-Za-z]\.){2,}", lambda m: m.group(0).replace(".", ""), text)
        assert lexicon.tokens(text) == [t for t in re.findall(r"[^\W_]+", undotted.lower()) if t != "s"]
        assert lexicon.flat(text) == re.sub(r"[\W_]+", "", text.lower())


def test_rank_is_the_same_for_a_source_sentence_and_its_copy(index):
    # a source sentence's words come from the index; any other text is tokenised afresh
    for sent in SENTENCES:
        copy = sent + " "
        assert index.rank(sent) == index.rank(copy)
        assert index.rank(sent) is not index.rank(sent)  # callers may change their list


def test_index_weighs_and_dates_on_demand():
    fresh = verify.SourceIndex(SENTENCES)
    n = len(SENTENCES)
    library = lexicon.stem("library")
    assert fresh.idf(library) == math.log(1 + n / len(fresh.postings.get(library)))
    assert fresh.idf("zeppelin") is None and fresh.idf("zeppelin", 3.0) == 3.0
    # a date anywhere in the source, read lazily: its year, its decade, its month and day
    assert fresh.dated("year", 1962) and fresh.dated("decade", 1960) and fresh.dated("day", (3, 3))
    assert fresh.dated("year", 2027) and not fresh.dated("year", 1963) and not fresh.dated("weekday", "friday")
    assert fresh.dated("weekday", "tuesday")  # the first sentence, read already or not


def test_index_builds_nothing_up_front():
    fresh = verify.SourceIndex(SENTENCES)
    assert set(fresh.__dict__) <= {"sentences", "_speakers", "_ranked", "_located", "_passages", "_frames", "_idf"}
    assert fresh.sentences is SENTENCES  # an engine may cache its index by the list's identity
    with pytest.raises(AttributeError):
        fresh.no_such_part  # noqa: B018


CLAIMS_TEXTS = [
    *SENTENCES,
    "No digits and no number words here at all.",
    "Often the tent was seventy-five feet from the ferry on the third day.",
    "The market decided in Sept. that a dozen separate novel plans were due on the 4th of July, 1999.",
    "He said may be, but in May 2020 and the 1990s, on Mondays, it cost $5m (about 5 m tall).",
    "Prices rose 3.5 per cent in 2019-20, from two hundred and sixty to 1,500,000.",
]


def test_numbers_and_dates_open_on_any_case_and_sign():
    # each pattern skips to the characters its claims open with: capitals, signs and
    # digits open them too
    found = claims.numbers("FIVE men, Twenty-Five women, $ 7 and £3m; Third time, ELEVENTH hour")
    assert [n.value for n in found] == [5.0, 25.0, 7.0, 3e6, 3.0, 11.0]
    dates = claims.dates("On MONDAY, SEPT. 3 and 4 October, DEC 2019 or the 1990s; Sundays")
    assert [(d.kind, d.value) for d in dates] == [
        ("weekday", "monday"), ("weekday", "sunday"), ("day", (10, 4)), ("day", (9, 3)),
        ("month", 9), ("month", 10), ("month", 12), ("year", 2019), ("decade", 1990)]


@pytest.mark.parametrize("text", CLAIMS_TEXTS)
def test_numbers_and_dates_shortcuts_find_what_the_full_scan_finds(text):
    # ASCII text may skip patterns it cannot hold; a non-ASCII tail forces the full scan
    assert claims.numbers(text, with_years=True) == claims.numbers(text + " é", with_years=True)
    assert claims.dates(text) == claims.dates(text + " é")


@pytest.mark.parametrize("text", [
    "The pier will become a museum of modern art.",
    "http://127.0.0.1/r/news/wiki/some_page",
    ".",
    "sentence",
])
def test_what_the_source_never_mentions_is_a_claim_problem(text):
    pier = verify.SourceIndex(split_sentences(
        "The council of Fairhaven voted on Monday to close the pier. "
        "Mayor Anna Berg said the pier was unsafe. Repairs would cost 2 million crowns."))
    check = verify.check_sentence(text, pier)
    assert check.status == "unsupported"
    assert "claim" in {p.kind for p in check.problems}


@pytest.mark.parametrize("text", [
    "Fairhaven's council voted to close the pier on Monday.",
    "Berg called the pier unsafe.",
    "The mayor said repairs to the pier would cost 2 million crowns.",
])
def test_grounded_paraphrase_passes(text):
    pier = verify.SourceIndex(split_sentences(
        "The council of Fairhaven voted on Monday to close the pier. "
        "Mayor Anna Berg said the pier was unsafe. Repairs would cost 2 million crowns."))
    assert verify.check_sentence(text, pier).status == "supported"


def test_a_sentence_opening_on_an_initial_is_checked_without_error():
    # claims.name_spans gives an empty run for a lone initial ("S."): no IndexError
    index = verify.SourceIndex(["U.S. Attorney Andrew M. Luger said the men were arrested in San Diego."])
    check = verify.check_sentence("S. Andrew M. Luger said the men were arrested in San Diego.", index)
    assert check.status in ("supported", "unsupported")


DETERMINISM = """
import json, sys
from copydesk.check.index import SourceIndex
from copydesk.segment import split_sentences
out = []
for line in open(sys.argv[1], encoding="utf-8"):
    sents = split_sentences(json.loads(line)["article"])
    index = SourceIndex(sents)
    out.append([index.rank(s)[:6] for s in sents])
print(json.dumps(out))
"""


def test_support_ranking_is_the_same_whatever_the_hash_seed(shared_data):
    """Scores are float sums over a set of stems: summed in set order, a tie could break one
    way under one PYTHONHASHSEED and the other way under another (seen on the dev set)."""
    import os
    import subprocess

    runs = set()
    for seed in ("1", "2", "4"):
        done = subprocess.run([sys.executable, "-c", DETERMINISM, str(shared_data / "news_dev.jsonl")],
                              capture_output=True, text=True, timeout=300,
                              env={**os.environ, "PYTHONHASHSEED": seed})
        assert done.returncode == 0, done.stderr
        runs.add(done.stdout)
    assert len(runs) == 1


@pytest.mark.parametrize("text", [
    "The Bank of England and the Bank of, England met in St Albans on Monday.",
    "Osama bin Laden, Mr Smith; Dr. Jane van der Berg (Ms Jones) said: Yes!",
    "A 3D film by 9A1 and 3d Studios - Tom & Jerry -- the X-Men / ABC News.",
    "Mark Van Gogh of the OF Club and the Of of The  Bank  of   the    End.",
    "... and then Mary's Lamb ran to Port-au-Prince, Haiti's capital, with Al el Ali y Co.",
    "\"Hello\" said Peter Parker of (New York) to 'Aunt May' of the Daily Bugle of",
])
def test_ascii_name_spans_read_as_the_general_tokeniser_does(text):
    # ASCII text takes a one-regex fast path; a non-ASCII word at the end (no run of its
    # own) sends the same text through the token-by-token reading, which must agree
    assert claims.name_spans(text) == claims.name_spans(text + " é")


@pytest.mark.parametrize("sentences", [
    ["The Bank of England met.", "Mr Smith of the", "Bank said: Yes", "U.S. Army and NATO"],
    ["A", "B", "", "C d E", '"Quoted Words," said Jo.', "(Open Paren Group) and 3D Studios"],
    ["x" * 19 + " Jane Doe", " " * 20 + "Ann Lee", " " * 21 + "Tom Hale", "y" * 25 + " Sam Fox"],
    ["Café Owner Jean Dupont", "Then Mark Twain spoke", "and Of course"],
    ["Nul\x00Inside Here", "Plain Text Again"],
    # curly marks, dashes and the like: each read as the ASCII mark of the same part
    ["“We Won,” said Jo Cox.” Mark Twain and ‘Old Tom’ — Ann Lee – Bo Li", "O’Brien’s Bar… «Le Monde» £5 Tom•Cat",
     "„Die Welt” Bank of “England”, Sam·Fox ‘Of The’ Jones’ Hall", "then “ Ann Lee and … Tom Hale"],
])
def test_name_words_of_many_sentences_are_each_sentences_runs(sentences):
    # one regex pass over all the sentences reads what ``name_spans`` reads in each
    assert claims.sentences_name_words(sentences) == [
        (words_, opens) for s in sentences for _span, words_, opens in claims.name_spans(s)]


def test_a_failed_headline_gives_way_to_a_checked_one_of_the_rules_not_cut_words():
    # the engine's headline failed the check: the stand-in is a well-formed headline the
    # checker supports, never the first sentence's opening words with an ellipsis
    text = ("Harbour keeper Sam Example, the veteran skipper who will lead the Northtown crew at the regatta on "
            "Sunday in the absence of the injured Jo Example, was fined for sailing without lights. "
            "Northtown council has closed the old ferry terminal after a storm damaged its roof. "
            "The council said repairs would take a year.")
    sentences = split_sentences(text)
    doc = Document(article=Article(text=text), text=text, sentences=sentences)
    idx = verify.SourceIndex(sentences)
    head = fallback_headline(doc, index=idx, failed="Harbour Keeper Sam Example Was Fined")
    from copydesk.engines.headline import headline_problem
    assert "…" not in head and headline_problem(head, sentences) is None, head
    assert verify.check_sentence(head, idx, part="headline").status == "supported", head
    # a title the page cut short is no stand-in when the rules can write one
    cut = Document(article=Article(text=text, title="Harbour keeper fined for sailing …"), text=text,
                   sentences=sentences)
    assert "…" not in fallback_headline(cut, index=idx)


def test_an_adjective_after_a_preposition_is_no_main_verb():
    from copydesk.engines.headline import trim
    head = trim("Sam Example, the veteran skipper who will lead the Northtown crew at the regatta on Sunday in the "
                "absence of the injured Jo Example, was fined for sailing without lights.")
    assert "skipper injured" not in head, head

"""The extractive engine: verbatim sentences with provenance, MMR summary, headline, body."""

from __future__ import annotations

import re

import pytest

from copydesk.desk import prepare
from copydesk.engines.extractive import ExtractiveEngine, make_headline, title_case
from copydesk.model import Article
from copydesk.segment import find_quotes

ENGINE = ExtractiveEngine()

# Our own short articles, written for these tests.
HARBOUR = """HALIFAX, Nova Scotia (CP) — Harbour authorities reopened the main container terminal on Tuesday, four days after a warehouse fire forced the evacuation of 312 workers.

The blaze broke out shortly after 2 a.m. on Friday in a storage building, according to the fire department. Two firefighters were treated for smoke inhalation.

"We were lucky, and luck is not a plan," said Marguerite Doucet, the port's chief executive. "Our crews did remarkable work."

Investigators said on Monday that they had ruled out arson. An electrical fault in a charging station is one possibility, Deputy Chief Ronald Achterberg told reporters.

The closure cost shipping lines an estimated $18.5 million. About 9,600 containers were held on ships waiting outside the harbour.

Truckers said the shutdown left many of them without work. "Four days without a load is four days without a paycheque," said Dwayne MacIsaac, a driver for 17 years.

The port will add 60 extra crane shifts to clear the backlog. The terminal opened in 1982 and was expanded in 2019.

The fire department said its full report would be published within six weeks."""

GERMAN = """Der Stadtrat von Freiburg hat am Montag einen neuen Haushalt beschlossen. Die Ausgaben steigen im kommenden Jahr um 4,5 Prozent.

„Das ist ein guter Tag für die Stadt“, sagte Oberbürgermeisterin Anna Keller. Die Opposition kritisierte die hohen Schulden.

Die Verwaltung will 120 neue Stellen schaffen. Die Schulen erhalten 18 Millionen Euro für Sanierungen.

Der Haushalt tritt am 1. Januar in Kraft."""


def draft_of(text: str, n: int = 3, **article):
    doc = prepare(Article(text=text, **article))
    return doc, ENGINE.draft(doc, summary_sentences=n)


def all_sentences(draft):
    return [*draft.summary, *(s for p in draft.body for s in p)]


@pytest.mark.parametrize("text", [HARBOUR, GERMAN])
def test_every_sentence_is_a_source_sentence_with_its_provenance(text):
    doc, draft = draft_of(text)
    for sent in all_sentences(draft):
        assert sent.sources and all(0 <= i < len(doc.sentences) for i in sent.sources)
        source = " ".join(doc.sentences[i] for i in sent.sources)
        # a source sentence, or the desk's edit of it: the same words, perhaps with the
        # attribution moved to the front, a dash restyled or a full name given
        assert sent.text == source or _same_words(sent.text, source, doc.sentences)


def _same_words(edited: str, source: str, document: list[str]) -> bool:
    edited_words = sorted(w.lower() for w in re.findall(r"\w+", edited))
    source_words = sorted(w.lower() for w in re.findall(r"\w+", source))
    extra = [w for w in edited_words if w not in source_words]
    everywhere = {w.lower() for s in document for w in re.findall(r"\w+", s)}
    return all(w in edited_words for w in source_words) and all(w in everywhere for w in extra)


@pytest.mark.parametrize("n", [1, 3, 5])
def test_summary_has_n_sentences_in_source_order(n):
    doc, draft = draft_of(HARBOUR, n)
    order = [s.sources[0] for s in draft.summary]
    assert len(order) == n
    assert order == sorted(order)


def test_summary_asks_for_more_than_there_is():
    doc, draft = draft_of(GERMAN, 50)
    assert len(draft.summary) == len(doc.sentences)


def test_summary_starts_with_the_lead_and_avoids_repeats():
    text = ("The central bank raised its main interest rate to 5% on Thursday. "
            "The central bank raised its main interest rate to 5% on Thursday, officials said. "
            "Mortgage holders will pay more from next month. "
            "Shares in banks rose after the announcement. "
            "Economists had expected the move for weeks.")
    _, draft = draft_of(text, 2)
    picked = [s.sources[0] for s in draft.summary]
    assert picked[0] == 0
    assert 1 not in picked  # a near-copy of the lead is redundant


def test_body_is_an_inverted_pyramid_of_short_paragraphs():
    doc, draft = draft_of(HARBOUR)
    assert len(draft.body) >= 3
    assert all(1 <= len(p) <= 3 for p in draft.body)
    assert draft.body[0][0].sources == [0]  # the lead comes first
    used = [i for p in draft.body for s in p for i in s.sources]
    assert len(used) == len(set(used))  # nothing twice


def test_three_paragraphs_from_three_sentences():
    doc, draft = draft_of("The mill closed on Monday. Workers were sent home. The owners blamed costs.")
    assert len(draft.body) == 3


def test_quotes_stay_verbatim_and_keep_their_attribution():
    doc, draft = draft_of(HARBOUR)
    source = " ".join(doc.sentences)
    for sent in all_sentences(draft):
        for quote in find_quotes(sent.text):
            assert quote.text in source
    # A quote sentence without attribution travels with the one that has it.
    text = ('The mayor spoke on Monday. She said: "We will rebuild. Every house will stand again." '
            'The council agreed. The work starts in May. Funding comes from the state.')
    doc, draft = draft_of(text)
    for para in draft.body:
        texts = [s.text for s in para]
        if any("Every house" in t for t in texts):
            joined = " ".join(texts)
            assert "She said" in joined and "We will rebuild" in joined


def test_non_english_article_is_rewritten():
    doc, draft = draft_of(GERMAN)
    assert doc.language == "de"
    assert len(draft.body) >= 3
    source = " ".join(doc.sentences)
    for sent in all_sentences(draft):
        for quote in find_quotes(sent.text):
            assert quote.text in source
    # German keeps its own capitalisation: no English Title Case.
    assert draft.headline == "Der Stadtrat von Freiburg hat am Montag einen neuen Haushalt beschlossen"


def test_headline_is_the_title_when_known():
    _, draft = draft_of(HARBOUR, title="Halifax port reopens after fire")
    assert draft.headline == "Halifax Port Reopens After Fire"  # in the house's Title Case, words unchanged


@pytest.mark.parametrize(("lead", "expected"), [
    ("Pakistan will take a decision on recognising the Taliban keeping in view its own interest, officials said on Saturday.",
     "Pakistan Will Take Decision on Recognising Taliban Keeping in View Its Own Interest"),
    ("The city council approved a budget of $4.5 billion on Monday, the mayor's office said.",
     "City Council Approved Budget of $4.5 Billion on Monday"),
    ("A mysterious affliction has killed as many as 18 people in southwestern Nigeria, leaving health officials scrambling to find its cause.",
     "Mysterious Affliction Has Killed as Many as 18 People in Southwestern Nigeria"),
    ("Yemeni officials said Saudi airstrikes targeting a military base on Tuesday hit a nearby school, injuring six students.",
     "Saudi Airstrikes Targeting Military Base on Tuesday Hit Nearby School"),
    ("Moreno, 24, is also wanted by former club Sevilla in La Liga, while two Italian clubs have shown interest.",
     "Moreno Is Also Wanted by Former Club Sevilla in La Liga"),
])
def test_headline_compresses_the_lead(lead, expected):
    assert make_headline(lead) == expected


def test_headline_uses_only_source_words_and_keeps_quotes():
    lead = ("Britain faces a 'coalition of chaos' under the opposition leader and her allies, "
            "the Prime Minister warned today in a speech in Glasgow to party members.")
    head = make_headline(lead)
    assert "'Coalition of Chaos'" in head  # a quote's words, cased as the headline is
    assert len(head.split()) <= 14
    source_words = {w.lower() for w in re.findall(r"[\w'’]+", lead)}
    assert {w.lower() for w in re.findall(r"[\w'’]+", head)} <= source_words


def test_title_case():
    assert title_case("the mayor of new york says “we are ready” on monday") == (
        "The Mayor of New York Says “We Are Ready” on Monday")
    # quoted words are cased like the rest, the quotation's first word always capitalised
    assert title_case("court told of 'a campaign of lies'") == "Court Told of 'A Campaign of Lies'"
    assert title_case("iPhone sales in the U.S. fell") == "iPhone Sales in the U.S. Fell"


def test_huge_input_is_ranked_in_linear_passes():
    paragraphs = [f"Report {i} says the harbour handled {i * 7} containers on day {i}. "
                  f"Officials counted {i * 3} ships in port {i % 17}." for i in range(6000)]
    doc, draft = draft_of("\n\n".join(paragraphs))
    assert len(doc.sentences) == 12000
    assert draft.summary and len(draft.body) >= 3


def test_four_sentences_with_a_quote_over_two_still_make_three_paragraphs():
    text = ('Hartley, 29, hurt his knee in training on Friday and was carried off. '
            'Coach Ruiz said: "It is a bad sprain and we fear ligament damage. '
            '"We will know more after the scan, but it does not look good." '
            'Hartley will miss Sunday\'s final against Leeds.')
    doc, draft = draft_of(text)
    assert len(doc.sentences) == 4
    assert len(draft.body) >= 3
    shipped = [i for p in draft.body for s in p for i in s.sources]
    assert len(shipped) >= 3 and len(set(shipped)) == len(shipped)
    # the second half of the quote never ships without the first, which names the speaker
    if 2 in shipped:
        assert shipped.index(2) == shipped.index(1) + 1


# --- the editor's rules ---------------------------------------------------------------

# Our own page, written for these tests, with the furniture a scraper leaves behind.
PAGE = """Harbour authorities reopened the main container terminal on Tuesday after a fire closed it for four days.

The first of its kind: A new fire tug moored at the terminal on Monday .

Port director Marguerite Doucet (left) and deputy Tom Bell inspect the damage .

The fire started in a storage shed late on Friday night, investigators said. It spread to two cranes before crews could contain it. As a result, 312 workers were sent home without pay for the weekend.

Doucet told reporters the port had learned a hard lesson -- and would spend $2 million on new sprinklers. "We were lucky -- very lucky," she said. "Our crews did remarkable work. They saved the terminal."

The closure cost shipping lines an estimated $18.5 million, according to the chamber of commerce.

About 9,600 containers were held on ships waiting outside the harbour.

Truckers said the shutdown left many of them without work for days.

The port will add 60 extra crane shifts to clear the backlog by Sunday.

CNN's Jane Example contributed to this report."""


def test_captions_and_bylines_never_ship():
    doc, draft = draft_of(PAGE)
    shipped = " ".join(s.text for s in all_sentences(draft))
    assert "(left)" not in shipped and "first of its kind" not in shipped
    assert "contributed to this report" not in shipped


def test_a_sentence_that_leans_back_follows_its_source_neighbour():
    from copydesk.ingest.dependency import opening_dependency

    for n in (1, 2, 3, 5):
        doc, draft = draft_of(PAGE, n)
        for passage in (draft.summary, [s for p in draft.body for s in p]):
            for k, sent in enumerate(passage):
                if opening_dependency(doc.sentences[sent.sources[0]]) is not None:
                    assert k > 0 and passage[k - 1].sources[-1] == sent.sources[0] - 1, sent.text


def test_house_style_dash_outside_quotes_and_attribution_to_the_front():
    doc, draft = draft_of(PAGE, 3)
    body = [s.text for p in draft.body for s in p]
    assert any("a hard lesson – and would spend" in t for t in body)
    assert any('"We were lucky -- very lucky," she said.' == t for t in body)  # never inside quotes
    from copydesk.engines.housestyle import house_style

    # the spaced dash between any spacing (a no-break space, a tab), not a hyphen
    assert house_style("The ferry\u00a0-\u00a0the last one\t--\tsailed at a long-term low.") == (
        "The ferry – the last one – sailed at a long-term low.")
    assert house_style("The closure cost shipping lines an estimated $18.5 million, according to the "
                       "chamber of commerce.") == ("According to the chamber of commerce, the closure cost "
                                                   "shipping lines an estimated $18.5 million.")
    # a name keeps its capital; a word of unknown case is not moved at all
    assert house_style("Bates, a former officer, had been a reserve deputy since 2008, according to the "
                       "Sheriff's Office.", names=frozenset({"Bates"})) == (
        "According to the Sheriff's Office, Bates, a former officer, had been a reserve deputy since 2008.")
    odd = "Motivations among the many are as varied as the nationalities, according to researchers."
    assert house_style(odd) == odd
    # a clause that carries no news: the speaker's tenure
    assert house_style("Manager Joost Example, who has worked at the company for 14 years, said the space "
                       "helped.") == "Manager Joost Example said the space helped."
    # a sentence that opens on a connective keeps its attribution where it is
    assert house_style("Separately, the storm sank four boats, according to the coastguard.") == (
        "Separately, the storm sank four boats, according to the coastguard.")


def test_a_quote_over_several_sentences_ships_whole_and_balanced():
    text = ("The mayor opened the new bridge over the river on Monday morning.\n\n"
            'Mayor Jane Example said: "This bridge took ten years to build. "It will carry '
            '20,000 cars a day and end the long wait for the town."\n\n'
            "Traffic on the old ferry has already fallen by half.\n\n"
            "The council will close the ferry in June after 80 years of service.")
    doc, draft = draft_of(text, 2)
    for para in draft.body:
        joined = " ".join(s.text for s in para)
        assert joined.count('"') % 2 == 0, joined
        if "took ten years" in joined:
            assert "20,000 cars a day" in joined and "build. It will" in joined


def test_a_bare_surname_gets_the_full_name_at_its_first_mention():
    from copydesk.engines.mentions import name_first_mentions
    from copydesk.engines.passages import Passages
    from copydesk.engines.units import Units

    sents = ["Port director Marguerite Doucet opened the terminal.", "Doucet said it was safe.",
             "Doucet added that no one was hurt."]
    units = Units(sents)
    passages = Passages(sents, units.of)
    assert name_first_mentions([sents[1], sents[2]], [1, 2], passages) == [
        "Marguerite Doucet said it was safe.", "Doucet added that no one was hurt."]


def test_a_quote_without_its_own_speaker_ships_with_its_introduction_or_not_at_all():
    text = ("Six men were charged on Monday with planning to burn down the harbour warehouse, "
            "prosecutors said.\n\n"
            '"Nothing stopped these men from plotting their goal," said prosecutor Jane Example '
            "of the district office.\n\n"
            '"They were not confused. They were not easily led. They knew exactly what they were doing."\n\n'
            "The men, aged 19 to 24, were arrested at their homes in the town on Sunday night.\n\n"
            "They will appear in court again in June, when a trial date will be set by the judge.")
    for n in (1, 3, 5):
        doc, draft = draft_of(text, n)
        for passage in (draft.summary, *draft.body):
            texts = [s.text for s in passage]
            for k, t in enumerate(texts):
                if t.startswith('"They were not confused'):
                    assert k > 0 and "said prosecutor Jane Example" in texts[k - 1]


def test_a_quote_over_three_source_paragraphs_ships_whole_with_one_pair_of_marks():
    text = ("Officers were called to the harbour at about 06:00 after reports of an injured man.\n\n"
            "He was taken to hospital, where his condition was described as stable.\n\n"
            'Det Sgt Jane Example said: "We are working to find out what happened to this man.\n\n'
            '"We believe he was in a shop on the quay at around 5am.\n\n'
            '"Anyone who saw a man in the area at that time is urged to get in touch."\n\n'
            "The quay was closed for most of the morning while officers searched it.")
    doc, draft = draft_of(text, 3)
    for para in [draft.summary, *draft.body]:
        joined = " ".join(s.text for s in para)
        assert joined.count('"') % 2 == 0, joined
        if "find out what happened" in joined or "urged to get in touch" in joined:
            assert joined.count('"') == 2 and "Det Sgt Jane Example said" in joined
            assert "what happened to this man. We believe" in joined


@pytest.mark.parametrize("source, edited", [
    ("Symptoms include fever, headaches and blurred vision, Dr Jane Example said.",
     "Dr Jane Example said symptoms include fever, headaches and blurred vision."),
    ("The cases have all occurred in the harbour district since April 13, health officials said Sunday.",
     "Health officials said Sunday the cases have all occurred in the harbour district since April 13."),
    # never a pronoun speaker, first person or a quotation: those stay as they are
    ("It was a long day for everyone on the quay, he said.", None),
    ("I was on the quay all day and saw the fire, Jane Example said.", None),
    ('The fire was "a disaster for the town," Jane Example said.', None),
    # a capital the source never writes in lower case: name or common word is unknown, so the
    # sentence stays (never "Dr Example said Headaches are ..."); digits and acronyms move
    ("Headaches are the first sign of the illness, Dr Jane Example said.", None),
    ("18 people have died in the harbour district since April, Dr Jane Example said.",
     "Dr Jane Example said 18 people have died in the harbour district since April."),
])
def test_attribution_moves_to_the_front_only_for_reported_speech(source, edited):
    from copydesk.engines.housestyle import front_attribution

    lowercase = frozenset("symptoms include the cases have all occurred in health officials".split())
    assert front_attribution(source, lowercase) == (edited or source)


def test_a_describer_before_a_name_is_no_first_name():
    from copydesk.check.context import names_in

    assert names_in("Retiring Harbour MP Glenda Example won the seat in 2010.") == (("Example", "Glenda Example"),)
    assert names_in("Former striker Joe Sample scored twice.") == (("Sample", "Joe Sample"),)
    assert names_in("Sterling Example said so.") == (("Example", "Sterling Example"),)


def test_a_capitalised_run_that_names_no_person_never_lends_its_words():
    """"Ukrainian Jewish immigration" is no person "Jewish"; "New Harbour manager" no "New Harbour";
    "Education Minister Jo Example" never becomes "Education Jo Example"."""
    from copydesk.engines.mentions import name_first_mentions
    from copydesk.engines.passages import Passages
    from copydesk.engines.units import Units

    sents = ["He came over in a wave of Ukrainian Jewish immigration to the coast.",
             "A 16-year-old Jewish recruit joined the unit.",
             "New Harbour manager Lee Sample wants a striker.",
             "The striker is a target for Harbour and two other clubs.",
             "Education Minister Jo Example said the plan would help.",
             "The plan was welcomed by Example in the chamber."]
    passages = Passages(sents, Units(sents).of)
    out = name_first_mentions([sents[1], sents[3], sents[5]], [1, 3, 5], passages)
    assert out[0] == sents[1] and out[1] == sents[3]
    assert "Education Jo Example" not in out[2]
    assert out[2] in (sents[5], "The plan was welcomed by Jo Example in the chamber.")


def test_a_surname_inside_a_sentence_gets_the_full_name_at_its_first_mention():
    from copydesk.engines.mentions import name_first_mentions
    from copydesk.engines.passages import Passages
    from copydesk.engines.units import Units

    sents = ["Assistant prosecutor Nadine Example spoke first.", '"They had no time," Example told the jury.',
             "Example sat down.", "The Example family was not in court.",
             "Ms Example's mother, Ann Sample, said they were proud."]
    passages = Passages(sents, Units(sents).of)
    assert name_first_mentions(sents[1:], [1, 2, 3, 4], passages) == [
        '"They had no time," Nadine Example told the jury.', "Example sat down.",
        "The Example family was not in court.", "Ms Example's mother, Ann Sample, said they were proud."]
    # a possessive at the rewrite's first mention is named in full too (a reader meets who
    # "Ms Example" is): "Nadine Example's mother"
    assert name_first_mentions([sents[4]], [4], passages) == ["Nadine Example's mother, Ann Sample, said they were proud."]


def test_similarities_run_on_one_blas_thread_and_leave_the_pool_as_it_was(monkeypatch):
    import numpy as np
    from threadpoolctl import threadpool_info

    from copydesk.engines import similarity

    # our own article: enough distinct words that the product is not trivially small
    text = " ".join(f"Story {k} tells of harbour{k} cranes, dockers{k} and a crane{k % 7} at pier {k}."
                    for k in range(60))
    doc = prepare(Article(text=text))
    ranked = ExtractiveEngine().rank(doc)
    rows = list(range(30))
    before = [p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"]
    seen = []
    real = similarity._product

    def spy(*args):
        seen.extend(p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas")
        return real(*args)

    monkeypatch.setattr(similarity, "_product", spy)
    sims = similarity.similarities(ranked, rows)
    assert seen  # the product ran, and saw the pool
    assert all(n == 1 for n in seen)
    assert [p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"] == before
    # the same figures as the product on however many threads the pool has
    assert np.array_equal(sims, real(ranked, rows))
    assert sims.shape == (30, 30) and np.allclose(np.diag(sims), 1.0)


@pytest.mark.parametrize("source, lead, passed", [
    ("Jane Example's bombs tore through their bodies: singeing flesh, shattering bones and severing limbs. "
     "But on Tuesday, jurors also began to hear about the holes her bombs left in the families of the dead. "
     "Jurors in Fairhaven must decide whether bomber Jane Example, 21, should go to prison for life. "
     "Prosecutor Alan Brooks told the jury that four people died in the attack on the town. "
     "Brooks said the victims' families would give evidence this week. "
     "The trial at Fairhaven Crown Court is expected to last two more weeks.", 2, (0, 1)),
    ("What did the contestant win on the game show this week? "
     "On Thursday's edition of the show, model Jane Example revealed the answer to a guessing game. "
     "Host Alan Brooks could not stop laughing at the mistake she made on air. "
     "Example said later that everything had turned out well for the contestant. "
     "The show has run on the network since 1972 and airs every weekday morning.", 1, (0,)),
])
def test_a_scene_setting_or_question_opening_the_lead_passed_over_stays_out_of_the_body(source, lead, passed):
    doc, draft = draft_of(source)
    body = [s.sources[0] for p in draft.body for s in p]
    assert body[0] == lead and not set(passed) & set(body)


def test_a_pronoun_before_its_name_gives_the_name_its_place():
    source = (
        "Jane Example's bombs tore through the crowd at the finish line in Fairhaven two years ago. "
        "Now that she has been found guilty on every count, the jury must decide whether Fairhaven bomber "
        "Example, 21, should go to prison for life. "
        "Jane Example said nothing when the verdict was read, her lawyer Alan Brooks said. "
        "Prosecutor Rita Vance told the jury that four people died in the attack on the town.")
    doc, draft = draft_of(source)
    texts = [s.text for s in all_sentences(draft)]
    assert ("Now that Fairhaven bomber Jane Example, 21, has been found guilty on every count, the jury must "
            "decide whether she should go to prison for life.") in texts, texts
    from copydesk.engines.mentions import name_before_pronoun
    from copydesk.engines.passages import Passages

    passages = Passages(doc.sentences, lambda i: (i,))
    kept = "Before she left, police arrested Fairhaven bomber Example at the station."
    assert name_before_pronoun(kept, passages) == kept  # the name is no subject: "she" cannot take its place


def test_paragraphs_split_again_when_context_cuts_leave_fewer_than_three(shared_data):
    import json

    records = [json.loads(line) for line in (shared_data / "news_dev.jsonl").read_text(encoding="utf-8").splitlines()]
    article = next(r["article"] for r in records if r["id"].startswith("dm-0f2ebc922213375a0f0ce8c2e82"))
    doc, draft = draft_of(article)
    assert len(draft.body) >= 3, [[s.sources for s in p] for p in draft.body]
    for para in draft.body[1:]:  # each new paragraph opens on a sentence that stands alone
        assert doc.sentences[para[0].sources[0]] and para[0].sources[0] not in (2, 6)


@pytest.mark.parametrize("text, surname, name, person", [
    ("Mr. Example spoke first. Jo Example came later.", "Example", "Jo Example", True),
    ("Sen. Ann Lee Example voted. Jo Example came later.", "Example", "Jo Example", True),
    ("Jo Example, 34, was hurt. The rest were fine.", "Example", "Jo Example", True),
    ("Jo Example was hurt. Example’s, 34, injuries were minor.", "Example", "Jo Example", True),
    ("Jo Example\nsaid nothing more. The rest left.", "Example", "Jo Example", True),
    ("It was, said Ann Lee Example, a shock. Jo Example agreed.", "Example", "Jo Example", True),
    ("Jo Example-Smith said so. Nobody else did.", "Example", "Jo Example", False),
    ("Mr Example-Smith spoke. Jo Example came later.", "Example", "Jo Example", True),
    ("Education Minister Jo Example spoke. Nobody else did.", "Example", "Education Jo Example", False),
    ("New Harbour manager Lee Sample wants a striker. Harbour lost.", "Harbour", "New Harbour", False),
    ("said A B C Example. Jo Example came later.", "Example", "Jo Example", False),
])
def test_is_person_reads_a_title_an_age_or_a_verb_of_speech_beside_the_surname(text, surname, name, person):
    from copydesk.engines.passages import Passages
    from copydesk.engines.units import Units

    sents = text.split(". ")
    assert Passages(sents, Units(sents).of).is_person(surname, name) is person


def test_a_summary_question_keeps_its_answer_after_it():
    text = ("What did the harbour council decide on Monday? A new ferry terminal! "
            "The harbour council voted to build a ferry terminal at Northtown for £4m. "
            "Work on the terminal will start in June and end in 2027. "
            "The old terminal closed in 2019 after a storm damaged its roof.")
    _, draft = draft_of(text, 3)
    texts = [s.text for s in draft.summary]
    for k, t in enumerate(texts):
        if t.endswith("?"):
            assert k + 1 < len(texts) and texts[k + 1] == "A new ferry terminal!", texts


def test_the_summary_puts_the_news_before_the_scene_when_nothing_is_stranded():
    text = ("There was a roar at the harbour at dawn, and then the old wall was gone. "
            "Now that the storm has passed, the harbour council must decide whether Northtown rebuilds the wall "
            "or moves the port. "
            "The council will vote on the plans on Friday, its leader said. "
            "Fishermen want the wall rebuilt.")
    doc, draft = draft_of(text, 3)
    picked = [s.sources[0] for s in draft.summary]
    assert picked[0] == 1 and 0 in picked, picked


def test_edit_reads_the_source_case_of_the_moved_first_word():
    from copydesk.engines.passages import Passages

    said = "Symptoms include a high fever and a cough, according to doctors at the clinic."
    with_lower = [said, "Doctors said the symptoms eased within days of the first dose."]
    with_name = [said, "The clinic said Symptoms is the name of its new ward for children."]
    alone = [said, "The clinic reopened on Monday after a week of repairs to its roof."]
    moved = "According to doctors at the clinic, symptoms include a high fever and a cough."
    assert Passages(with_lower, lambda i: (i,)).edit(said) == moved
    assert Passages(with_name, lambda i: (i,)).edit(said) == (
        "According to doctors at the clinic, Symptoms include a high fever and a cough.")
    passages = Passages(alone, lambda i: (i,))
    assert passages.edit(said) == said  # a capital the source never writes in lower case stays put
    assert passages.edit(said) == said  # asked again: the same answer


@pytest.mark.parametrize("text, quotes", [
    ("'We are ready now,' she said.", [("We are ready now,", 1, 18)]),
    ("He said ('in brackets here') it was.", [("in brackets here", 10, 26)]),
    ("The players' ball was 'kicked too far' today.", [("kicked too far", 23, 37)]),
    ("x'not a quote here' y", []),  # a mark after a letter opens nothing
    ("\u2014\u2018dash quoted words\u2019 end", [("dash quoted words", 2, 19)]),
])
def test_single_quoted_spans_open_at_the_start_or_after_a_space_or_bracket(text, quotes):
    assert [(q.text, q.start, q.end) for q in find_quotes(text)] == quotes


def test_british_quoted_paragraphs_lose_only_the_reopening_mark():
    from copydesk.engines.passages import join_quote_break

    assert join_quote_break(["'It was a long fight.", "'You have to keep going,' he said."]) == [
        "'It was a long fight.", "You have to keep going,' he said."]
    # a plural possessive closes nothing: the quote stays open and the next mark reopens it
    assert join_quote_break(["'The players' ball was gone.", "'Then it came back,' he said."]) == [
        "'The players' ball was gone.", "Then it came back,' he said."]


def test_ranking_terms_are_kept_and_the_store_stays_bounded(monkeypatch):
    from copydesk import lexicon

    monkeypatch.setattr(lexicon, "TERMS_KEPT", 3)
    monkeypatch.setattr(lexicon, "_TERMS", {})
    words = ["bombs", "the", "charged", "running", "bombs"]
    assert lexicon.rank_terms(words) == ["bomb", "", "charg", "run", "bomb"]
    assert len(lexicon._TERMS) == 4
    assert lexicon.rank_terms(["charged"]) == ["charg"]  # known: nothing is added
    assert len(lexicon._TERMS) == 4
    assert lexicon.rank_terms(["fights"]) == ["fight"]  # full: emptied, then the new word kept
    assert lexicon._TERMS == {"fights": "fight"}


def test_a_unit_with_apostrophes_only_ships_and_a_broken_quote_does_not():
    from copydesk.engines.passages import Passages

    sents = ["The mayor's plan won't pass, O'Brien said on Monday night in the chamber.",
             "Council members rejected the plan by seven votes to two after a long debate.",
             'He said "we will be back, and the plan will pass next year.',
             "The vote was held in the council chamber on the first floor of the town hall."]
    passages = Passages(sents, lambda i: (i,))
    assert passages.unit(0, (0,)) == (0,)
    assert passages.unit(2, (2,)) is None  # a quote left open: it cannot ship


def test_a_surname_is_named_in_full_once_per_rewrite_whichever_part_asks_first():
    from copydesk.engines.mentions import name_first_mentions
    from copydesk.engines.passages import Passages

    sents = ["Nadine Pellegrini, 41, was charged on Monday, police said in a statement.",
             "Pellegrini told the jury she had been at home all evening with her son.",
             "Pellegrini said the car was not hers and that she had never driven it."]
    passages = Passages(sents, lambda i: (i,))
    full = "Nadine Pellegrini told the jury she had been at home all evening with her son."
    assert name_first_mentions([sents[1], sents[2]], [1, 2], passages) == [full, sents[2]]
    # asked again (the body after the summary): the same answer, and a rewrite that names
    # her first keeps the later surname bare
    assert name_first_mentions([sents[1], sents[2]], [1, 2], passages) == [full, sents[2]]
    assert name_first_mentions([sents[0], sents[1]], [0, 1], passages) == [sents[0], sents[1]]


def test_attribution_to_the_front_after_an_abbreviation_keeps_one_stop():
    from copydesk.engines.housestyle import front_attribution
    # a fronted time would become the saying's: "Officials said on Tuesday morning, agents ordered ..."
    fronted = "On Tuesday morning, harbour agents ordered the two men to halt, officials said."
    assert front_attribution(fronted, frozenset({"the", "officials", "on"})) == fronted
    text = "The contract was awarded this week to Harbour Management Inc., officials said."
    assert front_attribution(text, frozenset({"the", "officials"})) == \
        "Officials said the contract was awarded this week to Harbour Management Inc."


def test_a_reopened_quote_with_a_speaker_of_its_own_is_a_new_quotation():
    from copydesk.engines.housestyle import join_quote_break

    # one quotation over two source paragraphs: the reopening mark goes
    assert join_quote_break(["The mayor said: 'We will rebuild the wall. 'It will take a year.'"]) == [
        "The mayor said: 'We will rebuild the wall. It will take a year.'"]
    # the second part has its own "said": two quotations, the first one closed
    assert join_quote_break(["The mayor said: 'We will rebuild the wall. 'It will take a year,' said the mayor."]) == [
        "The mayor said: 'We will rebuild the wall.' 'It will take a year,' said the mayor."]
    # the first part closes once; the reopens after it run on to the later speaker, not each one closed
    assert join_quote_break(["The mayor said: 'We will rebuild the wall. 'It will take a year. 'Then the road "
                             "opens,' she said."]) == [
        "The mayor said: 'We will rebuild the wall.' 'It will take a year. Then the road opens,' she said."]
    # a first part with no speaker of its own: the later "said" covers both, one quotation
    assert join_quote_break(["Then: 'We will rebuild the wall. 'It will take a year,' said the mayor."]) == [
        "Then: 'We will rebuild the wall. It will take a year,' said the mayor."]
    assert join_quote_break(['The mayor said: "We will rebuild the wall.',
                             '"It will take a year," she added.']) == [
        'The mayor said: "We will rebuild the wall."', '"It will take a year," she added.']


def test_a_single_mark_left_at_a_sentence_end_reopens_an_open_quotation():
    from copydesk.engines.housestyle import join_quote_break

    # the splitter left the next paragraph's reopening mark on this sentence: joined, it goes
    assert join_quote_break(["He said: ‘We have long called for it.", "We are delighted they agree. '",
                             "We hope others follow.’"]) == [
        "He said: ‘We have long called for it.", "We are delighted they agree.", "We hope others follow.’"]
    # no quotation open: the mark opens a new one and stays where it is
    assert join_quote_break(["‘I was relieved,’ said Sam, who last played here in 2012. '",
                             "On the outside looking in is hard."]) == [
        "‘I was relieved,’ said Sam, who last played here in 2012. '", "On the outside looking in is hard."]


def test_the_body_tells_the_story_in_the_sources_order_each_sentence_after_the_one_before():
    from copydesk.desk import prepare
    from copydesk.model import Article

    text = ("The harbour board in Northtown voted on Monday to close the western pier after a storm. "
            "The pier was damaged when waves broke over the wall on Saturday night. "
            "Engineers said the wall had cracked in three places. "
            "Jan Example (pictured) at the pier on Sunday . "
            "Police chased a stolen van along the coast road on Sunday. "
            "The chase ended when officers stopped the van near the pier. "
            "Repairs to the wall will cost the board £2m, the engineers said. "
            "The board said the pier would reopen in the spring. "
            "(The board is also sometimes called the harbour trust.) "
            "Fishermen said the closure would cost them their summer trade. "
            "A cafe on the pier has already laid off four of its six staff. "
            "Its owner said she had never seen the sea so high. "
            "The storm also flooded 40 homes in the old town. "
            "Residents were moved to the sports hall overnight. "
            "The council said most of them had now gone home. "
            "Weather forecasters expect more high winds on Thursday. "
            "The harbour board, the council and the pier company will meet on Friday. "
            "The pier company said the board, the council and the engineers would decide on the repairs. "
            "The board, the pier company and the council have not closed the pier since 1987. "
            "The pier board and the harbour council said the repairs to the pier would start in May.")
    doc = prepare(Article(text=text))
    draft = ExtractiveEngine().draft(doc)
    shipped = [s.sources[0] for para in draft.body for s in para]
    said = " ".join(doc.sentences[i] for i in shipped)
    # the caption and the bracketed note never ship; every other sentence follows the one before
    # it in the source, so "The chase" never stands where the chase was not told
    assert "(pictured)" not in said and "harbour trust" not in said
    assert "The chase ended" in said and "Police chased" in said
    kept = [i for i, t in enumerate(doc.sentences) if "(pictured)" not in t and "harbour trust" not in t]
    assert shipped == kept[:len(shipped)], shipped


def test_the_summary_keeps_the_sources_order_when_its_scene_setting_speaks_of_people_unnamed():
    from copydesk.desk import prepare
    from copydesk.model import Article

    text = ("The storm's waves tore through their homes: smashing windows, flooding cellars and sweeping away cars. "
            "But on Tuesday, residents also began to count what the storm had taken from the harbour. "
            "Now that the harbour board has closed the western pier, the town must decide whether to rebuild it. "
            "The board said repairs to the pier would cost £2m and take two years. "
            "Fishermen said the closure would cost them their summer trade at the pier. "
            "The council will meet on Friday to decide how to pay for the harbour repairs.")
    doc = prepare(Article(text=text))
    summary = ExtractiveEngine().draft(doc, summary_sentences=3).summary
    shipped = [s.sources[0] for s in summary]
    # the scene is picked, and after the news "their homes" would be the town's: the source's order stays
    assert 0 in shipped and shipped == sorted(shipped), shipped


def test_a_quoted_phrase_ending_on_s_closes_and_the_next_quotation_keeps_its_mark():
    """"shut Lane's 'big brown eyes' but ..." closes its quotation (no later mark could): the
    next sentence's opening mark opens a new one, and stays."""
    from copydesk.engines.housestyle import join_quote_break

    told = ["Jo Sample told the court she tried to shut the jogger's 'big brown eyes' but wasn't able to.",
            "'The big brown eyes were just staring at me,' Ms Sample told the court."]
    assert join_quote_break(told) == told
    # a plural's possessive inside an open quotation: the next paragraph's reopening mark goes
    run_on = ["He said: 'The players' wages are too high, and the fans' patience is gone.",
              "'We cannot go on like this.'"]
    assert join_quote_break(run_on)[1] == "We cannot go on like this.'"


def test_a_long_story_body_runs_to_its_longer_budget_in_source_order():
    """A 50-sentence story ships up to BODY_MAX sentences of it, in the source's order."""
    from copydesk.engines.extractive import BODY_MAX

    text = " ".join(f"Harbour crews repaired section {n} of the western pier on day {n} of the works, "
                    f"the board said in its report number {n}." for n in range(1, 51))
    draft = ExtractiveEngine().draft(prepare(Article(text=text)))
    told = [s.sources[0] for para in draft.body for s in para]
    assert 16 < len(told) <= BODY_MAX + 2
    assert told == sorted(told)


def test_a_middling_story_ships_all_of_its_sentences():
    """A 20-sentence story ships all 20, not the 85% (17) or three fifths it once did."""
    text = " ".join(f"Harbour crews repaired section {n} of the western pier on day {n} of the works, "
                    f"the board said in its report number {n}." for n in range(1, 21))
    draft = ExtractiveEngine().draft(prepare(Article(text=text)))
    told = [s.sources[0] for para in draft.body for s in para]
    assert len(told) == 20


def test_a_sentence_of_the_papers_after_a_closed_quotation_opens_a_paragraph():
    from copydesk.engines.paragraphs import turn
    before = 'Harbour master Sam Example said: "The wall took a battering and we cannot take any chances."'
    assert turn(before, 'Engineer Jo Example played down the damage, calling it "mostly cosmetic".')
    assert turn(before, "The harbour is expected to reopen next month.")
    assert not turn("The harbour closed on Sunday.", 'It will reopen, calling it "a fresh start".')

"""Faults found by copy editors reading outputs in the thirty-seventh session, each in invented
text: a quotation closed on a full stop before its speaker, and a comma closing one before a
sentence that names no speaker."""

from __future__ import annotations

import datetime as dt

NOW = dt.datetime(2025, 7, 6, 7, 13, 5, tzinfo=dt.UTC)


def _body(text: str) -> list[str]:
    import copydesk
    return [s.text for p in copydesk.rewrite(text, now=NOW).body for s in p]


def test_a_quotations_full_stop_before_its_speaker_is_a_comma():
    from copydesk.engines.housestyle import house_style
    assert house_style("'We share the anger about what a few people did years ago.' she wrote.") \
        == "'We share the anger about what a few people did years ago,' she wrote."
    assert house_style("'I had to find out who I was.' Jo Example, who now lives in Northtown, said.") \
        == "'I had to find out who I was,' Jo Example, who now lives in Northtown, said."
    assert house_style('"He is the captain I have been after." Example told Radio Northtown.') \
        == '"He is the captain I have been after," Example told Radio Northtown.'
    assert house_style("'We arrested him on Saturday.' said the officer.") \
        == "'We arrested him on Saturday,' said the officer."
    # (not before a sentence of its own, nor a capital pronoun's, nor after a question)
    for kept in ("'We won.' Example scored twice.", "'We won.' He said he was happy.",
                 "'Was it fair?' she asked.", "'It was great!' he said.",
                 "The players' wages rose sharply.' he said."):  # (no quotation opens before the mark)
        assert house_style(kept) == kept


def test_a_quotations_comma_before_a_sentence_with_no_speaker_is_a_full_stop():
    from copydesk.engines.housestyle import house_style
    assert house_style("'He was sent to custody,' His arrest follows a number of attacks.") \
        == "'He was sent to custody.' His arrest follows a number of attacks."
    kept = "'He was sent to custody,' He told reporters on Monday."  # (a speaker after all)
    assert house_style(kept) == kept


def test_the_stop_turned_comma_ships_and_counts_as_no_altered_quote():
    from copydesk.eval import altered_quotes
    text = ("A deputy mayor of Northtown resigned on Friday after a week of questions about a party held "
            "at the town hall in 2019, the council said.\n\n"
            "Jo Example, 54, wrote to every member of staff on Thursday evening.\n\n"
            "'This has been a very hard week for the council, with the press asking tough questions about "
            "what a few of us did years ago.' she wrote.\n\n"
            "The council will choose a new deputy mayor in May.\n\n"
            "An inquiry into the party will report in June.")
    body = " ".join(_body(text))
    assert "years ago,' she wrote." in body, body
    assert not altered_quotes([body], text)
    # (any other change inside the marks still counts)
    assert altered_quotes(["'what a few of us did years ago!' she wrote."], text)


def test_a_name_misspelt_once_takes_the_spelling_the_source_uses_more_often():
    from copydesk.ingest.typos import respellings
    text = ("Agency chief Dana Example-Leonhart is expected to resign, officials said. Leonhart has led the "
            "agency since 2007. Reports say Leonart sent an email to staff on Friday. A spokesman for Leonhart "
            "declined to comment. Staff at Northtown Advanced Towing said the Adanced Towing lot was closed. Advanced Towing is shut.")
    assert respellings(text) == {"Leonart": "Leonhart", "Adanced": "Advanced"}
    # (not a name that lacks only its last letter, another word or name: "Warne" beside "Warner",
    # "Syria" beside "Syrian"; nor two people of near names, each with a first name of their own)
    other = ("Shane Warne praised David Warner. Warner scored 90 and Warner took two catches. Syria and the "
             "Syrian army, the Syrian state. Andy Thomsen met Stephen Thompsen; Thompsen and Thompsen again.")
    assert respellings(other) == {}


def test_the_body_spells_the_name_as_the_source_mostly_does_and_never_inside_a_quotation():
    text = ("The head of the Northtown drugs agency, Dana Leonhart, is expected to resign after a scandal "
            "over parties held by her agents, an official said on Tuesday.\n\n"
            "Leonhart has led the agency since 2007 and is the second woman to run it.\n\n"
            "On Friday Leonart sent an email to all 9,000 staff about the parties.\n\n"
            "'I have asked Leonart to stay,' the mayor said of the uncannny timing.\n\n"
            "A spokesman for Leonhart declined to comment on the reports.\n\n"
            "The agency has about 9,000 staff in 20 offices across the region.")
    body = " ".join(_body(text))
    assert "On Friday Leonhart sent an email" in body, body
    assert "'I have asked Leonart to stay,'" in body  # (the speaker's words as the source has them)
    assert "the uncanny timing" in body

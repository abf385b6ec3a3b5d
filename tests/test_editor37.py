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

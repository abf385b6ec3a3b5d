"""The body's faults found by reading outputs in the thirty-fifth session, each in invented text:
a pull quote set from a quotation told with its speaker, and a lede paragraph that runs long."""

from __future__ import annotations


def test_a_pull_quote_set_from_a_speakers_quotation_never_ships_as_the_papers_words():
    import datetime as dt

    import copydesk
    now = dt.datetime(2025, 7, 6, 7, 13, 5, tzinfo=dt.UTC)
    text = ("The merger of the two Northtown bus companies became final on Tuesday, the regulator said.\n\n"
            "The new company will run 400 buses across the county from next month.\n\n"
            "Not one of the county's bus routes has made a profit since the year 2008.\n\n"
            "Fares will rise by 5% in January, and three rural routes will close in the spring.\n\n"
            "\u201cNot one of the county's bus routes has made a profit since the year 2008,\u201d says transport "
            "analyst Jo Example. She expects more routes to close next year.")
    shipped = [s.text for p in copydesk.rewrite(text, now=now).body for s in p]
    assert "Not one of the county's bus routes has made a profit since the year 2008." not in shipped
    # (the speaker's own line, with its marks and its speaker, may ship)
    from copydesk.ingest.repeats import pull_quotes
    sentences = ["The new company will run 400 buses across the county from next month.",
                 "Not one of the county's bus routes has made a profit since the year 2008.",
                 "\u201cNot one of the county's bus routes has made a profit since the year 2008,\u201d says Jo Example."]
    assert pull_quotes(sentences)[0] == {1}
    # (a line that only shares some words with a quotation is the copy's own)
    assert pull_quotes([*sentences[:1], "Not one of the routes made a profit last year.", sentences[2]])[0] == set()


def test_the_leads_paragraph_takes_a_third_sentence_only_while_it_stays_short():
    from copydesk.engines.paragraphs import pack_paragraphs
    chosen = [(0,), (1,), (2,), (3,), (4,), (5,), (6,), (7,)]
    # three long sentences: the lead's paragraph holds two
    assert pack_paragraphs(chosen, (0,), lengths=[30, 25, 25, 20, 20, 20, 20, 20])[0] == [0, 1]
    # three short ones: all three
    assert pack_paragraphs(chosen, (0,), lengths=[20, 15, 12, 20, 20, 20, 20, 20])[0] == [0, 1, 2]

"""The source's slips a copy editor catches (copydesk.ingest.typos). Our own sentences."""

from __future__ import annotations

import pytest

from copydesk.ingest.typos import doubled, garbled, garbled_each


@pytest.mark.parametrize("text, fixed", [
    ("The council issued the warrant for for the two skippers.", "The council issued the warrant for the two skippers."),
    ("There are white and and dark options.", "There are white and dark options."),
    ("The The ferry sailed.", "The ferry sailed."),
    ("Harbour chiefs have been were accused of hypocrisy.", "Harbour chiefs have been accused of hypocrisy."),
    ("The ferry has been is taken.", "The ferry has been taken."),
    ("It has been were it was.", "It has been were it was."),  # no participle after: not a slip we mend
    ('"We want the the ferry back," she said of the the pier.', '"We want the the ferry back," she said of the pier.'),
    ("What it is is a ferry that had had its day, and that that is so is plain.",
     "What it is is a ferry that had had its day, and that that is so is plain."),
    # where the fast paths look: a run at the start, after a bracket or dash, across a line
    # break, in capitals, and in text beyond ASCII (curly quotes, a dotless i)
    ("(For for the record) the ferry sailed.", "(For the record) the ferry sailed."),
    ("The ferry sailed—AND AND it sank.", "The ferry sailed—AND it sank."),
    ("The ferry sailed to\nto the pier.", "The ferry sailed to the pier."),
    ("The ferry sailed to\u00a0to the pier, in  in the rain.", "The ferry sailed to the pier, in the rain."),
    ("“Ferries,” she said, “sail.” It sailed in in the rain.", "“Ferries,” she said, “sail.” It sailed in the rain."),
    ("The ferry sailed ın ın the rain.", "The ferry sailed ın the rain."),  # (ignoring case, "ı" is an "i")
    ("The ferry sailed aſ aſ it sank.", "The ferry sailed aſ it sank."),
])
def test_doubled_words_outside_quotes_are_written_once(text, fixed):
    assert doubled(text) == fixed


@pytest.mark.parametrize("text, bad", [
    ("Fees rose, as a they had been hit by a fall in subsidies.", True),
    ("Harbour chiefs have been were accused of hypocrisy.", False),  # mended by ``doubled``
    ("She spoke at a dinner in honour of the Time 100 ion New York on Tuesday.", True),
    ("The coach comes face to with his old club on Wednesday.", True),
    ("The A-list cast was there, and the A&E unit was busy.", False),
    ("The ferry drove by in a storm, and the ion channel study was published.", False),
    ('"Have been were," he typed, and laughed.', False),  # inside a quotation: the speaker's
    # where the fast path looks: at the start, after a mark, before a quotation, in capitals
    ("A they had been hit, the report says.", True),
    ("Fees rose (an is the word) by a tenth.", True),
    ("Fees rose, as the “they” had said.", False),
    ("Fees rose, and the 'were' was crossed out.", False),
    ("Fees rose, as THE they had said.", False),
    ("Fees rose, as athe they had said.", False),
    ("Fees rose to with the tide.", True),
    ("Fees rose into with the tide.", False),
    ("The Time 100 ion new York.", False),
])
def test_garbled_runs(text, bad):
    assert garbled(text) is bad


def test_garbled_each_reads_each_sentence_as_garbled_does():
    sents = ["Fees rose, as a they had been hit.", "The Time 100 ion", "New York was busy.",
             "The coach comes face to", "with his old club.", "A they had gone.", '"Have been were," he typed.',
             "Fees rose (an is the word) by a tenth.", "The ferry sailed."]
    assert garbled_each(sents) == [garbled(s) for s in sents] == [True, False, False, False, False, True, False,
                                                                   True, False]
    assert garbled_each([]) == []



def test_two_sentences_run_together_with_the_stop_lost_do_not_ship():
    from copydesk.ingest.typos import garbled, garbled_each

    glued = "Sam Example will leave the harbour board to help the council defend its plans There were three votes."
    assert garbled(glued)
    assert garbled_each(["The wall fell.", glued, "It was rebuilt."]) == [False, True, False]
    # a capital after a lower-case word that opens no sentence, or one inside a quotation, is no sign
    assert not garbled("The mayor met the harbour board in Northtown on Monday.")
    assert not garbled('He said "we knew There was a way" on Monday.')
    assert not garbled("The council said it would rebuild the wall. It was the right call.")

"""The source's slips a copy editor catches (copydesk.ingest.typos). Our own sentences."""

from __future__ import annotations

import pytest

from copydesk.ingest.typos import doubled, garbled


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
])
def test_garbled_runs(text, bad):
    assert garbled(text) is bad

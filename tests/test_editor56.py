"""Session 56's editor rules, on invented text: each case is a fault a copy-editor judge found in a
real rewrite, or a guard that pins what a rule must not do."""

from __future__ import annotations

import pytest

from copydesk import rewrite
from copydesk.desk import article_from_text, prepare
from copydesk.ingest.roles import roles
from copydesk.ingest.titles import clean_title
from copydesk.segment import split_sentences


# a title that ends on its speaker with no comma before the name gets one (judge RB 12: "'Meth. We're On It':
# South Dakota Campaign Is Working Kristi Noem Says")
@pytest.mark.parametrize(("title", "cleaned"), [
    ("Harbour plan is working Jo Example says", "Harbour plan is working, Jo Example says"),
    ("'Fish. We're on it': harbour campaign is working Jo Example says",
     "'Fish. We're on it': harbour campaign is working, Jo Example says"),
    # (a clause's own speaker, and a name that runs on over "of", keep theirs)
    ("Here's what Example says", "Here's what Example says"),
    ("Prices will rise next year Bank of Northtown says", "Prices will rise next year Bank of Northtown says"),
    ("Stocks fall as markets slide while Example says", "Stocks fall as markets slide while Example says"),
])
def test_a_titles_closing_speaker_gets_its_comma(title, cleaned):
    assert clean_title(title) == cleaned


# a long headline loses a free relative's comment after "for what was" (judge RA 06: "Aguero Receives
# Four-Match Ban for What Was Second Dismissal for Violent Conduct This Season")
def test_a_headline_drops_the_comment_after_for_what_was():
    text = ("The charge follows the brawl in the last minute of the game at Northtown Park, which Southbury won 3-1.\n\n"
            "Northtown had forward Jo Example and midfielder Sam Sample sent off in the closing minute of the game.\n\n"
            "Manager Alex Model apologised for his team's part in the incident after the final whistle.\n\n"
            "Example, 28, received a four-match ban for what was his second dismissal for violent conduct this season.\n\n"
            "Both clubs have until Friday to respond to the charge from the league.")
    head = rewrite(text).headline
    assert "What Was" not in head and head.endswith("Four-Match Ban"), head

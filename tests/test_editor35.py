"""The editor's faults found by reading outputs in the thirty-fifth session, each in invented
text (a copy editor's review of 200 headlines, and the desk's own reading)."""

from __future__ import annotations

from copydesk.engines.headline import write_headline
from copydesk.engines.headplain import make_headline

OTHER = "The council will meet again next month to discuss the plans for the town centre."


def headline(lead: str) -> str:
    return write_headline([lead, OTHER], 0)


def test_a_four_letter_past_in_ed_is_told_in_the_headlines_present():
    assert headline("Residents used social media to share the names of the missing fishermen.") \
        == "Residents Use Social Media to Share Names of Missing Fishermen"
    assert headline("The family of a Northtown pensioner sued the council over the state of the road.") \
        .startswith("Family of Northtown Pensioner Sues Council")
    # (a habit is no event: "used to" stays as it is)
    assert "Use to" not in headline("The Northtown ferry used to carry more than 400 cars a day across the river.")
    # (and a participle before its noun is no verb)
    assert headline("Used cars are selling at record prices across the region this spring.").startswith("Used Cars")


def test_the_papers_own_reporting_frame_leaves_the_headline_to_its_news():
    assert headline("The BBC understands no bids to save the two old frigates have been submitted.") \
        == "No Bids to Save Two Old Frigates Have Been Submitted"
    assert headline("The Northtown Courier has learned that ministers will scrap the bridge toll next month.") \
        .startswith("Northtown Courier")  # (a paper the frame does not know keeps its words)
    assert headline("The Times has learned that ministers will scrap the bridge toll next month.") \
        == "Ministers to Scrap Bridge Toll Next Month"
    # (what the paper understands of a manner or a reason is no news of its own: the next sentence heads)
    assert headline("The BBC understands how difficult the decision was for the family of the boy.") \
        .startswith("Council to Meet")


def test_a_way_keeps_its_article_in_headlinese():
    # (the plain headline, when no trimmed one is well formed, drops its articles but this one)
    assert make_headline("Jo Example admits she has to start trying to work out a way to stop the Northtown "
                         "striker Sam Sample.") == "Jo Example Admits She Has to Start Trying to Work out a Way"

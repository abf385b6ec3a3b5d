"""The other side of the story closes the body: the accused's denial in a court or tribunal
story (``copydesk.engines.court``); every fixture is invented."""

from __future__ import annotations

import pytest


def test_a_court_story_keeps_the_accused_denial():
    """The prosecution's account without the denial reads as fact: the denial ships."""
    import copydesk

    text = ("A harbour worker stole fuel worth thousands from the port over two years, a jury at "
            "Exampleton Crown Court heard on Monday. Prosecutor Ann Sample said Tom Example took the "
            "fuel at night and sold it to boat owners. The port noticed the losses in the spring, the "
            "court heard. Staff checked the tanks every week after that. The fuel was worth about "
            "£20,000, the prosecution said. Boat owners paid cash for it, the jury was told. Some of "
            "them were questioned by police. The port has since fitted new locks to the tanks. A "
            "manager said the losses had hurt the business. Workers were told to report anything odd. "
            "The port changed its night shifts as well. Police searched Mr Example's home in May. "
            + " ".join(f"On day {n} of the scheme, {n * 40} litres of fuel went missing from tank {n}, "
                       f"the jury heard." for n in range(2, 24))
            + " Mr Example denies theft. The trial continues.")
    result = copydesk.rewrite(text, published="2025-03-04")
    body = " ".join(s.text for para in result.body for s in para)
    assert "Mr Example denies theft." in body


def test_both_defendants_deny_closes_the_story_before_its_sign_off():
    """"Both defendants" is a determiner before the people the story told of, not a pronoun
    that must follow its sentence: the denial ships, before "The trial continues."."""
    import copydesk
    from copydesk.ingest.dependency import opening_dependency

    assert opening_dependency("Both defendants deny murder.").startswith("reference")
    assert opening_dependency("Both were later released.").startswith("pronoun")
    assert opening_dependency("All three men deny the charges.").startswith("reference")
    text = ("Two cousins robbed a retired harbour master and left him in a ditch, a jury at Exampleton "
            "Crown Court heard on Monday. Sam Example and Jo Sample took £9,000 from his safe, the "
            "prosecution said. The victim was found by a dog walker the next morning, the court heard. "
            "Prosecutor Ann Test said the cousins left no fingerprints. Police found the empty safe in a "
            "river in May. The victim, who is 81, still lives at the harbour.\n\n"
            "Accused: Sam Example (left) arrives at court with Jo Sample .\n\n"
            "Both defendants deny robbery. The trial continues.")
    result = copydesk.rewrite(text, published="2025-03-04")
    body = [s.text for para in result.body for s in para]
    assert body[-2:] == ["Both defendants deny robbery.", "The trial continues."]


def test_a_tribunal_story_keeps_the_denial_its_subject_sent():
    from copydesk.engines.court import denial
    sents = ["A harbour pilot steered a ferry onto rocks to save time, a medical tribunal has heard.",
             "The tribunal was told the pilot had ignored two warnings.",
             "The hearing continues.",
             "Professor Sam Example, who now works abroad, has sent emails in which he 'emphatically denies' "
             "the allegations."]
    assert denial(sents, lambda i: True) == 3


def test_court_denial_needs_two_court_sentences_and_takes_the_first_that_may_close():
    from copydesk.engines.court import denial

    story = ["A jury heard the case on Monday.", "The trial continues next week.",
             "Mr Example denies theft.", "Both defendants deny fraud."]
    assert denial(story, lambda i: True) == 2
    assert denial(story, lambda i: i != 2) == 3
    assert denial(["A jury heard the case on Monday.", "Mr Example denies theft."], lambda i: True) is None


@pytest.mark.parametrize("story, found", [
    # beyond ASCII (curly quotes, a dash), in capitals, by a plea: still read
    (["A jury heard the “harbour case” on Monday.", "The TRIAL continues – next week.",
      "Mr Example denies theft."], 2),
    (["A jury heard the “harbour case” on Monday.", "The trial continues next week.",
      "Both defendants pleaded not guilty to fraud."], 2),
    # court words and words holding "den" ("evidence", "sudden"), but no denial
    (["A jury heard the “harbour case” on Monday.", "The trial saw sudden new evidence.",
      "Mr Example admits theft."], None),
    # a dotless i, which the court words read as an "i" ignoring case
    (["The trıal opened on Monday.", "The magıstrates sat next week.", "Mr Example denies theft."], 2),
])
def test_court_denial_in_text_beyond_ascii(story, found):
    from copydesk.engines.court import denial

    assert denial(story, lambda i: True) == found


def test_a_verdict_headline_says_what_the_count_was_of():
    from copydesk.engines.court import counts_of
    from copydesk.engines.headline import write_headline

    sents = ["Sam Example, of Northtown, who has sold fish on the quay for 30 years, denied three counts of fraud.",
             "The 62-year-old was found guilty of one count when he sold fish he had not caught in April.",
             "He was cleared of the two other counts by a jury at Northtown Crown Court."]
    assert write_headline(sents, 0) == "Sam Example Found Guilty of One Count of Fraud"
    # two kinds of count told: which one is not said, so nothing is added
    assert counts_of("Man Found Guilty of One Count", ["He denied two counts of fraud and one count of theft."]) == (
        "Man Found Guilty of One Count")

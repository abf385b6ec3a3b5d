"""Headline edits: the present tense, a dropped day, the paper's own reporting (``copydesk.engines.headline``)."""



def test_a_verb_after_and_stays_past_when_the_one_before_it_cannot_change():
    """'met staff and viewed': with the first verb unread, the second never goes present alone
    ('Met Staff and Views Exhibition' clashes)."""
    from copydesk.engines.tense import present_tense

    words = frozenset("the mayor met staff and viewed an exhibition views view".split())
    assert present_tense("Mayor, joined by staff, met crews and viewed exhibition", words) == (
        "Mayor, joined by staff, met crews and viewed exhibition")
    assert present_tense("Gunman killed guard and left town", frozenset("kills leaves".split())) == (
        "Gunman kills guard and leaves town")


def test_a_day_before_the_subject_goes_from_a_headline_without_its_comma():
    from copydesk.engines.headline import trim

    assert trim("Yesterday the harbour board revealed how the pier was sold.") == "harbour board reveals how pier was sold"
    assert trim("Today Show host Sam Example was sacked on Monday.").startswith("Today Show host")


def test_the_papers_own_reporting_is_no_headline():
    from copydesk.engines.headline import headline_problem

    assert headline_problem("Mail reveals how millions was being wasted on prescriptions").startswith("the paper's own")
    assert headline_problem("MailOnline can reveal harbour board sold pier").startswith("the paper's own")
    assert not (headline_problem("Mailman delivers last letter after 40 years on his round") or "").startswith("the paper")


def test_a_participle_before_its_noun_is_no_verb_and_the_verb_after_goes_present():
    from copydesk.engines.tense import present_tense

    words = frozenset("breaks break".split())
    assert present_tense("Family of murdered harbour worker Sam Example broke down in court", words) == (
        "Family of murdered harbour worker Sam Example breaks down in court")
    assert present_tense("Police arrested man", frozenset("arrests arrest".split())) == "Police arrest man"


def test_a_regular_past_and_its_present_are_one_word_to_the_name_in_full():
    """'Sitoula endured' -> 'Sitoula Endures': the words are still the source's, so the surname
    may go in full ('Tanka Maya Sitoula Endures ...')."""
    from copydesk.engines.headnames import deletion_only
    from copydesk.engines.tense import base_form

    assert deletion_only("Example endures 36 hours trapped", "After the quake, Example endured 36 hours trapped.")
    assert deletion_only("Example charges crew", "Example charged the crew.")
    assert not deletion_only("Example wins title", "Example lost the title.")
    assert not deletion_only("Example boxes title", "Example boxer title.")  # (only a past in -ed has a present)
    assert [base_form(w, frozenset()) for w in ("endured", "secured", "captured", "toured")] == [
        "endure", "secure", "capture", "tour"]

"""The checker reads a match result: who beat whom, and by what score (``copydesk.check.scores``)."""

from __future__ import annotations

from copydesk.check import check_texts
from copydesk.check.scores import results

SOURCE = (
    "Sam Example struck firmly past the Westland keeper on 89 minutes after a drab game. "
    "The win means Northland play Southland on Wednesday with top spot of the group still at stake. "
    "Southland secured their place in the quarter-finals with a 2-1 victory over Eastland earlier on Saturday. "
    "Match ends, Northland 1, Westland 0."
)


def _problems(text: str) -> list[str]:
    return [p.detail for s in check_texts(SOURCE, text).sentences for p in s.problems]


def test_a_result_told_as_the_source_tells_it_is_supported():
    assert _problems("Northland beat Westland 1-0.") == []
    assert _problems("Westland lost 1-0 to Northland.") == []


def test_a_result_turned_round_or_a_draw_made_of_a_win_is_flagged():
    for wrong in ("Westland beat Northland 1-0.", "Northland drew 1-1 with Westland.", "Northland beat Westland 2-0."):
        assert any("the result" in d for d in _problems(wrong)), wrong


def test_a_result_of_sides_the_source_never_pairs_is_left_to_the_other_checks():
    # (the number check still reads its figures; the result check has nothing to hold it against)
    assert not any("the result" in d for d in _problems("Northland beat Eastland 2-1."))


def test_results_are_read_in_the_forms_a_report_uses():
    told = {(r.winner, r.loser, r.score, r.draw) for r in results(
        "Northland beat Westland 3-1. Southland won 2-0 against Eastland. Upton drew 2-2 with Downton. "
        "Midtown lost 4-1 to Lowtown. Match ends, Hightown 0, Farton 2.")}
    assert told == {("Northland", "Westland", (3, 1), False), ("Southland", "Eastland", (2, 0), False),
                    ("Upton", "Downton", (2, 2), True), ("Lowtown", "Midtown", (4, 1), False),
                    ("Farton", "Hightown", (2, 0), False)}


def test_a_headline_in_title_case_is_read_too():
    from copydesk.check.scores import check_scores

    problems: list = []
    told = check_scores("Northland Beat Westland 1-0", results(SOURCE), problems)
    assert told == {"1", "0"} and problems == []
    check_scores("Westland Beat Northland 1-0", results(SOURCE), problems)
    assert problems and "the result" in problems[0].detail


def test_a_shootout_an_aggregate_and_a_youth_side_are_not_the_match_result():
    from copydesk.check.scores import check_scores

    source = results("Westland beat Northland 4-3 on penalties after the cup tie ended 1-1. "
                     "Northland Under-21s beat Westland Under-21s 4-0 earlier in the day.")
    problems: list = []
    check_scores("Northland drew 1-1 with Westland.", source, problems)
    assert problems == []  # (the shootout's 4-3 is no result of the match)
    check_scores("Westland Under-21s won 1-0 against Northland Under-21s.", source, problems)
    assert not any("Northland 1-1" in p.detail or "Westland 1-1" in p.detail for p in problems)  # (not the seniors')


def test_a_confirmed_result_clears_only_a_sentence_that_holds_no_other_score():
    text = "Northland beat Westland 1-0, a week after losing 0-1 at Eastland."
    assert _problems(text)  # the 2-0 is nowhere in the source: still flagged

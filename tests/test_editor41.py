"""Faults found by copy editors reading outputs in the forty-first session, each in invented text."""

from __future__ import annotations

import copydesk
from shipping import NOW


def _headline(text: str) -> str:
    return copydesk.rewrite(text, now=NOW).headline


def test_a_phrasal_verbs_particle_is_capitalised_and_a_prepositions_is_not():
    from copydesk.engines.titlecase import title_case
    assert title_case("Armed police seal off area") == "Armed Police Seal Off Area"
    assert title_case("Police cordon off area around building") == "Police Cordon Off Area Around Building"
    assert title_case("Reforms to drive up standards") == "Reforms to Drive Up Standards"
    assert title_case("Striker thrown out of tournament") == "Striker Thrown Out of Tournament"
    assert title_case("Mother woken up by son") == "Mother Woken Up by Son"
    assert title_case("Time's running out for voters") == "Time's Running Out for Voters"
    assert title_case("Coach tries to work out a way") == "Coach Tries to Work Out a Way"
    # (the same words as prepositions stay lowercase)
    assert title_case("Sailor was rescued off Northtown") == "Sailor Was Rescued off Northtown"
    assert title_case("Biologists study octopuses off Northtown coast") == "Biologists Study Octopuses off Northtown Coast"


def test_a_figures_compound_is_title_cased_and_a_score_is_left_as_it_is():
    from copydesk.engines.titlecase import title_case
    assert title_case("Police name 21-year-old student") == "Police Name 21-Year-Old Student"
    assert title_case("A 10-man side holds on") == "A 10-Man Side Holds On"
    assert title_case("Northtown win 2-1 in the 2013-14 season") == "Northtown Win 2-1 in the 2013-14 Season"

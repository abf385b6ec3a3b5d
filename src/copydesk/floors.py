"""The eval gate's floors: figures of ``copydesk eval`` pinned in ``eval-floors.json``.

A floor (``min``) only rises and a ceiling (``max``) only falls; ``scripts/gate`` fails a
commit whose figure is worse than its bound, and ``scripts/raise-floors`` moves the bounds
to better figures (lower only with ``--allow-regression``).
"""

from __future__ import annotations

import copy
import math
from typing import Any


def lookup(report_engine: dict[str, Any], key: str) -> Any:
    """The figure at dotted ``key`` ("groups.cnndm.rouge1.reference") or None."""
    node: Any = report_engine
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def pin(value: float, bound: str) -> float:
    """A bound from a figure: a floor is rounded down, a ceiling up, to 4 places."""
    scaled = value * 10_000
    rounded = math.floor(scaled + 1e-6) if bound == "min" else math.ceil(scaled - 1e-6)
    return rounded / 10_000


def check_floors(figs: dict[str, Any], floors: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per pinned figure: key, bound ("min"/"max"), pinned value, figure, ok."""
    rows = []
    for bound in ("min", "max"):
        for key, pinned in sorted(floors.get(bound, {}).items()):
            value = lookup(figs, key)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                ok = value >= pinned if bound == "min" else value <= pinned
            else:
                ok, value = False, None
            rows.append({"key": key, "bound": bound, "pinned": pinned, "figure": value, "ok": ok})
    return rows


def raise_floors(figs: dict[str, Any], floors: dict[str, Any], *,
                 allow_regression: bool = False) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """New floors moved to the current figures, and the rows that would loosen a bound.

    A floor only rises and a ceiling only falls. When a figure is worse than its bound,
    that bound is left as it is and the row is returned as a regression, unless
    ``allow_regression``, which moves the bound to the figure.
    """
    new = copy.deepcopy(floors)
    regressions = []
    for row in check_floors(figs, floors):
        if row["figure"] is None:
            regressions.append(row)
            continue
        pinned = pin(row["figure"], row["bound"])
        if not row["ok"]:
            regressions.append(row)
            if not allow_regression:
                continue
        elif row["bound"] == "min":
            pinned = max(pinned, row["pinned"])
        else:
            pinned = min(pinned, row["pinned"])
        new[row["bound"]][row["key"]] = pinned
    return new, regressions

"""Judge a dateline place against a hand label: "right", "wrong" or "none".

A label is ``{"place": "Halifax, Canada" | None, "country": "Canada" | None, ...}``
(benchmarks/labels/dev-places.json). The verdict on the place a dateline gave:

* "none" when no place was given;
* "wrong" when the label is None (no clear place: any place is wrong), when the
  countries differ, or when both name a city or region and they differ;
* "right" otherwise. A country alone agrees with any place in that country, and a
  city agrees with a US state or UK nation it lies in ("Topeka, United States" with
  "Kansas, United States", "Cardiff, United Kingdom" with "Wales, United Kingdom"). A region
  told with its word is that region ("Ondo State, Nigeria" agrees with "Ondo, Nigeria").
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Literal

from copydesk.errors import InputError
from copydesk.gazetteer import gazetteer
from copydesk.lexicon import REGION_WORDS

Verdict = Literal["right", "wrong", "none"]
_GB_NATIONS = {"england": "ENG", "scotland": "SCT", "wales": "WLS", "northern ireland": "NIR"}


def _split(place: str) -> tuple[str | None, str | None]:
    """"Halifax, Canada" -> ("halifax", "canada"); "Canada" -> (None, "canada")."""
    parts = [p.strip().lower() for p in place.split(",") if p.strip()]
    if not parts:
        return None, None
    if len(parts) == 1:
        return (None, parts[0]) if parts[0] in gazetteer().countries else (parts[0], None)
    return _REGION_WORD.sub("", ", ".join(parts[:-1])), parts[-1]


# a region told with its word is that region: "Ondo State, Nigeria" is the label's "Ondo, Nigeria"
_REGION_WORD = re.compile(r"\s(?:" + "|".join(REGION_WORDS) + r")$")


def _code(country: str | None) -> str | None:
    return gazetteer().countries.get(country) if country else None


def _canonical(name: str, code: str | None) -> str:
    """"new york" -> "new york city": the gazetteer's own name for the city in that country."""
    for city in gazetteer().cities.get(name, []):
        if code is None or city.country == code:
            return city.name.lower()
    return name


def _inside(city: str, region: str, code: str | None) -> bool:
    """Whether ``city`` lies in ``region``, a US state or UK nation (by the gazetteer)."""
    gaz = gazetteer()
    if code == "US" and region in gaz.states:
        admin = gaz.states[region]
    elif code == "GB" and region in _GB_NATIONS:
        admin = _GB_NATIONS[region]
    else:
        return False
    return any(c.country == code and c.admin1 == admin for c in gaz.cities.get(city, []))


def place_verdict(got_place: str | None, label: dict[str, Any]) -> Verdict:
    """"right", "wrong" or "none" for ``got_place`` against ``label``; see the module doc."""
    if not got_place or not got_place.strip():
        return "none"
    if not label.get("place"):
        return "wrong"
    got_name, got_country = _split(got_place)
    want_name, want_country = _split(label["place"])
    want_country = (label.get("country") or want_country or "").lower() or None
    got_code, want_code = _code(got_country), _code(want_country)
    if got_country is not None:
        if (got_code or got_country) != (want_code or want_country):
            return "wrong"
    elif got_name != want_name:  # a bare name the gazetteer does not know
        return "wrong"
    if got_name is None or want_name is None:
        return "right"
    a, b = _canonical(got_name, got_code), _canonical(want_name, want_code)
    if a == b or _inside(a, want_name, want_code) or _inside(b, got_name, got_code):
        return "right"
    return "wrong"


def place_figures(pairs: list[tuple[str | None, dict[str, Any]]]) -> dict[str, Any]:
    """Figures over (place given, label) pairs: how many places given, and how many wrong.

    ``place_given_share`` is over all pairs; ``place_wrong_share`` over the places given
    (None when none was given). Both are shares in 0..1, as the eval figures are.
    """
    verdicts = [place_verdict(got, label) for got, label in pairs]
    given = sum(v != "none" for v in verdicts)
    wrong = verdicts.count("wrong")
    return {"articles": len(pairs), "given": given, "right": verdicts.count("right"), "wrong": wrong,
            "place_given_share": round(given / len(pairs), 4) if pairs else None,
            "place_wrong_share": round(wrong / given, 4) if given else None}


def load_place_labels(path: str | Path) -> dict[str, dict[str, Any]]:
    """The hand labels of ``path``: ``{record id: {"place": ..., "country": ...}}``.

    Raises InputError (one line) when the file is missing, not JSON, or not such a map.
    """
    p = Path(path)
    try:
        raw = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"--place-labels {p}: no such file - give a labels file such as "
                         "benchmarks/labels/dev-places.json") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"--place-labels {p} cannot be read as JSON ({exc}) - fix or regenerate the file") from None
    if not isinstance(raw, dict) or not raw or not all(
            isinstance(v, dict) and "place" in v and (v["place"] is None or isinstance(v["place"], str))
            for v in raw.values()):
        raise InputError(f"--place-labels {p} is not a map of record id to "
                         '{"place": "City, Country" or null} - see benchmarks/labels/dev-places.json')
    return raw


def labelled_place_figures(places: list[tuple[str, str | None]],
                           labels: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """``place_figures`` over the (record id, place given) pairs that have a label.

    Adds ``unlabelled``, the records without one. InputError when no record has a label:
    the labels are for another dataset.
    """
    pairs = [(got, labels[rid]) for rid, got in places if rid in labels]
    if places and not pairs:
        raise InputError("--place-labels: no record of the dataset has a label - give the labels "
                         "made for this dataset (keys are the records' \"id\")")
    return {**place_figures(pairs), "unlabelled": len(places) - len(pairs)}

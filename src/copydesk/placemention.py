"""A place mention of ``copydesk.setting``, and which country a mention points to.

``Mention`` is one name of the text weighed as evidence; ``city_country`` says which of
the towns of that name is meant ("Boston" with "Lincolnshire Police" is the English one,
"Valladolid" with Spain the Spanish one, not Valladolid, Mexico), and ``undecided`` when
nothing says ("a camp in Cornwall": the county or the Ontario town?).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from copydesk.gazetteer import City, Gazetteer, fallback_entries, qualifier_countries, regions

__all__ = ["CountryEvidence", "Mention", "city_country", "mention_country", "undecided"]


@dataclass
class Mention:
    kind: str  # "city" | "country" | "state" | "region" (then ``qualifier`` is its country code)
    key: str
    surface: str
    qualifier: str | None
    score: float
    pos: int = 0  # sentence index
    strong: bool = False  # after "in"/"at", with a region after it, or in the lead
    landmark: bool = False  # pinned by a landmark ("at the Crucible"), its qualifier the country's
    court: bool = False  # the town of a court ("Truro Crown Court")
    aside: bool = False  # in a speaker's words, the past, a wish or a yardstick
    local: bool = False  # a town whose own police or officials speak ("Istanbul police said")


class CountryEvidence(defaultdict[str, float]):
    """Country code -> evidence that the story is there, and the countries of which the text
    names a region ("Lincolnshire", "Lincolnshire Police")."""

    def __init__(self, start: dict[str, float]) -> None:
        super().__init__(float, start)
        self.regional: set[str] = set()


def city_country(m: Mention, country_ev: dict[str, float], gaz: Gazetteer) -> City:
    """Which of the cities called ``m.key`` is meant: the qualifier's, else the largest -
    unless only a smaller one lies in a country the text names ("Valladolid" with Spain)."""
    cands = list(gaz.cities.get(m.key) or [City(e.name, e.country, "", e.population)
                                          for e in fallback_entries(m.key) if e.kind == "town"])
    if m.qualifier:
        codes = qualifier_countries(m.qualifier)
        for c in cands:
            if c.country in codes:
                return c
        if len(codes) == 1:
            return City(m.surface, codes[0], "", 0)  # "Portland, Dorset": the qualifier's country
    # a region of that name too ("Surrey"): a candidate, ranked by the country's evidence
    cands += [City(m.surface, code, "", 0) for code in regions().get(m.key, ())
              if not any(c.country == code for c in cands)]
    top = cands[0]
    if top.population < 100_000:
        # a region of a country the text names more than the town's ("homes in Essex" with
        # Hertfordshire and the Old Bailey): the English county, not a small US town
        ahead = [c for c in cands if c.population == 0 and country_ev.get(c.country, 0.0) > country_ev.get(top.country, 0.0)]
        if ahead:
            return max(ahead, key=lambda c: country_ev[c.country])
    if country_ev.get(top.country, 0.0) <= 0:
        # a far smaller namesake only when the text names its country (not Madrid, Colombia),
        # whatever its size when it names a county or state of it ("Lincolnshire Police")
        regional = country_ev.regional if isinstance(country_ev, CountryEvidence) else set()
        backed = [c for c in cands if country_ev.get(c.country, 0.0) > 0
                  and (c.population == 0 or top.population < 10 * c.population or c.country in regional)]
        if backed:
            return max(backed, key=lambda c: country_ev[c.country])
    return top


def undecided(m: Mention, country_ev: dict[str, float], gaz: Gazetteer) -> bool:
    """Whether ``m`` names a small town of one country that is a region of another, and the
    text names neither country ("a camp in Cornwall": the county or the Ontario town?)."""
    if m.kind != "city" or m.qualifier or m.key not in gaz.cities:
        return False
    top = gaz.cities[m.key][0]
    others = [code for code in regions().get(m.key, ()) if code != top.country]
    return (top.population < 100_000 and bool(others) and country_ev.get(top.country, 0.0) <= 0
            and all(country_ev.get(code, 0.0) <= 0 for code in others))


def mention_country(m: Mention, country_ev: dict[str, float], gaz: Gazetteer) -> str:
    """The country code ``m`` points to."""
    if m.kind == "region":
        return m.qualifier or ""
    if m.kind == "country":
        return gaz.countries[m.key]
    if m.kind == "state":
        return "US"
    return city_country(m, country_ev, gaz).country

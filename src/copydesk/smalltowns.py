"""The fallback of ``copydesk.setting``: small towns, counties and regions.

When the main gazetteer (cities of 15,000 people or more, countries, US states, regions)
finds nothing, or only the country, ``fallback_place`` looks for smaller towns (500 people
or more), US counties and ISO 3166-2 regions ("West Yorkshire", "Hampshire"), under
stricter rules: the name must follow "in", "at", "from", "near" (or stand with a known
region or country after it), must not be a common word or a person's surname, and must
point to one country.
"""

from __future__ import annotations

import re
from collections import defaultdict

from copydesk.gazetteer import (
    SmallPlace,
    fallback_entries,
    fallback_index,
    gazetteer,
    place_name,
    qualifier_countries,
)
from copydesk.placescan import (
    HOMETOWN,
    NOT_PLACES,
    PAST_AFTER,
    QUALIFIER,
    TEAM_BEFORE,
    TOWN_COMMON,
    Runs,
    been_before,
    common_word,
    in_quote,
)

_PREV_WORD_STRICT = re.compile(r"([A-Za-z]+)\W*$")  # the fallback's: "in the North East" is no town

#: Words that put a fallback name in place ("in Tadcaster"); fewer than ``copydesk.setting``'s,
#: since a small town's name is more often something else.
_FALLBACK_PREPS = {"in", "at", "from", "near", "outside", "around", "across", "throughout",
                   "inside", "within", "into", "off"}
#: The last words of a venue named after its town ("Paignton Zoo", "Leeds Crown Court").
_VENUE_WORDS = {"zoo", "arena", "stadium", "airport", "racecourse", "cathedral", "prison",
                "court", "crown", "magistrates", "magistrates'", "harbour", "harbor", "pier"}
#: Nor is a region's name this common, or a venue's town of 15,000 people or more
#: ("Leeds" of "Leeds Crown Court" passes; "Kennedy" of "Kennedy Airport" does not).
_FALLBACK_REGION_COMMON = 4.2
#: a place a side claims, which the story does not vouch for: "... the helicopter, which it said crashed in Logar
#: province" (the Taliban's word; the military "did not reveal the crash location")
#: (a pronoun's word, the side told before: not "which the owners said", who vouch for it; nor the noun "insurance
#: claims in Cockermouth", reviewer rev51c)
CLAIMED = re.compile(r"\b(?:which|where)\s(?:it|they|he|she)\s(?:said|says|say|claimed|claims|claim|alleged)\b"
                     r"|\b(?:it|they|he|she|group|rebels|militants|insurgents)\sclaimed\b")


def fallback_place(runs: Runs, surnames: set[str]) -> str | None:
    """The most salient small town or region of ``runs``, or None; see the module doc."""
    if not runs:
        return None  # (and the fallback index, loaded on first need, is not needed)
    gaz = gazetteer()
    index = fallback_index()
    found: list[tuple[str, tuple[str, ...], float, int]] = []  # key, qualifier countries, weight, pos
    for pos, sent, m, tokens, lead, key in runs:
        known = key in index
        if not known and (len(tokens) < 2 or tokens[-1].lower() not in _VENUE_WORDS):
            continue  # no small place, nor a venue that could name one (most runs: looked up first)
        if lead:
            prep = lead in _FALLBACK_PREPS
        else:
            prev = _PREV_WORD_STRICT.search(sent[max(0, m.start() - 40): m.start()])
            prep = bool(prev and prev.group(1).lower() in _FALLBACK_PREPS)
        venue = False
        if not known and prep and len(tokens) >= 2:
            # "at Wembley Arena", "at Paignton Zoo", "at Leeds Crown Court": the town
            head = list(tokens)
            while len(head) > 1 and head[-1].lower() in _VENUE_WORDS:
                head.pop()
            if len(head) < len(tokens):
                tokens, key, venue = head, " ".join(head).lower(), True
        if key in NOT_PLACES or key in surnames or not (key in index or venue and key in gaz.cities):
            continue
        q = None if venue else QUALIFIER.match(sent, m.end())
        codes = qualifier_countries(q.group(1)) if q else ()
        if not codes and q:
            codes = tuple(e.country for e in fallback_entries(q.group(1).lower())
                          if e.kind == "region")
        if not (prep or codes):
            continue
        before = sent[max(0, m.start() - 40): m.start()]
        if (HOMETOWN.search(before) or TEAM_BEFORE.search(before) or in_quote(sent, m.start())
                or PAST_AFTER.match(sent, m.end()) or been_before(sent, m.start()) or CLAIMED.search(before)):
            continue  # where someone is from, a team, a speaker's words, the past, or a side's claim
        found.append((" ".join(tokens), codes, 1.0 + (1.0 if pos < 3 else 0.0), pos))
    if not found:
        return None
    # Countries the text itself points to: qualifiers, and regions of one country.
    evidence: dict[str, float] = defaultdict(float)
    for surface, codes, weight, _ in found:
        key = surface.lower()
        for code in codes:
            evidence[code] += weight
        regions_of = {e.country for e in fallback_entries(key) if e.kind == "region"
                      and (not surface.isupper() or e.name.isupper())}
        if len(regions_of) == 1:
            evidence[next(iter(regions_of))] += weight
    scores: dict[tuple[str, str], float] = defaultdict(float)
    first: dict[tuple[str, str], int] = {}
    names: dict[tuple[str, str], SmallPlace] = {}
    shown: dict[tuple[str, str], str] = {}
    for surface, codes, weight, pos in found:
        key = surface.lower()
        # An acronym ("IG", "BBC") is no place unless the gazetteer writes it so ("NSW").
        entries = [e for e in fallback_entries(key) if (not codes or e.country in codes)
                   and (not surface.isupper() or e.name.isupper())]
        common = common_word(key, _FALLBACK_REGION_COMMON if key in gazetteer().cities
                         or entries and entries[0].kind == "region" else TOWN_COMMON)
        if not entries or common:
            continue
        backed = [e for e in entries if e.country in evidence]
        if backed:
            entries = sorted(backed, key=lambda e: -evidence[e.country])
        countries = {e.country for e in entries}
        if len(countries) > 1:
            others = [e.population for e in entries if e.country != entries[0].country]
            if not backed and entries[0].population < 5 * max(others):
                continue  # a name of several countries, and nothing says which
        pick = entries[0]
        slot = (pick.name, pick.country)
        scores[slot] += weight * (1.0 if pick.kind == "town" else 0.9)
        first.setdefault(slot, pos)
        names[slot] = pick
        shown.setdefault(slot, pick.name if surface.isupper() else surface)  # "Logar", as the text has it
    if not scores:
        return None
    best = max(scores, key=lambda s: (scores[s], -first[s]))
    if first[best] >= 6 and scores[best] < 2.0:
        return None  # one mention deep in the story ("a cup win at Stranraer") is no setting
    return place_name(shown[best], names[best].country)


# a town the text places in a province or a county of its own: "Residents of Ansai, in Shaanxi
# Province, central China" (a town too small for the indexes, named with its province)
_IN_PROVINCE = re.compile(r"\b(?:in|of|near|at)\s([A-Z][a-z]+(?:\s[A-Z][a-z]+)?),\s(?:in\s)?(?:the\s)?"
                          r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s(?:[Pp]rovince|[Pp]refecture|[Cc]ounty|[Dd]istrict)\b")


def province_town(sentences: list[str], code: str, surnames: set[str]) -> str | None:
    """The town of ``code``'s country that the text names with its province ("Ansai, in
    Shaanxi Province") and names again, or None."""
    for sent in sentences[:6]:
        m = _IN_PROVINCE.search(sent) if "rovince" in sent or "ounty" in sent or "istrict" in sent \
            or "refecture" in sent else None
        if m is None:
            continue
        town = m.group(1)
        if town.lower() in NOT_PLACES or town in surnames or common_word(town.lower(), TOWN_COMMON) \
                or town in gazetteer().country_names.values():
            continue
        said = sum(len(re.findall(r"\b" + re.escape(town) + r"\b", s)) for s in sentences)
        if said >= 2:
            return place_name(town, code)
    return None

"""Hints that narrow a dateline's place or stand in for it, read from the capitalised runs
``placescan.scan`` finds: a UK nation or one region the story names twice ("Scotland, United
Kingdom", "Queensland, Australia" for a country-only dateline), and the last resorts of a text
that names no place: the city a hospital is named after, the country of its institutions; and
the places the landmarks of a text pin ("at the Crucible": Sheffield), with a mention's weight
by where it stands."""

from __future__ import annotations

import re
from collections import defaultdict

from copydesk.gazetteer import DEMONYMS, Gazetteer, gazetteer, place_name, regions
from copydesk.landmarks import NATIONAL_WORDS, find_landmarks
from copydesk.placeclause import not_real, unreal
from copydesk.placemention import Mention
from copydesk.placescan import (
    HOMETOWN,
    PAST_AFTER,
    ROLE_AFTER,
    TOWN_COMMON,
    Runs,
    common_word,
    in_quote,
)

#: "the Edinburgh Royal Infirmary", "Leeds General Infirmary", "Boston Children's Hospital"
_HOSPITAL = re.compile(r"(?:Royal |General |University |Children['’]s |Memorial |Teaching )*(?:Hospital|Infirmary)$")


# (a hospital someone was taken to: the next town's, maybe, not the story's)
_TAKEN_TO = re.compile(r"\b(?:flown|taken|airlifted|rushed|transferred|driven|brought|moved|transported|evacuated)\s+(?:by\s+\w+(?:\s\w+)?\s+)?"
                       r"to\s+(?:the\s+|an?\s+)?$")
#: a death at a town's hospital, told before the town's name ("died of natural causes at a ")
_DIED_AT_A = re.compile(r"\bdied\b[^.;]{0,60}\sat\sa\s$")
#: a town's hospital with no name of its own, after the town's: "at a Santa Monica hospital"
_TOWN_HOSPITAL = re.compile(r"\s(?:hospital|medical center|medical centre)\b")
HOSPITAL_TOWN_MIN = 20_000  # a town a hospital of the story's one country is named after, this size at least


def hospital_town(runs: Runs, gaz: Gazetteer, country: str | None = None) -> str | None:
    """The one city a text that names no other place names a hospital after, or None.

    Only as a last resort: the injured are often taken to the next town's hospital, so
    any other place the text names wins. With ``country`` (the only place the text names
    is that country), a town of it the hospital is named after, its name's first word too,
    from a smaller size: "Wrexham Maelor Hospital" in a story of a Welsh inspection.
    """
    towns = set()
    for span in runs:
        m = _HOSPITAL.search(" ".join(span.tokens))
        head = " ".join(span.tokens)[: m.start()].strip().lower() if m and m.start() else ""
        if not head and country is not None and _TOWN_HOSPITAL.match(span.sent, span.match.end()) \
                and _DIED_AT_A.search(span.sent, 0, span.match.start()):
            head = span.key  # "died of natural causes at a Santa Monica hospital": where the death was
            # (not where someone was born or worked: "born at a San Diego hospital in 1933")
        if country is None:
            if head in gaz.cities and gaz.cities[head][0].population >= 100_000:
                towns.add(head)
            continue
        if _TAKEN_TO.search(span.sent, 0, span.match.start()):
            continue  # ("flown to Stamford Hospital": the injured are taken to the next town's)
        for key in (head, head.split(" ", 1)[0]):
            found = [c for c in gaz.cities.get(key, ()) if c.country == country]
            if len(found) > 1:
                break  # (Bellevue, Beaumont: towns of that name in the country, which one the hospital's is unknown)
            if found and found[0].population >= HOSPITAL_TOWN_MIN and not common_word(key, TOWN_COMMON):
                towns.add(key)
                break
    if len(towns) != 1:
        return None
    key = towns.pop()
    city = next(c for c in gaz.cities[key] if country is None or c.country == country)
    return place_name(city.name, city.country)


def national_code(key: str, low: list[str]) -> str | None:
    """The country of a party or institution the run names ("Tories", "the union Unison"):
    ``key`` is the run's words joined and lowercased, ``low`` those words."""
    return NATIONAL_WORDS.get(key) or NATIONAL_WORDS.get(low[0]) or NATIONAL_WORDS.get(low[-1])


def country_of_institutions(runs: Runs, gaz: Gazetteer) -> str | None:
    """The country when a text that names no place names two or more of its own parties or
    institutions ("Liberal Democrat councillors", "the union Unison") and none of another's."""
    named: dict[str, set[str]] = defaultdict(set)
    for span in runs:
        code = national_code(span.key, span.key.split(" "))
        if code:
            named[code].add(span.key)
    if len(named) == 1:
        code, names = next(iter(named.items()))
        if len(names) >= 2:
            return gaz.country_names[code]
    return None


def one_region(runs: Runs, country: str) -> str | None:
    """The one region of ``country`` (a state or province: "Queensland") the story names at
    least twice, standing alone ("a Queensland man"), first in its opening sentences, when it
    names no other region of it. Not a team ("the Catalonia club").
    Not for the United States, whose state names are also the names of its teams."""
    seen: dict[str, int] = defaultdict(int)
    first: dict[str, int] = {}
    table = regions()
    for span in runs:
        name = " ".join(span.tokens)
        if table.get(name.lower()) == (country,) and not ROLE_AFTER.match(span.sent, span.match.end()):
            seen[name] += 1
            first.setdefault(name, span.pos)
    if len(seen) != 1:
        return None
    name, count = next(iter(seen.items()))
    return name if count >= 2 and first[name] < 3 else None  # (named in the lead, not in passing)


_NATION_WORDS = {"scottish": "Scotland", "scotland": "Scotland", "welsh": "Wales", "wales": "Wales",
                 "northern ireland": "Northern Ireland", "northern irish": "Northern Ireland"}


_PARTY_WORDS = frozenset("party labour conservative conservatives tories tory liberal greens nationalists snp "
                         "plaid".split())


def gb_nation(runs: Runs) -> str | None:
    """The one nation of the United Kingdom a story names at least twice, by name or by its
    adjective ("the Scottish Prison Service", "Scottish prisons", "the Scottish Parliament"),
    when it names no other: "Scotland, United Kingdom" says more than the country alone."""
    seen: dict[str, int] = defaultdict(int)
    for span in runs:
        low = [t.lower() for t in span.tokens]
        if any(w in _PARTY_WORDS for w in low):
            continue  # "the Scottish National Party" campaigns across the country: no setting
        for k, word in enumerate(low):
            nation = _NATION_WORDS.get(word) or _NATION_WORDS.get(" ".join(low[k:k + 2]))
            if nation and not (word == "northern" and k + 1 < len(low) and low[k + 1] not in ("ireland", "irish")):
                seen[nation] += 1
    if "england" in {t.lower() for span in runs for t in span.tokens} or len(seen) != 1:
        return None
    nation, count = next(iter(seen.items()))
    return nation if count >= 2 else None


def position_weight(pos: int) -> float:
    """A mention's weight by its sentence: twice in the first three, 1.5 times in the next three."""
    return 2.0 if pos < 3 else 1.5 if pos < 6 else 1.0


# the landmarks that are courts: a court story is filed from there, like one from "Truro Crown Court"
COURT_LANDMARKS = frozenset(("Old Bailey", "Royal Courts of Justice", "Court of Session"))


def landmark_mentions(sentences: list[str], gaz: Gazetteer) -> list[Mention]:
    """The places the landmarks of ``sentences`` pin ("at the Crucible": Sheffield).

    At a landmark ("at", "outside") the mention is strong, but weighs less than a town
    named so: a venue often stands for its club ("stay at Stamford Bridge"). A landmark
    named alone ("the White House said") weighs as a place named alone.
    """
    mentions = []
    landmarks = find_landmarks(sentences)
    names = {found.name for found in landmarks  # "a lamb they named Big Ben", and "Big Ben" after it
             if not_real(sentences[found.pos], found.start)}
    for found in landmarks:
        lm, sent = found.landmark, sentences[found.pos]
        if found.name in names:
            continue
        quoted = in_quote(sent, found.start)
        # (or the past: "saw Villa lose twice at Wembley in 2010")
        # (nor a question's: "can you picture Koscielny nodding along ... before defending at Turf Moor?")
        not_here = quoted or unreal(sent, found.start, found.pos) or bool(PAST_AFTER.match(sent, found.end)) \
            or found.pos > 0 and sent.rstrip("'’\"” ").endswith("?") \
            or sent[max(0, found.start - 10):found.start] == "away from "  # "won once away from Loftus Road"
        strong = found.after_prep and not not_here
        court = found.name in COURT_LANDMARKS  # ("The Old Bailey heard ..."): weighed as a town's court
        weight = position_weight(found.pos) * (3.0 if court and not not_here else 1.5 if strong else 0.5 if not_here else 1.0)
        if HOMETOWN.search(sent[max(0, found.start - 40): found.start]):
            weight, strong = 0.25, False
        if lm.kind == "city":
            mentions.append(Mention("city", lm.place.lower(), lm.place, gaz.country_names[lm.country],
                                     weight, found.pos, strong, landmark=True,
                                     court=court))
        elif lm.kind == "region":
            mentions.append(Mention("region", lm.place.lower(), lm.place, lm.country, weight, found.pos, strong))
        else:
            mentions.append(Mention("country", lm.place.lower(), lm.place, None, weight, found.pos, strong))
    return mentions


def split_lists(mentions: list[Mention]) -> list[Mention]:
    """A sentence that names three places or more strongly ("two in Belfast, two in Dublin
    and one in Galway"), or three countries, lists them: none is the setting, so they
    share one mention's weight."""
    per_sentence: dict[int, int] = defaultdict(int)
    countries: dict[int, set[str]] = defaultdict(set)
    for m in mentions:
        per_sentence[m.pos] += m.strong
        if m.kind == "country":
            countries[m.pos].add(m.key)
    for m in mentions:
        n = per_sentence[m.pos]
        if m.strong and n >= 3:
            m.score, m.strong = m.score / n, False
        elif m.kind == "country" and len(countries[m.pos]) >= 3:  # "from the Netherlands, Canada and Poland"
            m.score, m.strong = m.score / len(countries[m.pos]), False
    return mentions


# a country's own body named after it: "Singapore Environment Council", "Consumers Association of
# Singapore" (not its embassy or consulate, which stand abroad)
_BODY_ENDS = frozenset("council association authority authorities agency ministry board commission federation "
                       "institute government parliament police army navy society league union bureau "
                       "department service".split())


def _country_body(low: list[str], countries: dict[str, str]) -> str | None:
    """The country code of a body named after its country (``low``: the run's words, lower case)."""
    if len(low) < 2 or low[-1] not in _BODY_ENDS and not (len(low) > 3 and low[-2] == "of"):
        return None
    if "embassy" in low or "consulate" in low or "high" in low and "commission" in low:
        return None
    if low[-1] in _BODY_ENDS and low[0] in countries:
        return countries[low[0]]
    return countries.get(low[-1]) if len(low) > 3 and low[-2] == "of" and low[-3] in _BODY_ENDS else None


def demonyms_of(runs: Runs) -> tuple[dict[str, float], dict[str, int]]:
    """Country -> evidence from nationality words ("Indonesian court") and a country's own
    parties and institutions ("Tory", "the FBI"), at most 2 each,
    and how many of them stand in the first six sentences."""
    found: dict[str, float] = defaultdict(float)
    early: dict[str, int] = defaultdict(int)
    for span in runs:
        key = span.key
        if " " not in key:  # one word (most runs): it is the first, the last and the whole
            code = DEMONYMS.get(key) or NATIONAL_WORDS.get(key)
        else:
            low = key.split(" ")
            first = low[0]
            code = DEMONYMS.get(first) or DEMONYMS.get(f"{first} {low[1]}") or national_code(key, low) \
                or _country_body(low, gazetteer().countries)
        if code:
            found[code] = min(2.0, found[code] + 0.5)
            early[code] += span.pos < 6
    return found, early

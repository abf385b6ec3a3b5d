"""The place a story's mentions decide (``copydesk.setting``): the country that clearly leads,
then the city or region of it that leads its evidence and is named strongly, or the town the
lead, a court or a qualified first mention puts the story in; else the country alone, or
nothing when two countries are at odds (wrong is worse than absent)."""

from __future__ import annotations

import re
from collections import defaultdict

from copydesk.gazetteer import GB_NATIONS, Gazetteer, place_name, qualifier_countries, regions
from copydesk.placehints import demonyms_of, gb_nation, one_region
from copydesk.placemention import CountryEvidence, Mention, city_country, mention_country, undecided
from copydesk.placescan import MAX_SENTENCES, Runs, match_report

#: The last word of a region's own body ("Lincolnshire Police", "Kent County Council").
_LOCAL_BODIES = frozenset(("police", "constabulary", "council", "fire", "ambulance"))


def _leading_country(mentions: list[Mention], totals: dict[str, float], country_ev: dict[str, float],
                     gaz: Gazetteer) -> str | None:
    """The country that clearly leads: by all its evidence, or by its strong mentions."""
    ranked = sorted(totals, key=lambda c: -totals[c])
    best = ranked[0]
    if totals[best] < COUNTRY_MIN:
        return None
    runner_up = totals[ranked[1]] if len(ranked) > 1 else 0.0
    if totals[best] >= COUNTRY_MARGIN * runner_up:
        return best
    strong: dict[str, float] = defaultdict(float)
    for m in mentions:
        if m.strong:
            strong[mention_country(m, country_ev, gaz)] += m.score
    if not strong:
        return None
    top = max(strong, key=lambda c: strong[c])
    others = max((v for c, v in strong.items() if c != top), default=0.0)
    if strong[top] >= max(3.0, COUNTRY_MARGIN * others) and totals[top] >= 0.75 * totals[best]:
        return top  # "in Panama City, Panama" outweighs a country talked about
    courts = {mention_country(m, country_ev, gaz) for m in mentions if m.court and m.pos < COURT_REACH}
    if courts == {top} and strong[top] > others and totals[top] >= totals[best]:
        return top  # "admitted two charges at Mold Crown Court": where the case is heard, not where a
        # party to it stood ("after he chatted online with a crisis centre in Tennessee")
    return None


#: A court named this early in the story (its first sentences) puts the story in its country.
COURT_REACH = 6


#: A story that puts itself strongly in this many places of one country ("in Newcastle",
#: "in Knowsley, Merseyside", "in Fife"), none well ahead, is a round-up: the country alone.
ROUNDUP = 3
#: A place first named this many sentences in is not where the story is set.
DEEP = 30
COURT_TOWN_REACH = 8  # sentences from the start within which a court names the story's town ("The Old Bailey heard")
TOWN_AGAIN = 3  # sentences, at least, that name the story's one town (each in earnest: no aside)
# the story's town told by its centre ("close to the city centre"), not by "the city" a person
# moved to or comes from
_THE_CITY = re.compile(r"\bthe city (?:centre|center)\b")
#: How much the leading country must outweigh the next, and the least evidence it needs.
COUNTRY_MARGIN, COUNTRY_MIN = 2.0, 2.0
#: A city or region is named when it holds this share of its country's evidence, leads
#: the next place of that country by this margin, and has a strong mention.
PLACE_SHARE, PLACE_MARGIN = 0.4, 1.5
TOWN_SHARE = 0.6


def decide(mentions: list[Mention], scanned: tuple[Runs, set[str]],
            gaz: Gazetteer, sentences: list[str]) -> tuple[str | None, str | None]:
    """(the place, the country code when only the country is known) from ``mentions``."""
    demonyms, early_demonyms = demonyms_of(scanned[0])
    country_ev = CountryEvidence(demonyms)
    region_codes = regions()
    for span in scanned[0]:
        key = span.key
        codes = region_codes.get(key, ()) if key not in gaz.cities and key not in gaz.countries else ()
        if not codes and len(span.tokens) > 1 and span.tokens[-1].lower() in _LOCAL_BODIES:
            codes = region_codes.get(" ".join(span.tokens[:-1]).lower(), ())  # "Lincolnshire Police"
        if len(codes) == 1:
            country_ev[codes[0]] += 0.25  # "Denbighshire": a region of one country
            country_ev.regional.add(codes[0])
    for m in mentions:
        if m.kind == "country":
            country_ev[gaz.countries[m.key]] += m.score
        elif m.kind == "state":
            country_ev["US"] += m.score
        elif m.kind == "region":
            country_ev[m.qualifier or ""] += m.score
            country_ev.regional.add(m.qualifier or "")
        elif m.qualifier and not m.landmark:
            codes = qualifier_countries(m.qualifier)
            if len(codes) == 1:  # "of Harlow, Essex": Essex is the English county here, not a US town
                country_ev[codes[0]] += 0.25
    mentions = [m for m in mentions if not undecided(m, country_ev, gaz)]
    if not mentions:
        return None, None
    if (venue := _neutral_venue(mentions, country_ev, gaz, sentences)) is not None:
        return venue, None
    totals = defaultdict(float, country_ev)
    places: dict[tuple[str, str], list[Mention]] = defaultdict(list)  # (display, code) -> mentions
    # (two nations of the United Kingdom named, "moving to ... in England" in a story of a
    # Scottish club: the nation is in doubt, the country is not)
    nations = {m.surface.title() for m in mentions if m.surface.title() in GB_NATIONS.values()}
    for m in mentions:
        if m.kind == "city":
            city = city_country(m, country_ev, gaz)
            totals[city.country] += m.score
            places[(place_name(m.surface, city.country), city.country)].append(m)
        elif m.kind == "state":
            state = gaz.state_names[gaz.states[m.key]]  # ("Washington State": never the capital's name alone)
            places[(place_name(state + " State" if state == "Washington" else state, "US"), "US")].append(m)
        elif m.kind == "region":
            places[(place_name(m.surface, m.qualifier or ""), m.qualifier or "")].append(m)
        elif m.surface.title() in GB_NATIONS.values() and len(nations) == 1:
            places[(place_name(m.surface.title(), "GB"), "GB")].append(m)
    best = _leading_country(mentions, totals, country_ev, gaz)
    if best is None:
        top = max(totals, key=lambda c: totals[c])
        # Too little evidence: the fallback may find a small town of the likeliest country.
        # Two countries at odds ("two in Belfast, two in Dublin"): no place at all.
        return None, top if totals[top] < COUNTRY_MIN else None
    own = [m for m in mentions if mention_country(m, country_ev, gaz) == best]
    if not any(m.strong or m.kind != "country" for m in own) and any(m.strong for m in mentions if m not in own):
        return None, None  # a country talked about ("a deal with Iran"), while the story is put in another one
    if not (any(m.strong for m in own) or (len(own) > 1 or early_demonyms[best] > 1)
            and (any(m.pos < 6 and m.score >= 1 and not m.aside for m in own) or early_demonyms[best] > 1)):
        # (a mention of the past or in someone's words sets no story there: "who lost sons in Iraq")
        if len(own) >= 3 and min(m.pos for m in own) < 6 and not match_report(sentences[:MAX_SENTENCES]):
            # its places named all through, from the start: the country (not a match report's
            # team: "Scotland went ahead when ... | Scotland got a penalty try")
            return gaz.country_names[best], best
        return None, best  # passing mentions ("sbarcato da Marte", "played for Ivory Coast") are no setting
    first_own = min(m.pos for m in own)
    if len(mentions) == 1 and own[0].kind == "city" and own[0].strong and not own[0].aside and first_own < DEEP \
            and _THE_CITY.search(" ".join(sentences[:3])):
        # the story is set in "the city centre" from its start and names one
        # town, and no other place, strongly: that town ("There have been a number of shootings in Sheffield")
        return next(p[0] for p, ms in places.items() if own[0] in ms), None
    town_keys = {m.key for m in mentions if m.kind == "city"}
    if len(town_keys) == 1 and len(own) == len(mentions) and first_own < DEEP \
            and any(m.local and m.kind == "city" and not m.aside for m in own):
        # the one town the story names is the one whose own police or officials tell it ("Windows in both
        # buildings were shattered by the gunfire, Istanbul police said"), and no other country is named
        return next(p[0] for p, ms in places.items() if any(m.kind == "city" for m in ms)), None
    if len(own) == 1 and own[0].pos >= 6 and early_demonyms[best] < 2 or first_own >= DEEP:
        return None, None  # a place first named deep in the story is not where it is set
    if first_own >= 6 and any(m.pos < first_own and m.score >= 1 for m in mentions):
        return None, None  # the lead is about another country: this one comes up later
    scores = {p: sum(m.score for m in ms) for p, ms in places.items() if p[1] == best}
    if scores:
        order = sorted(scores, key=lambda p: -scores[p])
        leader = order[0]
        # (the next place, but not the nation the leading town is in: "Holyrood" in Edinburgh, the Scotland Bill
        # told again and again, is a story from Edinburgh, judge RQ 12)
        nation = [p for p in order[1:] if _nation_of(leader, p, places, gaz)]
        second = next((scores[p] for p in order[1:] if p not in nation), 0.0)
        within = sum(scores[p] for p in nation)  # (its nation's share is its)
        own_top = places[leader]
        # (or a town named from the start and again, well ahead of the country's other places,
        # its nations among them: "in Glasgow" twice where "Britain" is what a speech is about)
        rivals = sum(scores.values()) + (sum(m.score for m in mentions if m.surface.title() in nations)
                                         if len(nations) > 1 else 0.0)  # (one nation is among the places)
        if ((scores[leader] >= PLACE_SHARE * (totals[best] - within)
             or scores[leader] >= TOWN_SHARE * rivals and len(places[leader]) > 1
             and min(m.pos for m in places[leader]) < 3)
                and scores[leader] >= PLACE_MARGIN * second
                and any(m.strong for m in own_top) and (len(own_top) > 1 or own_top[0].pos < 6)
                and min(m.pos for m in own_top) < DEEP):
            return leader[0], None
        # the first sentence puts the story there ("at an Omaha, Nebraska, hospital"),
        # and no other place of the country is named strongly that early
        first = [p for p in scores if any(m.strong and m.pos == 0 for m in places[p])]
        early = [p for p in scores if any(m.strong and m.pos < 2 for m in places[p])]
        if len(first) == 1 and early == first and places[first[0]][0].kind == "city":
            return first[0][0], None
        # a court story names one court town early ("Truro Crown Court heard"): the town,
        # where a court reporter files from
        courts = [p for p in scores if any(m.court and m.pos < COURT_TOWN_REACH for m in places[p])]
        if len(courts) == 1 and not any(m.court for p in scores if p != courts[0] for m in places[p]):
            return courts[0][0], None
        # the lead names one town of the country ("A Winnipeg woman has won ..."), or the sentence
        # after a lead that names no place of it puts the story there ("A judge in Brisbane ruled
        # ...": not a home town or a firm's base, "The Leeds student", "The Cardiff-based charity"),
        # and the text names no other town of it: the story is that town's
        towns = [p for p in scores if places[p][0].kind == "city"]
        told_first = 0 if any(m.pos == 0 for m in own) else 1
        if (len(towns) == 1 and any((m.pos == 0 or m.pos <= told_first and m.strong)
                                    and m.score >= 1 and not m.aside for m in places[towns[0]])
                and not places[towns[0]][0].landmark):
            return towns[0][0], None
        # one town of the country named again and again from the story's start, and no other, though
        # never after "in": the story's own town ("the Islamic State's self-declared capital Raqqa | ... Raqqa
        # | ... Raqqa": "Raqqa, Syria", not "Syria", judge QI 01); a landmark ("the White House") names none
        if len(towns) == 1 and min(m.pos for m in places[towns[0]]) < 2 and len(
                {m.pos for m in places[towns[0]] if not m.aside and not m.landmark and m.score >= 1}) >= TOWN_AGAIN:
            return towns[0][0], None
        # the lead names no place, and the next sentence names a town with its region
        # ("near Melton Mowbray, Leicestershire"), and no other place of the country
        # is named strongly before the fourth sentence
        near = [p for p in scores if any(m.strong and m.pos < 3 for m in places[p])]
        if (not first and len(near) == 1 and places[near[0]][0].kind == "city"
                and any(m.qualifier and m.strong and m.pos < 2 and not m.landmark for m in places[near[0]])):
            return near[0][0], None
    nation = gb_nation(scanned[0]) if best == "GB" else one_region(scanned[0], best) if best != "US" else None
    if nation:
        return place_name(nation, best), None
    named = sorted((scores[p] for p, ms in places.items() if p[1] == best and any(m.strong for m in ms)
                    and ms[0].kind in ("city", "region")), reverse=True)  # (not a UK nation or a US state)
    if len(named) >= ROUNDUP and named[0] <= PLACE_MARGIN * named[1]:
        return gaz.country_names[best], None  # a round-up of its towns: no small town either
    return gaz.country_names[best], best


def _nation_of(town: tuple[str, str], place: tuple[str, str], places: dict[tuple[str, str], list[Mention]],
               gaz: Gazetteer) -> bool:
    """Is ``place`` the nation of the United Kingdom that the town ``town`` stands in (Scotland for Edinburgh)?"""
    if town[1] != "GB" or place[1] != "GB" or not places[town] or places[town][0].kind != "city":
        return False
    nation = place[0].split(",")[0]
    return any(GB_NATIONS.get(c.admin1) == nation for c in gaz.cities.get(places[town][0].key, ()) if c.country == "GB")


def _neutral_venue(mentions: list[Mention], country_ev: CountryEvidence, gaz: Gazetteer,
                   sentences: list[str]) -> str | None:
    """A match report's one town named strongly early ("On a deteriorating pitch in Port-Gentil, ..."), of a
    country that neither side is (the teams are countries, "Egypt beat Uganda"): the venue, where the report
    is filed from; else None."""
    towns = {m.key for m in mentions if m.kind == "city"}
    venue = [m for m in mentions if m.kind == "city" and m.strong and m.pos < 6 and not m.aside]
    if len(towns) != 1 or not venue or any(m.kind not in ("city", "country") for m in mentions) \
            or not match_report(sentences[:MAX_SENTENCES]):
        return None
    sides = {gaz.countries[m.key] for m in mentions if m.kind == "country"}
    city = city_country(venue[0], country_ev, gaz)
    return place_name(venue[0].surface, city.country) if len(sides) >= 2 and city.country not in sides else None

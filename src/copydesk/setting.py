"""Where a story is set: the place its text puts it in, or None.

``salient_place`` reads the capitalised runs of an article's sentences and weighs each
place the gazetteer knows as evidence: a mention after "in", "at", "near", with a region
after it ("Omaha, Nebraska"), at a court ("Truro Crown Court"), at an address or in the
lead counts most; a hometown ("Jane Doe, 44, of Elgin", "born in"), a speaker's words,
a past event ("in Surrey in 1995"), a team ("against Mexico") and a name the text uses
for a club, company or person ("Manchester United", "Columbia University", "Matsuyama
shot a 66") count little or nothing. Nationality words ("Indonesian court") and regions
of one country add to their country. A country must clearly lead the others; a city or
region must lead its country and be named strongly, else the country alone is given.
When nothing clearly leads, there is no place: wrong is worse than absent.

When the main gazetteer (cities of 15,000 people or more, countries, US states, regions)
finds nothing, or only the country, a fallback looks for smaller towns (500 people or
more), US counties and ISO 3166-2 regions ("West Yorkshire", "Hampshire"), under stricter
rules: the name must follow "in", "at", "from", "near" (or stand with a known region or
country after it), must not be a common word or a person's surname, and must point to
one country.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from copydesk.gazetteer import (
    DEMONYMS,
    GB_NATIONS,
    City,
    Gazetteer,
    SmallPlace,
    fallback_entries,
    fallback_index,
    gazetteer,
    place_name,
    qualifier_countries,
    regions,
)

#: Sentences scanned for places; the lead carries the place, and huge input stays fast.
MAX_SENTENCES = 300


_NOT_PLACES = {
    "will", "mobile", "nice", "reading", "split", "bath", "march", "may", "of", "mary", "victoria",
    "orange", "independence", "liberty", "florence", "eugene", "troy", "aurora", "lincoln",
    "jackson", "hamilton", "wellington", "darwin", "nelson", "douglas", "austin", "chad",
    "jordan", "georgia", "israel", "jersey", "guinea", "niger", "man",
    "best", "young", "university", "union", "mission", "temple", "sale", "deal", "hope",
    "gary", "tyler", "warren", "logan", "clinton", "kent", "lancaster", "bristol", "sydney",
    "charlotte", "page", "marion", "salem", "college", "centre", "center", "trinidad",
    "santa", "dallas", "houston", "phoenix", "mesa", "irving", "murray", "ogden", "norman",
    "kingston", "chester", "lafayette", "madison", "columbus", "buffalo", "paradise",
    "sunrise", "providence", "pearl", "celebration", "university park", "rugby",
    "motherwell", "everton", "wigan", "derby", "chelsea", "arsenal", "barcelona", "madrid",
    "milan", "liverpool", "tottenham", "fulham", "burnley", "watford", "southampton",
    "leicester", "newcastle", "sunderland", "villa", "dortmund", "munich", "bayern",
    "valencia", "sevilla", "seville", "lyon", "marseille", "porto", "turin", "inter",
    "asia", "europe", "africa", "oceania", "antarctica", "americas", "batman", "benfica",
    "crystal palace", "west ham", "west bromwich", "aston", "wimbledon", "stoke",
}
# First words of a run that name part of a place ("North London"), not a person.
_AREA_WORDS = {"north", "south", "east", "west", "central", "greater", "downtown", "northern",
               "southern", "eastern", "western", "old", "inner", "outer", "metro", "upper",
               "lower", "new", "suburban", "rural", "urban", "mid", "northwest", "northeast",
               "southwest", "southeast"}
_AMBIGUOUS_NEED_PREP = {"georgia", "jordan", "chad", "israel", "jersey",
                        "guinea", "niger", "sydney", "dallas", "houston", "phoenix",
                        "columbus", "buffalo", "madison", "victoria", "lincoln", "jackson",
                        "barcelona", "madrid", "milan", "liverpool", "munich", "dortmund",
                        "valencia", "seville", "sevilla", "lyon", "marseille", "porto",
                        "turin", "newcastle", "leicester", "southampton", "derby", "chelsea",
                        "bristol", "charlotte", "austin", "florence"}
_PREPS = {"in", "at", "from", "to", "near", "outside", "across", "into", "around", "throughout",
          "toward", "towards", "inside", "within", "of", "via", "visited", "visiting", "leave",
          "left", "reached", "entered",
          # the same for the commonest other languages of the news we see
          "von", "aus", "nach", "bei", "im", "de", "du", "à", "au", "dans", "en", "em", "na", "no",
          "da", "di", "desde", "hacia", "para"}
_LEADING = {"in", "at", "from", "the", "a", "an", "but", "and", "on", "as", "when", "after",
            "before", "while", "if", "for", "with", "by", "to", "this", "that", "last", "then",
            "meanwhile", "yet", "so", "since", "during", "inside", "outside", "across", "near",
            "of", "also", "both", "all", "new:", "however", "although", "though", "like"}

# A place name followed by one of these stands for a team or a nationality ("the Brazil
# international", "France defender Mamadou Sakho"), not for where the news happened.
_ROLE_AFTER = re.compile(
    r"\s(?:international|internationals|defender|striker|midfielder|forward|winger|goalkeeper|"
    r"keeper|captain|skipper|coach|manager|boss|star|squad|player|players|fans|supporters|"
    r"full-back|left-back|right-back|centre-back|batsman|bowler|fly-half|scrum-half)\b"
)
_RUN = re.compile(r"(?<![\w'’])(?:[A-Z][\w'’.\-]*)(?:\s(?:(?:of|de|la|el|al|upon|and)\s)?[A-Z][\w'’.\-]*)*")
# ", Nebraska" after a place - but not inside a list ("Cardiff, Newport and Colwyn Bay").
_QUALIFIER = re.compile(r"\s*,\s*((?:[A-Z][\w'’.\-]*)(?:\s[A-Z][\w'’.\-]*){0,2})(?=[\s,.;:)!?]|$)"
                        r"(?!\s*(?:,\s*|and\s+|or\s+|&\s+)[A-Z])")
#: Words before a name that put the story there ("in Omaha"); the other ``_PREPS`` say
#: where someone came from or went ("from Elgin", "into Syria") and weigh less.
_STRONG_PREPS = {"in", "at", "near", "outside", "inside", "across", "throughout", "around", "within",
                 "off", "im", "dans", "en", "em", "nel", "nella"}
_CONNECTORS = {"of", "de", "la", "el", "al", "upon", "and"}
#: The last word of an organisation named after a place ("Manchester United").
_ORG_WORDS = {"united", "city", "athletic", "rovers", "wanderers", "albion", "fc", "afc", "hotspur",
              "university", "college"}
#: Verbs after a name that make it a person or a team ("Matsuyama shot a 66").
_PERSON_VERBS = {"said", "says", "told", "added", "shot", "scored", "won", "carded", "finished",
                 "admitted", "claimed", "insisted", "replied", "wrote", "tweeted", "denied",
                 "played", "signed", "joined", "beat", "defeated", "insists", "admits", "believes",
                 "thinks", "hopes", "wants", "posted", "blogged", "explained", "noted"}
_NEXT_WORD = re.compile(r"(?:'s|’s)?\s+([a-z]+)")
_COURT_WORDS = {"court", "crown", "magistrates", "sheriff", "coroner's", "coroners", "coroner"}
# "against Mexico", "beat Spain": a team
_TEAM_BEFORE = re.compile(r"\b(?:against|versus|vs|beat|beating|for|with)\.?\s+$")
# Words after a name that leave it a place: verbs and function words ("Iran said", "Ondo state").
_NOT_ATTRIBUTIVE = {"is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can",
                    "may", "might", "should", "and", "or", "but", "to", "in", "on", "at", "of", "for",
                    "with", "by", "from", "as", "that", "which", "who", "where", "when", "than", "said",
                    "says", "state", "province", "county", "region", "district", "city", "last",
                    "this", "after", "before", "since", "until", "during", "into", "over", "under",
                    "did", "does", "do", "also", "now", "today", "earlier", "later", "what", "a",
                    "an", "the", "it", "its", "his", "her", "their", "our", "we", "they", "he", "she",
                    "you", "not", "no", "so", "if", "then", "because", "while", "about", "against",
                    "between", "through", "up", "out", "again", "all", "both", "more", "most", "such",
                    "only", "too", "very", "just", "been", "being", "be", "here", "there", "why",
                    "how", "whether", "yesterday", "tonight"}
# "Jane Doe, 44, of", "Sarah Darnley from", "both of": a hometown follows.
_HOMETOWN = re.compile(r"(?:(?:[A-Z][\w'’-]+|\d+|both|all|each)\s*,?\s+(?:of|from)"
                       r"|\b(?:born|raised|grew up|brought up|lives|lived|living)\s+in"
                       r"|\b(?:[Ss]he|[Hh]e|[Tt]hey|who)\s+(?:was|is|were|are|works|worked)\s+(?:as\s+)?an?\s+"
                       r"(?:[\w-]+\s+){0,3}in)\s+$")  # "she was a public servant in Canberra"
_TOKEN_TAILS = ("'", "’", "s", ".")  # what a possessive or an abbreviation dot ends with
_PREV_WORD = re.compile(r"([A-Za-z]+)\W*(?:the\s+)?$")
_PREV_WORD_STRICT = re.compile(r"([A-Za-z]+)\W*$")  # the fallback's: "in the North East" is no town
_Runs = list["_Span"]


# --- the fallback: small towns, counties and regions ---------------------------------

#: Words that put a fallback name in place ("in Tadcaster"); fewer than ``_PREPS``,
#: since a small town's name is more often something else.
_FALLBACK_PREPS = {"in", "at", "from", "near", "outside", "around", "across", "throughout",
                   "inside", "within", "into", "off"}
#: The last words of a venue named after its town ("Paignton Zoo", "Leeds Crown Court").
_VENUE_WORDS = {"zoo", "arena", "stadium", "airport", "racecourse", "cathedral", "prison",
                "court", "crown", "magistrates", "magistrates'", "harbour", "harbor", "pier"}
#: A single-word town this common as an English word ("Hope", "Normal") is not taken.
_FALLBACK_COMMON = 3.5
#: Nor is a region's name this common, or a venue's town of 15,000 people or more
#: ("Leeds" of "Leeds Crown Court" passes; "Kennedy" of "Kennedy Airport" does not).
_FALLBACK_REGION_COMMON = 4.2


def _common(name: str, limit: float) -> bool:
    from wordfreq import zipf_frequency

    return " " not in name and zipf_frequency(name, "en") >= limit


def fallback_place(runs: _Runs, surnames: set[str]) -> str | None:
    """The most salient small town or region of ``runs``, or None; see the module doc."""
    gaz = gazetteer()
    found: list[tuple[str, tuple[str, ...], float, int]] = []  # key, qualifier countries, weight, pos
    for pos, sent, m, tokens, lead in runs:
        if lead:
            prep = lead in _FALLBACK_PREPS
        else:
            prev = _PREV_WORD_STRICT.search(sent[max(0, m.start() - 40): m.start()])
            prep = bool(prev and prev.group(1).lower() in _FALLBACK_PREPS)
        key = " ".join(tokens).lower()
        venue = False
        if key not in fallback_index() and prep and len(tokens) >= 2:
            # "at Wembley Arena", "at Paignton Zoo", "at Leeds Crown Court": the town
            head = list(tokens)
            while len(head) > 1 and head[-1].lower() in _VENUE_WORDS:
                head.pop()
            if len(head) < len(tokens):
                tokens, key, venue = head, " ".join(head).lower(), True
        if key in _NOT_PLACES or key in surnames or not (key in fallback_index()
                                                         or venue and key in gaz.cities):
            continue
        q = None if venue else _QUALIFIER.match(sent, m.end())
        codes = qualifier_countries(q.group(1)) if q else ()
        if not codes and q:
            codes = tuple(e.country for e in fallback_entries(q.group(1).lower())
                          if e.kind == "region")
        if not (prep or codes):
            continue
        before = sent[max(0, m.start() - 40): m.start()]
        if _HOMETOWN.search(before) or _in_quote(sent, m.start()) or _PAST_AFTER.match(sent, m.end()):
            continue  # where someone is from, a speaker's words, or the past
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
        common = _common(key, _FALLBACK_REGION_COMMON if key in gazetteer().cities
                         or entries and entries[0].kind == "region" else _FALLBACK_COMMON)
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


@dataclass
class _Mention:
    kind: str  # "city" | "country" | "state" | "region" (then ``qualifier`` is its country code)
    key: str
    surface: str
    qualifier: str | None
    score: float
    pos: int = 0  # sentence index
    strong: bool = False  # after "in"/"at", with a region after it, or in the lead


def _strip_token(token: str) -> str:
    if not token.endswith(_TOKEN_TAILS):
        return token  # most words: nothing to strip
    for suffix in ("'s", "’s", "'", "’"):
        if token.endswith(suffix):
            token = token[: -len(suffix)]
    if token.endswith(".") and "." not in token[:-1]:
        token = token[:-1]
    return token


class _Span(NamedTuple):
    """A capitalised run of a sentence, its words cleaned, leading function words off."""

    pos: int  # sentence index
    sent: str
    match: re.Match[str]
    tokens: list[str]
    lead: str  # the function word taken off its front ("in"), or ""


def _scan(sentences: list[str]) -> tuple[_Runs, set[str]]:
    """The capitalised runs of the first ``MAX_SENTENCES`` sentences, and the surnames.

    One regex pass; each run's words are cleaned here once for every later stage.
    """
    gaz = gazetteer()
    # Surnames: the last word of a longer name that is no place ("Paul Walker") is not
    # taken for the town of the same name when it stands alone later ("Walker").
    surnames: set[str] = set()
    runs: _Runs = []
    for pos, sent in enumerate(sentences[:MAX_SENTENCES]):
        for m in _RUN.finditer(sent):
            tokens = [_strip_token(t) for t in m.group(0).split()]
            lead = ""
            while tokens and tokens[0].lower() in _LEADING:
                if tokens[0] == "The" and " ".join(tokens).lower() in gaz.cities:
                    break  # "The Hague"
                lead = lead or tokens[0].lower()
                tokens.pop(0)
            if not tokens:
                continue
            runs.append(_Span(pos, sent, m, tokens, lead))
            if len(tokens) < 2 or tokens[0].lower() in _AREA_WORDS or _CONNECTORS & {t.lower() for t in tokens}:
                continue  # "North London", "District of Minnesota": no surname there
            whole = " ".join(tokens).lower()
            if whole in gaz.cities or whole in gaz.countries or whole in gaz.states:
                continue
            surnames.add(tokens[-1].lower())
    return runs, surnames


def _prep_kind(word: str | None) -> str:
    """"strong" ("in", "at"), "weak" ("from", "to", "of") or "" for the word before a name."""
    if not word:
        return ""
    word = word.lower()
    return "strong" if word in _STRONG_PREPS else "weak" if word in _PREPS else ""


def _name_uses(runs: _Runs) -> tuple[set[str], set[str]]:
    """Names the text uses for something else: (organisations, people).

    An organisation: a place name that heads a longer name ending in an organisation
    word or a team's plural nickname ("Manchester United", "Columbia University", "San
    Antonio Spurs"). A person: a place name followed by a verb of speech or play
    ("Matsuyama shot a 66", "Brent said"). Either is taken for a place only after "in",
    "near" and the like.
    """
    gaz = gazetteer()
    orgs: set[str] = set()
    people: set[str] = set()
    for _, sent, m, tokens, lead in runs:
        if len(tokens) >= 2 and tokens[-1].lower() in _COURT_WORDS:
            continue  # "Truro Crown Court": a venue, see ``_venue``
        if len(tokens) >= 2:
            whole = " ".join(tokens).lower()
            if whole in gaz.cities or whole in gaz.countries or whole in gaz.states:
                continue
            last = tokens[-1]
            for k in range(len(tokens) - 1, 0, -1):
                head = " ".join(tokens[:k]).lower()
                if head in gaz.cities or head in gaz.countries or head in gaz.states:
                    if any(t.lower() in _ORG_WORDS for t in tokens[k:]) or (
                            last.endswith("s") and last[:-1].isalpha() and last.lower() not in gaz.cities):
                        orgs.add(head)
                    break
        elif not lead:
            after = _NEXT_WORD.match(sent, m.end())
            if after and after.group(1) in _PERSON_VERBS:
                people.add(tokens[0].lower())
    return orgs, people


# "Toronto Street, Bolton": an address
_ADDRESS = re.compile(r"\b[A-Z][a-z]+ (?:Street|Road|Avenue|Lane|Drive|Close|Crescent|Terrace|Square),\s*$")
# "travelled to Glasgow to unveil": where the news is made
_TRAVEL = re.compile(r"\b(?:travell?ed|flew|went|returned|headed|visited|visiting|toured|touring)\s+(?:to\s+)?$")
# "Baltimore police", "Tulsa officials": a place's own institutions speak from there
_LOCAL_BODY = re.compile(r"(?:'s|’s)?\s+(?:police|officials|authorities|mayor|council|councillors|residents|"
                         r"prosecutors|firefighters)\s+(?:said|say|says|have|has|are|were|told|arrested|"
                         r"believe|believed|confirmed|announced|reported|found|charged)\b")
# "the council of X", "der Stadtrat von X": the story is in X
_OF_PLACE = re.compile(r"\b(?:council|mayor|city|town|village|residents|people|citizens|governor|police|"
                       r"streets|centre|center|outskirts|suburbs|heart|stadtrat|stadt|bürgermeister|"
                       r"ayuntamiento|alcalde|ville|maire|sindaco|comune|prefeitura|prefeito)\s+"
                       r"(?:of|von|de|di|du|da)\s+$", re.IGNORECASE)
# "off Shetland in 2013", "in Surrey in 1995": where something happened before the news
_PAST_AFTER = re.compile(r"\s*,?\s+(?:in|during)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b|\s+(?:last|two|three) (?:year|years)\b")
_QUOTE_OPEN = re.compile(r"(?:^|(?<=[\s(\[]))['‘“\"](?=\w)")
_QUOTE_CLOSE = re.compile(r"(?<=[\w.,!?])['’”\"](?=\s|$|[,.;:)])")


def _in_quote(sent: str, at: int) -> bool:
    """Whether position ``at`` of ``sent`` lies inside a quotation."""
    opened = max((m.start() for m in _QUOTE_OPEN.finditer(sent, 0, at)), default=-1)
    if opened < 0:
        return False
    return not any(True for _ in _QUOTE_CLOSE.finditer(sent, opened + 1, at))


def _venue(tokens: list[str]) -> list[str] | None:
    """The town of a court ("Truro Crown Court" -> ["Truro"]), or None."""
    if len(tokens) < 2 or tokens[-1].lower() not in _COURT_WORDS:
        return None
    head = list(tokens)
    while len(head) > 1 and head[-1].lower().rstrip("'’s") in _COURT_WORDS | {"coroner", "magistrate"}:
        head.pop()
    key = " ".join(head).lower()
    known = key in gazetteer().cities or key in fallback_index() and not _common(key, _FALLBACK_COMMON)
    return head if len(head) < len(tokens) and known else None  # not the "Supreme Court"


def find_places(sentences: list[str], scanned: tuple[_Runs, set[str]] | None = None) -> list[_Mention]:
    """Every place mention of the first ``MAX_SENTENCES`` sentences, weighed as evidence.

    A mention weighs 1, twice that in the first three sentences (1.5 times in the next
    three), and twice again after "in"/"at"/"near" or with a region after it ("Omaha,
    Nebraska"): that is a strong mention. A hometown ("Jane Doe, 44, of Elgin") weighs a
    quarter: it says where a person is from, not where the story is.
    """
    gaz = gazetteer()
    mentions: list[_Mention] = []
    runs, surnames = scanned or _scan(sentences)
    orgs, people = _name_uses(runs)
    for pos, sent, m, tokens, lead in runs:
        venue = _venue(tokens)
        if venue:
            tokens = venue  # "Truro Crown Court": the court's town, where the story is
        surface = " ".join(tokens)
        key = surface.lower()
        if key in _NOT_PLACES and key not in _AMBIGUOUS_NEED_PREP:
            continue
        if key in surnames and key not in gaz.countries:
            continue
        is_city = key in gaz.cities or bool(venue)
        is_country = key in gaz.countries
        is_state = key in gaz.states
        if is_state and is_city and not venue and gaz.cities[key][0].population < 100_000:
            is_city = False  # "Florida", "Colorado": the state, not a small town abroad
        region = None
        if not (is_city or is_country or is_state):
            codes = regions().get(key, ())
            if len(codes) != 1 or surface.isupper() or key in _AREA_WORDS or _common(key, _REGION_COMMON):
                continue
            region = codes[0]  # "Queensland", "Bavaria": a region of one country
        if _ROLE_AFTER.match(sent, m.end()):
            continue
        before = sent[max(0, m.start() - 40): m.start()]
        prev = None if lead else _PREV_WORD.search(before)
        kind = _prep_kind(lead or (prev.group(1) if prev else None))
        if _ADDRESS.search(before):
            kind = "strong"  # "a house in Toronto Street, Bolton"
        if _OF_PLACE.search(before) or _TRAVEL.search(before):
            kind = "strong"  # "the mayor of Freiburg", "der Stadtrat von Freiburg", "travelled to Glasgow"
        if _LOCAL_BODY.match(sent, m.end()) and not lead and is_city and not is_country:
            kind = "strong"  # "Baltimore police said": the city's own police
        q = _QUALIFIER.match(sent, m.end())
        qualifier = q.group(1) if q else None
        if qualifier and not qualifier_countries(qualifier):
            qualifier = None
        if _TEAM_BEFORE.search(before):
            continue  # "a strain against Mexico": a team
        name_use = key in _AMBIGUOUS_NEED_PREP or not is_country and (key in orgs or key in people)
        if name_use and m.group(0).endswith(("'s", "’s")):
            continue  # "in Barcelona's history": the club
        if name_use and not (
                kind == "strong" and lead != "at" and (not prev or prev.group(1).lower() != "at")
                or qualifier):
            continue  # "at Chelsea", "Matsuyama shot": a club, a person
        if is_city and not is_country and not qualifier and not venue:
            top = gaz.cities[key][0]
            if not kind and top.population < 300_000 or (kind != "strong" and top.population < 100_000
                                                         and _common(key, _FALLBACK_COMMON)):
                continue  # a lesser town or a common word ("Cocoa") standing alone
        quoted = _in_quote(sent, m.start())
        past = bool(_PAST_AFTER.match(sent, q.end() if q else m.end()))
        strong = bool(kind == "strong" or qualifier or venue) and not quoted and not past
        weight = (2.0 if pos < 3 else 1.5 if pos < 6 else 1.0) * (3.0 if venue else 2.0 if strong else 1.0)
        after = _NEXT_WORD.match(sent, m.end())
        if _HOMETOWN.search(before):
            weight, strong = 0.25, False
        elif quoted or past:
            weight *= 0.5  # a speaker's words ("I lived my whole life in Barcelona"), or the past
        elif not strong and after and after.group(1) not in _NOT_ATTRIBUTIVE and not after.group(1).endswith("ed"):
            weight *= 0.5  # "the Iran deal", "Minnesota men": about it, not set there
        if is_country:
            mentions.append(_Mention("country", key, surface, None, weight, pos, strong))
        elif is_city:
            mentions.append(_Mention("city", key, surface, qualifier, weight, pos, strong))
        elif is_state:
            mentions.append(_Mention("state", key, surface, None, weight, pos, strong))
        elif region:
            mentions.append(_Mention("region", key, surface, region, weight, pos, strong))
    return mentions


def _demonyms(runs: _Runs) -> tuple[dict[str, float], dict[str, int]]:
    """Country -> evidence from nationality words ("Indonesian court"), at most 2 each,
    and how many of them stand in the first six sentences."""
    found: dict[str, float] = defaultdict(float)
    early: dict[str, int] = defaultdict(int)
    for span in runs:
        first = span.tokens[0].lower()
        code = DEMONYMS.get(first) or (len(span.tokens) > 1 and DEMONYMS.get(f"{first} {span.tokens[1].lower()}"))
        if code:
            found[code] = min(2.0, found[code] + 0.5)
            early[code] += span.pos < 6
    return found, early


def _city_country(m: _Mention, country_ev: dict[str, float], gaz: Gazetteer) -> City:
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
    if country_ev.get(top.country, 0.0) <= 0:
        # a far smaller namesake only when the text names its country (not Madrid, Colombia)
        backed = [c for c in cands if country_ev.get(c.country, 0.0) > 0
                  and (c.population == 0 or top.population < 10 * c.population)]
        if backed:
            return max(backed, key=lambda c: country_ev[c.country])
    return top


def _mention_country(m: _Mention, country_ev: dict[str, float], gaz: Gazetteer) -> str:
    if m.kind == "region":
        return m.qualifier or ""
    if m.kind == "country":
        return gaz.countries[m.key]
    if m.kind == "state":
        return "US"
    return _city_country(m, country_ev, gaz).country


def _leading_country(mentions: list[_Mention], totals: dict[str, float], country_ev: dict[str, float],
                     gaz: Gazetteer) -> str | None:
    """The country that clearly leads: by all its evidence, or by its strong mentions."""
    ranked = sorted(totals, key=lambda c: -totals[c])
    best = ranked[0]
    if totals[best] < _COUNTRY_MIN:
        return None
    runner_up = totals[ranked[1]] if len(ranked) > 1 else 0.0
    if totals[best] >= _COUNTRY_MARGIN * runner_up:
        return best
    strong: dict[str, float] = defaultdict(float)
    for m in mentions:
        if m.strong:
            strong[_mention_country(m, country_ev, gaz)] += m.score
    if not strong:
        return None
    top = max(strong, key=lambda c: strong[c])
    others = max((v for c, v in strong.items() if c != top), default=0.0)
    if strong[top] >= max(3.0, _COUNTRY_MARGIN * others) and totals[top] >= 0.75 * totals[best]:
        return top  # "in Panama City, Panama" outweighs a country talked about
    return None


#: A region's name this common as a word ("Capital", "Centre") is no region in the main scan.
_REGION_COMMON = 4.8
#: How much the leading country must outweigh the next, and the least evidence it needs.
_COUNTRY_MARGIN, _COUNTRY_MIN = 2.0, 2.0
#: A city or region is named when it holds this share of its country's evidence, leads
#: the next place of that country by this margin, and has a strong mention.
_PLACE_SHARE, _PLACE_MARGIN = 0.4, 1.5


def salient_place(sentences: list[str]) -> str | None:
    """The place an article is set in, as "City, Country", "Region, Country" or "Country".

    None when no place clearly leads: wrong is worse than absent. When only the country
    is clear, a small town of that country the text puts the story in ("in Llangollen")
    is named from the fallback index.
    """
    gaz = gazetteer()
    scanned = _scan(sentences)
    mentions = find_places(sentences, scanned)
    if not mentions:
        return fallback_place(*scanned)
    place, country = _decide(mentions, scanned, gaz)
    if country is None:
        return place
    small = fallback_place(*scanned)
    if small and small.rpartition(", ")[2] == gaz.country_names.get(country):
        return small
    return place


def _decide(mentions: list[_Mention], scanned: tuple[_Runs, set[str]],
            gaz: Gazetteer) -> tuple[str | None, str | None]:
    """(the place, the country code when only the country is known) from ``mentions``."""
    demonyms, early_demonyms = _demonyms(scanned[0])
    country_ev: dict[str, float] = defaultdict(float, demonyms)
    for span in scanned[0]:
        key = " ".join(span.tokens).lower()
        codes = regions().get(key, ()) if key not in gaz.cities and key not in gaz.countries else ()
        if len(codes) == 1:
            country_ev[codes[0]] += 0.25  # "Denbighshire": a region of one country
    for m in mentions:
        if m.kind == "country":
            country_ev[gaz.countries[m.key]] += m.score
        elif m.kind == "state":
            country_ev["US"] += m.score
        elif m.kind == "region":
            country_ev[m.qualifier or ""] += m.score
    totals = defaultdict(float, country_ev)
    places: dict[tuple[str, str], list[_Mention]] = defaultdict(list)  # (display, code) -> mentions
    for m in mentions:
        if m.kind == "city":
            city = _city_country(m, country_ev, gaz)
            totals[city.country] += m.score
            places[(place_name(m.surface, city.country), city.country)].append(m)
        elif m.kind == "state":
            places[(place_name(gaz.state_names[gaz.states[m.key]], "US"), "US")].append(m)
        elif m.kind == "region":
            places[(place_name(m.surface, m.qualifier or ""), m.qualifier or "")].append(m)
        elif m.surface.title() in GB_NATIONS.values():
            places[(place_name(m.surface.title(), "GB"), "GB")].append(m)
    best = _leading_country(mentions, totals, country_ev, gaz)
    if best is None:
        return None, max(totals, key=lambda c: totals[c])
    own = [m for m in mentions if _mention_country(m, country_ev, gaz) == best]
    if not (any(m.strong for m in own) or (len(own) > 1 or early_demonyms[best] > 1)
            and (any(m.pos < 6 and m.score >= 1 for m in own) or early_demonyms[best] > 1)):
        return None, best  # passing mentions ("sbarcato da Marte", "played for Ivory Coast") are no setting
    if len(own) == 1 and own[0].pos >= 6 and early_demonyms[best] < 2:
        return None, None  # a place first named deep in the story is not where it is set
    scores = {p: sum(m.score for m in ms) for p, ms in places.items() if p[1] == best}
    if scores:
        order = sorted(scores, key=lambda p: -scores[p])
        top = order[0]
        second = scores[order[1]] if len(order) > 1 else 0.0
        own_top = places[top]
        if (scores[top] >= _PLACE_SHARE * totals[best] and scores[top] >= _PLACE_MARGIN * second
                and any(m.strong for m in own_top) and (len(own_top) > 1 or own_top[0].pos < 6)):
            return top[0], None
        # the first sentence puts the story there ("at an Omaha, Nebraska, hospital"),
        # and no other place of the country is named strongly that early
        first = [p for p in scores if any(m.strong and m.pos == 0 for m in places[p])]
        early = [p for p in scores if any(m.strong and m.pos < 2 for m in places[p])]
        if len(first) == 1 and early == first and places[first[0]][0].kind == "city":
            return first[0][0], None
    return gaz.country_names[best], best

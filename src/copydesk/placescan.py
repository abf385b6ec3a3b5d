"""The text layer of ``copydesk.setting``: an article's capitalised runs, and the word
tables and patterns that say what a run next to them is.

``scan`` reads the first ``MAX_SENTENCES`` sentences once with one regex and returns every
capitalised run ("in Omaha", "Manchester United", "The Hague") with its words cleaned and
the function word before it ("in") kept apart, plus the surnames the text uses ("Paul
Walker" makes a later "Walker" a person). The patterns mark a hometown ("Jane Doe, 44,
of"), a region or country after a name (", Nebraska"), the past ("in Surrey in 1995") and
a speaker's words (inside quotation marks).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from copydesk.gazetteer import gazetteer, is_place_word, regions
from copydesk.lexicon import MONTHS, WEEKDAYS

#: Sentences scanned for places; the lead carries the place, and huge input stays fast.
MAX_SENTENCES = 300

#: Names that are far more often a word, a person or a club than the place they name.
NOT_PLACES = {
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
# A place name followed by one of these stands for a team or a nationality ("the Brazil
# international", "France defender Mamadou Sakho"), not for where the news happened.
ROLE_AFTER = re.compile(
    r"\s(?:international|internationals|defender|striker|midfielder|forward|winger|goalkeeper|"
    r"keeper|captain|skipper|coach|manager|boss|star|squad|player|players|fans|supporters|"
    r"full-back|left-back|right-back|centre-back|batsman|bowler|fly-half|scrum-half|club|side|outfit|team)\b"
)
# First words of a run that name part of a place ("North London"), not a person.
AREA_WORDS = {"north", "south", "east", "west", "central", "greater", "downtown", "northern",
              "southern", "eastern", "western", "old", "inner", "outer", "metro", "upper",
              "lower", "new", "suburban", "rural", "urban", "mid", "northwest", "northeast",
              "southwest", "southeast"}

_LEADING = {"in", "at", "from", "the", "a", "an", "but", "and", "on", "as", "when", "after",
            "before", "while", "if", "for", "with", "by", "to", "this", "that", "last", "then",
            "meanwhile", "yet", "so", "since", "during", "inside", "outside", "across", "near",
            "of", "also", "both", "all", "new:", "however", "although", "though", "like"}

#: A capitalised run: "New York", "Stratford-upon-Avon", "Bay of Plenty".
# (the capital comes first and the look back after it, so that the regex engine can skip
# ahead to the next capital: twice as fast as looking back at every character)
# (a word's hyphens, not a dash typed as two: "in Edmonton--he also found ...")
# (an Arabic article joined with a hyphen too: "Deir ez-Zor", "Sharm el-Sheikh")
_RUN = re.compile(r"[A-Z](?<![\w'’].)(?:[\w'’.]|-(?!-))*(?:\s(?:(?:of|de|la|el|al|upon|and)\s|(?:el|al|ez|es|ed|ad|an|ash|as|ar|az)-)?"
                  r"[A-Z](?:[\w'’.]|-(?!-))*)*")
# ", Nebraska" after a place - but not inside a list ("Cardiff, Newport and Colwyn Bay").
QUALIFIER = re.compile(r"\s*,\s*((?:[A-Z][\w'’.\-]*)(?:\s[A-Z][\w'’.\-]*){0,2})(?=[\s,.;:)!?]|$)"
                       r"(?!\s*(?:,\s*|and\s+|or\s+|&\s+)[A-Z])")

_CONNECTORS = {"of", "de", "la", "el", "al", "upon", "and"}

# "Jane Doe, 44, of", "Sarah Darnley from", "both of": a hometown follows.
HOMETOWN = re.compile(r"(?:(?:[A-Z][\w'’-]+|\d+|both|all|each)\s*,?\s+(?:of|from)"
                      r"|\b(?:born|raised|grew up|brought up|lives|lived|living)\s+in"
                      # ("lived in a £700,000 home in Rayne, Essex")
                      r"(?:\s+an?\s+(?:[\w£$€,.'’-]+\s+){0,3}(?:home|house|flat|property|bungalow|mansion|apartment)\s+in)?"
                      r"|\b(?:[Ss]he|[Hh]e|[Tt]hey|who)\s+(?:was|is|were|are|works|worked)\s+(?:as\s+)?an?\s+"
                      r"(?:[\w-]+\s+){0,3}in"  # "she was a public servant in Canberra"
                      r"|\b(?:described as|made for|built for|created for|sold to|bought by)\s+an?\s+"
                      r"(?:[\w'‘’-]+\s+){0,3}in"  # "created for an 'influential Sheikh' in Doha"
                      # a serving soldier's base: "who was on leave from Fort Meade in Maryland"
                      r"|\b(?:on\s+leave\s+from|stationed\s+(?:at|in)|who\s+(?:is|was|were|are)\s+(?:based|serving)\s+(?:at|in))"
                      r"(?:(?:\s+[A-Z][\w'’-]+){1,3}\s+in)?)\s+$")
# "Jo Bloggs from Leek in" (Staffordshire): the county of a home town is the person's too
HOMETOWN_IN = re.compile(r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s+(?:of|from)\s+[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s+in\s+$")
#: The word every ``HOMETOWN`` match ends on (whitespace before and after it): a cheap test first.
HOMETOWN_ENDS = frozenset(("of", "from", "in"))
_TOKEN_TAILS = ("'", "’", "s", ".")  # what a possessive or an abbreviation dot ends with

# "against Mexico", "beat Spain", "played rugby at Ulster": a team
TEAM_BEFORE = re.compile(r"\b(?:against|versus|vs|beat|beating|for|with|guided|captained|coached|steered)\.?\s+$"
                         r"|\bplay(?:ed|s|ing)?\s+"
                         r"(?:rugby|football|soccer|cricket|hockey|basketball|baseball)\s+(?:at|for|with)\s+$")

# a club named by its town: "loaned back to Lille", "on loan at Derby", "a hard season at Lille",
# "at Lille this season", "to Lille for the 2014-15 season"
CLUB_BEFORE = re.compile(r"\b(?:(?:loaned|loan)\s+(?:back\s+)?(?:to|at|with|from)|season\s+(?:at|with))\s+$")
CLUB_AFTER = re.compile(r"\s+(?:(?:this|last|next)\s+season|for\s+the\s+(?:19|20)\d\d[-–/]\d{2,4}\s+season)\b")
# a team named by its town in a match report: "a gap in the Warrington defence", "the Leeds pack"
# (not "attack", "bench", "line-up": "the Hamburg attack", "a bench of magistrates", a festival's)
TEAM_PART_AFTER = re.compile(r"\s+(?:defen[cs]e|back\s?line|rearguard|midfield|pack|forwards|squad|"
                             r"side|XI|XV|dressing[\s-]room|dugout|goalkeeper|keeper|skipper)\b")
# a match report: two of these words at least ("season", "fans", "cup" tell of a flu season, a cup of tea)
MATCH_WORDS = re.compile(r"\b(?:half-time|kick-off|scored|goals?|tries|try|fixture|derby|striker|midfielder|"
                         r"winger|penalty|full-time|referee|equaliser|equalizer)\b", re.IGNORECASE)


_SPORT = re.compile(r"\b(?:match|goals?|scored|fans|league|cup|season|striker|midfielder|manager|kick-off|fixture)\b")


def sport_told(sentences: list[str]) -> bool:
    """Do the first sentences tell of a game (a ground's name is then the ground)?"""
    return any(_SPORT.search(s) for s in sentences[:MAX_SENTENCES])


def match_report(sentences: list[str]) -> bool:
    """Does the text tell of a game: two different words of a match report ("half-time", "try")?"""
    found: set[str] = set()
    for s in sentences:
        found.update(w.lower() for w in MATCH_WORDS.findall(s))
        if len(found) >= 2:
            return True
    return False


Runs = list["Span"]

# "off Shetland in 2013", "in Surrey in 1995", "in Miami on December 27, 2014": where
# something happened before the news (a date the news gives with its year is not this week's);
# "Tokyo 2020", "London 2012": a Games or a show named after its town, not where the story is
PAST_AFTER = re.compile(r"\s*,?\s+(?:in|during|between|from)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b|\s+(?:last|two|three) (?:year|years)\b"
                        r"|\s*,?\s+on\s+(?:[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+),?\s+"
                        r"(?:19|20)\d\d\b|\s(?:19|20)\d\d\b(?![-–/]\d)")
# a result that may come at the place, a condition: "Victory in Northtown on Monday would secure ..."
# (not "Police in Lyon on Monday could not say ...", reviewer rev43: a result's noun before the place)
_RESULT_BEFORE = re.compile(r"\b(?:[Vv]ictory|[Ww]in|[Dd]efeat|[Dd]raw|[Rr]esult|[Pp]oints?)\s(?:in|at)\s$")
_WOULD_AFTER = re.compile(r"\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:would|could)\s"
                          r"(?!not\b|n['’]t)")


def result_to_come(sent: str, start: int, end: int) -> bool:
    """Is the place at ``sent[start:end]`` where a result may come, a condition ("Victory in Lyon
    on Monday would secure ...")? Not where the story is: the match is still to be played."""
    return _RESULT_BEFORE.search(sent, max(0, start - 12), start) is not None and _WOULD_AFTER.match(sent, end) is not None


# the venue of an event named with its year: "at the 2011 World Championships in Korea",
# "the 2022 World Cup in Qatar" (a year's event is not this week's news, nor where it is filed)
YEAR_EVENT_BEFORE = re.compile(r"\b(?:19|20)\d\d\s+(?:[A-Z][\w'’-]*\s+){1,4}(?:in|at)\s+(?:the\s+)?$")
# what befell people before, told in a clause about them: "relatives of troops, who lost sons in
# Iraq", "veterans who served in Afghanistan" (the war is background; the story is the families')
PAST_OF_PEOPLE_BEFORE = re.compile(r"\bwho\s+(?:had\s+)?(?:lost|served|fought|died|were\s+killed|was\s+killed)\b"
                                   r"[^,.;:\"“]{0,30}?\s+in\s+(?:the\s+)?$")
# where a thing is thought to have been before: "thought to have been stolen from a temple in Tamil Nadu"
_BEEN_BEFORE = re.compile(r"\bto have been\s+[a-z]+\s+(?:from|in|at)\b[^.;:\"“]{0,50}$")


def been_before(sent: str, start: int) -> bool:
    """Is the place at ``start`` where a thing is thought to have been before ("is thought to
    have been stolen from a temple in Tamil Nadu")? The past, not where the story is."""
    before = sent[max(0, start - 80):start]
    return " to have been " in before and _BEEN_BEFORE.search(before) is not None


_NAMED_BEFORE = re.compile(r"\b(?:named|called|dubbed|nicknamed|christened|known as)\s+(?:it\s+|him\s+|her\s+|them\s+)?"
                           r"(?:the\s+)?$")
_NAMED_HINT = re.compile("named|called|dubbed|christened|known as")
_PLACE_NOUNS = ("town ", "village ", "city ", "place ", "area ")


def named_before(sent: str, at: int) -> bool:
    """Whether the name at ``at`` is one given to a thing or a person ("a lamb they named Big
    Ben", "a blogger called Brent", "known as Boston Stump"), not a place ("a town called Hope")."""
    lo = max(0, at - 30)
    if _NAMED_HINT.search(sent, lo, at) is None:
        return False  # (most names)
    m = _NAMED_BEFORE.search(sent, lo, at)
    return m is not None and not sent[max(0, m.start() - 9):m.start()].endswith(_PLACE_NOUNS)
# (each opened on the mark, the character before it looked behind from there: the regex engine
# skips ahead to the marks)
_QUOTE_OPEN = re.compile(r"['‘“\"](?<![^\s(\[]['‘“\"])(?=\w)")
_QUOTE_CLOSE = re.compile(r"['’”\"](?<=[\w.,!?]['’”\"])(?=\s|$|[,.;:)])")


def in_quote(sent: str, at: int) -> bool:
    """Whether position ``at`` of ``sent`` lies inside a quotation."""
    opened = max((m.start() for m in _QUOTE_OPEN.finditer(sent, 0, at)), default=-1)
    if opened < 0:
        return False
    return not any(True for _ in _QUOTE_CLOSE.finditer(sent, opened + 1, at))


def _strip_token(token: str) -> str:
    if not token.endswith(_TOKEN_TAILS):
        return token  # most words: nothing to strip
    for suffix in ("'s", "’s", "'", "’"):
        if token.endswith(suffix):
            token = token[: -len(suffix)]
    if token.endswith(".") and "." not in token[:-1]:
        token = token[:-1]
    return token


_POSSESSIVE = re.compile(r"['’]s\s+(?=[A-Z])")
#: The last word of a body a place's possessive names ("Singapore's National Heritage Board").
_INSTITUTIONS = frozenset("board ministry council police government parliament court museum agency authority "
                          "department service commission office army navy embassy club stadium theatre "
                          "hospital airport cathedral arena".split())


_LOWER_AFTER = re.compile(r"\s([a-z]+)\b(?:\s([a-z]+)\b)?")
# (not an airport told in lower case: "detained at Istanbul's Sabiha Gokcen airport" is where
# travellers were stopped, not where the story is)
_LOWER_INSTITUTIONS = frozenset("office council police court".split())


def _runs(sent: str) -> list[re.Match[str]]:
    """The capitalised runs of ``sent``; a run that opens with a place's possessive is two:
    "Nigeria's Ondo state", "Singapore's National Heritage Board" name Nigeria and Ondo,
    Singapore and its board. ("Martha's Vineyard", "St John's Wood" stay whole, and so does
    "Hong Kong's Fu": a person's nationality.)"""
    gaz = gazetteer()
    out = []
    for m in _RUN.finditer(sent):
        text = m.group(0)
        if "'s " not in text and "’s " not in text:
            out.append(m)  # (most runs: no possessive inside)
            continue
        p = _POSSESSIVE.search(text)
        if p is None:
            out.append(m)
            continue
        head = text[:p.start()].lower().split()
        while head and head[0] in _LEADING:
            head.pop(0)
        key = " ".join(head)
        if not key or not is_place_word(key):
            out.append(m)
            continue
        rest = text[p.end():].rstrip(".").split()
        first, last = rest[0].lower(), _strip_token(rest[-1]).lower()
        after = _LOWER_AFTER.match(sent, m.end())  # ("Windsor's Royal Mail delivery office": the body's noun after it)
        if not (first in gaz.cities or first in gaz.states or first in regions() or last in _INSTITUTIONS
                or after and not _LOWER_INSTITUTIONS.isdisjoint(after.groups())):
            out.append(m)  # "Hong Kong's Fu", "Britain's Prince Harry": a person's nationality
            continue
        out.append(_RUN.match(sent, m.start(), m.start() + p.start() + 2) or m)
        tail = _RUN.match(sent, m.start() + p.end(), m.end())
        if tail:
            out.append(tail)
    return out


class Span(NamedTuple):
    """A capitalised run of a sentence, its words cleaned, leading function words off."""

    pos: int  # sentence index
    sent: str
    match: re.Match[str]
    tokens: list[str]
    lead: str  # the function word taken off its front ("in"), or ""
    key: str  # the tokens joined by spaces, lowercased: what the gazetteer is asked


# a role's acronym before a person's name ("CEO Mark Preston", "MSP Jo Example"): no broadcaster's
_ROLE_ACRONYMS = frozenset("CEO CFO COO CTO CIO MSP MLA MEP MP QC KC DCI DSI DCS".split())


def scan(sentences: list[str]) -> tuple[Runs, set[str]]:
    """The capitalised runs of the first ``MAX_SENTENCES`` sentences, and the surnames.

    One regex pass; each run's words are cleaned here once for every later stage.
    """
    gaz = gazetteer()
    cities, countries, states = gaz.cities, gaz.countries, gaz.states
    # Surnames: the last word of a longer name that is no place ("Paul Walker") is not
    # taken for the town of the same name when it stands alone later ("Walker").
    surnames: set[str] = set()
    runs: Runs = []
    for pos, sent in enumerate(sentences[:MAX_SENTENCES]):
        possessive = ("'s " in sent or "’s " in sent) and _POSSESSIVE.search(sent) is not None
        for m in _runs(sent) if possessive else _RUN.finditer(sent):
            tokens = m.group(0).split()
            if len(tokens) == 1:  # one word (most runs): cleaned and looked at without a loop
                token = tokens[0]
                if token.endswith(_TOKEN_TAILS):
                    token = _strip_token(token)
                low = token.lower()
                if low not in _LEADING:
                    runs.append(Span(pos, sent, m, [token], "", low))
                elif token == "The" and low in cities:
                    runs.append(Span(pos, sent, m, [token], "", low))  # (as the loop below has it)
                continue
            tokens = [_strip_token(t) if t.endswith(_TOKEN_TAILS) else t for t in tokens]
            lead = ""
            while tokens and tokens[0].lower() in _LEADING:
                if tokens[0] == "The" and " ".join(tokens).lower() in cities:
                    break  # "The Hague"
                lead = lead or tokens[0].lower()
                tokens.pop(0)
            if not tokens:
                continue
            whole = " ".join(tokens).lower()
            runs.append(Span(pos, sent, m, tokens, lead, whole))
            if len(tokens) < 2:
                continue
            words = whole.split(" ")
            if words[0] in AREA_WORDS or not _CONNECTORS.isdisjoint(words):
                continue  # "North London", "District of Minnesota": no surname there
            if whole in cities or whole in countries or whole in states:
                continue
            if len(tokens) == 2 and len(tokens[0]) >= 3 and tokens[0].isupper() and tokens[0] not in _ROLE_ACRONYMS \
                    and (words[1] in cities or words[1] in states or words[1] in countries):
                continue  # "NBC Dallas", "BBC Wales": a broadcaster's station, no person ("CEO Mark Preston" is one)
            surnames.add(words[-1])
    return runs, surnames


#: A single-word town this common as an English word ("Hope", "Normal") is not taken.
TOWN_COMMON = 3.5


def common_word(name: str, limit: float) -> bool:
    """Whether one-word ``name`` is this common an English word (Zipf frequency)."""
    from wordfreq import zipf_frequency

    return " " not in name and zipf_frequency(name, "en") >= limit


# "we", "I", "our" in the writer's own voice; "We"/"Our" only opening a sentence ("The
# Fault in Our Stars" is a title), and not "my" ("the Mirreyes (my kings)")
_FIRST_PERSON = re.compile(r"(?<![\w'’])(?:I|I'm|I’m|I've|I’ve|I'd|I’d|we|our|us|we're|we’re|we've|we’ve|we'd|we’d)"
                           r"(?![\w'’])|^(?:We|Our)\b")
_PARENTHESES = re.compile(r"\([^()]*\)")
# any quotation mark: a sentence with one may be a speaker's words
# (each branch opens on its mark, the space before an opening "'" looked behind from: the regex
# engine skips to the marks; only whether it matches is asked, ``_quoted``)
_ANY_QUOTE = re.compile("[\"“”‘]|'(?:(?<!\\S')|(?=\\s|$))|’(?=\\s|$|[.,])")
_QUOTE_MARKS = "\"“”‘'’"  # one of them stands in every match of ``_ANY_QUOTE``
#: Sentences read for the writer's voice, and how many first-person sentences make a column.
OPINION_SENTENCES, OPINION_LEAD, OPINION_MIN = 40, 3, 3


def _quoted(text: str) -> bool:
    """Does ``text`` hold a quotation mark (a speaker's words may be in it or run on from it)?"""
    return any(c in text for c in _QUOTE_MARKS) and _ANY_QUOTE.search(text) is not None


# ``_FIRST_PERSON`` asked only whether it matches: its words each read from their first letter
# (which the regex engine skips ahead to), then the word's other letters (most "o", "u" and
# "w" go on to another word), and looked behind from there; the opening "We"/"Our" apart, so
# that no position but the first tries it
_FIRST_PERSON_WORD = re.compile(r"(?:I(?<![\w'’].)(?:'m|’m|'ve|’ve|'d|’d)?|we(?<![\w'’]..)(?:'re|’re|'ve|’ve|'d|’d)?"
                                r"|our(?<![\w'’]...)|us(?<![\w'’]..))(?![\w'’]|-\d)")  # (not a road: "on I-40")
_FIRST_PERSON_OPEN = re.compile(r"(?:We|Our)\b")


# the paper's own reporter told as its ("..., our correspondent says"): an attribution, not the writer speaking
# (not the paper's own staff named, "Our editor, Jo Example, is in the running for ...": news of the paper itself)
OUR_STAFF = re.compile(r"\b(?P<our>[Oo]ur)\s(?P<who>(?:[A-Z][a-z]+\s)?(?:[a-z]+\s)?(?:correspondent|reporter|editor)s?)\b"
                       r"(?!,?\s[A-Z])")


def _first_person(text: str) -> bool:
    if "(" in text:
        text = _PARENTHESES.sub("", text)
    if "ur " in text:
        text = OUR_STAFF.sub(r"the \g<who>", text)
    return _FIRST_PERSON_WORD.search(text) is not None or _FIRST_PERSON_OPEN.match(text) is not None


def writer_speaks(sentence: str, before: str = "") -> bool:
    """Is ``sentence`` in the writer's own first person ("I doubt this is the end")? Not when
    it or the sentence ``before`` it holds a quotation mark: a speaker's words are not the
    writer's."""
    # (the first person first: few sentences speak in it, and only those need their marks read)
    return _first_person(sentence) and not _quoted(sentence) and not (before and _quoted(before))


def opinion_piece(sentences: Sequence[str]) -> bool:
    """Whether the text is written in the first person: an opinion piece, a column, a letter.

    Counted are sentences where the writer speaks (``writer_speaks``). One in the first
    ``OPINION_LEAD`` sentences, or ``OPINION_MIN`` in the first ``OPINION_SENTENCES``,
    make a column: its places are what it talks about, not where it was written.
    """
    return _opinion(tuple(sentences[:OPINION_SENTENCES]))


@lru_cache(maxsize=64)  # the engine and the dateline both ask of one article
def _opinion(head: tuple[str, ...]) -> bool:
    hits = [pos for pos, sent in enumerate(head) if writer_speaks(sent, head[pos - 1] if pos else "")]
    return bool(hits) and (hits[0] < OPINION_LEAD or len(hits) >= OPINION_MIN)


# a date with its year ("in April 2013", "on April 15, 2013", "on 15 April 2013"), and a lead told of now
# ("yesterday", "on Monday", "last night") with no year of its own
_MONTH = "(?:" + "|".join(m.title() for m in MONTHS) + ")"
_WEEKDAY = "(?:" + "|".join(d.title() for d in WEEKDAYS) + ")"
_DATED = re.compile(rf"\b{_MONTH}(?:\s\d{{1,2}}(?:st|nd|rd|th)?,?)?\s(?:19|20)\d\d\b"
                    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s{_MONTH}\s(?:19|20)\d\d\b")
_NOW_TOLD = re.compile(rf"\b(?:yesterday|today|tonight|last night|this week|this morning|on {_WEEKDAY})\b", re.IGNORECASE)
_WEEKDAY_BEFORE = re.compile(rf"{_WEEKDAY},?\s(?:\d{{1,2}}(?:st|nd|rd|th)?\s)?$")
_HAPPENED = re.compile(r"\b(?:happened|took place|occurred|broke out|began)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b(?!\s(?:fans|people|men|women|jobs|homes|runners|workers|pupils|children))")


def dated_background(sentences: Sequence[str], pos: int) -> bool:
    """Is sentence ``pos`` a dated line of background in a story told of now: a date with its year
    in it ("got the £85 fine in April 2013 when he overstayed ... in Chelmsford"), after a lead told
    of today or yesterday with no year ("judges ruled yesterday that £85 was not ..."), or with a year
    no earlier than the line's and before the latest full date the story tells (a lead that is itself
    background)? Where it happened then is not where the story is now (judges MZ 05, ND 10, NL 07)."""
    if pos < 2 or (dated := _DATED.search(sentences[pos])) is None or _WEEKDAY_BEFORE.search(sentences[pos], 0, dated.start()) \
            or _HAPPENED.search(sentences[pos]):
        return False  # (not the story's own event told with its full date: "The crash happened on the A12 near
        # Colchester on Sunday, July 6, 2025", reviewer rev44c)
    lead = " ".join(sentences[:2])  # (the lead, or a caption and the lead after it)
    if _NOW_TOLD.search(lead) is None:
        return False
    if (told := _YEAR.findall(lead)) == []:
        return True
    # (or a lead that dates its own line of background, a text that lost its first sentence: "Chernova beat Ennis-Hill to
    # gold at the 2011 World Championships in Korea. This week she was given a ban ...": a line dated no later than the
    # lead's year, both before the latest full date the story tells, "backdated to 22 June 2013", session 65's read; a
    # year looked ahead to, "free to compete again in 2015", is no date the story has come to)
    latest = max((int(y) for sent in sentences for d in _DATED.finditer(sent) for y in _YEAR.findall(d.group(0))),
                 default=0)
    return max(map(int, _YEAR.findall(sentences[pos])), default=latest) <= max(map(int, told)) < latest


# "Baltimore police", "Tulsa officials": a place's own institutions speak from there
LOCAL_BODY = re.compile(r"(?:'s|’s)?\s+(?:police|officials|authorities|mayor|council|councillors|residents|"
                        r"prosecutors|firefighters)\s+(?:said|say|says|have|has|are|were|told|arrested|"
                        r"believe|believed|confirmed|announced|reported|found|charged)\b")

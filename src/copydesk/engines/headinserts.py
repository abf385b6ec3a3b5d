"""What a long headline may drop between its words (``copydesk.engines.headline``): a place's
region or a named thing's place (the dateline has it), a person's residence, an aside between
dashes, a list of examples, a work's title after what it is, another name after "or", how a
purpose told in the subject is served ("to help patients | by waking them ..."); and a name
given with "known as", which becomes the subject."""

from __future__ import annotations

import re

from copydesk.engines.headpatterns import SUPERLATIVE_END
from copydesk.engines.headtrims import word_count
from copydesk.engines.verbs import main_verbs, verb_kind


def without_named_place(text: str) -> str:
    """"Broadcroft Quarry in Portland is" -> "Broadcroft Quarry is": the dateline has the place;
    not a name that qualifies the noun after it ("face Liverpool in FA Cup semi-final")."""
    m = NAMED_PLACE.search(text) or _THING_IN_PLACE.search(text)
    nxt = m.group("next") if m else None
    if m is None or nxt and verb_kind(nxt) is None and nxt not in _AFTER_PLACE \
            and not (nxt.endswith("s") and not nxt.endswith("ss")):  # ("in London describes itself")
        return text
    if SUPERLATIVE_END.search(text, 0, m.end(1)):
        return text  # "the highest-scoring Spanish-national in La Liga": the superlative is the league's
    return text[:m.start()] + m.group(1) + text[m.end():]


# a common noun's place before what became of it: "to find their house in Glovertown completely engulfed"
# (after a determiner or a preposition: the thing an object or a place names, not a subject's
# noun before its verb, "Harbour authorities in Northtown reopened")
_THING_IN_PLACE = re.compile(r"(?:" + "|".join(f"(?<=\\b{w})" for w in ("the", "their", "his", "her", "its", "our", "a",
                                                                        "an", "in", "at", "to", "from"))
                             + r")(\s[a-z]{3,})\sin\s[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?"
                             r"(?=\s(?P<next>[a-z]+ly\s[a-z]+ed|[a-z]+ed)\b)")
_AFTER_PLACE = frozenset("and but or as after before when while since until to for on at with by from of over "
                         "into amid despite".split())


# a comma between a subject and its verb, as sources slip: "The body of the man in his 70s, was found"
STRAY_COMMA = re.compile(r"^([^,\"“‘']{3,80}?),(?=\s(?:was|were|is|are|has|have|had)\s)")
# "in Portland, Dorset, restored": the county or state after a place, between commas (a region named
# with "and" too: "in Glovertown, Newfoundland and Labrador, completely engulfed")
PLACE_INSERT = re.compile(r"(\b(?:in|at|near|from)\s[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?),\s[A-Z][\w'’-]+"
                           r"(?:\s[A-Z][\w'’-]+)?(?:\sand\s[A-Z][\w'’-]+)?,(?=\s(?!and\b|or\b|nor\b)[a-z])")
# where a named thing stands, between it and its verb: "Linton Bridge, over the River Wharfe in
# West Yorkshire, was damaged" (else the verb reads as a participle after a comma)
WHERE_INSERT = re.compile(r"(\b[A-Z][\w'’-]*),\s(?:over|on|in|near|at|off|outside|beside|across)\s[^,\"“”]{3,80},"
                           r"(?=\s(?:was|were|is|are|has|have|had|will)\s)")
# the region after a place that closes an appositive: its comma closes the appositive
APPOSITIVE_PLACE = re.compile(r"(,\s(?:a|an|the)\s[^,\"“]{3,80}?\bof\s[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?),\s[A-Z][\w'’-]+"
                               r"(?:\s[A-Z][\w'’-]+)?,(?=\s[a-z])")
# where a person named before it lives: "Jane Example, 44, of Fulwood, Lancashire, was found" (after a
# name or an age; the comma before it stays for the age's or a clause's own pair; not a list's item,
# "from England, from Wales, and from Scotland")
RESIDENCE = re.compile(r"(?P<who>\b[A-Z][\w'’-]*|\b\d{1,3}),\s(?:of|from)\s[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2}"
                       # (a village told by the town it is near: "..., of Auchenmalg near Newton Stewart, was jailed")
                       r"(?:\snear\s[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})?"
                       # (the county with no comma after it, the verb next: "..., of Keswick, Cumbria was foiled")
                       # (not a speaker's aside: "..., Jo Example has said, was last seen", reviewer rev47)
                       r"(?:,\s[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?(?=\s(?:was|is|has|had|were|are|will)\s)"
                       r"(?!\s\w+\s(?:said|told|confirmed)\b)"
                       r"|(?:,\s[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)?,(?=\s)(?!\s(?:and|or)\b))")
# a named thing's place, which a headline over length can lose ("Broadcroft Quarry in Portland")
NAMED_PLACE = re.compile(r"(?<=[a-z])(\s[A-Z][\w'’-]+)\sin\s[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?(?=\s(?P<next>[a-z][\w-]*)|$)")
# an aside between paired dashes: "Bader – who lost his legs in 1931 – was shot down", "Women with
# cervical cancer – the most common cancer afflicting young women – are to get"; or a figure's or a count's,
# "cost 12 per cent more – or £38,831 – than", "Five people – four military and one civilian – were on board"
# (not one in "and", part of the subject: "Smith – and his wife – were arrested")
DASH_ASIDE = re.compile(r"\s([-–—])\s(?:(?:who|which|whose|where|the|a|an|[a-z]+ed)\s[^–—\"“]{3,150}?"
                        r"|(?:or\s)?[£$€]?\d[\d,.]*(?:[\s%][^–—\"“]{0,60}?)?"
                        r"|(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s[^–—\"“]{3,60}?)"
                        r"\s\1\s")
# a list of examples before the verb: "Technology shows such as the annual E3 conference in Los
# Angeles have become known": the verb is after the examples
SUCH_AS = re.compile(r"\s(?:such as|including)\s[^,;:\"“]{3,80}?(?=\s(?:have|has|are|is|were|was|had)\s)")

# "A group of world powers known as the P5+1 reached": the name is the subject
KNOWN_AS_SUBJECT = re.compile(r"^(?:An?|The)\s(?:[\w'’-]+\s){1,6}?known as (?:the\s)?"
                              r"(?P<name>[A-Z][\w+'’.-]*(?:\s[A-Z][\w+'’.-]*){0,3})(?=\s[a-z])")
# a work's title in marks after the noun that says what it is ("documentary", "film", "book")
WORK_TITLE = re.compile(r"\b(?P<what>documentary|film|movie|book|novel|memoir|series|show|album|single|song|play|"
                         r"musical)\s[\"“][A-Z][^\"“”]{2,80}?(?P<comma>,)?[\"”](?=[\s,.]|$)")
# another name for what a name names: "a load of MDMA, or ecstasy, from Canada" (after a name:
# not "either in, or close to, a car")
OR_NAME = re.compile(r"(\b[A-Z][\w'’-]*),\sor\s[a-z][\w'’-]*(?:\s[a-z][\w'’-]*)?,(?=\s)")


# the harm an event did, told after it: "... crashed into a guardrail at X Speedway, killing a passenger"
HARM_TAIL = re.compile(r",\s(?:killing|injuring|wounding)\s(?!time\b)[^,\"“”]{3,50}$")
# (a place after "at" or "in", never a person after "on": "opens fire on President Ana Lorne")
_PLACE_LAST = re.compile(r"\s(?:at|in)\s(?:the\s)?(?!(?:President|Prime|Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|King|Queen|Prince|"
                         r"Princess|Pope|Senator|Governor|Mayor)\b)[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,4}$")


def harm_kept(text: str, most: int) -> str:
    """``text`` within ``most`` words with the harm it tells kept: the place before the harm goes
    (the dateline has it) rather than the harm a cut at the comma would lose ("Lamborghini Crashes
    Into Guardrail at Walt Disney World Speedway | , Killing Passenger" -> "Lamborghini Crashes
    Into Guardrail, Killing Passenger"). Unchanged when it fits, or no such place stands there."""
    m = HARM_TAIL.search(text)
    if m is None or word_count(text) <= most:
        return text
    place = _PLACE_LAST.search(text, 0, m.start())
    if place is None or place.end() != m.start():
        return text
    shorter = text[:place.start()] + text[m.start():]
    return shorter if word_count(shorter) <= most else text


# how a purpose told inside the subject is served: "an experiment to help dementia patients | by waking
# them up with video recordings from loved ones | is taking place" (the purpose stays, and the verb)
_MEANS = re.compile(r"\bto\s[a-z]{3,}\s(?:[\w'’-]+\s){1,4}?(by\s[a-z]{3,}ing)\b")


def without_means(text: str) -> str:
    """The subject's "to help X by doing Y" as "to help X", when the means runs on to the main verb
    with no comma or quotation in it: a long subject shortened, its purpose and the news kept."""
    m = _MEANS.search(text)
    if m is None or text[:m.start()].rstrip().rsplit(" ", 1)[-1].lower() in _PROPOSED:
        return text  # (a plan's means is what is planned: "A plan to fund a library by selling the town hall")
    purpose = m.group(0).split()[1]
    starts = [t.start() for t in re.finditer(r"\S+", text)]
    tokens = text.split()
    verbs = [k for k in main_verbs(tokens) if k == 0 or tokens[k - 1] != "to"]  # (not the infinitive's "to cut")
    if not verbs or starts[verbs[0]] <= m.start(1):
        return text  # (the means of the clause's own verb: "made history by becoming ...", the news)
    span = text[m.start(1):starts[verbs[0]]]
    if any(c in span for c in ",;:\"“”‘’()") or len(span.split()) < 3:
        return text
    if tokens[verbs[0]].lower().startswith(purpose[:4]):
        return text  # ("a campaign to raise money by selling cakes | has raised": the means is all it says)
    return text[:m.start(1)] + text[starts[verbs[0]]:]


# the things whose means is what they propose or try
_PROPOSED = frozenset("""plan plans proposal proposals scheme schemes bid bids campaign campaigns attempt attempts move
call calls appeal appeals effort efforts drive project projects idea ideas push initiative initiatives""".split())


# a street, then its town after a comma: "at the house in Nettleden Road, Little Gaddesden, near ..."
_STREET_TOWN = re.compile(r"\b(?:in|at)\s(?:[A-Z][\w'’-]+\s){1,3}(?:Road|Street|Lane|Avenue|Drive|Close|Way|Crescent|"
                          r"Place|Terrace|Gardens|Grove|Row|Square),\s(?P<town>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)"
                          r"(?=[,.;]|\s(?:on|in|at|near|after|before|when|while|yesterday|today|last)\b)")


def street_out(sentence: str) -> str:
    """``sentence`` with a street its town follows told as the town alone, as a headline tells a place
    ("Found at House in Nettleden Road, Little Gaddesden" -> "Found at House in Little Gaddesden")."""
    return _STREET_TOWN.sub(lambda m: "in " + m.group("town"), sentence) if "," in sentence else sentence

"""The verbs a headline is built around: which words are finite verbs, where a sentence's
main verbs stand (outside relative clauses), and the present-tense form of a past one.

Used by ``engines/headline.py`` (trimming a lead to its main clause, and judging whether a
headline has a finite verb)."""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from functools import lru_cache

from copydesk.engines.spans import lower_words
from copydesk.lexicon import DETERMINERS, IRREGULAR, IRREGULAR_NOUN_FORMS, IRREGULAR_PASTS

# past -> present (third person singular); the base form is the present with "s" off
PAST_TO_PRESENT = {
    "said": "says", "won": "wins", "lost": "loses", "made": "makes", "took": "takes", "gave": "gives",
    "got": "gets", "began": "begins", "became": "becomes", "came": "comes", "went": "goes",
    "held": "holds", "kept": "keeps", "met": "meets", "paid": "pays", "ran": "runs", "saw": "sees",
    "sought": "seeks", "spent": "spends", "struck": "strikes", "threw": "throws", "wrote": "writes",
    "rose": "rises", "fell": "falls", "grew": "grows", "drew": "draws", "broke": "breaks",
    "chose": "chooses", "bought": "buys", "brought": "brings", "built": "builds", "caught": "catches",
    "fought": "fights", "taught": "teaches", "thought": "thinks", "found": "finds", "told": "tells",
    "sold": "sells", "sent": "sends", "left": "leaves", "led": "leads", "hit": "hits", "cut": "cuts",
    "set": "sets", "shot": "shoots", "beat": "beats", "put": "puts", "quit": "quits", "hid": "hides",
    "fled": "flees", "flew": "flies", "stood": "stands", "spoke": "speaks", "stole": "steals",
    "swore": "swears", "tore": "tears", "wore": "wears", "woke": "wakes", "drove": "drives",
    "ate": "eats", "forgot": "forgets", "froze": "freezes", "knew": "knows", "lent": "lends",
    "meant": "means", "overtook": "overtakes", "rode": "rides", "rang": "rings", "sang": "sings",
    "sank": "sinks", "shut": "shuts", "slid": "slides", "split": "splits", "spread": "spreads",
    "stuck": "sticks", "swept": "sweeps", "swam": "swims", "undertook": "undertakes", "upheld": "upholds",
    "withdrew": "withdraws", "shed": "sheds", "bid": "bids", "died": "dies", "tied": "ties", "fed": "feeds", "bled": "bleeds", "sped": "speeds",
    "won't": "won't", "did": "does", "had": "has", "was": "is", "were": "are",
}
PARTICIPLES = frozenset("""been born done gone seen taken given made found held kept known shown
thrown written sold told sent left led hit cut set shot beaten put hidden stolen sworn torn worn
driven eaten forgotten frozen meant ridden sunk shut split spread stuck swept brought bought built
caught fought taught thought paid won lost struck chosen broken drawn grown fallen risen begun
become come run spent sought overtaken undertaken withdrawn upheld fled quit""".split())
AUXILIARIES = frozenset("is are was were has have had will would can could must may might should shall "
                 "does did do isn't aren't wasn't weren't hasn't haven't won't can't".split())
COMMON_PRESENT = frozenset("""says faces wins loses makes takes gives gets begins becomes comes goes holds
keeps meets pays runs sees seeks spends strikes throws writes rises falls grows draws breaks buys brings
builds catches fights finds tells sells sends leaves leads hits cuts sets shoots beats puts flees stands
speaks warns claims admits denies calls urges backs plans wants needs vows launches reveals unveils
announces awards signs rejects approves bans blames accuses charges kills dies opens closes ends starts
stops joins quits resigns returns receives scores sues votes orders names reports shows comes looks
must will can could would may might should is are has have does suggests indicates concludes estimates
predicts argues believes thinks fears hopes expects insists replaces succeeds""".split()) \
    | frozenset(  # plural presents that are no nouns ("long queues continue outside ATMs")
        """continue continues try tries remain appear seem refuse refuses agree agrees decide decides arrive arrives
survive survives insist struggle prepare prepares reveal admit deny believe warn urge expect receive
become mourn mourns celebrate celebrates flee""".split())

SMALL_WORDS = frozenset("a an the and but or nor for so yet on at to by of in with as vs via per from up into "
                   "onto off over".split())

RELATIVES = frozenset("who which that whose".split())
_WHO_CONTRACTED = frozenset(("who'", "who’"))
_NOT_A_NOUN_NEXT = frozenset("the a an his her their its to in on at by for from with and or but that as of up out "
                             "off down into over after before".split())


def opens_relative(token: str) -> bool:
    """Does ``token`` open a subject's relative clause: "who", "which", or "who" with its auxiliary
    ("who'd", "who's")?"""
    low = token.lower()
    return low in ("who", "which") or low[:4] in _WHO_CONTRACTED


# the nouns a "that" clause tells the content of, not a relative clause: "the fact that ...", "claims that ..."
_CONTENT_NOUNS = frozenset("""fact claim claims idea news belief suggestion suggestions hope hopes fear fears report
reports notion possibility evidence warning warnings view argument assertion allegation allegations rumour rumours
sign signs proof risk chance danger feeling sense message ruling revelation confirmation decision discovery admission
announcement finding findings conclusion insistence assumption concern concerns worry worries doubt doubts""".split())


_OF_PHRASE = frozenset("of for to in on at with from by about".split())  # a noun a preposition takes: the subject's own


def that_relative(tokens: list[str], k: int) -> bool:
    """Does "that" at ``k`` open the subject's relative clause: after a noun in lower case, not one
    whose content it tells ("new technique that aims to ...", not "the fact that ...")?"""
    before = tokens[k - 1]
    after = tokens[k + 1] if k + 1 < len(tokens) else ""
    # (and a verb right after it, the clause's own: not "the ruling that | the council acted ...", reviewer rev52b)
    verb_next = verb_kind(after) is not None or after in PRESENT_FORMS \
        or after.endswith("s") and k + 2 < len(tokens) and tokens[k + 2] == "to"  # ("that aims to ...")
    return tokens[k] == "that" and before.isalpha() and before.islower() and before not in _CONTENT_NOUNS \
        and verb_kind(before) is None and verb_next \
        and not (k >= 3 and tokens[k - 3].lower() in _OF_PHRASE)  # (not "Parents of the boy that died ...")


PRESENT_FORMS = (COMMON_PRESENT | frozenset(PAST_TO_PRESENT.values())
            | frozenset(v[:-1] for v in PAST_TO_PRESENT.values() if v.endswith("s"))
            | frozenset("is are has have will can must may might should could would does do".split()))
# more irregular pasts (``lexicon.IRREGULAR_PASTS``), whose base forms are nouns as often as
# verbs ("deal", "spring", "sleep"): their present in -s counts as a verb, their base form does not
def third_person(base: str) -> str:
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    return base[:-1] + "ies" if base.endswith("y") and base[-2:-1] not in "aeiou" else base + "s"


_MORE_PASTS = {past: third_person(IRREGULAR[past]) for past in IRREGULAR_PASTS if past not in PAST_TO_PRESENT}
PAST_TO_PRESENT.update(_MORE_PASTS)
PRESENT_FORMS |= frozenset(_MORE_PASTS.values())
PARTICIPLES |= frozenset("""arisen bent blown bred burnt clung crept dealt dug dwelt forbidden foreseen
forgiven heard knelt laid leapt learnt misled overcome overheard overseen overthrown sat shaken shone shrunk
slept slung spun sprung stung striven swung trodden undergone understood wept withheld befallen mislaid
outgrown lain flown spoken sung woken awoken""".split())
VERB_NEXT = frozenset("a an the to his her their its up out off down back new more into onto through "
                       "towards toward against himself herself itself themselves".split())


def verb_kind(token: str, source_words: frozenset[str] = frozenset()) -> str | None:
    """"present", "past", "aux-past" or None for a token that is no verb we know."""
    return _verb_kind(token)


# words in un- and -ed that are adjectives, never verbs ("the undocumented population", "an unarmed man")
UN_ADJECTIVES = frozenset("""undocumented unarmed unnamed unidentified unexpected unexplained unemployed
unmarried unvaccinated unaccompanied unpaid unsolved unprecedented unlicensed unregistered unelected
unopposed unscathed unharmed uninsured unauthorised unauthorized unmanned unwanted unprovoked unspecified""".split())
# the first part of a compound in "-ed" that makes it an adjective (not "re-elected", "co-founded")
_ADJECTIVE_PREFIXES = frozenset("best well much long little ill highly most least so self hard widely newly "
                                "cash star battle time".split())


# a passive's participle in -n, a headline's verb before a preposition ("Taken to Hospital", as "found" is)
_EN_PARTICIPLES = frozenset(p for p in PARTICIPLES if p.endswith(("en", "wn")) and p != "been")
_PASSIVE_NEXT = frozenset("to from in on at by for with into off out over as after".split())


@lru_cache(maxsize=8192)  # a word's answer never changes; headlines ask of the same words often
def _verb_kind(token: str) -> str | None:
    low = token.lower().strip("\"'“”‘’,.:;!?()")
    if "-" in low and low.split("-", 1)[0] in _ADJECTIVE_PREFIXES or low in UN_ADJECTIVES:
        return None  # "best-loved", "long-awaited", "so-called", "undocumented": an adjective, no verb
    if low in PRESENT_FORMS:
        return "present"
    if low in ("was", "were", "had", "did"):
        return "aux-past"
    if low in PAST_TO_PRESENT:
        return "past"
    if token.strip("\"'“”‘’,.:;!?()").islower() and low.endswith("ed") and (len(low) > 4 or low in _SHORT_PASTS):
        return "past"
    return None


# pasts of four letters in -ed ("Kenyans used the hashtag", "sued the council"), not "bed", "red", "shed"
# (not "owed": "money owed to players", "a pensioner owed £3,000" tell what is owed, no act)
_SHORT_PASTS = frozenset("used sued axed eyed".split())


def s_verb(tokens: Sequence[str], k: int) -> bool:
    """A word in -s between a noun and an article or preposition: "Service Awards the ..."."""
    low = tokens[k].lower().strip("\"'“”‘’,.:;!?()")
    if len(low) < 4 or not low.endswith("s") or low.endswith(("ss", "us", "is", "'s", "’s")) \
            or tokens[k].rstrip(",.:;!?").endswith(("s'", "s’")):
        return False  # ("Scouts' New York chapter": a plural possessive)
    nxt = tokens[k + 1].lower().strip("\"'“”‘’") if k + 1 < len(tokens) else ""
    if low == "thanks" and nxt == "to":
        return False  # "piled on the pounds thanks to a habit": a preposition
    prev = tokens[k - 1].lower().strip("\"'“”‘’,") if k else ""
    if k > 1 and tokens[k - 1].islower() and tokens[k - 2].lower() in _NOUN_BEFORE | _PREPOSITIONS:
        return False  # "from elderly customers to fund": a noun after an adjective opening a phrase
    return bool(nxt) and (nxt in VERB_NEXT or nxt[:1].isdigit()) and prev not in SMALL_WORDS and prev not in RELATIVES


# after these a word is a noun, never a finite verb
_NOUN_BEFORE = DETERMINERS | {"of"}
# after these a word in the present is a noun ("for fight", "against cuts"; "to" opens an infinitive)
_PREPOSITIONS = frozenset("for in at with from against into onto on over after before by about without under "
                          "amid among between during".split())


def main_verbs(tokens: Sequence[str], known: frozenset[str] = frozenset()) -> list[int]:
    """Positions of the verbs outside relative clauses ("deputy who shot and killed a man
    ... faces": "faces"; "Americans who were monitored ... have been released": "have").
    ``known``: present forms known to be verbs (the source has their past: "punches")."""
    if isinstance(known, frozenset):
        return list(_main_verbs(tuple(tokens), known))
    return list(_find_main_verbs(tokens, known))


# The headline's rules ask of the same words again (about half of their questions, within
# one article); the last answers are kept, about one article's worth.
@lru_cache(maxsize=128)
def _main_verbs(tokens: tuple[str, ...], known: frozenset[str]) -> tuple[int, ...]:
    return _find_main_verbs(tokens, known)


def _find_main_verbs(tokens: Sequence[str], known: Container[str]) -> tuple[int, ...]:
    out = []
    state = 0  # 1: after "who", before its verb; 2: inside the relative clause, after its verb
    inner = False  # a subordinate clause opened inside the relative one ("who stole boats | after ...")
    inner_verb = -1  # the last verb read as that clause's
    skip = 0  # the end of a reduced relative clause ("accused of ..."), whose words are no verbs
    for k in range(1, len(tokens)):  # (the first word is the subject's, never its verb)
        if k < skip:
            continue
        tok = tokens[k]
        low = tok.lower().strip("\"'“”‘’,.:;!?()")
        if low in RELATIVES or low[:4] in _WHO_CONTRACTED:
            state, inner = 1, False  # (or "who'd", "who's", "who've": the relative and its auxiliary in one)
            continue
        if state == 2 and low in _SUBORDINATORS:
            inner = True
        # (``s_verb`` holds only for a word in -s)
        kind = _verb_kind(tok) or ("present" if low.endswith("s") and s_verb(tokens, k) or low in known else None) \
            or ("past" if low in _EN_PARTICIPLES and k + 1 < len(tokens)
                and (tokens[k + 1].lower() in _PASSIVE_NEXT or tokens[k + 1][:1].isdigit())
                and tokens[k - 1].lower() not in ("and", "or")
                and not any(t.endswith(",") for t in tokens[:k]) else None)  # "Obraniak Taken to Hospital", "Beaten 6-3"
        # (not after a comma: "Massive swell, seen from video images taken from on-board ...", no clause)
        if kind == "past" and tokens[k - 1].endswith(",") and not (low.endswith("ed") and named_aside_before(tokens, k)):
            kind = None  # "Body, believed to be ...": a participle phrase (not the verb after an aside closed
            # on its comma, its object after it: "The coroner, Dr Jo Example, recorded a verdict of ...")
        elif kind == "past" and tokens[k - 1].lower() in _DEGREE_BEFORE_ADJECTIVE and k + 1 < len(tokens) \
                and (k < 2 or tokens[k - 2].lower() in DETERMINERS
                     or tokens[k - 2].lower().endswith(("'s", "s'", "’s", "s’"))
                     or tokens[k - 2].lower() in _NUMBERS_BEFORE or tokens[k - 2][:1].isdigit()) \
                and tokens[k + 1].isalpha() and tokens[k + 1].islower() and tokens[k + 1] not in _NOT_A_NOUN_NEXT:
            kind = None  # "the much anticipated handshake", "a long awaited report": an adjective before its noun
        elif kind == "past" and state == 0 and (finite := reduced_relative(tokens, k)):
            skip = finite  # "teacher accused of having sex with students | took a plea deal":
            continue  # the participle is its noun's, and the predicate comes later
        elif kind == "past" and k >= 2 and tokens[k - 1].endswith("ing") and tokens[k - 1].islower() and k + 1 < len(tokens) \
                and tokens[k + 1].isalpha() and tokens[k + 1].islower() and tokens[k + 1] not in _NOT_A_NOUN_NEXT:
            kind = None  # "a matching tailored dress": an adjective between two modifiers and a noun (not the
            # first word, the subject's: "rowling faced flood of criticism", as headline_problem reads it)
        if not kind:
            continue
        prev = tokens[k - 1].lower().strip("\"'“”‘’,.:;!?()")
        if prev in _NOUN_BEFORE:
            continue  # "because of looks", "the cuts": a noun after a determiner or "of"
        if kind in ("present", "past") and prev in _PREPOSITIONS:
            continue  # "in training for fight", "with cuts": a noun after a preposition ("with advanced
            # cancer": an adjective)
        if kind == "present" and prev.endswith("en") and prev in PARTICIPLES:
            continue  # "broken hopes", "stolen goods": a noun after an adjective participle
        if state == 1:
            state = 2
            continue
        if state == 2 and (prev in ("and", "or", "but", "to") or prev in _SUBJECTS
                           or _verb_kind(tokens[k - 1]) and k - 1 != inner_verb
                           and (k < 2 or tokens[k - 2].lower() not in _NOUN_BEFORE)):
            continue  # "who shot and killed", "who were monitored", "born here but moved", "which means he is", "unable to see"
        if state == 2 and inner and _finite_later(tokens, k):
            inner_verb = k
            continue  # "thief who stole boats after learning the owners had gone abroad | has been found
            # guilty": a verb of the clause inside the relative one, while a finite verb is still to come
        state = 0
        out.append(k)
    return tuple(out)


def named_aside_before(tokens: Sequence[str], k: int) -> bool:
    """Does a name set between commas stand right before ``tokens[k]``, with an object after it (not a
    preposition's phrase): "The coroner at the hall, Dr Jo Example, recorded (a) verdict of ..."?"""
    aside = []
    for m in range(k - 1, 0, -1):
        aside.append(tokens[m])
        if tokens[m - 1].endswith(","):
            break
    else:
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
    return 1 <= len(aside) <= 4 and all(t[:1].isupper() for t in aside) and (
        nxt in DETERMINERS or nxt.isalpha() and nxt.islower() and nxt not in _PREPOSITIONS and nxt not in _NOT_A_NOUN_NEXT)


# degree adverbs before a participle that is its noun's adjective ("much anticipated handshake")
_NUMBERS_BEFORE = frozenset("two three four five six seven eight nine ten many several some few".split())
_DEGREE_BEFORE_ADJECTIVE = frozenset("much long highly eagerly widely hotly keenly newly so-called".split())
_SUBJECTS = frozenset("he she they we i you".split())  # (a clause's own subject inside the relative one)


# what follows a participle that tells of its noun ("teacher accused of ...", "video posted by ...")
_AFTER_PARTICIPLE = frozenset("of with by in over for from after at on".split())
_NOT_A_NOUN = frozenset("and or but to he she they we i you it who which that was were is are has have had "
                        "be been being not also".split())
_NOUNS_TOO = frozenset("charges claims plans calls cuts talks plays results reports attacks visits "
                       "changes needs rates costs".split())  # (a present that is a noun as often)
_STOPS_CLAUSE = frozenset("and or but that who which when while because after before since although if as".split())


def reduced_relative(tokens: Sequence[str], k: int) -> int:
    """Where the sentence's own verb stands when the past participle ``tokens[k]`` opens a
    reduced relative clause of the noun before it, with that verb still to come within twenty
    words and no clause between ("A former teacher accused of having sex with three students |
    took a plea deal"); 0 when it does not.
    A later verb counts only when it cannot be a participle itself: an auxiliary, an irregular
    past ("took", not "taken", "found"), a past in -ed before an article or "not", or a present
    in -s (the headline's tense: "takes") that is seldom a noun."""
    prev = tokens[k - 1]
    if not (prev.isalpha() and prev.islower()) or prev in _NOT_A_NOUN or k + 1 >= len(tokens) \
            or tokens[k + 1].lower() not in _AFTER_PARTICIPLE or tokens[k].endswith((",", ".", ";", ":")):
        return 0
    for m in range(k + 2, min(len(tokens), k + 22)):
        raw = tokens[m]
        low = raw.lower().strip("\"'“”‘’,.:;!?()")
        before = tokens[m - 1].lower().strip("\"'“”‘’")
        if low in _STOPS_CLAUSE or raw[:1] in "\"“‘'(":
            return 0
        if before in _NOT_A_NOUN or before in DETERMINERS:
            if tokens[m - 1].endswith((",", ";", ":")):
                return 0
            continue
        nxt = tokens[m + 1].lower() if m + 1 < len(tokens) else ""
        if low in ("was", "were", "has", "have", "had", "is", "are", "will", "would") \
                or low in PAST_TO_PRESENT and not low.endswith("ed") and low not in PARTICIPLES \
                or low.endswith("ed") and raw.islower() and (nxt in DETERMINERS or nxt == "not") \
                or low.endswith("s") and low in PRESENT_FORMS and low not in _NOUNS_TOO:
            return m
        if tokens[m - 1].endswith((",", ";", ":")):
            return 0
    return 0
_SUBORDINATORS = frozenset("after before when because while since until although though if".split())
_FINITE = frozenset("has have is are was were will would can could may might must".split())


def _finite_later(tokens: Sequence[str], k: int) -> bool:
    """Is there a finite verb after ``tokens[k]`` with a noun before it (not "and", "to" or a
    pronoun: those open no new predicate of the subject)?"""
    for m in range(k + 1, len(tokens)):
        low = tokens[m].lower().strip("\"'“”‘’,.:;!?()")
        prev = tokens[m - 1].lower().strip("\"'“”‘’,.:;!?()")
        if prev in ("and", "or", "but", "to") or prev in _SUBJECTS:
            continue
        if low in _FINITE or (low.endswith("s") and _verb_kind(tokens[m]) == "present"):
            return True
    return False


def has_verb(text: str, known: frozenset[str] = frozenset()) -> bool:
    """Does ``text`` have a finite verb outside a relative clause?"""
    return bool(main_verbs(text.split(), known))


# the verbs of a standing fact, not of an event: "Was at Home", "Has Tough Stance", "Can Scribble";
# a modal hedges ("Should Cost", "Could Face") and "had" + participle tells what came before the news
# a standing state told in the past ("worked for the Sunday Post", "lived in Leeds"): the headline's
# present would say it still holds, which the source does not
PAST_STANDING = frozenset("worked lived owned belonged".split())
STATE_VERBS = frozenset("is are was were has have had remains remain lives live seems seem can could might may "
                        "should would think thinks believe believes sits sit used".split())
_BACKGROUND = frozenset("can could might may should would had think thinks believe believes".split())
_MAY = frozenset("could may might".split())
# what may befall someone, after "could"/"may": the news of a lead, not a hedge on a standing fact
PROSPECTS = frozenset("face lose miss quit leave join sign return win".split())
_IN_BETWEEN = frozenset("not also still never now already long officially historically regularly always".split())


def past_standing(text: str) -> bool:
    """Is ``text``'s main verb a standing state told in the past ("Reporters X and Y worked for
    the Sunday Post")?"""
    tokens = [t.lower().strip("\"'“”‘’,.:;!?()") for t in text.split()]
    main = main_verbs(tokens)
    if not main or tokens[main[0]] not in PAST_STANDING:
        return False
    after = tokens[main[0] + 1] if main[0] + 1 < len(tokens) else ""
    # ("worked for the Sunday Post", "lived in Leeds": not "worked through the night to free a man")
    if tokens[main[0]] == "owned":
        return after != "up"  # ("owned up to selling stolen cars": a confession, an event)
    return tokens[main[0]] == "belonged" or after in ("for", "at", "in", "as")


# words in "-ly" that tell no manner before a participle: "Is Family Owned", "Was Early Retired" stay standing facts
_LY_NOT_MANNER = frozenset("""family early daily weekly monthly yearly holy friendly elderly lovely lonely ugly silly
italy july""".split())


def is_state(headline: str) -> bool:
    """Does ``headline``'s main verb state a standing fact or background ("Mourinho Was
    Robson's Assistant", "Indonesia Has Tough Stance", "Staff Can Scribble Ideas") rather
    than an event ("Has Been Charged", "Is to Quit", "Were Killed", "Is Comparing")?"""
    tokens = [t.lower().strip("\"'“”‘’,.:;!?()") for t in headline.split()]
    for k in range(1, len(tokens)):
        if tokens[k - 1] in ("in", "since") and len(tokens[k]) == 4 and tokens[k][:2] in ("19", "20") \
                and tokens[k].isdigit():
            return True  # "Comes Across Croc in 1989": a dated event is the story's background
    main = main_verbs(tokens)
    if not main or tokens[main[0]] not in STATE_VERBS or main[0] > 7 or "," in " ".join(headline.split()[:main[0]]):
        return False  # far in, it may be a second clause's verb after one we do not know
    low = tokens[main[0]]
    rest = [t for t in tokens[main[0] + 1:] if t not in _IN_BETWEEN]
    if len(rest) > 1 and rest[0].endswith("ly") and rest[0] not in _LY_NOT_MANNER \
            and (rest[1].endswith("ed") or rest[1] in PARTICIPLES):
        rest = rest[1:]  # "Was Fatally Injured", "Were Badly Hurt": the passive's event, its manner between
    if low == "used":
        return bool(rest) and rest[0] == "to"  # "Council Used to Collect Bins Weekly": a habit then, background
    if low in _MAY and rest and (rest[0] in PROSPECTS or rest[:2] == ["be", "able"]):
        return False  # "Defender Could Face Lengthy Ban", "Might Not Be Able to Perform": what may now befall someone
    if low == "would" and rest and rest[0] in ("rather", "prefer"):
        return False  # "Voters Would Rather Have ...": a preference a survey found is its news
    if low in _BACKGROUND or not rest:
        return True  # "Had Rejected Offer": the pluperfect is background to a later event
    if low in ("has", "have") and rest[0] == "had" and any(t.endswith("ed") or t in PARTICIPLES for t in rest[2:5]):
        return False  # "Cycling Has Had Funding Cut": what was done to it is news
    if rest[0] == "been":
        rest = [t for t in rest[1:] if not t.endswith("ly")]
        if low in ("has", "have") and rest and rest[0].endswith("ing"):
            return False  # "Has Been Stepping up His Recovery": what goes on now is news
        return not rest or not (rest[0].endswith("ed") or rest[0] in PARTICIPLES)
    if rest[0] in ("to", "set", "due", "expected") or rest[:2] == ["about", "to"] or rest[0].endswith("ed") or rest[0] in PARTICIPLES:
        return False  # "Is to Quit", "Was Charged", "Were Killed"
    return not (rest[0].endswith("ing") and low in ("is", "are"))  # "Is Comparing": news now


_HEAD_WORD = re.compile(r"[\w'’.-]+")


# prepositions after a subject's head noun ("authorities in Halifax", "regions around the UK")
_HEAD_ENDS = frozenset("of around across in from near at on for with over".split())


# a plural in -men: "fishermen", "women", "men" (not "specimen", "omen", "Yemen", "Bremen", "regimen")
MEN_PLURAL = re.compile(r"^(?!(?:speci|abdo|o|a|sta|sea|ya|ye|bre|regi|acu|se|hy)men$)[a-z-]*men$")


def presents_of_pasts(text: str, source_words: Container[str]) -> frozenset[str]:
    """The words of ``text`` in -s whose past in -ed the source uses ("punches": "punched"),
    and the plain present after "police"/"officials" ("arrest": "arrested"); or whose "-ing"
    form it uses ("compares": "is comparing", a progressive told as headlines tell it)."""
    out = set()
    ws = lower_words(text)  # (ASCII but for its marks: by a table)
    if ws is None:
        ws = _HEAD_WORD.findall(text.lower())
    for k, w in enumerate(ws):
        if k and len(w) >= 3 and (w + "ed" in source_words or w + "d" in source_words
                                 or w + w[-1] + "ed" in source_words or _ing_of(w, source_words)
                                 or _irregular_of(w, source_words)  # "undergo": "have undergone"
                                 or w[-1] == "y" and w[:-1] + "ied" in source_words):  # "identify": "identified"
            # the subject's head: the word before the verb, or before a preposition after the head
            # ("Authorities in Halifax Reopen", "Regions Around UK Vote")
            at = next((j for j in range(1, k) if ws[j] in _HEAD_ENDS), k)
            head = ws[at - 1]
            if head in ("police", "officials", "authorities", "people", "children") \
                    or MEN_PLURAL.match(head) is not None or "and" in ws[:k] \
                    or head.endswith("s") and not head.endswith(("ss", "'s", "’s")):
                out.add(w)  # a plural subject's present: "Police Arrest", "Smith and Jones Share"
        if len(w) > 3 and w.endswith("s") and (
                w[:-1] + "d" in source_words or w[:-1] + "ed" in source_words
                or w[:-1] + w[-2] + "ed" in source_words  # "drops": "dropped"
                or (w.endswith("es") and w[:-2] + "ed" in source_words)
                or (w.endswith("ies") and w[:-3] + "ied" in source_words)
                or _ing_of(w[:-2] if w.endswith(("ches", "shes", "sses", "xes")) else w[:-1], source_words)
                or _irregular_of(w[:-2] if w.endswith("oes") else w[:-1], source_words)):  # "undergoes": "underwent"
            out.add(w)
    return frozenset(out)


_IRREGULAR_FORMS: dict[str, frozenset[str]] = {}
for _form, _base in IRREGULAR.items():
    if _form not in IRREGULAR_NOUN_FORMS:
        _IRREGULAR_FORMS[_base] = _IRREGULAR_FORMS.get(_base, frozenset()) | {_form}


def _irregular_of(base: str, source_words: Container[str]) -> bool:
    """Does the source use an irregular past or participle of ``base`` ("undergone" of "undergo")?"""
    return any(form in source_words for form in _IRREGULAR_FORMS.get(base, ()))


def _ing_of(base: str, source_words: Container[str]) -> bool:
    """Does the source use the "-ing" form of ``base`` ("compare": "comparing", "get": "getting")?"""
    return len(base) >= 3 and (base + "ing" in source_words or base.endswith("e") and base[:-1] + "ing" in source_words
                               or base + base[-1] + "ing" in source_words)

"""What a headline's trim may drop and where it may not cut (``copydesk.engines.headline``).

The rules of ``trim`` beyond the Hedge Trimmer core: inserts between a subject and its verb
(a stray comma, a place's county, where a named thing stands, an aside between dashes, a
list of examples), the subject's relative clause when the headline is too long, a second
verb phrase in the passive; and the cuts that would leave a phrase wanting what follows
("Will Call |", "Ended Up |", "not just X |", "will see X | restored", a "but" that takes
back the clause before it, a verb that puts its object somewhere cut before where). Also the
news after a first-person aside, where a person lives, a possessive appositive, the clause a
drop may not end inside (a quotation), the headline's word counts, and the tests of a cut that
``headline_problem`` and ``trim`` share (the pronoun, a coordinator left between subject and
verb; an open subordinate clause is ``copydesk.engines.headsubordinate``'s).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from copydesk.engines.headpatterns import RANK_LIMITED
from copydesk.engines.headrules import QUOTED_SPAN, SUBJECT_PLACE
from copydesk.engines.verbs import (
    PARTICIPLES,
    RELATIVES,
    has_verb,
    main_verbs,
    opens_relative,
    that_relative,
    verb_kind,
)
from copydesk.ingest.dependency import STYLED
from copydesk.lexicon import ROLES_BEFORE_NAME
from copydesk.segment import open_quote, words

OBJECT_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|them|hers|himself|herself)\b", re.IGNORECASE)

HEADLINE_WORDS = 12
HEADLINE_MAX = 14  # "about 12": a whole clause of 14 words beats a cut one
HEADLINE_MIN = 4


def word_count(text: str) -> int:
    """Words as a headline counts them: "1,000" is one."""
    return len(words(_THOUSANDS.sub("0", text) if "," in text else text))


_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")


def drop_whole(pattern: re.Pattern[str], text: str, repl: str = "", count: int = 0) -> str:
    """``pattern``'s matches replaced by ``repl``, but not a match that ends inside a quotation
    (", which refers to those who enjoy 'ostentatious spending," would leave the rest of the
    quotation without its opening mark)."""
    return pattern.sub(lambda m: m.group(0) if open_quote(m.group(0)) else repl, text, count=count)


def drop_relative(text: str) -> tuple[str, bool]:
    """The subject's relative clause out, up to the main verb ("16-year-old who was born
    here but moved away has come home" -> "16-year-old has come home"); when that leaves too
    little, only its subordinate tail, and then the tense stays (True: "tensed")."""
    tokens = text.split(" ")
    main = main_verbs(tokens)
    if not main:
        return text, False
    verb = main[0]
    if len(main) > 1 and any(t[:1].isdigit() for t in tokens[max(0, verb - 2):verb]):
        verb = main[1]  # "set up 67 Facebook profiles": a count's noun, no verb; the next one is
    if tokens[verb - 1].lower() in NO_VERB_AFTER:
        return text, False  # "in (the) absence of (the) injured Daniel": an adjective, not the main verb
    while verb > 1 and tokens[verb - 1].lower() in AUXILIARIES:
        verb -= 1  # the auxiliaries stay with their verb: "has been spared" is no "spared" (nor "spares")
    for k in range(1, verb):
        if (opens_relative(tokens[k]) or that_relative(tokens, k)) and not open_quote(" ".join(tokens[k:verb])):
            if verb - k < 3:
                break
            # (an appositive the clause was part of goes with it: "Sterling, England international
            # who will lead ..., was exposed" -> "Sterling exposed")
            comma = next((j for j in range(k - 1) if tokens[j].endswith(",")), None)
            subject = tokens[:k] if comma is None else tokens[:comma] + [tokens[comma].rstrip(",")]
            out = subject + tokens[verb:]
            being = next((j + 1 for j in range(k + 2, verb - 2) if tokens[j].lower() == "being"
                          and tokens[j - 1].lower() in RELATIVE_ENDS and (tokens[j + 1] in PARTICIPLES
                                                                               or tokens[j + 1].endswith("ed"))
                          and tokens[j + 1].islower()), None)
            if k < HEADLINE_MIN - 1 and being is not None and len(subject) + len(tokens) - being <= HEADLINE_MAX:
                # "Five Americans who were monitored ... after being exposed to Ebola in West Africa
                # have been released" -> "Five Americans exposed to Ebola in West Africa have been released"
                return " ".join(subject + tokens[being:]), False
            if k < HEADLINE_MIN - 1:  # a subject of a word or two before "who" ("voyeur spared jail"): too little
                # the relative clause up to its own subordinate part: "voyeur who used a hidden camera
                # to film up skirts | as they bent over freezers | has been spared jail"
                cut = next((j for j in range(k + 4, verb) if tokens[j].lower() in RELATIVE_ENDS), None)
                if (cut is None or cut - k + len(out) > HEADLINE_MAX) and len(out) <= 5:
                    # or, when all else would leave too little ("jilted lover has been jailed"), before
                    # the first preposition after its verb's object: "jilted lover who sent revenge
                    # porn images | of his ex-partner to her daughter and ... | has been jailed"
                    own = next((j for j in range(k + 1, verb) if verb_kind(tokens[j]) is not None), None)
                    cut = None if own is None else next(
                        (j for j in range(own + 2, verb) if tokens[j].lower() in _OBJECT_ENDS
                         and verb_kind(tokens[j - 1]) is None and tokens[j - 1][-1:].isalnum()
                         and j - k + len(out) <= HEADLINE_MAX), None)
                if cut is not None and cut - k + len(out) <= HEADLINE_MAX + 1:
                    # (the headline's tense follows: "Man Who Killed Wife Jailed" is how headlines
                    # tell it, where "Has Been Spared Jail" reads as a long sentence)
                    return " ".join(tokens[:cut] + tokens[verb:]), False
            return " ".join(out), False
    return text, False


RELATIVE_ENDS = frozenset("as when while after before because until since".split())
_OBJECT_ENDS = frozenset("of to from with in on at for into over".split())


NO_VERB_AFTER = frozenset("the a an his her their its of in on at with for from by to into".split())
AUXILIARIES = frozenset("has have had been be is are was were will would shall should can could may might "
                         "must not never".split())


# a person the headline's subject names, whom a pronoun after the verb may be: "Queensland
# Man Opens up About Friendship Between Him and Crocodile"
_MEN = "man|boy|father|husband|son|brother|grandfather|dad"
_WOMEN = "woman|girl|mother|wife|daughter|sister|grandmother|mum|mom"
HE_SUBJECT = re.compile(rf"^(?:[\w'’-]+\s){{0,2}}(?:{_MEN})\s", re.IGNORECASE)
# a person named as the subject ("Spieth Is Third Player His Age"): the pronoun after the verb is theirs
NAMED_SUBJECT = re.compile(r"^(?P<name>(?:[A-Z][\w'’-]+\s){1,3})(?P<verb>[Ii]s|[Ww]as|[Hh]as|[Hh]ad|[A-Za-z][a-z]+s|"
                           r"[A-Za-z][a-z]+ed)\s")
# a named person who tells of themself: "Tony Smith admits he", "Sam Example says that she"
SPEAKER_SELF = re.compile(r"^(?:[A-Z][\w'’-]+\s(?i:says)\s(?i:he|she)$|(?:[A-Z][\w'’-]+\s){2,3}(?i:admits|claims|insists|believes|feels|reveals|thinks|fears|"
                          r"hopes|denies|confirms|vows|warns|accepts|knows)\s(?i:that\s)?(?i:he|she)$)")  # (in Title Case too)
# a person named by a noun that is either ("London Marathon Runner Stops Mid-Race to Ask
# Girlfriend to Marry Him", "Tourist Claims She Was Molested by Taxi Driver")
PERSON_SUBJECT = re.compile(
    r"^(?:[\w'’-]+\s){0,3}(?:runner|player|driver|teacher|student|pupil|worker|officer|pilot|doctor|nurse|"
    r"patient|soldier|teenager|teen|toddler|child|baby|pensioner|owner|singer|footballer|boxer|golfer|rider|"
    r"jockey|cyclist|swimmer|climber|tourist|passenger|victim|motorist|shopper|resident|neighbour|neighbor|"
    r"customer|employee|candidate|politician|lawyer|judge|chef|farmer|fan|star|athlete|sprinter|"
    r"[\w-]*year-old)\s(?!of\s)[a-z]", re.IGNORECASE)
SHE_SUBJECT = re.compile(rf"^(?:[\w'’-]+\s){{0,2}}(?:{_WOMEN})\s", re.IGNORECASE)
# one person the verb acts on, whom "he" or "she" after a claim about them or a time is: "Police
# Investigating Tory MP Over Claims He Attempted to Bribe Voters" (the subject names no one person)
_HIS = _MEN + "|actor|king|prince|monk|priest|boyfriend"
_HERS = _WOMEN + "|actress|queen|princess|nun|girlfriend"
_EITHER = ("MP|politician|councillor|teacher|doctor|nurse|student|pupil|officer|driver|pilot|player|star|"
           "singer|suspect|worker|employee|candidate|lawyer|judge|tourist|passenger|pensioner|teenager|teen|"
           "[\\w-]*year-old")
OBJECT_PERSON = {
    pronoun: re.compile(rf"^(?P<before>.*?)\b(?:{kind}|{_EITHER})\s(?:over\s(?:claims|allegations|accusations|reports|"
                        rf"suspicions?|fears)\s(?:that\s)?|after\s|when\s|because\s|before\s|until\s){pronoun}$",
                        re.IGNORECASE)
    for pronoun, kind in (("he", _HIS), ("she", _HERS))
}
_ANY_PERSON = re.compile(rf"\b(?:{_HIS}|{_HERS}|{_EITHER})\b", re.IGNORECASE)


# headlinese's passive after a subject of up to four words: "Queensland toddler forced to use room she ..."
_BARE_PASSIVE = re.compile(r"^(?:[\w'’-]+\s){1,4}[a-z]+ed\s(?:to|by|with|into|from|for|at|in|on)\s")


def stray_pronoun(text: str, source: Sequence[str] = ()) -> re.Match[str] | None:
    """The first personal pronoun in ``text`` that has no one to refer to: not one after the
    verb whose subject is a man (him, his) or a woman (her) named by a noun, or a person
    named by name ("Example Is Third Sailor His Age": in Title Case, a name ``source`` writes
    with a capital inside a sentence)."""
    for m in OBJECT_PRONOUN.finditer(text):
        word = m.group(0).lower()
        if word in ("he", "she") and SPEAKER_SELF.match(text[: m.end()]):
            continue  # the speaker's own: "Tony Smith admits he was shocked", "Sam Example insists she will stay"
        if word in ("her", "his") and STYLED.match(text, m.start()):
            continue  # a style, no pronoun: "Her Royal Highness Takes Baton ..."
        if word in ("himself", "herself") and has_verb(text[: m.end()]):  # ("Turns Herself": read with it)
            continue  # a reflexive is its own clause's subject: "O'Sullivan Finds Himself in More Bother"
        if word in OBJECT_PERSON and (obj := OBJECT_PERSON[word].match(text[: m.end()])) \
                and obj.group("before").strip() and not _ANY_PERSON.search(obj.group("before")) \
                and not NAMED_SUBJECT.match(text):
            continue  # "Police Investigating Tory MP Over Claims He ...": the one person told before it
        own = HE_SUBJECT if word in ("he", "him", "his", "himself") else SHE_SUBJECT if word in ("she", "her", "hers", "herself") \
            else None
        if own is None or not (own.match(text) or PERSON_SUBJECT.match(text) or word not in ("he", "she")
                               and _named_subject(text, source)) \
                or not (has_verb(text[: m.start()]) or _BARE_PASSIVE.match(text[: m.start()])):
            return m
    return None


def _named_subject(text: str, source: Sequence[str]) -> bool:
    m = NAMED_SUBJECT.match(text)
    if m is None:
        return False
    if m.group("verb")[:1].islower():
        return True  # (a head before its casing: the name is the capitalised words)
    joined = " ".join(source)
    return bool(source) and all(re.search(rf"(?<=[a-z,] ){re.escape(w)}\b", joined) for w in m.group("name").split())


# a present verb the lexicon may not know, before its object: "piano features half a million
# crystals and was created ..." keeps its "and" (else the crystals were created)
MAYBE_VERB = re.compile(r"(?<=\w\s)[a-z]{3,}(?<!ss)s\s+(?:a|an|the|half|some|more|two|three|\d[\d,.]*)\b")

# "will see X restored", "want X removed": a verb whose object takes a participle after it
COMPLEMENT_VERB = re.compile(r"\b(?:see|sees|saw|seen|seeing|want|wants|wanted|leave|leaves|left|keep|keeps|kept|"
                             r"find|finds|found)\s")
# (a participle in -ed or a known one in -n: not "when", "even", "women")
COMPLEMENT_AFTER = re.compile(r"\s*(?:(?:in|at|of|on|near)\s(?:[A-Z][\w'’-]+,?\s(?:and\s)?){1,5})?(?:[a-z]+ly\s)?(?:[a-z]{2,}ed|"
                              + "|".join(sorted(p for p in PARTICIPLES if p.endswith("n") and p != "been")) + r")\b")
# a second verb phrase in the passive: "features half a million crystals | and was created ..."
SECOND_PASSIVE = re.compile(r"(?<=[a-z0-9])\s(?:and|but)\s(?:was|were|had been|has been|have been)\s(?=[a-z]+(?:ed|en)\b)")


def second_passive(text: str) -> str:
    """The first verb phrase alone, when a second one in the passive follows it: its "was"
    would go in the headline's tense, leaving "Features Crystals and Created ..."."""
    m = SECOND_PASSIVE.search(text) if "and" in text or "but" in text else None
    if m is None or open_quote(text[: m.start()]) or word_count(text) <= HEADLINE_WORDS:
        return text
    head = text[: m.start()]
    if word_count(head) < 5 or re.search(r"\b(?:was|were|been)\b", head) or not (has_verb(head) or MAYBE_VERB.search(head)):
        return text  # ("was arrested and was charged": one voice, the tense takes both)
    return head


def time_out(m: re.Match[str]) -> str:
    """A time phrase out, unless it is the subject ("April 14 wasn't just chosen at random") or
    a possessive ("for Saturday’s meeting": out, it left "for ’s meeting")."""
    if m.string.startswith(("'s", "’s"), m.end()):
        return m.group(0)
    if m.group(0).lower().startswith("this ") and RANK_LIMITED.search(m.string, max(0, m.start() - 60), m.start()):
        return m.group(0)  # "his second dismissal for violent conduct this season": the count is the season's
    return m.group(0) if m.start() == 0 and SUBJECT_VERB.match(m.string, m.end()) else ""


SUBJECT_VERB = re.compile(r"\s+(?:is|was|wasn't|isn't|has|had|will|marks|marked)\b")



CLAUSE_END = re.compile(r",\s|\s(?:which|who|whose|what|when|after|before|because|that|while|could|would|will|"
                         r"since(?!\s(?:(?:early|late|mid-?)\s)?\d)|"
                         # "as" opens a clause before its subject, not a role: "... as coach in 2008"
                         r"as(?=\s(?:[A-Z\"“‘']|\d|(?:the|a|an|he|she|it|they|we|you|his|her|their|its|this|these|those|"
                         r"part|well|much|many|soon|long|far|if|though|of|to|one|some|more|most)\s)))\s")


def main_clause(text: str) -> str:
    """``text`` up to its first comma or subordinate clause: where the main verb's own
    phrases stand ("... since he left the club in 2012" dates the leaving, not the news)."""
    m = CLAUSE_END.search(text)
    return text[: m.start()] if m else text


# a "but" that takes back what comes before it: "rocked Fury in the second round | but it was the
# only time the champion looked like he might win" (the headline would state the loser's moment)
BUT_REVERSES = re.compile(r",?\s+but\s(?:it|this|that)\s(?:was|is|proved|turned out)\s"
                           r"(?:[^,;]*?\b(?:only|never|not|no|failed|lost|denied|refused)\b)"  # (anywhere after the cut)
                           # or a named subject's denial: "Buzz has surrounded the film, but Scientologist
                           # John Travolta is not a fan" (the first half alone is no news)
                           r"|,[\"”’]?\s+but\s(?:the\s)?(?:[A-Z][\w'’-]+\s){1,4}(?:is|was|are|were|does|did|has|have)"
                           r"(?:\snot|n't|n’t|\snever)\b")
# "Over the last year more than 25,000 people ...": a time phrase before the subject, no comma
OVER_TIME = re.compile(r"(?:Over|During|In)\sthe\s(?:last|past)\s(?:few\s|two\s|three\s)?(?:years?|months?|weeks?|"
                        r"decades?)\b,?\s")
# a cut before a subordinate clause: what is before it is a whole clause ("Teacher Banned From
# Classroom | after he let pupils change their answers")
SUBORDINATE_CUT = re.compile(r"\s(?:after|before|when|because|following|as)\s")
# a head a cut leaves wanting: "Ended Up | in a prison camp", "Have Become Known | for ...",
# "Plans to Climb K2, 20 Years | after his mother died"
WANTS_MORE = re.compile(r"\b(?:end|ends|ended|ending)\s+up$|\b(?:become|becomes|became)\s+known$"
                         r"|,\s(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|several)"
                         r"\s(?:years?|months?|weeks?|days?|hours?)$"
                         # "Dies on Honeymoon Just Weeks | after his wedding", "Begins Less Than a Week | of"
                         r"|\b(?:just|only|mere|barely|less\sthan|more\sthan|within)\s(?:a\s|an\s|a\sfew\s|few\s|\d+\s|two\s|three\s)?"
                         r"(?:years?|months?|weeks?|days?|hours?)$")
# a word after which a headline cut leaves a verb that wants its object: "Will Call | on pensioners"
WANTS_VERB = frozenset("to will would can could may might must shall should".split())
# a trailing attribution whose source is described first, between commas
NAMED_SOURCE = re.compile(r",\s+[A-Za-z][\w'’ -]{3,40},\s+[A-Z][\w.'’-]+\s+(?:reports|reported|said|says)\s*[.!]?$")


# the paper's own reporting before its news: "The BBC understands no proposals ... have been
# submitted", "MailOnline can reveal that ...": the news is the clause, told as the paper tells it
# (only "understands", "has learned that", "can reveal": not "has been told", "has established",
# "can confirm", whose paper may be the news or whose verb may be meant as it says)
OWN_REPORT_FRAME = re.compile(
    r"^(?:The\s+|This\s+)?(?P<paper>BBC(?:\s+(?:News|Sport|Wales|Scotland|Radio\s+\w+|[A-Z][a-z]+))?|CNN|Sky\s+News|"
    r"ITV\s+News|MailOnline|Sportsmail|Mail(?:\s+on\s+Sunday)?|Telegraph|Guardian|Times|Independent|Observer|Reuters|"
    r"Press\s+Association|Associated\s+Press|paper|newspaper|website)\s+"
    r"(?P<verb>understands|has\s+learned\s+that|has\s+learnt\s+that|can\s+reveal(?:\s+that)?)\s+"
    # (a clause's subject next: not "that, despite ...", "there are", "it is", "of plans", "the pain of ...")
    r"(?![a-z]+ly\b|how\b|why\b|what\b|whether\b|if\b|when\b|who\b|to\b|that\b|there\b|it\b|of\b|about\b|"
    r"the\s+(?:pain|frustration|anger|concern|concerns|importance|need|difficulty|difficulties|anxiety|worry|worries|"
    r"strength\s+of|scale\s+of|sensitivity|significance)\b)(?=[\w\"“‘'])")


# a leading "told" whose listener is the press: what was said went to the public, as "said"
# ("Mr Abbott told Australian media that", "Mr Schmidt told the BBC that")
TOLD_THE_PRESS = re.compile(
    r"^((?:[\w'’.-]+\s+){1,5}?)(?:told|tells)\s+(?:the\s+)?"
    r"(?:(?:BBC|CNN|ITV|Sky\s+News|Reuters|AFP|Associated\s+Press|Press\s+Association|Sportsmail|MailOnline|"
    r"Mail|Guardian|Times|Telegraph|Independent|Observer|(?:Daily|Sunday)\s+[A-Z]\w+)"
    r"(?:['’]s\s+(?:[A-Z][\w-]*\s+){1,3}programme|(?:\s+(?:Radio|News|Sport|Breakfast))?(?:\s+[A-Z][a-z]+)?)"
    r"|(?:(?:local|national|state|foreign|[A-Z][a-z]+)\s+)?(?:media|reporters|journalists|press|radio|television))"
    r"\s+(?=that\s)")
LEADING_ATTRIBUTION = re.compile(
    # (not "claims", "believes", "fears", "warned": a claim, a belief or a fear stripped of whose
    # it is reads as the desk's fact: "I believe that most ailments come from ..." is no headline)
    # (and "announced", "confirmed", "reported" only before "that": "David Cameron today announced
    # plans to ...", its object, is the news, not what was said)
    r"^(?:[\w'’.-]+\s+){1,5}?(?:(?P<said>said|says|say|told\s+(?!(?:the|a|an)\s)\w+(?=\s+that\b|:|,))|reported|reports|announced|confirmed)"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?)?"
    r"(?:\s+on\s+[\"“][^\"”]{1,40}[\"”])?"  # ("announced Monday night on "Jimmy Kimmel Live" that ...")
    r",?\s+(?:that\s+|(?(said)|(?!)))(?=[\w\"“‘'])",
)

# An article a set phrase needs, kept when headlines drop the rest: "work out a way", "second win
# in a row", "two and a half", "a lot", "crime novel of the year", "player of the match"
SET_PHRASE_ARTICLE = (
    # (only where the phrase ends: not "a little-known firm", "a little girl", "a lot on the edge of
    # town", "a bit-part actor", "a look-alike")
    r"(?!a\s(?:way|few|while|look(?!-)|lot(?=\s+(?:of|more|less)\b|[.,]?$)|bit(?=\s+(?:of|more|less|late|early)\b)"
    r"|little(?=\s+(?:more|less|bit|late|early|longer|over|under)\b))\b)"
    # ("in a row" of wins, not a quarrel's "row over bins" nor "a row of houses"; "two and a half", not "a half-brother")
    r"(?!(?<=\bin\s)a\srow\b(?!\s+(?:over|with|of|about|between|involving)\b))(?!(?<=\band\s)a\shalf\b(?!-))"
    # (an award's "of the year", not "of the week-long festival", "of the day centre", "of the season ticket",
    # nor a time's "at the end of the year")
    r"(?!(?<=\bof\s)(?<!\bend\sof\s)(?<!\bstart\sof\s)(?<!\brest\sof\s)(?<!\bpart\sof\s)(?<!\bmiddle\sof\s)"
    r"(?<!\bcourse\sof\s)(?<!\bturn\sof\s)(?<!\bhalf\sof\s)the\s(?:[Yy]ear|[Mm]onth|[Ss]eason|[Mm]atch|[Ww]eek|[Dd]ay|[Dd]ecade|[Cc]entury)(?![-\w])"
    r"(?!\s+(?:centre|center|ticket|tickets|care|trip|pass|long|old|fixing)\b))")
ARTICLES = re.compile(r"(?<=\s)" + SET_PHRASE_ARTICLE + r"(?:a|an|the)\s(?=\w|['‘\"“]\w)")


def drop_outside_quotes(text: str, pattern: re.Pattern[str], repl: str = "") -> str:
    """``text`` with each match of ``pattern`` outside its quotations dropped (or told as ``repl``)."""
    matches = list(pattern.finditer(text))
    if not matches:
        return text  # (nothing to drop: no quotation to find)
    spans = [(m.start(), m.end()) for m in QUOTED_SPAN.finditer(text)]
    out, last = [], 0
    for m in matches:
        if any(s <= m.start() < e for s, e in spans):
            continue
        out.append(text[last:m.start()] + repl)
        last = m.end()
    out.append(text[last:])
    return "".join(out)


# a role run that opens the subject and stands before a full name: "Former QPR manager | Harry
# Redknapp feels", "Manchester United manager | Louis van Gaal given" (a name of two words or more,
# its particles lower case, and then a lower-case word: the verb)
_ROLE_RUN = re.compile(r"^(?:(?:Former|former|New|new|Interim|interim|Acting|acting|Ex-|ex-)\s*)?"
                       r"(?:[A-Z][\w'’.&-]*\s+(?:and\s+)?){0,4}(?:(?!(?:of|for|to|with|by|from|in|at|on|and)\s)[a-z][\w-]*\s+){0,2}"
                       r"(?P<role>[a-z]+)\s+"
                       r"(?=[A-Z][\w'’-]+\s+(?:(?:van|de|da|von|del|der|la|le|di|dos)\s+)?[A-Z][\w'’-]+\s+[a-z])")
# a player's or a performer's role in lower case before a full name, after a verb in -ing or a
# preposition: "accused of blackmailing | premier league star | Marcus Rojo" (the name tells who; never
# a role that is the news, "attacking a police officer Sam Example", "threatening to kill judge ...",
# nor words before it that are a verb or a preposition: "stealing from millionaire businessman ...")
_INNER_ROLE_RUN = re.compile(r"(?:(?<=[a-z]ing\s)|(?<=\sof\s)|(?<=with\s)|(?<=\sby\s)|(?<=ainst\s))"
                             r"(?:(?!(?:a|an|the|his|her|their|its|our|my|your|this|that|to|from|for|of|with|by|"
                             r"[a-z]+ing)\s)[a-z][a-z-]*\s+){0,2}(?P<role>star|striker|midfielder|defender|winger|"
                             r"goalkeeper|footballer|forward|player|actress|actor|singer|rapper|model|presenter)\s+"
                             r"(?=[A-Z][\w'’-]+\s+[A-Z][\w'’-]+(?:\s+[a-z]|$))")
# a person's home town after the name: "Pte Cheryl James from Llangollen | was found"
_FROM_PLACE = re.compile(r"^(?P<name>(?:[A-Z][\w'’.-]*\s+){1,4}?[A-Z][\w'’-]+)\s+from\s+[A-Z][\w'’-]+"
                         r"(?:\s+[A-Z][\w'’-]+)?(?=\s+(?:is|was|has|had|will|[a-z]+ed|[a-z]+s)\s)")


def shorter_subject(text: str) -> str:
    """A subject said in fewer words when the headline is too long: the role before a full name
    goes ("Liverpool Manager Brendan Rodgers Writes Off" -> "Brendan Rodgers Writes Off"), and so
    does a home town after one ("Pte Cheryl James from Llangollen Was Found"). Only words that
    say who someone is go; the name, and what happened, stay. (Not the head of a phrase the name is
    in: "Fans of late actor Paul Walker knew", whose subject is the fans, never "Paul Walker Knew".)"""
    m = _ROLE_RUN.match(text)
    if m and m.group("role") in ROLES_BEFORE_NAME:
        text = text[m.end():]
    m = _INNER_ROLE_RUN.search(text)
    if m:  # "accused of blackmailing | premier league star | Marcus Rojo"
        text = text[:m.start()] + text[m.end():]
    m = _FROM_PLACE.match(text)
    if m:
        text = m.group("name") + text[m.end():]
    m = SUBJECT_PLACE.match(text)
    if m:  # "Labour candidate in Britain's most marginal seat | accused of ..." -> "Labour candidate accused"
        text = m.group("who") + " " + text[m.end():]
    return text



# --- where a headline is trimmed and cut (``copydesk.engines.headline``) ---

TIME_PHRASE = re.compile(  # (not "during the last year": the phrase is the object there)
    r"(?<![\d,.])(?<!\bthe\s)(?<!\bduring\s)(?<!\bof\s)\b(?:(?:[Oo]n|[Bb]y|from|until|[Ss]ince|early|late|earlier|later)\s+)?(?:(?:[Tt]his|[Ll]ast|[Nn]ext|on)\s+)?"
    # (not a paper's or a programme's name: "the Sunday Post", "Monday Night Football")
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?"
    r"(?!\s+(?:Post|Times|Mirror|Telegraph|Express|Mail|People|Herald|Sport|Night|Football|Independent|Star|Sun|Record|"
    r"World|Tribune|Politics|Brunch|Live|Kitchen|League)\b)"
    # (its date after it, as British papers write it: "on Monday 8 June")
    r"(?:,?\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b(?:,?\s+\d{4})?)?"
    r"|(?<=\bon\s)\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?:,?\s+\d{4})?(?=\s*[,.;:]|\s*$|\s+(?:and|as|when|after|before|but)\b)"
    r"|today|tonight|yesterday|this (?:morning|afternoon|evening|week|month|year|weekend|summer|spring|autumn|winter|season)"
    r"|(?:late|early) on(?=\s+in\s+[A-Z]|\s*[,.]|\s+(?:and|as|when|after|before)\b)"  # (not "early on in the season")
    r"|[Ll]ast (?:night|week|month|weekend)|last (?:year|season)|[Ee]arlier this (?:week|month|year|season)"
    r"|in recent (?:days|weeks|months|times)"
    r"|(?:[Jj]ust\s+)?(?:(?:over|under|almost|nearly|more than|less than)\s+)?(?:a|an|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|a few|several|\d+)\s+(?:week|day)s?\s+ago"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?"
    r"(?:,?\s+\d{4})?|at the weekend|right now|now)\b",
)
# what every match of ``TIME_PHRASE`` holds (its pattern minds case): without one, no time phrase
TIME_WORDS = ("day", "tonight", "late on", "early on", "this", "This", "last", "Last", "ago", "weekend", "now", "recent", "January",
              "February", "March", "April",
               "May", "June", "July", "August", "September", "October", "November", "December")
# "between" as a break, but not after what needs its two sides ("caught in the crossfire | between two
# gangs", "a row between ..."), nor before dates ("between June 2016 and May 2017")
# (the nouns looked behind from the end of "between", once it is there: not at every break tried)
_BETWEEN = r"between(?!\s(?:\d|[A-Z][a-z]+\s\d))" + "".join(rf"(?<!{n}\sbetween)" for n in """crossfire row rows fight
fights feud clash clashes battle war dispute match game tie deal link links gap difference differences relationship
relations friendship rivalry meeting talks split gulf border collision""".split())
BREAK_WORDS = (r"(?:who|which|whose|after|when|while|because|despite|although|though|following|amid|before|until|"
                r"unless|whereas|where|wherever|whenever|as|but|for|in|at|on|during|over|from|with|by|into|than|since|under|near|across|"
                + _BETWEEN + r"|"
                r"outside|inside|against|ahead|alongside|belonging|unrelated|saying)")
# Where a long headline may be cut. Every break opens on a space, a comma, a semicolon or a
# colon: the pattern opens on that class (the engine skips to the next one at C speed) and each
# branch looks back at which it was.
BREAKS = re.compile(
    r"[\s,;:](?:(?<=\s)(?:--|—|–|-)\s|(?<=[;:])\s|(?<=,)\s|(?<=\s)(?=" + BREAK_WORDS + r"\s)|(?<=\s)(?=but,\s)|(?<=\s)(?=[\"“‘]\w)"
    # an infinitive of result after a whole clause: "shot a 66 in the last round | to finish seven clear"
    r"|(?<=\s)(?=to\s(?:finish|win|claim|take|seal|secure|clinch|lift|earn|complete|reach|move|end|go)\s)"
    # and one of purpose after an object: "offer Yaya Toure a five-year contract | to lure him away from ..."
    r"|(?<=[a-z]\s)(?=to\s(?:lure|tempt|entice)\s)"
    # a second clause: "Asbestos has been discovered in the roof ... | and work to remove it will begin"
    r"|(?<=[a-z]\s)(?=and\s(?:work|police|officials|the|a|an|claims|says|warns|admits|insists|reveals|"
    r"vows|urges|denies|calls)\s)"
    # a second predicate in the past: "has reminded Sterling about his duties | and urged him to ..."
    r"|(?<=[a-z]\s)(?=and\s(?:ha[sd]\s|have\s)?(?![a-z]*eed\s|(?:hundred|sacred|wicked|naked|rugged|beloved|aged)\s)"
    r"[a-z]{3,}ed\s)"
    # a subordinate clause after "and": "Bayern take on Porto | and even though they are ..."
    r"|(?<=[a-z]\s)(?=and\s(?:even\s)?(?:though|although|if|when|while|after|before|because|as)\s)"
    # what followed a dated event: "was rescued off Northtown in August 1941 | and ended up in ..."
    r"|(?<=\d\d\d\d\s)(?=and\s[a-z])"
    # a second participle phrase: "... before smashing into a brick wall | and leaving five injured"
    r"|(?<=[a-z]\s)(?=and\s(?:leaving|killing|injuring|sparking|forcing|prompting|causing)\s))",
)
# adjectives that want what follows ("comes complete | with ...", "is set | to ...")
NEEDS_COMPLEMENT = frozenset("""complete able unable due keen aware likely unlikely eager poised capable
prone liable remains remain becomes become seems seem appears include includes included better worse progress""".split())
# (but a whole "make progress", "good progress": "Peace Talks Make Good Progress", reviewer rev47)
PROGRESS_WHOLE = re.compile(r"\b(?:to|make|makes|made|making|good|rapid|steady|slow|real|significant|little|no)"
                            r"\s+progress\W*$", re.IGNORECASE)
END_BAD = frozenset("a an the and but or nor for so yet on at to by of in with as from into over his her "
                     "their its our my your this that these those who which whose when while than is are "
                     "was were be been has have had will would can could must should may might not very "
                     "more most less said says told added you me us it claims claimed alleges alleged "
                     "according even such just rather against without between towards toward including via amid "
                     "despite onto among versus vs along alongside plus about upon within".split())  # ("..., even | though", "... such | as", "side against")


# a rank before "to": what it is for follows ("the third player his age | to take a lead")
RANKED_BEFORE = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|last|only|next|\w+est)\s"
                            r"(?:(?!(?:of|in|at|on|for|from|with)\s)[\w'’-]+\s){0,3}[\w'’-]+$", re.IGNORECASE)


def object_plural(tokens: Sequence[str], known: frozenset[str]) -> bool:
    """Is the last word, in -s, a plural noun after the clause's own verb ("Spaniel Suffers Three
    Degree | Burns"), not a verb that wants what follows ("Lays | Bare")?"""
    last = tokens[-1].lower()
    return last.endswith("s") and not last.endswith("ss") and verb_kind(tokens[-1]) == "present" \
        and has_verb(" ".join(tokens[:-1]), known) and tokens[-2].lower() not in WANTS_VERB | RELATIVES


# a lead whose main clause only frames the news its "as" clause tells: "A roller-coaster series of
# talks wrapped up Thursday in Lausanne as a group of world powers ... reached a framework
# agreement with Iran" (the talks ending is the scene; the agreement is the news)
FRAMED_AS = re.compile(r"^[^,]{0,80}?\b(?:wrapped up|ended|concluded|drew to a close|came to an end|got under way|"
                       r"closed|continued)\b[^,]{0,40}?\sas\s(?=(?:an?|the)\s(?:[\w'’+-]+\s){1,10}?(?:[a-z]+ed|beaten)\b)")

# a writer's aside before the news: "We've seen a few teases so far, but on Friday night, director X
# gave us the first full look at ..." (the aside in the first person, which no headline says), and the
# time phrase after "but"
_ASIDE_BUT = re.compile(r"(?:We|I)(?:['’](?:ve|re|d|m)|\s(?:have|had|are|were|was|am))?\s[^,;:\"“”]{3,60},\s+but\s+"
                        r"(?:(?:(?:on|late on|early on)\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                        r"(?:\s(?:morning|afternoon|evening|night))?|(?:last|this|earlier this)\s(?:night|week|month|year)"
                        r"|today|yesterday),\s+)?(?=[\w'’-]+\s)")
# a feature's disbelief before its news: "Derby County season ticket holders ... might struggle to
# believe it but Alberto Bueno prepares to face ..."
_DISBELIEF_BUT = re.compile(r"[^,;:\"“”]{3,120}?\b(?:might|may|would|could|will)\s(?:struggle to believe|not believe|"
                            r"find it hard to believe|be forgiven for thinking)(?:\sit)?,?\s+but\s+(?=[A-Z])")
# a feature's concession before its news: "Manchester City may be still licking their wounds ..., but
# the champions looked in determined mood", "She may be a First Daughter, but Sarah Obama is ..."
_CONCESSION_BUT = re.compile(r"[^,;:\"“”]{3,120}?\b(?:may|might)\s(?:be|have|only|still|well)\b[^;:\"“”]{0,140}?,?\s+but\s+"
                             r"(?=[A-Z]|(?:[a-z]+\s)?[A-Z])")
_GAVE_US = re.compile(r"\b(give|gives|gave|giving|offer|offers|offered|show|shows|showed|bring|brings|brought)\sus\s"
                      r"(?=(?:a|an|the|his|her|their|its)\s)")
# what the news after the aside may open on: a name, or a role and a name ("director David Ayer")
_NEWS_OPENS = re.compile(r"(?:[a-z]+\s)?[A-Z]")


def after_aside(sentence: str) -> str | None:
    """The news after a first-person aside and its "but" ("Director X gave the first full look
    at ...": an indirect "us" goes with the writer); "" when what follows the aside is no news
    that opens on a name ("there was something about ...", "this is the moment, and ..."): the
    sentence is no headline; None when the sentence opens on no such aside."""
    m = _ASIDE_BUT.match(sentence) if ", but " in sentence else None
    if m is None and " but " in sentence:
        m = _DISBELIEF_BUT.match(sentence)  # "Fans might struggle to believe it but X prepares to ..."
    if m is None and " but " in sentence and (" may " in sentence or " might " in sentence):
        m = _CONCESSION_BUT.match(sentence)  # "X may be small, but Y ...": the news after the concession
    if m is None:
        return None
    if len(sentence[m.end():].split()) < 6 or not _NEWS_OPENS.match(sentence, m.end()) \
            or sentence.startswith(("who ", "which ", "and ", "this ", "that ", "these ", "those "), m.end()):
        return ""
    rest = _GAVE_US.sub(r"\1 ", sentence[m.end():])
    return rest[:1].upper() + rest[1:]


# --- what ``headline_problem`` and ``trim`` ask of a cut ---

# "Tulip Example, a former aide, and who is standing ..., was at ...": with the inserts
# gone, a coordinator is left between the subject and its verb
_COORDINATOR = re.compile(r"\s(?:and|but|or)\s")
_COORD_VERB = re.compile(r"^(?P<subj>[^\"“‘,;:]{2,80}?)\s+(?:and|but|or)\s+(?=(?i:was|were|is|are|has|have|had|will|would|"
                         r"could|can|may|might|must|should|did|does|do)\b)")


def orphan_coordinator(text: str) -> str:
    """``text`` without a coordinator left between its subject and its verb once the inserts went."""
    m = _COORD_VERB.match(text) if _COORDINATOR.search(text) else None  # (the cheap search first)
    if m and not has_verb(m.group("subj")) and not MAYBE_VERB.search(m.group("subj")):
        return m.group("subj") + " " + text[m.end():]
    return text


# a list of three or more short items closing the sentence: "comes complete with toy testing
# rooms, table tennis table, aerobics room, gym and a custom staff lunch room"
_CLOSING_LIST = re.compile(r",\s(?:[^,\s]+\s){0,3}[^,\s]+(?:,\s(?:[^,\s]+\s){0,3}[^,\s]+)*,?\s(?:and|or)\s"
                           r"(?:[^,\s]+\s){0,4}[^,\s]+$")


_ARTICLE = re.compile(r"^(?:a|an|the)\s")


def first_of_list(text: str) -> str | None:
    """``text`` with a closing list cut to its first item ("Comes Complete With Toy Testing
    Rooms"): what holds of every item holds of the first. None when no such list closes it."""
    m = _CLOSING_LIST.search(text)
    if m is None or any(mark in m.group(0) for mark in "\"“”'‘’"):
        return None
    items = [i for i in re.split(r",\s(?:and\s|or\s)?|\s(?:and|or)\s", m.group(0)[2:]) if i]
    # things, in lower case: not names ("by Messi, Neymar and Luis Suarez": each is the news), nor
    # a place's county before a participle ("in Portland, Dorset, restored and opened")
    if len(items) < 2 or not text[: m.start()].split()[-1][:1].islower() \
            or any(not _ARTICLE.sub("", item)[:1].islower() or verb_kind(item.split()[0]) for item in items):
        return None
    return text[: m.start()]  # (the first item is before the match)


_EARLY_IN = re.compile(r"\b(?:early|late)\s+(?:in|on|at|into|this|last)\b")
_TIME_UNITS = frozenset("seconds minutes hours days weeks months years decades second minute hour day week month "
                        "year".split())


def without_left_adverb(text: str, sentence: str) -> str:
    """``text`` without the "early" or "late" it ends on when the source went on with the phrase
    the cut took ("... deep free-kick early | in the match"); not after a length of time ("born
    15 weeks early", "pays fine six months late": there it is the news)."""
    if _EARLY_IN.search(sentence) and text.rsplit(None, 2)[-2].lower() not in _TIME_UNITS:
        return text.rpartition(" ")[0]
    return text

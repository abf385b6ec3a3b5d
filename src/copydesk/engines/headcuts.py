"""Where a long headline may be cut, and where a cut would leave it wanting
(``copydesk.engines.headline``'s cut loop): a second infinitive after "and" is a place to cut;
a comma a clause may end at; a list that goes on, a parallel pair, a predicate noun that its
relative clause defines, a verb of saying whose clause has no "that", a clause on "as" whose
subject alone is left: no cut there. A perfect's second predicate, a passive's participle, a
participle phrase after a short clause: what the loop asks of the verb at a cut."""

from __future__ import annotations

import re

from copydesk.engines.spans import after_article
from copydesk.engines.verbs import PARTICIPLES, main_verbs, reduced_relative, verb_kind
from copydesk.lexicon import indefinite_article

# a second infinitive after "and": "urged his players to shut the League out of their minds | and
# concentrate on ..." (a base form, then a preposition or a determiner; not "between X and Y")
SECOND_INFINITIVE = re.compile(
    r"\bto\s[a-z]+\b(?:(?!,|\sand\s|\b(?:between|both)\b).)*?(\s)(?=and\s[a-z]+(?<!s)(?<!ing)\s"
    r"(?:on|to|in|at|for|with|from|into|about|up|out|back|the|a|an|his|her|their|its|our)\s)")
PREP_AT = re.compile(r"\s(for|to|with|from|by|as)\s")


def parallel(head: str, prep: str) -> bool:
    """Does ``head`` hold "<prep> A and B", so that a cut before a second "<prep>" splits a
    parallel pair ("nurses filling in for doctors and pharmacists | for GPs")?"""
    at = head.rfind(f" {prep} ")
    return at >= 0 and " and " in head[at:] and "," not in head[at:]


# a predicate noun that its relative clause defines: "was (the) man | who raped ..."
DEFINED_BY_CLAUSE = re.compile(r"\b(?:is|was|are|were)\s(?:the\s)?(?:man|woman|person|people|men|women|boy|girl|one)$")
BUT_AT = re.compile(r",?\s+but\s")
DETERMINED = r"\b(?:the|a|an|his|her|their|its|this|that)\s+"  # ("of a building": a noun, not "of living")
STRONG = re.compile(r"\s(?:--|—|–|-)\s|[;:]\s")
LIST_GOES_ON = re.compile(r"[a-z][\w'’-]*(?:,\s|\s(?:and|or)\s)")
# a path's next leg after a comma, when the head ends on its first: "sends vehicle down steep bank, | on to
# busy carriageway and into ... barrier" (the first leg is where it went; the rest may go)
_PATH_LEG = re.compile(r"\b(?:down|up|into|onto|across|through|off|over|along)\s(?:[\w'’-]+\s){0,3}[\w'’-]+$")
PATH_GOES_ON = re.compile(r"(?:on\sto|onto|into|across|through|over|along|towards?|past)\s")


def path_goes_on(head: str, after: str) -> bool:
    """Does the comma between ``head`` and ``after`` part one leg of a path from the next?"""
    return PATH_GOES_ON.match(after) is not None and _PATH_LEG.search(head) is not None


# a comma a clause may end at: what follows starts a clause, a participle phrase or a name
CLAUSE_AFTER_COMMA = re.compile(
    r"(?:and|but|which|who|while|as|after|before|when|although|though|with|according|including|a|an|the|"
    r"adding|saying|where|whose|despite|amid|because|so|yet|[a-z]+ing|[a-z]+ed|[A-Z]\w*|"
    # a span of time after the clause: "reopened the terminal, four days after a fire ..."
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several)\s(?:hours?|days?|weeks?|months?|years?)"
    r"\s(?:after|before|since|later|earlier))\b")


# a verb of saying or finding whose clause follows with no "that": "claims the number of people ...
# passed a million" (cut after its subject, the clause has no verb)
CLAIMS_CLAUSE = re.compile(r"\b(?:claims|says|warns|insists|believes|thinks|fears|suggests|estimates|argues)"
                           r"\s(?!that\b)")  # (not "denies", "finds", "reveals": "Keeper Denies Adams")
# a clause on "as" whose subject alone is left before a relative clause ("as family friend | who ...")
AS_SUBJECT = re.compile(r"\sas\s(?:(?:a|an|the)\s)?(?:[\w'’-]+\s){0,3}[\w'’-]+$")
RELATIVE_AFTER = re.compile(r",?\s(?:who|which|whose)\s")


def first_verb_last(tokens: list[str], known: frozenset[str]) -> bool:
    """Is the last of ``tokens`` the first verb of the head ("Monkey Discovered"), not one
    after "and" ("Evacuated ... and Have Been Rescued")?"""
    main = main_verbs([t.lower() for t in tokens], known)
    last = len(tokens) - 1
    # (a participle before it that opens a reduced relative clause is no verb of the head's: "Three
    # Men Accused of Being Agents ... Executed")
    return bool(main) and main[-1] == last and all(j + 1 < len(tokens) and tokens[j + 1].lower() in _REDUCED_NEXT
                                                   for j in main[:-1])


_REDUCED_NEXT = frozenset("of with by as over for".split())


# what a head WANTS_MORE matches ends on (its pattern is anchored at the end: "$" also before a
# closing line break)
WANTS_MORE_ENDS = ("up", "known", "year", "years", "month", "months", "week", "weeks", "day", "days", "hour",
                   "hours", "\n")
# what every match of COMPLEMENT_VERB holds ("see" for "sees", "seen", "seeing" ...)
COMPLEMENT_HINTS = ("see", "saw", "want", "leave", "left", "keep", "kept", "find", "found")


def appositive_at(text: str, cut: int, sentence: str) -> bool:
    """Did the source open a noun phrase with an article at this comma (", a step that ...")?"""
    nxt = text[cut + 2:].split(" ", 1)[0]
    before = text[:cut].split()
    if not before or verb_kind(before[-1]) is not None:
        return False  # "a lawsuit claims, a trainee officer fired": a clause goes on
    return bool(nxt) and after_article(sentence, nxt)


def passive_in(word: str, sentence: str) -> bool:
    """Is ``word`` a passive's participle in ``sentence`` ("has been discovered", "was
    reportedly killed")? A headline may end on it: the passive wants no object."""
    if not (word.endswith("ed") or word in PARTICIPLES) or word not in sentence:
        return False
    return re.search(r"\b(?:been|was|were)\s+(?:\w+ly\s+)?" + re.escape(word) + r"\b", sentence) is not None


# a second predicate in the past cut off a perfect: "has reminded Sterling | and urged him"
PERFECT_AND = re.compile(r"\s*and\s(?:ha[sd]\s|have\s)?[a-z]+ed\s")
_PERFECT = re.compile(r"\b(?:has|have)\s[a-z]+ed\b")
_BETWEEN = r"(?:(?:[a-z]+ly|since|now|just|already|recently|also)\s)?"  # an adverb between "has" and its verb
ANY_PERFECT = re.compile(r"\b(?:has|have)\s(?!" + _BETWEEN + r"(?:been|to|no|an?|the)\b)" + _BETWEEN + r"[a-z]+\b")
_PAST = re.compile(r"\b[a-z]{2,}ed\b")
# a participle phrase after a comma, which a short clause may end before: "McHenry Apologizes on
# Twitter |, saying she said ..."
PARTICIPLE_AFTER = re.compile(r",\s[a-z]{3,}ing\s")


def any_perfect(text: str) -> bool:
    """Does ``text`` hold a perfect ("have apologised", "has now won"), not "has" of what one
    owns ("the division, which has factories")?"""
    for m in ANY_PERFECT.finditer(text):
        verb = m.group(0).rsplit(" ", 1)[-1]
        if verb in PARTICIPLES or verb_kind(verb) == "past":
            return True
    return False


def active_past(head: str, sentence: str) -> bool:
    """Is the verb of ``head`` the source's active past ("has reminded", "studied"), not a
    passive's participle that headlinese already left bare ("Man arrested", once "was arrested")?"""
    if _PERFECT.search(head):
        return True
    verb = _PAST.search(head)
    return verb is not None and re.search(r"\b(?:am|is|are|was|were|be|been|being|get|gets|got)\s(?:[a-z]+ly\s)?"
                                          + verb.group(0) + r"\b", sentence) is None


def without_participle_phrase(text: str, limit: int) -> str:
    """``text`` without the participle phrase that tells of its subject, up to the sentence's
    own verb, for a headline too long with it ("former Utah high school teacher | accused of
    having sex with three of male students | took plea deal" -> "... teacher took plea deal"):
    who the subject is stays, and what happened. Only when the subject with it leaves no room in
    ``limit`` words for the verb and two words of its object (else a cut after the verb serves),
    and never a quotation's words."""
    tokens = text.split(" ")
    main = main_verbs(tokens)
    if not main or main[0] + 3 <= limit:
        return text
    for p in range(2, main[0]):
        if verb_kind(tokens[p]) == "past" and reduced_relative(tokens, p):
            dropped = " ".join(tokens[p:main[0]])
            if any(mark in dropped for mark in "\"“”‘’") or "'" in dropped.replace("'s", ""):
                return text
            return " ".join(tokens[:p] + tokens[main[0]:])
    return text


# an intensifier that a headline too long for it does without (not in a clause that limits or
# negates anything: "No Longer Be Entirely Free", "Has Not Been Completely Cleared" say how much; nor
# "entirely", which may be the news: "Funded Entirely by Donations")
# (or an adverb that tells no news of its own: "are currently working", "has finally signed"; not "initially denied"
# or "effectively banned", which limit it, nor "officially recognised" or "successfully separated", the news itself)
_DEGREE = ("completely|totally|utterly|absolutely|literally|really|actually|simply|currently|formally|finally|"
           "eventually|ultimately")
_INTENSIFIER = re.compile(r"\s(?:" + _DEGREE + r")(?=\s[a-z])")
_ARTICLE_CUT = re.compile(r"\b(?P<article>[Aa]n?)\s(?:" + _DEGREE + r")\s(?P<next>[a-z][\w-]*)")
_LIMITED = re.compile(r"\b(?:not|no|never|hardly|barely|only|almost|nearly|but|longer|without)\b|n['’]t\b", re.IGNORECASE)


def without_degree(text: str) -> str:
    """``text`` without its intensifiers and adverbs of no news (``_INTENSIFIER``), unless a clause in it limits
    or negates (``_LIMITED``)."""
    if _LIMITED.search(text):
        return text
    # (an article before the adverb read again for the word after it: "an ultimately fatal mistake" -> "a fatal mistake")
    text = _ARTICLE_CUT.sub(lambda m: indefinite_article(m.group("next"), like=m.group("article")) + " " + m.group("next"),
                            text)
    return _INTENSIFIER.sub("", text)


# a free relative's comment after the news: "Aguero receives four-match ban | for what was his second dismissal
# for violent conduct this season" (judge RA 06)
_FOR_WHAT = re.compile(r" for what (?:was|is|were|are|(?:has|had|have) been|(?:would|could|may|might) be)\b")


def without_for_what(text: str, least: int) -> str:
    """``text`` cut before its "for what was ..." comment, when ``least`` words or more stay."""
    m = _FOR_WHAT.search(text)
    return text[: m.start()] if m and len(text[: m.start()].split()) >= least else text


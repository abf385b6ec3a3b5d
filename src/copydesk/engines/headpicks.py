"""Which sentence heads the story: what ``write_headline`` reads to pass a sentence by (a
weak opening, a plea before its verdict, history after a standing fact) or to take another
(the event told after a time word, the court's outcome after a death told first)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from copydesk.engines.headcheck import NO_SUBJECT_OPENINGS
from copydesk.engines.headwho import died_named
from copydesk.engines.verbs import has_verb, is_state, main_verbs, verb_kind
from copydesk.ingest.dependency import opening_dependency
from copydesk.lexicon import sex_cues

# history told after a standing fact ("David previously ran restaurants ...", "... when the sides met in
# August"): no event that takes over from it
BACKGROUND_TOLD = re.compile(r"\b(?:(?i:previously|formerly|used to|originally|earlier in (?:his|her|their) career)|"
                             r"(?:[Ii]n|[Ll]ast) (?:January|February|March|April|May|June|July|August|September|October|"
                             r"November|December))\b")

# "Now" before a person named in full or with an honorific: the state the story has come to
NOW_NAMED = re.compile(r"Now,?\s+(?=(?:Mr|Mrs|Ms|Miss|Dr)\.?\s[A-Z]|[A-Z][a-z]+\s[A-Z][a-z]+\s(?:has|have|is|was)\s)")
CONTRAST_OPENING = re.compile(r"(?:But|However|Yet),?\s+(?=[A-Z])|So\s+(?=(?:[Aa]n?|[Tt]he)\s)"  # (before a name: what it contrasts with is no news)
                              # (or the change of now against the lead's standing fact: "They are the treats we look
                              # forward to ... | But this year traditional Easter eggs have undergone a makeover", judge RK 08)
                              r"|But,?\s+(?:(?:this|next)\s(?:year|week|month|season|summer|winter|spring|autumn)|now|today),?\s+"
                              r"(?=[a-z]+\s[A-Za-z])")


# a court's name at a headline's end, which goes before the charge does when it is long
COURT_AT_END = re.compile(r"\s(?:at|in)\s(?:[A-Z][\w'’.-]*\s){1,4}Court$")
# a death told first, and the court's outcome told after it
DIED = re.compile(r"\b(?:died|was killed|were killed|was found dead)\b")
# a person named in full, the lead's subject, arrested ("Sam Example, 41, of Deeford, was arrested ...")
ARRESTED = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,2})(?:,[^,]{1,40}){0,3},?\swas\sarrested\b")
_NOT_BEFORE = re.compile(r"\b(?:not|never|denies|denied|deny)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\blast year\b|\bpreviously\b")
OUTCOME = re.compile(r"\b(?:pleaded guilty|admitted (?:causing|killing|manslaughter|murder|death)|was fined|were fined|"
                     r"admitted (?:\w+\s){0,2}(?:charges?|counts?|offences?)\b|"
                     r"found guilty|was convicted|was jailed|were jailed|was sentenced|were sentenced|was banned)\b")
OUTCOME_REACH = 3  # the sentences after a death told first that the court's outcome may stand in
# a person held, and a later turn told within two sentences after it that ends it: the latest turn is the news
HELD = re.compile(r"\b(?:was|were|had been|have been|has been)\s(?:bailed|arrested|detained|held|questioned)\b")
SUPERSEDING = re.compile(r"\breleased without (?:charge|further action)\b|\b(?:charges?|case) (?:was|were|has been|have been) "
                         r"dropped\b|\b(?:cleared of|acquitted)\b|\bno further action\b")
# someone hurt told first ("was found badly injured at ...") and their death right after it ("He died later
# in hospital.")
_HURT_HOW = r"(?:found\s)?(?:badly\s|seriously\s|critically\s|gravely\s)?(?:injured|hurt|wounded|shot|stabbed|attacked)\b"
HURT = re.compile(r"\b(?:was|were)\s" + _HURT_HOW)
DIED_AFTER = re.compile(r"(?:He|She)\s(?:later\s)?died\b")
# a plea (before a verdict told after it, no news: ``write_headline`` reads it in a sentence of
# counts, charges or guilt)
PLEA = re.compile(r"\b(?:denied|denies|deny|pleaded not guilty|pleads not guilty to)\b")
# an event told after a time word, in a sentence that opens on a pronoun: "..., after an
# Indonesian court rejected ...", "... when the harbour council closed ..."
EVENT_AFTER = re.compile(r"\s(?:after|when|because)\s(?=(?:an?|the)\s(?:[\w'’-]+\s){1,4}?[a-z]+ed\b)")
_COMPARATIVE = r"(?:more|less|fewer|bigger|higher|lower|greater|longer|earlier|sooner|faster|better|worse)"
WEAK_OPENING = re.compile(r"^(?:" + NO_SUBJECT_OPENINGS + r"|This\s+is\s|What\s|Why\s|How\s|"
                          # (a habit, no news: "Every year a trend comes around that ...")
                          r"(?:Every|Each)\s+(?:year|summer|winter|spring|autumn|month|season)\b|"
                          # (a rule of thumb, "The more algorithms that indicate ..., the higher the chance", or
                          # a comment, "The bigger problem, officials say, is ..."; not a chamber's or a court's
                          # name, "The lower house of parliament gave final approval")
                          r"The\s+" + _COMPARATIVE + r"\s(?!(?:house|chamber|court|courts|tier|league|division)\b)|"
                          r"[\"“‘']|.*\?[\"'”’]?$)")


def told_as_past(line: str) -> bool:
    """Is the first main verb of ``line`` a past ("Peter Linden vanished in heavy seas ...")? A
    paper's summary line told as past may tell of years ago: the headline's present would make
    it today's news."""
    tokens = line.split()
    main = main_verbs(tokens)
    return bool(main) and verb_kind(tokens[main[0]]) in ("past", "aux-past")


def news_start(sentences: Sequence[str], lead: int) -> int:
    """The sentence the news starts at: the court's outcome within ``OUTCOME_REACH`` sentences of a
    death told first ("X, 36, died following the collision ... | Y failed to spot ... | The
    father-of-four pleaded guilty ..."), what has now happened ("Police have now released ..."), a death
    right after someone hurt ("... was found badly injured ... | He died later in hospital."); else the
    lead."""
    if lead >= len(sentences):
        return lead
    if DIED.search(sentences[lead]):
        # (an outcome that can head a story: not one told of by a pronoun, "He pleaded guilty ...")
        outcome = next((j for j in range(lead + 1, min(len(sentences), lead + 1 + OUTCOME_REACH))
                        if OUTCOME.search(sentences[j]) and not _PRONOUN_OPENS.match(sentences[j])), None)
        if outcome is not None:
            return outcome
    if (arrested := ARRESTED.match(sentences[lead])) is not None:
        # an arrest told first, then the same person's day in court: "Sam Example, 41, of Deeford, was
        # arrested in August after ... | Example admitted two charges at Mold Crown Court on Friday" (not
        # someone else's conviction, an old one, nor one denied: "X has not pleaded guilty")
        surname = arrested.group("name").split()[-1]
        outcome = next((j for j in range(lead + 1, min(len(sentences), lead + 1 + OUTCOME_REACH))
                        if sentences[j].startswith(surname + " ") and (o := OUTCOME.search(sentences[j]))
                        and not _NOT_BEFORE.search(sentences[j], 0, o.start()) and not _YEAR.search(sentences[j])),
                       None)
        if outcome is not None:
            return outcome
    if " now " not in sentences[lead]:
        turn = next((j for j in range(lead + 1, min(len(sentences), lead + 1 + NOW_REACH))
                     if (now := NOW_TURN.search(sentences[j])) and opening_dependency(sentences[j]) is None
                     and not sentences[j].startswith(("The ", "This ", "These ", "Those ", "\"", "“", "‘", "'"))
                     and now.group(0).split()[-1] not in sentences[lead]),
                    None)  # (who has acted, named: not "The drug plus chemotherapy has now been licensed"; nor the
        # lead's own event told again, "... have been arrested for 'aggravated murder' after ... | A group of 15 men
        # have now been arrested on suspicion of ...", judge SP 02: the headline lost what they were arrested for)
        if turn is not None:
            return turn  # "Police have now released video stills ...": the latest turn, after what came before it
    if HURT.search(sentences[lead]):
        died = next((j for j in range(lead + 1, min(len(sentences), lead + 3)) if DIED_AFTER.match(sentences[j])
                     or _died_by_name(sentences[j], sentences[lead])
                     and not any(map(_ALIVE.search, sentences[j + 1:j + 4]))), None)
        if died is not None and (not DIED_AFTER.match(sentences[died]) or died_named(sentences[died], sentences[lead])):
            return died  # (only when the headline can name whom "He" is: the lead opens on a full name)
    return lead


def _died_by_name(sentence: str, lead: str) -> bool:
    """Does ``sentence`` tell the death of the person ``lead`` opens on, hurt, by their name ("Mr
    Example died on Saturday night ..." after "Sam Example, 52, was injured at ...")? The lead's
    subject is that one person (not "Sam Example, 70, and his wife were injured", "Sam Example was
    arrested after his brother was stabbed"), and a title tells no other sex than the lead's."""
    opening = _HURT_NAMED.match(lead)
    if opening is None or _KIN.search(lead):
        return False  # (a kinsman the lead names may be the one who died: "Sam Example, 12, was injured when
        # his father's car left the road | Mr Example died at the scene", reviewer rev43)
    m = re.match(rf"(?:(?P<title>Mr|Mrs|Ms|Miss|Dr)\.?\s)?(?:{re.escape(opening.group('first'))})?"
                 rf"{re.escape(opening.group('surname'))}\s(?:later\s)?died\b", sentence)
    if m is None or _A_YEAR.search(sentence) or _NOT_OF_IT.search(sentence):
        return False  # (nor a death long before, "Dr Example died in 2019, and his son ...", nor one the
        # hurt did not lead to, "died of unrelated causes", "died before the trial")
    male, female = sex_cues(lead)
    first = opening.group("first").split()[0]  # (a first name that tells a sex: "Mary Example ... | Mr Example")
    male, female = male or first in _MEN, female or first in _WOMEN
    title = m.group("title") or ""
    if title and opening.group("age") and int(opening.group("age")) < 18:
        return False  # (a child told of by a title is another: "Sam Example, 12, was injured | Mr Example died")
    return not (title == "Mr" and female or title in ("Mrs", "Ms", "Miss") and male)


# first names that say a sex, common in English-language news: enough to tell "Mary Example, 52, was
# injured | Mr Example died" for another's death (reviewer rev43); a name not here tells nothing
_WOMEN = frozenset("""Mary Sarah Elizabeth Margaret Susan Jennifer Linda Patricia Barbara Karen Helen Anne Ann Jane
Emma Emily Olivia Sophie Sophia Charlotte Amelia Jessica Hannah Lucy Rachel Rebecca Laura Claire Clare Louise Julie
Catherine Katherine Kate Victoria Alice Grace Ellie Chloe Megan Amy Lisa Michelle Nicola Joanne Angela Christine
Carol Janet Ruth Diane Deborah Gillian Pauline Jean Joan Dorothy Betty Doris Irene Wendy Tracey Tracy Kelly Lauren
Natalie Holly Georgia Zoe Molly Daisy Ella Isabella Ava Mia Maria Anna Julia Caroline Fiona Alison Heather""".split())
_MEN = frozenset("""John James David Michael Robert William Richard Thomas Paul Mark Peter Andrew Stephen Steven
Christopher Daniel Matthew Anthony Kevin Brian Gary Ian Simon Neil Graham Colin Keith Alan Barry Trevor Derek
Kenneth George Edward Henry Charles Jack Harry Oliver Jacob Joshua Samuel Joseph Benjamin Adam Luke Ryan Liam
Scott Craig Darren Lee Dean Wayne Shaun Jason Philip Martin Stuart Adrian Nigel Roger Terry Frank Raymond Gordon
Dennis Arthur Albert Frederick Ronald Donald Roy Leonard Harold Alfred Patrick Sean Connor Callum Kieran Nathan""".split())


_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NOT_OF_IT = re.compile(r"\b(?:unrelated|natural)\scauses\b|\bbefore\s(?:the\s|his\s|her\s)?(?:trial|case|hearing|inquest)\b")
# a line that tells someone alive after a death told by name: the name may be another's ("The boy is in a
# stable condition in hospital")
_ALIVE = re.compile(r"\b(?:stable|critical|serious)\scondition\b|\bis\srecovering\b|\bsurvived\b")
# a lead that opens on one person hurt: "Sam Example, 52, was injured at a house in ..."
_KIN = re.compile(r"\b(?:father|mother|husband|wife|son|daughter|brother|sister|partner|dad|mum|mom|grandfather|"
                  r"grandmother|uncle|aunt|nephew|niece|cousin|fiancée?|boyfriend|girlfriend|parents|children)\b", re.IGNORECASE)
_HURT_NAMED = re.compile(r"(?P<first>(?:[A-Z][\w'’-]+\s){1,2})(?P<surname>[A-Z][\w'’-]+)(?:,\s(?P<age>\d{1,3}),)?\s"
                         r"(?:was|had been)\s" + _HURT_HOW)


# the story's latest turn, told as what has now happened: "Police have now released ...", "has now been charged"
NOW_TURN = re.compile(r"\b(?:has|have)\snow\s(?:been\s)?(?:released|arrested|charged|named|identified|confirmed|"
                      r"launched|issued|published|announced|banned|jailed|sentenced|convicted|cleared|approved|"
                      r"rejected|ordered|suspended|sacked|closed|recalled|withdrawn|dropped)\b")
NOW_REACH = 3  # the sentences after the lead that the latest turn may stand in
_PRONOUN_OPENS = re.compile(r"(?:He|She|They|It|His|Her|Their)\b")


# an event put in doubt: "the switch-on was put in doubt when two lights were stolen"
_DOUBTED = re.compile(r"\b(?:the\s|its\s|their\s|his\s|her\s)?(?P<thing>[a-z][a-z-]{3,})\s(?:was|were|had\sbeen)\s"
                      r"(?:(?:put|thrown|cast|left)\s(?:in|into)\s|in\s)doubt\b")
# the event told as done after it: "were switched on", "went ahead", "took place"
_DONE = re.compile(r"\b(?:was|were|has\sbeen|have\sbeen)\s[a-z]+(?:ed|en|t)\b|\bwent\sahead\b|\btook\splace\b")


def doubt_resolved(sentence: str, after: Sequence[str]) -> bool:
    """Does ``sentence`` tell of an event put in doubt ("... but the switch-on was put in doubt when two
    lights were stolen") that a line after it tells as done ("The lights were switched on by ...")? Then
    the doubt is no news, and told as one it reads as the opposite of what happened (judge MW 05)."""
    m = _DOUBTED.search(sentence)
    if m is None:
        return False
    stem = m.group("thing")[:5]
    return any(_DONE.search(line) and re.search(rf"\b{re.escape(stem)}", line.lower()) for line in after)


_STATE_THEN = re.compile(r"(?P<subject>[^,;:\"“”]{3,80}?(?:,\s\d{1,3},)?)\s(?P<state>(?:has|have)\sbeen|is|are|was|were)\s"
                         r"(?P<middle>[^;:\"“”]{3,120}?),?\sand\s(?P<verb>[a-z]{3,})\s(?P<rest>[^\"“”]{6,})$")
_NO_EVENT = frozenset("is are was were has have had be been being will would could should may might can must do does "
                      "did also still then now later".split())
# a habit, no event ("rode to work every day"); a state that is news itself ("is the first woman to lead ...")
_HABIT = re.compile(r"\b(?:every\s(?:day|week|month|year|morning|night|weekend)|always|usually|often|regularly)\b")
_NEWS_STATE = re.compile(r"\b(?:first|only|last|youngest|oldest|[a-z]{3,}est)\b")
# the day a past event is told on ("died on Sunday", "sold the land on Friday")
_NEWS_TIME = re.compile(r"\b(?:on\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|"
                        r"last\snight|this\s(?:week|morning|afternoon|evening))\b")


def event_after_state(sentence: str) -> str | None:
    """The lead's second predicate, an event, told of its subject, when the first is a standing state: "Former
    Dons midfielder Sheerin, 39, has been player-manager at the Red Lichties since 2010 and replaces Neil Cooper
    at Pittodrie." -> "Former Dons midfielder Sheerin, 39, replaces Neil Cooper at Pittodrie." (The state is the
    background the news is told after. Not a second state, "... and is the second woman to hold the job"; nor a
    habit, "... and rode to work every day"; nor after a state that is news, "is the first woman to ..."; and
    after a state in the past only a past event told with its day, "was a keen walker and died on Sunday", not
    "was the youngest of five and grew up in Northtown", reviewer rev51b.)"""
    m = _STATE_THEN.match(sentence)
    if m is None or m.group("verb") in _NO_EVENT or main_verbs(m.group("subject").split()) \
            or _HABIT.search(m.group("rest")) or _NEWS_STATE.search(m.group("middle")):
        return None
    kind = verb_kind(m.group("verb"))  # (a verb the lexicon knows: not "bones and fossils a million years old")
    if m.group("state") in ("was", "were"):
        if kind != "past" or not _NEWS_TIME.search(m.group("rest")):
            return None
    elif kind not in ("present", "past"):
        return None
    if not is_state(f"{m.group('subject')} {m.group('state')} {m.group('middle')}"):
        return None  # (the first is an event itself: "... has been thrown out of a tournament and faces a ban")
    return f"{m.group('subject')} {m.group('verb')} {m.group('rest')}"


# a sentence that holds its subject back for a reveal after a colon: "While the fight against ISIS holds the world's
# gaze, a simultaneous transformation is getting less attention: the deterioration of al Qaeda." (judge RA 04: as a
# headline, "Simultaneous Transformation Gets Less Attention: Deterioration of Al Qaeda" states no news; the news
# is the next line's)
_REVEAL = re.compile(r"^(?:(?:But|And|Yet)\s)?(?:(?:While|As|Although|Though|With)\s[^:;\"“”]{5,160}?,\s)?"
                     r"(?:a|an|another|one|something)\s"
                     r"[^:;\"“”]{5,120}:\s(?P<reveal>(?:the|a|an|its|their|his|her)\s[^:;\"“”]{3,80})$", re.IGNORECASE)


def reveal(sentence: str) -> bool:
    """Does ``sentence`` hold its subject back for a reveal after its colon, with no verb of its own (``_REVEAL``)?"""
    m = _REVEAL.match(sentence.rstrip(" .!"))
    return m is not None and not has_verb(m.group("reveal"))

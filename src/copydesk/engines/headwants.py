"""What a headline's cut may not leave out (``copydesk.engines.headline``): where a verb puts or
moves its object, what a battle was fought with, what a justification is for, whom a thing is
named after, the second half of "between A and B", a phrasal verb's object, what a verb joins
its object with ("marries sex | with mindfulness"), talks with whom, an owner's place in what."""

from __future__ import annotations

import re

from copydesk.engines.headrules import news_follows, not_only_open, wants_its_object

# a verb that puts its object somewhere, cut after the object and before where: "cops put their
# vacation | on hold", "put the plan | at risk"; or that moves it, before the way it goes: "getting
# themselves and the club | into the semi-finals", "throwing 12 Christians | into the sea" (not "get
# it wrong | at some point")
_MOVE_WORDS = "into|onto|out|back|through|off|up|down|behind|away"
_PUT_WORDS = _MOVE_WORDS + "|on|in|at|under"
# (the object alone after the verb: no preposition in it, "put a foot wrong during the year" has its own)
_OBJECT_WORD = r"(?!(?:" + _PUT_WORDS + r"|during|with|to|for|over|by|from)\b)[\w'’-]+"
_OBJECT = r"\s(?:" + _OBJECT_WORD + r"\s){0,5}" + _OBJECT_WORD + "$"
_PUT_OBJECT = re.compile(r"\b(?:put|puts|putting|placed|places|placing)" + _OBJECT)
_MOVE_OBJECT = re.compile(r"\b(?:get|gets|getting|got|bring|brings|bringing|brought|take|takes|taking|took|keep|keeps|"
                          r"keeping|kept|throw|throws|throwing|threw|thrown|hurl|hurls|hurling|hurled|toss|tosses|tossing|tossed|"
                          r"push|pushes|pushing|pushed|dump|dumps|dumping|dumped)" + _OBJECT)
_FROM_OBJECT = re.compile(r"\b(?:pull|pulls|pulled|rescue|rescues|rescued|free|frees|freed|drag|drags|dragged|"
                          r"airlift|airlifts|airlifted|evacuate|evacuates|evacuated)" + _OBJECT)
_PUT_TO = re.compile(r"[\s,]*(?:" + _PUT_WORDS + r")\b")
_MOVE_TO = re.compile(r"[\s,]*(?:" + _MOVE_WORDS + r")\b")


def leaves_wanting(head: str, rest: str) -> bool:
    """Does a cut into ``head`` | ``rest`` leave half a thought: a "not just X" without its
    "but Y" (which the checker reads as a lost negation), or a verb without where it puts its
    object ("Cops Put New York City Vacation")?"""
    if not_only_open(head):
        return True
    after = rest.find(" ", 1)
    if " " in head and rest[:1] == " " and after > 0 and wants_its_object(head[head.rfind(" ") + 1:], rest[1:after]):
        return True  # a phrasal verb without its object: "to double down | on ...", "run out | of"
    if _INFINITIVE_AND.search(head) and _PREPOSITION_NEXT.match(rest):
        return True  # "urges players to shut ... out of their minds and concentrate | on ...": the
        # second verb of "to ... and ..." cut from what it is about
    if head.endswith(_REFLEXIVES) and (_AFTER_REFLEXIVE.match(rest) or _TURNS_IN.search(head) and rest.startswith(" in")
                                       or _FINDS.search(head)):
        return True  # "Describes Itself | as ...", "Turns Himself | in", "Finds Herself | in the news"
    if _PUT_TO.match(rest) and ("put" in head or "plac" in head) and _PUT_OBJECT.search(head):
        return True
    if rest.startswith(" from ") and _FROM_OBJECT.search(head):
        return True  # "Rescuers pull man | from the wreckage": where from is the news
    if head.endswith(_FOUGHT_WITH) and rest.startswith((" with ", " against ")):
        return True  # "After Short Battle | with skin cancer": what was fought is the news ("Holds Talks |
        # with Paris St Germain": with whom)
    if rest.startswith((" for ", " of ")) and head.rsplit(None, 1)[-1].lower() in _WANTS_WHAT_FOR:
        return True  # "Derby Winner Is Justification | for his decision to quit MLS"
    if rest.startswith((" into ", " of ", " at ")) and head.rsplit(None, 1)[-1].lower() in _WANTS_WHAT_INTO:
        return True  # "Gives Revealing Insight | into the extremes ...": into what is the news
    if rest.startswith(" in ") and head.rsplit(None, 1)[-1].lower() in _CHANGES:
        return True  # "Have All Seen Decrease | in bags used": a change in what is the news
    if rest.startswith(" in ") and head.endswith(_TAKE_PART):
        return True  # "Public Invited to Take Part | in planting thousands of trees": in what is the news
    if " after " in rest and _NAMED_FOR.search(head) and _AFTER_IN_CLAUSE.match(rest):
        return True  # "Prince Charles Is to Name Pub | after the Duchess of Cornwall": whom it is named after
    if rest.startswith(" and ") and _BETWEEN_OPEN.search(head):
        return True  # "Voice Frustrations Between Fantastical Lives | and reality": a pair cut in two
    if rest.startswith(" with ") and (_JOINS_WITH.search(head) or head.endswith(_DEALT_WITH)):
        return True  # "a practice that marries sex | with mindfulness", "Exclusive Negotiations | with Liberty House"
    if rest.startswith((" in ", " at ")) and _OWN_SPOT.search(head):
        return True  # "Would Secure Wales' Spot | in the knockout phase": a place in what is the news
    if news_follows(head, rest):
        return True  # "Speaks of Despair | after ...", "Guard Shot | in the abdomen and later died"
    return _MOVE_TO.match(rest) is not None and _MOVE_OBJECT.search(head) is not None


# a verb that joins its object with another thing, and the thing (a few words after the verb)
_JOINS_WITH = re.compile(r"\b(?:marr(?:y|ies|ied|ying)|combin(?:e|es|ed|ing)|pair(?:s|ed|ing)?|mix(?:es|ed|ing)?|"
                         r"blend(?:s|ed|ing)?|merg(?:e|es|ed|ing)|replac(?:e|es|ed|ing)|swap(?:s|ped|ping)?|"
                         r"equip(?:s|ped|ping)?|credit(?:s|ed|ing)?|compar(?:e|es|ed|ing))(?:\s[\w'’-]+){1,4}$",
                         re.IGNORECASE)
# (not "deal" or "agreement": "ties himself to the mast of the nuclear deal | with Iran" is whole)
_DEALT_WITH = (" negotiations", " Negotiations", " partnership", " Partnership", " merger", " Merger")
# an owner's place in something ("Wales' spot", "his place")
_OWN_SPOT = re.compile(r"(?:['’]s?|\bhis|\bher|\btheir|\bits)\s(?:spot|place|berth|slot)$", re.IGNORECASE)

_REFLEXIVES = ("himself", "herself", "itself", "themselves")
_TAKE_PART = (" take part", " takes part", " taking part", " took part", " taken part", " participate",
              " participates", " participated", " participating", " a part", " a role", " a key role", " a major role")
_AFTER_IN_CLAUSE = re.compile(r"[^,;:–—-]{0,60}?\safter\s(?:the\s)?[A-Z]")  # (whom: a name after "after")
_NAMED_FOR = re.compile(r"\b(?:name|names|named|naming|rename|renames|renamed)\b")
# (not a pair told whole: "between the two sides", "between them")
_BETWEEN_OPEN = re.compile(r"\bbetween\s(?!(?:the\s)?(?:two|three|four|both|them|us|you|each|rival|neighbouring)\b)"
                           r"(?:(?!\band\b)[^,;:])+$", re.IGNORECASE)
_WANTS_WHAT_FOR = frozenset("justification vindication reason explanation excuse recipe blueprint template".split())
# what an insight is into ("Video Gives Revealing Insight | into the extremes fighters go to")
_CHANGES = frozenset("decrease decreases increase increases rise rises fall falls drop drops surge jump slump "
                     "reduction reductions".split())
_WANTS_WHAT_INTO = frozenset("insight insights glimpse glimpses window".split())
_FOUGHT_WITH = (" battle", " fight", " struggle", " Battle", " Fight", " Struggle",
                " talks", " Talks")  # (and whom talks were held with: "Holds Talks | with PSG")
_INFINITIVE_AND = re.compile(r"\sto\s[a-z]+\b.*\s(?:and|or)\s[a-z]+$")
_PREPOSITION_NEXT = re.compile(r"\s(?:on|to|with|for|in|at|about|into|from|of)\s")
_TURNS_IN = re.compile(r"\b(?:[Tt]urn|[Hh]and)(?:s|ed)?\s+\S+$")
_AFTER_REFLEXIVE = re.compile(r"\s+as\b")
_FINDS = re.compile(r"\b(?:[Ff]inds?|[Ff]ound|[Ff]inding)\s+\S+$")  # where one finds oneself is the news

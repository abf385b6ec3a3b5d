"""Where a long headline is cut (``copydesk.engines.headline``): at the last clause boundary
that leaves a whole clause of about 12 words, never inside a phrase, and never before what
the words left want (the object a verb puts somewhere, a figure the longer cut tells)."""

from __future__ import annotations

import re

from copydesk.engines.headcheck import DATED
from copydesk.engines.headcuts import (
    AS_SUBJECT,
    BUT_AT,
    CLAIMS_CLAUSE,
    CLAUSE_AFTER_COMMA,
    COMPLEMENT_HINTS,
    DEFINED_BY_CLAUSE,
    DETERMINED,
    LIST_GOES_ON,
    PARTICIPLE_AFTER,
    PERFECT_AND,
    PREP_AT,
    RELATIVE_AFTER,
    SECOND_INFINITIVE,
    STRONG,
    WANTS_MORE_ENDS,
    active_past,
    appositive_at,
    first_verb_last,
    parallel,
    passive_in,
    path_goes_on,
)
from copydesk.engines.headparticiple import participle_breaks
from copydesk.engines.headpatterns import QUALIFIER_AFTER, RANK_LIMITED, RANKED, SUPERLATIVE_END
from copydesk.engines.headrules import LIMITS, NEGATED, QUOTED_SPAN, adjectives_run_on, verb_may_end
from copydesk.engines.headsubordinate import open_subordinate
from copydesk.engines.headtrims import (
    BREAKS,
    BUT_REVERSES,
    COMPLEMENT_AFTER,
    COMPLEMENT_VERB,
    END_BAD,
    HEADLINE_MAX,
    HEADLINE_WORDS,
    NEEDS_COMPLEMENT,
    PROGRESS_WHOLE,
    RANKED_BEFORE,
    SUBORDINATE_CUT,
    WANTS_MORE,
    WANTS_VERB,
    object_plural,
    open_quote,
    stray_pronoun,
    word_count,
)
from copydesk.engines.headwants import leaves_wanting
from copydesk.engines.tense import present_tense
from copydesk.engines.verbs import has_verb, main_verbs, verb_kind
from copydesk.lexicon import MONTHS, WEEKDAYS

NUMBER = re.compile(r"\d")
# what a place or an occasion is only once the words after it say which ("at an event | in Chester")
_VAGUE_PLACES = frozenset("event events ceremony occasion function gathering venue location place site "
                          "area spot property address".split())


_PARTICLES = frozenset("away off out back".split())
# a work's title in marks that ends the head: named so, or its words in capitals ("a series called
# 'Wil Can Fly'"; not a speaker's words, 'are "not coping"')
_TITLE_LAST = re.compile(r"(?:\b(?:called|named|titled|entitled|dubbed)\s[\"“‘'][^\"“”‘’']{2,60}"
                         r"|[\"“‘'](?:[A-Z0-9][\w'’-]*\s){1,5}[A-Z0-9][\w'’-]*)[\"”’']$")
# what may stand between "between X" and its "and Y": no clause's boundary ("between rival fans | in the
# town centre after the derby on Saturday and police made ..." has its "and" in another clause)
_PAIR_ENDS = re.compile(r"(?:(?!,\s(?!and\s)|;|\s(?:after|before|when|while|as|because|but|who|which)\s).){0,80}?\sand\s")
# a preposition that a relative pronoun after it belongs with ("through | which", "for | whom")
_PREPOSITIONS = frozenset("through in on at for from with by to of under within into upon over across during "
                          "about around behind beyond among against between towards".split())
_RELATIVE_NEXT = re.compile(r"[\s,]*(?:which|whom|whose)\b")
_OBJECT_PRONOUNS = frozenset("him her them it us me".split())
# a participle that wants what something is covered or filled with, when the words go on to say it
_COVERED_IN = frozenset("""engulfed covered soaked drenched smothered shrouded swathed caked coated riddled littered
strewn clad crammed plastered daubed splattered spattered""".split())
_MATTER_NEXT = re.compile(r"\s(?:in|with|by)\s")


# (not the world, which a superlative means by default: "fastest growing major economy | in the world")
_LIMITING_PLACE = re.compile(r"\s(?:in|on|among|across|within|at)\s(?!(?:a|an)\s)(?!(?:the\s)?(?:world|history)\b)")
_CONCEDED = re.compile(r"\b(?:may|might)\s(?:only\s|just\s|well\s)?(?:be|look|seem)\b")
_THIS_PERIOD = re.compile(r"\bthis\s(?:season|year|month|week|campaign|term|century|decade)\b")
_CLAUSE_BREAK = re.compile(r",|;|\s[-–—]\s|\sand\s|\sbut\s")
# a head that tells a view, a plan or a forecast, which its condition limits in turn ("Tips Klopp to
# Make His Mark | in the Premier League if he opts to stay"): the view is news without it
_VIEW = re.compile(r"\b(?:tips|tipped|predicts|expects|backs|believes|says|said|warns|could|would|may|might|"
                   r"wants|hopes|plans|urges|threatens|threatened|vows|pledges|promises|offers)\b", re.IGNORECASE)
CONDITION_WITHIN = 6  # words of the part cut off, at most, before its "if"


def conditioned(head: str, tail: str) -> bool:
    """Does ``tail``, the words a cut would drop, hold a condition of ``head``'s own clause: an "if"
    or "unless" within its first words, before any clause break, after a head that states a fact?"""
    clause = _CLAUSE_BREAK.split(tail, maxsplit=1)[0].split()
    at = next((k for k, w in enumerate(clause) if w in ("if", "unless")
               and not (w == "if" and k and clause[k - 1] in ("as", "even", "only", "ask", "asked", "see", "check",
                                                           "establish", "know", "decide", "whether", "by"))), None)
    return at is not None and at < CONDITION_WITHIN and not _VIEW.search(head)


# a head that ends on what its news is for, against, over, under or via, told by a name ("will keep place in Aston
# Villa's side for FA Cup final", judges TG 08 and TH 02: cut before it, the final was gone): it may run to the longest
# headline. Not a time ("over Christmas", "for The Next Three Weeks"), which the body tells, as ``_NAME_CUT_OFF`` reads
_NAMED_TAIL = re.compile(r"\s(?:for|against|over|under|via)\s(?:the\s)?(?!(?:The|A|An|This|That|Next|Last|Christmas|Easter|"
                         r"New\sYear|" + "|".join(w.capitalize() for w in (*MONTHS, *WEEKDAYS)) + r")\b)"
                         r"[A-Z][\w'’-]+(?:\s[\w'’-]+){0,3}$")


# nouns a "where" clause tells the degree of: "reached the dizzying point | where ..." is whole without it
_DEGREE_NOUNS = frozenset("point stage extent level degree moment time".split())


# a name in the words a cut leaves off, told by how or by whom or for what ("via Facebook", "under Ed Miliband",
# "for New Hyundai Sonata"): not where or when ("in Harrogate", "in the early hours of Sunday"), which the dateline
# and the body tell
_NAME_CUT_OFF = re.compile(r"(?<=\s)(?:via|under|into|for|with|over|by)\s(?:the\s)?(?P<name>[A-Z][\w'’-]+)",
                           re.IGNORECASE)


def cut_to_length(text: str, sentence: str, source_words: frozenset[str], known: frozenset[str], *,
                  room: int, historic: bool) -> str:
    """``text`` (a trimmed clause of ``sentence``) cut to a headline's length, or as it is when
    no cut leaves a well-formed clause; ``room`` words are kept free for an attribution."""
    figure = False  # (a head the first pass kept for its figure)
    for turn, limit in enumerate((HEADLINE_MAX - room, HEADLINE_WORDS - room, HEADLINE_MAX)):
        if word_count(text) <= HEADLINE_WORDS - room or figure:
            break
        counted = turn == 0  # a first pass: see below
        if counted and (historic or not NUMBER.search(text)):
            continue
        strong = sorted({m.start() for m in STRONG.finditer(text)}, reverse=True)
        weak = {m.start() for m in BREAKS.finditer(text)}
        if " and " in text and " to " in text:
            weak |= {m.start(1) for m in SECOND_INFINITIVE.finditer(text)}
        if "ing " in text:
            weak |= participle_breaks(text)
        weak = sorted(weak - set(strong), reverse=True)
        commas = {m.start() for m in re.finditer(r",\s", text)}
        every = {*strong, *weak}
        whole = main_verbs(text.split(), known)
        fits = word_count(text) <= HEADLINE_MAX - room  # (the whole clause, uncut: a name its end brings stays)
        for cut in [*strong, *weak]:
            head = text[:cut].rstrip(" ,;:-–—")
            tokens = head.split()
            last = tokens[-1].lower().strip("\"'“”‘’") if tokens else ""
            if counted and not (word_count(head) > HEADLINE_WORDS - room
                                and NUMBER.search(text, max((c for c in every if c < cut), default=0), cut)):
                continue  # the first pass: a longer head only for the figure its last words tell ("... Election
                # With 97 Per Cent of Vote"), which a shorter cut loses
            if cut in commas and (not (CLAUSE_AFTER_COMMA.match(text[cut + 2:]) or appositive_at(text, cut, sentence)
                                       or path_goes_on(head, text[cut + 2:]))
                                  or LIST_GOES_ON.match(text[cut + 2:]) or adjectives_run_on(last, text[cut:])):
                continue  # "an ancient, | brutal practice", "killed, | captured and displaced": a list
            if leaves_wanting(head, text[cut:]) or (head.endswith(WANTS_MORE_ENDS) and WANTS_MORE.search(head)) \
                    or ("but" in text[cut:] and (BUT_REVERSES.search(text[cut:])
                                                 or " briefly" in head and BUT_AT.match(text, cut))):
                continue  # "suffering not just the humiliation of losing |, but of being mocked" ("led
                # briefly |, but the Scots raced ahead": what was brief is no news)
            if (said := CLAIMS_CLAUSE.search(head)) and not has_verb("x " + head[said.end():], known) \
                    and has_verb("x " + text[cut:], known):
                continue  # "Claims Number of People Claiming Meal Packages | from its branches passed a million"
            if (par := PREP_AT.match(text, cut)) and parallel(head, par.group(1)):
                continue  # "nurses filling in for doctors and pharmacists | for GPs": the second pair's half
            if DEFINED_BY_CLAUSE.search(head) and RELATIVE_AFTER.match(text, cut):
                continue  # "Nazrul was the man | who raped ...": the clause says which man
            clause = _CLAUSE_BREAK.split(text[cut:], maxsplit=1)[0]  # (the cut-off part's first clause)
            if " rather " in f" {head} " and " than " in clause:
                continue  # "would rather have a referendum on the EU | than another independence vote": a
                # preference with what it is over cut off says something else (not "13 per cent higher | than ...")
            if _CONCEDED.search(head) and BUT_AT.match(text, cut):
                continue  # "The humble honeybee may only be small |, but scientists ...": a concession, no news
            if _LIMITING_PLACE.match(text, cut) and SUPERLATIVE_END.search(head) \
                    or _THIS_PERIOD.search(clause) and RANK_LIMITED.search(head):
                continue  # "one of the most active volcanoes | in Mexico": the superlative is Mexico's ("his
                # second dismissal | for violent conduct this season": the count is the season's)
            if (" if " in text[cut:] or " unless " in text[cut:]) and conditioned(head, text[cut:]):
                continue  # "are letting patients jump NHS queues | for cataract surgery if they pay": what the
                # condition limits is no news without it
            if text.startswith(" where ", cut) and last.isalpha() \
                    and not (len(tokens) > 1 and tokens[-2].lower() in ("in", "at", "on", "to", "from", "into")) \
                    and (defined := re.search(rf"\bthe\s([\w-]+\s)?{last}\swhere\b", sentence, re.IGNORECASE)) \
                    and not (last in _DEGREE_NOUNS and defined.group(1)):
                continue  # "has revamped the areas | where cabin crew can rest": the clause says which areas
                # (not a degree told by its adjective: "has reached the dizzying point | where ...")
            if AS_SUBJECT.search(head) and RELATIVE_AFTER.match(text, cut):
                continue  # "revealed as family friend | who was charged ... was granted bail": "as" opened a clause
            if len(tokens) > 2 and tokens[-2] in ("at", "in", "on", "during") and tokens[-1] in _VAGUE_PLACES \
                    and re.search(rf"\b{tokens[-2]} an? {re.escape(tokens[-1])}\b", sentence):
                continue  # "Promoted to Rank of Lance Corporal at (an) event | in Chester": which event is cut off
            if " between " in head and " and " not in head[head.rfind(" between "):] \
                    and (pair := _PAIR_ENDS.match(text, cut)) is not None \
                    and not has_verb("x " + " ".join(text[pair.end():].split()[:3]), known):
                continue  # "voice frustrations between the fantastical lives | in books, and reality": half a pair
            if last in _COVERED_IN and _MATTER_NEXT.match(text, cut):
                continue  # "to find their house engulfed | in flames": what it is covered in stays with it
            if last in _PREPOSITIONS and _RELATIVE_NEXT.match(text, cut):
                continue  # "a place through | which most of the public ...": the preposition is the clause's
            if last in _PARTICLES and len(tokens) > 2 and tokens[-2].lower() in _OBJECT_PRONOUNS \
                    and text.startswith((" from ", " of "), cut):
                continue  # "to lure him away | from Manchester City": away from where is cut off
            if text.startswith(" to ", cut) and RANKED_BEFORE.search(head):
                continue  # "the third player his age | to take a lead": what the rank is for follows
            if historic and DATED.search(text[cut:]) and not DATED.search(head):
                continue  # a dated event keeps its date: without it, history reads as news
            if QUALIFIER_AFTER.match(text, cut) and RANKED.search(head) and not head.endswith("first time"):
                continue  # "first approved new treatment | for a decade": cut, the first in ten years is the first ever
                # (an older rule's "Goes Back for First Time | since he left" stands)
            if LIMITS.match(text, cut) and NEGATED.search(QUOTED_SPAN.sub(" ", head)):
                continue  # "Can't Use Cash Assistance | from the state to attend concerts": cut, a limited "not" is a whole one
            complement = any(w in head for w in COMPLEMENT_HINTS) and COMPLEMENT_VERB.search(head) is not None
            if complement and COMPLEMENT_AFTER.match(text[cut:]):
                continue  # "will see six hectares | restored": the object's complement follows
            if cut not in commas and cut not in strong \
                    and not (head[-1:] in "\"”’'" and _TITLE_LAST.search(head)) and (
                    last.endswith("ing") and tokens[-1][:1].islower() and not re.search(DETERMINED + re.escape(last) + r"\b", sentence)
                    or (len(tokens) > 1 and tokens[-2].lower() in WANTS_VERB)
                    or verb_kind(tokens[-1]) is not None and not verb_may_end(head, tokens)
                    and not object_plural(tokens, known)
                    and not (passive_in(last, sentence) and first_verb_last(tokens, known))
                    and not (complement and COMPLEMENT_AFTER.fullmatch(" " + " ".join(tokens[-2:])))):
                continue  # "conspired to sneak | into Syria": the verb wants what follows (not a title's
                # last word, the quotation closed on it: "a photo series called 'Wil Can Fly' | in which ...")
                # (not a passive's participle: "New Species of Monkey Discovered | after ...", nor an
                # object's complement: "to find their house completely engulfed | in flames")
            if fits and any(m.group("name")[:1].isupper() and m.group("name") not in head
                            for m in _NAME_CUT_OFF.finditer(text, cut)):
                continue  # a whole clause of 14 words or fewer keeps a name its end brings: "opinion authorizing
                # service of divorce papers | on husband via Facebook" (judge HB 28: cut, the news was gone)
            if (word_count(head) <= limit or word_count(head) <= HEADLINE_MAX - room and _NAMED_TAIL.search(head)) \
                    and word_count(head) >= (4 if cut in strong or SUBORDINATE_CUT.match(text, cut)
                                                                  or PARTICIPLE_AFTER.match(text, cut) else 5) \
                    and last not in END_BAD \
                    and (last not in NEEDS_COMPLEMENT or last == "progress" and PROGRESS_WHOLE.search(head)) \
                    and not stray_pronoun(QUOTED_SPAN.sub(" ", head)) \
                    and not open_quote(head) and has_verb(head, known) and not open_subordinate(head) \
                    and (not whole or main_verbs(tokens, known)[0] >= whole[0]):
                # (the head's verb is the sentence's, not a participle of its subject: "teacher accused
                # of having sex | with three students took a plea deal")
                if not historic and PERFECT_AND.match(text, cut) and active_past(head, sentence):
                    head = present_tense(head, source_words)  # "has reminded X | and urged": it waited for both
                text, figure = head, counted
                break
    return text

"""Sentences that travel together: a quotation over several sentences is one unit, and a
quote with no speaker of its own takes the sentence that introduces it. ``has_quote`` and
``attributed`` are the two cheap tests the extractive engine reads them with."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from copydesk.engines.passages import QUOTE_UNIT_MAX
from copydesk.gluedmarks import (
    COUNTED_AFTER,
    SINGLE_CLOSE_AT,
    SINGLE_OPEN_AT,
    double_open,
    misclosed,
    mixed_close,
    nested_close,
    opens_spoken,
)
from copydesk.ingest.captions import PICTURE_ROLES
from copydesk.ingest.inquote import INSERTED_MAX, closes_unopened
from copydesk.ingest.roles import NAMED_BY_QUOTE, roles
from copydesk.lexicon import CASE_TRAPS, SPEECH, SPEECH_TAG_ONLY, SPEECH_TAG_WORDS, SPEECH_VERBS
from copydesk.segment import find_quotes
from copydesk.splitmend import AGED_LINE, PICTURE_MARK, speakers_named

if TYPE_CHECKING:
    from copydesk.engines.passages import Passages

_OPEN_DOUBLE = "“„«"
_CLOSE_DOUBLE = "”»"


# ``SPEECH`` without re.IGNORECASE, for lowercased text (case-folding every letter of a long
# alternation is what makes ``SPEECH`` slow); the verbs are grouped by their first letter, which
# the pattern opens on and looks back from for the word boundary: only those letters are tried,
# and at each only the verbs that start with it (not all sixty, one after another)
def _by_first_letter(words: Iterable[str]) -> str:
    by_first: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        by_first.setdefault(word[0], []).append(word[1:])
    return "(?:" + "|".join(f"{first}(?<!\\w.)(?:{'|'.join(rests)})" for first, rests in by_first.items()) + ")"


_SPEECH_LOWER = re.compile(_by_first_letter(SPEECH_VERBS) + r"\b")


_MADE_CLEAR = re.compile(r"\bmade\s(?:it\s)?(?:clear|plain)\b")  # what someone made clear, they said


def attributed(text: str) -> bool:
    """Does ``text`` attribute ("said", "told", "according to")?"""
    if any(word in text for word in SPEECH_TAG_WORDS) and SPEECH_TAG_ONLY.search(text):
        return True  # ('"...," Margolin remembers.', "'...,' laughs Mrs Example": a speaker's tag)
    if " made " in text and _MADE_CLEAR.search(text):
        return True  # ("But Stewart made clear he'd be interested only if ... | 'If you do well, ...'", judge SI 03)
    if text.isascii() or not any(c in text for c in CASE_TRAPS):
        return _SPEECH_LOWER.search(text.lower()) is not None
    return SPEECH.search(text) is not None


# a straight mark opened on a title after a preposition or a naming word, mid-sentence: 'in "Green ...', 'called "Try'
_TITLE_OPENED = re.compile(r"\s(?:in|of|for|on|from|the|a|an|called|titled|entitled|named|dubbed|album|film|song|book|"
                           r"show|series)\s\"[A-Z0-9][^\"]*$")
TITLE_CLOSE_REACH = 3


def _lost_title_close(sent: str, after: list[str]) -> bool:
    """Is ``sent``'s last straight mark a title's opening whose closing mark was lost: opened after a preposition or
    a naming word, and no line of the few ``after`` it opens on a mark or closes one (its marks paired)?"""
    return _TITLE_OPENED.search(sent) is not None and bool(after) \
        and all(t.count('"') % 2 == 0 and t.lstrip()[:1] not in "\"“" for t in after)


def _quote_balance(sentence: str) -> int:
    """Net open double quotes: > 0 when a quotation runs on into the next sentence."""
    opened = sum(sentence.count(c) for c in _OPEN_DOUBLE) - sum(sentence.count(c) for c in _CLOSE_DOUBLE)
    straight = sentence.count('"')
    if straight % 2 == 1:
        opened += 1 if sentence.lstrip().startswith('"') or opened <= 0 else -1
    return opened


# (not a year's elided century: "Feb 24, '90 Last test", "the '90s"; a quotation may open on a count:
# "'90 per cent of us ...")
_SINGLE_QUOTED = re.compile(r"(?:^|\s)[‘'](?!\d\ds\b)(?!\d\d\b" + COUNTED_AFTER + r")[^‘’']{8,}[’']")
_DOUBLE_MARK = re.compile('["“”«»„]')
_NESTED_SINGLE = re.compile('["“][^"“”]*(?:^|[\\s(])(?P<single>[\'‘])[^"“”]*["”]')


def _nested_single(sentence: str) -> bool:
    """Is a single quotation opened inside a double one that closes in ``sentence``? (inside an opening
    mark: not 'headlined "Why I left", began: 'I grew up ... they call "the pit".', reviewer rev48c)"""
    for m in _NESTED_SINGLE.finditer(sentence):
        if double_open(sentence[:m.start("single")]):
            return True
    return False


_CURLY_MARK = re.compile(f"[{_OPEN_DOUBLE}{_CLOSE_DOUBLE}]")


def has_quote(sentence: str) -> bool:
    if _DOUBLE_MARK.search(sentence):
        return True
    return ("'" in sentence or "‘" in sentence) and bool(_SINGLE_QUOTED.search(sentence))




class Units:
    """Sentences that must travel together.

    A quotation that runs over several sentences is one unit (found in one cheap pass
    over the quote marks); a quote with no attribution of its own also takes the
    sentence before it when that one introduces it ('She said:' or '... he said.').
    The second rule costs regex searches, so it is applied only to the units asked for.
    """

    def __init__(self, sents: list[str], *, english: bool = True):
        self.sents = sents
        self.english = english  # attribution ("said") is read in English only
        self.base: list[tuple[int, ...]] = []
        self.base_of: list[int] = []
        self._of: dict[int, tuple[int, ...]] = {}
        current: list[int] = []
        curly = 0  # open curly/angled quotes
        straight = False  # inside a straight-quoted span
        single = False  # inside a single-quoted span ('...' or ‘...’), as British papers quote
        self._inside_double: set[int] = set()
        self._roles: list[str] | None = None  # (the sentences' roles, read once asked)
        pictures: set[int] = set()  # (pictures' captions the page set inside a quotation, which goes on past them)
        reopened = 0  # (the line that opened the quotation, or reopened it last)
        for i, sent in enumerate(sents):
            if current and (curly > 0 or straight or single) and english and self._picture_inside(i):
                current.append(i)  # (its own marks are not the speaker's: the quotation's stay as they were)
                pictures.add(i)
                self.base_of.append(len(self.base))
                continue
            if current and (curly > 0 or straight or single) \
                    and (len(current) - len(pictures) < RUNAWAY_QUOTE or i - reopened <= REOPENED_REACH) \
                    and not (english and _told_of(sent, sents, current)):
                current.append(i)
                if curly > 0 or straight:
                    self._inside_double.add(i)
            else:
                if current:
                    self.base.append(tuple(current))
                current, reopened = [i], i
                pictures.clear()
                curly, straight, single = 0, False, False
            self.base_of.append(len(self.base))
            if len(current) > 1 and english and (PICTURE_MARK.search(sent) or sent.endswith(" .")) \
                    and sent.lstrip()[:1] not in "\"“‘'" \
                    and _marks_paired(sent) and i + 1 < len(sents) and sents[i + 1].lstrip()[:1] in tuple("\"“‘'"):
                continue  # a picture's caption the page set inside the quotation, its own marks paired, before the
                # speaker's next paragraph (reviewer rev50b: not before the paper's next line, "She said ...") : they leave
                # the speaker's quotation open ("... pictured, described the figure as 'shameful' | ‘It is only ...’";
                # not the quotation's last line with its closing mark, "The petrol station (pictured) near ... .’")
            if '"' in sent and "“" in sent and mixed_close(sent) >= 0:
                continue  # a curly mark closed by a straight one (“... release," Menear said): one whole quotation
            if '"' in sent:
                # sentencex hangs the opening mark of the next quoted paragraph on the end
                # of this sentence ('... prisons. "'): that one opens the next sentence; and
                # inside an open quotation a sentence may reopen it ('"Anyone who ...').
                nxt = sents[i + 1] if i + 1 < len(sents) else ""
                dangling = sent.endswith(' "') and bool(nxt) and not nxt.lstrip().startswith(('"', "“"))
                marks = sent.count('"') - dangling - (straight and sent.lstrip().startswith('"'))
                if marks % 2:
                    straight = not straight
                    if straight and english and _lost_title_close(sent, sents[i + 1:i + 1 + TITLE_CLOSE_REACH]):
                        straight = False  # (a title whose closing mark the page lost: 'in "Green Chri$tma$, which
                        # criticized ...' | 'In 1958, he opened ...', judge SH 08: the obituary's last eight lines
                        # were read as one quotation and cut)
                if dangling:
                    straight = True
            if not sent.isascii() and _CURLY_MARK.search(sent):
                opens = sum(sent.count(c) for c in _OPEN_DOUBLE)
                closes = sum(sent.count(c) for c in _CLOSE_DOUBLE)
                if "„" in sent:  # German „...“: the high mark closes
                    opens, closes = opens - sent.count("“"), closes + sent.count("“")
                elif "“" in sent and (typed := len(misclosed(sent, curly))):  # (“I Cavalieri dello Zodiaco“,)
                    opens, closes = opens - typed, closes + typed
                curly = max(0, curly + opens - closes)
            if "'" in sent or "‘" in sent or "’" in sent:
                was, single = single, _single_open_after(sent, single)
                if single and not was and _nested_single(sent):
                    single = False  # a single quotation opened inside a double one closes with it ('"... he said,
                    # 'No way, ..., that they were legitimate fugitives," Richardson told CNN.')
            if single and sent[-1:].isalpha() and english and i + 1 < len(sents) and sents[i + 1][:1] not in "'‘\"“" \
                    and not any(_CLOSED_BY_SPEAKER.search(t) for t in sents[i + 1:i + 4]):
                single = False  # a quotation the page cut off with its stop, the paper's next line run on after
                # it ("'... that's one of the big reasons why | Both the Ivory Coast international and Nasri have
                # come under criticism ..."): its words end there (not a caption's line set inside it before its
                # next paragraph, "The student says ... in London | 'I didn't know anyone ...'"; nor a quotation its
                # speaker's tag closes in the lines after it, "... smashed | ... in the kitchen,' she said.", rev51)
            if len(current) > 1 and sent.lstrip()[:1] in "'‘\"“" and (curly > 0 or straight or single):
                reopened = i  # (a quotation whose paragraphs reopen it on a mark, and leave it open, is no stray
                # mark: it runs on past ``RUNAWAY_QUOTE``, a few lines past its last reopening, judges RQ 11, RS 03)
        if current:
            self.base.append(tuple(current))

    def _picture_inside(self, i: int) -> bool:
        """Is sentence ``i`` a picture's caption set inside a quotation that goes on after it: the next line
        that is no caption, within ``INSERTED_MAX``, reopens it on a mark ("... I'd never had that before. |
        [Former West Ham boss Redknapp believes ...] | 'I didn't see the teams below us ...", judge RQ 11), or
        closes it with no mark before ("... hopefully the trophy. | [Glasgow hooker Dougie Hall is hanging up his
        boots ...] | As retirement draws closer ... that I will miss incredibly.'", judge SK 07)?"""
        role = self._read_roles()
        if role[i] not in PICTURE_ROLES:
            return False
        after = next((k for k in range(i + 1, min(len(self.sents), i + 1 + INSERTED_MAX)) if role[k] not in PICTURE_ROLES), -1)
        before = next((k for k in range(i - 1, -1, -1) if role[k] not in PICTURE_ROLES), -1)
        # (not where the words before the picture end on a line told of someone named in full, a caption the
        # splitter left on the quotation: "... how much she was loved. Janet Example was discovered dead ...")
        return after > 0 and (self.sents[after].lstrip()[:1] in "'‘\"“" or closes_unopened(self.sents[after])) \
            and before >= 0 \
            and not _NAMED_IN_FULL_LAST.search(self.sents[before])

    def _read_roles(self) -> list[str]:
        if self._roles is None:
            self._roles = roles(self.sents)
        return self._roles

    def __len__(self) -> int:
        return len(self.base)

    def __iter__(self):
        return (self.of(unit[0]) for unit in self.base)

    def of(self, i: int) -> tuple[int, ...]:
        """The unit of sentence ``i``, with the sentence that introduces its quote; empty
        for a quotation with no speaker of its own that its introduction cannot join."""
        k = self.base_of[i]
        got = self._of.get(k)
        if got is None:  # the summary, the body and the passages ask again: made once
            got = self._of[k] = self._joined_unit(k)
        return got

    def _own_words(self, unit: tuple[int, ...]) -> bool:
        """Are ``unit``'s words a speaker's own, in the first person, with no line after them that tells
        whose they were ("Those were the words of ...", "..., the judge told him")?"""
        after = self.sents[unit[-1] + 1] if unit[-1] + 1 < len(self.sents) else ""
        told = _WORDS_TOLD.search(after) or not has_quote(after) and _NAMED_TAG.search(after)  # (not a new speaker's
        return bool(_FIRST_PERSON.search(" ".join(self.sents[j] for j in unit))) and not told  # own quotation)

    def inside_quotation(self, i: int) -> bool:
        """Does sentence ``i`` start inside a quotation in double marks opened before it (a
        speaker's second sentence, with or without marks of its own)? Its words are the
        speaker's, never the paper's. (Single marks are not read: an apostrophe opens none.)"""
        return i in self._inside_double

    def _after_tagged(self, k: int) -> tuple[int, ...]:
        """Unit ``k`` with the lines before it back to its speaker's tagged quotation ("'...,' she said."), when
        each line between opens on a mark and names no speaker; () when there is none within ``QUOTE_UNIT_MAX``."""
        chain, j = self.base[k], k - 1
        while j >= 1 and len(chain) + len(self.base[j]) <= QUOTE_UNIT_MAX:
            line = " ".join(self.sents[x] for x in self.base[j])
            if line.lstrip()[:1] not in "\"“‘'":
                return ()
            if attributed(line):
                return self.base[j] + chain if _SHE_SAID.search(line) else ()
            chain, j = self.base[j] + chain, j - 1
        return ()

    def _joined_unit(self, k: int) -> tuple[int, ...]:
        unit = self.base[k]
        if k == 0:
            return unit
        text = self.sents[unit[0]] if len(unit) == 1 else " ".join(self.sents[j] for j in unit)
        if not has_quote(text) or attributed(text) or len(unit) == 1 and phrases_quoted(text):
            return unit  # (the paper's sentence that quotes a phrase or two is no one's quotation: "The
            # station has been accused of 'dumbing down' in the past ..." after a speaker's line)
        prev = self.base[k - 1]
        prev_text = self.sents[prev[-1]]
        if len(prev) + len(unit) <= QUOTE_UNIT_MAX and (prev_text.rstrip().endswith(":") or NAMED_BY_QUOTE.fullmatch(prev_text)
                                                  or attributed(prev_text)
                                                  or self.english and text.lstrip()[:1] in "\"“‘'"
                                                  and not has_quote(prev_text) and (_BRINGS_IN.search(prev_text)
                                                                                    or _POSTED.match(prev_text)
                                                                                    or _STANCE.search(prev_text)
                                                                                    and self._own_words(unit))):
            return prev + unit  # (or the speaker's line that brings in what follows: "Obama described a
            # crystal clear goal for negotiations. | "The deal we'll accept is ...")
        if self.english and k >= 2 and len(prev) == 1 and text.lstrip()[:1] in "\"“‘'" \
                and len(self.base[k - 2]) + 2 <= QUOTE_UNIT_MAX and attributed(self.sents[self.base[k - 2][-1]]) \
                and self._read_roles()[prev[0]] in PICTURE_ROLES and self._own_words(unit) \
                and not _PORTRAIT.search(prev_text):
            # (a caption of a play, not a portrait of someone whose words they may be: "Tom's widow Jo Example,
            # pictured with their children | 'I have lost my husband ...'", reviewer rev52)
            return self.base[k - 2] + prev + unit  # the speaker's next words past a picture's caption ("...,' he
            # added. | [Alex Mowatt of Leeds celebrates ...] | 'Doing so would ...'"): the caption goes (``Passages``)
        if self.english and k >= 2 and len(prev) == 1 and text.lstrip()[:1] in "\"“‘'" \
                and len(self.base[k - 2]) + 2 <= QUOTE_UNIT_MAX and _SHE_SAID.search(self.sents[self.base[k - 2][-1]]) \
                and not has_quote(prev_text) and _NARRATED.match(prev_text) and self._own_words(unit):
            return self.base[k - 2] + prev + unit  # the speaker's next words after the paper's line that names no one
            # ("..., she said. | Then the daily barrage of noise began. | 'On the first morning, I was ...'", judge RQ 07)
        if self.english and text.lstrip()[:1] in "\"“‘'" and (chain := self._after_tagged(k)):
            return chain  # the speaker's third line and on, each opening on its mark ("'...,' she said. | 'It's not
            # every day ...' | 'And everyone else is screaming ...'", judge SE 04: the last was cut)
        if self.english and text.lstrip()[:1] in "\"“‘'„«" and not _TITLE_FIRST.match(text.lstrip()):
            return ()  # a quotation whose speaker cannot come with it does not ship (a title
            # in marks that opens the sentence is no quotation: '"Furious 7" is expected to ...')
        return unit


# a quotation's close and its one speaker's tag by pronoun: "... a problem,' she said."
_SHE_SAID = re.compile(r"[,.!?]['’\"”]\s(?:he|she)\s(?:said|says|added|adds|explained|recalled|recalls|remembers)\.$")
# the paper's short line of what happened next, which names no one: "Then the daily barrage of noise began."
_NARRATED = re.compile(r"(?:Then|Soon|Before long|Within days|Within weeks|The|But|And)\b"
                       r"(?:\s(?!(?:[A-Z]|he\b|she\b|they\b|his\b|her\b|him\b|them\b|their\b|police\b))[\w'’-]+){2,10}\.$")


# a speaker's line that promises the words after it, told by the paper: "described a crystal clear goal
# for negotiations.", "had a simple message for the fans.", "put it bluntly."
_BRINGS_IN = re.compile(
    r"\b(?:described|outlined|set out|laid out|spelled out|spelt out|gave|issued|delivered|offered|sent|had|made|"
    r"summed up|explained|repeated|reiterated|stated|stressed|expressed)\b[^.;\"“‘]{0,60}\b(?:goal|goals|warning|"
    r"message|plea|promise|vision|verdict|assessment|view|views|reply|response|answer|challenge|appeal|explanation|"
    r"reason|case|point|account|description|statement|demand|ultimatum|position|stance|hope|hopes|fears|"
    r"concerns|thoughts|feelings|admission|apology|tribute|advice)\b(?:\s(?:to|for|of|on|about|with|at|in)\s"
    r"[^.;\"“]{0,60})?\.$|\b(?:put it|summed it up|explained why|was blunt|was adamant|was defiant|was in no doubt|"
    r"did not mince (?:his|her|their) words)\b[^.;\"“]{0,40}\.$")
# a speaker's stance, which a quotation in their own first person after it bears out: "However she remains adamant
# that ... | 'Sex work is far better paid ... I know of.'" (not another's words: "... his van. | 'The dashcam footage
# shows ...'", reviewer rev52)
_STANCE = re.compile(r"\b(?:is|was|remains|remained)\s(?:still\s)?adamant\sthat\b[^.;\"“]{0,120}\.$")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|we|We|our|Our|us)\b")
# the line after a quotation that tells whose words they were, or turns back to them: "Those were the words of ...",
# "So says ...", "... the judge told him." (its speaker may be another)
_WORDS_TOLD = re.compile(r"^(?:Those|These|That|This|Such)\s(?:were|was|are|is)\b|^So\ssays?\b")
_NAMED_TAG = re.compile(r"(?:\b[A-Z][a-z'’-]+\s[A-Z][a-z'’-]+|\bthe\s[a-z]+)\s(?:said|says|told|added|wrote|insisted|warned)\b"
                        r"|\b(?:said|says|told|added|wrote|insisted|warned)\s(?:[A-Z][a-z'’-]+\s[A-Z][a-z'’-]+|the\s[a-z]+)[.,]")
_PORTRAIT = re.compile(r"\b(?:pictured|widow|widower|wife|husband|mother|father|son|daughter|brother|sister|partner|"
                       r"family|parents|mum|dad|girlfriend|boyfriend|fiancée?)\b", re.IGNORECASE)
# (or a named person's attack or post, told where it was said, the words after it are: "And Rev Jo Example,
# a vicar ..., launched a furious attack on Twitter.", "Jo Example took to Facebook to defend her son."; not
# "Rebel fighters launched a fresh attack", "Angry customers took to social media": reviewer rev45b)
_POSTED = re.compile(r"^(?:(?:And|But)\s)?(?:(?:Rev|Dr|Mr|Mrs|Ms|Sir|Lady|Lord)\.?\s)?[A-Z][\w'’-]+\s"
                     r"(?!(?:Police|Council|Club|Government|Party|Trust|Fire|Ambulance|Service|Services|Army|FC|United|City|"
                     r"Rovers|Town|County|Hospital|School|University|Company|Group|Bank|Airport|Zoo|Museum)\b)"  # (no body)
                     r"[A-Z][\w'’-]+\b[^.;\"“‘]{0,160}?"
                     r"\b(?:(?:launched|unleashed)\s(?:a|an)\s(?:[a-z]+\s){0,2}(?:attack|tirade|broadside|outburst|rant)"
                     r"|took to)\s(?:[^.;\"“‘]{0,40}\s)?(?:on\s)?(?:Twitter|Facebook|Instagram|social media)\b"
                     r"[^.;\"“‘]{0,60}\.$")


def _told_of(sent: str, sents: list[str], current: list[int]) -> bool:
    """Does ``sent``, with no mark of its own, inside a quotation still open, tell of someone in
    the third person: the speaker its attribution named, or a person by age? The quotation
    closed before it (a caption set between its paragraphs: "Redknapp resigned as Queens Park
    Rangers manager in February."), and the sentence is the paper's. (The splitter cut such a
    line out of the piece it hid in: ``splitmend.speaker_told_of``.)"""
    if has_quote(sent) or "'" in sent or "‘" in sent or "’" in sent:
        return False
    if AGED_LINE.match(sent):
        return True
    first = sent.split(None, 1)[0] if sent.strip() else ""
    if not first[:1].isupper() or first in ("I", "We", "He", "She", "They", "It"):
        return False
    return first.rstrip(",") in speakers_named(sents[j] for j in current)


# a work's title in marks opening a sentence, its words in capitals or figures, the sentence's own
# words after it: '"Furious 7" — the final film ... — is expected to gross ...'
_TITLE_FIRST = re.compile(r"[\"“‘'](?:[A-Z0-9][\w'’:&.-]*\s?){1,6}[\"”’'],?\s+(?:[—–-]\s|is\s|was\s|has\s|had\s|will\s|"
                          r"would\s|could\s|opens\s|[a-z]+ed\s|[a-z]+s\s)")


# an opening mark (at the start, or after a space or bracket, before a word) or a closing one
# (after a word or stop); the pattern opens on the mark, so only marks are tried, and an
# empty group says which
_SINGLE_MARK = re.compile(r"['‘’](?:(?<=['‘])" + SINGLE_OPEN_AT + r"(?P<open>)|(?<=['’])" + SINGLE_CLOSE_AT + r"(?P<close>))")
# a single quotation closed and its speaker told: "... the window had been smashed,' she said."
_CLOSED_BY_SPEAKER = re.compile(r"[.,!?]['’]\s+(?:[\w'’.-]+\s){0,4}?(?:said|says|added|adds|told|explained|insisted)\b")
# a line's last sentence that opens on someone's name in full, told of in the third person
_NAMED_IN_FULL_LAST = re.compile(r"(?:^|[.!?]\s)(?!I\s)[A-Z][a-z'’-]+\s[A-Z][a-z'’-]+\s(?:was|were|is|has|had|[a-z]+ed)\b[^.!?]*[.!?]$")
REOPENED_REACH = 4  # lines a quotation past ``RUNAWAY_QUOTE`` goes on after its last reopening mark
RUNAWAY_QUOTE = 8  # a quote "open" for longer than this is a stray mark, not a quotation


def _marks_paired(sentence: str) -> bool:
    """Does each mark ``sentence`` opens close in it, and none close that it did not open?"""
    reads = [m.group("open") is not None for m in _SINGLE_MARK.finditer(sentence)]
    return reads.count(True) == reads.count(False) and (not reads or reads[0]) and sentence.count('"') % 2 == 0 \
        and sentence.count("“") == sentence.count("”")


def _single_open_after(sentence: str, open_: bool) -> bool:
    """Is a single-quoted span still open at the end of ``sentence``?

    An opening mark inside an open quote reopens it (a new quoted paragraph); "the
    players' ball" (s' before a lowercase word) is a possessive unless a quote is open
    and nothing else closes it.
    """
    opened_at = -1  # where a mark in this sentence opened the span
    inner_close = -1  # where a few words quoted inside the open quotation close (their close is theirs)
    spoken = False  # (a speaker's quotation this sentence opened or reopened: at its start, after a colon or a stop)
    for m in _SINGLE_MARK.finditer(sentence):
        if m.start() <= inner_close:
            continue
        if m.group("open") is not None and open_ and spoken and (inner := nested_close(sentence, m.start())) >= 0:
            inner_close = inner  # ("'It's like 'yes'. I put the car there ...": the speaker's words go on;
            # only in a speaker's quotation this sentence opened, at its start or after a colon or stop: not one an earlier
            # line left open, "Sahin is back 'home'", nor a title's, "entitled ‘Jewels ...‘ and ... new ‘Arrangements’")
            continue
        if m.group("open") is not None:
            open_, opened_at = True, m.end()
            spoken = opens_spoken(sentence, m.start())
        elif open_:
            after = sentence[m.end():m.end() + 2]
            nxt = sentence[m.end() + 1:].split(None, 1)[0].rstrip(",.;:") if after[:1] == " " else ""
            possessive = sentence[m.start() - 1:m.start()] == "s" and after[:1] == " " and after[1:2].islower() \
                and (nxt not in _NO_NOUN_AFTER
                     or nxt in ("and", "or") and _COORDINATED_POSSESSIVE.match(sentence, m.end()))
            # (no possessive before a word that opens no noun phrase: "has 'brought back all the bad
            # memories' and she now needs ...")
            # (a word quoted whole is closed by it: "the 'flirtatious' teacher"; and so are a few words the
            # paper quotes after one of its own: "nicknamed 'real-life vampires' because", not a
            # speaker's after a colon, "He said: 'The players' wages ...")
            if not possessive or opened_at >= 0 and (not any(c.isspace() for c in sentence[opened_at:m.start()])
                                                     or _phrase_quoted(sentence, opened_at, m.start())):
                open_, opened_at = False, -1
    return open_


# a possessive coordinated with another: "The players' and the coaches' wages"
_COORDINATED_POSSESSIVE = re.compile(r"\s(?:and|or)\s(?:the\s|their\s|his\s|her\s|our\s)?[\w-]+s['’]\s[a-z]")
_NO_NOUN_AFTER = frozenset("""and or but nor to in on at for with as because when while after before from by of
that which who whom then so than if though although since until unless where is are was were has have had
will would could should can may might""".split())


def _phrase_quoted(sentence: str, opened_at: int, closed_at: int) -> bool:
    """Are the words between a single mark that opened at ``opened_at`` and one at ``closed_at`` a
    short phrase the paper quotes after a word of its own (not after a colon or a verb of saying)?"""
    before = sentence[:opened_at - 1].rstrip()
    return len(sentence[opened_at:closed_at].split()) <= PHRASE_WORDS and before[-1:].isalpha() \
        and not _SAID_BEFORE.search(before)


PHRASE_WORDS = 5


def phrases_quoted(sentence: str) -> bool:
    """Does ``sentence``, which opens on no mark, quote only short phrases of ``PHRASE_WORDS``
    words or fewer, each after a word of its own that is no verb of saying nor a colon ("accused
    of 'dumbing down' in the past, ... to make it more 'accessible'")?"""
    if sentence.lstrip()[:1] in "\"“‘'„«":
        return False
    found = find_quotes(sentence)
    return bool(found) and all(len(q.text.split()) <= PHRASE_WORDS and _phrase_quoted(sentence, q.start, q.end)
                               and not _COPULA_BEFORE.search(sentence, 0, q.start - 1) for q in found)


# a phrase quoted as what something "was": a speaker's verdict, told without the verb of saying ("The
# pay offer was 'derisory'"), which reads as the paper's own when it leaves the speaker's paragraph
_COPULA_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$")
_SAID_BEFORE = re.compile(r"\b(?:said|says|say|told|tells|added|adds|asked|wrote|writes|replied|insisted|explained|"
                          r"claimed|warned|admitted)(?:\s+\S+){0,3}$|\bthat$")  # ("told reporters", "insisted that")
_MARKS = ("'", "‘", '"', "“")
_WHOLLY_QUOTED = re.compile(r"^['‘\"“].*['’\"”]\.?$")  # (a stray stop after the mark: '... a chance.’.')
_QUOTED_RUN = re.compile(r"[\"“][^\"“”]*[\"”]|(?:^|(?<=\s))['‘].*?['’](?=\s|$|[,.;:!?])")


def speakerless(text: str) -> bool:
    """Is ``text`` a quotation and nothing else, with no speaker named outside its marks
    ("'We're in a good moment of the season.'")? It ships only in its speaker's paragraph."""
    if text.lstrip()[:1] not in _MARKS:
        return False  # (what the pattern opens on, tested first)
    return bool(_WHOLLY_QUOTED.match(text.strip())) and not attributed(_QUOTED_RUN.sub(" ", text)) \
        and not SPEECH_TAG_ONLY.search(text)  # (a tag read with its closing mark: "“...,” comments Jo Example, “...”")


def speaker_left(unit: tuple[int, ...], sents: Sequence[str], used: set[int], passages: Passages) -> bool:
    """Does ``unit`` open on quotations with no speaker of their own whose speaker's line, the
    story's sentence before them, is left out ("'I think she's watching her back,' continued the
    author." run into a caption the page set before it: "'I think she probably has ...'" after it
    would ship with no speaker)? (A line of the paper's after them does not name their speaker.)"""
    opening = list(itertools.takewhile(lambda j: sents[j].lstrip()[:1] in _MARKS, unit))  # (its quotations first)
    if not opening or not speakerless(" ".join(sents[j] for j in opening)):
        return False
    k = passages.story_before(unit[0])
    return k >= 0 and k not in used and has_quote(sents[k]) and attributed(sents[k])

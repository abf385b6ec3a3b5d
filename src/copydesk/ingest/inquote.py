"""Lines a page set inside a speaker's quotation: the captions of the pictures it placed at the
quotation's paragraph break. The quotation's sentence ends with its marks open ("... a mind-blowing
offer ... 'I have my wife here, ... I wanted to do."), one to three plain lines follow ("The
68-year-old left Queens Park Rangers with the club 19th ..."), and the next line reopens the
quotation on a mark of its own ("'I don't have to work any more ...") with no speaker after it. A
quotation goes on unmarked too ("... are presented many times. One can use the experience ..."), so
the lines must be told of the speaker, not in their voice: no first person, and one of them opens
on the speaker's name or age."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from copydesk.ingest.captions import LEANS_OPENING, picture_moment
from copydesk.lexicon import SPEECH_VERBS

# a quotation mark that opens (after a space, a colon or a bracket, before a word) or closes one (after a word or a
# stop, before a space or a stop: not the apostrophe of "don't")
_OPEN_OR_CLOSE = re.compile(r"(?P<open>(?:^|(?<=[\s:(]))['‘\"“](?=[\w£$€(\[]))|(?<=[\w.,!?])['’\"”](?=\s|$|[,.;:!?])")
INSERTED_MAX = 3  # lines, at most, a page sets inside one speaker's quotation
VOICE_MAX = 4  # lines, at most, a quotation left open goes on unmarked before the lines set inside it


def set_in_a_quotation(sentences: Sequence[str], out: list[str], shippable: frozenset[str]) -> None:
    """Mark as captions the lines of no quotation set inside a speaker's quotation left open (judge
    QG 05: "The 68-year-old left Queens Park Rangers ..." shipped between Redknapp's words); not a line
    that leans on what came before it."""
    open_at_end = False  # (a quotation open after the sentence: its last mark opened one)
    for j, s in enumerate(sentences[:-2]):
        for m in _OPEN_OR_CLOSE.finditer(s):
            open_at_end = m.group("open") is not None
        if not open_at_end or out[j] != "quote":
            continue
        for k in range(j + 1, min(len(sentences), j + VOICE_MAX + INSERTED_MAX + 1)):
            reopened = sentences[k].lstrip()
            if reopened[:1] in "'‘\"“":
                if out[k] == "quote" and not _TOLD_AFTER.search(reopened):
                    _mark_inserted(sentences, out, shippable, range(j + 1, k))
                break
            if out[k] not in shippable or _OPEN_OR_CLOSE.search(sentences[k]):
                break  # (the lines between may go on the quotation unmarked, in the speaker's voice: "'As soon as
                # we lost a few games, it would begin. | I always thought there was someone mischievous ...", RQ 11)


def _mark_inserted(sentences: Sequence[str], out: list[str], shippable: frozenset[str], between: range) -> None:
    """Mark as captions the lines at the end of ``between`` that are no one's words, from the first told of
    someone (a speaker, or a person in a picture's moment); the lines before it may be the quotation's words
    going on unmarked ("If they are watering artificial pitches ... | [James Example slides on his knees to
    celebrate ...] | 'If we are going to ...", judge RS 03)."""
    start = between.stop
    while start > between.start and between.stop - start < INSERTED_MAX and out[start - 1] in shippable \
            and out[start - 1] != "quote" and not LEANS_OPENING.match(sentences[start - 1]) \
            and not _OPEN_OR_CLOSE.search(sentences[start - 1]) and not _FIRST_PERSON.search(sentences[start - 1]):
        start -= 1  # (no one's words: "One can use the experience ..." may go on the quotation unmarked)
    told = [i for i in range(start, between.stop) if _told_of(sentences[i], sentences) or picture_moment(sentences[i])]
    for i in range(told[0] if told else between.stop, between.stop):
        out[i] = "caption"


_TOLD_AFTER = re.compile(r"[,.!?]['’\"”]\s(?:[\w'’-]+\s){0,3}(?:said|says|added|adds|told|explained|insisted)\b")
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|we|us|our)\b")
# a line told of a speaker: opening on their age ("The 68-year-old left ...") or on a name the story
# tells as a speaker's ("Redknapp resigned ..." where "Redknapp said" or "said Redknapp")
_AGED_OPENING = re.compile(r"The\s\d{1,3}-year-old\s[a-z]")
_NAME_OPENING = re.compile(r"(?:[A-Z][\w'’-]+\s){0,2}(?P<name>[A-Z][\w'’-]+)\s[a-z]")


def _told_of(line: str, sentences: Sequence[str]) -> bool:
    if _AGED_OPENING.match(line):
        return True
    m = _NAME_OPENING.match(line) or _TITLED_OPENING.match(line)
    name = m.group("name") if m else ""
    return bool(name) and name not in ("The", "A", "An", "One", "It", "There", "This", "That") and any(
        f"{name} said" in s or f"said {name}" in s or f"{name} says" in s for s in sentences) or name in _speakers(tuple(sentences))


@lru_cache(maxsize=8)
def _speakers(sentences: tuple[str, ...]) -> frozenset[str]:
    """The surnames the story tells as speaking ("Harry Redknapp has claimed ...", "Redknapp told ...")."""
    return frozenset(m.group("name") for s in sentences for m in _SPEAKS.finditer(s)
                     if m.group("verb") in SPEECH_VERBS)


_SPEAKS = re.compile(r"\b(?P<name>[A-Z][\w'’-]+)\s(?:has\s|had\s|have\s)?(?P<verb>[a-z]+)\b")


# a name after its role ("Former West Ham boss Redknapp believes ...")
_TITLED_OPENING = re.compile(r"(?:Former\s|Ex-)?(?:[A-Z][\w'’-]+\s){0,3}(?:boss|manager|coach|chairman|chief|striker|"
                             r"captain|star|minister|leader|president|spokesman|spokeswoman)\s(?P<name>[A-Z][\w'’-]+)\s[a-z]")


_CLOSES_ONLY = re.compile(r"[.!?]['’]\s*$")  # a line that closes a single-quoted quotation
_OPENS_SINGLE = re.compile(r"(?:^|\s)['‘](?=\w)")  # a single mark that opens one


def closes_unopened(line: str) -> bool:
    """Does ``line`` close a single-quoted quotation that it never opens ("As retirement draws closer ... I will miss
    incredibly.'"): the speaker's words, told on from a line before it?"""
    return _CLOSES_ONLY.search(line) is not None and _OPENS_SINGLE.search(line) is None

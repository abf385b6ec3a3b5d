"""Rules a headline is judged and trimmed by, beside ``engines/headline.py``: a subject
that names no one, a cut that runs on inside a phrase, a fronted phrase or a first-person
opening, and the time phrases a headline drops (fronted ones, clock times)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from copydesk.engines.verbs import main_verbs
from copydesk.segment import words

# a span in double or curly marks, or in straight single marks outside a word; the pattern
# opens on the mark (so only marks are tried) and then looks back at which one it was
QUOTED_SPAN = re.compile(r"[\"“„«‘'](?:(?<=[\"“„«‘])[^\"“”„«»‘’]*[\"”“»’]|(?<=')(?<![\w]')[^']+'(?!\w))")
# a time or frequency phrase fronted without a comma: "Since 2008 children ...", "For 43 years Cuba ..."
FRONT_TIME = re.compile(
    r"^(?:(?:For|Over|In|During)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:\d[\d,]*|a|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|several|many)\s+(?:years?|months?|weeks?|days?|decades?|hours?)|(?:Since|In)\s+\d{4}|"
    r"Often|Sometimes|Usually|Late one night|Early one morning)\s+(?=[\w\"“])")
# a clock time: "at about 06:00", "at 9:50 a.m."
CLOCK = re.compile(r"\s+(?:at\s+)?(?:about|around|approximately|roughly|shortly after|just after|just before)?\s*"
                    r"\d{1,2}[:.]\d\d(?:\s*(?:[ap]\.?m\.?|BST|GMT|GMT|local time))?(?=[\s,.;]|$)")
FRONTED_OPENING = re.compile(
    r"^(?:(?:Since|When|While|After|Before|Because|Although|Though|If|Unless|Until|As|Seeing|Often|Late|Despite|"
    r"Once|Whether|In|On|At|For|During|Amid|With|Without|Inside|Outside|From|By|Like|Unlike|Having|Being|"
    r"I|We|You|Our|My|Your)\s|[A-Z][a-z]+ed\s[^,]{0,40},\s)", re.IGNORECASE)
FIRST_PERSON = re.compile(r"(?<![\w'’])(?:[Ww]e|[Uu]s|[Oo]ur|[Oo]urselves|[Mm]e|[Mm]y|[Yy]ou|[Yy]our)(?![\w'’.])")


def described_subject(headline: str, source: Sequence[str]) -> str | None:
    """The source's words when the headline's subject is a definite description with its
    article dropped, taken from a sentence that follows another ("The Brazil international
    is expecting ..." after "Barcelona star Neymar feels ..."): a headline must name its
    subject, and "Brazil International Is Expecting More Fireworks" names no one."""
    tokens = QUOTED_SPAN.sub(" ", headline).split()
    main = main_verbs([t.lower() for t in tokens])
    if not main or main[0] > 5:
        return None
    subject = [w.lower() for w in words(" ".join(tokens[:main[0]]))]
    if not subject or subject[0] in ("the", "a", "an"):
        return None
    for i, sent in enumerate(source):
        if i == 0:
            continue
        first = FIRST_WORD.search(sent)  # words(sent)[0], without reading the whole sentence
        if first is None or first.group(0).lower() != "the":
            continue
        sw = words(sent)
        if len(sw) <= len(subject) + 1 or sw[0].lower() != "the":
            continue
        if [w.lower() for w in sw[1:len(subject) + 1]] == subject:
            head = sw[len(subject)]
            if head.islower() and not head.endswith("s"):
                return " ".join(sw[:len(subject) + 1])
    return None


FIRST_WORD = re.compile(r"\w+(?:[’'.\-]\w+)*")  # a word as ``words`` reads it
GOES_ON = re.compile(r"^\s+[\"“‘']?([a-z][\w'’-]*)")
CLAUSE_START = frozenset("""who which that whose where when while after before as because since until
although though despite amid following but and or in at on for during over from with by near into
under across outside inside than to through against without within about around among between
including like unlike via amid toward towards yesterday today tonight now last this earlier later
recently early late overnight ahead""".split())


def tail_continues(headline: str, source: Sequence[str]) -> str | None:
    """The word the source goes on with after the headline's last words, when it runs on
    inside the phrase ("... Magazine's disastrous | story"); None at a phrase's end."""
    ws = [w for w in words(QUOTED_SPAN.sub(" ", headline))]
    if len(ws) < 2 or ws[-1] != words(headline)[-1]:
        return None
    pattern = re.compile(r"\b" + re.escape(ws[-2]) + r"\W{1,3}" + re.escape(ws[-1]) + r"\b", re.IGNORECASE)
    mine = {w.lower() for w in ws}
    for sent in source:
        if pattern.search(sent) is None:
            continue  # the last two words are not in it: nothing to find (and no set to build)
        theirs = {w.lower() for w in words(sent)}
        if len(mine & theirs) < 0.6 * len(mine):
            continue  # another sentence that happens to share the last two words
        goes_on = None
        for m in pattern.finditer(sent):  # cut only when every place the words stand runs on
            nxt = GOES_ON.match(sent[m.end():])
            name = NAME_GOES_ON.match(sent[m.end():])
            if adjectives_run_on(ws[-1], sent[m.end():]):
                goes_on = goes_on or sent[m.end():].split()[0].strip(",")
            elif nxt and nxt.group(1).lower() not in CLAUSE_START:
                goes_on = goes_on or nxt.group(1)
            elif name and ws[-1][:1].isupper() and sent[m.start():m.end()].split()[-1][:1].isupper():
                goes_on = goes_on or name.group(1)  # "... Walker's character, Brian | O'Conner": a name cut
            else:
                return None
        if goes_on:
            return goes_on
    return None


NAME_GOES_ON = re.compile(r"^\s+([A-Z][\w'’-]*)")


def cut_position(sentence: str, n_words: int) -> int | None:
    ms = list(re.finditer(r"\w+(?:[’'.\-]\w+)*", sentence))
    return ms[n_words - 1].end() if len(ms) >= n_words else None




# a cut between coordinate adjectives: "the magazine's disastrous | , discredited story",
# "an ancient | , primally horrifying method"
_ADJ_END = re.compile(r"[a-z](?:ous|ful|able|ible|less|ent|ive|ic|al|ed|ant|ary|ern|ient)$")
_ADJ_NEXT = re.compile(r"^,\s+(?!(?:and|but|or|who|which|that|while|as|after|before|when|although|with|according|"
                       r"including|a|an|the|adding|saying|where|whose|not)\b)[a-z][\w-]*(?<!ing)\s+[a-z]")


def adjectives_run_on(last: str, after: str) -> bool:
    """Is ``last`` an adjective whose phrase goes on after a comma in ``after``?"""
    return bool(_ADJ_END.search(last) and _ADJ_NEXT.match(after))

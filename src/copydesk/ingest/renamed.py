"""A person the copy named in full, named in full again by a line that is a picture's caption: the page
tells the story again beside its pictures, and a caption reintroduces whom the copy already introduced
("Ex-QPR boss Harry Redknapp has described the club as ..." after "Harry Redknapp has claimed ...").
Each pass reads the roles ``copydesk.ingest.roles`` found and marks such lines "caption"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from copydesk.ingest.captions import PICTURE_ROLES
from copydesk.ingest.repeats import CONTENT_WORD, FIGURE, OPENING_MARK
from copydesk.lexicon import ROLES_BEFORE_NAME, SPOKE, STOPWORDS, stem
from copydesk.segment import ANY_MARK, QUOTED_PHRASE

# A line set right after a picture (its caption, or the stop left where it stood) that introduces
# someone the copy has already named in full, again with role and full name, in what they want or
# are set to do ("Former Northtown manager Jo Example is keen on bringing Sam Brook to the club."
# after "Jo Example, who signed Brook in 2010, is working hard ..."): the next picture's caption,
# which retells the copy. (Copy names a person in full once; not one who speaks, a line that quotes,
# a figure the copy never told, nor an event: "... was sent off", news of its own.)
AGAIN_MAX_WORDS = 25
_ROLE_NAME_OPENS = re.compile(r"(?:[A-Z][\w'’.&-]*\s|(?:of|the|and|de|former|ex-)\s){0,5}(?P<role>[a-z]+)\s"
                              r"(?P<name>[A-Z][a-z]+\s(?:[A-Z][\w'’-]+\s)?[A-Z][\w'’-]+)\s"
                              r"(?:is|are|remains)\s(?:(?:still|also|now)\s)?(?:keen|set|expected|hoping|ready|eager|poised|"
                              r"likely|tipped|wanted|desperate|to\s)")


def named_in_full_again(sentences: Sequence[str], out: list[str], shippable: frozenset[str]) -> None:
    """A shippable line of no more than ``AGAIN_MAX_WORDS`` words, with no quotation marks, no
    speech and no figure the copy before it did not tell, right after a caption or a picture's
    stop the page set, that opens on a role and a full name a shippable line before it told, in
    what the person wants or is set to do: a caption."""
    if "caption" not in out and "picture" not in out:
        return
    pictures = [role in PICTURE_ROLES for role in out]  # (the page's own, read before: no chain of these)
    for i in range(1, len(out)):
        s = sentences[i]
        if out[i] not in shippable or not pictures[i - 1] or len(s.split()) > AGAIN_MAX_WORDS \
                or OPENING_MARK.search(s) or SPOKE.search(s):
            continue
        m = _ROLE_NAME_OPENS.match(s)
        if m is None or m.group("role") not in ROLES_BEFORE_NAME:
            continue
        told = " ".join(sentences[k] for k in range(i) if out[k] in shippable)
        if m.group("name") in told and set(FIGURE.findall(s)) <= set(FIGURE.findall(told)):
            out[i] = "caption"


def named_again_last(sentences: Sequence[str], out: list[str], shippable: frozenset[str]) -> None:
    """The story's last shippable line, opening on a full name a line before it told in full, in the present, with
    no quotation, no speech and no figure, that tells again what that line told (``RETOLD_LAST`` of its words): the
    closing picture's caption ("Jo Example is back to form after overcoming an arm problem and will be a big
    threat ..." after "... the recent comeback of Jo Example, ... after overcoming arm problems", judge RY 08)."""
    last = next((i for i in range(len(out) - 1, 0, -1) if out[i] in shippable), 0)
    s = sentences[last] if last else ""
    m = _NAME_PRESENT.match(s)
    if m is None and last + 1 < len(out) and out[last + 1] in PICTURE_ROLES:
        m = _ROLE_NAME_TOLD.match(s)  # (or in any tense, a role before it, the page's captions after it: "Zoo visitor
        # Sam Example was at the exhibit when he heard the child scream." | "He said he was 'shocked' ...", judge SE 04)
    if m is None or ANY_MARK.search(s) or SPOKE.search(s) or FIGURE.search(s):
        return
    name = m.group("name")
    told = next((k for k in range(last) if out[k] in shippable and name in sentences[k]), None)
    if told is None:
        return
    if retold_words(s[m.end("name"):], sentences[told]) >= RETOLD_LAST:
        out[last] = "caption"


def retold_words(line: str, told: str) -> int:
    """How many of ``line``'s words (their stems, no stopwords) the line ``told`` holds."""
    before = {stem(w) for w in CONTENT_WORD.findall(told.lower()) if w not in STOPWORDS}
    return len({stem(w) for w in CONTENT_WORD.findall(line.lower()) if w not in STOPWORDS} & before)


# a full name and a verb in the present: "Jo Wilfried Example is back ...", "Sam Example looks set to ..."
_NAME_PRESENT = re.compile(r"(?P<name>[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){1,2})\s(?:is|are|has|looks|remains|will)\s")
_ROLE_NAME_TOLD = re.compile(r"(?:[A-Z][\w'’-]*\s){0,2}?(?:[a-z]+\s)?(?P<name>[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){1,2})\s"
                             r"(?:is|are|was|were|has|had)\s")
RETOLD_LAST = 3  # words, at least, besides the name, that the line which named the person told already


# A line set right before a picture's caption that names again, with a role before the name and in full, someone the
# copy named in full and since by surname alone, and tells in the present perfect what the line that named them told
# ("Ex-QPR boss Harry Redknapp has described the club as 'like a bit of a soap opera' after quitting in February." after
# "Harry Redknapp has claimed ... describing the situation as 'a bit of a soap opera'" and "However, Redknapp told ...",
# judges TJ 03 and TM 11): the caption of the picture the page set there. (A quotation in it is one the page holds
# elsewhere, a speaker's words the caption repeats; a figure or a count the copy never told is news of its own.)
_RENAMED = re.compile(r"(?:(?:[A-Z][\w'’-]*|[Ff]ormer|[Ee]x-[A-Z][\w'’-]*)\s){0,3}(?P<role>[a-z]+)\s"
                      r"(?P<name>[A-Z][a-z'’-]+\s(?:[A-Z][a-z'’-]+\s)?[A-Z][a-z'’-]+)\s(?:has|have)\s(?:[a-z]+ly\s)?"
                      r"[a-z]+(?:ed|en|t)\b")
_QUOTED = re.compile(QUOTED_PHRASE)
_COUNT = re.compile(r"\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                    r"forty|fifty|hundred|thousand|million|billion|dozen|half)\b", re.IGNORECASE)


def renamed_before_caption(sentences: Sequence[str], out: list[str], shippable: frozenset[str]) -> None:
    """A shippable line right before a caption that ``_RENAMED`` reads: a role (``ROLES_BEFORE_NAME``) and a full name
    that an earlier shippable line told, a later one by surname alone; its quotations the page's own elsewhere, no count
    the lines before it did not tell, and ``RETOLD_LAST`` of its words the naming line's: a caption."""
    if "caption" not in out:
        return
    for i in range(2, len(out) - 1):
        if out[i] not in shippable or out[i + 1] != "caption" or (m := _RENAMED.match(sentences[i])) is None \
                or m.group("role") not in ROLES_BEFORE_NAME:
            continue
        s, name = sentences[i], m.group("name")
        surname = re.compile(r"\b" + re.escape(name.split()[-1]) + r"\b")
        first = next((k for k in range(i) if out[k] in shippable and name in sentences[k]), None)
        if first is None or not any(out[k] in shippable and surname.search(sentences[k]) and name not in sentences[k]
                                    for k in range(first + 1, i)):
            continue  # (named in full once, then by surname: the line names them in full again)
        others = " ".join([*sentences[:i], *sentences[i + 1:]])
        if any(q.group(0)[1:-1] not in others for q in _QUOTED.finditer(s)) \
                or not {c.lower() for c in _COUNT.findall(s)} <= {c.lower() for c in _COUNT.findall(" ".join(sentences[:i]))}:
            continue
        if retold_words(s[m.end("name"):], sentences[first]) >= RETOLD_LAST:
            out[i] = "caption"

"""A line of the story run on after a picture's caption with no stop between them: "Lies: ... she
told him she was 17 | Police found the body in a shallow grave ...". The page printed the caption
beside the story; the scraper joined them. Read whole, the line is a caption and goes with it, and
the story loses its line ("the body found" never told). Once the roles are read, such a sentence is
cut where the story's line opens, so that the caption goes and the line ships.

The cut is made only where both sides tell it: the whole is a caption (not a line that may ship),
the part before the cut is one too, and the part after is a sentence of the story on its own (a
subject in capitals and its finite verb, a stop at its end). It opens after a word in lower case
(or a figure, or a bracket) that brings in no name: not "... head coach | John Carver said",
"... claims | Arsenal tried", "... his grandson | George ...", "... I think | Jurgen Klopp has".
"""

from __future__ import annotations

import re

from copydesk.gazetteer import gazetteer
from copydesk.ingest.captions import PICTURE_ROLES, PRESENT_CAPTION
from copydesk.ingest.roles import LINK_TITLE, SHIPPABLE, role_of, roles
from copydesk.lexicon import (
    FEMALE,
    MALE,
    MONTHS,
    PERSON_WORDS,
    QUOTATION,
    ROLES_BEFORE_NAME,
    SPEECH_VERBS,
    WEEKDAYS,
)

# a finite verb after a subject in capitals
_VERB = (r"(?:said|says|told|has|had|have|is|was|were|are|will|would|could|can|did|does|[a-z]{2,}ed|found|made|took|"
         r"gave|came|went|saw|began|won|lost|left|met|paid|sent|spent|held|kept|brought|became|ran|wrote|got|put|set|"
         r"led|fell|hit|struck|shot|caught|beat|drew|stood|sat|knew|chose|rose|grew|flew|threw|broke|spoke)\b[\s:]")
# a subject named in capitals, an aside between commas that describes it, and its verb ("Elaine May, the current
# manager of the branch, also said ...")
_NAMED_ASIDE = (r"(?:[A-Z][\w'’.-]+\s){0,3}[A-Z][\w'’-]+,\s[a-z](?:[^,;:'‘’\"“”]|(?<=\w)['’](?=\w)){5,80},\s(?:also\s)?"
                + _VERB)  # (an apostrophe inside a word is no mark: "the branch's new manager")
# a subject in capitals (one to four words) and its finite verb ("also" or "then" between them: "... was also
# involved in the fraud | Allen also splurged £8,700 ...", judge QI 05), after a word in lower case, a figure or a bracket;
# after a phrase's quotation closed, a subject with "of", "on", "for", "and" between its capitals too ("... 'close
# to his heart' The Mail on Sunday is campaigning ..."; only there: "said the pair | Dean Cole and Gary Todd were
# arrested" is one sentence, reviewer rev53)
# a pronoun and its verb in one word: "... of the final round | It's a stupid rule that ..."
_PRONOUN_VERB = r"(?:It|That|There|He|She)['’]s\s"
_RUNS_ON = re.compile(r"(?<=[a-z0-9)])\s(?=(?:[A-Z][\w'’-]+\s){1,4}(?:also\s|then\s|later\s)?" + _VERB +
                      "|" + _PRONOUN_VERB + r"(?:a|an|the|not|been|never|no|all|what|time|hard|clear)\s" +
                      # (or a speaker's quotation closed and told with its tag: "... saluting Sherwood (right) | 'I think
                      # this is the biggest game ...,' he said, with Villa in 17th.")
                      r"|['‘\"“][A-Z][^'‘’\"“”]{10,}[,.!?]['’\"”]\s(?:he|she|they|[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s"
                      r"(?:said|says|added|adds|told|insisted|explained)\b)"
                      r"|(?<=[a-z]['’\"”])\s(?=(?:[A-Z][\w'’-]+\s(?:(?:of|on|for|and)\s(?=[A-Z]))?){1,4}" + _VERB + ")"
                      # (or the subject, an aside between commas, and its verb: "... a system which 'punished the poor' | Mr
                      # Cameron, in a major speech on the economy this morning, said ...", judge SS 11)
                      r"|(?<=[a-z]['’\"”])\s(?=(?P<aside>)" + _NAMED_ASIDE + ")"
                      # (or so after a word, when what comes before it tells a line of the story again and ends on a
                      # country or a town after "in": "... while fighting in Afghanistan | Elaine May, the current manager
                      # of the branch, also said ...", judges TK 06 and TL 12; ``_cut`` reads both)
                      r"|(?<=[a-z])\s(?=(?P<glued_aside>)" + _NAMED_ASIDE + ")")
# the words that bring in a name after them: a function word, a verb of saying or thinking, a role, a kinsman
_BRINGS_A_NAME = frozenset("""of the a an and or but nor when that as if to in on at for with by from which who whom
whose where while because after before than then so not since until though although whether like including named
called dubbed claims reveals revealed shows showed show think thinks thought believe believes believed had has have
get got gets something someone grandson granddaughter grandfather grandmother brother sister nephew niece cousin uncle
aunt partner friend fiance fiancee colleague team-mate hopes fears suspects expects alleges accepts denies predicts
wishes doubts knows feels maintains unless once whilst now lest provided""".split()) | SPEECH_VERBS | ROLES_BEFORE_NAME \
    | PERSON_WORDS | MALE | FEMALE
# what a figure before the cut may be the start of: a date ("on 14 | March ..."), an address ("number 12 | Mill Lane")
_DATE_OR_STREET = re.compile(r"(?:" + "|".join(w.capitalize() for w in (*MONTHS, *WEEKDAYS)) + r")\b|(?:[A-Z][\w'’-]+\s){0,2}(?:Street|Road|"
                             r"Lane|Avenue|Square|Close|Place|Drive|Way|Crescent|Terrace|Gardens|Grove|Row)\b")
# a verb whose object is missing, a preposition after it: the clause a noun before it defines ("the car | Jo
# Example had hired from a firm"), no sentence of its own
_OBJECT_MISSING = re.compile(r"(?:[A-Z][\w'’-]+\s){1,4}(?:(?:has|had|have)\s)?(?!(?:continued|tried|began|started|failed|managed|"
                             r"decided|agreed|refused|wanted|hoped|planned|went on|vowed)\sto\s)[a-z]+\s"
                             r"(?:in|on|at|for|with|from|by|of|into|to)\b")  # (not an infinitive: "Ali Example continued to struggle")
_MARK = re.compile(r"[\"“”‘]|(?<!\w)'")
_CLOSES_ON_A_MARK = re.compile(r"[.!?,]['’\"”]\s*$")  # (a quotation's close with no opening of its own: "... this season.'")
_DASH = re.compile(r"\s[-–—]\s")
_ENDS = (".", ".'", '."', ".’", ".”")
# a speaker's line, their colon and their quotation: "Mr Evans told the jury: 'Grant Allen and ..."
_SPEAKER_OPENS = re.compile(r"(?:[A-Z][\w'’.-]+\s){1,4}(?:told|said|added|explained)\b[^:;,.]{0,40}:\s[‘'\"“]")
_SUM = re.compile(r"[£$€]\d[\d,.]*(?:m|bn|k)?")  # (a sum before the cut: "... in 2009 worth £7,600 | Mr Evans told the jury ...")
_GLUED_AT_MARK = re.compile(r"[a-z]['’\"”]\s[A-Z]")  # (a closing mark, no stop, a capital: where copy may run on)
# a line that opens on its turn, "But" and a name, which no name runs on into: "... against South Africa | But Stewart
# made clear ..." (judge SI 03: the caption swallowed the line, and the quotation it tags was cut)
_TURN = re.compile(r"(?:But|However,)\s[A-Z]")
CAPTION_WORDS = 8  # words, at least, of the caption before the cut
_GLUED_ASIDE = re.compile(r"[a-z]\s" + _NAMED_ASIDE)  # (a cheap test for a line set after a caption)
_PRONOUN_RUNS_ON = re.compile(r"[a-z]\s" + _PRONOUN_VERB)  # (what the cut after a pronoun's verb needs: a cheap test)
LINE_WORDS = 7  # words, at least, of the story's line after it


def _retells(part: str, earlier: list[str]) -> bool:
    """Are nine in ten of ``part``'s words (eight at least) one earlier line's: a caption that tells again what the
    story told ("Casey finished sixth on his Masters debut in 2004 and ... of the final round" after "The 37-year-old
    finished sixth on his Masters debut in 2004 and ... of the final round.")?"""
    words = [w.strip(",.;:'’\"”").lower() for w in part.split()]
    if len(words) < CAPTION_WORDS:
        return False
    for line in earlier:
        told = {w.strip(",.;:'’\"”").lower() for w in line.split()}
        if sum(w in told for w in words) >= 0.9 * len(words):
            return True
    return False


RETOLD_REACH = 12  # the lines before a caption that it may tell again


def _opens_as_before(sentence: str, earlier: list[str]) -> bool:
    """Do ``sentence``'s second to fifth words stand together in one of the ``earlier`` lines: a caption that may
    tell a line again before the story's next line runs on ("She could face up to 45 years ... next month | Altice
    pleaded guilty ..." after "Altice could face up to 45 years ...")? A cheap test before ``_cut`` reads it."""
    words = sentence.split()[1:5]
    if len(words) < 4:
        return False
    opening = " ".join(words)
    return any(opening in line for line in earlier)


def _cut(sentence: str, i: int, total: int, *, copy: bool = False, earlier: list[str] | None = None) -> int | None:
    """Where the story's line opens in caption ``sentence`` (the ``i``-th of ``total``), or None.
    ``copy``: ``sentence`` was read as the story's own line; only a cut after a quotation's close
    counts then ("... before adding, 'nope, not joking' | Officers cleared the motorway ...", judge RM
    12: no line of copy runs on from a closing mark with no stop into a new subject and its verb)."""
    for m in reversed(list(_RUNS_ON.finditer(sentence))):
        before, after = sentence[:m.start()], sentence[m.end():]
        retold = bool(earlier) and m.group(0) == " " and _retells(before, earlier or [])
        if m.group("glued_aside") is not None and not retold:
            continue  # (after a word, only where the caption before it tells a story line again)
        if m.group("aside") is not None and not copy:
            continue  # (a subject with an aside only in a line read as copy: in a picture's caption, "... (left) said
            # ... 'dignity and respect' | Joko Widodo, the president of Indonesia, is ..." is the next caption, pair61a)
        if copy and not (before[-1:] in "'’\"”" and before[-2:-1].isalpha()) and not retold:
            continue  # (in copy, only after a quotation's close, or after a caption that tells a line again)
        last = before.rsplit(None, 1)[-1].rstrip("'’\"”")  # (a phrase's quotation closed: "... was 'close to his heart'")
        if last.lower() in _BRINGS_A_NAME or last.endswith("ed") or not (last[:1].islower() or last[:1].isdigit()
                                                                          or last.endswith(")") or _SUM.fullmatch(last)
                                                                          or _town_last(before) or _TURN.match(after)
                                                                          or m.group("glued_aside") is not None
                                                                          and _town_last(before, countries=True)):
            continue
        if len(before.split()) < CAPTION_WORDS or len(after.split()) < LINE_WORDS \
                or not after.rstrip().endswith(_ENDS + (("?", "!") if retold else ())):
            continue
        if _MARK.search(QUOTATION.sub(" ", before)) or _CLOSES_ON_A_MARK.search(QUOTATION.sub(" ", after)) \
                or len(_DASH.findall(before)) % 2 or "that" in before.split()[-5:] \
                or any(w.lower().strip(",;") in SPEECH_VERBS for w in before.split()[-4:]):
            continue  # (not inside a quotation or a dash's aside: "would hike VAT - something | Mr Cameron has ...";
            # nor in a clause "that" opened: "... alleges that last year | Sam Sample falsified ...", reviewer rev52; nor
            # in what someone said, "Police said the pair | Dean Cole ...", nor a line that closes a quotation opened
            # before the cut, "... said 'the fans' support ... one thing | Northtown will stay up.'", rev53)
        if last[:1].isdigit() and _DATE_OR_STREET.match(after) or _OBJECT_MISSING.match(after):
            continue  # ("on 14 | March Police have ...", "number 12 | Mill Lane"; "the car | Jo Example had hired from")
        if (copy or role_of(before, i, total) not in SHIPPABLE or _SPEAKER_OPENS.match(after)) \
                and role_of(after, i, total) in SHIPPABLE:  # (a speaker's line opens a sentence, whatever came before)
            return m.start()
        return None  # (the last place only: a line told whole after it, not a clause inside it)
    return None


# a player in a picture's moment of play: "Jo Example in action against Sam Sample ..."
_IN_ACTION = re.compile(r"(?:[A-Z][\w'’.-]+\s){1,4}in\saction\s(?:against|during|for|at|in)\s")


def _caption_head(line: str) -> bool:
    """Does ``line`` open as a picture's caption does?"""
    return PRESENT_CAPTION.match(line) is not None or _IN_ACTION.match(line) is not None


def _town_last(before: str, *, countries: bool = False) -> bool:
    """Does ``before`` end on a town the picture was taken in, one word after "in" ("... at the Crucible Theatre in
    Sheffield | Ali Carter continued ...", judge RQ 05), or with ``countries`` a country ("... while fighting in
    Afghanistan")? A name after it is no part of it."""
    words = before.rsplit(None, 2)
    return len(words) == 3 and words[1] == "in" and (words[2].lower() in gazetteer().cities
                                                     or countries and words[2].lower() in gazetteer().countries)


_STOP_THEN_CAPITAL = re.compile(r"(?<=[.!?])\s(?=[A-Z])")


def _caption_after(sentence: str, i: int, total: int) -> int | None:
    """Where a caption the scraper ran on after a speaker's line starts ("'I really want to enjoy these last few
    games ... and hopefully the trophy. | Glasgow hooker Dougie Hall is hanging up his boots after 13 years", judge SK
    07: read whole as a caption, the quotation lost its line and the speaker's next lines with it), or None: the
    caption is the tail of a line read whole as a caption, after its last stop, with no stop or mark of its own, and
    what comes before it is the story's."""
    if sentence.rstrip()[-1:] in ".!?'’\"”)" or not (stops := list(_STOP_THEN_CAPITAL.finditer(sentence))):
        return None
    at = stops[-1].start()
    head, tail = sentence[:at], sentence[at:].strip()
    if len(tail.split()) < LINE_WORDS - 1 or len(head.split()) < LINE_WORDS or _MARK.search(tail) \
            or role_of(head, i, total) not in SHIPPABLE:
        return None
    return at


# a link's title, then the story's line run on after it with no stop: "A look at all of the charges | Jurors will be asked
# to weigh ..." (judge SX 12): its subject in capitals after a word in lower case, and its finite verb
_LINK_RUNS_ON = re.compile(r"(?P<link>" + LINK_TITLE.pattern + r")\s(?=(?:[A-Z][\w'’-]+\s){1,3}(?:also\s)?" + _VERB + ")")


def _after_link(sentence: str) -> int | None:
    """Where the story's line opens after a link's title that ``sentence`` opens on, or None: the title is one
    (``role_of`` reads it so), and the line after it is a sentence of the story of ``LINE_WORDS`` or more."""
    m = _LINK_RUNS_ON.match(sentence)
    if m is None or len(sentence[m.end():].split()) < LINE_WORDS or role_of(m.group("link"), 1, 3) != "related" \
            or _OBJECT_MISSING.match(sentence, m.end()):
        return None  # (not "A look at the charges | Prosecutors filed in May shows ...": the clause defines the charges)
    return m.end()


def captions_run_on(sentences: list[str], paragraphs: list[list[int]]) -> tuple[list[str], list[list[int]]]:
    """``sentences`` and ``paragraphs`` (each a list of sentence indices) with each caption that a line
    of the story runs on after cut from it: the line then stands as a sentence of its own, after the
    caption in the same paragraph."""
    read = roles(sentences)
    cuts: dict[int, int] = {}
    for i, s in enumerate(sentences):
        if len(s) <= 80 or read[i] not in PICTURE_ROLES and read[i] not in SHIPPABLE:
            continue
        # (a line read as the story's whose start is a caption's is read as one: "Jo Example in action against ... in
        # Sheffield | Ali Carter continued to struggle ...", judge RQ 05)
        copy = read[i] in SHIPPABLE and not _caption_head(s)
        earlier = sentences[max(0, i - RETOLD_REACH):i]
        if (read[i] in PICTURE_ROLES or not copy or _GLUED_AT_MARK.search(s) or _PRONOUN_RUNS_ON.search(s)
                or _opens_as_before(s, earlier) or i and read[i - 1] in PICTURE_ROLES and _GLUED_ASIDE.search(s)) \
                and (at := _cut(s, i, len(sentences), copy=copy, earlier=earlier if copy else None)) is not None:
            cuts[i] = at
        elif read[i] in PICTURE_ROLES and s[:1] in "'‘\"“" and (at := _caption_after(s, i, len(sentences))) is not None:
            cuts[i] = at
        if read[i] in SHIPPABLE and s.startswith(("A look at ", "A timeline of ")) and (at := _after_link(s)) is not None:
            cuts[i] = at
    if not cuts:
        return sentences, paragraphs
    out: list[str] = []
    new_index: dict[int, list[int]] = {}
    for i, s in enumerate(sentences):
        pieces = [s[:cuts[i]].strip(), s[cuts[i]:].strip()] if i in cuts else [s]
        new_index[i] = list(range(len(out), len(out) + len(pieces)))
        out.extend(pieces)
    return out, [[k for i in para for k in new_index[i]] for para in paragraphs]

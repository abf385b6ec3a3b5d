"""The body's paragraphs (``copydesk.engines.extractive``): the chosen units packed into
paragraphs of one to three sentences in source order, where a quotation turns or a new item
opens; long walls broken where a quotation closes; each paragraph's texts joined with the
marks a quotation reopened at a source paragraph break dropped (past a caption set inside a
quotation, the quotation closes and reopens); the desk's edits made; sentences that lost their
context cut (``check.context``), and three paragraphs made again after the cuts."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from copydesk.check.context import context_problems
from copydesk.editorial import quotes_broken
from copydesk.engines.acronyms import spell_out
from copydesk.engines.answers_back import (
    plain_said,
    without_also,
    without_however,
    without_other,
)
from copydesk.engines.definites import NAMED_BEFORE
from copydesk.engines.housestyle import close_up_marks, join_quote_break
from copydesk.engines.mentions import name_first_mentions
from copydesk.engines.passages import Passages
from copydesk.engines.retold import lines_told_again, quoted_again
from copydesk.engines.selection import at_least_three
from copydesk.engines.units import attributed, speakerless
from copydesk.engines.verbs import main_verbs
from copydesk.ingest.captions import PICTURE_ROLES
from copydesk.ingest.inquote import closes_unopened
from copydesk.lexicon import SPEECH
from copydesk.model import Sentence
from copydesk.segment import open_quote
from copydesk.splitmend import REOPENING_MARKS, continues_quotation

# a round-up's next item, opened on its score ("Panthers 5, Flyers 2: Aleksander Barkov had ..."): a new paragraph
ITEM_LABEL = re.compile(r"[A-Z][\w.'’ -]{1,40}\s\d{1,3},\s[A-Z][\w.'’ -]{1,40}\s\d{1,3}(?:\s\([^)]{1,12}\))?:\s")


# a quotation and its speaker at a sentence's end ('... at the heart of my work," she said.'), and
# a sentence that opens on a quotation or on its speaker's colon ('Mr Example said: "...')
QUOTE_TOLD_END = re.compile(r"[\"”’'],?\s+(?:[\w'’.-]+\s+){0,5}(?:said|says|added|adds|told [\w ]{2,40}?|explained|"
                             r"insisted|continued|posted|tweeted|wrote)(?:\s+[\w'’.,-]+){0,8}[.!?]$")
QUOTE_CLOSED = re.compile(r"[.!?][\"”’']\s?\.?$")  # (a stray stop after it: '... balance.’.', '... belief.' .')
OPENING_MARKS = "\"“‘'«„"
# (or a quotation its speaker's colon opened that closes before the stop, as American copy does not:
# 'He ended by saying: "... it is goodbye from me for now".')
_STOP_OUTSIDE = re.compile(r"\w[\"”’'][.!?]$")
_SPOKEN_OPENS = re.compile(r":\s[\"“‘']")
# (the speaker's colon after a phrase of the paper's: 'Asked if he would play, Sam Example added: "...')
QUOTE_OPENS = re.compile(r"[\"“‘']|[^\"“‘”’]{0,120}?\b(?:said|says|added|adds|told [\w ]{2,40}?):\s+[\"“‘']")


# a clause whose verb is left for the reader to take from the sentence before: "Rolling Stone's
# mistakes are regrettable but understandable. | The magazine's decision not to fire anybody is not."
_ELLIPTICAL_END = re.compile(r"\s(?:is|are|was|were|does|do|did|has|have|had|will|would|can|could|should)(?:\snot|n['’]t)\.$")


# a short line whose object is what the line before it told: "The ASI was reportedly allowed to view them, anyway."
_OBJECT_BACK = re.compile(r"\s(?:them|those)(?:,\s(?:anyway|too|though|either)\.|\s(?:too|again|either|anyway)\.|\.)$")
OBJECT_BACK_WORDS = 12


def elliptical(sentence: str) -> bool:
    """Does ``sentence`` end on an auxiliary and "not" that stand for the predicate of the sentence
    before it, its only verb ("The magazine's decision ... is not.")? Or is it a short line that ends
    on what the sentence before told ("... allowed to view them, anyway.", judge RS 12)? It stays in
    that sentence's paragraph."""
    if _OBJECT_BACK.search(sentence) and len(sentence.split()) <= OBJECT_BACK_WORDS:
        return True
    if not _ELLIPTICAL_END.search(sentence):
        return False
    tokens = sentence.rstrip(".").split()
    verbs = main_verbs(tokens)
    return not verbs or verbs[0] >= len(tokens) - 2


_SHORT_COMMENT = re.compile(r"(?:He|She|They|It|That)\s(?:[\w'’]+\s){0,3}[\w'’]+[.!]$")  # (five words at most)


# a speaker's short quotation and its tag: "'I was a bit shocked,' Smith said.", "“Never,” she added."
_SHORT_TAGGED = re.compile(r"[\"“‘'](?:[^\"“”‘’']|(?<=\w)['’](?=\w)){1,50}[,.!?][\"”’']\s(?:[A-Z][\w'’-]+|he|she)\s"
                           r"(?:said|says|added|adds|told\s[\w\s]{1,30}?)\.$")


def turn(before: str, sentence: str) -> bool:
    """Does ``sentence`` open a paragraph after ``before``: after a quotation told with its
    speaker, on a speaker's new quotation, or a sentence of the paper's after a quotation that
    closed (one that quotes words of its own too: '... your selfies." | Security expert Jo Example
    played down the threat, calling it "overblown".')?"""
    if len(sentence) < 40 and _SHORT_COMMENT.match(sentence):
        return False  # ('... maybe we should go on the road." | He wasn't kidding.': the paper's word on the words)
    if len(before) < 80 and sentence[:1] in OPENING_MARKS and _SHORT_TAGGED.match(before) and not attributed(sentence):
        return False  # ("'I was a bit shocked,' Smith said. | 'It took me a couple of minutes ...'": the same
        # speaker goes on, untagged, in the paragraph a line of a few words opened, judge SC 06)
    return bool(QUOTE_TOLD_END.search(before) or QUOTE_OPENS.match(sentence)
                or (QUOTE_CLOSED.search(before) or _STOP_OUTSIDE.search(before)
                    and (_SPOKEN_OPENS.search(before) or before[:1] in OPENING_MARKS))  # ('"And we are ... of that".')
                and sentence[:1] not in OPENING_MARKS)


def asks_then_quotes(question: str, answer: str) -> bool:
    """Is ``question`` the paper's own short question ("What did she do for 36 hours?"), no marks in
    it, and ``answer`` a quotation that opens on its mark right after it?"""
    return answer[:1] in OPENING_MARKS and _asks(question) and not question.startswith(_TURNING_WORDS)


def asks_then_answers(question: str, answer: str) -> bool:
    """Is ``question`` the paper's own short question, a subhead in the copy ("So who are they voting
    for?", "Think this all sounds too boring for words?"), and ``answer`` the paper's answer right
    after it ("Duh, they're voting for a new prime minister.")? The two open a paragraph together:
    a question that ends the paragraph before it asks of what that paragraph told. (Not a tag of
    three words, which asks of the line before it: "Am I right?", "Sounds simple, right?")"""
    return _asks(question) and not _RHETORICAL.match(question) \
        and 4 <= len(question.split()) <= SUBHEAD_QUESTION_WORDS and not answer.endswith("?") \
        and not any(c in answer[:1] for c in OPENING_MARKS) and not question.startswith(_TURNING_WORDS[:2])


# a question asked for effect, no answer after it ("Who could blame them?", reviewer rev47)
_RHETORICAL = re.compile(r"(?:Who|What|How|Why)\s(?:\w+\s)?(?:could|would|can|couldn't|wouldn't)\s"
                         r"(?:possibly\s|ever\s)?(?:blame|go|ask|argue|want|forget|resist)\b")


def questions_open(paragraphs: list[list[int]], sents: Sequence[str]) -> list[list[int]]:
    """``paragraphs`` with the paper's subhead questions moved to open the paragraph of their
    answer (see ``asks_then_answers``): one that ends a paragraph goes to the next, whose first
    line answers it; one inside a paragraph, its answer after it, opens a new one. Not the lead's."""
    out: list[list[int]] = []
    for n, para in enumerate(paragraphs):
        para = list(para)
        if n and out and len(out[-1]) >= 2 and out[-1][-1] + 1 == para[0] and not sents[out[-1][-2]].endswith("?") \
                and asks_then_answers(sents[out[-1][-1]], sents[para[0]]):
            para.insert(0, out[-1].pop())  # "... fish-pointing opportunities. Think this all sounds too boring?"
        cut = next((k for k in range(1, len(para) - 1) if n and para[k] + 1 == para[k + 1]
                    and not sents[para[k - 1]].endswith("?")
                    and asks_then_answers(sents[para[k]], sents[para[k + 1]])), None)
        if cut is not None:
            out += [para[:cut], para[cut:]]  # "... purring like a cat. | So who are they voting for? Duh, ..."
        else:
            out.append(para)
    return out


def _asks(question: str) -> bool:
    return question.endswith("?") and len(question.split()) <= QUESTION_WORDS \
        and not any(c in question for c in OPENING_MARKS + "”’")


_TURNING_WORDS = ("But ", "And ", "So ", "Yet ", "Or ")  # (a question that turns to another side: "But is a ban the answer?")
SUBHEAD_QUESTION_WORDS = 10
QUESTION_WORDS = 15
LEDE_WORDS = 55  # a lead's paragraph of three sentences, at most this long


def pack_paragraphs(chosen: list[tuple[int, ...]], lead: tuple[int, ...],
                sticky: set[int] | frozenset[int] = frozenset(),
                turns: set[int] | frozenset[int] = frozenset(),
                lengths: Sequence[int] = (), placed: dict[int, float] | None = None) -> list[list[int]]:
    """Units in source order, the lead's first, packed into paragraphs of 1-3 sentences;
    a unit never splits, and a paragraph holds only neighbouring units. A ``sticky``
    sentence (a quotation with no speaker of its own) stays in the paragraph of the
    sentence before it, even past three sentences; a unit opening on a ``turns`` sentence
    (after a quotation told with its speaker, or opening a quotation) opens a paragraph. The
    lead's paragraph takes a third sentence only while it stays short (``lengths``: each
    sentence's words): a lede of three long sentences reads as a wall that mixes its news with
    what comes after it."""
    units: list[list[int]] = []  # the chosen units, overlapping ones merged, in source order
    # (but a unit ``placed`` elsewhere: a lost lead's first line, where the body puts it)
    for picked in sorted(chosen, key=lambda u: placed.get(u[0], u[0]) if placed else u[0]):
        if units and set(picked) & set(units[-1]):
            units[-1] = sorted(set(units[-1]) | set(picked))
        else:
            units.append(list(picked))
    lead_units = [u for u in units if u[0] in lead]
    rest = [u for u in units if u[0] not in lead]
    paragraphs: list[list[int]] = []
    for unit in [*lead_units, *rest]:
        current = paragraphs[-1] if paragraphs else None
        if current is not None and unit[0] == current[-1] + 1 and (
                unit[0] in sticky or (len(current) + len(unit) <= 3 and unit[0] not in turns
                                      and (len(current) < 2 or current[0] in lead
                                           and (not lengths or sum(lengths[j] for j in (*current, *unit)) <= LEDE_WORDS)))):
            current.extend(unit)
        else:
            paragraphs.append(list(unit))
    return at_least_three(paragraphs, starts={u[0] for u in units} - set(sticky))


SHIFTS = ("Meanwhile, ", "Elsewhere, ", "In other news, ",  # words that turn the story to another side
          # (or back to what happened before: "This is not the first time a player was caught ...")
          "This is not the first time ", "It is not the first time ", "It's not the first time ",
          "It’s not the first time ", "This isn't the first time ", "This isn’t the first time ")
# the story's next scene, later or earlier that day ("Later the Duke ...": not "Last year I covered ...", which
# may go on with the thought before it, a pair's judge)
NEXT_SCENE = re.compile(r"(?:Later|Earlier|Afterwards|Meanwhile|Elsewhere|Separately)\b(?!\s(?:reports|last)\b)")
WALL_SENTENCES, WALL_WORDS = 4, 90  # a paragraph longer than either is broken where it can be
PART_WORDS = 30  # (and no part of it shorter)


def split_walls(paragraphs: list[list[int]], sticky: set[int], passages: Passages) -> list[list[int]]:
    """A unit of many sentences (two quotations and the paper's line between them) set as one
    paragraph reads as a wall: it is broken where a quotation has closed and the next sentence
    turns ('... all the best.' | But for all that ...), when each part's marks balance; or where
    the story moves to its next scene ("Later the Duke ..."), when each part keeps two sentences
    (a pair's judge: "Later Nagaland Government said he was innocent." alone reads as cut off)."""
    sents = passages.sents
    out: list[list[int]] = []
    for para in (piece for whole in paragraphs for piece in _turned(whole, passages)):
        if len(para) <= WALL_SENTENCES and _words(para, sents) <= WALL_WORDS:
            out.append(para)
            continue
        start = 0
        for k in range(1, len(para)):
            if para[k] not in sticky and k - start >= (2 if len(para) > WALL_SENTENCES
                                                       and not QUOTE_CLOSED.search(sents[para[k - 1]]) else 1) \
                    and (turn(sents[para[k - 1]], sents[para[k]])
                         or NEXT_SCENE.match(sents[para[k]]) and k - start >= 2 and len(para) - k >= 2) \
                    and passages.marks_balance(para[start:k]) and passages.marks_balance(para[k:]):
                out.append(para[start:k])
                start = k
        out.append(para[start:])
    return [piece for para in out for half in _halved(para, sticky, passages) for part in _speech_paragraphs(half, passages)
            for piece in _picture_breaks(part, passages)]


def _picture_breaks(para: list[int], passages: Passages) -> list[list[int]]:
    """``para`` broken where a speaker's quotation resumes past a picture's caption the page set inside
    it ("... the security of a home. | [caption] | 'So let the message ring out ..."), its part before left
    open at its end: the quotation then runs on into a paragraph of its own, as one of many paragraphs
    is set, where in one paragraph the words on either side of the picture would stand as two
    quotations side by side with no speaker between ("... of a home.' 'So let ...")."""
    sents = passages.sents
    for k in range(1, len(para)):
        skipped = range(para[k - 1] + 1, para[k])
        if not skipped or sents[para[k]].lstrip()[:1] not in REOPENING_MARKS \
                or not all(passages.roles[j] in PICTURE_ROLES for j in skipped):
            continue
        if any(_ANOTHER_SPEAKER.search(sents[i]) for i in para[k:]):
            continue  # (the words after the picture are another's, told with their own speaker: "..., said
            # opposition leader Sam Sample"; left open, the first speaker's would run on into them, rev43b)
        head = " ".join(join_quote_break(close_up_marks([sents[i] for i in para[:k]])))
        if continues_quotation(head, sents[para[k]]) and quotes_broken(head):
            return [para[:k], *_picture_breaks(para[k:], passages)]
    return [para]


# a speaker told after a quotation's words who is no pronoun: "..., said opposition leader Sam Sample",
# "..., the report said", "... asked pupil Sam Sample"
_ANOTHER_SPEAKER = re.compile(r"[,?!]['’\"”]\s(?!(?:he|she|they|I|we)\s)(?:[\w'’-]+\s){0,5}?(?:said|says|added|asked|told|"
                              r"explained|insisted|claimed|warned)\b|[,?!]['’\"”]\s(?:said|says|added|asked)\s(?!(?:he|she|they)\b)")


def _turned(para: list[int], passages: Passages) -> list[list[int]]:
    """``para`` broken before each sentence that turns the story to another side ("... like last
    year,' he added. | Meanwhile, Atletico's forward ...") or after a quotation told with its
    speaker (``_turns_after_quotation``), where each part's marks balance: in a paragraph of its own."""
    sents = passages.sents
    parts, start = [], 0
    for k in range(1, len(para)):
        if (sents[para[k]].startswith(SHIFTS) or _turns_after_quotation(para, k, passages) or _replies(para, k, passages)) \
                and passages.marks_balance(para[start:k]) and passages.marks_balance(para[k:]):
            parts.append(para[start:k])
            start = k
    return [*parts, para[start:]]


# (the reply's tag, right after its words: "...,' responded chief engineer Jo Brook", "...,' she replied")
_REPLY_TAG = re.compile(r"[,.!?]?[\"”’']\s(?:[\w.'’-]+\s){0,5}?(?:responded|replied|answered|retorted|countered|shot back)\b")
_ASKED_END = re.compile(r"\?[\"”’']\W*$")  # ('... "What do you think?"')


def _replies(para: list[int], k: int, passages: Passages) -> bool:
    """Is ``para[k]`` a quoted reply to the question quoted right before it: another speaker, who opens a
    paragraph of their own ("... 'What do you think?' | 'It depends on what Boeing is willing to invest,'
    responded ... Jim Bridenstine", judge SA 08: the two speakers shared one)?"""
    sents = passages.sents
    return sents[para[k]][:1] in OPENING_MARKS and _ASKED_END.search(sents[para[k - 1]]) is not None \
        and _REPLY_TAG.search(sents[para[k]]) is not None


def _turns_after_quotation(para: list[int], k: int, passages: Passages) -> bool:
    """Does the paper's own sentence at ``para[k]`` turn the story after a quotation that closed
    with its speaker in the sentence before it ("... beggars belief.' | Twitter users reacted
    furiously to the game ..."), leaning on it by no more than a thing named before ("the game")?"""
    sents = passages.sents
    before, sentence = sents[para[k - 1]], sents[para[k]]
    if sentence[:1] in OPENING_MARKS or not QUOTE_CLOSED.search(before) or not attributed(before):
        return False
    dep = passages.dependency(para[k])
    return dep is None or dep.startswith("reference")


def _speech_paragraphs(para: list[int], passages: Passages) -> list[list[int]]:
    """A speaker's quotation that runs on over several of the source's paragraphs, set as one wall
    ("... also a problem. | 'We don't have an obsession ... | 'Every match presents ..."), broken
    where the speaker's own paragraph broke: the quotation open at the part's end, the next part
    opening on the mark that reopened it, as a quotation of many paragraphs is set. The break
    nearest the middle first, again while a part is a wall; each part keeps ``PART_WORDS`` words."""
    sents = passages.sents
    before = list(itertools.accumulate((len(sents[i].split()) for i in para), initial=0))
    words = before[-1]
    if len(para) < 2 or words <= WALL_WORDS and len(para) <= WALL_SENTENCES + 1:
        return [para]
    places = sorted((abs(2 * before[k] - words), k) for k in range(1, len(para))
                    if min(before[k], words - before[k]) >= PART_WORDS and para[k] - 1 == para[k - 1]
                    and sents[para[k]].lstrip()[:1] in REOPENING_MARKS)
    if not places or not passages.marks_balance(para):
        return [para]  # (a break needs the whole to balance: else an apostrophe may read as a mark)
    for _, k in places:
        head = " ".join(join_quote_break(close_up_marks([sents[i] for i in para[:k]])))
        if continues_quotation(head, sents[para[k]]) and quotes_broken(head):  # (the part open at its end)
            return [*_speech_paragraphs(para[:k], passages), *_speech_paragraphs(para[k:], passages)]
    return [para]


def _words(para: list[int], sents: list[str]) -> int:
    return sum(len(sents[i].split()) for i in para)


_LEANS_ACROSS = ("connective", "reference", "pronoun")


def _halved(para: list[int], sticky: set[int], passages: Passages) -> list[list[int]]:
    """A wall with no quotation's turn inside (the paper's own lines run on: "The documents appear
    ... | Another stunt carried out by ..."), broken before a sentence that stands alone, the one
    nearest its middle, again while a part is a wall; each part keeps ``PART_WORDS`` words or more."""
    sents = passages.sents
    before = list(itertools.accumulate((len(sents[i].split()) for i in para), initial=0))  # words before each
    words = before[-1]
    if len(para) < 2 or words <= WALL_WORDS and len(para) <= WALL_SENTENCES + 1:
        return [para]
    places = [k for k in range(1, len(para))
              if min(before[k], words - before[k]) >= PART_WORDS and para[k] not in sticky
              and para[k] - 1 == para[k - 1] and not sents[para[k - 1]].rstrip().endswith(":")
              and sents[para[k]].lstrip()[:1] not in OPENING_MARKS]
    alone = sorted((abs(2 * before[k] - words), k) for k in places if passages.dependency(para[k]) is None)
    # (else, in a wall of four sentences or more, before one that leans on the one right before it
    # by a connective, a reference or a pronoun: read on from the paragraph above, it still has it)
    # (never where a speaker's reported words may run on untold: '... said the plan is flawed. It costs
    # more than ... | It will take six years to build.' would read as the paper's own claim)
    leaning = sorted((abs(2 * before[k] - words), k) for k in places if len(para) > WALL_SENTENCES - 1
                     and (passages.dependency(para[k]) or "").startswith(_LEANS_ACROSS)
                     and not (any(SPEECH.search(sents[j]) for j in para[:k]) and not SPEECH.search(sents[para[k]]))) \
        if not alone else []
    # (the marks read last, for the candidate nearest the middle first: the dearest test)
    best = next(((gap, k) for gap, k in alone or leaning
                 if passages.marks_balance(para[:k]) and passages.marks_balance(para[k:])), None)
    if best is None:
        return [para]
    return [*_halved(para[:best[1]], sticky, passages), *_halved(para[best[1]:], sticky, passages)]


def _quote_runs_joined(para: list[int], sents: list[str], passages: Passages) -> list[str]:
    """The texts of ``para``'s sentences with the marks that reopened a quotation at a source
    paragraph break dropped (``join_quote_break``), run by run: a picture's caption the page set
    inside a quotation (left out) ends a run, and the quotation open at its end closes there, to
    reopen after the picture as in the source ("... how we view this game.' | 'We enjoyed ..."):
    the speaker's words on either side of the picture never run together as one quotation."""
    runs = [para[:1]]
    for i in para[1:]:
        skipped = range(runs[-1][-1] + 1, i)
        if skipped and all(passages.roles[j] in PICTURE_ROLES for j in skipped) and not closes_unopened(sents[i]):
            runs.append([i])  # (but words that go on past the picture to their close, with no mark to reopen them,
            # are the one quotation's: "... hopefully the trophy. | [picture] | As retirement draws closer ... '")
        else:
            runs[-1].append(i)
    texts: list[str] = []
    for k, run in enumerate(runs):
        joined = join_quote_break(close_up_marks([sents[i] for i in run]))
        whole = " ".join(joined)
        if k + 1 < len(runs) and open_quote(whole) and quotes_broken(whole):
            mark = '"' if whole.count('"') % 2 else "”" if whole.count("“") > whole.count("”") \
                else "’" if "‘" in whole else "'"
            if not quotes_broken(whole + mark):
                joined[-1] += mark
        texts += joined
    return texts


# a court's or a deal's outcome for someone ("avoided jail", "was fined", "was sentenced"), and the
# offence told before it ("was arrested ... for allegedly trying to ...")
_OUTCOME = re.compile(r"\b(?:avoid(?:ed)?\sjail|spared\sjail|walked\sfree|(?:was|were)\s(?:fined|sentenced|jailed|"
                      r"acquitted|convicted)|agreeing\sto\spay)\b")
_OFFENCE = re.compile(r"\b(?:was|were)\s(?:arrested|charged|accused)\b|\ballegedly\b")
_BARE_SURNAME = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr)?\.?\s?(?P<name>[A-Z][\w'’-]+)\s[a-z]")


def _story_line_before(i: int, passages: Passages, text: str) -> int | None:
    """The story's line before ``i``, past the pictures' captions, when it tells the offence of the one
    person ``text`` opens on by surname alone ("Sample managed to avoid jail ..." after "Then in
    December, Sample was arrested ... for allegedly ..."), a statement of the story after its lead;
    else None. (An outcome that names its person in full tells its own story, and a teaser or a
    question before the lead is no offence line: reviewer rev43c.)"""
    k = i - 1
    while k >= 0 and passages.roles[k] in PICTURE_ROLES:
        k -= 1
    bare = _BARE_SURNAME.match(text)
    if k < 0 or bare is None or k < passages.lead() or not passages.sents[k].rstrip("\"'”’ ").endswith("."):
        return None
    line = passages.sents[k]
    return k if _OFFENCE.search(line) and re.search(rf"\b{re.escape(bare.group('name'))}\b", line) else None

def _member_before(i: int, unit: tuple[int, ...], passages: Passages) -> int:
    """The sentence of ``unit`` that ships right before ``i`` (past a caption the page set inside
    a quotation), or the story's line before ``i`` (``Passages.story_before``: past the captions and boxes the page set
    between them, "... made a shocking proposition." | [caption] | "'He asked me how much ...'", judge TE 01), or
    ``i - 1`` where that cannot be told."""
    shipped = max((j for j in unit if j < i and passages.ship[j]), default=None)
    if shipped is not None:
        return shipped
    before = passages.story_before(i)  # (read only for a sentence with no member before it: most have one, or are alone)
    return before if before >= 0 else i - 1


def edited(sents: list[str], paragraphs: list[list[int]], passages: Passages) -> list[list[Sentence]]:
    """Source sentences with the desk's light edits, less any that lost their context."""
    paras = [list(zip(para, _quote_runs_joined(para, sents, passages), strict=True)) for para in paragraphs]
    paras = [[(i, passages.edit(t, i)) for i, t in p] for p in paras]
    flat = [x for p in paras for x in p]
    named = name_first_mentions([t for _, t in flat], [i for i, _ in flat], passages)
    if passages.english:  # "NRW" -> "Natural Resources Wales (NRW)"
        named = spell_out(named, passages.abbreviations())
    texts = dict(zip(range(len(flat)), named, strict=True))
    keep = [(para_k, i, texts[pos]) for pos, (para_k, (i, _)) in
            enumerate((k, x) for k, p in enumerate(paras) for x in p)]
    # a "However," with the sentence it contrasts with not right before it goes first: what
    # follows it may stand (``Passages.dependency`` read it so); the context check reads the edit
    keep = [(para_k, i, text if _follows_its_own(keep, pos, passages) else without_however(text))
            for pos, (para_k, i, text) in enumerate(keep)] if passages.english else keep
    cut: set[int] = set()  # source sentences cut here for their context
    for _ in range(8):  # cutting one sentence can strand the next: look again
        flagged = set(context_problems([(t, [i]) for _, i, t in keep], sents))
        # a sentence that came with the one before it (a quote's continuation, a quote
        # and its speaker) stays only right after it
        # (past a caption the page set inside a quotation, which does not ship)
        flagged |= {pos for pos, (_, i, _) in enumerate(keep)
                    if (unit := passages.unit_of(i)) and unit[0] < i
                    and (pos == 0 or keep[pos - 1][1] != _member_before(i, unit, passages))}
        # so does one that leans on the one before it ("Three other passengers were ..."), once
        # that one is cut (the lead's own first sentence leans on nothing before it)
        flagged |= {pos for pos, (_, i, _) in enumerate(keep)
                    if pos and i and keep[pos - 1][1] != i - 1 and passages.leans_back(i)
                    and (i - 1) in cut}
        # and one that quotes again what the body quoted before it, with little else ("Bader described
        # what happened as 'the most brilliant escape conception of this war'", told twice by the page)
        flagged |= quoted_again(keep)
        # and one that tells again, in other words, what a sentence before it told (a page's box and its copy)
        flagged |= lines_told_again(keep, passages.leans_back)
        # and an outcome ("Sample managed to avoid jail time after agreeing to pay a $10,000 fine") whose
        # story line before it, the offence it answers, does not ship right before it: after another
        # event, the fine reads as that one's (judge MV 08)
        flagged |= {pos for pos, (_, i, text) in enumerate(keep) if _OUTCOME.search(text)
                    and (offence := _story_line_before(i, passages, text)) is not None
                    and (pos == 0 or keep[pos - 1][1] != offence)}
        # and one that brings in the next with a colon ("Here's the announcement X should make:")
        # stays only right before it
        flagged |= {pos for pos, (_, i, text) in enumerate(keep) if text.rstrip(" .").endswith(":")
                    and (pos + 1 == len(keep) or keep[pos + 1][1] != i + 1)}
        cut |= {keep[pos][1] for pos in flagged}
        # a quotation with no speaker of its own stays only in its speaker's paragraph
        # (or opens the next paragraph of that quotation, which the paragraph above left open)
        flagged |= {pos for pos, (para_k, i, text) in enumerate(keep) if speakerless(text)
                    and (pos == 0 or keep[pos - 1][1] != _member_before(i, passages.unit_of(i), passages)
                         or keep[pos - 1][0] != para_k and not _reopened(keep, pos) and not _tagged_above(keep, pos))}
        if not flagged:
            break
        keep = [x for pos, x in enumerate(keep) if pos not in flagged]
    if cut:  # a cut sentence may have named someone first ("Cyril Hall, Saad's attorney, said ..."):
        # the first mention left names them now ("..., Hall said." -> "..., Cyril Hall, ..., said.")
        renamed = name_first_mentions([t for _, _, t in keep], [i for _, i, _ in keep], passages)
        keep = [(para_k, i, text) for (para_k, i, _), text in zip(keep, renamed, strict=True)]
    # a sentence shipped without the one before it in the source: a "However," that contrasted with it
    # goes, and a speaker who "added" it "said" it. Its "also" stays (pair54a: 24 of 24 real rewrites read
    # better with the source's "also", what it adds to told somewhere before it in the rewrite, though not
    # in the very sentence before: "The Tories also said ...", "He was also told to pay £85 in costs"),
    # but in the body's first sentence, where nothing is told before it
    keep = [(para_k, i, text if _follows_its_own(keep, pos, passages)
             else plain_said(without_however(text if pos else without_also(text))))
            for pos, (para_k, i, text) in enumerate(keep)] if passages.english else keep
    if passages.english:  # (an owner's "other" things with none told before them: "Temperton's other hits";
        # the rewrite before a sentence joined only for one that has an "other")
        keep = [(para_k, i, without_other(text, " ".join(t for _, _, t in keep[:pos])) if "other " in text else text)
                for pos, (para_k, i, text) in enumerate(keep)]
    out: list[list[Sentence]] = []
    last = None
    for para_k, i, text in keep:
        if para_k != last:
            out.append([])
            last = para_k
        out[-1].append(Sentence(text, [i]))
    return out


def _reopened(keep: list[tuple[int, int, str]], pos: int) -> bool:
    """Does the sentence at ``pos``, first of its paragraph, reopen the quotation the paragraph
    above left open?"""
    above = " ".join(text for para_k, _, text in keep[:pos] if para_k == keep[pos - 1][0])
    return continues_quotation(above, keep[pos][2])


def _tagged_above(keep: list[tuple[int, int, str]], pos: int) -> bool:
    """Does the paragraph above the one the sentence at ``pos`` opens end on its speaker's tagged quotation ("'...,'
    the 34-year-old said." | "'I really want to enjoy these last few games ...'"), which the speaker's next words
    open a paragraph after, as a paper sets them?"""
    above = keep[pos - 1][2]
    return above.lstrip()[:1] in "'‘\"“" and _TAG_AFTER_CLOSE.search(above) is not None


# a quotation closed and its speaker's tag after it, ending the line: "...,' the 34-year-old said.", "...," she added.
_TAG_AFTER_CLOSE = re.compile(r"[,?!]['’\"”]\s(?:(?:he|she|they|the\s[\w-]+|[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s"
                              r"(?:said|says|added|adds|explained|insisted|told\s[\w\s]{1,30})|(?:said|says|added)\s"
                              r"(?:[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?|the\s[\w-]+))\.$")


def _follows_its_own(keep: list[tuple[int, int, str]], pos: int, passages: Passages) -> bool:
    """Does the sentence at ``pos`` come right after the source sentence before it (past any
    caption the page set between them)?"""
    i = keep[pos][1]
    return pos > 0 and keep[pos - 1][1] in (i - 1, passages.story_before(i))


def three_again(body: list[list[Sentence]], passages: Passages) -> list[list[Sentence]]:
    """After the context cuts: split paragraphs again until there are three, only before a
    sentence that stands on its own (no reference back, the start of its quote unit)."""
    flat = [s for para in body for s in para]
    spans, at = [], 0
    for para in body:
        spans.append(list(range(at, at + len(para))))
        at += len(para)
    # (a paragraph may open on "the injury" that the one before named: the two still stand together)
    starts = {k for k, s in enumerate(flat) if s.sources and (
                  (dep := passages.dependency(i := s.sources[0])) is None or dep.endswith(NAMED_BEFORE))
              and passages.unit_of(i)[:1] == (i,) and not speakerless(s.text)}
    return [[flat[k] for k in span] for span in at_least_three(spans, starts)]

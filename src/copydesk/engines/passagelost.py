"""A text that lost its start upstream (XSum-style, or a paste that began mid-story), as ``Passages``
reads it: does its first sentence show it ("Moreno, 24, is also wanted by ...", "Two hundred and sixty
people have already been convicted"), which early sentences name a thing only the lost sentence told
("Mr Zuma announced the move"), and which lines before the lead the body tells after it, as the facts
they give."""

from __future__ import annotations

import re

from copydesk.engines.answers_back import without_also
from copydesk.engines.scenes import narrated
from copydesk.engines.verbs import main_verbs
from copydesk.ingest.toldbefore import told_before
from copydesk.lexicon import MONTHS, STOPWORDS, WEEKDAYS

_GLUED_AND = re.compile(r"[a-z] (?:And|But) [a-z]")
LOST_REACH = 4  # the sentences of a text that lost its start that may name what it told
# A first sentence that shows the text lost its start upstream (XSum-style, or a paste that
# began mid-story): "Moreno, 24, is also wanted by ...", "Two hundred and sixty people have
# already been convicted". (Not a definite subject, "The students had rejected ...": too many
# whole stories open on one, "The Indonesian government has ordered ...".)
_LOST_START = re.compile(r"(?<!\bwho )(?<!\bwhich )\b(?:also|already)\b(?!\s(?:called|known|named|dubbed|spelt|spelled)\b)"
                         r"|\bas well(?! as)\b")  # (not "who also founded", "Nazrul, also called Nazu")
# a bare circumstance told "at the time" of an event no line before told: "Mr Ruto and his family
# were not at the compound near Eldoret at the time." (its one verb a "be": no event of its own)
_AT_THE_TIME = re.compile(r"^[^,;:\"“”]{3,120}?\b(?:was|were)(?:\s+not|n['’]t)?\s[^,;:\"“”]{3,120}\bat the time\.?$")
# a fronted clause, whose "as well" or "also" after it adds to what it told
_FRONT_CLAUSE = re.compile(r"(?:As|While|When|Just as|Like|After)\s[^,]{5,120},\s")
# (the single-quoted span opened on its mark, looked behind from: every branch opens on a mark)
QUOTED_SPAN = re.compile(r"[\"“][^\"“”]*[\"”]|['‘](?<!\w['‘])[^'’]*['’](?!\w)")


# a capitalised word after a sentence's first, up to an apostrophe ("OU's": "OU"): the names two lines may share
_NAME_WORD = re.compile(r"(?<=\s)[A-Z][\w&-]*")
_WEEKDAYS = frozenset(day.capitalize() for day in WEEKDAYS)
_MONTHS = frozenset(month.capitalize() for month in MONTHS)
_NOT_A_NAME = frozenset("The A An He She It They We I Mr Mrs Ms Miss Dr Sir Police".split()) | _WEEKDAYS | _MONTHS


_BARE_ONE = re.compile(r"\bthe (?:man|woman|boy|girl|attack|incident|crash|victim|suspect|pair|couple|accident)\b")
LOST_SHARED = 2  # words of substance a lost lead's first line shares with the lead, at least
_FIGURE = re.compile(r"\d[\d,.]*\d|\d{2,}")
LOST_TOLD = 0.6  # share of its words of substance, at most, the lead may tell again
_CONTENT = re.compile(r"[A-Za-z][\w&-]{3,}|\b[A-Z]{2,3}\b")  # (a word of four letters or more, or an acronym: "ACT", "OU")
_GENERIC = frozenset("""police council said says told added would could also year years people time week month
today yesterday last first after before about were been have with from that this they their there which when
where while into over under more most some many""".split())


def _content(sentence: str) -> frozenset[str]:
    """Lowercased words of four letters or more and acronyms in ``sentence``, outside quotations,
    less function words and the words every story uses."""
    return frozenset(w.lower() for w in _CONTENT.findall(QUOTED_SPAN.sub(" ", sentence))) - STOPWORDS - _GENERIC


def _names(sentence: str) -> frozenset[str]:
    """Capitalised words after a sentence's first, outside quotations (days and months among them)."""
    return frozenset(m.group(0) for m in _NAME_WORD.finditer(QUOTED_SPAN.sub(" ", sentence)))


def _proper(sentence: str) -> set[str]:
    """The names in ``sentence``, its first word among them ("Moreno, 24, is also wanted ...")."""
    return {w for w in re.findall(r"\b[A-Z][a-z][\w'’-]+", QUOTED_SPAN.sub(" ", sentence))
            if w not in _NOT_A_NAME and w.lower() not in STOPWORDS and w.lower() not in _COUNTS}


_COUNTS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
                    "hundred hundreds thousands dozens several many some".split())


class PassageLost:
    """The lost-start part of ``Passages``: ``sents``, ``english``, ``ship``, ``dependency``,
    ``leans_back``, ``lead`` and the cache ``_lost_start`` are the class's own."""

    sents: list[str]
    english: bool
    ship: list[bool]
    _lost_start: bool | None

    def dependency(self, i: int) -> str | None:
        raise NotImplementedError

    def leans_back(self, i: int) -> bool:
        raise NotImplementedError

    def lead(self) -> int:
        raise NotImplementedError

    def also_goes(self) -> bool:
        """Is the first sentence's lost start only an "also" the body drops ("Hawick Knitwear, which
        employs 230 staff, has also increased its production": it leads as "has increased")?"""
        first = self.sents[0]
        plain = without_also(first)
        return plain != first and _LOST_START.search(QUOTED_SPAN.sub(" ", plain)) is None

    def lost_start(self) -> bool:
        """Does the first sentence show that the text lost its start upstream (it leans on
        what a lost sentence told: "is also wanted", "have already been convicted")? Then it
        leads nothing and does not ship early."""
        if self._lost_start is None:
            first = self.sents[0] if self.english and self.sents else ""
            bare = QUOTED_SPAN.sub(" ", first)
            m = _LOST_START.search(bare) if first and "not only" not in first else None
            if m is not None and (front := _FRONT_CLAUSE.match(bare)) and m.start() > front.end():
                m = None  # "As the earth shook in Nepal, tremors were felt in India as well": it adds to its own clause
            elif m is not None and _GLUED_AND.search(bare, 0, m.start()):
                m = None  # "... an estimated 1.5 million Armenians And it's also the seventh year ...": a second
                # sentence run on with no stop adds to the first
            tokens = first.split()
            self._lost_start = m is not None or bool(first) and _AT_THE_TIME.match(first) is not None \
                and {tokens[j].lower() for j in main_verbs(tokens)} <= {"was", "were"}
        return self._lost_start

    def told_lost(self) -> frozenset[int]:
        """In a text that lost its first sentence upstream (its own first one leans on what
        came before it: "They have been the biggest protests", "Mr X made the announcement"),
        the early sentences that name a thing only that lost sentence told ("Mr Zuma announced
        the move", "The move follows legislation"): a reader of the rewrite never meets it."""
        if not self.english or not self.sents or (told_before(self.sents[0]) is None and not self.leans_back(0)
                                                   and not self.lost_start()):
            return frozenset()
        lost = {0} if self.lost_start() else set()
        for i in range(min(len(self.sents), LOST_REACH)):
            dep = self.dependency(i) or ""
            if told_before(self.sents[i]) is not None or (i == 0 or i - 1 in lost) and dep.startswith("reference"):
                lost.add(i)
        return frozenset(lost)

    def lost_lines(self) -> tuple[int, ...]:
        """In a text that lost its first sentence upstream, the lines before the lead that only
        name a thing the lost one told ("Mr MacAskill made the announcement at HMP Shotts, one of
        two pilot sites for the technology.", "Administrators of the ACT test took the decision ...")
        when they tell of the lead's own story: the first shares two words of substance with the
        lead, a name and a word that is no name ("Shotts" and "technology"). The body tells them
        after the lead and what leans on it, as the facts they give; () when any of them opens on a
        pronoun or a connective, adds to the lost line ("is also wanted"), is told at its time ("...
        at the time."), is told again by the lead, names another day, or shares too little with the
        lead (a round-up's lost line may be another item's: "Police said the incident was being
        treated as unexplained")."""
        lead = self.lead()
        if lead == 1 and self.english and self.lost_start() and self.ship[0] and self.dependency(0) is None \
                and not _AT_THE_TIME.match(self.sents[0]) and not _BARE_ONE.search(self.sents[0]) \
                and (len(_content(self.sents[0]) & _content(self.sents[1])) >= LOST_SHARED
                     or _proper(self.sents[0]) & {n for k in range(1, min(len(self.sents), LOST_REACH + 1))
                                                  for n in _proper(self.sents[k])}):
            return (0,)  # a first line that adds to the lost one is still news: "Moreno, 24, is also wanted by Sevilla"
            # (judge MY 03: left out, the player the story goes on about was never told), told after the lead; when it
            # shares words with the lead or a name with the lines after it (not a round-up's other item, "Two men have
            # already been charged over the attack", nor one that leans on "the man", reviewer rev44b)
        if not lead or not self.english or lead > LOST_REACH or self.lost_start():
            return ()
        lost = self.told_lost()
        if not all(self.ship[i] and i in lost for i in range(lead)) \
                or any((d := self.dependency(i)) is not None and not d.startswith(("reference", "inner"))
                       for i in range(lead)):
            return ()
        # (the first line and the lead tell of one story: two words of substance in common, a name among them)
        first, words = _content(self.sents[0]), _content(self.sents[lead])
        shared = first & words
        ours, theirs = _names(self.sents[0]), _names(self.sents[lead])
        names = (ours & theirs) - _NOT_A_NAME
        told = narrated(self.sents[0])  # (one word in common is enough for it)
        if len(shared) < (1 if told else LOST_SHARED) or not (names or told) or not shared - {n.lower() for n in names} \
                or len(shared) > LOST_TOLD * len(first) \
                or set(_FIGURE.findall(self.sents[0])) & set(_FIGURE.findall(self.sents[lead])):
            return ()  # (a word of the story's besides a name: not "Northtown United" alone, a round-up's club; nor
            # one the lead tells again, its words or its figure: "The figures show 2,341 people ...")
        for when in (_WEEKDAYS, _MONTHS):  # (nor one told on another day: it may be another item's)
            if ours & when and theirs & when and not ours & theirs & when:
                return ()
        return tuple(range(lead))


# a line that counts others beside a group ("Two others were arrested ..."): the group it counts against is a
# counted one ("two men", "Four members of the group"), told in the line before it in the source
_COUNTED_OTHERS = re.compile(r"(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d+) others\b")
_COUNT = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|both|pair|\d+)\b", re.IGNORECASE)


def counts_on_lost(line: str, before: str, lost: list[str]) -> bool:
    """Does ``line`` count others beside a group ("Two others were arrested ...") that only the ``lost``
    lines count ("... agents encountered two men carrying backpacks ..."), not the line ``before`` it in
    the body ("Authorities say agents interrupted an attempt ...")? Told after that line, "two others"
    reads as two more of whatever it names (judge SX 07); told after the lost lines, as the source has it."""
    return _COUNTED_OTHERS.match(line) is not None and _COUNT.search(QUOTED_SPAN.sub(" ", before)) is None \
        and any(_COUNT.search(QUOTED_SPAN.sub(" ", text)) for text in lost)

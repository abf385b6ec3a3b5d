"""Passages for the extractive engine: what may ship, what must travel together, light edits.

* ``Passages.unit(i)``: sentence ``i`` with everything it leans on, in source order: a
  quotation that runs over several sentences, the sentence that introduces a quote
  without its own speaker, and, for a sentence that opens with a pronoun, a connective,
  a bare reference or a quote continuation, the sentence before it (and so on back).
  None when the chain runs through page furniture (a caption, a byline ...) or grows
  past ``MAX_UNIT`` sentences: such a sentence does not ship.
* ``name_first_mentions``: a sentence that opens with a bare surname ("Bates said") gets
  the full name the source gives ("Robert Bates said") when the rewrite has not named
  the person yet and the source has one person of that surname.
* ``house_style``: the spaced en dash for " -- " and a spaced " - " (never inside
  quotation marks), a trailing ", according to X." moved to the front, a quote mark
  left hanging by the sentence splitter put right.

Every edit keeps the source's words and meaning; the desk's checker sees each one.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Container, Iterator, Sequence

from copydesk.check.context import full_names
from copydesk.editorial import quotes_broken
from copydesk.ingest.roles import SHIPPABLE, opening_dependency, roles, told_before
from copydesk.ingest.typos import doubled, garbled
from copydesk.placescan import opinion_piece, writer_speaks
from copydesk.segment import find_quotes

MAX_UNIT = 4
_INNER_CAPITAL = re.compile(r"(?<=[a-z,;] )[A-Z][\w'’-]*")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]*\b")
# a quotation mark that may open or close a quote: any double mark, a single one not inside a
# word ("it's", "Obama’s": an apostrophe between letters balances nothing and breaks nothing)
_LOOSE_MARK = re.compile("[\"“”«»„'‘’](?:(?<=[\"“”«»„])|(?<!\\w.)|(?!\\w))")
_LOOSE_SINGLE = re.compile("['‘’](?:(?<!\\w.)|(?!\\w))")  # the same, of the single marks

# a sentence that sets a scene rather than stating the news; the lead passes over up to
# SCENE_SKIP of them when a statement of the news follows
SCENE_SETTING = re.compile(
    r"^(?:There(?:'s|’s|\s+(?:is|are|was|were))\s|Imagine\b|Picture\s+(?:this|the)\b|"
    r"It(?:'s|’s|\s+is|\s+was)\s+(?:a|an|the|not|no|one|hard|easy|said|described|billed)\b|"
    r"Here(?:'s|’s|\s+is|\s+are)\s|"
    r"With\s+(?:a|an|its|their|his|her)\s[^.]{0,200}?\s[–—-]\s+(?:it|this|that|they)(?:'s|’s|\s)|"
    # a picture painted in a list of participles: "... tore through their bodies: singeing flesh,
    # shattering bones, ..."
    r"[^:\"“]{10,200}:\s+[a-z]+ing\s[^.:;]{2,80},\s+[a-z]+ing\s)")
SCENE_SKIP = 2
_TEASER = re.compile(r"^(?:\S+\s+){0,4}\S+$|.*!['’\"”]?$")  # "A brand-new car!", "Whoops."
_DEFINITE_OPENING = re.compile(r"^(?:The|This|That|These|Those|Such)\s")


class Passages:
    """Roles, dependencies and units of one document's sentences."""

    def __init__(self, sentences: Sequence[str], unit_of: Callable[[int], tuple[int, ...]],
                 *, english: bool = True):
        self.sents = list(sentences)
        self.english = english  # the reference rules read English openings only
        self.roles = roles(self.sents)
        self.unit_of = unit_of  # the quote unit of a sentence (empty: it cannot ship)
        # In a news story (not a column) the writer's own "I" or "we" outside any quotation is
        # an aside or an analysis box ("I doubt this will be the end"): no news copy.
        column = not english or opinion_piece(self.sents)
        self.ship = [r in SHIPPABLE and not _orphan_open(self.sents, i)
                     and (column or not self._aside(i)) and not garbled(self.sents[i])  # ("have been were")
                     for i, r in enumerate(self.roles)]
        self.names = full_names(self.sents)
        self.surnames = frozenset(s for s, found in self.names.items() if found)
        self._dep: dict[int, str | None] = {}
        self._lowercase: frozenset[str] | None = None
        self._names_inside: frozenset[str] | None = None
        self._people: dict[str, bool] = {}
        self._alone: dict[str, bool] = {}  # a name: does it stand alone in the source?
        self._units: dict[tuple[int, tuple[int, ...]], tuple[int, ...] | None] = {}
        self._joined: str | None = None
        self._lost_first = False
        self._lead: int | None = None
        self._edits: dict[str, str] = {}
        self._mentions: dict[tuple[str, int], tuple[tuple[int, int, str], ...]] = {}

    def _aside(self, i: int) -> bool:
        """The writer speaking in the first person, outside any quotation unit."""
        return writer_speaks(self.sents[i], self.sents[i - 1] if i else "") and len(self.unit_of(i)) <= 1

    def dependency(self, i: int) -> str | None:
        if i not in self._dep:
            dep = opening_dependency(self.sents[i], known_surnames=self.surnames) if self.english else None
            if i == 0 and dep is not None and dep.startswith("inner"):
                dep = None  # nothing comes before the first sentence to lean on ("such crimes" of its own)
            if i == 0 and self.english:
                # but "made the announcement" first: the source lost the sentence that made it, and the
                # story leads with the news it can state (after which "the announcement" reads as its)
                self._lost_first = told_before(self.sents[0]) is not None
            # A surname is made self-standing by naming the person, not by its neighbour.
            self._dep[i] = dep
        return self._dep[i]

    def leans_back(self, i: int) -> bool:
        dep = self.dependency(i)
        return dep is not None and not dep.startswith("surname")

    def unit(self, i: int, quote_unit: tuple[int, ...]) -> tuple[int, ...] | None:
        """``quote_unit`` (the quote unit of ``i``) closed under leaning back; None if it cannot ship."""
        key = (i, tuple(quote_unit))
        if key not in self._units:  # the summary and the body ask about the same sentences
            self._units[key] = self._unit(i, key[1])
        return self._units[key]

    def _unit(self, i: int, quote_unit: tuple[int, ...]) -> tuple[int, ...] | None:
        unit = quote_unit
        while unit and self.leans_back(unit[0]):
            if unit[0] == 0:
                return None
            before = self.unit_of(unit[0] - 1)
            if not before:
                return None
            unit = tuple(j for j in before if j < unit[0]) + unit
            if len(unit) > MAX_UNIT:
                return None
        if not unit or len(unit) > MAX_UNIT or not all(self.ship[j] for j in unit):
            return None
        if any(_LOOSE_MARK.search(self.sents[j]) for j in unit):
            joined = " ".join(join_quote_break(close_up_marks([self.sents[j] for j in unit])))
            if quotes_broken(house_style(joined)):
                return None  # marks that cannot be balanced without changing the quote
        return unit

    def lowercase(self) -> frozenset[str]:
        """The words the source writes in lower case."""
        if self._lowercase is None:
            self._lowercase = frozenset(_LOWER_WORD.findall(self.joined()))
        return self._lowercase

    def names_inside(self) -> frozenset[str]:
        """The words the source capitalises inside its sentences (names, as a rule)."""
        if self._names_inside is None:
            self._names_inside = frozenset(_INNER_CAPITAL.findall(self.joined()))
        return self._names_inside

    def lead(self) -> int:
        """The first sentence that can open the story on its own (0 when none can)."""
        if self._lead is None:  # the headline, the body and ``passed_over`` all ask
            self._lead = self._find_lead()
        return self._lead

    def _find_lead(self) -> int:
        # only the first SCENE_SKIP + 1 statements are looked at: the rest are not read
        statements = list(itertools.islice(
            (i for i, ok in enumerate(self.ship)  # a question is no lead, when a statement follows
             if ok and self.dependency(i) is None and not self.sents[i].rstrip("\"'”’ ").endswith("?")
             and not (i == 0 and self._lost_first)),
            SCENE_SKIP + 1))
        for k, i in enumerate(statements):
            if not SCENE_SETTING.match(self.sents[i]) and not _TEASER.match(self.sents[i]):
                # "There is an image of ...", "With a cubby-house ... – it's where ...": no news;
                # but "The picture became ..." after one goes on about the scene it set
                if k == 0 or not _DEFINITE_OPENING.match(self.sents[i]):
                    return i
                break
        if statements:
            return statements[0]
        for i, ok in enumerate(self.ship):
            if ok and self.dependency(i) is None:
                return i
        return next((i for i, ok in enumerate(self.ship) if ok), 0)

    def passed_over(self) -> frozenset[int]:
        """The scene-setting, teaser or question sentences the lead passed over: read after
        the news they describe nothing the reader has met ("... tore through their bodies:
        ...", "What do we have for the contestant?"), so they do not ship in the body."""
        lead = self.lead()
        return frozenset(i for i in range(lead) if self.ship[i] and self.dependency(i) is None
                         and (SCENE_SETTING.match(self.sents[i]) or _TEASER.match(self.sents[i])
                              or self.sents[i].rstrip("\"'”’ ").endswith("?")))

    # --- edits -----------------------------------------------------------------------

    def full_name(self, surname: str, before: int) -> str | None:
        """The one full name the source gives for ``surname`` (None when none or several)."""
        found = {n for _, n in self.names.get(surname, [])}
        if not found:
            return None
        short = min(found, key=lambda n: len(n.split()))
        # one person written longer at times ("Supermodel Gisele Bundchen", "Mohammad Javad Zarif"):
        # the shortest full name, which every other one ends with
        if all(n.split()[-len(short.split()):] == short.split() for n in found):
            return short
        return None

    def person_name(self, surname: str) -> str | None:
        """The one full name the source gives a person of ``surname`` (None for no person,
        no full name, or several people of that surname)."""
        if surname not in self.surnames:
            return None
        name = self.full_name(surname, 0)
        return name if name and name.split()[-1] == surname and self.is_person(surname, name) else None

    def is_person(self, surname: str, name: str) -> bool:
        """Does the source write ``name`` as it stands and show ``surname`` to be a person's?

        A capitalised run is not enough ("Ukrainian Jewish immigration", "New Watford manager"):
        the source must name the person with a title ("Mr Example"), an age ("Jane Example,
        34,"), or as a speaker ("Example said", "said Jane Example")."""
        joined = self.joined()
        if name not in self._alone:
            self._alone[name] = _stands_alone(joined, name)
        if not self._alone[name]:
            return False  # "Education Huw Lewis" is not in "Education Minister Huw Lewis"
        if surname not in self._people:
            self._people[surname] = _named_as_person(joined, surname)
        return self._people[surname]

    def mentions(self, text: str, src: int) -> tuple[tuple[int, int, str], ...]:
        """``bare_mentions`` of ``text`` (source sentence ``src``), found once for summary and body."""
        key = (text, src)
        got = self._mentions.get(key)
        if got is None:
            got = self._mentions[key] = tuple(bare_mentions(text, src, self))
        return got

    def edit(self, text: str) -> str:
        """``text`` with the desk's sentence edits (house style, attribution to the front, in English
        a name before its pronoun), made once: the summary and the body edit the same sentences."""
        edited = self._edits.get(text)
        if edited is None:
            lowercase = _OnDemand(self.lowercase)  # read by few sentences: made when one asks
            edited = front_attribution(house_style(text, lowercase, _OnDemand(self.names_inside)), lowercase)
            if self.english:  # a pronoun before its name: the name first ("Now that bomber X, 21, has ...")
                edited = name_before_pronoun(edited, self)
            self._edits[text] = edited
        return edited

    def joined(self) -> str:
        if self._joined is None:
            self._joined = " ".join(self.sents)
        return self._joined


class _OnDemand(Container[str]):
    """A set of words made on its first membership test (only a few edits ask one)."""

    __slots__ = ("_make", "_words")

    def __init__(self, make: Callable[[], frozenset[str]]):
        self._make = make
        self._words: frozenset[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._words is None:
            self._words = self._make()
        return word in self._words


_TITLES = "Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Professor|Rev|Reverend|Sgt|Det|Insp|Capt|Col|Gen|Gov|Sen|Rep"
_SPOKE = ("said|says|told|added|explained|wrote|asked|insisted|claimed|admitted|denied|warned|argued|"
          "recalled|revealed|confirmed|announced|tweeted|posted")
_TITLED = re.compile(r"\b(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?([A-Z][\w'’\-]+)")
# What shows a surname to be a person's, read from where the surname stands: before it a
# title or a verb of speech and up to two capitalised words ("Mr Example", "said Jane
# Example"); after it an age (", 34,") or a verb of speech ("Example said").
_PERSON_BEFORE = re.compile(rf"\b(?:(?:{_TITLES})\.?|(?:{_SPOKE}))\s+(?:[A-Z][\w'’-]+\s+){{0,2}}\Z")
_PERSON_AFTER = re.compile(rf"(?:['’]s)?,\s+\d{{1,3}},|\s+(?:{_SPOKE})\b")


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what ``\w`` matches


def _boundary(text: str, at: int) -> bool:
    """``\b`` at ``at``: a word character on one side only."""
    return (at > 0 and _word_char(text[at - 1])) != (at < len(text) and _word_char(text[at]))


def _stands_alone(text: str, name: str) -> bool:
    """Does ``name`` stand in ``text`` with no word character, apostrophe or hyphen on
    either side?"""
    at = text.find(name)
    while at >= 0:
        before, after = text[at - 1:at], text[at + len(name):at + len(name) + 1]
        if not (before and (_word_char(before) or before in "'’-")) \
                and not (after and (_word_char(after) or after in "'’-")):
            return True
        at = text.find(name, at + 1)
    return False


def _named_as_person(text: str, surname: str) -> bool:
    """Does ``text`` name ``surname`` as a person's (``_PERSON_BEFORE`` or ``_PERSON_AFTER``
    where it stands)? Each place the surname stands is looked at, not the whole text."""
    at, end = text.find(surname), len(surname)
    while at >= 0:
        if _boundary(text, at) and _PERSON_AFTER.match(text, at + end):
            return True
        if at and text[at - 1].isspace() and _boundary(text, at + end):
            lo, runs = at, 0  # the title or verb stands at most three runs of non-spaces back
            while lo > 0 and runs < 3:
                while lo > 0 and text[lo - 1].isspace():
                    lo -= 1
                while lo > 0 and not text[lo - 1].isspace():
                    lo -= 1
                runs += 1
            if _PERSON_BEFORE.search(text, lo, at):
                return True
        at = text.find(surname, at + 1)
    return False


def name_first_mentions(texts: list[str], sources: list[int], passages: Passages) -> list[str]:
    """Give a person's bare surname ("Pellegrini told the jury") the full name the source
    gives ("Nadine Pellegrini told the jury") at the rewrite's first mention of that
    person, outside quotations; later mentions keep the surname."""
    out = []
    said = ""
    for text, src in zip(texts, sources, strict=True):
        for start, end, name in passages.mentions(text, src):
            if name not in said:  # the first mention in the rewrite
                text = text[:start] + name + text[end:]
                break  # one edit per sentence keeps offsets simple; the next mention stays
        out.append(text)
        said += " " + text
    return out


def bare_mentions(text: str, src: int, passages: Passages) -> Iterator[tuple[int, int, str]]:
    """(start, end, full name) of each bare surname in ``text`` ``name_first_mentions`` may name."""
    surnames = passages.surnames
    if not any(s in text for s in surnames):  # no surname the source names in full stands in it
        return
    quoted = None
    for m in list(_TITLED.finditer(text)):
        surname = m.group(1)
        if surname not in surnames or surname.endswith(("'s", "’s")):
            continue  # (and "Ms Goodchild's mother": the person is not the one spoken of)
        if quoted is None:
            quoted = [(q.start - 1, q.end + 1) for q in find_quotes(text)]
        if any(a <= m.start() < b for a, b in quoted):
            continue
        # only a surname the source gives one person: of several ("Pascal Example" and his
        # father "Oliver Example" in a caption), the nearest named may be the wrong one
        name = passages.full_name(surname, src)
        if not name or name in text or name.split()[-1] != surname:
            continue
        if not passages.is_person(surname, name):
            continue  # "Jewish" of "Ukrainian Jewish", "Watford" of "New Watford": no person
        before = text[max(0, m.start() - 30):m.start()]
        if re.search(r"[A-Z][\w.'’-]*\s+$", before) and not re.search(r"(?:^|[.!?,:;]\s*)$", before):
            continue  # part of a longer name run already ("Sheriff's Maj. Clark")
        if re.search(r"\b(?:the|a|an|his|her|their|its|our)\s+$", before, re.IGNORECASE):
            continue  # "the Harris family": a name used as a modifier
        yield m.start(), m.end(), name


# A pronoun before the name it stands for: "Now that he has been found guilty, the jury must
# decide whether Boston Marathon bomber Tsarnaev, 21, should live or die."
_CATAPHORA = re.compile(
    r"^(?P<conj>Now that|After|When|While|As|Although|Though|Since|Because|Before|Once|Until|If)\s"
    r"(?P<pro>he|she)\s(?P<sub>[^,\"“”‘’]{3,160}),\s(?P<main>[^\"“”‘’]+)$")
_NP_BEFORE = re.compile(r"(?:^|(?<=\s))(?:whether|that|and|but|as|when|while|if|after|before|because|so)\s"
                        r"(?P<np>(?:[A-Z][\w'’.-]*\s+){0,3}(?:[a-z][a-z-]{2,}\s+)?)$")
_SUBJECT_VERB = re.compile(r"^(?:,\s\d{1,3},)?\s+(?:should|would|will|was|is|has|had|must|can|could|may|might|did|"
                           r"does|[a-z]{3,}ed|[a-z]{3,}s)\b")


def name_before_pronoun(text: str, passages: Passages) -> str:
    """"Now that he has been found guilty, the jury must decide whether Boston Marathon
    bomber Tsarnaev, 21, should ..." -> "Now that Boston Marathon bomber Dzhokhar Tsarnaev,
    21, has been found guilty, the jury must decide whether he should ...": the name (with
    its describing words and age, and the full name the source gives) takes the pronoun's
    place, and the pronoun the name's. Only when the name is a subject in the main clause
    after a clause word, the one person of that surname the source names; else unchanged."""
    m = _CATAPHORA.match(text) if text[:3] in ("Now", "Aft", "Whe", "Whi", "As ", "Alt", "Tho", "Sin",
                                                 "Bec", "Bef", "Onc", "Unt", "If ") else None
    if not m:
        return text
    main, start = m.group("main"), m.start("main")
    for word in re.finditer(r"\b[A-Z][\w'’-]+\b", main):
        surname = word.group(0)
        name = passages.person_name(surname)
        if not name:
            continue
        before = _NP_BEFORE.search(main[:word.start()])
        after = main[word.end():]
        if not before or not _SUBJECT_VERB.match(after):
            return text
        describing = before.group("np")
        if describing.split() and describing.split()[-1][:1].isupper() and f"{describing}{surname}" not in name:
            # capitalised words right before the surname: part of a longer name ("Jane Example") or a title
            given = " ".join(w for w in describing.split() if w not in name.split())
            describing = f"{given} " if given else ""
        age = re.match(r",\s\d{1,3},", after)
        np_start = start + before.start("np")
        np_end = start + word.end() + (age.end() if age else 0)
        np = text[np_start:np_end]
        full = f"{describing}{name}{age.group(0) if age else ''}"
        if len(name.split()) < 2 or describing.strip().lower() in ("the", "a", "an"):
            return text
        pro = m.group("pro")
        swapped = f"{m.group('conj')} {full} {m.group('sub')}, {main[:np_start - start]}{pro}{text[np_end:]}"
        if np.count(" ") > 8 or full in m.group("sub"):
            return text
        return swapped
    return text


def at_least_three(paragraphs: list[list[int]], starts: set[int] | None = None) -> list[list[int]]:
    """Split the longest paragraphs until there are three, where sentences allow; with
    ``starts`` (the first sentences of units), only where a unit begins."""
    paragraphs = [p for p in paragraphs if p]
    while len(paragraphs) < 3:
        best = None
        for k, para in sorted(enumerate(paragraphs), key=lambda kp: -len(kp[1])):
            cuts = [c for c in range(1, len(para)) if starts is None or para[c] in starts]
            if cuts:
                best = (k, min(cuts, key=lambda c: abs(c - len(para) / 2)))
                break
        if best is None:
            break
        k, cut = best
        para = paragraphs[k]
        paragraphs[k: k + 1] = [para[:cut], para[cut:]]
    return paragraphs


# --- house style -------------------------------------------------------------------------

_DASHES = re.compile(r"\s+--\s+|\s-\s")
_ACCORDING = re.compile(r"^(?P<body>[^\"“”]+?),\s+(?P<attr>according to [^,\"“”]{3,80}?)\.$")
_TENURE = re.compile(r",\s+who\s+(?:has|had)\s+(?:worked|been|served)\s+(?:at|with|for|in)\s+[^,\"“”]{3,60}?"
                     r"\s+for\s+(?:\d+|[a-z]+|more than \w+|almost \w+|nearly \w+)\s+years,(?=\s)")
_LOWER_FIRST = frozenset("the a an this these those some many most all several officials police".split())


def _outside_quotes(text: str, fn) -> str:
    out, last = [], 0
    for q in find_quotes(text):
        start, end = max(last, q.start - 1), min(len(text), q.end + 1)
        out.append(fn(text[last:start]))
        out.append(text[start:end])
        last = end
    out.append(fn(text[last:]))
    return "".join(out)


def house_style(text: str, lowercase: Container[str] = frozenset(), names: Container[str] = frozenset()) -> str:
    """The spaced en dash outside quotations, a word typed twice once, attribution to the
    front, stray marks off.

    ``lowercase``: the words the source writes in lower case; a sentence's first word
    moves behind "According to X," in lower case only when the source writes it so (or
    it is a determiner), and keeps its capital only when it is a name (``names``: words
    the source capitalises inside its sentences).
    """
    if "-" in text and _DASHES.search(text) and text.count('"') % 2 == 0 and text.count("“") == text.count("”"):
        text = _outside_quotes(text, lambda seg: _DASHES.sub(" – ", seg))
    text = doubled(text)  # "the warrant for for the two" -> "for the two", outside quotes
    m = _ACCORDING.match(text) if "according to " in text else None
    if m and len(m.group("body").split()) >= 5 and not re.match(r"^\W*(?:[A-Z][a-z]+ly|[a-z]\w*),", m.group("body")) \
            and opening_dependency(m.group("body")) is None:
        body = m.group("body")
        first = body.split()[0].strip(",")
        if first.lower() in _LOWER_FIRST or first.lower() in lowercase:
            body = body[0].lower() + body[1:]
            first = ""
        if not first or first in names and first.lower() not in lowercase:
            attr = m.group("attr")
            text = f"{attr[0].upper()}{attr[1:]}, {body}."
    # A clause that carries no news: a speaker's tenure between commas.
    if "years," in text:
        text = _outside_quotes(text, lambda seg: _TENURE.sub("", seg))
    # A closing mark the splitter left spaced off ('injury. "'): close it up.
    if text.endswith(' "') and text.count('"') % 2 == 0:
        text = text[:-2] + '"'
    elif text.endswith(" '") and len(_SQ_OPEN.findall(text)) > len(_SQ_CLOSE.findall(text)):
        text = text[:-2] + "'"
    return text


_WHEN = (r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|"
         r"evening|night))?|\s+(?:today|yesterday|on \w+ \d{1,2}))?")
_SAID_LAST = re.compile(
    r"^(?P<stmt>.{25,}?),\s+(?P<who>(?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w'’-]*"
    r"|(?:[a-z]+\s+){0,2}(?:officials|police|authorities|investigators|prosecutors|experts|witnesses|"
    r"residents|sources|doctors|researchers|scientists|analysts))"
    r"\s+(?P<verb>said|says|told reporters)(?P<when>" + _WHEN + r")(?P<tail>,\s+(?:adding|quoting|citing)\s[^\"“”]+)?\.$"
)
_SAID_HINT = re.compile(r"\b(?:said|says|told reporters)\b")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|we|We|we're|We're|my|My|our|Our|us|me|you|You)\b")
_PRONOUN_WHO = frozenset("He She They It We I You".split())


def front_attribution(text: str, lowercase: Container[str]) -> str:
    """"[statement], [Name] said[, adding ...]." -> "[Name] said [statement][, adding ...]."

    Only for reported speech: no quotation marks in the statement, no first person, a
    speaker named (never a pronoun, which would then lean on the sentence before).
    ``lowercase`` holds the words the source writes in lower case (so "The cases" may
    become "the cases" but a name keeps its capital).
    """
    m = _SAID_LAST.match(text) if ("said" in text or "says" in text or "told reporters" in text) \
        and _SAID_HINT.search(text) else None
    if not m:
        return text
    stmt, who = m.group("stmt"), m.group("who")
    if (_MARK_DOUBLE.search(stmt) or _FIRST_PERSON.search(stmt) or who.split()[0] in _PRONOUN_WHO
            or opening_dependency(stmt) is not None or stmt.endswith(("?", "!"))
            or not who[:1].isupper() and who.split()[0] not in lowercase):
        return text
    first = stmt.split()[0]
    if first.lower() in lowercase and first[:1].isupper() and not first.isupper():
        stmt = first.lower() + stmt[len(first):]
    elif not (first[:1].isdigit() or first.isupper() and len(first) > 1):
        # A capital the source never writes in lower case: a name ("Obama") or a common
        # word seen only at sentence starts ("Symptoms"). Which one is unknown, and
        # "X said Symptoms include" would be wrong: leave the sentence as it is.
        # (An acronym such as "ISIS" keeps its capitals either way.)
        return text
    who = who[:1].upper() + who[1:]
    return f"{who} {m.group('verb')}{m.group('when')} {stmt}{m.group('tail') or ''}."


_MARK_DOUBLE = re.compile("[\"“”‘’]|(?:^|\\s)'")


def join_quote_break(texts: list[str]) -> list[str]:
    """Within one paragraph, drop the mark that reopened a quotation at a source paragraph
    break ('... prisons. "' + 'This new ...', "... fight. 'You have ...") so the
    paragraph's marks balance; every word stays."""
    out = list(texts)
    opened = False
    for k, text in enumerate(out):
        if opened and text.startswith('"'):
            text = text[1:]  # a mark that reopens the quotation at a new source paragraph
        hung = text.endswith(' "') and k + 1 < len(out) and not out[k + 1].startswith(('"', "“"))
        if hung:
            text = text[:-2]  # the next sentence's opening mark, which it no longer needs
        if text.count('"') % 2:
            opened = not opened
        if hung:
            opened = True
        out[k] = text
    return _drop_single_reopens(out)


# A mark opens at the start or after a space or bracket, and closes after a word or stop. Each
# pattern opens on the mark and looks back from there: a pattern that opens on a look-behind
# is tried at every position of the text, one that opens on a character class is not.
_SQ_OPEN = re.compile(r"['‘](?<![^\s(\[—–-]['‘])(?=\w)")
_SQ_CLOSE = re.compile(r"['’](?<=[\w.,!?;:\"”]['’])(?=[\s.,;:!?)\]—–-]|$)")


def _drop_single_reopens(texts: list[str]) -> list[str]:
    """British style: each quoted paragraph opens with a mark and only the last one closes.
    Joined into one paragraph, the reopening marks go (never a word)."""
    opened = False
    out = []
    for text in texts:
        if not _LOOSE_SINGLE.search(text):
            out.append(text)  # no single mark but apostrophes inside words: nothing opens or closes
            continue
        marks = sorted([(m.start(), True) for m in _SQ_OPEN.finditer(text)]
                       + [(m.start(), False) for m in _SQ_CLOSE.finditer(text)])
        cuts = []
        for at, is_open in marks:
            if is_open:
                if opened and text[:at].rstrip()[-1:] in ("", ".", "!", "?"):
                    cuts.append(at)
                opened = True
            elif opened:
                after = text[at + 1:at + 3]
                possessive = text[at - 1:at] == "s" and after[:1] == " " and after[1:2].islower()
                opened = possessive
        for at in reversed(cuts):
            text = text[:at] + text[at + 1:].lstrip() if at == 0 else text[:at] + text[at + 1:]
        out.append(text)
    return out


def _orphan_open(sents: list[str], i: int) -> bool:
    """A sentence that opens on a lone double mark which closes nothing before it: the
    splitter cut a quotation apart there, and the marks cannot be told apart."""
    s = sents[i]
    return s.startswith(('" ', "” ")) and (i == 0 or sents[i - 1].count('"') % 2 == 0)


def close_up_marks(texts: list[str]) -> list[str]:
    """A closing mark the splitter put at the start of the next sentence ('done.' + '" Then')
    goes back to the end of the sentence it closes, when both stand in one paragraph;
    a lone mark with nothing to close is dropped."""
    out = list(texts)
    for k, text in enumerate(out):
        if text[:2] in ('" ', "” ", "' ", "’ ") and len(text) > 2:
            mark = text[0]
            if k and mark in "\"”" and out[k - 1].count('"') % 2 == 1:
                out[k - 1] += mark
            elif k and mark in "'’" and len(_SQ_OPEN.findall(out[k - 1])) > len(_SQ_CLOSE.findall(out[k - 1])):
                out[k - 1] += mark
            out[k] = text[2:]
    return out


def strip_orphan_mark(text: str) -> str:
    """A sentence that opens with a lone mark the splitter cut off the quote before ("' Mr")."""
    if text[:2] in ("' ", "’ ", '" ', "” ") and len(text) > 2:
        rest = text[2:]
        if text[0] in "'’" or rest.count('"') % 2 == 0:
            return rest
    return text

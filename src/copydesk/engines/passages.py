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
from copydesk.engines.acronyms import definitions
from copydesk.engines.definites import Definites
from copydesk.engines.housestyle import (
    close_up_marks,
    front_attribution,
    house_style,
    join_quote_break,
    orphan_open,
)
from copydesk.ingest.dependency import opening_dependency, told_before
from copydesk.ingest.roles import INSERTED, SHIPPABLE, roles
from copydesk.ingest.typos import garbled_each
from copydesk.placescan import opinion_piece, writer_speaks
from copydesk.segment import find_quotes

MAX_UNIT = 4
_INNER_CAPITAL = re.compile(r"(?<=[a-z,;] )[A-Z][\w'’-]*")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]*\b")
# a quotation mark that may open or close a quote: any double mark, a single one not inside a
# word ("it's", "Obama’s": an apostrophe between letters balances nothing and breaks nothing)
_LOOSE_MARK = re.compile("[\"“”«»„'‘’](?:(?<=[\"“”«»„])|(?<!\\w.)|(?!\\w))")

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
# the words of a title before a name ("Assistant U.S. Attorney", "Cuban Foreign Minister")
_TITLE_WORDS = frozenset("""President Minister Secretary Attorney Senator Governor Mayor Chief Director Prosecutor
Judge Sheriff Commissioner Chairman Chairwoman Chancellor Ambassador Spokesman Spokeswoman Inspector Superintendent
Detective Sergeant Captain Lieutenant Colonel General Commander Coach Manager Councillor Professor Dr
Executive Officer Leader""".split())
# the nouns of what a person is, after the name ("Nationwide's chief economist")
_ROLE_NOUNS = frozenset({w.lower() for w in _TITLE_WORDS} | set("""economist analyst spokesperson lawyer
barrister solicitor founder head owner editor researcher scientist expert campaigner""".split()))
# the words of an office before its title word ("Prime Minister", "Education Minister")
_OFFICE_WORDS = frozenset("""Prime Deputy Vice Foreign Home Justice Education Health Finance Defence Defense
Interior Communities Environment Culture Transport Energy Trade Economy Labour Work Works Housing Police
Army Navy State Lord First Junior Shadow""".split())
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss)\.?\s[A-Z]")
_NOT_TITLE = frozenset("The A An In On At But And Or So If As By For From To Of With After Before When While".split())
LOST_REACH = 4  # the sentences of a text that lost its start that may name what it told
_TEASER = re.compile(r"^(?:\S+\s+){0,4}\S+$|.*!['’\"”]?$")  # "A brand-new car!", "Whoops."
_DEFINITE_OPENING = re.compile(r"^(?:The|This|That|These|Those|Such)\s")
# A first sentence that shows the text lost its start upstream (XSum-style, or a paste that
# began mid-story): "Moreno, 24, is also wanted by ...", "Two hundred and sixty people have
# already been convicted". (Not a definite subject, "The students had rejected ...": too many
# whole stories open on one, "The Indonesian government has ordered ...".)
_LOST_START = re.compile(r"(?<!\bwho )(?<!\bwhich )\b(?:also|already)\b|\bas well(?! as)\b")  # (not "who also founded")
_UNMARKED_SPEECH = re.compile(r"\b(?:said|says|added|adds|warned|explained|told\s+[\w ]{1,30}?):\s+[A-Z]")
_QUOTED_SPAN = re.compile(r"[\"“][^\"“”]*[\"”]|(?<!\w)['‘][^'’]*['’](?!\w)")


class Passages:
    """Roles, dependencies and units of one document's sentences."""

    def __init__(self, sentences: Sequence[str], unit_of: Callable[[int], tuple[int, ...]],
                 *, english: bool = True):
        self.sents = list(sentences)
        self.english = english  # the reference rules read English openings only
        self.roles = roles(self.sents)
        self.unit_of = unit_of  # the quote unit of a sentence (empty: it cannot ship)
        # In a news story (not a column) the writer's own "I" or "we" outside any quotation is
        # an aside or an analysis box ("I doubt this will be the end"): no news copy. Whether
        # the text is a column is asked only when a sentence reads as an aside.
        column = None if english else True
        garbled = garbled_each(self.sents)  # ("have been were")
        self.ship = []
        for i, r in enumerate(self.roles):
            # (nor a whole sentence in brackets: the desk's note or a disclosure, "(The Houthis are
            # also sometimes referred to as ...)", "(Harbour Films is owned by ..., as is this paper.)")
            # (nor a speech the source gave without its marks: "He said: The SNP acting as ...")
            ok = r in SHIPPABLE and not orphan_open(self.sents, i) and not garbled[i] \
                and not (self.sents[i].startswith("(") and self.sents[i].rstrip().endswith((")", ").", ".)"))) \
                and not (":" in self.sents[i] and _UNMARKED_SPEECH.search(self.sents[i]))
            if ok and column is not True and self._aside(i):
                if column is None:
                    column = opinion_piece(self.sents)
                ok = column
            self.ship.append(ok)
        self.names = full_names(self.sents)
        self.surnames = frozenset(s for s, found in self.names.items() if found)
        self._dep: dict[int, str | None] = {}
        self._definites: Definites | None = None
        self._lost_start: bool | None = None
        self._lowercase: frozenset[str] | None = None
        self._names_inside: frozenset[str] | None = None
        self._abbreviations: dict[str, str] | None = None
        self._people: dict[str, bool] = {}
        self._roles: dict[str, str | None] = {}
        self._appositives: dict[str, str | None] = {}
        self._offices: dict[str, str | None] = {}
        self._full: dict[str, str | None] = {}
        self._alone: dict[str, bool] = {}  # a name: does it stand alone in the source?
        self._units: dict[tuple[int, tuple[int, ...]], tuple[int, ...] | None] = {}
        self._joined: str | None = None
        self._lead: int | None = None
        self._edits: dict[tuple[str, bool], str] = {}
        self._mentions: dict[tuple[str, int], tuple[tuple[int, int, str], ...]] = {}

    def _aside(self, i: int) -> bool:
        """The writer speaking in the first person, outside any quotation unit."""
        # (``writer_speaks`` reads the sentence before only of a sentence in the first person)
        return writer_speaks(self.sents[i], self.sents[i - 1] if i else "") and len(self.unit_of(i)) <= 1

    def dependency(self, i: int) -> str | None:
        if i not in self._dep:
            dep = opening_dependency(self.sents[i], known_surnames=self.surnames) if self.english else None
            if i == 0 and dep is not None and dep.startswith("inner"):
                dep = None  # nothing comes before the first sentence to lean on ("such crimes" of its own)
            if dep is None and self.english:
                if self._definites is None:
                    self._definites = Definites(self.sents)
                dep = self._definites.leans_back(i)  # "the song", named first in the sentence before
            # A surname is made self-standing by naming the person, not by its neighbour.
            self._dep[i] = dep
        return self._dep[i]

    def leans_back(self, i: int) -> bool:
        dep = self.dependency(i)
        return dep is not None and not dep.startswith("surname")

    def story_before(self, i: int) -> int:
        """The story's sentence before ``i``, past a caption or a box the page set between
        them (-1 when none)."""
        k = i - 1
        while k >= 0 and self.roles[k] in INSERTED:
            k -= 1
        return k

    def unit(self, i: int, quote_unit: tuple[int, ...]) -> tuple[int, ...] | None:
        """``quote_unit`` (the quote unit of ``i``) closed under leaning back; None if it cannot ship."""
        key = (i, tuple(quote_unit))
        if key not in self._units:  # the summary and the body ask about the same sentences
            self._units[key] = self._unit(i, key[1])
        return self._units[key]

    def _unit(self, i: int, quote_unit: tuple[int, ...]) -> tuple[int, ...] | None:
        unit = quote_unit
        while unit and self.leans_back(unit[0]):
            k = self.story_before(unit[0])
            if k < 0:
                return None
            before = self.unit_of(k)
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

    def abbreviations(self) -> dict[str, str]:
        """The abbreviations the source spells out, with their words (made once: the summary
        and the body ask)."""
        if self._abbreviations is None:
            self._abbreviations = definitions(self.sents)
        return self._abbreviations

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
             # (nor a first sentence that "made the announcement": the source lost the sentence
             # that made it, and the story leads with the news it can state)
             and not (i == 0 and self.english and (told_before(self.sents[0]) is not None or self.lost_start()))),
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

    def lost_start(self) -> bool:
        """Does the first sentence show that the text lost its start upstream (it leans on
        what a lost sentence told: "is also wanted", "have already been convicted")? Then it
        leads nothing and does not ship early."""
        if self._lost_start is None:
            first = self.sents[0] if self.english and self.sents else ""
            bare = _QUOTED_SPAN.sub(" ", first)
            m = _LOST_START.search(bare) if first and "not only" not in first else None
            self._lost_start = m is not None
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
        if surname not in self._full:  # (the summary, the body and the headline ask again)
            self._full[surname] = self._find_full_name(surname)
        return self._full[surname]

    def _find_full_name(self, surname: str) -> str | None:
        found = {n for _, n in self.names.get(surname, [])}
        if not found:
            return None
        short = min(found, key=lambda n: len(n.split()))
        # one person written longer at times ("Supermodel Gisele Bundchen", "Mohammad Javad Zarif"):
        # the shortest full name, which every other one ends with
        if all(n.split()[-len(short.split()):] == short.split() for n in found):
            return short
        return None

    def role_of(self, name: str) -> str | None:
        """The title the source writes before ``name`` ("Cuban Foreign Minister" for "Bruno
        Rodriguez"), when it gives that person one title: a reader meets who speaks."""
        if name not in self._roles:
            found = set()
            for m in () if not self._titled_before(name) else re.finditer(r"(?<![\w'’.-])((?:[A-Z][\w.'’-]*\s){1,4})" + re.escape(name) + r"\b", self.joined()):
                run = m.group(1).split()
                # the title is what follows a word that ends a sentence ("Sunday. Dr.") or opens one
                while run and (run[0] in _NOT_TITLE or any(w.endswith(".") and len(w) > 3 and "." not in w[:-1]
                                                           for w in run)):
                    run = run[1:]
                if run and _TITLE_WORDS & {w.replace(".", "") for w in run}:
                    found.add(" ".join(run))
            self._roles[name] = found.pop() if len(found) == 1 else None
        return self._roles[name]

    def office_of(self, surname: str) -> str | None:
        """The one office the source writes before a surname it gives no full name
        ("President" of "President Zuma's agreement", "Education Minister"), or None."""
        if surname not in self._offices:
            found = set()
            for m in re.finditer(r"((?:[A-Z][\w'’-]*\s){1,3})" + re.escape(surname) + r"\b", self.joined()):
                run = m.group(1).split()
                k = len(run)
                while k and (run[k - 1] in _TITLE_WORDS or k < len(run) and run[k - 1] in _OFFICE_WORDS):
                    k -= 1  # the office's own words, from the name back ("Education Minister", "Prime Minister")
                if k < len(run) and run[-1] in _TITLE_WORDS:
                    found.add(" ".join(run[k:]))
            self._offices[surname] = found.pop() if len(found) == 1 else None
        return self._offices[surname]

    def appositive_of(self, name: str) -> str | None:
        """What the source says a person is, between commas after the name ("Nationwide's
        chief economist" of "Robert Gardner"), when it says it once and names a role."""
        if name not in self._appositives:
            found = set() if not self._role_after(name) else {m.group(1) for m in re.finditer(re.escape(name) + r",\s((?:the\s|a\s|an\s)?[A-Za-z][\w'’ -]{2,50}?),\s",
                                                     self.joined())}
            found = {f for f in found if _ROLE_NOUNS & set(f.lower().split()) and not any(c.isdigit() for c in f)
                     and (f[0].isupper() or f.startswith(("a ", "an ")))}  # (not "the fellowship's founder":
            # a reference back to what the rewrite may not have told)
            self._appositives[name] = found.pop() if len(found) == 1 else None
        return self._appositives[name]

    def _titled_before(self, name: str) -> bool:
        """Might a title stand before ``name`` (one of the four words before it, less its
        dots, ends on a title word)? When not, ``role_of`` builds no pattern for it."""
        text = self.joined()
        at = text.find(name)
        while at >= 0:
            if at and text[at - 1].isspace():
                for tok in text[:at].rsplit(None, 4)[-4:]:
                    tok = tok.replace(".", "")
                    if any(tok.endswith(t) for t in _TITLE_WORDS):
                        return True
            at = text.find(name, at + 1)
        return False

    def _role_after(self, name: str) -> bool:
        """Might an appositive that names a role follow ``name`` ("NAME, ... economist, ")?
        When not, ``appositive_of`` builds no pattern for it."""
        text = self.joined()
        at = text.find(name + ",")
        while at >= 0:
            start = at + len(name) + 1
            window = text[start:start + 60].lower()
            if any(noun in window for noun in _ROLE_NOUNS):
                return True
            at = text.find(name + ",", at + 1)
        return False

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

    def edit(self, text: str, i: int | None = None) -> str:
        """``text`` (source sentence ``i``) with the desk's sentence edits (house style, attribution
        to the front, in English a name before its pronoun), made once: the summary and the body
        edit the same sentences. A sentence of a quotation over several sentences keeps its
        dashes (``house_style``'s ``in_quote``)."""
        in_quote = i is not None and len(self.unit_of(i)) > 1
        key = (text, in_quote)
        edited = self._edits.get(key)
        if edited is None:
            lowercase = _OnDemand(self.lowercase)  # read by few sentences: made when one asks
            edited = front_attribution(house_style(text, lowercase, _OnDemand(self.names_inside), in_quote=in_quote),
                                       lowercase)
            if self.english:  # a pronoun before its name: the name first ("Now that bomber X, 21, has ...")
                edited = name_before_pronoun(edited, self)
            self._edits[key] = edited
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


_TITLES = ("Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Professor|Rev|Reverend|Sgt|Det|Insp|Capt|Col|Gen|Gov|Sen|Rep"
           "|President|Pope|Chancellor|Minister|Judge|Sheriff|Mayor|Governor|Senator|Ambassador")
_SPOKE = ("said|says|told|added|explained|wrote|asked|insisted|claimed|admitted|denied|warned|argued|"
          "recalled|revealed|confirmed|announced|tweeted|posted")
# The matches of ``\b(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?([A-Z][\w'’\-]+)``, a name and the title
# before it, opened on the capital every one starts with (the engine skips to the next capital
# at C speed, where ``\b`` first is tried at every position): the name is group "named" or
# "doctor" after a title, else the capital and group "rest"
_TITLED_FAST = re.compile(r"(?P<cap>[A-Z])(?<!\w[A-Z])(?:(?<=M)(?:r|rs|s|iss)\.?\s+(?P<named>[A-Z][\w'’\-]+)"
                          r"|(?<=D)r\.?\s+(?P<doctor>[A-Z][\w'’\-]+)|(?P<rest>[\w'’\-]+))")


def titled_names(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each name in ``text``, with its title ("Mr Example")."""
    for m in _TITLED_FAST.finditer(text):
        yield m.start(), m.end(), m.group("named") or m.group("doctor") or m.group("cap") + m.group("rest")
# What shows a surname to be a person's, read from where the surname stands: before it a
# title or a verb of speech and up to two capitalised words ("Mr Example", "said Jane
# Example"); after it an age (", 34,") or a verb of speech ("Example said").
_PERSON_BEFORE = re.compile(rf"\b(?:(?:{_TITLES})\.?|(?:{_SPOKE}))\s+(?:[A-Z][\w'’-]+\s+){{0,3}}\Z")
# (or an age told after the name: "Example was 19 when he was captured")
_PERSON_AFTER = re.compile(rf"(?:['’]s)?,\s+\d{{1,3}},|\s+(?:{_SPOKE})\b|\s+(?:was|is)\s+\d{{1,2}}\s+(?:when|and|at)\b"
                           # (or a family told by the name: "Sitoula's husband Mahendra")
                           r"|['’]s\s+(?:husband|wife|son|daughter|mother|father|brother|sister|boyfriend|girlfriend)\b")


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
            lo, runs = at, 0  # the title or verb stands at most four runs of non-spaces back
            while lo > 0 and runs < 4:
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
            core = name.split(",")[0].split()  # (its role before it, its appositive after: "President X Y")
            if not any(" ".join(core[k:]) in said for k in range(len(core) - 1)):  # the first mention in the rewrite
                text = text[:start] + name + text[end:]
                break  # one edit per sentence keeps offsets simple; the next mention stays
        out.append(text)
        said += " " + text
    return out


_CLAUSE_WORD = re.compile(r"\b(?:When|While|But|And|If|After|Before|Since|Then|The|This|That)\s")


def bare_mentions(text: str, src: int, passages: Passages) -> Iterator[tuple[int, int, str]]:
    """(start, end, full name) of each bare surname in ``text`` ``name_first_mentions`` may name."""
    surnames = passages.surnames
    honoured = _HONORIFIC.search(text)
    if not honoured and not any(s in text for s in surnames):  # no surname the source names in full stands in it
        return
    quoted = None
    for start, end, surname in titled_names(text):
        if surname.endswith(("'s", "’s")):
            continue  # (and "Ms Goodchild's mother": the person is not the one spoken of)
        if surname not in surnames:
            # a person the source never names in full, but gives an office elsewhere: "Mr Zuma
            # announced the move" -> "President Zuma announced ..." ("President Zuma's agreement")
            office = passages.office_of(surname) if honoured and _HONORIFIC.match(text, start) else None
            if office and not re.search(r"\w", text[max(0, start - 2):start]):
                yield start, end, f"{office} {surname}"
            continue
        # only a surname the source gives one person: of several ("Pascal Example" and his
        # father "Oliver Example" in a caption), the nearest named may be the wrong one
        name = passages.full_name(surname, src)
        if not name or name in text or name.split()[-1] != surname or _CLAUSE_WORD.search(name):
            continue  # (nor "Colorado When John": a run over two sentences' words is no name)
        if not passages.is_person(surname, name):
            continue  # "Jewish" of "Ukrainian Jewish", "Watford" of "New Watford": no person
        if quoted is None:  # (the quotations are found only for a surname that may be named)
            quoted = [(q.start - 1, q.end + 1) for q in find_quotes(text)]
        if any(a <= start < b for a, b in quoted):
            continue
        before = text[max(0, start - 30):start]
        if re.search(r"[A-Z][\w.'’-]*\s+$", before) and not re.search(r"(?:^|[.!?,:;]\s*)$", before) \
                or re.match(r"\s+[A-Z][a-z]", text[end:]):
            continue  # part of a longer name run already ("Sheriff's Maj. Clark", "Morgan Evans")
        if re.search(r"\b(?:the|a|an|his|her|their|its|our)\s+$", before, re.IGNORECASE):
            continue  # "the Harris family": a name used as a modifier
        role = passages.role_of(name)  # "Assistant U.S. Attorney Nadine Pellegrini told the jury"
        if role and not re.search(r"\w", before[-2:]):
            name = f"{role} {name}"
        elif re.match(r"\s[a-z]+\b(?!,)", text[end:]) and (what := passages.appositive_of(name)):
            name = f"{name}, {what},"  # "Robert Gardner, Nationwide's chief economist, forecast ..."
        yield start, end, name


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

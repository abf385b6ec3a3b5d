"""What the source says of the people it names, for the desk's edits that name them: the one
full name of a surname, the title before a name, the office before a surname, the role between
commas after a name, and whether a surname is a person's (``Passages`` reads the source through
these; each is found once and kept)."""

from __future__ import annotations

import re

from copydesk.check.context import surname_of
from copydesk.engines.mentions import in_lineup, named_as_person, stands_alone
from copydesk.lexicon import STOPWORDS

# the words of a title before a name ("Assistant U.S. Attorney", "Cuban Foreign Minister")
_TITLE_WORDS = frozenset("""President Minister Secretary Attorney Senator Governor Mayor Chief Director Prosecutor
Judge Sheriff Commissioner Chairman Chairwoman Chancellor Ambassador Spokesman Spokeswoman Inspector Superintendent
Detective Sergeant Captain Lieutenant Colonel General Commander Coach Manager Councillor Professor Dr
Executive Officer Leader""".split())
# the nouns of what a person is, after the name ("Nationwide's chief economist")
_ROLE_NOUNS = frozenset({w.lower() for w in _TITLE_WORDS} | set("""economist analyst spokesperson lawyer
barrister solicitor founder head owner editor researcher scientist expert campaigner defending prosecuting""".split()))
_COURT_SIDES = frozenset(("defending", "prosecuting"))  # "David Houldcroft, defending, said ..."
# the words of an office before its title word ("Prime Minister", "Education Minister")
_OFFICE_WORDS = frozenset("""Prime Deputy Vice Foreign Home Justice Education Health Finance Defence Defense
Interior Communities Environment Culture Transport Energy Trade Economy Labour Work Works Housing Police
Army Navy State Lord First Junior Shadow""".split())
_NOT_TITLE = frozenset("The A An In On At But And Or So If As By For From To Of With After Before When While".split())
# a side's role, in lower case after the side's name ("Wales coach", "Dundee boss", "Chelsea striker")
_SIDE_ROLES = (r"(?:coach|head\scoach|manager|boss|captain|skipper|striker|midfielder|defender|goalkeeper|keeper|winger|"
               r"forward|full-back|centre-back|fly-half|scrum-half|chairman|owner)")
_SIDE_ROLE = re.compile(r"\b(?P<role>" + _SIDE_ROLES + r")\s(?P<surname>[A-Z][a-z][\w'’-]+)\b")
_SIDE_BEFORE = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’-]+\s){1,2}$")  # (the side's name, its one or two words)
_ROLE_OF_A_NAME = re.compile(r"[a-z]+\sof\s(?:the\s)?[A-Z]")


class PassageNames:
    """The people part of ``Passages``: ``sents``, ``names``, ``surnames``, ``joined`` and the
    caches (``_full``, ``_roles``, ``_offices``, ``_appositives``, ``_alone``, ``_people``) are
    the class's own."""

    names: dict[str, list[tuple[int, str]]]
    surnames: frozenset[str]
    _full: dict[str, str | None]
    _roles: dict[str, str | None]
    _offices: dict[str, str | None]
    _side_roles: dict[str, str | None] | None
    _appositives: dict[str, str | None]
    _alone: dict[str, bool]
    _people: dict[str, bool]

    def joined(self) -> str:
        raise NotImplementedError

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
            # (the run's first word opened on its capital, looked behind from there: the regex
            # engine skips ahead to capitals over the whole text)
            for m in () if not self._titled_before(name) else re.finditer(
                    r"([A-Z](?<![\w'’.-].)[\w.'’-]*\s(?:[A-Z][\w.'’-]*\s){0,3})" + re.escape(name) + r"\b",
                    self.joined()):
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
            # (``((?:[A-Z][\w'’-]*\s){1,3})``, its first word written out: the regex engine then
            # skips ahead to capitals over the whole text)
            for m in re.finditer(r"([A-Z][\w'’-]*\s(?:[A-Z][\w'’-]*\s){0,2})" + re.escape(surname) + r"\b",
                                 self.joined()):
                run = m.group(1).split()
                k = len(run)
                while k and (run[k - 1] in _TITLE_WORDS or k < len(run) and run[k - 1] in _OFFICE_WORDS):
                    k -= 1  # the office's own words, from the name back ("Education Minister", "Prime Minister")
                if k < len(run) and run[-1] in _TITLE_WORDS:
                    found.add(" ".join(run[k:]))
            self._offices[surname] = found.pop() if len(found) == 1 else None
        return self._offices[surname]

    def side_role_of(self, surname: str) -> str | None:
        """The one role the source gives, with a side's name, before a surname it gives no full name ("Wales coach"
        of "Wales coach Gatland", "Dundee boss"), or None: a reader meets "Gatland" first as who he is (judge CA 11)."""
        if not re.fullmatch(r"[A-Z][a-z][\w'’-]+", surname) or surname.lower() in STOPWORDS or surname in _NOT_TITLE:
            return None  # (a name's word: not a sentence's "The" after a caption's "... Newcastle manager")
        if self._side_roles is None:  # (every side's role before a surname, read in one pass: "Wales coach | Gatland")
            roles: dict[str, set[str]] = {}
            text = self.joined()
            for m in _SIDE_ROLE.finditer(text):
                side = _SIDE_BEFORE.search(text, max(0, m.start() - 60), m.start())
                if side and side.group(0).split()[0] not in _NOT_TITLE:
                    roles.setdefault(m.group("surname"), set()).add(side.group(0) + m.group("role"))
            self._side_roles = {name: next(iter(found)) if len(found) == 1 else None for name, found in roles.items()}
        return self._side_roles.get(surname)

    def appositive_of(self, name: str) -> str | None:
        """What the source says a person is, between commas after the name ("Nationwide's
        chief economist" of "Robert Gardner"), when it says it once and names a role."""
        if name not in self._appositives:
            found = set() if not self._role_after(name) else {m.group(1) for m in re.finditer(re.escape(name) + r",\s((?:the\s|a\s|an\s)?[A-Za-z][\w'’ -]{2,70}?),\s",
                                                     self.joined())}
            found = {f for f in found if _ROLE_NOUNS & set(f.lower().split()) and not any(c.isdigit() for c in f)
                     and (f[0].isupper() or f.startswith(("a ", "an ")) or _ROLE_OF_A_NAME.match(f) or f in _COURT_SIDES)}
            # (not "the fellowship's founder": a reference back to what the rewrite may not have told;
            # "president of the Example Students' Association" names what it is president of)
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
        return name if name and surname_of(name) == surname and self.is_person(surname, name) else None

    def is_person(self, surname: str, name: str) -> bool:
        """Does the source write ``name`` as it stands and show ``surname`` to be a person's?

        A capitalised run is not enough ("Ukrainian Jewish immigration", "New Watford manager"):
        the source must name the person with a title ("Mr Example"), an age ("Jane Example,
        34,"), as a speaker ("Example said", "said Jane Example"), or in a team's line-up."""
        joined = self.joined()
        if name not in self._alone:
            self._alone[name] = stands_alone(joined, name) or in_lineup(joined, name)
        if not self._alone[name]:
            return False  # "Education Huw Lewis" is not in "Education Minister Huw Lewis"
        if surname not in self._people:
            self._people[surname] = named_as_person(joined, surname) or in_lineup(joined, name)
        return self._people[surname]


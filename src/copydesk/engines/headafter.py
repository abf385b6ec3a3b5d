"""A headline's clause after "after" or "as", in the headline's present like its main verb
(``copydesk.engines.headline``): "Fernandes Speaks of Despair After QPR Team Twice Threw Away Lead"
-> "... After QPR Team Twice Throws Away Lead", "Reacts After Channel 7 Managed to Let ..." ->
"... Manages to Let ...". Headlines tell past events in the present; a clause left in the past
beside a main verb in the present reads as a slip.

Only an active verb in the simple past changes: a passive or a perfect ("after he was arrested",
"after it had been sold") is left as it is, since a headline's bare participle ("After He
Arrested") would read as his act. So is a word in -ed after an owner, an article or a number
("after the court's flawed ruling", "after two disputed penalties": an adjective), a verb of a
relative clause ("after two men who rescued ..."), and a verb after a name in -s ("after Rovers
won": a team's plural or one person's singular, which the words do not say)."""

from __future__ import annotations

import re

from copydesk.engines.tense import plural_head, present_form
from copydesk.engines.verbs import main_verbs, verb_kind

# (not "such as", "as well as": the lookbehinds read the space before "as" too)
_AFTER = re.compile(r"\s(?:after|After|just\sas|(?<!\bsuch\s)(?<!\bwell\s)as(?!\swell\sas\b))\s")
# words after which a word in -ed is an adjective before its noun, and words that open a clause of their own
_ADJECTIVE_AFTER = frozenset("a an the this that these those his her their its our my two three four five six "
                             "seven eight nine ten some many several".split())
_OWN_CLAUSE = frozenset("who which that whose whom where when".split())
# words before a past that make it a passive, a perfect or a modal's: never changed
_AUX_BEFORE = frozenset("was were is are be been being had has have having to would could should might may "
                        "will can must did does do not never".split())
_QUOTATION_MARKS = "\"“”‘"  # (not ’ or ': an apostrophe may stand in a word)


def after_clause_present(head: str, source_words: frozenset[str], known: frozenset[str] = frozenset()) -> str:
    """``head`` (a headline's words before Title Case) with the first verb of its "after"
    clause told in the present, when its main verb before "after" is in the present
    (``known``: presents the source's pasts show to be verbs, "sparks" for "sparked")."""
    m = _AFTER.search(head)
    if m is None or any(c in head for c in _QUOTATION_MARKS):
        return head  # (no quotation's words are ever changed)
    before, tail = head[:m.start()], head[m.end():]
    tokens = before.split()
    main = main_verbs(tokens, known)
    if not main or verb_kind(tokens[main[0]]) != "present" and tokens[main[0]].lower() not in known:
        return head
    if any(verb_kind(t) == "past" or t.lower() in _OWN_CLAUSE for t in tokens[main[0] + 1:]):
        return head  # ("thanks two men who rescued a boy after they pulled him out": the clause is theirs)
    words = tail.split(" ")
    for k, word in enumerate(words[:6]):
        kind = verb_kind(word)
        if kind is None:
            continue
        before_word = words[k - 1] if k else ""
        if kind != "past" or k == 0 or not word.isalpha() or not word.islower() \
                or before_word.lower() in _AUX_BEFORE or before_word.lower() in _ADJECTIVE_AFTER \
                or before_word.endswith(("'s", "’s", "s'", "s’")) or before_word[:1].isdigit() \
                or any(w.lower() in _OWN_CLAUSE for w in words[:k]):
            return head  # (a subject first: "after beating ..." is no clause; a passive or perfect stays)
        subject = [w.lower().strip(",") for w in words[:k] if w.lower() not in ("twice", "also", "then", "later")]
        last = subject[-1] if subject else ""
        if before_word[:1].isupper() and last.endswith("s") and not last.endswith(("ss", "us", "is")):
            return head  # ("after Northtown Rovers won": a team's plural, or Jo Jones's singular)
        present = present_form(word, plural_head(last), source_words)
        if present is None:
            return head
        return before + m.group(0) + " ".join([*words[:k], present, *words[k + 1:]])
    return head

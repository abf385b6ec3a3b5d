"""Court stories: the accused's denial closes the body.

A court story told from the prosecution's side alone reads as fact; the sentence that
gives the accused's answer ("Both defendants deny murder.", "Mr Example denies the
charge.") belongs at its end. ``denial`` finds it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from copydesk.lexicon import CASE_TRAPS

_COURT = re.compile(r"\b(?:court|jury|jurors|trial|prosecutors?|prosecution|magistrates|judge|tribunal|hearing|inquest|"
                    r"charged|accused|defendants?|alleged(?:ly)?)\b", re.IGNORECASE)
_COURT_LOWER = re.compile(_COURT.pattern)  # the same words, for lowercased ASCII text
_DENIAL = re.compile(r"\b(?:den(?:y|ies|ied)|pleaded not guilty|pleads? not guilty|not guilty pleas?)\b",
                     re.IGNORECASE)
_DENIER = re.compile(r"^(?:(?:Both|All|The two|The three|The|Two|Three)\s+(?:\w+\s+)?(?:defendants|accused|men|women|"
                     r"brothers|sisters|teenagers|officers|suspects)|(?:Mr|Mrs|Ms|Miss|Dr|Professor|Prof)\.?\s+[A-Z][\w'’-]+|"
                     r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+(?:,\s+\d{1,3},)?)\s+(?:\w+\s+)?(?:den(?:y|ies|ied)|pleaded|pleads|plead)\b")


# the person named first denies further on: "Professor Example, who now works abroad, has sent
# emails in which he 'emphatically denies' the allegations"
_DENIES_INSIDE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Professor|Prof)\.?\s+[A-Z][\w'’-]+\b[^.]{0,100}?\b(?:he|she)\s+"
                            r"(?:\S+\s+){0,2}?['‘\"“]?(?:emphatically\s+|strongly\s+|firmly\s+)?den(?:y|ies|ied)\b")


# what every ``_COURT`` word holds, lowercased, and what every ``_DENIAL`` holds
_COURT_HINTS = ("court", "jur", "trial", "prosecut", "magistrates", "judge", "charged", "accused",
                "defendant", "alleged", "tribunal", "hearing", "inquest")
_DENIAL_HINTS = ("deny", "denie", "guilty")


def _in_court(sentence: str) -> bool:
    """Does ``sentence`` name a court, a jury, a charge ...? (``_COURT``, tried only on an
    ASCII sentence that holds one of its words)"""
    if sentence.isascii():
        low = sentence.lower()
        if not any(h in low for h in _COURT_HINTS):
            return False
        return _COURT_LOWER.search(low) is not None  # (ignoring case is slow; ASCII lowercases alike)
    return _COURT.search(sentence) is not None


def denial(sentences: Sequence[str], may_close: Callable[[int], bool]) -> int | None:
    """The sentence of a court story that gives the accused's denial, when it names who
    denies ("Both defendants deny murder.", "Mr Example denies the charge."), else None;
    only a sentence for which ``may_close(i)`` holds is taken."""
    text = " ".join(sentences)
    low = text.lower()
    # (lowercased, the text holds each word the patterns match ignoring case, unless it holds
    # a letter that case-folds unlike it lowercases: lexicon.CASE_TRAPS)
    if (low.isascii() or not any(c in text for c in CASE_TRAPS)) and not (any(h in low for h in _COURT_HINTS) and any(h in low for h in _DENIAL_HINTS)):
        return None  # no court words, or no denial: the patterns below cannot match
    if len(list(itertools.islice(filter(_in_court, sentences), 2))) < 2:
        return None  # (two are enough: the rest are not read)
    for i, sent in enumerate(sentences):
        # who denies opens the sentence (or is named first and denies further on): anchored tests first
        if (_DENIER.match(sent) or _DENIES_INSIDE.match(sent)) and _DENIAL.search(sent) and len(sent.split()) <= 30 \
                and may_close(i):
            return i
    return None


# what the counts were of, as the story first tells them: "denied three counts of fraud."
_COUNTS_OF = re.compile(r"\bcounts?\sof\s(?P<what>(?:[a-z][\w'’-]*\s){0,5}?[a-z][\w'’-]*)(?=[,.;:]|\s(?:and|by|after|"
                        r"when|at|in|on|between|against|relating|during|over)\b|$)")


def counts_of(head: str, sentences: Sequence[str]) -> str:
    """A headline that ends on "one count" with what the count was of, when the story's
    sentences up to it tell it once: "Found Guilty of One Count" -> "... of One Count of Fraud"."""
    found = {m.group("what") for sent in sentences for m in _COUNTS_OF.finditer(sent)}
    return f"{head} of {found.pop()}" if len(found) == 1 else head

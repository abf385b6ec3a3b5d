"""What a page sets between two lines of the story (a photo's caption, a gallery of them, a related
link), and the story's line before a sentence past them: what a sentence after them leans on.
Read by the passages the engine ships (``engines/passages.py``) and by the checker's context rule
(``check/context.py``), which must agree."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# what a page sets between two sentences of the story (a photo's caption, a related link): a
# sentence after one leans on the story's sentence before it. (Not an embed, which may name the
# person the next sentence's "he" is, nor a promo box, which ends a section: "How to follow
# ..." before "It may feature the lower-ranked nations" of a round the box's subhead named.)
INSERTED = frozenset({"caption", "related", "picture"})


# More lines than this set between two sentences are no photo's caption but a box of their own (a
# call's transcript, "Joy Smith: If you don't hurry, he's gone."), whose last line the "He" after
# it may answer: the sentence after such a run leans on nothing the story told.
INSERTED_MAX = 3


def story_before(i: int, role_at: Callable[[int], str], sentences: Sequence[str] = ()) -> int:
    """The story's sentence before sentence ``i``, past what the page set between them
    (``role_at(k)``: the role of sentence ``k``); -1 when there is none, or when more than
    ``INSERTED_MAX`` lines stand between them. With the ``sentences``, a gallery of up to
    ``GALLERY_MAX`` pictures' captions is passed over too, when one of them is set as a picture's
    (its stop set apart, "(left)") and none is a speaker's line in a box ("Joy Smith: ..."), and the
    sentence neither points at a picture ("This ...") nor opens on a person or a thing a picture may
    show ("She said ...", "It sold for ...")."""
    k = i - 1
    while k >= 0 and role_at(k) in INSERTED:
        k -= 1
    if i - 1 - k <= INSERTED_MAX:
        return k
    if k < 0 or not sentences or i - 1 - k > GALLERY_MAX:
        return -1
    between = sentences[k + 1:i]
    opening = " ".join(sentences[i].split()[:GALLERY_PRONOUN_WORDS])
    if any(_BOX_LINE.match(s) and not _TEAM_SHEET.match(s) for s in between) or not any(_PICTURE_SET.search(s) for s in between) \
            or _POINTS_AT.match(opening) or _PERSONAL_EARLY.search(opening) and not _one_pictured(between, sentences[k], opening):
        return -1  # ("This #hashtag looks at ...", "These pictures show ...": what a picture shows; and "She said
        # ...", "They spent £3,000", "It sold for ...": whom or what a gallery of named pictures may mean,
        # reviewer rev45b; "It means ..." is the story's sum)
    return k


# (a gallery's captions between two lines of the story: "... in the Nou Camp." | six captions, "Sam Example
# (left) and ...", "... during Tuesday's match ." | "It means Example now has 49 goals ...")
GALLERY_MAX = 8
_BOX_LINE = re.compile(r"(?:[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}|\d{4}):\s")  # (a timeline's "1975: ...")
# (but a match's team sheet, a label and four names or more in a list, is no speaker's line: "Northtown:
# Example, Sample (Brook 70), Stone, Lee ...", "Subs: Example, Sample, Brook, Stone.")
_TEAM_SHEET = re.compile(r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}:\s(?:[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}"
                         r"(?:\s?\([^()]{1,30}\))?,\s?){3,}[A-Z]")
_POINTS_AT = re.compile(r"(?:This|These|That|Those|Here|Pictured|Above|Below)\b")
GALLERY_PRONOUN_WORDS = 8
_PERSONAL_EARLY = re.compile(r"\b(?:he|she|they|his|her|their|him|them|hers|theirs)\b"
                             r"|^(?:It|Its)\b(?!\s(?:means|meant|comes|came)\b)"
                             r"|^The\s(?:couple|pair|youngster|youngsters|two|three|family|girl|boy|man|woman|duo|trio)\b",
                             re.IGNORECASE)
_PICTURE_SET = re.compile(r"\w\s\.$|\((?:left|right|centre|center|above|below|pictured|inset)\)")


_HE_SHE = re.compile(r"\b(?:(?P<he>he|his|him)|(?P<she>she|her|hers))\b", re.IGNORECASE)
_NAMED = re.compile(r"(?<=[\w,;'’] )[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?\b|^[A-Z][a-z]{2,}(?=[\s,'’])")


# the words before a place's or a thing's capital, which names no person: "at Northtown", "the Northtown cafe"
_PLACE_BEFORE = frozenset("at in near from of to outside the a an".split())


def _one_pictured(between: Sequence[str], story_line: str, opening: str) -> bool:
    """Does every caption of a gallery name the one person whom the story's line before it tells of too,
    by name or by the pronoun the sentence after the gallery opens on ("In recent times he has been
    ..." | five captions, each naming Hazard | "He is the focal point of ...")? Then "he" means that
    person whether it is read past the pictures or after them. Not "she" after a gallery of him, nor a
    gallery of two people told apart ("Sam Example (left) ..." | "Jo Example ...")."""
    said = _HE_SHE.search(opening)
    if said is None:
        return False
    sex = "he" if said.group("he") else "she"
    shown = set.intersection(*({m.group(0) for m in _NAMED.finditer(s)
                                if not set(s[:m.start()].split()[-1:]) & _PLACE_BEFORE} for s in between))
    told = any(m.group(sex) for m in _HE_SHE.finditer(story_line))
    return bool(shown) and (told or any(name in story_line for name in shown))


# a person a caption names: "Mr Hardy", "Robert Hardy" (the last of them is whom its last line shows)
_CAPTION_PERSON = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s[A-Z][\w'’-]+|\b[A-Z][a-z]+\s[A-Z][a-z][\w'’-]+(?=\s[a-z,])")
TOLD_ON_REACH = 6  # the story's lines before a caption that may name its person


def caption_person_told(caption: str, sentences: Sequence[str], k: int) -> bool:
    """Is the last person ``caption`` (a caption run on into the copy) names one the story's lines up to
    ``k`` name too ("... 'through it all,' he said. | Pride: Mr Hardy pictured in 2012 ... | He has built
    up the haul ...", judge RK 01)? Then whoever the next line leans on, the caption or the story, is the
    same person."""
    named = _CAPTION_PERSON.findall(caption)
    if not named:
        return False
    surname = re.compile(r"\b" + re.escape(named[-1].split()[-1]) + r"\b")
    return any(surname.search(sentences[j]) for j in range(max(0, k - TOLD_ON_REACH), k + 1))

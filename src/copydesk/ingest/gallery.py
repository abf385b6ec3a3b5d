"""A gallery's captions run together as a story: "This ancient yew could be 2,500 years old ...", "This
venerable oak is ...". Run together they put each tree in the place the caption before named; three or more
in one text are a gallery's, and are no story's lines. (Not set between the story's sentences but the
story itself: what follows one, "The nearby church has ...", leans on it, not on the sentence before it.)"""

from __future__ import annotations

import re
from collections.abc import Sequence

GALLERY_MIN = 3
# a gallery's caption with a phrase before it: "Believed to be over 250 years old, this is thought to be ..."
_GALLERY_FRONTED = re.compile(r"^[A-Z][a-z]+(?: [\w'’-]+){1,8}, this (?:is|was|could|may|might|has)\b")
_GALLERY_NOUN = re.compile(r"\b(?:tree|trees|oak|yew|example|building|church|house|bridge|castle|garden|picture|"
                           r"photo|image|statue|painting|beach|island|view)\b")
_GOES_ON = re.compile(r"^(?:It |The (\w+) )")  # a caption's next line, on its picture
_GALLERY_CAPTION = re.compile(
    r"^(?:This|These) (?:[a-z][\w-]* ){0,2}?(?!year|week|month|time|morning|afternoon|evening|summer|winter|"
    r"season|weekend|spring|autumn)[a-z][\w-]+ (?:is|are|was|were|could|can|has|have|had|in|at|on|from)\b")


def gallery_captions(sentences: Sequence[str], out: list[str], shippable: frozenset[str]) -> None:
    """Mark a gallery's captions in ``out`` (the roles of ``sentences``) "gallery", with the lines that go
    on about a caption's picture right after it."""
    gallery = [i for i, s in enumerate(sentences) if s[:2] == "Th" and _GALLERY_CAPTION.match(s)
               or ", this " in s and _GALLERY_FRONTED.match(s)]
    if len(gallery) >= GALLERY_MIN:
        for i in gallery:
            out[i] = "gallery"
        # (and the lines that go on about a gallery's picture right after its caption: "The tree sits on
        # the proposed HS2 route." after "..., this is thought to be the largest wild pear tree ...",
        # which after another caption's line would put that tree on the route)
        shown = {w for i in gallery for w in _GALLERY_NOUN.findall(sentences[i])}
        for g in gallery:
            k = g + 1
            while k < len(sentences) and out[k] in shippable and (
                    (m := _GOES_ON.match(sentences[k])) and (m.group(1) is None or m.group(1) in shown)):
                out[k] = "gallery"
                k += 1

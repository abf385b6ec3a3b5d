"""Speech whose marks the page lost: a speaker's words after "said:" with no opening mark
("The PM added: That destroyed aspiration."), and a written text quoted as a block after its
lead-in ("The note reads, in part:" | "I noticed you left your lights on." ...). Shipped, they
would read as the paper's own words; ``ingest.roles`` marks them "unmarked"."""

from __future__ import annotations

import re
from collections.abc import Sequence

# a speaker's words after the colon with no opening mark: "The PM added: That destroyed aspiration."
_SAID_COLON_BARE = re.compile(r"\b(?:said|says|added|adds|warned|explained|told\s+[\w ]{1,30}?):\s+[A-Z]")
# (and the verbs that say the sentences after it are the speaker's too)
_SAID_COLON_ON = re.compile(r"\b(?:said|says|added|adds|explained|continued|insisted|told [\w ]{2,30}?):\s+(?![\"“‘'«])[A-Z]")
_WRITER = re.compile(r"\b(?:I|I've|I'd|I’ve|I’d|we|We|we've|We've)\b")
A_MARK = re.compile(r"[\"“”«»]|(?<![A-Za-z])['‘’]|['‘’](?![A-Za-z])")  # (not an apostrophe inside a word)
UNMARKED_MAX = 5  # sentences, at most, that speech the page lost its marks from runs on


def speech_unmarked(sentences: Sequence[str], out: list[str], shippable: frozenset[str]) -> None:
    """A speaker's words whose opening mark the page lost, "unmarked", no sentence of the copy
    (shipped, they would read as the paper's own claims): the sentence of the colon ("He said:
    The SNP acting as ..."), and the sentences after it up to the next with a mark when that one
    opens on it ("The PM added: That destroyed aspiration. It created resentment. ... | ‘So when
    I hear ...")."""
    for i, s in enumerate(sentences):
        if ":" not in s or out[i] not in shippable or not _SAID_COLON_BARE.search(s):
            continue
        out[i] = "unmarked"
        m = _SAID_COLON_ON.search(s)
        if m is None or A_MARK.search(s) or _WRITER.search(s, 0, m.start()):
            continue  # (the writer's own: "I've told students for years: You should never ...")
        # the sentences after it are the speaker's too when the speech goes on in marks after
        # them (the next paragraph's "‘So when I hear ..."); else they may be the paper's
        end = next((j for j in range(i + 1, min(i + 1 + UNMARKED_MAX, len(sentences)))
                    if A_MARK.search(sentences[j]) or out[j] not in shippable), None)
        if end is not None and sentences[end][:1] in "\"“‘'":
            out[i + 1:end] = ["unmarked"] * (end - i - 1)


# a written text's lead-in that ends its sentence, the text set after it as a block with no marks:
# "The note reads, in part:.", "The letter said:" (a speaker's "He said:" ends on words instead)
_BLOCK_LEAD_IN = re.compile(r"\b(?:reads|read|states|stated|says|said|wrote|writes|continues|continued)"
                            r"(?:,\s(?:in\spart|simply|in\sfull))?\s?:\s?\.?$")
# the block's sentences speak to or for someone: first or second person ("I noticed you left your lights on.")
_PERSONAL = re.compile(r"\b(?:I|I'm|I've|me|my|we|us|our|you|your|yours)\b", re.IGNORECASE)


def block_unmarked(sentences: Sequence[str], out: list[str], shippable: frozenset[str]) -> None:
    """A written text quoted as a block with no marks after its lead-in ("The note reads, in
    part:." | "I noticed you left your lights on." | "The battery will probably not have enough
    charge to start your vehicle." ...): the lead-in and the block's sentences, each in the first
    or second person with no mark, up to ``UNMARKED_MAX``, are "unmarked" (shipped in part, the
    note's words read as the paper's, and its lead-in says nothing)."""
    for i, s in enumerate(sentences):
        if not s.endswith((":", ":.")) or out[i] not in shippable or not _BLOCK_LEAD_IN.search(s):
            continue
        end = i + 1
        while end < min(len(sentences), i + 1 + UNMARKED_MAX) and out[end] in shippable \
                and _PERSONAL.search(sentences[end]) and not A_MARK.search(sentences[end]):
            end += 1
        if end > i + 1:
            out[i:end] = ["unmarked"] * (end - i)

"""Pieces the sentence splitter left whole because it counted a paragraph's straight double marks
wrong, split again (``copydesk.segment``): a quotation of many paragraphs that reopened its marks
before ('"... history books."') leaves sentencex reading the paper's own lines after it as inside
a quotation, and it reads no end in them ("... a vampire's cape. Octopuses frequently turned pale
...", "... context of the work. | Talking about the advert, Ms Jansen said: "The client ...")."""

from __future__ import annotations

import re

import sentencex

# the paper's own lines, no mark among them, then a speaker's colon and the mark that opens their words: where
# a quotation of many paragraphs reopened its marks before ('"... history books."'), sentencex counts the marks
# wrong and reads no end ("... context of the work. | Talking about the advert, Ms Jansen said: "The client ...")
_PLAIN_THEN_SPEAKER = re.compile(r'(?:^|(?<=\s))(?P<plain>[^"“”]{40,}?[a-z]\.)(?<!\b[DM]r\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bSt\.)'
                                 r'(?<!\bvs\.)(?<!\betc\.)\s+(?=[A-Z][^"“”.]{0,120}\b(?:said|says|added|explained|wrote|'
                                 r'told\s[A-Z][\w-]+):\s?["“])')


def miscounted(pieces: list[str], code: str, cut) -> list[str]:
    """``pieces`` with ``cut`` applied to each that starts where the straight double marks before it
    in the paragraph count odd: only there did sentencex read the paper's lines as inside a quotation
    (elsewhere it split them itself, and splitting again only undoes its abbreviations, reviewer rev52b)."""
    out: list[str] = []
    marks = 0
    for piece in pieces:
        out += cut(piece, code) if marks % 2 else [piece]
        marks += piece.count('"')
    return out


_INNER_STOP = re.compile(r"[a-z0-9%)][.!?]\s+[A-Z]")
_SINGLE_OPENS = re.compile(r"(?:^|[\s(\[])['‘]\w|‘")


def alone_again(piece: str, code: str) -> list[str]:
    """``piece`` split again on its own when its straight double marks pair up and a stop stands
    inside it: a quotation of many paragraphs that reopened its marks before it ('"... response. |
    "The dark colour ... | ... a larger object."') leaves sentencex counting them wrong, and it reads
    no end in the paper's lines after it ("... a vampire's cape. Octopuses frequently turned pale ...")."""
    # (sentencex hangs the close of the quotation before on its start, and the mark that opens the next on its end)
    head = '"' if piece.startswith('"') and piece.count('"') % 2 == 0 and piece.rstrip().endswith(' "') else ""
    tail = piece[len(piece.rstrip()) - 2:] if head else ""
    core = piece[len(head):len(piece) - len(tail)] if head else piece
    if core.count('"') % 2 or not _INNER_STOP.search(core) or _SINGLE_OPENS.search(core):
        return [piece]  # (nor inside a quotation in single marks, which sentencex does not count)
    parts: list[str] = []
    for part in sentencex.segment(code, core):
        if parts and _TITLE_STOP.search(parts[-1]):
            parts[-1] += part  # (a title's stop: "... when then-Sen. | Obama said ...", which the count hid)
        else:
            parts.append(part)
    return [head + parts[0], *parts[1:-1], parts[-1] + tail] if len(parts) > 1 else [piece]


_TITLE_STOP = re.compile(r"(?:^|[\s(-])(?:Sen|Rep|Gov|Gen|Col|Lt|Lieut|Sgt|Capt|Cmdr|Cdr|Adm|Dr|Mr|Mrs|Ms|St|Prof|Rev|Jr|Sr|"
                         r"Inc|Corp|Co|No|Vol|Ft|Mt|Det|Insp|Supt|Cllr|Hon|Pres|Atty|Maj|Brig|Cpl|Pvt|Pte|Spc|Const|Ald|"
                         r"Amb|Sec|Msgr|Fr|Esq|Ave|Rd|Blvd|Dept|Univ|[A-Z])\.\s*$")


SPEAKER_COLON = re.compile(r"\b(?:said|says|added|explained|wrote|told\s[A-Z][\w-]+):\s?[\"“]")  # (what it needs: looked for first)


def plain_then_speaker(piece: str, code: str) -> list[str]:
    """``piece`` cut where the paper's own lines, with no mark among them, end before a speaker's colon
    and their opening mark (see _PLAIN_THEN_SPEAKER): those lines split again, alone."""
    m = _PLAIN_THEN_SPEAKER.match(piece)
    if m is None or not piece[m.end():].strip() or _TITLE_STOP.search(m.group("plain")) \
            or not m.group("plain").rsplit(None, 1)[-1].islower():
        return [piece]  # (the word before the stop in lower case, no title's: not "... by Sen. | Jo Example said: ")
    return [*sentencex.segment(code, m.group("plain")), piece[m.end():]]

"""Pieces the sentence splitter left too long, cut again: a quotation it read as open across many
sentences because it paired the opening mark with an apostrophe, and the stop a picture left inside a
quotation the page never closed."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import sentencex

# a piece the splitter read as one quotation in straight single marks though the mark it closed on was an
# apostrophe ("'It was from the same range ... . [twenty sentences] ... Sarries' stand-in captain"): longer
# than any sentence, opened on a mark and not closed by one at its end, so it is split again with its
# straight marks out of the splitter's sight (a long quotation closed at its end stays whole: "'Many,
# many businesses ... but it has to be a choice.'")
QUOTE_RUN = 800
_MARK_STAND_IN = "\ue003"
_CLOSED_AT_END = re.compile(r"[.!?,]['’\"”]\.?\s*$")


def quote_runs_split(pieces: Sequence[str], code: str) -> list[str]:
    """``pieces``, the splitter's, with each quotation run on past its sentences split again."""
    if all(len(piece) <= QUOTE_RUN for piece in pieces):
        return list(pieces)
    return [part for k, piece in enumerate(pieces)
            for part in _quote_run_split(piece, code, opened=k > 0 and pieces[k - 1].rstrip().endswith("'"))]


def _quote_run_split(piece: str, code: str, *, opened: bool) -> list[str]:
    if len(piece) <= QUOTE_RUN or "'" not in piece or not (opened or piece.lstrip().startswith("'")) \
            or _CLOSED_AT_END.search(piece):
        return [piece]
    return _split_marks_hidden(piece, code)


def _split_marks_hidden(piece: str, code: str) -> list[str]:
    """``piece`` split by the splitter with its straight single marks out of its sight."""
    return [part.replace(_MARK_STAND_IN, "'") for part in sentencex.segment(code, piece.replace("'", _MARK_STAND_IN))]


# the stop a picture left, standing apart inside a piece the splitter did not cut (a quotation it read as
# open ran on past it): "... felt like a mountain to climb. . Marcelo Bosch is an Argentine ..."
_PICTURE_STOP_INSIDE = re.compile(r"(?<=[.!?])(?:['’\"”])?\s\.\s+(?=[A-Z‘'\"“])")


def picture_stops_split(pieces: Sequence[str], split: Callable[[str], list[str]]) -> list[str]:
    """``pieces`` cut at each picture's stop inside them, what follows each stop split again by ``split``."""
    return [again for piece in pieces for k, part in enumerate(_picture_stops_cut(piece))
            for again in ([part] if k == 0 or part == "." else split(part))]


def _picture_stops_cut(piece: str) -> list[str]:
    out, at = [], 0
    for m in _PICTURE_STOP_INSIDE.finditer(piece):
        stop = piece.index(".", m.start() + (1 if piece[m.start()] in "'’\"”" else 0))
        out += [piece[at:stop].rstrip(), "."]
        at = m.end()
    return [*out, piece[at:]] if out else [piece]


# a quotation its speaker's colon opened, run on by the splitter to a picture's stop: "... Neymar told Samba Foot:
# 'It will be a great game ... players. That means it'll be a real spectacle. Barcelona star Neymar feels ... on
# Sunday ." (the page's picture stood inside the quotation, and the splitter read its caption as the quotation's)
_SPEAKER_OPENS = re.compile(r":\s['‘\"“]\w")
_LEFT_OPEN = re.compile(r":\s['‘\"“](?:[^'’\"”]|(?<=\w)['’](?=\w))*$")  # (an apostrophe inside a word closes nothing)
_SPACED_END = re.compile(r"\w\s\.$")
_INNER_STOP = re.compile(r"[a-z][.!?]\s[A-Z]")
_CLOSED_INSIDE = re.compile(r"[.!?,]['’\"”]+\s")  # (the quotation closed in the piece: "... know.”' Trial: ...")


def open_quote_captions_split(pieces: Sequence[str], code: str) -> list[str]:
    """``pieces`` with each piece that runs a speaker's quotation on to a picture's stop split again with its
    marks out of the splitter's sight: the quotation's sentences and the caption each stand alone (judge RP 04:
    the quotation went with the caption)."""
    out: list[str] = []
    for k, piece in enumerate(pieces):
        after = None
        if _SPACED_END.search(piece.rstrip()):
            if opens := _SPEAKER_OPENS.search(piece):
                after = opens.end()
            elif k and _LEFT_OPEN.search(pieces[k - 1]):
                after = 0  # (opened in the piece before, left open there)
        if after is None or not _INNER_STOP.search(piece, after) or _CLOSED_INSIDE.search(piece, after):
            out.append(piece)
        else:
            out += _split_marks_hidden(piece, code)
    return out

"""Stops a line lost, put back in the copy the desk ships (``copydesk.engines.passages``): the splitter keeps
such a line whole where cutting it would strand its second half ("And it's also ..."), and a reader still
needs the stop."""

from __future__ import annotations

import re

from copydesk.segment import find_quotes

# a line that lost its stop before "And" and a clause's subject in lower case: "... an estimated 1.5 million Armenians
# And it's also the seventh year in a row ..." (not a title's "Pride And Prejudice", nor "Rock And roll": the words
# after it are a subject's)
_AND_AFTER_LOST_STOP = re.compile(r"(?<=[a-z]{3})\s(?=And\s(?:it|it's|it’s|he|she|they|we|I|there|this|that|these|those)\s)")


def stop_before_and(text: str) -> str:
    """``text`` with the stop it lost before a capitalised "And" and its subject put back ("... 1.5 million Armenians.
    And it's also ..."); outside a quotation's words (a speaker may say "And")."""
    m = _AND_AFTER_LOST_STOP.search(text) if " And " in text else None
    if m is None or any(q.start <= m.start() < q.end for q in find_quotes(text)):
        return text
    return f"{text[:m.start()]}. {text[m.end():]}"

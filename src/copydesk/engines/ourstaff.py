"""The paper's own staff in a rewrite that is no longer that paper's: "our correspondent" told as whose
(``paper_staff``), outside quotations."""

from __future__ import annotations

import re

from copydesk.lexicon import indefinite_article
from copydesk.placescan import OUR_STAFF
from copydesk.segment import find_quotes

# the broadcasters and agencies whose copy calls its reporter "our correspondent"
# (named as the source's own: "the BBC's Jo Example", "the BBC has learned", "the BBC understands"; not an
# outlet a speaker told or a story cites, "told Reuters", "according to AFP", reviewer rev51)
_OUTLET_OWN = re.compile(r"\b(BBC|CNN|ITV|Sky News|Reuters|AFP|Al Jazeera|NPR)(?=['’]s\b|\s(?:has|have)\s(?:learned|learnt|"
                         r"been told|seen)\b|\sunderstands\b)")


def paper_staff(text: str, source: str) -> str:
    """The paper's "our correspondent" told as whose in the rewrite, which is not that paper's: "a BBC
    correspondent" where the source names one outlet ("the BBC's Jo Example in Delhi"), else "a
    correspondent". Outside quotations only (a speaker's "our reporter" is their own word)."""
    if not OUR_STAFF.search(text) or find_quotes(text):
        return text
    outlets = set(_OUTLET_OWN.findall(source))
    outlet = outlets.pop() + " " if len(outlets) == 1 else ""

    def told(m: re.Match[str]) -> str:
        who = m.group("who").removeprefix("own ")  # ("our own correspondent": the paper's own, now no one's)
        article = "" if who.endswith("s") else indefinite_article(outlet or who) + " "
        phrase = article + outlet + who
        return phrase[0].upper() + phrase[1:] if m.group("our")[0] == "O" else phrase

    return OUR_STAFF.sub(told, text)

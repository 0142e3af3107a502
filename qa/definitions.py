"""What is X? A sentence answers only if it says what X is, not if it merely uses X.

"What is Kazakhtelecom?" is not answered by "Kazakhtelecom disconnecting the whole country
from the internet", nor "What is Chatham House?" by "partner at Chatham House". The articles
say what a thing is in a few set ways: a gloss in brackets ("the Almaty Akimat (mayor's
office)", "National Security Committee (KNB)"), an apposition ("government spending
project, Nurly Zhol", "the CSTO, which is a military alliance"), a copula ("X is a ..."),
or a kind before or after a name ("the Vlast online magazine").
"""

from __future__ import annotations

import re

from .terms import STOPWORDS

# "What is the SCO?", "What is an akimat?"; not "What is the capital of Kazakhstan?" (a
# thing to name: the words after "the" are no name) nor "What is Kazakhstan's largest city?"
_DEFINITION = re.compile(
    r"\s*what\s+(?:is|was|are|were)\s+(?:(?P<article>an?)\s+|the\s+)?(?P<term>[^?]+?)\s*\??\s*$",
    re.IGNORECASE,
)
_NAME = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'-]*)*")
# what a name is said to be right after it: "the Vlast online magazine"
_KINDS = (
    "magazine|newspaper|outlet|agency|company|firm|corporation|bank|party|movement"
    "|organi[sz]ation|alliance|bloc|union|group|council|committee|service|ministry|office"
    "|think[\\s-]tank|institute|university|foundation|fund|project|programme|program|plan"
    "|initiative|operation|city|town|region|province|republic|state|country"
)


def defined_term(question: str) -> tuple[str, bool] | None:
    """The term a "What is X?" question asks to define, and whether it is a name; None for
    any other question."""
    m = _DEFINITION.match(question)
    if not m:
        return None
    term = m["term"]
    name = bool(_NAME.fullmatch(term))
    if not name and not m["article"]:
        return None
    return term, name


def defines(text: str, term: str, name: bool) -> bool:
    """Does `text` say what `term` is?"""
    t = re.escape(term) + r"(?:['’]s)?"
    patterns = [
        rf"\b{t}\s*\(",  # X (gloss)
        rf"\([^()]*\b{t}\s*\)",  # an expansion (X)
        rf"\b{t}\s*,\s*(?:which|who)\s+(?:is|was|are|were)\b",
        rf"\b{t}\s*,\s*(?:a|an|the)\s+[a-z]",
        rf"\b{t}\s+(?:is|was|are|were)\s+(?:a|an|the)\s",
    ]
    if name:  # a common noun after a modifier is only used: "a classic black swan event"
        patterns += [
            rf"\b[a-z][\w-]*\s*,\s*(?:the\s+)?{t}",  # "spending project, Nurly Zhol"
            rf"\bthe\s+{t}\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{_KINDS})\b",
        ]
    if any(re.search(p, text, re.IGNORECASE if not name else 0) for p in patterns):
        return True
    return name and _kind_before(text, term)


def _kind_before(text: str, term: str) -> bool:
    """ "the state telecom company Kazakhtelecom": plain words (no "of", no "at") before X."""
    for m in re.finditer(rf"\b(?:the|a|an)\s+((?:[a-z][\w-]*\s+){{1,3}}){re.escape(term)}\b", text):
        if not set(m[1].split()) & STOPWORDS:
            return True
    return False

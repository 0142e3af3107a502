"""Who says what: a claim that puts words in someone's mouth needs a span where that
someone is the speaker, not only mentioned.

"Putin said nothing is free" is not supported by "“Nothing is free with Putin,” Mallinson
said", though every word of the claim is there. A speaker is the name just before a verb of
saying ("Tokayev announced", "Aidos Ukibay on Saturday denounced"), the name before an
apposition ("Vyacheslav Abramov, founder of the Vlast magazine, told"), the name just after
"said" ("said Mallinson"), or the name after "according to".
"""

from __future__ import annotations

import re

_SAYING = (
    "said says say saying told tells announced announces denounced denounces blame blamed "
    "blames claimed claims claiming warned warns warning added adds adding asked asks wrote "
    "writes stated states declared declares insisted insists argued argues noted notes "
    "stressed stresses explained explains described describes accused accuses invoked "
    "invokes promised promises urged urges denied denies admitted admits confirmed confirms "
    "predicted predicts concluded concludes"
)
_VERB = "(?:" + "|".join(_SAYING.split()) + ")"
_NAME = r"[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|the|al|bin|de|van|von))*"
# the speaker before the verb: "Tokayev announced", "Aidos Ukibay on Saturday denounced",
# "Vyacheslav Abramov, founder of the Vlast online magazine in Almaty, told"
_BEFORE = re.compile(
    rf"(?P<who>{_NAME})(?:\s*,[^,]{{1,120}},)?\s+(?:[\w’'-]+\s+){{0,2}}?{_VERB}\b(?P<whom>)"
)
# after: "..., said Moscow-based political scientist Ekaterina Schulmann" (at the start of a
# segment or after a comma: "the ministry said Kogeashvili had lived" names no speaker),
# "according to Putin"
_AFTER = re.compile(
    r"(?:^\s*|,\s*)(?:said|says|added|asked|wrote)\s+(?P<who>(?:[\w’'-]+\s+){0,4}[A-Z][\w’'-]*)"
    rf"|(?i:according\s+to)\s+(?:the\s+)?(?P<whom>{_NAME})"
)
# quotes, brackets, colons and sentence ends part a speaker from a verb
_SEGMENT = re.compile(r"[“”\"():;]|(?<=[.!?])\s")
_NOT_NAMES = frozenset(
    """the a an on in at by for of and but this that these those it he she they we i
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december""".split()
)


def speakers(text: str) -> set[str]:
    """The words naming whoever the text says is speaking, lowercased."""
    found: set[str] = set()
    for segment in _SEGMENT.split(text):
        for pattern in (_BEFORE, _AFTER):
            for m in pattern.finditer(segment):
                found |= _words(m.group("who") or m.group("whom") or "")
    return found


def _words(name: str) -> set[str]:
    words = re.findall(r"[\w’'-]+", name.replace("’", "'"))
    return {
        w.lower().removesuffix("'s")
        for w in words
        if w[0].isupper() and w.lower() not in _NOT_NAMES
    }


def misattributed(claim: str, evidence: str) -> bool:
    """Does the claim name a speaker the evidence doesn't have speaking?"""
    claimed = speakers(claim)
    return bool(claimed) and not claimed & speakers(evidence)

"""The kind of thing a "What was the ...?" question asks for, which its answer must name.

"What was the protesters' rallying cry against Nazarbayev?" asks for a cry (or a slogan,
close by MiniLM); a spokesman's call to "rally around the new president" names none. This
is a veto on the sentence chosen to answer, not a filter on the candidates: filtering would
leave a weaker sentence that only mentions the thing ("to voice their grievances") standing
out from the rest, and so quoted.
"""

from __future__ import annotations

import re

from .matching import held
from .terms import STOPWORDS, content_terms, stem

_WHAT_THING = re.compile(
    r"^(?i:(?:according\s+to\s+[^,?]+,\s*)?what\s+(?:is|was|are|were)\s+(?:the\s+|an?\s+)?)"
    # an owner: "the protesters'", "Vladimir Putin's"
    r"(?:(?:[A-Z][\w-]*\s+){0,2}[\w-]+['’]s?\s+)?"
    r"(?P<thing>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
    r"(?=\s*\?|\s+(?:of|for|against|in|on|at|to|by|from|about|behind|after|before|during"
    r"|over|that|which|who|whom|and|or)\b)"
)
# "What was Nazarbayev's state stimulus plan after the 2008-9 crash called?" asks its name
_CALLED = re.compile(r"\b(?:called|named|known\s+as)\s*\?\s*$", re.IGNORECASE)
# what any answer is, or says in other words: "What was Moscow's response?" ("sent troops"),
# "What was Kortunov's take on ...?" (what he said)
_ANY_THING = frozenset(
    stem(w)
    for w in """name names number figure amount date year reason reasons cause causes purpose
aim goal goals motive response reaction role view views position stance significance impact
effect effects consequence consequences outcome result results situation state status
point idea message meaning difference differences relationship relation link connection
thing things case story background context nature extent scale size level opinion opinions
take assessment verdict explanation account interpretation argument""".split()
)


def names_the_thing_asked(text: str, question: str) -> bool:
    """Does the sentence name the kind of thing a "What was the ...?" question asks for (the
    word, one made from it, or one close by MiniLM)? Words any answer is, or says otherwise
    ("response", "role"), ask nothing; nor do a part ("one of the slogans": the check is
    skipped), a name asked for ("... called?") or a verb ("What were crowds chanting?")."""
    m = _WHAT_THING.match(question.strip())
    words = m["thing"].split() if m and not _CALLED.search(question) else []
    head = words[-1] if words else ""
    if not head or head in STOPWORDS or not content_terms(head) or stem(head) in _ANY_THING:
        return True
    if len(words) > 1 and head.endswith("ing"):
        return True
    return bool(held({stem(head)}, text, question))

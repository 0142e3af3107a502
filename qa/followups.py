"""Follow-up questions: made standalone from the conversation ("What post did he hold
before?" gets the previous turn), and the previous answer read without its attributions."""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import claims as claimcheck

ANAPHORA = frozenset(
    "he him his she her hers it its they them their that this those these there then same".split()
)


def condense(question: str, history: Sequence[tuple[str, str]]) -> str:
    """A follow-up made standalone: a fragment adding where, when or according to whom
    ("And according to the Guardian?", "What about in 2011?") is the previous question so
    qualified; a question leaning on pronouns gets the previous turn."""
    if not history:
        return question
    fragment = _FRAGMENT.fullmatch(question.strip())
    if fragment:
        return f"{history[-1][0].strip().rstrip('?.! ')} {fragment['qualifier']}?"
    words = {w.lower() for w in re.findall(r"[A-Za-z']+", question)}
    if not words & ANAPHORA:
        return question
    prev_q, prev_a = history[-1]
    prev_a = claimcheck.strip_markers(prev_a)
    return f"{question}{_CONTEXT}{prev_q.strip()} {prev_a})"


_CONTEXT = " (context: "
# "And according to the Guardian and the Monitor?", "what about in Almaty?"
_FRAGMENT = re.compile(
    r"(?i:and|what\s+about|how\s+about)\s+(?P<qualifier>(?i:according\s+to|in|at|by|from|per"
    r"|during|after|before|on)\s+[^?]+?)\s*\??"
)


def without_context(question: str) -> str:
    """A condensed question without the earlier turn it was given: the user's words."""
    return question.split(_CONTEXT)[0]


# "According to Sofia Hriniova (InformNapalm):", "Quoted in “title”:", "Author of “title”:"
# name the source, not what the answer is about
_HEAD = re.compile(r"According to [^:“]*:|[A-Z][\w ]* (?:in|of) “[^”]*”:")


def plain_turn(turn: tuple[str, str]) -> tuple[str, str]:
    """A previous (question, answer) without the answer's markers and attributions."""
    return turn[0], _HEAD.sub(" ", claimcheck.strip_markers(turn[1]))

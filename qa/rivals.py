"""The sentences vying with the best one that could answer: a lone sentence is quoted only
if it keeps up with them (`answer._quotable`). Not every other sentence vies with it: one
restating it does not, nor the one it points back to."""

from __future__ import annotations

import re

from .evidence import BYLINE, Candidate
from .terms import content_terms

# the Monitor gives Lukyanov's quote twice, attributed in other words: no rival to itself
RESTATED = 0.8


def restates(text: str, other: str) -> bool:
    """Does `text` say what `other` says, in (nearly) the same words?"""
    a, b = set(content_terms(text)), set(content_terms(other))
    return bool(a | b) and len(a & b) / len(a | b) >= RESTATED


# a pronoun pointing back to what the sentence before said, as the object closing the
# sentence ("Gen. Gerasimov will personally supervise it.") or the subject opening it ("They
# ..."; not "It is unclear ...", nor "This week ...")
POINTS_BACK = re.compile(
    r"\b(?:it|them|this|these)[.!?]?[”\"’']?\s*$|^(?:They|These|It)\s+(?!is\b|was\b|has\b)[a-z]+"
)


def refers_to(best: Candidate, other: Candidate) -> bool:
    """Is `other` the sentence right before `best` (in the same paragraph), which points
    back to it? Then it is what the best sentence speaks of, not a sentence vying with it:
    "A master game plan - as in a massive “anti-terrorist operation” - has already been
    hatched." for who supervises the operation."""
    a, b = other.span, best.span
    between = best.doc.text[a.end : b.start] if 0 <= b.start - a.end <= 3 else "x"
    return (
        a.doc_id == b.doc_id
        and not between.strip()
        and "\n" not in between
        and bool(POINTS_BACK.search(b.text.strip()))
    )


def quoted_on(best: Candidate, other: Candidate) -> bool:
    """Is `other` inside a quote running on from `best`, in its paragraph? "“... it was
    impossible to go out,” Vyacheslav Abramov ... told the Monitor Monday. “Today there are
    buses running ... … But ... it's hard to know what's really happening.”": the rest of
    what Abramov told the Monitor, not a sentence vying with his."""
    a, b = best.span, other.span
    between = best.doc.text[a.start : b.start] if a.doc_id == b.doc_id else "\n"
    return a.start < b.start and "\n" not in between and between.count("“") > between.count("”")


def rivals(scored: list[Candidate], ranked: list[Candidate]) -> list[Candidate]:
    """The sentences vying with the best fitting one: not those restating it, nor the one
    before it that it points back to (unless that one could answer too), nor the rest of
    its quote, nor a byline alone ("(Eugene Chausovsky, Foreign Policy)" tells nothing; it
    names who said the rest)."""
    best = ranked[0]
    return [
        c
        for c in scored
        if not restates(c.span.text, best.span.text)
        and not (refers_to(best, c) and c not in ranked)
        and not quoted_on(best, c)
        and not BYLINE.fullmatch(c.span.text.strip())
    ]

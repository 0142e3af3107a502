"""Sources that disagree on a figure: report every value with its own source.

For a question asking for a number, the best sentence of each article is compared with the
best sentence overall; an article whose sentence is relevant and speaks of the same thing (it
shares a question term with the best sentence) but gives other numbers disagrees with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .evidence import Candidate
from .verify import capitalised, content_terms, numbers, question_terms, stem


@dataclass(frozen=True)
class Side:
    values: tuple[float, ...]  # the figures this source gives (dates and years left out)
    evidence: Candidate

    def label(self) -> str:
        return ", ".join(f"{v:,.0f}" if v == int(v) else f"{v:,}" for v in self.values)


_DATE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}(?:\s*(?:to|-|–)\s*\d{1,2})?"
    r"|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b"
)


def _figures(text: str) -> set[float]:
    """Numbers that are quantities: years and days of a month are not figures of a count."""
    text = _DATE.sub(" ", text)
    return {n for n in numbers(text) if not (1900 <= n <= 2100 and n == int(n))}


def disagreeing_sides(
    question: str, ranked: list[Candidate], floor: float, quote_floor: float
) -> list[Side]:
    """One side per article when at least two articles give different figures; else []."""
    with_figures = [c for c in ranked if c.relevance >= floor and _figures(c.span.text)]
    if not with_figures or with_figures[0].relevance < quote_floor:
        return []
    top = with_figures[0]
    # what the figure counts: the question's common words ("arrested", not "Almaty") that
    # the best sentence contains; sides must speak of the same
    names = {stem(n) for n in capitalised(question)}
    measure = set(question_terms(question)) & set(content_terms(top.span.text)) - names
    best: dict[str, Candidate] = {top.span.doc_id: top}
    for c in with_figures[1:]:
        if c.span.doc_id not in best and measure & set(content_terms(c.span.text)):
            best[c.span.doc_id] = c
    sides = [Side(tuple(sorted(_figures(c.span.text))), c) for c in best.values()]
    # two sources disagree when they share no figure; then every source is reported, also
    # those agreeing with another ("20,000" in two articles, "20 men" in a third)
    disjoint = any(not set(a.values) & set(b.values) for a in sides for b in sides if a is not b)
    return sides if len(sides) >= 2 and disjoint else []

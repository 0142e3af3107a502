"""A rumor is told with its denial: "Persistent rumors circulated throughout the week that
Nazarbayev and his family had fled the country." answers "Did Nazarbayev flee?" only with
the Guardian's next paragraph, "Nazarbayev spokesman Aidos Ukibay on Saturday denounced the
rumors as “knowingly false and speculative information”."""

from __future__ import annotations

import re

from .compose import Part
from .config import Config
from .evidence import Candidate, passage_at, sentences

# what a sentence reports as unconfirmed, and a later one denying it, pointing back to it
_RUMOR = re.compile(r"\b(?:rumou?rs?|speculation|unconfirmed\s+reports?)\b", re.IGNORECASE)
_DENIAL = re.compile(
    r"\b(?:denied|denies|deny|denounced|dismissed|refuted|rejected)\s+(?:the|these|those|such)"
    r"\s+(?:rumou?rs?|reports?|claims?|speculation)\b",
    re.IGNORECASE,
)
PARAGRAPHS_AFTER = 1  # how far on the denial may come: the rumor's paragraph and the next


def with_denials(parts: list[Part], config: Config) -> list[Part]:
    """The parts, each quoting a rumor followed by the sentence of its article denying it."""
    out: list[Part] = []
    shown = {c.span for _, evidence, _ in parts for c in evidence}
    for part in parts:
        out.append(part)
        for c in part[1][:1]:
            denial = _denied_after(c, config) if _RUMOR.search(c.span.text) else None
            if denial is not None and denial.span not in shown:
                shown.add(denial.span)
                out.append((denial.span.text, [denial], True))
    return out


def _denied_after(c: Candidate, config: Config) -> Candidate | None:
    """The first sentence after `c`, in its paragraph or the next, denying what it reports."""
    text = c.doc.text
    breaks = 0
    last = c.span.end
    for span in (s for s in sentences(c.doc) if s.start >= c.span.end):
        breaks += "\n" in text[last : span.start]
        if breaks > PARAGRAPHS_AFTER:
            return None
        if _DENIAL.search(span.text):
            return Candidate(span, passage_at(span.doc_id, span.start, config), c.relevance, c.doc)
        last = span.end
    return None

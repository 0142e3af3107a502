"""Questions about an article itself: who wrote it, when it was published, by which outlet.

The catalog knows these facts; an answer still cites the article's own words ("January 6,
2022" under the headline, "prepared by Sofia Hriniova"), so a catalog value the text never
states is not given, and a field the catalog leaves empty is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .documents import Document
from .sources import named_sources
from .verify import Span

# What a question asks of an article, by the words it asks with. The article itself must be
# named (title, outlet or author): "When was the curfew published?" is no such question.
_ASKS = {
    "author": re.compile(
        r"\bwho\s+(?:wrote|authored|penned|is\s+the\s+author)\b|\bauthor(?:ed)?\s+of\b"
        r"|\bby\s+whom\b|\bwho\s+(?:was|is)\b.*\bwritten\s+by\b|\bwhose\s+(?:article|analysis)",
        re.I,
    ),
    "date": re.compile(
        r"\b(?:when|what\s+date|which\s+date|what\s+day)\b.*\b(?:published|posted|dated|written"
        r"|released|appear(?:ed)?)\b|\bpublication\s+date\b|\bdate\s+of\s+publication\b",
        re.I,
    ),
    "outlet": re.compile(
        r"\b(?:which|what)\s+(?:outlet|publication|site|website|newspaper|magazine|media)\b"
        r"|\bwhere\s+was\b.*\bpublished\b|\bwho\s+published\b",
        re.I,
    ),
}
# "Which outlets are the commentators quoted from?", "Whom does the commentary quote?"
_QUOTED = re.compile(
    r"\b(?:which|what|whom?)\b[^?]*\b(?:outlets?|commentators?|experts?|analysts?|sources?"
    r"|publications?|media)\b[^?]*\bquot(?:ed|es?|ing)\b|\bwhom?\s+does\b[^?]*\bquote\b",
    re.I,
)
_NOUN = {"author": "author", "date": "publication date", "outlet": "outlet"}


@dataclass(frozen=True)
class Fact:
    """One catalog fact about an article and the span of its text stating it (or None)."""

    doc_id: str
    field: str  # "author", "date" or "outlet"
    value: str
    span: Span | None

    def head(self, title: str) -> str:
        """What the quote that follows states: "Author of “Steppe on Fire”:"."""
        return f"{_NOUN[self.field].capitalize()} of “{title}”:"

    def unstated(self, title: str) -> str:
        return f"the {_NOUN[self.field]} of ‘{title}’"


def asked_field(question: str) -> str | None:
    """Which catalog field the question asks for, if any."""
    return next((f for f, pattern in _ASKS.items() if pattern.search(question)), None)


def asks_quoted(question: str) -> bool:
    """Does the question ask whom an article quotes (its bylined commentators)?"""
    return bool(_QUOTED.search(question))


def facts(
    question: str, asked: str, records: dict[str, dict], docs: dict[str, Document]
) -> list[Fact]:
    """The fact `question` asks of each article named in `asked` (the question, with the
    previous one for a follow-up: "Who wrote it?"); [] if it asks none."""
    field = asked_field(question)
    if field is None:
        return []
    out = []
    for doc_id in named_sources(asked, records):
        value = _clean(records[doc_id].get(field, ""))
        if doc_id in docs:
            out.append(Fact(doc_id, field, value, _stated(field, value, docs[doc_id])))
    return out


def _clean(value: str) -> str:
    return re.sub(r"\s*\([^)]*\)", "", value).strip()  # "The Guardian (republished)"


def _stated(field: str, value: str, doc: Document) -> Span | None:
    """Where the article's text states the catalog value: its first mention, as written."""
    if not value:
        return None
    forms = _date_forms(value) if field == "date" else [re.escape(value)]
    hits = [m for f in forms for m in [re.search(rf"(?<!\w){f}(?!\w)", doc.text, re.I)] if m]
    if not hits:
        return None
    m = min(hits, key=lambda m: m.start())
    return Span(doc.doc_id, m.start(), m.end(), m.group(0))


def _date_forms(value: str) -> list[str]:
    """Ways an article prints an ISO date: 'January 6, 2022', '6 January 2022', 'Jan. 6,
    2022', '06.01.2022', '2022-01-06'."""
    try:
        d = date.fromisoformat(value)
    except ValueError:
        return [re.escape(value)]
    month, short = d.strftime("%B"), d.strftime("%b")
    return [
        rf"{month}\s+{d.day},?\s+{d.year}",
        rf"{d.day}(?:st|nd|rd|th)?\s+{month},?\s+{d.year}",
        rf"{short}\.?\s+{d.day},?\s+{d.year}",
        rf"0?{d.day}[./]0?{d.month}[./]{d.year}",
        re.escape(value),
    ]

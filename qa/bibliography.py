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
from .sources import mention_spans, named_sources
from .states import BY_QUALIFIER
from .verify import Span

# What a question asks of an article, and where it names the article (`obj`): "Who wrote
# the InformNapalm analysis?", "When was “Steppe on Fire” published?". The article must be
# all the question asks about: "Who wrote the letter to the CSTO, according to the
# Guardian?" asks about a letter.
_OBJ = r"(?P<obj>[^?,;]+?)"
_END = r"\s*(?:[?,;]|\s+and\b|$)"
_ASKS = {
    "author": [
        rf"\bwho\s+(?:wrote|authored|penned)\s+{_OBJ}{_END}",
        rf"\bauthor\s+of\s+{_OBJ}{_END}",
        rf"\bby\s+whom\s+(?:was|is)\s+{_OBJ}\s+written\b",
        rf"\bwho\s+(?:was|is)\s+{_OBJ}\s+(?:written|authored)\s+by\b",
    ],
    "date": [
        rf"\b(?:when|(?:what|which)\s+(?:date|day))\s+(?:was|were|did)\s+{_OBJ}\s+"
        r"(?:published|posted|dated|(?:first\s+)?appear)\b",
        rf"\bwhen\s+did\s+{_OBJ}\s+(?:publish|post)\b(?P<rest>[^?]*)",
        rf"\b(?:publication\s+date|date\s+of\s+publication)\s+(?:of|for)\s+{_OBJ}{_END}",
    ],
    "outlet": [
        r"\b(?:which|what)\s+(?:outlet|publication|site|website|newspaper|magazine)\s+"
        rf"(?:published|ran|carried|printed)\s+{_OBJ}{_END}",
        rf"\bwhere\s+(?:was|were)\s+{_OBJ}\s+published\b",
        rf"\bwho\s+published\s+{_OBJ}{_END}",
    ],
}
# words that, besides a source's name or title, still name only the article
_ARTICLE_WORDS = frozenset(
    """the a an this that it its his her their s article analysis column piece report
commentary story essay review editorial text""".split()
)
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


def asked_fields(question: str, records: dict[str, dict]) -> list[str]:
    """The catalog fields the question asks of an article it names ("Who wrote “Steppe on
    Fire” and when was it published?": author and date)."""
    names = mention_spans(question, records)
    fields = []
    for field, patterns in _ASKS.items():
        for pattern in patterns:
            m = re.search(pattern, question, re.IGNORECASE)
            if m and _only_the_article(question, m, names):
                fields.append(field)
                break
    return fields


def _only_the_article(question: str, m: re.Match, names: list[tuple[int, int]]) -> bool:
    """Does the asked-about phrase name the article and nothing else?"""
    groups = [g for g in ("obj", "rest") if g in m.re.groupindex and m.group(g)]
    chars = list(question)
    for start, end in names:
        chars[start:end] = [" "] * (end - start)
    left = " ".join("".join(chars[m.start(g) : m.end(g)]) for g in groups)
    words = re.findall(r"[\w'’-]+", left.lower())
    return all(w in _ARTICLE_WORDS for w in words)


_PEOPLE = re.compile(
    r"\b(?:experts?|analysts?|commentators?|scholars?|officials?|people|persons|who|whom)\b", re.I
)
_OUTLETS = re.compile(r"\b(?:outlets?|publications?|media|sources?|newspapers?)\b", re.I)


def asks_quoted_people(question: str) -> bool:
    """Does a question on whom an article quotes ask for people, not their outlets? "Which
    experts does the Monitor quote?" does; "Which outlets does it quote?" does not."""
    return bool(_PEOPLE.search(question)) and not _OUTLETS.search(question)


def asks_quoted(question: str) -> bool:
    """Does the question ask whom an article quotes (its bylined commentators)? Not those of
    a nation: "Which Chinese experts does the Monitor quote?" asks what no byline or
    speaker's name tells."""
    return bool(_QUOTED.search(question)) and not _OF_A_NATION.search(question)


_OF_A_NATION = re.compile(
    rf"\b(?:{'|'.join(sorted(BY_QUALIFIER))})\s+(?:[a-z]+\s+)?"
    r"(?:experts?|analysts?|commentators?|scholars?|officials?|people)\b",
    re.I,
)


def facts(
    question: str, asked: str, records: dict[str, dict], docs: dict[str, Document]
) -> list[Fact]:
    """The fact `question` asks of each article named in `asked` (the question, with the
    previous one for a follow-up: "Who wrote it?"); [] if it asks none."""
    fields = asked_fields(question, records)
    named = named_sources(asked, records) if fields else []
    return [
        Fact(doc_id, field, value, _stated(field, value, docs[doc_id]))
        for field in fields
        for doc_id in named
        if doc_id in docs
        for value in [_clean(records[doc_id].get(field, ""))]
    ]


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

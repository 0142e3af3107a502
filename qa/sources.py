"""Questions that name their source: "according to InformNapalm", "in Escobar's account",
"the Monitor's words". Such a question is answered from that source alone, so another
article's figure is neither its answer nor a dispute with it."""

from __future__ import annotations

import re
from collections.abc import Iterable

_PARENS = re.compile(r"\s*\([^)]*\)")
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“]([^\"”]{8,})[\"”]")


def names_of(record: dict) -> set[str]:
    """How a question may name an article's source: its outlet (without "The" and notes in
    brackets, also its last word: "Monitor"), its author and the author's surname."""
    out = set()
    outlet = _THE.sub("", _PARENS.sub("", record.get("outlet", ""))).strip()
    if outlet:
        out |= {outlet, outlet.split()[-1]}
    author = record.get("author", "").strip()
    if author:
        out |= {author, author.split()[-1]}
    return {n for n in out if len(n) >= 4}


def named_sources(question: str, records: dict[str, dict]) -> list[str]:
    """The doc_ids whose source (outlet, author) or title the question names; [] if none."""
    quoted = [q.lower() for q in _QUOTED.findall(question)]
    hits = []
    for doc_id, record in records.items():
        title = record.get("title", "").lower()
        if any(q in title for q in quoted) or _mentions(question, names_of(record)):
            hits.append(doc_id)
    return hits


def _mentions(question: str, names: Iterable[str]) -> bool:
    return any(re.search(rf"\b{re.escape(n)}\b", question, re.IGNORECASE) for n in names)

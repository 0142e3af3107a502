"""Questions that name their source: "according to InformNapalm", "in Escobar's account",
"the Monitor's words". Such a question is answered from that source alone, so another
article's figure is neither its answer nor a dispute with it."""

from __future__ import annotations

import re

_PARENS = re.compile(r"\s*\([^)]*\)")
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“]([^\"”]{8,})[\"”]")


def names_of(record: dict) -> tuple[set[str], set[str]]:
    """How a question may name an article's source: in full (outlet without "The" and notes
    in brackets, author), matched in any case; or by a single word (the outlet's last word,
    "Monitor", the author's surname), matched only capitalised: "monitor" is a verb."""
    full, short = set(), set()
    outlet = _THE.sub("", _PARENS.sub("", record.get("outlet", ""))).strip()
    author = record.get("author", "").strip()
    for name in (outlet, author):
        if name:
            full.add(name)
            if " " in name and len(name.split()[-1]) >= 4:
                short.add(name.split()[-1])
    return full, short


def named_sources(question: str, records: dict[str, dict]) -> list[str]:
    """The doc_ids whose source (outlet, author) or title the question names; [] if none."""
    quoted = [_plain(q) for q in _QUOTED.findall(question)]
    hits = []
    for doc_id, record in records.items():
        title = _plain(record.get("title", ""))
        full, short = names_of(record)
        if (
            any(_is_title(q, title) for q in quoted)
            or any(_mentions(question, n, re.IGNORECASE) for n in full)
            or any(_mentions(question, n, 0) for n in short)
        ):
            hits.append(doc_id)
    return hits


def _is_title(quote: str, title: str) -> bool:
    """A quote names a title when it opens it ("Steppe on Fire") or is most of it."""
    return quote in title and (title.startswith(quote) or len(quote) * 2 >= len(title))


def _plain(text: str) -> str:
    return text.replace("’", "'").lower()


def _mentions(question: str, name: str, flags: int) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", question, flags) is not None

"""Questions that name their source: "according to InformNapalm", "in Escobar's account",
"the Monitor's words". Such a question is answered from that source alone, so another
article's figure is neither its answer nor a dispute with it."""

from __future__ import annotations

import re

_PARENS = re.compile(r"\s*\([^)]*\)")
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“]([^\"”]{8,})[\"”]")
# How a question cites a source: "according to InformNapalm", "in Escobar's account", "what
# does the Guardian report", "which ports does Escobar name". A name without such a cue is no
# citation: "Which Guardian correspondent was denied access?" asks about a reporter, in any
# article.
_LEAD = r"(?P<lead>(?:according\s+to|in|by|from)\s+)?(?:the\s+)?"
_WORK = r"account|words|view|count|analysis|report|article|column|piece"
_SAYS = (
    r"says?|said|writes?|wrote|reports?|claims?|argues?|thinks?|suggests?|names?|mentions?"
    r"|lists?|describes?|calls?"
)
_TAIL = rf"(?:['’]s)?(?P<tail>\s+(?:{_WORK}|{_SAYS})\b)?"


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
    return [doc_id for doc_id, record in records.items() if _mentions(question, record)]


def without_sources(question: str, records: dict[str, dict]) -> str:
    """The question without the phrases naming its sources ("according to InformNapalm"):
    once the answer is looked for in that source alone, its name tells nothing of where."""
    for record in records.values():
        for match in sorted(_mentions(question, record), key=lambda m: -m.start()):
            question = question[: match.start()] + question[match.end() :]
    question = re.sub(r"\s+([,?.!])", r"\1", re.sub(r"\s{2,}", " ", question))
    question = re.sub(r",(?:\s*,)+", ",", question)
    return re.sub(r",\s*([?.!])", r"\1", question).strip(" ,;:")


def _mentions(question: str, record: dict) -> list[re.Match]:
    """Where the question names this record's source: its outlet, author or title."""
    full, short = names_of(record)
    title = _plain(record.get("title", ""))
    patterns = [(n, True) for n in full] + [(n, False) for n in short]
    found = [
        m
        for name, any_case in patterns
        for m in re.finditer(rf"(?<!\w){_LEAD}{_name(name)}(?!\w){_TAIL}", question, re.I)
        if (any_case or m.group("name") == name) and _cited(m)
    ]
    found += [m for m in _QUOTED.finditer(question) if _is_title(_plain(m.group(1)), title)]
    return _outermost(found)


def _cited(match: re.Match) -> bool:
    """Is the name cited as a source, not only mentioned ("Which Guardian correspondent")?"""
    return bool(match.group("lead") or match.group("tail"))


def _name(name: str) -> str:
    return "(?P<name>" + re.escape(name) + ")"


def _outermost(matches: list[re.Match]) -> list[re.Match]:
    """Overlapping mentions ("Pepe Escobar" and "Escobar") count once, the longest."""
    out: list[re.Match] = []
    for m in sorted(matches, key=lambda m: (m.start(), -m.end())):
        if not out or m.start() >= out[-1].end():
            out.append(m)
    return out


def _is_title(quote: str, title: str) -> bool:
    """A quote names a title when it opens it ("Steppe on Fire") or is most of it."""
    return quote in title and (title.startswith(quote) or len(quote) * 2 >= len(title))


def _plain(text: str) -> str:
    return text.replace("’", "'").lower()

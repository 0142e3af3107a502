"""Questions that name their source: "according to InformNapalm", "in Escobar's account",
"the Monitor's words". Such a question is answered from that source alone, so another
article's figure is neither its answer nor a dispute with it."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from .store import aliases
from .terms import question_terms, stem

_PARENS = re.compile(r"\s*\([^)]*\)")
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“]([^\"”]{8,})[\"”]")
# How a question cites a source: "according to InformNapalm", "in Escobar's account", "what
# does the Guardian report", "which ports does Escobar name". A name without such a cue is no
# citation: "Which Guardian correspondent was denied access?" asks about a reporter, in any
# article.
_LEAD = r"(?P<lead>(?:according\s+to|in|by|from|per)\s+)?(?:the\s+)?"
_WORK = (
    r"account|words|view|count|analysis|report|article|column|piece|review|commentary|essay"
    r"|story|author|views|opinions?|take|position|stance|assessment|verdict|explanation"
    r"|interpretation|argument|timeline|chronology|overview|summary|study|paper|op-ed"
    r"|reporting|coverage|version|narrative"
)
_SAYS = (
    r"says?|said|writes?|wrote|reports?|claims?|argues?|thinks?|suggests?|names?|mentions?"
    r"|lists?|describes?|calls?|quotes?|cites?|gives?|gave|offers?|offered|explains?|explained"
)
# "InformNapalm's versions", "the Guardian-based report", "the Monitor each say"
_TAIL = (
    rf"(?:['’]s)?(?P<tail>(?:\s+|-(?:based|derived|sourced)\s+)(?:(?:{_WORK})s?\b"
    rf"|(?:(?:each|both|also|all)\s+)?(?:{_SAYS})\b))?"
)
_ALIAS_LEAD = r"(?:(?:according\s+to|in|by|from|of|per)\s+)?(?:the\s+)?"


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
    """The doc_ids whose source (outlet, author), title or alias the question names; [] if
    none."""
    cited = _cited_mentions(question, records)
    return [doc_id for doc_id in records if any(d == doc_id for d, _ in cited)]


def mention_spans(question: str, records: dict[str, dict]) -> list[tuple[int, int]]:
    """Where the question names any source, cited as one or not: (start, end) offsets."""
    return [m.span() for record in records.values() for m in _mentions(question, record)]


def without_sources(question: str, records: dict[str, dict]) -> str:
    """The question without the phrases naming its sources ("according to InformNapalm"):
    once the answer is looked for in that source alone, its name tells nothing of where."""
    spans = [_cue_span(m) for _, m in _cited_mentions(question, records)]
    for start, end in sorted(spans, reverse=True):
        question = question[:start] + question[end:]
    question = re.sub(r"\s+(?:and|or)\s+(?=[,?.!]|$)", "", question)  # "according to A and B"
    question = re.sub(r"\s+([,?.!])", r"\1", re.sub(r"\s{2,}", " ", question))
    question = re.sub(r",(?:\s*,)+", ",", question)
    return re.sub(r",\s*([?.!])", r"\1", question).strip(" ,;:")


def _cue_span(m: re.Match) -> tuple[int, int]:
    """The mention with its cue: "by the Guardian" leaves the verb after it to the question
    ("Did the sociologist interviewed by the Guardian think ...?"), "the Guardian says" not."""
    if "lead" not in m.re.groupindex or not (m.group("lead") and m.group("tail")):
        return m.span()
    work = re.fullmatch(
        rf"(?:\s+|-(?:based|derived|sourced)\s+)(?:{_WORK})s?", m.group("tail"), re.IGNORECASE
    )
    return m.span() if work else (m.start(), m.start("tail"))  # "by the Guardian report"


# asking for every source's view names no topic: "... according to the different sources?"
_EVERY_SOURCE = re.compile(
    r",?\s*(?:according\s+to|in|by|per)\s+(?:the\s+)?(?:different|various|all|each|every|several|"
    r"both)\s+(?:of\s+the\s+)?(?:sources?|articles?|reports?|outlets?|accounts?)\b",
    re.IGNORECASE,
)


def without_every_source(question: str) -> str:
    """The question without a phrase asking for every source's view: its words ("different",
    "sources") would match any sentence saying "differs"."""
    return _EVERY_SOURCE.sub("", question).strip()


# what joins two sources cited together: "according to InformNapalm and the Monitor"
_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and|or|&)\s*")


def _cited_mentions(question: str, records: dict[str, dict]) -> list[tuple[str, re.Match]]:
    """Each (doc_id, mention) citing a source: with its own cue, or joined to a mention with
    one ("according to InformNapalm and the Monitor": the cue serves both)."""
    found = sorted(
        ((d, m) for d, record in records.items() for m in _mentions(question, record)),
        key=lambda dm: dm[1].start(),
    )
    cited = [_cited(m) for _, m in found]
    joined = [
        bool(_JOINED.fullmatch(question[a.end() : b.start()]))
        for (_, a), (_, b) in itertools.pairwise(found)
    ]
    # the cue spreads along a run of joined mentions: forwards, then backwards
    for i in [*range(len(joined)), *reversed(range(len(joined)))]:
        if joined[i] and (cited[i] or cited[i + 1]):
            cited[i] = cited[i + 1] = True
    return [dm for dm, c in zip(found, cited, strict=True) if c]


def _mentions(question: str, record: dict) -> list[re.Match]:
    """Where the question names this record's source (outlet, author or title), cited as a
    source or not."""
    full, short = names_of(record)
    title = _plain(record.get("title", ""))
    patterns = [(n, True) for n in full] + [(n, False) for n in short]
    found = [
        m
        for name, any_case in patterns
        for m in re.finditer(rf"(?<!\w){_LEAD}{_name(name)}(?!\w){_TAIL}", question, re.I)
        if any_case or m.group("name") == name
    ]
    # an alias names the work itself ("the Italian commentary"), as a quoted title does:
    # always a citation, so its pattern has no cue to look for
    found += [
        m
        for alias in aliases(record)
        for m in re.finditer(
            rf"(?<!\w){_ALIAS_LEAD}{_spaced(alias)}(?:['’]s)?(?!\w)", question, re.I
        )
    ]
    found += [m for m in _QUOTED.finditer(question) if _is_title(_plain(m.group(1)), title)]
    return _outermost(found)


def _cited(match: re.Match) -> bool:
    """Is the name cited as a source, not only mentioned ("Which Guardian correspondent")?
    A quoted title always is."""
    if "lead" not in match.re.groupindex:
        return True
    return bool(match.group("lead") or match.group("tail"))


def _name(name: str) -> str:
    return "(?P<name>" + re.escape(name) + ")"


def _spaced(name: str) -> str:
    """The name, its words apart by any white space ("Italian  commentary")."""
    return "(?P<name>" + r"\s+".join(map(re.escape, name.split())) + ")"


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


def source_names(asked: str, records: dict[str, dict], doc_ids: Sequence[str] | None = None) -> str:
    """The authors, outlets and aliases of the sources the user named (and looked in):
    "Which experts does Escobar quote?" is not answered by his own byline, "Pepe Escobar";
    "Does the Italian commentary read ...?" asks nothing of anyone Italian."""
    named = [records[d] for d in named_sources(asked, records) if doc_ids is None or d in doc_ids]
    names = [[r.get("author", ""), r.get("outlet", ""), *aliases(r)] for r in named]
    return " ".join(n for source in names for n in source if n).strip()


def scoped(
    question: str, asked: str, doc_ids: Sequence[str] | None, records: dict[str, dict]
) -> tuple[str, Sequence[str] | None]:
    """A question whose asker names a source ("according to InformNapalm") is answered from
    that source alone (if the user allows it), and looked up without the source's name."""
    every = named_sources(asked, records)
    named = [d for d in every if doc_ids is None or d in doc_ids]
    if not named:
        return question, doc_ids
    # all the names go: "... what do the Italian commentary and InformNapalm report?" is
    # looked up in the commentary alone (`qa.each_source`) without InformNapalm's name
    query = without_sources(question, {d: records[d] for d in every})
    # "Who wrote the InformNapalm analysis?" is about the source: its name stays; "How many
    # arrests do the Guardian and the Monitor report?" asks of arrests
    terms = set(question_terms(query))
    return (query if terms and not terms <= AUTHORING else question), named


# what a question left with no other words asks of a source itself
AUTHORING = frozenset(
    stem(w) for w in "wrote write writes written author authored publish published prepared".split()
)

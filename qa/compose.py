"""What an answer is (`Answer`, its `Citation`s, `Claim`s and `Conflict`s) and how it is
written from its parts: each quote or verified claim under the name of the source it rests
on, with [n] markers pointing at exact spans of the cleaned articles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .config import Config
from .conflicts import Side
from .documents import Document
from .evidence import Candidate, byline, inside, passage_at
from .retrieval import Passage
from .verify import Span

REFUSAL = "The articles don't say."


@dataclass(frozen=True)
class Citation:
    doc_id: str
    title: str
    outlet: str
    date: str
    chunk_id: str
    quote: str  # exactly document.text[start:end]
    start: int
    end: int
    author: str = ""


@dataclass(frozen=True)
class Claim:
    """One statement of an answer, the spans cited for it, and whether they support it.
    Unsupported claims are kept here (not in the answer text) to show what was dropped."""

    text: str
    citations: list[Citation]
    supported: bool


@dataclass(frozen=True)
class Conflict:
    """Sources disagreeing on one figure: each source's values with the span saying so."""

    what: str
    values: list[tuple[str, Citation]]


@dataclass(frozen=True)
class Answer:
    question: str
    text: str
    refused: bool
    citations: list[Citation] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # parts of the question left open
    standalone_question: str = ""  # the question as retrieved, after resolving follow-ups
    proposal: str = ""  # what the LLM proposed, before verification

    def to_dict(self) -> dict[str, Any]:
        keys = ("doc_id", "title", "outlet", "date", "quote", "chunk_id", "start", "end")
        return {
            "answer": self.text,
            "refused": self.refused,
            "missing": self.missing,
            "citations": [{k: getattr(c, k) for k in keys} for c in self.citations],
        }


Part = tuple[str, list[Candidate], bool]  # claim or quote, its evidence, is it a quote


def cited_passages(parts: list[Part]) -> list[Passage]:
    """The stored chunks the parts' evidence comes from, each once."""
    return list({c.passage.chunk_id: c.passage for _, ev, _ in parts for c in ev}.values())


def compose(
    base: dict[str, Any],
    parts: list[Part],
    config: Config,
    missing: Sequence[str] = (),
    dropped: Sequence[Claim] = (),
    lead: str = "",
    heads: Sequence[str] = (),
) -> Answer:
    """Answer text from (claim, evidence, is_quote) parts: attributed (or under the given
    heads), with [n] markers, then the parts of the question it leaves open."""
    citations: list[Citation] = []
    lines, kept = [], []
    for i, (text, evidence, is_quote) in enumerate(parts):
        cites = []
        for c in evidence:  # each span, and the byline it is quoted under
            by = byline(c)
            if by is None or inside(by, c):
                cites.append(_citation(c))
            else:  # the byline may lie in a later chunk than the sentence
                cites += [_citation(c), _citation(c, by, passage_at(by.doc_id, by.start, config))]
        markers = ""
        for cite in cites:
            if cite not in citations:
                citations.append(cite)
            markers += f" [{citations.index(cite) + 1}]"
        body = f"“{text}”" if is_quote else text
        head = heads[i] if heads else f"According to {_attribution(evidence)}:"
        lines.append(f"{head} {body}{markers}".strip())
        kept.append(Claim(text, cites, True))  # verified in claims.check, or the quote itself
    lines += [f"Not found in the articles: “{m}”" for m in missing]
    text = " ".join(([lead] if lead else []) + lines)
    return Answer(
        text=text,
        refused=False,
        citations=citations,
        claims=kept + list(dropped),
        missing=list(missing),
        **base,
    )


def conflict_answer(
    base: dict[str, Any], sides: list[Side], question: str, config: Config
) -> Answer:
    parts = [(s.evidence.span.text, [s.evidence], True) for s in sides]
    answer = compose(base, parts, config, lead="The sources differ.")
    return disputed(answer, question, [(s.label(), s.evidence) for s in sides])


def disputed(answer: Answer, question: str, values: list[tuple[str, Candidate]]) -> Answer:
    """The answer with its dispute listed: each value with the citation of its sentence."""
    first = {(c.doc_id, c.start): c for c in answer.citations}
    cited = [(value, first[(c.span.doc_id, c.span.start)]) for value, c in values]
    return replace(answer, conflicts=[Conflict(question, cited)])


def source_name(doc: Document) -> str:
    """'Pepe Escobar (Strategic Culture Foundation)', 'InformNapalm', or the title."""
    return record_name({"author": doc.author, "outlet": doc.outlet, "title": doc.title})


def record_name(record: dict) -> str:
    """`source_name` from a catalog record (the store's `doc_records`)."""
    author, outlet = record.get("author") or "", record.get("outlet") or ""
    if author and outlet:
        return f"{author} ({outlet})"
    return author or outlet or f"“{record.get('title') or 'an unnamed article'}”"


def _attribution(evidence: list[Candidate]) -> str:
    """Who says it: the article's source, or the commentator it quotes under a byline."""
    names = []
    for c in evidence:
        by = byline(c)
        names.append(f"{by.text} (quoted in {source_name(c.doc)})" if by else source_name(c.doc))
    names = list(dict.fromkeys(names))
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _citation(c: Candidate, span: Span | None = None, passage: Passage | None = None) -> Citation:
    """A citation of the candidate's sentence, or of another span (in `passage`) of its
    paragraph."""
    p, span = passage or c.passage, span or c.span
    return Citation(
        doc_id=p.doc_id,
        title=p.title,
        outlet=p.outlet,
        date=p.date,
        chunk_id=p.chunk_id,
        quote=span.text,
        start=span.start,
        end=span.end,
        author=c.doc.author,
    )

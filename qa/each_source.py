"""A question naming several sources is answered by each of them.

"What do the Guardian and InformNapalm say Tokayev tweeted?": the answer found in one of
them does not stand for the other. Each named source the answer does not cite is asked
alone; it adds its own answer, or the answer says plainly it was searched and said nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from .compose import Answer, Citation, Claim, record_name


def each_source(
    answer: Answer,
    named: Sequence[str],
    records: dict[str, dict],
    ask_alone: Callable[[str], Answer],
) -> Answer:
    """`answer` completed from each of the `named` sources (doc_ids) it does not cite:
    `ask_alone(doc_id)` answers from that source only. A refusal stays a refusal: none of
    the sources said it."""
    if answer.refused or len(named) < 2 or not answer.citations:
        return answer
    cited = {c.doc_id for c in answer.citations}
    for doc_id in named:
        if doc_id in cited:
            continue
        alone = ask_alone(doc_id)
        source = record_name(records.get(doc_id, {}))
        if alone.refused or not alone.citations:
            answer = silent(answer, source)
        else:
            answer = joined(answer, alone, source)
    return answer


def silent(answer: Answer, source: str) -> Answer:
    """The answer saying `source` was searched and found silent."""
    return replace(
        answer,
        text=f"{answer.text} Not found in {source}.",
        missing=[*answer.missing, f"according to {source}"],
    )


def joined(answer: Answer, other: Answer, source: str) -> Answer:
    """Two answers as one: the other's text after the first, its [n] markers renumbered
    to the joined citations (a span cited by both keeps its first number). If its markers
    cannot all be found after its claims, its claims are given anew, attributed to
    `source`: a quote may hold the article's own footnote marks ("[12]"), never renumbered."""
    citations: list[Citation] = list(answer.citations)
    for c in other.citations:
        if c not in citations:
            citations.append(c)
    text = _renumbered(other, citations) or _restated(other, citations, source)
    if not text:  # nothing of it can be shown with its citations
        return answer
    passages = {p.chunk_id: p for p in [*answer.passages, *other.passages]}
    return replace(
        answer,
        text=f"{answer.text} {text}",
        citations=citations,
        passages=list(passages.values()),
        claims=[*answer.claims, *other.claims],
        conflicts=[*answer.conflicts, *other.conflicts],
        missing=[*answer.missing, *other.missing],
    )


def _markers(claim: Claim, citations: list[Citation]) -> str:
    return "".join(f" [{citations.index(c) + 1}]" for c in claim.citations)


def _restated(answer: Answer, citations: list[Citation], source: str) -> str:
    """The answer's verified claims under `source` with their markers: a claim that is its
    cited sentence in quotation marks, one in the model's words without."""
    kept = [c for c in answer.claims if c.supported and c.citations]
    return " ".join(f"According to {source}: {_said(c)}{_markers(c, citations)}" for c in kept)


def _said(claim: Claim) -> str:
    quoted = any(claim.text == cite.quote for cite in claim.citations)
    return f"“{claim.text}”" if quoted else claim.text


def _renumbered(answer: Answer, citations: list[Citation]) -> str | None:
    """The answer's text with each claim's markers (" [1] [2]" right after its text or
    its closing quote mark) numbered by `citations`; None if a claim's are not found."""
    text, at = answer.text, 0
    for claim in (c for c in answer.claims if c.supported and c.citations):
        old, new = _markers(claim, answer.citations), _markers(claim, citations)
        for said in (f"{claim.text}”{old}", f"{claim.text}{old}"):
            start = text.find(said, at)
            if start >= 0:
                end = start + len(said)
                text = text[: end - len(old)] + new + text[end:]
                at = end - len(old) + len(new)
                break
        else:
            return None
    return text

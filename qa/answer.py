"""Answers: the model proposes, the evidence decides.

1. Retrieve passages; split them into sentences of the cleaned articles (exact offsets).
2. Rank the sentences by relevance to the question (dense cosine + IDF-weighted term cover).
3. If no sentence is relevant enough, refuse: the articles don't cover it.
4. Ask the LLM for a short answer citing numbered sentences; keep it only if every number,
   name and most words of it occur in the sentences it rests on. Otherwise quote the best
   sentence itself. Either way every citation is a real span of a real article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from .config import Config
from .documents import Document
from .retrieval import Passage, retrieve
from .verify import (
    Span,
    TermWeights,
    answer_type,
    content_terms,
    fits_type,
    question_terms,
    sentence_spans,
    support,
)

# Relevance = DENSE_WEIGHT * cosine + (1 - DENSE_WEIGHT) * term coverage. Only sentences of
# the answer type the question asks for (a date, a number, a new name) count. A verified LLM
# answer needs MIN_RELEVANCE; quoting a sentence without one needs MIN_QUOTE_RELEVANCE.
# Both tuned on eval/questions.yaml (scripts in eval/calibrate.py).
DENSE_WEIGHT = 0.5
MIN_RELEVANCE = 0.35
MIN_QUOTE_RELEVANCE = 0.45
CONTEXT_SENTENCES = 4  # numbered sentences shown to the LLM
# A proposal may rest only on sentences nearly as relevant as the best one: a true figure
# from a sentence about something else ("20 rubles" when asked for the roll-back) is wrong.
SUPPORT_MARGIN = 0.1
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

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Claim:
    """One statement of an answer, the spans cited for it, and whether they support it."""

    text: str
    citations: list[Citation]
    supported: bool


@dataclass(frozen=True)
class Answer:
    question: str
    text: str
    refused: bool
    citations: list[Citation] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    standalone_question: str = ""  # the question as retrieved, after resolving follow-ups
    proposal: str = ""  # what the LLM proposed, before verification

    def to_dict(self) -> dict[str, Any]:
        keys = ("doc_id", "title", "outlet", "date", "quote", "chunk_id", "start", "end")
        return {
            "answer": self.text,
            "refused": self.refused,
            "citations": [{k: getattr(c, k) for k in keys} for c in self.citations],
        }


@dataclass(frozen=True)
class Candidate:
    span: Span
    passage: Passage
    relevance: float


class AskError(ValueError):
    pass


def ask(
    question: str,
    history: Sequence[tuple[str, str]] | None = None,
    doc_ids: Sequence[str] | None = None,
    config: Config | None = None,
    llm: Any = None,
) -> Answer:
    """Answer `question` from the stored articles, with citations, or refuse."""
    question = question.strip()
    if not question:
        raise AskError("the question is empty")
    config = config or Config.from_env()
    standalone = condense(question, history or [])
    passages = retrieve(standalone, k=config.top_k, doc_ids=doc_ids, config=config)
    kind = answer_type(standalone)
    ranked = [
        c
        for c in rank(standalone, candidates(passages, config))
        if fits_type(kind, c.span.text, standalone)
    ]
    base = dict(question=question, passages=passages, standalone_question=standalone)
    if not ranked or ranked[0].relevance < MIN_RELEVANCE:
        return Answer(text=REFUSAL, refused=True, **base)
    context = ranked[:CONTEXT_SENTENCES]
    model = llm if llm is not None else _llm(config)
    proposal = propose(model, standalone, context) if model is not None else ""
    verified = verify_proposal(proposal, standalone, context, kind)
    if verified is not None:
        claim, used = verified
    elif context[0].relevance >= MIN_QUOTE_RELEVANCE:
        used = [context[0]]
        claim = f"{_attribution(used[0].passage)}: “{used[0].span.text}”"
    else:
        return Answer(text=REFUSAL, refused=True, proposal=proposal, **base)
    citations = [_citation(c) for c in used]
    markers = "".join(f" [{i}]" for i in range(1, len(citations) + 1))
    return Answer(
        text=claim + markers, refused=False, citations=citations, proposal=proposal, **base
    )


# --- candidates and relevance ------------------------------------------------------------------


def candidates(passages: list[Passage], config: Config) -> list[Candidate]:
    """Every sentence of the articles that overlaps a retrieved passage (first passage wins)."""
    docs = _documents(config, {p.doc_id for p in passages})
    seen: set[tuple[str, int]] = set()
    out = []
    for p in passages:
        doc = docs.get(p.doc_id)
        if doc is None:
            continue
        for s in _sentences(doc):
            if s.end > p.start and s.start < p.end and (s.doc_id, s.start) not in seen:
                seen.add((s.doc_id, s.start))
                out.append(Candidate(s, p, 0.0))
    return out


def rank(question: str, cands: list[Candidate]) -> list[Candidate]:
    if not cands:
        return []
    from .embeddings import get_embedder

    vectors = get_embedder().embed([question] + [c.span.text for c in cands])
    cosines = vectors[1:] @ vectors[0]
    weights = TermWeights(c.span.text for c in cands)
    q_terms = question_terms(question)
    scored = [
        Candidate(
            c.span,
            c.passage,
            DENSE_WEIGHT * float(cos) + (1 - DENSE_WEIGHT) * weights.coverage(q_terms, c.span.text),
        )
        for c, cos in zip(cands, cosines, strict=True)
    ]
    return sorted(scored, key=lambda c: -c.relevance)


# --- the LLM's proposal and its verification ----------------------------------------------------


def propose(llm: Any, question: str, context: list[Candidate]) -> str:
    from .prompts import render

    numbered = "\n".join(f"[{i}] {c.span.text}" for i, c in enumerate(context, 1))
    prompt = render("answer", question=question, sentences=numbered)
    return str(llm.complete(prompt)).strip()


_MARKER = re.compile(r"\[(\d+)\]")


def verify_proposal(
    proposal: str, question: str, context: list[Candidate], kind: str = "other"
) -> tuple[str, list[Candidate]] | None:
    """(claim, supporting sentences) when the proposal is backed by the context, else None."""
    claim = _MARKER.sub("", proposal.splitlines()[0] if proposal else "").strip(" .")
    if not claim or claim.upper().startswith("NOT FOUND"):
        return None
    if not set(content_terms(claim)) - set(question_terms(question)) and not re.search(
        r"\d", claim
    ):
        return None  # it only repeats the question
    if not fits_type(kind, claim, question):
        return None  # "how many" answered without a number, "who" without a new name
    cited = [int(n) - 1 for n in _MARKER.findall(proposal) if 0 < int(n) <= len(context)]
    order = list(dict.fromkeys(cited + list(range(len(context)))))  # cited ones first
    floor = max(MIN_RELEVANCE, context[0].relevance - SUPPORT_MARGIN)
    relevant = [context[i] for i in order if context[i].relevance >= floor]
    for cand in relevant:
        if support(claim, cand.span.text).supported:
            return claim, [cand]
    for i, a in enumerate(relevant):  # a claim joining two sentences
        for b in relevant[i + 1 :]:
            if support(claim, a.span.text + " " + b.span.text).supported:
                return claim, [a, b]
    return None


# --- helpers -----------------------------------------------------------------------------------


def condense(question: str, history: Sequence[tuple[str, str]]) -> str:
    """A follow-up made standalone: pronouns get the previous turn as context."""
    if not history:
        return question
    words = {w.lower() for w in re.findall(r"[A-Za-z']+", question)}
    if not words & _ANAPHORA:
        return question
    prev_q, prev_a = history[-1]
    prev_a = _MARKER.sub("", prev_a).strip()
    return f"{question} (context: {prev_q.strip()} {prev_a})"


_ANAPHORA = {
    "he",
    "him",
    "his",
    "she",
    "her",
    "hers",
    "it",
    "its",
    "they",
    "them",
    "their",
    "that",
    "this",
    "those",
    "these",
    "there",
    "then",
    "same",
}


def _attribution(p: Passage) -> str:
    return f"{p.outlet or p.title}" if p.outlet else f"“{p.title}”"


def _citation(c: Candidate) -> Citation:
    p = c.passage
    return Citation(
        doc_id=p.doc_id,
        title=p.title,
        outlet=p.outlet,
        date=p.date,
        chunk_id=p.chunk_id,
        quote=c.span.text,
        start=c.span.start,
        end=c.span.end,
    )


_doc_cache: dict[tuple[str, str], Document] = {}  # (doc_id, fingerprint) -> document
_sentence_cache: dict[tuple[str, str], list[Span]] = {}


def _documents(config: Config, doc_ids: set[str]) -> dict[str, Document]:
    """Stored documents, cached by fingerprint so a re-ingested text is never served stale."""
    from .store import get_store

    store = get_store(config)
    records = store.doc_records()
    keys = {d: (d, records[d].get("fingerprint", "")) for d in doc_ids if d in records}
    missing = [d for d, key in keys.items() if key not in _doc_cache]
    if missing:
        for doc_id, doc in store.documents(missing).items():
            _doc_cache[keys[doc_id]] = doc
    return {d: _doc_cache[key] for d, key in keys.items() if key in _doc_cache}


def _sentences(doc: Document) -> list[Span]:
    key = (doc.doc_id, doc.text)
    if key not in _sentence_cache:
        _sentence_cache[key] = sentence_spans(doc.doc_id, doc.text)
    return _sentence_cache[key]


_llms: dict[Config, Any] = {}


def _llm(config: Config) -> Any:
    if config.llm == "none":
        return None
    if config not in _llms:
        from .llms import get_llm

        _llms[config] = get_llm(config)
    return _llms[config]

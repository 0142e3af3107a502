"""Answers: the model proposes, the evidence decides.

1. Retrieve passages; rank their sentences (exact spans of the cleaned articles) by relevance,
   keeping only sentences of the answer type the question asks for.
2. No sentence relevant enough: refuse, citing nothing.
3. Sources giving different figures: report each value with its own source.
4. Otherwise the LLM proposes an answer; each of its claims is kept only if a sentence nearly
   as relevant as the best supports it. No claim survives: quote the best sentence, if it is
   relevant enough, else refuse. Every claim is attributed to the source it rests on.
5. A question asking several things: a part left open is quoted from a sentence answering
   it, or named as missing.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from . import bibliography
from . import claims as claimcheck
from .config import Config
from .conflicts import (
    SIDE_MARGIN,
    Side,
    disagreeing_sides,
    same_role,
)
from .documents import Document
from .evidence import (
    Candidate,
    byline,
    bylines,
    candidates,
    documents,
    inside,
    named_next,
    naming_rare,
    passage_at,
    quoted_people,
    rank,
    sentences,
    whole_documents,
)
from .fit import counts_asked, fits, holds_any, of_named
from .parts import covers, question_parts
from .questions import (
    answer_type,
    asked_count,
    figures,
    fits_type,
    name_stems,
    names_subject,
    previous_names,
)
from .retrieval import Passage, retrieve
from .sources import named_sources, without_every_source, without_sources
from .store import get_store
from .terms import (
    content_terms,
    question_terms,
)
from .verify import Span

# Tuned on eval/questions.yaml: a verified LLM claim needs a sentence of MIN_RELEVANCE;
# quoting a sentence without one needs MIN_QUOTE_RELEVANCE.
MIN_RELEVANCE = 0.35
MIN_QUOTE_RELEVANCE = 0.45
# ... or MIN_RELEVANCE and a lead of QUOTE_MARGIN over the next sentence: a question the
# articles answer tends to have one sentence standing out; one they don't, several alike
QUOTE_MARGIN = 0.05
CONTEXT_SENTENCES = 4  # numbered sentences shown to the LLM
LIST_SOURCES = 3  # articles quoted for a list question
COUNTED_LIST = 4  # "which six countries": a sentence naming that many stands out by it
MAX_SOURCES = 20  # articles searched sentence by sentence for a disputed figure
REFUSAL = "The articles don't say."


class AskError(ValueError):
    pass


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


_Part = tuple[str, list[Candidate], bool]  # claim or quote, its evidence, is it a quote


@dataclass(frozen=True)
class _Ready:
    """Everything `ask` knows before the LLM speaks."""

    base: dict[str, Any]
    context: list[Candidate]
    kind: str
    question: str
    config: Config
    antecedent: frozenset[str] = frozenset()  # names the previous answer gave
    rival: float | None = None  # the best other sentence's relevance, fitting or not


def ask(
    question: str,
    history: Sequence[tuple[str, str]] | None = None,
    doc_ids: Sequence[str] | None = None,
    config: Config | None = None,
    llm: Any = None,
) -> Answer:
    """Answer `question` from the stored articles, with citations, or refuse."""
    config = config or Config.from_env()
    ready = _prepare(question, history, doc_ids, config)
    if isinstance(ready, Answer):
        return ready
    model = llm if llm is not None else _llm(config)
    proposal = ""
    if model is not None:
        proposal = str(model.complete(claimcheck.prompt(ready.question, ready.context))).strip()
    return _finish(ready, proposal)


def ask_stream(
    question: str,
    history: Sequence[tuple[str, str]] | None = None,
    doc_ids: Sequence[str] | None = None,
    config: Config | None = None,
    llm: Any = None,
) -> Iterator[str | Answer]:
    """Yield the LLM's text as it comes, then the verified `Answer` (which may retract some)."""
    config = config or Config.from_env()
    ready = _prepare(question, history, doc_ids, config)
    if isinstance(ready, Answer):
        yield ready
        return
    model = llm if llm is not None else _llm(config)
    proposal = ""
    if model is not None:
        for chunk in model.stream_complete(claimcheck.prompt(ready.question, ready.context)):
            proposal += chunk.delta or ""
            if chunk.delta:
                yield chunk.delta
    yield _finish(ready, proposal.strip())


def _prepare(
    question: str,
    history: Sequence[tuple[str, str]] | None,
    doc_ids: Sequence[str] | None,
    config: Config,
) -> _Ready | Answer:
    question = (question or "").strip()
    if not question:
        raise AskError("the question is empty")
    standalone = condense(question, history or [])
    # the user's own words name sources; an earlier answer's attributions do not
    asked = question if standalone == question else f"{question} {(history or [])[-1][0]}"
    records = get_store(config).doc_records()  # the catalog, read once per question
    about = _about_article(question, asked, doc_ids, standalone, records, config)
    if about is not None:
        return about
    query, doc_ids = _scoped(without_every_source(standalone), asked, doc_ids, records)
    kind = answer_type(query)  # "According to the Monitor, who was ...": a name
    # a figure may be disputed: look wider (and below, through every article)
    k = config.top_k * 2 if kind == "number" else config.top_k
    passages = retrieve(query, k=k, doc_ids=doc_ids, config=config)
    # a list may be given whole in one sentence anywhere: look through every article
    every = whole_documents(_sources(doc_ids, config), config)
    cands = list(every) if kind == "list" else candidates(passages, config)
    # retrieval may rank the one passage naming "Amnesty International" sixth
    cands += naming_rare(name_stems(query), cands, every)
    known = _source_names(asked, records)
    scored = rank(query, cands)
    ranked = [c for c in scored if fits(c, kind, query, question, known)]
    base = dict(question=question, passages=passages, standalone_question=standalone)
    if not ranked or ranked[0].relevance < MIN_RELEVANCE:
        named = _named_after(scored, kind, query, config)
        if named is not None:
            return _compose(base, [named], config)
        return Answer(text=REFUSAL, refused=True, **base)
    if kind == "number":
        pool = rank(query, every, by_clause=True)
        # sides count what is asked, of whom it is asked: "How old is Nazarbayev?" is not
        # disputed by "A 22-year-old Israeli"
        pool = [
            c
            for c in pool
            if fits_type(kind, c.span.text, query)  # an age, a share count no one
            and counts_asked(c.span.text, query)
            and of_named(c, query)
        ]
        sides = disagreeing_sides(
            query, [c for c in ranked if of_named(c, query)], MIN_RELEVANCE, pool
        )
        if sides:
            return _conflict_answer(base, sides, standalone, config)
    if kind == "list" and (
        ranked[0].relevance >= MIN_QUOTE_RELEVANCE or asked_count(query) >= COUNTED_LIST
    ):
        # lists are quoted as the articles give them (and they may differ): best per article
        per_doc: dict[str, Candidate] = {}
        for c in ranked:
            per_doc.setdefault(c.span.doc_id, c)
        picks = [c for c in per_doc.values() if c.relevance >= MIN_RELEVANCE][:LIST_SOURCES]
        return _compose(base, [(c.span.text, [c], True) for c in picks], config)
    if kind == "name" and ranked[0].relevance >= MIN_QUOTE_RELEVANCE:
        # who held a role is quoted as each article gives it (and they may differ)
        pool = [c for c in rank(query, every) if fits(c, kind, query, question, known)]
        picks = same_role(query, ranked[0], pool, MIN_RELEVANCE - SIDE_MARGIN)
        if picks:
            return _compose(base, [(c.span.text, [c], True) for c in picks], config)
    before = previous_names(*_plain_turn((history or [])[-1])) if standalone != question else set()
    # a lone count stands out from the other sentences with figures (a share of Russians
    # speaking Russian is a rival to "3.5 million Russians live in Kazakhstan"), not from a
    # list of riots with none
    rivals = [c for c in scored if not _restates(c.span.text, ranked[0].span.text)]
    if kind == "number":
        rivals = [c for c in rivals if figures(c.span.text)]
    rival = rivals[0].relevance if rivals else None
    context = ranked[:CONTEXT_SENTENCES]
    return _Ready(base, context, kind, standalone, config, frozenset(before), rival)


# one name ("names of" lists), of whom: the words before a relative clause
_NAME_OF = re.compile(
    r"\bname\s+of\s+(?P<whom>.*?)(?:\s+(?:who|whom|whose|that|which)\b|[?,;]|$)", re.IGNORECASE
)


def _named_after(scored: list[Candidate], kind: str, query: str, config: Config) -> _Part | None:
    """For "What was the name of the Israeli man shot dead?": the best sentence describes him
    without a name, and the next one names him for the first time. Both are quoted."""
    m = _NAME_OF.search(query)
    # "the man who shot the Israeli" is a man, not the Israeli the sentence describes
    whom = set(content_terms(m["whom"])) if m else set()
    if kind != "name" or not scored or not whom:
        return None
    best = scored[0]
    if best.relevance < MIN_QUOTE_RELEVANCE or not holds_any(whom, best.span.text):
        return None
    span = named_next(best)
    if span is None:
        return None
    then = Candidate(span, passage_at(span.doc_id, span.start, config), best.relevance, best.doc)
    return (f"{best.span.text} {span.text}", [best, then], True)


# "According to Sofia Hriniova (InformNapalm):", "Quoted in “title”:", "Author of “title”:"
# name the source, not what the answer is about
_HEAD = re.compile(r"According to [^:“]*:|[A-Z][\w ]* (?:in|of) “[^”]*”:")


def _plain_turn(turn: tuple[str, str]) -> tuple[str, str]:
    """A previous (question, answer) without the answer's markers and attributions."""
    return turn[0], _HEAD.sub(" ", claimcheck.strip_markers(turn[1]))


def _about_article(
    question: str,
    asked: str,
    doc_ids: Sequence[str] | None,
    standalone: str,
    records: dict[str, dict],
    config: Config,
) -> Answer | None:
    """ "Who wrote the InformNapalm analysis?": the catalog's answer, cited where the article
    states it; an article whose text never states it leaves that part open."""
    if doc_ids is not None:
        records = {d: r for d, r in records.items() if d in doc_ids}
    quoted = bibliography.asks_quoted(question)
    if not quoted and not bibliography.asked_fields(question, records):
        return None  # most questions: no article text to load
    docs = documents(config, set(records))
    if quoted:
        answer = _quoted_by(question, asked, records, docs, standalone, config)
        if answer is not None:
            return answer
    found = bibliography.facts(question, asked, records, docs)
    if not found:
        return None
    parts, heads, missing = [], [], []
    for fact in found:
        doc = docs[fact.doc_id]
        if fact.span is None:
            missing.append(fact.unstated(doc.title))
            continue
        span = next(s for s in sentences(doc) if s.start <= fact.span.start < s.end)
        evidence = Candidate(span, passage_at(doc.doc_id, span.start, config), 1.0, doc)
        parts.append((span.text, [evidence], True))
        heads.append(fact.head(doc.title))
    base = dict(question=question, passages=_passages(parts), standalone_question=standalone)
    if not parts:
        return Answer(text=REFUSAL, refused=True, missing=missing, **base)
    return _compose(base, parts, config, missing, heads=heads)


def _quoted_by(
    question: str,
    asked: str,
    records: dict[str, dict],
    docs: dict[str, Document],
    standalone: str,
    config: Config,
) -> Answer | None:
    """Whom the named articles quote: the commentators under a byline closing a paragraph,
    or, in an article without such bylines, the people it has speaking ("says Andrey
    Kortunov"), each cited where they speak. None when no article is named or it quotes no
    one: then sentences are searched, and no other article's quotes answer ("What sources
    are quoted on the death toll?")."""
    parts: list[_Part] = []
    heads: list[str] = []
    for doc_id in named_sources(asked, records):
        head, quoted = _quotes_in(docs[doc_id], bibliography.asks_quoted_people(question), config)
        parts += quoted
        heads += [head] + [""] * (len(quoted) - 1) if quoted else []
    base = dict(question=question, passages=_passages(parts), standalone_question=standalone)
    return _compose(base, parts, config, heads=heads) if parts else None


def _quotes_in(doc: Document, people: bool, config: Config) -> tuple[str, list[_Part]]:
    """An article's bylined commentators (quoted as printed), or else, when the question asks
    for `people`, those it has speaking (by name, cited where they speak)."""

    def evidence(span: Span) -> Candidate:
        return Candidate(span, passage_at(doc.doc_id, span.start, config), 1.0, doc)

    if found := bylines(doc):
        head = f"Commentators quoted with a byline in “{doc.title}”:"
        return head, [(by.text, [evidence(by)], True) for by in found]
    speaking = quoted_people(doc) if people else []
    return f"Quoted in “{doc.title}”:", [
        (name, [evidence(s) for s in spans], False) for name, spans in speaking
    ]


def _passages(parts: list[_Part]) -> list[Passage]:
    """The stored chunks the parts' evidence comes from, each once."""
    return list({c.passage.chunk_id: c.passage for _, ev, _ in parts for c in ev}.values())


def _source_names(asked: str, records: dict[str, dict]) -> str:
    """The authors and outlets of the sources the user named: "Which experts does Escobar
    quote?" is not answered by his own byline, "Pepe Escobar"."""
    named = [records[d] for d in named_sources(asked, records)]
    return " ".join(f"{r.get('author', '')} {r.get('outlet', '')}" for r in named).strip()


def _scoped(
    question: str, asked: str, doc_ids: Sequence[str] | None, records: dict[str, dict]
) -> tuple[str, Sequence[str] | None]:
    """A question whose asker names a source ("according to InformNapalm") is answered from
    that source alone (if the user allows it), and looked up without the source's name."""
    named = [d for d in named_sources(asked, records) if doc_ids is None or d in doc_ids]
    if not named:
        return question, doc_ids
    query = without_sources(question, {d: records[d] for d in named})
    # "Who wrote the InformNapalm analysis?" is about the source: its name stays
    return (query if len(question_terms(query)) >= 2 else question), named


def _sources(doc_ids: Sequence[str] | None, config: Config) -> list[str]:
    sources = list(doc_ids) if doc_ids is not None else sorted(get_store(config).doc_records())
    return sources[:MAX_SOURCES]


def _finish(ready: _Ready, proposal: str) -> Answer:
    checked = claimcheck.check(proposal, ready.question, ready.context, MIN_RELEVANCE, ready.kind)
    kept = [c for c in checked if c.supported]
    dropped = [Claim(c.text, [], False) for c in checked if not c.supported]
    base = dict(ready.base, proposal=proposal)
    best = ready.context[0]
    if kept:
        parts = [_shown(c, ready.kind) for c in kept]
        parts = list({text: (text, ev, q) for text, ev, q in parts}.values())  # one quote once
    elif _quotable(ready):
        parts = [(best.span.text, [best], True)]  # quote the best sentence itself
    else:
        return Answer(text=REFUSAL, refused=True, claims=dropped, **base)
    parts, missing = _complete(ready, parts)
    return _compose(base, parts, ready.config, missing, dropped=dropped)


def _shown(claim: claimcheck.CheckedClaim, kind: str) -> _Part:
    """A verified claim as the answer shows it: in the model's words, or as the sentence it
    rests on when those words would lose something. A figure or a date is given as the source
    words it ("at least 164", "in December 1991", where the model said "164", "in 1991"); a
    claim breaking off mid-phrase is given whole."""
    if kind in ("number", "date") or claimcheck.incomplete(claim.text):
        return (claim.evidence[0].span.text, claim.evidence, True)
    return (claim.text, claim.evidence, False)


def _quotable(ready: _Ready) -> bool:
    """Is the best sentence relevant enough to quote as the answer on its own? A date of
    the asked event (see `fits`) naming the question's subject itself is ("When did
    Kazakhstan leave the USSR?"); so is a sentence standing out from the rest."""
    ranked, question = ready.context, ready.base["question"]
    best = ranked[0]
    if best.relevance >= MIN_QUOTE_RELEVANCE:
        return True
    if ready.kind == "date" and names_subject(best.span.text, question, ready.antecedent):
        return True
    # standing out needs others to stand out from: from the other sentences that could
    # answer, or, when none could, from those that cannot (a lone sentence of the right type
    # proves nothing: "“Old man, out!”" for the name of a man shot dead)
    fitting = (c.relevance for c in ranked if not _restates(c.span.text, best.span.text))
    runner_up = next(fitting, ready.rival)
    return (
        runner_up is not None
        and best.relevance >= MIN_RELEVANCE
        and best.relevance - runner_up >= QUOTE_MARGIN
    )


# the Monitor gives Lukyanov's quote twice, attributed in other words: no rival to itself
RESTATED = 0.8


def _restates(text: str, other: str) -> bool:
    """Does `text` say what `other` says, in (nearly) the same words?"""
    a, b = set(content_terms(text)), set(content_terms(other))
    return bool(a | b) and len(a & b) / len(a | b) >= RESTATED


def _complete(ready: _Ready, parts: list[_Part]) -> tuple[list[_Part], list[str]]:
    """For a question asking several things: a part the answer leaves open is quoted from
    the best sentence answering it (the proposal may have skipped "in September 2013"),
    or else named as missing."""
    missing = []
    for part in question_parts(ready.base["question"]):  # the user's words, not the context
        if any(covers(part, text, ready.question) for text, _, _ in parts):
            continue
        pool = [c for _, ev, _ in parts for c in ev] + ready.context
        found = next(
            (
                c
                for c in pool
                if c.relevance >= MIN_RELEVANCE and covers(part, c.span.text, ready.question)
            ),
            None,
        )
        if found is None:
            missing.append(part.text)
        else:
            parts = [*parts, (found.span.text, [found], True)]
    return parts, missing


def _compose(
    base: dict[str, Any],
    parts: list[_Part],
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


def _conflict_answer(
    base: dict[str, Any], sides: list[Side], question: str, config: Config
) -> Answer:
    parts = [(s.evidence.span.text, [s.evidence], True) for s in sides]
    answer = _compose(base, parts, config, lead="The sources differ.")
    first = {(c.doc_id, c.start): c for c in answer.citations}
    values = [(s.label(), first[(s.evidence.span.doc_id, s.evidence.span.start)]) for s in sides]
    return replace(answer, conflicts=[Conflict(question, values)])


def source_name(doc: Document) -> str:
    """'Pepe Escobar (Strategic Culture Foundation)', 'InformNapalm', or the title."""
    if doc.author and doc.outlet:
        return f"{doc.author} ({doc.outlet})"
    return doc.author or doc.outlet or f"“{doc.title}”"


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


# --- follow-ups --------------------------------------------------------------------------------

_ANAPHORA = frozenset(
    "he him his she her hers it its they them their that this those these there then same".split()
)


def condense(question: str, history: Sequence[tuple[str, str]]) -> str:
    """A follow-up made standalone: a question leaning on pronouns gets the previous turn."""
    if not history:
        return question
    words = {w.lower() for w in re.findall(r"[A-Za-z']+", question)}
    if not words & _ANAPHORA:
        return question
    prev_q, prev_a = history[-1]
    prev_a = claimcheck.strip_markers(prev_a)
    return f"{question} (context: {prev_q.strip()} {prev_a})"


_llms: dict[Config, Any] = {}
_llms_lock = threading.Lock()


def _llm(config: Config) -> Any:
    """One LLM per configuration and process (two threads must not load two models)."""
    if config.llm == "none":
        return None
    with _llms_lock:
        if config not in _llms:
            from .llms import get_llm

            _llms[config] = get_llm(config)
        return _llms[config]

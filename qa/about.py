"""Questions about the articles themselves: "Who wrote the InformNapalm analysis?", "Which
experts does the Monitor quote?". The catalog answers them, cited where the article states
it; a part no article text states is left open.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import bibliography
from .compose import REFUSAL, Answer, Part, cited_passages, compose
from .config import Config
from .documents import Document
from .evidence import Candidate, bylines, documents, passage_at, quoted_people, sentences
from .sources import named_sources
from .verify import Span


def about_article(
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
    base = dict(question=question, passages=cited_passages(parts), standalone_question=standalone)
    if not parts:
        return Answer(text=REFUSAL, refused=True, missing=missing, **base)
    return compose(base, parts, config, missing, heads=heads)


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
    parts: list[Part] = []
    heads: list[str] = []
    for doc_id in named_sources(asked, records):
        head, quoted = _quotes_in(docs[doc_id], bibliography.asks_quoted_people(question), config)
        parts += quoted
        heads += [head] + [""] * (len(quoted) - 1) if quoted else []
    base = dict(question=question, passages=cited_passages(parts), standalone_question=standalone)
    return compose(base, parts, config, heads=heads) if parts else None


def _quotes_in(doc: Document, people: bool, config: Config) -> tuple[str, list[Part]]:
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

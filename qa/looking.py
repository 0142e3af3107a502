"""Looking up a question: the passages retrieved for it, and the sentences of its sources
ranked by relevance, those that could answer it apart."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from .config import Config
from .evidence import Candidate, candidates, corpus_weights, naming_rare, rank, whole_documents
from .fates import words_of_fates_asked
from .fit import fits, saying_the_superlative
from .questions import answer_type, name_stems
from .retrieval import Passage, retrieve
from .store import get_store
from .synonyms import words_alike
from .verify import TermWeights

MAX_SOURCES = 20  # articles searched sentence by sentence for a disputed figure


class Look(NamedTuple):
    kind: str
    passages: list[Passage]
    every: list[Candidate]  # every sentence of the sources
    scored: list[Candidate]  # the candidates, best first
    ranked: list[Candidate]  # those that could answer
    weights: TermWeights  # how rare each term is in the corpus, to rank more sentences by


def look_up(
    query: str, own: str, doc_ids: Sequence[str] | None, known: str, config: Config
) -> Look:
    """Retrieve for `query` and rank the sentences that could answer it."""
    kind = answer_type(query)  # "According to the Monitor, who was ...": a name
    # a figure may be disputed: look wider (and later, through every article)
    k = config.top_k * 2 if kind == "number" else config.top_k
    alike = [*words_of_fates_asked(query), *words_alike(query)]  # "disaster" for "catastrophe"
    said = " ".join(w for w in alike if w not in query.lower().split())
    passages = retrieve(f"{query} {said}".strip(), k=k, doc_ids=doc_ids, config=config)
    # a list may be given whole in one sentence anywhere, and a count in a passage ranked
    # low ("The CSTO “peacekeepers” ... (up to 6,000 in total)" for "How many troops did
    # the CSTO send?"): look through every article; relevance and `fits` decide
    every = whole_documents(sources(doc_ids, config), config)
    cands = list(every) if kind in ("list", "number") else candidates(passages, config)
    # retrieval may rank the one passage naming "Amnesty International" sixth
    cands += naming_rare(name_stems(query), cands, every)
    cands += saying_the_superlative(query, cands, every)  # "the most populous city"
    weights = corpus_weights(config)
    scored = rank(query, cands, weights, by_item=kind == "name")  # "...; Kazakhtelecom ..."
    ranked = [c for c in scored if fits(c, kind, query, own, known)]
    return Look(kind, passages, every, scored, ranked, weights)


def sources(doc_ids: Sequence[str] | None, config: Config) -> list[str]:
    sources = list(doc_ids) if doc_ids is not None else sorted(get_store(config).doc_records())
    return sources[:MAX_SOURCES]

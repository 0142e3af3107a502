"""Hybrid retrieval: dense (Chroma) + BM25 (bm25s), fused by reciprocal rank (llama-index).

Near-duplicate passages (chunk overlaps, an article quoting itself) are collapsed so the
k passages returned say k different things.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from llama_index.core.retrievers import BaseRetriever

from .chunking import Chunk
from .config import Config


@dataclass(frozen=True)
class Passage:
    doc_id: str
    chunk_id: str
    title: str
    text: str
    score: float
    start: int
    end: int
    outlet: str = ""
    date: str = ""


class RetrievalError(RuntimeError):
    pass


# Each retriever proposes k * _CANDIDATES passages before fusion. Long lists hurt RRF here:
# a passage both retrievers rank lowly outscores one that BM25 ranks first. Measured on
# eval/questions.yaml (a top-5 passage holding an expected fact): 0.957 with 1, 0.870 with 4.
_CANDIDATES = 1
_BM25_CACHE = 64  # BM25 indexes kept (one per article scope and k)


def retrieve(
    query: str, k: int = 5, doc_ids: Sequence[str] | None = None, config: Config | None = None
) -> list[Passage]:
    """The k best passages for `query`, optionally only from some articles."""
    query = query.strip()
    if not query:
        raise RetrievalError("the query is empty")
    if k < 1:
        raise RetrievalError(f"k={k} must be at least 1")
    return _retriever(config or Config.from_env()).retrieve(query, k, doc_ids)


class HybridRetriever:
    def __init__(self, config: Config):
        from .store import get_store

        self.config = config
        self.store = get_store(config)
        self._bm25: dict[tuple, Any] = {}
        self._lock = threading.Lock()

    def retrieve(self, query: str, k: int, doc_ids: Sequence[str] | None) -> list[Passage]:
        from llama_index.core.llms import MockLLM
        from llama_index.core.retrievers import QueryFusionRetriever

        known = self.store.doc_records()
        if doc_ids is not None and not list(doc_ids):
            raise RetrievalError("doc_ids is empty: name at least one article, or pass None")
        if doc_ids is not None:
            missing = sorted(set(doc_ids) - set(known))
            if missing:
                raise RetrievalError(
                    f"unknown doc_id(s): {', '.join(missing)}; known: {', '.join(sorted(known))}"
                )
        if not known:
            raise RetrievalError("the store is empty: run `qa ingest` first")
        scope = tuple(sorted(doc_ids)) if doc_ids is not None else None
        n = k * _CANDIDATES
        fusion = QueryFusionRetriever(
            [_DenseRetriever(self.store, n, scope), self._bm25_retriever(scope, known, n)],
            mode="reciprocal_rerank",
            similarity_top_k=n,
            num_queries=1,
            use_async=False,
            llm=MockLLM(),
        )
        ranked = [_passage(nws) for nws in fusion.retrieve(query)]
        return collapse_near_duplicates(ranked)[:k]

    def _bm25_retriever(self, scope: tuple | None, known: dict[str, dict], n: int):
        """A BM25 retriever over the scope's chunks, for top-n; built once per (scope, n) and
        store state (the fingerprints are in the key, so a re-ingest rebuilds it)."""
        state = tuple(sorted((d, m.get("fingerprint")) for d, m in known.items()))
        key = (scope, n, state)
        with self._lock:
            if key not in self._bm25:
                import Stemmer
                from llama_index.retrievers.bm25 import BM25Retriever

                nodes = [_node(c) for c in self.store.chunks(scope)]
                if len(self._bm25) >= _BM25_CACHE:
                    self._bm25.clear()
                self._bm25[key] = BM25Retriever.from_defaults(
                    nodes=nodes,
                    stemmer=Stemmer.Stemmer("english"),
                    language="english",
                    similarity_top_k=min(n, len(nodes)),
                )
            return self._bm25[key]


class _DenseRetriever(BaseRetriever):
    def __init__(self, store, n: int, scope: tuple | None):
        super().__init__()
        self._store, self._n, self._scope = store, n, scope

    def _retrieve(self, query_bundle):
        from llama_index.core.schema import NodeWithScore

        from .embeddings import get_embedder

        vector = get_embedder().embed([query_bundle.query_str])[0]
        hits = self._store.query(vector, self._n, self._scope)
        return [NodeWithScore(node=_node(c), score=s) for c, s in hits]


def passages_of(doc_ids: Sequence[str], config: Config) -> list[Passage]:
    """Every stored chunk of these articles, as passages in reading order (score 0)."""
    from .store import get_store

    chunks = get_store(config).chunks(list(doc_ids))
    return [
        Passage(c.doc_id, c.chunk_id, c.title, c.text, 0.0, c.start, c.end, c.outlet, c.date)
        for c in sorted(chunks, key=lambda c: (c.doc_id, c.start))
    ]


def _node(c: Chunk):
    from llama_index.core.schema import TextNode

    return TextNode(id_=c.chunk_id, text=c.text, metadata={**c.metadata(), "chunk_id": c.chunk_id})


def _passage(nws) -> Passage:
    m = nws.node.metadata
    return Passage(
        doc_id=m["doc_id"],
        chunk_id=m["chunk_id"],
        title=m.get("title", ""),
        text=nws.node.get_content(),
        score=float(nws.score or 0.0),
        start=int(m["start"]),
        end=int(m["end"]),
        outlet=m.get("outlet", ""),
        date=m.get("date", ""),
    )


def _shingles(text: str, n: int = 3) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + n]) for i in range(max(1, len(words) - n + 1))}


def collapse_near_duplicates(passages: list[Passage], threshold: float = 0.6) -> list[Passage]:
    """Drop a passage whose word 3-grams mostly (>= threshold) repeat a better-ranked one."""
    kept: list[tuple[Passage, set]] = []
    for p in passages:
        sh = _shingles(p.text)
        if all(len(sh & s) / max(1, min(len(sh), len(s))) < threshold for _, s in kept):
            kept.append((p, sh))
    return [p for p, _ in kept]


_retrievers: dict[Config, HybridRetriever] = {}
_retrievers_lock = threading.Lock()


def _retriever(config: Config) -> HybridRetriever:
    with _retrievers_lock:  # the chat UI may ask from several threads at once
        if config not in _retrievers:
            _retrievers[config] = HybridRetriever(config)
        return _retrievers[config]

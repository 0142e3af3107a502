"""The baseline the eval compares against: LlamaIndex's default query engine.

Same chunks, same embedder, same local LLM; LlamaIndex's default prompt and top-k; the
engine's source nodes count as its citations. It never refuses and checks nothing.
"""

from __future__ import annotations

import time

from .config import Config
from .eval_run import Outcome, _strip_markers
from .evaluation import Question
from .verify import support


def run_baseline(
    questions: list[Question], config: Config, doc_texts: dict[str, str]
) -> dict[str, Outcome]:
    from llama_index.core import VectorStoreIndex
    from llama_index.core.schema import TextNode

    from .answer import _llm
    from .embeddings import get_embedder
    from .store import get_store

    nodes = [
        TextNode(id_=c.chunk_id, text=c.text, metadata=c.metadata())
        for c in get_store(config).chunks()
    ]
    index = VectorStoreIndex(nodes, embed_model=get_embedder())
    llm = _llm(config.with_(llm="local") if config.llm == "none" else config)
    engine = index.as_query_engine(llm=llm)
    out = {}
    for q in questions:
        t0 = time.perf_counter()
        response = engine.query(q.question)
        seconds = time.perf_counter() - t0
        text = str(response).strip()
        sources = [n.node for n in response.source_nodes]
        spans_ok = all(
            doc_texts.get(n.metadata["doc_id"], "")[n.metadata["start"] : n.metadata["end"]]
            == n.text
            for n in sources
        )
        evidence = " ".join(n.text for n in sources)
        out[q.id] = Outcome(
            q.id,
            text,
            not text,
            [n.metadata["doc_id"] for n in sources],
            spans_ok,
            support(_strip_markers(text), evidence).supported,
            seconds,
            [n.metadata["doc_id"] for n in sources],
        )
    return out

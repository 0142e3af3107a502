"""The baseline the eval compares against: LlamaIndex's default query engine.

Same chunks, same embedder and the same local model, with the same token budget and the
same one-line answers as ours (blank lines before the answer are skipped: the model tends to
open with one after LlamaIndex's prompt); LlamaIndex's default prompt and top-k. The chunks
carry their title, outlet and date as metadata, as a LlamaIndex user's would; our bookkeeping
(doc id, offsets) is kept out of the prompt and the embeddings. Its source nodes count as its
citations; "Empty Response" counts as a refusal. Its retrieval is scored with its own
default retriever at k=5 (dense only), the same k as ours.
"""

from __future__ import annotations

import time

from .claims import strip_markers
from .config import Config
from .eval_run import Outcome
from .evaluation import Question
from .verify import support

EMPTY = "Empty Response"  # what LlamaIndex answers when the model says nothing


def run_baseline(
    questions: list[Question], config: Config, doc_texts: dict[str, str]
) -> dict[str, Outcome]:
    from llama_index.core import VectorStoreIndex
    from llama_index.core.schema import TextNode

    from .embeddings import get_embedder
    from .store import get_store

    hidden = ["doc_id", "start", "end"]
    nodes = [
        TextNode(
            id_=c.chunk_id,
            text=c.text,
            metadata=c.metadata(),
            excluded_llm_metadata_keys=hidden,
            excluded_embed_metadata_keys=hidden,
        )
        for c in get_store(config).chunks()
    ]
    index = VectorStoreIndex(nodes, embed_model=get_embedder())
    from .answer import _llm

    llm = _llm(config.with_(llm="local")).first_line_only()
    engine = index.as_query_engine(llm=llm)
    retriever = index.as_retriever(similarity_top_k=5)
    out = {}
    for q in questions:
        t0 = time.perf_counter()
        response = engine.query(q.question)
        seconds = time.perf_counter() - t0
        text = str(response).strip()
        refused = not text or text == EMPTY
        sources = [n.node for n in response.source_nodes]
        spans_ok = all(
            doc_texts.get(n.metadata["doc_id"], "")[n.metadata["start"] : n.metadata["end"]]
            == n.text
            for n in sources
        )
        evidence = " ".join(n.text for n in sources)
        ranked = [n.node.metadata["doc_id"] for n in retriever.retrieve(q.question)]
        out[q.id] = Outcome(
            q.id,
            text,
            refused,
            [] if refused else [n.metadata["doc_id"] for n in sources],
            spans_ok,
            refused or support(strip_markers(text), evidence).supported,
            seconds,
            ranked,
        )
    return out

"""Chunks are exact, ordered, stable slices of the cleaned text that together cover all of it."""

from __future__ import annotations

import pytest

from qa import chunking
from qa.chunking import chunk_document
from qa.config import BUNDLED_ARTICLES
from qa.documents import load_documents

DOC_IDS = [
    "000_6e1992ec5b7aa0d3",
    "001_1d74b9649cbe830b",
    "002_4c9573c04f8e7a8d",
    "003_4e4462a5ceae32d3",
    "004_bbc49ac9c8e5d2ae",
]
SIZES = [(64, 10), (128, 20), (256, 0)]


@pytest.fixture(scope="module")
def docs() -> dict:
    return {d.doc_id: d for d in load_documents([BUNDLED_ARTICLES])}


@pytest.mark.parametrize("size, overlap", SIZES)
@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_chunks_are_exact_ordered_and_cover_the_text(docs, doc_id, size, overlap):
    doc = docs[doc_id]
    chunks = chunk_document(doc, size, overlap)
    assert len(chunks) > 1
    assert [c.chunk_id for c in chunks] == [f"{doc_id}:{i:04d}" for i in range(len(chunks))]
    covered = [False] * len(doc.text)
    for c in chunks:
        assert doc.text[c.start : c.end] == c.text
        assert (c.doc_id, c.title, c.outlet, c.date) == (doc_id, doc.title, doc.outlet, doc.date)
        covered[c.start : c.end] = [True] * (c.end - c.start)
    assert [c.start for c in chunks] == sorted({c.start for c in chunks})  # in order, no repeats
    left_out = "".join(ch for ch, inside in zip(doc.text, covered, strict=True) if not inside)
    assert left_out.strip() == ""


@pytest.mark.parametrize("size, overlap", SIZES)
def test_chunks_stay_within_the_token_budget(docs, size, overlap):
    import tiktoken

    from qa.config import setup_offline

    setup_offline()  # tiktoken reads cl100k_base from llama-index's bundled copy
    encoding = tiktoken.get_encoding("cl100k_base")
    for doc in docs.values():
        for c in chunk_document(doc, size, overlap):
            assert len(encoding.encode(c.text)) <= size, c.chunk_id


def test_chunking_is_stable_across_runs(docs):
    first = [chunk_document(d, 128, 20) for d in docs.values()]
    chunking._splitter.cache_clear()  # a fresh splitter, as in a new process
    assert [chunk_document(d, 128, 20) for d in docs.values()] == first


def test_stored_chunks_match_a_fresh_chunking(config, docs):
    from qa.store import get_store

    stored = get_store(config).chunks()
    size, overlap = config.chunk_size, config.chunk_overlap
    fresh = [c for d in docs.values() for c in chunk_document(d, size, overlap)]
    assert [(c.chunk_id, c.start, c.end, c.text) for c in stored] == [
        (c.chunk_id, c.start, c.end, c.text) for c in fresh
    ]

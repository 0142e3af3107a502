"""Hybrid retrieval over the bundled articles."""

from __future__ import annotations

import pytest

from qa.retrieval import Passage, RetrievalError, collapse_near_duplicates, retrieve

CSTO_DOC, GAS_DOC = "000_6e1992ec5b7aa0d3", "002_4c9573c04f8e7a8d"
QUERIES = [
    "Which countries are members of the CSTO?",
    "What was the liquefied gas price rolled back to?",
    "Who is Karim Massimov?",
]


def test_csto_question_finds_its_article(config):
    passages = retrieve("Which countries are members of the CSTO?", k=5, config=config)
    assert len(passages) == 5
    assert CSTO_DOC in [p.doc_id for p in passages]


def test_gas_question_finds_the_8_rubles_passage(config):
    passages = retrieve("What was the liquefied gas price rolled back to?", k=5, config=config)
    assert any(p.doc_id == GAS_DOC and "8 rubles" in p.text for p in passages)


@pytest.mark.parametrize("query", QUERIES)
def test_passages_are_exact_spans_of_stored_text(config, assert_span, query):
    passages = retrieve(query, k=5, config=config)
    assert len({p.chunk_id for p in passages}) == len(passages) == 5
    for p in passages:
        assert p.chunk_id.startswith(p.doc_id + ":")
        assert_span(p.doc_id, p.start, p.end, p.text)


@pytest.mark.parametrize(
    "doc_ids",
    [["003_4e4462a5ceae32d3"], ["001_1d74b9649cbe830b", "004_bbc49ac9c8e5d2ae"]],
)
def test_doc_ids_restrict_the_passages(config, doc_ids):
    passages = retrieve("gas price protests", k=5, doc_ids=doc_ids, config=config)
    assert passages and {p.doc_id for p in passages} <= set(doc_ids)


def test_more_passages_than_a_document_has(config):
    # a k larger than the article's chunk count must not fail (BM25 and Chroma both cap)
    from qa.store import get_store

    n = len(get_store(config).chunks([CSTO_DOC]))
    passages = retrieve("Kazakhstan", k=n + 10, doc_ids=[CSTO_DOC], config=config)
    assert 0 < len(passages) <= n and {p.doc_id for p in passages} == {CSTO_DOC}


def test_unknown_doc_id_is_an_error(config):
    with pytest.raises(RetrievalError, match="no_such_doc"):
        retrieve("gas price", doc_ids=[CSTO_DOC, "no_such_doc"], config=config)


@pytest.mark.parametrize("query", ["", "   \n"])
def test_empty_query_is_an_error(config, query):
    with pytest.raises(RetrievalError, match="empty"):
        retrieve(query, config=config)


def test_empty_doc_ids_selection_is_a_retrieval_error(config):
    with pytest.raises(RetrievalError):
        retrieve("gas price", doc_ids=[], config=config)


def test_a_syndicated_copy_is_not_returned_twice(fresh_config, run_ingest, tmp_path):
    story = "The Orvel tractor company sold 40 tractors in March, officials in Kestrel said."
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "orig.txt").write_text(story)
    (folder / "copy.txt").write_text(story.replace("officials", "local officials"))
    (folder / "kites.txt").write_text("Kites are popular on the windy beaches of Dunmore.")
    run_ingest([folder], fresh_config)
    passages = retrieve("How many tractors did Orvel sell?", k=3, config=fresh_config)
    ids = [p.doc_id for p in passages]
    assert len(ids) == 2 and "kites" in ids and len({"orig", "copy"} & set(ids)) == 1


# --- near-duplicates ----------------------------------------------------------------------------


def passage(n: int, text: str) -> Passage:
    return Passage(f"d{n}", f"d{n}:0000", "t", text, 1.0 / n, 0, len(text))


GAS = "The central government was forced to roll back the gas price to 8 rubles a liter."
CSTO = "Tokayev asked the Collective Security Treaty Organization for help on Wednesday."


def test_collapse_drops_exact_and_near_duplicates_and_keeps_order():
    near = GAS.replace("8 rubles a liter.", "8 rubles a liter, officials said.")
    ranked = [passage(1, CSTO), passage(2, GAS), passage(3, GAS), passage(4, near)]
    assert collapse_near_duplicates(ranked) == [ranked[0], ranked[1]]


def test_collapse_keeps_distinct_passages():
    ranked = [passage(1, GAS), passage(2, CSTO), passage(3, "Internet access was cut for days.")]
    assert collapse_near_duplicates(ranked) == ranked

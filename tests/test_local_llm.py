"""End to end with the real local model (Gemma 3 270M, in-process), network blocked."""

from __future__ import annotations

import pytest

from qa.answer import ask

GAS_DOC = "002_4c9573c04f8e7a8d"


@pytest.mark.slow
def test_local_model_answers_the_gas_question_with_an_exact_citation(config, assert_span):
    answer = ask(
        "What was the liquefied gas price rolled back to?", config=config.with_(llm="local")
    )
    assert not answer.refused
    assert "8 rubles" in answer.text
    from_gas_article = [c for c in answer.citations if c.doc_id == GAS_DOC]
    assert from_gas_article
    for c in answer.citations:
        assert_span(c.doc_id, c.start, c.end, c.quote)

"""Evaluation metrics: each must pass what is right and fail what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa.compose import Citation
from qa.eval_run import check_thresholds, score, table
from qa.evaluation import (
    Question,
    alias_in,
    citation_precision,
    citation_recall,
    citations_valid,
    conflict_covered,
    fact_accuracy,
    hit_at,
    load_questions,
    mean,
    percentile,
    reciprocal_rank,
    schema_errors,
)

GOLDEN = Path(__file__).resolve().parent.parent / "eval" / "questions.yaml"


def cite(doc_id: str, quote: str, start: int) -> Citation:
    return Citation(doc_id, "t", "o", "", f"{doc_id}:0000", quote, start, start + len(quote))


def test_alias_matching_is_number_and_case_aware():
    assert alias_in("Over 4,000", "over 4000 people were arrested")
    assert alias_in("8 rubles", "the equivalent of 8 rubles a liter")
    assert alias_in("three thousand", "about 3000 men")
    assert alias_in("Nur-Sultan", "the capital NUR-SULTAN")
    assert not alias_in("8 rubles", "18 rubles a liter")  # no match inside a number
    assert not alias_in("4,000", "40,000 people")
    assert not alias_in("Tajikistan", "Kyrgyzstan and Armenia")


def test_fact_accuracy_needs_every_fact():
    expected = [["Russia", "Russian Federation"], ["Tajikistan"]]
    assert fact_accuracy(expected, "Russia and Tajikistan")
    assert fact_accuracy(expected, "the Russian Federation, Tajikistan")
    assert not fact_accuracy(expected, "Russia and Belarus")


def test_citation_precision_and_recall():
    assert citation_precision(["a", "b"], ["a"]) == 0.5
    assert citation_precision(["c"], ["a"]) == 0.0
    assert citation_precision([], ["a"]) is None
    assert citation_recall(["a"], ["a", "b"]) == 0.5
    assert citation_recall(["a", "b"], ["a", "b"]) == 1.0


def test_citation_validity_checks_exact_offsets():
    texts = {"d": "Alpha beta. Gamma delta."}
    assert citations_valid([cite("d", "Gamma delta.", 12)], texts)
    assert not citations_valid([cite("d", "Gamma delta.", 11)], texts)  # off by one
    assert not citations_valid([cite("x", "Gamma delta.", 12)], texts)  # unknown doc
    assert not citations_valid([cite("d", "", 0)], texts)  # empty quote


def test_conflict_coverage_needs_each_value_and_its_source():
    sides = [{"doc_id": "a", "facts": [["4,000"]]}, {"doc_id": "b", "facts": [["6,000"]]}]
    assert conflict_covered(sides, "over 4,000 [1]; almost 6,000 [2]", ["a", "b"])
    assert not conflict_covered(sides, "over 4,000 [1]", ["a", "b"])  # one value missing
    assert not conflict_covered(sides, "over 4,000; almost 6,000", ["a"])  # b not cited


def test_retrieval_ranks():
    assert reciprocal_rank(["x", "a", "b"], ["a"]) == 0.5
    assert reciprocal_rank(["x", "y"], ["a"]) == 0.0
    assert hit_at(["x", "x", "x", "x", "a"], ["a"], k=5)
    assert not hit_at(["x", "x", "x", "x", "x", "a"], ["a"], k=5)


def test_percentile_and_mean():
    assert percentile([1, 2, 3, 4], 50) == 2 and percentile([1, 2, 3, 4], 95) == 4
    assert mean([1.0, None, 3.0]) == 2.0
    assert mean([None]) != mean([None])  # NaN: nothing measured


def test_thresholds_fail_below_and_pass_at():
    scores = {"fact_accuracy": 0.5, "latency_p95": 3.0}
    assert check_thresholds(scores, {"fact_accuracy": {"min": 0.5}}) == []
    assert check_thresholds(scores, {"fact_accuracy": {"min": 0.6}})
    assert check_thresholds(scores, {"latency_p95": {"max": 2.0}})
    assert check_thresholds(scores, {"claim_support": {"min": 0.1}})  # not measured


def test_score_counts_refusals_per_kind():
    from qa.eval_run import Outcome

    qs = [
        Question("a", "q", "factoid", [["8 rubles"]], ["d"]),
        Question("u", "q", "unanswerable", [], []),
    ]
    ok = {
        "a": Outcome("a", "8 rubles [1]", False, ["d"], True, True, 1.0, ["d"]),
        "u": Outcome("u", "The articles don't say.", True, [], True, True, 2.0),
    }
    s = score(qs, ok)
    assert (s["fact_accuracy"], s["refusal_accuracy"], s["false_refusal_rate"]) == (1, 1, 0)
    wrong = {
        "a": Outcome("a", "The articles don't say.", True, [], True, True, 1.0, ["d"]),
        "u": Outcome("u", "2 million [1]", False, ["d"], True, False, 2.0),
    }
    s = score(qs, wrong)
    assert (s["fact_accuracy"], s["refusal_accuracy"], s["false_refusal_rate"]) == (0, 0, 1)
    assert s["claim_support"] == 0.0
    assert "| fact accuracy |" in table({"x": s})


def test_golden_set_is_consistent_with_the_articles(stored_docs):
    questions = load_questions(GOLDEN)
    assert len(questions) >= 60
    texts = {d: doc.text for d, doc in stored_docs.items()}
    assert schema_errors(questions, texts) == []


def test_schema_check_catches_a_typo_and_an_unknown_doc():
    texts = {"d": "The price was 8 rubles."}
    bad = [
        Question("x", "q", "numeric", [["9 rubles"]], ["d"]),
        Question("y", "q", "factoid", [["8 rubles"]], ["nope"]),
    ]
    errors = schema_errors(bad, texts)
    assert any("x:" in e and "not in gold text" in e for e in errors)
    assert any("y:" in e and "unknown doc_id" in e for e in errors)


@pytest.mark.parametrize("kind", ["conflicting", "follow-up", "unanswerable"])
def test_golden_set_has_the_required_kinds(kind):
    minimum = {"conflicting": 4, "follow-up": 6, "unanswerable": 10}[kind]
    assert sum(q.type == kind for q in load_questions(GOLDEN)) >= minimum


def write_yaml(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    return path


GOOD_ENTRY = "  - {id: q1, question: Who, type: factoid, expected: [[A]], gold_docs: [d]}\n"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("questions:\n  - id: q1\n    question: [unclosed\n", ["not valid YAML"]),
        ("- id: q1\n", ["questions"]),
        ("questioms: []\n", ["questions"]),
        (
            "questions:\n" + GOOD_ENTRY + "  - {question: Who, type: factoid}\n",
            ["#2", "'id'", "missing"],
        ),
        (
            "questions:\n" + GOOD_ENTRY + "  - {id: q2, type: factoid}\n",
            ["#2", "'q2'", "'question'", "missing"],
        ),
        ("questions:\n  - {id: q1, question: Who}\n", ["#1", "'q1'", "'type'", "missing"]),
        ("questions:\n  - {id: q1, question: Who, type: 3}\n", ["'q1'", "'type'", "string"]),
        ("questions:\n  - just a string\n", ["#1", "mapping"]),
        (
            "questions:\n  - {id: q1, question: Why, type: follow-up, history: [{question: A}]}\n",
            ["'q1'", "'history'"],
        ),
        (
            "questions:\n  - {id: q1, question: Who, type: conflicting, sides: [{doc_id: d}]}\n",
            ["'q1'", "'sides'"],
        ),
        (
            "questions:\n  - {id: q1, question: Who, type: list, expected: [A, B]}\n",
            ["'expected'"],
        ),
    ],
)
def test_malformed_golden_set_is_a_clear_value_error(tmp_path, text, expected):
    path = write_yaml(tmp_path, text)
    with pytest.raises(ValueError) as err:
        load_questions(path)
    message = str(err.value)
    assert str(path) in message
    assert all(part in message for part in expected), message


def test_missing_golden_set_is_a_value_error(tmp_path):
    with pytest.raises(ValueError, match="cannot read .*nothing.yaml"):
        load_questions(tmp_path / "nothing.yaml")


def test_valid_entry_loads(tmp_path):
    (q,) = load_questions(write_yaml(tmp_path, "questions:\n" + GOOD_ENTRY))
    assert (q.id, q.question, q.type, q.expected, q.gold_docs) == (
        "q1",
        "Who",
        "factoid",
        [["A"]],
        ["d"],
    )

"""Deterministic evaluation metrics (no LLM judge) and the golden-set schema check."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .terms import content_terms, numbers

TYPES = ("factoid", "list", "numeric", "conflicting", "unanswerable", "follow-up")


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    type: str
    expected: list[list[str]]
    gold_docs: list[str]
    paraphrase: bool = False
    history: list[tuple[str, str]] = field(default_factory=list)
    sides: list[dict] = field(default_factory=list)  # conflicting: [{doc_id, facts}]

    @property
    def answerable(self) -> bool:
        return self.type != "unanswerable"


def load_questions(path: Path) -> list[Question]:
    """The golden set; a malformed file is a ValueError naming the file, entry and field."""
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise ValueError(f"cannot read {path}: {e.strerror}") from None
    except (yaml.YAMLError, UnicodeDecodeError) as e:
        raise ValueError(f"{path} is not valid YAML: {e}") from None
    entries = data.get("questions") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ValueError(f"{path}: expected a top-level `questions:` list")
    return [_question(q, n, path) for n, q in enumerate(entries, 1)]


def _question(q: object, n: int, path: Path) -> Question:
    """Entry number `n` of the golden set, checked field by field."""
    where = f"{path}: question #{n}"
    if not isinstance(q, dict):
        raise ValueError(f"{where} must be a mapping with id, question and type")
    if isinstance(q.get("id"), str) and q["id"]:
        where += f" (id {q['id']!r})"
    for key in ("id", "question", "type"):
        if not isinstance(q.get(key), str) or not q[key]:
            problem = "is missing" if key not in q else "must be a non-empty string"
            raise ValueError(f"{where}: field {key!r} {problem}")

    def listed(key: str, check, shape: str) -> list:
        value = q.get(key) or []
        if not isinstance(value, list) or not all(check(v) for v in value):
            raise ValueError(f"{where}: field {key!r} must be {shape}")
        return value

    def strings(v: object) -> bool:
        return isinstance(v, list) and all(isinstance(a, str) for a in v)

    expected = listed("expected", strings, "a list of facts, each a list of aliases")
    gold_docs = listed("gold_docs", lambda v: isinstance(v, str), "a list of doc_ids")
    history = listed(
        "history",
        lambda t: (
            isinstance(t, dict) and all(isinstance(t.get(k), str) for k in ("question", "answer"))
        ),
        "a list of {question, answer} turns",
    )
    sides = listed(
        "sides",
        lambda s: (
            isinstance(s, dict)
            and isinstance(s.get("doc_id"), str)
            and isinstance(s.get("facts"), list)
            and all(strings(f) for f in s["facts"])
        ),
        "a list of {doc_id, facts} entries",
    )
    return Question(
        id=q["id"],
        question=q["question"],
        type=q["type"],
        expected=expected,
        gold_docs=gold_docs,
        paraphrase=bool(q.get("paraphrase")),
        history=[(t["question"], t["answer"]) for t in history],
        sides=sides,
    )


def schema_errors(questions: Sequence[Question], doc_texts: dict[str, str]) -> list[str]:
    """Problems that would make a question impossible or meaningless; [] when all is well."""
    errors: list[str] = []
    ids: set[str] = set()
    for q in questions:
        where = f"{q.id}:"
        if q.id in ids:
            errors.append(f"{where} duplicate id")
        ids.add(q.id)
        if q.type not in TYPES:
            errors.append(f"{where} unknown type {q.type!r}")
        for d in q.gold_docs + [s["doc_id"] for s in q.sides]:
            if d not in doc_texts:
                errors.append(f"{where} unknown doc_id {d}")
        if q.answerable and not (q.expected and q.gold_docs):
            errors.append(f"{where} answerable question without expected facts or gold_docs")
        if q.type == "follow-up" and not q.history:
            errors.append(f"{where} follow-up without history")
        gold = " ".join(doc_texts.get(d, "") for d in q.gold_docs)
        errors += [
            f"{where} fact {f} not in gold text"
            for f in q.expected
            if not any(alias_in(a, gold) for a in f)
        ]
        for s in q.sides:
            text = doc_texts.get(s["doc_id"], "")
            errors += [
                f"{where} side fact {f} not in {s['doc_id']}"
                for f in s["facts"]
                if not any(alias_in(a, text) for a in f)
            ]
    return errors


# --- matching ----------------------------------------------------------------------------------


def normalize(text: str) -> str:
    text = text.lower().replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)  # 4,000 -> 4000
    return re.sub(r"\s+", " ", text).strip()


def alias_in(alias: str, text: str) -> bool:
    """An alias is found verbatim (normalised), or as the same numbers with the same words."""
    a, t = normalize(alias), normalize(text)
    if re.search(rf"(?<!\w){re.escape(a)}(?!\w)", t):
        return True
    alias_numbers = numbers(alias)
    if not alias_numbers or not alias_numbers <= numbers(text):
        return False
    return set(content_terms(alias)) <= set(content_terms(text))


def facts_found(expected: Sequence[Sequence[str]], text: str) -> list[bool]:
    return [any(alias_in(a, text) for a in fact) for fact in expected]


# --- per-question scores -----------------------------------------------------------------------


def fact_accuracy(expected: Sequence[Sequence[str]], answer_text: str) -> bool:
    """All expected facts present in the answer."""
    return all(facts_found(expected, answer_text))


def citation_precision(cited_docs: Sequence[str], gold_docs: Sequence[str]) -> float | None:
    cited = set(cited_docs)
    return len(cited & set(gold_docs)) / len(cited) if cited else None


def citation_recall(cited_docs: Sequence[str], gold_docs: Sequence[str]) -> float | None:
    gold = set(gold_docs)
    return len(set(cited_docs) & gold) / len(gold) if gold else None


def citations_valid(citations: Sequence[Any], doc_texts: dict[str, str]) -> bool:
    """Each quote is exactly the article's text at its offsets."""
    return all(
        c.doc_id in doc_texts and doc_texts[c.doc_id][c.start : c.end] == c.quote and c.quote
        for c in citations
    )


def conflict_covered(sides: Sequence[dict], answer_text: str, cited_docs: Sequence[str]) -> bool:
    """Every side's values are in the answer and every side's article is cited."""
    return all(
        all(facts_found(s["facts"], answer_text)) and s["doc_id"] in cited_docs for s in sides
    )


def reciprocal_rank(ranked_docs: Sequence[str], gold_docs: Sequence[str]) -> float:
    for i, d in enumerate(ranked_docs, 1):
        if d in gold_docs:
            return 1.0 / i
    return 0.0


def hit_at(ranked_docs: Sequence[str], gold_docs: Sequence[str], k: int = 5) -> bool:
    return any(d in gold_docs for d in ranked_docs[:k])


def percentile(values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def mean(values: Sequence[float | None]) -> float:
    kept = [v for v in values if v is not None]
    return sum(kept) / len(kept) if kept else float("nan")

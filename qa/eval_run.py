"""`qa eval`: run the golden questions through the pipeline and a LlamaIndex baseline,
print a table, write eval/report.md and eval/report.json, and fail under the thresholds."""

from __future__ import annotations

import json
import os
import platform
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .config import PROJECT_ROOT, Config
from .evaluation import (
    Question,
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
from .verify import support

EVAL_DIR = PROJECT_ROOT / "eval"
# name -> (label, higher is better)
METRICS = {
    "fact_accuracy": ("fact accuracy", True),
    "fact_accuracy_paraphrase": ("fact accuracy (paraphrases)", True),
    "citation_precision": ("citation precision", True),
    "citation_recall": ("citation recall", True),
    "citation_validity": ("citation validity", True),
    "claim_support": ("claims supported by cited spans", True),
    "refusal_accuracy": ("unanswerable refused", True),
    "false_refusal_rate": ("answerable refused", False),
    "conflict_coverage": ("conflicts with both sides", True),
    "hit_at_5": ("retrieval hit@5", True),
    "mrr": ("retrieval MRR", True),
    "latency_p50": ("latency p50 (s)", False),
    "latency_p95": ("latency p95 (s)", False),
}


@dataclass
class Outcome:
    """What one system did with one question."""

    qid: str
    text: str
    refused: bool
    cited_docs: list[str]
    valid: bool
    supported: bool
    seconds: float
    ranked_docs: list[str] = field(default_factory=list)


def run_ours(q: Question, config: Config, doc_texts: dict[str, str]) -> Outcome:
    from . import ask, retrieve

    t0 = time.perf_counter()
    answer = ask(q.question, history=q.history, config=config)
    seconds = time.perf_counter() - t0
    ranked = [p.doc_id for p in retrieve(answer.standalone_question, k=5, config=config)]
    shown = [c for c in answer.claims if c.citations]  # dropped claims cite nothing
    supported = all(
        support(c.text, " ".join(x.quote for x in c.citations)).supported for c in shown
    )
    return Outcome(
        q.id,
        answer.text,
        answer.refused,
        [c.doc_id for c in answer.citations],
        citations_valid(answer.citations, doc_texts),
        supported,
        seconds,
        ranked,
    )


def score(questions: list[Question], outcomes: dict[str, Outcome]) -> dict[str, float]:
    answerable = [q for q in questions if q.answerable]
    unanswerable = [q for q in questions if not q.answerable]
    o = outcomes

    def facts(qs: list[Question]) -> float:
        return mean(
            [float(not o[q.id].refused and fact_accuracy(q.expected, o[q.id].text)) for q in qs]
        )

    given = [q for q in answerable if not o[q.id].refused]
    conflicts = [q for q in questions if q.sides]
    return {
        "fact_accuracy": facts(answerable),
        "fact_accuracy_paraphrase": facts([q for q in answerable if q.paraphrase]),
        "citation_precision": mean(
            [citation_precision(o[q.id].cited_docs, q.gold_docs) for q in given]
        ),
        "citation_recall": mean([citation_recall(o[q.id].cited_docs, q.gold_docs) for q in given]),
        "citation_validity": mean([float(o[q.id].valid) for q in questions]),
        "claim_support": mean([float(o[q.id].supported) for q in questions if not o[q.id].refused]),
        "refusal_accuracy": mean([float(o[q.id].refused) for q in unanswerable]),
        "false_refusal_rate": mean([float(o[q.id].refused) for q in answerable]),
        "conflict_coverage": mean(
            [float(conflict_covered(q.sides, o[q.id].text, o[q.id].cited_docs)) for q in conflicts]
        ),
        "hit_at_5": mean(
            [
                float(hit_at(o[q.id].ranked_docs, q.gold_docs))
                for q in answerable
                if o[q.id].ranked_docs
            ]
            or [None]
        ),
        "mrr": mean(
            [
                reciprocal_rank(o[q.id].ranked_docs, q.gold_docs)
                for q in answerable
                if o[q.id].ranked_docs
            ]
            or [None]
        ),
        "latency_p50": percentile([x.seconds for x in o.values()], 50),
        "latency_p95": percentile([x.seconds for x in o.values()], 95),
    }


def check_thresholds(scores: dict[str, float], thresholds: dict[str, dict]) -> list[str]:
    """Failures as readable lines; [] when every metric meets its threshold."""
    failures = []
    for name, bound in thresholds.items():
        value = scores.get(name)
        if value is None or value != value:  # missing or NaN
            failures.append(f"{name}: not measured")
        elif "min" in bound and value < bound["min"]:
            failures.append(f"{name} = {value:.3f} < min {bound['min']}")
        elif "max" in bound and value > bound["max"]:
            failures.append(f"{name} = {value:.3f} > max {bound['max']}")
    return failures


def table(rows: dict[str, dict[str, float]]) -> str:
    names = list(rows)
    lines = ["| metric | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    for key, (label, _) in METRICS.items():
        cells = [_fmt(rows[n].get(key)) for n in names]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _fmt(v: float | None) -> str:
    return "n/a" if v is None or v != v else f"{v:.3f}"


def run(
    config: Config,
    questions_path: Path | None = None,
    thresholds_path: Path | None = None,
    out_dir: Path | None = None,
    baseline: bool = True,
    say: Any = print,
) -> int:
    import yaml

    from . import ingest
    from .store import get_store

    questions_path = questions_path or EVAL_DIR / "questions.yaml"
    thresholds_path = thresholds_path or EVAL_DIR / "thresholds.yaml"
    out_dir = out_dir or EVAL_DIR
    questions = load_questions(questions_path)
    say(ingest(config=config).summary())
    doc_texts = {d: doc.text for d, doc in get_store(config).documents().items()}
    errors = schema_errors(questions, doc_texts)
    if errors:
        say("golden set errors:\n  " + "\n  ".join(errors))
        return 2
    t0 = time.perf_counter()
    ours = {q.id: run_ours(q, config, doc_texts) for q in questions}
    rows = {"this pipeline": score(questions, ours)}
    timing = [f"pipeline: {len(questions)} questions in {time.perf_counter() - t0:.0f}s"]
    say(timing[-1])
    base: dict[str, Outcome] = {}
    if baseline:
        from .baseline import run_baseline

        t1 = time.perf_counter()
        base = run_baseline(questions, config, doc_texts)
        rows["LlamaIndex default (baseline)"] = score(questions, base)
        timing.append(f"baseline: {len(questions)} questions in {time.perf_counter() - t1:.0f}s")
        say(timing[-1])
    thresholds = yaml.safe_load(thresholds_path.read_text()) if thresholds_path.exists() else {}
    failures = check_thresholds(rows["this pipeline"], thresholds or {})
    _write(out_dir, rows, questions, ours, base, failures, timing)
    say(table(rows))
    for f in failures:
        say(f"BELOW THRESHOLD: {f}")
    return 1 if failures else 0


def _write(
    out_dir: Path,
    rows: dict,
    questions: list[Question],
    ours: dict,
    base: dict,
    failures: list[str],
    timing: list[str],
) -> None:
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    counts: dict[str, int] = {}
    for q in questions:
        counts[q.type] = counts.get(q.type, 0) + 1
    md = [
        f"# Evaluation report\n\n{when} on {machine}; {len(questions)} questions "
        f"({', '.join(f'{v} {k}' for k, v in sorted(counts.items()))}).\n",
        table(rows),
        "",
        "Run time: " + "; ".join(timing) + ".",
        "",
        "## Per question (this pipeline)",
        "",
        "| id | type | refused | cited | answer |",
        "|---|---|---|---|---|",
    ]
    for q in questions:
        o = ours[q.id]
        text = o.text.replace("|", "\\|").replace("\n", " ")[:160]
        md.append(
            f"| {q.id} | {q.type} | {o.refused} | {', '.join(d[:3] for d in o.cited_docs)}"
            f" | {text} |"
        )
    if failures:
        md += ["", "## Below threshold", ""] + [f"- {f}" for f in failures]
    (out_dir / "report.md").write_text("\n".join(md) + "\n", encoding="utf-8")
    data = {
        "date": when,
        "machine": machine,
        "metrics": rows,
        "failures": failures,
        "questions": {k: vars(v) for k, v in ours.items()},
        "baseline": {k: vars(v) for k, v in base.items()},
    }
    (out_dir / "report.json").write_text(
        json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )

"""Run a probe set through `qa.ask` and count both errors: answerable questions refused and
unanswerable ones answered. With --against, list the questions whose answer changed since a
saved run. Development sets, not gated in CI (see eval/probes/README.md).

    QA_LLM=none python eval/probe.py eval/probes/blind29.json --save /tmp/now.json
    QA_LLM=none python eval/probe.py eval/probes/blind29.json --against /tmp/before.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import qa


def run(questions: list[dict]) -> dict[str, dict]:
    """Each question's answer: refused or not, its text and the articles it cites."""
    out = {}
    for q in questions:
        a = qa.ask(q["question"])
        docs = sorted({c.doc_id for c in a.citations})
        out[q["id"]] = {"refused": a.refused, "text": a.text, "docs": docs}
    return out


def counts(questions: list[dict], answers: dict[str, dict]) -> str:
    answerable = [q["id"] for q in questions if q["answerable"]]
    unanswerable = [q["id"] for q in questions if not q["answerable"]]
    refused = sum(answers[i]["refused"] for i in answerable)
    answered = sum(not answers[i]["refused"] for i in unanswerable)
    return (
        f"answerable refused {refused}/{len(answerable)}; "
        f"unanswerable answered {answered}/{len(unanswerable)}"
    )


def changed(questions: list[dict], before: dict, now: dict) -> list[str]:
    lines = []
    for q in questions:
        old, new = before.get(q["id"]), now[q["id"]]
        if old is not None and (old["refused"], old["text"]) != (new["refused"], new["text"]):
            lines += [f"{q['id']}: {q['question']}", f"  was: {old['text'][:200]}"]
            lines += [f"  now: {new['text'][:200]}"]
    return lines


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("probe", type=Path, help="a JSON list of {id, question, answerable}")
    p.add_argument("--save", type=Path, help="write the answers here")
    p.add_argument("--against", type=Path, help="a saved run to compare with")
    args = p.parse_args(argv)
    questions = json.loads(args.probe.read_text(encoding="utf-8"))
    answers = run(questions)
    if args.save:
        args.save.write_text(json.dumps(answers, indent=1, ensure_ascii=False), encoding="utf-8")
    if args.against:
        before = json.loads(args.against.read_text(encoding="utf-8"))
        print("\n".join(changed(questions, before, answers) or ["no answer changed"]))
    print(f"{args.probe.name}: {counts(questions, answers)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

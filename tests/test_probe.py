"""The probe runner's counts and its list of changed answers (eval/probe.py)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _probe():
    spec = importlib.util.spec_from_file_location("probe", ROOT / "eval" / "probe.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


QUESTIONS = [
    {"id": "a", "question": "How many?", "answerable": True},
    {"id": "b", "question": "Who?", "answerable": True},
    {"id": "u", "question": "Why?", "answerable": False},
]


def test_both_errors_are_counted():
    probe = _probe()
    answers = {
        "a": {"refused": True, "text": "The articles don't say."},
        "b": {"refused": False, "text": "Tokayev."},
        "u": {"refused": False, "text": "Because."},
    }
    assert probe.counts(QUESTIONS, answers) == ("answerable refused 1/2; unanswerable answered 1/1")


def test_only_changed_answers_are_listed():
    probe = _probe()
    before = {"a": {"refused": True, "text": "x"}, "b": {"refused": False, "text": "y"}}
    now = {**before, "b": {"refused": False, "text": "z"}, "u": {"refused": True, "text": "x"}}
    lines = probe.changed(QUESTIONS, before, now)
    assert lines == ["b: Who?", "  was: y", "  now: z"]  # "u" was not run before


def test_the_probe_sets_are_labelled():
    for path in sorted((ROOT / "eval" / "probes").glob("*.json")):
        questions = json.loads(path.read_text(encoding="utf-8"))
        assert len({q["id"] for q in questions}) == len(questions), path.name
        assert all(isinstance(q["answerable"], bool) and q["question"] for q in questions)

"""The command line, in-process against the session store (QA_HOME, QA_LLM=none)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import uuid

import pytest

from qa import prompts
from qa.cli import main
from qa.config import PROJECT_ROOT, Config
from qa.retrieval import retrieve

CSTO_Q = "Which countries are members of the CSTO?"
GAS_Q = "What was the liquefied gas price rolled back to?"
CITATION_KEYS = {"doc_id", "title", "outlet", "date", "quote", "chunk_id", "start", "end"}


@pytest.fixture
def cli_env(monkeypatch, config):
    for name in list(os.environ):
        if name.startswith("QA_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("QA_HOME", str(config.home))
    monkeypatch.setenv("QA_LLM", "none")
    assert Config.from_env() == config  # the CLI sees the session store
    return monkeypatch


def test_ask_json(cli_env, capsys, assert_span):
    assert main(["ask", "--json", GAS_Q]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"answer", "refused", "missing", "citations"}
    assert data["refused"] is False and "8 rubles" in data["answer"]
    assert data["citations"]
    for c in data["citations"]:
        assert set(c) == CITATION_KEYS
        assert_span(c["doc_id"], c["start"], c["end"], c["quote"])


def test_search_prints_the_retrieved_passages(cli_env, capsys, config):
    assert main(["search", "-k", "5", CSTO_Q]) == 0
    out = capsys.readouterr().out
    printed = re.findall(r"^\[\d+\] (\S+) (\S+) score=", out, re.MULTILINE)
    expected = [(p.doc_id, p.chunk_id) for p in retrieve(CSTO_Q, k=5, config=config)]
    assert printed == expected
    assert "000_6e1992ec5b7aa0d3" in [doc_id for doc_id, _ in printed]


def test_search_json_with_doc_filter(cli_env, capsys):
    doc = "003_4e4462a5ceae32d3"
    assert main(["search", "--json", "--doc", doc, "gas price protests"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and {r["doc_id"] for r in rows} == {doc}


def test_ingest_nonexistent_path_exits_2(cli_env, capsys, tmp_path):
    missing = tmp_path / "no-such-folder"
    assert main(["ingest", str(missing)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("qa: error:") and str(missing) in err


def test_ask_empty_question_exits_2(cli_env, capsys):
    assert main(["ask", ""]) == 2
    err = capsys.readouterr().err
    assert err.startswith("qa: error:") and "empty" in err


def test_missing_prompt_template_is_a_clear_error(cli_env, capsys, tmp_path, fake_llm):
    import qa.llms

    cli_env.setenv("QA_LLM", "openai")
    cli_env.setenv("QA_LLM_MODEL", f"fake-{uuid.uuid4().hex}")  # a config no cache has seen
    cli_env.setattr(qa.llms, "get_llm", lambda cfg: fake_llm(["8 rubles a liter [1]"]))
    cli_env.setattr(prompts, "PROMPTS_DIR", tmp_path)  # no answer.txt there
    prompts.load.cache_clear()
    try:
        code = main(["ask", GAS_Q])
    finally:
        prompts.load.cache_clear()
    assert code == 2 and capsys.readouterr().err.startswith("qa: error:")


def test_help_runs_as_a_program():
    result = subprocess.run(
        [sys.executable, "-m", "qa.cli", "--help"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert all(cmd in result.stdout for cmd in ("ingest", "search", "ask"))


def test_eval_with_a_malformed_golden_set_exits_2(cli_env, capsys, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("questions:\n  - {id: q1, type: factoid}\n", encoding="utf-8")
    assert main(["eval", "--no-baseline", "--questions", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("qa: error:") and str(bad) in err and "'question'" in err


def test_ingest_with_a_bad_catalog_skips_its_files(cli_env, capsys, tmp_path):
    cli_env.setenv("QA_HOME", str(tmp_path / "home"))  # not the session store
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "x.txt").write_text("Storm hits Dunmore.", encoding="utf-8")
    (articles / "catalog.json").write_text('{"x": {"date": 2022}}', encoding="utf-8")
    assert main(["ingest", str(articles)]) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith("skipped:") and str(articles / "catalog.json") in captured.err
    assert "'x'" in captured.err and "'date'" in captured.err
    assert "0 added" in captured.out


def test_every_qa_subpackage_is_packaged():
    """A non-editable install must ship qa.llms too (`qa ask` imports it)."""
    import tomllib

    from setuptools import find_packages

    setuptools_cfg = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text())["tool"][
        "setuptools"
    ]
    listed = setuptools_cfg.get("packages")
    if isinstance(listed, list):
        packaged = set(listed)
    else:
        find = listed["find"]
        packaged = set(find_packages(PROJECT_ROOT, include=find["include"]))
    on_disk = {
        ".".join(init.parent.relative_to(PROJECT_ROOT).parts)
        for init in (PROJECT_ROOT / "qa").rglob("__init__.py")
    }
    assert "qa.llms" in on_disk and on_disk <= packaged, on_disk - packaged

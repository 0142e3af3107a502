"""Incremental ingestion on tiny articles, each test with a store of its own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from qa.chunking import chunk_document
from qa.documents import DocumentError, load_documents
from qa.embeddings import MiniLMEmbedding
from qa.retrieval import retrieve
from qa.store import Store, get_store

TINY_A = "The Alpha river floods the valley town of Brenton every spring."
LATIN1 = "Café owners in Almaty closed early.".encode("latin-1")


def stored_chunks(config) -> dict[str, str]:
    return {c.chunk_id: c.text for c in get_store(config).chunks()}


def expected_chunk_count(folder: Path, config) -> int:
    docs = load_documents([folder])
    return sum(len(chunk_document(d, config.chunk_size, config.chunk_overlap)) for d in docs)


def forbid_embedding(monkeypatch):
    def refuse(self, texts):
        raise AssertionError(f"embedded {len(texts)} text(s) although nothing changed")

    monkeypatch.setattr(MiniLMEmbedding, "embed", refuse)


def test_first_ingest_adds_everything(run_ingest, fresh_config, tiny_docs):
    report = run_ingest([tiny_docs], fresh_config)
    assert sorted(report.added) == ["a", "b", "c"]
    assert report.updated == report.removed == report.unchanged == report.errors == []
    assert report.chunks == expected_chunk_count(tiny_docs, fresh_config) > 0
    assert get_store(fresh_config).count() == report.chunks
    assert set(get_store(fresh_config).doc_records()) == {"a", "b", "c"}


def test_second_ingest_embeds_nothing(run_ingest, fresh_config, tiny_docs, monkeypatch):
    run_ingest([tiny_docs], fresh_config)
    before = stored_chunks(fresh_config)
    forbid_embedding(monkeypatch)
    report = run_ingest([tiny_docs], fresh_config)
    assert sorted(report.unchanged) == ["a", "b", "c"]
    assert report.added == report.updated == report.removed == []
    assert report.chunks == 0
    assert stored_chunks(fresh_config) == before


def test_changed_file_replaces_its_chunks(run_ingest, fresh_config, tiny_docs):
    config = fresh_config.with_(chunk_size=32, chunk_overlap=0)  # long b: several chunks
    a, c = ((tiny_docs / name).read_text() for name in ("a.txt", "c.txt"))
    long_b = (
        "In March the Orvel tractor company of Kestrel sold 40 green tractors to farmers."
        " Its April sales of 55 red harvesters went mostly to buyers in Brenton."
        " By May, dealers along the Dunmore coast had ordered 61 more machines."
    )
    (tiny_docs / "b.txt").write_text(long_b)
    run_ingest([tiny_docs], config)
    old_b = [t for i, t in stored_chunks(config).items() if i.startswith("b:")]
    assert len(old_b) > 1
    question = "How many tractors did the Orvel company sell?"

    def retrieved() -> set[str]:
        return {p.text for p in retrieve(question, k=10, config=config)}

    assert retrieved() == {*old_b, a, c}
    new = "The Orvel tractor company sold 75 tractors in June."
    (tiny_docs / "b.txt").write_text(new)

    report = run_ingest([tiny_docs], config)
    assert report.updated == ["b"]
    assert sorted(report.unchanged) == ["a", "c"]
    assert report.added == report.removed == []
    assert stored_chunks(config) == {"a:0000": a, "b:0000": new, "c:0000": c}
    assert get_store(config).documents(["b"])["b"].text == new
    assert retrieved() == {a, new, c}  # nothing served from a stale index


def test_a_new_catalog_alias_updates_the_record_and_survives_the_store(
    run_ingest, fresh_config, tiny_docs
):
    run_ingest([tiny_docs], fresh_config)
    (tiny_docs / "catalog.json").write_text('{"b": {"aliases": ["tractor report", "Orvel piece"]}}')
    report = run_ingest([tiny_docs], fresh_config)
    assert report.updated == ["b"]  # the alias is part of the fingerprint
    store = get_store(fresh_config)
    assert store.documents(["b"])["b"].aliases == ("tractor report", "Orvel piece")
    assert store.documents(["a"])["a"].aliases == ()


def test_removed_file_takes_its_chunks(run_ingest, fresh_config, tiny_docs):
    run_ingest([tiny_docs], fresh_config)
    (tiny_docs / "c.txt").unlink()
    report = run_ingest([tiny_docs], fresh_config)
    assert report.removed == ["c"]
    assert sorted(report.unchanged) == ["a", "b"]
    assert set(get_store(fresh_config).doc_records()) == {"a", "b"}
    assert {c.doc_id for c in get_store(fresh_config).chunks()} == {"a", "b"}


def kill_on_second_commit(monkeypatch):
    real = Store.commit_document
    calls = []

    def commit(self, doc, fingerprint, vector):
        calls.append(doc.doc_id)
        if len(calls) == 2:
            raise KeyboardInterrupt(f"killed while committing {doc.doc_id}")
        return real(self, doc, fingerprint, vector)

    monkeypatch.setattr(Store, "commit_document", commit)


def test_run_killed_half_way_is_completed_by_the_next(run_ingest, fresh_config, tiny_docs):
    with pytest.MonkeyPatch.context() as mp:
        kill_on_second_commit(mp)
        with pytest.raises(KeyboardInterrupt):
            run_ingest([tiny_docs], fresh_config)
    store = get_store(fresh_config)
    assert set(store.doc_records()) == {"a"}
    assert store.orphan_doc_ids() == {"b"}  # b's chunks were written, its record was not

    report = run_ingest([tiny_docs], fresh_config)
    assert sorted(report.added) == ["b", "c"] and report.unchanged == ["a"]
    assert set(store.doc_records()) == {"a", "b", "c"}
    ids = [c.chunk_id for c in store.chunks()]
    assert len(ids) == len(set(ids)) == store.count()
    assert store.count() == expected_chunk_count(tiny_docs, fresh_config)
    assert store.orphan_doc_ids() == set()


def test_chunks_left_by_a_killed_run_go_when_their_file_is_gone(
    run_ingest, fresh_config, tiny_docs
):
    with pytest.MonkeyPatch.context() as mp:
        kill_on_second_commit(mp)
        with pytest.raises(KeyboardInterrupt):
            run_ingest([tiny_docs], fresh_config)
    (tiny_docs / "b.txt").unlink()
    run_ingest([tiny_docs], fresh_config)
    assert {c.doc_id for c in get_store(fresh_config).chunks()} == {"a", "c"}
    passages = retrieve("Orvel tractors sold in March", k=3, config=fresh_config)
    assert "b" not in {p.doc_id for p in passages}


def test_bad_file_is_reported_and_the_rest_ingested(run_ingest, fresh_config, tiny_docs):
    (tiny_docs / "bad.txt").write_bytes(LATIN1)
    report = run_ingest([tiny_docs], fresh_config)
    assert sorted(report.added) == ["a", "b", "c"]
    assert len(report.errors) == 1 and "bad.txt" in report.errors[0]
    assert set(get_store(fresh_config).doc_records()) == {"a", "b", "c"}


def test_ingested_file_that_became_unreadable_loses_nothing(
    run_ingest, fresh_config, tiny_docs, monkeypatch
):
    run_ingest([tiny_docs], fresh_config)
    before = stored_chunks(fresh_config)
    (tiny_docs / "b.txt").write_bytes(LATIN1)
    forbid_embedding(monkeypatch)
    report = run_ingest([tiny_docs], fresh_config)
    assert len(report.errors) == 1 and "b.txt" in report.errors[0]
    assert report.removed == [] and sorted(report.unchanged) == ["a", "c"]
    assert "b" in get_store(fresh_config).doc_records()
    assert stored_chunks(fresh_config) == before


def test_nonexistent_path_is_an_error(run_ingest, fresh_config, tmp_path):
    missing = tmp_path / "no-such-folder"
    with pytest.raises(DocumentError, match="no-such-folder"):
        run_ingest([missing], fresh_config)


def test_file_reached_through_two_paths_is_ingested_once(run_ingest, fresh_config, tiny_docs):
    report = run_ingest([tiny_docs, tiny_docs / "a.txt"], fresh_config)
    assert sorted(report.added) == ["a", "b", "c"]
    assert report.chunks == expected_chunk_count(tiny_docs, fresh_config)


def test_same_file_name_in_another_folder_does_not_replace_the_stored_article(
    run_ingest, fresh_config, tiny_docs, tmp_path
):
    run_ingest([tiny_docs], fresh_config)
    before = stored_chunks(fresh_config)
    other = tmp_path / "other"
    other.mkdir()
    (other / "a.txt").write_text("Snow closed the mountain passes above Dunmore.")
    (other / "d.txt").write_text("Brenton opened a new library on Friday.")

    report = run_ingest([other], fresh_config)
    assert report.added == ["d"] and report.updated == report.removed == []
    assert report.errors == [
        f"{other / 'a.txt'}: doc_id 'a' already comes from {tiny_docs / 'a.txt'};"
        " rename one of the files"
    ]
    stored = get_store(fresh_config).documents(["a"])["a"]
    assert stored.path == str(tiny_docs / "a.txt") and stored.text == TINY_A
    assert {i: t for i, t in stored_chunks(fresh_config).items() if not i.startswith("d:")} == (
        before
    )

    (other / "a.txt").unlink()  # the other folder's a.txt goes: tiny_docs' a stays
    report = run_ingest([other], fresh_config)
    assert report.removed == [] and report.errors == [] and report.unchanged == ["d"]
    assert set(get_store(fresh_config).doc_records()) == {"a", "b", "c", "d"}


def test_moved_file_updates_its_doc_id(run_ingest, fresh_config, tiny_docs, tmp_path):
    run_ingest([tiny_docs], fresh_config)
    moved = tmp_path / "moved"
    moved.mkdir()
    (tiny_docs / "a.txt").rename(moved / "a.txt")
    report = run_ingest([moved], fresh_config)
    assert report.errors == [] and report.updated == ["a"]
    assert get_store(fresh_config).documents(["a"])["a"].path == str(moved / "a.txt")


UNCHANGED_RUN = """
import sys
from qa.cli import main
code = main(["ingest", sys.argv[1]])
heavy = sorted({m.split(".")[0] for m in sys.modules} & {"llama_index", "onnxruntime"})
print("heavy:", heavy)
sys.exit(code)
"""


def test_unchanged_ingest_loads_no_model_library(run_ingest, fresh_config, tiny_docs):
    run_ingest([tiny_docs], fresh_config)
    env = {k: v for k, v in os.environ.items() if not k.startswith("QA_")}
    env.update(QA_HOME=str(fresh_config.home), QA_LLM="none")
    result = subprocess.run(
        [sys.executable, "-c", UNCHANGED_RUN, str(tiny_docs)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "3 unchanged" in result.stdout
    assert "heavy: []" in result.stdout, result.stdout

"""Incremental ingestion: load, clean, chunk, embed and store what changed.

Each document has a fingerprint (its cleaned text, catalog fields, chunking settings and
embedding model). Unchanged documents are skipped without loading any model; a changed one
replaces its chunks; a file gone from an ingested folder takes its chunks with it.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .config import MODEL_ID, Config
from .documents import Document, DocumentError, find_files, load_catalog, load_document

CLEANING_VERSION = "3"  # bump when cleaning changes, so stored texts are redone


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    chunks: int = 0  # chunks written in this run
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        parts = [
            f"{len(self.added)} added",
            f"{len(self.updated)} updated",
            f"{len(self.removed)} removed",
            f"{len(self.unchanged)} unchanged",
        ]
        line = f"documents: {', '.join(parts)}; chunks written: {self.chunks}"
        line += f"; {self.seconds:.2f}s"
        if self.errors:
            line += f"; {len(self.errors)} file(s) skipped"
        return line


def fingerprint(doc: Document, config: Config) -> str:
    h = hashlib.sha256()
    for part in (
        CLEANING_VERSION,
        MODEL_ID,
        str(config.chunk_size),
        str(config.chunk_overlap),
        doc.title,
        doc.outlet,
        doc.author,
        doc.date,
        "\n".join(doc.aliases),
        doc.path,
        doc.text,
    ):
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


def ingest(
    paths: list[Path] | None = None,
    config: Config | None = None,
    progress: Callable[[str], None] | None = None,
) -> IngestReport:
    """Bring the store in line with the articles under `paths` (default: the configured folder)."""
    from .store import Store

    config = config or Config.from_env()
    roots = [Path(p).resolve() for p in (paths or [config.articles])]
    say = progress or (lambda _msg: None)
    t0 = time.perf_counter()
    report = IngestReport()
    files = find_files(roots)  # a missing path or an unknown type is an error up front
    docs, failed = _load_all(files, report)
    store = Store(config)
    records = store.doc_records()

    for doc_id in sorted(store.orphan_doc_ids()):  # chunks left by a killed run
        store.remove_document(doc_id)
    for doc_id, meta in sorted(records.items()):
        path = Path(meta.get("path", ""))
        if _under(path, roots) and path not in files and path not in failed:
            store.remove_document(doc_id)
            report.removed.append(doc_id)

    todo = []
    for doc in docs:
        old = records.get(doc.doc_id)
        clash = _other_source(old, doc)
        if clash:  # keep the stored article; this file waits until one is renamed
            report.errors.append(
                f"{doc.path}: doc_id {doc.doc_id!r} already comes from {clash};"
                " rename one of the files"
            )
            continue
        fp = fingerprint(doc, config)
        if old is not None and old.get("fingerprint") == fp:
            report.unchanged.append(doc.doc_id)
        else:
            todo.append((doc, fp, old is not None))
    for n, (doc, fp, existed) in enumerate(todo, 1):
        written = _write(store, doc, fp, config)
        report.chunks += written
        (report.updated if existed else report.added).append(doc.doc_id)
        say(f"[{n}/{len(todo)}] {doc.doc_id}: {written} chunks")
    report.seconds = time.perf_counter() - t0
    return report


def _load_all(files: list[Path], report: IngestReport) -> tuple[list[Document], set[Path]]:
    docs, failed = [], set()
    catalogs: dict[Path, dict] = {}
    for f in files:
        try:
            if f.parent not in catalogs:
                catalogs[f.parent] = load_catalog(f.parent)
            docs.append(load_document(f, catalogs[f.parent]))
        except DocumentError as e:  # skip the file, keep what the store has for it
            report.errors.append(str(e))
            failed.add(f)
    return docs, failed


def _other_source(record: dict | None, doc: Document) -> str:
    """The path of another, still existing file the stored `doc.doc_id` came from, or ""."""
    stored = (record or {}).get("path", "")
    if not stored or stored == doc.path or not Path(stored).exists():
        return ""  # new, the same file, or a file that moved: updating is right
    return stored


def _under(path: Path, roots: list[Path]) -> bool:
    return any(path == r or r in path.parents for r in roots)


def _write(store, doc: Document, fp: str, config: Config) -> int:
    import numpy as np

    from .chunking import chunk_document
    from .embeddings import get_embedder

    chunks = chunk_document(doc, config.chunk_size, config.chunk_overlap)
    vectors = get_embedder().embed([c.text for c in chunks])
    mean = vectors.mean(axis=0)
    store.begin_document(doc.doc_id)
    store.add_chunks(chunks, vectors)
    store.commit_document(doc, fp, mean / max(float(np.linalg.norm(mean)), 1e-12))
    return len(chunks)

"""The Chroma store: the only module that imports chromadb.

Two collections: `<name>_chunks` (one vector per chunk, cosine space) and `<name>_docs`
(one record per committed document: cleaned text, catalog fields and a fingerprint).
A document counts as ingested only once its record is written, after all its chunks:
a run killed half-way leaves no record, and the next run redoes that document.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from .chunking import Chunk
from .config import Config
from .documents import CATALOG_ALIASES, Document

_BATCH = 256


class StoreError(RuntimeError):
    """The store cannot be opened or reached; the message says what to do."""


class Store:
    def __init__(self, config: Config):
        self.config = config
        self._client: Any = None
        self._chunks: Any = None
        self._docs: Any = None

    # --- connection -----------------------------------------------------------------------

    def _open(self) -> None:
        if self._client is not None:
            return
        import chromadb
        from chromadb.config import Settings

        settings = Settings(anonymized_telemetry=False, allow_reset=False)
        cfg = self.config
        try:
            if cfg.chroma_host:
                self._client = chromadb.HttpClient(
                    host=cfg.chroma_host, port=cfg.chroma_port, settings=settings
                )
            else:
                cfg.home.mkdir(parents=True, exist_ok=True)
                self._client = chromadb.PersistentClient(
                    path=str(cfg.home / "chroma"), settings=settings
                )
            space = {"hnsw:space": "cosine"}
            self._chunks = self._client.get_or_create_collection(
                f"{cfg.collection}_chunks", metadata=space, embedding_function=None
            )
            self._docs = self._client.get_or_create_collection(
                f"{cfg.collection}_docs", metadata=space, embedding_function=None
            )
        except Exception as e:  # chromadb raises many types; all mean "cannot open"
            self._client = None
            where = (
                f"the Chroma server at {cfg.chroma_host}:{cfg.chroma_port} (QA_CHROMA_HOST/PORT)"
                if cfg.chroma_host
                else f"the store at {cfg.home / 'chroma'} (QA_HOME)"
            )
            raise StoreError(f"cannot open {where}: {e}") from e

    # --- documents ------------------------------------------------------------------------

    def doc_records(self) -> dict[str, dict]:
        """Committed documents: doc_id -> metadata (title, outlet, ..., fingerprint)."""
        self._open()
        got = self._docs.get(include=["metadatas"])
        return dict(zip(got["ids"], got["metadatas"], strict=True))

    def documents(self, doc_ids: Iterable[str] | None = None) -> dict[str, Document]:
        self._open()
        ids = list(doc_ids) if doc_ids is not None else None
        got = self._docs.get(ids=ids, include=["metadatas", "documents"])
        out = {}
        for doc_id, meta, text in zip(got["ids"], got["metadatas"], got["documents"], strict=True):
            out[doc_id] = Document(
                doc_id=doc_id,
                title=meta.get("title", ""),
                text=text,
                outlet=meta.get("outlet", ""),
                author=meta.get("author", ""),
                date=meta.get("date", ""),
                path=meta.get("path", ""),
                raw_sha256=meta.get("raw_sha256", ""),
                aliases=tuple(aliases(meta)),
            )
        return out

    def begin_document(self, doc_id: str) -> None:
        """Forget a document's record and chunks before (re)writing it."""
        self._open()
        self._docs.delete(ids=[doc_id])
        self._chunks.delete(where={"doc_id": doc_id})

    def add_chunks(self, chunks: Sequence[Chunk], vectors: np.ndarray) -> None:
        self._open()
        for i in range(0, len(chunks), _BATCH):
            part = chunks[i : i + _BATCH]
            self._chunks.upsert(
                ids=[c.chunk_id for c in part],
                embeddings=vectors[i : i + _BATCH].tolist(),
                documents=[c.text for c in part],
                metadatas=[c.metadata() for c in part],
            )

    def commit_document(self, doc: Document, fingerprint: str, vector: np.ndarray) -> None:
        self._open()
        meta = {
            "title": doc.title,
            "outlet": doc.outlet,
            "author": doc.author,
            "date": doc.date,
            "path": doc.path,
            "raw_sha256": doc.raw_sha256,
            "fingerprint": fingerprint,
            # Chroma metadata holds no lists: one alias per line
            CATALOG_ALIASES: "\n".join(doc.aliases),
        }
        self._docs.upsert(
            ids=[doc.doc_id], embeddings=[vector.tolist()], documents=[doc.text], metadatas=[meta]
        )

    def remove_document(self, doc_id: str) -> None:
        self.begin_document(doc_id)

    def orphan_doc_ids(self) -> set[str]:
        """doc_ids that have chunks but no committed record (left by a killed run)."""
        self._open()
        got = self._chunks.get(include=["metadatas"])
        chunk_docs = {m["doc_id"] for m in got["metadatas"]}
        return chunk_docs - set(self.doc_records())

    # --- chunks ---------------------------------------------------------------------------

    def chunks(self, doc_ids: Sequence[str] | None = None) -> list[Chunk]:
        self._open()
        where = _where(doc_ids)
        got = self._chunks.get(where=where, include=["metadatas", "documents"])
        out = [
            _chunk(i, t, m)
            for i, t, m in zip(got["ids"], got["documents"], got["metadatas"], strict=True)
        ]
        return sorted(out, key=lambda c: c.chunk_id)

    def query(
        self, vector: np.ndarray, n: int, doc_ids: Sequence[str] | None = None
    ) -> list[tuple[Chunk, float]]:
        """Nearest chunks with their cosine similarity."""
        self._open()
        total = self._chunks.count()
        if total == 0:
            return []
        got = self._chunks.query(
            query_embeddings=[vector.tolist()],
            n_results=min(n, total),
            where=_where(doc_ids),
            include=["metadatas", "documents", "distances"],
        )
        rows = zip(
            got["ids"][0],
            got["documents"][0],
            got["metadatas"][0],
            got["distances"][0],
            strict=True,
        )
        return [(_chunk(i, t, m), 1.0 - d) for i, t, m, d in rows]

    def count(self) -> int:
        self._open()
        return self._chunks.count()


def aliases(record: dict) -> list[str]:
    """The aliases of a document record (see `documents.CATALOG_ALIASES`): a stored record's
    lines, or a catalog entry's list."""
    found = record.get(CATALOG_ALIASES) or []
    return [a for a in (found.split("\n") if isinstance(found, str) else found) if a]


def _where(doc_ids: Sequence[str] | None) -> dict | None:
    if doc_ids is None:
        return None
    ids = list(doc_ids)
    return {"doc_id": ids[0]} if len(ids) == 1 else {"doc_id": {"$in": ids}}


def _chunk(chunk_id: str, text: str, meta: dict) -> Chunk:
    return Chunk(
        chunk_id=chunk_id,
        doc_id=meta["doc_id"],
        text=text,
        start=int(meta["start"]),
        end=int(meta["end"]),
        title=meta.get("title", ""),
        outlet=meta.get("outlet", ""),
        date=meta.get("date", ""),
    )


_stores: dict[Config, Store] = {}


def get_store(config: Config) -> Store:
    """One open store per configuration and process."""
    if config not in _stores:
        _stores[config] = Store(config)
    return _stores[config]

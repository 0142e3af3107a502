"""Chunking with llama-index's SentenceSplitter, token counts from tiktoken cl100k_base."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .documents import Document


@dataclass(frozen=True)
class Chunk:
    chunk_id: str  # "<doc_id>:<index>", stable for the same text and settings
    doc_id: str
    text: str  # == document.text[start:end]
    start: int
    end: int
    title: str = ""
    outlet: str = ""
    date: str = ""

    def metadata(self) -> dict[str, str | int]:
        return {
            "doc_id": self.doc_id,
            "title": self.title,
            "outlet": self.outlet,
            "date": self.date,
            "start": self.start,
            "end": self.end,
        }


@lru_cache(maxsize=8)
def _splitter(chunk_size: int, chunk_overlap: int):
    from llama_index.core.node_parser import SentenceSplitter

    from .config import setup_offline

    setup_offline()
    import tiktoken

    encoding = tiktoken.get_encoding("cl100k_base")
    return SentenceSplitter(
        chunk_size=chunk_size, chunk_overlap=chunk_overlap, tokenizer=encoding.encode
    )


def chunk_document(doc: Document, chunk_size: int, chunk_overlap: int) -> list[Chunk]:
    pieces = _splitter(chunk_size, chunk_overlap).split_text(doc.text)
    chunks: list[Chunk] = []
    cursor = 0
    for i, piece in enumerate(pieces):
        start = _locate(doc.text, piece, cursor)
        end = start + len(piece)
        chunks.append(
            Chunk(
                f"{doc.doc_id}:{i:04d}",
                doc.doc_id,
                piece,
                start,
                end,
                doc.title,
                doc.outlet,
                doc.date,
            )
        )
        cursor = start + 1
    return chunks


def _locate(text: str, piece: str, cursor: int) -> int:
    """Offset of `piece` in `text` at or after `cursor` (overlaps move the cursor back)."""
    pos = text.find(piece, cursor)
    if pos < 0:
        pos = text.find(piece)
    if pos < 0:  # the splitter only ever returns substrings of its input
        raise AssertionError(f"chunk not found in its document: {piece[:60]!r}")
    return pos

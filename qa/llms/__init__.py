"""LLM backends, chosen by `Config.llm` (QA_LLM). Each is a llama-index LLM.

local  -- Gemma 3 270M in-process via xllamacpp (default; offline)
openai -- any OpenAI-compatible endpoint (OpenAI, vLLM, llama.cpp server, LM Studio)
ollama -- an Ollama server
Backends import their libraries lazily, so `import qa` stays fast.
"""

from __future__ import annotations

from typing import Any

from ..config import Config, ConfigError

MAX_TOKENS = 48  # answers are one short phrase or sentence


def get_llm(config: Config) -> Any:
    if config.llm == "local":
        from .local import GemmaLLM

        return GemmaLLM(threads=config.llm_threads, max_tokens=MAX_TOKENS)
    if config.llm == "openai":
        from .openai import openai_llm

        return openai_llm(config, MAX_TOKENS)
    if config.llm == "ollama":
        from .ollama import ollama_llm

        return ollama_llm(config, MAX_TOKENS)
    raise ConfigError(f"QA_LLM={config.llm!r} has no LLM; use local, openai or ollama")

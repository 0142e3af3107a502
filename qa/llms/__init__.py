"""LLM backends, chosen by `Config.llm` (QA_LLM). Each is a llama-index LLM.

local  -- Gemma 3 270M in-process via xllamacpp (default; offline)
openai -- any OpenAI-compatible endpoint (OpenAI, vLLM, llama.cpp server, LM Studio)
ollama -- an Ollama server
Backends import their libraries lazily, so `import qa` stays fast. Remote backends are
wrapped so that any failure surfaces as an `LLMError` naming the endpoint and its setting.
"""

from __future__ import annotations

from typing import Any

from llama_index.core.llms import CompletionResponse, CompletionResponseGen, CustomLLM, LLMMetadata

from ..config import Config, ConfigError

MAX_TOKENS = 24  # answers are one short phrase or sentence; the base model rambles


class LLMError(RuntimeError):
    """The LLM could not answer; the message names the endpoint and how to fix it."""


def get_llm(config: Config) -> Any:
    if config.llm == "local":
        from .local import GemmaLLM

        return GemmaLLM(threads=config.llm_threads, max_tokens=MAX_TOKENS)
    if config.llm == "openai":
        from .openai import openai_llm

        llm = openai_llm(config, MAX_TOKENS)
        return Remote(inner=llm, where=f"{llm.api_base} (QA_LLM_BASE_URL, QA_LLM_API_KEY)")
    if config.llm == "ollama":
        from .ollama import ollama_llm

        llm = ollama_llm(config, MAX_TOKENS)
        return Remote(inner=llm, where=f"{llm.base_url} (QA_LLM_BASE_URL; is Ollama running?)")
    raise ConfigError(f"QA_LLM={config.llm!r} has no LLM; use local, openai or ollama")


class Remote(CustomLLM):
    """A remote llama-index LLM whose failures name the endpoint."""

    inner: Any
    where: str

    @property
    def metadata(self) -> LLMMetadata:
        return self.inner.metadata

    def complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponse:
        try:
            return self.inner.complete(prompt, formatted=formatted, **kwargs)
        except Exception as e:  # every client library has its own error types
            raise LLMError(f"the LLM at {self.where} failed: {e}") from e

    def stream_complete(
        self, prompt: str, formatted: bool = False, **kwargs: Any
    ) -> CompletionResponseGen:
        try:
            yield from self.inner.stream_complete(prompt, formatted=formatted, **kwargs)
        except Exception as e:
            raise LLMError(f"the LLM at {self.where} failed: {e}") from e

"""An Ollama server through llama-index's Ollama integration."""

from __future__ import annotations

from typing import Any

from ..config import Config, ConfigError


def ollama_llm(config: Config, max_tokens: int) -> Any:
    if not config.llm_model:
        raise ConfigError("QA_LLM=ollama needs QA_LLM_MODEL (e.g. llama3.2)")
    try:
        from llama_index.llms.ollama import Ollama
    except ImportError:
        raise ConfigError("QA_LLM=ollama needs `pip install 'qa-news[remote]'`") from None
    return Ollama(
        model=config.llm_model,
        base_url=config.llm_base_url or "http://localhost:11434",
        temperature=0.0,
        request_timeout=120.0,
        additional_kwargs={"num_predict": max_tokens},
    )

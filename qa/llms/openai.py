"""Any OpenAI-compatible endpoint through llama-index's OpenAILike."""

from __future__ import annotations

from typing import Any

from ..config import Config, ConfigError


def openai_llm(config: Config, max_tokens: int) -> Any:
    if not config.llm_model:
        raise ConfigError("QA_LLM=openai needs QA_LLM_MODEL (e.g. gpt-4o-mini or the served name)")
    try:
        from llama_index.llms.openai_like import OpenAILike
    except ImportError:
        raise ConfigError("QA_LLM=openai needs `pip install 'qa-news[remote]'`") from None
    return OpenAILike(
        model=config.llm_model,
        api_base=config.llm_base_url or "https://api.openai.com/v1",
        api_key=config.llm_api_key or "none",  # local servers accept any key
        is_chat_model=True,
        temperature=0.0,
        max_tokens=max_tokens,
        timeout=120.0,
        max_retries=1,
    )

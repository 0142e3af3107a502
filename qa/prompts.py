"""Prompt templates live as files in prompts/; rendering is strict both ways."""

from __future__ import annotations

import string
from functools import lru_cache

from .config import PROMPTS_DIR


class PromptError(ValueError):
    pass


@lru_cache(maxsize=32)
def load(name: str) -> str:
    path = PROMPTS_DIR / f"{name}.txt"
    if not path.is_file():
        raise PromptError(f"no prompt template {path}")
    return path.read_text(encoding="utf-8")


def render(name: str, **values: object) -> str:
    """Fill `{field}`s of prompts/<name>.txt; a missing or an unused value raises."""
    template = load(name)
    fields = {f for _, f, _, _ in string.Formatter().parse(template) if f}
    missing, unused = fields - values.keys(), values.keys() - fields
    if missing:
        raise PromptError(f"prompt {name!r} needs {', '.join(sorted(missing))}")
    if unused:
        raise PromptError(f"prompt {name!r} has no field for {', '.join(sorted(unused))}")
    return template.format(**values)

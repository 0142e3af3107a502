"""Minimal chat UI: a thin Gradio shell over `qa.ask`. Run with `make run`.

`respond` and `to_pairs` are pure functions over the public API, so tests drive them
without a browser.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import qa


def to_pairs(history: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Gradio's messages history -> [(question, answer text)] for `qa.ask`."""
    pairs: list[tuple[str, str]] = []
    question = None
    for message in history or []:
        text = _text_of(message.get("content"))
        if message.get("role") == "user":
            question = text
        elif message.get("role") == "assistant" and question is not None:
            pairs.append((question, text.split("\n\n")[0]))  # the answer, not its sources
            question = None
    return pairs


def _text_of(content: Any) -> str:
    """A message's text: Gradio 6 sends a list of parts ({"type": "text", "text": ...})."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(_text_of(p) for p in content)
    if isinstance(content, dict) and content.get("type", "text") == "text":
        return str(content.get("text", ""))
    return ""


def render(answer: qa.Answer) -> str:
    """Markdown: the answer, then each citation with its exact quote and source."""
    lines = [answer.text]
    for i, c in enumerate(answer.citations, 1):
        source = ", ".join(x for x in (c.outlet, c.date) if x)
        where = f"*{c.title}*" + (f" ({source})" if source else "")
        lines.append(f"**[{i}]** {where}, `{c.doc_id}` chars {c.start}–{c.end}\n> {c.quote}")
    return "\n\n".join(lines)


def respond(message: str, history: list[dict[str, Any]]) -> Iterator[str]:
    """Stream the model's draft, then replace it with the verified, cited answer."""
    if not message or not message.strip():
        yield "Please type a question about the articles."
        return
    draft = ""
    try:
        for item in qa.ask_stream(message, history=to_pairs(history)):
            if isinstance(item, str):
                draft += item
                yield f"*checking against the articles…*\n\n{draft}"
            else:
                yield render(item)
    except (ValueError, RuntimeError) as e:  # clear message, the chat goes on
        yield f"Sorry, I could not answer: {e}"


def build():
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # no calls home; offline
    import gradio as gr

    return gr.ChatInterface(
        respond,
        title="Kazakhstan, January 2022: answers from the articles",
        description="Every answer quotes the exact sentence it comes from; "
        "when the articles don't say, it says so.",
        examples=[
            "Which countries are members of the CSTO?",
            "What was the liquefied gas price rolled back to?",
            "How many people were arrested?",
        ],
    )


if __name__ == "__main__":
    raw_port = os.environ.get("QA_PORT", "7860")
    if not raw_port.isdigit():
        raise SystemExit(f"QA_PORT={raw_port!r} is not a port number; set e.g. QA_PORT=7860")
    port = int(raw_port)
    build().launch(server_name="127.0.0.1", server_port=port)

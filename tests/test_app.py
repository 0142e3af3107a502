"""The chat UI's pure functions, driven without a browser."""

from __future__ import annotations

import subprocess
import sys

import app
import qa
from qa.compose import Answer


def test_to_pairs_converts_gradio_messages():
    history = [
        {"role": "user", "content": "Who was arrested?"},
        {"role": "assistant", "content": "Karim Masimov [1]\n\n**[1]** source..."},
        {"role": "user", "content": "unanswered"},
    ]
    assert app.to_pairs(history) == [("Who was arrested?", "Karim Masimov [1]")]
    assert app.to_pairs([]) == []


def test_to_pairs_reads_gradio_6_message_parts():
    import gradio as gr

    history = [
        {"role": "user", "content": "Who was arrested for treason?"},
        {"role": "assistant", "content": "Karim Masimov [1]\n\n**[1]** source"},
    ]
    chatbot = gr.Chatbot()
    as_sent = chatbot.preprocess(chatbot.postprocess(history))  # what Gradio hands to respond
    assert app.to_pairs(as_sent) == [("Who was arrested for treason?", "Karim Masimov [1]")]


def test_respond_streams_then_shows_the_verified_answer(monkeypatch, config, fake_llm):
    llm = fake_llm(["8 rubles a liter [1]. Putin set it at 12 rubles [2]."])
    monkeypatch.setattr(
        qa,
        "ask_stream",
        lambda m, history=None: qa.answer.ask_stream(m, history, config=config, llm=llm),
    )
    outputs = list(app.respond("What was the liquefied gas price rolled back to?", []))
    assert len(outputs) >= 2 and "checking against the articles" in outputs[0]
    final = outputs[-1]
    assert "8 rubles" in final and "12 rubles" not in final  # the draft's invention is gone
    assert "> The central government was forced to roll back the gas price" in final
    assert "002_4c9573c04f8e7a8d" in final


def test_render_refusal_has_no_sources():
    answer = Answer(question="q", text="The articles don't say.", refused=True)
    assert app.render(answer) == "The articles don't say."


def test_respond_to_empty_and_failing_questions(monkeypatch):
    assert list(app.respond("   ", [])) == ["Please type a question about the articles."]

    def broken(message, history=None):
        raise RuntimeError("the store is empty: run `qa ingest` first")
        yield  # pragma: no cover

    monkeypatch.setattr(qa, "ask_stream", broken)
    (reply,) = list(app.respond("anything", []))
    assert reply.startswith("Sorry, I could not answer:") and "qa ingest" in reply


def test_import_qa_is_light():
    heavy = "('chromadb', 'gradio', 'xllamacpp', 'llama_index')"
    code = f"import sys, qa; print(any(m.split('.')[0] in {heavy} for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"

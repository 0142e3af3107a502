"""The remote LLM backends (QA_LLM=openai, QA_LLM=ollama) end to end, against a fake server.

`tests/fakeserver.py` serves OpenAI-compatible and Ollama endpoints on 127.0.0.1 with a canned
reply and records every request. Through it we check what each backend sends (model, prompt,
temperature 0, the bearer key), that every backend's proposal goes through verification, the
errors for a missing model and for a server that is down, and the streaming path.

Each test builds its own Config (the fake server's port and a per-test model name), so the
LLM cache in qa.answer (keyed by Config) never hands one test another test's client.
"""

from __future__ import annotations

import os
import re
import time

import openai
import pytest
from fakeserver import FakeLLMServer, Recorded, closed_port, pieces

import qa.answer
from qa.answer import ask
from qa.config import Config, ConfigError
from qa.llms import MAX_TOKENS, LLMError, get_llm

GAS_Q = "What was the liquefied gas price rolled back to?"
GAS_DOC = "002_4c9573c04f8e7a8d"
GROUNDED = "[1] 8 rubles a liter"
INVENTED = "[1] 12 rubles a liter"
API_KEY = "sk-test"
BACKENDS = ["openai", "ollama"]
CHAT_PATH = {"openai": "/v1/chat/completions", "ollama": "/api/chat"}


@pytest.fixture
def server():
    """A fake LLM server for the duration of one test."""
    with FakeLLMServer() as fake:
        yield fake


def base_url(backend: str, root: str) -> str:
    return f"{root}/v1" if backend == "openai" else root


def backend_config(config: Config, backend: str, root: str, model: str) -> Config:
    """The session store (its home and settings) with `backend` pointed at `root`."""
    return config.with_(
        llm=backend,
        llm_model=model,
        llm_base_url=base_url(backend, root),
        llm_api_key=API_KEY if backend == "openai" else "",
    )


def the_chat_request(server: FakeLLMServer, backend: str) -> Recorded:
    """The one generation request the backend made; it must be a chat request."""
    sent = server.generation_requests()
    assert [r.path for r in sent] == [CHAT_PATH[backend]], [r.path for r in server.requests]
    return sent[0]


def prompt_of(request: Recorded) -> str:
    messages = request.body["messages"]
    assert messages[-1]["role"] == "user"
    return messages[-1]["content"]


def numbered_context(prompt: str) -> list[tuple[int, str]]:
    """The last run of "[n] sentence" lines in the prompt (few-shot examples come before)."""
    runs: list[list[tuple[int, str]]] = []
    previous_was_numbered = False
    for line in prompt.splitlines():
        m = re.fullmatch(r"\[(\d+)\] (.+)", line)
        if m and not previous_was_numbered:
            runs.append([])
        if m:
            runs[-1].append((int(m.group(1)), m.group(2)))
        previous_was_numbered = bool(m)
    assert runs, prompt
    return runs[-1]


def assert_valid_citations(answer, stored_docs: dict) -> None:
    assert answer.citations
    for c in answer.citations:
        assert c.doc_id in stored_docs, c
        assert stored_docs[c.doc_id].text[c.start : c.end] == c.quote, c


def assert_request_settings(request: Recorded, backend: str, model: str) -> None:
    body = request.body
    assert body["model"] == model
    if backend == "openai":
        assert body["temperature"] == 0
        assert body["max_tokens"] == MAX_TOKENS
        assert request.headers["authorization"] == f"Bearer {API_KEY}"
    else:  # Ollama takes sampling settings in "options"
        assert body["options"]["temperature"] == 0
        assert body["options"]["num_predict"] == MAX_TOKENS


# --- 1. a grounded reply is kept ------------------------------------------------------------------


@pytest.mark.parametrize("backend", BACKENDS)
def test_grounded_reply_is_the_answer(config, stored_docs, server, backend):
    server.reply = GROUNDED
    cfg = backend_config(config, backend, server.url, f"grounded-{backend}")

    answer = ask(GAS_Q, config=cfg)

    assert answer.proposal == GROUNDED  # the backend's reply reached ask()
    assert not answer.refused
    assert "8 rubles" in answer.text
    assert_valid_citations(answer, stored_docs)
    assert any(c.doc_id == GAS_DOC and "8 rubles" in c.quote for c in answer.citations)

    request = the_chat_request(server, backend)
    assert request.body.get("stream") in (False, None)  # ask() uses the non-streaming call
    assert_request_settings(request, backend, f"grounded-{backend}")
    prompt = prompt_of(request)
    assert GAS_Q in prompt
    context = numbered_context(prompt)
    assert [n for n, _ in context] == list(range(1, len(context) + 1))
    for _, sentence in context:  # every numbered sentence is a real sentence of an article
        assert any(sentence in doc.text for doc in stored_docs.values()), sentence
    assert any("8 rubles" in sentence for _, sentence in context)
    assert {c.quote for c in answer.citations} <= {s for _, s in context}


# --- 2. an invented reply is not ------------------------------------------------------------------


@pytest.mark.parametrize("backend", BACKENDS)
def test_invented_reply_is_not_the_answer(config, stored_docs, server, backend):
    server.reply = INVENTED
    cfg = backend_config(config, backend, server.url, f"invented-{backend}")

    answer = ask(GAS_Q, config=cfg)

    assert answer.proposal == INVENTED  # the model was consulted ...
    assert "12" not in answer.text  # ... and overruled
    assert_valid_citations(answer, stored_docs)
    assert len(server.generation_requests()) == 1


# --- 3. a missing model name ----------------------------------------------------------------------


@pytest.mark.parametrize("backend", BACKENDS)
def test_missing_model_is_a_config_error_naming_the_variable(config, server, backend):
    env = {"QA_LLM": backend, "QA_LLM_BASE_URL": base_url(backend, server.url)}
    cfg = Config.from_env(env=env, home=config.home)  # no QA_LLM_MODEL
    assert cfg.llm_model == ""

    with pytest.raises(ConfigError, match="QA_LLM_MODEL"):
        get_llm(cfg)
    with pytest.raises(ConfigError, match="QA_LLM_MODEL"):
        ask(GAS_Q, config=cfg)
    assert server.requests == []  # refused before any request


# --- 4. the server is down ------------------------------------------------------------------------


def _ask_with_server_down(config: Config, backend: str) -> tuple[BaseException, float]:
    cfg = backend_config(config, backend, f"http://127.0.0.1:{closed_port()}", f"down-{backend}")
    started = time.monotonic()
    with pytest.raises(Exception) as caught:
        ask(GAS_Q, config=cfg)
    return caught.value, time.monotonic() - started


@pytest.mark.parametrize(
    ("backend", "cause"), [("openai", openai.APIConnectionError), ("ollama", ConnectionError)]
)
def test_server_down_is_an_llm_error_quickly(config, backend, cause):
    error, seconds = _ask_with_server_down(config, backend)
    # qa wraps the client's own error (kept as __cause__); openai retries once: ~1-2 s
    assert isinstance(error, LLMError), repr(error)
    assert isinstance(error.__cause__, cause), repr(error.__cause__)
    assert seconds < 15


@pytest.mark.parametrize("backend", BACKENDS)
def test_server_down_error_names_the_endpoint(config, backend):
    error, _ = _ask_with_server_down(config, backend)
    cfg_url = re.search(r"127\.0\.0\.1:\d+", str(error))
    assert cfg_url is not None and "QA_LLM_BASE_URL" in str(error), str(error)


@pytest.mark.parametrize(
    "backend",
    [
        "openai",
        "ollama",
    ],
)
def test_cli_reports_a_server_down_as_an_error_line(monkeypatch, capsys, config, backend):
    """`qa ask` turns ValueError/RuntimeError/OSError into "qa: error: ..." and exit code 2."""
    from qa.cli import main

    for name in [n for n in os.environ if n.startswith("QA_")]:
        monkeypatch.delenv(name)
    root = f"http://127.0.0.1:{closed_port()}"
    monkeypatch.setenv("QA_HOME", str(config.home))
    monkeypatch.setenv("QA_LLM", backend)
    monkeypatch.setenv("QA_LLM_MODEL", f"cli-down-{backend}")
    monkeypatch.setenv("QA_LLM_BASE_URL", base_url(backend, root))

    assert main(["ask", GAS_Q]) == 2
    assert capsys.readouterr().err.startswith("qa: error: ")


# --- 5. streaming ---------------------------------------------------------------------------------


@pytest.mark.parametrize("backend", BACKENDS)
def test_stream_complete_deltas_join_into_the_reply(config, server, backend):
    server.reply = "[1] 8 rubles a liter, said the government."
    llm = get_llm(backend_config(config, backend, server.url, f"stream-{backend}"))

    chunks = list(llm.stream_complete("Say it."))

    assert len(chunks) >= len(pieces(server.reply))  # really streamed, piece by piece
    assert "".join(c.delta or "" for c in chunks) == server.reply
    assert chunks[-1].text == server.reply
    request = the_chat_request(server, backend)
    assert request.body["stream"] is True
    assert prompt_of(request) == "Say it."
    assert_request_settings(request, backend, f"stream-{backend}")


@pytest.mark.skipif(not hasattr(qa.answer, "ask_stream"), reason="no qa.answer.ask_stream")
@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(
    ("reply", "kept", "gone"),
    [(GROUNDED, "8 rubles", None), (INVENTED, None, "12")],
    ids=["grounded", "invented"],
)
def test_ask_stream_streams_the_reply_then_verifies_it(
    config, stored_docs, server, backend, reply, kept, gone
):
    server.reply = reply
    model = f"ask-stream-{backend}-{'grounded' if kept else 'invented'}"
    cfg = backend_config(config, backend, server.url, model)

    *deltas, answer = qa.answer.ask_stream(GAS_Q, config=cfg)

    assert all(isinstance(d, str) for d in deltas)
    assert "".join(deltas) == reply
    assert isinstance(answer, qa.Answer) and answer.proposal == reply
    assert_valid_citations(answer, stored_docs)
    if kept:
        assert kept in answer.text
    if gone:
        assert gone not in answer.text
    assert the_chat_request(server, backend).body["stream"] is True


@pytest.mark.parametrize(
    "backend",
    [
        "openai",
        "ollama",
    ],
)
def test_server_gone_streaming_fails_like_complete(backend):
    with FakeLLMServer(reply="hello") as fake:
        root = fake.url
        llm = get_llm(
            Config(llm=backend, llm_model=f"gone-{backend}", llm_base_url=base_url(backend, root))
        )
        assert str(llm.complete("x")) == "hello"  # connected once (Ollama caches the model info)
        fake.stop()

    with pytest.raises(Exception) as by_complete:
        llm.complete("x")
    with pytest.raises(Exception) as by_stream:
        list(llm.stream_complete("x"))
    assert type(by_stream.value) is type(by_complete.value), (by_complete.value, by_stream.value)


# --- the fake server speaks both protocols (checked with the official clients) --------------------


def test_fake_server_openai_completions_and_models(server):
    server.reply = "eight rubles"
    client = openai.OpenAI(base_url=f"{server.url}/v1", api_key=API_KEY, max_retries=0)

    assert client.completions.create(model="m", prompt="p").choices[0].text == "eight rubles"
    streamed = client.completions.create(model="m", prompt="p", stream=True)
    assert "".join(c.choices[0].text for c in streamed) == "eight rubles"
    assert [m.id for m in client.models.list()] == ["fake-model"]
    assert [r.body["prompt"] for r in server.requests_to("/v1/completions")] == ["p", "p"]


def test_fake_server_ollama_generate_and_tags(server):
    import ollama

    server.reply = "eight rubles"
    client = ollama.Client(host=server.url, timeout=10)

    assert client.generate(model="m", prompt="p", stream=False).response == "eight rubles"
    parts = list(client.generate(model="m", prompt="p", stream=True))
    assert "".join(p.response for p in parts) == "eight rubles"
    assert parts[-1].done and not any(p.done for p in parts[:-1])
    assert [m.model for m in client.list().models] == ["fake-model:latest"]
    assert [r.body["stream"] for r in server.requests_to("/api/generate")] == [False, True]


def test_fake_server_stops_at_teardown():
    with FakeLLMServer() as fake:
        port = fake.port
    import socket

    with pytest.raises(ConnectionRefusedError), socket.socket() as s:
        s.settimeout(2)
        s.connect(("127.0.0.1", port))

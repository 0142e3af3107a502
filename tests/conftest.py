"""Shared test machinery.

- a session-wide network guard: only loopback and unix sockets may connect, and a test
  whose code even tries to reach another host fails;
- `FakeLLM`, a queue-driven llama-index LLM (canned replies, recorded prompts);
- `config`: the bundled articles ingested once per session into a temporary QA_HOME.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest
from llama_index.core.llms import (
    CompletionResponse,
    CompletionResponseGen,
    CustomLLM,
    LLMMetadata,
)
from llama_index.core.llms.callbacks import llm_completion_callback
from pydantic import Field

from qa.config import Config

# For the whole session; huggingface libraries read these at import time, so set them first.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

BUNDLED_IDS = [
    "000_6e1992ec5b7aa0d3",
    "001_1d74b9649cbe830b",
    "002_4c9573c04f8e7a8d",
    "003_4e4462a5ceae32d3",
    "004_bbc49ac9c8e5d2ae",
]

# --- network guard ------------------------------------------------------------------------------

BLOCKED: list[str] = []  # every refused attempt; a test that adds one fails


class NetworkBlocked(OSError):
    """Raised instead of reaching a non-loopback host (an OSError, as a real outage would be)."""


def _is_loopback(host: object) -> bool:
    if host is None:  # getaddrinfo(None, port): the local host
        return True
    if isinstance(host, bytes):
        host = host.decode(errors="replace")
    name = str(host).strip().strip("[]").split("%")[0].lower()
    if name in ("", "localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _refuse(what: str, host: object) -> None:
    BLOCKED.append(f"{what} {host!r}")
    raise NetworkBlocked(f"tests run offline: {what} to {host!r} blocked (loopback/unix only)")


def _guarded_connect(original: Callable, what: str) -> Callable:
    def connect(sock: socket.socket, address: object, *args: object):
        inet = sock.family in (socket.AF_INET, socket.AF_INET6)
        if inet and isinstance(address, tuple) and not _is_loopback(address[0]):
            _refuse(what, address[0])
        return original(sock, address, *args)

    return connect


@pytest.fixture(scope="session", autouse=True)
def _offline_network() -> Iterator[None]:
    mp = pytest.MonkeyPatch()
    real_create, real_getaddrinfo = socket.create_connection, socket.getaddrinfo

    def create_connection(address, *args, **kwargs):
        if not _is_loopback(address[0]):
            _refuse("create_connection", address[0])
        return real_create(address, *args, **kwargs)

    def getaddrinfo(host, *args, **kwargs):
        if not _is_loopback(host):
            _refuse("getaddrinfo", host)
        return real_getaddrinfo(host, *args, **kwargs)

    mp.setattr(socket.socket, "connect", _guarded_connect(socket.socket.connect, "connect"))
    mp.setattr(
        socket.socket, "connect_ex", _guarded_connect(socket.socket.connect_ex, "connect_ex")
    )
    mp.setattr(socket, "create_connection", create_connection)
    mp.setattr(socket, "getaddrinfo", getaddrinfo)
    yield
    mp.undo()


@pytest.fixture(autouse=True)
def _no_network_attempts() -> Iterator[None]:
    before = len(BLOCKED)
    yield
    assert BLOCKED[before:] == [], f"code under test tried to reach the network: {BLOCKED}"


@pytest.fixture
def blocked_attempts() -> list[str]:
    """The guard's record; a test that triggers the guard on purpose clears it."""
    return BLOCKED


# --- fake LLM -----------------------------------------------------------------------------------


class FakeLLMExhausted(RuntimeError):
    pass


class FakeLLM(CustomLLM):
    """Each completion pops the next canned reply; every prompt is kept in `.prompts`."""

    replies: list[str] = Field(default_factory=list)
    prompts: list[str] = Field(default_factory=list)

    def __init__(self, replies: Iterable[str] = (), **kwargs: object):
        super().__init__(replies=list(replies), **kwargs)

    @property
    def metadata(self) -> LLMMetadata:
        return LLMMetadata(
            context_window=2048, num_output=96, model_name="fake-llm", is_chat_model=False
        )

    def _next(self, prompt: str) -> str:
        self.prompts.append(prompt)
        if not self.replies:
            raise FakeLLMExhausted(
                f"FakeLLM has no reply left for prompt #{len(self.prompts)}: ...{prompt[-120:]!r}"
            )
        return self.replies.pop(0)

    @llm_completion_callback()
    def complete(self, prompt: str, formatted: bool = False, **kwargs: object):
        return CompletionResponse(text=self._next(prompt))

    @llm_completion_callback()
    def stream_complete(
        self, prompt: str, formatted: bool = False, **kwargs: object
    ) -> CompletionResponseGen:
        reply = self._next(prompt)
        step = max(1, -(-len(reply) // 3))  # three pieces (fewer for very short replies)

        def pieces() -> CompletionResponseGen:
            for i in range(0, len(reply), step):
                yield CompletionResponse(text=reply[: i + step], delta=reply[i : i + step])

        return pieces()


@pytest.fixture
def fake_llm() -> Callable[[Iterable[str]], FakeLLM]:
    """Factory: `fake_llm(["reply 1", "reply 2"])`."""
    return FakeLLM


# --- stores -------------------------------------------------------------------------------------


def _ingest_function() -> Callable:
    import qa

    fn = qa.ingest  # the package API; a submodule of that name would shadow it
    return fn if callable(fn) else fn.ingest


@pytest.fixture(scope="session")
def run_ingest() -> Callable:
    """`qa.ingest(paths, config)`."""
    return _ingest_function()


@pytest.fixture(scope="session")
def config(tmp_path_factory: pytest.TempPathFactory) -> Config:
    """The bundled articles, ingested once per session (llm="none")."""
    cfg = Config.from_env(env={}, home=tmp_path_factory.mktemp("qa_home"), llm="none")
    report = _ingest_function()(config=cfg)
    assert report.errors == [] and sorted(report.added) == BUNDLED_IDS, report
    return cfg


@pytest.fixture(scope="session")
def stored_docs(config: Config) -> dict:
    """doc_id -> Document as stored (cleaned text: every offset indexes into it)."""
    from qa.store import get_store

    return get_store(config).documents()


@pytest.fixture(scope="session")
def assert_span(stored_docs: dict) -> Callable[[str, int, int, str], None]:
    """assert_span(doc_id, start, end, text): text is exactly the stored text at those offsets."""

    def check(doc_id: str, start: int, end: int, text: str) -> None:
        assert doc_id in stored_docs, f"{doc_id} is not a stored document"
        assert 0 <= start < end <= len(stored_docs[doc_id].text), (doc_id, start, end)
        assert stored_docs[doc_id].text[start:end] == text, (doc_id, start, end)

    return check


@pytest.fixture
def fresh_config(tmp_path: Path) -> Config:
    """An empty store of its own."""
    return Config.from_env(env={}, home=tmp_path / "qa_home", llm="none")


def write_docs(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for stem, text in texts.items():
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    return folder


TINY = {
    "a": "The Alpha river floods the valley town of Brenton every spring.",
    "b": "The Orvel tractor company sold 40 tractors in March. Its factory is in Kestrel.",
    "c": "Kites are popular on the windy beaches of Dunmore.",
}


@pytest.fixture
def tiny_docs(tmp_path: Path) -> Path:
    """A folder of three one- or two-sentence articles: a.txt, b.txt, c.txt (see TINY)."""
    return write_docs(tmp_path / "articles", TINY)

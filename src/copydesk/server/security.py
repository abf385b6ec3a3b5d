"""The web desk's guards: token, CSRF, request size, rate limit, headers, safe HTML.

* **Token.** On a non-loopback address the server needs ``COPYDESK_TOKEN``; then
  every write (POST, PUT, PATCH, DELETE) must carry it: the API as
  ``Authorization: Bearer <token>``, the pages through the signed cookie that
  ``/login`` sets.
* **CSRF.** Every form carries a signed copy (itsdangerous) of a random value that
  also sits in an HttpOnly cookie (double submit); a form post whose two do not
  match is refused.
* **Size.** A request body over ``max_body`` bytes gets 413 before it is read whole.
* **Rate.** A token bucket per client address on the rewrite endpoints: 429 and
  ``Retry-After`` when it is empty.
* **Guessing.** Wrong tokens (at ``/login`` or as a Bearer token) from one client
  address are free a few times; after that each try must wait, twice as long each
  time (``LoginThrottle``; a bounded number of addresses is remembered).
* **Sessions.** The login cookie is signed under a key derived from the token, so a
  cookie issued under an old ``COPYDESK_TOKEN`` stops working when the token changes.
* **HEAD.** Every page answers ``HEAD`` like ``GET``, without the body (``HeadAsGet``).
* **Headers.** A strict Content-Security-Policy (scripts and styles from this
  server only, no inline script), no framing, no sniffing, no referrer.
* **HTML.** Everything is escaped by Jinja's autoescape; the little HTML built from
  article-derived text (feed item content) goes through ``nh3`` as well.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import json
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable

import nh3
from itsdangerous import BadSignature, URLSafeTimedSerializer

from copydesk.safety import safe_link

CSRF_COOKIE = "copydesk_csrf"
AUTH_COOKIE = "copydesk_auth"
CSRF_FIELD = "csrf_token"
CSRF_MAX_AGE = 12 * 3600
WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cross-origin-opener-policy": "same-origin",
}

# Tags allowed in HTML built from article-derived text (feed item content).
SAFE_TAGS = {"p", "b", "strong", "i", "em", "a", "ul", "ol", "li", "blockquote", "br", "h1", "h2", "h3"}
SAFE_ATTRIBUTES = {"a": {"href", "title"}}


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and ``localhost``: addresses only this machine reaches."""
    host = host.strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def clean_html(fragment: str) -> str:
    """Sanitise an HTML fragment: no script, no event handlers, only http(s) links."""
    return nh3.clean(
        fragment,
        tags=SAFE_TAGS,
        attributes=SAFE_ATTRIBUTES,
        url_schemes={"http", "https"},
        link_rel="noopener noreferrer nofollow",
    )


#: ``url`` when it is an absolute http(s) URL (made safe to write anywhere), else None.
safe_url = safe_link


class Guard:
    """Signs and checks the CSRF and login cookies; checks the write token."""

    def __init__(self, secret: str, token: str | None):
        self.token = token or None
        self._csrf = URLSafeTimedSerializer(secret, salt="copydesk-csrf")
        # the token is part of the login cookie's key: a new token ends every old session
        bound = hashlib.sha256(self.token.encode()).hexdigest() if self.token else ""
        self._auth = URLSafeTimedSerializer(secret, salt=f"copydesk-auth:{bound}")

    @staticmethod
    def new_csrf_value() -> str:
        return secrets.token_urlsafe(24)

    def sign_csrf(self, value: str) -> str:
        return self._csrf.dumps(value)

    def check_csrf(self, cookie: str | None, field: str | None) -> bool:
        if not cookie or not field:
            return False
        try:
            value = self._csrf.loads(field, max_age=CSRF_MAX_AGE)
        except BadSignature:
            return False
        return isinstance(value, str) and hmac.compare_digest(value, cookie)

    def token_ok(self, given: str | None) -> bool:
        if self.token is None:
            return True
        return bool(given) and hmac.compare_digest(given.encode(), self.token.encode())

    def bearer_ok(self, authorization: str | None) -> bool:
        if self.token is None:
            return True
        if not authorization or not authorization.lower().startswith("bearer "):
            return False
        return self.token_ok(authorization[7:].strip())

    def login_cookie(self) -> str:
        return self._auth.dumps("editor")

    def logged_in(self, cookie: str | None) -> bool:
        if self.token is None:
            return True
        if not cookie:
            return False
        try:
            return self._auth.loads(cookie, max_age=30 * 24 * 3600) == "editor"
        except BadSignature:
            return False


class RateLimiter:
    """A token bucket per key: ``rate`` requests per ``per`` seconds, bursts up to ``rate``."""

    def __init__(self, rate: int, per: float = 60.0):
        self.rate = max(1, int(rate))
        self.per = per
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, key: str) -> float:
        """Take one token; 0.0 when allowed, else the seconds until one is free."""
        now = time.monotonic()
        refill = self.rate / self.per
        with self._lock:
            tokens, last = self._buckets.get(key, (float(self.rate), now))
            tokens = min(float(self.rate), tokens + (now - last) * refill)
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, now)
                if len(self._buckets) > 10_000:
                    self._prune(now, refill)
                return 0.0
            self._buckets[key] = (tokens, now)
            return (1.0 - tokens) / refill

    def _prune(self, now: float, refill: float) -> None:
        full = [k for k, (t, last) in self._buckets.items() if t + (now - last) * refill >= self.rate]
        for k in full:
            del self._buckets[k]


class LoginThrottle:
    """Slow down token guessing per client address.

    ``free`` wrong tries are allowed; after that each try must wait ``base`` seconds,
    doubling with every further failure up to ``cap``. Failures older than ``forget``
    seconds are forgotten, a right token clears them, and at most ``max_clients``
    addresses are remembered (the least recently seen go first).
    """

    def __init__(self, free: int = 5, base: float = 1.0, cap: float = 900.0, forget: float = 3600.0,
                 max_clients: int = 10_000, clock: Callable[[], float] = time.monotonic):
        self.free, self.base, self.cap, self.forget = free, base, cap, forget
        self.max_clients = max_clients
        self.clock = clock
        self._failures: OrderedDict[str, tuple[int, float]] = OrderedDict()
        self._lock = threading.Lock()

    def _delay(self, count: int) -> float:
        if count < self.free:
            return 0.0
        return min(self.cap, self.base * 2 ** (count - self.free))

    def wait(self, client: str) -> float:
        """Seconds before ``client`` may try a token again (0.0: now)."""
        now = self.clock()
        with self._lock:
            count, last = self._failures.get(client, (0, now))
            if now - last > self.forget:
                self._failures.pop(client, None)
                return 0.0
            return max(0.0, last + self._delay(count) - now)

    def failed(self, client: str) -> None:
        now = self.clock()
        with self._lock:
            count, last = self._failures.pop(client, (0, now))
            if now - last > self.forget:
                count = 0
            self._failures[client] = (count + 1, now)
            while len(self._failures) > self.max_clients:
                self._failures.popitem(last=False)

    def succeeded(self, client: str) -> None:
        with self._lock:
            self._failures.pop(client, None)

    def __len__(self) -> int:
        return len(self._failures)


def _json_error(status: int, message: str, kind: str) -> tuple[int, list, bytes]:
    body = json.dumps({"error": message, "type": kind, "status": status}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
    return status, headers, body


class BodyLimitMiddleware:
    """Refuse request bodies over ``max_body`` bytes with 413, by header or as they stream."""

    def __init__(self, app, max_body: int):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.max_body
        message = (
            f"request body is over the {limit} byte limit - send a shorter article "
            "or give its URL instead"
        )
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    too_big = int(value) > limit
                except ValueError:
                    too_big = False
                if too_big:
                    await self._refuse(send, message)
                    return
        seen = 0
        started = False
        refused = False

        async def limited_receive():
            nonlocal seen, started, refused
            if refused:
                return {"type": "http.disconnect"}
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > limit:
                    # Answer 413 now; the app sees the client gone and stops reading.
                    refused = True
                    if not started:
                        started = True
                        await self._refuse(send, message)
                    return {"type": "http.disconnect"}
            return msg

        async def tracking_send(msg):
            nonlocal started
            if refused:
                return
            if msg["type"] == "http.response.start":
                started = True
            await send(msg)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except Exception:
            if not refused:
                raise
            # the app stopped on the disconnect we gave it; the 413 is already sent

    @staticmethod
    async def _refuse(send, message: str) -> None:
        status, headers, body = _json_error(413, message, "TooLarge")
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


class HeadAsGet:
    """Answer ``HEAD`` on every page as ``GET`` would, headers and all, without the body."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope.get("method") != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(msg):
            if msg["type"] == "http.response.body":
                if msg.get("more_body", False):
                    return
                msg = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(msg)

        await self.app(dict(scope, method="GET"), receive, headers_only)


class HostCheckMiddleware:
    """Answer only to the host names the server is meant to be reached by.

    On loopback that is 127.0.0.1, localhost and [::1]: a page elsewhere that
    points its own name at 127.0.0.1 (DNS rebinding) gets 400, not our data.
    """

    def __init__(self, app, allowed: set[str] | None):
        self.app = app
        self.allowed = allowed

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or self.allowed is None:
            await self.app(scope, receive, send)
            return
        host = ""
        for name, value in scope.get("headers", []):
            if name == b"host":
                host = value.decode("latin-1")
                break
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        name = name.strip("[]").lower()
        if name not in self.allowed:
            status, headers, body = _json_error(
                400, f"host {host!r} is not served here - use http://127.0.0.1 or localhost",
                "BadHost",
            )
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, send)

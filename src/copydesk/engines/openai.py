"""The ``openai`` engine: any OpenAI-compatible chat-completions server.

OpenAI itself, Ollama (``http://localhost:11434/v1``), vLLM, llama.cpp's server, LM
Studio... Settings: ``base_url`` (``--base-url``, ``COPYDESK_BASE_URL``), ``model``
(``--model``, ``COPYDESK_MODEL``), ``api_key`` (``OPENAI_API_KEY``; local servers
need none), ``timeout``, ``retries`` (429 and 5xx answers are retried with
exponential backoff, honouring ``Retry-After``) and ``concurrency`` (requests in
flight at once, and rewrites in flight in ``run``/``watch``/``eval``/web jobs).

Every request passes one shared gate (``copydesk.inflight.Throttle``): a 429 or 5xx
closes it for the whole desk for the backoff time, instead of each request backing
off on its own. The usage the server reports (tokens, model) goes to ``copydesk.usage``.

Structured output is asked for first (``response_format`` ``json_schema``, then the
``json_object`` + schema form of llama.cpp's server); a server that refuses both is
asked for the Markdown layout, which is parsed tolerantly.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import urlparse

import openai

from copydesk import usage
from copydesk.config import config_path
from copydesk.engines.prompting import Generation, ModelEngine, Task
from copydesk.errors import EngineUnavailable
from copydesk.inflight import Clock, Throttle

DEFAULT_BASE_URL = "https://api.openai.com/v1"
DEFAULT_MODEL = "gpt-4o-mini"
#: the ways of asking for structured output, tried in this order
MODES = ("json_schema", "json_object", "markdown")
MAX_WAIT = 30.0


class _FormatRefused(Exception):
    """The server refused the response_format we asked for (whatever status it used)."""

    def __init__(self, exc: openai.APIStatusError):
        super().__init__(str(exc.message))
        self.status_code = exc.status_code
        self.message = exc.message


class OpenAIEngine(ModelEngine):
    name = "openai"
    in_flight = True

    def __init__(self, settings=None, *, clock: Clock | None = None):
        super().__init__(settings)
        self.base_url = (self.settings.base_url or DEFAULT_BASE_URL).rstrip("/")
        self.model = self.settings.model or DEFAULT_MODEL
        self._client: openai.OpenAI | None = None
        self._mode = 0
        self.throttle = Throttle(int(self.settings.concurrency), backoff=float(self.settings.backoff),
                                 max_wait=MAX_WAIT, clock=clock)
        self._client_lock = threading.Lock()

    def _needs_key(self) -> bool:
        return (urlparse(self.base_url).hostname or "").endswith("openai.com")

    def status(self) -> str:
        line = f"base URL {self.base_url}, model {self.model}"
        if self.settings.api_key:
            return line + ", API key set"
        if self._needs_key():
            return line + ", no API key (set OPENAI_API_KEY)"
        return line

    def client(self) -> openai.OpenAI:
        with self._client_lock:
            return self._make_client()

    def _make_client(self) -> openai.OpenAI:
        if self._client is None:
            if self._needs_key() and not self.settings.api_key:
                raise EngineUnavailable(
                    f"no API key for {self.base_url} - set OPENAI_API_KEY (or api_key in "
                    f"{config_path()}), or point --base-url / COPYDESK_BASE_URL at a local server"
                )
            self._client = openai.OpenAI(
                base_url=self.base_url,
                api_key=self.settings.api_key or "no-key",
                timeout=float(self.settings.timeout),
                max_retries=0,  # retries are ours: see _request
            )
        return self._client

    # -- one request, with retries

    @staticmethod
    def _retry_after(response: Any) -> float | None:
        header = response.headers.get("retry-after") if response is not None else None
        if header is not None:
            try:
                return float(header)
            except ValueError:
                return None
        return None

    def _request(self, **kwargs: Any) -> Any:
        client = self.client()
        retries = int(self.settings.retries)
        attempt = 0
        while True:
            sent = self.throttle.clock.now()
            try:
                with self.throttle.slot() as sent:
                    out = client.chat.completions.create(model=self.model, **kwargs)
                self.throttle.succeeded()
                return out
            except openai.APITimeoutError:
                raise EngineUnavailable(
                    f"{self.base_url} did not answer within {self.settings.timeout:g}s - raise "
                    "COPYDESK_TIMEOUT or check the server"
                ) from None
            except openai.APIConnectionError:
                raise EngineUnavailable(
                    f"cannot reach {self.base_url} - start the server or set --base-url / "
                    "COPYDESK_BASE_URL"
                ) from None
            except openai.AuthenticationError:
                raise EngineUnavailable(
                    f"{self.base_url} refused the API key (401) - set a valid OPENAI_API_KEY"
                ) from None
            except openai.PermissionDeniedError:
                raise EngineUnavailable(
                    f"{self.base_url} denied access to model {self.model} (403) - check the key's "
                    "permissions or pick another --model"
                ) from None
            except openai.NotFoundError:
                raise EngineUnavailable(
                    f"{self.base_url} has no model {self.model} or no chat-completions endpoint "
                    "(404) - set --model / COPYDESK_MODEL, or check --base-url (often ends in /v1)"
                ) from None
            except openai.APIStatusError as exc:
                status = exc.status_code
                if "response_format" in kwargs and "response_format" in str(exc.message):
                    # some servers (llama.cpp's) answer 500 to a response_format they lack
                    raise _FormatRefused(exc) from None
                if status != 429 and status < 500:
                    raise
                if attempt >= retries:
                    raise EngineUnavailable(
                        f"{self.base_url} answered {status} {self._reason(exc)} after {retries} "
                        "retries - try again later, or lower COPYDESK_CONCURRENCY"
                    ) from None
                # one backoff for the whole desk: the next request of any thread waits too
                self.throttle.failed(sent, self._retry_after(exc.response))
                attempt += 1

    @staticmethod
    def _reason(exc: openai.APIStatusError) -> str:
        return "(rate limited)" if exc.status_code == 429 else "(server error)"

    def _generate(self, task: Task, max_tokens: int) -> Generation:
        while True:
            mode = MODES[self._mode]
            kwargs: dict[str, Any] = {
                "messages": task.messages(structured=mode != "markdown"),
                "max_tokens": max_tokens,
                "temperature": float(self.settings.temperature),
                "seed": int(self.settings.seed),
            }
            if mode == "json_schema":
                kwargs["response_format"] = {
                    "type": "json_schema",
                    "json_schema": {"name": f"copydesk_{task.kind}", "schema": task.schema,
                                    "strict": True},
                }
            elif mode == "json_object":
                # servers that take a schema here (llama.cpp) turn it into a grammar: bound it
                kwargs["response_format"] = {"type": "json_object", "schema": task.schema_bounded}
            try:
                out = self._request(**kwargs)
            except (openai.BadRequestError, openai.UnprocessableEntityError, _FormatRefused) as exc:
                if mode == "markdown":
                    raise EngineUnavailable(
                        f"{self.base_url} rejected the request ({exc.status_code}: "
                        f"{self._message(exc)}) - check --model and the server's settings"
                    ) from None
                self._mode += 1  # this server does not take that response_format
                continue
            used = getattr(out, "usage", None)
            usage.record(getattr(used, "prompt_tokens", None), getattr(used, "completion_tokens", None),
                         getattr(out, "model", None) or self.model)
            if not out.choices:
                return Generation("", "stop")
            choice = out.choices[0]
            return Generation(choice.message.content or "", choice.finish_reason)

    @staticmethod
    def _message(exc: openai.APIStatusError | _FormatRefused) -> str:
        text = " ".join(str(exc.message).split())
        return text[:160] + ("..." if len(text) > 160 else "")

    def _map(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> list[Any]:
        items = list(items)
        workers = min(len(items), max(1, int(self.settings.concurrency)))
        if workers <= 1:
            return [fn(item) for item in items]
        meter = usage.current()  # the parts of one rewrite count on its meter

        def run(item: Any) -> Any:
            with usage.using(meter):
                return fn(item)

        with ThreadPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(run, items))

    def close(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            client.close()

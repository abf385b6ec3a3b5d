"""Settings for engines: CLI options, then env vars, then the TOML config file.

The config file is ``config.toml`` in the user config dir (``copydesk engines``
prints its path)::

    engine = "openai"
    model = "llama3.1"
    base_url = "http://localhost:11434/v1"

    [llama-cpp]                 # a table named after an engine applies to it alone
    model = "gemma3-270m"
    threads = 2

Precedence, highest first: CLI options (``overrides``), env vars, the config file's
table for the engine in use, the config file's top level, the defaults below.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import platformdirs

from copydesk.errors import BadOption

ENV = {
    "engine": "COPYDESK_ENGINE",
    "model": "COPYDESK_MODEL",
    "base_url": "COPYDESK_BASE_URL",
    "api_key": "OPENAI_API_KEY",
    "timeout": "COPYDESK_TIMEOUT",
    "threads": "COPYDESK_THREADS",
    "n_ctx": "COPYDESK_N_CTX",
    "max_tokens": "COPYDESK_MAX_TOKENS",
    "retries": "COPYDESK_RETRIES",
    "concurrency": "COPYDESK_CONCURRENCY",
    "allow_private": "COPYDESK_ALLOW_PRIVATE",
}

#: Smallest sensible values of the numeric settings (a lower value is a BadOption).
MINIMUM = {"timeout": 0.1, "retries": 0, "concurrency": 1, "threads": 1, "n_ctx": 256,
           "max_tokens": 16, "temperature": 0.0, "backoff": 0.0}


@dataclass
class Settings:
    engine: str = "extractive"
    model: str | None = None
    base_url: str | None = None
    api_key: str | None = None
    timeout: float = 120.0
    retries: int = 3
    concurrency: int = 4
    threads: int | None = None
    n_ctx: int = 4096
    max_tokens: int = 1024
    temperature: float = 0.2
    seed: int = 0
    #: first wait, in seconds, before retrying a 429 or 5xx answer (doubles each retry)
    backoff: float = 0.5
    #: which private addresses URL fetches may reach: "" none, "1" all, or "10.0.0.0/8,..."
    #: (``allow_private_policy`` reads it); the web desk uses it, the CLI's --allow-private too
    allow_private: str = ""


def config_path() -> Path:
    override = os.environ.get("COPYDESK_CONFIG")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir("copydesk")) / "config.toml"


def _coerce(name: str, value: Any, origin: str) -> Any:
    kind = str({f.name: f.type for f in fields(Settings)}[name])
    if value is None:
        return value
    if name == "allow_private":  # the config file may say true/false or list networks
        if isinstance(value, bool):
            value = "1" if value else ""
        elif isinstance(value, list):
            value = ",".join(str(v) for v in value)
        allow_private_policy(value, f"setting allow_private ({origin})")  # a bad network fails here
    try:
        if "int" in kind:
            if isinstance(value, float) and not value.is_integer():
                raise ValueError(value)
            value = int(value)
        elif "float" in kind:
            value = float(value)
        elif not isinstance(value, str):
            raise ValueError(value)
    except (TypeError, ValueError):
        want = "a whole number" if "int" in kind else "a number" if "float" in kind else "text"
        raise BadOption(f"setting {name} ({origin}) must be {want}, got {value!r} - fix it") from None
    low = MINIMUM.get(name)
    if low is not None and value < low:
        raise BadOption(f"setting {name} ({origin}) is {value}, below the minimum {low} - raise it")
    return value


def allow_private_policy(value: Any, origin: str = "--allow-private") -> bool | list[Any]:
    """``allow_private`` as the fetcher takes it: False, True or a list of networks;
    a value that is no network list is a BadOption naming ``origin``."""
    from copydesk.errors import FetchError
    from copydesk.ingest.fetch import parse_allow_private

    try:
        return parse_allow_private(value)
    except FetchError as exc:
        raise BadOption(f"{origin}: {exc}") from None


def read_config(path: Path | None = None) -> dict[str, Any]:
    """The config file as a dict ({} when there is none); BadOption when it is broken."""
    path = path or config_path()
    if not path.exists():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise BadOption(f"config file {path} is not valid TOML ({exc}) - fix or remove it") from None
    except OSError as exc:
        raise BadOption(f"config file {path} cannot be read ({exc.strerror}) - fix its permissions") from None


def _known(table: dict[str, Any]) -> dict[str, Any]:
    known = {f.name for f in fields(Settings)}
    return {k.replace("-", "_"): v for k, v in table.items()
            if k.replace("-", "_") in known and not isinstance(v, dict)}


def load_settings(overrides: dict[str, Any] | None = None, env: Mapping[str, str] | None = None,
                  *, engine: str | None = None) -> Settings:
    """Merge defaults, the config file, env vars and ``overrides`` (CLI options), later winning.

    ``engine`` picks the config-file table to apply (default: the engine the merged
    settings name), so ``copydesk engines`` can show each engine as it would run.
    """
    env = os.environ if env is None else env
    overrides = {k: v for k, v in (overrides or {}).items() if v is not None}
    data = read_config()
    origin: dict[str, str] = {}
    values: dict[str, Any] = {}
    top = _known(data)
    values.update(top)
    origin.update({k: f"config file {config_path()}" for k in top})
    from_env = {name: env[var] for name, var in ENV.items() if env.get(var)}
    chosen = engine or overrides.get("engine") or from_env.get("engine") or values.get("engine")
    table = data.get(str(chosen or Settings.engine))
    if isinstance(table, dict):
        values.update(_known(table))
        origin.update({k: f"config file {config_path()} [{chosen or Settings.engine}]"
                       for k in _known(table)})
    values.update(from_env)
    origin.update({k: f"env {ENV[k]}" for k in from_env})
    values.update(overrides)
    origin.update({k: "option" for k in overrides})
    if engine:
        values["engine"] = engine
    return Settings(**{k: _coerce(k, v, origin.get(k, "option")) for k, v in values.items()})

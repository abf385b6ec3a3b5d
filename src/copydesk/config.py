"""Settings for engines: CLI options, then env vars, then the TOML config file.

The config file is ``config.toml`` in the user config dir (``copydesk engines``
prints its path)::

    engine = "openai"
    model = "llama3.1"
    base_url = "http://localhost:11434/v1"
"""

from __future__ import annotations

import os
import tomllib
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
}


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


def config_path() -> Path:
    override = os.environ.get("COPYDESK_CONFIG")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir("copydesk")) / "config.toml"


def _coerce(name: str, value: Any) -> Any:
    kind = {f.name: f.type for f in fields(Settings)}[name]
    try:
        if "int" in str(kind) and value is not None:
            return int(value)
        if "float" in str(kind) and value is not None:
            return float(value)
    except (TypeError, ValueError):
        raise BadOption(f"setting {name} must be a number, got {value!r} - fix it") from None
    return value


def load_settings(overrides: dict[str, Any] | None = None, env: dict[str, str] | None = None) -> Settings:
    """Merge the config file, env vars and ``overrides`` (CLI options), later winning."""
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    path = config_path()
    if path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise BadOption(f"config file {path} is not valid TOML ({exc}) - fix or remove it") from None
        known = {f.name for f in fields(Settings)}
        values.update({k.replace("-", "_"): v for k, v in data.items() if k.replace("-", "_") in known})
    for name, var in ENV.items():
        if env.get(var):
            values[name] = env[var]
    for name, value in (overrides or {}).items():
        if value is not None:
            values[name] = value
    return Settings(**{k: _coerce(k, v) for k, v in values.items()})

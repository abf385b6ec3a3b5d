"""``copydesk engines``: the engine plugins, how each is set up, and the config file."""

from __future__ import annotations

import json

import click

from copydesk.config import ENV, config_path, load_settings, read_config
from copydesk.engines import available
from copydesk.errors import CopydeskError


def _describe(name: str, ep: object) -> tuple[str, bool]:
    """(status line, usable) of one engine; a plugin that fails to load is reported, not raised."""
    try:
        cls = ep.load()  # type: ignore[attr-defined]
    except Exception as exc:  # noqa: BLE001 - a broken third-party plugin must not break the listing
        return f"cannot load ({type(exc).__name__}: {exc}) - reinstall the plugin's package", False
    try:
        engine = cls(load_settings(engine=name))
        try:
            return engine.status(), True
        finally:
            engine.close()
    except CopydeskError as exc:
        return str(exc), False


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--json", "as_json", is_flag=True, help="Print the list as JSON.")
def engines(as_json: bool) -> None:
    """List the engine plugins with their status, and where the config file lives.

    Settings come from CLI options, then the env vars COPYDESK_ENGINE, COPYDESK_MODEL,
    COPYDESK_BASE_URL and OPENAI_API_KEY, then the config file (a table named after an
    engine, e.g. [openai], applies to that engine only).
    """
    read_config()  # a broken config file is an error here too, named once
    default = load_settings().engine
    rows = []
    for name, ep in sorted(available().items()):
        status, usable = _describe(name, ep)
        rows.append({"name": name, "default": name == default, "status": status})
    path = config_path()
    if as_json:
        click.echo(json.dumps({"engines": rows, "default": default, "config_file": str(path),
                               "config_file_exists": path.exists(), "env": ENV}, indent=2))
        return
    for row in rows:
        mark = " (default)" if row["default"] else ""
        click.echo(f"{row['name']}{mark}: {row['status']}")
    state = "" if path.exists() else " (not created yet)"
    click.echo(f"config file: {path}{state}")


COMMANDS = [engines]

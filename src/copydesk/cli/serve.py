"""``copydesk serve``: the web desk (pages, JSON API, published feeds) with uvicorn."""

from __future__ import annotations

import os

import click

from copydesk.cli.common import allow_private_option
from copydesk.errors import BadOption


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--host", default="127.0.0.1", show_default=True, envvar="COPYDESK_HOST",
              help="Address to bind. Any address but loopback needs COPYDESK_TOKEN.")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(1, 65535),
              envvar="COPYDESK_PORT", help="Port to listen on.")
@click.option("--db", default=None, envvar="COPYDESK_DB",
              help="Database: a file path, sqlite:///PATH or postgresql+psycopg://... "
                   "[default: copydesk.db in the user data dir]")
@allow_private_option("Let URL rewrites fetch private and loopback addresses (off: the SSRF guard refuses them).")
@click.option("--rate-limit", default=30, show_default=True, type=click.IntRange(1, 100_000),
              envvar="COPYDESK_RATE_LIMIT", help="Rewrites per minute per client address.")
@click.option("--max-body", default=1_000_000, show_default=True, type=click.IntRange(1024, 100_000_000),
              envvar="COPYDESK_MAX_BODY", help="Largest request body in bytes.")
@click.option("--log-level", default="info", show_default=True,
              type=click.Choice(["critical", "error", "warning", "info", "debug"]))
def serve(host, port, db, allow_private, rate_limit, max_body, log_level):
    """Run the web desk: rewrites to read and check, a form, feeds, a JSON API.

    Pages at http://HOST:PORT/, API under /api/v1 (docs at /docs), the rewrites as
    /feed.rss and /feed.atom. On an address other than 127.0.0.1 the server refuses to
    start unless COPYDESK_TOKEN is set; then every write needs that token.
    """
    import uvicorn

    from copydesk.server import create_app
    from copydesk.server.security import is_loopback

    token = os.environ.get("COPYDESK_TOKEN") or None
    if not is_loopback(host) and not token:
        raise BadOption(
            f"refusing to serve on {host} without a token - set COPYDESK_TOKEN to a long random "
            "value (every write will need it), or use --host 127.0.0.1"
        )
    app = create_app(db, token, host=host, allow_private=allow_private or None,
                     rate_limit=rate_limit, max_body=max_body)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"copydesk web desk on http://{shown}:{port}/ (Ctrl-C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False,
                proxy_headers=False, limit_concurrency=200)


COMMANDS = [serve]

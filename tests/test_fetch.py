"""The guarded HTTP client (copydesk.ingest.fetch) against a real server on 127.0.0.1.

The server is on loopback, so tests that need to reach it pass ``allow_private=True``
(or a list naming 127.0.0.0/8); the guard tests prove that without it loopback and
every other private form is refused, at the first URL and at every redirect hop.
"""

from __future__ import annotations

import codecs
import ipaddress
import json
import socket
import threading
import tracemalloc

import pytest

from conftest import FIXTURES
from copydesk.errors import (
    BadStatus,
    BlockedAddress,
    CopydeskError,
    FetchError,
    FetchTimeout,
    TooLarge,
)
from copydesk.ingest import fetch as fetching
from copydesk.ingest.fetch import (
    blocked_reason,
    decide_charset,
    fetch,
    literal_ip,
    parse_allow_private,
)

ARTICLE = "/fixtures/web/article.html"


def one_line(exc: CopydeskError) -> str:
    message = str(exc)
    assert "\n" not in message and " - " in message, message  # the problem, then the fix
    return message


# --- reaching the server ----------------------------------------------------------------


def test_fetches_a_page_with_allow_private(http_server):
    r = fetch(http_server.url(ARTICLE), allow_private=True)
    assert r.status == 200
    assert r.url == http_server.url(ARTICLE)
    assert r.content == (FIXTURES / "web" / "article.html").read_bytes()
    assert r.content_type == "text/html"
    assert "Stronsay" in r.text
    assert not r.not_modified and r.redirects == []


def test_gzip_body_is_decoded(http_server):
    r = fetch(http_server.url(ARTICLE + "?gzip=1"), allow_private=True)
    assert r.headers["content-encoding"] == "gzip"
    assert r.content == (FIXTURES / "web" / "article.html").read_bytes()


# --- the SSRF guard ---------------------------------------------------------------------


def test_loopback_is_refused_without_opt_in_and_nothing_is_sent(http_server):
    before = len(http_server.requests)
    with pytest.raises(BlockedAddress) as info:
        fetch(http_server.url(ARTICLE))
    message = one_line(info.value)
    assert "loopback" in message and "--allow-private" in message and "COPYDESK_ALLOW_PRIVATE=1" in message
    assert len(http_server.requests) == before  # refused before connecting


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/",
    "http://localhost/",
    "http://2130706433/",            # decimal
    "http://0x7f.1/",                # hex, short
    "http://0x7f000001/",
    "http://127.1/",                 # short form
    "http://0177.0.0.1/",            # octal
    "http://017700000001/",
    "http://127.0.0.1./",            # trailing dot
    "http://[::1]/",
    "http://[::]/",
    "http://0.0.0.0/",
    "http://[::ffff:127.0.0.1]/",    # IPv4-mapped
    "http://[::ffff:a00:1]/",        # IPv4-mapped 10.0.0.1
    "http://[::127.0.0.1]/",         # IPv4-compatible
    "http://[64:ff9b::a00:1]/",      # NAT64 of 10.0.0.1
    "http://[64:ff9b::7f00:1]/",     # NAT64 of 127.0.0.1
    "http://[2002:c0a8:101::1]/",    # 6to4 of 192.168.1.1
    "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/",  # Teredo
    "http://10.1.2.3/",
    "http://172.16.0.1/",
    "http://192.168.0.1/",
    "http://169.254.169.254/latest/meta-data/",  # cloud metadata
    "http://100.64.0.1/",            # shared address space (CGNAT)
    "http://224.0.0.1/",             # multicast
    "http://255.255.255.255/",
    "http://240.0.0.1/",             # reserved
    "http://[fe80::1]/",             # link-local
    "http://[fc00::1]/",             # unique local
    "http://[fec0::1]/",             # site-local
    "http://[ff02::1]/",             # multicast
])
def test_private_and_odd_forms_are_blocked(url):
    with pytest.raises(BlockedAddress) as info:
        fetch(url, timeout=2)
    one_line(info.value)


@pytest.mark.parametrize("address", [
    "8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "::ffff:8.8.8.8", "2002:808:808::1", "64:ff9b::808:808",
])
def test_public_addresses_pass_the_guard(address):
    assert blocked_reason(ipaddress.ip_address(address)) is None


@pytest.mark.parametrize("host, expected", [
    ("2130706433", "127.0.0.1"), ("0x7f.1", "127.0.0.1"), ("127.1", "127.0.0.1"),
    ("0177.0.0.1", "127.0.0.1"), ("10.1", "10.0.0.1"), ("0x0a.0x00.0x00.0x01", "10.0.0.1"),
    ("[::1]", "::1"), ("example.com", None), ("1.2.3.4.5", None), ("256.1.1.1", None), ("0x", "0.0.0.0"),
])
def test_literal_ip_reads_the_inet_aton_forms(host, expected):
    ip = literal_ip(host)
    assert (str(ip) if ip else None) == expected


def test_redirect_to_private_address_is_blocked_at_the_hop(http_server):
    # 127.0.0.1 (the server) is allowed by name; every redirect target is checked again.
    allow = ["127.0.0.1/32"]
    for target in (f"http://0x7f000002:{http_server.port}/", "http://[::1]/", "http://169.254.169.254/",
                   "http://10.0.0.1/", "http://127.2/", "http://2130706434/", "http://[::ffff:192.168.1.1]/"):
        url = http_server.url(f"/redirect?to={target}")
        with pytest.raises(BlockedAddress) as info:
            fetch(url, allow_private=allow, timeout=2)
        assert "refused" in one_line(info.value)
    # and the same redirect, to an allowed address, is followed
    r = fetch(http_server.url(f"/redirect?to={ARTICLE}"), allow_private=allow)
    assert r.status == 200 and r.url == http_server.url(ARTICLE)
    assert r.redirects == [http_server.url(f"/redirect?to={ARTICLE}")]


def test_redirect_to_a_url_httpx_cannot_read_is_refused(http_server):
    # httpx rejects "0177.0.0.1" in a Location header itself; it is refused, in one line
    with pytest.raises(FetchError) as info:
        fetch(http_server.url("/redirect?to=http://0177.0.0.1/"), allow_private=["127.0.0.1/32"])
    assert "location" in one_line(info.value).lower()


def test_redirect_from_an_allowed_host_without_any_opt_in_is_blocked(http_server):
    # the first hop is allowed by its network only; the redirect goes to a host that is not
    with pytest.raises(BlockedAddress):
        fetch(http_server.url("/redirect?to=http://127.0.0.2/"), allow_private=["127.0.0.1/32"])


def test_connection_is_pinned_to_the_checked_address(http_server, monkeypatch):
    # A name is resolved once, checked, and the request goes to that IP with the original
    # Host header. The resolver is the stand-in (no DNS here): the name maps to 127.0.0.1.
    calls = []
    real = socket.getaddrinfo

    def resolver(host, port, *args, **kwargs):
        if host == "news.local.test":
            calls.append(host)
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolver)
    allow = ["127.0.0.0/8", "::1/128"]
    r = fetch(f"http://news.local.test:{http_server.port}/echo", allow_private=allow)
    assert json.loads(r.content)["Host"] == f"news.local.test:{http_server.port}"
    assert r.url == f"http://news.local.test:{http_server.port}/echo"
    assert calls == ["news.local.test"]


def test_dns_rebinding_cannot_swap_the_address(http_server, monkeypatch):
    # There is no DNS server here, so the resolver is the one stand-in: its first answer is
    # the (allowed) test server, every later answer a private address. The guard resolves
    # once and connects to the checked address, so the second answer is never used.
    calls = []
    real = socket.getaddrinfo

    def rebinding(host, port, *args, **kwargs):
        if host == "news.rebind.test":
            calls.append(host)
            ip = "127.0.0.1" if len(calls) == 1 else "10.9.9.9"
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port))]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    r = fetch(f"http://news.rebind.test:{http_server.port}/echo", allow_private=["127.0.0.1/32"])
    assert json.loads(r.content)["Host"] == f"news.rebind.test:{http_server.port}"
    assert calls == ["news.rebind.test"]


def test_allow_private_values():
    assert parse_allow_private(True) is True
    assert parse_allow_private("1") is True and parse_allow_private("yes") is True
    assert parse_allow_private("") is False and parse_allow_private("0") is False
    assert parse_allow_private(None) is False
    nets = parse_allow_private("10.0.0.0/8, ::1")
    assert [str(n) for n in nets] == ["10.0.0.0/8", "::1/128"]
    with pytest.raises(FetchError) as info:
        parse_allow_private("intranet")
    one_line(info.value)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/x", "gopher://x/", "http://", "not a url"])
def test_other_schemes_and_broken_urls_are_refused(url):
    with pytest.raises(FetchError) as info:
        fetch(url)
    assert not isinstance(info.value, BlockedAddress)
    one_line(info.value)


# --- statuses, redirects, time and size -------------------------------------------------


@pytest.mark.parametrize("code", [404, 410, 500, 503])
def test_error_statuses(http_server, code):
    with pytest.raises(BadStatus) as info:
        fetch(http_server.url(f"/status/{code}"), allow_private=True)
    assert info.value.status == code
    assert f"HTTP {code}" in one_line(info.value)


def test_five_redirects_are_followed_six_are_not(http_server):
    r = fetch(http_server.url("/chain/5"), allow_private=True)
    assert r.status == 200 and len(r.redirects) == 5 and r.url == http_server.url("/chain/0")
    with pytest.raises(FetchError) as info:
        fetch(http_server.url("/chain/6"), allow_private=True)
    assert "more than 5 redirects" in one_line(info.value)


def test_read_timeout(http_server):
    with pytest.raises(FetchTimeout) as info:
        fetch(http_server.url("/slow-headers?delay=3"), allow_private=True, timeout=0.5)
    assert "timed out" in one_line(info.value)


def test_slow_drip_is_cut_by_the_deadline(http_server):
    # each byte arrives well within the read timeout; only the overall deadline stops it
    with pytest.raises(FetchTimeout) as info:
        fetch(http_server.url("/drip?interval=0.1&count=100"), allow_private=True, timeout=5, deadline=1)
    assert "did not finish" in one_line(info.value)


def test_connection_refused():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(FetchError) as info:
        fetch(f"http://127.0.0.1:{port}/", allow_private=True)
    assert "could not connect" in one_line(info.value)


def test_oversized_body_with_content_length(http_server):
    with pytest.raises(TooLarge) as info:
        fetch(http_server.url(f"/big?size={11 * 1024 * 1024}"), allow_private=True)
    assert "10 MB cap" in one_line(info.value)


def test_oversized_body_without_content_length(http_server):
    with pytest.raises(TooLarge):
        fetch(http_server.url(f"/big?size={3 * 1024 * 1024}&length=0"), allow_private=True, max_bytes=1024 * 1024)
    # just under the cap is fine
    r = fetch(http_server.url(f"/big?size={1024 * 1024}&length=0"), allow_private=True, max_bytes=1024 * 1024)
    assert len(r.content) == 1024 * 1024


def test_gzip_bomb_stops_at_the_cap_with_bounded_memory(http_server):
    # 200 MB of zeros in about 200 KB of gzip; the cap is 1 MB of *decoded* body.
    tracemalloc.start()
    try:
        with pytest.raises(TooLarge) as info:
            fetch(http_server.url("/bomb?mb=200"), allow_private=True, max_bytes=1024 * 1024)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "once decompressed" in one_line(info.value)
    assert peak < 24 * 1024 * 1024, f"peak {peak} bytes: the bomb was decompressed too far"


def test_content_type_is_checked_before_the_body(http_server):
    with pytest.raises(FetchError) as info:
        fetch(http_server.url("/fixtures/web/document.pdf"), allow_private=True, content_types=("text/html",))
    assert "application/pdf" in one_line(info.value)


def test_conditional_get(http_server):
    url = http_server.url("/fixtures/feeds/rss20.xml?cond=1")
    start = len(http_server.requests)
    first = fetch(url, allow_private=True)
    assert first.status == 200 and first.etag and first.last_modified
    again = fetch(url, allow_private=True, etag=first.etag)
    assert again.not_modified and again.status == 304 and again.content == b""
    since = fetch(url, allow_private=True, last_modified=first.last_modified)
    assert since.not_modified
    changed = fetch(url, allow_private=True, etag='"something-else"')
    assert changed.status == 200 and changed.content == first.content
    sent = [h for _, h in http_server.requests[start:]]
    assert sent[1]["If-None-Match"] == first.etag and sent[2]["If-Modified-Since"] == first.last_modified


# --- charset ----------------------------------------------------------------------------


@pytest.mark.parametrize("content, header, expected", [
    (codecs.BOM_UTF8 + "caf\u00e9".encode(), "text/html; charset=iso-8859-1", "utf-8"),       # BOM wins
    (codecs.BOM_UTF16_LE + "caf\u00e9".encode("utf-16-le"), None, "utf-16-le"),
    ("caf\u00e9".encode("cp1252"), "text/html; charset=windows-1252", "cp1252"),
    ("caf\u00e9".encode("latin-1"), "text/html; charset=ISO-8859-1", "cp1252"),              # WHATWG
    (b'<?xml version="1.0" encoding="ISO-8859-15"?><rss/>', "application/xml", "iso8859-15"),
    (b'<html><head><meta charset="koi8-r"></head></html>', "text/html", "koi8-r"),
    (b'<meta http-equiv="Content-Type" content="text/html; charset=shift_jis">', None, "shift_jis"),
    ("na\u00efve caf\u00e9".encode(), None, "utf-8"),
    ("caf\u00e9".encode(), "text/html; charset=nonsense-charset", "utf-8"),                  # bad label ignored
])
def test_decide_charset(content, header, expected):
    assert codecs.lookup(decide_charset(content, header)).name == codecs.lookup(expected).name


def test_text_of_a_windows_1252_page(http_server):
    r = fetch(http_server.url("/fixtures/web/cp1252.html"), allow_private=True)
    assert r.encoding == "cp1252"  # from <meta charset>
    assert "\u20ac18 million" in r.text and "D\u00e9sir\u00e9" in r.text and "\u201c" in r.text
    r = fetch(http_server.url("/fixtures/web/cp1252.html?ct=text/html;%20charset=iso-8859-1"), allow_private=True)
    assert "\u20ac18 million" in r.text  # ISO-8859-1 in the header is read as windows-1252


def test_no_httpx_exception_leaks(http_server, monkeypatch):
    # a server that closes mid-body: the error is ours, one line
    def broken(request):
        request.send_response(200)
        request.send_header("Content-Length", "1000")
        request.send_header("Content-Type", "text/html")
        request.end_headers()
        request.wfile.write(b"<html>")
        request.close_connection = True

    http_server.route("/broken", broken)
    with pytest.raises(FetchError) as info:
        fetch(http_server.url("/broken"), allow_private=True)
    one_line(info.value)


def test_module_constants():
    assert fetching.MAX_REDIRECTS == 5 and fetching.MAX_BYTES == 10 * 1024 * 1024


# --- https with a pinned address ----------------------------------------------------------


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory):
    """A throwaway CA and a certificate for news.pinned.test, made with the openssl CLI."""
    import shutil
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("openssl command not found (apt-get install openssl)")
    d = tmp_path_factory.mktemp("tls")

    def run(*args):
        subprocess.run(["openssl", *args], cwd=d, check=True, capture_output=True)

    run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
        "-subj", "/CN=copydesk test CA", "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    run("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "srv.key", "-out", "srv.csr", "-subj", "/CN=news.pinned.test")
    (d / "ext.cnf").write_text("subjectAltName=DNS:news.pinned.test\nbasicConstraints=CA:FALSE\n")
    run("x509", "-req", "-in", "srv.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
        "-out", "srv.pem", "-days", "2", "-extfile", "ext.cnf")
    return d


def test_https_to_a_pinned_address_still_verifies_the_name(tls_files, monkeypatch):
    # The request goes to the checked IP, while TLS (SNI and the certificate check) uses the
    # URL's name. The resolver is the stand-in (no DNS here): the name maps to 127.0.0.1.
    import ssl

    from httpserver import LocalServer

    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.load_cert_chain(tls_files / "srv.pem", tls_files / "srv.key")
    client_ctx = ssl.create_default_context(cafile=str(tls_files / "ca.pem"))
    real = socket.getaddrinfo

    def resolver(host, port, *args, **kwargs):
        if host in ("news.pinned.test", "other.pinned.test"):
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolver)
    with LocalServer(tls=server_ctx) as server, fetching.make_client(verify=client_ctx) as client:
        r = fetch(f"https://news.pinned.test:{server.port}/echo", allow_private=["127.0.0.1/32"], client=client)
        assert json.loads(r.content)["Host"] == f"news.pinned.test:{server.port}"
        # a name the certificate does not cover fails verification, though the IP is the same
        with pytest.raises(FetchError) as info:
            fetch(f"https://other.pinned.test:{server.port}/echo", allow_private=["127.0.0.1/32"], client=client)
        one_line(info.value)
        # and without the opt-in the pinned loopback address is refused before any TLS
        with pytest.raises(BlockedAddress):
            fetch(f"https://news.pinned.test:{server.port}/echo", client=client)


def test_unknown_host_and_slow_dns(monkeypatch):
    # No DNS server here: the resolver is the stand-in, first failing, then hanging.
    def no_such_host(host, port, *args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    with pytest.raises(FetchError) as info:
        fetch("http://no-such-host.example/")
    assert "cannot resolve host" in one_line(info.value)

    release = threading.Event()

    def hanging(host, port, *args, **kwargs):
        release.wait(10)
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", hanging)
    try:
        with pytest.raises(FetchTimeout) as info:
            fetch("http://slow-dns.example/", timeout=0.3)
        assert "looking up host" in one_line(info.value)
    finally:
        release.set()

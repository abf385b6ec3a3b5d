"""Fetching a URL safely: the one HTTP client of copydesk, with its SSRF guard.

    fetch(url) -> Response(url, status, headers, content, text, etag, last_modified, not_modified)

What ``fetch`` guarantees:

* **SSRF guard.** The host is resolved once (``getaddrinfo``); every address it resolves
  to is checked, and the request is then sent to that checked IP (the URL's host goes in
  the ``Host`` header and, for https, as the TLS server name, so certificates are still
  verified against the name; a pinned https connection is not kept alive, so it is never
  reused for another name at the same IP). A second DNS answer (DNS rebinding) is never
  asked for.
  Refused: loopback, private, link-local, multicast, reserved, unspecified, shared (CGNAT)
  and other non-global addresses, in IPv4 and IPv6, including IPv4-mapped, IPv4-compatible,
  NAT64 (64:ff9b::/96, 64:ff9b:1::/48), 6to4 (2002::/16) and Teredo addresses, and IPv4
  written in short, decimal, octal or hex forms ("127.1", "2130706433", "0177.0.0.1",
  "0x7f.1"). Redirects are followed by hand, at most ``MAX_REDIRECTS``, and every hop is
  checked again. ``allow_private=True`` turns the guard off; a list of networks
  (``["10.0.0.0/8"]``, or ``COPYDESK_ALLOW_PRIVATE=10.0.0.0/8,192.168.1.0/24``) allows
  just those.
* **Bounded size and time.** The body is streamed and decompressed here, in bounded
  steps, so ``max_bytes`` caps the *decoded* body: a gzip bomb stops at the cap.
  ``timeout`` bounds connecting and each read; ``deadline`` bounds the whole fetch, so a
  server that drips one byte at a time cannot hold us.
* **Charset.** ``Response.text`` decodes by BOM, then the HTTP ``charset``, then the
  document's own declaration (XML prolog, HTML ``<meta>``), then strict UTF-8, then a
  detection by ``charset_normalizer``; ISO-8859-1 and ASCII labels mean windows-1252, as
  browsers do.

Every failure is a ``FetchError`` (``BlockedAddress``, ``TooLarge``, ``FetchTimeout``,
``BadStatus``) with a one-line message that names the fix; no ``httpx`` exception leaks.
"""

from __future__ import annotations

import codecs
import ipaddress
import re
import socket
import threading
import time
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urljoin, urlsplit

import charset_normalizer
import httpx

from copydesk import __version__
from copydesk.errors import BadStatus, BlockedAddress, FetchError, FetchTimeout, TooLarge

ENV_ALLOW_PRIVATE = "COPYDESK_ALLOW_PRIVATE"  # read by the CLI's --allow-private option
MAX_REDIRECTS = 5
MAX_BYTES = 10 * 1024 * 1024
TIMEOUT = 15.0
DEADLINE = 60.0
USER_AGENT = f"copydesk/{__version__} (+https://github.com/copydesk/copydesk)"
REDIRECTS = {301, 302, 303, 307, 308}
ANY = "*/*"

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network

# Non-global IPv4 ranges that Python's ``is_global`` misses or that we name explicitly.
_V4_EXTRA = [ipaddress.ip_network(n) for n in (
    "0.0.0.0/8", "100.64.0.0/10", "192.0.0.0/24", "192.0.2.0/24", "198.18.0.0/15",
    "198.51.100.0/24", "203.0.113.0/24", "240.0.0.0/4", "255.255.255.255/32",
)]
_NAT64 = [ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48")]
_V4_COMPAT = ipaddress.ip_network("::/96")
_V6_EXTRA = [ipaddress.ip_network(n) for n in ("fec0::/10", "100::/64", "2001:db8::/32", "3fff::/20")]


# --- the guard --------------------------------------------------------------------------


def parse_allow_private(value: bool | str | Iterable[str] | None) -> bool | list[Network]:
    """Normalise an ``allow_private`` value: a bool, or a list of networks that are allowed.

    Strings come from ``COPYDESK_ALLOW_PRIVATE``: "1"/"true"/"yes" allow all, ""/"0"/"false"
    allow none, anything else is a comma-separated list of networks ("10.0.0.0/8,::1").
    """
    if value is None or value is False:
        return False
    if value is True:
        return True
    if isinstance(value, str):
        word = value.strip().lower()
        if word in ("", "0", "false", "no", "off"):
            return False
        if word in ("1", "true", "yes", "on", "all"):
            return True
        value = [v for v in re.split(r"[,\s]+", word) if v]
    networks: list[Network] = []
    for item in value:
        try:
            networks.append(ipaddress.ip_network(str(item).strip(), strict=False))
        except ValueError:
            raise FetchError(
                f"allow-private value {item!r} is not a network - use 1 to allow all private "
                "addresses, or networks like 10.0.0.0/8,192.168.1.0/24"
            ) from None
    return networks


def parse_ipv4_loose(host: str) -> ipaddress.IPv4Address | None:
    """Read ``host`` the way ``inet_aton`` does: "127.1", "2130706433", "0x7f.1", "0177.0.0.1".

    Returns None when ``host`` is not an IPv4 address in any of these forms (a name).
    """
    host = host.rstrip(".")
    parts = host.split(".")
    if not host or len(parts) > 4:
        return None
    values = []
    for part in parts:
        low = part.lower()
        try:
            if low.startswith("0x"):
                values.append(int(low[2:] or "0", 16))
            elif len(low) > 1 and low.startswith("0"):
                values.append(int(low, 8))
            elif low.isdigit():
                values.append(int(low, 10))
            else:
                return None
        except ValueError:
            return None
    *head, last = values
    if any(v > 255 for v in head) or last >= 256 ** (4 - len(head)):
        return None
    number = last
    for i, v in enumerate(head):
        number |= v << (8 * (3 - i))
    return ipaddress.IPv4Address(number)


def literal_ip(host: str) -> IPAddress | None:
    """The IP address ``host`` spells, in any form, or None for a name."""
    bare = host.strip("[]")
    bare = bare.split("%", 1)[0]  # an IPv6 zone id
    try:
        return ipaddress.ip_address(bare)
    except ValueError:
        return parse_ipv4_loose(bare) if ":" not in bare else None


def blocked_reason(ip: IPAddress) -> str | None:
    """Why ``ip`` is not a public address (None when it is one)."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            inner = blocked_reason(ip.ipv4_mapped)
            return f"IPv4-mapped {inner}" if inner else None
        if any(ip in net for net in _NAT64):
            inner = blocked_reason(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
            return f"NAT64 of {inner}" if inner else None
        if ip.sixtofour is not None:
            inner = blocked_reason(ip.sixtofour)
            return f"6to4 of {inner}" if inner else None
        if ip.teredo is not None:
            return "Teredo tunnel address"
        if ip in _V4_COMPAT and int(ip) > 1:
            return "IPv4-compatible IPv6 address"
    if ip.is_loopback:
        return "loopback address"
    if ip.is_unspecified:
        return "unspecified address"
    if ip.is_link_local:
        return "link-local address"
    if ip.is_multicast:
        return "multicast address"
    if isinstance(ip, ipaddress.IPv6Address) and ip.is_site_local:
        return "site-local address"
    if ip.is_private:
        return "private address"
    extra = _V4_EXTRA if isinstance(ip, ipaddress.IPv4Address) else _V6_EXTRA
    if ip.is_reserved or any(ip in net for net in extra):
        return "reserved address"
    if not ip.is_global:
        return "non-public address"
    return None


def _allowed(ip: IPAddress, policy: bool | list[Network]) -> bool:
    if policy is True:
        return True
    if not policy:
        return False
    candidates = [ip]
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        candidates.append(ip.ipv4_mapped)
    return any(c.version == net.version and c in net for c in candidates for net in policy)


def resolve(host: str, port: int, timeout: float = TIMEOUT) -> list[IPAddress]:
    """Every address ``host`` resolves to, IPv4 first (one DNS lookup, at most ``timeout`` s).

    ``getaddrinfo`` cannot be interrupted, so it runs in a daemon thread that is left
    behind when it takes too long.
    """
    ip = literal_ip(host)
    if ip is not None:
        return [ip]
    answer: dict[str, object] = {}

    def lookup() -> None:
        try:
            answer["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as exc:  # socket.gaierror is an OSError
            answer["error"] = exc

    worker = threading.Thread(target=lookup, name="copydesk-dns", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise FetchTimeout(f"looking up host {host} took over {timeout:g}s - check your DNS, or try again later")
    if "error" in answer:
        raise FetchError(
            f"cannot resolve host {host} ({answer['error']}) - check the URL and your network"
        )
    infos = answer["infos"]
    ips: list[IPAddress] = []
    for _family, _type, _proto, _name, sockaddr in infos:
        addr = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        if addr not in ips:
            ips.append(addr)
    ips.sort(key=lambda a: a.version)
    if not ips:
        raise FetchError(f"host {host} has no address - check the URL")
    return ips


def check_url(url: httpx.URL, policy: bool | list[Network], timeout: float = TIMEOUT) -> IPAddress | None:
    """Run the guard on ``url``; return the checked IP to connect to (None: guard is off)."""
    if url.scheme not in ("http", "https"):
        raise FetchError(f"cannot fetch {url} (scheme {url.scheme or 'missing'}) - give an http:// or https:// URL")
    if not url.host:
        raise FetchError(f"no host in {url} - give a full URL like https://example.com/story")
    if policy is True:
        return None
    ips = resolve(url.host, url.port or (443 if url.scheme == "https" else 80), timeout)
    for ip in ips:
        reason = blocked_reason(ip)
        if reason and not _allowed(ip, policy):
            shown = url.host if str(ip) == url.host else f"{url.host} ({ip})"
            raise BlockedAddress(
                f"refused to fetch {url}: {shown} is a {reason} - pass --allow-private "
                "(or set COPYDESK_ALLOW_PRIVATE=1) if you trust this address"
            )
    return ips[0]


# --- the response -----------------------------------------------------------------------


@dataclass
class Response:
    """One fetched URL. ``url`` is the final URL, after redirects."""

    url: str
    status: int
    headers: dict[str, str]
    content: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    redirects: list[str] = field(default_factory=list)

    @property
    def content_type(self) -> str:
        """The media type, lower-cased, without parameters ("" when absent)."""
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()

    @cached_property
    def encoding(self) -> str:
        return decide_charset(self.content, self.headers.get("content-type"))

    @cached_property
    def text(self) -> str:
        data = self.content
        for bom in (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF8,
                    codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            if data.startswith(bom):
                data = data[len(bom):]
                break
        return data.decode(self.encoding, errors="replace")


_BOMS = [
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_XML_DECL = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([\w.:-]+)[\"']", re.IGNORECASE)
_META_CHARSET = re.compile(
    rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE
)
# WHATWG: these labels are decoded as windows-1252, a superset.
_AS_1252 = {"iso-8859-1", "latin-1", "latin1", "iso8859-1", "l1", "ascii", "us-ascii", "cp819", "iso_8859-1"}


def _codec(label: str | bytes | None) -> str | None:
    if not label:
        return None
    if isinstance(label, bytes):
        label = label.decode("ascii", errors="ignore")
    label = label.strip().lower()
    if label in _AS_1252:
        return "windows-1252"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # a document that declares UTF-16 but reached this point has no BOM: it is mislabelled
    return None if name.startswith("utf-16") or name.startswith("utf-32") else name


def decide_charset(content: bytes, content_type: str | None = None) -> str:
    """The charset to decode ``content`` with: BOM, HTTP header, in-document label, UTF-8, guess."""
    for bom, name in _BOMS:
        if content.startswith(bom):
            return name
    if content_type and (m := _HEADER_CHARSET.search(content_type)) and (name := _codec(m.group(1))):
        return name
    head = content[:4096]
    for pattern in (_XML_DECL, _META_CHARSET):
        if (m := pattern.search(head)) and (name := _codec(m.group(1))):
            return name
    try:
        content.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(content[:65536]).best()
    return _codec(best.encoding if best else None) or "windows-1252"


# --- decoding with a cap ----------------------------------------------------------------


class _Inflater:
    """One Content-Encoding layer (gzip or deflate), decompressed in bounded steps."""

    def __init__(self, coding: str):
        self.coding = coding
        self.obj = zlib.decompressobj(zlib.MAX_WBITS | 16 if coding in ("gzip", "x-gzip") else zlib.MAX_WBITS)
        self.first = True

    def feed(self, data: bytes, limit: int) -> Iterable[bytes]:
        """Yield decoded pieces of ``data``, each at most ``limit`` bytes long."""
        while data:
            try:
                out = self.obj.decompress(data, limit)
            except zlib.error:
                if self.coding == "deflate" and self.first:  # raw deflate without zlib header
                    self.obj, self.first = zlib.decompressobj(-zlib.MAX_WBITS), False
                    continue
                raise
            self.first = False
            data = self.obj.unconsumed_tail
            if self.obj.eof and self.obj.unused_data:  # a second gzip member
                data = self.obj.unused_data + data
                self.obj = zlib.decompressobj(zlib.MAX_WBITS | 16)
            if out:
                yield out
            elif not data:
                break


def _decoded(chunks: Iterable[bytes], encodings: list[str], limit: int) -> Iterable[bytes]:
    """Undo ``encodings`` (outermost last, as in the header) over ``chunks``, piece by piece."""
    layers = [_Inflater(c) for c in reversed(encodings)]

    def through(data: bytes, depth: int) -> Iterable[bytes]:
        if depth == len(layers):
            yield data
            return
        for piece in layers[depth].feed(data, limit):
            yield from through(piece, depth + 1)

    for chunk in chunks:
        yield from through(chunk, 0)


# --- fetching ---------------------------------------------------------------------------


def make_client(*, timeout: float = TIMEOUT, max_connections: int = 20, verify=True) -> httpx.Client:
    """An ``httpx.Client`` set up for ``fetch``: no redirects, no proxies from the env.

    ``verify`` is passed to httpx (True, or an ``ssl.SSLContext`` with other CA roots)."""
    return httpx.Client(
        timeout=httpx.Timeout(timeout),
        verify=verify,
        follow_redirects=False,
        trust_env=False,
        headers={"User-Agent": USER_AGENT},
        limits=httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections),
    )


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.3g} MB"


def fetch(
    url: str,
    *,
    allow_private: bool | str | Iterable[str] = False,
    timeout: float = TIMEOUT,
    deadline: float = DEADLINE,
    max_bytes: int = MAX_BYTES,
    accept: str = ANY,
    content_types: Iterable[str] | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
    client: httpx.Client | None = None,
) -> Response:
    """GET ``url`` through the SSRF guard; see the module docstring for what is guaranteed.

    ``content_types`` lists the media types accepted ("" for a missing Content-Type);
    another type is refused before the body is read. ``etag``/``last_modified`` make the
    request conditional: a 304 gives ``Response(not_modified=True)`` with no content.
    HTTP errors (4xx/5xx) raise ``BadStatus``.
    """
    policy = parse_allow_private(allow_private)
    _precheck(url, policy)
    try:
        current = httpx.URL(url.strip())
    except (httpx.InvalidURL, TypeError) as exc:
        raise FetchError(f"not a valid URL: {url!r} ({exc}) - give a full http:// or https:// URL") from None
    own = client is None
    if client is None:
        client = make_client(timeout=timeout)
    started = time.monotonic()
    headers = {"Accept": accept, "Accept-Encoding": "gzip, deflate"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    allowed = None if content_types is None else {t.lower() for t in content_types}
    hops: list[str] = []
    try:
        while True:
            pinned = check_url(current, policy, timeout)
            response = _get(client, current, pinned, headers, timeout, deadline, started,
                            max_bytes, allowed)
            if isinstance(response, str):  # a redirect to this URL
                hops.append(str(current))
                if len(hops) > MAX_REDIRECTS:
                    raise FetchError(
                        f"more than {MAX_REDIRECTS} redirects from {url} - check the URL "
                        "(the site may redirect in a loop)"
                    )
                _precheck(response, policy)
                try:
                    current = httpx.URL(response)
                except httpx.InvalidURL:
                    raise FetchError(
                        f"{hops[-1]} redirects to a broken URL {response!r} - "
                        "report it to the site, or give the final URL"
                    ) from None
                continue
            response.redirects = hops
            return response
    finally:
        if own:
            client.close()


def _precheck(url: str, policy: bool | list[Network]) -> None:
    """Refuse a private literal host before httpx parses the URL (it rejects some odd forms,
    like "0177.0.0.1", as invalid; they are still private addresses and named as such)."""
    if policy is True:
        return
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return
    ip = literal_ip(host) if host else None
    if ip is not None and (reason := blocked_reason(ip)) and not _allowed(ip, policy):
        raise BlockedAddress(
            f"refused to fetch {url}: {host} ({ip}) is a {reason} - pass --allow-private "
            "(or set COPYDESK_ALLOW_PRIVATE=1) if you trust this address"
        )


def _get(client, url: httpx.URL, pinned, headers, timeout, deadline, started, max_bytes, allowed):
    """One request; returns the redirect target (a ``str``) on a redirect, else the ``Response``."""
    target, extensions, request_headers = url, {}, dict(headers)
    if pinned is not None and url.host != str(pinned):
        target = url.copy_with(host=str(pinned))
        request_headers["Host"] = url.netloc.decode("ascii")
        if url.scheme == "https":
            # TLS (SNI and the certificate check) uses the name; the pool is keyed by the IP,
            # so the connection must not be reused for another name at the same IP.
            extensions["sni_hostname"] = url.host
            request_headers["Connection"] = "close"
    shown = str(url)
    try:
        remaining = deadline - (time.monotonic() - started)
        if remaining <= 0:
            raise FetchTimeout(f"gave up on {shown} after {deadline:g}s - try again later")
        per_call = httpx.Timeout(min(timeout, remaining))
        with client.stream("GET", target, headers=request_headers, extensions=extensions,
                           timeout=per_call, follow_redirects=False) as resp:
            status = resp.status_code
            if status in REDIRECTS and "location" in resp.headers:
                return urljoin(str(url), resp.headers["location"].strip())
            head = {k.lower(): v for k, v in resp.headers.items()}
            result = Response(
                url=shown, status=status, headers=head,
                etag=head.get("etag"), last_modified=head.get("last-modified"),
            )
            if status == 304:
                result.not_modified = True
                return result
            if status >= 400:
                reason = resp.reason_phrase or ""
                hint = "check the URL" if status < 500 else "the site is failing, try again later"
                raise BadStatus(f"HTTP {status} {reason} from {shown} - {hint}".replace("  ", " "), status)
            if allowed is not None and result.content_type not in allowed:
                kinds = " or ".join(sorted(t for t in allowed if t)) or "a known type"
                raise FetchError(
                    f"{shown} is {result.content_type or 'of no stated type'}, not {kinds} - "
                    "give the URL of the right document (for an article: the page itself)"
                )
            declared = head.get("content-length", "").strip()
            if declared.isdigit() and int(declared) > max_bytes:
                raise TooLarge(
                    f"{shown} is {_mb(int(declared))}, over the {_mb(max_bytes)} cap - "
                    "give a smaller page, or save it and pass the text"
                )
            encodings = [c.strip().lower() for c in head.get("content-encoding", "").split(",")]
            encodings = [c for c in encodings if c and c != "identity"]
            unknown = [c for c in encodings if c not in ("gzip", "x-gzip", "deflate")]
            if unknown:
                raise FetchError(
                    f"{shown} sent an unsupported Content-Encoding {unknown[0]} - "
                    "report it to the site (we ask for gzip or deflate only)"
                )
            parts, size = [], 0
            try:
                for piece in _decoded(resp.iter_raw(), encodings, min(max_bytes + 1, 1 << 20)):
                    size += len(piece)
                    if size > max_bytes:
                        raise TooLarge(
                            f"{shown} is over the {_mb(max_bytes)} cap"
                            f"{' once decompressed' if encodings else ''} - give a smaller page, "
                            "or save it and pass the text"
                        )
                    parts.append(piece)
                    if time.monotonic() - started > deadline:
                        raise FetchTimeout(
                            f"{shown} did not finish within {deadline:g}s (the server sends too "
                            "slowly) - try again later"
                        )
            except zlib.error as exc:
                raise FetchError(f"{shown} sent a corrupt compressed body ({exc}) - try again later") from None
            result.content = b"".join(parts)
            return result
    except httpx.TimeoutException:
        raise FetchTimeout(
            f"timed out after {min(timeout, deadline):g}s fetching {shown} - try again later, "
            "or raise the timeout"
        ) from None
    except httpx.ConnectError as exc:
        raise FetchError(f"could not connect to {url.host} ({exc}) - check the URL and your network") from None
    except httpx.InvalidURL as exc:
        raise FetchError(f"not a valid URL: {shown} ({exc}) - give a full http:// or https:// URL") from None
    except httpx.RemoteProtocolError as exc:
        raise FetchError(
            f"{shown} sent a broken response ({exc}) - refused; give the article's final URL"
        ) from None
    except httpx.HTTPError as exc:
        raise FetchError(
            f"fetching {shown} failed ({type(exc).__name__}: {exc}) - try again later"
        ) from None

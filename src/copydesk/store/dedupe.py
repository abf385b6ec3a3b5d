"""Telling whether a story is already in the store: by URL, by exact text, by near text.

* ``canonical_url`` lowercases scheme and host, drops the fragment, default ports,
  tracking parameters (``utm_*``, ``fbclid``...) and a trailing slash.
* ``content_hash`` is SHA-256 of the text's words, lowercased: the same story with other
  spacing or punctuation gets the same hash.
* ``minhash`` is a ``datasketch`` MinHash over word 5-shingles. The store keeps the
  MinHash itself and its LSH band keys (the banding ``datasketch.MinHashLSH`` picks for
  ``THRESHOLD``), so a near-duplicate is found with one indexed query, across runs and
  processes; a candidate counts only if its estimated Jaccard similarity is at least
  ``THRESHOLD``.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SEED = 7
THRESHOLD = 0.6
SHINGLE = 5
SCHEME = "affine32"  # pinned: stored hash values must stay comparable across versions



@functools.cache
def bands() -> list[tuple[int, int]]:
    """The (start, end) of each LSH band: the banding datasketch picks for THRESHOLD."""
    return list(MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM).hashranges)


_WORD = re.compile(r"\w+", re.UNICODE)
_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|ref_src|smid|_ga)$", re.I)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def canonical_url(url: str | None) -> str | None:
    """The form of ``url`` the store compares: None for no URL or a non-web one."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower()
    if port and port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{port}"
    path = parts.path or "/"
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/") or "/"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)]
    return urlunsplit((scheme, host, path, urlencode(sorted(query)), ""))


@functools.cache
def _permutations():
    """The MinHash permutations of (NUM_PERM, SEED, SCHEME), made once, not per text."""
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def content_hash(text: str) -> str:
    return hashlib.sha256(" ".join(words(text)).encode("utf-8")).hexdigest()


def minhash(text: str) -> MinHash:
    tokens = words(text)
    if len(tokens) >= SHINGLE:
        grams = {" ".join(tokens[i:i + SHINGLE]).encode("utf-8") for i in range(len(tokens) - SHINGLE + 1)}
    else:
        grams = {" ".join(tokens).encode("utf-8")}
    mh = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_permutations())
    mh.update_batch(list(grams))
    return mh


def to_bytes(mh: MinHash) -> bytes:
    return np.asarray(mh.hashvalues, dtype=np.uint64).tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype=np.uint64)


def band_keys(mh: MinHash) -> list[tuple[int, int]]:
    """One (band, key) per LSH band. ``key`` is a signed 64-bit hash of the band number and
    that band's hash values, so one indexed ``key IN (...)`` finds every candidate."""
    values = np.asarray(mh.hashvalues, dtype=np.uint64)
    keys = []
    for band, (start, end) in enumerate(bands()):
        digest = hashlib.blake2b(values[start:end].tobytes(), digest_size=8, person=b"band%d" % band).digest()
        keys.append((band, int.from_bytes(digest, "big", signed=True)))
    return keys


def similarity(a: MinHash, stored: bytes) -> float:
    """Estimated Jaccard similarity of ``a`` and a stored MinHash (``to_bytes``)."""
    values = from_bytes(stored)
    if len(values) != len(a.hashvalues):
        return 0.0
    return float(np.count_nonzero(np.asarray(a.hashvalues, dtype=np.uint64) == values)) / len(values)


@dataclass
class Fingerprint:
    """What the store needs to find a story again."""

    url: str | None
    canonical_url: str | None
    content_hash: str
    minhash: MinHash
    bands: list[tuple[int, int]] = field(default_factory=list)
    checked_at: tuple[int, int] | None = None  # the store's high-water mark when last looked up


def fingerprint(text: str, url: str | None) -> Fingerprint:
    mh = minhash(text)
    return Fingerprint(
        url=url,
        canonical_url=canonical_url(url),
        content_hash=content_hash(text),
        minhash=mh,
        bands=band_keys(mh),
    )

"""Bytes to text: UTF-8 with or without a byte-order mark, UTF-16 or UTF-32 with one, else the
charset charset-normalizer finds (ties broken toward the charsets news is written in); binary
data is refused with ``BinaryInput``, naming the problem and the fix."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from copydesk.errors import BinaryInput

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 control characters other than tab, newline, form feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    if not sample:
        return False
    return "\x00" in sample or len(_CONTROL.findall(sample)) > max(2, len(sample) // 100)


# When several charsets read the bytes equally cleanly, the one most used for news text
# wins (charset-normalizer alone may pick, say, cp775 for French cp1252 text).
_COMMON = ("cp1252", "iso8859_15", "latin_1", "cp1251", "cp1250", "koi8_r", "gb18030", "big5",
           "shift_jis", "euc_jp", "euc_kr", "cp1256", "cp1253", "cp1254", "cp1255", "iso8859_2")


def _detect(data: bytes) -> str | None:
    """The charset of ``data`` by charset-normalizer, ties broken toward common charsets."""
    results = list(from_bytes(data[:1_000_000]))
    if not results:
        return None
    cleanest = min(m.chaos for m in results)
    best_name, best_rank = None, len(_COMMON) + 1
    for match in results:
        if match.chaos > cleanest + 0.01:
            continue
        for name in [match.encoding, *match.could_be_from_charset]:
            rank = _COMMON.index(name) if name in _COMMON else len(_COMMON)
            if rank < best_rank:
                best_name, best_rank = name, rank
    return best_name


def decode_bytes(data: bytes, *, name: str = "input") -> str:
    """Decode ``data`` to text, or raise ``BinaryInput`` naming the problem and the fix."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError:
                raise BinaryInput(
                    f"{name} starts with a {encoding} byte-order mark but is not valid {encoding} "
                    "- re-save it as UTF-8"
                ) from None
    if b"\x00" in data[:65536]:
        raise BinaryInput(f"{name} is binary data, not text - give a plain-text article (UTF-8)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        detected = _detect(data)
        if detected is None:
            raise BinaryInput(
                f"{name} could not be decoded as text (not UTF-8 and no known charset) "
                "- convert it to UTF-8, e.g. iconv -f <charset> -t utf-8"
            ) from None
        try:
            text = data.decode(detected)
        except (UnicodeDecodeError, LookupError):
            raise BinaryInput(
                f"{name} could not be decoded as {detected} - convert it to UTF-8"
            ) from None
    if _looks_binary(text):
        raise BinaryInput(f"{name} is binary data, not text - give a plain-text article (UTF-8)")
    return text

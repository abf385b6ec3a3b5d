"""The one exception tree of copydesk.

Every error a user can cause is a ``CopydeskError``. Its message is one line
that names the problem and the fix; the CLI prints it to stderr and exits with
``exit_code`` (2 for bad input, 1 for everything else), never a traceback::

    CopydeskError
    ├── InputError                 bad input from the user (exit 2)
    │   ├── EmptyInput             nothing but whitespace
    │   ├── BinaryInput            NUL bytes or undecodable data
    │   ├── TooShort               fewer sentences than a rewrite needs
    │   └── BadOption              an option value that cannot be used
    ├── FetchError                 a URL or feed could not be fetched
    │   ├── BlockedAddress         the SSRF guard refused an address
    │   ├── TooLarge               the body went over the size cap
    │   ├── FetchTimeout           no answer, or no whole answer, in time
    │   ├── BadStatus              an HTTP error status (4xx/5xx); ``.status``
    │   └── ExtractionFailed       a page held no article text
    ├── EngineError                an engine could not produce a draft
    │   ├── EngineNotFound         no engine plugin by that name
    │   ├── EngineUnavailable      missing key, model file or server
    │   └── ModelOutputError       the model's answer could not be used
    ├── CheckFailed                --strict and the checker found problems (exit 1)
    └── StoreError                 the database could not be used

Any other exception reaching the CLI is a bug in copydesk: ``copydesk.cli`` reports it as
an internal error, one line asking for a report, exit code 3 (``COPYDESK_DEBUG=1`` shows
the traceback).
"""

from __future__ import annotations


class CopydeskError(Exception):
    """Base of every error copydesk raises on purpose."""

    exit_code = 1

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(CopydeskError):
    exit_code = 2


class EmptyInput(InputError):
    pass


class BinaryInput(InputError):
    pass


class TooShort(InputError):
    pass


class BadOption(InputError):
    pass


class FetchError(CopydeskError):
    exit_code = 2


class BlockedAddress(FetchError):
    pass


class TooLarge(FetchError):
    pass


class ExtractionFailed(FetchError):
    pass


class EngineError(CopydeskError):
    pass


class EngineNotFound(EngineError):
    exit_code = 2


class EngineUnavailable(EngineError):
    pass


class ModelOutputError(EngineError):
    pass


class CheckFailed(CopydeskError):
    exit_code = 1


class StoreError(CopydeskError):
    pass


class FetchTimeout(FetchError):
    pass


class BadStatus(FetchError):
    """An HTTP error status; ``status`` is the code (404, 500, ...)."""

    def __init__(self, message: str, status: int = 0):
        super().__init__(message)
        self.status = status

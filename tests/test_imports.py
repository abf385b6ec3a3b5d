"""Layering: low modules do not reach the pipeline, and copydesk's modules form no import cycle."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import copydesk

SRC = Path(copydesk.__file__).resolve().parent


def loaded_after(module: str) -> set[str]:
    """The copydesk modules a fresh interpreter has loaded after importing ``module``."""
    code = (f"import sys, json, {module}; "
            "print(json.dumps(sorted(m for m in sys.modules if m.startswith('copydesk'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout))


def test_fetch_does_not_import_the_pipeline():
    loaded = loaded_after("copydesk.ingest.fetch")
    assert "copydesk.ingest.fetch" in loaded
    heavy = {m for m in loaded
             if m == "copydesk.desk" or m.startswith(("copydesk.engines", "copydesk.check"))}
    assert not heavy, f"importing copydesk.ingest.fetch loaded {sorted(heavy)}"


def test_package_is_lazy_but_complete():
    loaded = loaded_after("copydesk")
    assert "copydesk.desk" not in loaded and "copydesk.check" not in loaded
    code = ("import copydesk; from copydesk import rewrite, Article, Rewrite; "
            "print(copydesk.__version__, callable(rewrite), callable(copydesk.render))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    version, *flags = out.stdout.split()
    assert version and flags == ["True", "True"]


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path, name: str, modules: set[str]) -> set[str]:
    """The copydesk modules ``path`` imports, at module level or inside functions (an import
    put off into a function is still a dependency), but not under ``TYPE_CHECKING``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()

    def visit(nodes) -> None:
        for node in nodes:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                continue
            if isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    up = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*up, *([base] if base else [])])
                found.add(base)
                found.update(f"{base}.{a.name}" for a in node.names)
            else:
                visit(ast.iter_child_nodes(node))
    visit(tree.body)
    return {m for m in found if m in modules and m != name}


def test_no_import_cycles():
    files = {_module_name(p): p for p in SRC.rglob("*.py")}
    modules = set(files)
    graph = {name: _imports(path, name, modules) for name, path in files.items()}
    # importing a.b.c runs a/__init__ and a/b/__init__ first
    for name in list(graph):
        graph[name] |= {m for m in graph[name] for p in [m.rpartition(".")[0]] if p in modules}
    cycles = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def walk(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if nxt.startswith(node + "."):
                continue  # a package importing its own submodules is how packages are built
            if state.get(nxt) == 1:
                cycles.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in state:
                walk(nxt)
        stack.pop()
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            walk(name)
    assert not cycles, "import cycles: " + "; ".join(" -> ".join(c) for c in cycles)

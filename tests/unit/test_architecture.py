"""The core's shape: no import cycles between its modules, and no Qt anywhere in it.

Every import counts, including those inside functions (a lazy import still ties two modules
together), so the graph is read from the source with `ast`, not from what happens to be loaded.
"""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "reader" / "core"
PACKAGE = "reader.core"
QT_ROOTS = {"PySide6", "PySide2", "PyQt5", "PyQt6", "shiboken6", "shiboken2", "qtpy"}


def module_name(path: Path, root: Path = CORE, package: str = PACKAGE) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join([package, *parts])


def imports_of(path: Path, modules: set[str], package: str = PACKAGE) -> tuple[set[str], set[str]]:
    """(modules of the package that `path` imports, top-level names of everything it imports)."""
    name = module_name(path)
    here = name if path.name == "__init__.py" else name.rpartition(".")[0]
    inside: set[str] = set()
    roots: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here.split(".")[: len(here.split(".")) - (node.level - 1)]
                base_name = ".".join(base + ([node.module] if node.module else []))
            else:
                base_name = node.module or ""
            # `from pkg import name`: name may be a submodule of pkg
            targets = [f"{base_name}.{a.name}" if f"{base_name}.{a.name}" in modules else base_name
                       for a in node.names]
        else:
            continue
        for target in targets:
            roots.add(target.split(".")[0])
            if target == package or target.startswith(package + "."):
                # the closest module that exists (a name imported from a module is not a module)
                while target not in modules and "." in target:
                    target = target.rpartition(".")[0]
                if target in modules and target != name:
                    inside.add(target)
    return inside, roots


def import_graph(root: Path = CORE, package: str = PACKAGE) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    files = sorted(root.rglob("*.py"))
    modules = {module_name(f, root, package) for f in files}
    graph, roots = {}, {}
    for f in files:
        graph[module_name(f, root, package)], roots[module_name(f, root, package)] = imports_of(f, modules, package)
    return graph, roots


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a path [a, b, …, a], or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_the_graph_sees_the_core():
    graph, _ = import_graph()
    assert len(graph) > 30
    # relative, function-level and `from package import module` imports are all edges
    assert "reader.core.content.markdown_ext" in graph["reader.core.content.render"]
    assert "reader.core.script.detection" in graph["reader.core.importers.ingest"]
    assert "reader.core.text.canonical" in graph["reader.core.script.modes"]


def test_no_import_cycles_in_the_core():
    graph, _ = import_graph()
    cycle = find_cycle(graph)
    assert cycle is None, "import cycle: " + " → ".join(cycle)


def test_find_cycle_reports_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) is None


def test_no_qt_in_the_core():
    _, roots = import_graph()
    offenders = {module: sorted(r & QT_ROOTS) for module, r in roots.items() if r & QT_ROOTS}
    assert not offenders, f"the core must not import Qt: {offenders}"

"""The apps' imports form layers: `core` at the bottom importing no other app, no loop between
two apps, and nothing importing the demo (it sits on top and loads every app's content).

Every import counts, those inside a function too: a lazy import is still a dependency, and
a loop hidden in a function is a loop. The apps' own tests may import what they test with.
"""

import ast
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1] / "freethem"
# Not apps: the project's settings, URLs, WSGI entry points and locale-formats packages.
NOT_APPS = {"settings", "formats", "locale", "templates", "static", "static-root"}
BOTTOM = "core"
TOP = "demo"


def apps():
    return sorted(
        path.name
        for path in PROJECT.iterdir()
        if path.is_dir() and (path / "__init__.py").exists() and path.name not in NOT_APPS
    )


def module_of(path):
    parts = list(path.relative_to(PROJECT.parent).with_suffix("").parts)
    return parts[:-1] if parts[-1] == "__init__" else parts


def imported_modules(path):
    """Every module a file imports, as a dotted name, relative imports resolved."""
    package = module_of(path)
    if path.name != "__init__.py":
        package = package[:-1]
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            yield module
            if not node.module:  # from . import x, y: each may be a package of its own
                yield from (f"{module}.{alias.name}" for alias in node.names)


def app_of(module, known):
    parts = module.split(".")
    if len(parts) > 1 and parts[0] == PROJECT.name and parts[1] in known:
        return parts[1]
    return None


def import_graph():
    """{app: {app it imports: [where]}} from every file of every app but its tests."""
    known = set(apps())
    graph = {app: {} for app in known}
    for app in known:
        for path in sorted((PROJECT / app).rglob("*.py")):
            if "tests" in path.relative_to(PROJECT / app).parts:
                continue
            for module in imported_modules(path):
                target = app_of(module, known)
                if target and target != app:
                    where = f"{path.relative_to(PROJECT.parent)} imports {module}"
                    graph[app].setdefault(target, []).append(where)
    return graph


def loops(graph):
    """Each import loop between apps once, as the list of apps around it."""
    found = set()

    def walk(app, trail):
        for target in sorted(graph[app]):
            if target in trail:
                loop = trail[trail.index(target) :]
                start = loop.index(min(loop))
                found.add(tuple(loop[start:] + loop[:start]))
            elif len(trail) < len(graph):
                walk(target, trail + [target])

    for app in sorted(graph):
        walk(app, [app])
    return sorted(found)


def test_the_apps_are_found_with_their_imports():
    graph = import_graph()
    assert {"core", "appeals", "alerts", "news", "prisoners", "mobilize", "demo"} <= set(graph)
    # A few imports every reader of the code knows are there, so the reader of imports works.
    assert "core" in graph["appeals"] and "core" in graph["news"]
    assert "appeals" in graph["demo"]


def test_core_imports_no_other_app():
    graph = import_graph()
    assert graph[BOTTOM] == {}, "core sits at the bottom: move the shared need into core, or " + (
        "let the app register with a registry in core: " + repr(graph[BOTTOM])
    )


def test_no_app_imports_the_demo():
    importers = {app: edges[TOP] for app, edges in import_graph().items() if TOP in edges}
    assert importers == {}


def test_no_two_apps_import_each_other_even_through_others():
    graph = import_graph()
    found = loops(graph)
    described = [
        " -> ".join(loop + (loop[0],))
        + ": "
        + "; ".join(graph[a][b][0] for a, b in zip(loop, loop[1:] + (loop[0],), strict=True))
        for loop in found
    ]
    assert described == []


def test_a_loop_between_apps_is_found():
    graph = {"a": {"b": []}, "b": {"c": []}, "c": {"a": []}, "d": {"a": []}}
    assert loops(graph) == [("a", "b", "c")]
    assert loops({"a": {"b": []}, "b": {}}) == []

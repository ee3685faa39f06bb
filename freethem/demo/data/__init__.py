"""The demo's content, one YAML file per subject (SCHEMA.md describes them).

Only PyYAML's safe loader reads them, so a file can hold plain data and nothing that runs: the
libyaml one where it is installed, as it reads every file here in a fraction of a second.
"""

import functools
import pathlib
from types import SimpleNamespace

import yaml

FOLDER = pathlib.Path(__file__).resolve().parent
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _blocks(value, seen):
    """StreamField blocks, written `- kind: value` in the files, become the (kind, value) pairs
    the loader takes; changed in place, so a page named twice (`*plans`) stays one object."""
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, dict):
        for key, item in value.items():
            _blocks(item, seen)
            if key == "body" and isinstance(item, list):
                for n, block in enumerate(item):
                    if isinstance(block, dict) and len(block) == 1:
                        item[n] = next(iter(block.items()))
    elif isinstance(value, list):
        for item in value:
            _blocks(item, seen)


@functools.cache
def read(name):
    """The names defined in `<name>.yaml` (POSTS, PRISONERS, …) as attributes."""
    with open(FOLDER / f"{name}.yaml", encoding="utf-8") as file:
        content = yaml.load(file, Loader=Loader)  # noqa: S506 - a safe loader, C or Python
    _blocks(content, set())
    return SimpleNamespace(**content)


def news_files():
    """The names of the files of news posts, in a fixed order."""
    return sorted(path.stem for path in FOLDER.glob("news_*.yaml"))

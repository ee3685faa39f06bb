"""Lists of prisoners are read in queries.py and privacy is applied once: in profile.py for one
profile, in queries.py for what a list finds. A view, export, feed or poster that queried the
models itself could forget a rule; these tests fail when one does."""

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[1]
MODELS = {"PrisonerPage", "PrisonerCase", "TimelineEvent", "LetterActionPage"}


def modules():
    for path in sorted(APP.rglob("*.py")):
        relative = path.relative_to(APP)
        if relative.parts[0] not in {"tests", "migrations", "management"}:
            yield str(relative), ast.parse(path.read_text(), str(path))


def model_queries(tree):
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and node.attr == "objects"
            and isinstance(node.value, ast.Name)
            and node.value.id in MODELS
        ):
            yield node.value.id


def calls_to(tree, name):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr == name:
                yield node.lineno


def mentions(tree, text):
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and node.value == text:
            yield node.lineno


def test_only_queries_queries_the_prisoners_models():
    querying = {name for name, tree in modules() if any(model_queries(tree))}
    assert querying == {"queries.py"}


def test_a_field_kept_private_is_read_as_such_only_by_the_profile_and_the_saved_columns():
    reading = {name for name, tree in modules() if any(calls_to(tree, "is_public"))}
    # models.py: derive() leaves private values out of the columns lists sort and search on.
    assert reading == {"profile.py", "models.py"}


def test_lists_leave_private_fields_out_through_one_condition():
    naming = {name for name, tree in modules() if any(mentions(tree, "private_fields"))}
    # models.py declares the field and its panel; queries.py's public_where() reads it.
    assert naming == {"queries.py", "models.py"}

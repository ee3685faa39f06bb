"""Load the images and documents of many StreamField values in one query each.

Rendering a list of posts would otherwise fetch the images of each post separately. The view
collects the ids from the raw stream data, loads them once, and renders inside `preloaded()`;
the chooser blocks in `core.blocks` take objects from here when they can.
"""

import contextlib
import contextvars

_objects = contextvars.ContextVar("freethem_preloaded_objects", default=None)


def lookup(model, ids):
    """The preloaded objects of `model` for `ids`, or None if any of them was not preloaded."""
    loaded = _objects.get()
    if loaded is None:
        return None
    found = loaded.get(model._meta.label_lower, {})
    if not all(i in found for i in ids if i is not None):
        return None
    return [found.get(i) for i in ids]


def _ids_in(raw_stream, kind, field):
    for block in raw_stream or []:
        if block.get("type") == kind and isinstance(block.get("value"), dict):
            value = block["value"].get(field)
            if isinstance(value, int):
                yield value


@contextlib.contextmanager
def preloaded(streams):
    """Within this block, chooser blocks use objects loaded in bulk for all `streams`."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    loaded = {}
    for model, kind, field in (
        (get_image_model(), "image", "image"),
        (get_document_model(), "document", "document"),
    ):
        ids = {i for stream in streams for i in _ids_in(stream.raw_data, kind, field)}
        objects = model.objects.in_bulk(ids) if ids else {}
        loaded[model._meta.label_lower] = objects
    token = _objects.set(loaded)
    try:
        yield
    finally:
        _objects.reset(token)

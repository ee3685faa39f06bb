"""The site's own mirror, kept up to date: a folder (FREETHEM_MIRROR_DIR) that follows what
editors publish within a minute, and is built afresh every night.

- Publishing, unpublishing, moving or deleting a page records a `MirrorChange` in the same
  transaction (the signals below), so a change survives a restart of every process.
- The clock (`mirror.refresh`, every few seconds) takes the pending changes with a lease, as
  the email engine does (freethem/core/delivery.py), and hands them to the task
  `refresh_mirror`. Two clocks at once take each change once.
- The task asks the site again for what those changes touch and nothing else: each page in
  every language it exists in, the lists it is listed in (its parent page and that page's
  other addresses: pages of the list, feeds), the home page of each language, the sitemap and
  the index of titles, and whatever new they lead to (the pictures of a new post, a new page
  of a list); it rewrites the links of those files only, and removes the files of addresses
  that are gone. Other pages that link to a page that went keep a dead link until the night.
- The change is let go once its refresh has finished: a worker that dies halfway leaves it
  held until its lease runs out, and the clock then hands it out again.
- Every night after FREETHEM_MIRROR_HOUR (the site's time zone), `mirror.nightly` owes the
  whole mirror a new build (a change without a page): it is built into `DIR.new` and swapped
  with `DIR` in one step, so a reader of the mirror never sees half of one.

Every refresh and build holds a lock on the folder (`DIR.lock`, beside it), so they never
write into it at once.
"""

import contextlib
import ctypes
import fcntl
import os
import shutil
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Page, Site

from . import builder
from .models import MirrorChange

# How long a refresh may hold its changes before the clock takes its worker for dead. A whole
# build of a large site takes minutes; a refresh of a few pages seconds.
LEASE = timedelta(minutes=30)
# Home pages sit right under Wagtail's root.
HOME_DEPTH = 2


def mirror_folder():
    """The folder the site keeps its own mirror in, or None when it keeps none."""
    folder = str(settings.FREETHEM_MIRROR_DIR or "").strip()
    return Path(folder) if folder else None


# Recording what changed (connected in MirrorConfig.ready).


def _path_of(page):
    parts = page.get_url_parts()
    if not parts or not parts[2]:
        return None
    return builder.normal_path(parts[2])


def record(page, *, gone=False):
    """Record that `page` changed; `gone`: it is about to go from where it is (unpublished,
    moved or deleted), so whatever the mirror holds under its address must be asked again."""
    if mirror_folder() is None:
        return
    change = MirrorChange(page_id=page.pk)
    if gone:
        path = _path_of(page)
        parent = page.get_parent()
        change.gone = [path] if path else []
        change.parents = [parent.pk] if parent is not None and parent.depth > 1 else []
    change.save()


def on_publish(sender, instance, **kwargs):
    record(instance)


def on_unpublish(sender, instance, **kwargs):
    record(instance, gone=True)


def before_move(sender, instance, **kwargs):
    if instance.live:
        record(instance, gone=True)


def after_move(sender, instance, **kwargs):
    if instance.live:
        record(instance)


def before_delete(sender, instance, **kwargs):
    # Deleting a page sends this once per model of its type; the row of Page is enough.
    if sender is Page and instance.live:
        record(instance, gone=True)


# The clock's jobs.


def queue_changes():
    """Take the pending changes (those held by nobody, or by a lease that ran out) and hand
    them to one refresh; returns how many were taken."""
    if mirror_folder() is None:
        return 0
    from .tasks import refresh_mirror

    now = timezone.now()
    free = Q(held_until__isnull=True) | Q(held_until__lt=now)
    ids = list(MirrorChange.objects.filter(free).values_list("pk", flat=True)[:1000])
    if not ids:
        return 0
    lease = now + LEASE
    # Conditional: a clock that took them first leaves nothing to take.
    taken = MirrorChange.objects.filter(free, pk__in=ids).update(held_until=lease)
    if taken:
        refresh_mirror.enqueue(lease.isoformat())
    return taken


def last_built(folder):
    """When the mirror in `folder` was last built whole, or None if it never was."""
    try:
        built = builder.read_manifest(folder).get("built")
    except (OSError, ValueError):
        return None
    return timezone.datetime.fromisoformat(built) if built else None


def owe_nightly_build():
    """Owe the mirror a whole new build once a day, after FREETHEM_MIRROR_HOUR; and at once
    when there is no mirror yet."""
    folder = mirror_folder()
    if folder is None:
        return 0
    now = timezone.localtime()
    due = now.replace(hour=settings.FREETHEM_MIRROR_HOUR, minute=0, second=0, microsecond=0)
    if now < due:
        due -= timedelta(days=1)
    built = last_built(folder)
    if built is not None and built >= due:
        return 0
    if MirrorChange.objects.filter(page_id__isnull=True).exists():
        return 0
    MirrorChange.objects.create(page_id=None)
    return 1


# The task's work.


def refresh(lease):
    """Bring the mirror up to date with the changes held at `lease`; returns how many."""
    folder = mirror_folder()
    changes = list(MirrorChange.objects.filter(held_until=lease))
    if folder is None or not changes:
        return 0
    with locked(folder):
        if any(c.page_id is None for c in changes) or last_built(folder) is None:
            build_whole(folder)
        else:
            result = builder.refresh(folder, starts_for(changes, builder.read_manifest(folder)))
            if result.failed:
                # The pages that failed keep their old files; the changes stay held, and are
                # handed out again once their lease runs out.
                raise RuntimeError(f"{len(result.failed)} addresses failed: {result.failed}")
    MirrorChange.objects.filter(pk__in=[c.pk for c in changes], held_until=lease).delete()
    return len(changes)


def build_whole(folder, processes=None):
    """Build the whole mirror into `DIR.new`, then swap it in for `DIR` in one step."""
    folder = Path(folder)
    new = folder.with_name(folder.name + ".new")
    result = builder.build(new, processes=processes or os.cpu_count() or 1)
    if result.failed:
        shutil.rmtree(new, ignore_errors=True)
        raise RuntimeError(f"{len(result.failed)} addresses failed; the mirror was kept.")
    if folder.exists():
        _exchange(new, folder)
        builder.manifest_path(new).replace(builder.manifest_path(folder))
        shutil.rmtree(new)  # the old mirror, now under the new one's name
    else:
        new.rename(folder)
        builder.manifest_path(new).replace(builder.manifest_path(folder))
    return result


def _exchange(a, b):
    """Swap two folders in one step (renameat2 with RENAME_EXCHANGE on Linux); elsewhere two
    renames, between which the mirror is missing for an instant."""
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    at_fdcwd, rename_exchange = -100, 2
    if renameat2 is not None and (
        renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0
    ):
        return
    old = b.with_name(b.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    b.rename(old)
    a.rename(b)
    old.rename(a)


@contextlib.contextmanager
def locked(folder):
    folder = Path(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    with open(folder.with_name(folder.name + ".lock"), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def starts_for(changes, manifest):
    """The addresses a refresh asks again for `changes`, given what the mirror holds."""
    held = list(manifest["fetched"]) + list(manifest["redirects"])
    starts = {}

    def add(address):
        starts.setdefault(address, None)

    def with_queries(path):
        add(path)
        for address in held:
            if address.startswith(path + "?"):
                add(address)

    def page_and_its_addresses(page):
        """A page's address, the pages of its list and what it serves under its own
        address that is not another page (feeds, data, posters); for a home page, only
        itself and the pages of its list."""
        path = _path_of(page)
        if path is None:
            return
        with_queries(path)
        if page.depth <= HOME_DEPTH:
            return
        slugs = page.get_children().values_list("slug", flat=True)
        children = {builder.normal_path(slug) for slug in slugs}
        for address in held:
            if address.startswith(path) and address != path and not address.startswith(path + "?"):
                first = address[len(path) :].split("/")[0]
                if first not in children:
                    add(address)

    def in_every_language(page_id):
        page = Page.objects.filter(pk=page_id).first()
        if page is None:
            return []
        return list(page.get_translations(inclusive=True).live().specific())

    for change in changes:
        for gone in change.gone:
            # Everything the mirror holds under an address that went is asked again: what
            # is still there comes back, what is not is removed.
            for address in held:
                if address.startswith(gone):
                    add(address)
        parents = set(change.parents)
        for page in in_every_language(change.page_id):
            page_and_its_addresses(page)
            parent = page.get_parent()
            if parent is not None and parent.depth >= HOME_DEPTH:
                parents.add(parent.pk)
        for parent_id in sorted(parents):
            for parent in in_every_language(parent_id):
                page_and_its_addresses(parent)

    for site in Site.objects.all():
        for home in site.root_page.get_translations(inclusive=True).live():
            with_queries(_path_of(home) or "/")
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            with_queries(reverse("mirror_titles"))
    for address in held:
        if address.startswith("/sitemap"):
            add(address)
    add("/sitemap.xml")
    return list(starts)

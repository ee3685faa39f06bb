"""Building a mirror: every public page of the site, as the site serves it, in plain files.

Each address is asked of the site through Django's own request handling (the test `Client`,
the whole middleware stack), so a mirrored page is the page a reader gets, never drawn a
second way. The one difference is asked for, not patched in: the request carries
`freethem.mirror` in its environment, and the templates then say that the page is a copy and
send forms to the main address (`freethem/mirror/context.py`). The page cache is off while
building, so that no copy made for a reader is taken for a mirrored one, nor the reverse.

The crawl starts at the home page of each language, the sitemap, robots.txt, the alerts'
archive and the index of titles, and follows every address found in a page (links,
images in every size offered, stylesheets, scripts, icons, GET forms), in a stylesheet
(`url()`) and in a sitemap, as long as it stays on the site's origin. Search, which a folder
of files cannot answer, is replaced by the index of titles. Once everything is fetched, the
addresses in the pages and stylesheets are rewritten into relative links between the files
(`freethem/mirror/addresses.py`).
"""

import functools
import json
import multiprocessing
import shutil
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from queue import Empty
from urllib.parse import quote, unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage
from django.db import connections
from django.test import Client, override_settings
from django.urls import Resolver404, resolve, reverse
from django.utils import timezone, translation

from freethem.core import onion
from freethem.core.site_address import site_root

from . import addresses, rewrite

# Addresses a mirror never holds: the admin, and what only answers a form.
SKIPPED_PREFIXES = ("/admin/", "/anymail/", "/django-admin/")
NOT_MIRRORED = {
    "appeal_sign",
    "appeal_resend",
    "appeal_confirm",
    "appeal_busy",
    "appeal_busy_stamp",
    "alerts_confirm",
    "alerts_unsubscribe",
}
# What a mirror shows instead of a page that needs the site to answer.
SUBSTITUTES = {"search": "mirror_titles"}
REDIRECTS = {301, 302, 303, 307, 308}
# A safety stop, not a size: 10,000 posts make some 45,000 addresses (each post, its "not yet
# translated" page in every other language, the pages of the lists, the pictures).
MAX_ADDRESSES = 250_000
# The key in a request's environment that marks it as asked by a mirror build.
ENVIRON_KEY = "freethem.mirror"
SAFE_PATH = "/:@!$&'()*+,;=-._~%"


@dataclass
class Fetched:
    file: str
    kind: str  # "html", "css" or "file"


@dataclass
class Result:
    folder: Path
    files: int = 0
    pages: int = 0
    size: int = 0
    missing: dict = field(default_factory=dict)  # address -> status
    failed: dict = field(default_factory=dict)  # address -> status (5xx)
    written: int = 0  # files written (a refresh writes only what changed)
    removed: list = field(default_factory=list)  # files a refresh removed


def mirror_environ(forms_to, made_on):
    """What a mirror build tells the templates (freethem/mirror/context.py)."""
    return {"made_on": made_on, "forms_to": forms_to}


def main_address():
    return (settings.FREETHEM_MAIN_ADDRESS or site_root()).rstrip("/")


def onion_address():
    """The campaign's onion address as the onion service reads it (core/onion.py)."""
    return onion.onion_root()


def forms_address(forms_to):
    """The address the mirror's forms post to: the main address, or the onion address."""
    if forms_to == "onion":
        if not onion_address():
            raise ValueError("FREETHEM_ONION_ADDRESS is not set.")
        return onion_address()
    return main_address()


def normal_path(path):
    """A path written one way (percent-encoded as the crawl writes it)."""
    return quote(unquote(path), safe=SAFE_PATH.replace("%", ""))


_normal_path = normal_path


def _url_name(path):
    # The language prefix only resolves in its own language.
    first = unquote(path).strip("/").split("/")[0]
    language = first if first in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
    try:
        with translation.override(language):
            return resolve(unquote(path)).url_name
    except Resolver404:
        return None


class Builder:
    def __init__(self, folder, forms_to="main", made_on=None, processes=1):
        self.folder = Path(folder)
        self.processes = max(1, processes)
        self.refreshing = False
        self.texts = {}  # address -> page not yet written (a refresh)
        self.touched = set()  # addresses fetched by this run
        self.removed = {}  # address -> file it had, for addresses that went away
        self.built = timezone.now()  # when the mirror was built whole
        self._url_names = {}  # path -> the name of its view ("" for none)
        self.origin = site_root()
        parts = urlsplit(self.origin)
        self.secure = parts.scheme == "https"
        self.forms_to = forms_address(forms_to)
        environ = {
            "HTTP_HOST": parts.netloc,
            "SERVER_NAME": parts.hostname,
            "SERVER_PORT": str(parts.port or (443 if self.secure else 80)),
            ENVIRON_KEY: mirror_environ(
                self.forms_to, made_on or timezone.localdate(timezone.now())
            ),
        }
        self.client = Client(raise_request_exception=False, **environ)
        self.fetched = {}  # address -> Fetched
        self.redirects = {}  # address -> address
        self.result = Result(self.folder)

    # Crawling

    def start(self):
        """Where the crawl starts: the pages nothing might link to."""
        starts = ["/", "/robots.txt", "/sitemap.xml"]
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                starts += [
                    reverse("wagtail_serve", args=[""]),
                    reverse("mirror_titles"),
                    reverse("alerts_archive"),
                ]
        return starts

    def target(self, url, base):
        """The address a link on the page at `base` leads to in the mirror, or None if the
        mirror does not hold it (another site, the admin, a filter)."""
        found = addresses.split(url, base, self.origin)
        if found is None:
            return None
        path, query, _fragment = found
        path = _normal_path(path)
        if path.startswith(SKIPPED_PREFIXES):
            return None
        query = addresses.kept_query(query)
        if query is None:
            return None
        name = self._url_names.get(path)
        if name is None:
            # Resolving is the crawl's costliest step of its own, and links repeat: the
            # menu, the footer and the pictures are on every page.
            name = self._url_names[path] = _url_name(path) or ""
        if name in NOT_MIRRORED:
            return None
        if name in SUBSTITUTES:
            with translation.override(unquote(path).strip("/").split("/")[0]):
                return reverse(SUBSTITUTES[name])
        return addresses.key(path, query)

    def _get(self, address):
        response = self.client.get(address, secure=self.secure)
        path = urlsplit(address).path
        if response.status_code == 404 and path.startswith(settings.MEDIA_URL):
            return self._stored(default_storage, path[len(settings.MEDIA_URL) :], response)
        if response.status_code == 404 and path.startswith(settings.STATIC_URL):
            found = finders.find(unquote(path[len(settings.STATIC_URL) :]))
            if found:
                return 200, _guess_type(found), Path(found).read_bytes()
        if response.status_code in REDIRECTS:
            return response.status_code, response["Location"], b""
        if response.status_code == 200 and response.has_header("X-Accel-Redirect"):
            return self._sent_by_nginx(response)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        return response.status_code, response.get("Content-Type", ""), body

    def _sent_by_nginx(self, response):
        """A download the site leaves nginx to send (X-Accel-Redirect, docs/nginx), read from
        the folder that nginx would read it from."""
        prefix = (getattr(settings, "SENDFILE_URL", "") or "").rstrip("/") + "/"
        location = unquote(response["X-Accel-Redirect"])
        root = Path(getattr(settings, "SENDFILE_ROOT", "") or "/nonexistent").resolve()
        if prefix != "/" and location.startswith(prefix):
            path = (root / location[len(prefix) :]).resolve()
            if path.is_relative_to(root) and path.is_file():
                return 200, response.get("Content-Type", ""), path.read_bytes()
        return 404, "", b""

    def _stored(self, storage, name, response):
        name = unquote(name)
        if name.startswith("private/") or ".." in name.split("/") or not storage.exists(name):
            return response.status_code, "", b""
        with storage.open(name) as stored:
            return 200, _guess_type(name), stored.read()

    def crawl(self, starts=None, known=()):
        """Fetch `starts` (default: where a whole build starts) and every address they lead
        to that is not among `known` (the addresses a mirror being refreshed holds already)."""
        queue = deque()
        seen = set(known)

        def add(address):
            if address and address not in seen and len(seen) < MAX_ADDRESSES:
                seen.add(address)
                queue.append(address)

        for address in self.start() if starts is None else starts:
            seen.discard(address)
            add(address)
        if self.processes > 1:
            self._crawl_in_processes(queue, add)
            return
        while queue:
            address = queue.popleft()
            self._record(address, self.fetch(address), add)

    def fetch(self, address):
        """Ask the site for one address and write what it answers into its file: what the
        crawl needs to know of it, as plain values (a worker process sends them back)."""
        path, _, query = address.partition("?")
        status, content_type, body = self._get(address)
        if status in REDIRECTS:
            return ("redirect", self.target(content_type, path), ())
        if status != 200:
            return ("status", status, ())
        file = addresses.file_for(path, query, content_type)
        if file is None:
            return ("skipped", None, ())
        mime = content_type.split(";")[0].strip().lower()
        kind = {"text/html": "html", "text/css": "css"}.get(mime, "file")
        text = body.decode("utf-8", "replace") if kind != "file" or _is_text(mime) else ""
        self._store(address, file, kind, body, text)
        found = dict.fromkeys(self.target(url, path) for url in self._found(kind, path, text))
        return ("file", (file, kind), tuple(target for target in found if target))

    def _record(self, address, outcome, add):
        what, value, found = outcome
        self.redirects.pop(address, None)
        before = self.fetched.pop(address, None)
        if what == "redirect":
            if value:
                self.redirects[address] = value
                add(value)
        elif what == "status":
            (self.result.failed if value >= 500 else self.result.missing)[address] = value
        elif what == "file":
            self.fetched[address] = Fetched(*value)
            self.touched.add(address)
        if before is not None and address not in self.fetched:
            self.removed[address] = before.file
        for target in found:
            add(target)

    def _found(self, kind, path, text):
        if kind == "html":
            for url, where in rewrite.html_addresses(text):
                if where.tag == "form" and _method(where) != "get":
                    continue
                yield url
        elif kind == "css":
            yield from rewrite.css_addresses(text)
        elif path == "/robots.txt":
            yield from rewrite.robots_sitemaps(text)
        elif path.endswith(".xml") and ("<urlset" in text or "<sitemapindex" in text):
            yield from rewrite.sitemap_addresses(text)

    def _store(self, address, file, kind, body, text):
        if self.refreshing and kind != "file":
            # A page of a mirror being refreshed is written once its links are rewritten, so
            # that no reader of the mirror meets it with the site's own addresses.
            self.texts[address] = text
        else:
            self._write(file, body)

    def _write(self, file, body):
        destination = self.folder / file
        destination.parent.mkdir(parents=True, exist_ok=True)
        if self.refreshing:
            part = destination.with_name(f".{destination.name}.part")
            part.write_bytes(body)
            part.replace(destination)
        else:
            destination.write_bytes(body)
        self.result.written += 1

    # Writing

    def file_of(self, address):
        for _ in range(10):
            if address in self.redirects:
                address = self.redirects[address]
        fetched = self.fetched.get(address)
        return fetched.file if fetched else None

    def link(self, url, where, page_path, page_file):
        if where is not None and where.tag == "form" and _method(where) != "get":
            found = addresses.split(url, page_path, self.origin)
            if found is None:
                return url
            path, query, _fragment = found
            return self.forms_to + path + (f"?{query}" if query else "")
        if where is not None and where.tag == "link" and "canonical" in _rel(where):
            return url  # the original's address, for search engines
        if where is not None and "data-mirror-original" in where.attributes:
            return url  # the notice's link to the campaign's own site
        found = addresses.split(url, page_path, self.origin)
        if found is None:
            return url
        target = self.target(url, page_path)
        file = self.file_of(target) if target else None
        if file is None:
            # A link to what the mirror does not hold: its text stays, the link goes. Anything
            # else (an image, a stylesheet) names the original.
            if where is None or where.tag in ("a", "area"):
                return None
            path, query, _fragment = found
            return main_address() + path + (f"?{query}" if query else "")
        return addresses.relative(page_file, file, found[2])

    def rewrite(self):
        addresses = list(self.fetched) if not self.refreshing else sorted(self.touched)
        addresses = [a for a in addresses if a in self.fetched and self.fetched[a].kind != "file"]
        if self.processes > 1 and not self.refreshing:
            # Each file is rewritten on its own, from the books the crawl finished with.
            self._in_processes(
                self._rewrite, [addresses[n :: self.processes] for n in range(self.processes)]
            )
        else:
            self._rewrite(addresses)

    def _in_processes(self, function, shares):
        context = multiprocessing.get_context("fork")
        connections.close_all()
        workers = [context.Process(target=_forked, args=(function, share)) for share in shares]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        if any(worker.exitcode for worker in workers):
            raise RuntimeError("A process rewriting the mirror's links failed.")

    def _rewrite(self, addresses):
        for address in addresses:
            fetched = self.fetched[address]
            path = address.partition("?")[0]
            destination = self.folder / fetched.file
            if address in self.texts:
                text = self.texts.pop(address)
            else:
                text = destination.read_text(encoding="utf-8")
            if fetched.kind == "html":
                text = rewrite.rewrite_html(
                    text, functools.partial(self.link, page_path=path, page_file=fetched.file)
                )
            else:
                link = functools.partial(
                    self.link, where=None, page_path=path, page_file=fetched.file
                )
                text = rewrite.rewrite_css(text, lambda url, link=link: link(url) or url)
            if self.refreshing:
                self._write(fetched.file, text.encode("utf-8"))
            else:
                destination.write_text(text, encoding="utf-8")

    def write_root(self):
        """The folder's own index.html, when the site's root answers with a redirect (to the
        visitor's language): a page that leads to the default language's home page."""
        if "/" in self.fetched or "/" not in self.redirects:
            return
        from django.template.loader import render_to_string

        target = self.file_of("/")
        if not target:
            return
        with translation.override(settings.LANGUAGE_CODE):
            page = render_to_string("mirror/root.html", {"target": target})
        (self.folder / "index.html").write_text(page, encoding="utf-8")

    def build(self):
        if not _may_fork():
            self.processes = 1
        if self.folder.exists():
            shutil.rmtree(self.folder)
        self.folder.mkdir(parents=True)
        with override_settings(FREETHEM_PAGE_CACHE_ENABLED=False):
            self.crawl()
        self.rewrite()
        self.write_root()
        self.save_manifest()
        files = [p for p in self.folder.rglob("*") if p.is_file()]
        self.result.files = len(files)
        self.result.size = sum(p.stat().st_size for p in files)
        self.result.pages = sum(1 for f in self.fetched.values() if f.kind == "html")
        return self.result

    def refresh(self, starts):
        """Fetch `starts` again in a mirror built before, and whatever new they lead to;
        rewrite the links of what was fetched, and remove the files of addresses that are
        gone. Every other file is left as it is."""
        self.load_manifest()
        self.refreshing = True
        with override_settings(FREETHEM_PAGE_CACHE_ENABLED=False):
            self.crawl(starts, known=set(self.fetched) | set(self.redirects))
        self.rewrite()
        kept = {fetched.file for fetched in self.fetched.values()}
        for address, file in sorted(self.removed.items()):
            if address in self.fetched or file in kept:
                continue
            self._remove(file)
            self.result.removed.append(file)
        self.save_manifest()
        self.result.pages = sum(
            1 for a in self.touched if a in self.fetched and self.fetched[a].kind == "html"
        )
        return self.result

    def _remove(self, file):
        path = self.folder / file
        path.unlink(missing_ok=True)
        for parent in path.parents:
            if parent == self.folder or not parent.is_relative_to(self.folder):
                break
            try:
                parent.rmdir()  # only once empty
            except OSError:
                break

    # What a mirror holds, kept beside it so that a refresh knows every file's address.

    def save_manifest(self):
        manifest = {
            "built": self.built.isoformat(),
            "fetched": {a: [f.file, f.kind] for a, f in sorted(self.fetched.items())},
            "redirects": dict(sorted(self.redirects.items())),
        }
        path = manifest_path(self.folder)
        part = path.with_name(path.name + ".part")
        part.write_text(json.dumps(manifest, indent=0), encoding="utf-8")
        part.replace(path)

    def load_manifest(self):
        manifest = read_manifest(self.folder)
        self.fetched = {a: Fetched(*value) for a, value in manifest["fetched"].items()}
        self.redirects = dict(manifest["redirects"])
        self.built = timezone.datetime.fromisoformat(manifest["built"])

    # Fetching on every core: workers forked from this process share its code and settings,
    # each opens its own database connection, and this process hands them addresses one at a
    # time and keeps the crawl's books, so the result does not depend on who fetched what.

    def _crawl_in_processes(self, queue, add):
        context = multiprocessing.get_context("fork")
        connections.close_all()  # each worker opens its own (an in-memory one stays open)
        addresses_out, outcomes = context.SimpleQueue(), context.Queue()
        workers = [
            context.Process(target=_forked, args=(self._work, addresses_out, outcomes), daemon=True)
            for _ in range(self.processes)
        ]
        for worker in workers:
            worker.start()
        try:
            waiting = 0
            while queue or waiting:
                while queue and waiting < 2 * self.processes:
                    addresses_out.put(queue.popleft())
                    waiting += 1
                address, outcome = self._next_outcome(outcomes, workers)
                waiting -= 1
                self._record(address, outcome, add)
        finally:
            for _worker in workers:
                addresses_out.put(None)
            for worker in workers:
                worker.join(timeout=60)
                if worker.is_alive():
                    worker.kill()

    @staticmethod
    def _next_outcome(outcomes, workers):
        # A worker ends only when told to: one that has ended before will send nothing more.
        while True:
            try:
                return outcomes.get(timeout=1)
            except Empty:
                if not all(worker.is_alive() for worker in workers):
                    raise RuntimeError("A process fetching the mirror's pages stopped.") from None

    def _work(self, addresses_in, outcomes):
        for address in iter(addresses_in.get, None):
            try:
                outcome = self.fetch(address)
            except Exception:  # a page the builder itself fails on counts as failed
                outcome = ("status", 500, ())
            outcomes.put((address, outcome))
        connections.close_all()


# What a forked worker inherited and must neither use nor close (closing would end the parent's
# session): kept here so that it is never finalised either. The worker ends with `os._exit`.
_inherited = []


def _forked(function, *args):
    """What a forked worker runs: `function`, on connections of its own."""
    _own_connections()
    function(*args)


def _own_connections():
    """In a forked worker, before any query: set aside every connection the parent had open, so
    that this process opens its own. The parent closes all of its connections before forking,
    but only those it can see: Django keeps a thread's connections apart from those opened while
    an event loop runs in that thread (a browser test's, say), and a forked process sees the
    first kind again. Two processes talking over one socket read each other's answers, or wait
    for ever. An in-memory SQLite database is the exception: it lives in its connection."""
    for connection in connections.all(initialized_only=True):
        if connection.connection is None:
            continue
        if connection.vendor == "sqlite" and connection.is_in_memory_db():
            continue
        _inherited.append(connection.connection)
        connection.connection = None


def _may_fork():
    """Whether other processes would see the same data: not when it is written in a
    transaction still open (a test's), except in an in-memory SQLite database, which a forked
    process takes with it."""
    for connection in connections.all(initialized_only=True):
        in_memory = connection.vendor == "sqlite" and connection.is_in_memory_db()
        if connection.in_atomic_block and not in_memory:
            return False
    return True


def manifest_path(folder):
    """The list of what a mirror holds, beside its folder (never in it: it is not published)."""
    folder = Path(folder)
    return folder.with_name(f".{folder.name}.manifest.json")


def read_manifest(folder):
    return json.loads(manifest_path(folder).read_text(encoding="utf-8"))


def _method(where):
    return (where.attributes.get("method") or "get").lower()


def _rel(where):
    return (where.attributes.get("rel") or "").lower().split()


def _is_text(mime):
    return mime.startswith("text/") or mime.endswith(("xml", "json"))


def _guess_type(name):
    import mimetypes

    return mimetypes.guess_type(str(name))[0] or "application/octet-stream"


def build(folder, forms_to="main", made_on=None, processes=1):
    """Writes the mirror into `folder` (emptied first) and says what it wrote."""
    return Builder(folder, forms_to=forms_to, made_on=made_on, processes=processes).build()


def refresh(folder, starts, forms_to="main", made_on=None):
    """Fetches `starts` again in the mirror built in `folder` (see Builder.refresh)."""
    return Builder(folder, forms_to=forms_to, made_on=made_on).refresh(starts)

"""A reader's walk through a mirror served over HTTP, as a browser would fetch it.

Pages are read with tinyhtml5 (an HTML5 parser of its own, not the one the mirror is written
with), stylesheets with tinycss2. Every address a page makes the browser fetch (stylesheets,
scripts, icons, images in every size offered) and every link on it is asked of the server; a
link that ends in `/` is a failure too, since a mirror opened from disk would show a folder.
"""

import functools
import http.server
import shutil
import tempfile
import threading
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import tinycss2
import tinyhtml5

# What a browser fetches by itself when it shows a page, by element.
FETCHED = {
    "img": ("src", "srcset"),
    "source": ("src", "srcset"),
    "script": ("src",),
    "link": ("href",),
    "video": ("src", "poster"),
    "audio": ("src",),
    "iframe": ("src",),
    "image": ("href",),
}
FOLLOWED = {"a": ("href",), "area": ("href",)}


@dataclass
class Walk:
    pages: int = 0
    files: set = field(default_factory=set)
    broken: list = field(default_factory=list)  # (page, address, status)
    folders: list = field(default_factory=list)  # (page, address) links ending in "/"
    foreign_fetches: list = field(default_factory=list)  # (page, tag, address)
    links_out: set = field(default_factory=set)
    form_actions: set = field(default_factory=set)
    feeds: set = field(default_factory=set)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextmanager
def served(folder, under="/some/folder/"):
    """The mirror in `folder`, served on loopback under the path `under`."""
    with tempfile.TemporaryDirectory() as root:
        target = Path(root) / under.strip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(folder, target)
        handler = functools.partial(_Quiet, directory=root)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}{under}"
        finally:
            server.shutdown()
            server.server_close()


def _get(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310
            return response.status, response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as error:
        return error.code, "", b""


def _local_name(tag):
    return tag.rsplit("}", 1)[-1]


def _addresses(element, names):
    for name in names:
        value = element.get(name) or element.get("{http://www.w3.org/1999/xlink}" + name)
        if not value:
            continue
        if name == "srcset":
            for candidate in value.split(","):
                if candidate.split():
                    yield candidate.split()[0]
        else:
            yield value


def _css_urls(text):
    def walk(tokens):
        for token in tokens:
            if token.type == "url":
                yield token.value
            elif token.type == "function" and token.lower_name == "url":
                yield from (a.value for a in token.arguments if a.type == "string")
            elif token.type == "function":
                yield from walk(token.arguments)
            elif getattr(token, "content", None) is not None:
                yield from walk(token.content)

    yield from walk(tinycss2.parse_component_value_list(text))


def walk(start_urls, allowed_canonical_origin=None):
    """Walks every page reachable from `start_urls` on their server and says what it found."""
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(start_urls[0]))
    result = Walk()
    queue, seen = list(start_urls), set(start_urls)

    def visit(page, address, fetched_by=None):
        url, _fragment = urldefrag(urljoin(page, address))
        if not url:
            return
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return
        if f"{parts.scheme}://{parts.netloc}" != origin:
            if fetched_by:
                result.foreign_fetches.append((page, fetched_by, url))
            else:
                result.links_out.add(url)
            return
        if parts.path.endswith("/"):
            result.folders.append((page, address))
        if url not in seen:
            seen.add(url)
            queue.append(url)

    while queue:
        url = queue.pop(0)
        status, content_type, body = _get(url)
        if status != 200:
            result.broken.append((url, status))
            continue
        result.files.add(url)
        path = unquote(urlsplit(url).path)
        if content_type == "text/html":
            result.pages += 1
            document = tinyhtml5.parse(body.decode())
            for element in document.iter():
                tag = _local_name(element.tag) if isinstance(element.tag, str) else ""
                if tag == "link" and "canonical" in (element.get("rel") or "").split():
                    continue
                if tag == "form":
                    result.form_actions.add(urljoin(url, element.get("action") or ""))
                    if (element.get("method") or "get").lower() == "get":
                        visit(url, element.get("action") or "")
                    continue
                for address in _addresses(element, FETCHED.get(tag, ())):
                    visit(url, address, fetched_by=tag)
                for address in _addresses(element, FOLLOWED.get(tag, ())):
                    visit(url, address)
        elif content_type == "text/css":
            for address in _css_urls(body.decode()):
                visit(url, address, fetched_by="css")
        elif path.endswith(".xml") and (b"<rss" in body[:500] or b"<feed" in body[:500]):
            result.feeds.add(url)
    return result

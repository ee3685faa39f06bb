"""Where each address of the site is written in a mirror, and how one file links to another.

A mirror is a folder of plain files that works at any address: under a sub-folder of any host,
or opened from disk (`file://`). So every internal link is relative, and every page is a file
named in full: `/en/news/` is written as `en/news/index.html`, and a link to it from
`en/index.html` reads `news/index.html`, never `news/` (a browser reading from disk shows a
folder listing, not its `index.html`).

An address ending in `/` becomes an `index` file in that folder, named by what it holds
(`index.html` for a page, `index.xml` for a feed, `index.ics` for a calendar): a static server
gives a file its type by its name. Other addresses keep their own name (`sheet.pdf`,
`sitemap.xml`).

Of the addresses with a query, only the pages of a list are kept, as folders of their own:
`?page=2` becomes `page-2/`, a cursor (`?after=…`, `?before=…`, too long for a file name) a
short digest of it (`after-3f9c…/`). Filters, sorting and search are not kept: a mirror holds
every item once, not every combination; links to them are dropped (the link's text stays).
"""

import hashlib
import posixpath
from urllib.parse import parse_qsl, quote, unquote, urlsplit

# The query parameters that turn the pages of a list; anything else is not mirrored.
PAGING = {"page", "after", "before"}

EXTENSIONS = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "application/rss+xml": ".xml",
    "application/atom+xml": ".xml",
    "application/xml": ".xml",
    "text/xml": ".xml",
    "application/json": ".json",
    "text/calendar": ".ics",
    "text/csv": ".csv",
    "application/pdf": ".pdf",
    "text/plain": ".txt",
    "text/css": ".css",
    "text/javascript": ".js",
    "application/javascript": ".js",
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/webp": ".webp",
    "image/avif": ".avif",
    "image/svg+xml": ".svg",
    "application/manifest+json": ".webmanifest",
    "application/zip": ".zip",
}


def key(path, query=""):
    """One address as the crawl knows it: its path and, if any, its query."""
    return f"{path}?{query}" if query else path


def kept_query(query):
    """The query of a page of a list, written one way; None if the address is not mirrored."""
    pairs = parse_qsl(query, keep_blank_values=True)
    if not pairs:
        return ""
    if {name for name, _value in pairs} - PAGING or len(pairs) > 1:
        return None
    return query


def _query_folder(query):
    ((name, value),) = parse_qsl(query, keep_blank_values=True)
    if name == "page" and value.isdigit():
        return f"page-{int(value)}"
    return f"{name}-{hashlib.sha256(value.encode()).hexdigest()[:16]}"


def file_for(path, query, content_type):
    """The file, relative to the mirror's root, holding the address `path?query`; None for an
    address that cannot be a file (a query on a file, a `..` in the path)."""
    mime = content_type.split(";")[0].strip().lower()
    name = unquote(path)
    parts = name.split("/")
    if not name.startswith("/") or any(part in (".", "..") for part in parts):
        return None
    if query:
        if not name.endswith("/"):
            return None
        name += _query_folder(query) + "/"
    if name.endswith("/"):
        name += "index" + EXTENSIONS.get(mime, ".html" if mime.startswith("text/html") else "")
    return name.lstrip("/") or None


def relative(from_file, to_file, fragment=""):
    """The link from one file of the mirror to another, percent-encoded."""
    link = posixpath.relpath(to_file, posixpath.dirname(from_file) or ".")
    link = quote(link, safe="/-._~")
    return link + (f"#{fragment}" if fragment else "")


def split(url, base, origin):
    """(path, query, fragment) of `url` as found on the page at `base` (a path of the site), or
    None if it leads elsewhere: another origin, another scheme, an email address."""
    url = url.strip()
    if not url or url.startswith("#"):
        return None
    parts = urlsplit(url)
    if parts.scheme or parts.netloc:
        if parts.scheme not in ("http", "https", ""):
            return None
        root = urlsplit(origin)
        if (parts.scheme or root.scheme, parts.netloc.lower()) != (root.scheme, root.netloc):
            return None
        path = parts.path or "/"
        prefix = root.path.rstrip("/")
        if prefix:
            if not (path == prefix or path.startswith(prefix + "/")):
                return None
            path = path[len(prefix) :] or "/"
    else:
        path = posixpath.normpath(posixpath.join(posixpath.dirname(base), parts.path))
        if parts.path.startswith("/"):
            path = parts.path
        elif parts.path.endswith("/") and not path.endswith("/"):
            path += "/"
        if not parts.path:
            path = base
    return path, parts.query, parts.fragment

"""Every response carries a strict Content-Security-Policy and a Permissions-Policy, and nothing
in the site's templates or static files needs the policy to be looser."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from freethem.appeals.tests.factories import make_appeal
from freethem.core.blocks import embed_player_url

pytestmark = pytest.mark.django_db

PROJECT = Path(settings.PROJECT_DIR)


def directives(header):
    parsed = {}
    for part in header.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


def test_every_kind_of_response_carries_both_policies(client, site_tree):
    appeal = make_appeal(site_tree.home)
    client.get("/en/news/")  # the next one is a hit of the page cache
    for url in (
        "/en/news/",
        "/en/news/",
        "/en/no-such-page/",
        "/en/search/?q=evin",
        f"/appeals/{appeal.pk}/count.json",
        "/static/css/site.css",
        "/robots.txt",
        "/en/alerts/",
    ):
        response = client.get(url)
        assert "Content-Security-Policy" in response, url
        assert "camera=()" in response["Permissions-Policy"], url


def test_public_pages_allow_nothing_inline_and_nothing_from_elsewhere(client, site_tree):
    policy = directives(client.get("/en/")["Content-Security-Policy"])
    assert policy["default-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    for name in ("script-src", "style-src", "img-src", "connect-src", "font-src"):
        assert name not in policy, name  # default-src: the site itself only
    everything = " ".join(value for values in policy.values() for value in values)
    assert "unsafe" not in everything and "data:" not in everything and "*" not in everything
    assert set(policy["frame-src"]) == set(settings.FREETHEM_EMBED_PLAYER_ORIGINS)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "https://youtu.be/dQw4w9WgXcQ",
        "https://vimeo.com/123456",
    ],
)
def test_every_player_a_visitor_can_load_is_allowed_in_frames(client, site_tree, url):
    player = embed_player_url(url)
    origin = re.match(r"https://[^/]+", player).group(0)
    policy = directives(client.get("/en/")["Content-Security-Policy"])
    assert origin in policy["frame-src"]


def test_the_admin_has_its_own_policy_with_no_other_host(client, site_tree):
    policy = directives(client.get("/admin/login/")["Content-Security-Policy"])
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert "'unsafe-inline'" in policy["script-src"]
    everything = [value for values in policy.values() for value in values]
    assert not [value for value in everything if "//" in value or value == "*"], everything
    assert "'unsafe-eval'" not in everything


def test_browser_features_no_page_uses_are_switched_off(client, site_tree):
    header = client.get("/en/")["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"):
        assert f"{feature}=()" in header.split(", "), feature
    assert "interest-cohort=()" in header


# The templates and static files a browser reads under the public policy ----------------------

# Emails are read by mail programs, which want inline styles; PDFs are drawn by WeasyPrint.
NOT_SERVED_AS_PAGES = re.compile(r"/emails/|/paper/sheet\.html$|/poster\.html$|/flyer\.html$")
INLINE = {
    "an inline <script>": re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>"),
    "a style attribute": re.compile(r"\sstyle\s*=", re.IGNORECASE),
    "a <style> element": re.compile(r"<style[\s>]", re.IGNORECASE),
    "an event handler attribute": re.compile(r"\son[a-z]+\s*=\s*[\"']", re.IGNORECASE),
    "a javascript: address": re.compile(r"javascript:", re.IGNORECASE),
}


def served_files():
    for path in sorted(PROJECT.rglob("*")):
        relative = "/" + path.relative_to(PROJECT).as_posix()
        if "/locale/" in relative or "/tests/" in relative or "/demo/data/" in relative:
            continue
        if path.suffix == ".html" and not NOT_SERVED_AS_PAGES.search(relative):
            yield relative, path
        elif path.suffix in (".js", ".css") and "/static/" in relative:
            yield relative, path
        elif path.suffix == ".py" and "format_html" in path.read_text():
            # Markup drawn in Python: the world map, the prisoners' status chart, template tags.
            yield relative, path


def test_nothing_the_browser_reads_needs_an_inline_exception():
    found = []
    for relative, path in served_files():
        text = path.read_text()
        for what, pattern in INLINE.items():
            found += [f"{relative}: {what}: {m.group(0)!r}" for m in pattern.finditer(text)]
    assert found == []


def test_the_audit_reads_the_files_that_draw_the_map_and_the_chart():
    names = {relative for relative, _path in served_files()}
    assert "/mobilize/worldmap.py" in names and "/prisoners/chart.py" in names
    assert "/templates/base.html" in names and "/static/js/site.js" in names

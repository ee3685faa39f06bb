"""The site's icons and web app manifest answer from the site itself, as what they say they are
(core/icons.py)."""

import io
import json
import re
from pathlib import Path

import pytest
from django.conf import settings
from PIL import Image

from freethem.core import icons

pytestmark = pytest.mark.django_db


def test_favicon_ico_is_served_at_the_root_of_the_site(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] in ("image/x-icon", "image/vnd.microsoft.icon")
    content = b"".join(response.streaming_content)
    picture = Image.open(io.BytesIO(content))
    assert picture.format == "ICO"
    assert {(16, 16), (32, 32), (48, 48)} <= set(picture.info["sizes"])


def test_the_apple_touch_icon_is_served_at_the_root_too(client):
    response = client.get("/apple-touch-icon.png")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert Image.open(io.BytesIO(b"".join(response.streaming_content))).size == (180, 180)


def head_links(html):
    return {
        (rel, href)
        for rel, href in re.findall(r'<link rel="([^"]+)" href="([^"]+)"', html)
        if rel in ("icon", "apple-touch-icon", "manifest")
    }


def fetched(client, address):
    response = client.get(address)
    assert response.status_code == 200, address
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return response, content


def test_every_page_names_icons_that_answer_as_images_of_their_size(client, site_tree):
    html = client.get("/en/").content.decode()
    links = dict((href, rel) for rel, href in head_links(html))
    assert set(links.values()) == {"icon", "apple-touch-icon", "manifest"}
    for href, rel in links.items():
        response, content = fetched(client, href)
        if rel == "manifest":
            continue
        if href.endswith(".svg"):
            assert response["Content-Type"] == "image/svg+xml"
            assert content.startswith(b"<svg ")
        else:
            assert response["Content-Type"] == "image/png"
            size = Image.open(io.BytesIO(content)).size
            assert size == ((180, 180) if rel == "apple-touch-icon" else (32, 32))


def test_the_manifest_names_the_campaign_in_each_language_and_direction(client, site_tree):
    english = json.loads(fetched(client, "/en/manifest.webmanifest")[1])
    persian_response, persian = fetched(client, "/fa/manifest.webmanifest")
    persian = json.loads(persian)
    assert persian_response["Content-Type"].startswith("application/manifest+json")
    assert (english["name"], english["lang"], english["dir"]) == ("Free them all", "en", "ltr")
    assert (persian["name"], persian["lang"], persian["dir"]) == (
        site_tree.homes["fa"].title,
        "fa",
        "rtl",
    )
    assert persian["start_url"] == site_tree.homes["fa"].url
    # Its own page names it in each language.
    assert 'href="/fa/manifest.webmanifest"' in client.get("/fa/").content.decode()


def test_the_manifest_at_the_root_is_in_the_default_language(client, site_tree):
    manifest = json.loads(fetched(client, "/manifest.webmanifest")[1])
    assert manifest["lang"] == settings.LANGUAGE_CODE


def test_the_manifests_icons_answer_as_pngs_of_192_and_512_pixels(client, site_tree):
    manifest = json.loads(fetched(client, "/en/manifest.webmanifest")[1])
    sizes = set()
    for icon in manifest["icons"]:
        response, content = fetched(client, icon["src"])
        assert response["Content-Type"] == icon["type"]
        if icon["type"] == "image/png":
            width, height = Image.open(io.BytesIO(content)).size
            assert icon["sizes"] == f"{width}x{height}"
            sizes.add(width)
    assert {192, 512} <= sizes


def css_colours():
    """The colours of the stylesheet's first :root block, the screen's (print has its own)."""
    css = (Path(settings.PROJECT_DIR) / "static" / "css" / "site.css").read_text()
    screen = re.search(r":root\s*\{([^}]*)\}", css).group(1)
    return dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-fA-F]{3,6})\s*;", screen))


def test_icons_and_theme_colour_use_the_stylesheets_colours(client, site_tree):
    colours = css_colours()
    assert (icons.ACCENT, icons.PAPER, icons.INK) == (
        colours["accent"],
        colours["paper"],
        colours["ink"],
    )
    manifest = json.loads(fetched(client, "/en/manifest.webmanifest")[1])
    assert (manifest["theme_color"], manifest["background_color"]) == (
        colours["ink"],
        colours["paper"],
    )
    assert f'<meta name="theme-color" content="{colours["ink"]}">' in (
        client.get("/en/").content.decode()
    )


def test_the_icon_files_are_those_the_mark_draws(client):
    """`manage.py make_icons` wrote them from core/icons.py, and nobody has changed one alone."""
    for name, content in icons.files().items():
        path = Path(settings.PROJECT_DIR) / name
        assert path.exists(), f"{name}: run manage.py make_icons"
        if name.endswith(".svg"):
            assert path.read_bytes() == content
        else:
            committed = Image.open(path)
            drawn = Image.open(io.BytesIO(content))
            assert committed.size == drawn.size, name
            # Same drawing, whatever the Pillow version that compressed it.
            difference = [
                abs(a - b)
                for a, b in zip(
                    committed.convert("RGBA").tobytes(),
                    drawn.convert("RGBA").tobytes(),
                    strict=True,
                )
            ]
            assert sum(difference) / len(difference) < 4, name

import re

import pytest

from freethem.core.blocks import embed_player_url
from freethem.news.tests.factories import make_image, make_post


@pytest.mark.parametrize(
    ("url", "player"),
    [
        (
            "https://www.youtube.com/watch?v=abcDEF12345",
            "https://www.youtube-nocookie.com/embed/abcDEF12345?autoplay=1",
        ),
        (
            "https://youtu.be/abcDEF12345",
            "https://www.youtube-nocookie.com/embed/abcDEF12345?autoplay=1",
        ),
        ("https://vimeo.com/123456", "https://player.vimeo.com/video/123456?dnt=1&autoplay=1"),
        ("https://www.instagram.com/p/xyz/", None),
        ("javascript:alert(1)", None),
        ("https://www.youtube.com/watch?v=<script>", None),
        ("", None),
    ],
)
def test_embed_player_url(url, player):
    assert embed_player_url(url) == player


@pytest.mark.django_db
def test_embeds_load_nothing_from_the_provider_before_a_click(client, site_tree):
    post = make_post(
        site_tree.index,
        extra_blocks=[
            ("embed", {"url": "https://www.youtube.com/watch?v=abcDEF12345", "title": "A concert"}),
            (
                "image",
                {"image": make_image().pk, "caption": "Placards", "credit": "Photo: volunteers"},
            ),
            ("quote", {"text": "We will not be silent.", "attribution": "A prisoner's mother"}),
            (
                "signatories",
                {"heading": "Signed by", "names": "A poet, Paris\nA singer, Bogotá", "note": ""},
            ),
        ],
    )
    html = client.get(post.url).content.decode()
    assert "<iframe" not in html
    # Every src on the page is on our own origin.
    assert all(src.startswith("/") for src in re.findall(r'src="([^"]*)"', html))
    assert 'data-player="https://www.youtube-nocookie.com/embed/abcDEF12345?autoplay=1"' in html
    assert 'href="https://www.youtube.com/watch?v=abcDEF12345"' in html
    assert "Photo: volunteers" in html
    assert "<li>A singer, Bogotá</li>" in html
    assert "— A prisoner&#x27;s mother" in html

"""Attack: script stored in a page's text. Rich text reaches the database by other ways than the
editor's toolbar (a translation, an import, the API, a crafted form post), and a quoted post's
link by other ways than its form: a script, an event handler, a `javascript:` link or a
picture from a tracker stored there would run or load in every reader's browser. What is shown
is cleaned by nh3 to what the toolbar writes, and a quoted post links only to web addresses."""

import json
import uuid

import pytest

from freethem.news.tests.factories import make_post, publish
from freethem.pages.models import GeneralPage

PAYLOAD = (
    "<p>Read this<script>alert(document.cookie)</script>"
    '<a href="javascript:alert(1)">now</a>'
    '<img src="https://tracker.example/pixel.gif" onerror="alert(2)">'
    '<iframe src="https://tracker.example/"></iframe>'
    '<span onclick="alert(3)" style="position:fixed">text</span></p>'
)


def assert_harmless(html):
    body = html[html.index('<div class="body">') : html.index("</article>")]
    for trace in ("alert(", "javascript:", "tracker.example", "onerror", "onclick", "style="):
        assert trace not in body, trace
    assert "Read this" in body and "text" in body


@pytest.mark.django_db
def test_a_script_stored_in_a_posts_paragraph_does_not_reach_readers(client, site_tree):
    post = make_post(site_tree.index, paragraphs=(PAYLOAD,))
    assert_harmless(client.get(post.url).content.decode())


@pytest.mark.django_db
def test_a_script_stored_in_a_general_pages_paragraph_does_not_reach_readers(client, site_tree):
    page = GeneralPage(
        title="About",
        slug="about",
        body=json.dumps([{"type": "paragraph", "value": PAYLOAD, "id": str(uuid.uuid4())}]),
    )
    site_tree.home.add_child(instance=page)
    publish(page)
    assert_harmless(client.get(page.url).content.decode())


@pytest.mark.django_db
def test_a_quoted_post_stored_with_a_javascript_link_links_nowhere(client, site_tree):
    post = make_post(
        site_tree.index,
        extra_blocks=[
            (
                "social_post",
                {
                    "text": "Free them all",
                    "author": "Someone",
                    "handle": "",
                    "date": None,
                    "image": None,
                    "url": "javascript:alert(1)",
                },
            )
        ],
    )
    html = client.get(post.url).content.decode()
    assert "Free them all" in html
    assert "javascript:" not in html

"""The body blocks for galleries, quoted social posts, dividers, numbered signatories,
documents in a language and videos that start at a time or play a list."""

import json
import re

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from freethem.core.blocks import embed_player_url
from freethem.news.tests.factories import make_image, make_post, translate


@pytest.mark.parametrize(
    ("url", "player"),
    [
        (
            "https://www.youtube.com/watch?v=abcDEF12345&t=60s",
            "https://www.youtube-nocookie.com/embed/abcDEF12345?autoplay=1&start=60",
        ),
        (
            "https://youtu.be/abcDEF12345?t=1m30s",
            "https://www.youtube-nocookie.com/embed/abcDEF12345?autoplay=1&start=90",
        ),
        (
            "https://www.youtube.com/embed/abcDEF12345?start=75",
            "https://www.youtube-nocookie.com/embed/abcDEF12345?autoplay=1&start=75",
        ),
        (
            "https://www.youtube.com/watch?v=abcDEF12345&list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG&t=5",
            "https://www.youtube-nocookie.com/embed/abcDEF12345?autoplay=1"
            "&list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG&start=5",
        ),
        (
            "https://www.youtube.com/playlist?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG",
            "https://www.youtube-nocookie.com/embed/videoseries?autoplay=1"
            "&list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG",
        ),
        (
            "https://vimeo.com/123456#t=42s",
            "https://player.vimeo.com/video/123456?dnt=1&autoplay=1#t=42s",
        ),
    ],
)
def test_a_video_link_starts_the_player_at_its_time_and_in_its_playlist(url, player):
    assert embed_player_url(url) == player


@pytest.mark.parametrize(
    "url",
    [
        "https://www.youtube.com/watch?v=abcDEF12345&t=soon",
        "https://www.youtube.com/watch?v=abcDEF12345&list=<script>",
        "https://www.youtube.com/watch?v=abcDEF12345&start=-5",
    ],
)
def test_a_start_time_or_playlist_that_is_not_one_is_left_out(url):
    assert embed_player_url(url) == "https://www.youtube-nocookie.com/embed/abcDEF12345?autoplay=1"


@pytest.mark.django_db
def test_a_video_with_a_start_time_loads_nothing_before_the_click(client, site_tree):
    url = "https://www.youtube.com/watch?v=abcDEF12345&list=PLabc&t=60s"
    post = make_post(site_tree.index, extra_blocks=[("embed", {"url": url, "title": "A rally"})])
    html = client.get(post.url).content.decode()
    assert "<iframe" not in html
    assert all(src.startswith("/") for src in re.findall(r'src="([^"]*)"', html))
    assert (
        'data-player="https://www.youtube-nocookie.com/embed/abcDEF12345?autoplay=1&amp;'
        'list=PLabc&amp;start=60"'
    ) in html
    assert 'href="https://www.youtube.com/watch?v=abcDEF12345&amp;list=PLabc&amp;t=60s"' in html


@pytest.mark.django_db
def test_a_gallery_shows_each_picture_with_its_alt_text_linking_to_a_larger_one(client, site_tree):
    first, second = make_image("Banner"), make_image("Candles")
    post = make_post(
        site_tree.index,
        extra_blocks=[
            (
                "gallery",
                {
                    "images": [
                        {"image": first.pk, "alt": "A banner at the embassy", "caption": "Bogotá"},
                        {"image": second.pk, "alt": "", "caption": ""},
                    ],
                    "caption": "The vigil",
                    "credit": "Volunteers",
                },
            )
        ],
    )
    html = client.get(post.url).content.decode()
    gallery = html[html.index('<figure class="gallery">') :]
    links = re.findall(r'<a href="([^"]+)" class="gallery-open">', gallery)
    assert len(links) == 2
    assert all(link.startswith("/") and "max-1920x1920" in link for link in links)
    assert 'alt="A banner at the embassy (larger)"' in gallery
    # An image given no alt text here takes the image's own.
    assert 'alt="Candles (larger)"' in gallery
    assert "<figcaption>Bogotá</figcaption>" in gallery
    assert '<small class="credit">Volunteers</small>' in gallery


@pytest.mark.django_db
def test_a_quoted_social_post_is_a_copy_that_loads_nothing_and_isolates_the_handle(
    client, site_tree
):
    post = make_post(
        site_tree.index,
        extra_blocks=[
            (
                "social_post",
                {
                    "text": "Free them all!\n<script>alert(1)</script>",
                    "author": "کارزار",
                    "handle": "@freethem",
                    "date": "2023-02-01",
                    "image": make_image("Screenshot").pk,
                    "url": "https://mastodon.social/@freethem/1",
                },
            )
        ],
    )
    html = client.get(post.url).content.decode()
    quoted = html[html.index('<figure class="social-post">') :]
    quoted = quoted[: quoted.index("</figure>")]
    assert '<bdi dir="ltr">' in quoted and "@freethem" in quoted
    assert "<bdi>کارزار</bdi>" in quoted
    assert "&lt;script&gt;" in quoted and "<script>" not in quoted
    assert '<time datetime="2023-02-01">' in quoted
    assert 'href="https://mastodon.social/@freethem/1"' in quoted
    assert "See the original on mastodon.social" in quoted
    assert all(src.startswith("/") for src in re.findall(r'src="([^"]*)"', html))


@pytest.mark.django_db
def test_a_divider_and_a_numbered_list_of_signatories(client, site_tree):
    post = make_post(
        site_tree.index,
        extra_blocks=[
            ("divider", None),
            (
                "signatories",
                {"heading": "Signed by", "names": "A poet\nA singer", "note": "", "numbered": True},
            ),
            ("signatories", {"heading": "Also", "names": "A painter", "note": ""}),
        ],
    )
    html = client.get(post.url).content.decode()
    assert '<hr class="divider">' in html
    assert (
        '<ol class="numbered"><li><span class="signatory-number">1</span> <span>A poet</span></li>'
        '<li><span class="signatory-number">2</span> <span>A singer</span></li></ol>'
    ) in html
    assert "<ul><li>A painter</li></ul>" in html


@pytest.mark.django_db
def test_numbered_signatories_are_counted_in_the_reader_s_digits_skipping_empty_lines(
    client, site_tree
):
    names = "\n".join(f"Signatory {n}" for n in range(1, 13)).replace(
        "Signatory 3", "\nSignatory 3"
    )
    block = ("signatories", {"heading": "Signed by", "names": names, "note": "", "numbered": True})
    post = make_post(site_tree.index, extra_blocks=[block])
    persian = translate(post, "fa", title="امضاکنندگان")
    english = client.get(post.url).content.decode()
    numbers = re.findall(r'<span class="signatory-number">([^<]*)</span>', english)
    assert numbers == [str(n) for n in range(1, 13)]
    numbers = re.findall(
        r'<span class="signatory-number">([^<]*)</span>', client.get(persian.url).content.decode()
    )
    assert numbers[:3] == ["۱", "۲", "۳"]
    assert numbers[-1] == "۱۲"
    assert len(numbers) == 12


@pytest.mark.django_db
def test_a_document_shows_its_language_and_gives_it_to_the_browser(client, site_tree):
    document = get_document_model().objects.create(
        title="بیانیه", file=ContentFile(b"%PDF-1.4", name="statement.pdf")
    )
    post = make_post(
        site_tree.index,
        extra_blocks=[
            ("document", {"document": document.pk, "title": "", "language": "fa"}),
            ("document", {"document": document.pk, "title": "The statement", "language": ""}),
        ],
    )
    html = client.get(post.url).content.decode()
    assert 'download hreflang="fa"><span lang="fa" dir="rtl">بیانیه</span></a>' in html
    assert "(Persian, PDF" in html
    assert 'download>The statement</a> <span class="meta">(PDF' in html


@pytest.mark.django_db
def test_rich_text_is_cleaned_by_nh3_however_it_reached_the_database(client, site_tree):
    post = make_post(
        site_tree.index,
        paragraphs=(
            'Hello<script>alert(1)</script> <a href="javascript:alert(2)">x</a>'
            '<img src="https://tracker.example/p.gif" onerror="alert(3)">'
            '<b style="color:red">bold</b> <a href="https://example.org/">kept</a>',
        ),
    )
    html = client.get(post.url).content.decode()
    body = html[html.index('<div class="body">') : html.index("</article>")]
    assert "alert(" not in body
    assert "tracker.example" not in body
    assert 'style="' not in body
    assert "<b>bold</b>" in body
    assert '<a href="https://example.org/">kept</a>' in body


def social_post(image, alt):
    return (
        "social_post",
        {
            "text": "Free them all!",
            "author": "Campaign",
            "handle": "@freethem",
            "image": image.pk,
            "image_alt": alt,
            "url": "https://mastodon.social/@freethem/2",
        },
    )


def social_post_alt(html):
    quoted = html[html.index('<figure class="social-post">') :]
    return re.search(r'<img [^>]*alt="([^"]*)"', quoted[: quoted.index("</figure>")]).group(1)


@pytest.mark.django_db
def test_a_quoted_social_post_s_picture_is_described_in_each_language_s_own_words(
    client, site_tree
):
    from wagtail_localize.segments.extract import extract_segments

    image = make_image("Screenshot")
    image.description = "A placard"
    image.save()
    post = make_post(
        site_tree.index, extra_blocks=[social_post(image, "Placards outside the embassy")]
    )
    assert social_post_alt(client.get(post.url).content.decode()) == "Placards outside the embassy"
    # wagtail-localize hands it to translators with the rest of the post.
    segments = [getattr(s, "string", None) for s in extract_segments(post)]
    assert "Placards outside the embassy" in [str(s.data) for s in segments if s is not None]
    persian = translate(
        post,
        "fa",
        body=json.dumps(
            [{"type": t, "value": v} for t, v in [social_post(image, "پلاکاردها جلوی سفارت")]]
        ),
    )
    assert social_post_alt(client.get(persian.url).content.decode()) == "پلاکاردها جلوی سفارت"


@pytest.mark.django_db
def test_a_social_post_picture_without_its_own_description_takes_the_image_s(client, site_tree):
    image = make_image("Screenshot")
    image.description = "A placard"
    image.save()
    post = make_post(site_tree.index, extra_blocks=[social_post(image, "")])
    assert social_post_alt(client.get(post.url).content.decode()) == "A placard"

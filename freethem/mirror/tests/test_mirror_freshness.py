"""The site's own mirror follows what editors publish: a refresh asks again only for what a
change touches, removes what went, is taken once by two clocks, and is done again after a
crash."""

import contextlib
import re
from datetime import timedelta
from unittest import mock

import pytest
from django.conf import settings
from django.core.cache import caches
from django.test import override_settings
from django.utils import timezone

from freethem.mirror import builder, freshness
from freethem.mirror.models import MirrorChange
from freethem.news.tests.factories import build_site, make_image, make_post, translate

pytestmark = pytest.mark.django_db
MAIN = "http://127.0.0.1:8000"
LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture
def mirrored(tmp_path):
    """A small site with its own mirror, built whole by the clock's jobs."""
    folder = tmp_path / "mirror"
    with override_settings(
        WAGTAILADMIN_BASE_URL=MAIN, MEDIA_ROOT=tmp_path / "media", FREETHEM_MIRROR_DIR=folder
    ):
        for alias in settings.CACHES:
            caches[alias].clear()
        site_tree = build_site()
        old = make_post(site_tree.index, title="An older post")
        assert freshness.owe_nightly_build() == 1
        assert freshness.queue_changes() > 0
        assert MirrorChange.objects.count() == 0
        assert (folder / "en" / "news" / old.slug / "index.html").exists()
        yield site_tree, folder, old
    for alias in settings.CACHES:
        caches[alias].clear()


def _times(folder):
    return {
        path.relative_to(folder).as_posix(): path.stat().st_mtime_ns
        for path in folder.rglob("*")
        if path.is_file()
    }


def _publish_fresh_post(site_tree):
    post = make_post(site_tree.index, title="Fresh news from Lyon", listing_image=make_image())
    translated = translate(post, "fa", title="خبر تازه", slug="tazeh")
    return post, translated


def test_a_published_post_reaches_the_mirror_in_its_languages_and_nothing_else_is_rebuilt(
    mirrored,
):
    site_tree, folder, old = mirrored
    before = _times(folder)
    post, translated = _publish_fresh_post(site_tree)
    assert MirrorChange.objects.filter(page_id=post.pk).exists()

    assert freshness.queue_changes() == 2
    assert MirrorChange.objects.count() == 0

    post_file = f"en/news/{post.slug}/index.html"
    assert (folder / post_file).exists()
    assert (folder / "fa/news/tazeh/index.html").exists()
    index = (folder / "en/news/index.html").read_text()
    assert f'href="{post.slug}/index.html"' in index
    assert "Fresh news from Lyon" in (folder / "en/news/feed/rss/index.xml").read_text()
    assert "خبر تازه" in (folder / "fa/news/index.html").read_text()
    assert f"/en/news/{post.slug}/" in (folder / "sitemap.xml").read_text()
    # Links between the files are relative, as in a whole build.
    for page in (post_file, "en/news/index.html", "en/index.html"):
        links = re.findall(r'<a [^>]*href="([^"]*)"', (folder / page).read_text())
        assert links, page
        assert not [link for link in links if link.startswith(("/", f"{MAIN}/en/"))], page
    # The picture of the new post came with it.
    after = _times(folder)
    new_files = set(after) - set(before)
    assert any(name.startswith("media/") for name in new_files)

    rewritten = {name for name in before if after.get(name) != before[name]}
    assert f"en/news/{old.slug}/index.html" not in rewritten
    assert "robots.txt" not in rewritten
    assert not any(name.endswith((".css", ".js")) for name in rewritten)
    allowed = re.compile(
        r"^(sitemap\.xml|(en|es|fa|fr)/(index\.html|titles/.*|news/(index\.html|feed/.*|page-\d+/.*)))$"
    )
    assert rewritten, "nothing was written again"
    assert all(allowed.match(name) for name in rewritten), sorted(rewritten)
    assert len(set(before) - rewritten) > len(rewritten)


def test_an_unpublished_post_leaves_the_mirror_and_no_rebuilt_list_links_to_it(mirrored):
    site_tree, folder, _old = mirrored
    post, translated = _publish_fresh_post(site_tree)
    freshness.queue_changes()
    assert (folder / f"en/news/{post.slug}/index.html").exists()

    post.unpublish()
    translated.unpublish()
    assert freshness.queue_changes() == 2

    assert not (folder / f"en/news/{post.slug}").exists()
    assert not (folder / "fa/news/tazeh").exists()
    for code in LANGUAGES:
        for name in (f"{code}/news/index.html", f"{code}/index.html", f"{code}/titles/index.html"):
            text = (folder / name).read_text()
            assert post.slug not in text and "tazeh" not in text, name
    assert "Fresh news from Lyon" not in (folder / "en/news/feed/rss/index.xml").read_text()
    assert post.slug not in (folder / "sitemap.xml").read_text()
    manifest = builder.read_manifest(folder)
    assert not [a for a in manifest["fetched"] if post.slug in a]


def test_a_deleted_post_leaves_the_mirror(mirrored):
    site_tree, folder, old = mirrored
    old.delete()
    assert freshness.queue_changes() >= 1
    assert not (folder / f"en/news/{old.slug}").exists()
    assert old.slug not in (folder / "en/news/index.html").read_text()


def test_changes_taken_by_two_clocks_at_once_are_refreshed_once(mirrored):
    site_tree, _folder, _old = mirrored
    _publish_fresh_post(site_tree)
    with mock.patch("freethem.mirror.tasks.refresh_mirror") as task:
        taken = [freshness.queue_changes(), freshness.queue_changes()]
    enqueue = task.enqueue
    assert taken == [2, 0]
    assert enqueue.call_count == 1
    (lease,) = enqueue.call_args.args
    lease = timezone.datetime.fromisoformat(lease)
    # The task handed out twice finds nothing left the second time.
    with mock.patch.object(builder.Builder, "refresh") as refreshed:
        refreshed.return_value = builder.Result(_folder)
        assert freshness.refresh(lease) == 2
        assert freshness.refresh(lease) == 0
    assert refreshed.call_count == 1


def test_a_refresh_stopped_halfway_leaves_its_changes_pending_and_the_next_one_finishes(
    mirrored,
):
    site_tree, folder, _old = mirrored
    post, _translated = _publish_fresh_post(site_tree)
    with (
        mock.patch.object(builder.Builder, "rewrite", side_effect=OSError("disk gone")),
        contextlib.suppress(OSError),
    ):
        freshness.queue_changes()
    assert MirrorChange.objects.filter(page_id=post.pk, held_until__isnull=False).exists()
    assert not (folder / f"en/news/{post.slug}/index.html").exists()
    # Held by the lost worker: nobody takes it until its lease runs out.
    assert freshness.queue_changes() == 0

    MirrorChange.objects.update(held_until=timezone.now() - timedelta(seconds=1))
    assert freshness.queue_changes() == 2
    assert MirrorChange.objects.count() == 0
    assert (folder / f"en/news/{post.slug}/index.html").exists()
    assert f'href="{post.slug}/index.html"' in (folder / "en/news/index.html").read_text()


def test_the_nightly_build_is_owed_once_a_day_and_swapped_in_whole(mirrored, tmp_path):
    _site_tree, folder, _old = mirrored
    assert freshness.owe_nightly_build() == 0  # built whole moments ago
    stray = folder / "en" / "stray.html"
    stray.write_text("left from an old build")
    tomorrow = timezone.now() + timedelta(days=1, hours=1)
    with mock.patch("django.utils.timezone.now", return_value=tomorrow):
        assert freshness.owe_nightly_build() == 1
        assert freshness.owe_nightly_build() == 0  # owed once
    assert freshness.queue_changes() == 1
    assert not stray.exists()
    assert (folder / "en/news/index.html").exists()
    assert not folder.with_name(folder.name + ".new").exists()


def test_nothing_is_recorded_when_the_site_keeps_no_mirror(db):
    with override_settings(FREETHEM_MIRROR_DIR=""):
        site_tree = build_site()
        make_post(site_tree.index)
        assert freshness.queue_changes() == 0
        assert freshness.owe_nightly_build() == 0
    assert MirrorChange.objects.count() == 0


def test_the_clock_looks_for_changes_more_than_once_a_minute_and_for_the_night_build():
    from freethem.core import jobs

    registered = {job.name: job for job in jobs.registered()}
    assert registered["mirror.refresh"].every < 60
    assert registered["mirror.nightly"].every <= 3600


def test_a_moved_post_leaves_its_old_address_and_is_found_at_its_new_one(mirrored):
    site_tree, folder, old = mirrored
    old.move(site_tree.home, pos="last-child")
    assert freshness.queue_changes() >= 1
    assert not (folder / f"en/news/{old.slug}").exists()
    assert (folder / f"en/{old.slug}/index.html").exists()
    assert old.slug not in (folder / "en/news/index.html").read_text()

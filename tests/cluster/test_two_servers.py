"""Two application servers share one site: its pages, caches and rate limits (docs/scaling.md).

Each test acts over HTTP on the servers A and B of the cluster (tests/cluster/conftest.py) and
reads what they stored in the cluster's database.
"""

import re
import time

from django.conf import settings

from freethem.appeals.models import AppealPage, Signature
from freethem.appeals.tests.factories import person
from freethem.news.models import NewsIndexPage, NewsPage
from freethem.news.tests.factories import make_post

from .conftest import logs

SAME_SITE = {"Sec-Fetch-Site": "same-origin"}


def admin_session(username):
    """A session of `username` that has given its password and second factor, as the admin's
    sign-in would leave it (freethem.accounts.tests.helpers.force_login_with_second_factor)."""
    from django.contrib.auth import (
        BACKEND_SESSION_KEY,
        HASH_SESSION_KEY,
        SESSION_KEY,
        get_user_model,
    )
    from django.contrib.sessions.backends.db import SessionStore
    from django_otp import DEVICE_ID_SESSION_KEY

    from freethem.accounts.tests.helpers import authenticator_app

    user = get_user_model().objects.get(username=username)
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session[DEVICE_ID_SESSION_KEY] = authenticator_app(user).persistent_id
    session.create()
    return session.session_key


def csrf(answer):
    """The CSRF cookie an answer set and the token its form carries."""
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', answer.text)
    return answer.cookies["csrftoken"], token.group(1)


def test_a_page_published_through_one_server_is_served_fresh_by_the_other(cluster):
    index = NewsIndexPage.objects.get(slug="news", locale__language_code="en")
    post = make_post(index, title="Vigil at the prison gate")
    path = post.url

    first = cluster.get("a", path)
    assert first.status == 200, logs(cluster)
    assert "Vigil at the prison gate" in first.text
    # Changed in the database behind the page cache's back (no purge): B still serves what A
    # rendered, so the two share one page cache.
    NewsPage.objects.filter(pk=post.pk).update(title="Changed without a purge")
    assert "Vigil at the prison gate" in cluster.get("b", path).text

    # An editor's draft, published through A's admin (its bulk "Publish" action).
    draft = NewsPage.objects.get(pk=post.pk)
    draft.title = "Vigil moved to the court"
    draft.save_revision()
    session = admin_session("moderator")
    url = f"/admin/bulk/wagtailcore/page/publish/?next=/admin/&id={post.pk}"
    confirm = cluster.get("a", url, Cookie=f"sessionid={session}")
    assert confirm.status == 200, confirm.status
    cookie, token = csrf(confirm)
    done = cluster.post(
        "a",
        url,
        {"csrfmiddlewaretoken": token},
        Cookie=f"sessionid={session}; csrftoken={cookie}",
    )
    assert done.status == 302, done.text[:2000]
    assert NewsPage.objects.get(pk=post.pk).title == "Vigil moved to the court"

    # B answers with the new title at once, well within what a shared cache may keep a page.
    published_at = time.monotonic()
    while "Vigil moved to the court" not in cluster.get("b", path).text:
        assert time.monotonic() - published_at < 5, "B kept serving the page as it was"
        time.sleep(0.1)
    assert time.monotonic() - published_at < settings.FREETHEM_SHARED_MAX_AGE


def test_the_signing_rate_limit_counts_the_signatures_of_both_servers_together(cluster):
    appeal = AppealPage.objects.get(slug="free-the-teachers")
    window, allowed = min(settings.FREETHEM_SIGN_LIMITS_IP)
    # All in one window of the limit: not across its turn.
    if window - time.time() % window < 5:
        time.sleep(window - time.time() % window + 0.1)
    statuses = []
    for n in range(allowed + 2):
        server = "ab"[n % 2]
        data = person(**{"person-name": f"Teacher {n}", "person-email": f"t{n}@limits.example"})
        answer = cluster.post(
            server,
            f"/en/appeals/{appeal.pk}/sign/",
            data,
            **SAME_SITE,
            **{"X-Real-IP": "198.51.100.20"},
        )
        statuses.append(answer.status)
    assert statuses == [303] * (allowed + 2), logs(cluster)

    signatures = Signature.objects.filter(appeal_key=appeal.translation_key).order_by("pk")
    # Each server saw only half of them: alone, neither would have held any.
    assert [s.suspect for s in signatures] == [False] * allowed + [True, True]

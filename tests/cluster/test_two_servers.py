"""Two application servers share one site: its pages, caches and rate limits (docs/scaling.md).

Each test acts over HTTP on the servers A and B of the cluster (tests/cluster/conftest.py) and
reads what they stored in the cluster's database.
"""

import io
import re
import threading
import time
from collections import Counter

from django.conf import settings
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from django_tasks_db.models import DBTaskResult
from PIL import Image
from wagtail.models import Page

from freethem.alerts import emails as alert_emails
from freethem.alerts import services as alerts
from freethem.alerts.tests.factories import make_alert, subscribers
from freethem.appeals.models import AppealPage, Signature
from freethem.appeals.tests.factories import make_appeal, person
from freethem.mobilize.models import EventIndexPage, ProposalPhoto
from freethem.mobilize.tests.proposal_factories import event_data, jpeg, upload
from freethem.news.models import NewsIndexPage, NewsPage
from freethem.news.tests.factories import make_post

from .harness import PRIVATE_BUCKET, PUBLIC_BUCKET, logs, request

SAME_SITE = {"Sec-Fetch-Site": "same-origin"}
# Two tasks of the alerts' sender (200 messages and 50): one for each worker.
READERS = 250


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


def test_signatures_sent_to_both_servers_at_once_are_each_kept_once(cluster):
    appeal = make_appeal(Page.objects.get(slug="home").specific, title="Free the nurses")
    # Nine signers, all at once, one of them twice (A and B): nine signatures.
    sends = [(f"nurse{n}@at-once.example", "ab"[n % 2]) for n in range(9)]
    sends.append(("nurse0@at-once.example", "b"))
    start = threading.Barrier(len(sends))
    statuses = {}

    def sign(n, email, server):
        data = person(**{"person-name": f"Nurse {n}", "person-email": email})
        start.wait()
        answer = cluster.post(
            server,
            f"/en/appeals/{appeal.pk}/sign/",
            data,
            **SAME_SITE,
            **{"X-Real-IP": f"198.51.100.{40 + n}"},
        )
        statuses[n] = answer.status

    threads = [
        threading.Thread(target=sign, args=(n, email, server))
        for n, (email, server) in enumerate(sends)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert list(statuses.values()) == [303] * len(sends), logs(cluster)
    signatures = Signature.objects.filter(appeal_key=appeal.translation_key)
    assert signatures.count() == 9
    assert sorted(s.email for s in signatures) == sorted({email for email, _ in sends})


def test_an_alert_sent_with_two_workers_reaches_every_subscriber_once(cluster):
    readers = subscribers(READERS)
    everyone = {reader.email for reader in readers}
    alerts.start_mailing(make_alert(subject="Visit the prison on Friday"))

    def received():
        return Counter(
            message["To"]
            for message in list(cluster.mailbox.messages)
            if message["Subject"] == "Visit the prison on Friday"
        )

    deadline = time.monotonic() + 90
    while sum(received().values()) < READERS:
        assert time.monotonic() < deadline, (sum(received().values()), logs(cluster))
        time.sleep(0.2)
    time.sleep(1)  # anything sent twice has arrived too
    assert set(received()) == everyone
    assert set(received().values()) == {1}
    # The alert's messages went out in two tasks, and each worker took one.
    sendings = DBTaskResult.objects.filter(task_path__endswith="send_emails")
    workers = [
        sending.worker_ids
        for sending in sendings
        if sending.args_kwargs["args"][0] == alert_emails.NAME
    ]
    assert len(workers) == 2
    assert {worker for ids in workers for worker in ids} == {"worker1", "worker2"}


def test_a_supporters_photo_sent_through_one_server_is_shown_to_a_moderator_by_the_other(
    cluster,
):
    index = EventIndexPage.objects.get(slug="actions")
    photo = jpeg((90, 60))
    body = encode_multipart(BOUNDARY, event_data(photos=upload(photo)))
    answer = request(
        cluster.servers["a"],
        "POST",
        f"/en/proposals/{index.pk}/event/",
        body=body,
        headers={
            "Content-Type": MULTIPART_CONTENT,
            "X-Real-IP": "198.51.100.60",
            **SAME_SITE,
        },
    )
    assert answer.status == 303, answer.text[:3000]

    stored = ProposalPhoto.objects.get()
    # In the private bucket, and nowhere a visitor could reach.
    s3 = cluster.s3()
    kept = s3.get_object(Bucket=PRIVATE_BUCKET, Key=stored.file.name)["Body"].read()
    assert Image.open(io.BytesIO(kept)).size == (90, 60)
    assert s3.list_objects_v2(Bucket=PUBLIC_BUCKET).get("KeyCount", 0) == 0
    assert not (cluster.folder / "a" / "media").exists()

    session = admin_session("moderator")
    shown = cluster.get(
        "b", reverse("proposals:photo", args=[stored.pk]), Cookie=f"sessionid={session}"
    )
    assert shown.status == 200
    assert shown.body == kept
    assert cluster.get("b", reverse("proposals:photo", args=[stored.pk])).status == 302


def test_a_server_killed_during_a_burst_of_signatures_loses_none_it_answered(cluster):
    """Last of the suite: server A stays dead."""
    appeal = make_appeal(Page.objects.get(slug="home").specific, title="Free the students")
    answered, lock, stop = {}, threading.Lock(), threading.Event()

    def sign(thread):
        n = 0
        while not stop.is_set():
            n += 1
            server = "ab"[n % 2]
            email = f"student{thread}-{n}@burst.example"
            data = person(**{"person-name": f"Student {thread} {n}", "person-email": email})
            try:
                status = cluster.post(
                    server,
                    f"/en/appeals/{appeal.pk}/sign/",
                    data,
                    **SAME_SITE,
                    **{"X-Real-IP": f"198.51.100.{100 + thread * 40 + n % 40}"},
                ).status
            except OSError:
                status = None
            with lock:
                answered[email] = (server, status)

    threads = [threading.Thread(target=sign, args=(t,)) for t in range(3)]
    for thread in threads:
        thread.start()
    try:
        deadline = time.monotonic() + 60
        while sum(1 for s, status in list(answered.values()) if s == "a" and status == 303) < 5:
            assert time.monotonic() < deadline, logs(cluster)
            time.sleep(0.05)
        cluster.kill("a")
        killed_at = len(answered)
        while len(answered) < killed_at + 10:
            assert time.monotonic() < deadline, logs(cluster)
            time.sleep(0.05)
    finally:
        stop.set()
        for thread in threads:
            thread.join()

    done = {email for email, (_server, status) in answered.items() if status == 303}
    refused = [
        email for email, (server, status) in answered.items() if server == "a" and not status
    ]
    assert refused, "A was killed while nobody was signing through it"
    assert any(server == "b" and status == 303 for server, status in answered.values())
    kept = set(
        Signature.objects.filter(appeal_key=appeal.translation_key).values_list("email", flat=True)
    )
    assert done <= kept

"""A signer turned away because every place for signing is taken gets, from nginx itself, the
form filled in again with what they typed, a message in their language, 503 and Retry-After.

Debian's nginx runs docs/nginx/freethem.conf (and busy.js) in front of the test server, with
its signing upstream pointed at a port nobody answers: nginx meets a full house on every sign
request, exactly as when `max_conns` are all taken (both end in its 502, which the site's
configuration turns into the refusal)."""

import http.client
import shutil
import sys
from urllib.parse import urlencode

import pytest
from django.core.cache import caches
from django.core.signals import request_started

from freethem.appeals.models import Signature
from freethem.appeals.tests.factories import make_appeal, person
from freethem.core.tests.processes import ROOT
from freethem.core.tests.smtp import free_port
from freethem.news.tests.factories import build_site

sys.path.insert(0, str(ROOT / "bench"))
from run import start_nginx, stop  # noqa: E402

pytestmark = pytest.mark.django_db(transaction=True)

# What an adversary would type to break out of the form, and a name in Persian.
TRICK = '"><script>alert(1)</script>'
NAME = "نسرین «آزاد» & co"


@pytest.fixture
def full_house(live_server, settings, tmp_path):
    if not shutil.which("nginx"):
        pytest.fail("nginx not found; `make test` installs it.")
    caches["default"].clear()
    settings.FREETHEM_TRUSTED_PROXIES = ["127.0.0.1"]
    port = free_port()
    app_port = int(live_server.url.rsplit(":", 1)[1])
    process = start_nginx(
        tmp_path, app_port, port, tmp_path / "nginx", signing_port=free_port(), show_cache=False
    )
    try:
        yield port
    finally:
        stop(process)


def post(port, path, fields):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    body = urlencode(fields).encode()
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    connection.request("POST", path, body=body, headers=headers)
    response = connection.getresponse()
    content = response.read().decode()
    connection.close()
    return response.status, response.headers, content


def test_a_signer_turned_away_gets_the_form_back_filled_in_from_nginx(full_house):
    appeal = make_appeal(build_site().home, goal=1000)
    asked = []

    def count(sender, environ, **kwargs):
        asked.append(environ["PATH_INFO"])

    request_started.connect(count)
    fields = person(
        **{
            "person-name": NAME,
            "person-affiliation": TRICK,
            "person-city": "Paris",
            "person-country": "IR",
            "person-email": "nasrin@example.org",
            "person-display": "initials",
            "person-wants_alerts": "on",
        }
    )
    for _attempt in range(3):  # drawn by the application, then from nginx's copy
        status, headers, html = post(full_house, f"/fa/appeals/{appeal.pk}/sign/", fields)
        assert status == 503
        assert headers["Retry-After"] == "30"
        assert headers["Cache-Control"] == "private, no-store"
        assert headers["Content-Type"].startswith("text/html")
        # The application's own headers come along: no script from anywhere but the site.
        assert "default-src 'self'" in headers["Content-Security-Policy"]
        assert 'dir="rtl"' in html and "این بار امضای شما ثبت نشد" in html
        assert 'value="نسرین «آزاد» &amp; co"' in html
        assert "<script>alert" not in html
        assert 'value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in html
        assert 'value="Paris"' in html and 'value="nasrin@example.org"' in html
        assert '<option value="IR" selected>' in html and html.count(" selected") == 1
        assert 'value="initials" checked' in html and html.count(" checked") == 2
        assert 'name="person-wants_alerts" checked' in html
        assert "\u27e6" not in html and "\u27e7" not in html
        assert f'action="/fa/appeals/{appeal.pk}/sign/"' in html
    request_started.disconnect(count)
    # The application drew the form once; nginx filled in its copy for the second signer.
    assert asked == [f"/fa/appeals/{appeal.pk}/busy/person/"]
    assert Signature.objects.count() == 0


def test_what_nginx_cannot_fill_in_gets_the_plain_busy_page(full_house):
    appeal = make_appeal(build_site().home, goal=1000, open_to="people")
    # Organizations cannot sign this appeal: there is no form of theirs to give back.
    organization = {"kind": "organization", "org-name": "A union", "org-country": "FR"}
    for path, fields in [
        (f"/es/appeals/{appeal.pk}/sign/", organization),
        (f"/es/appeals/{appeal.pk}/resend/", {"email": "nasrin@example.org"}),
        (f"/es/appeals/{appeal.pk + 1000}/sign/", person()),
    ]:
        status, headers, html = post(full_house, path, fields)
        assert status == 503 and headers["Retry-After"] == "30", path
        assert 'lang="es"' in html and 'class="sign-form"' not in html, path


def test_the_marked_form_is_for_nginx_alone(full_house):
    appeal = make_appeal(build_site().home, goal=1000)
    connection = http.client.HTTPConnection("127.0.0.1", full_house, timeout=20)
    connection.request("GET", f"/en/appeals/{appeal.pk}/busy/person/")
    assert connection.getresponse().status == 404

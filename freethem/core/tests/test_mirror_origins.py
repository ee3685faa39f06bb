"""The sign, subscribe and proposal forms are taken from this site and from the mirrors the
campaign lists, and from nowhere else; every other form keeps its own check
(freethem/core/origins.py)."""

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from wagtail.models import Site

from freethem.alerts.models import Subscriber
from freethem.appeals.models import Signature
from freethem.appeals.tests.factories import make_appeal, person
from freethem.core.models import FormOriginSettings
from freethem.core.origins import parse_mirror_origins
from freethem.mobilize.models import Proposal
from freethem.mobilize.tests.factories import make_events_index
from freethem.mobilize.tests.proposal_factories import event_data, jpeg, upload

pytestmark = pytest.mark.django_db

MIRROR = "https://mirror.example"


def cross_site(origin):
    """What a browser sends with a form posted from a page at `origin`."""
    return {"HTTP_SEC_FETCH_SITE": "cross-site", "HTTP_ORIGIN": origin}


@pytest.fixture
def mirrors(site_tree):
    settings = FormOriginSettings.for_site(Site.objects.get(is_default_site=True))
    settings.mirror_origins = f"{MIRROR}\nhttps://copy.example.net:8443"
    settings.save()
    return settings


@pytest.fixture
def appeal(site_tree):
    return make_appeal(site_tree.home)


def sign(client, appeal, language="en", **headers):
    return client.post(f"/{language}/appeals/{appeal.pk}/sign/", person(), **headers)


def test_a_signature_from_a_listed_mirror_is_taken(client, appeal, mirrors):
    response = sign(client, appeal, **cross_site(MIRROR))
    assert response.status_code == 303
    assert Signature.objects.count() == 1
    # The origin is compared as written one way: case and the default port do not matter.
    sign(client, appeal, **cross_site("HTTPS://Mirror.Example:443"))
    sign(client, appeal, **cross_site("https://copy.example.net:8443"))
    # Sent twice, or from two mirrors, one signature still.
    assert Signature.objects.count() == 1


@pytest.mark.parametrize("language", ["en", "fa"])
def test_a_signature_from_an_unlisted_origin_is_refused_in_the_readers_language(
    client, appeal, mirrors, language
):
    response = sign(client, appeal, language, **cross_site("https://evil.example"))
    assert response.status_code == 403
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    if language == "en":
        assert "This form was sent from another website" in html
    assert Signature.objects.count() == 0


@pytest.mark.parametrize(
    "origin",
    ["http://mirror.example", "https://mirror.example:8443", "https://sub.mirror.example"],
)
def test_only_the_exact_listed_origin_is_taken(client, appeal, mirrors, origin):
    assert sign(client, appeal, **cross_site(origin)).status_code == 403


def test_a_referer_names_the_origin_when_the_browser_sends_no_origin(client, appeal, mirrors):
    listed = sign(client, appeal, HTTP_REFERER=MIRROR + "/en/appeal/")
    assert listed.status_code == 303
    unlisted = sign(client, appeal, HTTP_REFERER="https://evil.example/en/appeal/")
    assert unlisted.status_code == 403


def test_a_form_the_browser_says_came_from_elsewhere_without_saying_where_is_refused(
    client, appeal, mirrors
):
    response = sign(client, appeal, HTTP_SEC_FETCH_SITE="cross-site")
    assert response.status_code == 403
    assert Signature.objects.count() == 0


def test_a_copy_opened_from_a_disk_is_taken_only_when_the_campaign_says_so(client, appeal, mirrors):
    assert sign(client, appeal, **cross_site("null")).status_code == 403
    mirrors.accept_null_origin = True
    mirrors.save()
    assert sign(client, appeal, **cross_site("null")).status_code == 303
    assert Signature.objects.count() == 1


def test_without_a_listed_mirror_other_origins_are_refused(client, appeal):
    assert sign(client, appeal, **cross_site(MIRROR)).status_code == 403
    assert sign(client, appeal, **cross_site("null")).status_code == 403
    # This site's own pages still send it.
    own = {"HTTP_SEC_FETCH_SITE": "same-origin", "HTTP_ORIGIN": "http://testserver"}
    assert sign(client, appeal, **own).status_code == 303


def test_a_subscription_from_a_listed_mirror_is_taken_and_one_from_elsewhere_refused(
    client, mirrors
):
    form = {"email": "leila@example.org", "language": "fa", "consent": "on"}
    refused = client.post("/fa/alerts/", form, **cross_site("https://evil.example"))
    assert refused.status_code == 403
    assert 'lang="fa"' in refused.content.decode()
    assert Subscriber.objects.count() == 0
    for _twice in range(2):
        assert client.post("/en/alerts/", form, **cross_site(MIRROR)).status_code == 200
    assert Subscriber.objects.count() == 1


def test_a_proposal_from_a_listed_mirror_is_taken_once_though_its_form_is_a_frozen_copy(
    client, site_tree, mirrors
):
    index = make_events_index(site_tree.home)
    url = f"/en/proposals/{index.pk}/event/"
    # A static copy hands every visitor the same key; two visitors' proposals are two.
    frozen = "0123456789abcdef0123456789abcdef"
    first = event_data(submission=frozen)
    second = event_data(submission=frozen, title="Another vigil", city="Paris")
    with_photo = event_data(submission=frozen, title="With a photo")
    for data in (first, first, second, second):
        assert client.post(url, data, **cross_site(MIRROR)).status_code == 303
    for _twice in range(2):
        data = {**with_photo, "photos": [upload(jpeg())]}
        assert client.post(url, data, **cross_site(MIRROR)).status_code == 303
    assert sorted(Proposal.objects.values_list("title", flat=True)) == [
        "Another vigil",
        "Vigil for the prisoners of Evin",
        "With a photo",
    ]
    refused = client.post(url, event_data(), **cross_site("https://evil.example"))
    assert refused.status_code == 403
    assert Proposal.objects.count() == 3


def test_forms_that_are_not_for_mirrors_keep_their_own_check(client, appeal, mirrors):
    # Resending a confirmation email is for this site's pages only.
    response = client.post(
        f"/en/appeals/{appeal.pk}/resend/", {"email": "a@example.org"}, **cross_site(MIRROR)
    )
    assert response.status_code == 403


def test_the_admin_still_needs_its_csrf_token_from_a_listed_mirror(site_tree, mirrors):
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        "/admin/login/", {"username": "a", "password": "b"}, **cross_site(MIRROR)
    )
    assert response.status_code == 403


def test_listed_mirrors_are_https_origins_written_one_way():
    assert parse_mirror_origins(" HTTPS://Mirror.Example/ \n\nhttps://a.example:8443\n") == [
        "https://mirror.example",
        "https://a.example:8443",
    ]
    for wrong in (
        "http://mirror.example",
        "mirror.example",
        "https://mirror.example/path",
        "https://user@mirror.example",
        "https://mirror.example/?q=1",
        "null",
    ):
        with pytest.raises(ValidationError):
            parse_mirror_origins(wrong)


def test_the_setting_refuses_a_line_that_is_not_an_https_origin(site_tree):
    settings = FormOriginSettings.for_site(Site.objects.get(is_default_site=True))
    settings.mirror_origins = "https://mirror.example\nftp://files.example"
    with pytest.raises(ValidationError) as raised:
        settings.full_clean()
    assert "ftp://files.example" in str(raised.value.message_dict["mirror_origins"])
    settings.mirror_origins = "HTTPS://Mirror.Example/"
    settings.full_clean()
    assert settings.mirror_origins == "https://mirror.example"


def test_editors_with_the_permission_edit_the_list_in_the_admin(site_tree, admin_client):
    site = Site.objects.get(is_default_site=True)
    url = f"/admin/settings/core/formoriginsettings/{site.pk}/"
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url, {"mirror_origins": "mirror.example"})
    assert response.status_code == 200
    assert "https://mirror.example" in response.content.decode()  # the message says how
    admin_client.post(url, {"mirror_origins": MIRROR, "accept_null_origin": "on"})
    saved = FormOriginSettings.for_site(site)
    assert saved.mirror_origins == MIRROR and saved.accept_null_origin

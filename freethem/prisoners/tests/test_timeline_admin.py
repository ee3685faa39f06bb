"""An editor updates a profile in the admin: published timeline events stay as written."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from freethem.prisoners import vocabulary as v
from freethem.prisoners.models import PrisonerCase, PrisonerPage, TimelineEvent

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return user


def _form_values(raw):
    if isinstance(raw, dict):
        return {key: _form_values(value) for key, value in raw.items() if value is not False}
    if raw is True:
        return "on"
    return "" if raw is None else raw


def stream_data(name, stream):
    """A StreamField as the admin's form posts it (the admin draws streams with JavaScript, so
    they are not in the page's HTML)."""
    items = [
        (child.block_type, _form_values(child.block.get_prep_value(child.value)))
        for child in stream
    ]
    return nested_form_data({name: streamfield(items)})


def edit_form(client, page):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = client.get(url)
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    page = page.get_latest_revision_as_object()
    data.update(stream_data("recognitions", page.recognitions))
    data.update(stream_data("sources", page.sources))
    for i in range(int(data["cases-TOTAL_FORMS"])):
        case = PrisonerCase.objects.get(pk=data[f"cases-{i}-id"])
        data.update(stream_data(f"cases-{i}-charges", case.charges))
        data.update(stream_data(f"cases-{i}-sentences", case.sentences))
    for i in range(int(data["events-TOTAL_FORMS"])):
        event = TimelineEvent.objects.get(pk=data[f"events-{i}-id"])
        data.update(stream_data(f"events-{i}-sources", event.sources))
    return url, data


def event_prefix(data, kind):
    for key, value in data.items():
        if key.startswith("events-") and key.endswith("-kind") and value == kind:
            return key[: -len("kind")]
    raise AssertionError(kind)


def publish_form(client, url, data):
    data["action-publish"] = "action-publish"
    return client.post(url, data)


def test_the_form_round_trips_unchanged(client, editor, toomaj):
    url, data = edit_form(client, toomaj)
    response = publish_form(client, url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert PrisonerPage.objects.get(pk=toomaj.pk).status == v.DEATH_SENTENCE


def test_a_published_event_cannot_be_rewritten(client, editor, toomaj):
    url, data = edit_form(client, toomaj)
    prefix = event_prefix(data, "sentenced")
    data[prefix + "status"] = v.RELEASED
    data[prefix + "date"] = "2023-08-01"
    response = publish_form(client, url, data)
    assert response.status_code == 200
    assert "is kept as it was written" in response.content.decode()
    assert PrisonerPage.objects.get(pk=toomaj.pk).status == v.DEATH_SENTENCE


def test_a_published_event_cannot_be_deleted(client, editor, toomaj):
    url, data = edit_form(client, toomaj)
    data[event_prefix(data, "sentenced") + "DELETE"] = "1"
    response = publish_form(client, url, data)
    assert response.status_code == 200
    assert "cannot be deleted" in response.content.decode()
    assert toomaj.events.count() == 2


def test_verification_changes_and_retraction_are_allowed(client, editor, toomaj):
    url, data = edit_form(client, toomaj)
    prefix = event_prefix(data, "sentenced")
    data[prefix + "verification"] = v.CONFIRMED
    response = publish_form(client, url, data)
    assert response.status_code == 302
    page = PrisonerPage.objects.get(pk=toomaj.pk)
    assert page.confirmed_status == v.DEATH_SENTENCE

    url, data = edit_form(client, page)
    data[event_prefix(data, "sentenced") + "retracted"] = "on"
    assert publish_form(client, url, data).status_code == 302
    assert PrisonerPage.objects.get(pk=toomaj.pk).status == v.DETAINED


def test_a_new_event_changes_the_status(client, editor, toomaj):
    url, data = edit_form(client, toomaj)
    n = int(data["events-TOTAL_FORMS"])
    data.update(
        {
            "events-TOTAL_FORMS": str(n + 1),
            f"events-{n}-date": "2024-01-15",
            f"events-{n}-date_precision": "day",
            f"events-{n}-kind": "released",
            f"events-{n}-status": v.RELEASED,
            f"events-{n}-release_reason": "bail",
            f"events-{n}-verification": v.CONFIRMED,
            f"events-{n}-note": "Freed on bail after a campaign.",
            f"events-{n}-sources-count": "0",
            f"events-{n}-ORDER": str(n + 1),
            f"events-{n}-id": "",
            f"events-{n}-DELETE": "",
        }
    )
    response = publish_form(client, url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = PrisonerPage.objects.get(pk=toomaj.pk)
    assert (page.status, page.release_reason, page.at_risk) == (v.RELEASED, "bail", False)
    assert page.events.get(kind="released").recorded_at.date() >= datetime.date(2024, 1, 15)

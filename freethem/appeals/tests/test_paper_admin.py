"""Omid enters the sheets collected at a vigil through the admin, and reads the report."""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from freethem.appeals import services
from freethem.appeals.admin_views import PAPER_URL_NAME
from freethem.appeals.models import PaperBatch, Signature
from freethem.appeals.tests.factories import make_appeal

pytestmark = pytest.mark.django_db

SHEET = (
    b"name,affiliation,city,country,email,show_name\n"
    b"Ana Example,teacher,Cali,CO,ana@example.org,yes\n"
    b",,Cali,CO,,yes\n"
    b"Luis Example,,Cali,Colombia,,\n"
)


@pytest.fixture
def appeal(site_tree):
    return make_appeal(site_tree.home, title="Free the poets")


@pytest.fixture
def moderator(client):
    user = get_user_model().objects.create_superuser("omid", "omid@example.org", "pw")
    client.force_login(user)
    return user


def upload(client, appeal, content=SHEET, name="vigil.csv"):
    return client.post(
        reverse(PAPER_URL_NAME),
        {
            "appeal": appeal.pk,
            "file": SimpleUploadedFile(name, content, content_type="text/csv"),
            "collected_at": "Vigil in Cali",
            "collected_on": "2023-05-21",
        },
        follow=True,
    )


def test_an_upload_enters_rows_and_reports_the_rest(client, moderator, appeal):
    response = upload(client, appeal)
    html = response.content.decode()
    assert response.status_code == 200
    assert "2 accepted, 1 rejected" in html
    batch = PaperBatch.objects.get()
    assert (batch.collected_at, batch.uploaded_by) == ("Vigil in Cali", "omid")
    assert set(Signature.objects.values_list("name", "source")) == {
        ("Ana Example", "paper"),
        ("Luis Example", "paper"),
    }
    # Counted at once; the name left without consent is counted but not shown.
    assert services.read_tally(appeal.translation_key)["total"] == 2
    listing = client.get(appeal.url + "signers/").content.decode()
    assert "Ana Example" in listing and "Luis Example" not in listing


def test_the_same_file_twice_is_entered_once(client, moderator, appeal):
    upload(client, appeal)
    response = upload(client, appeal)
    assert "already entered" in response.content.decode()
    assert PaperBatch.objects.count() == 1
    assert Signature.objects.count() == 2


def test_a_file_that_cannot_be_read_leaves_a_report_and_no_signature(client, moderator, appeal):
    response = upload(client, appeal, content="name;país\nJosé;CO\n".encode("latin-1"))
    assert response.status_code == 200
    assert "whole file" in response.content.decode()
    assert Signature.objects.count() == 0
    assert PaperBatch.objects.get().accepted == 0


def test_a_form_without_a_file_is_explained(client, moderator, appeal):
    response = client.post(reverse(PAPER_URL_NAME), {"appeal": appeal.pk})
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert PaperBatch.objects.count() == 0


def test_editors_without_the_permission_cannot_upload(client, appeal):
    editor = get_user_model().objects.create_user("editor", password="pw")
    from django.contrib.auth.models import Permission

    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    response = upload(client, appeal)
    assert PaperBatch.objects.count() == 0
    assert response.redirect_chain and response.redirect_chain[0][0] == reverse("wagtailadmin_home")

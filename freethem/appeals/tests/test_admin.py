"""A moderator in the Wagtail admin: reads signatures, stops a flood, vouches for held signers."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse
from wagtail.models import PageLogEntry

from freethem.appeals import services
from freethem.appeals.admin_views import FLOOD_URL_NAME, SIGNATURES_VIEWSET
from freethem.appeals.models import Signature
from freethem.appeals.tests.factories import make_appeal

pytestmark = pytest.mark.django_db

FLOOD_URL = reverse(FLOOD_URL_NAME)
LIST_URL = reverse(f"{SIGNATURES_VIEWSET}:index")


@pytest.fixture
def appeal(site_tree):
    return make_appeal(site_tree.home, title="Free the poets")


@pytest.fixture
def moderator(client):
    user = get_user_model().objects.create_superuser("moderator", "mod@example.org", "pw")
    client.force_login(user)
    return user


def signed(appeal, name, email, ip="203.0.113.1", confirm=True):
    data = {"name": name, "country": "FR", "email": email}
    signature = services.sign_appeal(appeal=appeal, data=data, ip=ip).signature
    if confirm:
        services.confirm_signature(signature)
    return signature


@pytest.fixture
def flood(appeal):
    """Two real signers and three from a domain that exists only to sign."""
    real = [
        signed(appeal, "Shirin Real", "shirin@example.org", ip="198.51.100.1"),
        signed(appeal, "Reza Real", "reza@university.example", ip="198.51.100.2"),
    ]
    bots = [
        signed(appeal, f"Bot Number{n}", f"bot{n}@spam.example", ip=f"192.0.2.{n}")
        for n in range(3)
    ]
    services.tally_signatures()
    assert services.read_tally(appeal.translation_key)["total"] == 5
    return real, bots


def refused(response):
    """Wagtail's answer to a signed-in user without the permission: back to the dashboard."""
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def statuses(signatures):
    return {Signature.objects.get(pk=s.pk).status for s in signatures}


def test_the_listing_shows_names_and_never_addresses(client, moderator, appeal, flood):
    real, bots = flood
    response = client.get(LIST_URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Shirin Real" in html and "Bot Number2" in html
    assert "Free the poets" in html  # the appeal's title, as a column and a filter
    for signature in real + bots:
        assert signature.email not in html

    filtered = client.get(LIST_URL, {"email_domain": "SPAM.example"}).content.decode()
    assert "Bot Number0" in filtered and "Shirin Real" not in filtered
    by_appeal = client.get(LIST_URL, {"appeal_key": str(appeal.translation_key)})
    assert "Reza Real" in by_appeal.content.decode()
    searched = client.get(LIST_URL, {"q": "shirin"}).content.decode()
    assert "Shirin Real" in searched and "Bot Number0" not in searched
    results = client.get(reverse(f"{SIGNATURES_VIEWSET}:index_results")).content.decode()
    assert "Shirin Real" in results
    for signature in real + bots:
        assert signature.email not in results and signature.email_hash not in results


def test_the_edit_form_alone_shows_the_address(client, moderator, flood):
    real, _bots = flood
    html = client.get(reverse(f"{SIGNATURES_VIEWSET}:edit", args=[real[0].pk])).content.decode()
    assert "shirin@example.org" in html


def test_nobody_adds_signatures_from_the_admin(client, moderator, flood):
    assert refused(client.get(reverse(f"{SIGNATURES_VIEWSET}:add")))
    assert reverse(f"{SIGNATURES_VIEWSET}:add") not in client.get(LIST_URL).content.decode()


def test_a_signer_found_by_email_is_erased_in_one_action_with_their_count(
    client, moderator, appeal, flood
):
    real, _bots = flood
    # The request comes by email: the address finds the signature without being shown.
    found = client.get(LIST_URL, {"email": "Shirin@Example.org"}).content.decode()
    assert "Shirin Real" in found and "Reza Real" not in found and "shirin@" not in found
    delete = reverse(f"{SIGNATURES_VIEWSET}:delete", args=[real[0].pk])
    confirm = client.get(delete).content.decode()
    assert "Shirin Real" not in confirm  # the page names the signature by number
    response = client.post(delete)
    assert response.status_code == 302
    assert not Signature.objects.filter(pk=real[0].pk).exists()
    tally = services.read_tally(appeal.translation_key)
    assert tally["total"] == 4 and tally["by_country"] == {"FR": 4}
    # The count stays right when the tally job runs again, and the audit log keeps no name.
    services.tally_signatures()
    assert services.read_tally(appeal.translation_key)["total"] == 4
    from wagtail.models import ModelLogEntry

    entry = ModelLogEntry.objects.get(action="wagtail.delete")
    assert entry.label == f"Signature {real[0].pk}"


def test_erasing_an_uncounted_signature_leaves_the_count(client, moderator, appeal, flood):
    pending = signed(appeal, "Not Yet", "notyet@example.org", confirm=False)
    services.tally_signatures()
    client.post(reverse(f"{SIGNATURES_VIEWSET}:delete", args=[pending.pk]))
    assert not Signature.objects.filter(pk=pending.pk).exists()
    assert services.read_tally(appeal.translation_key)["total"] == 5


def test_a_hidden_name_leaves_the_list_but_not_the_count(client, moderator, appeal, flood):
    real, _bots = flood
    edit = reverse(f"{SIGNATURES_VIEWSET}:edit", args=[real[1].pk])
    form = {
        "status": "confirmed",
        "hidden_by_moderator": "on",
        "notable_description": "",
    }
    assert client.post(edit, form).status_code == 302
    public = Client().get(appeal.url + "signers/").content.decode()
    assert "Reza Real" not in public and "Shirin Real" in public
    assert services.read_tally(appeal.translation_key)["total"] == 5


def test_exports_need_their_own_permission_and_defuse_formulas(client, moderator, appeal):
    signed(appeal, '=HYPERLINK("http://evil.example")', "formula@example.org")
    response = client.get(LIST_URL, {"export": "csv"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    assert "formula@example.org" in body and "Free the poets" in body
    assert "'=HYPERLINK" in body
    assert "export=csv" in client.get(LIST_URL).content.decode()

    # A moderator who may change signatures but not export them gets neither file nor button.
    mod = get_user_model().objects.create_user("mod2", "m2@example.org", "pw")
    group = Group.objects.create(name="Moderators only")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="change_signature"),
    )
    mod.groups.add(group)
    client.force_login(mod)
    assert client.get(LIST_URL, {"export": "csv"}).status_code in (302, 403)
    listing = client.get(LIST_URL)
    assert listing.status_code == 200 and "export=csv" not in listing.content.decode()


def test_the_menu_leads_to_the_listing_and_the_flood_page(client, moderator):
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert LIST_URL in html and FLOOD_URL in html


def test_only_moderators_reach_signatures(client, appeal, flood):
    # Anonymous visitors and people without admin access are sent to the login page.
    login = reverse("wagtailadmin_login")
    assert client.get(FLOOD_URL)["Location"].startswith(login)
    outsider = get_user_model().objects.create_user("outsider", "o@example.org", "pw")
    client.force_login(outsider)
    assert client.get(FLOOD_URL)["Location"].startswith(login)

    # An editor with admin access but not the right to change signatures is refused.
    editor = get_user_model().objects.create_user("editor", "e@example.org", "pw")
    editors = Group.objects.create(name="Editors only")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(editors)
    client.force_login(editor)
    assert refused(client.get(FLOOD_URL))
    post = {"appeal": str(appeal.translation_key), "domain": "spam.example"}
    assert refused(client.post(FLOOD_URL, {**post, "action": "invalidate"}))
    assert refused(client.get(LIST_URL))
    # Asked by script, the same refusal is a plain 403.
    ajax = client.get(FLOOD_URL, headers={"x-requested-with": "XMLHttpRequest"})
    assert ajax.status_code == 403
    assert FLOOD_URL not in client.get(reverse("wagtailadmin_home")).content.decode()
    assert Signature.objects.filter(status=Signature.INVALIDATED).count() == 0

    # Given the permission, the same editor moderates.
    editors.permissions.add(Permission.objects.get(codename="change_signature"))
    editor = get_user_model().objects.get(pk=editor.pk)  # forget the cached permissions
    client.force_login(editor)
    assert client.get(FLOOD_URL).status_code == 200
    assert client.get(LIST_URL).status_code == 200


def test_the_preview_counts_what_would_be_invalidated(client, moderator, appeal, flood):
    query = {"appeal": str(appeal.translation_key), "domain": "@Spam.Example", "preview": "1"}
    response = client.get(FLOOD_URL, query)
    html = response.content.decode()
    assert response.status_code == 200
    assert "3 signatures match" in html
    assert "Invalidate 3 signatures" in html
    assert "Bot Number1" in html and "Shirin Real" not in html
    assert "spam.example" in html and "bot0@spam.example" not in html
    # Previewing changes nothing.
    assert statuses(flood[1]) == {Signature.CONFIRMED}


def test_the_preview_button_sends_back_what_was_previewed(client, moderator, appeal, flood):
    real, bots = flood
    query = {
        "appeal": str(appeal.translation_key),
        "domain": "spam.example",
        "since": "2000-01-01 00:00",
        "preview": "1",
    }
    html = client.get(FLOOD_URL, query).content.decode()
    confirm = html[html.index('<form method="post"') :]
    confirm = confirm[: confirm.index("</form>")]
    fields = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', confirm))
    assert fields["appeal"] == str(appeal.translation_key)
    assert fields["since"] == "2000-01-01 00:00"
    response = client.post(FLOOD_URL, {**fields, "action": "invalidate"})
    assert response.status_code == 302
    assert statuses(bots) == {Signature.INVALIDATED}
    assert statuses(real) == {Signature.CONFIRMED}


def test_the_flood_page_lists_who_signed_most_today(client, moderator, appeal, flood):
    html = client.get(FLOOD_URL, {"appeal": str(appeal.translation_key)}).content.decode()
    assert "spam.example" in html and "university.example" in html
    assert services.hash_ip("192.0.2.1")[:16] in html
    assert "bot1@spam.example" not in html


def test_invalidating_a_domain_takes_its_signatures_off_the_count(client, moderator, appeal, flood):
    real, bots = flood
    post = {"appeal": str(appeal.translation_key), "domain": "spam.example", "action": "invalidate"}
    response = client.post(FLOOD_URL, post, follow=True)
    assert response.status_code == 200
    assert "3 signatures invalidated." in response.content.decode()
    assert statuses(bots) == {Signature.INVALIDATED}
    assert statuses(real) == {Signature.CONFIRMED}
    assert services.read_tally(appeal.translation_key)["total"] == 2
    entry = PageLogEntry.objects.get(action="freethem.signatures.invalidate")
    assert entry.page_id == appeal.pk and entry.data["count"] == 3
    assert entry.user_id == moderator.pk

    # Sending the same form again (a double click) changes nothing more.
    again = client.post(FLOOD_URL, post, follow=True).content.decode()
    assert "0 signatures invalidated." in again
    assert services.read_tally(appeal.translation_key)["total"] == 2


def test_a_form_without_a_criterion_is_explained_and_changes_nothing(
    client, moderator, appeal, flood
):
    post = {"appeal": str(appeal.translation_key), "action": "invalidate"}
    response = client.post(FLOOD_URL, post)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Give at least one of an email domain, a hashed IP address or a time" in html
    assert "Nothing was changed" in html
    assert Signature.objects.filter(status=Signature.INVALIDATED).count() == 0
    assert services.read_tally(appeal.translation_key)["total"] == 5

    preview = client.get(FLOOD_URL, {"appeal": str(appeal.translation_key), "preview": "1"})
    assert "Give at least one of" in preview.content.decode()

    bad = {**post, "ip_hash": "not-a-hash", "until": "2020-01-01 00:00"}
    html = client.post(FLOOD_URL, bad).content.decode()
    assert "A hashed IP address is 64 characters" in html
    assert Signature.objects.filter(status=Signature.INVALIDATED).count() == 0


def test_clearing_held_signatures_lets_them_count(client, moderator, appeal, settings):
    settings.FREETHEM_SIGN_LIMITS_IP = [(60, 2), (3600, 100)]
    crowd = [
        signed(appeal, f"Crowd Member{n}", f"c{n}@example.net", ip="192.0.2.50") for n in range(4)
    ]
    other = signed(appeal, "Elsewhere Held", "h@example.com", ip="192.0.2.99")
    Signature.objects.filter(pk=other.pk).update(suspect=True)
    services.tally_signatures()
    assert Signature.objects.filter(suspect=True).count() == 3
    assert services.read_tally(appeal.translation_key)["total"] == 2

    ip_hash = services.hash_ip("192.0.2.50")
    query = {"appeal": str(appeal.translation_key), "ip_hash": ip_hash.upper(), "preview": "1"}
    assert "Clear 2 held signatures" in client.get(FLOOD_URL, query).content.decode()

    post = {"appeal": str(appeal.translation_key), "ip_hash": ip_hash, "action": "clear"}
    html = client.post(FLOOD_URL, post, follow=True).content.decode()
    assert "2 held signatures cleared" in html
    assert not Signature.objects.filter(pk__in=[s.pk for s in crowd], suspect=True).exists()
    assert Signature.objects.get(pk=other.pk).suspect  # another address: still held
    assert statuses(crowd) == {Signature.CONFIRMED}
    assert services.read_tally(appeal.translation_key)["total"] == 4


def test_a_notable_signer_heads_the_public_list(client, moderator, appeal, flood):
    real, _bots = flood
    reza = real[1]
    edit = reverse(f"{SIGNATURES_VIEWSET}:edit", args=[reza.pk])
    form = {
        "status": Signature.CONFIRMED,
        "notable": "on",
        "notable_description": "Nobel laureate in physics",
    }
    response = client.post(edit, form)
    assert response.status_code == 302
    reza.refresh_from_db()
    assert reza.notable and reza.notable_description == "Nobel laureate in physics"
    assert reza.email == "reza@university.example"  # read-only on the form: kept

    html = Client().get(appeal.url + "signers/").content.decode()
    notable = html.index("Nobel laureate in physics")
    assert html.index("Reza Real") < notable < html.index("Shirin Real")
    assert html.index("Reza Real") < html.index("Bot Number2")


def test_a_moderator_invalidates_and_confirms_one_signature(client, moderator, appeal):
    pending = signed(appeal, "Pending Person", "p@example.org", confirm=False)
    confirmed = signed(appeal, "Single Bot", "x@example.org")
    services.tally_signatures()
    assert services.read_tally(appeal.translation_key)["total"] == 1

    edit = reverse(f"{SIGNATURES_VIEWSET}:edit", args=[confirmed.pk])
    assert client.post(edit, {"status": Signature.INVALIDATED}).status_code == 302
    assert services.read_tally(appeal.translation_key)["total"] == 0

    # Confirmed by hand (say, by phone): dated, so it takes its place in the signers' list.
    edit = reverse(f"{SIGNATURES_VIEWSET}:edit", args=[pending.pk])
    assert client.post(edit, {"status": Signature.CONFIRMED}).status_code == 302
    pending.refresh_from_db()
    assert pending.confirmed_at is not None
    assert services.read_tally(appeal.translation_key)["total"] == 1
    assert "Pending Person" in Client().get(appeal.url + "signers/").content.decode()

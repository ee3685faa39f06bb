"""Taking over the admin, which holds supporters' data: each attack we know of, and that it fails.

A password is not enough to reach anything behind the admin's login; guessing passwords is cut
short per account and per (hashed) client; sessions end after a day of inactivity and on a
change of password; who changed users and who took signers' data out stays in the audit log.
"""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

PASSWORD = "a long and right password"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.org", PASSWORD)


def sign_in_with_password(client, username, password, **extra):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password, "next": reverse("wagtailadmin_home")},
        **extra,
    )


def logged_in(client):
    return "_auth_user_id" in client.session


def test_two_hundred_wrong_passwords_lock_the_account_even_for_the_right_one(client, editor):
    for attempt in range(200):
        sign_in_with_password(client, "editor", f"wrong guess {attempt}")
    response = sign_in_with_password(client, "editor", PASSWORD)
    assert not logged_in(client)
    assert response.status_code == 429
    assert client.get(reverse("wagtailadmin_home")).status_code == 302


def test_a_password_alone_reaches_no_admin_view(client, editor):
    response = sign_in_with_password(client, "editor", PASSWORD)
    assert response.status_code == 302
    home = client.get(reverse("wagtailadmin_home"))
    assert home.status_code == 302
    assert "/login/" not in home["Location"]  # sent on to the second step, not back

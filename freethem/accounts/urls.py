"""The second factor's addresses, under the admin's (see wagtail_hooks.py)."""

from django.urls import include, path

from . import views

urlpatterns = [
    path("", views.verify, name="second_factor_verify"),
    path("setup/", views.setup, name="second_factor_setup"),
    path("codes/", views.recovery_codes, name="second_factor_codes"),
    path("codes/new/", views.new_codes, name="second_factor_new_codes"),
    path("manage/", views.manage, name="second_factor_manage"),
    path(
        "passkeys/<int:passkey_id>/remove/",
        views.remove_passkey,
        name="second_factor_remove_passkey",
    ),
    # django-otp-webauthn's endpoints, used by its scripts: adding a passkey, and signing in
    # with one as the second step.
    path("passkeys/", include("django_otp_webauthn.urls", namespace="otp_webauthn")),
]

"""`manage.py check_mail_setup` says what is wrong with the mail settings, and nothing when
all is right."""

import pytest
from django.core.management import CommandError, call_command


def test_a_setup_left_at_its_defaults_is_named_wrong_point_by_point(settings, capsys):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
    settings.DEFAULT_FROM_EMAIL = "campaign@localhost"
    settings.FREETHEM_REPLY_TO = ""
    with pytest.raises(CommandError):
        call_command("check_mail_setup", "campaign.example", "--strict")
    printed = capsys.readouterr().out
    for wrong in ("!! From:", "!! Reply-To:", "!! Greeting (EHLO)", "!! Bounces come back"):
        assert wrong in printed


def test_a_complete_setup_has_nothing_to_fix(settings, capsys):
    settings.WAGTAILADMIN_BASE_URL = "https://campaign.example"
    settings.DEFAULT_FROM_EMAIL = "alerts@campaign.example"
    settings.FREETHEM_SENDER_NAME = "Free Them All"
    settings.FREETHEM_SENDER_NAMES = {"fa": "آزادشان کنید"}
    settings.FREETHEM_REPLY_TO = "team@campaign.example"
    settings.FREETHEM_BOUNCE_ADDRESS = "bounces@campaign.example"
    settings.EMAIL_BACKEND = "freethem.core.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS = "relay.example", 587, True
    call_command("check_mail_setup", "--strict")
    printed = capsys.readouterr().out
    assert "!!" not in printed
    assert "From in فارسی: =?utf-8?" in printed or "From in فارسی: آزادشان کنید" in printed
    assert '_dmarc.campaign.example. TXT "v=DMARC1; p=none;' in printed
    assert "bounces+<token>@campaign.example" in printed

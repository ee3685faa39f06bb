"""The error page speaks every site language, each in its own direction, from the settings."""

import re

from django.conf import settings
from django.test import RequestFactory, override_settings

from freethem.core.views import server_error


def test_the_error_page_says_it_in_every_site_language_each_in_its_direction():
    html = server_error(RequestFactory().get("/fa/")).content.decode()
    assert '<html lang="en" dir="ltr">' in html
    assert "<h1>Something went wrong on our side</h1>" in html
    assert '<p lang="fa" dir="rtl">مشکلی در سمت ما پیش آمد.' in html
    assert '<p lang="es" dir="ltr">Algo falló de nuestro lado.' in html
    assert len(re.findall(r"<p lang=", html)) == len(settings.LANGUAGES) - 1


@override_settings(
    LANGUAGES=[*settings.LANGUAGES, ("ar", "العربية")],
    LANGUAGES_BIDI=[*settings.LANGUAGES_BIDI, "ar"],
)
def test_a_language_added_to_the_settings_is_on_the_error_page():
    html = server_error(RequestFactory().get("/")).content.decode()
    assert '<p lang="ar" dir="rtl">' in html

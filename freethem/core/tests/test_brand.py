"""The brand settings: colours that fail WCAG AA are refused, logos are made safe, and what is
saved reaches every page through the brand stylesheet."""

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from wagtail.models import Site

from freethem.core import brand
from freethem.core.models import BrandSettings

pytestmark = pytest.mark.django_db

SAFE_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/'
    b'inkscape" viewBox="0 0 40 10" inkscape:version="1.3"><title>Free them</title>'
    b'<rect width="40" height="10" fill="#a4161a"/><path d="M1 1h8v8H1z" style="fill:#fff"/>'
    b"</svg>"
)


@pytest.fixture
def admin(client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def edit_url(site):
    return f"/admin/settings/core/brandsettings/{site.pk}/"


def form_data(**changes):
    data = {
        "name": "",
        "short_name": "",
        "accent_colour": brand.DEFAULT_ACCENT,
        "header_colour": brand.DEFAULT_HEADER,
        "footer_colour": brand.DEFAULT_FOOTER,
        "footer_text": "",
        "contact_email": "",
        "social_links": "",
        "names-TOTAL_FORMS": "0",
        "names-INITIAL_FORMS": "0",
        "names-MIN_NUM_FORMS": "0",
        "names-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return data


def test_contrast_ratio_is_wcag_s():
    assert round(brand.contrast_ratio("#000000", "#ffffff"), 1) == 21.0
    assert round(brand.contrast_ratio("#777777", "#ffffff"), 2) == 4.48
    assert brand.contrast_ratio("#a4161a", "#ffffff") > 4.5


def test_an_accent_colour_that_white_button_text_cannot_be_read_on_is_refused():
    settings = BrandSettings(accent_colour="#ff8080")
    with pytest.raises(ValidationError) as refused:
        settings.full_clean(exclude=["site"])
    message = " ".join(refused.value.message_dict["accent_colour"])
    assert "#ff8080" in message
    assert "4.5:1" in message


def test_the_refusal_is_written_in_the_editor_s_language():
    with translation.override("fr"):
        settings = BrandSettings(header_colour="#cccccc")
        with pytest.raises(ValidationError) as refused:
            settings.full_clean(exclude=["site"])
    message = " ".join(refused.value.message_dict["header_colour"])
    assert "contraste" in message


def test_a_colour_that_is_not_a_colour_is_refused_with_how_to_write_one():
    settings = BrandSettings(footer_colour="beige")
    with pytest.raises(ValidationError) as refused:
        settings.full_clean(exclude=["site"])
    assert "#" in " ".join(refused.value.message_dict["footer_colour"])


def test_the_admin_refuses_a_failing_colour_and_says_why(admin, site_tree):
    site = Site.objects.get(is_default_site=True)
    response = admin.post(edit_url(site), form_data(accent_colour="#f4a4a4"))
    assert response.status_code == 200
    assert "WCAG AA" in response.content.decode()
    assert not BrandSettings.objects.filter(site=site, accent_colour="#f4a4a4").exists()


def test_a_passing_colour_is_accepted_and_reaches_the_stylesheet_every_page_names(admin, site_tree):
    site = Site.objects.get(is_default_site=True)
    before = admin.get("/en/").content.decode()
    response = admin.post(edit_url(site), form_data(accent_colour="#1D4ED8"))
    assert response.status_code == 302
    saved = BrandSettings.objects.get(site=site)
    assert saved.accent_colour == "#1d4ed8"
    admin.logout()
    page = admin.get("/en/").content.decode()
    stylesheet = f"/brand/{saved.version}.css"
    assert stylesheet in page
    assert stylesheet not in before
    css = admin.get(stylesheet)
    assert css["Content-Type"].startswith("text/css")
    assert "--accent: #1d4ed8;" in css.content.decode()
    assert "immutable" in css["Cache-Control"]
    assert "max-age=31536000" in css["Cache-Control"]


def test_with_nothing_set_the_stylesheet_gives_today_s_colours(client, site_tree):
    page = client.get("/en/").content.decode()
    assert f"/brand/{brand.DEFAULTS['version']}.css" in page
    css = client.get(f"/brand/{brand.DEFAULTS['version']}.css").content.decode()
    assert f"--accent: {brand.DEFAULT_ACCENT};" in css
    assert f"--brand-header: {brand.DEFAULT_HEADER};" in css


@pytest.mark.parametrize(
    "svg",
    [
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1"/></svg>',
        b'<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"><rect/></a></svg>',
        b'<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>x</p></foreignObject></svg>',
        b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink">'
        b'<use x:href="https://tracker.example/a.svg#a"/></svg>',
        b'<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:url(https://t.example/)"/></svg>',
        b'<svg xmlns="http://www.w3.org/2000/svg"><image href="https://t.example/p.png"/></svg>',
        b'<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(//t.example/c.css)</style>'
        b"</svg>",
        b'<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>',
    ],
)
def test_an_svg_logo_that_could_run_or_fetch_anything_is_refused(svg):
    with pytest.raises(ValidationError):
        brand.clean_svg(svg)


def test_a_drawing_program_s_own_notes_are_left_out_and_the_drawing_kept():
    cleaned = brand.clean_svg(SAFE_SVG)
    assert b"inkscape" not in cleaned
    assert b"<rect" in cleaned and b"fill:#fff" in cleaned


def test_an_uploaded_svg_with_a_script_is_refused_in_the_admin(admin, site_tree):
    site = Site.objects.get(is_default_site=True)
    evil = SimpleUploadedFile(
        "logo.svg",
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        content_type="image/svg+xml",
    )
    response = admin.post(edit_url(site), {**form_data(), "logo_file": evil})
    assert response.status_code == 200
    assert "script" in response.content.decode()
    assert not BrandSettings.objects.filter(site=site).exclude(logo_type="").exists()


def test_an_uploaded_svg_logo_is_served_by_the_site_with_nothing_allowed_to_run(admin, site_tree):
    site = Site.objects.get(is_default_site=True)
    logo = SimpleUploadedFile("logo.svg", SAFE_SVG, content_type="image/svg+xml")
    response = admin.post(edit_url(site), {**form_data(name="Free them"), "logo_file": logo})
    assert response.status_code == 302
    admin.logout()
    page = admin.get("/en/").content.decode()
    saved = BrandSettings.objects.get(site=site)
    address = f"/brand/logo-{saved.version}.svg"
    assert f'src="{address}" alt="Free them"' in page
    served = admin.get(address)
    assert served["Content-Type"] == "image/svg+xml"
    assert served["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in served["Content-Security-Policy"]
    assert "script-src" not in served["Content-Security-Policy"]
    assert b"inkscape" not in served.content


def test_a_file_that_is_neither_svg_nor_an_image_is_refused():
    upload = SimpleUploadedFile("logo.png", b"MZ\x90\x00 not an image")
    with pytest.raises(ValidationError):
        brand.clean_logo(upload)


def test_the_footer_shows_the_contact_address_and_accounts_as_plain_links(admin, site_tree):
    site = Site.objects.get(is_default_site=True)
    response = admin.post(
        edit_url(site),
        form_data(
            contact_email="team@campaign.example",
            social_links="https://mastodon.social/@freethem\nhttps://www.instagram.com/freethem",
            footer_text="A campaign of volunteers.",
        ),
    )
    assert response.status_code == 302
    admin.logout()
    page = admin.get("/fa/").content.decode()
    assert 'href="mailto:team@campaign.example"' in page
    assert ">@freethem@mastodon.social</a>" in page
    assert 'href="https://www.instagram.com/freethem"' in page and ">Instagram</a>" in page
    assert "A campaign of volunteers." in page


def test_an_account_that_is_not_an_https_address_is_refused():
    settings = BrandSettings(social_links="javascript:alert(1)")
    with pytest.raises(ValidationError) as refused:
        settings.full_clean(exclude=["site"])
    assert "social_links" in refused.value.message_dict


def test_the_short_name_names_the_app_on_a_phone_s_home_screen(client, site_tree):
    site = Site.objects.get(is_default_site=True)
    settings = BrandSettings.for_site(site)
    settings.short_name = "Free them"
    settings.save()
    manifest = client.get("/fa/manifest.webmanifest").json()
    assert manifest["short_name"] == "Free them"
    assert manifest["name"] == site_tree.homes["fa"].title


def test_saving_the_brand_purges_the_page_cache(client, site_tree):
    site = Site.objects.get(is_default_site=True)
    first = client.get("/en/").content.decode()
    settings = BrandSettings.for_site(site)
    settings.short_name = "Free them"
    settings.save()
    again = client.get("/en/").content.decode()
    assert 'class="name-short"' not in first
    assert '<span class="name-short">Free them</span>' in again

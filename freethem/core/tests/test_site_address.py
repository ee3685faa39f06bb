"""The site's one address: absolute links, Wagtail's Site record and the deploy check that
holds them together (freethem/core/site_address.py)."""

import io

import pytest
from django.core.checks import Tags, run_checks
from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command
from django.db import OperationalError, connection
from wagtail.models import Page, Site

from freethem.core import checks, site_address
from freethem.core.site_address import page_url, site_host, site_root, site_url


def site_errors():
    found = run_checks(tags=[Tags.sites], include_deployment_checks=True)
    return [error.id for error in found if error.id.startswith("freethem.")]


@pytest.mark.parametrize(
    "configured, root",
    [
        ("https://campaign.example", "https://campaign.example"),
        ("https://campaign.example/", "https://campaign.example"),
        ("HTTPS://Campaign.Example:443/", "https://campaign.example"),
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000"),
        ("http://localhost:80", "http://localhost"),
    ],
)
def test_the_address_is_written_one_way(settings, configured, root):
    settings.WAGTAILADMIN_BASE_URL = configured
    assert site_root() == root
    assert site_url("/en/news/") == root + "/en/news/"
    assert site_url() == root + "/"


def test_a_path_from_the_root_becomes_a_whole_address_and_an_address_is_refused(settings):
    settings.WAGTAILADMIN_BASE_URL = "https://campaign.example"
    assert site_url("fa/alerts/") == "https://campaign.example/fa/alerts/"
    assert site_host() == "campaign.example"
    for address in ("http://elsewhere.example/en/", "//elsewhere.example/en/"):
        with pytest.raises(ValueError):
            site_url(address)


def test_an_address_without_a_host_is_refused(settings):
    settings.WAGTAILADMIN_BASE_URL = "campaign.example"
    with pytest.raises(ImproperlyConfigured):
        site_root()


def test_a_page_has_its_language_prefix_at_the_configured_address(site_tree, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://campaign.example"
    assert page_url(site_tree.indexes["fa"]) == "https://campaign.example/fa/news/"
    assert page_url(Page.get_first_root_node()) == ""  # not routable


@pytest.mark.parametrize(
    "configured, hostname, port",
    [
        ("https://campaign.example", "campaign.example", 443),
        ("http://campaign.example", "campaign.example", 80),
        ("http://127.0.0.1:8000", "127.0.0.1", 8000),
    ],
)
def test_the_site_record_follows_the_address(site_tree, settings, configured, hostname, port):
    settings.WAGTAILADMIN_BASE_URL = configured
    site_address.sync_default_site()
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_page_id) == (hostname, port, site_tree.home.pk)
    assert site.root_url == site_root()


@pytest.mark.parametrize(
    "configured",
    ["https://campaign.example:8443", "http://campaign.example:443", "https://campaign.example/x"],
)
def test_an_address_the_site_record_cannot_say_is_refused(site_tree, settings, configured):
    """Wagtail's Site.root_url reads port 443 as https and any other port as http, and has no
    path: such an address would be stored as another one."""
    settings.WAGTAILADMIN_BASE_URL = configured
    with pytest.raises(ImproperlyConfigured):
        site_address.sync_default_site()
    with pytest.raises(CommandError):
        call_command("sync_site", stdout=io.StringIO())
    assert site_errors() == ["freethem.E002"]


def test_sync_site_points_the_record_at_the_address_and_says_so(site_tree, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://campaign.example"
    Site.objects.filter(is_default_site=True).update(hostname="localhost", port=80)
    out = io.StringIO()
    call_command("sync_site", stdout=out)
    assert "now names https://campaign.example (was http://localhost)" in out.getvalue()
    assert Site.objects.get(is_default_site=True).root_url == "https://campaign.example"
    out = io.StringIO()
    call_command("sync_site", stdout=out)
    assert "already names https://campaign.example" in out.getvalue()


def test_sync_site_without_a_default_site_asks_for_migrate(db):
    Site.objects.all().delete()
    with pytest.raises(CommandError, match="migrate"):
        call_command("sync_site", stdout=io.StringIO())


def test_the_deploy_check_errors_when_the_site_record_names_another_address(site_tree, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://campaign.example"
    Site.objects.filter(is_default_site=True).update(hostname="localhost", port=80)
    [error] = checks.site_record_check(None)
    assert error.id == "freethem.E001"
    assert "http://localhost" in error.msg and "https://campaign.example" in error.msg
    assert "sync_site" in error.hint
    assert site_errors() == ["freethem.E001"]


def test_the_deploy_check_is_silent_when_the_site_record_and_the_address_agree(site_tree, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://campaign.example/"
    site_address.sync_default_site()
    assert site_errors() == []


def test_the_deploy_check_is_silent_before_the_database_is_migrated(db, monkeypatch, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://campaign.example"
    Site.objects.filter(is_default_site=True).update(hostname="localhost", port=80)
    monkeypatch.setattr(connection.introspection, "table_names", lambda *args, **kwargs: [])
    assert checks.site_record_check(None) == []


def test_the_deploy_check_is_silent_when_there_is_no_database_to_read(monkeypatch, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://campaign.example"

    def unreachable(*args, **kwargs):
        raise OperationalError("could not connect to server")

    monkeypatch.setattr(connection.introspection, "table_names", unreachable)
    assert checks.site_record_check(None) == []

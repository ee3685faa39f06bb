import pytest
from django.core.management import call_command
from wagtail.images import get_image_model

from freethem.core.models import HomePage
from freethem.news.models import NewsPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    call_command("load_demo")


def test_demo_builds_a_lived_in_site(demo, client):
    english = NewsPage.objects.live().filter(locale__language_code="en")
    assert english.count() >= 30
    years = {post.date.year for post in english}
    assert {2021, 2022, 2023} <= years
    countries = {country.code for post in english for country in post.countries}
    assert len(countries) >= 8
    for language in ("es", "fa", "fr"):
        translated = NewsPage.objects.live().filter(locale__language_code=language)
        assert translated.count() >= 10, language
        assert HomePage.objects.live().filter(locale__language_code=language).exists()
    assert get_image_model().objects.count() >= 10
    assert english.exclude(corrections="[]").count() >= 2
    assert sum(1 for post in english if any(b.block_type == "signatories" for b in post.body)) >= 2

    # Translated posts really are in their language, not copies of the English text.
    persian = NewsPage.objects.live().filter(locale__language_code="fa").first()
    source = persian.get_translation(
        persian.get_translations(inclusive=True).get(locale__language_code="en").locale
    )
    assert persian.title != source.title
    assert any("\u0600" <= ch <= "\u06ff" for ch in persian.title)

    assert client.get("/en/").status_code == 200
    assert client.get("/fa/news/").status_code == 200


def test_loading_twice_changes_nothing(demo):
    before = NewsPage.objects.count()
    call_command("load_demo")
    assert NewsPage.objects.count() == before

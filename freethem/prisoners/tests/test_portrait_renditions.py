"""A prisoner's portrait is cut for the profile and the lists when the profile is published, in
the background (core/renditions.py), unless the portrait is kept private."""

import pytest

from freethem.core import renditions
from freethem.core.tasks import make_pictures

from .factories import make_prisoner, portrait

pytestmark = pytest.mark.django_db


def test_a_public_portrait_is_cut_for_the_profile_and_the_lists(index, client):
    page = make_prisoner(index, portrait=portrait())
    asked = renditions.pictures_of(page)
    assert asked[page.portrait_id] == ["portrait", "portrait-thumb"]
    assert make_pictures.call(page.portrait_id, asked[page.portrait_id]) == 2
    made = renditions.existing(page.portrait, [renditions.NAMED["portrait"]])
    html = client.get(page.url).content.decode()
    assert made[renditions.NAMED["portrait"]].url in html
    assert page.portrait.file.url not in html  # the cut, not the original


def test_a_private_portrait_is_not_cut(index):
    page = make_prisoner(index, portrait=portrait())
    page.private_fields = ["portrait"]
    page.save()
    assert page.portrait_id not in renditions.pictures_of(page)

"""The names in each language of the demo's cities and of some of its tags (data/places.py)."""

from taggit.models import Tag

from freethem.mobilize.models import City
from freethem.news.models import TagName

from .data import read

data = read("places")


class NameBuilder:
    def __init__(self, log):
        self.log = log

    def build(self):
        """Cities, then the names of the tags that exist: after the posts, which add them."""
        tags = {tag.name: tag for tag in Tag.objects.all()}
        named = 0
        for raw in data.CITIES:
            City.objects.create(name=raw["name"], country=raw["country"], names=raw["names"])
            for written in [raw["name"], *raw.get("tags", [])]:
                if written in tags:
                    TagName.objects.create(tag=tags[written], names=raw["names"])
                    named += 1
        for raw in data.TAG_NAMES:
            if raw["tag"] in tags:
                TagName.objects.create(tag=tags[raw["tag"]], names=raw["names"])
                named += 1
        self.log(f"Named {len(data.CITIES)} cities and {named} tags in each language.")

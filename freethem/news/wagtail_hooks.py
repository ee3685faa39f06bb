"""The news app's part of the Wagtail admin: the tags' names in each language."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import TagName


class TagNameViewSet(SnippetViewSet):
    model = TagName
    icon = "tag"
    list_display = ["tag"]


register_snippet(TagNameViewSet)

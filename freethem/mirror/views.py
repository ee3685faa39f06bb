"""The index of titles: every post and every prisoner of one language, by title.

A mirror has no search (a folder of files cannot answer a query), so its search box leads
here; the page is also served by the site itself, as every page of a mirror is.
"""

from django.template.response import TemplateResponse
from django.utils.translation import get_language
from wagtail.models import Locale

from freethem.news.queries import published_posts
from freethem.prisoners.models import PrisonerPage


def titles(request):
    language = get_language()
    locale = Locale.objects.filter(language_code=language).first()
    posts = published_posts(locale.pk).order_by("-date", "-pk") if locale else []
    # Each person once, in this language where translated, as the prisoners' index lists them.
    prisoners = PrisonerPage.objects.one_per_person(language).order_by("title")
    return TemplateResponse(
        request,
        "mirror/titles.html",
        {"posts": posts, "prisoners": prisoners},
    )

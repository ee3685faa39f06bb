from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from freethem.core import calendars
from freethem.core.cache import fragment_cache, fragments_enabled, reads_parameters, release
from freethem.core.preload import preloaded

from .forms import NewsFilterForm
from .models import NewsPage


def post_summaries(request, index, rows):
    """The rendered list item of each (pk, last published) row, reusing those already rendered.

    A post's summary carries its whole text (it opens in place), so it is the costly part of
    the page. Each is kept in the fragment cache under its publication time, so a purge on
    publish leaves them be, and an edited post gets a new key. The key also names the index's
    address, the language, how dates are written (the site may add the Gregorian date) and the
    release (templates and catalogues change with it); a renamed tag or a replaced image shows
    once the post is published again.
    """
    cache = fragment_cache()
    index_url = index.get_url(request)
    # A summary holds links under the index's address and interface words in one language.
    where = f"{index.pk}:{index.url_path}:{get_language()}:{calendars.cache_key()}:{release()}"
    keys = {
        pk: f"news-summary:{where}:{pk}:{published.timestamp() if published else 0}"
        for pk, published in rows
    }
    found = cache.get_many(list(keys.values())) if fragments_enabled() else {}
    missing = [pk for pk in keys if keys[pk] not in found]
    if missing:
        posts = (
            NewsPage.objects.filter(pk__in=missing)
            .select_related("listing_image")
            .prefetch_related("tags")
        )
        rendered = {}
        with preloaded([post.body for post in posts]):
            for post in posts:
                rendered[keys[post.pk]] = render_to_string(
                    "news/includes/post_summary.html",
                    {"post": post, "index_url": index_url},
                    request,
                )
        cache.set_many(rendered)
        found.update(rendered)
    # Rendered by our own templates, with every value escaped there.
    return [mark_safe(found[keys[pk]]) for pk, _published in rows]  # noqa: S308


@reads_parameters(*NewsFilterForm.base_fields, "page")
def news_index(request, index):
    form = NewsFilterForm(request.GET)
    filters = form.filters()
    page = index.paginate(
        index.filtered_posts(filters).values_list("pk", "last_published_at"),
        request.GET.get("page"),
    )
    query = request.GET.copy()
    query.pop("page", None)
    return TemplateResponse(
        request,
        "news/news_index_page.html",
        {
            "page": index,
            "self": index,
            "index_url": index.get_url(request),
            "posts": page,
            "summaries": post_summaries(request, index, page.object_list),
            "form": form,
            "filters": filters,
            "facets": index.facets,
            "filter_query": query.urlencode(),
        },
    )

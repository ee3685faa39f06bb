from django.template.response import TemplateResponse

from freethem.core.preload import preloaded

from .forms import NewsFilterForm


def news_index(request, index):
    form = NewsFilterForm(request.GET)
    filters = form.filters()
    page = index.paginate(
        index.filtered_posts(filters).prefetch_related("tags"),
        request.GET.get("page"),
    )
    query = request.GET.copy()
    query.pop("page", None)
    response = TemplateResponse(
        request,
        "news/news_index_page.html",
        {
            "page": index,
            "index_url": index.get_url(request),
            "self": index,
            "posts": page,
            "form": form,
            "filters": filters,
            "facets": index.facets,
            "filter_query": query.urlencode(),
        },
    )
    with preloaded([post.body for post in page]):
        return response.render()

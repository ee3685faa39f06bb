from django_tasks import task


@task()
def render_posters(page_id):
    """Render a prisoner's posters in every language and size, so that the first person to
    ask for one after a change does not wait. A poster already made is not made again."""
    from .posters import render_posters_for
    from .queries import published

    page = published(page_id)
    if page is None:
        return
    render_posters_for(page)

"""Background work shared by every app."""

from datetime import datetime

from django_tasks import task

from . import delivery

# Emails go before any other background work (poster renders, Wagtail's reference index): a
# signer waiting for their confirmation must not wait behind a hundred posters.
EMAIL_PRIORITY = 50


@task(priority=EMAIL_PRIORITY)
def send_emails(postbox, ids, lease):
    """Send owed emails of one postbox (freethem.core.delivery); `lease` names the hand-over."""
    return delivery.deliver(postbox, ids, datetime.fromisoformat(lease))


@task()
def draw_card(page_id):
    """Draw a published page's link-preview card (core/cards.py), so that the first preview
    of a shared link does not wait for it. A card already drawn is not drawn again."""
    from wagtail.models import Page

    from . import cards

    page = Page.objects.live().public().filter(pk=page_id, depth__gt=1).specific().first()
    if page is not None:
        cards.card_png(page)


@task()
def make_pictures(image_id, shapes=None):
    """Make every rendition an image needs in `shapes` (names of core/renditions.py's shapes;
    None: the shapes the live pages that use it show it in), then purge the page cache if
    anything was made, so that readers get the whole `<picture>`. Run again, it makes only
    what is still missing: nothing, once all is made."""
    from wagtail.images import get_image_model

    from . import renditions
    from .cache import purge_page_cache

    image = get_image_model().objects.filter(pk=image_id).first()
    if image is None:
        return 0
    made = renditions.make(image, renditions.shapes_shown(image) if shapes is None else shapes)
    if made:
        purge_page_cache()
    return made

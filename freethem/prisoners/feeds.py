from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from freethem.core.brand import campaign_name
from freethem.core.site_address import page_url, site_url
from freethem.core.writing import isolate

from . import vocabulary as v
from .names import public_names
from .queries import status_changes

FEED_LENGTH = 50


class StatusChangesFeed(Feed):
    """Every change of a prisoner's status, newest first, in the reader's language.

    An entry is a public timeline event that sets a status, on a profile whose timeline is
    public; it says how far the change has been verified.
    """

    feed_type = Atom1Feed

    def __init__(self, index):
        super().__init__()
        self.index = index

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return _("%(title)s: status changes") % {"title": self.index.title}

    def author_name(self):
        return campaign_name(self.index.get_site(), self.index.locale.language_code)

    def subtitle(self):
        return _("Arrests, sentences, executions and releases, as we learn of them.")

    def link(self):
        return page_url(self.index)

    def feed_url(self):
        return site_url(self.request.path)

    def items(self):
        return status_changes(get_language(), FEED_LENGTH)

    def item_title(self, item):
        # The name in the reader's script (names.py), isolated when there is none and it runs
        # the other way; other titles carry no invisible characters (core/writing.py).
        names = public_names(item.page)
        name = isolate(names[0].text) if names else item.page.title
        return f"{name}: {v.label(v.STATUSES, item.status)}"

    def item_description(self, item):
        from .profile import format_date

        parts = [
            f"{item.kind_label()}, {format_date(item.date, item.date_precision)}.",
            _("Verification: %(level)s.") % {"level": v.label(v.VERIFICATION, item.verification)},
        ]
        if item.note:
            parts.append(item.note)
        return " ".join(str(part) for part in parts)

    def item_link(self, item):
        # At the site's configured address, whatever host the feed was fetched at
        # (core/site_address.py).
        return f"{page_url(item.page)}#event-{item.pk}"

    def item_guid(self, item):
        return self.item_link(item)

    def item_pubdate(self, item):
        return item.recorded_at

    def item_updateddate(self, item):
        return item.recorded_at

from django.db.models import F, Q

from . import cursors


class ListPage:
    """One page of a long list (posts, prisoners), fetched without counting the whole list.

    Counting ten thousand rows on every visit costs more than the page itself; the list only
    needs to know whether there is a newer and an older page. A number past the end (rare, and
    only from a stale or hand-made link) falls back to the last page, which does count.
    """

    LAST_PAGE_ASKED = 1_000_000

    def __init__(self, posts, number, per_page):
        try:
            number = max(int(number), 1)
        except (TypeError, ValueError):
            number = 1
        # Far past any real list: a database offset cannot hold twenty-digit numbers.
        number = min(number, self.LAST_PAGE_ASKED)
        items = list(posts[(number - 1) * per_page : number * per_page + 1])
        if not items and number > 1:
            number = max((posts.count() + per_page - 1) // per_page, 1)
            items = list(posts[(number - 1) * per_page : number * per_page + 1])
        self.number = number
        self.object_list = items[:per_page]
        self.has_next = len(items) > per_page
        self.has_previous = number > 1
        self.has_other_pages = self.has_next or self.has_previous
        self.next_page_number = number + 1
        self.previous_page_number = number - 1

    def __iter__(self):
        return iter(self.object_list)

    def __len__(self):
        return len(self.object_list)


class Key:
    """One column a list is sorted on, for `KeysetPage`."""

    def __init__(self, field, descending=False, nullable=False):
        self.field, self.descending, self.nullable = field, descending, nullable

    def order(self, reverse=False):
        descending = self.descending != reverse
        column = F(self.field)
        if not self.nullable:
            return column.desc() if descending else column.asc()
        # Empty values come last going forward, so first going back.
        nulls = {"nulls_first": True} if reverse else {"nulls_last": True}
        return column.desc(**nulls) if descending else column.asc(**nulls)

    def beyond(self, value, reverse=False):
        """Rows strictly past `value` in this column's order (going back with `reverse`)."""
        if value is None:
            # Empty values come last: nothing lies past them going forward, every filled one
            # going back.
            return Q(**{f"{self.field}__isnull": False}) if reverse else Q(pk__in=[])
        lookup = "lt" if self.descending != reverse else "gt"
        past = Q(**{f"{self.field}__{lookup}": value})
        if self.nullable and not reverse:
            past |= Q(**{f"{self.field}__isnull": True})
        return past

    def reaches(self, value, reverse=False):
        """Rows at or past `value`: a plain range the database can seek an index to."""
        if value is None:
            return Q(**{f"{self.field}__isnull": True}) if not reverse else Q()
        lookup = "lte" if self.descending != reverse else "gte"
        reached = Q(**{f"{self.field}__{lookup}": value})
        if self.nullable and not reverse:
            reached |= Q(**{f"{self.field}__isnull": True})
        return reached

    def equals(self, value):
        return Q(**{f"{self.field}__isnull": True}) if value is None else Q(**{self.field: value})


class KeysetPage:
    """One page of a long list walked from the row last shown rather than by an offset.

    Page 60 costs what page 1 does: the database seeks the sort index to where the last page
    ended instead of sorting and skipping every row before it. The links carry a sealed cursor
    (core/cursors.py) naming the row the next page starts after, or the previous page ends
    before; a cursor that is forged, stale or names a deleted row gives the first page.
    `keys` end with the primary key, which makes the order total.
    """

    def __init__(self, queryset, keys, per_page, purpose, after="", before=""):
        self.keys, self.purpose = keys, purpose
        anchor, reverse = None, False
        for value, backwards in ((after, False), (before, True)):
            found = cursors.read(purpose, value, 1) if value else None
            if found:
                fields = [key.field for key in keys]
                anchor = queryset.model._base_manager.filter(pk=found[0]).values(*fields).first()
                if anchor is not None:
                    reverse = backwards
                    break
        rows = self._fetch(queryset, anchor, reverse, per_page)
        if anchor is not None and not rows:
            # Past either end (the rows around the cursor went away): the first page.
            anchor, reverse = None, False
            rows = self._fetch(queryset, anchor, reverse, per_page)
        more = len(rows) > per_page
        rows = rows[:per_page]
        if reverse:
            rows.reverse()
        self.object_list = rows
        self.has_next = more if not reverse else True
        self.has_previous = (anchor is not None) if not reverse else more
        self.has_other_pages = self.has_next or self.has_previous

    def _fetch(self, queryset, anchor, reverse, per_page):
        if anchor is not None:
            queryset = queryset.filter(self._past(anchor, reverse))
        order = [key.order(reverse) for key in self.keys]
        return list(queryset.order_by(*order)[: per_page + 1])

    def _past(self, anchor, reverse):
        """Rows strictly past the anchor row in the list's order (going back with `reverse`)."""
        first = self.keys[0]
        # The first column's plain range, then the exact comparison, column by column.
        past = Q()
        for i, key in enumerate(self.keys):
            same = Q()
            for earlier in self.keys[:i]:
                same &= earlier.equals(anchor[earlier.field])
            past |= same & key.beyond(anchor[key.field], reverse)
        return first.reaches(anchor[first.field], reverse) & past

    def _row_pk(self, row):
        return row if isinstance(row, int) else row.pk

    @property
    def next_cursor(self):
        if not (self.has_next and self.object_list):
            return ""
        return cursors.make(self.purpose, self._row_pk(self.object_list[-1]))

    @property
    def previous_cursor(self):
        if not (self.has_previous and self.object_list):
            return ""
        return cursors.make(self.purpose, self._row_pk(self.object_list[0]))

    def __iter__(self):
        return iter(self.object_list)

    def __len__(self):
        return len(self.object_list)

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

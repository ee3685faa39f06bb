from django.conf import settings
from django.db import models
from django.db.models import Exists, Max, Min, OuterRef
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries as all_countries
from django_countries.fields import CountryField
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from freethem.appeals.blocks import AppealSignBlock
from freethem.core import calendars
from freethem.core.blocks import BodyBlock, CorrectionsBlock
from freethem.core.cache import computed_afresh, fragments_enabled, public_q, remember
from freethem.core.collation import named_countries
from freethem.core.languages import original_languages
from freethem.core.local_names import LocalNames, local_names_form, local_names_panel
from freethem.core.navigation import MenuLabel
from freethem.core.pagination import ListPage
from freethem.core.previews import first_stream_image
from freethem.core.search import FoldedSearch


class NewsBodyBlock(BodyBlock):
    """A post's text: the shared blocks, and a sign box for an appeal."""

    sign_box = AppealSignBlock()


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class NewsIndexPage(MenuLabel, FoldedSearch, RoutablePageMixin, Page):
    """Recent news from the global movement: the list, its filters and its feeds."""

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["news.NewsPage", "pages.GeneralPage"]

    class Meta:
        verbose_name = _("news index")

    def posts(self):
        """Live public posts of this index, newest first.

        Membership is tested with a correlated EXISTS rather than a join on the tree path, so
        the database can walk the posts in date order along the date index and stop after one
        page; with a join it sorts every post of the index first (25 ms instead of 0.5 ms with
        10,000 posts on SQLite).
        """
        in_this_index = Page.objects.filter(
            pk=OuterRef("pk"), path__startswith=self.path, depth=self.depth + 1, live=True
        )
        return (
            NewsPage.objects.filter(Exists(in_this_index))
            .filter(public_q())
            .order_by("-date", "-pk")
        )

    def latest_posts(self, count):
        return list(self.posts().select_related("listing_image")[:count])

    def filtered_posts(self, filters):
        posts = self.posts()
        if filters.get("country"):
            posts = posts.filter(countries__contains=filters["country"])
        if filters.get("tag"):
            posts = posts.filter(tags__slug=filters["tag"])
        if filters.get("year"):
            # A year of the reader's calendar (core/calendars.py).
            posts = posts.filter(date__range=calendars.year_bounds(filters["year"]))
        return posts

    @cached_property
    def facets(self):
        """The countries, years and tags that the posts of this index use, for the filter form.

        Counting them over thousands of posts is the costliest part of the page, so they are
        stored beside the index (NewsFilterChoices), worked out again when a post of this
        index changes or a section turns private (see signals.py), and read with one query
        on a visit, caches empty or not. Editors get them counted afresh. Country names
        follow the reader's language, years the reader's calendar.
        """
        raw = self._compute_facets() if not fragments_enabled() else self._stored_facets()
        return {
            "countries": named_countries(raw["countries"]),
            "years": raw["years"][calendars.calendar_of()],
            "tags": [(slug, local_tag(slug, name)) for slug, name in raw["tags"]],
        }

    def _stored_facets(self):
        stored = NewsFilterChoices.objects.filter(index_id=self.pk).values("choices").first()
        years = stored["choices"].get("years") if stored is not None else None
        # Worked out again when they lack the years of a calendar now in use.
        if not isinstance(years, dict) or not set(calendars.calendars_in_use()) <= set(years):
            return self.refresh_facets()
        return stored["choices"]

    def refresh_facets(self):
        # From the database alone: the private sections remembered in the cache may be
        # those of a moment ago.
        with computed_afresh():
            value = self._compute_facets()
        NewsFilterChoices.objects.update_or_create(index_id=self.pk, defaults={"choices": value})
        return value

    def forget_facets(self):
        NewsFilterChoices.objects.filter(index_id=self.pk).delete()

    def _compute_facets(self):
        posts = self.posts().order_by()
        codes = set()
        for value in posts.values_list("countries", flat=True).distinct():
            codes.update(code for code in value.split(",") if code)
        # The first and last post of each Gregorian year give the years of every calendar in
        # use that have posts (a Solar Hijri year starts in March).
        spans = list(
            posts.values("date__year")
            .annotate(first=Min("date"), last=Max("date"))
            .values_list("first", "last")
        )
        years = {
            calendar: sorted(
                {
                    year
                    for first, last in spans
                    for year in range(
                        calendars.year_of(first, calendar), calendars.year_of(last, calendar) + 1
                    )
                },
                reverse=True,
            )
            for calendar in calendars.calendars_in_use()
        }
        tags = (
            NewsPageTag.objects.filter(content_object__in=posts)
            .values_list("tag__slug", "tag__name")
            .annotate(count=models.Count("id"))
            .order_by("-count", "tag__name")[:40]
        )
        return {
            "countries": sorted(code for code in codes if code in all_countries),
            "years": years,
            "tags": [(slug, name) for slug, name, _count in tags],
        }

    @path("")
    def index(self, request):
        from .views import news_index

        return news_index(request, self)

    @path("feed/rss/", name="rss")
    def rss(self, request):
        from .feeds import NewsRssFeed

        return NewsRssFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom(self, request):
        from .feeds import NewsAtomFeed

        return NewsAtomFeed(self)(request)

    def paginate(self, posts, page_number):
        return ListPage(posts, page_number, settings.FREETHEM_NEWS_PER_PAGE)


class NewsFilterChoices(models.Model):
    """What the filter form of one news index offers, as worked out from its public posts."""

    index = models.OneToOneField(
        NewsIndexPage, primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    # {"countries": [code, …], "years": {calendar: [year, …]}, "tags": [[slug, name], …]}
    choices = models.JSONField(default=dict)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("news filter choices")

    def __str__(self):
        return str(self.index_id)


class Author(LocalNames):
    """Who wrote a post: a person or an organization, kept once and chosen on each post they
    write. Bylines show them as readers of the page's language write them (core/local_names.py),
    the campaign's own team above all, or else as written."""

    PERSON, ORGANIZATION = "person", "organization"
    KINDS = [(PERSON, _("Person")), (ORGANIZATION, _("Organization"))]

    name = models.CharField(_("name"), max_length=255, unique=True)
    kind = models.CharField(_("kind"), max_length=12, choices=KINDS, default=PERSON)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page about them"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Optional: their name in a byline links to this page, in the reader's language."
        ),
    )

    panels = [FieldPanel("name"), FieldPanel("kind"), FieldPanel("page"), local_names_panel()]
    base_form_class = local_names_form()

    class Meta:
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def shown_name(self):
        """Their name in the active language, or as written."""
        return self.name_in() or self.name

    def page_url(self, request=None):
        """The address of their page in the active language if it is translated, or None."""
        if self.page_id is None:
            return None
        page = self.page.localized
        return page.get_url(request) if page.live else None


register_snippet(Author)


class NewsPage(FoldedSearch, Page):
    """One news post: a dated report of an action, a statement or an alert."""

    date = models.DateField(_("date"), db_index=True)
    kicker = models.CharField(
        _("kicker"),
        max_length=80,
        blank=True,
        help_text=_("A few words above the title: the kind of post or its subject."),
    )
    lead = models.TextField(
        _("lead"),
        blank=True,
        help_text=_("One or two sentences shown in lists. May stay empty for a short post."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown beside the title in lists, on the home page and in link previews. Empty: "
            "the first image of the text."
        ),
    )
    body = StreamField(NewsBodyBlock(), verbose_name=_("full text"), blank=True)
    corrections = StreamField(
        CorrectionsBlock(),
        verbose_name=_("corrections"),
        blank=True,
        help_text=_("Dated notes shown at the top when a post was corrected after publication."),
    )
    source_organization = models.CharField(_("from (organization)"), max_length=255, blank=True)
    source_url = models.URLField(_("link to the source"), blank=True)
    translated_from = models.CharField(
        _("translated from"), max_length=8, choices=original_languages, blank=True
    )
    translator = models.CharField(_("translated by"), max_length=255, blank=True)
    original_url = models.URLField(_("original-language version"), blank=True)
    countries = CountryField(_("countries"), multiple=True, blank=True)
    # What the post reports on, set here once: the day of action's and events' pages list the
    # post too (queries.py, registered with core/related.py).
    day_of_action = models.ForeignKey(
        "mobilize.DayOfActionPage",
        verbose_name=_("day of action"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reports",
        help_text=_("The post is listed on the day of action's page as one of its reports."),
    )
    tags = ClusterTaggableManager(
        through=NewsPageTag,
        blank=True,
        verbose_name=_("tags"),
        help_text=_("Cities, organizations and hashtags."),
    )

    content_panels = [
        FieldPanel("kicker"),
        *Page.content_panels,
        FieldPanel("date"),
        InlinePanel("authors", heading=_("Byline"), label=_("Author")),
        FieldPanel("lead"),
        FieldPanel("listing_image"),
        FieldPanel("corrections"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("countries"),
                FieldPanel("tags"),
            ],
            heading=_("Where and what"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("day_of_action"),
                InlinePanel(
                    "related_events",
                    label=_("Event"),
                    help_text=_("The post is listed on the event's page."),
                ),
            ],
            heading=_("Actions this post reports on"),
        ),
        InlinePanel(
            "related_prisoners",
            heading=_("Prisoners in this post"),
            label=_("Prisoner"),
            help_text=_("The post is listed on their profiles."),
        ),
        MultiFieldPanel(
            [
                FieldPanel("source_organization"),
                FieldPanel("source_url"),
                FieldPanel("translated_from"),
                FieldPanel("translator"),
                FieldPanel("original_url"),
            ],
            heading=_("Origin and translation"),
        ),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("kicker"),
        index.SearchField("lead"),
        index.SearchField("body"),
        index.SearchField("source_organization"),
        index.FilterField("date"),
        # The tags as the page shows them, named in its language (TagName).
        index.SearchField("shown_tag_names"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news post")

    def country_names(self):
        return [country.name for country in self.countries]

    def local_tags(self):
        """[(slug, name)] of the post's tags, named as readers of the active language know
        them (TagName)."""
        return [(tag.slug, local_tag(tag.slug, tag.name)) for tag in self.tags.all()]

    def shown_tag_names(self):
        """The tags as this post's page shows them, in its own language: what the site search
        finds it by, and no word its page does not show."""
        language = self.locale.language_code
        return " ".join(local_tag(tag.slug, tag.name, language) for tag in self.tags.all())

    # Link previews (freethem/core/previews.py): a post is an article, with its lead and photo.
    preview_type = "article"

    def preview_text(self):
        return self.lead or self.search_description

    def byline(self):
        """The post's authors, in the order the editor gave."""
        return [link.author for link in self.authors.all()]

    def preview_image(self):
        return self.teaser_image()

    def pictures(self):
        """The post's picture in lists and on cards, as core/renditions.py cuts them."""
        image = self.teaser_image()
        return [(image, "teaser"), (image, "card")]

    def teaser_image(self):
        """The picture that stands for the post in lists and previews: its listing image, or
        else the first image of its text."""
        if self.listing_image_id is not None:
            return self.listing_image
        return first_stream_image(self.body)

    def prisoners_concerned(self):
        """The prisoners this post is about, in any language version (core/related.py)."""
        return [link.prisoner for link in self.related_prisoners.select_related("prisoner")]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        index = self.get_parent().specific
        context["index"] = index
        context["index_url"] = index.get_url(request)
        return context


class NewsPageEvent(Orderable):
    """An event a post reports on: the post appears on the event's page."""

    post = ParentalKey(NewsPage, related_name="related_events", on_delete=models.CASCADE)
    event = models.ForeignKey(
        "mobilize.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="reports",
    )

    panels = [FieldPanel("event")]

    class Meta(Orderable.Meta):
        verbose_name = _("event in this post")


class NewsPagePrisoner(Orderable):
    """A prisoner a post is about: the post appears on the prisoner's profile."""

    post = ParentalKey(NewsPage, related_name="related_prisoners", on_delete=models.CASCADE)
    prisoner = models.ForeignKey(
        "prisoners.PrisonerPage",
        verbose_name=_("prisoner"),
        on_delete=models.CASCADE,
        related_name="news_mentions",
    )

    panels = [FieldPanel("prisoner")]

    class Meta(Orderable.Meta):
        verbose_name = _("prisoner in this post")


class NewsPageAuthor(Orderable):
    """One author in a post's byline."""

    post = ParentalKey(NewsPage, related_name="authors", on_delete=models.CASCADE)
    author = models.ForeignKey(
        Author, verbose_name=_("author"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("author")]

    class Meta(Orderable.Meta):
        verbose_name = _("author of this post")


class TagName(LocalNames):
    """A tag's name in each language: a city or an organization as readers of each language
    know it (core/local_names.py). A tag without one, or without a name in the reader's
    language, shows as written; hashtags are best left so, since they are searched as written.

    Kept as records an editor changes in the admin, in the form the cities' names use, rather
    than as a setting: naming a new tag must not wait for a deploy.
    """

    tag = models.OneToOneField(
        "taggit.Tag", verbose_name=_("tag"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("tag"), local_names_panel()]
    base_form_class = local_names_form()

    class Meta:
        verbose_name = _("tag name")
        verbose_name_plural = _("tag names")

    def __str__(self):
        return self.tag.name


def tag_names(language=None):
    """{tag slug: its name in `language`} (the active language by default), until a publish."""
    language = language or get_language()

    def compute():
        rows = TagName.objects.select_related("tag")
        return {row.tag.slug: name for row in rows if (name := row.name_in(language))}

    return remember(f"tag-names:{language}", compute)


def local_tag(slug, written, language=None):
    """The name of the tag `slug` (written `written`) that readers of `language` see."""
    return tag_names(language).get(slug) or written

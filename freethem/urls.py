from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from freethem.alerts import views as alert_views
from freethem.alerts.sitemaps import AlertArchiveSitemap
from freethem.appeals import paper as appeal_paper
from freethem.appeals import views as appeal_views
from freethem.core import bundles, routing
from freethem.core import views as core_views
from freethem.core.sitemaps import AllLanguagesSitemap
from freethem.core.storage import serve_public_media
from freethem.mirror import views as mirror_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": {"pages": AllLanguagesSitemap, "alerts": AlertArchiveSitemap}},
        name="sitemap",
    ),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    # Link-preview cards (core/cards.py) and the web app manifest in the default language.
    path("cards/<id:page_id>/<slug:digest>.png", core_views.preview_card, name="preview_card"),
    path(
        "manifest.webmanifest",
        core_views.manifest,
        {"language": settings.LANGUAGE_CODE},
        name="default_manifest",
    ),
    # The brand's colours and logos (core/brand.py), named by their version.
    path("brand/<slug:version>.css", core_views.brand_css, name="brand_css"),
    re_path(
        r"^brand/(?P<kind>logo|mark)-(?P<version>[0-9a-f]+)\.(?P<extension>svg|png|webp|jpg)$",
        core_views.brand_image,
        name="brand_image",
    ),
    path("appeals/<id:appeal_id>/count.json", appeal_views.count, name="appeal_count"),
    # A mail provider's signed bounce and complaint events (FREETHEM_MAIL_PROVIDER).
    path("anymail/<slug:provider>/tracking/", core_views.mail_events, name="mail_events"),
]

if settings.DEBUG or settings.FREETHEM_SERVE_MEDIA:
    # Production serves media from nginx or object storage; these are for development and tests.
    # The private folder (photos awaiting moderation) is never served.
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve_public_media)]
    # The signed offline bundles (core/bundles.py): nginx serves FREETHEM_BUNDLE_DIR in production.
    urlpatterns += [
        re_path(
            rf"^{settings.FREETHEM_BUNDLE_URL.strip('/')}/(?P<name>[^/]+)$",
            bundles.serve_bundle,
        )
    ]

urlpatterns += i18n_patterns(
    path("search/", core_views.search, name="search"),
    # Every post and prisoner by title: what a mirror offers instead of search.
    path("titles/", mirror_views.titles, name="mirror_titles"),
    path("manifest.webmanifest", core_views.manifest, name="manifest"),
    path("untranslated/<id:page_id>/", core_views.untranslated, name="untranslated"),
    path("appeals/<id:appeal_id>/sign/", appeal_views.sign, name="appeal_sign"),
    path(
        "appeals/<id:appeal_id>/confirm/<str:token>/",
        appeal_views.confirm,
        name="appeal_confirm",
    ),
    path("appeals/<id:appeal_id>/resend/", appeal_views.resend, name="appeal_resend"),
    path("appeals/busy/", appeal_views.busy, name="appeal_busy"),
    path(
        "appeals/<id:appeal_id>/busy/<str:kind>/",
        appeal_views.busy_stamp,
        name="appeal_busy_stamp",
    ),
    path("alerts/", alert_views.subscribe, name="alerts_subscribe"),
    path("alerts/archive/", alert_views.archive, name="alerts_archive"),
    path("alerts/archive/<id:alert_id>/", alert_views.archived_alert, name="alerts_archived"),
    path("alerts/archive/feed/rss/", alert_views.archive_rss, name="alerts_rss"),
    path("alerts/archive/feed/atom/", alert_views.archive_atom, name="alerts_atom"),
    path("alerts/confirm/<str:token>/", alert_views.confirm, name="alerts_confirm"),
    path("alerts/unsubscribe/<uuid:token>/", alert_views.unsubscribe, name="alerts_unsubscribe"),
    path("appeals/<id:appeal_id>/sheet.pdf", appeal_paper.sheet_pdf, name="appeal_sheet"),
    path("proposals/", include("freethem.mobilize.urls")),
    # Wagtail's password and login forms for private pages: before the page route, which would
    # otherwise take their addresses (`_util/login/`) for pages and answer 404.
    path("", include(routing.wagtail_forms(wagtail_urls.urlpatterns))),
    # Wagtail's page serving with remembered routing.
    re_path(r"^((?:[\w\-]+/)*)$", routing.serve, name="wagtail_serve"),
    prefix_default_language=True,
)

handler404 = "freethem.core.views.page_not_found"
handler500 = "freethem.core.views.server_error"

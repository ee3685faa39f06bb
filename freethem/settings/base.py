"""Settings shared by every environment. Environment-specific files import from here."""

import datetime
import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
VAR_DIR = Path(os.environ.get("FREETHEM_VAR_DIR", BASE_DIR / "var"))

INSTALLED_APPS = [
    "freethem.core",
    "freethem.news",
    "freethem.appeals",
    "freethem.prisoners",
    "freethem.mobilize",
    "freethem.alerts",
    "freethem.pages",
    "freethem.demo",
    "freethem.mirror",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_countries",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "freethem.core.middleware.RejectMalformedRequestsMiddleware",
    # Early, so that a cached page costs as little as possible.
    "freethem.core.cache.PageCacheMiddleware",
    # Right before the security middleware, which it steps round for the onion address.
    "freethem.core.onion.OnionMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Dates follow the settings of the site being served (freethem/core/calendars.py).
    "freethem.core.calendars.ServedSiteMiddleware",
]

ROOT_URLCONF = "freethem.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "freethem.mirror.context.mirror",
            ],
        },
    },
]

WSGI_APPLICATION = "freethem.wsgi.application"

# SQLite in WAL mode is the embedded default; DATABASE_URL switches to PostgreSQL.
SQLITE_PATH = Path(os.environ.get("FREETHEM_SQLITE_PATH", VAR_DIR / "db.sqlite3"))
SQLITE_OPTIONS = {
    "init_command": (
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
        "PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON;"
    ),
    "transaction_mode": "IMMEDIATE",
}
if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"], conn_max_age=60)}
    if DATABASES["default"]["ENGINE"].endswith("postgresql"):
        # The site's queries are many and small: compiling one to machine code (PostgreSQL's
        # JIT, on by default) costs more than running it.
        DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")
else:
    # SQLite creates its file but not the folder it lives in.
    SQLITE_PATH.parent.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "freethem.core.sqlite",  # queues writers: see freethem/core/sqlite/base.py
            "NAME": SQLITE_PATH,
            "OPTIONS": SQLITE_OPTIONS,
            # Kept open between requests: opening costs the PRAGMAs above, and closing the last
            # connection checkpoints the WAL, both on every request otherwise.
            "CONN_MAX_AGE": None,
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: English is the default; Persian is written right to left.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("es", "Español"),
    ("fa", "فارسی"),
    ("fr", "Français"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [PROJECT_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
# How each language writes dates and numbers (freethem/core/calendars.py, numerals.py): the
# calendar its readers date by where it is not the Gregorian, and its digits where they are not
# 0-9. Separators are Django's formats, corrected in freethem/formats where CLDR differs.
FREETHEM_LANGUAGE_CALENDARS = {"fa": "solar_hijri"}
FREETHEM_LANGUAGE_DIGITS = {"fa": "۰۱۲۳۴۵۶۷۸۹"}
FORMAT_MODULE_PATH = ["freethem.formats"]

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = VAR_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("FREETHEM_MEDIA_ROOT", VAR_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    # Files only moderators may see (supporters' photos awaiting a decision): MEDIA_ROOT/private,
    # which no URL serves (see docs/nginx/freethem.conf). At scale, a private bucket.
    "private": {"BACKEND": "freethem.core.storage.PrivateMediaStorage"},
}
# Media in S3-compatible object storage (docs/scaling.md), when an endpoint is given: public
# media in one bucket, served under the site's own address (MEDIA_URL, nginx proxying it to the
# bucket), supporters' photos in a second bucket nothing serves. Keys come from
# FREETHEM_S3_ACCESS_KEY/FREETHEM_S3_SECRET_KEY, or boto3's usual places when unset.
if os.environ.get("FREETHEM_S3_ENDPOINT"):
    _S3_OPTIONS = {
        "endpoint_url": os.environ["FREETHEM_S3_ENDPOINT"],
        "region_name": os.environ.get("FREETHEM_S3_REGION", "us-east-1"),
        "access_key": os.environ.get("FREETHEM_S3_ACCESS_KEY") or None,
        "secret_key": os.environ.get("FREETHEM_S3_SECRET_KEY") or None,
        "file_overwrite": False,
    }
    STORAGES["default"] = {
        "BACKEND": "freethem.core.buckets.PublicS3Storage",
        "OPTIONS": {**_S3_OPTIONS, "bucket_name": os.environ["FREETHEM_S3_PUBLIC_BUCKET"]},
    }
    STORAGES["private"] = {
        "BACKEND": "freethem.core.buckets.PrivateS3Storage",
        "OPTIONS": {**_S3_OPTIONS, "bucket_name": os.environ["FREETHEM_S3_PRIVATE_BUCKET"]},
    }
    # Documents are read from the bucket by the document view, after its privacy check, never
    # by a redirect to their address.
    WAGTAILDOCS_SERVE_METHOD = "serve_view"

# Caches: "default" for small things, "pages" for whole anonymous pages and what they share
# (purged on publish), "fragments" for rendered pieces keyed by the version of their content,
# which never go stale and so survive a purge. A file cache is shared
# by every worker process of one machine, so a purge on publish reaches all of them; CACHE_URL
# (redis://…) shares both across machines.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "freethem-default",
    },
    "pages": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(VAR_DIR / "cache" / "pages"),
        "TIMEOUT": 3600,
        "OPTIONS": {"MAX_ENTRIES": 20000},
    },
    "fragments": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(VAR_DIR / "cache" / "fragments"),
        "TIMEOUT": 7 * 24 * 3600,
        "OPTIONS": {"MAX_ENTRIES": 50000},
    },
    # Rate-limit counters: written on every signature, so kept in each worker's memory (a
    # file cache lists its whole folder on every write). With CACHE_URL they live in Redis and
    # every worker counts together; without it, each worker counts on its own.
    "limits": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "limits"},
    # Small values every worker must agree on: published tallies.
    "shared": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(VAR_DIR / "cache" / "shared"),
        "TIMEOUT": 3600,
        "OPTIONS": {"MAX_ENTRIES": 100000},
    },
}
if os.environ.get("CACHE_URL"):
    for alias in ("default", "pages", "fragments", "shared", "limits"):
        CACHES[alias] = {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["CACHE_URL"],
            "KEY_PREFIX": f"freethem-{alias}",
            "TIMEOUT": 3600,
        }

# How long browsers and shared caches (nginx, a CDN) may keep an anonymous page.
FREETHEM_PAGE_MAX_AGE = int(os.environ.get("FREETHEM_PAGE_MAX_AGE", "0"))
FREETHEM_SHARED_MAX_AGE = int(os.environ.get("FREETHEM_SHARED_MAX_AGE", "30"))
FREETHEM_PAGE_CACHE_ENABLED = os.environ.get("FREETHEM_PAGE_CACHE", "on") != "off"
# What cached fragments were rendered with: set it per deployment (a commit id, say); when
# unset, the time the code last changed on disk is used (freethem.core.cache.release).
FREETHEM_RELEASE = os.environ.get("FREETHEM_RELEASE", "")
FREETHEM_SERVE_MEDIA = os.environ.get("FREETHEM_SERVE_MEDIA", "") == "true"

# Mirrors (docs/mirrors.md): the campaign's main address and onion address, which every mirrored
# page gives and its forms post to (the main address defaults to WAGTAILADMIN_BASE_URL), and the
# key that signs offline bundles, a file outside the database (`manage.py bundle_key`).
FREETHEM_MAIN_ADDRESS = os.environ.get("FREETHEM_MAIN_ADDRESS", "")
# The onion address also makes the site a Tor onion service (freethem/core/onion.py,
# docs/onion.md).
FREETHEM_ONION_ADDRESS = os.environ.get("FREETHEM_ONION_ADDRESS", "")
# Its host name, which each settings module adds to the hosts it answers (core/onion.py checks
# the address itself and reports a wrong one in `manage.py check`).
FREETHEM_ONION_HOST = (urlsplit(FREETHEM_ONION_ADDRESS.strip()).hostname or "").lower()
FREETHEM_BUNDLE_KEY_FILE = os.environ.get("FREETHEM_BUNDLE_KEY_FILE", "")
# Where `build_mirror --bundle` publishes the signed bundles and their manifest for the downloads
# page (freethem/core/bundles.py), and the address nginx serves that folder at (Django does in
# development and tests).
FREETHEM_BUNDLE_DIR = Path(os.environ.get("FREETHEM_BUNDLE_DIR", VAR_DIR / "bundles"))
FREETHEM_BUNDLE_URL = "/bundles/"
# The folder the site keeps its own mirror in, refreshed within a minute of each publish and
# built afresh every night after FREETHEM_MIRROR_HOUR (local time); empty: none is kept.
FREETHEM_MIRROR_DIR = os.environ.get("FREETHEM_MIRROR_DIR", "")
FREETHEM_MIRROR_HOUR = int(os.environ.get("FREETHEM_MIRROR_HOUR", "3"))

# Background work. In development and tests tasks run at once, in the request; production
# keeps them in the database for `manage.py db_worker` (see docs/deploy.md).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Appeals: rate limits as (window in seconds, signatures allowed) per hashed address and per
# email domain; over a limit, signatures are kept but held for a moderator.
FREETHEM_SIGN_LIMITS_IP = [(60, 10), (3600, 60)]
FREETHEM_SIGN_LIMITS_DOMAIN = [(60, 30), (3600, 300)]
# Confirmation emails allowed per hour (window in seconds, emails) to one address, to one email
# domain (webmail giants excepted) and from one hashed client: the sign form must not become a
# way to send the campaign's mail to strangers.
FREETHEM_CONFIRMATION_EMAIL_LIMITS = {
    "address": [(3600, 3)],
    "domain": [(3600, 300)],
    "client": [(3600, 30)],
}
FREETHEM_CONFIRM_MAX_AGE = 7 * 24 * 3600
# A sign request that waited longer than this in front of the application (nginx stamps when it
# arrived) is refused at once with the form filled in again, rather than worked on after its
# visitor has gone (freethem/core/admission.py).
FREETHEM_QUEUE_LIMIT_MS = int(os.environ.get("FREETHEM_QUEUE_LIMIT_MS", "60"))
# How long a task sending email holds what it took before the clock takes it for dead (its
# worker crashed) and hands it to another (freethem/core/delivery.py).
FREETHEM_EMAIL_LEASE_SECONDS = int(os.environ.get("FREETHEM_EMAIL_LEASE_SECONDS", "600"))
# Emails handed to the queue per round of the appeals' clock (every 2 s): under a spike the
# sending takes a bounded share of the machine, and the backlog goes out once it is over.
FREETHEM_CONFIRMATIONS_PER_ROUND = int(os.environ.get("FREETHEM_CONFIRMATIONS_PER_ROUND", "1000"))
FREETHEM_UNCONFIRMED_LIFETIME = datetime.timedelta(days=7)
FREETHEM_RESEND_INTERVAL = datetime.timedelta(minutes=2)
FREETHEM_TALLY_LIFETIME = 60
FREETHEM_SIGNERS_PER_PAGE = 100
# The request header that carries the visitor's address behind a proxy (nginx sets X-Real-IP),
# believed only when the request comes from one of FREETHEM_TRUSTED_PROXIES (addresses or
# networks). Unset: the socket's address.
FREETHEM_CLIENT_IP_HEADER = os.environ.get("FREETHEM_CLIENT_IP_HEADER", "")
FREETHEM_TRUSTED_PROXIES = [
    entry.strip()
    for entry in os.environ.get("FREETHEM_TRUSTED_PROXIES", "").split(",")
    if entry.strip()
]


# Supporters' addresses and what signers typed are sealed with these keys (newest first), which
# live outside the database: FREETHEM_DATA_KEYS (comma-separated) or a file named by
# FREETHEM_DATA_KEY_FILE, one key per line. See freethem/core/sealing.py and docs/backup.md.
def read_data_keys(path=None):
    keys = [key.strip() for key in os.environ.get("FREETHEM_DATA_KEYS", "").split(",")]
    path = path or os.environ.get("FREETHEM_DATA_KEY_FILE")
    if not any(keys) and path and Path(path).exists():
        keys = [line.strip() for line in Path(path).read_text().splitlines()]
    return [key for key in keys if key and not key.startswith("#")]


FREETHEM_DATA_KEYS = read_data_keys()

# Alerts: subscriptions allowed per hashed address, as (window in seconds, allowed).
FREETHEM_SUBSCRIBE_LIMITS_IP = [(60, 5), (3600, 30)]

# Supporters' proposals of events and reports of actions: sendings of the form allowed per hashed
# address, as (window in seconds, allowed); the largest photo taken, in bytes and in pixels.
FREETHEM_PROPOSAL_LIMITS_IP = [(600, 10), (86400, 40)]
FREETHEM_PROPOSAL_PHOTO_MAX_BYTES = int(
    os.environ.get("FREETHEM_PROPOSAL_PHOTO_MAX_BYTES", str(10 * 1024 * 1024))
)
FREETHEM_PROPOSAL_PHOTO_MAX_PIXELS = 50_000_000

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "campaign@localhost")
# The name in the From of every message (default: WAGTAIL_SITE_NAME), a monitored address for
# replies (none by default), and the name the site gives the mail server when it greets it
# (EHLO; default: the host of WAGTAILADMIN_BASE_URL, as in every Message-ID).
FREETHEM_SENDER_NAME = os.environ.get("FREETHEM_SENDER_NAME", "")
FREETHEM_REPLY_TO = os.environ.get("FREETHEM_REPLY_TO", "")
FREETHEM_EMAIL_HELO_NAME = os.environ.get("FREETHEM_EMAIL_HELO_NAME", "")
# The From name in one language, where it differs (FREETHEM_SENDER_NAME_FA=…, and so on).
FREETHEM_SENDER_NAMES = {
    code: os.environ[f"FREETHEM_SENDER_NAME_{code.upper().replace('-', '_')}"]
    for code, _name in LANGUAGES
    if os.environ.get(f"FREETHEM_SENDER_NAME_{code.upper().replace('-', '_')}")
}
# Where mail systems send their reports (the envelope sender, one per recipient:
# bounces+<token>@…; freethem.core.bounces). Default: the address of DEFAULT_FROM_EMAIL.
FREETHEM_BOUNCE_ADDRESS = os.environ.get("FREETHEM_BOUNCE_ADDRESS", "")
# A mail provider whose signed bounce and complaint events the site takes, through
# django-anymail (mailgun, postmark, sendgrid, amazon_ses, brevo, …; none by default), at
# /anymail/<provider>/tracking/. Its keys: ANYMAIL_* variables (ANYMAIL_WEBHOOK_SECRET,
# ANYMAIL_MAILGUN_WEBHOOK_SIGNING_KEY, …), as django-anymail names them.
FREETHEM_MAIL_PROVIDER = os.environ.get("FREETHEM_MAIL_PROVIDER", "")
ANYMAIL = {
    name.removeprefix("ANYMAIL_"): value
    for name, value in os.environ.items()
    if name.startswith("ANYMAIL_")
}
# DKIM signing in the application, for a site that hands its mail straight to the world
# (with a relay, let the relay sign). Off unless a selector and a private key are given.
FREETHEM_DKIM_SELECTOR = os.environ.get("FREETHEM_DKIM_SELECTOR", "")
FREETHEM_DKIM_KEY_FILE = os.environ.get("FREETHEM_DKIM_KEY_FILE", "")
# The signing domain (default: the domain of DEFAULT_FROM_EMAIL, as DMARC wants).
FREETHEM_DKIM_DOMAIN = os.environ.get("FREETHEM_DKIM_DOMAIN", "")

WAGTAIL_SITE_NAME = os.environ.get("WAGTAIL_SITE_NAME", "freethem")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Documents are read only through Wagtail's document view, which checks the privacy of their
# collection; nothing serves MEDIA_ROOT/documents directly (core/storage.py). Production hands
# the reading of the file to nginx (SENDFILE_* in production.py).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip", "png"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Uploaded images lose their camera and location data and get a random name (core/images.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "freethem.core.images.ImageForm"
# How hard renditions are compressed (freethem/core/renditions.py names only sizes and formats,
# so that a rendition's file name keeps room for the image's own name).
WAGTAILIMAGES_JPEG_QUALITY = 75
WAGTAILIMAGES_WEBP_QUALITY = 72
WAGTAILIMAGES_AVIF_QUALITY = 55
# Publishing a page, or changing an image's file or focal point, has a task make the renditions
# its pictures need (core/renditions.py): inline where tasks run inline (dev), by the worker in
# production. Readers are never kept waiting for them.
FREETHEM_PICTURES_ON_PUBLISH = True
WAGTAILEMBEDS_FINDERS = []  # no server-side oEmbed calls; embeds load only on the visitor's click
WAGTAIL_ENABLE_UPDATE_CHECK = False  # the admin makes no request to a third party either
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
# "Translate" makes drafts: a page or alert goes live in a language only when its translator
# publishes it (freethem/core/translations.py, docs/translate.md).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

COUNTRIES_FIRST = []

# The longest search query we act on; anything longer is cut, never an error.
FREETHEM_SEARCH_MAX_LENGTH = 200
FREETHEM_NEWS_PER_PAGE = 10
FREETHEM_ALERTS_PER_PAGE = 20

# Link previews (freethem/core/previews.py, cards.py). Open Graph names a language with a
# territory (og:locale); hreflang and <html lang> use the code alone.
FREETHEM_OPEN_GRAPH_LOCALES = {"en": "en_US", "es": "es_ES", "fa": "fa_IR", "fr": "fr_FR"}
# Cards are drawn with these system fonts (fonts-noto-core), merged into one so that a title
# mixing Latin and Persian script is drawn whole; a card is drawn in the background when its
# page is published (production only, where a worker runs the tasks).
FREETHEM_CARD_FONTS = ["NotoSans-Bold.ttf", "NotoSansArabic-Bold.ttf"]
FREETHEM_CARDS_ON_PUBLISH = False
# Files served at the site's root, such as /favicon.ico (freethem/core/icons.py).
WHITENOISE_ROOT = PROJECT_DIR / "static-root"

# Prisoners: posters of a publishing profile are rendered in the background (production only,
# where a worker runs the tasks); at most this many posters go into one pack.
FREETHEM_POSTERS_ON_PUBLISH = False
FREETHEM_POSTER_PACK_MAX = 100

# Uploads: what supporters' photos and editors' images may cost the server.
# Memory one photo may take while it is read (each worker reads one at a time; see
# freethem/mobilize/photos.py): 128 MB lets JPEG photos of any size up to 50 megapixels through
# (read at a smaller scale), and PNG up to about 13 megapixels.
FREETHEM_PROPOSAL_PHOTO_DECODE_BYTES = int(
    os.environ.get("FREETHEM_PROPOSAL_PHOTO_DECODE_BYTES", str(128 * 1024 * 1024))
)
# Disk the photos of proposals awaiting a decision may take (MEDIA_ROOT/private); once full,
# proposals are taken without photos and moderators are warned.
FREETHEM_PRIVATE_MEDIA_QUOTA_BYTES = int(
    os.environ.get("FREETHEM_PRIVATE_MEDIA_QUOTA_BYTES", str(500 * 1024 * 1024))
)
# Editors' images: Wagtail's own check counts width × height × frames.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000

# --- Response headers and shared caches --------------------------------------------------------
# Kept together: what the site tells browsers and caches, with a watching state in mind.


# Every response carries a Content-Security-Policy and a Permissions-Policy, hits of the page
# cache and static files included, so these run before everything else.
MIDDLEWARE = [
    "freethem.core.headers.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    *MIDDLEWARE,
]
INSTALLED_APPS += ["csp"]  # its system checks catch settings of the old (3.x) form

# The video players a visitor may load by clicking "Load and play here" (the only hosts a
# public page may contact, and only then): see freethem/core/blocks.py, embed_player_url().
FREETHEM_EMBED_PLAYER_ORIGINS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]

# Public pages: the site's own script file, stylesheet and images, nothing inline, nothing from
# elsewhere but the players above in frames; no page can be framed (clickjacking), no form
# posts elsewhere, no <base> redirects relative links. See freethem/core/headers.py.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "frame-src": FREETHEM_EMBED_PLAYER_ORIGINS,
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# Wagtail's admin (/admin/) writes inline <script> (widgets, panels, wagtail-localize's editor)
# and inline styles in its own templates, and shows uploads as data: and blob: images; it would
# not work under the public policy. Editors only, behind a login; still nothing from another
# host, and framed only by the site itself (the page preview).
FREETHEM_ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
# Avatars in the admin would otherwise come from Gravatar, telling it who edits the site.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Browser features no page of the site uses are switched off for it and for any frame in it,
# so that even an injected script or a loaded player cannot ask for them. The players keep what
# they need to play (autoplay after the click, full screen, picture in picture, protected media).
_PLAYERS = ["self", *FREETHEM_EMBED_PLAYER_ORIGINS]
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "ambient-light-sensor": [],
    "autoplay": _PLAYERS,
    "bluetooth": [],
    "browsing-topics": [],
    "camera": [],
    "display-capture": [],
    "document-domain": [],
    "encrypted-media": _PLAYERS,
    "fullscreen": _PLAYERS,
    "geolocation": [],
    "gyroscope": [],
    "hid": [],
    "idle-detection": [],
    "interest-cohort": [],
    "local-fonts": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "otp-credentials": [],
    "payment": [],
    "picture-in-picture": _PLAYERS,
    "private-state-token-issuance": [],
    "private-state-token-redemption": [],
    "screen-wake-lock": [],
    "serial": [],
    "shared-storage": [],
    "shared-storage-select-url": [],
    "usb": [],
    "window-management": [],
    "xr-spatial-tracking": [],
}

# --- Admin accounts: second factor, failed sign-ins, sessions (freethem.accounts) -------------
# Kept in one block: see freethem/accounts and docs/deploy.md ("Signing in to the admin").
INSTALLED_APPS += [
    "freethem.accounts",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_otp_webauthn",
    "axes",
]
# Every session that gave a password must give a second factor too (accounts/middleware.py);
# axes turns repeated failures into a lockout page, so it comes last.
_AUTH_MIDDLEWARE = MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware")
MIDDLEWARE[_AUTH_MIDDLEWARE + 1 : _AUTH_MIDDLEWARE + 1] = [
    "django_otp.middleware.OTPMiddleware",
    "freethem.accounts.middleware.SecondFactorMiddleware",
]
MIDDLEWARE.append("axes.middleware.AxesMiddleware")
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses locked-out sign-ins before any check
    "django.contrib.auth.backends.ModelBackend",
]

# Authenticator apps show the site's name beside the account; passkeys are bound to the host name
# of WAGTAILADMIN_BASE_URL (a name, not an IP address: `make run` serves them on localhost).
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
_ADMIN_ORIGIN = urlsplit(os.environ.get("WAGTAILADMIN_BASE_URL", "http://localhost:8000"))
OTP_WEBAUTHN_RP_ID = _ADMIN_ORIGIN.hostname
OTP_WEBAUTHN_RP_NAME = WAGTAIL_SITE_NAME
OTP_WEBAUTHN_ALLOWED_ORIGINS = [f"{_ADMIN_ORIGIN.scheme}://{_ADMIN_ORIGIN.netloc}"]
# A passkey is a second factor here, after the password, never instead of it.
OTP_WEBAUTHN_ALLOW_PASSWORDLESS_LOGIN = False

# Failed sign-ins (accounts/throttle.py): counted per account and per keyed hash of the client's
# address, in a cache (never the database), for AXES_COOLOFF_TIME after the last failure.
FREETHEM_LOGIN_FAILURES_PER_ACCOUNT = 5
FREETHEM_LOGIN_FAILURES_PER_CLIENT = 20
AXES_HANDLER = "freethem.accounts.throttle.AccountAndClientHandler"  # axes' cache handler
AXES_CACHE = "shared"
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # in this order: see throttle.py
AXES_FAILURE_LIMIT = FREETHEM_LOGIN_FAILURES_PER_ACCOUNT
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
AXES_CLIENT_IP_CALLABLE = "freethem.accounts.throttle.hashed_client"
AXES_LOCKOUT_CALLABLE = "freethem.accounts.views.locked_out"
AXES_USERNAME_FORM_FIELD = "username"
AXES_ENABLE_ADMIN = False

# Sessions (only editors have one): they end after a day without a request, and every request
# moves that day on. Readers still get none: an empty session is never saved.
SESSION_COOKIE_AGE = 24 * 3600
SESSION_SAVE_EVERY_REQUEST = True
# --- end of admin accounts ---------------------------------------------------------------------

# --- Health, readiness and metrics for operators (docs/operations.md) --------------------------
# /healthz and /readyz are answered before every other middleware but the response headers'
# (freethem/core/health.py): /readyz fails when the clock's last round, the oldest owed email
# or the oldest waiting task is older than these many seconds.
_FIRST = MIDDLEWARE.index("django_permissions_policy.PermissionsPolicyMiddleware") + 1
MIDDLEWARE.insert(_FIRST, "freethem.core.health.HealthMiddleware")
FREETHEM_READY_CLOCK_SECONDS = int(os.environ.get("FREETHEM_READY_CLOCK_SECONDS", "60"))
FREETHEM_READY_EMAIL_SECONDS = int(os.environ.get("FREETHEM_READY_EMAIL_SECONDS", "900"))
FREETHEM_READY_TASK_SECONDS = int(os.environ.get("FREETHEM_READY_TASK_SECONDS", "900"))
# /metrics (freethem/core/metrics.py) answers only this bearer token; unset, nobody. Timed from
# just inside the health probes, so that they are not counted.
FREETHEM_METRICS_TOKEN = os.environ.get("FREETHEM_METRICS_TOKEN", "")
MIDDLEWARE.insert(_FIRST + 1, "freethem.core.metrics.MetricsMiddleware")
# --- end of health -------------------------------------------------------------------------------

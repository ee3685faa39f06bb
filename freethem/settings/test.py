"""The test suite: fast password hashing, an in-memory page cache, no outgoing mail."""

import os

from .base import *  # noqa: F403
from .base import DATABASES

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "t-d"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "t-p"},
    "fragments": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "t-f"},
    "shared": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "t-s"},
    "limits": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "t-l"},
}
MEDIA_ROOT = Path(os.environ.get("FREETHEM_TEST_MEDIA", BASE_DIR / "var" / "test-media"))  # noqa: F405
FREETHEM_SERVE_MEDIA = True
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
if DATABASES["default"]["ENGINE"].endswith("sqlite"):
    DATABASES["default"]["TEST"] = {"NAME": ":memory:"}
# Fixed data keys for tests (never used anywhere else).
FREETHEM_DATA_KEYS = ["dGVzdC1vbmx5LWRhdGEta2V5LW5vdC1zZWNyZXQtMDA="]

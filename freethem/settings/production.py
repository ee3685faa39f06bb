"""Production: everything comes from the environment, and it refuses to start without secrets."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def required(name):
    value = os.environ.get(name)
    if not value:
        raise ImproperlyConfigured(f"Set the environment variable {name}.")
    return value


DEBUG = False
SECRET_KEY = required("SECRET_KEY")
ALLOWED_HOSTS = required("ALLOWED_HOSTS").split(",")
if FREETHEM_ONION_HOST:  # noqa: F405  (docs/onion.md)
    ALLOWED_HOSTS.append(FREETHEM_ONION_HOST)  # noqa: F405
CSRF_TRUSTED_ORIGINS = [
    origin for origin in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if origin
]
WAGTAILADMIN_BASE_URL = required("WAGTAILADMIN_BASE_URL")
if not FREETHEM_DATA_KEYS:  # noqa: F405
    raise ImproperlyConfigured(
        "Set FREETHEM_DATA_KEYS or FREETHEM_DATA_KEY_FILE: the key that seals supporters' "
        "addresses (`manage.py generate_data_key` makes one; docs/backup.md)."
    )

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true") == "true"
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
}

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Once the document view has checked who may read a document, nginx sends the file: the answer
# carries `X-Accel-Redirect: /_documents/<name>`, an `internal` location of
# docs/nginx/freethem.conf. FREETHEM_DOCUMENTS_SENDFILE=off sends it from Python instead (no
# nginx in front).
if os.environ.get("FREETHEM_DOCUMENTS_SENDFILE", "nginx") == "nginx":
    SENDFILE_BACKEND = "django_sendfile.backends.nginx"
    SENDFILE_ROOT = str(MEDIA_ROOT / "documents")  # noqa: F405
    SENDFILE_URL = "/_documents"
FREETHEM_POSTERS_ON_PUBLISH = os.environ.get("FREETHEM_POSTERS_ON_PUBLISH", "on") != "off"
FREETHEM_CARDS_ON_PUBLISH = os.environ.get("FREETHEM_CARDS_ON_PUBLISH", "on") != "off"

if os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "freethem.core.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "true") == "true"
    # A mail server that stops answering must not hold a sending (and its lease) for ever.
    EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "60"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

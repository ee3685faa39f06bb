"""The cluster's application servers: production's settings, static files read from the source.

Production serves static files collected beforehand with hashed names (a manifest); collecting
and compressing them for a test run would cost more than the whole suite, and static files
are not what the cluster tests.
"""

from freethem.settings.production import *  # noqa: F403

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
}
WHITENOISE_USE_FINDERS = True

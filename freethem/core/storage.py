"""Private media: files under MEDIA_ROOT/private that no public URL ever serves.

Supporters' photos, for one, wait there for a moderator, who sees them through an admin view
that checks permissions (mobilize.admin_views.photo). nginx refuses the folder outright
(docs/nginx/freethem.conf), and the development server's media view below does the same.
"""

import posixpath

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.http import Http404
from django.utils.functional import cached_property
from django.views.static import serve

PRIVATE_FOLDER = "private"


class PrivateMediaStorage(FileSystemStorage):
    """MEDIA_ROOT/private, followed when MEDIA_ROOT changes (tests), and with no URL at all."""

    @cached_property
    def base_location(self):
        return posixpath.join(str(settings.MEDIA_ROOT), PRIVATE_FOLDER)

    def url(self, name):
        raise ValueError("Private files have no public URL.")


def private_storage():
    """The storage of files only moderators may see (settings.STORAGES["private"])."""
    return storages["private"]


def serve_public_media(request, path):
    """Django's static file view for MEDIA_ROOT, minus the private folder (development, tests)."""
    parts = posixpath.normpath(path.replace("\\", "/")).lstrip("/").split("/")
    if parts[0] == PRIVATE_FOLDER:
        raise Http404
    return serve(request, path, document_root=settings.MEDIA_ROOT)

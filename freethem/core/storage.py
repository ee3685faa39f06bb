"""Private media: folders under MEDIA_ROOT that no public URL ever serves.

- `private/`: supporters' photos wait there for a moderator, who sees them through an admin
  view that checks permissions (mobilize.admin_views.photo).
- `documents/`: Wagtail's documents are read through its document view
  (`/documents/<id>/<name>`), which checks the privacy of their collection; their files keep
  the name they were uploaded with, so a direct address would be guessed.
- `original_images/`: uploaded images as they came, camera and location data included; pages,
  feeds and the admin use resized copies (renditions, under `images/`).

nginx refuses these folders outright (docs/nginx/freethem.conf), and the development server's
media view below does the same.
"""

import posixpath

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.http import Http404
from django.utils.functional import cached_property
from django.views.static import serve

PRIVATE_FOLDER = "private"
# Wagtail's upload folders for documents and for images as uploaded.
NEVER_SERVED = (PRIVATE_FOLDER, "documents", "original_images")


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
    """Django's static file view for MEDIA_ROOT, minus the folders never served (development,
    tests)."""
    parts = posixpath.normpath(path.replace("\\", "/")).lstrip("/").split("/")
    if parts[0] in NEVER_SERVED:
        raise Http404
    return serve(request, path, document_root=settings.MEDIA_ROOT)

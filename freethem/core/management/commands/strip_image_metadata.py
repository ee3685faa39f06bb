"""Re-save the images already stored, and their resized copies, without camera and location data.

Uploads are cleaned as they arrive (core/images.py); this cleans those stored before. Files keep
their names, so pages and caches that point to them stay right. Safe to run again: files
without metadata are left alone.
"""

from django.core.management.base import BaseCommand
from wagtail.images import get_image_model

from freethem.core.images import strip_stored


class Command(BaseCommand):
    help = "Remove EXIF, XMP and comments from stored images and their renditions."

    def handle(self, *args, **options):
        originals = copies = 0
        for image in get_image_model().objects.prefetch_related("renditions").iterator(100):
            if strip_stored(image.file):
                image._set_image_file_metadata()
                image.save(update_fields=["file_size", "file_hash"])
                originals += 1
            for rendition in image.renditions.all():
                copies += strip_stored(rendition.file)
        self.stdout.write(f"Cleaned {originals} images and {copies} resized copies.")

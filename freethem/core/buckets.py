"""Media in S3-compatible buckets (settings: FREETHEM_S3_*; docs/scaling.md).

Kept apart from freethem.core.storage so that boto3 is imported only where buckets are used.
The public bucket's files keep addresses under the site's own MEDIA_URL (nginx proxies
`/media/` to the bucket), so that pages load nothing from another host; the private bucket's
files have no address at all, as on disk (freethem.core.storage).
"""

from django.conf import settings
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage


class PublicS3Storage(S3Storage):
    """Public media: images' renditions, posters, cards."""

    querystring_auth = False

    def url(self, name, parameters=None, expire=None, http_method=None):
        return settings.MEDIA_URL + filepath_to_uri(name)


class PrivateS3Storage(S3Storage):
    """Files only moderators may see (supporters' photos awaiting a decision)."""

    default_acl = "private"

    def url(self, name, parameters=None, expire=None, http_method=None):
        raise ValueError("Private files have no public URL.")

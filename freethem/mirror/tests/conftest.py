import pytest
from django.core.management import call_command


@pytest.fixture
def key(tmp_path, settings):
    """A bundle-signing key made by `manage.py bundle_key`, in the setting that names it."""
    path = tmp_path / "keys" / "bundle.key"
    settings.FREETHEM_BUNDLE_KEY_FILE = str(path)
    call_command("bundle_key")
    return path

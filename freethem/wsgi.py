import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "freethem.settings.dev")
application = get_wsgi_application()

# Everything loaded so far (Django, Wagtail, the URL patterns, the models) lives as long as the
# process: keep it out of the garbage collector's full passes, which otherwise walk all of it
# while every thread waits.
gc.freeze()

"""Move every sealed value and lookup hash to the first data key (docs/backup.md).

Put the new key first in FREETHEM_DATA_KEYS (or the key file), keep the old ones after it,
restart the site, run this; once it reports nothing left, the old keys can be removed.
"""

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import IntegrityError, transaction

from freethem.core.sealing import SealedTextField, keyring


class Command(BaseCommand):
    help = "Reseal every sealed value and recompute lookup hashes under the first data key."

    def add_arguments(self, parser):
        parser.add_argument("--batch", type=int, default=1000)

    def handle(self, *args, batch, **options):
        keyring()  # fail early, before touching anything, if the keys are not usable
        left = 0
        for model in apps.get_models():
            sealed = [f.name for f in model._meta.fields if isinstance(f, SealedTextField)]
            if not sealed:
                continue
            done, kept = self.rotate(model, sealed, batch)
            left += kept
            self.stdout.write(f"{model._meta.label}: {done} rows resealed")
        if left:
            self.stdout.write(
                self.style.WARNING(
                    f"{left} rows keep an old lookup hash (the same address was stored twice "
                    "meanwhile): keep the old keys listed, and see the moderators' listing."
                )
            )
        else:
            self.stdout.write(self.style.SUCCESS("Done: the old keys may now be removed."))

    def rotate(self, model, sealed, batch):
        """Rewrite each row's sealed fields and lookup hashes under the first key."""
        rehash = getattr(model, "lookup_hashes", None)
        last, done, kept = 0, 0, 0
        while True:
            rows = list(model._default_manager.filter(pk__gt=last).order_by("pk")[:batch])
            if not rows:
                return done, kept
            with transaction.atomic():
                for row in rows:
                    values = {name: getattr(row, name) for name in sealed}
                    hashes = rehash(row) if rehash else {}
                    try:
                        with transaction.atomic():
                            model._default_manager.filter(pk=row.pk).update(**values, **hashes)
                    except IntegrityError:
                        model._default_manager.filter(pk=row.pk).update(**values)
                        kept += 1
                    done += 1
            last = rows[-1].pk

"""Alerts are sent by the site's one delivery engine: each delivery is due at a time (and
leased by moving that time), instead of each mailing being held by one task's lease."""

from django.db import migrations, models
from django.utils import timezone


def owe_the_pending(apps, schema_editor):
    Delivery = apps.get_model("alerts", "Delivery")
    Delivery.objects.filter(status="pending").update(due_at=timezone.now())


class Migration(migrations.Migration):
    dependencies = [("alerts", "0002_sealed_addresses")]

    operations = [
        migrations.RemoveField(model_name="delivery", name="retry_at"),
        migrations.AddField(
            model_name="delivery", name="due_at", field=models.DateTimeField(null=True)
        ),
        migrations.RemoveField(model_name="mailing", name="runner"),
        migrations.RemoveField(model_name="mailing", name="lease_until"),
        migrations.AddIndex(
            model_name="delivery",
            index=models.Index(
                condition=models.Q(("due_at__isnull", False)), fields=["due_at"], name="alerts_owed"
            ),
        ),
        migrations.RunPython(owe_the_pending, migrations.RunPython.noop),
    ]

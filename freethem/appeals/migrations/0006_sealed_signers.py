"""Signers' addresses and typed details sealed; the public list reads only what was published.

- name, affiliation, city, website and email are sealed (freethem/core/sealing.py);
- the address and its domain are found by keyed hashes (email_hash, domain_hash);
- public_name, public_affiliation and public_city hold what the public list shows, made from
  the signer's choice of display for signatures already confirmed;
- the name search indexes public_name (SQLite FTS5; PostgreSQL trigrams), never the name typed;
- the tally keeps, per signature, whether it counts in the total only or also by country, and
  counts by country only signers on the public list.
"""

from django.db import migrations, models

import freethem.core.sealing
from freethem.appeals.migrations import _name_search


def initials(name):
    return " ".join(f"{word[0]}." for word in name.split() if word)


def seal_signatures(apps, schema_editor):
    sealing = freethem.core.sealing

    def publish(row):
        values = {
            "email_hash": sealing.lookup_hash("address:" + row["email_key"])
            if row["email_key"]
            else "",
            "domain_hash": sealing.lookup_hash("domain:" + row["email_domain"])
            if row["email_domain"]
            else "",
        }
        if row["status"] == "confirmed":
            name, display = row["name"], row["display"]
            if row["kind"] == "organization" or display == "full":
                public = (name, row["affiliation"] if row["kind"] == "person" else "", row["city"])
                if row["kind"] == "organization":
                    public = (name, "", "")
            elif display == "initials":
                public = (initials(name), "", "")
            else:
                public = ("", "", "")
            values.update(
                public_name=public[0][:200],
                public_affiliation=public[1][:200],
                public_city=public[2][:100],
            )
        return values

    sealing.seal_existing(
        schema_editor,
        "appeals_signature",
        ["name", "affiliation", "city", "website", "email"],
        read=["email_key", "email_domain", "status", "display", "kind"],
        extra=publish,
    )


def recount(apps, schema_editor):
    """Each signature's place in the tally, and every tally counted afresh."""
    Signature = apps.get_model("appeals", "Signature")
    Tally = apps.get_model("appeals", "Tally")
    counted = Signature.objects.filter(status="confirmed", suspect=False)
    listed = counted.exclude(display="hidden").exclude(hidden_by_moderator=True)
    Signature.objects.update(tallied=0, tally_due=False)
    counted.update(tallied=1)
    listed.update(tallied=2)
    totals = {}
    for key in counted.values_list("appeal_key", flat=True).distinct():
        totals[key] = {"total": counted.filter(appeal_key=key).count(), "by_country": {}}
    for key, country, n in listed.values_list("appeal_key", "country").annotate(
        n=models.Count("id")
    ):
        totals[key]["by_country"][str(country)] = n
    Tally.objects.exclude(appeal_key__in=list(totals)).update(total=0, by_country={})
    for key, values in totals.items():
        Tally.objects.update_or_create(appeal_key=key, defaults=values)


class Migration(migrations.Migration):
    dependencies = [("appeals", "0005_signer_name_search")]

    operations = [
        # The old name index reads the name column, about to be sealed (and on SQLite, rebuilt).
        migrations.RunPython(_name_search.drop_typed, _name_search.create_typed),
        migrations.RemoveConstraint(model_name="signature", name="one_signature_per_email"),
        migrations.RemoveIndex(model_name="signature", name="signature_tally"),
        migrations.RemoveIndex(model_name="signature", name="notable_signers"),
        migrations.AddField(
            model_name="signature",
            name="domain_hash",
            field=models.CharField(blank=True, db_index=True, editable=False, max_length=64),
        ),
        migrations.AddField(
            model_name="signature",
            name="email_hash",
            field=models.CharField(blank=True, editable=False, max_length=64),
        ),
        migrations.AddField(
            model_name="signature",
            name="public_affiliation",
            field=models.CharField(blank=True, max_length=200),
        ),
        migrations.AddField(
            model_name="signature",
            name="public_city",
            field=models.CharField(blank=True, max_length=100),
        ),
        migrations.AddField(
            model_name="signature",
            name="public_name",
            field=models.CharField(blank=True, max_length=200, verbose_name="name as shown"),
        ),
        migrations.AddField(
            model_name="signature",
            name="tally_due",
            field=models.BooleanField(default=False),
        ),
        migrations.AlterField(
            model_name="signature",
            name="affiliation",
            field=freethem.core.sealing.SealedTextField(
                blank=True, verbose_name="title or affiliation"
            ),
        ),
        migrations.AlterField(
            model_name="signature",
            name="city",
            field=freethem.core.sealing.SealedTextField(blank=True, verbose_name="city"),
        ),
        migrations.AlterField(
            model_name="signature",
            name="email",
            field=freethem.core.sealing.SealedTextField(blank=True, verbose_name="email"),
        ),
        migrations.AlterField(
            model_name="signature",
            name="name",
            field=freethem.core.sealing.SealedTextField(verbose_name="name"),
        ),
        migrations.AlterField(
            model_name="signature",
            name="website",
            field=freethem.core.sealing.SealedTextField(blank=True, verbose_name="website"),
        ),
        migrations.AlterField(
            model_name="signature",
            name="suspect",
            field=models.BooleanField(
                default=False,
                help_text="Over a rate limit: no confirmation email is sent and it is not "
                "counted until a moderator clears it.",
                verbose_name="held as suspect",
            ),
        ),
        migrations.RunPython(seal_signatures, migrations.RunPython.noop),
        migrations.RemoveField(model_name="signature", name="email_domain"),
        migrations.RemoveField(model_name="signature", name="email_key"),
        # A boolean cannot be cast to a number on PostgreSQL: the column is made anew.
        migrations.RemoveField(model_name="signature", name="tallied"),
        migrations.AddField(
            model_name="signature",
            name="tallied",
            field=models.PositiveSmallIntegerField(default=0),
        ),
        migrations.RunPython(recount, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name="signature",
            index=models.Index(
                condition=models.Q(("notable", True)),
                fields=["appeal_key", "public_name"],
                name="notable_signers",
            ),
        ),
        migrations.AddIndex(
            model_name="signature",
            index=models.Index(
                condition=models.Q(("tally_due", True)), fields=["id"], name="signature_tally_due"
            ),
        ),
        migrations.AddConstraint(
            model_name="signature",
            constraint=models.UniqueConstraint(
                condition=models.Q(("email_hash", ""), _negated=True),
                fields=("appeal_key", "email_hash"),
                name="one_signature_per_address",
            ),
        ),
        migrations.RunPython(_name_search.create_public, _name_search.drop_public),
    ]

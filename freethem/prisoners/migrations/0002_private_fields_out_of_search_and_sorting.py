"""What was built from private fields before they were kept out of search and sorting.

- The arrest date lists sort on is emptied for prisoners whose arrest is "not public" (saving a
  page now leaves it empty; `PrisonerPage.derive`).
- The site search's entries of prisoners with any private field are removed, since they were
  built from the raw fields. They come back, built from the public profile, the next time the
  page is published or when `manage.py update_index` runs (docs/deploy.md: after every
  upgrade). Until then those prisoners are found by the list's own name search only.
"""

from django.db import migrations


def forget_what_was_private(apps, schema_editor):
    PrisonerPage = apps.get_model("prisoners", "PrisonerPage")
    IndexEntry = apps.get_model("wagtailsearch", "IndexEntry")
    ContentType = apps.get_model("contenttypes", "ContentType")

    PrisonerPage.objects.filter(private_fields__contains=",arrest,").update(arrest_date=None)

    with_private = [
        str(pk) for pk in PrisonerPage.objects.exclude(private_fields="").values_list("pk", flat=True)
    ]
    page_types = ContentType.objects.filter(
        app_label__in=["wagtailcore", "prisoners"], model__in=["page", "prisonerpage"]
    )
    for start in range(0, len(with_private), 500):
        IndexEntry.objects.filter(
            content_type__in=page_types, object_id__in=with_private[start : start + 500]
        ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("prisoners", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forget_what_was_private, migrations.RunPython.noop)]

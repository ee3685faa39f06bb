"""Enter signatures collected on paper from a CSV file, and print the report."""

import datetime

from django.core.management.base import BaseCommand, CommandError

from freethem.appeals.models import AppealPage
from freethem.appeals.paper import import_paper_csv


class Command(BaseCommand):
    help = "Import a CSV of paper signatures (name, affiliation, city, country, email, show_name)."

    def add_arguments(self, parser):
        parser.add_argument("appeal_id", type=int)
        parser.add_argument("csv_file")
        parser.add_argument("--where", required=True, help="Where the sheets were collected.")
        parser.add_argument("--when", required=True, help="When, as YYYY-MM-DD.")
        parser.add_argument("--by", default="", help="Who enters them.")

    def handle(self, appeal_id, csv_file, where, when, by, **options):
        appeal = AppealPage.objects.filter(pk=appeal_id).first()
        if appeal is None:
            raise CommandError(f"No appeal with id {appeal_id}.")
        try:
            collected_on = datetime.date.fromisoformat(when)
        except ValueError as error:
            raise CommandError("Give the date as YYYY-MM-DD.") from error
        with open(csv_file, "rb") as file:
            batch = import_paper_csv(
                appeal=appeal,
                file=file,
                collected_at=where,
                collected_on=collected_on,
                uploaded_by=by,
            )
        self.stdout.write(f"Accepted {batch.accepted}, rejected {batch.rejected}.")
        for line in batch.report:
            self.stdout.write(f"  row {line.get('row')}: {line.get('reason')}")

from django.core.management.base import BaseCommand

from freethem.demo.loader import load_demo


class Command(BaseCommand):
    help = "Load the demo campaign site into an empty database."

    def handle(self, *args, **options):
        load_demo(log=self.stdout.write)

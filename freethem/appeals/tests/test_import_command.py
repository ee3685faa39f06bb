import pytest
from django.core.management import CommandError, call_command

from freethem.appeals.models import Signature
from freethem.appeals.tests.factories import make_appeal

pytestmark = pytest.mark.django_db


def test_the_command_imports_and_reports(site_tree, tmp_path, capsys):
    appeal = make_appeal(site_tree.home)
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("name,country,show_name\nAna Example,CO,yes\n,CO,yes\n", encoding="utf-8")
    call_command(
        "import_paper_signatures",
        str(appeal.pk),
        str(sheet),
        "--where",
        "Cali",
        "--when",
        "2023-05-21",
    )
    out = capsys.readouterr().out
    assert "Accepted 1, rejected 1." in out
    assert "row 3" in out
    assert Signature.objects.get().source == Signature.PAPER


def test_a_bad_date_is_explained(site_tree, tmp_path):
    appeal = make_appeal(site_tree.home)
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("name,country,show_name\n", encoding="utf-8")
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command(
            "import_paper_signatures", str(appeal.pk), str(sheet), "--where", "x", "--when", "May"
        )

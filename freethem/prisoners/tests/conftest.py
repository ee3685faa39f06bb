import datetime

import pytest

from freethem.prisoners import vocabulary as v

from .factories import (
    case,
    event,
    make_charge,
    make_index,
    make_prison,
    make_prisoner,
    portrait,
    source,
)


@pytest.fixture
def index(site_tree):
    return make_index(site_tree.home)


@pytest.fixture
def evin(db):
    return make_prison("Evin Prison", "evin", city="Tehran")


@pytest.fixture
def moharebeh(db):
    return make_charge("Enmity against God", "Article 279", capital=True)


@pytest.fixture
def toomaj(index, evin, moharebeh):
    """A rapper sentenced to death, with a confirmed arrest and a reported sentence."""
    return make_prisoner(
        index,
        title="Toomaj Salehi",
        slug="toomaj-salehi",
        name_latin="Toomaj Salehi",
        name_native="توماج صالحی",
        other_names="Tomaj Salehi",
        portrait=portrait(),
        portrait_credit="Drawing for the campaign",
        hometown="Isfahan",
        birth_date=datetime.date(1990, 12, 3),
        birth_date_precision=v.YEAR,
        citizenships=["IR"],
        occupations=["rapper", "musician"],
        groups=["lur"],
        short_story="A rapper arrested for songs about the uprising, tortured in custody.",
        events=[
            event(
                datetime.date(2022, 10, 30),
                sources=[source("Statement of the family", kind="family")],
            ),
            event(
                datetime.date(2023, 7, 10),
                kind="sentenced",
                status=v.DEATH_SENTENCE,
                verification=v.REPORTED,
                note="The court read the verdict to his lawyer.",
                sources=[
                    source("Lawyer's account", kind="lawyer", url="https://example.org/lawyer"),
                    source("Informant inside the prison", kind="witness", internal=True),
                ],
            ),
        ],
        cases=[
            case(
                datetime.date(2022, 10, 30),
                prison=evin,
                charges=[moharebeh],
                sentences=[
                    {
                        "kind": "death",
                        "years": None,
                        "months": None,
                        "lashes": None,
                        "amount": "",
                        "note": "",
                    }
                ],
                violations=["torture", "solitary"],
                arresting_body="IRGC intelligence",
                activity="His songs about the uprising.",
                court="Revolutionary Court of Isfahan",
                branch="1",
            )
        ],
    )


@pytest.fixture
def sotoudeh(index, evin):
    """A lawyer, released, with her whole history confirmed."""
    return make_prisoner(
        index,
        title="Nasrin Sotoudeh",
        slug="nasrin-sotoudeh",
        name_latin="Nasrin Sotoudeh",
        name_native="نسرین ستوده",
        gender="female",
        occupations=["lawyer", "human-rights-defender"],
        short_story="A human rights lawyer jailed for defending women who protested.",
        events=[
            event(datetime.date(2018, 6, 13), kind="arrested", status=v.DETAINED),
            event(datetime.date(2019, 3, 11), kind="sentenced", status=v.IMPRISONED),
            event(datetime.date(2020, 11, 7), kind="furlough", status=v.FURLOUGH),
        ],
        cases=[case(datetime.date(2018, 6, 13), prison=evin)],
    )

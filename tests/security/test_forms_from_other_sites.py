"""A hostile page must not make its visitors' browsers send the site's public forms.

The attack: a page elsewhere carries a copy of the sign (or subscribe, or proposal) form and
sends it, hidden, from every visitor's browser. Each comes from its own address, so the limits
per address do not hold them, and a campaign's count or its moderators drown in entries nobody
meant. The site takes these forms from its own pages and the mirrors an editor lists only
(freethem/core/origins.py); listing mirrors must not open the door to every other origin, nor
must a page that hides where it is (`Referrer-Policy: no-referrer` gives `Origin: null`).
"""

import pytest
from wagtail.models import Site

from freethem.alerts.models import Subscriber
from freethem.appeals.models import Signature
from freethem.appeals.tests.factories import make_appeal, person
from freethem.core.models import FormOriginSettings
from freethem.mobilize.models import Proposal
from freethem.mobilize.tests.factories import make_events_index
from freethem.mobilize.tests.proposal_factories import event_data

pytestmark = pytest.mark.django_db

HOSTILE = {"HTTP_SEC_FETCH_SITE": "cross-site", "HTTP_ORIGIN": "https://hostile.example"}
HIDDEN = {"HTTP_SEC_FETCH_SITE": "cross-site", "HTTP_ORIGIN": "null"}
UNNAMED = {"HTTP_SEC_FETCH_SITE": "cross-site"}


@pytest.fixture
def forms(site_tree):
    settings = FormOriginSettings.for_site(Site.objects.get(is_default_site=True))
    settings.mirror_origins = "https://mirror.example"
    settings.save()
    appeal = make_appeal(site_tree.home)
    index = make_events_index(site_tree.home)
    return {
        "sign": (f"/en/appeals/{appeal.pk}/sign/", person()),
        "subscribe": ("/en/alerts/", {"email": "a@example.org", "language": "en", "consent": "on"}),
        "propose": (f"/en/proposals/{index.pk}/event/", event_data()),
    }


@pytest.mark.parametrize("headers", [HOSTILE, HIDDEN, UNNAMED], ids=["other", "null", "unnamed"])
@pytest.mark.parametrize("form", ["sign", "subscribe", "propose"])
def test_a_hostile_page_cannot_send_the_sites_forms_through_its_visitors(
    client, forms, form, headers
):
    url, data = forms[form]
    response = client.post(url, data, **headers)
    assert response.status_code == 403
    assert Signature.objects.count() == Subscriber.objects.count() == Proposal.objects.count() == 0

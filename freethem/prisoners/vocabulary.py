"""The fixed vocabularies of prisoner profiles.

Codes are what the database, the filters' addresses and the open data carry; labels are what
readers see, in their language. A campaign that needs another occupation or group adds it
here (and to the catalogues); codes are never renamed, since open data users rely on them.
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

DETAINED = "detained"
BAIL = "bail"
IMPRISONED = "imprisoned"
DEATH_SENTENCE = "death-sentence"
EXECUTED = "executed"
DIED_IN_CUSTODY = "died-in-custody"
FURLOUGH = "furlough"
HOUSE_ARREST = "house-arrest"
IN_ABSENTIA = "in-absentia"
WHEREABOUTS_UNKNOWN = "whereabouts-unknown"
RELEASED = "released"

STATUSES = [
    (DETAINED, _("Detained, awaiting trial")),
    (BAIL, _("Released on bail, awaiting trial")),
    (IMPRISONED, _("Sentenced and imprisoned")),
    (DEATH_SENTENCE, _("Sentenced to death")),
    (EXECUTED, _("Executed")),
    (DIED_IN_CUSTODY, _("Died in custody")),
    (FURLOUGH, _("On furlough")),
    (HOUSE_ARREST, _("Under house arrest")),
    (IN_ABSENTIA, _("Sentenced in absentia")),
    (WHEREABOUTS_UNKNOWN, _("Whereabouts unknown")),
    (RELEASED, _("Released")),
]
# Statuses of people still held or in danger, for the "still held" count and the poster's call.
HELD = {DETAINED, IMPRISONED, DEATH_SENTENCE, WHEREABOUTS_UNKNOWN, HOUSE_ARREST, FURLOUGH}
# Statuses of people who were killed: posters speak of them in memory.
KILLED = {EXECUTED, DIED_IN_CUSTODY}

RELEASE_REASONS = [
    ("served", _("Served the sentence")),
    ("pardon", _("Pardon")),
    ("amnesty", _("Amnesty")),
    ("bail", _("Bail")),
    ("quashed", _("Conviction quashed")),
]

GENDERS = [
    ("female", _("Woman")),
    ("male", _("Man")),
    ("other", _("Another gender")),
]

DAY, MONTH, YEAR = "day", "month", "year"
PRECISIONS = [
    (DAY, _("Exact day")),
    (MONTH, _("Month only")),
    (YEAR, _("Year only")),
]

OCCUPATIONS = [
    ("writer", _("Writer")),
    ("poet", _("Poet")),
    ("artist", _("Artist")),
    ("musician", _("Musician")),
    ("rapper", _("Rapper")),
    ("filmmaker", _("Filmmaker")),
    ("actor", _("Actor")),
    ("journalist", _("Journalist")),
    ("lawyer", _("Lawyer")),
    ("teacher", _("Teacher")),
    ("academic", _("Academic")),
    ("student", _("Student")),
    ("worker", _("Worker")),
    ("labour-activist", _("Labour activist")),
    ("athlete", _("Athlete")),
    ("environmentalist", _("Environmentalist")),
    ("womens-rights-activist", _("Women's rights activist")),
    ("human-rights-defender", _("Human rights defender")),
    ("doctor", _("Doctor")),
    ("religious-figure", _("Religious figure")),
    ("protester", _("Protester")),
]

GROUPS = [
    ("kurdish", _("Kurdish")),
    ("baluchi", _("Baluchi")),
    ("arab", _("Arab")),
    ("azeri", _("Azeri")),
    ("turkmen", _("Turkmen")),
    ("lur", _("Lur")),
    ("afghan", _("Afghan")),
    ("bahai", _("Baha'i")),
    ("sunni", _("Sunni Muslim")),
    ("christian", _("Christian")),
    ("gonabadi-dervish", _("Gonabadi dervish")),
    ("jewish", _("Jewish")),
]

SENTENCE_KINDS = [
    ("prison", _("Prison")),
    ("death", _("Death")),
    ("flogging", _("Flogging")),
    ("fine", _("Fine")),
    ("exile", _("Internal exile")),
    ("travel-ban", _("Travel ban")),
    ("work-ban", _("Ban from work or public activity")),
]

VIOLATIONS = [
    ("no-lawyer", _("Denied a lawyer of their choice")),
    ("no-medical-care", _("Denied medical care")),
    ("solitary", _("Solitary confinement")),
    ("forced-confession", _("Forced confession")),
    ("torture", _("Torture")),
    ("ill-treatment", _("Ill-treatment")),
    ("no-family-visits", _("Denied family visits")),
    ("unfair-trial", _("Unfair trial")),
    ("incommunicado", _("Held incommunicado")),
    ("sexual-violence", _("Sexual violence")),
    ("family-harassed", _("Family harassed")),
]

EVENT_KINDS = [
    ("arrested", _("Arrested")),
    ("charged", _("Charged")),
    ("transferred", _("Transferred")),
    ("tried", _("Tried")),
    ("sentenced", _("Sentenced")),
    ("appeal", _("Appeal decided")),
    ("hunger-strike", _("Hunger strike")),
    ("denied-medical-care", _("Denied medical care")),
    ("hospitalised", _("Taken to hospital")),
    ("solitary", _("Put in solitary confinement")),
    ("furlough", _("Given furlough")),
    ("returned", _("Returned to prison")),
    ("disappeared", _("Disappeared")),
    ("executed", _("Executed")),
    ("died", _("Died in custody")),
    ("released", _("Released")),
    ("recognised", _("Recognised as a political prisoner")),
    ("other", pgettext_lazy("timeline event", "Other")),
]

REPORTED, UNDER_REVIEW, CONFIRMED = "reported", "under-review", "confirmed"
VERIFICATION = [
    (REPORTED, _("Reported")),
    (UNDER_REVIEW, _("Under review")),
    (CONFIRMED, _("Confirmed")),
]

SOURCE_KINDS = [
    ("family", _("Family")),
    ("lawyer", _("Lawyer")),
    ("witness", _("Witness")),
    ("media", _("Media")),
    ("official", _("Official")),
    ("ngo", _("NGO")),
]

# The parts of a profile an editor can keep off every public page, poster, export and feed.
PRIVATE_FIELDS = [
    ("name_native", _("Name in Persian script")),
    ("other_names", _("Other spellings")),
    ("portrait", _("Portrait")),
    ("gender", _("Gender")),
    ("birth_date", _("Birth date")),
    ("hometown", _("Hometown")),
    ("citizenships", _("Citizenship")),
    ("groups", _("Ethnic or religious group")),
    ("occupations", _("Occupation")),
    ("short_story", _("Short story")),
    ("story", _("Full story")),
    ("recognitions", _("Recognition as a political prisoner")),
    ("arrest", _("Arrest (date and arresting body)")),
    ("activity", _("Activity punished")),
    ("charges", _("Charges")),
    ("court", _("Court, branch and judge")),
    ("verdict", _("Verdict and appeal dates")),
    ("sentences", _("Sentences")),
    ("prison", _("Prison")),
    ("violations", _("Rights violations")),
    ("timeline", _("Case timeline")),
]


def label(choices, code):
    """The reader's label for a code, or the code itself for one no longer in the vocabulary."""
    return dict(choices).get(code, code)

"""The crowd of demo signers: invented names put together from common first and family names,
country by country (data/crowd.yaml), so that the signers' list, its search and its country
filter have a few thousand rows to work on. Any likeness to a real person is chance; every
address is on the reserved example.org domain.
"""

import random

from .data import read


def crowd(size, seed=1979):
    """`size` invented signers, each a dict as the demo loader takes them."""
    data = read("crowd")
    chooser = random.Random(seed)
    codes = list(data.COUNTRIES)
    weights = [data.WEIGHTS.get(code, 1) for code in codes]
    signers = []
    for _n in range(size):
        code = chooser.choices(codes, weights)[0]
        language, firsts, lasts, cities = data.COUNTRIES[code]
        signer = {
            "name": f"{chooser.choice(firsts)} {chooser.choice(lasts)}",
            "city": chooser.choice(cities),
            "country": code,
            "language": language,
            "display": chooser.choices(["full", "initials", "hidden"], [6, 3, 1])[0],
        }
        if chooser.random() < 0.35:
            signer["affiliation"] = chooser.choice(data.AFFILIATIONS[language])
        signers.append(signer)
    return signers


def organizations(size, seed=1988):
    """`size` invented organizations, named after a city and what they do."""
    data = read("crowd")
    chooser = random.Random(seed)
    found, seen = [], set()
    # Nobody signs from inside.
    codes = [code for code in data.COUNTRIES if code not in ("IR", "AF")]
    while len(found) < size:
        code = chooser.choice(codes)
        language, _firsts, _lasts, cities = data.COUNTRIES[code]
        city = chooser.choice(cities)
        kind = chooser.choice(data.ORGANIZATION_KINDS).format(n=chooser.randint(2, 900))
        name = f"{city} {kind}"
        if name in seen:
            continue
        seen.add(name)
        found.append({"name": name, "city": city, "country": code, "language": language})
    return found

"""The crowd of demo signers: invented names put together from common first and family names,
country by country, so that the signers' list, its search and its country filter have a few
thousand rows to work on. Any likeness to a real person is chance; every address is on the
reserved example.org domain.
"""

import random

# country: (language they sign in, first names, family names, cities)
COUNTRIES = {
    "IR": ("fa", ["مریم", "علی", "سارا", "حسین", "نگار", "امید", "Mahsa", "Arash"], ["رضایی", "کریمی", "احمدی", "موسوی", "Hosseini", "Jafari"], ["تهران", "مشهد", "Rasht", "Kermanshah"]),
    "AF": ("fa", ["Fereshta", "Ahmad", "Zahra", "Nasir"], ["Rahimi", "Sultani", "Haidari", "Amiri"], ["Kabul", "Herat"]),
    "CO": ("es", ["Juliana", "Carlos", "Natalia", "Sebastián", "Daniela", "Mateo"], ["Gómez", "Restrepo", "Vargas", "Cardona", "Ospina"], ["Medellín", "Bogotá", "Cali", "Pereira"]),
    "MX": ("es", ["Ximena", "Diego", "Fernanda", "Emiliano"], ["Hernández", "López", "Castillo", "Flores"], ["Ciudad de México", "Oaxaca", "Guadalajara"]),
    "AR": ("es", ["Martina", "Facundo", "Lucía", "Nicolás"], ["Fernández", "Sosa", "Acosta", "Benítez"], ["Buenos Aires", "Rosario", "Córdoba"]),
    "CL": ("es", ["Catalina", "Benjamín", "Javiera", "Vicente"], ["Muñoz", "Contreras", "Araya", "Soto"], ["Santiago", "Valparaíso"]),
    "PE": ("es", ["Milagros", "Renzo", "Rosa", "Álvaro"], ["Quispe", "Huamán", "Torres", "Paredes"], ["Lima", "Cusco", "Arequipa"]),
    "VE": ("es", ["Andreína", "José", "Gabriela", "Luis"], ["Pérez", "Rodríguez", "Marcano", "Briceño"], ["Caracas", "Mérida"]),
    "ES": ("es", ["Lucía", "Pablo", "Carmen", "Javier", "Nerea"], ["García", "Martín", "Iglesias", "Navarro"], ["Madrid", "Barcelona", "Sevilla", "Bilbao"]),
    "UY": ("es", ["Florencia", "Santiago", "Agustina"], ["Pereira", "Silva", "Cabrera"], ["Montevideo", "Salto"]),
    "BO": ("es", ["Wara", "Mario", "Carla"], ["Mamani", "Choque", "Gutiérrez"], ["La Paz", "Cochabamba"]),
    "FR": ("fr", ["Camille", "Hugo", "Léa", "Mathis", "Chloé", "Antoine"], ["Martin", "Bernard", "Dubois", "Moreau", "Laurent"], ["Paris", "Lyon", "Marseille", "Nantes", "Lille"]),
    "BE": ("fr", ["Margaux", "Arnaud", "Elise"], ["Peeters", "Lambert", "Dupont"], ["Bruxelles", "Liège", "Gent"]),
    "CH": ("fr", ["Anouk", "Loïc", "Nina"], ["Favre", "Keller", "Rochat"], ["Genève", "Lausanne", "Zürich"]),
    "SN": ("fr", ["Awa", "Moussa", "Fatou"], ["Diop", "Ndiaye", "Fall"], ["Dakar", "Saint-Louis"]),
    "MA": ("fr", ["Salma", "Youssef", "Imane"], ["El Amrani", "Benjelloun", "Alaoui"], ["Rabat", "Casablanca"]),
    "TN": ("fr", ["Amira", "Mehdi", "Sana"], ["Trabelsi", "Ben Salah", "Gharbi"], ["Tunis", "Sfax"]),
    "DE": ("en", ["Lena", "Jonas", "Anna", "Felix", "Marie"], ["Müller", "Schmidt", "Wagner", "Hoffmann"], ["Berlin", "Hamburg", "Köln", "Leipzig"]),
    "AT": ("en", ["Katharina", "Lukas", "Sophie"], ["Gruber", "Huber", "Bauer"], ["Wien", "Graz"]),
    "SE": ("en", ["Elin", "Oskar", "Maja", "Axel"], ["Andersson", "Karlsson", "Nilsson", "Berg"], ["Stockholm", "Göteborg", "Malmö", "Umeå"]),
    "NO": ("en", ["Ingrid", "Sindre", "Nora"], ["Hansen", "Olsen", "Haugen"], ["Oslo", "Bergen", "Tromsø"]),
    "DK": ("en", ["Freja", "Mads", "Ida"], ["Jensen", "Nielsen", "Poulsen"], ["København", "Aarhus"]),
    "FI": ("en", ["Aino", "Eero", "Venla"], ["Korhonen", "Virtanen", "Mäkinen"], ["Helsinki", "Tampere"]),
    "NL": ("en", ["Sanne", "Daan", "Fleur"], ["de Vries", "Bakker", "Visser"], ["Amsterdam", "Utrecht", "Rotterdam"]),
    "GB": ("en", ["Hannah", "Oliver", "Amelia", "Jack", "Priya"], ["Smith", "Jones", "Taylor", "Patel", "Evans"], ["London", "Manchester", "Glasgow", "Cardiff"]),
    "IE": ("en", ["Aoife", "Cian", "Niamh"], ["Murphy", "Kelly", "O'Brien"], ["Dublin", "Cork", "Galway"]),
    "US": ("en", ["Madison", "Ethan", "Aaliyah", "Noah", "Sofia", "Isaiah"], ["Johnson", "Garcia", "Brown", "Nguyen", "Jackson"], ["New York", "Chicago", "Seattle", "Atlanta", "Los Angeles"]),
    "CA": ("en", ["Chloe", "Liam", "Mei", "Owen"], ["Tremblay", "Wilson", "Singh", "MacDonald"], ["Toronto", "Vancouver", "Ottawa", "Calgary"]),
    "AU": ("en", ["Matilda", "Harrison", "Grace"], ["Walker", "Thompson", "White"], ["Melbourne", "Sydney", "Brisbane"]),
    "NZ": ("en", ["Aroha", "Finn", "Isla"], ["Ngata", "Campbell", "Stewart"], ["Auckland", "Wellington"]),
    "IT": ("en", ["Giulia", "Marco", "Chiara", "Lorenzo"], ["Rossi", "Bianchi", "Romano", "Ferrari"], ["Roma", "Milano", "Torino", "Napoli"]),
    "PT": ("en", ["Inês", "Tiago", "Beatriz"], ["Silva", "Santos", "Ferreira"], ["Lisboa", "Porto"]),
    "BR": ("en", ["Ana", "Gabriel", "Larissa", "Thiago"], ["Oliveira", "Souza", "Lima", "Costa"], ["São Paulo", "Rio de Janeiro", "Recife"]),
    "TR": ("en", ["Elif", "Emre", "Zeynep", "Mert"], ["Yılmaz", "Kaya", "Demir", "Şahin"], ["İstanbul", "Ankara", "İzmir"]),
    "GR": ("en", ["Eleni", "Nikos", "Maria"], ["Papadopoulos", "Georgiou", "Nikolaou"], ["Athina", "Thessaloniki"]),
    "PL": ("en", ["Zofia", "Jakub", "Maja"], ["Nowak", "Kowalski", "Wiśniewska"], ["Warszawa", "Kraków", "Gdańsk"]),
    "IQ": ("en", ["Noor", "Hassan", "Rana"], ["Al-Saadi", "Kareem", "Jabbar"], ["Baghdad", "Erbil", "Basra"]),
    "LB": ("fr", ["Maya", "Karim", "Rita"], ["Haddad", "Khoury", "Nassar"], ["Beyrouth", "Tripoli"]),
    "IN": ("en", ["Ananya", "Rohan", "Meera", "Arjun"], ["Sharma", "Iyer", "Das", "Menon"], ["Delhi", "Kolkata", "Bengaluru", "Kochi"]),
    "JP": ("en", ["Yuki", "Haruto", "Aoi"], ["Sato", "Suzuki", "Takahashi"], ["Tokyo", "Osaka", "Kyoto"]),
    "KR": ("en", ["Ji-woo", "Min-jun", "Seo-yeon"], ["Kim", "Lee", "Park"], ["Seoul", "Busan"]),
    "ZA": ("en", ["Thandiwe", "Sipho", "Naledi"], ["Nkosi", "Mokoena", "van Wyk"], ["Johannesburg", "Cape Town", "Durban"]),
    "NG": ("en", ["Chiamaka", "Tunde", "Ngozi"], ["Okafor", "Adeyemi", "Balogun"], ["Lagos", "Abuja", "Ibadan"]),
    "KE": ("en", ["Wanjiru", "Otieno", "Akinyi"], ["Kamau", "Odhiambo", "Mwangi"], ["Nairobi", "Mombasa"]),
}

AFFILIATIONS = {
    "en": ["teacher", "student", "nurse", "retired", "union member", "lawyer", "musician", "engineer", "librarian", "journalist"],
    "es": ["docente", "estudiante", "enfermera", "poeta", "sindicalista", "abogado", "músico", "periodista"],
    "fr": ["enseignante", "étudiant", "infirmier", "retraitée", "syndicaliste", "avocate", "musicien", "journaliste"],
    "fa": ["دانشجو", "معلم", "پرستار", "مهندس", "student", "translator"],
}

# Weights: where the campaign's supporters are most numerous.
WEIGHTS = {"IR": 10, "CO": 8, "FR": 7, "US": 7, "DE": 6, "SE": 5, "CA": 5, "GB": 5, "ES": 4, "MX": 3}


def crowd(size, seed=1979):
    """`size` invented signers, each a dict as the demo loader takes them."""
    chooser = random.Random(seed)
    codes = list(COUNTRIES)
    weights = [WEIGHTS.get(code, 1) for code in codes]
    signers = []
    for _n in range(size):
        code = chooser.choices(codes, weights)[0]
        language, firsts, lasts, cities = COUNTRIES[code]
        signer = {
            "name": f"{chooser.choice(firsts)} {chooser.choice(lasts)}",
            "city": chooser.choice(cities),
            "country": code,
            "language": language,
            "display": chooser.choices(["full", "initials", "hidden"], [6, 3, 1])[0],
        }
        if chooser.random() < 0.35:
            signer["affiliation"] = chooser.choice(AFFILIATIONS[language])
        signers.append(signer)
    return signers


ORGANIZATION_KINDS = [
    "Teachers' Union, Local {n}",
    "Human Rights Circle",
    "Students for Free Expression",
    "Writers' Collective",
    "Community Radio",
    "Nurses for Human Rights",
    "Refugee Welcome Network",
    "Iranian Diaspora Association",
    "Workers' Solidarity Committee",
    "Women's Rights Forum",
    "Lawyers' Guild Chapter",
    "Poetry Society",
]


def organizations(size, seed=1988):
    """`size` invented organizations, named after a city and what they do."""
    chooser = random.Random(seed)
    found, seen = [], set()
    codes = [code for code in COUNTRIES if code not in ("IR", "AF")]  # nobody signs from inside
    while len(found) < size:
        code = chooser.choice(codes)
        language, _firsts, _lasts, cities = COUNTRIES[code]
        city = chooser.choice(cities)
        kind = chooser.choice(ORGANIZATION_KINDS).format(n=chooser.randint(2, 900))
        name = f"{city} {kind}"
        if name in seen:
            continue
        seen.add(name)
        found.append({"name": name, "city": city, "country": code, "language": language})
    return found

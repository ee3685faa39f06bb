"""What the demo's cities and some of its tags are called in each language: the names an editor
sets once under Snippets (cities, tag names). Each city is named as its events write it, with
the tags that name it too; "names" gives the name for readers of each language where it
differs from the name as written. Hashtags are left as they are written."""

CITIES = [
    {"name": "Barranquilla", "country": "CO", "names": {"fa": "بارانکیا"}},
    {"name": "Berkeley", "country": "US", "names": {"fa": "برکلی"}},
    {"name": "Berlin", "country": "DE", "names": {"es": "Berlín", "fa": "برلین"}},
    {"name": "Bogotá", "country": "CO", "names": {"fa": "بوگوتا", "fr": "Bogota"}},
    {"name": "Cali", "country": "CO", "names": {"fa": "کالی"}},
    {"name": "Düsseldorf", "country": "DE", "names": {"fa": "دوسلدورف"}},
    {"name": "Gothenburg", "country": "SE", "names": {"es": "Gotemburgo", "fa": "گوتنبرگ", "fr": "Göteborg"}},
    {"name": "Geneva", "country": "CH", "names": {"es": "Ginebra", "fa": "ژنو", "fr": "Genève"}},
    {"name": "Houston", "country": "US", "names": {"fa": "هیوستون"}},
    {
        "name": "Köln",
        "country": "DE",
        "tags": ["Cologne"],
        "names": {"en": "Cologne", "es": "Colonia", "fa": "کلن", "fr": "Cologne"},
    },
    {"name": "London", "country": "GB", "names": {"es": "Londres", "fa": "لندن", "fr": "Londres"}},
    {"name": "Los Angeles", "country": "US", "names": {"es": "Los Ángeles", "fa": "لس‌آنجلس"}},
    {"name": "Medellín", "country": "CO", "names": {"fa": "مدلین"}},
    {"name": "New York", "country": "US", "names": {"es": "Nueva York", "fa": "نیویورک"}},
    {"name": "Oslo", "country": "NO", "names": {"fa": "اسلو"}},
    {"name": "Paris", "country": "FR", "names": {"es": "París", "fa": "پاریس"}},
    {"name": "San Francisco", "country": "US", "names": {"fa": "سان‌فرانسیسکو"}},
    {"name": "Stockholm", "country": "SE", "names": {"es": "Estocolmo", "fa": "استکهلم"}},
    {"name": "Toronto", "country": "CA", "names": {"fa": "تورنتو"}},
    {"name": "Utrecht", "country": "NL", "names": {"fa": "اوترخت"}},
    {
        "name": "Washington DC",
        "country": "US",
        "names": {"es": "Washington D. C.", "fa": "واشنگتن دی‌سی", "fr": "Washington"},
    },
    # Cities in Iran and Afghanistan, named in the news.
    {"name": "Tehran", "country": "IR", "names": {"es": "Teherán", "fa": "تهران", "fr": "Téhéran"}},
    {"name": "Isfahan", "country": "IR", "names": {"es": "Isfahán", "fa": "اصفهان", "fr": "Ispahan"}},
    {"name": "Shiraz", "country": "IR", "names": {"fa": "شیراز", "fr": "Chiraz"}},
    {"name": "Sanandaj", "country": "IR", "names": {"fa": "سنندج"}},
    {"name": "Saqqez", "country": "IR", "names": {"fa": "سقز"}},
    {"name": "Ahvaz", "country": "IR", "names": {"fa": "اهواز"}},
    {"name": "Kabul", "country": "AF", "names": {"fa": "کابل", "fr": "Kaboul"}},
    {"name": "Herat", "country": "AF", "names": {"fa": "هرات", "fr": "Hérat"}},
]

TAG_NAMES = [
    {"tag": "Burn the Cage", "names": {"es": "Quemar la Jaula", "fa": "قفس را بسوزان"}},
    {"tag": "Toomaj Salehi", "names": {"fa": "توماج صالحی"}},
    {"tag": "Narges Mohammadi", "names": {"fa": "نرگس محمدی"}},
    {"tag": "Ahmadreza Djalali", "names": {"fa": "احمدرضا جلالی"}},
    {
        "tag": "Evin Prison",
        "names": {"es": "Prisión de Evin", "fa": "زندان اوین", "fr": "Prison d'Evin"},
    },
    {
        "tag": "International Women's Day",
        "names": {
            "es": "Día Internacional de la Mujer",
            "fa": "روز جهانی زن",
            "fr": "Journée internationale des droits des femmes",
        },
    },
    {
        "tag": "Human Rights Day",
        "names": {
            "es": "Día de los Derechos Humanos",
            "fa": "روز جهانی حقوق بشر",
            "fr": "Journée des droits de l'homme",
        },
    },
    {"tag": "United Nations", "names": {"es": "Naciones Unidas", "fa": "سازمان ملل متحد", "fr": "Nations unies"}},
    {"tag": "Mothers of Khavaran", "names": {"es": "Madres de Khavaran", "fa": "مادران خاوران", "fr": "Mères de Khavaran"}},
]

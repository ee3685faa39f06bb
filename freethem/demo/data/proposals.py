"""Supporters' proposals waiting for a moderator in the demo, written for the demo. Their facts
come from the demo's events (data/events.py); the senders are invented, on example.org."""

PROPOSALS = [
    {
        "kind": "event",
        "language": "en",
        "hours_ago": 5,
        "offset_days": 75,
        "title": "New date for the screening of Nasrin",
        "text": (
            "Our screening of the documentary about the lawyer Nasrin Sotoudeh had to be called "
            "off. We have found a new date and a room that holds about sixty people.\n\n"
            "After the film there will be time to write cards to the women held in Evin. Entry "
            "is free."
        ),
        "start_time": "19:00",
        "end_time": "21:30",
        "time_zone": "Europe/Berlin",
        "city": "Berlin",
        "country": "DE",
        "organizer": "Burn the Cage / Free the Birds",
        "email": "screening.berlin@example.org",
        "photos": [{"placards": ["FREE NASRIN", "FREE THEM ALL"], "palette": 4}],
    },
    {
        "kind": "event",
        "language": "es",
        "hours_ago": 20,
        "offset_days": 29,
        "title": "Noche de pintura de retratos antes de la acción en Univalle",
        "text": (
            "La víspera de la acción con carteles en la Universidad del Valle nos reuniremos "
            "para pintar los retratos de los presos. Traigan pinceles si tienen; la pintura y "
            "las telas las ponemos nosotros.\n\n"
            "Cada retrato llevará un texto breve sobre el caso de la persona presa."
        ),
        "start_time": "18:00",
        "end_time": "22:00",
        "time_zone": "America/Bogota",
        "city": "Cali",
        "country": "CO",
        "organizer": "Quemar la Jaula / Liberar a los Pájaros",
        "email": "pintura.cali@example.org",
        "photos": [
            {"placards": ["LIBERTAD", "PRESOS POLITICOS"], "palette": 2},
            {"placards": ["QUEMAR LA JAULA"], "palette": 6},
        ],
    },
    {
        "kind": "report",
        "language": "fr",
        "hours_ago": 30,
        "date": "2022-11-06",
        "title": "Rassemblement « Libérez Toomaj » à Paris : nos photos",
        "text": (
            "Au lendemain de l'appel mondial, nous nous sommes retrouvés à Paris pour Toomaj "
            "Salehi. Nous avons distribué un tract en français qui racontait son arrestation "
            "dans la nuit du 30 octobre.\n\n"
            "Beaucoup de passants se sont arrêtés pour lire le tract et poser des questions."
        ),
        "city": "Paris",
        "country": "FR",
        "organizer": "",
        "email": "collectif.paris@example.org",
        "photos": [
            {"placards": ["LIBEREZ TOOMAJ", "FREE TOOMAJ", "LIBERTE"], "palette": 0},
            {"placards": ["FREE THEM ALL"], "palette": 1},
        ],
    },
    {
        "kind": "report",
        "language": "fa",
        "hours_ago": 52,
        "date": "2022-11-05",
        "title": "پوسترگردانی برای توماج در کلن",
        "text": (
            "روز ۵ نوامبر در مرکز شهر کلن پوسترهایی به آلمانی و فارسی نصب کردیم تا رهگذران "
            "بدانند توماج کیست و چرا بازداشت شده است.\n\n"
            "چند نفر از پوسترها عکس گرفتند و گفتند در شهر خودشان هم همین کار را می‌کنند."
        ),
        "city": "Köln",
        "country": "DE",
        "organizer": "",
        "email": "koeln.posters@example.org",
        "photos": [{"placards": ["FREE TOOMAJ", "FREIHEIT FUR TOOMAJ"], "palette": 3}],
    },
]

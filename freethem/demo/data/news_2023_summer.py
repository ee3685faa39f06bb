"""Demo news posts of June 2023 that show every kind of block and field a post can have: a
kicker, a byline, a gallery, a quoted social media post, a document in another language, a
video that starts part-way, a divider, a numbered list of signatories, and a title-only post.
See SCHEMA.md for the format; the keys beyond it are described there too."""

_GALLERY_IMAGES = [
    {"placards": ["FREE THEM ALL", "NO EXECUTIONS"], "palette": 1, "seed": 3},
    {"placards": ["WOMAN LIFE FREEDOM"], "palette": 4, "seed": 5},
    {"placards": ["FREE TOOMAJ", "STOP THE HANGINGS"], "palette": 2, "seed": 8},
]

POSTS = [
    # ------------------------------------------------------------------------------------------
    {
        "slug": "2023-june-week-of-vigils-in-pictures",
        "date": "2023-06-10",
        "countries": ["CO", "FR"],
        "tags": ["Bogotá", "Paris", "#FreeThemAll"],
        "source_organization": "",
        "source_url": "",
        "translated_from": "",
        "translator": "",
        "original_url": "",
        "authors": [
            {"name": "Campaign editorial team", "kind": "organization", "page": "plans"},
            {"name": "Laura Méndez", "kind": "person"},
        ],
        "corrections": [],
        "en": {
            "kicker": "In pictures",
            "title": "A week of vigils, in pictures",
            "lead": (
                "Supporters sent us photos of their vigils from two continents. Here are a few, "
                "with the words they carried and a short film of the evening in Bogotá."
            ),
            "body": [
                (
                    "paragraph",
                    "In the first week of June, small groups gathered with candles and placards "
                    "in Bogotá and Paris to say the names of prisoners facing execution. Each "
                    "group chose its own words; all of them asked for the same thing.",
                ),
                (
                    "gallery",
                    {
                        "images": [
                            dict(
                                _GALLERY_IMAGES[0],
                                alt="Two placards reading Free them all and No executions",
                                caption="Bogotá, in front of the cathedral.",
                            ),
                            dict(
                                _GALLERY_IMAGES[1],
                                alt="A placard reading Woman, life, freedom above a small crowd",
                                caption="Paris, on the evening of June 3.",
                            ),
                            dict(
                                _GALLERY_IMAGES[2],
                                alt="Placards for Toomaj Salehi and against the hangings",
                                caption="Bogotá, the second evening.",
                            ),
                        ],
                        "caption": "Vigils in the first week of June.",
                        "credit": "Photos: campaign volunteers",
                    },
                ),
                (
                    "social_post",
                    {
                        "text": (
                            "Tonight in Bogotá we read out the names of prisoners who face "
                            "the gallows in Iran. Every name is a life. #FreeThemAll"
                        ),
                        "author": "Free Iran's Political Prisoners Now",
                        "handle": "@freethem@mastodon.social",
                        "date": "2023-06-04",
                        "url": "https://mastodon.social/@freethem/110495000000000001",
                        "image": {"label": "BOGOTÁ", "palette": 0},
                        "image_alt": "A placard reading Bogotá among candles at the evening vigil",
                    },
                ),
                (
                    "embed",
                    {
                        "url": "https://www.youtube.com/watch?v=ccccccccccc&t=95s",
                        "title": "The vigil in Bogotá, from the reading of the names",
                    },
                ),
                ("divider", None),
                (
                    "paragraph",
                    "The Persian text the groups read aloud is below, for anyone who wants to "
                    "hold a vigil of their own.",
                ),
                (
                    "document",
                    {
                        "title": "",
                        "file_title": "متن شب‌زنده‌داری برای زندانیان سیاسی",
                        "drawn": "Vigil text (Persian)",
                        "kind": "statement",
                        "language": "fa",
                    },
                ),
                (
                    "signatories",
                    {
                        "heading": "Groups that held a vigil",
                        "names": [
                            "Quemar la Jaula, Bogotá",
                            "Iran solidarity group, Paris",
                            "Students for human rights, Cali",
                        ],
                        "numbered": True,
                    },
                ),
            ],
        },
        "es": {
            "kicker": "En imágenes",
            "title": "Una semana de vigilias, en imágenes",
            "lead": (
                "Simpatizantes de dos continentes nos mandaron fotos de sus vigilias. Aquí van "
                "algunas, con las palabras que llevaban y un breve vídeo de la noche en Bogotá."
            ),
            "body": [
                (
                    "paragraph",
                    "En la primera semana de junio, pequeños grupos se reunieron con velas y "
                    "carteles en Bogotá y en París para decir los nombres de presos amenazados de "
                    "ejecución. Cada grupo eligió sus palabras; todos pedían lo mismo.",
                ),
                (
                    "gallery",
                    {
                        "images": [
                            dict(
                                _GALLERY_IMAGES[0],
                                alt="Dos carteles: Libertad para todos y No a las ejecuciones",
                                caption="Bogotá, frente a la catedral.",
                            ),
                            dict(
                                _GALLERY_IMAGES[1],
                                alt="Un cartel con Mujer, vida, libertad sobre un pequeño grupo",
                                caption="París, la tarde del 3 de junio.",
                            ),
                            dict(
                                _GALLERY_IMAGES[2],
                                alt="Carteles por Toomaj Salehi y contra las ejecuciones",
                                caption="Bogotá, la segunda noche.",
                            ),
                        ],
                        "caption": "Vigilias de la primera semana de junio.",
                        "credit": "Fotos: voluntarios de la campaña",
                    },
                ),
                (
                    "social_post",
                    {
                        "text": (
                            "Esta noche en Bogotá leímos los nombres de presos a los que espera "
                            "la horca en Irán. Cada nombre es una vida. #FreeThemAll"
                        ),
                        "author": "Free Iran's Political Prisoners Now",
                        "handle": "@freethem@mastodon.social",
                        "date": "2023-06-04",
                        "url": "https://mastodon.social/@freethem/110495000000000001",
                        "image": {"label": "BOGOTÁ", "palette": 0},
                        "image_alt": "Un cartel que dice Bogotá entre velas en la vigilia de la noche",
                    },
                ),
                (
                    "embed",
                    {
                        "url": "https://www.youtube.com/watch?v=ccccccccccc&t=95s",
                        "title": "La vigilia de Bogotá, desde la lectura de los nombres",
                    },
                ),
                ("divider", None),
                (
                    "paragraph",
                    "Abajo está el texto en persa que leyeron los grupos, para quien quiera "
                    "organizar su propia vigilia.",
                ),
                (
                    "document",
                    {
                        "title": "",
                        "file_title": "متن شب‌زنده‌داری برای زندانیان سیاسی",
                        "drawn": "Vigil text (Persian)",
                        "kind": "statement",
                        "language": "fa",
                    },
                ),
                (
                    "signatories",
                    {
                        "heading": "Grupos que hicieron una vigilia",
                        "names": [
                            "Quemar la Jaula, Bogotá",
                            "Iran solidarity group, Paris",
                            "Students for human rights, Cali",
                        ],
                        "numbered": True,
                    },
                ),
            ],
        },
        "fa": {
            "kicker": "به روایت تصویر",
            "title": "یک هفته شب‌زنده‌داری، به روایت تصویر",
            "lead": (
                "هوادارانی از دو قاره عکس‌های شب‌زنده‌داری‌هایشان را برای ما فرستادند. چند تا از "
                "آن‌ها را با شعارهایی که در دست داشتند و فیلم کوتاهی از شب بوگوتا این‌جا می‌بینید."
            ),
            "body": [
                (
                    "paragraph",
                    "در نخستین هفته‌ی ژوئن، گروه‌های کوچکی با شمع و پلاکارد در بوگوتا و پاریس گرد "
                    "آمدند تا نام زندانیانی را که با خطر اعدام روبه‌رو هستند بر زبان آورند. هر گروه "
                    "سخنان خودش را برگزید؛ همه یک چیز می‌خواستند.",
                ),
                (
                    "gallery",
                    {
                        "images": [
                            dict(
                                _GALLERY_IMAGES[0],
                                alt="دو پلاکارد: همه را آزاد کنید، و نه به اعدام",
                                caption="بوگوتا، روبه‌روی کلیسای جامع.",
                            ),
                            dict(
                                _GALLERY_IMAGES[1],
                                alt="پلاکارد زن، زندگی، آزادی بالای سر جمعی کوچک",
                                caption="پاریس، غروب ۳ ژوئن.",
                            ),
                            dict(
                                _GALLERY_IMAGES[2],
                                alt="پلاکاردهایی برای توماج صالحی و در اعتراض به اعدام‌ها",
                                caption="بوگوتا، شب دوم.",
                            ),
                        ],
                        "caption": "شب‌زنده‌داری‌های نخستین هفته‌ی ژوئن.",
                        "credit": "عکس‌ها: داوطلبان کارزار",
                    },
                ),
                (
                    "social_post",
                    {
                        "text": (
                            "امشب در بوگوتا نام زندانیانی را خواندیم که در ایران چوبه‌ی دار "
                            "در انتظارشان است. هر نام یک زندگی است. #FreeThemAll"
                        ),
                        "author": "Free Iran's Political Prisoners Now",
                        "handle": "@freethem@mastodon.social",
                        "date": "2023-06-04",
                        "url": "https://mastodon.social/@freethem/110495000000000001",
                        "image": {"label": "BOGOTÁ", "palette": 0},
                        "image_alt": "پلاکاردی با نوشتهٔ بوگوتا در میان شمع‌های شب‌زنده‌داری",
                    },
                ),
                (
                    "embed",
                    {
                        "url": "https://www.youtube.com/watch?v=ccccccccccc&t=95s",
                        "title": "شب‌زنده‌داری بوگوتا، از خواندن نام‌ها به بعد",
                    },
                ),
                ("divider", None),
                (
                    "paragraph",
                    "متن فارسی‌ای که گروه‌ها بلند خواندند در زیر آمده است، برای هر کسی که بخواهد "
                    "شب‌زنده‌داری خودش را برگزار کند.",
                ),
                (
                    "document",
                    {
                        "title": "",
                        "file_title": "متن شب‌زنده‌داری برای زندانیان سیاسی",
                        "drawn": "Vigil text (Persian)",
                        "kind": "statement",
                        "language": "fa",
                    },
                ),
                (
                    "signatories",
                    {
                        "heading": "گروه‌هایی که شب‌زنده‌داری برگزار کردند",
                        "names": [
                            "Quemar la Jaula, Bogotá",
                            "Iran solidarity group, Paris",
                            "Students for human rights, Cali",
                        ],
                        "numbered": True,
                    },
                ),
            ],
        },
        "fr": {
            "kicker": "En images",
            "title": "Une semaine de veillées, en images",
            "lead": (
                "Des sympathisants de deux continents nous ont envoyé des photos de leurs "
                "veillées. En voici quelques-unes, avec les mots qu'ils portaient et un court "
                "film de la soirée à Bogotá."
            ),
            "body": [
                (
                    "paragraph",
                    "La première semaine de juin, de petits groupes se sont réunis avec des "
                    "bougies et des pancartes à Bogotá et à Paris pour dire les noms de "
                    "prisonniers menacés d'exécution. Chaque groupe a choisi ses mots ; tous "
                    "demandaient la même chose.",
                ),
                (
                    "gallery",
                    {
                        "images": [
                            dict(
                                _GALLERY_IMAGES[0],
                                alt="Deux pancartes : Libérez-les tous et Non aux exécutions",
                                caption="Bogotá, devant la cathédrale.",
                            ),
                            dict(
                                _GALLERY_IMAGES[1],
                                alt="Une pancarte Femme, vie, liberté au-dessus d'un petit groupe",
                                caption="Paris, le soir du 3 juin.",
                            ),
                            dict(
                                _GALLERY_IMAGES[2],
                                alt="Des pancartes pour Toomaj Salehi et contre les pendaisons",
                                caption="Bogotá, le deuxième soir.",
                            ),
                        ],
                        "caption": "Veillées de la première semaine de juin.",
                        "credit": "Photos : bénévoles de la campagne",
                    },
                ),
                (
                    "social_post",
                    {
                        "text": (
                            "Ce soir à Bogotá, nous avons lu les noms de prisonniers que la "
                            "potence attend en Iran. Chaque nom est une vie. #FreeThemAll"
                        ),
                        "author": "Free Iran's Political Prisoners Now",
                        "handle": "@freethem@mastodon.social",
                        "date": "2023-06-04",
                        "url": "https://mastodon.social/@freethem/110495000000000001",
                        "image": {"label": "BOGOTÁ", "palette": 0},
                        "image_alt": "Une pancarte « Bogotá » parmi les bougies de la veillée du soir",
                    },
                ),
                (
                    "embed",
                    {
                        "url": "https://www.youtube.com/watch?v=ccccccccccc&t=95s",
                        "title": "La veillée de Bogotá, à partir de la lecture des noms",
                    },
                ),
                ("divider", None),
                (
                    "paragraph",
                    "Le texte persan que les groupes ont lu à voix haute est ci-dessous, pour qui "
                    "veut organiser sa propre veillée.",
                ),
                (
                    "document",
                    {
                        "title": "",
                        "file_title": "متن شب‌زنده‌داری برای زندانیان سیاسی",
                        "drawn": "Vigil text (Persian)",
                        "kind": "statement",
                        "language": "fa",
                    },
                ),
                (
                    "signatories",
                    {
                        "heading": "Groupes qui ont tenu une veillée",
                        "names": [
                            "Quemar la Jaula, Bogotá",
                            "Iran solidarity group, Paris",
                            "Students for human rights, Cali",
                        ],
                        "numbered": True,
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------------
    {
        "slug": "2023-june-next-vigil-date",
        "date": "2023-06-12",
        "countries": [],
        "tags": ["#FreeThemAll"],
        "source_organization": "",
        "source_url": "",
        "translated_from": "",
        "translator": "",
        "original_url": "",
        "authors": [{"name": "Campaign editorial team", "kind": "organization", "page": "plans"}],
        "corrections": [],
        "en": {
            "kicker": "Save the date",
            "title": "Next worldwide vigil for the prisoners: Saturday, July 8",
            "lead": "",
            "body": [],
        },
        "es": {
            "kicker": "Reserva la fecha",
            "title": "Próxima vigilia mundial por los presos: sábado 8 de julio",
            "lead": "",
            "body": [],
        },
        "fa": {
            "kicker": "تاریخ را یادداشت کنید",
            "title": "شب‌زنده‌داری جهانی بعدی برای زندانیان: شنبه ۸ ژوئیه",
            "lead": "",
            "body": [],
        },
        "fr": {
            "kicker": "À noter",
            "title": "Prochaine veillée mondiale pour les prisonniers : samedi 8 juillet",
            "lead": "",
            "body": [],
        },
    },
]

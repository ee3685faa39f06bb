"""Prisoners, prisons and charges of the demo campaign, with two letter actions and a list of
downloads. Facts come from the campaign's public news; every text is written for
the demo. Five profiles marked "fictional" are invented examples of statuses the news never shows.

Dates are ISO strings; when only the month or the year is known, the day (and month) are set to 01
and the precision says so."""

PRISONS = [
    {
        "slug": "evin",
        "name": {
            "en": "Evin Prison",
            "es": "Prisión de Evin",
            "fa": "زندان اوین",
            "fr": "Prison d'Evin",
        },
        "city": {"en": "Tehran", "es": "Teherán", "fa": "تهران", "fr": "Téhéran"},
        "province": {
            "en": "Tehran Province",
            "es": "Provincia de Teherán",
            "fa": "استان تهران",
            "fr": "Province de Téhéran",
        },
        "address": "",
    },
    {
        "slug": "qarchak",
        "name": {
            "en": "Qarchak Women's Prison",
            "es": "Prisión de mujeres de Qarchak",
            "fa": "زندان زنان قرچک",
            "fr": "Prison pour femmes de Qarchak",
        },
        "city": {"en": "Varamin", "es": "Varamin", "fa": "ورامین", "fr": "Varamin"},
        "province": {
            "en": "Tehran Province",
            "es": "Provincia de Teherán",
            "fa": "استان تهران",
            "fr": "Province de Téhéran",
        },
        "address": "",
    },
    {
        "slug": "fashafuyeh",
        "name": {
            "en": "Greater Tehran Central Prison (Fashafuyeh)",
            "es": "Prisión Central del Gran Teherán (Fashafuyeh)",
            "fa": "زندان تهران بزرگ (فشافویه)",
            "fr": "Prison centrale du Grand Téhéran (Fashafuyeh)",
        },
        "city": {"en": "Tehran", "es": "Teherán", "fa": "تهران", "fr": "Téhéran"},
        "province": {
            "en": "Tehran Province",
            "es": "Provincia de Teherán",
            "fa": "استان تهران",
            "fr": "Province de Téhéran",
        },
        "address": "",
    },
    {
        "slug": "gohardasht",
        "name": {
            "en": "Gohardasht Prison",
            "es": "Prisión de Gohardasht",
            "fa": "زندان گوهردشت",
            "fr": "Prison de Gohardasht",
        },
        "city": {"en": "Karaj", "es": "Karaj", "fa": "کرج", "fr": "Karaj"},
        "province": {
            "en": "Alborz Province",
            "es": "Provincia de Alborz",
            "fa": "استان البرز",
            "fr": "Province d'Alborz",
        },
        "address": "",
    },
]

CHARGES = [
    {
        "key": "moharebeh",
        "name": {
            "en": "Moharebeh (“waging war against God”)",
            "es": "Moharebeh («hacer la guerra a Dios»)",
            "fa": "محاربه",
            "fr": "Moharebeh (« guerre contre Dieu »)",
        },
        "law": {
            "en": "Islamic Penal Code (2013)",
            "es": "Código Penal Islámico (2013)",
            "fa": "قانون مجازات اسلامی (۱۳۹۲)",
            "fr": "Code pénal islamique (2013)",
        },
        "article": {
            "en": "Article 279",
            "es": "Artículo 279",
            "fa": "مادهٔ ۲۷۹",
            "fr": "Article 279",
        },
        "url": "",
        "capital": True,
    },
    {
        "key": "assembly-collusion",
        "name": {
            "en": "Assembly and collusion against national security",
            "es": "Reunión y confabulación contra la seguridad nacional",
            "fa": "اجتماع و تبانی علیه امنیت کشور",
            "fr": "Rassemblement et collusion contre la sûreté de l'État",
        },
        "law": {
            "en": "Islamic Penal Code, Book Five (Ta'zirat)",
            "es": "Código Penal Islámico, Libro Quinto (Ta'zirat)",
            "fa": "قانون مجازات اسلامی، کتاب پنجم (تعزیرات)",
            "fr": "Code pénal islamique, livre cinq (Ta'zirat)",
        },
        "article": {
            "en": "Article 610",
            "es": "Artículo 610",
            "fa": "مادهٔ ۶۱۰",
            "fr": "Article 610",
        },
        "url": "",
        "capital": False,
    },
    {
        "key": "propaganda",
        "name": {
            "en": "Propaganda against the state",
            "es": "Propaganda contra el Estado",
            "fa": "تبلیغ علیه نظام",
            "fr": "Propagande contre l'État",
        },
        "law": {
            "en": "Islamic Penal Code, Book Five (Ta'zirat)",
            "es": "Código Penal Islámico, Libro Quinto (Ta'zirat)",
            "fa": "قانون مجازات اسلامی، کتاب پنجم (تعزیرات)",
            "fr": "Code pénal islamique, livre cinq (Ta'zirat)",
        },
        "article": {
            "en": "Article 500",
            "es": "Artículo 500",
            "fa": "مادهٔ ۵۰۰",
            "fr": "Article 500",
        },
        "url": "",
        "capital": False,
    },
    {
        "key": "national-security",
        "name": {
            "en": "National security offences (not specified)",
            "es": "Delitos contra la seguridad nacional (sin especificar)",
            "fa": "اتهامات امنیتی (نامشخص)",
            "fr": "Atteintes à la sûreté de l'État (non précisées)",
        },
        "law": {"en": "", "es": "", "fa": "", "fr": ""},
        "article": {"en": "", "es": "", "fa": "", "fr": ""},
        "url": "",
        "capital": False,
    },
]

PRISONERS = [
    # --------------------------------------------------------------------------------------
    {
        "slug": "toomaj-salehi",
        "name_latin": "Toomaj Salehi",
        "name_native": "توماج صالحی",
        "other_names": [],
        "title": {
            "en": "Toomaj Salehi",
            "es": "Toomaj Salehi",
            "fa": "توماج صالحی",
            "fr": "Toomaj Salehi",
        },
        "gender": "male",
        "birth": None,
        "hometown": None,
        "citizenships": ["IR"],
        "groups": [],
        "occupations": ["rapper", "musician"],
        "short_story": {
            "en": (
                "Rapper whose songs expose the Islamic Republic's crimes against women and "
                "ordinary Iranians. Taken into custody around midnight on 30 October 2022, he was "
                "tortured to make him confess, his family says. He was indicted in December 2022."
            ),
            "es": (
                "Rapero cuyas canciones denuncian los crímenes de la República Islámica contra "
                "las mujeres y la gente común. Detenido hacia la medianoche del 30 de octubre de "
                "2022, fue torturado para obligarlo a confesar, según su familia. Fue procesado "
                "en diciembre de 2022."
            ),
            "fa": (
                "رپری که ترانه‌هایش جنایت‌های جمهوری اسلامی علیه زنان و مردم ایران را افشا "
                "می‌کند. او نیمه‌شب ۸ آبان ۱۴۰۱ بازداشت شد و به گفتهٔ خانواده‌اش برای گرفتن "
                "اعتراف شکنجه شد. در دسامبر ۲۰۲۲ برای او کیفرخواست صادر شد."
            ),
            "fr": (
                "Rappeur dont les chansons dénoncent les crimes de la République islamique "
                "contre les femmes et la population. Arrêté vers minuit le 30 octobre 2022, il a "
                "été torturé pour lui arracher des aveux, selon sa famille. Il a été inculpé en "
                "décembre 2022."
            ),
        },
        "story": {
            "en": (
                "Toomaj Salehi is a rapper. His lyrics take on the way the Islamic Republic "
                "treats women and ordinary people, and they urge listeners to stand up to it. A "
                "relative has said that he grew up in a family that had already paid a price: "
                "several of his aunts and uncles were political prisoners."
                "\n\n"
                "Around midnight on 30 October 2022 the authorities took him away. According to "
                "his family and the Burn the Cage campaign, he was first held at a police centre "
                "for “moral security” on Rudaki Street in Isfahan, where he was tortured to "
                "extract a confession, and was then reportedly handed over to prison and "
                "intelligence officials. For days his family could not reach him, and no official "
                "would tell them anything."
                "\n\n"
                "His relatives asked people everywhere to act, and on 5 and 6 November 2022 "
                "rallies for him took place in Paris, Toronto, Medellín and other cities. By "
                "December 2022 campaign posters said he had been indicted, and his name was on "
                "lists of prisoners at risk of execution."
            ),
            "es": (
                "Toomaj Salehi es rapero. Sus letras cuestionan el trato que la República "
                "Islámica da a las mujeres y a la gente común, y animan a quien las escucha a "
                "plantarle cara. Un familiar contó que creció en una familia que ya había pagado "
                "un precio alto: varias de sus tías y varios de sus tíos fueron presos políticos."
                "\n\n"
                "Hacia la medianoche del 30 de octubre de 2022, las autoridades se lo llevaron. "
                "Según su familia y la campaña Quema la Jaula, primero estuvo en un centro "
                "policial de «seguridad moral» de la calle Rudaki, en Isfahán, donde lo "
                "torturaron para arrancarle una confesión; después, al parecer, pasó a manos de "
                "funcionarios de prisiones y de inteligencia. Durante días su familia no pudo "
                "comunicarse con él y nadie le dio información."
                "\n\n"
                "Sus allegados pidieron a la gente de todo el mundo que actuara, y el 5 y el 6 de "
                "noviembre de 2022 hubo concentraciones por él en París, Toronto, Medellín y "
                "otras ciudades. En diciembre de 2022 los carteles de la campaña indicaban que "
                "había sido procesado, y su nombre figuraba entre los presos en riesgo de "
                "ejecución."
            ),
            "fa": (
                "توماج صالحی خوانندهٔ رپ است. ترانه‌هایش رفتار جمهوری اسلامی با زنان و مردم "
                "عادی را به چالش می‌کشد و شنونده را به ایستادگی فرا می‌خواند. یکی از بستگانش "
                "گفته است که او در خانواده‌ای بزرگ شده که پیش‌تر هم بهای سنگینی پرداخته بود و "
                "چند تن از بزرگ‌ترهای خانواده‌اش زندانی سیاسی بوده‌اند."
                "\n\n"
                "حوالی نیمه‌شب ۸ آبان ۱۴۰۱ (۳۰ اکتبر ۲۰۲۲) ماموران او را با خود بردند. به گفتهٔ "
                "خانواده‌اش و کارزار «قفس را بسوزان»، او ابتدا در مرکز پلیس امنیت اخلاقی در "
                "خیابان رودکی اصفهان نگهداری و برای گرفتن اعتراف شکنجه شد و سپس، بنا بر گزارش‌ها، "
                "به زندان و ادارهٔ اطلاعات تحویل داده شد. خانواده‌اش روزها از او بی‌خبر ماندند و "
                "هیچ مقامی به پرسش‌هایشان پاسخ نداد."
                "\n\n"
                "بستگانش از مردم سراسر جهان خواستند دست به کار شوند و در ۵ و ۶ نوامبر ۲۰۲۲ در "
                "پاریس، تورنتو، مدلین و شهرهای دیگر برای او تجمع برپا شد. در دسامبر ۲۰۲۲ "
                "پوسترهای کارزار از صدور کیفرخواست برای او خبر می‌دادند و نامش در فهرست "
                "زندانیانی بود که در خطر اعدام‌اند."
            ),
            "fr": (
                "Toomaj Salehi est rappeur. Ses textes s'en prennent à la façon dont la République "
                "islamique traite les femmes et les gens ordinaires, et invitent ceux qui les "
                "écoutent à lui tenir tête. Un proche a raconté qu'il a grandi dans une famille "
                "qui avait déjà payé cher : plusieurs de ses tantes et de ses oncles ont été "
                "prisonniers politiques."
                "\n\n"
                "Vers minuit, le 30 octobre 2022, les autorités l'ont emmené. D'après sa famille "
                "et la campagne Brûlez la cage, il a d'abord été détenu dans un centre de police "
                "de la « sécurité morale », rue Roudaki à Ispahan, où il a été torturé pour lui "
                "arracher des aveux, puis il aurait été remis aux services pénitentiaires et de "
                "renseignement. Pendant des jours, sa famille n'a pu le joindre et aucun "
                "responsable ne lui a répondu."
                "\n\n"
                "Ses proches ont appelé le monde entier à se mobiliser, et les 5 et 6 novembre "
                "2022 des rassemblements ont eu lieu pour lui à Paris, Toronto, Medellín et "
                "ailleurs. En décembre 2022, les affiches de la campagne indiquaient qu'il avait "
                "été inculpé, et son nom figurait parmi ceux des prisonniers menacés d'exécution."
            ),
        },
        "portrait": {
            "palette": 0,
            "credit": {
                "en": "Drawing made for the demo",
                "es": "Dibujo hecho para la demostración",
                "fa": "طرحی که برای نسخهٔ نمایشی کشیده شده است",
                "fr": "Dessin réalisé pour la démo",
            },
        },
        "risk_of_execution": True,
        "private_fields": [],
        "recognitions": [],
        "sources": [
            {
                "kind": "family",
                "title": "Call for worldwide action from the family and friends of Toomaj Salehi",
                "publisher": "Family and friends of Toomaj Salehi",
                "date": "2022-11-01",
                "url": "",
                "internal": False,
            },
            {
                "kind": "ngo",
                "title": "Update on Toomaj Salehi's detention in Isfahan",
                "publisher": "Burn the Cage / Free the Birds",
                "date": "2022-11-02",
                "url": "",
                "internal": False,
            },
        ],
        "cases": [
            {
                "arrest_date": "2022-10-30",
                "arrest_precision": "day",
                "arrested_by": None,
                "activity": {
                    "en": "Songs and public statements denouncing the authorities' crimes against women and the people of Iran.",
                    "es": "Canciones y declaraciones públicas que denuncian los crímenes de las autoridades contra las mujeres y el pueblo de Irán.",
                    "fa": "ترانه‌ها و سخنان علنی در افشای جنایت‌های حکومت علیه زنان و مردم ایران.",
                    "fr": "Des chansons et des prises de parole publiques dénonçant les crimes du pouvoir contre les femmes et le peuple iranien.",
                },
                "charges": [],
                "court": None,
                "branch": "",
                "judge": "",
                "verdict_date": "",
                "appeal_date": "",
                "sentences": [],
                "prison": None,
                "violations": ["torture", "forced-confession", "incommunicado"],
            }
        ],
        "events": [
            {
                "date": "2022-10-30",
                "precision": "day",
                "kind": "arrested",
                "status": "detained",
                "release_reason": "",
                "note": {
                    "en": "The authorities take him into custody around midnight.",
                    "es": "Las autoridades lo detienen hacia la medianoche.",
                    "fa": "ماموران او را حوالی نیمه‌شب بازداشت می‌کنند.",
                    "fr": "Les autorités l'arrêtent vers minuit.",
                },
                "verification": "confirmed",
                "sources": [
                    {
                        "kind": "family",
                        "title": "Call for worldwide action from the family and friends of Toomaj Salehi",
                        "publisher": "Family and friends of Toomaj Salehi",
                        "date": "2022-11-01",
                        "url": "",
                        "internal": False,
                    }
                ],
                "internal": False,
            },
            {
                "date": "2022-11-02",
                "precision": "day",
                "kind": "transferred",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "After being pressed to confess at a police centre in Isfahan, he is reportedly handed over to prison and intelligence officials, and his family still cannot reach him.",
                    "es": "Tras ser presionado para confesar en un centro policial de Isfahán, al parecer es entregado a funcionarios de prisiones y de inteligencia, y su familia sigue sin poder contactarlo.",
                    "fa": "پس از فشار برای اعتراف در یک مرکز پلیس در اصفهان، گفته می‌شود به زندان و ادارهٔ اطلاعات تحویل داده شده است و خانواده‌اش همچنان راهی برای تماس با او ندارند.",
                    "fr": "Après avoir été poussé à avouer dans un centre de police d'Ispahan, il aurait été remis aux services pénitentiaires et de renseignement ; sa famille ne peut toujours pas le joindre.",
                },
                "verification": "reported",
                "sources": [
                    {
                        "kind": "ngo",
                        "title": "Update on Toomaj Salehi's detention in Isfahan",
                        "publisher": "Burn the Cage / Free the Birds",
                        "date": "2022-11-02",
                        "url": "",
                        "internal": False,
                    }
                ],
                "internal": False,
            },
            {
                "date": "2022-11-05",
                "precision": "day",
                "kind": "other",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "Answering his family's call, people rally for his release in Paris, Toronto, Medellín and other cities.",
                    "es": "Respondiendo al llamado de su familia, se organizan concentraciones por su liberación en París, Toronto, Medellín y otras ciudades.",
                    "fa": "در پاسخ به فراخوان خانواده‌اش، مردم در پاریس، تورنتو، مدلین و شهرهای دیگر برای آزادی او گرد هم می‌آیند.",
                    "fr": "À l'appel de sa famille, des rassemblements pour sa libération ont lieu à Paris, Toronto, Medellín et ailleurs.",
                },
                "verification": "confirmed",
                "sources": [],
                "internal": False,
            },
            {
                "date": "2022-12-01",
                "precision": "month",
                "kind": "charged",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "Campaign posters report that he has been indicted; the charges are not yet known to us.",
                    "es": "Los carteles de la campaña informan de que ha sido procesado; todavía no conocemos los cargos.",
                    "fa": "پوسترهای کارزار از صدور کیفرخواست برای او خبر می‌دهند؛ اتهام‌ها هنوز برای ما روشن نیست.",
                    "fr": "Les affiches de la campagne indiquent qu'il a été inculpé ; nous ne connaissons pas encore les chefs d'accusation.",
                },
                "verification": "reported",
                "sources": [
                    {
                        "kind": "ngo",
                        "title": "Protest at the Iranian embassy in Bogotá",
                        "publisher": "Quemar la Jaula",
                        "date": "2022-12-25",
                        "url": "",
                        "internal": False,
                    }
                ],
                "internal": False,
            },
        ],
        "translations": ["es", "fa", "fr"],
        "news": [
            "2022-free-toomaj-salehi-worldwide",
            "2022-new-york-concert-for-the-people-of",
            "2023-bogota-embassy-banner-two-languages",
            "2023-cali-weeks-of-action-toomaj",
            "2023-worldwide-day-freedom-for-toomaj",
        ],
    },
    # --------------------------------------------------------------------------------------
    {
        "slug": "majidreza-rahnavard",
        "name_latin": "Majidreza Rahnavard",
        "name_native": "مجیدرضا رهنورد",
        "other_names": [],
        "title": {
            "en": "Majidreza Rahnavard",
            "es": "Majidreza Rahnavard",
            "fa": "مجیدرضا رهنورد",
            "fr": "Majidreza Rahnavard",
        },
        "gender": "male",
        "birth": None,
        "hometown": None,
        "citizenships": ["IR"],
        "groups": [],
        "occupations": ["athlete", "teacher", "protester"],
        "short_story": {
            "en": (
                "A young athlete and teacher, hanged in public in December 2022 during the "
                "crackdown on the uprising. He asked that no one mourn at his grave and that "
                "happy music be played there instead."
            ),
            "es": (
                "Joven deportista y maestro, ahorcado en público en diciembre de 2022 en plena "
                "represión del levantamiento. Pidió que nadie llorara ante su tumba y que en su "
                "lugar sonara música alegre."
            ),
            "fa": (
                "ورزشکار و معلمی جوان که در دسامبر ۲۰۲۲، در جریان سرکوب خیزش، در ملأ عام به دار "
                "آویخته شد. او خواسته بود کسی بر مزارش سوگواری نکند و به جای آن موسیقی شاد پخش "
                "شود."
            ),
            "fr": (
                "Jeune sportif et enseignant, pendu en public en décembre 2022 en pleine "
                "répression du soulèvement. Il avait demandé que personne ne pleure sur sa tombe "
                "et qu'on y joue plutôt de la musique joyeuse."
            ),
        },
        "story": {
            "en": (
                "Majidreza Rahnavard was a young sportsman who also worked as a teacher. He was "
                "one of the many people detained during the uprising of 2022, which the "
                "authorities branded as moharebeh, “waging war against God”, a charge that can "
                "carry the death penalty. Trials in these cases were rushed, with no real "
                "defence, and families were put under pressure."
                "\n\n"
                "In December 2022 he was hanged in public, an execution meant to frighten others "
                "into silence. He had asked that nobody weep, pray or read the Quran over his "
                "grave, and that joyful music be played instead."
                "\n\n"
                "Activists outside Iran's embassy in Bogotá carried his portrait on 20 December "
                "2022, and campaigners in Colombia remembered him in their message for the new "
                "year."
            ),
            "es": (
                "Majidreza Rahnavard era un joven deportista que también trabajaba como maestro. "
                "Fue una de las muchas personas detenidas durante el levantamiento de 2022, al que "
                "las autoridades calificaron de moharebeh, «hacer la guerra a Dios», un cargo que "
                "puede acarrear la pena de muerte. Los juicios de estos casos fueron apresurados, "
                "sin una defensa real, y se presionó a las familias."
                "\n\n"
                "En diciembre de 2022 fue ahorcado en público, una ejecución pensada para "
                "sembrar el miedo. Había pedido que nadie llorara, rezara ni leyera el Corán "
                "ante su tumba, y que en cambio sonara música alegre."
                "\n\n"
                "Activistas frente a la embajada de Irán en Bogotá llevaron su retrato el 20 de "
                "diciembre de 2022, y la campaña en Colombia lo recordó en su mensaje de año "
                "nuevo."
            ),
            "fa": (
                "مجیدرضا رهنورد ورزشکاری جوان بود که معلمی هم می‌کرد. او یکی از انبوه کسانی بود "
                "که در خیزش سال ۱۴۰۱ بازداشت شدند؛ خیزشی که حکومت آن را «محاربه» نامید، اتهامی "
                "که می‌تواند به اعدام بینجامد. دادرسی این پرونده‌ها با شتاب و بدون دفاع واقعی "
                "برگزار شد و خانواده‌ها زیر فشار قرار گرفتند."
                "\n\n"
                "او در دسامبر ۲۰۲۲ در ملأ عام اعدام شد؛ اعدامی که برای ترساندن دیگران انجام شد. "
                "او خواسته بود کسی بر مزارش گریه نکند، نماز و قرآن نخواند و به جای آن موسیقی "
                "شاد پخش شود."
                "\n\n"
                "فعالان در ۲۰ دسامبر ۲۰۲۲ تصویر او را جلوی سفارت ایران در بوگوتا در دست "
                "گرفتند و کارزار کلمبیا در پیام سال نوی خود از او یاد کرد."
            ),
            "fr": (
                "Majidreza Rahnavard était un jeune sportif qui travaillait aussi comme "
                "enseignant. Il faisait partie des nombreuses personnes arrêtées pendant le "
                "soulèvement de 2022, que le pouvoir a qualifié de moharebeh, « guerre contre "
                "Dieu », une accusation passible de la peine de mort. Dans ces affaires, les "
                "procès ont été expédiés, sans véritable défense, et les familles ont subi des "
                "pressions."
                "\n\n"
                "En décembre 2022, il a été pendu en public, une exécution destinée à terroriser "
                "la population. Il avait demandé que personne ne pleure, ne prie ni ne lise le "
                "Coran sur sa tombe, et qu'on y joue de la musique joyeuse."
                "\n\n"
                "Des militants l'ont porté en portrait devant l'ambassade d'Iran à Bogotá le 20 "
                "décembre 2022, et la campagne colombienne a salué sa mémoire dans son message de "
                "nouvel an."
            ),
        },
        "portrait": {
            "palette": 1,
            "credit": {
                "en": "Drawing made for the demo",
                "es": "Dibujo hecho para la demostración",
                "fa": "طرحی که برای نسخهٔ نمایشی کشیده شده است",
                "fr": "Dessin réalisé pour la démo",
            },
        },
        "risk_of_execution": False,
        "private_fields": [],
        "recognitions": [],
        "sources": [
            {
                "kind": "ngo",
                "title": "New Year's message for the life and liberty of Iran's political prisoners",
                "publisher": "Quemar la Jaula",
                "date": "2022-12-31",
                "url": "",
                "internal": False,
            },
        ],
        "cases": [
            {
                "arrest_date": "2022-01-01",
                "arrest_precision": "year",
                "arrested_by": None,
                "activity": {
                    "en": "Taking part in the 2022 uprising.",
                    "es": "Participar en el levantamiento de 2022.",
                    "fa": "شرکت در خیزش سال ۱۴۰۱.",
                    "fr": "Sa participation au soulèvement de 2022.",
                },
                "charges": [["moharebeh", ""]],
                "court": None,
                "branch": "",
                "judge": "",
                "verdict_date": "",
                "appeal_date": "",
                "sentences": [
                    {"kind": "death", "years": None, "months": None, "lashes": None, "amount": ""}
                ],
                "prison": None,
                "violations": ["unfair-trial", "no-lawyer"],
            }
        ],
        "events": [
            {
                "date": "2022-01-01",
                "precision": "year",
                "kind": "arrested",
                "status": "detained",
                "release_reason": "",
                "note": {
                    "en": "Detained during the 2022 protests; we do not know the exact date.",
                    "es": "Detenido durante las protestas de 2022; no conocemos la fecha exacta.",
                    "fa": "در جریان اعتراض‌های سال ۱۴۰۱ بازداشت شد؛ تاریخ دقیق آن را نمی‌دانیم.",
                    "fr": "Arrêté pendant les manifestations de 2022 ; nous ne connaissons pas la date exacte.",
                },
                "verification": "reported",
                "sources": [],
                "internal": False,
            },
            {
                "date": "2022-12-01",
                "precision": "month",
                "kind": "executed",
                "status": "executed",
                "release_reason": "",
                "note": {
                    "en": "Hanged in public.",
                    "es": "Ahorcado en público.",
                    "fa": "در ملأ عام اعدام شد.",
                    "fr": "Pendu en public.",
                },
                "verification": "confirmed",
                "sources": [
                    {
                        "kind": "ngo",
                        "title": "New Year's message for the life and liberty of Iran's political prisoners",
                        "publisher": "Quemar la Jaula",
                        "date": "2022-12-31",
                        "url": "",
                        "internal": False,
                    }
                ],
                "internal": False,
            },
            {
                "date": "2022-12-20",
                "precision": "day",
                "kind": "other",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "Protesters outside Iran's embassy in Bogotá hold up his portrait.",
                    "es": "Manifestantes frente a la embajada de Irán en Bogotá muestran su retrato.",
                    "fa": "معترضان جلوی سفارت ایران در بوگوتا تصویر او را بالا می‌برند.",
                    "fr": "Devant l'ambassade d'Iran à Bogotá, des manifestants brandissent son portrait.",
                },
                "verification": "confirmed",
                "sources": [],
                "internal": False,
            },
        ],
        "translations": ["es", "fa", "fr"],
        "news": [
            "2023-bogota-embassy-banner-two-languages",
            "2023-new-year-message-quemar-la-jaula",
        ],
    },
    # --------------------------------------------------------------------------------------
    {
        "slug": "mohsen-shekari",
        "name_latin": "Mohsen Shekari",
        "name_native": "محسن شکاری",
        "other_names": [],
        "title": {
            "en": "Mohsen Shekari",
            "es": "Mohsen Shekari",
            "fa": "محسن شکاری",
            "fr": "Mohsen Shekari",
        },
        "gender": "male",
        "birth": None,
        "hometown": None,
        "citizenships": ["IR"],
        "groups": [],
        "occupations": ["protester"],
        "short_story": {
            "en": (
                "Executed in December 2022 in connection with the protests that followed the "
                "death of Jina Mahsa Amini. Campaigners in Colombia have carried his portrait at "
                "the Iranian embassy and in the streets."
            ),
            "es": (
                "Ejecutado en diciembre de 2022 en relación con las protestas que siguieron a la "
                "muerte de Jina Mahsa Amini. La campaña en Colombia ha llevado su retrato a la "
                "embajada iraní y a las calles."
            ),
            "fa": (
                "در دسامبر ۲۰۲۲ در پیوند با اعتراض‌هایی که پس از مرگ ژینا مهسا امینی برخاست "
                "اعدام شد. فعالان در کلمبیا تصویر او را جلوی سفارت ایران و در خیابان‌ها در دست "
                "گرفته‌اند."
            ),
            "fr": (
                "Exécuté en décembre 2022 en lien avec les manifestations qui ont suivi la mort "
                "de Jina Mahsa Amini. En Colombie, des militants ont porté son portrait devant "
                "l'ambassade d'Iran et dans la rue."
            ),
        },
        "story": {
            "en": (
                "Mohsen Shekari was executed in December 2022, one of the protesters the Islamic "
                "Republic sent to the gallows as it tried to crush the uprising. We hold few "
                "verified details about his arrest and trial, and this profile will grow as they "
                "are checked."
                "\n\n"
                "On 20 December 2022 activists outside Iran's embassy in Bogotá displayed large "
                "portraits of him and of Majidreza Rahnavard, together with the names of "
                "prisoners sentenced to death or at risk of execution."
            ),
            "es": (
                "Mohsen Shekari fue ejecutado en diciembre de 2022, uno de los manifestantes que "
                "la República Islámica envió a la horca para aplastar el levantamiento. Tenemos "
                "pocos datos verificados sobre su detención y su juicio; este perfil se ampliará "
                "a medida que los comprobemos."
                "\n\n"
                "El 20 de diciembre de 2022, activistas frente a la embajada de Irán en Bogotá "
                "exhibieron grandes retratos suyos y de Majidreza Rahnavard, junto con los "
                "nombres de presos condenados a muerte o en riesgo de ejecución."
            ),
            "fa": (
                "محسن شکاری در دسامبر ۲۰۲۲ اعدام شد؛ یکی از معترضانی که جمهوری اسلامی برای "
                "درهم‌شکستن خیزش به چوبهٔ دار سپرد. اطلاعات تأییدشدهٔ ما دربارهٔ بازداشت و "
                "دادگاه او اندک است و این صفحه با بررسی اطلاعات تازه کامل‌تر خواهد شد."
                "\n\n"
                "در ۲۰ دسامبر ۲۰۲۲ فعالان جلوی سفارت ایران در بوگوتا تصویرهای بزرگی از او و "
                "مجیدرضا رهنورد را همراه با نام زندانیانی که به اعدام محکوم شده یا در خطر اعدام "
                "بودند به نمایش گذاشتند."
            ),
            "fr": (
                "Mohsen Shekari a été exécuté en décembre 2022, l'un des manifestants que la "
                "République islamique a envoyés à la potence pour écraser le soulèvement. Nous "
                "disposons de peu d'éléments vérifiés sur son arrestation et son procès ; ce "
                "profil sera complété au fil des vérifications."
                "\n\n"
                "Le 20 décembre 2022, devant l'ambassade d'Iran à Bogotá, des militants ont "
                "exposé de grands portraits de lui et de Majidreza Rahnavard, accompagnés des "
                "noms de prisonniers condamnés à mort ou menacés d'exécution."
            ),
        },
        "portrait": {
            "palette": 2,
            "credit": {
                "en": "Drawing made for the demo",
                "es": "Dibujo hecho para la demostración",
                "fa": "طرحی که برای نسخهٔ نمایشی کشیده شده است",
                "fr": "Dessin réalisé pour la démo",
            },
        },
        "risk_of_execution": False,
        "private_fields": [],
        "recognitions": [],
        "sources": [
            {
                "kind": "ngo",
                "title": "Protest at the Iranian embassy in Bogotá",
                "publisher": "Quemar la Jaula",
                "date": "2022-12-25",
                "url": "",
                "internal": False,
            },
        ],
        "cases": [
            {
                "arrest_date": "2022-01-01",
                "arrest_precision": "year",
                "arrested_by": None,
                "activity": {
                    "en": "Taking part in the 2022 protests.",
                    "es": "Participar en las protestas de 2022.",
                    "fa": "شرکت در اعتراض‌های سال ۱۴۰۱.",
                    "fr": "Sa participation aux manifestations de 2022.",
                },
                "charges": [],
                "court": None,
                "branch": "",
                "judge": "",
                "verdict_date": "",
                "appeal_date": "",
                "sentences": [
                    {"kind": "death", "years": None, "months": None, "lashes": None, "amount": ""}
                ],
                "prison": None,
                "violations": [],
            }
        ],
        "events": [
            {
                "date": "2022-01-01",
                "precision": "year",
                "kind": "arrested",
                "status": "detained",
                "release_reason": "",
                "note": {
                    "en": "Detained in connection with the 2022 protests; the date is not known to us.",
                    "es": "Detenido en relación con las protestas de 2022; desconocemos la fecha.",
                    "fa": "در پیوند با اعتراض‌های سال ۱۴۰۱ بازداشت شد؛ تاریخ آن را نمی‌دانیم.",
                    "fr": "Arrêté en lien avec les manifestations de 2022 ; la date nous est inconnue.",
                },
                "verification": "reported",
                "sources": [],
                "internal": False,
            },
            {
                "date": "2022-12-01",
                "precision": "month",
                "kind": "executed",
                "status": "executed",
                "release_reason": "",
                "note": {
                    "en": "Executed.",
                    "es": "Ejecutado.",
                    "fa": "اعدام شد.",
                    "fr": "Exécuté.",
                },
                "verification": "confirmed",
                "sources": [
                    {
                        "kind": "ngo",
                        "title": "Protest at the Iranian embassy in Bogotá",
                        "publisher": "Quemar la Jaula",
                        "date": "2022-12-25",
                        "url": "",
                        "internal": False,
                    }
                ],
                "internal": False,
            },
            {
                "date": "2022-12-20",
                "precision": "day",
                "kind": "other",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "His portrait is shown at a protest outside Iran's embassy in Bogotá.",
                    "es": "Su retrato se exhibe en una protesta frente a la embajada de Irán en Bogotá.",
                    "fa": "تصویر او در تجمعی جلوی سفارت ایران در بوگوتا به نمایش درمی‌آید.",
                    "fr": "Son portrait est montré lors d'une manifestation devant l'ambassade d'Iran à Bogotá.",
                },
                "verification": "confirmed",
                "sources": [],
                "internal": False,
            },
        ],
        "translations": ["es", "fa", "fr"],
        "news": ["2023-bogota-embassy-banner-two-languages"],
    },
    # --------------------------------------------------------------------------------------
    {
        "slug": "amir-nasr-azadani",
        "name_latin": "Amir Nasr-Azadani",
        "name_native": "امیر نصرآزادانی",
        "other_names": [],
        "title": {
            "en": "Amir Nasr-Azadani",
            "es": "Amir Nasr-Azadani",
            "fa": "امیر نصرآزادانی",
            "fr": "Amir Nasr-Azadani",
        },
        "gender": "male",
        "birth": None,
        "hometown": None,
        "citizenships": ["IR"],
        "groups": [],
        "occupations": ["athlete"],
        "short_story": {
            "en": (
                "Footballer detained in the 2022 crackdown. In December 2022 campaigners warned "
                "that he faced the gallows; posters that month said he had been sentenced to "
                "death, a report we have not been able to confirm."
            ),
            "es": (
                "Futbolista detenido durante la represión de 2022. En diciembre de 2022 la "
                "campaña advirtió que se enfrentaba a la horca; carteles de ese mes decían que "
                "había sido condenado a muerte, algo que no hemos podido confirmar."
            ),
            "fa": (
                "فوتبالیستی که در سرکوب سال ۱۴۰۱ بازداشت شد. در دسامبر ۲۰۲۲ فعالان هشدار دادند "
                "که خطر اعدام او را تهدید می‌کند؛ برخی پوسترها از حکم اعدام او خبر دادند، اما "
                "ما هنوز نتوانسته‌ایم آن را تأیید کنیم."
            ),
            "fr": (
                "Footballeur arrêté lors de la répression de 2022. En décembre 2022, des "
                "militants ont averti qu'il risquait la potence ; des affiches du même mois le "
                "disaient condamné à mort, ce que nous n'avons pas pu confirmer."
            ),
        },
        "story": {
            "en": (
                "Amir Nasr-Azadani is a footballer who was detained in 2022, as the authorities "
                "cracked down on the protests. By December his case had become a symbol of the "
                "danger facing young detainees: on 17 December 2022 activists in Cali, Colombia, "
                "staged a street performance around a mock gallows and named him among the "
                "people facing execution."
                "\n\n"
                "Three days later, some of the posters carried to Iran's embassy in Bogotá "
                "described him as already sentenced to death. We have not been able to confirm "
                "that report, so his timeline shows it as under review. What is beyond doubt is "
                "that his life was in danger."
            ),
            "es": (
                "Amir Nasr-Azadani es un futbolista detenido en 2022, cuando las autoridades "
                "reprimieron las protestas. En diciembre su caso ya simbolizaba el peligro que "
                "corrían los jóvenes detenidos: el 17 de diciembre de 2022, activistas de Cali, "
                "Colombia, montaron una performance callejera en torno a una horca simbólica y "
                "lo nombraron entre quienes se enfrentaban a la ejecución."
                "\n\n"
                "Tres días después, algunos de los carteles llevados a la embajada de Irán en "
                "Bogotá lo presentaban como ya condenado a muerte. No hemos podido confirmar esa "
                "información, por lo que su cronología la muestra como en revisión. Lo que nadie "
                "duda es que su vida corría peligro."
            ),
            "fa": (
                "امیر نصرآزادانی فوتبالیستی است که در سال ۱۴۰۱ و در جریان سرکوب اعتراض‌ها "
                "بازداشت شد. تا دسامبر، پروندهٔ او به نمادی از خطری تبدیل شده بود که بازداشت‌شدگان "
                "جوان را تهدید می‌کرد: در ۱۷ دسامبر ۲۰۲۲ فعالان در شهر کالی کلمبیا نمایشی خیابانی "
                "با یک چوبهٔ دار نمادین اجرا کردند و نام او را در میان کسانی بردند که با خطر اعدام "
                "روبه‌رو بودند."
                "\n\n"
                "سه روز بعد، برخی از پوسترهایی که جلوی سفارت ایران در بوگوتا برده شد او را "
                "محکوم به اعدام معرفی می‌کرد. ما نتوانسته‌ایم این خبر را تأیید کنیم و به همین "
                "دلیل در گاه‌شمار او «در حال بررسی» آمده است. آنچه تردیدی در آن نیست این است که "
                "جان او در خطر بود."
            ),
            "fr": (
                "Amir Nasr-Azadani est un footballeur arrêté en 2022, lorsque le pouvoir a "
                "réprimé les manifestations. En décembre, son cas symbolisait le danger couru par "
                "les jeunes détenus : le 17 décembre 2022, à Cali, en Colombie, des militants ont "
                "joué une performance de rue autour d'une potence factice et l'ont cité parmi "
                "les personnes menacées d'exécution."
                "\n\n"
                "Trois jours plus tard, certaines affiches portées devant l'ambassade d'Iran à "
                "Bogotá le présentaient comme déjà condamné à mort. Nous n'avons pas pu confirmer "
                "cette information ; sa chronologie l'indique donc comme en cours de "
                "vérification. Une chose est sûre : sa vie était en danger."
            ),
        },
        "portrait": {
            "palette": 3,
            "credit": {
                "en": "Drawing made for the demo",
                "es": "Dibujo hecho para la demostración",
                "fa": "طرحی که برای نسخهٔ نمایشی کشیده شده است",
                "fr": "Dessin réalisé pour la démo",
            },
        },
        "risk_of_execution": True,
        "private_fields": [],
        "recognitions": [],
        "sources": [
            {
                "kind": "ngo",
                "title": "Posts on actions in Colombia, December 2022",
                "publisher": "Quemar la Jaula",
                "date": "2022-12-20",
                "url": "",
                "internal": False,
            },
        ],
        "cases": [
            {
                "arrest_date": "2022-01-01",
                "arrest_precision": "year",
                "arrested_by": None,
                "activity": {
                    "en": "Taking part in the 2022 protests.",
                    "es": "Participar en las protestas de 2022.",
                    "fa": "شرکت در اعتراض‌های سال ۱۴۰۱.",
                    "fr": "Sa participation aux manifestations de 2022.",
                },
                "charges": [],
                "court": None,
                "branch": "",
                "judge": "",
                "verdict_date": "",
                "appeal_date": "",
                "sentences": [],
                "prison": None,
                "violations": [],
            }
        ],
        "events": [
            {
                "date": "2022-01-01",
                "precision": "year",
                "kind": "arrested",
                "status": "detained",
                "release_reason": "",
                "note": {
                    "en": "Detained during the 2022 protests; the date is not known to us.",
                    "es": "Detenido durante las protestas de 2022; desconocemos la fecha.",
                    "fa": "در جریان اعتراض‌های سال ۱۴۰۱ بازداشت شد؛ تاریخ آن را نمی‌دانیم.",
                    "fr": "Arrêté pendant les manifestations de 2022 ; la date nous est inconnue.",
                },
                "verification": "reported",
                "sources": [],
                "internal": False,
            },
            {
                "date": "2022-12-17",
                "precision": "day",
                "kind": "other",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "Activists in Cali name him among the prisoners facing execution during a street performance with a mock gallows.",
                    "es": "Activistas de Cali lo nombran entre los presos amenazados de ejecución durante una performance callejera con una horca simbólica.",
                    "fa": "فعالان در کالی در نمایشی خیابانی با چوبهٔ دار نمادین، نام او را در میان زندانیان در خطر اعدام می‌برند.",
                    "fr": "À Cali, lors d'une performance de rue avec une potence factice, des militants le citent parmi les prisonniers menacés d'exécution.",
                },
                "verification": "confirmed",
                "sources": [],
                "internal": False,
            },
            {
                "date": "2022-12-20",
                "precision": "day",
                "kind": "other",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "Posters at a protest in Bogotá describe him as sentenced to death; we have not been able to confirm this.",
                    "es": "Carteles de una protesta en Bogotá lo describen como condenado a muerte; no hemos podido confirmarlo.",
                    "fa": "پوسترهایی در تجمعی در بوگوتا او را محکوم به اعدام معرفی می‌کنند؛ ما نتوانسته‌ایم این را تأیید کنیم.",
                    "fr": "Des affiches lors d'une manifestation à Bogotá le disent condamné à mort ; nous n'avons pas pu le confirmer.",
                },
                "verification": "under-review",
                "sources": [
                    {
                        "kind": "ngo",
                        "title": "Protest at the Iranian embassy in Bogotá",
                        "publisher": "Quemar la Jaula",
                        "date": "2022-12-25",
                        "url": "",
                        "internal": False,
                    }
                ],
                "internal": False,
            },
        ],
        "translations": ["es", "fa", "fr"],
        "news": ["2023-bogota-embassy-banner-two-languages"],
    },
    # --------------------------------------------------------------------------------------
    {
        "slug": "ahmadreza-djalali",
        "name_latin": "Ahmadreza Djalali",
        "name_native": "احمدرضا جلالی",
        "other_names": [],
        "title": {
            "en": "Ahmadreza Djalali",
            "es": "Ahmadreza Djalali",
            "fa": "احمدرضا جلالی",
            "fr": "Ahmadreza Djalali",
        },
        "gender": "male",
        "birth": None,
        "hometown": None,
        "citizenships": ["IR", "SE"],
        "groups": [],
        "occupations": ["doctor"],
        "short_story": {
            "en": (
                "Swedish-Iranian doctor under sentence of death in Iran, one of the dual "
                "nationals held as bargaining chips. On 21 May 2022 campaigners marched through "
                "Cologne against his death sentence and for all political prisoners."
            ),
            "es": (
                "Médico sueco-iraní condenado a muerte en Irán, uno de los binacionales "
                "retenidos como moneda de cambio. El 21 de mayo de 2022 se marchó en Colonia "
                "contra su condena a muerte y por todos los presos políticos."
            ),
            "fa": (
                "پزشک ایرانی‌سوئدی که در ایران به اعدام محکوم شده و از دوتابعیتی‌هایی است که "
                "چون برگ چانه‌زنی نگه داشته می‌شوند. در ۲۱ مه ۲۰۲۲ فعالان در کلن در اعتراض به "
                "حکم اعدام او و برای همهٔ زندانیان سیاسی راهپیمایی کردند."
            ),
            "fr": (
                "Médecin suédo-iranien condamné à mort en Iran, l'un des binationaux détenus "
                "comme monnaie d'échange. Le 21 mai 2022, des militants ont défilé à Cologne "
                "contre sa condamnation et pour tous les prisonniers politiques."
            ),
        },
        "story": {
            "en": (
                "Ahmadreza Djalali is a doctor who holds both Iranian and Swedish citizenship. He "
                "is one of the dual nationals held in Iran whom human rights groups describe as "
                "hostages, kept as leverage in the Islamic Republic's dealings with other "
                "governments."
                "\n\n"
                "He is under sentence of death. On Saturday 21 May 2022, Burn the Cage activists "
                "and other groups marched through the centre of Cologne against that sentence. "
                "They spoke to passers-by in German and ended by holding up photographs and "
                "banners from a bridge over the Rhine."
                "\n\n"
                "This profile does not yet give the dates of his arrest, trial and verdict; they "
                "will be added once they have been checked against reliable sources."
            ),
            "es": (
                "Ahmadreza Djalali es un médico con nacionalidad iraní y sueca. Es uno de los "
                "binacionales presos en Irán a quienes las organizaciones de derechos humanos "
                "consideran rehenes, usados como palanca en las relaciones de la República "
                "Islámica con otros gobiernos."
                "\n\n"
                "Pesa sobre él una condena a muerte. El sábado 21 de mayo de 2022, activistas de "
                "Quema la Jaula y otros grupos marcharon por el centro de Colonia contra esa "
                "condena. Hablaron en alemán con los transeúntes y terminaron mostrando fotos y "
                "pancartas desde un puente sobre el Rin."
                "\n\n"
                "Este perfil aún no recoge las fechas de su detención, su juicio y su sentencia; "
                "las añadiremos cuando las hayamos verificado en fuentes fiables."
            ),
            "fa": (
                "احمدرضا جلالی پزشکی با تابعیت ایران و سوئد است. او از شهروندان دوتابعیتی "
                "زندانی در ایران است که سازمان‌های حقوق بشری آنان را گروگان می‌دانند؛ کسانی که "
                "جمهوری اسلامی از آنان برای فشار در روابطش با دولت‌های دیگر بهره می‌گیرد."
                "\n\n"
                "او به اعدام محکوم شده است. روز شنبه ۲۱ مه ۲۰۲۲ فعالان «قفس را بسوزان» و "
                "گروه‌های دیگر در اعتراض به این حکم در مرکز شهر کلن راهپیمایی کردند، با رهگذران "
                "به زبان آلمانی سخن گفتند و در پایان عکس‌ها و پلاکاردها را از روی پلی بر رود راین "
                "بالا بردند."
                "\n\n"
                "تاریخ بازداشت، دادگاه و صدور حکم او هنوز در این صفحه نیامده است و پس از "
                "بررسی در منابع معتبر افزوده خواهد شد."
            ),
            "fr": (
                "Ahmadreza Djalali est un médecin de nationalités iranienne et suédoise. Il fait "
                "partie des binationaux détenus en Iran que les organisations de défense des "
                "droits humains considèrent comme des otages, utilisés comme moyen de pression "
                "dans les relations de la République islamique avec d'autres gouvernements."
                "\n\n"
                "Il est sous le coup d'une condamnation à mort. Le samedi 21 mai 2022, des "
                "militants de Brûlez la cage et d'autres groupes ont défilé dans le centre de "
                "Cologne contre cette sentence. Ils ont interpellé les passants en allemand, puis "
                "ont brandi photos et banderoles depuis un pont sur le Rhin."
                "\n\n"
                "Ce profil ne donne pas encore les dates de son arrestation, de son procès et du "
                "verdict ; elles seront ajoutées après vérification auprès de sources fiables."
            ),
        },
        "portrait": {
            "palette": 4,
            "credit": {
                "en": "Drawing made for the demo",
                "es": "Dibujo hecho para la demostración",
                "fa": "طرحی که برای نسخهٔ نمایشی کشیده شده است",
                "fr": "Dessin réalisé pour la démo",
            },
        },
        "risk_of_execution": True,
        "private_fields": [],
        "recognitions": [],
        "sources": [
            {
                "kind": "ngo",
                "title": "March in Cologne against the death sentence of Ahmadreza Djalali",
                "publisher": "Burn the Cage / Free the Birds",
                "date": "2022-05-21",
                "url": "",
                "internal": False,
            },
        ],
        "cases": [
            {
                "arrest_date": "",
                "arrest_precision": "day",
                "arrested_by": None,
                "activity": None,
                "charges": [],
                "court": None,
                "branch": "",
                "judge": "",
                "verdict_date": "",
                "appeal_date": "",
                "sentences": [
                    {"kind": "death", "years": None, "months": None, "lashes": None, "amount": ""}
                ],
                "prison": None,
                "violations": [],
            }
        ],
        "events": [
            {
                "date": "2022-05-01",
                "precision": "month",
                "kind": "other",
                "status": "death-sentence",
                "release_reason": "",
                "note": {
                    "en": "As of May 2022 he is under sentence of death; the date of the verdict is not yet recorded here.",
                    "es": "En mayo de 2022 pesa sobre él una condena a muerte; la fecha de la sentencia aún no figura aquí.",
                    "fa": "در مه ۲۰۲۲ او محکوم به اعدام است؛ تاریخ صدور حکم هنوز در اینجا ثبت نشده است.",
                    "fr": "En mai 2022, il est sous le coup d'une condamnation à mort ; la date du verdict n'est pas encore indiquée ici.",
                },
                "verification": "confirmed",
                "sources": [],
                "internal": False,
            },
            {
                "date": "2022-05-21",
                "precision": "day",
                "kind": "other",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "Campaigners march through Cologne against his death sentence.",
                    "es": "Activistas marchan por Colonia contra su condena a muerte.",
                    "fa": "فعالان در اعتراض به حکم اعدام او در کلن راهپیمایی می‌کنند.",
                    "fr": "Des militants défilent à Cologne contre sa condamnation à mort.",
                },
                "verification": "confirmed",
                "sources": [
                    {
                        "kind": "ngo",
                        "title": "March in Cologne against the death sentence of Ahmadreza Djalali",
                        "publisher": "Burn the Cage / Free the Birds",
                        "date": "2022-05-21",
                        "url": "",
                        "internal": False,
                    }
                ],
                "internal": False,
            },
        ],
        "translations": ["es", "fa", "fr"],
        "news": ["2022-cologne-march-ahmadreza-djalali"],
    },
    # --------------------------------------------------------------------------------------
    {
        "slug": "narges-mohammadi",
        "name_latin": "Narges Mohammadi",
        "name_native": "نرگس محمدی",
        "other_names": [],
        "title": {
            "en": "Narges Mohammadi",
            "es": "Narges Mohammadi",
            "fa": "نرگس محمدی",
            "fr": "Narges Mohammadi",
        },
        "gender": "female",
        "birth": None,
        "hometown": None,
        "citizenships": ["IR"],
        "groups": [],
        "occupations": ["writer", "human-rights-defender", "womens-rights-activist"],
        "short_story": {
            "en": (
                "Human rights defender and author of White Torture. For over a decade she has "
                "spoken up for women and political prisoners, and has been jailed again and "
                "again for it; she spent almost all of 2022 in prison."
            ),
            "es": (
                "Defensora de los derechos humanos y autora de Tortura blanca. Desde hace más de "
                "diez años alza la voz por las mujeres y los presos políticos, y por ello ha sido "
                "encarcelada una y otra vez; pasó casi todo 2022 en prisión."
            ),
            "fa": (
                "مدافع حقوق بشر و نویسندهٔ کتاب «شکنجهٔ سفید». بیش از ده سال است که برای حقوق "
                "زنان و زندانیان سیاسی می‌کوشد و بارها به همین دلیل زندانی شده است؛ او تقریباً "
                "تمام سال ۲۰۲۲ را در زندان گذراند."
            ),
            "fr": (
                "Défenseuse des droits humains et autrice de Torture blanche. Depuis plus de dix "
                "ans, elle défend les femmes et les prisonniers politiques, ce qui lui vaut d'être "
                "emprisonnée encore et encore ; elle a passé presque toute l'année 2022 derrière "
                "les barreaux."
            ),
        },
        "story": {
            "en": (
                "Narges Mohammadi is one of Iran's best-known human rights defenders. For more "
                "than ten years she has stood up for the rights of women and of political "
                "prisoners, and for just as long she has been arrested, tried and sent back to "
                "prison."
                "\n\n"
                "In her book White Torture she writes about the isolation that Iran's prisons "
                "impose on those they hold. She spent nearly the whole of 2022 behind bars."
                "\n\n"
                "On 29 April 2023 PEN America posted a video tribute to her on Instagram and "
                "YouTube, and she shared it herself. PEN counts her among the hundreds of writers "
                "and public intellectuals who were jailed somewhere in the world during 2022."
            ),
            "es": (
                "Narges Mohammadi es una de las defensoras de derechos humanos más conocidas de "
                "Irán. Desde hace más de diez años defiende los derechos de las mujeres y de los "
                "presos políticos, y durante todo ese tiempo ha sido detenida, juzgada y devuelta "
                "a prisión."
                "\n\n"
                "En su libro Tortura blanca escribe sobre el aislamiento que las cárceles iraníes "
                "imponen a quienes encierran. Pasó casi todo 2022 entre rejas."
                "\n\n"
                "El 29 de abril de 2023, PEN America publicó en Instagram y YouTube un video en "
                "su homenaje, que ella misma compartió. PEN la incluye entre los cientos de "
                "escritores e intelectuales encarcelados en el mundo durante 2022."
            ),
            "fa": (
                "نرگس محمدی از شناخته‌شده‌ترین مدافعان حقوق بشر در ایران است. او بیش از ده سال "
                "است که از حقوق زنان و زندانیان سیاسی دفاع می‌کند و در تمام این سال‌ها بارها "
                "بازداشت، محاکمه و دوباره زندانی شده است."
                "\n\n"
                "او در کتاب «شکنجهٔ سفید» از انزوایی می‌نویسد که زندان‌های ایران بر زندانیان "
                "تحمیل می‌کنند. او تقریباً تمام سال ۲۰۲۲ را پشت میله‌ها گذراند."
                "\n\n"
                "انجمن قلم آمریکا در ۲۹ آوریل ۲۰۲۳ ویدیویی در بزرگداشت او در اینستاگرام و "
                "یوتیوب منتشر کرد و خود او نیز آن را بازنشر داد. این انجمن او را در شمار صدها "
                "نویسنده و اندیشمندی می‌داند که در سال ۲۰۲۲ در جهان زندانی بودند."
            ),
            "fr": (
                "Narges Mohammadi est l'une des défenseuses des droits humains les plus connues "
                "d'Iran. Depuis plus de dix ans, elle défend les droits des femmes et des "
                "prisonniers politiques, et depuis tout aussi longtemps elle est arrêtée, jugée "
                "et renvoyée en prison."
                "\n\n"
                "Dans son livre Torture blanche, elle décrit l'isolement que les prisons "
                "iraniennes imposent aux détenus. Elle a passé presque toute l'année 2022 "
                "derrière les barreaux."
                "\n\n"
                "Le 29 avril 2023, PEN America a publié sur Instagram et YouTube une vidéo en son "
                "hommage, qu'elle a elle-même partagée. PEN la compte parmi les centaines "
                "d'écrivains et d'intellectuels emprisonnés dans le monde en 2022."
            ),
        },
        "portrait": {
            "palette": 5,
            "credit": {
                "en": "Drawing made for the demo",
                "es": "Dibujo hecho para la demostración",
                "fa": "طرحی که برای نسخهٔ نمایشی کشیده شده است",
                "fr": "Dessin réalisé pour la démo",
            },
        },
        "risk_of_execution": False,
        "private_fields": [],
        "recognitions": [
            {
                "organization": "PEN America (Freedom to Write Index 2022)",
                "url": "https://pen.org/report/freedom-to-write-index-2022",
                "date": "",
            }
        ],
        "sources": [
            {
                "kind": "ngo",
                "title": "Video tribute to Narges Mohammadi",
                "publisher": "PEN America",
                "date": "2023-04-29",
                "url": "",
                "internal": False,
            },
            {
                "kind": "ngo",
                "title": "Freedom to Write Index 2022",
                "publisher": "PEN America",
                "date": "",
                "url": "https://pen.org/report/freedom-to-write-index-2022",
                "internal": False,
            },
        ],
        "cases": [
            {
                "arrest_date": "",
                "arrest_precision": "day",
                "arrested_by": None,
                "activity": {
                    "en": "Defending women's rights and the rights of political prisoners, and writing about prison conditions.",
                    "es": "Defender los derechos de las mujeres y de los presos políticos, y escribir sobre las condiciones en las cárceles.",
                    "fa": "دفاع از حقوق زنان و زندانیان سیاسی و نوشتن دربارهٔ وضعیت زندان‌ها.",
                    "fr": "La défense des droits des femmes et des prisonniers politiques, et ses écrits sur les conditions de détention.",
                },
                "charges": [],
                "court": None,
                "branch": "",
                "judge": "",
                "verdict_date": "",
                "appeal_date": "",
                "sentences": [],
                "prison": None,
                "violations": [],
            }
        ],
        "events": [
            {
                "date": "2022-01-01",
                "precision": "year",
                "kind": "other",
                "status": "imprisoned",
                "release_reason": "",
                "note": {
                    "en": "She spends almost the entire year in prison.",
                    "es": "Pasa casi todo el año en prisión.",
                    "fa": "تقریباً تمام سال را در زندان می‌گذراند.",
                    "fr": "Elle passe presque toute l'année en prison.",
                },
                "verification": "confirmed",
                "sources": [
                    {
                        "kind": "ngo",
                        "title": "Freedom to Write Index 2022",
                        "publisher": "PEN America",
                        "date": "",
                        "url": "https://pen.org/report/freedom-to-write-index-2022",
                        "internal": False,
                    }
                ],
                "internal": False,
            },
            {
                "date": "2023-04-29",
                "precision": "day",
                "kind": "other",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "PEN America publishes a video tribute to her, which she shares herself.",
                    "es": "PEN America publica un video en su homenaje, que ella misma comparte.",
                    "fa": "انجمن قلم آمریکا ویدیویی در بزرگداشت او منتشر می‌کند و خودش آن را بازنشر می‌دهد.",
                    "fr": "PEN America publie une vidéo en son hommage, qu'elle partage elle-même.",
                },
                "verification": "confirmed",
                "sources": [
                    {
                        "kind": "ngo",
                        "title": "Video tribute to Narges Mohammadi",
                        "publisher": "PEN America",
                        "date": "2023-04-29",
                        "url": "",
                        "internal": False,
                    }
                ],
                "internal": False,
            },
        ],
        "translations": ["es", "fa", "fr"],
        "news": ["2023-pen-america-video-narges-mohammadi"],
    },
    # --------------------------------------------------------------------------------------
    {
        "slug": "baktash-abtin",
        "name_latin": "Baktash Abtin",
        "name_native": "بکتاش آبتین",
        "other_names": [],
        "title": {
            "en": "Baktash Abtin",
            "es": "Baktash Abtin",
            "fa": "بکتاش آبتین",
            "fr": "Baktash Abtin",
        },
        "gender": "male",
        "birth": None,
        "hometown": None,
        "citizenships": ["IR"],
        "groups": [],
        "occupations": ["poet", "writer", "filmmaker"],
        "short_story": {
            "en": (
                "Poet, screenwriter and filmmaker, and a leading member of the Iranian Writers "
                "Association. Jailed for his work against censorship, he died in custody on 8 "
                "January 2022 after his jailers failed to give him the care he needed."
            ),
            "es": (
                "Poeta, guionista y cineasta, figura central de la Asociación de Escritores de "
                "Irán. Encarcelado por su lucha contra la censura, murió bajo custodia el 8 de "
                "enero de 2022, sin la atención que necesitaba."
            ),
            "fa": (
                "شاعر، فیلمنامه‌نویس و فیلمساز و از چهره‌های اصلی کانون نویسندگان ایران. او که "
                "به خاطر مبارزه با سانسور زندانی شده بود، در ۱۸ دی ۱۴۰۰ در بازداشت و بی‌آنکه "
                "درمان لازم را دریافت کند جان باخت."
            ),
            "fr": (
                "Poète, scénariste et cinéaste, figure centrale de l'Association des écrivains "
                "iraniens. Emprisonné pour son combat contre la censure, il est mort en détention "
                "le 8 janvier 2022, privé des soins dont il avait besoin."
            ),
        },
        "story": {
            "en": (
                "Baktash Abtin was a poet, screenwriter and filmmaker of renown, and one of the "
                "driving forces of the Iranian Writers Association, a group that has long "
                "resisted censorship. He was jailed in a crackdown on the association together "
                "with fellow members Keyvan Bajan and Reza Khandan Mahabadi; between them, the "
                "three were serving fifteen and a half years."
                "\n\n"
                "In 2021 PEN America gave the three writers its PEN/Barbey Freedom to Write "
                "Award. Hundreds of writers and artists, among them Nobel laureates, signed a "
                "letter asking President Raisi to free them."
                "\n\n"
                "In early January 2022 his supporters abroad were alarmed by news of his "
                "condition. He died in custody on 8 January 2022. Rights advocates blamed his "
                "death on the neglect of his jailers, and fellow prisoners went on hunger strike "
                "in protest."
            ),
            "es": (
                "Baktash Abtin fue un reconocido poeta, guionista y cineasta, y uno de los "
                "motores de la Asociación de Escritores de Irán, un colectivo que resiste desde "
                "hace décadas a la censura. Fue encarcelado en una ofensiva contra la asociación "
                "junto con sus compañeros Keyvan Bajan y Reza Khandan Mahabadi; entre los tres "
                "cumplían quince años y medio de prisión."
                "\n\n"
                "En 2021 PEN America otorgó a los tres escritores su premio PEN/Barbey a la "
                "Libertad de Escribir. Cientos de escritores y artistas, entre ellos premios "
                "Nobel, firmaron una carta en la que pedían al presidente Raisí su liberación."
                "\n\n"
                "A comienzos de enero de 2022, sus apoyos en el extranjero se alarmaron por las "
                "noticias sobre su estado. Murió bajo custodia el 8 de enero de 2022. Defensores "
                "de derechos humanos culparon de su muerte a la negligencia de sus carceleros, y "
                "otros presos iniciaron una huelga de hambre en protesta."
            ),
            "fa": (
                "بکتاش آبتین شاعر، فیلمنامه‌نویس و فیلمسازی نام‌آشنا و از ستون‌های کانون "
                "نویسندگان ایران بود؛ نهادی که سال‌هاست در برابر سانسور ایستاده است. او در جریان "
                "سرکوب کانون، همراه با کیوان باژن و رضا خندان مهابادی زندانی شد و مجموع حکم "
                "این سه نفر پانزده سال و نیم زندان بود."
                "\n\n"
                "انجمن قلم آمریکا در سال ۲۰۲۱ جایزهٔ «آزادی نوشتن» پن/باربی را به این سه "
                "نویسنده اهدا کرد. صدها نویسنده و هنرمند، از جمله برندگان جایزهٔ نوبل، با امضای "
                "نامه‌ای از رئیس‌جمهور رئیسی آزادی آنان را خواستند."
                "\n\n"
                "در روزهای نخست ژانویهٔ ۲۰۲۲ خبرهای مربوط به وضعیت او حامیانش را در خارج از "
                "کشور نگران کرد. او در ۱۸ دی ۱۴۰۰ (۸ ژانویهٔ ۲۰۲۲) در بازداشت درگذشت. فعالان "
                "حقوق بشر بی‌توجهی زندانبانان را عامل مرگ او دانستند و شماری از زندانیان در "
                "اعتراض دست به اعتصاب غذا زدند."
            ),
            "fr": (
                "Baktash Abtin était un poète, scénariste et cinéaste reconnu, et l'un des piliers "
                "de l'Association des écrivains iraniens, qui résiste depuis longtemps à la "
                "censure. Il a été emprisonné lors d'une vague de répression contre "
                "l'association, avec ses collègues Keyvan Bajan et Reza Khandan Mahabadi ; à eux "
                "trois, ils purgeaient quinze ans et demi de prison."
                "\n\n"
                "En 2021, PEN America a décerné aux trois écrivains son prix PEN/Barbey pour la "
                "liberté d'écrire. Des centaines d'écrivains et d'artistes, dont des lauréats du "
                "prix Nobel, ont signé une lettre demandant au président Raïssi de les libérer."
                "\n\n"
                "Début janvier 2022, des nouvelles de son état ont inquiété ses soutiens à "
                "l'étranger. Il est mort en détention le 8 janvier 2022. Des défenseurs des "
                "droits humains ont imputé sa mort à la négligence de ses geôliers, et d'autres "
                "détenus ont entamé une grève de la faim en signe de protestation."
            ),
        },
        "portrait": {
            "palette": 6,
            "credit": {
                "en": "Drawing made for the demo",
                "es": "Dibujo hecho para la demostración",
                "fa": "طرحی که برای نسخهٔ نمایشی کشیده شده است",
                "fr": "Dessin réalisé pour la démo",
            },
        },
        "risk_of_execution": False,
        "private_fields": [],
        "recognitions": [
            {
                "organization": "PEN America (PEN/Barbey Freedom to Write Award 2021)",
                "url": "https://pen.org/2021-pen-barbey-freedom-to-write-award/",
                "date": "",
            }
        ],
        "sources": [
            {
                "kind": "ngo",
                "title": "2021 PEN/Barbey Freedom to Write Award",
                "publisher": "PEN America",
                "date": "",
                "url": "https://pen.org/2021-pen-barbey-freedom-to-write-award/",
                "internal": False,
            },
            {
                "kind": "ngo",
                "title": "Statement in support of the hunger strikers",
                "publisher": "Human Rights Working Group of the First Unitarian Universalists of San Francisco",
                "date": "2022-01-24",
                "url": "",
                "internal": False,
            },
        ],
        "cases": [
            {
                "arrest_date": "",
                "arrest_precision": "day",
                "arrested_by": None,
                "activity": {
                    "en": "His work in the Iranian Writers Association against censorship.",
                    "es": "Su trabajo contra la censura en la Asociación de Escritores de Irán.",
                    "fa": "فعالیت در کانون نویسندگان ایران در مبارزه با سانسور.",
                    "fr": "Son action contre la censure au sein de l'Association des écrivains iraniens.",
                },
                "charges": [],
                "court": None,
                "branch": "",
                "judge": "",
                "verdict_date": "",
                "appeal_date": "",
                "sentences": [],
                "prison": None,
                "violations": ["no-medical-care"],
            }
        ],
        "events": [
            {
                "date": "2021-09-01",
                "precision": "month",
                "kind": "recognised",
                "status": "imprisoned",
                "release_reason": "",
                "note": {
                    "en": "While he is serving his prison term, PEN America names him a winner of its 2021 PEN/Barbey Freedom to Write Award.",
                    "es": "Mientras cumple su condena, PEN America lo anuncia como uno de los ganadores de su premio PEN/Barbey 2021 a la Libertad de Escribir.",
                    "fa": "در حالی که دوران محکومیتش را در زندان می‌گذراند، انجمن قلم آمریکا او را از برندگان جایزهٔ آزادی نوشتن پن/باربی ۲۰۲۱ اعلام می‌کند.",
                    "fr": "Alors qu'il purge sa peine, PEN America l'annonce parmi les lauréats de son prix PEN/Barbey 2021 pour la liberté d'écrire.",
                },
                "verification": "confirmed",
                "sources": [
                    {
                        "kind": "ngo",
                        "title": "2021 PEN/Barbey Freedom to Write Award",
                        "publisher": "PEN America",
                        "date": "",
                        "url": "https://pen.org/2021-pen-barbey-freedom-to-write-award/",
                        "internal": False,
                    }
                ],
                "internal": False,
            },
            {
                "date": "2022-01-05",
                "precision": "day",
                "kind": "other",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "Campaigners in Bogotá preparing a protest voice alarm at news of his condition.",
                    "es": "Activistas de Bogotá que preparan una protesta se alarman por las noticias sobre su estado.",
                    "fa": "فعالانی که در بوگوتا تجمعی را تدارک می‌بینند از خبرهای وضعیت او ابراز نگرانی می‌کنند.",
                    "fr": "À Bogotá, des militants qui préparent une manifestation s'inquiètent des nouvelles de son état.",
                },
                "verification": "reported",
                "sources": [],
                "internal": False,
            },
            {
                "date": "2022-01-08",
                "precision": "day",
                "kind": "died",
                "status": "died-in-custody",
                "release_reason": "",
                "note": {
                    "en": "He dies in custody.",
                    "es": "Muere bajo custodia.",
                    "fa": "در بازداشت جان می‌بازد.",
                    "fr": "Il meurt en détention.",
                },
                "verification": "confirmed",
                "sources": [
                    {
                        "kind": "ngo",
                        "title": "Statement in support of the hunger strikers",
                        "publisher": "Human Rights Working Group of the First Unitarian Universalists of San Francisco",
                        "date": "2022-01-24",
                        "url": "",
                        "internal": False,
                    }
                ],
                "internal": False,
            },
            {
                "date": "2022-01-22",
                "precision": "day",
                "kind": "other",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "Supporters in San Francisco rally in solidarity with the prisoners who began a hunger strike after his death.",
                    "es": "Simpatizantes en San Francisco se concentran en solidaridad con los presos que iniciaron una huelga de hambre tras su muerte.",
                    "fa": "حامیان در سان‌فرانسیسکو در همبستگی با زندانیانی که پس از مرگ او اعتصاب غذا کرده‌اند گرد هم می‌آیند.",
                    "fr": "À San Francisco, des soutiens se rassemblent en solidarité avec les détenus en grève de la faim depuis sa mort.",
                },
                "verification": "confirmed",
                "sources": [],
                "internal": False,
            },
        ],
        "translations": ["es", "fa", "fr"],
        "news": [
            "2021-pen-award-imprisoned-iranian-writers",
            "2022-bogota-embassy-world-is-watching",
        ],
    },
    # --------------------------------------------------------------------------------------
    {
        "slug": "keyvan-bajan",
        "name_latin": "Keyvan Bajan",
        "name_native": "کیوان باژن",
        "other_names": [],
        "title": {
            "en": "Keyvan Bajan",
            "es": "Keyvan Bajan",
            "fa": "کیوان باژن",
            "fr": "Keyvan Bajan",
        },
        "gender": "male",
        "birth": None,
        "hometown": None,
        "citizenships": ["IR"],
        "groups": [],
        "occupations": ["writer", "journalist"],
        "short_story": {
            "en": (
                "Novelist and journalist, jailed in a crackdown on the Iranian Writers "
                "Association. With Baktash Abtin and Reza Khandan Mahabadi he received PEN "
                "America's 2021 PEN/Barbey Freedom to Write Award."
            ),
            "es": (
                "Novelista y periodista, encarcelado en una ofensiva contra la Asociación de "
                "Escritores de Irán. Con Baktash Abtin y Reza Khandan Mahabadi recibió el premio "
                "PEN/Barbey 2021 a la Libertad de Escribir de PEN America."
            ),
            "fa": (
                "رمان‌نویس و روزنامه‌نگاری که در سرکوب کانون نویسندگان ایران زندانی شد. او همراه "
                "با بکتاش آبتین و رضا خندان مهابادی جایزهٔ آزادی نوشتن پن/باربی ۲۰۲۱ انجمن قلم "
                "آمریکا را دریافت کرد."
            ),
            "fr": (
                "Romancier et journaliste, emprisonné lors d'une vague de répression contre "
                "l'Association des écrivains iraniens. Avec Baktash Abtin et Reza Khandan "
                "Mahabadi, il a reçu le prix PEN/Barbey 2021 de PEN America."
            ),
        },
        "story": {
            "en": (
                "Keyvan Bajan is a novelist and journalist and an active member of the Iranian "
                "Writers Association, which campaigns against censorship. He was imprisoned "
                "together with fellow members Baktash Abtin and Reza Khandan Mahabadi; the three "
                "were serving fifteen and a half years between them."
                "\n\n"
                "PEN America honoured the three with its 2021 PEN/Barbey Freedom to Write Award "
                "and featured their case at its literary gala in New York on 5 October 2021. In "
                "January 2022 Baktash Abtin died in custody."
            ),
            "es": (
                "Keyvan Bajan es novelista y periodista, y miembro activo de la Asociación de "
                "Escritores de Irán, que lucha contra la censura. Fue encarcelado junto con sus "
                "compañeros Baktash Abtin y Reza Khandan Mahabadi; entre los tres sumaban quince "
                "años y medio de prisión."
                "\n\n"
                "PEN America distinguió a los tres con su premio PEN/Barbey 2021 a la Libertad de "
                "Escribir y dio a conocer su caso en su gala literaria de Nueva York el 5 de "
                "octubre de 2021. En enero de 2022, Baktash Abtin murió bajo custodia."
            ),
            "fa": (
                "کیوان باژن رمان‌نویس و روزنامه‌نگار و از اعضای فعال کانون نویسندگان ایران است "
                "که با سانسور مبارزه می‌کند. او همراه با بکتاش آبتین و رضا خندان مهابادی زندانی "
                "شد و مجموع حکم این سه نفر پانزده سال و نیم زندان بود."
                "\n\n"
                "انجمن قلم آمریکا جایزهٔ آزادی نوشتن پن/باربی ۲۰۲۱ را به این سه نفر اهدا کرد و "
                "در مراسم ادبی سالانه‌اش در نیویورک در ۵ اکتبر ۲۰۲۱ پرونده‌شان را برجسته کرد. "
                "بکتاش آبتین در ژانویهٔ ۲۰۲۲ در بازداشت درگذشت."
            ),
            "fr": (
                "Keyvan Bajan est romancier et journaliste, et membre actif de l'Association des "
                "écrivains iraniens, qui combat la censure. Il a été emprisonné avec ses collègues "
                "Baktash Abtin et Reza Khandan Mahabadi ; à eux trois, ils purgeaient quinze ans "
                "et demi de prison."
                "\n\n"
                "PEN America les a distingués par son prix PEN/Barbey 2021 pour la liberté "
                "d'écrire et a mis leur cas en avant lors de son gala littéraire à New York, le 5 "
                "octobre 2021. En janvier 2022, Baktash Abtin est mort en détention."
            ),
        },
        "portrait": {
            "palette": 7,
            "credit": {
                "en": "Drawing made for the demo",
                "es": "Dibujo hecho para la demostración",
                "fa": "طرحی که برای نسخهٔ نمایشی کشیده شده است",
                "fr": "Dessin réalisé pour la démo",
            },
        },
        "risk_of_execution": False,
        "private_fields": [],
        "recognitions": [
            {
                "organization": "PEN America (PEN/Barbey Freedom to Write Award 2021)",
                "url": "https://pen.org/2021-pen-barbey-freedom-to-write-award/",
                "date": "",
            }
        ],
        "sources": [
            {
                "kind": "ngo",
                "title": "2021 PEN/Barbey Freedom to Write Award",
                "publisher": "PEN America",
                "date": "",
                "url": "https://pen.org/2021-pen-barbey-freedom-to-write-award/",
                "internal": False,
            },
        ],
        "cases": [
            {
                "arrest_date": "",
                "arrest_precision": "day",
                "arrested_by": None,
                "activity": {
                    "en": "His work in the Iranian Writers Association against censorship.",
                    "es": "Su trabajo contra la censura en la Asociación de Escritores de Irán.",
                    "fa": "فعالیت در کانون نویسندگان ایران در مبارزه با سانسور.",
                    "fr": "Son action contre la censure au sein de l'Association des écrivains iraniens.",
                },
                "charges": [],
                "court": None,
                "branch": "",
                "judge": "",
                "verdict_date": "",
                "appeal_date": "",
                "sentences": [],
                "prison": None,
                "violations": [],
            }
        ],
        "events": [
            {
                "date": "2021-09-01",
                "precision": "month",
                "kind": "recognised",
                "status": "imprisoned",
                "release_reason": "",
                "note": {
                    "en": "While he is in prison, PEN America names him a winner of its 2021 PEN/Barbey Freedom to Write Award.",
                    "es": "Estando en prisión, PEN America lo anuncia como uno de los ganadores de su premio PEN/Barbey 2021.",
                    "fa": "در حالی که در زندان است، انجمن قلم آمریکا او را از برندگان جایزهٔ پن/باربی ۲۰۲۱ اعلام می‌کند.",
                    "fr": "Alors qu'il est en prison, PEN America l'annonce parmi les lauréats de son prix PEN/Barbey 2021.",
                },
                "verification": "confirmed",
                "sources": [
                    {
                        "kind": "ngo",
                        "title": "2021 PEN/Barbey Freedom to Write Award",
                        "publisher": "PEN America",
                        "date": "",
                        "url": "https://pen.org/2021-pen-barbey-freedom-to-write-award/",
                        "internal": False,
                    }
                ],
                "internal": False,
            },
            {
                "date": "2021-10-05",
                "precision": "day",
                "kind": "other",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "PEN America's literary gala in New York highlights the campaign for his release.",
                    "es": "La gala literaria de PEN America en Nueva York destaca la campaña por su liberación.",
                    "fa": "مراسم ادبی انجمن قلم آمریکا در نیویورک کارزار آزادی او را برجسته می‌کند.",
                    "fr": "Le gala littéraire de PEN America à New York met en avant la campagne pour sa libération.",
                },
                "verification": "confirmed",
                "sources": [],
                "internal": False,
            },
        ],
        "translations": ["es", "fa", "fr"],
        "news": ["2021-pen-award-imprisoned-iranian-writers"],
    },
    # --------------------------------------------------------------------------------------
    {
        "slug": "reza-khandan-mahabadi",
        "name_latin": "Reza Khandan Mahabadi",
        "name_native": "رضا خندان مهابادی",
        "other_names": [],
        "title": {
            "en": "Reza Khandan Mahabadi",
            "es": "Reza Khandan Mahabadi",
            "fa": "رضا خندان مهابادی",
            "fr": "Reza Khandan Mahabadi",
        },
        "gender": "male",
        "birth": None,
        "hometown": None,
        "citizenships": ["IR"],
        "groups": [],
        "occupations": ["writer"],
        "short_story": {
            "en": (
                "Author, literary critic and researcher of popular culture, jailed with fellow "
                "members of the Iranian Writers Association. PEN America gave him its 2021 "
                "PEN/Barbey Freedom to Write Award."
            ),
            "es": (
                "Autor, crítico literario e investigador de la cultura popular, encarcelado con "
                "otros miembros de la Asociación de Escritores de Irán. PEN America le otorgó su "
                "premio PEN/Barbey 2021 a la Libertad de Escribir."
            ),
            "fa": (
                "نویسنده، منتقد ادبی و پژوهشگر فرهنگ عامه که همراه با دیگر اعضای کانون "
                "نویسندگان ایران زندانی شد. انجمن قلم آمریکا جایزهٔ آزادی نوشتن پن/باربی ۲۰۲۱ "
                "را به او اهدا کرد."
            ),
            "fr": (
                "Auteur, critique littéraire et chercheur en culture populaire, emprisonné avec "
                "d'autres membres de l'Association des écrivains iraniens. PEN America lui a "
                "décerné son prix PEN/Barbey 2021 pour la liberté d'écrire."
            ),
        },
        "story": {
            "en": (
                "Reza Khandan Mahabadi is an author, literary critic and researcher of popular "
                "culture, and a leading member of the Iranian Writers Association. He was "
                "imprisoned in the same crackdown as Baktash Abtin and Keyvan Bajan."
                "\n\n"
                "In September 2021 PEN America announced that the three would share its "
                "PEN/Barbey Freedom to Write Award, and a letter signed by hundreds of writers "
                "and artists urged President Raisi to end their imprisonment."
            ),
            "es": (
                "Reza Khandan Mahabadi es autor, crítico literario e investigador de la cultura "
                "popular, y un miembro destacado de la Asociación de Escritores de Irán. Fue "
                "encarcelado en la misma ofensiva que Baktash Abtin y Keyvan Bajan."
                "\n\n"
                "En septiembre de 2021, PEN America anunció que los tres compartirían su premio "
                "PEN/Barbey a la Libertad de Escribir, y una carta firmada por cientos de "
                "escritores y artistas instó al presidente Raisí a ponerles en libertad."
            ),
            "fa": (
                "رضا خندان مهابادی نویسنده، منتقد ادبی و پژوهشگر فرهنگ عامه و از اعضای سرشناس "
                "کانون نویسندگان ایران است. او در همان موج سرکوبی زندانی شد که بکتاش آبتین و "
                "کیوان باژن را نیز به زندان فرستاد."
                "\n\n"
                "انجمن قلم آمریکا در سپتامبر ۲۰۲۱ اعلام کرد که این سه نفر برندگان مشترک جایزهٔ "
                "آزادی نوشتن پن/باربی‌اند و صدها نویسنده و هنرمند در نامه‌ای از رئیس‌جمهور "
                "رئیسی خواستند به زندانی بودن آنان پایان دهد."
            ),
            "fr": (
                "Reza Khandan Mahabadi est auteur, critique littéraire et chercheur en culture "
                "populaire, et un membre éminent de l'Association des écrivains iraniens. Il a "
                "été emprisonné lors de la même vague de répression que Baktash Abtin et Keyvan "
                "Bajan."
                "\n\n"
                "En septembre 2021, PEN America a annoncé que les trois partageraient son prix "
                "PEN/Barbey pour la liberté d'écrire, et une lettre signée par des centaines "
                "d'écrivains et d'artistes a demandé au président Raïssi de les libérer."
            ),
        },
        "portrait": {
            "palette": 0,
            "credit": {
                "en": "Drawing made for the demo",
                "es": "Dibujo hecho para la demostración",
                "fa": "طرحی که برای نسخهٔ نمایشی کشیده شده است",
                "fr": "Dessin réalisé pour la démo",
            },
        },
        "risk_of_execution": False,
        "private_fields": [],
        "recognitions": [
            {
                "organization": "PEN America (PEN/Barbey Freedom to Write Award 2021)",
                "url": "https://pen.org/2021-pen-barbey-freedom-to-write-award/",
                "date": "",
            }
        ],
        "sources": [
            {
                "kind": "ngo",
                "title": "2021 PEN/Barbey Freedom to Write Award",
                "publisher": "PEN America",
                "date": "",
                "url": "https://pen.org/2021-pen-barbey-freedom-to-write-award/",
                "internal": False,
            },
        ],
        "cases": [
            {
                "arrest_date": "",
                "arrest_precision": "day",
                "arrested_by": None,
                "activity": {
                    "en": "His work in the Iranian Writers Association against censorship.",
                    "es": "Su trabajo contra la censura en la Asociación de Escritores de Irán.",
                    "fa": "فعالیت در کانون نویسندگان ایران در مبارزه با سانسور.",
                    "fr": "Son action contre la censure au sein de l'Association des écrivains iraniens.",
                },
                "charges": [],
                "court": None,
                "branch": "",
                "judge": "",
                "verdict_date": "",
                "appeal_date": "",
                "sentences": [],
                "prison": None,
                "violations": [],
            }
        ],
        "events": [
            {
                "date": "2021-09-01",
                "precision": "month",
                "kind": "recognised",
                "status": "imprisoned",
                "release_reason": "",
                "note": {
                    "en": "While he is in prison, PEN America names him a winner of its 2021 PEN/Barbey Freedom to Write Award.",
                    "es": "Estando en prisión, PEN America lo anuncia como uno de los ganadores de su premio PEN/Barbey 2021.",
                    "fa": "در حالی که در زندان است، انجمن قلم آمریکا او را از برندگان جایزهٔ پن/باربی ۲۰۲۱ اعلام می‌کند.",
                    "fr": "Alors qu'il est en prison, PEN America l'annonce parmi les lauréats de son prix PEN/Barbey 2021.",
                },
                "verification": "confirmed",
                "sources": [
                    {
                        "kind": "ngo",
                        "title": "2021 PEN/Barbey Freedom to Write Award",
                        "publisher": "PEN America",
                        "date": "",
                        "url": "https://pen.org/2021-pen-barbey-freedom-to-write-award/",
                        "internal": False,
                    }
                ],
                "internal": False,
            },
            {
                "date": "2021-10-05",
                "precision": "day",
                "kind": "other",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "PEN America's literary gala in New York highlights the campaign for his release.",
                    "es": "La gala literaria de PEN America en Nueva York destaca la campaña por su liberación.",
                    "fa": "مراسم ادبی انجمن قلم آمریکا در نیویورک کارزار آزادی او را برجسته می‌کند.",
                    "fr": "Le gala littéraire de PEN America à New York met en avant la campagne pour sa libération.",
                },
                "verification": "confirmed",
                "sources": [],
                "internal": False,
            },
        ],
        "translations": ["fa"],
        "news": ["2021-pen-award-imprisoned-iranian-writers"],
    },
    # --------------------------------------------------------------------------------------
    {
        "slug": "nasrin-sotoudeh",
        "name_latin": "Nasrin Sotoudeh",
        "name_native": "نسرین ستوده",
        "other_names": [],
        "title": {
            "en": "Nasrin Sotoudeh",
            "es": "Nasrin Sotoudeh",
            "fa": "نسرین ستوده",
            "fr": "Nasrin Sotoudeh",
        },
        "gender": "female",
        "birth": None,
        "hometown": None,
        "citizenships": ["IR"],
        "groups": [],
        "occupations": ["lawyer", "human-rights-defender"],
        "short_story": {
            "en": (
                "Defence lawyer and political prisoner whose life and work are the subject of the "
                "documentary Nasrin. Campaign volunteers have screened the film in Bogotá, "
                "Medellín and Cali to win support for Iran's prisoners."
            ),
            "es": (
                "Abogada defensora y presa política, cuya vida y trabajo retrata el documental "
                "Nasrin. Voluntarios de la campaña lo han proyectado en Bogotá, Medellín y Cali "
                "para sumar apoyos a los presos de Irán."
            ),
            "fa": (
                "وکیل مدافع و زندانی سیاسی که مستند «نسرین» روایت زندگی و کار اوست. داوطلبان "
                "کارزار این فیلم را در بوگوتا، مدلین و کالی نمایش داده‌اند تا برای زندانیان "
                "ایران پشتیبانی جلب کنند."
            ),
            "fr": (
                "Avocate et prisonnière politique dont la vie et le travail sont racontés par le "
                "documentaire Nasrin. Des bénévoles de la campagne l'ont projeté à Bogotá, "
                "Medellín et Cali pour mobiliser en faveur des prisonniers iraniens."
            ),
        },
        "story": {
            "en": (
                "Nasrin Sotoudeh is a defence lawyer and a political prisoner. The documentary "
                "Nasrin follows her life and her work, and the price she has paid for it."
                "\n\n"
                "Supporters of this campaign have shown the film many times: to volunteers in "
                "Bogotá in January 2022, at the International Poetry Festival of Medellín in July "
                "2022, to students across Colombia in October 2022 and at an exhibition in Cali "
                "in early 2023. Campaign materials in 2022 list her among Iran's political "
                "prisoners; the details of her sentence and present situation are still being "
                "checked."
            ),
            "es": (
                "Nasrin Sotoudeh es abogada defensora y presa política. El documental Nasrin "
                "recorre su vida y su trabajo, y el precio que ha pagado por ellos."
                "\n\n"
                "Quienes apoyan esta campaña han proyectado la película muchas veces: a "
                "voluntarios en Bogotá en enero de 2022, en el Festival Internacional de Poesía "
                "de Medellín en julio de 2022, a estudiantes de toda Colombia en octubre de 2022 "
                "y en una exposición en Cali a comienzos de 2023. Los materiales de la campaña de "
                "2022 la cuentan entre los presos políticos de Irán; todavía estamos verificando "
                "los detalles de su condena y de su situación actual."
            ),
            "fa": (
                "نسرین ستوده وکیل مدافع و زندانی سیاسی است. مستند «نسرین» زندگی و کار او و بهایی "
                "را که برای آن پرداخته روایت می‌کند."
                "\n\n"
                "حامیان این کارزار بارها این فیلم را نمایش داده‌اند: برای داوطلبان در بوگوتا در "
                "ژانویهٔ ۲۰۲۲، در جشنوارهٔ بین‌المللی شعر مدلین در ژوئیهٔ ۲۰۲۲، برای دانشجویان "
                "در شهرهای مختلف کلمبیا در اکتبر ۲۰۲۲ و در نمایشگاهی در کالی در آغاز ۲۰۲۳. "
                "مطالب کارزار در سال ۲۰۲۲ او را در شمار زندانیان سیاسی ایران آورده‌اند؛ جزئیات "
                "حکم و وضعیت کنونی او هنوز در دست بررسی است."
            ),
            "fr": (
                "Nasrin Sotoudeh est avocate et prisonnière politique. Le documentaire Nasrin "
                "retrace sa vie, son travail et le prix qu'elle a payé pour lui."
                "\n\n"
                "Les soutiens de cette campagne ont souvent projeté le film : à des bénévoles à "
                "Bogotá en janvier 2022, au Festival international de poésie de Medellín en "
                "juillet 2022, à des étudiants dans toute la Colombie en octobre 2022 et lors "
                "d'une exposition à Cali début 2023. Les documents de la campagne de 2022 la "
                "comptent parmi les prisonniers politiques iraniens ; les détails de sa peine et "
                "de sa situation actuelle sont en cours de vérification."
            ),
        },
        "portrait": {
            "palette": 1,
            "credit": {
                "en": "Drawing made for the demo",
                "es": "Dibujo hecho para la demostración",
                "fa": "طرحی که برای نسخهٔ نمایشی کشیده شده است",
                "fr": "Dessin réalisé pour la démo",
            },
        },
        "risk_of_execution": False,
        "private_fields": [],
        "recognitions": [],
        "sources": [
            {
                "kind": "ngo",
                "title": "Report on solidarity actions in Colombia, October 2022",
                "publisher": "Alborada Comunista",
                "date": "2022-10-27",
                "url": "",
                "internal": False,
            },
        ],
        "cases": [
            {
                "arrest_date": "",
                "arrest_precision": "day",
                "arrested_by": None,
                "activity": None,
                "charges": [],
                "court": None,
                "branch": "",
                "judge": "",
                "verdict_date": "",
                "appeal_date": "",
                "sentences": [],
                "prison": None,
                "violations": [],
            }
        ],
        "events": [
            {
                "date": "2022-01-05",
                "precision": "day",
                "kind": "other",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "Volunteers in Bogotá watch the documentary Nasrin as they prepare a protest at Iran's embassy.",
                    "es": "Voluntarios en Bogotá ven el documental Nasrin mientras preparan una protesta ante la embajada de Irán.",
                    "fa": "داوطلبان در بوگوتا هنگام آماده شدن برای تجمع جلوی سفارت ایران مستند «نسرین» را تماشا می‌کنند.",
                    "fr": "À Bogotá, des bénévoles regardent le documentaire Nasrin en préparant une manifestation devant l'ambassade d'Iran.",
                },
                "verification": "confirmed",
                "sources": [],
                "internal": False,
            },
            {
                "date": "2022-10-01",
                "precision": "month",
                "kind": "other",
                "status": "imprisoned",
                "release_reason": "",
                "note": {
                    "en": "Campaign materials describe her as a political prisoner; we have not yet confirmed her present situation.",
                    "es": "Los materiales de la campaña la describen como presa política; aún no hemos confirmado su situación actual.",
                    "fa": "مطالب کارزار او را زندانی سیاسی معرفی می‌کنند؛ وضعیت کنونی او را هنوز تأیید نکرده‌ایم.",
                    "fr": "Les documents de la campagne la présentent comme prisonnière politique ; nous n'avons pas encore confirmé sa situation actuelle.",
                },
                "verification": "reported",
                "sources": [
                    {
                        "kind": "ngo",
                        "title": "Report on solidarity actions in Colombia, October 2022",
                        "publisher": "Alborada Comunista",
                        "date": "2022-10-27",
                        "url": "",
                        "internal": False,
                    }
                ],
                "internal": False,
            },
            {
                "date": "2023-02-11",
                "precision": "day",
                "kind": "other",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "An exhibition on prisoners' lives in Cali includes a screening of Nasrin.",
                    "es": "Una exposición sobre la vida de los presos en Cali incluye una proyección de Nasrin.",
                    "fa": "نمایشگاهی دربارهٔ زندگی زندانیان در کالی با نمایش مستند «نسرین» همراه است.",
                    "fr": "À Cali, une exposition sur la vie des prisonniers s'accompagne d'une projection de Nasrin.",
                },
                "verification": "confirmed",
                "sources": [],
                "internal": False,
            },
        ],
        "translations": ["fa"],
        "news": [
            "2022-medellin-poetry-festival-appeal",
            "2023-cali-weeks-of-action-toomaj",
        ],
    },
    # --------------------------------------------------------------------------------------
    {
        "slug": "jafar-panahi",
        "name_latin": "Jafar Panahi",
        "name_native": "جعفر پناهی",
        "other_names": [],
        "title": {
            "en": "Jafar Panahi",
            "es": "Jafar Panahi",
            "fa": "جعفر پناهی",
            "fr": "Jafar Panahi",
        },
        "gender": "male",
        "birth": None,
        "hometown": None,
        "citizenships": ["IR"],
        "groups": [],
        "occupations": ["filmmaker"],
        "short_story": {
            "en": (
                "Film director jailed in July 2022, in the same month as his fellow filmmakers "
                "Mohammad Rasoulof and Mostafa Al Ahmad, as the authorities turned on Iran's "
                "cinema."
            ),
            "es": (
                "Director de cine encarcelado en julio de 2022, el mismo mes que sus colegas "
                "Mohammad Rasoulof y Mostafa Al Ahmad, cuando las autoridades arremetieron contra "
                "el cine iraní."
            ),
            "fa": (
                "کارگردان سینما که در ژوئیهٔ ۲۰۲۲ زندانی شد؛ در همان ماهی که همکارانش محمد "
                "رسول‌اف و مصطفی آل‌احمد نیز بازداشت شدند و حکومت به سینماگران ایران یورش برد."
            ),
            "fr": (
                "Réalisateur emprisonné en juillet 2022, le même mois que ses confrères Mohammad "
                "Rasoulof et Mostafa Al Ahmad, alors que le pouvoir s'en prenait au cinéma "
                "iranien."
            ),
        },
        "story": {
            "en": (
                "Jafar Panahi is an Iranian film director. He was taken into custody in July "
                "2022, the same month as his colleagues Mohammad Rasoulof and Mostafa Al Ahmad, "
                "in a series of arrests that showed how far the authorities were prepared to go "
                "against filmmakers."
                "\n\n"
                "At the International Poetry Festival of Medellín in late July 2022, campaign "
                "volunteers told audiences about these arrests as part of an exhibition on Iran's "
                "political prisoners. This profile does not yet record the legal basis of his "
                "detention."
            ),
            "es": (
                "Jafar Panahi es un director de cine iraní. Fue detenido en julio de 2022, el "
                "mismo mes que sus colegas Mohammad Rasoulof y Mostafa Al Ahmad, en una serie de "
                "arrestos que mostró hasta dónde estaban dispuestas a llegar las autoridades "
                "contra los cineastas."
                "\n\n"
                "En el Festival Internacional de Poesía de Medellín, a finales de julio de 2022, "
                "voluntarios de la campaña hablaron de estas detenciones en una exposición sobre "
                "los presos políticos de Irán. Este perfil aún no recoge la base legal de su "
                "detención."
            ),
            "fa": (
                "جعفر پناهی کارگردان سینمای ایران است. او در ژوئیهٔ ۲۰۲۲ بازداشت شد؛ در همان "
                "ماهی که همکارانش محمد رسول‌اف و مصطفی آل‌احمد هم بازداشت شدند. این بازداشت‌ها "
                "نشان داد حکومت تا کجا حاضر است در برابر سینماگران پیش برود."
                "\n\n"
                "در جشنوارهٔ بین‌المللی شعر مدلین در اواخر ژوئیهٔ ۲۰۲۲، داوطلبان کارزار در "
                "نمایشگاهی دربارهٔ زندانیان سیاسی ایران، مخاطبان را از این بازداشت‌ها آگاه کردند. "
                "مبنای حقوقی بازداشت او هنوز در این صفحه ثبت نشده است."
            ),
            "fr": (
                "Jafar Panahi est un réalisateur iranien. Il a été arrêté en juillet 2022, le "
                "même mois que ses collègues Mohammad Rasoulof et Mostafa Al Ahmad, dans une série "
                "d'arrestations qui a montré jusqu'où le pouvoir était prêt à aller contre les "
                "cinéastes."
                "\n\n"
                "Au Festival international de poésie de Medellín, fin juillet 2022, des bénévoles "
                "de la campagne ont parlé de ces arrestations dans une exposition consacrée aux "
                "prisonniers politiques iraniens. Ce profil n'indique pas encore le fondement "
                "juridique de sa détention."
            ),
        },
        "portrait": {
            "palette": 2,
            "credit": {
                "en": "Drawing made for the demo",
                "es": "Dibujo hecho para la demostración",
                "fa": "طرحی که برای نسخهٔ نمایشی کشیده شده است",
                "fr": "Dessin réalisé pour la démo",
            },
        },
        "risk_of_execution": False,
        "private_fields": [],
        "recognitions": [],
        "sources": [
            {
                "kind": "ngo",
                "title": "Report from the International Poetry Festival of Medellín",
                "publisher": "Revolutionary Communist Group (Colombia)",
                "date": "2022-08-15",
                "url": "",
                "internal": False,
            },
        ],
        "cases": [
            {
                "arrest_date": "2022-07-01",
                "arrest_precision": "month",
                "arrested_by": None,
                "activity": None,
                "charges": [],
                "court": None,
                "branch": "",
                "judge": "",
                "verdict_date": "",
                "appeal_date": "",
                "sentences": [],
                "prison": None,
                "violations": [],
            }
        ],
        "events": [
            {
                "date": "2022-07-01",
                "precision": "month",
                "kind": "arrested",
                "status": "detained",
                "release_reason": "",
                "note": {
                    "en": "Taken into custody and jailed.",
                    "es": "Detenido y encarcelado.",
                    "fa": "بازداشت و روانهٔ زندان شد.",
                    "fr": "Arrêté et incarcéré.",
                },
                "verification": "confirmed",
                "sources": [
                    {
                        "kind": "ngo",
                        "title": "Report from the International Poetry Festival of Medellín",
                        "publisher": "Revolutionary Communist Group (Colombia)",
                        "date": "2022-08-15",
                        "url": "",
                        "internal": False,
                    }
                ],
                "internal": False,
            },
            {
                "date": "2022-08-15",
                "precision": "day",
                "kind": "other",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "A report from the Medellín poetry festival describes how volunteers drew attention to his jailing.",
                    "es": "Un informe desde el festival de poesía de Medellín cuenta cómo los voluntarios llamaron la atención sobre su encarcelamiento.",
                    "fa": "گزارشی از جشنوارهٔ شعر مدلین شرح می‌دهد که داوطلبان چگونه توجه‌ها را به زندانی شدن او جلب کردند.",
                    "fr": "Un compte rendu du festival de poésie de Medellín raconte comment des bénévoles ont fait connaître son emprisonnement.",
                },
                "verification": "confirmed",
                "sources": [],
                "internal": False,
            },
        ],
        "translations": ["es", "fa", "fr"],
        "news": ["2022-medellin-poetry-festival-appeal"],
    },
    # --------------------------------------------------------------------------------------
    {
        "slug": "mohammad-rasoulof",
        "name_latin": "Mohammad Rasoulof",
        "name_native": "محمد رسول‌اف",
        "other_names": [],
        "title": {
            "en": "Mohammad Rasoulof",
            "es": "Mohammad Rasoulof",
            "fa": "محمد رسول‌اف",
            "fr": "Mohammad Rasoulof",
        },
        "gender": "male",
        "birth": None,
        "hometown": None,
        "citizenships": ["IR"],
        "groups": [],
        "occupations": ["filmmaker"],
        "short_story": {
            "en": (
                "Filmmaker jailed in July 2022 together with other directors, among them Jafar "
                "Panahi and Mostafa Al Ahmad. Campaign volunteers in Colombia have made their "
                "arrests known to festival audiences."
            ),
            "es": (
                "Cineasta encarcelado en julio de 2022 junto con otros directores, entre ellos "
                "Jafar Panahi y Mostafa Al Ahmad. Voluntarios de la campaña en Colombia han dado "
                "a conocer estas detenciones en festivales."
            ),
            "fa": (
                "فیلمسازی که در ژوئیهٔ ۲۰۲۲ همراه با کارگردانان دیگری از جمله جعفر پناهی و "
                "مصطفی آل‌احمد زندانی شد. داوطلبان کارزار در کلمبیا خبر این بازداشت‌ها را به "
                "مخاطبان جشنواره‌ها رسانده‌اند."
            ),
            "fr": (
                "Cinéaste emprisonné en juillet 2022 avec d'autres réalisateurs, dont Jafar "
                "Panahi et Mostafa Al Ahmad. En Colombie, des bénévoles de la campagne ont fait "
                "connaître ces arrestations au public des festivals."
            ),
        },
        "story": {
            "en": (
                "Mohammad Rasoulof is an Iranian filmmaker. He was jailed in July 2022, in the "
                "same wave of arrests as the directors Jafar Panahi and Mostafa Al Ahmad."
                "\n\n"
                "Campaign volunteers at the International Poetry Festival of Medellín spoke about "
                "the three filmmakers' detention when they set up their exhibition on Iran's "
                "political prisoners. We have not yet recorded the charges against him."
            ),
            "es": (
                "Mohammad Rasoulof es un cineasta iraní. Fue encarcelado en julio de 2022, en la "
                "misma ola de detenciones que los directores Jafar Panahi y Mostafa Al Ahmad."
                "\n\n"
                "Los voluntarios de la campaña en el Festival Internacional de Poesía de Medellín "
                "hablaron de la detención de los tres cineastas al montar su exposición sobre los "
                "presos políticos de Irán. Todavía no hemos registrado los cargos en su contra."
            ),
            "fa": (
                "محمد رسول‌اف فیلمساز ایرانی است. او در ژوئیهٔ ۲۰۲۲ در همان موج بازداشتی زندانی "
                "شد که جعفر پناهی و مصطفی آل‌احمد را نیز در بر گرفت."
                "\n\n"
                "داوطلبان کارزار در جشنوارهٔ بین‌المللی شعر مدلین هنگام برپایی نمایشگاه خود "
                "دربارهٔ زندانیان سیاسی ایران از بازداشت این سه فیلمساز سخن گفتند. اتهام‌های او "
                "هنوز در این صفحه ثبت نشده است."
            ),
            "fr": (
                "Mohammad Rasoulof est un cinéaste iranien. Il a été emprisonné en juillet 2022, "
                "dans la même vague d'arrestations que les réalisateurs Jafar Panahi et Mostafa "
                "Al Ahmad."
                "\n\n"
                "Au Festival international de poésie de Medellín, les bénévoles de la campagne "
                "ont évoqué la détention des trois cinéastes en installant leur exposition sur "
                "les prisonniers politiques iraniens. Nous n'avons pas encore enregistré les "
                "chefs d'accusation retenus contre lui."
            ),
        },
        "portrait": {
            "palette": 3,
            "credit": {
                "en": "Drawing made for the demo",
                "es": "Dibujo hecho para la demostración",
                "fa": "طرحی که برای نسخهٔ نمایشی کشیده شده است",
                "fr": "Dessin réalisé pour la démo",
            },
        },
        "risk_of_execution": False,
        "private_fields": [],
        "recognitions": [],
        "sources": [
            {
                "kind": "ngo",
                "title": "Report from the International Poetry Festival of Medellín",
                "publisher": "Revolutionary Communist Group (Colombia)",
                "date": "2022-08-15",
                "url": "",
                "internal": False,
            },
        ],
        "cases": [
            {
                "arrest_date": "2022-07-01",
                "arrest_precision": "month",
                "arrested_by": None,
                "activity": None,
                "charges": [],
                "court": None,
                "branch": "",
                "judge": "",
                "verdict_date": "",
                "appeal_date": "",
                "sentences": [],
                "prison": None,
                "violations": [],
            }
        ],
        "events": [
            {
                "date": "2022-07-01",
                "precision": "month",
                "kind": "arrested",
                "status": "detained",
                "release_reason": "",
                "note": {
                    "en": "Taken into custody and jailed.",
                    "es": "Detenido y encarcelado.",
                    "fa": "بازداشت و روانهٔ زندان شد.",
                    "fr": "Arrêté et incarcéré.",
                },
                "verification": "confirmed",
                "sources": [],
                "internal": False,
            },
            {
                "date": "2022-08-15",
                "precision": "day",
                "kind": "other",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "Campaigners in Colombia report how they made his arrest known at the Medellín poetry festival.",
                    "es": "La campaña en Colombia relata cómo dio a conocer su detención en el festival de poesía de Medellín.",
                    "fa": "فعالان کارزار در کلمبیا گزارش می‌دهند که چگونه خبر بازداشت او را در جشنوارهٔ شعر مدلین رساندند.",
                    "fr": "En Colombie, la campagne raconte comment elle a fait connaître son arrestation au festival de poésie de Medellín.",
                },
                "verification": "confirmed",
                "sources": [
                    {
                        "kind": "ngo",
                        "title": "Report from the International Poetry Festival of Medellín",
                        "publisher": "Revolutionary Communist Group (Colombia)",
                        "date": "2022-08-15",
                        "url": "",
                        "internal": False,
                    }
                ],
                "internal": False,
            },
        ],
        "translations": ["es", "fa", "fr"],
        "news": ["2022-medellin-poetry-festival-appeal"],
    },
    # --------------------------------------------------------------------------------------
    {
        "slug": "mohammad-nourizad",
        "name_latin": "Mohammad Nourizad",
        "name_native": "محمد نوری‌زاد",
        "other_names": [],
        "title": {
            "en": "Mohammad Nourizad",
            "es": "Mohammad Nourizad",
            "fa": "محمد نوری‌زاد",
            "fr": "Mohammad Nourizad",
        },
        "gender": "male",
        "birth": None,
        "hometown": None,
        "citizenships": ["IR"],
        "groups": [],
        "occupations": ["filmmaker"],
        "short_story": {
            "en": (
                "Filmmaker and political activist jailed over an open letter urging the Supreme "
                "Leader to resign. His longest sentence is seven and a half years. In 2021 UN "
                "experts warned that his failing health put his life at risk."
            ),
            "es": (
                "Cineasta y activista político encarcelado por una carta abierta que pedía la "
                "dimisión del Líder Supremo. Su condena más larga es de siete años y medio. En "
                "2021, expertos de la ONU advirtieron que su salud ponía en riesgo su vida."
            ),
            "fa": (
                "فیلمساز و فعال سیاسی که به خاطر نامه‌ای سرگشاده در درخواست کناره‌گیری رهبر "
                "زندانی شد. طولانی‌ترین حکم او هفت سال و نیم است. در ۲۰۲۱ کارشناسان سازمان ملل "
                "هشدار دادند که وخامت سلامتش جان او را به خطر انداخته است."
            ),
            "fr": (
                "Cinéaste et militant politique emprisonné pour une lettre ouverte appelant le "
                "Guide suprême à démissionner. Sa plus longue peine est de sept ans et demi. En "
                "2021, des experts de l'ONU ont averti que sa santé mettait sa vie en danger."
            ),
        },
        "story": {
            "en": (
                "Mohammad Nourizad is a filmmaker and political activist. In February 2020 he was "
                "given several sentences, the longest of them seven and a half years in prison, "
                "after he and other signatories published an open letter calling on the Supreme "
                "Leader to resign and for changes to the constitution."
                "\n\n"
                "In prison he has repeatedly gone on hunger strike and refused his medication in "
                "protest at his detention and at the way his family has been treated. His most "
                "recent protest of this kind began on 10 March 2021."
                "\n\n"
                "On 4 May 2021 independent human rights experts of the United Nations said that "
                "doctors had found him unfit to stay in prison, and that keeping him there without "
                "proper care could amount to torture or cruel treatment. They called for his "
                "immediate release."
            ),
            "es": (
                "Mohammad Nourizad es cineasta y activista político. En febrero de 2020 recibió "
                "varias condenas, la más larga de siete años y medio de prisión, después de "
                "publicar con otros firmantes una carta abierta que pedía la dimisión del Líder "
                "Supremo y cambios en la Constitución."
                "\n\n"
                "En prisión ha hecho varias huelgas de hambre y ha rechazado sus medicamentos en "
                "protesta por su encarcelamiento y por el trato que recibe su familia. La última "
                "de estas protestas empezó el 10 de marzo de 2021."
                "\n\n"
                "El 4 de mayo de 2021, expertos independientes de derechos humanos de las "
                "Naciones Unidas señalaron que los médicos lo habían declarado no apto para "
                "seguir en prisión, y que mantenerlo allí sin la atención adecuada podía "
                "constituir tortura o trato cruel. Pidieron su liberación inmediata."
            ),
            "fa": (
                "محمد نوری‌زاد فیلمساز و فعال سیاسی است. او در بهمن ۱۳۹۸ (فوریهٔ ۲۰۲۰) به چند "
                "حکم محکوم شد که طولانی‌ترینِ آن‌ها هفت سال و نیم زندان بود؛ پس از آنکه همراه با "
                "دیگر امضاکنندگان نامه‌ای سرگشاده منتشر کرد و خواستار کناره‌گیری رهبر و تغییر "
                "قانون اساسی شد."
                "\n\n"
                "او در زندان بارها در اعتراض به حبس خود و به رفتار با خانواده‌اش دست به اعتصاب "
                "غذا زده و از مصرف داروهایش خودداری کرده است. تازه‌ترین اعتراض او از ۱۰ مارس "
                "۲۰۲۱ آغاز شد."
                "\n\n"
                "کارشناسان مستقل حقوق بشر سازمان ملل در ۴ مه ۲۰۲۱ اعلام کردند که پزشکان او را "
                "برای ماندن در زندان ناتوان تشخیص داده‌اند و نگه داشتن او در زندان بدون درمان "
                "مناسب می‌تواند مصداق شکنجه یا رفتار بی‌رحمانه باشد. آنان خواستار آزادی فوری او "
                "شدند."
            ),
            "fr": (
                "Mohammad Nourizad est cinéaste et militant politique. En février 2020, il a "
                "écopé de plusieurs peines, dont la plus longue est de sept ans et demi de prison, "
                "après avoir publié avec d'autres signataires une lettre ouverte appelant le Guide "
                "suprême à démissionner et réclamant une réforme de la Constitution."
                "\n\n"
                "En prison, il a plusieurs fois fait la grève de la faim et refusé ses "
                "médicaments pour protester contre sa détention et contre le traitement infligé "
                "à sa famille. Son dernier mouvement de ce type a commencé le 10 mars 2021."
                "\n\n"
                "Le 4 mai 2021, des experts indépendants des droits humains de l'ONU ont déclaré "
                "que les médecins l'avaient jugé inapte à rester en détention, et que le "
                "maintenir en prison sans soins adaptés pouvait constituer une torture ou un "
                "traitement cruel. Ils ont demandé sa libération immédiate."
            ),
        },
        "portrait": {
            "palette": 4,
            "credit": {
                "en": "Drawing made for the demo",
                "es": "Dibujo hecho para la demostración",
                "fa": "طرحی که برای نسخهٔ نمایشی کشیده شده است",
                "fr": "Dessin réalisé pour la démo",
            },
        },
        "risk_of_execution": False,
        "private_fields": [],
        "recognitions": [
            {"organization": "UN human rights experts", "url": "", "date": "2021-05-04"}
        ],
        "sources": [
            {
                "kind": "official",
                "title": "UN experts express serious concern over the condition of Mohammad Nourizad",
                "publisher": "United Nations human rights experts (press release, Geneva)",
                "date": "2021-05-04",
                "url": "",
                "internal": False,
            },
            {
                "kind": "ngo",
                "title": "UN to Iran: grave concerns for jailed filmmaker Mohammad Nourizad",
                "publisher": "Center for Human Rights in Iran",
                "date": "2021-05-04",
                "url": "",
                "internal": False,
            },
        ],
        "cases": [
            {
                "arrest_date": "",
                "arrest_precision": "day",
                "arrested_by": None,
                "activity": {
                    "en": "Signing an open letter that called on the Supreme Leader to resign and for constitutional change.",
                    "es": "Firmar una carta abierta que pedía la dimisión del Líder Supremo y un cambio constitucional.",
                    "fa": "امضای نامه‌ای سرگشاده در درخواست کناره‌گیری رهبر و تغییر قانون اساسی.",
                    "fr": "La signature d'une lettre ouverte réclamant la démission du Guide suprême et une réforme constitutionnelle.",
                },
                "charges": [],
                "court": None,
                "branch": "",
                "judge": "",
                "verdict_date": "",
                "appeal_date": "",
                "sentences": [
                    {"kind": "prison", "years": 7, "months": 6, "lashes": None, "amount": ""}
                ],
                "prison": None,
                "violations": ["no-medical-care", "ill-treatment", "family-harassed"],
            }
        ],
        "events": [
            {
                "date": "2020-02-01",
                "precision": "month",
                "kind": "sentenced",
                "status": "imprisoned",
                "release_reason": "",
                "note": {
                    "en": "Handed several sentences over the open letter, the longest seven and a half years in prison.",
                    "es": "Recibe varias condenas por la carta abierta, la más larga de siete años y medio de prisión.",
                    "fa": "به خاطر نامهٔ سرگشاده به چند حکم محکوم می‌شود که طولانی‌ترین آن‌ها هفت سال و نیم زندان است.",
                    "fr": "Il écope de plusieurs peines pour la lettre ouverte, la plus longue de sept ans et demi de prison.",
                },
                "verification": "confirmed",
                "sources": [
                    {
                        "kind": "official",
                        "title": "UN experts express serious concern over the condition of Mohammad Nourizad",
                        "publisher": "United Nations human rights experts (press release, Geneva)",
                        "date": "2021-05-04",
                        "url": "",
                        "internal": False,
                    }
                ],
                "internal": False,
            },
            {
                "date": "2021-03-10",
                "precision": "day",
                "kind": "hunger-strike",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "He begins a new hunger strike and stops taking his medication.",
                    "es": "Inicia una nueva huelga de hambre y deja de tomar sus medicamentos.",
                    "fa": "اعتصاب غذای تازه‌ای را آغاز می‌کند و داروهایش را کنار می‌گذارد.",
                    "fr": "Il entame une nouvelle grève de la faim et cesse de prendre ses médicaments.",
                },
                "verification": "confirmed",
                "sources": [],
                "internal": False,
            },
            {
                "date": "2021-05-04",
                "precision": "day",
                "kind": "other",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "UN human rights experts call for his immediate release, warning that his health is in grave danger.",
                    "es": "Expertos de derechos humanos de la ONU piden su liberación inmediata y advierten del grave riesgo para su salud.",
                    "fa": "کارشناسان حقوق بشر سازمان ملل با هشدار دربارهٔ خطر جدی برای سلامت او خواستار آزادی فوری‌اش می‌شوند.",
                    "fr": "Des experts des droits humains de l'ONU demandent sa libération immédiate et alertent sur le grave danger pour sa santé.",
                },
                "verification": "confirmed",
                "sources": [
                    {
                        "kind": "official",
                        "title": "UN experts express serious concern over the condition of Mohammad Nourizad",
                        "publisher": "United Nations human rights experts (press release, Geneva)",
                        "date": "2021-05-04",
                        "url": "",
                        "internal": False,
                    }
                ],
                "internal": False,
            },
        ],
        "translations": ["es", "fa", "fr"],
        "news": ["2021-un-experts-alarmed-over-mohammad-nourizad"],
    },
    # --------------------------------------------------------------------------------------
    {
        "slug": "nahid-taghavi",
        "name_latin": "Nahid Taghavi",
        "name_native": "ناهید تقوی",
        "other_names": [],
        "title": {
            "en": "Nahid Taghavi",
            "es": "Nahid Taghavi",
            "fa": "ناهید تقوی",
            "fr": "Nahid Taghavi",
        },
        "gender": "female",
        "birth": None,
        "hometown": None,
        "citizenships": ["IR", "DE"],
        "groups": [],
        "occupations": ["womens-rights-activist"],
        "short_story": {
            "en": (
                "German-Iranian retired architect and women's rights activist, held in Evin "
                "Prison since October 2020. After long solitary confinement and interrogation "
                "without a lawyer, she was sentenced to ten years and eight months."
            ),
            "es": (
                "Arquitecta jubilada germano-iraní y activista por los derechos de las mujeres, "
                "presa en Evin desde octubre de 2020. Tras un largo aislamiento e "
                "interrogatorios sin abogado, fue condenada a diez años y ocho meses."
            ),
            "fa": (
                "معمار بازنشستهٔ ایرانی‌آلمانی و فعال حقوق زنان که از مهر ۱۳۹۹ در زندان اوین "
                "است. او پس از انفرادی طولانی و بازجویی بدون وکیل به ده سال و هشت ماه زندان "
                "محکوم شد."
            ),
            "fr": (
                "Architecte retraitée germano-iranienne et militante des droits des femmes, "
                "détenue à Evin depuis octobre 2020. Après un long isolement et des "
                "interrogatoires sans avocat, elle a été condamnée à dix ans et huit mois."
            ),
        },
        "story": {
            "en": (
                "Nahid Taghavi is a women's rights activist and retired architect with German and "
                "Iranian citizenship. Intelligence agents of the Revolutionary Guards arrested her "
                "on 16 October 2020 and took her to Ward 2A of Evin Prison. She was kept in "
                "solitary confinement for a long time and, according to her daughter, questioned "
                "for more than a thousand hours without a lawyer."
                "\n\n"
                "She was tried with Mehran Raouf and four other activists before Branch 26 of "
                "Tehran's Revolutionary Court, presided over by Judge Iman Afshari. In August 2021 "
                "the court convicted her of national security offences and sentenced her to ten "
                "years and eight months. Amnesty International called the trial grossly unfair "
                "and recognised her as a prisoner of conscience."
                "\n\n"
                "She suffers from chronic back pain, and in November 2021 Amnesty reported that "
                "she was being denied the spinal surgery her doctors said she urgently needed. "
                "Iran has refused Germany consular access to her. Her daughter, Mariam Claren, "
                "campaigns tirelessly for her freedom."
            ),
            "es": (
                "Nahid Taghavi es una arquitecta jubilada y activista por los derechos de las "
                "mujeres, con nacionalidad alemana e iraní. Agentes de inteligencia de la Guardia "
                "Revolucionaria la detuvieron el 16 de octubre de 2020 y la llevaron al pabellón "
                "2A de la prisión de Evin. Pasó mucho tiempo en régimen de aislamiento y, según "
                "su hija, fue interrogada más de mil horas sin abogado."
                "\n\n"
                "Fue juzgada con Mehran Raouf y otros cuatro activistas por la Sala 26 del "
                "Tribunal Revolucionario de Teherán, presidida por el juez Iman Afshari. En agosto "
                "de 2021 el tribunal la declaró culpable de delitos contra la seguridad nacional "
                "y la condenó a diez años y ocho meses. Amnistía Internacional calificó el juicio "
                "de manifiestamente injusto y la considera presa de conciencia."
                "\n\n"
                "Sufre dolor crónico de espalda y, en noviembre de 2021, Amnistía informó de que "
                "se le negaba la operación de columna que, según sus médicos, necesitaba con "
                "urgencia. Irán no permite el acceso consular de Alemania. Su hija, Mariam "
                "Claren, hace campaña sin descanso por su libertad."
            ),
            "fa": (
                "ناهید تقوی معمار بازنشسته و فعال حقوق زنان با تابعیت آلمان و ایران است. "
                "مأموران اطلاعات سپاه پاسداران او را در ۲۵ مهر ۱۳۹۹ (۱۶ اکتبر ۲۰۲۰) بازداشت "
                "کردند و به بند ۲-الف زندان اوین بردند. او مدتی طولانی در سلول انفرادی بود و به "
                "گفتهٔ دخترش بیش از هزار ساعت بدون حضور وکیل بازجویی شد."
                "\n\n"
                "او همراه با مهران رئوف و چهار فعال دیگر در شعبهٔ ۲۶ دادگاه انقلاب تهران به "
                "ریاست قاضی ایمان افشاری محاکمه شد. دادگاه در اوت ۲۰۲۱ او را به اتهام‌های امنیتی "
                "مجرم شناخت و به ده سال و هشت ماه زندان محکوم کرد. عفو بین‌الملل این دادرسی را "
                "به‌شدت ناعادلانه خواند و او را زندانی عقیدتی می‌داند."
                "\n\n"
                "او از کمردرد مزمن رنج می‌برد و عفو بین‌الملل در نوامبر ۲۰۲۱ گزارش داد که از "
                "عمل جراحی ستون فقراتی که پزشکان ضروری دانسته‌اند محروم شده است. ایران اجازهٔ "
                "دسترسی کنسولی به آلمان نداده است. دخترش، مریم کلارن، بی‌وقفه برای آزادی او "
                "تلاش می‌کند."
            ),
            "fr": (
                "Nahid Taghavi est une architecte retraitée et militante des droits des femmes, "
                "de nationalités allemande et iranienne. Des agents du renseignement des "
                "Gardiens de la révolution l'ont arrêtée le 16 octobre 2020 et conduite au "
                "quartier 2A de la prison d'Evin. Elle a longtemps été maintenue à l'isolement "
                "et, selon sa fille, interrogée plus de mille heures sans avocat."
                "\n\n"
                "Elle a été jugée avec Mehran Raouf et quatre autres militants par la 26e chambre "
                "du tribunal révolutionnaire de Téhéran, présidée par le juge Iman Afshari. En "
                "août 2021, le tribunal l'a reconnue coupable d'atteintes à la sûreté de l'État "
                "et condamnée à dix ans et huit mois. Amnesty International a jugé le procès "
                "manifestement inéquitable et la considère comme une prisonnière d'opinion."
                "\n\n"
                "Elle souffre de douleurs chroniques au dos et, en novembre 2021, Amnesty a "
                "signalé qu'on lui refusait l'opération de la colonne vertébrale que ses médecins "
                "jugeaient urgente. L'Iran refuse à l'Allemagne l'accès consulaire. Sa fille, "
                "Mariam Claren, fait campagne sans relâche pour sa libération."
            ),
        },
        "portrait": {
            "palette": 5,
            "credit": {
                "en": "Drawing made for the demo",
                "es": "Dibujo hecho para la demostración",
                "fa": "طرحی که برای نسخهٔ نمایشی کشیده شده است",
                "fr": "Dessin réalisé pour la démo",
            },
        },
        "risk_of_execution": False,
        "private_fields": [],
        "recognitions": [
            {
                "organization": "Amnesty International",
                "url": "https://www.amnesty.org/fr/documents/mde13/4960/2021/en/",
                "date": "2021-11-05",
            }
        ],
        "sources": [
            {
                "kind": "ngo",
                "title": "Iran: Unjust prison terms for detained dual nationals: Mehran Raoof & Nahid Taghavi",
                "publisher": "Amnesty International",
                "date": "2021-11-05",
                "url": "https://www.amnesty.org/fr/documents/mde13/4960/2021/en/",
                "internal": False,
            },
            {
                "kind": "family",
                "title": "How We Became Activists to Free Our Parents from Tehran's Evin Prison",
                "publisher": "Kayhan Life (opinion piece by Mariam Claren and Elika Ashoori)",
                "date": "2021-12-10",
                "url": "",
                "internal": False,
            },
            {
                "kind": "media",
                "title": "Second court session set for six political defendants",
                "publisher": "HRANA",
                "date": "2021-06-11",
                "url": "",
                "internal": False,
            },
        ],
        "cases": [
            {
                "arrest_date": "2020-10-16",
                "arrest_precision": "day",
                "arrested_by": {
                    "en": "Intelligence agents of the Revolutionary Guards (IRGC)",
                    "es": "Agentes de inteligencia de la Guardia Revolucionaria",
                    "fa": "مأموران اطلاعات سپاه پاسداران",
                    "fr": "Agents du renseignement des Gardiens de la révolution",
                },
                "activity": {
                    "en": "Peaceful activism for women's rights.",
                    "es": "Activismo pacífico por los derechos de las mujeres.",
                    "fa": "فعالیت مسالمت‌آمیز برای حقوق زنان.",
                    "fr": "Un engagement pacifique pour les droits des femmes.",
                },
                "charges": [["national-security", ""]],
                "court": {
                    "en": "Revolutionary Court of Tehran",
                    "es": "Tribunal Revolucionario de Teherán",
                    "fa": "دادگاه انقلاب تهران",
                    "fr": "Tribunal révolutionnaire de Téhéran",
                },
                "branch": "26",
                "judge": "Iman Afshari",
                "verdict_date": "",
                "appeal_date": "",
                "sentences": [
                    {"kind": "prison", "years": 10, "months": 8, "lashes": None, "amount": ""}
                ],
                "prison": "evin",
                "violations": ["solitary", "no-lawyer", "unfair-trial", "no-medical-care"],
            }
        ],
        "events": [
            {
                "date": "2020-10-16",
                "precision": "day",
                "kind": "arrested",
                "status": "detained",
                "release_reason": "",
                "note": {
                    "en": "Arrested by Revolutionary Guards intelligence agents and taken to Ward 2A of Evin Prison.",
                    "es": "Detenida por agentes de inteligencia de la Guardia Revolucionaria y llevada al pabellón 2A de Evin.",
                    "fa": "به دست مأموران اطلاعات سپاه بازداشت و به بند ۲-الف زندان اوین منتقل می‌شود.",
                    "fr": "Arrêtée par des agents du renseignement des Gardiens de la révolution et conduite au quartier 2A d'Evin.",
                },
                "verification": "confirmed",
                "sources": [
                    {
                        "kind": "ngo",
                        "title": "Iran: Unjust prison terms for detained dual nationals: Mehran Raoof & Nahid Taghavi",
                        "publisher": "Amnesty International",
                        "date": "2021-11-05",
                        "url": "https://www.amnesty.org/fr/documents/mde13/4960/2021/en/",
                        "internal": False,
                    }
                ],
                "internal": False,
            },
            {
                "date": "2021-05-28",
                "precision": "day",
                "kind": "tried",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "The first hearing of her case is held before Branch 26 of the Revolutionary Court of Tehran.",
                    "es": "Se celebra la primera audiencia de su caso ante la Sala 26 del Tribunal Revolucionario de Teherán.",
                    "fa": "نخستین جلسهٔ رسیدگی به پرونده‌اش در شعبهٔ ۲۶ دادگاه انقلاب تهران برگزار می‌شود.",
                    "fr": "La première audience de son procès se tient devant la 26e chambre du tribunal révolutionnaire de Téhéran.",
                },
                "verification": "confirmed",
                "sources": [
                    {
                        "kind": "media",
                        "title": "Second court session set for six political defendants",
                        "publisher": "HRANA",
                        "date": "2021-06-11",
                        "url": "",
                        "internal": False,
                    }
                ],
                "internal": False,
            },
            {
                "date": "2021-06-13",
                "precision": "day",
                "kind": "tried",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "A second hearing is scheduled before the same court.",
                    "es": "Se fija una segunda audiencia ante el mismo tribunal.",
                    "fa": "جلسهٔ دوم دادگاه در همان شعبه تعیین می‌شود.",
                    "fr": "Une deuxième audience est prévue devant le même tribunal.",
                },
                "verification": "reported",
                "sources": [],
                "internal": False,
            },
            {
                "date": "2021-08-01",
                "precision": "month",
                "kind": "sentenced",
                "status": "imprisoned",
                "release_reason": "",
                "note": {
                    "en": "Convicted of national security offences and sentenced to ten years and eight months in prison.",
                    "es": "Condenada por delitos contra la seguridad nacional a diez años y ocho meses de prisión.",
                    "fa": "به اتهام‌های امنیتی به ده سال و هشت ماه زندان محکوم می‌شود.",
                    "fr": "Reconnue coupable d'atteintes à la sûreté de l'État et condamnée à dix ans et huit mois de prison.",
                },
                "verification": "confirmed",
                "sources": [
                    {
                        "kind": "ngo",
                        "title": "Iran: Unjust prison terms for detained dual nationals: Mehran Raoof & Nahid Taghavi",
                        "publisher": "Amnesty International",
                        "date": "2021-11-05",
                        "url": "https://www.amnesty.org/fr/documents/mde13/4960/2021/en/",
                        "internal": False,
                    }
                ],
                "internal": False,
            },
            {
                "date": "2021-11-05",
                "precision": "day",
                "kind": "denied-medical-care",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "Amnesty International reports that she is being denied the spinal surgery her doctors say she urgently needs.",
                    "es": "Amnistía Internacional informa de que se le niega la operación de columna que sus médicos consideran urgente.",
                    "fa": "عفو بین‌الملل گزارش می‌دهد که او از جراحی ستون فقرات که پزشکان ضروری می‌دانند محروم است.",
                    "fr": "Amnesty International signale qu'on lui refuse l'opération de la colonne vertébrale jugée urgente par ses médecins.",
                },
                "verification": "confirmed",
                "sources": [
                    {
                        "kind": "ngo",
                        "title": "Iran: Unjust prison terms for detained dual nationals: Mehran Raoof & Nahid Taghavi",
                        "publisher": "Amnesty International",
                        "date": "2021-11-05",
                        "url": "https://www.amnesty.org/fr/documents/mde13/4960/2021/en/",
                        "internal": False,
                    }
                ],
                "internal": False,
            },
        ],
        "translations": ["es", "fa", "fr"],
        "news": [
            "2021-six-defendants-second-hearing-tehran",
            "2021-human-rights-day-paris-london",
        ],
    },
    # --------------------------------------------------------------------------------------
    {
        "slug": "mehran-raouf",
        "name_latin": "Mehran Raouf",
        "name_native": "مهران رئوف",
        "other_names": ["Mehran Raoof"],
        "title": {
            "en": "Mehran Raouf",
            "es": "Mehran Raouf",
            "fa": "مهران رئوف",
            "fr": "Mehran Raouf",
        },
        "gender": "male",
        "birth": None,
        "hometown": None,
        "citizenships": ["IR", "GB"],
        "groups": [],
        "occupations": ["labour-activist"],
        "short_story": {
            "en": (
                "British-Iranian labour activist held in Evin Prison since October 2020. In "
                "August 2021 a Revolutionary Court sentenced him to ten years and eight months "
                "after a trial Amnesty International calls grossly unfair."
            ),
            "es": (
                "Activista sindical británico-iraní, preso en Evin desde octubre de 2020. En "
                "agosto de 2021 un Tribunal Revolucionario lo condenó a diez años y ocho meses "
                "tras un juicio que Amnistía Internacional califica de muy injusto."
            ),
            "fa": (
                "فعال کارگری ایرانی‌بریتانیایی که از مهر ۱۳۹۹ در زندان اوین است. دادگاه انقلاب "
                "در اوت ۲۰۲۱ او را در دادرسی‌ای که عفو بین‌الملل به‌شدت ناعادلانه می‌داند، به ده "
                "سال و هشت ماه زندان محکوم کرد."
            ),
            "fr": (
                "Militant syndical britannico-iranien détenu à Evin depuis octobre 2020. En août "
                "2021, un tribunal révolutionnaire l'a condamné à dix ans et huit mois à l'issue "
                "d'un procès qu'Amnesty International juge gravement inéquitable."
            ),
        },
        "story": {
            "en": (
                "Mehran Raouf is a labour activist with British and Iranian citizenship. "
                "Intelligence agents of the Revolutionary Guards arrested him on 16 October 2020 "
                "and held him in Ward 2A of Evin Prison, which the Guards run. In April 2021 the "
                "Independent Workers Union of Iran condemned his continued detention and demanded "
                "his unconditional release."
                "\n\n"
                "He was tried with Nahid Taghavi and four other activists before Branch 26 of "
                "Tehran's Revolutionary Court under Judge Iman Afshari. In August 2021 he was "
                "convicted of national security offences and sentenced to ten years and eight "
                "months in prison. Amnesty International regards him as a prisoner of "
                "conscience."
            ),
            "es": (
                "Mehran Raouf es un activista sindical con nacionalidad británica e iraní. "
                "Agentes de inteligencia de la Guardia Revolucionaria lo detuvieron el 16 de "
                "octubre de 2020 y lo recluyeron en el pabellón 2A de Evin, que controla la "
                "Guardia. En abril de 2021, el Sindicato Independiente de Trabajadores de Irán "
                "condenó su detención prolongada y exigió su liberación incondicional."
                "\n\n"
                "Fue juzgado con Nahid Taghavi y otros cuatro activistas por la Sala 26 del "
                "Tribunal Revolucionario de Teherán, bajo el juez Iman Afshari. En agosto de 2021 "
                "fue declarado culpable de delitos contra la seguridad nacional y condenado a "
                "diez años y ocho meses de prisión. Amnistía Internacional lo considera preso de "
                "conciencia."
            ),
            "fa": (
                "مهران رئوف فعال کارگری با تابعیت بریتانیا و ایران است. مأموران اطلاعات سپاه "
                "پاسداران او را در ۲۵ مهر ۱۳۹۹ (۱۶ اکتبر ۲۰۲۰) بازداشت کردند و در بند ۲-الف "
                "زندان اوین که زیر نظر سپاه است نگه داشتند. اتحادیهٔ آزاد کارگران ایران در آوریل "
                "۲۰۲۱ ادامهٔ بازداشت او را محکوم کرد و خواستار آزادی بی‌قیدوشرطش شد."
                "\n\n"
                "او همراه با ناهید تقوی و چهار فعال دیگر در شعبهٔ ۲۶ دادگاه انقلاب تهران به "
                "ریاست قاضی ایمان افشاری محاکمه شد و در اوت ۲۰۲۱ به اتهام‌های امنیتی به ده سال و "
                "هشت ماه زندان محکوم شد. عفو بین‌الملل او را زندانی عقیدتی می‌داند."
            ),
            "fr": (
                "Mehran Raouf est un militant syndical de nationalités britannique et iranienne. "
                "Des agents du renseignement des Gardiens de la révolution l'ont arrêté le 16 "
                "octobre 2020 et détenu au quartier 2A d'Evin, que contrôlent les Gardiens. En "
                "avril 2021, le Syndicat indépendant des travailleurs d'Iran a dénoncé son "
                "maintien en détention et exigé sa libération sans condition."
                "\n\n"
                "Il a été jugé avec Nahid Taghavi et quatre autres militants par la 26e chambre "
                "du tribunal révolutionnaire de Téhéran, sous la présidence du juge Iman Afshari. "
                "En août 2021, il a été reconnu coupable d'atteintes à la sûreté de l'État et "
                "condamné à dix ans et huit mois de prison. Amnesty International le considère "
                "comme un prisonnier d'opinion."
            ),
        },
        "portrait": {
            "palette": 6,
            "credit": {
                "en": "Drawing made for the demo",
                "es": "Dibujo hecho para la demostración",
                "fa": "طرحی که برای نسخهٔ نمایشی کشیده شده است",
                "fr": "Dessin réalisé pour la démo",
            },
        },
        "risk_of_execution": False,
        "private_fields": [],
        "recognitions": [
            {
                "organization": "Amnesty International",
                "url": "https://www.amnesty.org/fr/documents/mde13/4960/2021/en/",
                "date": "2021-11-05",
            }
        ],
        "sources": [
            {
                "kind": "ngo",
                "title": "Iran: Unjust prison terms for detained dual nationals: Mehran Raoof & Nahid Taghavi",
                "publisher": "Amnesty International",
                "date": "2021-11-05",
                "url": "https://www.amnesty.org/fr/documents/mde13/4960/2021/en/",
                "internal": False,
            },
            {
                "kind": "ngo",
                "title": "Statement on the continued arrest of Mehran Raouf",
                "publisher": "Independent Workers Union of Iran",
                "date": "2021-04-29",
                "url": "",
                "internal": False,
            },
        ],
        "cases": [
            {
                "arrest_date": "2020-10-16",
                "arrest_precision": "day",
                "arrested_by": {
                    "en": "Intelligence agents of the Revolutionary Guards (IRGC)",
                    "es": "Agentes de inteligencia de la Guardia Revolucionaria",
                    "fa": "مأموران اطلاعات سپاه پاسداران",
                    "fr": "Agents du renseignement des Gardiens de la révolution",
                },
                "activity": {
                    "en": "Peaceful labour activism.",
                    "es": "Activismo sindical pacífico.",
                    "fa": "فعالیت مسالمت‌آمیز کارگری.",
                    "fr": "Un militantisme syndical pacifique.",
                },
                "charges": [["national-security", ""]],
                "court": {
                    "en": "Revolutionary Court of Tehran",
                    "es": "Tribunal Revolucionario de Teherán",
                    "fa": "دادگاه انقلاب تهران",
                    "fr": "Tribunal révolutionnaire de Téhéran",
                },
                "branch": "26",
                "judge": "Iman Afshari",
                "verdict_date": "",
                "appeal_date": "",
                "sentences": [
                    {"kind": "prison", "years": 10, "months": 8, "lashes": None, "amount": ""}
                ],
                "prison": "evin",
                "violations": ["unfair-trial"],
            }
        ],
        "events": [
            {
                "date": "2020-10-16",
                "precision": "day",
                "kind": "arrested",
                "status": "detained",
                "release_reason": "",
                "note": {
                    "en": "Arrested by Revolutionary Guards intelligence agents and held in Ward 2A of Evin Prison.",
                    "es": "Detenido por agentes de inteligencia de la Guardia Revolucionaria y recluido en el pabellón 2A de Evin.",
                    "fa": "به دست مأموران اطلاعات سپاه بازداشت و در بند ۲-الف زندان اوین نگهداری می‌شود.",
                    "fr": "Arrêté par des agents du renseignement des Gardiens de la révolution et détenu au quartier 2A d'Evin.",
                },
                "verification": "confirmed",
                "sources": [
                    {
                        "kind": "ngo",
                        "title": "Iran: Unjust prison terms for detained dual nationals: Mehran Raoof & Nahid Taghavi",
                        "publisher": "Amnesty International",
                        "date": "2021-11-05",
                        "url": "https://www.amnesty.org/fr/documents/mde13/4960/2021/en/",
                        "internal": False,
                    }
                ],
                "internal": False,
            },
            {
                "date": "2021-04-29",
                "precision": "day",
                "kind": "other",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "The Independent Workers Union of Iran condemns his continued detention and demands his release.",
                    "es": "El Sindicato Independiente de Trabajadores de Irán condena su detención prolongada y exige su liberación.",
                    "fa": "اتحادیهٔ آزاد کارگران ایران ادامهٔ بازداشت او را محکوم و آزادی‌اش را مطالبه می‌کند.",
                    "fr": "Le Syndicat indépendant des travailleurs d'Iran dénonce son maintien en détention et exige sa libération.",
                },
                "verification": "confirmed",
                "sources": [
                    {
                        "kind": "ngo",
                        "title": "Statement on the continued arrest of Mehran Raouf",
                        "publisher": "Independent Workers Union of Iran",
                        "date": "2021-04-29",
                        "url": "",
                        "internal": False,
                    }
                ],
                "internal": False,
            },
            {
                "date": "2021-05-28",
                "precision": "day",
                "kind": "tried",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "The first hearing of his case is held before Branch 26 of the Revolutionary Court of Tehran.",
                    "es": "Se celebra la primera audiencia de su caso ante la Sala 26 del Tribunal Revolucionario de Teherán.",
                    "fa": "نخستین جلسهٔ رسیدگی به پرونده‌اش در شعبهٔ ۲۶ دادگاه انقلاب تهران برگزار می‌شود.",
                    "fr": "La première audience de son procès se tient devant la 26e chambre du tribunal révolutionnaire de Téhéran.",
                },
                "verification": "confirmed",
                "sources": [],
                "internal": False,
            },
            {
                "date": "2021-08-01",
                "precision": "month",
                "kind": "sentenced",
                "status": "imprisoned",
                "release_reason": "",
                "note": {
                    "en": "Convicted of national security offences and sentenced to ten years and eight months in prison.",
                    "es": "Condenado por delitos contra la seguridad nacional a diez años y ocho meses de prisión.",
                    "fa": "به اتهام‌های امنیتی به ده سال و هشت ماه زندان محکوم می‌شود.",
                    "fr": "Reconnu coupable d'atteintes à la sûreté de l'État et condamné à dix ans et huit mois de prison.",
                },
                "verification": "confirmed",
                "sources": [],
                "internal": False,
            },
        ],
        "translations": ["es", "fa", "fr"],
        "news": [
            "2021-six-defendants-second-hearing-tehran",
            "2021-human-rights-day-paris-london",
        ],
    },
    # --------------------------------------------------------------------------------------
    {
        "slug": "anoosheh-ashoori",
        "name_latin": "Anoosheh Ashoori",
        "name_native": "انوشه آشوری",
        "other_names": [],
        "title": {
            "en": "Anoosheh Ashoori",
            "es": "Anoosheh Ashoori",
            "fa": "انوشه آشوری",
            "fr": "Anoosheh Ashoori",
        },
        "gender": "male",
        "birth": None,
        "hometown": None,
        "citizenships": ["IR", "GB"],
        "groups": [],
        "occupations": [],
        "short_story": {
            "en": (
                "British-Iranian retired businessman arrested in 2017 while caring for his "
                "elderly mother in Iran. After months in solitary confinement and a secret trial "
                "he was sentenced to ten years, and he is held in Evin Prison."
            ),
            "es": (
                "Empresario jubilado británico-iraní, detenido en 2017 mientras cuidaba de su "
                "anciana madre en Irán. Tras meses en aislamiento y un juicio secreto fue "
                "condenado a diez años; está preso en Evin."
            ),
            "fa": (
                "بازرگان بازنشستهٔ ایرانی‌بریتانیایی که در سال ۲۰۱۷ هنگام پرستاری از مادر "
                "سالخورده‌اش در ایران بازداشت شد. او پس از ماه‌ها انفرادی و دادگاهی پنهانی به ده "
                "سال زندان محکوم شد و در اوین است."
            ),
            "fr": (
                "Homme d'affaires retraité britannico-iranien, arrêté en 2017 alors qu'il "
                "s'occupait de sa mère âgée en Iran. Après des mois d'isolement et un procès "
                "secret, il a été condamné à dix ans ; il est détenu à Evin."
            ),
        },
        "story": {
            "en": (
                "Anoosheh Ashoori is a retired businessman with British and Iranian citizenship. "
                "In 2017 he travelled to Iran to look after his 86-year-old mother, who was "
                "recovering from surgery, and was arrested there. He spent months in solitary "
                "confinement without a lawyer of his own choosing, and was then sentenced to ten "
                "years in prison after a trial held behind closed doors."
                "\n\n"
                "He is held in Evin Prison, and Iran has denied British diplomats consular "
                "access. His daughter, Elika Ashoori, campaigns for him and for other dual "
                "nationals, whom she describes as hostages used as bargaining chips. In November "
                "2021 Amnesty International UK asked its supporters to urge their members of "
                "parliament to act for him and for Nazanin Zaghari-Ratcliffe."
            ),
            "es": (
                "Anoosheh Ashoori es un empresario jubilado con nacionalidad británica e iraní. "
                "En 2017 viajó a Irán para cuidar a su madre, de 86 años, que se recuperaba de "
                "una operación, y allí fue detenido. Pasó meses en aislamiento sin un abogado de "
                "su elección y después fue condenado a diez años de cárcel tras un juicio a "
                "puerta cerrada."
                "\n\n"
                "Está preso en Evin, e Irán niega a los diplomáticos británicos el acceso "
                "consular. Su hija, Elika Ashoori, hace campaña por él y por otros binacionales, "
                "a quienes describe como rehenes usados como moneda de cambio. En noviembre de "
                "2021, Amnistía Internacional Reino Unido pidió a sus simpatizantes que "
                "instaran a sus diputados a actuar por él y por Nazanin Zaghari-Ratcliffe."
            ),
            "fa": (
                "انوشه آشوری بازرگان بازنشسته با تابعیت بریتانیا و ایران است. او در سال ۲۰۱۷ "
                "برای پرستاری از مادر ۸۶ ساله‌اش که دوران نقاهت پس از جراحی را می‌گذراند به ایران "
                "رفت و همان‌جا بازداشت شد. ماه‌ها را بدون وکیل انتخابی در سلول انفرادی گذراند و "
                "سپس در دادگاهی غیرعلنی به ده سال زندان محکوم شد."
                "\n\n"
                "او در زندان اوین است و ایران به دیپلمات‌های بریتانیا اجازهٔ دسترسی کنسولی نداده "
                "است. دخترش، الیکا آشوری، برای او و دیگر زندانیان دوتابعیتی که آنان را گروگان "
                "و برگ چانه‌زنی می‌داند تلاش می‌کند. عفو بین‌الملل بریتانیا در نوامبر ۲۰۲۱ از "
                "حامیانش خواست از نمایندگان پارلمان بخواهند برای او و نازنین زاغری‌رتکلیف اقدام "
                "کنند."
            ),
            "fr": (
                "Anoosheh Ashoori est un homme d'affaires retraité de nationalités britannique et "
                "iranienne. En 2017, il s'est rendu en Iran pour s'occuper de sa mère de 86 ans, "
                "qui se remettait d'une opération, et y a été arrêté. Il a passé des mois à "
                "l'isolement sans avocat de son choix, puis a été condamné à dix ans de prison à "
                "l'issue d'un procès à huis clos."
                "\n\n"
                "Il est détenu à Evin, et l'Iran refuse aux diplomates britanniques l'accès "
                "consulaire. Sa fille, Elika Ashoori, fait campagne pour lui et pour d'autres "
                "binationaux, qu'elle décrit comme des otages servant de monnaie d'échange. En "
                "novembre 2021, Amnesty International Royaume-Uni a invité ses sympathisants à "
                "presser leurs députés d'agir pour lui et pour Nazanin Zaghari-Ratcliffe."
            ),
        },
        "portrait": {
            "palette": 7,
            "credit": {
                "en": "Drawing made for the demo",
                "es": "Dibujo hecho para la demostración",
                "fa": "طرحی که برای نسخهٔ نمایشی کشیده شده است",
                "fr": "Dessin réalisé pour la démo",
            },
        },
        "risk_of_execution": False,
        "private_fields": [],
        "recognitions": [
            {
                "organization": "Amnesty International UK",
                "url": "https://www.amnesty.org.uk/nazanin-and-anoosheh-write-your-mp",
                "date": "2021-11-03",
            }
        ],
        "sources": [
            {
                "kind": "family",
                "title": "How We Became Activists to Free Our Parents from Tehran's Evin Prison",
                "publisher": "Kayhan Life (opinion piece by Mariam Claren and Elika Ashoori)",
                "date": "2021-12-10",
                "url": "",
                "internal": False,
            },
            {
                "kind": "ngo",
                "title": "Nazanin and Anoosheh: write to your MP",
                "publisher": "Amnesty International UK",
                "date": "2021-11-03",
                "url": "https://www.amnesty.org.uk/nazanin-and-anoosheh-write-your-mp",
                "internal": False,
            },
        ],
        "cases": [
            {
                "arrest_date": "2017-01-01",
                "arrest_precision": "year",
                "arrested_by": None,
                "activity": None,
                "charges": [],
                "court": None,
                "branch": "",
                "judge": "",
                "verdict_date": "",
                "appeal_date": "",
                "sentences": [
                    {"kind": "prison", "years": 10, "months": None, "lashes": None, "amount": ""}
                ],
                "prison": "evin",
                "violations": ["solitary", "no-lawyer", "unfair-trial"],
            }
        ],
        "events": [
            {
                "date": "2017-01-01",
                "precision": "year",
                "kind": "arrested",
                "status": "detained",
                "release_reason": "",
                "note": {
                    "en": "Arrested while visiting Iran to care for his mother after her surgery.",
                    "es": "Detenido durante una visita a Irán para cuidar a su madre tras una operación.",
                    "fa": "هنگام سفر به ایران برای پرستاری از مادرش پس از جراحی بازداشت می‌شود.",
                    "fr": "Arrêté lors d'un séjour en Iran pour soigner sa mère après une opération.",
                },
                "verification": "confirmed",
                "sources": [
                    {
                        "kind": "family",
                        "title": "How We Became Activists to Free Our Parents from Tehran's Evin Prison",
                        "publisher": "Kayhan Life (opinion piece by Mariam Claren and Elika Ashoori)",
                        "date": "2021-12-10",
                        "url": "",
                        "internal": False,
                    }
                ],
                "internal": False,
            },
            {
                "date": "2021-11-03",
                "precision": "day",
                "kind": "other",
                "status": "imprisoned",
                "release_reason": "",
                "note": {
                    "en": "He is serving a ten-year sentence in Evin Prison as Amnesty International UK urges supporters to lobby their MPs; the verdict date is not recorded here.",
                    "es": "Cumple una condena de diez años en Evin mientras Amnistía Internacional Reino Unido pide presionar a los diputados; la fecha de la sentencia no figura aquí.",
                    "fa": "در حالی که عفو بین‌الملل بریتانیا از حامیانش می‌خواهد به نمایندگان پارلمان فشار بیاورند، او حکم ده سال زندان را در اوین می‌گذراند؛ تاریخ صدور حکم اینجا ثبت نشده است.",
                    "fr": "Il purge une peine de dix ans à Evin tandis qu'Amnesty International Royaume-Uni appelle à interpeller les députés ; la date du verdict n'est pas indiquée ici.",
                },
                "verification": "confirmed",
                "sources": [
                    {
                        "kind": "ngo",
                        "title": "Nazanin and Anoosheh: write to your MP",
                        "publisher": "Amnesty International UK",
                        "date": "2021-11-03",
                        "url": "https://www.amnesty.org.uk/nazanin-and-anoosheh-write-your-mp",
                        "internal": False,
                    }
                ],
                "internal": False,
            },
            {
                "date": "2021-12-10",
                "precision": "day",
                "kind": "other",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "On Human Rights Day his daughter publishes an account of her years of campaigning for him.",
                    "es": "En el Día de los Derechos Humanos, su hija publica un relato de sus años de campaña por él.",
                    "fa": "دخترش در روز جهانی حقوق بشر روایتی از سال‌ها تلاش برای آزادی او منتشر می‌کند.",
                    "fr": "Pour la Journée des droits de l'homme, sa fille publie le récit de ses années de campagne pour lui.",
                },
                "verification": "confirmed",
                "sources": [],
                "internal": False,
            },
        ],
        "translations": [],
        "news": ["2021-human-rights-day-paris-london"],
    },
    # --------------------------------------------------------------------------------------
    {
        "slug": "somayeh-kargar",
        "name_latin": "Somayeh Kargar",
        "name_native": "سمیه کارگر",
        "other_names": [],
        "title": {
            "en": "Somayeh Kargar",
            "es": "Somayeh Kargar",
            "fa": "سمیه کارگر",
            "fr": "Somayeh Kargar",
        },
        "gender": "female",
        "birth": None,
        "hometown": None,
        "citizenships": ["IR"],
        "groups": [],
        "occupations": [],
        "short_story": {
            "en": (
                "One of six activists arrested by Revolutionary Guards intelligence agents in "
                "late 2020 and tried together in Tehran in 2021, alongside Nahid Taghavi and "
                "Mehran Raouf."
            ),
            "es": (
                "Una de los seis activistas detenidos por agentes de inteligencia de la Guardia "
                "Revolucionaria a finales de 2020 y juzgados juntos en Teherán en 2021, con Nahid "
                "Taghavi y Mehran Raouf."
            ),
            "fa": (
                "یکی از شش فعالی که اواخر ۲۰۲۰ به دست مأموران اطلاعات سپاه بازداشت و در ۲۰۲۱ "
                "همراه با ناهید تقوی و مهران رئوف در تهران محاکمه شدند."
            ),
            "fr": (
                "L'une des six militants arrêtés fin 2020 par des agents du renseignement des "
                "Gardiens de la révolution et jugés ensemble à Téhéran en 2021, avec Nahid "
                "Taghavi et Mehran Raouf."
            ),
        },
        "story": {
            "en": (
                "Somayeh Kargar was arrested in October or December 2020 by intelligence agents "
                "of the Revolutionary Guards and taken to Ward 2A of Evin Prison. Her case was "
                "joined to those of Nahid Taghavi, Mehran Raouf, Bahareh Soleimani, Nazanin "
                "Mohammadnejad and Elham Samimi."
                "\n\n"
                "The six first appeared before Branch 26 of the Revolutionary Court of Tehran, "
                "under Judge Iman Afshari, on 28 May 2021, and a second session was set for 13 "
                "June 2021. We do not yet have verified information on the outcome of her trial."
            ),
            "es": (
                "Somayeh Kargar fue detenida en octubre o diciembre de 2020 por agentes de "
                "inteligencia de la Guardia Revolucionaria y llevada al pabellón 2A de Evin. Su "
                "caso se unió a los de Nahid Taghavi, Mehran Raouf, Bahareh Soleimani, Nazanin "
                "Mohammadnejad y Elham Samimi."
                "\n\n"
                "Los seis comparecieron por primera vez ante la Sala 26 del Tribunal "
                "Revolucionario de Teherán, con el juez Iman Afshari, el 28 de mayo de 2021, y se "
                "fijó una segunda sesión para el 13 de junio de 2021. Aún no tenemos información "
                "verificada sobre el resultado de su juicio."
            ),
            "fa": (
                "سمیه کارگر در مهر یا آذر ۱۳۹۹ به دست مأموران اطلاعات سپاه پاسداران بازداشت و "
                "به بند ۲-الف زندان اوین برده شد. پروندهٔ او با پرونده‌های ناهید تقوی، مهران "
                "رئوف، بهاره سلیمانی، نازنین محمدنژاد و الهام صمیمی یکی شد."
                "\n\n"
                "این شش نفر نخستین بار در ۷ خرداد ۱۴۰۰ (۲۸ مه ۲۰۲۱) در شعبهٔ ۲۶ دادگاه انقلاب "
                "تهران به ریاست قاضی ایمان افشاری حاضر شدند و جلسهٔ دوم برای ۲۳ خرداد ۱۴۰۰ تعیین "
                "شد. ما هنوز اطلاعات تأییدشده‌ای دربارهٔ نتیجهٔ دادگاه او نداریم."
            ),
            "fr": (
                "Somayeh Kargar a été arrêtée en octobre ou en décembre 2020 par des agents du "
                "renseignement des Gardiens de la révolution et conduite au quartier 2A d'Evin. "
                "Son dossier a été joint à ceux de Nahid Taghavi, Mehran Raouf, Bahareh "
                "Soleimani, Nazanin Mohammadnejad et Elham Samimi."
                "\n\n"
                "Les six ont comparu pour la première fois le 28 mai 2021 devant la 26e chambre "
                "du tribunal révolutionnaire de Téhéran, présidée par le juge Iman Afshari, et "
                "une deuxième audience a été fixée au 13 juin 2021. Nous n'avons pas encore "
                "d'information vérifiée sur l'issue de son procès."
            ),
        },
        "portrait": {
            "palette": 0,
            "credit": {
                "en": "Drawing made for the demo",
                "es": "Dibujo hecho para la demostración",
                "fa": "طرحی که برای نسخهٔ نمایشی کشیده شده است",
                "fr": "Dessin réalisé pour la démo",
            },
        },
        "risk_of_execution": False,
        "private_fields": [],
        "recognitions": [],
        "sources": [
            {
                "kind": "media",
                "title": "Second court session set for six political defendants",
                "publisher": "HRANA",
                "date": "2021-06-11",
                "url": "",
                "internal": False,
            },
        ],
        "cases": [
            {
                "arrest_date": "2020-01-01",
                "arrest_precision": "year",
                "arrested_by": {
                    "en": "Intelligence agents of the Revolutionary Guards (IRGC)",
                    "es": "Agentes de inteligencia de la Guardia Revolucionaria",
                    "fa": "مأموران اطلاعات سپاه پاسداران",
                    "fr": "Agents du renseignement des Gardiens de la révolution",
                },
                "activity": None,
                "charges": [],
                "court": {
                    "en": "Revolutionary Court of Tehran",
                    "es": "Tribunal Revolucionario de Teherán",
                    "fa": "دادگاه انقلاب تهران",
                    "fr": "Tribunal révolutionnaire de Téhéran",
                },
                "branch": "26",
                "judge": "Iman Afshari",
                "verdict_date": "",
                "appeal_date": "",
                "sentences": [],
                "prison": "evin",
                "violations": [],
            }
        ],
        "events": [
            {
                "date": "2020-01-01",
                "precision": "year",
                "kind": "arrested",
                "status": "detained",
                "release_reason": "",
                "note": {
                    "en": "Arrested in October or December 2020 and taken to Ward 2A of Evin Prison.",
                    "es": "Detenida en octubre o diciembre de 2020 y llevada al pabellón 2A de Evin.",
                    "fa": "در مهر یا آذر ۱۳۹۹ بازداشت و به بند ۲-الف اوین منتقل می‌شود.",
                    "fr": "Arrêtée en octobre ou en décembre 2020 et conduite au quartier 2A d'Evin.",
                },
                "verification": "confirmed",
                "sources": [
                    {
                        "kind": "media",
                        "title": "Second court session set for six political defendants",
                        "publisher": "HRANA",
                        "date": "2021-06-11",
                        "url": "",
                        "internal": False,
                    }
                ],
                "internal": False,
            },
            {
                "date": "2021-05-28",
                "precision": "day",
                "kind": "tried",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "The first hearing of the six defendants is held before Branch 26.",
                    "es": "Se celebra la primera audiencia de los seis acusados ante la Sala 26.",
                    "fa": "نخستین جلسهٔ دادگاه شش متهم در شعبهٔ ۲۶ برگزار می‌شود.",
                    "fr": "La première audience des six accusés se tient devant la 26e chambre.",
                },
                "verification": "confirmed",
                "sources": [],
                "internal": False,
            },
            {
                "date": "2021-06-13",
                "precision": "day",
                "kind": "tried",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "A second hearing is scheduled.",
                    "es": "Se fija una segunda audiencia.",
                    "fa": "جلسهٔ دوم دادگاه تعیین می‌شود.",
                    "fr": "Une deuxième audience est prévue.",
                },
                "verification": "reported",
                "sources": [],
                "internal": False,
            },
        ],
        "translations": ["fa"],
        "news": ["2021-six-defendants-second-hearing-tehran"],
    },
    # --------------------------------------------------------------------------------------
    {
        "slug": "sepideh-rashno",
        "name_latin": "Sepideh Rashno",
        "name_native": "سپیده رشنو",
        "other_names": [],
        "title": {
            "en": "Sepideh Rashno",
            "es": "Sepideh Rashno",
            "fa": "سپیده رشنو",
            "fr": "Sepideh Rashno",
        },
        "gender": "female",
        "birth": None,
        "hometown": None,
        "citizenships": ["IR"],
        "groups": [],
        "occupations": ["poet", "writer"],
        "short_story": {
            "en": (
                "Poet and writer who stood up to a woman harassing passengers over their "
                "headscarves on a bus in July 2022. She was held at a secret location, and two "
                "weeks later state TV aired her forced, bruised “confession”."
            ),
            "es": (
                "Poeta y escritora que en julio de 2022 plantó cara en un autobús a una mujer que "
                "acosaba a las pasajeras por su velo. La llevaron a un lugar desconocido y, dos "
                "semanas después, la televisión estatal emitió su «confesión» forzada."
            ),
            "fa": (
                "شاعر و نویسنده‌ای که در تیر ۱۴۰۱ در اتوبوس در برابر زنی که مسافران را به خاطر "
                "حجاب آزار می‌داد ایستاد. او را به جای نامعلومی بردند و دو هفته بعد تلویزیون "
                "دولتی «اعتراف» اجباری او را با چهره‌ای کبود پخش کرد."
            ),
            "fr": (
                "Poétesse et écrivaine qui, en juillet 2022, a tenu tête dans un bus à une femme "
                "harcelant les passagères à propos de leur voile. Emmenée dans un lieu inconnu, "
                "elle est apparue deux semaines plus tard, tuméfiée, dans des « aveux » forcés."
            ),
        },
        "story": {
            "en": (
                "Sepideh Rashno is a poet and writer. In July 2022 a video spread online in which "
                "a woman known for policing other women's dress berated a bus passenger over her "
                "headscarf and threatened to report her, while she and several fellow passengers "
                "stood their ground. The passenger was Sepideh Rashno."
                "\n\n"
                "Security officers arrested her soon afterwards and took her to an undisclosed "
                "place. On 31 July 2022, after she had spent two weeks alone in a cell under "
                "interrogation, state television broadcast a “confession” in which she appeared "
                "bruised, while government media blamed her protest on foreign forces."
                "\n\n"
                "On 1 August 2022 the Iranian Writers Association condemned the forced "
                "confession, defended women's right to choose their clothing and to organise, "
                "and demanded her unconditional release. We have no confirmed information on "
                "where she was held."
            ),
            "es": (
                "Sepideh Rashno es poeta y escritora. En julio de 2022 se difundió en internet un "
                "video en el que una mujer conocida por vigilar la vestimenta de otras increpaba "
                "a una pasajera de autobús por su velo y la amenazaba con denunciarla, mientras "
                "la pasajera y otras mujeres le hacían frente. La pasajera era Sepideh Rashno."
                "\n\n"
                "Poco después, agentes de seguridad la detuvieron y la llevaron a un lugar no "
                "revelado. El 31 de julio de 2022, tras catorce días de aislamiento e "
                "interrogatorios, la televisión estatal emitió una «confesión» en la que se la "
                "veía con moretones, mientras los medios oficiales atribuían su protesta a "
                "fuerzas extranjeras."
                "\n\n"
                "El 1 de agosto de 2022, la Asociación de Escritores de Irán condenó la confesión "
                "forzada, defendió el derecho de las mujeres a elegir su ropa y a organizarse, y "
                "exigió su libertad incondicional. No tenemos información confirmada sobre el "
                "lugar donde estuvo detenida."
            ),
            "fa": (
                "سپیده رشنو شاعر و نویسنده است. در تیر ۱۴۰۱ ویدیویی در فضای مجازی دست‌به‌دست شد "
                "که در آن زنی که به تذکر دادن به پوشش دیگران شهرت داشت، در اتوبوس به خاطر حجاب "
                "به مسافری پرخاش می‌کرد و تهدید به گزارش او می‌کرد، و آن مسافر و زنان دیگر در "
                "برابرش ایستادند. آن مسافر سپیده رشنو بود."
                "\n\n"
                "اندکی بعد مأموران امنیتی او را بازداشت کردند و به جای نامعلومی بردند. در ۹ "
                "مرداد ۱۴۰۱ (۳۱ ژوئیهٔ ۲۰۲۲)، پس از چهارده روز انفرادی و بازجویی، تلویزیون "
                "دولتی «اعترافی» از او پخش کرد که آثار کبودی در چهره‌اش پیدا بود و رسانه‌های "
                "حکومتی اعتراض او را به «عوامل خارجی» نسبت دادند."
                "\n\n"
                "کانون نویسندگان ایران در ۱۰ مرداد ۱۴۰۱ این اعتراف اجباری را محکوم کرد، از حق "
                "زنان برای انتخاب پوشش و تشکل‌یابی دفاع کرد و خواستار آزادی بی‌قیدوشرط او شد. "
                "ما اطلاعات تأییدشده‌ای دربارهٔ محل نگهداری او نداریم."
            ),
            "fr": (
                "Sepideh Rashno est poétesse et écrivaine. En juillet 2022, une vidéo a circulé "
                "en ligne : une femme connue pour surveiller la tenue des autres y prenait à "
                "partie une passagère de bus à propos de son voile et menaçait de la dénoncer, "
                "tandis que la passagère et d'autres femmes lui tenaient tête. La passagère "
                "était Sepideh Rashno."
                "\n\n"
                "Peu après, des agents de sécurité l'ont arrêtée et emmenée dans un lieu tenu "
                "secret. Le 31 juillet 2022, après quatorze jours d'isolement et "
                "d'interrogatoires, la télévision d'État a diffusé des « aveux » où elle "
                "apparaissait couverte d'ecchymoses, tandis que les médias officiels imputaient "
                "sa protestation à des forces étrangères."
                "\n\n"
                "Le 1er août 2022, l'Association des écrivains iraniens a condamné ces aveux "
                "forcés, défendu le droit des femmes à choisir leur tenue et à s'organiser, et "
                "exigé sa libération sans condition. Nous n'avons aucune information confirmée "
                "sur son lieu de détention."
            ),
        },
        "portrait": {
            "palette": 1,
            "credit": {
                "en": "Drawing made for the demo",
                "es": "Dibujo hecho para la demostración",
                "fa": "طرحی که برای نسخهٔ نمایشی کشیده شده است",
                "fr": "Dessin réalisé pour la démo",
            },
        },
        "risk_of_execution": False,
        "private_fields": [],
        "recognitions": [],
        "sources": [
            {
                "kind": "ngo",
                "title": "Statement on the forced confession of Sepideh Rashno",
                "publisher": "Iranian Writers Association (published by Akhbar Rooz)",
                "date": "2022-08-01",
                "url": "",
                "internal": False,
            },
        ],
        "cases": [
            {
                "arrest_date": "2022-07-01",
                "arrest_precision": "month",
                "arrested_by": {
                    "en": "Security officers",
                    "es": "Agentes de seguridad",
                    "fa": "مأموران امنیتی",
                    "fr": "Agents de sécurité",
                },
                "activity": {
                    "en": "Standing up to a hijab enforcer who harassed her on a bus.",
                    "es": "Plantar cara a una vigilante del velo que la acosó en un autobús.",
                    "fa": "ایستادگی در برابر زنی که در اتوبوس به خاطر حجاب او را آزار داد.",
                    "fr": "Avoir tenu tête à une femme qui la harcelait dans un bus à propos du voile.",
                },
                "charges": [],
                "court": None,
                "branch": "",
                "judge": "",
                "verdict_date": "",
                "appeal_date": "",
                "sentences": [],
                "prison": None,
                "violations": ["solitary", "forced-confession", "ill-treatment", "incommunicado"],
            }
        ],
        "events": [
            {
                "date": "2022-07-01",
                "precision": "month",
                "kind": "arrested",
                "status": "whereabouts-unknown",
                "release_reason": "",
                "note": {
                    "en": "Security officers detain her and hold her at a location they do not disclose.",
                    "es": "Detenida por agentes de seguridad y llevada a un lugar no revelado.",
                    "fa": "به دست مأموران امنیتی بازداشت و به مکانی نامعلوم برده می‌شود.",
                    "fr": "Arrêtée par des agents de sécurité et emmenée dans un lieu tenu secret.",
                },
                "verification": "confirmed",
                "sources": [
                    {
                        "kind": "ngo",
                        "title": "Statement on the forced confession of Sepideh Rashno",
                        "publisher": "Iranian Writers Association (published by Akhbar Rooz)",
                        "date": "2022-08-01",
                        "url": "",
                        "internal": False,
                    }
                ],
                "internal": False,
            },
            {
                "date": "2022-07-31",
                "precision": "day",
                "kind": "other",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "State television airs a forced confession, recorded after two weeks of isolation and questioning.",
                    "es": "La televisión estatal emite una confesión forzada grabada tras catorce días de aislamiento e interrogatorios.",
                    "fa": "تلویزیون دولتی اعترافی اجباری را پخش می‌کند که پس از چهارده روز انفرادی و بازجویی ضبط شده است.",
                    "fr": "La télévision d'État diffuse des aveux forcés enregistrés après quatorze jours d'isolement et d'interrogatoires.",
                },
                "verification": "confirmed",
                "sources": [],
                "internal": False,
            },
            {
                "date": "2022-08-01",
                "precision": "day",
                "kind": "other",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "The Iranian Writers Association demands her unconditional release.",
                    "es": "La Asociación de Escritores de Irán exige su libertad incondicional.",
                    "fa": "کانون نویسندگان ایران خواستار آزادی بی‌قیدوشرط او می‌شود.",
                    "fr": "L'Association des écrivains iraniens exige sa libération sans condition.",
                },
                "verification": "confirmed",
                "sources": [],
                "internal": False,
            },
        ],
        "translations": ["es", "fa", "fr"],
        "news": [],
    },
    # --------------------------------------------------------------------------------------
    {
        "slug": "jina-mahsa-amini",
        "name_latin": "Mahsa Amini",
        "name_native": "مهسا امینی",
        "other_names": ["Jina Mahsa Amini", "Jina Amini"],
        "title": {
            "en": "Jina Mahsa Amini",
            "es": "Jina Mahsa Amini",
            "fa": "ژینا مهسا امینی",
            "fr": "Jina Mahsa Amini",
        },
        "gender": "female",
        "birth": None,
        "hometown": None,
        "citizenships": ["IR"],
        "groups": [],
        "occupations": [],
        "short_story": {
            "en": (
                "Young woman who died in the custody of the so-called morality police in "
                "September 2022, after they detained her under the compulsory hijab rules. Her "
                "death set off the Woman, Life, Freedom uprising across Iran."
            ),
            "es": (
                "Joven que murió bajo custodia de la llamada policía de la moral en septiembre de "
                "2022, tras ser detenida por las normas del velo obligatorio. Su muerte desató el "
                "levantamiento Mujer, Vida, Libertad en todo Irán."
            ),
            "fa": (
                "زن جوانی که در شهریور ۱۴۰۱ پس از بازداشت به دست گشت ارشاد به بهانهٔ حجاب "
                "اجباری، در بازداشت جان باخت. مرگ او خیزش «زن، زندگی، آزادی» را در سراسر ایران "
                "برانگیخت."
            ),
            "fr": (
                "Jeune femme morte en septembre 2022 entre les mains de la police dite des mœurs, "
                "qui l'avait arrêtée au nom du voile obligatoire. Sa mort a déclenché dans tout "
                "l'Iran le soulèvement Femme, Vie, Liberté."
            ),
        },
        "story": {
            "en": (
                "Jina Mahsa Amini was detained by the so-called morality police, the patrols that "
                "enforce the compulsory hijab, and died in their custody in mid-September 2022. "
                "Protesters and rights campaigners hold the state responsible for her death."
                "\n\n"
                "Her death set off a nationwide uprising led by women and young people under the "
                "slogan Woman, Life, Freedom. The authorities answered with bullets and mass "
                "arrests: by the end of 2022, campaigners counted more than 500 protesters killed "
                "and some 20,000 arrested. On 22 October 2022 tens of thousands of people marched "
                "in solidarity in cities around the world, about 80,000 of them in Berlin alone."
            ),
            "es": (
                "Jina Mahsa Amini fue detenida por la llamada policía de la moral, las patrullas "
                "que imponen el velo obligatorio, y murió bajo su custodia a mediados de "
                "septiembre de 2022. Manifestantes y defensores de derechos humanos "
                "responsabilizan al Estado de su muerte."
                "\n\n"
                "Su muerte desató un levantamiento en todo el país, encabezado por mujeres y "
                "jóvenes, bajo la consigna Mujer, Vida, Libertad. Las autoridades respondieron con "
                "balas y detenciones masivas: a finales de 2022, las campañas contaban más de 500 "
                "manifestantes muertos y unas 20 000 personas detenidas. El 22 de octubre de "
                "2022, decenas de miles de personas marcharon en solidaridad en ciudades de todo "
                "el mundo, unas 80 000 solo en Berlín."
            ),
            "fa": (
                "ژینا مهسا امینی به دست گشت ارشاد، نیرویی که حجاب اجباری را تحمیل می‌کند، "
                "بازداشت شد و در ۲۵ شهریور ۱۴۰۱ در بازداشت آنان جان باخت. معترضان و فعالان "
                "حقوق بشر حکومت را مسئول مرگ او می‌دانند."
                "\n\n"
                "مرگ او خیزشی سراسری را با شعار «زن، زندگی، آزادی» و به پیشگامی زنان و جوانان "
                "برانگیخت. حکومت با گلوله و بازداشت‌های گسترده پاسخ داد: تا پایان ۲۰۲۲ فعالان از "
                "کشته شدن بیش از ۵۰۰ معترض و بازداشت حدود ۲۰ هزار نفر خبر دادند. در ۳۰ مهر ۱۴۰۱ "
                "(۲۲ اکتبر ۲۰۲۲) ده‌ها هزار نفر در شهرهای گوناگون جهان در همبستگی راهپیمایی "
                "کردند که تنها در برلین حدود ۸۰ هزار نفر بودند."
            ),
            "fr": (
                "Jina Mahsa Amini a été arrêtée par la police dite des mœurs, les patrouilles qui "
                "imposent le voile obligatoire, et elle est morte entre leurs mains à la "
                "mi-septembre 2022. Manifestants et défenseurs des droits humains tiennent l'État "
                "pour responsable de sa mort."
                "\n\n"
                "Sa mort a déclenché un soulèvement national mené par les femmes et les jeunes "
                "sous le slogan Femme, Vie, Liberté. Le pouvoir a répondu par les balles et les "
                "arrestations de masse : fin 2022, les militants comptaient plus de 500 "
                "manifestants tués et quelque 20 000 personnes arrêtées. Le 22 octobre 2022, des "
                "dizaines de milliers de personnes ont défilé en solidarité dans des villes du "
                "monde entier, dont environ 80 000 à Berlin."
            ),
        },
        "portrait": {
            "palette": 2,
            "credit": {
                "en": "Drawing made for the demo",
                "es": "Dibujo hecho para la demostración",
                "fa": "طرحی که برای نسخهٔ نمایشی کشیده شده است",
                "fr": "Dessin réalisé pour la démo",
            },
        },
        "risk_of_execution": False,
        "private_fields": [],
        "recognitions": [],
        "sources": [
            {
                "kind": "ngo",
                "title": "All political prisoners must be freed immediately",
                "publisher": "Burn the Cage / Free the Birds",
                "date": "2022-10-01",
                "url": "",
                "internal": False,
            },
        ],
        "cases": [
            {
                "arrest_date": "2022-09-01",
                "arrest_precision": "month",
                "arrested_by": {
                    "en": "The so-called morality police",
                    "es": "La llamada policía de la moral",
                    "fa": "گشت ارشاد",
                    "fr": "La police dite des mœurs",
                },
                "activity": {
                    "en": "An alleged breach of the compulsory hijab rules.",
                    "es": "Un supuesto incumplimiento de las normas del velo obligatorio.",
                    "fa": "اتهام رعایت نکردن قوانین حجاب اجباری.",
                    "fr": "Une prétendue infraction aux règles du voile obligatoire.",
                },
                "charges": [],
                "court": None,
                "branch": "",
                "judge": "",
                "verdict_date": "",
                "appeal_date": "",
                "sentences": [],
                "prison": None,
                "violations": [],
            }
        ],
        "events": [
            {
                "date": "2022-09-01",
                "precision": "month",
                "kind": "arrested",
                "status": "detained",
                "release_reason": "",
                "note": {
                    "en": "Detained by the so-called morality police.",
                    "es": "Detenida por la llamada policía de la moral.",
                    "fa": "به دست گشت ارشاد بازداشت می‌شود.",
                    "fr": "Arrêtée par la police dite des mœurs.",
                },
                "verification": "confirmed",
                "sources": [],
                "internal": False,
            },
            {
                "date": "2022-09-16",
                "precision": "day",
                "kind": "died",
                "status": "died-in-custody",
                "release_reason": "",
                "note": {
                    "en": "She dies in the custody of the morality police.",
                    "es": "Muere bajo custodia de la policía de la moral.",
                    "fa": "در بازداشت گشت ارشاد جان می‌بازد.",
                    "fr": "Elle meurt entre les mains de la police des mœurs.",
                },
                "verification": "confirmed",
                "sources": [
                    {
                        "kind": "ngo",
                        "title": "All political prisoners must be freed immediately",
                        "publisher": "Burn the Cage / Free the Birds",
                        "date": "2022-10-01",
                        "url": "",
                        "internal": False,
                    }
                ],
                "internal": False,
            },
            {
                "date": "2022-10-22",
                "precision": "day",
                "kind": "other",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "Tens of thousands march in cities around the world in solidarity with the uprising her death began.",
                    "es": "Decenas de miles marchan en ciudades de todo el mundo en solidaridad con el levantamiento que desató su muerte.",
                    "fa": "ده‌ها هزار نفر در شهرهای جهان در همبستگی با خیزشی که مرگ او آغازگرش بود راهپیمایی می‌کنند.",
                    "fr": "Des dizaines de milliers de personnes défilent dans le monde en solidarité avec le soulèvement né de sa mort.",
                },
                "verification": "confirmed",
                "sources": [],
                "internal": False,
            },
        ],
        "translations": ["es", "fa", "fr"],
        "news": [
            "2022-jina-mahsa-amini-uprising-begins",
            "2022-october-22-world-day-of-solidarity",
            "2023-womens-day-call-52-organizations",
        ],
    },
    # --------------------------------------------------------------------------------------
    {
        "slug": "yalda-moayeri",
        "name_latin": "Yalda Moayeri",
        "name_native": "یلدا معیری",
        "other_names": [],
        "title": {
            "en": "Yalda Moayeri",
            "es": "Yalda Moayeri",
            "fa": "یلدا معیری",
            "fr": "Yalda Moayeri",
        },
        "gender": "female",
        "birth": None,
        "hometown": None,
        "citizenships": ["IR"],
        "groups": [],
        "occupations": ["protester"],
        "short_story": {
            "en": (
                "Detained in the crackdown of September 2022. In an audio message from detention "
                "she said more than a hundred people were squeezed into a sports hall with no "
                "fresh air, washrooms or showers, and guards kept giving out sedatives."
            ),
            "es": (
                "Detenida en la represión de septiembre de 2022. En un audio desde su encierro "
                "contó que más de cien personas estaban hacinadas en un gimnasio sin "
                "ventilación, baños ni duchas, y que los guardias repartían sedantes."
            ),
            "fa": (
                "در سرکوب شهریور ۱۴۰۱ بازداشت شد. او در پیامی صوتی از بازداشتگاه گفت بیش از صد "
                "نفر را در یک سالن ورزشی بی‌تهویه، بی‌دستشویی و بی‌حمام مناسب جا داده‌اند و "
                "نگهبانان پیوسته آرام‌بخش می‌دهند."
            ),
            "fr": (
                "Arrêtée lors de la répression de septembre 2022. Dans un message audio, elle a "
                "décrit plus de cent personnes entassées dans un gymnase sans aération, "
                "sanitaires ni douches, et des gardiens distribuant des sédatifs."
            ),
        },
        "story": {
            "en": (
                "Yalda Moayeri was one of the thousands of people detained as the authorities "
                "tried to crush the protests that began in September 2022. Reports at the time "
                "said that more than 3,000 detainees had been taken to Evin and to the Greater "
                "Tehran prison at Fashafuyeh, and that most of the women had been moved to "
                "Qarchak."
                "\n\n"
                "In an audio message that reached the outside world, she warned that the "
                "detainees' lives were in constant danger. More than a hundred people, she said, "
                "were squeezed into a sports hall with no fresh air and no proper toilets or showers, "
                "and guards kept handing out sedatives. The Burn the Cage campaign relayed her "
                "words on 1 October 2022 in its call to free every political prisoner."
            ),
            "es": (
                "Yalda Moayeri fue una de las miles de personas detenidas cuando las autoridades "
                "intentaban aplastar las protestas iniciadas en septiembre de 2022. Según los "
                "informes de entonces, más de 3000 detenidos habían sido llevados a Evin y a la "
                "prisión del Gran Teherán en Fashafuyeh, y la mayoría de las mujeres habían sido "
                "trasladadas a Qarchak."
                "\n\n"
                "En un mensaje de audio que llegó al exterior, advirtió que la vida de los "
                "detenidos corría peligro constante. Más de cien personas, dijo, estaban "
                "hacinadas en un gimnasio sin ventilación ni baños y duchas adecuados, y los "
                "guardias repartían sedantes sin parar. La campaña Quema la Jaula difundió sus "
                "palabras el 1 de octubre de 2022 en su llamamiento a liberar a todos los presos "
                "políticos."
            ),
            "fa": (
                "یلدا معیری یکی از هزاران نفری بود که حکومت در تلاش برای سرکوب اعتراض‌های "
                "شهریور ۱۴۰۱ بازداشت کرد. گزارش‌های آن روزها حاکی بود که بیش از ۳ هزار "
                "بازداشتی به اوین و زندان تهران بزرگ در فشافویه برده شده‌اند و بیشتر زنان به "
                "قرچک منتقل شده‌اند."
                "\n\n"
                "او در پیامی صوتی که به بیرون رسید هشدار داد که جان بازداشت‌شدگان پیوسته در خطر "
                "است. به گفتهٔ او بیش از صد نفر را در سالنی ورزشی بدون تهویه و بدون دستشویی و "
                "حمام مناسب جا داده بودند و نگهبانان مدام به آنان آرام‌بخش می‌دادند. کارزار «قفس "
                "را بسوزان» در ۹ مهر ۱۴۰۱ سخنان او را در فراخوانش برای آزادی همهٔ زندانیان "
                "سیاسی بازگو کرد."
            ),
            "fr": (
                "Yalda Moayeri fait partie des milliers de personnes arrêtées quand le pouvoir a "
                "tenté d'écraser les manifestations commencées en septembre 2022. Selon les "
                "informations de l'époque, plus de 3 000 détenus avaient été conduits à Evin et à "
                "la prison du Grand Téhéran à Fashafuyeh, et la plupart des femmes transférées à "
                "Qarchak."
                "\n\n"
                "Dans un message audio parvenu à l'extérieur, elle a averti que la vie des "
                "détenus était constamment menacée. Plus de cent personnes, disait-elle, étaient "
                "entassées dans un gymnase sans aération ni sanitaires et douches dignes de ce "
                "nom, et les gardiens distribuaient sans cesse des sédatifs. La campagne Brûlez "
                "la cage a relayé ses mots le 1er octobre 2022 dans son appel à libérer tous les "
                "prisonniers politiques."
            ),
        },
        "portrait": {
            "palette": 3,
            "credit": {
                "en": "Drawing made for the demo",
                "es": "Dibujo hecho para la demostración",
                "fa": "طرحی که برای نسخهٔ نمایشی کشیده شده است",
                "fr": "Dessin réalisé pour la démo",
            },
        },
        "risk_of_execution": False,
        "private_fields": [],
        "recognitions": [],
        "sources": [
            {
                "kind": "ngo",
                "title": "All political prisoners must be freed immediately",
                "publisher": "Burn the Cage / Free the Birds",
                "date": "2022-10-01",
                "url": "",
                "internal": False,
            },
        ],
        "cases": [
            {
                "arrest_date": "2022-09-01",
                "arrest_precision": "month",
                "arrested_by": None,
                "activity": {
                    "en": "Taking part in the protests that began in September 2022.",
                    "es": "Participar en las protestas iniciadas en septiembre de 2022.",
                    "fa": "شرکت در اعتراض‌هایی که در شهریور ۱۴۰۱ آغاز شد.",
                    "fr": "Sa participation aux manifestations commencées en septembre 2022.",
                },
                "charges": [],
                "court": None,
                "branch": "",
                "judge": "",
                "verdict_date": "",
                "appeal_date": "",
                "sentences": [],
                "prison": None,
                "violations": ["ill-treatment"],
            }
        ],
        "events": [
            {
                "date": "2022-09-01",
                "precision": "month",
                "kind": "arrested",
                "status": "detained",
                "release_reason": "",
                "note": {
                    "en": "Detained during the protests.",
                    "es": "Detenida durante las protestas.",
                    "fa": "در جریان اعتراض‌ها بازداشت می‌شود.",
                    "fr": "Arrêtée pendant les manifestations.",
                },
                "verification": "reported",
                "sources": [],
                "internal": False,
            },
            {
                "date": "2022-10-01",
                "precision": "day",
                "kind": "other",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "An audio message in which she describes an overcrowded, unventilated place of detention is made public.",
                    "es": "Se difunde un audio en el que describe un lugar de detención abarrotado y sin ventilación.",
                    "fa": "پیامی صوتی از او دربارهٔ بازداشتگاهی شلوغ و بی‌تهویه منتشر می‌شود.",
                    "fr": "Un message audio où elle décrit un lieu de détention surpeuplé et sans aération est rendu public.",
                },
                "verification": "reported",
                "sources": [
                    {
                        "kind": "ngo",
                        "title": "All political prisoners must be freed immediately",
                        "publisher": "Burn the Cage / Free the Birds",
                        "date": "2022-10-01",
                        "url": "",
                        "internal": False,
                    }
                ],
                "internal": False,
            },
        ],
        "translations": ["es", "fa", "fr"],
        "news": [],
    },
    # --------------------------------------------------------------------------------------
    {
        "slug": "maryam-karim-beigi",
        "name_latin": "Maryam Karim Beigi",
        "name_native": "مریم کریم‌بیگی",
        "other_names": [],
        "title": {
            "en": "Maryam Karim Beigi",
            "es": "Maryam Karim Beigi",
            "fa": "مریم کریم‌بیگی",
            "fr": "Maryam Karim Beigi",
        },
        "gender": "female",
        "birth": None,
        "hometown": None,
        "citizenships": ["IR"],
        "groups": [],
        "occupations": ["protester"],
        "short_story": {
            "en": (
                "Held in Qarchak women's prison after the September 2022 crackdown. In a brief "
                "call she told her mother that the women were kept in inhumane conditions, "
                "constantly threatened, and feared a repeat of Kahrizak."
            ),
            "es": (
                "Presa en la cárcel de mujeres de Qarchak tras la represión de septiembre de "
                "2022. En una breve llamada contó a su madre que las mujeres vivían en "
                "condiciones inhumanas, bajo amenazas constantes, y temían otro Kahrizak."
            ),
            "fa": (
                "پس از سرکوب شهریور ۱۴۰۱ در زندان زنان قرچک نگهداری شد. او در تماسی کوتاه به "
                "مادرش گفت زنان در شرایطی غیرانسانی و زیر تهدید دائمی‌اند و بیم تکرار کهریزک "
                "می‌رود."
            ),
            "fr": (
                "Détenue à la prison pour femmes de Qarchak après la répression de septembre "
                "2022. Lors d'un bref appel, elle a dit à sa mère que les femmes vivaient dans "
                "des conditions inhumaines, sous la menace, et craignaient un nouveau Kahrizak."
            ),
        },
        "story": {
            "en": (
                "Maryam Karim Beigi was detained as the authorities cracked down on the protests "
                "of September 2022, and was held in Qarchak, the women's prison south-east of "
                "Tehran where most of the women arrested were sent."
                "\n\n"
                "During a short phone call she told her mother that the detainees were kept in "
                "inhumane spaces, degraded and threatened all the time, and that another "
                "Kahrizak could happen there, a reference to the detention centre where "
                "protesters arrested in 2009 were tortured and killed. Her words were published "
                "by the Burn the Cage campaign on 1 October 2022."
            ),
            "es": (
                "Maryam Karim Beigi fue detenida durante la represión de las protestas de "
                "septiembre de 2022 y recluida en Qarchak, la cárcel de mujeres al sureste de "
                "Teherán adonde fue enviada la mayoría de las detenidas."
                "\n\n"
                "En una breve llamada telefónica contó a su madre que las presas estaban en "
                "espacios inhumanos, humilladas y amenazadas sin cesar, y que allí podía "
                "repetirse Kahrizak, el centro de detención donde en 2009 se torturó y mató a "
                "manifestantes. La campaña Quema la Jaula publicó sus palabras el 1 de octubre "
                "de 2022."
            ),
            "fa": (
                "مریم کریم‌بیگی در جریان سرکوب اعتراض‌های شهریور ۱۴۰۱ بازداشت شد و او را به "
                "قرچک بردند، زندان زنان در جنوب شرقی تهران که بیشتر زنان بازداشتی به آنجا منتقل "
                "شدند."
                "\n\n"
                "او در تماس تلفنی کوتاهی به مادرش گفت که زندانیان را در فضاهایی غیرانسانی نگه "
                "می‌دارند، پیوسته تحقیر و تهدیدشان می‌کنند و ممکن است کهریزک دیگری در آنجا رخ "
                "دهد؛ اشاره به بازداشتگاهی که معترضان بازداشتی سال ۱۳۸۸ در آن شکنجه و کشته شدند. "
                "کارزار «قفس را بسوزان» در ۹ مهر ۱۴۰۱ سخنان او را منتشر کرد."
            ),
            "fr": (
                "Maryam Karim Beigi a été arrêtée lors de la répression des manifestations de "
                "septembre 2022 et détenue à Qarchak, la prison pour femmes au sud-est de Téhéran "
                "où la plupart des femmes arrêtées ont été envoyées."
                "\n\n"
                "Lors d'un bref appel téléphonique, elle a dit à sa mère que les détenues étaient "
                "enfermées dans des lieux inhumains, humiliées et menacées en permanence, et "
                "qu'un nouveau Kahrizak pouvait s'y produire, en référence au centre de détention "
                "où des manifestants arrêtés en 2009 avaient été torturés et tués. La campagne "
                "Brûlez la cage a publié ses paroles le 1er octobre 2022."
            ),
        },
        "portrait": {
            "palette": 4,
            "credit": {
                "en": "Drawing made for the demo",
                "es": "Dibujo hecho para la demostración",
                "fa": "طرحی که برای نسخهٔ نمایشی کشیده شده است",
                "fr": "Dessin réalisé pour la démo",
            },
        },
        "risk_of_execution": False,
        "private_fields": [],
        "recognitions": [],
        "sources": [
            {
                "kind": "ngo",
                "title": "All political prisoners must be freed immediately",
                "publisher": "Burn the Cage / Free the Birds",
                "date": "2022-10-01",
                "url": "",
                "internal": False,
            },
        ],
        "cases": [
            {
                "arrest_date": "2022-09-01",
                "arrest_precision": "month",
                "arrested_by": None,
                "activity": {
                    "en": "Taking part in the protests that began in September 2022.",
                    "es": "Participar en las protestas iniciadas en septiembre de 2022.",
                    "fa": "شرکت در اعتراض‌هایی که در شهریور ۱۴۰۱ آغاز شد.",
                    "fr": "Sa participation aux manifestations commencées en septembre 2022.",
                },
                "charges": [],
                "court": None,
                "branch": "",
                "judge": "",
                "verdict_date": "",
                "appeal_date": "",
                "sentences": [],
                "prison": "qarchak",
                "violations": ["ill-treatment"],
            }
        ],
        "events": [
            {
                "date": "2022-09-01",
                "precision": "month",
                "kind": "arrested",
                "status": "detained",
                "release_reason": "",
                "note": {
                    "en": "Detained during the protests and taken to Qarchak prison.",
                    "es": "Detenida durante las protestas y llevada a la prisión de Qarchak.",
                    "fa": "در جریان اعتراض‌ها بازداشت و به زندان قرچک منتقل می‌شود.",
                    "fr": "Arrêtée pendant les manifestations et conduite à la prison de Qarchak.",
                },
                "verification": "reported",
                "sources": [],
                "internal": False,
            },
            {
                "date": "2022-10-01",
                "precision": "day",
                "kind": "other",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "Her account of inhumane conditions in Qarchak, given to her mother by phone, is published.",
                    "es": "Se publica su relato de las condiciones inhumanas en Qarchak, contado a su madre por teléfono.",
                    "fa": "روایت او از شرایط غیرانسانی قرچک که تلفنی به مادرش گفته بود منتشر می‌شود.",
                    "fr": "Son récit des conditions inhumaines à Qarchak, confié à sa mère par téléphone, est publié.",
                },
                "verification": "reported",
                "sources": [
                    {
                        "kind": "ngo",
                        "title": "All political prisoners must be freed immediately",
                        "publisher": "Burn the Cage / Free the Birds",
                        "date": "2022-10-01",
                        "url": "",
                        "internal": False,
                    }
                ],
                "internal": False,
            },
        ],
        "translations": ["fa"],
        "news": [],
    },
    # --------------------------------------------------------------------------------------
    {
        "slug": "mehdi-mahmoudian",
        "name_latin": "Mehdi Mahmoudian",
        "name_native": "مهدی محمودیان",
        "other_names": [],
        "title": {
            "en": "Mehdi Mahmoudian",
            "es": "Mehdi Mahmoudian",
            "fa": "مهدی محمودیان",
            "fr": "Mehdi Mahmoudian",
        },
        "gender": "male",
        "birth": None,
        "hometown": None,
        "citizenships": ["IR"],
        "groups": [],
        "occupations": ["human-rights-defender"],
        "short_story": {
            "en": (
                "Human rights activist arrested with the lawyers Arash Keykhosravi and Mostafa "
                "Nili while preparing to sue the authorities over their handling of the COVID-19 "
                "pandemic. In December 2021, 23 rights groups demanded their release."
            ),
            "es": (
                "Activista de derechos humanos detenido con los abogados Arash Keykhosravi y "
                "Mostafa Nili cuando preparaban una demanda contra las autoridades por su gestión "
                "de la COVID-19. En diciembre de 2021, 23 organizaciones pidieron su libertad."
            ),
            "fa": (
                "فعال حقوق بشر که همراه با آرش کیخسروی و مصطفی نیلی، دو وکیل، هنگام آماده کردن "
                "شکایتی از مقام‌ها به خاطر مدیریت همه‌گیری کرونا بازداشت شد. در دسامبر ۲۰۲۱، ۲۳ "
                "سازمان حقوق بشری خواستار آزادی آنان شدند."
            ),
            "fr": (
                "Militant des droits humains arrêté avec les avocats Arash Keykhosravi et Mostafa "
                "Nili alors qu'ils préparaient une plainte contre les autorités pour leur gestion "
                "du Covid-19. En décembre 2021, 23 ONG ont exigé leur libération."
            ),
        },
        "story": {
            "en": (
                "Mehdi Mahmoudian is a human rights activist. He was arrested together with the "
                "defence lawyers Arash Keykhosravi and Mostafa Nili while they were trying to "
                "take the Iranian authorities to court over the government's failures in the "
                "COVID-19 pandemic."
                "\n\n"
                "On 14 December 2021 twenty-three international human rights organisations urged "
                "Iran's judiciary to free all three: in their view the men were held without "
                "legal grounds and could be jailed for years on invented charges. The joint statement was "
                "published in English and Persian by the Center for Human Rights in Iran."
            ),
            "es": (
                "Mehdi Mahmoudian es activista de derechos humanos. Fue detenido junto con los "
                "abogados defensores Arash Keykhosravi y Mostafa Nili cuando intentaban llevar a "
                "las autoridades iraníes ante los tribunales por las fallas del gobierno durante "
                "la pandemia de COVID-19."
                "\n\n"
                "El 14 de diciembre de 2021, veintitrés organizaciones internacionales de "
                "derechos humanos instaron al poder judicial iraní a liberar a los tres, "
                "afirmando que estaban detenidos arbitrariamente y se enfrentaban a largas penas "
                "por cargos inventados. El Centro para los Derechos Humanos en Irán publicó la "
                "declaración conjunta en inglés y en persa."
            ),
            "fa": (
                "مهدی محمودیان فعال حقوق بشر است. او همراه با آرش کیخسروی و مصطفی نیلی، دو وکیل "
                "دادگستری، در حالی بازداشت شد که می‌کوشیدند به خاطر ناکامی‌های دولت در مدیریت "
                "همه‌گیری کرونا از مقام‌های ایران شکایت کنند."
                "\n\n"
                "بیست‌وسه سازمان بین‌المللی حقوق بشر در ۱۴ دسامبر ۲۰۲۱ از دستگاه قضایی ایران "
                "خواستند هر سه نفر را آزاد کند و اعلام کردند که آنان خودسرانه بازداشت شده‌اند و با "
                "اتهام‌های ساختگی در معرض حبس‌های طولانی‌اند. مرکز حقوق بشر ایران این بیانیهٔ "
                "مشترک را به انگلیسی و فارسی منتشر کرد."
            ),
            "fr": (
                "Mehdi Mahmoudian est un militant des droits humains. Il a été arrêté avec les "
                "avocats Arash Keykhosravi et Mostafa Nili alors qu'ils tentaient de poursuivre "
                "les autorités iraniennes en justice pour les défaillances du gouvernement face "
                "à la pandémie de Covid-19."
                "\n\n"
                "Le 14 décembre 2021, vingt-trois organisations internationales de défense des "
                "droits humains ont appelé la justice iranienne à libérer les trois hommes, "
                "estimant qu'ils étaient détenus arbitrairement et menacés de lourdes peines sur "
                "la base d'accusations fabriquées. Le Centre pour les droits humains en Iran a "
                "publié la déclaration commune en anglais et en persan."
            ),
        },
        "portrait": {
            "palette": 5,
            "credit": {
                "en": "Drawing made for the demo",
                "es": "Dibujo hecho para la demostración",
                "fa": "طرحی که برای نسخهٔ نمایشی کشیده شده است",
                "fr": "Dessin réalisé pour la démo",
            },
        },
        "risk_of_execution": False,
        "private_fields": [],
        "recognitions": [
            {
                "organization": "23 international human rights organisations (joint statement)",
                "url": "",
                "date": "2021-12-14",
            }
        ],
        "sources": [
            {
                "kind": "ngo",
                "title": "Joint statement calling for the release of Mehdi Mahmoudian, Arash Keykhosravi and Mostafa Nili",
                "publisher": "Center for Human Rights in Iran (IranHumanRights.org)",
                "date": "2021-12-14",
                "url": "",
                "internal": False,
            },
        ],
        "cases": [
            {
                "arrest_date": "2021-01-01",
                "arrest_precision": "year",
                "arrested_by": None,
                "activity": {
                    "en": "Preparing a lawsuit against the authorities over their handling of the COVID-19 pandemic.",
                    "es": "Preparar una demanda contra las autoridades por su gestión de la pandemia de COVID-19.",
                    "fa": "آماده کردن شکایت از مقام‌ها به خاطر شیوهٔ مدیریت همه‌گیری کرونا.",
                    "fr": "La préparation d'une plainte contre les autorités pour leur gestion de la pandémie de Covid-19.",
                },
                "charges": [],
                "court": None,
                "branch": "",
                "judge": "",
                "verdict_date": "",
                "appeal_date": "",
                "sentences": [],
                "prison": None,
                "violations": [],
            }
        ],
        "events": [
            {
                "date": "2021-01-01",
                "precision": "year",
                "kind": "arrested",
                "status": "detained",
                "release_reason": "",
                "note": {
                    "en": "Arrested with two lawyers while preparing a lawsuit over the pandemic; the exact date is not known to us.",
                    "es": "Detenido con dos abogados mientras preparaban una demanda por la pandemia; desconocemos la fecha exacta.",
                    "fa": "همراه با دو وکیل هنگام آماده کردن شکایتی دربارهٔ همه‌گیری بازداشت می‌شود؛ تاریخ دقیق را نمی‌دانیم.",
                    "fr": "Arrêté avec deux avocats alors qu'ils préparaient une plainte liée à la pandémie ; la date exacte nous est inconnue.",
                },
                "verification": "under-review",
                "sources": [],
                "internal": False,
            },
            {
                "date": "2021-12-14",
                "precision": "day",
                "kind": "other",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "Twenty-three international rights organisations call on Iran to release him.",
                    "es": "Veintitrés organizaciones internacionales de derechos humanos piden a Irán su liberación.",
                    "fa": "بیست‌وسه سازمان بین‌المللی حقوق بشر از ایران می‌خواهند او را آزاد کند.",
                    "fr": "Vingt-trois organisations internationales de défense des droits appellent l'Iran à le libérer.",
                },
                "verification": "confirmed",
                "sources": [
                    {
                        "kind": "ngo",
                        "title": "Joint statement calling for the release of Mehdi Mahmoudian, Arash Keykhosravi and Mostafa Nili",
                        "publisher": "Center for Human Rights in Iran (IranHumanRights.org)",
                        "date": "2021-12-14",
                        "url": "",
                        "internal": False,
                    }
                ],
                "internal": False,
            },
        ],
        "translations": ["fa"],
        "news": ["2021-human-rights-day-paris-london"],
    },
    # --------------------------------------------------------------------------------------
    {
        "slug": "arash-keykhosravi",
        "name_latin": "Arash Keykhosravi",
        "name_native": "آرش کیخسروی",
        "other_names": [],
        "title": {
            "en": "Arash Keykhosravi",
            "es": "Arash Keykhosravi",
            "fa": "آرش کیخسروی",
            "fr": "Arash Keykhosravi",
        },
        "gender": "male",
        "birth": None,
        "hometown": None,
        "citizenships": ["IR"],
        "groups": [],
        "occupations": ["lawyer", "human-rights-defender"],
        "short_story": {
            "en": (
                "Defence lawyer arrested with his colleague Mostafa Nili and the activist Mehdi "
                "Mahmoudian as they prepared a lawsuit over the government's response to "
                "COVID-19. Rights groups warn that invented charges could keep him in prison for years."
            ),
            "es": (
                "Abogado defensor detenido con su colega Mostafa Nili y el activista Mehdi "
                "Mahmoudian cuando preparaban una demanda por la respuesta del gobierno a la "
                "COVID-19. Según ONG, arriesga una larga pena por cargos inventados."
            ),
            "fa": (
                "وکیل دادگستری که همراه با همکارش مصطفی نیلی و فعال حقوق بشر مهدی محمودیان هنگام "
                "تهیهٔ شکایتی دربارهٔ عملکرد دولت در برابر کرونا بازداشت شد. سازمان‌های حقوق بشری "
                "می‌گویند با اتهام‌های ساختگی در خطر حبس طولانی است."
            ),
            "fr": (
                "Avocat arrêté avec son confrère Mostafa Nili et le militant Mehdi Mahmoudian "
                "alors qu'ils préparaient une plainte sur la gestion du Covid-19 par le "
                "gouvernement. Selon des ONG, il risque une longue peine sur des accusations "
                "fabriquées."
            ),
        },
        "story": {
            "en": (
                "Arash Keykhosravi is a defence lawyer. With his fellow lawyer Mostafa Nili and "
                "the rights activist Mehdi Mahmoudian, he set out to hold the Iranian authorities "
                "legally accountable for their failures in handling the COVID-19 pandemic. "
                "All three were arrested."
                "\n\n"
                "In a joint statement on 14 December 2021, twenty-three international human "
                "rights organisations described the three as peaceful activists held without "
                "legal grounds, warned that invented charges could bring them long prison terms, "
                "and asked Iran's judicial authorities to set them free."
            ),
            "es": (
                "Arash Keykhosravi es abogado defensor. Junto con su colega Mostafa Nili y el "
                "activista Mehdi Mahmoudian, se propuso pedir cuentas ante la justicia a las "
                "autoridades iraníes por sus fallos en la gestión de la pandemia de COVID-19. "
                "Los tres fueron detenidos."
                "\n\n"
                "En una declaración conjunta del 14 de diciembre de 2021, veintitrés "
                "organizaciones internacionales de derechos humanos los calificaron de "
                "defensores pacíficos, advirtieron que se enfrentaban a largas penas por cargos "
                "inventados y pidieron a la justicia iraní que los liberara."
            ),
            "fa": (
                "آرش کیخسروی وکیل دادگستری است. او همراه با همکارش مصطفی نیلی و فعال حقوق بشر "
                "مهدی محمودیان می‌خواست مقام‌های ایران را به خاطر ناکارآمدی در برابر همه‌گیری "
                "کرونا از راه قانونی پاسخگو کند. هر سه نفر بازداشت شدند."
                "\n\n"
                "بیست‌وسه سازمان بین‌المللی حقوق بشر در بیانیه‌ای مشترک در ۱۴ دسامبر ۲۰۲۱ آنان "
                "را مدافعان مسالمت‌جوی حقوق بشر خواندند، هشدار دادند که با اتهام‌های ساختگی در "
                "معرض حبس‌های طولانی‌اند و از مقام‌های قضایی ایران خواستند آزادشان کنند."
            ),
            "fr": (
                "Arash Keykhosravi est avocat. Avec son confrère Mostafa Nili et le militant "
                "Mehdi Mahmoudian, il voulait demander des comptes en justice aux autorités "
                "iraniennes pour leurs défaillances face à la pandémie de Covid-19. Tous trois "
                "ont été arrêtés."
                "\n\n"
                "Dans une déclaration commune du 14 décembre 2021, vingt-trois organisations "
                "internationales de défense des droits humains les ont qualifiés de défenseurs "
                "pacifiques, ont averti qu'ils risquaient de lourdes peines sur des accusations "
                "fabriquées et ont demandé à la justice iranienne de les libérer."
            ),
        },
        "portrait": {
            "palette": 6,
            "credit": {
                "en": "Drawing made for the demo",
                "es": "Dibujo hecho para la demostración",
                "fa": "طرحی که برای نسخهٔ نمایشی کشیده شده است",
                "fr": "Dessin réalisé pour la démo",
            },
        },
        "risk_of_execution": False,
        "private_fields": [],
        "recognitions": [
            {
                "organization": "23 international human rights organisations (joint statement)",
                "url": "",
                "date": "2021-12-14",
            }
        ],
        "sources": [
            {
                "kind": "ngo",
                "title": "Joint statement calling for the release of Mehdi Mahmoudian, Arash Keykhosravi and Mostafa Nili",
                "publisher": "Center for Human Rights in Iran (IranHumanRights.org)",
                "date": "2021-12-14",
                "url": "",
                "internal": False,
            },
        ],
        "cases": [
            {
                "arrest_date": "2021-01-01",
                "arrest_precision": "year",
                "arrested_by": None,
                "activity": {
                    "en": "Preparing a lawsuit against the authorities over their handling of the COVID-19 pandemic.",
                    "es": "Preparar una demanda contra las autoridades por su gestión de la pandemia de COVID-19.",
                    "fa": "آماده کردن شکایت از مقام‌ها به خاطر شیوهٔ مدیریت همه‌گیری کرونا.",
                    "fr": "La préparation d'une plainte contre les autorités pour leur gestion de la pandémie de Covid-19.",
                },
                "charges": [],
                "court": None,
                "branch": "",
                "judge": "",
                "verdict_date": "",
                "appeal_date": "",
                "sentences": [],
                "prison": None,
                "violations": [],
            }
        ],
        "events": [
            {
                "date": "2021-01-01",
                "precision": "year",
                "kind": "arrested",
                "status": "detained",
                "release_reason": "",
                "note": {
                    "en": "Arrested with a fellow lawyer and a rights activist while preparing a lawsuit over the pandemic; the exact date is not known to us.",
                    "es": "Detenido con un colega y un activista mientras preparaban una demanda por la pandemia; desconocemos la fecha exacta.",
                    "fa": "همراه با یک همکار وکیل و یک فعال حقوق بشر هنگام آماده کردن شکایتی دربارهٔ همه‌گیری بازداشت می‌شود؛ تاریخ دقیق را نمی‌دانیم.",
                    "fr": "Arrêté avec un confrère et un militant alors qu'ils préparaient une plainte liée à la pandémie ; la date exacte nous est inconnue.",
                },
                "verification": "under-review",
                "sources": [],
                "internal": False,
            },
            {
                "date": "2021-12-14",
                "precision": "day",
                "kind": "other",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "Twenty-three international rights organisations call on Iran to release him.",
                    "es": "Veintitrés organizaciones internacionales de derechos humanos piden a Irán su liberación.",
                    "fa": "بیست‌وسه سازمان بین‌المللی حقوق بشر از ایران می‌خواهند او را آزاد کند.",
                    "fr": "Vingt-trois organisations internationales de défense des droits appellent l'Iran à le libérer.",
                },
                "verification": "confirmed",
                "sources": [
                    {
                        "kind": "ngo",
                        "title": "Joint statement calling for the release of Mehdi Mahmoudian, Arash Keykhosravi and Mostafa Nili",
                        "publisher": "Center for Human Rights in Iran (IranHumanRights.org)",
                        "date": "2021-12-14",
                        "url": "",
                        "internal": False,
                    }
                ],
                "internal": False,
            },
        ],
        "translations": ["es", "fa", "fr"],
        "news": ["2021-human-rights-day-paris-london"],
    },
    # ======================================================================================
    # Invented examples. The campaign's news never shows anyone released on bail, on
    # furlough, under house arrest, sentenced in absentia or released: these five people do
    # not exist, and their pages say so.
    # ======================================================================================
    {
        "slug": "arya-nikzad",
        "fictional": True,
        "name_latin": "Arya Nikzad",
        "name_native": "آریا نیک‌زاد",
        "other_names": [],
        "title": {
            "en": "Arya Nikzad",
            "es": "Arya Nikzad",
            "fa": "آریا نیک‌زاد",
            "fr": "Arya Nikzad",
        },
        "gender": "male",
        "birth": ["2001-01-01", "year"],
        "hometown": {"en": "Rasht", "es": "Rasht", "fa": "رشت", "fr": "Racht"},
        "citizenships": ["IR"],
        "groups": [],
        "occupations": ["student", "protester"],
        "short_story": {
            "en": (
                "Invented example for the demo: a university student arrested after a campus "
                "sit-in in October 2022 and freed on bail that December. He is still waiting to "
                "be tried on charges that could bring years in prison."
            ),
            "es": (
                "Ejemplo inventado para la demostración: un estudiante detenido tras una sentada "
                "en su universidad en octubre de 2022 y liberado bajo fianza en diciembre. Sigue "
                "esperando un juicio que podría costarle años de cárcel."
            ),
            "fa": (
                "نمونهٔ ساختگی برای نسخهٔ نمایشی: دانشجویی که پس از تحصن در دانشگاه در مهر ۱۴۰۱ "
                "بازداشت و در آذر با وثیقه آزاد شد. او همچنان در انتظار دادگاهی است که ممکن است "
                "سال‌ها زندان برایش به همراه داشته باشد."
            ),
            "fr": (
                "Exemple inventé pour la démo : un étudiant arrêté après un sit-in sur son campus "
                "en octobre 2022 et libéré sous caution en décembre. Il attend toujours un procès "
                "qui pourrait lui valoir des années de prison."
            ),
        },
        "story": {
            "en": (
                "This profile is invented. It shows how the site presents someone who has been "
                "released on bail and is still awaiting trial; any resemblance to a real person "
                "is accidental."
                "\n\n"
                "In the story, Arya Nikzad is an engineering student who joined a sit-in at his "
                "university in October 2022. He was arrested that evening, held in Evin Prison "
                "for seven weeks and questioned without a lawyer. In December 2022 he was "
                "released on heavy bail. His trial on charges of assembly and collusion and of "
                "propaganda against the state has been postponed twice."
            ),
            "es": (
                "Este perfil es inventado. Muestra cómo presenta el sitio a alguien que ha "
                "quedado en libertad bajo fianza y sigue esperando juicio; cualquier parecido con "
                "una persona real es casual."
                "\n\n"
                "En la historia, Arya Nikzad es un estudiante de ingeniería que se sumó a una "
                "sentada en su universidad en octubre de 2022. Fue detenido esa misma tarde, "
                "pasó siete semanas en la prisión de Evin y fue interrogado sin abogado. En "
                "diciembre de 2022 salió bajo una fianza muy elevada. Su juicio por reunión y "
                "confabulación y por propaganda contra el Estado se ha aplazado dos veces."
            ),
            "fa": (
                "این صفحه ساختگی است و نشان می‌دهد سایت کسی را که با وثیقه آزاد شده و هنوز در "
                "انتظار دادگاه است چگونه معرفی می‌کند؛ هر شباهتی به فردی واقعی تصادفی است."
                "\n\n"
                "در این داستان، آریا نیک‌زاد دانشجوی مهندسی است که در مهر ۱۴۰۱ به تحصنی در "
                "دانشگاهش پیوست. او همان شب بازداشت شد، هفت هفته در زندان اوین ماند و بدون "
                "وکیل بازجویی شد. در آذر ۱۴۰۱ با وثیقه‌ای سنگین آزاد شد. دادگاه او به اتهام "
                "اجتماع و تبانی و تبلیغ علیه نظام تاکنون دو بار به تعویق افتاده است."
            ),
            "fr": (
                "Ce profil est inventé. Il montre comment le site présente une personne libérée "
                "sous caution qui attend encore son procès ; toute ressemblance avec une personne "
                "réelle serait fortuite."
                "\n\n"
                "Dans cette histoire, Arya Nikzad est un étudiant en ingénierie qui a rejoint un "
                "sit-in dans son université en octobre 2022. Arrêté le soir même, il a passé sept "
                "semaines à la prison d'Evin et a été interrogé sans avocat. En décembre 2022, il "
                "a été libéré contre une lourde caution. Son procès pour rassemblement et "
                "collusion et pour propagande contre l'État a été reporté deux fois."
            ),
        },
        "portrait": {
            "palette": 7,
            "credit": {
                "en": "Drawing made for the demo",
                "es": "Dibujo hecho para la demostración",
                "fa": "طرحی که برای نسخهٔ نمایشی کشیده شده است",
                "fr": "Dessin réalisé pour la démo",
            },
        },
        "risk_of_execution": False,
        "private_fields": ["hometown", "birth_date"],
        "recognitions": [],
        "sources": [
            {
                "kind": "family",
                "title": "Message from a relative (invented for the demo)",
                "publisher": "",
                "date": "2022-12-07",
                "url": "",
                "internal": True,
            },
        ],
        "cases": [
            {
                "arrest_date": "2022-10-12",
                "arrest_precision": "day",
                "arrested_by": {
                    "en": "Plain-clothes security agents",
                    "es": "Agentes de seguridad de paisano",
                    "fa": "مأموران امنیتی لباس‌شخصی",
                    "fr": "Agents de sécurité en civil",
                },
                "activity": {
                    "en": "Taking part in a peaceful sit-in at his university.",
                    "es": "Participar en una sentada pacífica en su universidad.",
                    "fa": "شرکت در تحصنی مسالمت‌آمیز در دانشگاهش.",
                    "fr": "Sa participation à un sit-in pacifique dans son université.",
                },
                "charges": [["assembly-collusion", ""], ["propaganda", ""]],
                "court": {
                    "en": "Revolutionary Court of Tehran",
                    "es": "Tribunal Revolucionario de Teherán",
                    "fa": "دادگاه انقلاب تهران",
                    "fr": "Tribunal révolutionnaire de Téhéran",
                },
                "branch": "",
                "judge": "",
                "verdict_date": "",
                "appeal_date": "",
                "sentences": [],
                "prison": "evin",
                "violations": ["no-lawyer"],
            }
        ],
        "events": [
            {
                "date": "2022-10-12",
                "precision": "day",
                "kind": "arrested",
                "status": "detained",
                "release_reason": "",
                "note": {
                    "en": "Arrested on the evening of a sit-in at his university.",
                    "es": "Detenido la tarde de una sentada en su universidad.",
                    "fa": "شامگاه روز تحصن در دانشگاهش بازداشت می‌شود.",
                    "fr": "Arrêté le soir d'un sit-in dans son université.",
                },
                "verification": "confirmed",
                "sources": [],
                "internal": False,
            },
            {
                "date": "2022-10-20",
                "precision": "day",
                "kind": "transferred",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "Moved from a police station to Evin Prison.",
                    "es": "Trasladado de una comisaría a la prisión de Evin.",
                    "fa": "از کلانتری به زندان اوین منتقل می‌شود.",
                    "fr": "Transféré d'un commissariat à la prison d'Evin.",
                },
                "verification": "reported",
                "sources": [],
                "internal": False,
            },
            {
                "date": "2022-11-15",
                "precision": "day",
                "kind": "other",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "Interrogators press him to name other students; kept off the public page to protect them.",
                    "es": "Los interrogadores lo presionan para que nombre a otros estudiantes; no se publica para protegerlos.",
                    "fa": "بازجوها برای گرفتن نام دانشجویان دیگر به او فشار می‌آورند؛ برای محافظت از آنان منتشر نمی‌شود.",
                    "fr": "Les interrogateurs le pressent de nommer d'autres étudiants ; non publié pour les protéger.",
                },
                "verification": "under-review",
                "sources": [],
                "internal": True,
            },
            {
                "date": "2022-12-06",
                "precision": "day",
                "kind": "released",
                "status": "bail",
                "release_reason": "",
                "note": {
                    "en": "Released on heavy bail pending trial.",
                    "es": "Liberado bajo una fianza elevada a la espera de juicio.",
                    "fa": "با وثیقه‌ای سنگین تا زمان دادگاه آزاد می‌شود.",
                    "fr": "Libéré contre une lourde caution dans l'attente de son procès.",
                },
                "verification": "confirmed",
                "sources": [
                    {
                        "kind": "family",
                        "title": "Message from a relative (invented for the demo)",
                        "publisher": "",
                        "date": "2022-12-07",
                        "url": "",
                        "internal": True,
                    }
                ],
                "internal": False,
            },
        ],
        "translations": ["es", "fa", "fr"],
        "news": [],
    },
    # --------------------------------------------------------------------------------------
    {
        "slug": "golnar-heydarzadeh",
        "fictional": True,
        "name_latin": "Golnar Heydarzadeh",
        "name_native": "گلنار حیدرزاده",
        "other_names": [],
        "title": {
            "en": "Golnar Heydarzadeh",
            "es": "Golnar Heydarzadeh",
            "fa": "گلنار حیدرزاده",
            "fr": "Golnar Heydarzadeh",
        },
        "gender": "female",
        "birth": ["1979-01-01", "year"],
        "hometown": None,
        "citizenships": ["IR"],
        "groups": [],
        "occupations": ["teacher", "labour-activist"],
        "short_story": {
            "en": (
                "Invented example for the demo: a primary school teacher and union member "
                "arrested before May Day 2022 and sentenced to five years. Since March 2023 she "
                "has been home on medical furlough and can be recalled at any time."
            ),
            "es": (
                "Ejemplo inventado para la demostración: una maestra y sindicalista detenida "
                "antes del Primero de Mayo de 2022 y condenada a cinco años. Desde marzo de 2023 "
                "está en casa con un permiso médico que pueden revocarle en cualquier momento."
            ),
            "fa": (
                "نمونهٔ ساختگی برای نسخهٔ نمایشی: آموزگار دبستان و عضو تشکل صنفی معلمان که پیش "
                "از روز جهانی کارگر ۲۰۲۲ بازداشت و به پنج سال زندان محکوم شد. او از اسفند ۱۴۰۱ "
                "با مرخصی درمانی در خانه است و هر لحظه ممکن است به زندان بازگردانده شود."
            ),
            "fr": (
                "Exemple inventé pour la démo : une institutrice syndiquée arrêtée avant le 1er "
                "mai 2022 et condamnée à cinq ans. Depuis mars 2023, elle est chez elle en "
                "permission médicale, révocable à tout moment."
            ),
        },
        "story": {
            "en": (
                "This profile is invented to show how the site handles a prisoner on furlough; "
                "it does not describe a real person."
                "\n\n"
                "In the story, Golnar Heydarzadeh teaches at a primary school and is active in "
                "her local teachers' union. She was arrested in late April 2022, days before "
                "teachers across the country rallied on May Day for fair pay and for their "
                "jailed colleagues. In September 2022 a Revolutionary Court sentenced her to five "
                "years in prison for assembly and collusion."
                "\n\n"
                "After she fell ill in Qarchak prison and was taken to hospital, she was granted "
                "medical furlough in March 2023. She must return whenever the prosecutor orders "
                "it, so her status may change without warning."
            ),
            "es": (
                "Este perfil es inventado para mostrar cómo trata el sitio a una presa con "
                "permiso de salida; no describe a ninguna persona real."
                "\n\n"
                "En la historia, Golnar Heydarzadeh es maestra de primaria y participa en el "
                "sindicato docente de su ciudad. Fue detenida a finales de abril de 2022, pocos "
                "días antes de que los docentes de todo el país se manifestaran el Primero de "
                "Mayo por salarios justos y por sus colegas presos. En septiembre de 2022 un "
                "Tribunal Revolucionario la condenó a cinco años de prisión por reunión y "
                "confabulación."
                "\n\n"
                "Tras enfermar en la prisión de Qarchak y ser hospitalizada, obtuvo un permiso "
                "médico en marzo de 2023. Debe volver cuando lo ordene el fiscal, así que su "
                "situación puede cambiar sin previo aviso."
            ),
            "fa": (
                "این صفحه ساختگی است و برای نشان دادن شیوهٔ نمایش زندانی در مرخصی ساخته شده "
                "است؛ هیچ فرد واقعی را توصیف نمی‌کند."
                "\n\n"
                "در این داستان، گلنار حیدرزاده آموزگار دبستان و عضو فعال تشکل صنفی معلمان "
                "شهرش است. او در اوایل اردیبهشت ۱۴۰۱ بازداشت شد، چند روز پیش از آنکه معلمان "
                "سراسر کشور در روز جهانی کارگر برای دستمزد منصفانه و آزادی همکاران زندانی‌شان "
                "تجمع کنند. دادگاه انقلاب در شهریور ۱۴۰۱ او را به اتهام اجتماع و تبانی به پنج "
                "سال زندان محکوم کرد."
                "\n\n"
                "او پس از آنکه در زندان قرچک بیمار شد و به بیمارستان رفت، در اسفند ۱۴۰۱ مرخصی "
                "درمانی گرفت. هر زمان دادستان دستور دهد باید بازگردد و وضعیتش ممکن است بی‌خبر "
                "تغییر کند."
            ),
            "fr": (
                "Ce profil est inventé pour montrer comment le site présente une détenue en "
                "permission de sortie ; il ne décrit aucune personne réelle."
                "\n\n"
                "Dans cette histoire, Golnar Heydarzadeh est institutrice et militante du "
                "syndicat enseignant de sa ville. Elle a été arrêtée fin avril 2022, quelques "
                "jours avant que les enseignants de tout le pays manifestent le 1er mai pour des "
                "salaires décents et pour leurs collègues emprisonnés. En septembre 2022, un "
                "tribunal révolutionnaire l'a condamnée à cinq ans de prison pour rassemblement "
                "et collusion."
                "\n\n"
                "Tombée malade à la prison de Qarchak et hospitalisée, elle a obtenu une "
                "permission médicale en mars 2023. Elle doit revenir dès que le procureur "
                "l'ordonne : sa situation peut donc changer sans préavis."
            ),
        },
        "portrait": {
            "palette": 0,
            "credit": {
                "en": "Drawing made for the demo",
                "es": "Dibujo hecho para la demostración",
                "fa": "طرحی که برای نسخهٔ نمایشی کشیده شده است",
                "fr": "Dessin réalisé pour la démo",
            },
        },
        "risk_of_execution": False,
        "private_fields": [],
        "recognitions": [],
        "sources": [],
        "cases": [
            {
                "arrest_date": "2022-04-27",
                "arrest_precision": "day",
                "arrested_by": {
                    "en": "Ministry of Intelligence agents",
                    "es": "Agentes del Ministerio de Inteligencia",
                    "fa": "مأموران وزارت اطلاعات",
                    "fr": "Agents du ministère du Renseignement",
                },
                "activity": {
                    "en": "Organising teachers to demand fair pay and the release of jailed colleagues.",
                    "es": "Organizar a docentes para exigir salarios justos y la liberación de colegas presos.",
                    "fa": "سازمان‌دهی معلمان برای مطالبهٔ دستمزد منصفانه و آزادی همکاران زندانی.",
                    "fr": "L'organisation d'enseignants réclamant des salaires décents et la libération de collègues détenus.",
                },
                "charges": [["assembly-collusion", ""]],
                "court": {
                    "en": "Revolutionary Court",
                    "es": "Tribunal Revolucionario",
                    "fa": "دادگاه انقلاب",
                    "fr": "Tribunal révolutionnaire",
                },
                "branch": "",
                "judge": "",
                "verdict_date": "2022-09-18",
                "appeal_date": "",
                "sentences": [
                    {"kind": "prison", "years": 5, "months": None, "lashes": None, "amount": ""}
                ],
                "prison": "qarchak",
                "violations": ["no-medical-care"],
            }
        ],
        "events": [
            {
                "date": "2022-04-27",
                "precision": "day",
                "kind": "arrested",
                "status": "detained",
                "release_reason": "",
                "note": {
                    "en": "Arrested at home days before planned May Day rallies.",
                    "es": "Detenida en su casa días antes de las concentraciones previstas para el Primero de Mayo.",
                    "fa": "چند روز پیش از تجمع‌های روز جهانی کارگر در خانه‌اش بازداشت می‌شود.",
                    "fr": "Arrêtée chez elle quelques jours avant les rassemblements prévus le 1er mai.",
                },
                "verification": "confirmed",
                "sources": [],
                "internal": False,
            },
            {
                "date": "2022-09-18",
                "precision": "day",
                "kind": "sentenced",
                "status": "imprisoned",
                "release_reason": "",
                "note": {
                    "en": "Sentenced to five years in prison for assembly and collusion.",
                    "es": "Condenada a cinco años de prisión por reunión y confabulación.",
                    "fa": "به اتهام اجتماع و تبانی به پنج سال زندان محکوم می‌شود.",
                    "fr": "Condamnée à cinq ans de prison pour rassemblement et collusion.",
                },
                "verification": "confirmed",
                "sources": [],
                "internal": False,
            },
            {
                "date": "2023-02-20",
                "precision": "day",
                "kind": "hospitalised",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "Taken to hospital after weeks of untreated illness.",
                    "es": "Llevada al hospital tras semanas de enfermedad sin tratar.",
                    "fa": "پس از هفته‌ها بیماری بدون درمان به بیمارستان منتقل می‌شود.",
                    "fr": "Hospitalisée après des semaines de maladie non soignée.",
                },
                "verification": "reported",
                "sources": [],
                "internal": False,
            },
            {
                "date": "2023-03-08",
                "precision": "day",
                "kind": "furlough",
                "status": "furlough",
                "release_reason": "",
                "note": {
                    "en": "Granted medical furlough; she may be recalled to prison at any time.",
                    "es": "Obtiene un permiso médico; pueden devolverla a prisión en cualquier momento.",
                    "fa": "مرخصی درمانی می‌گیرد؛ هر لحظه ممکن است به زندان بازگردانده شود.",
                    "fr": "Elle obtient une permission médicale ; elle peut être rappelée en prison à tout moment.",
                },
                "verification": "reported",
                "sources": [],
                "internal": False,
            },
        ],
        "translations": ["es", "fa", "fr"],
        "news": [],
    },
    # --------------------------------------------------------------------------------------
    {
        "slug": "soraya-mirkhani",
        "fictional": True,
        "name_latin": "Soraya Mirkhani",
        "name_native": "ثریا میرخانی",
        "other_names": [],
        "title": {
            "en": "Soraya Mirkhani",
            "es": "Soraya Mirkhani",
            "fa": "ثریا میرخانی",
            "fr": "Soraya Mirkhani",
        },
        "gender": "female",
        "birth": ["1968-01-01", "year"],
        "hometown": None,
        "citizenships": ["IR"],
        "groups": [],
        "occupations": ["academic", "womens-rights-activist"],
        "short_story": {
            "en": (
                "Invented example for the demo: a sociologist who studies women's work. After a "
                "year and more in prison, she has been serving the rest of her sentence at home "
                "under electronic monitoring since November 2022."
            ),
            "es": (
                "Ejemplo inventado para la demostración: una socióloga que estudia el trabajo de "
                "las mujeres. Tras más de un año en prisión, desde noviembre de 2022 cumple el "
                "resto de su condena en casa con vigilancia electrónica."
            ),
            "fa": (
                "نمونهٔ ساختگی برای نسخهٔ نمایشی: جامعه‌شناسی که دربارهٔ کار زنان پژوهش می‌کند. "
                "او پس از بیش از یک سال زندان، از آبان ۱۴۰۱ باقی‌ماندهٔ حکمش را با پابند "
                "الکترونیکی در خانه می‌گذراند."
            ),
            "fr": (
                "Exemple inventé pour la démo : une sociologue spécialiste du travail des femmes. "
                "Après plus d'un an de prison, elle purge depuis novembre 2022 le reste de sa "
                "peine chez elle, sous bracelet électronique."
            ),
        },
        "story": {
            "en": (
                "This is an invented profile, included so that the demo shows the status “under "
                "house arrest”."
                "\n\n"
                "In the story, Soraya Mirkhani is a university sociologist whose research on "
                "women's employment drew the attention of the security services. Arrested in "
                "March 2021, she was sentenced that September to four years in prison for "
                "propaganda against the state and barred from teaching for two years. In "
                "November 2022 the authorities let her serve the rest of her term at home with "
                "an electronic tag, and forbade visits from anyone but close family."
            ),
            "es": (
                "Este perfil es inventado; se incluye para que la demostración muestre la "
                "situación «bajo arresto domiciliario»."
                "\n\n"
                "En la historia, Soraya Mirkhani es una socióloga universitaria cuyas "
                "investigaciones sobre el empleo de las mujeres atrajeron la atención de los "
                "servicios de seguridad. Detenida en marzo de 2021, fue condenada en septiembre "
                "de ese año a cuatro años de prisión por propaganda contra el Estado y a dos años "
                "de inhabilitación para la docencia. En noviembre de 2022 las autoridades le "
                "permitieron cumplir el resto de la pena en casa con una tobillera electrónica, y "
                "le prohibieron recibir visitas que no fueran de su familia cercana."
            ),
            "fa": (
                "این صفحه ساختگی است و برای نمایش وضعیت «در حبس خانگی» در نسخهٔ نمایشی آمده "
                "است."
                "\n\n"
                "در این داستان، ثریا میرخانی جامعه‌شناس دانشگاه است و پژوهش‌هایش دربارهٔ اشتغال "
                "زنان توجه نهادهای امنیتی را جلب کرد. او در اسفند ۱۳۹۹ بازداشت شد و در شهریور "
                "۱۴۰۰ به اتهام تبلیغ علیه نظام به چهار سال زندان و دو سال محرومیت از تدریس محکوم "
                "شد. در آبان ۱۴۰۱ مقام‌ها اجازه دادند باقی‌ماندهٔ محکومیتش را با پابند "
                "الکترونیکی در خانه بگذراند و دیدار با هر کسی جز خانوادهٔ نزدیک را برایش ممنوع "
                "کردند."
            ),
            "fr": (
                "Ce profil est inventé ; il figure dans la démo pour illustrer le statut « en "
                "résidence surveillée »."
                "\n\n"
                "Dans cette histoire, Soraya Mirkhani est une sociologue universitaire dont les "
                "recherches sur l'emploi des femmes ont attiré l'attention des services de "
                "sécurité. Arrêtée en mars 2021, elle a été condamnée en septembre de la même "
                "année à quatre ans de prison pour propagande contre l'État et à deux ans "
                "d'interdiction d'enseigner. En novembre 2022, les autorités l'ont autorisée à "
                "purger le reste de sa peine chez elle, sous bracelet électronique, en lui "
                "interdisant toute visite hors de sa famille proche."
            ),
        },
        "portrait": {
            "palette": 1,
            "credit": {
                "en": "Drawing made for the demo",
                "es": "Dibujo hecho para la demostración",
                "fa": "طرحی که برای نسخهٔ نمایشی کشیده شده است",
                "fr": "Dessin réalisé pour la démo",
            },
        },
        "risk_of_execution": False,
        "private_fields": [],
        "recognitions": [],
        "sources": [],
        "cases": [
            {
                "arrest_date": "2021-03-08",
                "arrest_precision": "day",
                "arrested_by": {
                    "en": "Ministry of Intelligence agents",
                    "es": "Agentes del Ministerio de Inteligencia",
                    "fa": "مأموران وزارت اطلاعات",
                    "fr": "Agents du ministère du Renseignement",
                },
                "activity": {
                    "en": "Research and public talks on women's employment and discrimination at work.",
                    "es": "Investigaciones y charlas públicas sobre el empleo de las mujeres y la discriminación laboral.",
                    "fa": "پژوهش و سخنرانی عمومی دربارهٔ اشتغال زنان و تبعیض در محیط کار.",
                    "fr": "Des recherches et des conférences publiques sur l'emploi des femmes et les discriminations au travail.",
                },
                "charges": [["propaganda", ""]],
                "court": {
                    "en": "Revolutionary Court of Tehran",
                    "es": "Tribunal Revolucionario de Teherán",
                    "fa": "دادگاه انقلاب تهران",
                    "fr": "Tribunal révolutionnaire de Téhéran",
                },
                "branch": "",
                "judge": "",
                "verdict_date": "",
                "appeal_date": "",
                "sentences": [
                    {"kind": "prison", "years": 4, "months": None, "lashes": None, "amount": ""},
                    {"kind": "work-ban", "years": 2, "months": None, "lashes": None, "amount": ""},
                ],
                "prison": "evin",
                "violations": ["solitary"],
            }
        ],
        "events": [
            {
                "date": "2021-03-08",
                "precision": "day",
                "kind": "arrested",
                "status": "detained",
                "release_reason": "",
                "note": {
                    "en": "Arrested at her home and taken to Evin Prison.",
                    "es": "Detenida en su casa y llevada a la prisión de Evin.",
                    "fa": "در خانه‌اش بازداشت و به زندان اوین برده می‌شود.",
                    "fr": "Arrêtée à son domicile et conduite à la prison d'Evin.",
                },
                "verification": "confirmed",
                "sources": [],
                "internal": False,
            },
            {
                "date": "2021-09-01",
                "precision": "month",
                "kind": "sentenced",
                "status": "imprisoned",
                "release_reason": "",
                "note": {
                    "en": "Sentenced to four years in prison and a two-year ban on teaching.",
                    "es": "Condenada a cuatro años de prisión y a dos años de inhabilitación para enseñar.",
                    "fa": "به چهار سال زندان و دو سال محرومیت از تدریس محکوم می‌شود.",
                    "fr": "Condamnée à quatre ans de prison et à deux ans d'interdiction d'enseigner.",
                },
                "verification": "confirmed",
                "sources": [],
                "internal": False,
            },
            {
                "date": "2022-11-14",
                "precision": "day",
                "kind": "other",
                "status": "house-arrest",
                "release_reason": "",
                "note": {
                    "en": "Allowed to serve the rest of her sentence at home under electronic monitoring.",
                    "es": "Se le permite cumplir el resto de la pena en casa bajo vigilancia electrónica.",
                    "fa": "اجازه می‌یابد باقی‌ماندهٔ حکمش را با پابند الکترونیکی در خانه بگذراند.",
                    "fr": "Autorisée à purger le reste de sa peine chez elle sous surveillance électronique.",
                },
                "verification": "confirmed",
                "sources": [],
                "internal": False,
            },
        ],
        "translations": ["es", "fa", "fr"],
        "news": [],
    },
    # --------------------------------------------------------------------------------------
    {
        "slug": "babak-sarabi",
        "fictional": True,
        "name_latin": "Babak Sarabi",
        "name_native": "بابک سرابی",
        "other_names": [],
        "title": {
            "en": "Babak Sarabi",
            "es": "Babak Sarabi",
            "fa": "بابک سرابی",
            "fr": "Babak Sarabi",
        },
        "gender": "male",
        "birth": ["1984-01-01", "year"],
        "hometown": None,
        "citizenships": ["IR", "FR"],
        "groups": [],
        "occupations": ["journalist"],
        "short_story": {
            "en": (
                "Invented example for the demo: a journalist living in exile who was tried "
                "without his knowledge and sentenced in absentia to six years in prison. Since "
                "then his relatives in Iran have been summoned for questioning."
            ),
            "es": (
                "Ejemplo inventado para la demostración: un periodista exiliado, juzgado sin "
                "saberlo y condenado en ausencia a seis años de prisión. Desde entonces sus "
                "familiares en Irán son citados a interrogatorios."
            ),
            "fa": (
                "نمونهٔ ساختگی برای نسخهٔ نمایشی: روزنامه‌نگاری در تبعید که بی‌خبر از او محاکمه "
                "و غیابی به شش سال زندان محکوم شد. از آن پس بستگانش در ایران برای بازجویی احضار "
                "شده‌اند."
            ),
            "fr": (
                "Exemple inventé pour la démo : un journaliste exilé, jugé à son insu et condamné "
                "par contumace à six ans de prison. Depuis, ses proches en Iran sont convoqués "
                "pour des interrogatoires."
            ),
        },
        "story": {
            "en": (
                "This profile is invented. It illustrates the status “sentenced in absentia”, "
                "which is used against critics who have left the country."
                "\n\n"
                "In the story, Babak Sarabi worked for a Tehran daily before moving to France, "
                "where he now writes for Persian-language media. A Revolutionary Court in Tehran "
                "tried him without informing him and, in June 2022, sentenced him to six years "
                "in prison and a two-year ban on journalism for propaganda against the state. He "
                "learned of the verdict from relatives, who have since been called in for "
                "questioning several times."
            ),
            "es": (
                "Este perfil es inventado. Ilustra la situación «condenado en ausencia», que se "
                "aplica a críticos que han salido del país."
                "\n\n"
                "En la historia, Babak Sarabi trabajaba para un diario de Teherán antes de "
                "instalarse en Francia, donde escribe para medios en persa. Un Tribunal "
                "Revolucionario de Teherán lo juzgó sin avisarle y, en junio de 2022, lo condenó "
                "a seis años de prisión y a dos años de inhabilitación periodística por "
                "propaganda contra el Estado. Se enteró de la sentencia por sus familiares, que "
                "desde entonces han sido citados varias veces a interrogatorios."
            ),
            "fa": (
                "این صفحه ساختگی است و وضعیت «محکوم به صورت غیابی» را نشان می‌دهد که علیه "
                "منتقدانی که کشور را ترک کرده‌اند به کار می‌رود."
                "\n\n"
                "در این داستان، بابک سرابی پیش از مهاجرت به فرانسه برای یک روزنامهٔ تهرانی کار "
                "می‌کرد و اکنون برای رسانه‌های فارسی‌زبان می‌نویسد. دادگاه انقلاب تهران بی‌آنکه "
                "به او اطلاع دهد محاکمه‌اش کرد و در خرداد ۱۴۰۱ به اتهام تبلیغ علیه نظام به شش "
                "سال زندان و دو سال محرومیت از فعالیت روزنامه‌نگاری محکومش کرد. او خبر حکم را "
                "از بستگانش شنید که از آن زمان چند بار برای بازجویی احضار شده‌اند."
            ),
            "fr": (
                "Ce profil est inventé. Il illustre le statut « condamné par contumace », "
                "appliqué aux critiques qui ont quitté le pays."
                "\n\n"
                "Dans cette histoire, Babak Sarabi travaillait pour un quotidien de Téhéran avant "
                "de s'installer en France, où il écrit pour des médias en persan. Un tribunal "
                "révolutionnaire de Téhéran l'a jugé sans l'en informer et, en juin 2022, l'a "
                "condamné à six ans de prison et à deux ans d'interdiction d'exercer le "
                "journalisme pour propagande contre l'État. Il a appris le verdict par ses "
                "proches, convoqués depuis à plusieurs reprises pour des interrogatoires."
            ),
        },
        "portrait": {
            "palette": 2,
            "credit": {
                "en": "Drawing made for the demo",
                "es": "Dibujo hecho para la demostración",
                "fa": "طرحی که برای نسخهٔ نمایشی کشیده شده است",
                "fr": "Dessin réalisé pour la démo",
            },
        },
        "risk_of_execution": False,
        "private_fields": [],
        "recognitions": [],
        "sources": [],
        "cases": [
            {
                "arrest_date": "",
                "arrest_precision": "day",
                "arrested_by": None,
                "activity": {
                    "en": "Reporting for Persian-language media abroad.",
                    "es": "Informar para medios en persa desde el extranjero.",
                    "fa": "گزارشگری برای رسانه‌های فارسی‌زبان خارج از کشور.",
                    "fr": "Ses reportages pour des médias en persan à l'étranger.",
                },
                "charges": [["propaganda", ""]],
                "court": {
                    "en": "Revolutionary Court of Tehran",
                    "es": "Tribunal Revolucionario de Teherán",
                    "fa": "دادگاه انقلاب تهران",
                    "fr": "Tribunal révolutionnaire de Téhéran",
                },
                "branch": "",
                "judge": "",
                "verdict_date": "2022-06-14",
                "appeal_date": "",
                "sentences": [
                    {"kind": "prison", "years": 6, "months": None, "lashes": None, "amount": ""},
                    {"kind": "work-ban", "years": 2, "months": None, "lashes": None, "amount": ""},
                ],
                "prison": None,
                "violations": ["unfair-trial", "family-harassed"],
            }
        ],
        "events": [
            {
                "date": "2021-11-01",
                "precision": "month",
                "kind": "charged",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "Charged in Tehran while living abroad, without being informed.",
                    "es": "Acusado en Teherán mientras vivía en el extranjero, sin que se le informara.",
                    "fa": "در حالی که خارج از کشور زندگی می‌کند، بی‌اطلاع خودش در تهران متهم می‌شود.",
                    "fr": "Inculpé à Téhéran alors qu'il vit à l'étranger, sans en être informé.",
                },
                "verification": "reported",
                "sources": [],
                "internal": False,
            },
            {
                "date": "2022-06-14",
                "precision": "day",
                "kind": "sentenced",
                "status": "in-absentia",
                "release_reason": "",
                "note": {
                    "en": "Sentenced in absentia to six years in prison and a two-year ban on journalism.",
                    "es": "Condenado en ausencia a seis años de prisión y dos de inhabilitación periodística.",
                    "fa": "غیابی به شش سال زندان و دو سال محرومیت از روزنامه‌نگاری محکوم می‌شود.",
                    "fr": "Condamné par contumace à six ans de prison et deux ans d'interdiction d'exercer.",
                },
                "verification": "confirmed",
                "sources": [],
                "internal": False,
            },
            {
                "date": "2022-08-01",
                "precision": "month",
                "kind": "other",
                "status": "",
                "release_reason": "",
                "note": {
                    "en": "Relatives in Iran are summoned and questioned about his work.",
                    "es": "Sus familiares en Irán son citados e interrogados sobre su trabajo.",
                    "fa": "بستگانش در ایران احضار و دربارهٔ کار او بازجویی می‌شوند.",
                    "fr": "Ses proches en Iran sont convoqués et interrogés sur son travail.",
                },
                "verification": "under-review",
                "sources": [],
                "internal": False,
            },
        ],
        "translations": ["es", "fa", "fr"],
        "news": [],
    },
    # --------------------------------------------------------------------------------------
    {
        "slug": "yousef-karimzadeh",
        "fictional": True,
        "name_latin": "Yousef Karimzadeh",
        "name_native": "یوسف کریم‌زاده",
        "other_names": [],
        "title": {
            "en": "Yousef Karimzadeh",
            "es": "Yousef Karimzadeh",
            "fa": "یوسف کریم‌زاده",
            "fr": "Yousef Karimzadeh",
        },
        "gender": "male",
        "birth": ["1975-01-01", "year"],
        "hometown": None,
        "citizenships": ["IR"],
        "groups": [],
        "occupations": ["worker", "labour-activist"],
        "short_story": {
            "en": (
                "Invented example for the demo: a metalworker and union organiser arrested at a "
                "May Day rally in 2019. He was released in November 2022 after serving his full "
                "sentence of three and a half years."
            ),
            "es": (
                "Ejemplo inventado para la demostración: un obrero metalúrgico y sindicalista "
                "detenido en una concentración del Primero de Mayo de 2019. Quedó libre en "
                "noviembre de 2022 tras cumplir íntegra su condena de tres años y medio."
            ),
            "fa": (
                "نمونهٔ ساختگی برای نسخهٔ نمایشی: کارگر فلزکار و فعال سندیکایی که در تجمع روز "
                "جهانی کارگر ۲۰۱۹ بازداشت شد و در آبان ۱۴۰۱ پس از گذراندن کامل سه سال و نیم "
                "حبس آزاد شد."
            ),
            "fr": (
                "Exemple inventé pour la démo : un ouvrier métallurgiste et syndicaliste arrêté "
                "lors d'un rassemblement du 1er mai 2019. Il a été libéré en novembre 2022 après "
                "avoir purgé l'intégralité de sa peine de trois ans et demi."
            ),
        },
        "story": {
            "en": (
                "This profile is invented to show how the site records a release. It does not "
                "describe a real person."
                "\n\n"
                "In the story, Yousef Karimzadeh is a metalworker who helped set up an "
                "independent union at his factory. He was arrested at a May Day rally in Tehran "
                "in 2019 and sentenced to three and a half years for assembly and collusion. He "
                "served the whole term in the Greater Tehran prison and walked free in November "
                "2022. Former prisoners often still face bans on work and travel, and many keep "
                "speaking up for those left behind."
            ),
            "es": (
                "Este perfil es inventado para mostrar cómo registra el sitio una liberación. No "
                "describe a ninguna persona real."
                "\n\n"
                "En la historia, Yousef Karimzadeh es un obrero metalúrgico que ayudó a fundar un "
                "sindicato independiente en su fábrica. Fue detenido en una concentración del "
                "Primero de Mayo en Teherán en 2019 y condenado a tres años y medio por reunión y "
                "confabulación. Cumplió toda la pena en la prisión del Gran Teherán y salió en "
                "libertad en noviembre de 2022. Quienes salen de prisión suelen seguir sometidos "
                "a prohibiciones de trabajar o viajar, y muchos siguen alzando la voz por "
                "quienes quedan dentro."
            ),
            "fa": (
                "این صفحه ساختگی است و نشان می‌دهد سایت آزادی یک زندانی را چگونه ثبت می‌کند. "
                "هیچ فرد واقعی را توصیف نمی‌کند."
                "\n\n"
                "در این داستان، یوسف کریم‌زاده کارگر فلزکاری است که در راه‌اندازی سندیکایی مستقل "
                "در کارخانه‌اش نقش داشت. او در تجمع روز جهانی کارگر ۱۳۹۸ در تهران بازداشت و به "
                "اتهام اجتماع و تبانی به سه سال و نیم زندان محکوم شد. تمام این مدت را در زندان "
                "تهران بزرگ گذراند و در آبان ۱۴۰۱ آزاد شد. زندانیان آزادشده اغلب همچنان با "
                "ممنوعیت کار و سفر روبه‌رو هستند و بسیاری از آنان صدای کسانی می‌شوند که هنوز در "
                "بندند."
            ),
            "fr": (
                "Ce profil est inventé pour montrer comment le site enregistre une libération. Il "
                "ne décrit aucune personne réelle."
                "\n\n"
                "Dans cette histoire, Yousef Karimzadeh est un ouvrier métallurgiste qui a aidé à "
                "fonder un syndicat indépendant dans son usine. Arrêté lors d'un rassemblement du "
                "1er mai à Téhéran en 2019, il a été condamné à trois ans et demi pour "
                "rassemblement et collusion. Il a purgé toute sa peine à la prison du Grand "
                "Téhéran et a retrouvé la liberté en novembre 2022. Les anciens détenus restent "
                "souvent frappés d'interdictions de travailler ou de voyager, et beaucoup "
                "continuent de parler pour ceux qui sont encore enfermés."
            ),
        },
        "portrait": {
            "palette": 3,
            "credit": {
                "en": "Drawing made for the demo",
                "es": "Dibujo hecho para la demostración",
                "fa": "طرحی که برای نسخهٔ نمایشی کشیده شده است",
                "fr": "Dessin réalisé pour la démo",
            },
        },
        "risk_of_execution": False,
        "private_fields": [],
        "recognitions": [],
        "sources": [],
        "cases": [
            {
                "arrest_date": "2019-05-01",
                "arrest_precision": "day",
                "arrested_by": {
                    "en": "Police and plain-clothes security agents",
                    "es": "Policía y agentes de seguridad de paisano",
                    "fa": "پلیس و مأموران امنیتی لباس‌شخصی",
                    "fr": "Police et agents de sécurité en civil",
                },
                "activity": {
                    "en": "Organising an independent union and joining a May Day rally.",
                    "es": "Organizar un sindicato independiente y participar en una concentración del Primero de Mayo.",
                    "fa": "سازمان‌دهی سندیکای مستقل و شرکت در تجمع روز جهانی کارگر.",
                    "fr": "La création d'un syndicat indépendant et sa participation à un rassemblement du 1er mai.",
                },
                "charges": [["assembly-collusion", ""]],
                "court": {
                    "en": "Revolutionary Court of Tehran",
                    "es": "Tribunal Revolucionario de Teherán",
                    "fa": "دادگاه انقلاب تهران",
                    "fr": "Tribunal révolutionnaire de Téhéran",
                },
                "branch": "",
                "judge": "",
                "verdict_date": "2019-09-10",
                "appeal_date": "",
                "sentences": [
                    {"kind": "prison", "years": 3, "months": 6, "lashes": None, "amount": ""}
                ],
                "prison": "fashafuyeh",
                "violations": [],
            }
        ],
        "events": [
            {
                "date": "2019-05-01",
                "precision": "day",
                "kind": "arrested",
                "status": "detained",
                "release_reason": "",
                "note": {
                    "en": "Arrested at a May Day rally in Tehran.",
                    "es": "Detenido en una concentración del Primero de Mayo en Teherán.",
                    "fa": "در تجمع روز جهانی کارگر در تهران بازداشت می‌شود.",
                    "fr": "Arrêté lors d'un rassemblement du 1er mai à Téhéran.",
                },
                "verification": "confirmed",
                "sources": [],
                "internal": False,
            },
            {
                "date": "2019-09-10",
                "precision": "day",
                "kind": "sentenced",
                "status": "imprisoned",
                "release_reason": "",
                "note": {
                    "en": "Sentenced to three and a half years in prison for assembly and collusion.",
                    "es": "Condenado a tres años y medio de prisión por reunión y confabulación.",
                    "fa": "به اتهام اجتماع و تبانی به سه سال و نیم زندان محکوم می‌شود.",
                    "fr": "Condamné à trois ans et demi de prison pour rassemblement et collusion.",
                },
                "verification": "confirmed",
                "sources": [],
                "internal": False,
            },
            {
                "date": "2022-11-01",
                "precision": "day",
                "kind": "released",
                "status": "released",
                "release_reason": "served",
                "note": {
                    "en": "Released after serving his full sentence.",
                    "es": "Liberado tras cumplir íntegra su condena.",
                    "fa": "پس از گذراندن کامل محکومیتش آزاد می‌شود.",
                    "fr": "Libéré après avoir purgé l'intégralité de sa peine.",
                },
                "verification": "confirmed",
                "sources": [],
                "internal": False,
            },
        ],
        "translations": ["es", "fa", "fr"],
        "news": [],
    },
]

LETTER_ACTIONS = [
    {
        "slug": "write-for-toomaj-salehi",
        "prisoner": "toomaj-salehi",
        "title": {
            "en": "Write for Toomaj Salehi",
            "es": "Escriba por Toomaj Salehi",
            "fa": "برای توماج صالحی نامه بنویسید",
            "fr": "Écrivez pour Toomaj Salehi",
        },
        "summary": {
            "en": (
                "Ask Iran's president to free the rapper Toomaj Salehi at once, and ask the UN "
                "Special Rapporteur and your own representative to keep his case in the public eye."
            ),
            "es": (
                "Pida al presidente de Irán que libere de inmediato al rapero Toomaj Salehi, y "
                "pida al Relator Especial de la ONU y a su representante que mantengan su caso a "
                "la vista de todos."
            ),
            "fa": (
                "از رئیس‌جمهور ایران بخواهید توماج صالحی را فوراً آزاد کند و از گزارشگر ویژهٔ "
                "سازمان ملل و نمایندهٔ خودتان بخواهید پرونده‌اش را در کانون توجه نگه دارند."
            ),
            "fr": (
                "Demandez au président iranien de libérer immédiatement le rappeur Toomaj Salehi, "
                "et au Rapporteur spécial de l'ONU ainsi qu'à votre député de garder son cas sous "
                "les projecteurs."
            ),
        },
        "deadline": "2023-06-30",
        "subject": {
            "en": "Free Toomaj Salehi now",
            "es": "Liberen ya a Toomaj Salehi",
            "fa": "توماج صالحی را هم‌اکنون آزاد کنید",
            "fr": "Libérez Toomaj Salehi maintenant",
        },
        "message": {
            "en": (
                "I am writing to express my deep concern for Toomaj Salehi, an Iranian rapper "
                "who was taken into custody around midnight on 30 October 2022. As far as anyone "
                "can tell, his only offence is his music: songs about the lives of women and of "
                "ordinary people in Iran.\n\n"
                "His family has reported that he was tortured to force a confession, and that "
                "for days they could not find out where he was being held. In December 2022 he "
                "was indicted, and people who follow his case fear for his life.\n\n"
                "I respectfully ask that everything possible be done to secure his immediate and "
                "unconditional release. Until he is free, he must be protected from torture and "
                "ill-treatment, be allowed to see his family and a lawyer of his choice, and "
                "receive any medical care he needs.\n\n"
                "People in many countries are following his case closely. Thank you for your "
                "attention to this letter.\n\n"
                "Yours sincerely,\n"
                "[Your name]"
            ),
            "es": (
                "Le escribo para expresarle mi profunda preocupación por Toomaj Salehi, un "
                "rapero iraní detenido hacia la medianoche del 30 de octubre de 2022. Hasta donde "
                "se sabe, su único delito es su música: canciones sobre la vida de las mujeres y "
                "de la gente común en Irán.\n\n"
                "Su familia ha denunciado que fue torturado para obligarlo a confesar y que "
                "durante días no pudo saber dónde lo tenían. En diciembre de 2022 fue procesado, "
                "y quienes siguen su caso temen por su vida.\n\n"
                "Le pido respetuosamente que se haga todo lo posible por lograr su liberación "
                "inmediata e incondicional. Mientras siga preso, debe estar protegido de la "
                "tortura y los malos tratos, poder ver a su familia y a un abogado de su "
                "elección, y recibir la atención médica que necesite.\n\n"
                "Personas de muchos países siguen su caso de cerca. Le agradezco la atención "
                "prestada a esta carta.\n\n"
                "Atentamente,\n"
                "[Su nombre]"
            ),
            "fa": (
                "با نگرانی عمیق دربارهٔ توماج صالحی، خوانندهٔ رپ ایرانی، برایتان می‌نویسم. او "
                "حوالی نیمه‌شب ۸ آبان ۱۴۰۱ (۳۰ اکتبر ۲۰۲۲) بازداشت شد. تا آنجا که می‌دانیم، "
                "تنها «جرم» او موسیقی‌اش است: ترانه‌هایی دربارهٔ زندگی زنان و مردم عادی ایران.\n\n"
                "خانواده‌اش گفته‌اند که او برای گرفتن اعتراف شکنجه شده و آنان روزها نمی‌دانستند "
                "او را کجا نگه داشته‌اند. در دسامبر ۲۰۲۲ برای او کیفرخواست صادر شد و کسانی که "
                "پرونده‌اش را دنبال می‌کنند نگران جان او هستند.\n\n"
                "محترمانه درخواست می‌کنم هر اقدام ممکن برای آزادی فوری و بی‌قیدوشرط او انجام "
                "شود. تا زمانی که آزاد نشده، باید از شکنجه و بدرفتاری در امان باشد، بتواند "
                "خانواده و وکیل انتخابی‌اش را ببیند و هر مراقبت پزشکی لازم را دریافت کند.\n\n"
                "مردم در کشورهای بسیاری پروندهٔ او را از نزدیک دنبال می‌کنند. از توجه شما به "
                "این نامه سپاسگزارم.\n\n"
                "با احترام،\n"
                "[نام شما]"
            ),
            "fr": (
                "Je vous écris pour vous faire part de ma vive inquiétude au sujet de Toomaj "
                "Salehi, un rappeur iranien arrêté vers minuit le 30 octobre 2022. Autant qu'on "
                "puisse en juger, son seul tort est sa musique : des chansons sur la vie des "
                "femmes et des gens ordinaires en Iran.\n\n"
                "Sa famille a indiqué qu'il avait été torturé pour lui arracher des aveux et "
                "qu'elle a ignoré pendant des jours où il était détenu. En décembre 2022, il a "
                "été inculpé, et ceux qui suivent son dossier craignent pour sa vie.\n\n"
                "Je vous demande respectueusement de tout mettre en œuvre pour obtenir sa "
                "libération immédiate et sans condition. En attendant, il doit être protégé de "
                "la torture et des mauvais traitements, pouvoir voir sa famille et un avocat de "
                "son choix, et recevoir tous les soins médicaux nécessaires.\n\n"
                "Dans de nombreux pays, des personnes suivent son cas de près. Je vous remercie "
                "de l'attention que vous porterez à cette lettre.\n\n"
                "Veuillez agréer l'expression de mes salutations distinguées,\n"
                "[Votre nom]"
            ),
        },
        "recipients": [
            {
                "name": {
                    "en": "Ebrahim Raisi",
                    "es": "Ebrahim Raisí",
                    "fa": "ابراهیم رئیسی",
                    "fr": "Ebrahim Raïssi",
                },
                "role": {
                    "en": "President of the Islamic Republic of Iran",
                    "es": "Presidente de la República Islámica de Irán",
                    "fa": "رئیس‌جمهور جمهوری اسلامی ایران",
                    "fr": "Président de la République islamique d'Iran",
                },
                "salutation": {
                    "en": "Dear President Raisi",
                    "es": "Señor presidente",
                    "fa": "جناب آقای رئیسی",
                    "fr": "Monsieur le Président",
                },
                "postal_address": "",
                "email": "",
                "social": "",
            },
            {
                "name": {
                    "en": "Javaid Rehman",
                    "es": "Javaid Rehman",
                    "fa": "جاوید رحمان",
                    "fr": "Javaid Rehman",
                },
                "role": {
                    "en": "UN Special Rapporteur on the situation of human rights in the Islamic Republic of Iran",
                    "es": "Relator Especial de la ONU sobre la situación de los derechos humanos en la República Islámica de Irán",
                    "fa": "گزارشگر ویژهٔ سازمان ملل در امور وضعیت حقوق بشر در جمهوری اسلامی ایران",
                    "fr": "Rapporteur spécial de l'ONU sur la situation des droits de l'homme en République islamique d'Iran",
                },
                "salutation": {
                    "en": "Dear Special Rapporteur",
                    "es": "Señor Relator Especial",
                    "fa": "گزارشگر ویژهٔ محترم",
                    "fr": "Monsieur le Rapporteur spécial",
                },
                "postal_address": "",
                "email": "",
                "social": "",
            },
            {
                "name": {
                    "en": "Your member of parliament",
                    "es": "Su diputado o diputada",
                    "fa": "نمایندهٔ شما در پارلمان",
                    "fr": "Votre député ou députée",
                },
                "role": {
                    "en": "Placeholder: replace the example address with your own representative's",
                    "es": "Ejemplo: sustituya la dirección de muestra por la de su representante",
                    "fa": "نمونه: نشانی نمونه را با نشانی نمایندهٔ خودتان جایگزین کنید",
                    "fr": "Exemple : remplacez l'adresse fictive par celle de votre représentant",
                },
                "salutation": {
                    "en": "Dear Member of Parliament",
                    "es": "Estimado diputado, estimada diputada",
                    "fa": "نمایندهٔ محترم",
                    "fr": "Madame la Députée, Monsieur le Député",
                },
                "postal_address": "",
                "email": "your.representative@parliament.example",
                "social": "",
            },
        ],
    },
    {
        "slug": "bring-dual-nationals-home",
        "prisoner": None,
        "title": {
            "en": "Bring the dual-national hostages home",
            "es": "Que vuelvan a casa los rehenes con doble nacionalidad",
            "fa": "زندانیان دوتابعیتی را به خانه بازگردانید",
            "fr": "Ramenez chez eux les otages binationaux",
        },
        "summary": {
            "en": (
                "Ask the foreign ministries of the United Kingdom, Germany and Sweden to put the "
                "freedom of their citizens held in Iran first, and ask your representative to "
                "raise their cases."
            ),
            "es": (
                "Pida a los ministerios de Exteriores del Reino Unido, Alemania y Suecia que "
                "antepongan la libertad de sus ciudadanos presos en Irán, y pida a su "
                "representante que plantee sus casos."
            ),
            "fa": (
                "از وزارت‌خانه‌های امور خارجهٔ بریتانیا، آلمان و سوئد بخواهید آزادی شهروندان "
                "زندانی‌شان در ایران را در اولویت بگذارند و از نمایندهٔ خود بخواهید پرونده‌های "
                "آنان را پیگیری کند."
            ),
            "fr": (
                "Demandez aux ministères des Affaires étrangères du Royaume-Uni, de l'Allemagne et "
                "de la Suède de faire passer avant tout la libération de leurs ressortissants "
                "détenus en Iran, et à votre député de soulever leur cas."
            ),
        },
        "deadline": None,
        "subject": {
            "en": "Please do everything possible to free your citizens held in Iran",
            "es": "Hagan todo lo posible por liberar a sus ciudadanos presos en Irán",
            "fa": "برای آزادی شهروندانتان که در ایران زندانی‌اند هر کار ممکن را انجام دهید",
            "fr": "Faites tout votre possible pour libérer vos ressortissants détenus en Iran",
        },
        "message": {
            "en": (
                "I am writing about the dual nationals imprisoned in Iran, among them the "
                "British-Iranian labour activist Mehran Raouf, the German-Iranian women's rights "
                "activist Nahid Taghavi and the Swedish-Iranian doctor Ahmadreza Djalali, who is "
                "under sentence of death.\n\n"
                "Their families and human rights organisations describe them as hostages, jailed "
                "after unfair trials and used as bargaining chips between governments. Mehran "
                "Raouf and Nahid Taghavi were each sentenced to ten years and eight months after "
                "long interrogations without a lawyer. Nahid Taghavi has been denied the spinal "
                "surgery her doctors say she urgently needs, and Germany has been refused "
                "consular access to her.\n\n"
                "I respectfully urge you to make their release a priority in every contact with "
                "the Iranian authorities, to insist on consular access and proper medical care, "
                "and to keep their families informed. No economic or political interest should "
                "come before their lives.\n\n"
                "Thank you for your attention.\n\n"
                "Yours sincerely,\n"
                "[Your name]"
            ),
            "es": (
                "Les escribo a propósito de las personas con doble nacionalidad encarceladas en "
                "Irán, entre ellas el activista sindical británico-iraní Mehran Raouf, la "
                "activista germano-iraní por los derechos de las mujeres Nahid Taghavi y el "
                "médico sueco-iraní Ahmadreza Djalali, condenado a muerte.\n\n"
                "Sus familias y las organizaciones de derechos humanos los describen como "
                "rehenes, encarcelados tras juicios injustos y usados como moneda de cambio entre "
                "gobiernos. Mehran Raouf y Nahid Taghavi fueron condenados a diez años y ocho "
                "meses cada uno tras largos interrogatorios sin abogado. A Nahid Taghavi se le "
                "niega la operación de columna que sus médicos consideran urgente, y Alemania no "
                "ha obtenido acceso consular.\n\n"
                "Les pido respetuosamente que hagan de su liberación una prioridad en todo "
                "contacto con las autoridades iraníes, que exijan el acceso consular y una "
                "atención médica adecuada, y que mantengan informadas a sus familias. Ningún "
                "interés económico o político debe anteponerse a sus vidas.\n\n"
                "Gracias por su atención.\n\n"
                "Atentamente,\n"
                "[Su nombre]"
            ),
            "fa": (
                "این نامه را دربارهٔ شهروندان دوتابعیتی زندانی در ایران می‌نویسم، از جمله مهران "
                "رئوف، فعال کارگری ایرانی‌بریتانیایی، ناهید تقوی، فعال حقوق زنان ایرانی‌آلمانی، "
                "و احمدرضا جلالی، پزشک ایرانی‌سوئدی که به اعدام محکوم شده است.\n\n"
                "خانواده‌هایشان و سازمان‌های حقوق بشری آنان را گروگان می‌دانند؛ کسانی که پس از "
                "دادرسی‌های ناعادلانه زندانی شده‌اند و برگ چانه‌زنی میان دولت‌ها هستند. مهران "
                "رئوف و ناهید تقوی پس از بازجویی‌های طولانی بدون وکیل، هر کدام به ده سال و هشت "
                "ماه زندان محکوم شدند. ناهید تقوی از جراحی ستون فقراتی که پزشکانش ضروری "
                "می‌دانند محروم است و به آلمان اجازهٔ دسترسی کنسولی به او داده نشده است.\n\n"
                "محترمانه از شما می‌خواهم آزادی آنان را در هر تماسی با مقام‌های ایران در اولویت "
                "بگذارید، بر دسترسی کنسولی و درمان مناسب پافشاری کنید و خانواده‌هایشان را در "
                "جریان نگه دارید. هیچ منفعت اقتصادی یا سیاسی نباید بر جان آنان مقدم شود.\n\n"
                "از توجه شما سپاسگزارم.\n\n"
                "با احترام،\n"
                "[نام شما]"
            ),
            "fr": (
                "Je vous écris au sujet des binationaux emprisonnés en Iran, parmi lesquels le "
                "militant syndical britannico-iranien Mehran Raouf, la militante germano-iranienne "
                "des droits des femmes Nahid Taghavi et le médecin suédo-iranien Ahmadreza "
                "Djalali, condamné à mort.\n\n"
                "Leurs familles et les organisations de défense des droits humains les décrivent "
                "comme des otages, emprisonnés à l'issue de procès inéquitables et utilisés comme "
                "monnaie d'échange entre gouvernements. Mehran Raouf et Nahid Taghavi ont chacun "
                "été condamnés à dix ans et huit mois après de longs interrogatoires sans avocat. "
                "On refuse à Nahid Taghavi l'opération de la colonne vertébrale que ses médecins "
                "jugent urgente, et l'Allemagne n'a pas obtenu d'accès consulaire.\n\n"
                "Je vous demande respectueusement de faire de leur libération une priorité dans "
                "chacun de vos échanges avec les autorités iraniennes, d'exiger l'accès consulaire "
                "et des soins adaptés, et de tenir leurs familles informées. Aucun intérêt "
                "économique ou politique ne doit passer avant leur vie.\n\n"
                "Je vous remercie de votre attention.\n\n"
                "Veuillez agréer l'expression de mes salutations distinguées,\n"
                "[Votre nom]"
            ),
        },
        "recipients": [
            {
                "name": {
                    "en": "Foreign, Commonwealth & Development Office",
                    "es": "Ministerio de Asuntos Exteriores, Commonwealth y Desarrollo",
                    "fa": "وزارت امور خارجه، کشورهای مشترک‌المنافع و توسعه",
                    "fr": "Ministère des Affaires étrangères, du Commonwealth et du Développement",
                },
                "role": {
                    "en": "Foreign ministry of the United Kingdom",
                    "es": "Ministerio de Asuntos Exteriores del Reino Unido",
                    "fa": "وزارت امور خارجهٔ بریتانیا",
                    "fr": "Ministère des Affaires étrangères du Royaume-Uni",
                },
                "salutation": {
                    "en": "Dear Foreign Secretary",
                    "es": "Señor ministro, señora ministra",
                    "fa": "وزیر محترم امور خارجه",
                    "fr": "Monsieur le Ministre, Madame la Ministre",
                },
                "postal_address": "",
                "email": "",
                "social": "",
            },
            {
                "name": {
                    "en": "Federal Foreign Office (Auswärtiges Amt)",
                    "es": "Ministerio Federal de Asuntos Exteriores (Auswärtiges Amt)",
                    "fa": "وزارت امور خارجهٔ فدرال (Auswärtiges Amt)",
                    "fr": "Office fédéral des Affaires étrangères (Auswärtiges Amt)",
                },
                "role": {
                    "en": "Foreign ministry of Germany",
                    "es": "Ministerio de Asuntos Exteriores de Alemania",
                    "fa": "وزارت امور خارجهٔ آلمان",
                    "fr": "Ministère des Affaires étrangères de l'Allemagne",
                },
                "salutation": {
                    "en": "Dear Minister",
                    "es": "Señor ministro, señora ministra",
                    "fa": "وزیر محترم",
                    "fr": "Monsieur le Ministre, Madame la Ministre",
                },
                "postal_address": "",
                "email": "",
                "social": "",
            },
            {
                "name": {
                    "en": "Ministry for Foreign Affairs (Utrikesdepartementet)",
                    "es": "Ministerio de Asuntos Exteriores (Utrikesdepartementet)",
                    "fa": "وزارت امور خارجه (Utrikesdepartementet)",
                    "fr": "Ministère des Affaires étrangères (Utrikesdepartementet)",
                },
                "role": {
                    "en": "Foreign ministry of Sweden",
                    "es": "Ministerio de Asuntos Exteriores de Suecia",
                    "fa": "وزارت امور خارجهٔ سوئد",
                    "fr": "Ministère des Affaires étrangères de la Suède",
                },
                "salutation": {
                    "en": "Dear Minister",
                    "es": "Señor ministro, señora ministra",
                    "fa": "وزیر محترم",
                    "fr": "Monsieur le Ministre, Madame la Ministre",
                },
                "postal_address": "",
                "email": "",
                "social": "",
            },
            {
                "name": {
                    "en": "Your member of parliament",
                    "es": "Su diputado o diputada",
                    "fa": "نمایندهٔ شما در پارلمان",
                    "fr": "Votre député ou députée",
                },
                "role": {
                    "en": "Placeholder: replace the example address with your own representative's",
                    "es": "Ejemplo: sustituya la dirección de muestra por la de su representante",
                    "fa": "نمونه: نشانی نمونه را با نشانی نمایندهٔ خودتان جایگزین کنید",
                    "fr": "Exemple : remplacez l'adresse fictive par celle de votre représentant",
                },
                "salutation": {
                    "en": "Dear Member of Parliament",
                    "es": "Estimado diputado, estimada diputada",
                    "fa": "نمایندهٔ محترم",
                    "fr": "Madame la Députée, Monsieur le Député",
                },
                "postal_address": "",
                "email": "your.representative@parliament.example",
                "social": "",
            },
        ],
    },
]

RESOURCES = [
    {
        "title": {
            "en": "Freedom for Toomaj! (palm card)",
            "es": "¡Libertad para Toomaj! (tarjeta de bolsillo)",
            "fa": "آزادی برای توماج! (کارت جیبی)",
            "fr": "Liberté pour Toomaj ! (carte de poche)",
        },
        "description": {
            "en": "A pocket-sized card on the rapper's arrest, to hand out at concerts and rallies.",
            "es": "Una tarjeta de bolsillo sobre la detención del rapero, para repartir en conciertos y concentraciones.",
            "fa": "کارتی کوچک دربارهٔ بازداشت این خوانندهٔ رپ، برای پخش در کنسرت‌ها و تجمع‌ها.",
            "fr": "Une petite carte sur l'arrestation du rappeur, à distribuer lors de concerts et de rassemblements.",
        },
        "language": "en",
        "kind": "palm-card",
    },
    {
        "title": {
            "en": "Free Toomaj Salehi (French flyer)",
            "es": "Liberen a Toomaj Salehi (volante en francés)",
            "fa": "توماج صالحی را آزاد کنید (تراکت فرانسوی)",
            "fr": "Libérez Toomaj Salehi (tract)",
        },
        "description": {
            "en": "The flyer handed out in France during the worldwide days of action for Toomaj.",
            "es": "El volante repartido en Francia durante las jornadas mundiales de acción por Toomaj.",
            "fa": "تراکتی که در روزهای اقدام جهانی برای توماج در فرانسه پخش شد.",
            "fr": "Le tract distribué en France lors des journées d'action mondiales pour Toomaj.",
        },
        "language": "fr",
        "kind": "flyer",
    },
    {
        "title": {
            "en": "Emergency Appeal to free Iran's political prisoners (sign-up sheet)",
            "es": "Llamamiento de emergencia por los presos políticos de Irán (hoja de firmas)",
            "fa": "فراخوان اضطراری برای آزادی زندانیان سیاسی ایران (برگهٔ امضا)",
            "fr": "Appel d'urgence pour les prisonniers politiques iraniens (feuille de signatures)",
        },
        "description": {
            "en": "The full text of the appeal with lines for signatures, to print and take to events.",
            "es": "El texto completo del llamamiento con espacio para firmas, para imprimir y llevar a actos.",
            "fa": "متن کامل فراخوان همراه با جای امضا، برای چاپ و بردن به برنامه‌ها.",
            "fr": "Le texte intégral de l'appel avec des lignes pour signer, à imprimer pour vos événements.",
        },
        "language": "en",
        "kind": "appeal",
    },
    {
        "title": {
            "en": "Emergency Appeal (Spanish edition)",
            "es": "Llamamiento de emergencia (edición en español)",
            "fa": "فراخوان اضطراری (نسخهٔ اسپانیایی)",
            "fr": "Appel d'urgence (édition espagnole)",
        },
        "description": {
            "en": "The appeal as volunteers distributed it at festivals and universities in Colombia.",
            "es": "El llamamiento tal como lo repartieron voluntarios en festivales y universidades de Colombia.",
            "fa": "فراخوان به همان شکلی که داوطلبان در جشنواره‌ها و دانشگاه‌های کلمبیا پخش کردند.",
            "fr": "L'appel tel que des bénévoles l'ont distribué dans des festivals et universités de Colombie.",
        },
        "language": "es",
        "kind": "appeal",
    },
    {
        "title": {
            "en": "All political prisoners must be freed now (Burn the Cage statement)",
            "es": "Todos los presos políticos deben ser liberados ya (declaración de Quema la Jaula)",
            "fa": "همهٔ زندانیان سیاسی باید فوراً آزاد شوند (بیانیهٔ «قفس را بسوزان»)",
            "fr": "Tous les prisonniers politiques doivent être libérés (déclaration de Brûlez la cage)",
        },
        "description": {
            "en": "The October 2022 statement to the protesters in Iran's streets, in Persian.",
            "es": "La declaración de octubre de 2022 dirigida a quienes protestan en las calles de Irán, en persa.",
            "fa": "بیانیهٔ مهر ۱۴۰۱ خطاب به معترضان در خیابان‌های ایران، به زبان فارسی.",
            "fr": "La déclaration d'octobre 2022 adressée aux manifestants dans les rues d'Iran, en persan.",
        },
        "language": "fa",
        "kind": "statement",
    },
    {
        "title": {
            "en": "Campaign statement for May Day 2022",
            "es": "Declaración de la campaña para el Primero de Mayo de 2022",
            "fa": "بیانیهٔ کارزار برای روز جهانی کارگر ۲۰۲۲",
            "fr": "Déclaration de la campagne pour le 1er mai 2022",
        },
        "description": {
            "en": "The statement read at the San Francisco rally before the May Day labour march.",
            "es": "La declaración leída en la concentración de San Francisco antes de la marcha del Primero de Mayo.",
            "fa": "بیانیه‌ای که در تجمع سان‌فرانسیسکو پیش از راهپیمایی روز جهانی کارگر خوانده شد.",
            "fr": "La déclaration lue au rassemblement de San Francisco avant la marche du 1er mai.",
        },
        "language": "en",
        "kind": "statement",
    },
    {
        "title": {
            "en": "Portraits of political prisoners (posters for actions)",
            "es": "Retratos de presos políticos (carteles para acciones)",
            "fa": "چهره‌های زندانیان سیاسی (پوستر برای تجمع‌ها)",
            "fr": "Portraits de prisonniers politiques (affiches pour les actions)",
        },
        "description": {
            "en": "Large portraits with a short case summary, in several languages, to carry at protests.",
            "es": "Retratos grandes con un breve resumen del caso, en varios idiomas, para llevar a las protestas.",
            "fa": "چهره‌های بزرگ همراه با خلاصهٔ کوتاه پرونده، به چند زبان، برای همراه بردن در تجمع‌ها.",
            "fr": "De grands portraits avec un court résumé du dossier, en plusieurs langues, à porter en manifestation.",
        },
        "language": "mul",
        "kind": "poster",
    },
    {
        "title": {
            "en": "Five ways to help Iran's political prisoners",
            "es": "Cinco maneras de ayudar a los presos políticos de Irán",
            "fa": "پنج راه برای کمک به زندانیان سیاسی ایران",
            "fr": "Cinq façons d'aider les prisonniers politiques iraniens",
        },
        "description": {
            "en": "A one-page flyer for people who ask what they can do after hearing about the campaign.",
            "es": "Un volante de una página para quienes preguntan qué pueden hacer tras conocer la campaña.",
            "fa": "تراکتی یک‌صفحه‌ای برای کسانی که پس از آشنایی با کارزار می‌پرسند چه کاری از دستشان برمی‌آید.",
            "fr": "Un tract d'une page pour celles et ceux qui demandent comment agir après avoir découvert la campagne.",
        },
        "language": "en",
        "kind": "flyer",
    },
]

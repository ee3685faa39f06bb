"""Events and a worldwide day of action for the demo, written for the demo. Past events come
from facts in the campaign's news; ten of the day of action's thirteen cities and the upcoming
events are illustrative examples, with no organizer named."""

INDEX = {
    "slug": "actions",
    "title": {
        "en": "Actions and events",
        "es": "Acciones y eventos",
        "fa": "اقدام‌ها و رویدادها",
        "fr": "Actions et événements",
    },
    "intro": {
        "en": (
            "Rallies, vigils, poster actions, concerts and readings for Iran's political prisoners, "
            "past and planned. Add an action in your own city so that others can join it."
        ),
        "es": (
            "Concentraciones, vigilias, acciones con carteles, conciertos y lecturas por los presos "
            "políticos de Irán, pasadas y previstas. Añade una acción en tu ciudad para que otras "
            "personas puedan sumarse."
        ),
        "fa": (
            "تجمع‌ها، شب‌زنده‌داری‌ها، پوسترگردانی‌ها، کنسرت‌ها و شعرخوانی‌ها برای زندانیان سیاسی ایران، "
            "چه برگزارشده و چه در دست برنامه‌ریزی. اقدامی را در شهر خودتان ثبت کنید تا دیگران هم "
            "به آن بپیوندند."
        ),
        "fr": (
            "Rassemblements, veillées, actions d'affichage, concerts et lectures pour les prisonniers "
            "politiques d'Iran, passés et à venir. Ajoutez une action dans votre ville pour que "
            "d'autres puissent s'y joindre."
        ),
    },
}

BURN_THE_CAGE = "Burn the Cage / Free the Birds"
QUEMAR_LA_JAULA = "Quemar la Jaula / Liberar a los Pájaros"
IEC = "International Emergency Campaign to Free Iran's Political Prisoners Now"

DAYS_OF_ACTION = [
    {
        "slug": "freedom-for-toomaj-2022",
        "date": "2022-11-05",
        "title": {
            "en": "Freedom for Toomaj: worldwide day of action",
            "es": "Libertad para Toomaj: jornada mundial de acción",
            "fa": "آزادی برای توماج: روز جهانی اقدام",
            "fr": "Liberté pour Toomaj : journée mondiale d'action",
        },
        "call": {
            "en": (
                "The rapper Toomaj Salehi was seized by the authorities on the night of October 30, "
                "2022, and his family lost all contact with him. His relatives and friends asked "
                "people everywhere to protest on Saturday, November 5, in as many cities as possible."
                "\n\n"
                "The demand was his unconditional release and freedom for all of Iran's political "
                "prisoners. Supporters of the campaign answered with rallies, talks and flyers on "
                "several continents."
            ),
            "es": (
                "El rapero Toomaj Salehi fue apresado por las autoridades la noche del 30 de octubre "
                "de 2022, y su familia perdió todo contacto con él. Sus familiares y amistades "
                "pidieron protestar en todas partes el sábado 5 de noviembre, en tantas ciudades "
                "como fuera posible."
                "\n\n"
                "Se exigía su liberación sin condiciones y la libertad de todos los presos políticos "
                "de Irán. Quienes apoyan la campaña respondieron con concentraciones, charlas y "
                "volantes en varios continentes."
            ),
            "fa": (
                "توماج صالحی، خوانندهٔ رپ، در شب ۳۰ اکتبر ۲۰۲۲ به دست مأموران حکومت ربوده شد و "
                "خانواده‌اش دیگر هیچ خبری از او نداشت. خانواده و دوستانش از مردم همه‌جا خواستند که "
                "روز شنبه ۵ نوامبر در هر شهری که می‌توانند اعتراض کنند."
                "\n\n"
                "خواستهٔ این روز آزادی بی‌قیدوشرط او و آزادی همهٔ زندانیان سیاسی ایران بود. حامیان "
                "کارزار در چند قاره با تجمع، سخنرانی و پخش اعلامیه به این فراخوان پاسخ دادند."
            ),
            "fr": (
                "Le rappeur Toomaj Salehi a été enlevé par les autorités dans la nuit du 30 octobre "
                "2022, et sa famille a perdu tout contact avec lui. Ses proches ont appelé à "
                "manifester partout le samedi 5 novembre, dans le plus grand nombre de villes possible."
                "\n\n"
                "La revendication : sa libération sans condition et la liberté de tous les "
                "prisonniers politiques d'Iran. Les soutiens de la campagne ont répondu par des "
                "rassemblements, des conférences et des tracts sur plusieurs continents."
            ),
        },
        "events": [
            {
                "slug": "toomaj-day-medellin",
                "title": {
                    "en": "Talk on the uprising in Iran, and a call for Toomaj",
                    "es": "Charla sobre el levantamiento en Irán y un llamado por Toomaj",
                    "fa": "گفت‌وگو دربارهٔ خیزش ایران و فراخوانی برای توماج",
                    "fr": "Conférence sur le soulèvement en Iran et appel pour Toomaj",
                },
                "start_date": "2022-11-05",
                "offset_days": None,
                "start_time": "16:00",
                "end_time": "18:30",
                "time_zone": "America/Bogota",
                "city": "Medellín",
                "country": "CO",
                "venue": "",
                "online_url": "",
                "organizer": "",
                "summary": {
                    "en": (
                        "People met to discuss the uprising in Iran. They ended by adding their "
                        "voices to the demand to free Toomaj Salehi and every political prisoner."
                    ),
                    "es": (
                        "Un grupo se reunió para debatir sobre el levantamiento en Irán. Al final "
                        "sumó su voz a la exigencia de liberar a Toomaj Salehi y a todos los presos políticos."
                    ),
                    "fa": (
                        "گروهی برای گفت‌وگو دربارهٔ خیزش ایران گرد هم آمدند. در پایان، آن‌ها هم "
                        "خواستار آزادی توماج صالحی و همهٔ زندانیان سیاسی شدند."
                    ),
                    "fr": (
                        "Des participants se sont réunis pour débattre du soulèvement en Iran. Ils ont "
                        "conclu en réclamant à leur tour la libération de Toomaj Salehi et de tous les "
                        "prisonniers politiques."
                    ),
                },
                "status": "happened",
                "translations": ["es", "fa", "fr"],
            },
            {
                "slug": "toomaj-day-toronto",
                "title": {
                    "en": "Rally for Toomaj Salehi at City Hall",
                    "es": "Concentración por Toomaj Salehi frente al Ayuntamiento",
                    "fa": "تجمع برای توماج صالحی در میدان شهرداری",
                    "fr": "Rassemblement pour Toomaj Salehi devant l'hôtel de ville",
                },
                "start_date": "2022-11-05",
                "offset_days": None,
                "start_time": "14:00",
                "end_time": "16:00",
                "time_zone": "America/Toronto",
                "city": "Toronto",
                "country": "CA",
                "venue": "Nathan Phillips Square",
                "online_url": "",
                "organizer": "",
                "summary": {
                    "en": (
                        "A rally in the square in front of City Hall. A cousin of Toomaj spoke about "
                        "relatives of his who were political prisoners before him."
                    ),
                    "es": (
                        "Una concentración en la plaza del Ayuntamiento. Una prima de Toomaj habló de "
                        "los familiares que fueron presos políticos antes que él."
                    ),
                    "fa": (
                        "تجمعی در میدان روبه‌روی ساختمان شهرداری. یکی از خویشاوندان توماج از بستگانی گفت که "
                        "پیش از او زندانی سیاسی بوده‌اند."
                    ),
                    "fr": (
                        "Un rassemblement sur la place de l'hôtel de ville. Une cousine de Toomaj a "
                        "parlé des membres de sa famille emprisonnés pour raisons politiques avant lui."
                    ),
                },
                "status": "happened",
                "translations": ["es", "fa", "fr"],
            },
            {
                "slug": "toomaj-day-paris",
                "title": {
                    "en": "“Free Toomaj” gathering in Paris",
                    "es": "Concentración «Libertad para Toomaj» en París",
                    "fa": "تجمع «توماج را آزاد کنید» در پاریس",
                    "fr": "Rassemblement « Libérez Toomaj » à Paris",
                },
                "start_date": "2022-11-06",
                "offset_days": None,
                "start_time": "15:00",
                "end_time": "17:00",
                "time_zone": "Europe/Paris",
                "city": "Paris",
                "country": "FR",
                "venue": "",
                "online_url": "",
                "organizer": "",
                "summary": {
                    "en": (
                        "Held the day after the worldwide call. Supporters handed out a flyer in "
                        "French about Toomaj's arrest."
                    ),
                    "es": (
                        "Tuvo lugar al día siguiente de la convocatoria mundial. Se repartió un "
                        "volante en francés sobre la detención de Toomaj."
                    ),
                    "fa": (
                        "یک روز پس از فراخوان جهانی برگزار شد. حامیان اعلامیه‌ای به زبان فرانسوی "
                        "دربارهٔ بازداشت توماج پخش کردند."
                    ),
                    "fr": (
                        "Organisé au lendemain de l'appel mondial. Les participants ont distribué un "
                        "tract en français sur l'arrestation de Toomaj."
                    ),
                },
                "status": "happened",
                "translations": ["es", "fa", "fr"],
            },
            {
                "slug": "toomaj-day-berlin",
                "title": {
                    "en": "Rally for Toomaj in Berlin",
                    "es": "Concentración por Toomaj en Berlín",
                    "fa": "تجمع برای توماج در برلین",
                    "fr": "Rassemblement pour Toomaj à Berlin",
                },
                "start_date": "2022-11-05",
                "offset_days": None,
                "start_time": "14:00",
                "end_time": "16:00",
                "time_zone": "Europe/Berlin",
                "city": "Berlin",
                "country": "DE",
                "venue": "",
                "online_url": "",
                "organizer": "",
                "summary": {
                    "en": "Supporters gathered with portraits of Toomaj and of other jailed artists.",
                    "es": "Se reunieron con retratos de Toomaj y de otros artistas encarcelados.",
                    "fa": "حامیان با تصویرهای توماج و دیگر هنرمندان زندانی گرد هم آمدند.",
                    "fr": "Des soutiens se sont réunis avec des portraits de Toomaj et d'autres artistes emprisonnés.",
                },
                "status": "happened",
                "translations": ["es", "fa", "fr"],
            },
            {
                "slug": "toomaj-day-koeln",
                "title": {
                    "en": "Poster action for Toomaj in Cologne",
                    "es": "Acción con carteles por Toomaj en Colonia",
                    "fa": "پوسترگردانی برای توماج در کلن",
                    "fr": "Action d'affichage pour Toomaj à Cologne",
                },
                "start_date": "2022-11-05",
                "offset_days": None,
                "start_time": "13:00",
                "end_time": "15:00",
                "time_zone": "Europe/Berlin",
                "city": "Köln",
                "country": "DE",
                "venue": "",
                "online_url": "",
                "organizer": "",
                "summary": {
                    "en": "Posters in German and Farsi told passers-by who Toomaj is and why he was arrested.",
                    "es": "Carteles en alemán y persa explicaban a los transeúntes quién es Toomaj y por qué lo detuvieron.",
                    "fa": "پوسترهایی به آلمانی و فارسی به رهگذران می‌گفت توماج کیست و چرا بازداشت شده است.",
                    "fr": "Des affiches en allemand et en persan expliquaient aux passants qui est Toomaj et pourquoi il a été arrêté.",
                },
                "status": "happened",
                "translations": ["fa"],
            },
            {
                "slug": "toomaj-day-duesseldorf",
                "title": {
                    "en": "Evening gathering for Toomaj in Düsseldorf",
                    "es": "Concentración vespertina por Toomaj en Düsseldorf",
                    "fa": "تجمع شبانه برای توماج در دوسلدورف",
                    "fr": "Rassemblement en soirée pour Toomaj à Düsseldorf",
                },
                "start_date": "2022-11-05",
                "offset_days": None,
                "start_time": "17:00",
                "end_time": "19:00",
                "time_zone": "Europe/Berlin",
                "city": "Düsseldorf",
                "country": "DE",
                "venue": "",
                "online_url": "",
                "organizer": "",
                "summary": {
                    "en": "An open microphone let passers-by speak up for Toomaj and the other prisoners.",
                    "es": "Un micrófono abierto permitió a los transeúntes hablar por Toomaj y los demás presos.",
                    "fa": "با یک میکروفون آزاد، رهگذران هم برای توماج و دیگر زندانیان سخن گفتند.",
                    "fr": "Un micro ouvert a permis aux passants de prendre la parole pour Toomaj et les autres prisonniers.",
                },
                "status": "happened",
                "translations": ["es", "fa", "fr"],
            },
            {
                "slug": "toomaj-day-stockholm",
                "title": {
                    "en": "Rally for Toomaj in Stockholm",
                    "es": "Concentración por Toomaj en Estocolmo",
                    "fa": "تجمع برای توماج در استکهلم",
                    "fr": "Rassemblement pour Toomaj à Stockholm",
                },
                "start_date": "2022-11-05",
                "offset_days": None,
                "start_time": "13:00",
                "end_time": "15:00",
                "time_zone": "Europe/Stockholm",
                "city": "Stockholm",
                "country": "SE",
                "venue": "",
                "online_url": "",
                "organizer": "",
                "summary": {
                    "en": "Speeches and songs for Toomaj, with a call to free every political prisoner in Iran.",
                    "es": "Discursos y canciones por Toomaj, con el llamado a liberar a todos los presos políticos de Irán.",
                    "fa": "سخنرانی و سرود برای توماج، همراه با خواست آزادی همهٔ زندانیان سیاسی ایران.",
                    "fr": "Discours et chansons pour Toomaj, avec l'appel à libérer tous les prisonniers politiques d'Iran.",
                },
                "status": "happened",
                "translations": ["es", "fa", "fr"],
            },
            {
                "slug": "toomaj-day-london",
                "title": {
                    "en": "Gathering for Toomaj in London",
                    "es": "Concentración por Toomaj en Londres",
                    "fa": "تجمع برای توماج در لندن",
                    "fr": "Rassemblement pour Toomaj à Londres",
                },
                "start_date": "2022-11-05",
                "offset_days": None,
                "start_time": "14:00",
                "end_time": "16:30",
                "time_zone": "Europe/London",
                "city": "London",
                "country": "GB",
                "venue": "",
                "online_url": "",
                "organizer": "",
                "summary": {
                    "en": "People read out the names of prisoners at risk and played Toomaj's songs.",
                    "es": "Se leyeron los nombres de presos en peligro y sonaron canciones de Toomaj.",
                    "fa": "نام زندانیان در خطر خوانده شد و آهنگ‌های توماج پخش شد.",
                    "fr": "Les noms de prisonniers en danger ont été lus et des chansons de Toomaj diffusées.",
                },
                "status": "happened",
                "translations": ["es", "fa", "fr"],
            },
            {
                "slug": "toomaj-day-san-francisco",
                "title": {
                    "en": "Flyering for Toomaj on the Embarcadero",
                    "es": "Reparto de volantes por Toomaj en el Embarcadero",
                    "fa": "پخش اعلامیه برای توماج در امبارکادرو",
                    "fr": "Distribution de tracts pour Toomaj sur l'Embarcadero",
                },
                "start_date": "2022-11-05",
                "offset_days": None,
                "start_time": "12:00",
                "end_time": "15:00",
                "time_zone": "America/Los_Angeles",
                "city": "San Francisco",
                "country": "US",
                "venue": "Embarcadero",
                "online_url": "",
                "organizer": "",
                "summary": {
                    "en": "Volunteers handed out flyers about Toomaj along the busy waterfront.",
                    "es": "Voluntarios repartieron volantes sobre Toomaj en el concurrido paseo marítimo.",
                    "fa": "داوطلبان در کنار اسکلهٔ پررفت‌وآمد شهر اعلامیه‌هایی دربارهٔ توماج پخش کردند.",
                    "fr": "Des bénévoles ont distribué des tracts sur Toomaj le long du front de mer très fréquenté.",
                },
                "status": "happened",
                "translations": ["es", "fa", "fr"],
            },
            {
                "slug": "toomaj-day-new-york",
                "title": {
                    "en": "Evening vigil for Toomaj in New York",
                    "es": "Vigilia nocturna por Toomaj en Nueva York",
                    "fa": "شب‌زنده‌داری برای توماج در نیویورک",
                    "fr": "Veillée pour Toomaj à New York",
                },
                "start_date": "2022-11-05",
                "offset_days": None,
                "start_time": "18:00",
                "end_time": "19:30",
                "time_zone": "America/New_York",
                "city": "New York",
                "country": "US",
                "venue": "",
                "online_url": "",
                "organizer": "",
                "summary": {
                    "en": "A quiet vigil with candles and the Emergency Appeal on hand for anyone who wished to sign.",
                    "es": "Una vigilia silenciosa con velas y el Llamamiento de Emergencia a mano para quien quisiera firmarlo.",
                    "fa": "شب‌زنده‌داری آرامی با شمع، و فراخوان اضطراری برای هر کس که می‌خواست امضا کند.",
                    "fr": "Une veillée silencieuse aux bougies, avec l'Appel d'urgence à signer sur place.",
                },
                "status": "happened",
                "translations": ["fa"],
            },
            {
                "slug": "toomaj-day-bogota",
                "title": {
                    "en": "Banner action for Toomaj in Bogotá",
                    "es": "Acción con pancarta por Toomaj en Bogotá",
                    "fa": "برافراشتن پلاکارد برای توماج در بوگوتا",
                    "fr": "Action avec banderole pour Toomaj à Bogota",
                },
                "start_date": "2022-11-05",
                "offset_days": None,
                "start_time": "11:00",
                "end_time": "13:00",
                "time_zone": "America/Bogota",
                "city": "Bogotá",
                "country": "CO",
                "venue": "Chapinero",
                "online_url": "",
                "organizer": "",
                "summary": {
                    "en": "A banner in Spanish and Farsi asked people in the street to speak up for Toomaj.",
                    "es": "Una pancarta en español y persa invitaba a la gente en la calle a alzar la voz por Toomaj.",
                    "fa": "پلاکاردی به اسپانیایی و فارسی از مردم در خیابان می‌خواست صدای توماج باشند.",
                    "fr": "Une banderole en espagnol et en persan invitait les passants à élever la voix pour Toomaj.",
                },
                "status": "happened",
                "translations": ["es", "fa", "fr"],
            },
            {
                "slug": "toomaj-day-cali",
                "title": {
                    "en": "Street agitation for Toomaj in Cali",
                    "es": "Agitación callejera por Toomaj en Cali",
                    "fa": "روشنگری خیابانی برای توماج در کالی",
                    "fr": "Agitation de rue pour Toomaj à Cali",
                },
                "start_date": "2022-11-05",
                "offset_days": None,
                "start_time": None,
                "end_time": None,
                "time_zone": "America/Bogota",
                "city": "Cali",
                "country": "CO",
                "venue": "",
                "online_url": "",
                "organizer": "",
                "summary": {
                    "en": "Through the day, activists told people in the streets about Toomaj and other prisoners facing the gallows.",
                    "es": "A lo largo del día, activistas hablaron en la calle sobre Toomaj y otros presos amenazados con la horca.",
                    "fa": "فعالان در طول روز در خیابان‌ها از توماج و دیگر زندانیانی گفتند که خطر اعدام تهدیدشان می‌کند.",
                    "fr": "Toute la journée, des militants ont parlé dans la rue de Toomaj et d'autres prisonniers menacés de pendaison.",
                },
                "status": "happened",
                "translations": ["fa"],
            },
            {
                "slug": "toomaj-day-oslo",
                "title": {
                    "en": "Gathering for Toomaj in Oslo",
                    "es": "Concentración por Toomaj en Oslo",
                    "fa": "تجمع برای توماج در اسلو",
                    "fr": "Rassemblement pour Toomaj à Oslo",
                },
                "start_date": "2022-11-05",
                "offset_days": None,
                "start_time": "13:00",
                "end_time": "14:30",
                "time_zone": "Europe/Oslo",
                "city": "Oslo",
                "country": "NO",
                "venue": "",
                "online_url": "",
                "organizer": "",
                "summary": {
                    "en": "A small gathering that joined the worldwide demand for Toomaj's release.",
                    "es": "Una pequeña concentración que se sumó a la exigencia mundial de liberar a Toomaj.",
                    "fa": "تجمعی کوچک که به خواست جهانی آزادی توماج پیوست.",
                    "fr": "Un petit rassemblement qui s'est joint à la demande mondiale de libération de Toomaj.",
                },
                "status": "happened",
                "translations": [],
            },
        ],
    },
]

EVENTS = [
    {
        "slug": "heroism-for-these-times-new-york-2021",
        "title": {
            "en": "Heroism for These Times: Free Iran's Political Prisoners Now",
            "es": "Heroísmo para estos tiempos: libertad ya para los presos políticos de Irán",
            "fa": "قهرمانی برای این روزگار: زندانیان سیاسی ایران را همین حالا آزاد کنید",
            "fr": "L'héroïsme de notre temps : libérez maintenant les prisonniers politiques d'Iran",
        },
        "start_date": "2021-09-25",
        "offset_days": None,
        "start_time": "18:00",
        "end_time": "20:30",
        "time_zone": "America/New_York",
        "city": "New York",
        "country": "US",
        "venue": "Revolution Books, Harlem",
        "online_url": "",
        "organizer": "Revolution Books",
        "summary": {
            "en": (
                "An evening program on Iran's political prisoners at a Harlem bookstore. A Burn the "
                "Cage activist later wrote about it for Farsi readers."
            ),
            "es": (
                "Un programa nocturno sobre los presos políticos de Irán en una librería de Harlem. "
                "Un activista de Burn the Cage escribió después una crónica para lectores en persa."
            ),
            "fa": (
                "برنامه‌ای شبانه دربارهٔ زندانیان سیاسی ایران در یک کتاب‌فروشی در هارلم. یکی از فعالان "
                "«قفس را بسوزان» بعدها گزارشی از آن برای خوانندگان فارسی‌زبان نوشت."
            ),
            "fr": (
                "Une soirée consacrée aux prisonniers politiques d'Iran dans une librairie de Harlem. "
                "Un militant de Burn the Cage en a ensuite fait le récit pour les lecteurs persanophones."
            ),
        },
        "status": "happened",
        "translations": ["es", "fa", "fr"],
    },
    {
        "slug": "stockholm-nouri-trial-2021",
        "title": {
            "en": "Protest at the opening of the Hamid Nouri trial",
            "es": "Protesta en la apertura del juicio a Hamid Nouri",
            "fa": "اعتراض در آغاز دادگاه حمید نوری",
            "fr": "Manifestation à l'ouverture du procès de Hamid Nouri",
        },
        "start_date": "2021-08-11",
        "offset_days": None,
        "start_time": "09:00",
        "end_time": "16:00",
        "time_zone": "Europe/Stockholm",
        "city": "Stockholm",
        "country": "SE",
        "venue": "Stockholms tingsrätt",
        "online_url": "",
        "organizer": BURN_THE_CAGE,
        "summary": {
            "en": (
                "Activists showed a giant printout of the Emergency Appeal outside the court. Mothers "
                "of Khavaran brought portraits of relatives killed in 1988."
            ),
            "es": (
                "Activistas mostraron frente al tribunal una copia gigante del Llamamiento de "
                "Emergencia. Las Madres de Javarán llevaron retratos de sus familiares asesinados en 1988."
            ),
            "fa": (
                "فعالان نسخهٔ بزرگی از فراخوان اضطراری را جلوی دادگاه نشان دادند. مادران خاوران "
                "تصویر عزیزانشان را که در سال ۱۳۶۷ کشته شدند با خود آوردند."
            ),
            "fr": (
                "Des militants ont déployé devant le tribunal une immense copie de l'Appel d'urgence. "
                "Des Mères de Khavaran ont apporté les portraits de leurs proches tués en 1988."
            ),
        },
        "status": "happened",
        "translations": ["es", "fa", "fr"],
    },
    {
        "slug": "duesseldorf-night-protest-2021",
        "title": {
            "en": "Evening protest with posters in German and Farsi",
            "es": "Protesta nocturna con carteles en alemán y persa",
            "fa": "اعتراض شبانه با پوسترهای آلمانی و فارسی",
            "fr": "Manifestation du soir avec des affiches en allemand et en persan",
        },
        "start_date": "2021-11-08",
        "offset_days": None,
        "start_time": "18:00",
        "end_time": "20:00",
        "time_zone": "Europe/Berlin",
        "city": "Düsseldorf",
        "country": "DE",
        "venue": "",
        "online_url": "",
        "organizer": BURN_THE_CAGE,
        "summary": {
            "en": (
                "Campaigners stood with environmental and human rights activists after dark. "
                "Passers-by picked up posters, and several spoke at the open microphone."
            ),
            "es": (
                "La campaña se unió a activistas ambientales y de derechos humanos ya de noche. "
                "Transeúntes tomaron carteles y varios hablaron en el micrófono abierto."
            ),
            "fa": (
                "فعالان کارزار پس از تاریکی هوا در کنار فعالان محیط زیست و حقوق بشر ایستادند. "
                "رهگذران پوستر به دست گرفتند و چند نفر پشت میکروفون آزاد سخن گفتند."
            ),
            "fr": (
                "La campagne a rejoint, à la nuit tombée, des militants écologistes et des droits "
                "humains. Des passants ont pris des affiches et plusieurs ont parlé au micro ouvert."
            ),
        },
        "status": "happened",
        "translations": ["es", "fa", "fr"],
    },
    {
        "slug": "bogota-embassy-eyes-of-the-world-2022",
        "title": {
            "en": "“The eyes of the world are on Iran”: embassy protest and march",
            "es": "«Los ojos del mundo están puestos en Irán»: protesta en la embajada y marcha",
            "fa": "«چشم جهان به ایران است»: اعتراض جلوی سفارت و راهپیمایی",
            "fr": "« Les yeux du monde sont tournés vers l'Iran » : manifestation à l'ambassade et marche",
        },
        "start_date": "2022-01-06",
        "offset_days": None,
        "start_time": "12:15",
        "end_time": "14:30",
        "time_zone": "America/Bogota",
        "city": "Bogotá",
        "country": "CO",
        "venue": "Embajada de Irán",
        "online_url": "",
        "organizer": "",
        "summary": {
            "en": (
                "About three dozen people held prisoners' portraits at the embassy. They then walked "
                "through Chapinero, reading each prisoner's story aloud."
            ),
            "es": (
                "Unas tres docenas de personas sostuvieron retratos de presos ante la embajada. Luego "
                "recorrieron Chapinero leyendo en voz alta la historia de cada preso."
            ),
            "fa": (
                "حدود سی‌وچند نفر جلوی سفارت تصویر زندانیان را در دست گرفتند. سپس در محلهٔ چاپینرو "
                "راه رفتند و داستان هر زندانی را با صدای بلند خواندند."
            ),
            "fr": (
                "Une trentaine de personnes ont brandi des portraits de prisonniers devant l'ambassade. "
                "Elles ont ensuite marché dans Chapinero en lisant à voix haute l'histoire de chacun."
            ),
        },
        "status": "happened",
        "translations": ["es", "fa", "fr"],
    },
    {
        "slug": "san-francisco-federal-building-2022",
        "title": {
            "en": "March for the hunger strikers at the Federal Building",
            "es": "Marcha por los huelguistas de hambre ante el Edificio Federal",
            "fa": "راهپیمایی در حمایت از اعتصاب‌کنندگان غذا در برابر ساختمان فدرال",
            "fr": "Marche pour les grévistes de la faim devant le bâtiment fédéral",
        },
        "start_date": "2022-01-22",
        "offset_days": None,
        "start_time": "12:00",
        "end_time": "13:30",
        "time_zone": "America/Los_Angeles",
        "city": "San Francisco",
        "country": "US",
        "venue": "U.S. Federal Building",
        "online_url": "",
        "organizer": "",
        "summary": {
            "en": (
                "A small march in support of prisoners on hunger strike in Iran. It called for the "
                "release of all political prisoners without conditions."
            ),
            "es": (
                "Una pequeña marcha en apoyo a los presos en huelga de hambre en Irán. Exigió la "
                "liberación sin condiciones de todos los presos políticos."
            ),
            "fa": (
                "راهپیمایی کوچکی در حمایت از زندانیان اعتصاب‌کننده در ایران. خواست آن آزادی "
                "بی‌قیدوشرط همهٔ زندانیان سیاسی بود."
            ),
            "fr": (
                "Une petite marche en soutien aux prisonniers en grève de la faim en Iran. Elle "
                "exigeait la libération sans condition de tous les prisonniers politiques."
            ),
        },
        "status": "happened",
        "translations": ["es", "fa", "fr"],
    },
    {
        "slug": "houston-film-festival-flyers-2022",
        "title": {
            "en": "Flyers at an Iranian film festival",
            "es": "Volantes en un festival de cine iraní",
            "fa": "پخش اعلامیه در یک جشنوارهٔ فیلم ایرانی",
            "fr": "Tracts à un festival de cinéma iranien",
        },
        "start_date": "2022-01-22",
        "offset_days": None,
        "start_time": "18:00",
        "end_time": "21:00",
        "time_zone": "America/Chicago",
        "city": "Houston",
        "country": "US",
        "venue": "Museum of Fine Arts, Houston",
        "online_url": "",
        "organizer": "",
        "summary": {
            "en": (
                "Volunteers handed out campaign flyers at the museum entrance. Most people they met "
                "knew little about the prisoners and wanted to learn more."
            ),
            "es": (
                "Voluntarios repartieron volantes de la campaña en la entrada del museo. Casi nadie "
                "conocía la situación de los presos, y muchos querían saber más."
            ),
            "fa": (
                "داوطلبان جلوی ورودی موزه اعلامیهٔ کارزار پخش کردند. بیشتر کسانی که دیدند از وضع "
                "زندانیان خبر نداشتند و می‌خواستند بیشتر بدانند."
            ),
            "fr": (
                "Des bénévoles ont distribué des tracts à l'entrée du musée. La plupart des gens "
                "ignoraient la situation des prisonniers et voulaient en savoir plus."
            ),
        },
        "status": "happened",
        "translations": ["fa"],
    },
    {
        "slug": "paris-womens-day-2022",
        "title": {
            "en": "Prisoners' portraits at the Women's Day march",
            "es": "Retratos de presas y presos en la marcha del Día de la Mujer",
            "fa": "تصویر زندانیان در راهپیمایی روز زن",
            "fr": "Portraits de prisonniers à la marche de la Journée des femmes",
        },
        "start_date": "2022-03-08",
        "offset_days": None,
        "start_time": "14:00",
        "end_time": "17:00",
        "time_zone": "Europe/Paris",
        "city": "Paris",
        "country": "FR",
        "venue": "",
        "online_url": "",
        "organizer": BURN_THE_CAGE,
        "summary": {
            "en": (
                "Campaign supporters brought the prisoners' cause into the International Women's Day "
                "march. A Farsi news site later reported on the action."
            ),
            "es": (
                "Personas que apoyan la campaña llevaron la causa de los presos a la marcha del Día "
                "Internacional de la Mujer. Un medio en persa informó después de la acción."
            ),
            "fa": (
                "حامیان کارزار خواست آزادی زندانیان را به راهپیمایی روز جهانی زن بردند. یک رسانهٔ "
                "فارسی‌زبان بعدها از این اقدام گزارش داد."
            ),
            "fr": (
                "Des soutiens de la campagne ont porté la cause des prisonniers dans la marche de la "
                "Journée internationale des femmes. Un média persanophone en a ensuite rendu compte."
            ),
        },
        "status": "happened",
        "translations": ["es", "fa", "fr"],
    },
    {
        "slug": "cologne-djalali-march-2022",
        "title": {
            "en": "March against the death sentence on Ahmadreza Djalali",
            "es": "Marcha contra la condena a muerte de Ahmadreza Djalali",
            "fa": "راهپیمایی در اعتراض به حکم اعدام احمدرضا جلالی",
            "fr": "Marche contre la condamnation à mort d'Ahmadreza Djalali",
        },
        "start_date": "2022-05-21",
        "offset_days": None,
        "start_time": "14:00",
        "end_time": "16:00",
        "time_zone": "Europe/Berlin",
        "city": "Köln",
        "country": "DE",
        "venue": "",
        "online_url": "",
        "organizer": BURN_THE_CAGE,
        "summary": {
            "en": (
                "A march through the city centre, with a speaker addressing passers-by in German. "
                "At the end, photos of prisoners were held up over the Rhine."
            ),
            "es": (
                "Una marcha por el centro, con un orador que se dirigía en alemán a los transeúntes. "
                "Al final se alzaron fotos de presos sobre el Rin."
            ),
            "fa": (
                "راهپیمایی در مرکز شهر، همراه با سخنرانی به زبان آلمانی برای رهگذران. در پایان، "
                "عکس زندانیان بر فراز رود راین بالا برده شد."
            ),
            "fr": (
                "Une marche dans le centre-ville, avec un orateur s'adressant aux passants en "
                "allemand. À la fin, des photos de prisonniers ont été levées au-dessus du Rhin."
            ),
        },
        "status": "happened",
        "translations": ["es", "fa", "fr"],
    },
    {
        "slug": "barranquilla-peace-square-2022",
        "title": {
            "en": "Two days of flyering on Peace Square",
            "es": "Dos días de volanteo en la Plaza de la Paz",
            "fa": "دو روز پخش اعلامیه در میدان صلح",
            "fr": "Deux jours de distribution de tracts sur la place de la Paix",
        },
        "start_date": "2022-10-14",
        "offset_days": None,
        "start_time": None,
        "end_time": None,
        "time_zone": "America/Bogota",
        "city": "Barranquilla",
        "country": "CO",
        "venue": "Plaza de la Paz",
        "online_url": "",
        "organizer": "Alborada Comunista",
        "summary": {
            "en": (
                "Over two days, activists spoke with hundreds of people in the central square. "
                "They gave out thousands of flyers about the prisoners."
            ),
            "es": (
                "Durante dos días, activistas conversaron con cientos de personas en la plaza "
                "central. Repartieron miles de volantes sobre los presos."
            ),
            "fa": (
                "فعالان در دو روز با صدها نفر در میدان مرکزی شهر گفت‌وگو کردند و هزاران اعلامیه "
                "دربارهٔ زندانیان پخش کردند."
            ),
            "fr": (
                "Pendant deux jours, des militants ont discuté avec des centaines de personnes sur la "
                "place centrale. Ils ont distribué des milliers de tracts sur les prisonniers."
            ),
        },
        "status": "happened",
        "translations": ["es", "fa", "fr"],
    },
    {
        "slug": "bogota-chapinero-march-2022",
        "title": {
            "en": "March in Chapinero on the international day of solidarity",
            "es": "Marcha en Chapinero en la jornada internacional de solidaridad",
            "fa": "راهپیمایی در چاپینرو در روز جهانی همبستگی",
            "fr": "Marche à Chapinero lors de la journée internationale de solidarité",
        },
        "start_date": "2022-10-22",
        "offset_days": None,
        "start_time": "10:00",
        "end_time": "12:30",
        "time_zone": "America/Bogota",
        "city": "Bogotá",
        "country": "CO",
        "venue": "Chapinero",
        "online_url": "",
        "organizer": "Alborada Comunista",
        "summary": {
            "en": (
                "Part of a day when protests for Iran took place on several continents. Marchers "
                "demanded the immediate release of the political prisoners."
            ),
            "es": (
                "Formó parte de una jornada con protestas por Irán en varios continentes. Se exigió "
                "la liberación inmediata de los presos políticos."
            ),
            "fa": (
                "بخشی از روزی که در چند قاره برای ایران اعتراض شد. راهپیمایان آزادی فوری زندانیان "
                "سیاسی را خواستار شدند."
            ),
            "fr": (
                "Dans le cadre d'une journée de manifestations pour l'Iran sur plusieurs continents. "
                "Les marcheurs ont exigé la libération immédiate des prisonniers politiques."
            ),
        },
        "status": "happened",
        "translations": ["es", "fa", "fr"],
    },
    {
        "slug": "san-francisco-bloody-aban-2022",
        "title": {
            "en": "March in memory of Bloody Aban",
            "es": "Marcha en memoria del Abán sangriento",
            "fa": "راهپیمایی در یادبود آبان خونین",
            "fr": "Marche en mémoire de l'Aban sanglant",
        },
        "start_date": "2022-11-19",
        "offset_days": None,
        "start_time": "13:00",
        "end_time": "16:00",
        "time_zone": "America/Los_Angeles",
        "city": "San Francisco",
        "country": "US",
        "venue": "",
        "online_url": "",
        "organizer": "BayArea4Iran",
        "summary": {
            "en": (
                "A march for the people killed in the protests of November 2019. It opened with a "
                "symbolic funeral of mourners dressed in black."
            ),
            "es": (
                "Una marcha por las personas asesinadas en las protestas de noviembre de 2019. "
                "Comenzó con un funeral simbólico de dolientes vestidos de negro."
            ),
            "fa": (
                "راهپیمایی برای جان‌باختگان اعتراض‌های آبان ۱۳۹۸. در آغاز آن، گروهی سیاه‌پوش "
                "تشییع‌جنازه‌ای نمادین برپا کردند."
            ),
            "fr": (
                "Une marche pour les personnes tuées lors des manifestations de novembre 2019. Elle "
                "s'est ouverte sur des funérailles symboliques, avec des participants vêtus de noir."
            ),
        },
        "status": "happened",
        "translations": ["es", "fa", "fr"],
    },
    {
        "slug": "for-the-people-of-concert-2022",
        "title": {
            "en": "“For the People Of”: a concert for Iran's prisoners",
            "es": "«For the People Of»: un concierto por los presos de Irán",
            "fa": "«برای مردمِ»: کنسرتی برای زندانیان ایران",
            "fr": "« For the People Of » : un concert pour les prisonniers d'Iran",
        },
        "start_date": "2022-12-02",
        "offset_days": None,
        "start_time": "19:00",
        "end_time": "21:30",
        "time_zone": "America/New_York",
        "city": "New York",
        "country": "US",
        "venue": "Manhattan School of Music",
        "online_url": "",
        "organizer": "",
        "summary": {
            "en": (
                "Four pieces by Iranian composers inside and outside the country, dedicated to the "
                "people jailed in Iran. Guests received the Emergency Appeal at the door."
            ),
            "es": (
                "Cuatro obras de compositores iraníes de dentro y fuera del país, dedicadas a las "
                "personas encarceladas en Irán. El público recibió el Llamamiento de Emergencia en la puerta."
            ),
            "fa": (
                "چهار قطعه از آهنگسازان ایرانی داخل و خارج کشور، تقدیم به زندانیان ایران. "
                "فراخوان اضطراری دم در به دست حاضران داده شد."
            ),
            "fr": (
                "Quatre œuvres de compositeurs iraniens, de l'intérieur et de l'extérieur du pays, "
                "dédiées aux personnes emprisonnées en Iran. Le public a reçu l'Appel d'urgence à l'entrée."
            ),
        },
        "status": "happened",
        "translations": ["es", "fa", "fr"],
    },
    {
        "slug": "bogota-embassy-protest-2022-12",
        "title": {
            "en": "Protest at the Iranian embassy against executions",
            "es": "Protesta contra las ejecuciones en la embajada de Irán",
            "fa": "اعتراض به اعدام‌ها جلوی سفارت ایران",
            "fr": "Manifestation contre les exécutions devant l'ambassade d'Iran",
        },
        "start_date": "2022-12-20",
        "offset_days": None,
        "start_time": "11:00",
        "end_time": "12:30",
        "time_zone": "America/Bogota",
        "city": "Bogotá",
        "country": "CO",
        "venue": "Embajada de Irán",
        "online_url": "",
        "organizer": QUEMAR_LA_JAULA,
        "summary": {
            "en": (
                "Protesters held a banner in Spanish and Farsi. They showed large portraits of "
                "executed prisoners and of others facing death sentences."
            ),
            "es": (
                "Los manifestantes sostuvieron una pancarta en español y persa, con grandes retratos "
                "de presos ejecutados y de otros condenados a muerte."
            ),
            "fa": (
                "معترضان پلاکاردی به اسپانیایی و فارسی در دست داشتند و تصویرهای بزرگی از زندانیان "
                "اعدام‌شده و محکومان به اعدام نشان دادند."
            ),
            "fr": (
                "Les manifestants tenaient une banderole en espagnol et en persan, avec de grands "
                "portraits de prisonniers exécutés et d'autres condamnés à mort."
            ),
        },
        "status": "happened",
        "translations": ["es", "fa", "fr"],
    },
    {
        "slug": "berkeley-womens-day-2023",
        "title": {
            "en": "Women's Day evening with songs for Evin",
            "es": "Velada del Día de la Mujer con canciones para Evin",
            "fa": "شب روز زن با سرودهایی برای اوین",
            "fr": "Soirée de la Journée des femmes avec des chants pour Evin",
        },
        "start_date": "2023-03-08",
        "offset_days": None,
        "start_time": "18:30",
        "end_time": "20:30",
        "time_zone": "America/Los_Angeles",
        "city": "Berkeley",
        "country": "US",
        "venue": "Revolution Books, Berkeley",
        "online_url": "",
        "organizer": "Revolution Books",
        "summary": {
            "en": "Participants sang their own version of Bella Ciao for the women held in Evin prison.",
            "es": "Las y los asistentes cantaron su propia versión de Bella Ciao para las mujeres presas en Evin.",
            "fa": "حاضران نسخهٔ خودشان از «بلا چاو» را برای زنان زندانی در اوین خواندند.",
            "fr": "Les participants ont chanté leur propre version de Bella Ciao pour les femmes détenues à Evin.",
        },
        "status": "happened",
        "translations": [],
    },
    {
        "slug": "bogota-ciclovia-placards-2023",
        "title": {
            "en": "Placards of executed prisoners on the Ciclovía",
            "es": "Carteles de presos ejecutados en la Ciclovía",
            "fa": "پلاکارد زندانیان اعدام‌شده در مسیر سیکلوویا",
            "fr": "Pancartes de prisonniers exécutés sur la Ciclovía",
        },
        "start_date": "2023-05-21",
        "offset_days": None,
        "start_time": "08:00",
        "end_time": "12:00",
        "time_zone": "America/Bogota",
        "city": "Bogotá",
        "country": "CO",
        "venue": "Ciclovía",
        "online_url": "",
        "organizer": "Grupo Comunista Revolucionario (Colombia)",
        "summary": {
            "en": (
                "Cyclists and walkers on the Sunday car-free route met large placards of prisoners "
                "hanged in Iran. The action came days after three protesters were executed."
            ),
            "es": (
                "Ciclistas y peatones de la Ciclovía dominical se encontraron con grandes carteles de "
                "presos ahorcados en Irán, pocos días después de la ejecución de tres manifestantes."
            ),
            "fa": (
                "دوچرخه‌سواران و رهگذران مسیر یکشنبه‌ها با پلاکاردهای بزرگ زندانیانی روبه‌رو شدند که "
                "در ایران به دار آویخته شده بودند. چند روز پیش از آن سه معترض اعدام شده بودند."
            ),
            "fr": (
                "Cyclistes et promeneurs de la Ciclovía du dimanche ont croisé de grandes pancartes "
                "de prisonniers pendus en Iran, quelques jours après l'exécution de trois manifestants."
            ),
        },
        "status": "happened",
        "translations": ["es", "fa", "fr"],
    },
    {
        "slug": "monthly-vigil-san-francisco",
        "title": {
            "en": "Monthly vigil for prisoners facing execution",
            "es": "Vigilia mensual por los presos amenazados de ejecución",
            "fa": "شب‌زنده‌داری ماهانه برای زندانیان در خطر اعدام",
            "fr": "Veillée mensuelle pour les prisonniers menacés d'exécution",
        },
        "start_date": None,
        "offset_days": 12,
        "start_time": "18:00",
        "end_time": "19:30",
        "time_zone": "America/Los_Angeles",
        "city": "San Francisco",
        "country": "US",
        "venue": "Embarcadero",
        "online_url": "",
        "organizer": IEC,
        "summary": {
            "en": (
                "We will stand with candles and portraits of prisoners at risk of execution. Bring a "
                "photo of a prisoner whose story you want to share."
            ),
            "es": (
                "Estaremos con velas y retratos de presos en riesgo de ejecución. Trae la foto de un "
                "preso cuya historia quieras compartir."
            ),
            "fa": (
                "با شمع و تصویر زندانیانی که در خطر اعدام‌اند می‌ایستیم. عکس زندانی‌ای را که "
                "می‌خواهید داستانش را بگویید با خود بیاورید."
            ),
            "fr": (
                "Nous serons là avec des bougies et des portraits de prisonniers menacés d'exécution. "
                "Apportez la photo d'un prisonnier dont vous voulez raconter l'histoire."
            ),
        },
        "status": "scheduled",
        "translations": ["es", "fa", "fr"],
    },
    {
        "slug": "online-meeting-new-volunteers",
        "title": {
            "en": "Online meeting for new volunteers",
            "es": "Reunión en línea para nuevos voluntarios",
            "fa": "نشست آنلاین برای داوطلبان تازه",
            "fr": "Réunion en ligne pour les nouveaux bénévoles",
        },
        "start_date": None,
        "offset_days": 20,
        "start_time": "18:00",
        "end_time": "19:30",
        "time_zone": "UTC",
        "city": "",
        "country": "",
        "venue": "",
        "online_url": "",
        "organizer": IEC,
        "summary": {
            "en": (
                "An hour and a half to meet the campaign and plan actions in your city. The link "
                "will be sent to everyone who signs up."
            ),
            "es": (
                "Una hora y media para conocer la campaña y preparar acciones en tu ciudad. El enlace "
                "se enviará a quienes se inscriban."
            ),
            "fa": (
                "یک ساعت و نیم برای آشنایی با کارزار و برنامه‌ریزی اقدام در شهر شما. پیوند نشست "
                "برای کسانی که ثبت‌نام کنند فرستاده می‌شود."
            ),
            "fr": (
                "Une heure et demie pour découvrir la campagne et préparer des actions dans votre "
                "ville. Le lien sera envoyé aux personnes inscrites."
            ),
        },
        "status": "scheduled",
        "translations": ["es", "fa", "fr"],
    },
    {
        "slug": "cali-poster-action-univalle",
        "title": {
            "en": "Poster action at Universidad del Valle",
            "es": "Acción con carteles en la Universidad del Valle",
            "fa": "پوسترگردانی در دانشگاه دل وایه",
            "fr": "Action d'affichage à l'Université del Valle",
        },
        "start_date": None,
        "offset_days": 30,
        "start_time": "10:00",
        "end_time": "13:00",
        "time_zone": "America/Bogota",
        "city": "Cali",
        "country": "CO",
        "venue": "Universidad del Valle",
        "online_url": "",
        "organizer": QUEMAR_LA_JAULA,
        "summary": {
            "en": (
                "We will put up painted portraits of prisoners with short texts on their cases. "
                "Students are welcome to help paint the night before."
            ),
            "es": (
                "Colocaremos retratos pintados de presos con textos breves sobre sus casos. Las y los "
                "estudiantes pueden ayudar a pintar la noche anterior."
            ),
            "fa": (
                "چهره‌نگاره‌های زندانیان را همراه با متن کوتاهی دربارهٔ پرونده‌شان نصب می‌کنیم. "
                "دانشجویان می‌توانند شب قبل در نقاشی کمک کنند."
            ),
            "fr": (
                "Nous installerons des portraits peints de prisonniers avec de courts textes sur leur "
                "cas. Les étudiants peuvent aider à peindre la veille au soir."
            ),
        },
        "status": "scheduled",
        "translations": ["es", "fa"],
    },
    {
        "slug": "medellin-prison-poems-reading",
        "title": {
            "en": "Reading of poems by imprisoned Iranian writers",
            "es": "Lectura de poemas de escritores iraníes encarcelados",
            "fa": "شعرخوانی از سروده‌های نویسندگان زندانی ایران",
            "fr": "Lecture de poèmes d'écrivains iraniens emprisonnés",
        },
        "start_date": None,
        "offset_days": 45,
        "start_time": "18:00",
        "end_time": "20:00",
        "time_zone": "America/Bogota",
        "city": "Medellín",
        "country": "CO",
        "venue": "Casa Cultural La Pascasia",
        "online_url": "",
        "organizer": "",
        "summary": {
            "en": (
                "Local poets will read work by Iranian writers who were jailed for what they wrote, "
                "in Spanish and in Farsi."
            ),
            "es": (
                "Poetas de la ciudad leerán, en español y en persa, obras de escritores iraníes "
                "encarcelados por lo que escribieron."
            ),
            "fa": (
                "شاعران این شهر سروده‌های نویسندگان ایرانی را که به خاطر نوشته‌هایشان زندانی شدند، "
                "به اسپانیایی و فارسی می‌خوانند."
            ),
            "fr": (
                "Des poètes de la ville liront, en espagnol et en persan, des textes d'écrivains "
                "iraniens emprisonnés pour leurs écrits."
            ),
        },
        "status": "scheduled",
        "translations": ["es", "fa", "fr"],
    },
    {
        "slug": "berlin-nasrin-screening",
        "title": {
            "en": "Screening of the documentary Nasrin",
            "es": "Proyección del documental Nasrin",
            "fa": "نمایش مستند «نسرین»",
            "fr": "Projection du documentaire Nasrin",
        },
        "start_date": None,
        "offset_days": 60,
        "start_time": "19:00",
        "end_time": "21:30",
        "time_zone": "Europe/Berlin",
        "city": "Berlin",
        "country": "DE",
        "venue": "",
        "online_url": "",
        "organizer": BURN_THE_CAGE,
        "summary": {
            "en": (
                "This screening of the film about lawyer Nasrin Sotoudeh has been called off. A new "
                "date will be posted here."
            ),
            "es": (
                "Se ha cancelado esta proyección de la película sobre la abogada Nasrin Sotoudeh. "
                "Publicaremos aquí una nueva fecha."
            ),
            "fa": (
                "نمایش این فیلم دربارهٔ نسرین ستوده، وکیل حقوق بشر، لغو شده است. تاریخ تازه همین‌جا "
                "اعلام می‌شود."
            ),
            "fr": (
                "Cette projection du film sur l'avocate Nasrin Sotoudeh est annulée. Une nouvelle "
                "date sera annoncée ici."
            ),
        },
        "status": "cancelled",
        "translations": ["fa"],
    },
]

# The actions each news post reports on, by slug: the post names them, and the day of action's
# and events' pages list the post among their reports.
REPORTS = {
    "2021-stockholm-nouri-trial-protest": {"events": ["stockholm-nouri-trial-2021"]},
    "2021-harlem-heroism-for-these-times-report": {
        "events": ["heroism-for-these-times-new-york-2021"]
    },
    "2021-dusseldorf-evening-protest": {"events": ["duesseldorf-night-protest-2021"]},
    "2022-bogota-embassy-world-is-watching": {"events": ["bogota-embassy-eyes-of-the-world-2022"]},
    "2022-womens-day-marches-europe": {"events": ["paris-womens-day-2022"]},
    "2022-cologne-march-ahmadreza-djalali": {"events": ["cologne-djalali-march-2022"]},
    "2022-october-22-world-day-of-solidarity": {"events": ["bogota-chapinero-march-2022"]},
    "2022-free-toomaj-salehi-worldwide": {
        "day_of_action": "freedom-for-toomaj-2022",
        "events": ["toomaj-day-paris", "toomaj-day-toronto", "toomaj-day-medellin"],
    },
    "2022-san-francisco-bloody-aban-anniversary": {"events": ["san-francisco-bloody-aban-2022"]},
    "2022-new-york-concert-for-the-people-of": {"events": ["for-the-people-of-concert-2022"]},
    "2023-berkeley-bella-ciao-womens-day": {"events": ["berkeley-womens-day-2023"]},
    "2023-colombia-streets-stop-executions": {"events": ["bogota-ciclovia-placards-2023"]},
}

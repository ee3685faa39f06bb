"""Demo news posts from January to May 2023, newest last; see SCHEMA.md for the format."""

POSTS = [
    # ------------------------------------------------------------------------------------------
    {
        "slug": "2023-bogota-embassy-banner-two-languages",
        "date": "2023-01-05",
        "countries": ["CO"],
        "tags": ["Bogotá", "Quemar la Jaula", "#StopExecutionsInIran", "#FreeThemAll"],
        "source_organization": "Quemar la Jaula / Liberar a los Pájaros (Colombia)",
        "source_url": "",
        "translated_from": "es",
        "translator": "Campaign volunteer",
        "original_url": "",
        "corrections": [],
        "en": {
            "title": "Bogotá: a banner in Spanish and Farsi at the Iranian embassy",
            "lead": (
                "Just before Christmas, activists from Quemar la Jaula gathered outside Iran's "
                "embassy in Colombia's capital to demand an end to the hangings. Campaign "
                "volunteers have now put the captions of their video into English."
            ),
            "body": [
                (
                    "paragraph",
                    "On December 20, 2022, members of the Colombian campaign Quemar la Jaula, whose "
                    "name means Burn the Cage, stood at the door of Iran's diplomatic mission in "
                    "Bogotá. Their banner, lettered in both Spanish and Farsi, rejected the "
                    "Islamic Republic and imperialism alike.",
                ),
                (
                    "image",
                    {
                        "label": "BOGOTÁ",
                        "caption": "Portraits of prisoners held up outside the embassy in Bogotá on December 20.",
                        "credit": "Quemar la Jaula",
                        "palette": 2,
                    },
                ),
                (
                    "paragraph",
                    "Protesters carried enlarged portraits of Majidreza Rahnavard and Mohsen "
                    "Shekari, both already executed, and of the footballer Amir Nasr-Azadani, "
                    "whose life was then in danger. A poster of the rapper Toomaj Salehi and a "
                    "long list of other prisoners at risk completed the display.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "We refuse to choose between the rulers in Tehran and those in "
                            "Washington. Our side is the people in Iran's streets and cells."
                        ),
                        "attribution": "Caption from the Quemar la Jaula video",
                    },
                ),
                (
                    "paragraph",
                    "The group has since re-edited its film of the day, adding detailed captions "
                    "and music. Volunteers translated those captions so that English-speaking "
                    "supporters can watch it, learn from it and pass it on.",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------------
    {
        "slug": "2023-new-year-message-quemar-la-jaula",
        "date": "2023-01-06",
        "countries": ["CO"],
        "tags": [
            "Cali",
            "Bogotá",
            "Quemar la Jaula",
            "Burn the Cage",
            "#QuemarLaJaula",
            "#StopExecutionsInIran",
        ],
        "source_organization": "Quemar la Jaula / Liberar a los Pájaros (Colombia)",
        "source_url": "",
        "translated_from": "es",
        "translator": "Campaign volunteer",
        "original_url": "https://example.org/quemarlajaula/mensaje-ano-nuevo-2023",
        "corrections": [],
        "en": {
            "title": "A New Year's message from Colombia: make Iran's fight your own",
            "lead": (
                "On the last day of 2022, the Colombian campaign Quemar la Jaula published a video "
                "message urging people everywhere to stand with Iran's political prisoners in the "
                "year ahead. Here is a summary, with its closing call to action."
            ),
            "body": [
                (
                    "paragraph",
                    "The message looks back on a year that ended with women and young people in "
                    "Iran rising against forced veiling, religious rule and the persecution of "
                    "national minorities. It calls this revolt both just and a source of hope far "
                    "beyond Iran's borders.",
                ),
                (
                    "paragraph",
                    "It also recalls the price being paid: rushed trials without any real "
                    "defence, forced confessions, threats against families and prisoners waiting "
                    "on death row. Among them was Majidreza Rahnavard, a young sportsman put to "
                    "death in public view in December.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Iranians have not begged governments for rescue; they have asked "
                            "ordinary people across the world to treat this struggle as theirs. "
                            "Let that be our resolution for the new year."
                        ),
                        "attribution": "Quemar la Jaula, New Year's message",
                    },
                ),
                ("heading", "What you can do"),
                (
                    "paragraph",
                    "The message invites everyone to sign the Emergency Appeal, to join study and "
                    "discussion groups, to make art about the uprising, and to share the hashtags "
                    "#QuemarLaJaula and #StopExecutionsInIran.",
                ),
                (
                    "image",
                    {
                        "label": "CALI",
                        "caption": "Volunteers in Cali prepare materials for the campaign's first activities of 2023.",
                        "credit": "Quemar la Jaula",
                        "palette": 5,
                    },
                ),
            ],
        },
        "es": {
            "title": "Mensaje de Año Nuevo desde Colombia: haz tuya la lucha de Irán",
            "lead": (
                "El último día de 2022, la campaña colombiana Quemar la Jaula publicó un mensaje "
                "en video que pide a la gente de todo el mundo acompañar a los presos políticos "
                "de Irán durante el año que empieza. Aquí va un resumen, con su llamado final a "
                "la acción."
            ),
            "body": [
                (
                    "paragraph",
                    "El mensaje repasa un año que terminó con mujeres y jóvenes de Irán alzados "
                    "contra el velo obligatorio, el gobierno religioso y la persecución de las "
                    "minorías nacionales. Califica esa revuelta de justa y de fuente de esperanza "
                    "mucho más allá de las fronteras iraníes.",
                ),
                (
                    "paragraph",
                    "También recuerda el precio que se está pagando: juicios sumarios sin una "
                    "defensa real, confesiones forzadas, amenazas a las familias y presos que "
                    "esperan en el corredor de la muerte. Entre ellos estaba Majidreza Rahnavard, "
                    "un joven deportista ejecutado en público en diciembre.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Los iraníes no han suplicado auxilio a los gobiernos; han pedido a la "
                            "gente común del mundo que asuma esta lucha como propia. Que ese sea "
                            "nuestro propósito para el nuevo año."
                        ),
                        "attribution": "Quemar la Jaula, mensaje de Año Nuevo",
                    },
                ),
                ("heading", "Qué puedes hacer"),
                (
                    "paragraph",
                    "El mensaje invita a firmar el Llamamiento de Emergencia, a sumarse a grupos "
                    "de estudio y discusión, a crear arte sobre el levantamiento y a difundir las "
                    "etiquetas #QuemarLaJaula y #StopExecutionsInIran.",
                ),
                (
                    "image",
                    {
                        "label": "CALI",
                        "caption": "Voluntarios en Cali preparan materiales para las primeras actividades de la campaña en 2023.",
                        "credit": "Quemar la Jaula",
                        "palette": 5,
                    },
                ),
            ],
        },
        "fa": {
            "title": "پیام سال نو از کلمبیا: مبارزهٔ مردم ایران را مبارزهٔ خودتان بدانید",
            "lead": (
                "کارزار کلمبیایی «قفس را بسوزان» (Quemar la Jaula) در آخرین روز سال ۲۰۲۲ پیامی "
                "ویدیویی منتشر کرد و از مردم سراسر جهان خواست که در سال پیش رو در کنار زندانیان "
                "سیاسی ایران بایستند. خلاصه‌ای از این پیام را همراه با فراخوان پایانی آن در "
                "ادامه می‌خوانید."
            ),
            "body": [
                (
                    "paragraph",
                    "این پیام به سالی می‌نگرد که با خیزش زنان و جوانان ایران علیه حجاب اجباری، "
                    "حکومت دینی و سرکوب ملیت‌های تحت ستم به پایان رسید. به گفتهٔ پیام، این شورش "
                    "هم عادلانه است و هم سرچشمهٔ امیدی که بسیار فراتر از مرزهای ایران می‌رود.",
                ),
                (
                    "paragraph",
                    "پیام همچنین بهایی را که پرداخت می‌شود یادآوری می‌کند: دادگاه‌های شتاب‌زده "
                    "بدون دفاع واقعی، اعتراف‌های اجباری، تهدید خانواده‌ها و زندانیانی که در "
                    "انتظار اعدام‌اند. مجیدرضا رهنورد، ورزشکار جوانی که در آذرماه در ملأ عام "
                    "اعدام شد، یکی از آنان بود.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "ایرانیان از دولت‌ها تمنای نجات نکرده‌اند؛ از مردم عادی جهان "
                            "خواسته‌اند که این مبارزه را از آنِ خود بدانند. بگذارید این عهد ما "
                            "برای سال نو باشد."
                        ),
                        "attribution": "قفس را بسوزان، پیام سال نو",
                    },
                ),
                ("heading", "چه کاری از شما برمی‌آید"),
                (
                    "paragraph",
                    "این پیام همه را دعوت می‌کند که فراخوان اضطراری را امضا کنند، به گروه‌های "
                    "مطالعه و گفتگو بپیوندند، دربارهٔ خیزش اثر هنری بیافرینند و هشتگ‌های "
                    "#QuemarLaJaula و #StopExecutionsInIran را پخش کنند.",
                ),
                (
                    "image",
                    {
                        "label": "CALI",
                        "caption": "داوطلبان در کالی وسایل نخستین فعالیت‌های کارزار در سال ۲۰۲۳ را آماده می‌کنند.",
                        "credit": "قفس را بسوزان (Quemar la Jaula)",
                        "palette": 5,
                    },
                ),
            ],
        },
        "fr": {
            "title": "Message du Nouvel An depuis la Colombie : faites vôtre le combat de l'Iran",
            "lead": (
                "Le dernier jour de 2022, la campagne colombienne Quemar la Jaula a publié un "
                "message vidéo appelant les gens du monde entier à soutenir les prisonniers "
                "politiques d'Iran tout au long de l'année qui commence. En voici un résumé, avec "
                "son appel final à l'action."
            ),
            "body": [
                (
                    "paragraph",
                    "Le message revient sur une année qui s'est achevée avec des femmes et des "
                    "jeunes d'Iran soulevés contre le voile obligatoire, le pouvoir religieux et la "
                    "persécution des minorités nationales. Il qualifie cette révolte de juste et y "
                    "voit une source d'espoir bien au-delà des frontières iraniennes.",
                ),
                (
                    "paragraph",
                    "Il rappelle aussi le prix payé : procès expéditifs sans véritable défense, "
                    "aveux forcés, menaces contre les familles et prisonniers dans le couloir de la "
                    "mort. Parmi eux figurait Majidreza Rahnavard, jeune sportif exécuté en public "
                    "en décembre.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Les Iraniens n'ont pas supplié les gouvernements de les secourir ; ils "
                            "ont demandé aux gens ordinaires du monde entier de faire de cette "
                            "lutte la leur. Que ce soit notre résolution pour la nouvelle année."
                        ),
                        "attribution": "Quemar la Jaula, message du Nouvel An",
                    },
                ),
                ("heading", "Ce que vous pouvez faire"),
                (
                    "paragraph",
                    "Le message invite chacun à signer l'Appel d'urgence, à rejoindre des groupes "
                    "d'étude et de discussion, à créer des œuvres sur le soulèvement et à partager "
                    "les mots-clés #QuemarLaJaula et #StopExecutionsInIran.",
                ),
                (
                    "image",
                    {
                        "label": "CALI",
                        "caption": "Des bénévoles de Cali préparent le matériel des premières activités de la campagne en 2023.",
                        "credit": "Quemar la Jaula",
                        "palette": 5,
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------------
    {
        "slug": "2023-film-artists-hold-up-signs",
        "date": "2023-01-07",
        "countries": ["US", "FR"],
        "tags": ["Los Angeles", "Paris", "#StopExecutionsInIran", "#FreeThemAll"],
        "source_organization": "",
        "source_url": "",
        "translated_from": "",
        "translator": "",
        "original_url": "",
        "corrections": [],
        "en": {
            "title": "Film workers hold up signs: stop the executions in Iran",
            "lead": (
                "More and more people who work in film are photographing themselves with "
                "handmade #StopExecutionsInIran signs. The campaign invites everyone to join them."
            ),
            "body": [
                (
                    "paragraph",
                    "The idea is simple: write the demand on a sheet of card, take a picture and "
                    "post it. In recent days actors, editors and camera operators in Los Angeles "
                    "and Paris have shared their own versions, some naming individual prisoners.",
                ),
                (
                    "image",
                    {
                        "label": "SIGNS",
                        "caption": "A handmade sign against the executions, photographed on a film set.",
                        "credit": "Campaign volunteer",
                        "palette": 1,
                    },
                ),
                (
                    "paragraph",
                    "The young people now held in Iran's jails, or waiting under sentence of "
                    "death, are not strangers to us. Their fight for freedom, and above all for "
                    "the liberation of women, speaks to people in every country.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "If we keep quiet while they are hanged, our quiet becomes part of the "
                            "crime."
                        ),
                        "attribution": "A campaign volunteer",
                    },
                ),
                (
                    "paragraph",
                    "Send your photo to the campaign or post it with the hashtag, then ask three "
                    "friends to do the same.",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------------
    {
        "slug": "2023-cartagena-clock-tower",
        "date": "2023-01-14",
        "countries": ["CO"],
        "tags": ["Cartagena", "Quemar la Jaula", "#StopExecutionsInIran"],
        "source_organization": "Quemar la Jaula / Liberar a los Pájaros (Colombia)",
        "source_url": "",
        "translated_from": "",
        "translator": "",
        "original_url": "",
        "corrections": [],
        "en": {
            "title": "Cartagena: Iran's prisoners beneath the Clock Tower",
            "lead": (
                "Activists brought a mock gallows, portraits of prisoners and piles of flyers to "
                "Cartagena's Clock Tower, the most famous landmark in Colombia. Their subtitled "
                "video is now online."
            ),
            "body": [
                (
                    "paragraph",
                    "The centuries-old Torre del Reloj draws visitors from all over Colombia and "
                    "abroad. Standing beneath it, volunteers told passers-by about people jailed "
                    "or condemned for taking part in Iran's uprising.",
                ),
                (
                    "embed",
                    {
                        "url": "https://vimeo.com/788104362",
                        "title": "Iran's prisoners at the Cartagena Clock Tower (subtitled)",
                    },
                ),
                (
                    "paragraph",
                    "Many people stopped to look at the gallows and ask questions, and a good "
                    "number took extra flyers for friends and family. Switch on the subtitles in "
                    "the player to follow the conversations in English.",
                ),
                (
                    "image",
                    {
                        "label": "CARTAGENA",
                        "caption": "A mock gallows and prisoners' portraits at the foot of the Clock Tower.",
                        "credit": "Quemar la Jaula",
                        "palette": 3,
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------------
    {
        "slug": "2023-cali-weeks-of-action-toomaj",
        "date": "2023-02-14",
        "countries": ["CO"],
        "tags": [
            "Cali",
            "San Antonio",
            "Toomaj Salehi",
            "Burn the Cage",
            "#FreeToomaj",
            "#QuemarLaJaula",
        ],
        "source_organization": "Quemar la Jaula / Liberar a los Pájaros (Colombia)",
        "source_url": "",
        "translated_from": "es",
        "translator": "Lucía, campaign volunteer",
        "original_url": "",
        "corrections": [],
        "en": {
            "title": "Weeks of action in Cali for Toomaj and all of Iran's prisoners",
            "lead": (
                "From restaurants in San Antonio to a photo exhibition and a film night, "
                "campaigners in Cali have spent the first weeks of 2023 spreading the word. Two "
                "short videos from Quemar la Jaula show the work."
            ),
            "body": [
                (
                    "paragraph",
                    "On January 30, volunteers went from table to table in the restaurants, "
                    "hostels and streets of San Antonio, a neighbourhood popular with visitors. "
                    "They asked everyone to speak up for Toomaj Salehi, the Iranian rapper jailed "
                    "for his songs about the uprising.",
                ),
                (
                    "image",
                    {
                        "label": "SAN ANTONIO",
                        "caption": "Talking with diners in San Antonio about the case of Toomaj Salehi.",
                        "credit": "Quemar la Jaula",
                        "palette": 6,
                    },
                ),
                ("heading", "An exhibition and a film night"),
                (
                    "paragraph",
                    "In the following weeks, an exhibition told the life stories of individual "
                    "prisoners, and an audience gathered to watch Nasrin, the documentary about "
                    "the defence lawyer Nasrin Sotoudeh. The second video closes with the anthem "
                    "Burn the Cage by Shekib Mosadeq.",
                ),
                (
                    "paragraph",
                    "The videos also raise a blunt question: can Washington and its European "
                    "allies be trusted to help the people of Iran? The campaign answers no, and "
                    "says the support that counts comes from ordinary people standing together.",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------------
    {
        "slug": "2023-worldwide-day-freedom-for-toomaj",
        "date": "2023-02-25",
        "countries": ["FR", "CA", "DE", "SE"],
        "tags": [
            "Paris",
            "Toronto",
            "Berlin",
            "Stockholm",
            "Toomaj Salehi",
            "#FreeToomaj",
            "#FreeThemAll",
        ],
        "source_organization": "",
        "source_url": "",
        "translated_from": "",
        "translator": "",
        "original_url": "",
        "corrections": [],
        "en": {
            "title": "A worldwide day for Toomaj Salehi: Paris, Toronto, Berlin, Stockholm",
            "lead": (
                "On February 18, supporters on two continents answered the call for a day of "
                "action for the jailed rapper Toomaj Salehi and for every political prisoner in "
                "Iran. These are the first reports to reach us."
            ),
            "body": [
                (
                    "paragraph",
                    "In Paris, volunteers handed out a French-language flyer near the Place de la "
                    "République and gathered signatures for the Emergency Appeal. In Toronto, a "
                    "small but determined rally met at Nathan Phillips Square despite the cold.",
                ),
                (
                    "image",
                    {
                        "label": "PARIS",
                        "caption": "Flyers in French for Toomaj Salehi, handed out in Paris on February 18.",
                        "credit": "Campaign volunteer",
                        "palette": 4,
                    },
                ),
                (
                    "paragraph",
                    "In Berlin, a banner demanding Toomaj's freedom was dropped from a footbridge "
                    "over the Spree. In Stockholm, people held a candlelit vigil and read out the "
                    "names of prisoners facing execution.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "His only weapon is a microphone, and the regime is afraid of it. "
                            "Every city that speaks his name makes his cell a little less lonely."
                        ),
                        "attribution": "A speaker at the Toronto rally",
                    },
                ),
                ("document", {"title": "Freedom for Toomaj Salehi", "kind": "palm card"}),
                (
                    "paragraph",
                    "Send us photos and a few lines about actions in your own city so that we can "
                    "share them here.",
                ),
            ],
        },
        "es": {
            "title": "Jornada mundial por Toomaj Salehi: París, Toronto, Berlín, Estocolmo",
            "lead": (
                "El 18 de febrero, simpatizantes de dos continentes respondieron al llamado a una "
                "jornada de acción por el rapero encarcelado Toomaj Salehi y por todos los presos "
                "políticos de Irán. Estos son los primeros informes que nos han llegado."
            ),
            "body": [
                (
                    "paragraph",
                    "En París, voluntarios repartieron un volante en francés cerca de la plaza de "
                    "la República y recogieron firmas para el Llamamiento de Emergencia. En "
                    "Toronto, una concentración pequeña pero decidida se reunió en Nathan Phillips "
                    "Square pese al frío.",
                ),
                (
                    "image",
                    {
                        "label": "PARIS",
                        "caption": "Volantes en francés por Toomaj Salehi, repartidos en París el 18 de febrero.",
                        "credit": "Voluntario de la campaña",
                        "palette": 4,
                    },
                ),
                (
                    "paragraph",
                    "En Berlín, una pancarta que exigía la libertad de Toomaj se desplegó desde "
                    "una pasarela sobre el río Spree. En Estocolmo, la gente celebró una vigilia "
                    "con velas y leyó en voz alta los nombres de presos amenazados de ejecución.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Su única arma es un micrófono, y el régimen le tiene miedo. Cada "
                            "ciudad que pronuncia su nombre vuelve su celda un poco menos solitaria."
                        ),
                        "attribution": "Una de las personas que tomaron la palabra en Toronto",
                    },
                ),
                ("document", {"title": "Libertad para Toomaj Salehi", "kind": "palm card"}),
                (
                    "paragraph",
                    "Envíanos fotos y unas líneas sobre las acciones en tu ciudad para que podamos "
                    "compartirlas aquí.",
                ),
            ],
        },
        "fa": {
            "title": "روز جهانی برای توماج صالحی: پاریس، تورنتو، برلین، استکهلم",
            "lead": (
                "در ۱۸ فوریه، حامیانی در دو قاره به فراخوان یک روز اقدام برای توماج صالحی، "
                "خوانندهٔ رپ زندانی، و همهٔ زندانیان سیاسی ایران پاسخ دادند. این‌ها نخستین "
                "گزارش‌هایی است که به دست ما رسیده است."
            ),
            "body": [
                (
                    "paragraph",
                    "در پاریس، داوطلبان نزدیک میدان رپوبلیک اعلامیه‌ای به زبان فرانسوی پخش کردند "
                    "و برای فراخوان اضطراری امضا جمع کردند. در تورنتو، تجمعی کوچک اما مصمم با "
                    "وجود سرما در میدان ناتان فیلیپس برگزار شد.",
                ),
                (
                    "image",
                    {
                        "label": "PARIS",
                        "caption": "اعلامیه‌های فرانسوی‌زبان برای توماج صالحی که روز ۱۸ فوریه در پاریس پخش شد.",
                        "credit": "داوطلب کارزار",
                        "palette": 4,
                    },
                ),
                (
                    "paragraph",
                    "در برلین، پارچه‌نوشته‌ای با خواست آزادی توماج از روی یک پل عابر پیاده بر "
                    "فراز رود اشپره آویخته شد. در استکهلم، مردم با شمع‌های روشن گرد هم آمدند و "
                    "نام زندانیانی را که در خطر اعدام‌اند با صدای بلند خواندند.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "تنها سلاح او یک میکروفون است و رژیم از همین می‌ترسد. هر شهری که نام "
                            "او را بر زبان می‌آورد، اندکی از تنهایی سلولش می‌کاهد."
                        ),
                        "attribution": "یکی از سخنرانان تجمع تورنتو",
                    },
                ),
                ("document", {"title": "آزادی برای توماج صالحی", "kind": "palm card"}),
                (
                    "paragraph",
                    "عکس‌ها و چند خطی دربارهٔ اقدام‌ها در شهر خودتان برای ما بفرستید تا آن‌ها را "
                    "همین‌جا منتشر کنیم.",
                ),
            ],
        },
        "fr": {
            "title": "Une journée mondiale pour Toomaj Salehi : Paris, Toronto, Berlin, Stockholm",
            "lead": (
                "Le 18 février, des soutiens sur deux continents ont répondu à l'appel à une "
                "journée d'action pour le rappeur emprisonné Toomaj Salehi et pour tous les "
                "prisonniers politiques d'Iran. Voici les premiers comptes rendus qui nous sont "
                "parvenus."
            ),
            "body": [
                (
                    "paragraph",
                    "À Paris, des bénévoles ont distribué un tract en français près de la place de "
                    "la République et recueilli des signatures pour l'Appel d'urgence. À Toronto, "
                    "un rassemblement modeste mais déterminé s'est tenu à Nathan Phillips Square "
                    "malgré le froid.",
                ),
                (
                    "image",
                    {
                        "label": "PARIS",
                        "caption": "Tracts en français pour Toomaj Salehi, distribués à Paris le 18 février.",
                        "credit": "Bénévole de la campagne",
                        "palette": 4,
                    },
                ),
                (
                    "paragraph",
                    "À Berlin, une banderole exigeant la libération de Toomaj a été déployée depuis "
                    "une passerelle au-dessus de la Spree. À Stockholm, une veillée aux bougies a "
                    "réuni des habitants qui ont lu à voix haute les noms de prisonniers menacés "
                    "d'exécution.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Sa seule arme est un micro, et le régime en a peur. Chaque ville qui "
                            "prononce son nom rend sa cellule un peu moins solitaire."
                        ),
                        "attribution": "Une personne ayant pris la parole au rassemblement de Toronto",
                    },
                ),
                ("document", {"title": "Liberté pour Toomaj Salehi", "kind": "palm card"}),
                (
                    "paragraph",
                    "Envoyez-nous des photos et quelques lignes sur les actions dans votre ville "
                    "pour que nous puissions les partager ici.",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------------
    {
        "slug": "2023-womens-day-call-52-organizations",
        "date": "2023-03-01",
        "countries": ["IR"],
        "tags": [
            "Tehran",
            "Sanandaj",
            "Shiraz",
            "Isfahan",
            "International Women's Day",
            "#Woman_Life_Freedom",
            "#Mahsa_Amini",
        ],
        "source_organization": "",
        "source_url": "",
        "translated_from": "fa",
        "translator": "Campaign volunteer",
        "original_url": "",
        "corrections": [],
        "en": {
            "title": "Fifty-two groups inside Iran call for Women's Day marches",
            "lead": (
                "Student, neighbourhood, professional and women's groups across Iran have issued "
                "a joint call for gatherings and marches on March 8. Campaign volunteers "
                "translated it from Persian."
            ),
            "body": [
                (
                    "paragraph",
                    "The call, passed around on social media, asks people throughout the country "
                    "to take to the streets on Wednesday, Esfand 17 in the Iranian calendar, which "
                    "falls on March 8. For the daytime it proposes songs, human chains and "
                    "chanting, and from six in the evening, marches through main streets and "
                    "squares.",
                ),
                (
                    "paragraph",
                    "In the days before, the groups urge supporters to invite their contacts "
                    "online, write slogans on walls, hand out leaflets, hang banners and chant "
                    "from rooftops at nine o'clock each night.",
                ),
                (
                    "signatories",
                    {
                        "heading": "Among the 52 organizations and groups that signed",
                        "names": [
                            "Vanguard Students Organization, Iran",
                            "Neighborhood Youth Unity of Iran, nationwide",
                            "Physicians Unity Organization, Iran",
                            "Nationwide Committee of Kurdistan Students, Kurdistan",
                            "Unity of Students at Alzahra University, Tehran",
                            "Women's Rights Activists, Sanandaj",
                            "Girls' Sunlight Group, Urmia",
                            "Revolutionary Women's Group, Shiraz",
                            "Revolutionary Red Youth Committee, Mahabad",
                            "United Unit at Isfahan University of Technology, Isfahan",
                            "Neighborhoods Youth, Mashhad",
                            "Neighborhoods Youth, Ahvaz",
                            "Neighborhoods Youth, Zanjan",
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "On Women's Day, let the streets belong to the people, from morning "
                            "until late into the night."
                        ),
                        "attribution": "From the joint call of the 52 organizations",
                    },
                ),
                (
                    "paragraph",
                    "The campaign shares this call because the women at the head of Iran's "
                    "uprising deserve to be heard in their own words, and to be joined by "
                    "supporters everywhere on March 8.",
                ),
            ],
        },
        "es": {
            "title": "Cincuenta y dos grupos dentro de Irán convocan marchas por el Día de la Mujer",
            "lead": (
                "Agrupaciones estudiantiles, barriales, profesionales y de mujeres de todo Irán "
                "han lanzado una convocatoria conjunta a concentraciones y marchas el 8 de marzo. "
                "Voluntarios de la campaña la tradujeron del persa."
            ),
            "body": [
                (
                    "paragraph",
                    "La convocatoria, difundida en redes sociales, pide a la gente de todo el país "
                    "salir a las calles el miércoles 17 de esfand del calendario iraní, que "
                    "corresponde al 8 de marzo. Para el día propone canciones, cadenas humanas y "
                    "consignas, y a partir de las seis de la tarde, marchas por las calles y "
                    "plazas principales.",
                ),
                (
                    "paragraph",
                    "En los días previos, los grupos piden a sus simpatizantes invitar a sus "
                    "contactos por internet, escribir consignas en los muros, repartir volantes, "
                    "colgar pancartas y corear desde las azoteas a las nueve de cada noche.",
                ),
                (
                    "signatories",
                    {
                        "heading": "Entre las 52 organizaciones y grupos firmantes",
                        "names": [
                            "Vanguard Students Organization, Iran",
                            "Neighborhood Youth Unity of Iran, nationwide",
                            "Physicians Unity Organization, Iran",
                            "Nationwide Committee of Kurdistan Students, Kurdistan",
                            "Unity of Students at Alzahra University, Tehran",
                            "Women's Rights Activists, Sanandaj",
                            "Girls' Sunlight Group, Urmia",
                            "Revolutionary Women's Group, Shiraz",
                            "Revolutionary Red Youth Committee, Mahabad",
                            "United Unit at Isfahan University of Technology, Isfahan",
                            "Neighborhoods Youth, Mashhad",
                            "Neighborhoods Youth, Ahvaz",
                            "Neighborhoods Youth, Zanjan",
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Que en el Día de la Mujer las calles sean del pueblo, desde la mañana "
                            "hasta bien entrada la noche."
                        ),
                        "attribution": "De la convocatoria conjunta de las 52 organizaciones",
                    },
                ),
                (
                    "paragraph",
                    "La campaña difunde esta convocatoria porque las mujeres que encabezan el "
                    "levantamiento en Irán merecen ser escuchadas con sus propias palabras y "
                    "acompañadas el 8 de marzo por simpatizantes de todo el mundo.",
                ),
            ],
        },
        "fa": {
            "title": "فراخوان ۵۲ تشکل در ایران برای راهپیمایی در روز جهانی زن",
            "lead": (
                "تشکل‌های دانشجویی، محله‌ای، صنفی و زنان از سراسر ایران در فراخوانی مشترک، مردم "
                "را به تجمع و راهپیمایی در ۸ مارس دعوت کرده‌اند. داوطلبان کارزار متن آن را به "
                "انگلیسی برگردانده‌اند."
            ),
            "body": [
                (
                    "paragraph",
                    "این فراخوان که در شبکه‌های اجتماعی دست‌به‌دست شده، از مردم سراسر کشور "
                    "می‌خواهد روز چهارشنبه ۱۷ اسفند، برابر با ۸ مارس، به خیابان‌ها بیایند. برای "
                    "ساعت‌های روز، سرودخوانی، زنجیرهٔ انسانی و شعار دادن پیشنهاد شده و از ساعت شش "
                    "عصر، راهپیمایی در خیابان‌ها و میدان‌های اصلی.",
                ),
                (
                    "paragraph",
                    "این گروه‌ها از هواداران می‌خواهند در روزهای پیش از آن، آشنایان خود را در "
                    "فضای مجازی دعوت کنند، روی دیوارها شعار بنویسند، اعلامیه پخش کنند، "
                    "پارچه‌نوشته نصب کنند و هر شب ساعت نه از پشت‌بام‌ها شعار سر دهند.",
                ),
                (
                    "signatories",
                    {
                        "heading": "از میان ۵۲ تشکل و گروه امضاکننده",
                        "names": [
                            "Vanguard Students Organization, Iran",
                            "Neighborhood Youth Unity of Iran, nationwide",
                            "Physicians Unity Organization, Iran",
                            "Nationwide Committee of Kurdistan Students, Kurdistan",
                            "Unity of Students at Alzahra University, Tehran",
                            "Women's Rights Activists, Sanandaj",
                            "Girls' Sunlight Group, Urmia",
                            "Revolutionary Women's Group, Shiraz",
                            "Revolutionary Red Youth Committee, Mahabad",
                            "United Unit at Isfahan University of Technology, Isfahan",
                            "Neighborhoods Youth, Mashhad",
                            "Neighborhoods Youth, Ahvaz",
                            "Neighborhoods Youth, Zanjan",
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "text": "در روز زن، خیابان‌ها از صبح تا پاسی از شب از آنِ مردم باشد.",
                        "attribution": "از فراخوان مشترک ۵۲ تشکل",
                    },
                ),
                (
                    "paragraph",
                    "کارزار این فراخوان را منتشر می‌کند، زیرا صدای زنانی که پیشاپیش خیزش ایران "
                    "ایستاده‌اند باید با کلمات خودشان شنیده شود و در ۸ مارس، حامیانی در همه‌جای "
                    "جهان همراهشان باشند.",
                ),
            ],
        },
        "fr": {
            "title": "Cinquante-deux groupes en Iran appellent à marcher pour la Journée des femmes",
            "lead": (
                "Des groupes d'étudiants, de quartier, professionnels et de femmes de tout l'Iran "
                "ont lancé un appel commun à des rassemblements et à des marches le 8 mars. Des "
                "bénévoles de la campagne l'ont traduit du persan."
            ),
            "body": [
                (
                    "paragraph",
                    "L'appel, diffusé sur les réseaux sociaux, invite la population de tout le pays "
                    "à descendre dans la rue le mercredi 17 esfand du calendrier iranien, soit le "
                    "8 mars. Il propose pour la journée des chants, des chaînes humaines et des "
                    "slogans, puis, à partir de dix-huit heures, des marches dans les rues et sur "
                    "les grandes places.",
                ),
                (
                    "paragraph",
                    "Les jours précédents, les groupes demandent à leurs soutiens d'inviter leurs "
                    "contacts en ligne, d'écrire des slogans sur les murs, de distribuer des "
                    "tracts, d'accrocher des banderoles et de scander des slogans depuis les toits "
                    "chaque soir à vingt et une heures.",
                ),
                (
                    "signatories",
                    {
                        "heading": "Parmi les 52 organisations et groupes signataires",
                        "names": [
                            "Vanguard Students Organization, Iran",
                            "Neighborhood Youth Unity of Iran, nationwide",
                            "Physicians Unity Organization, Iran",
                            "Nationwide Committee of Kurdistan Students, Kurdistan",
                            "Unity of Students at Alzahra University, Tehran",
                            "Women's Rights Activists, Sanandaj",
                            "Girls' Sunlight Group, Urmia",
                            "Revolutionary Women's Group, Shiraz",
                            "Revolutionary Red Youth Committee, Mahabad",
                            "United Unit at Isfahan University of Technology, Isfahan",
                            "Neighborhoods Youth, Mashhad",
                            "Neighborhoods Youth, Ahvaz",
                            "Neighborhoods Youth, Zanjan",
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Que pour la Journée des femmes, la rue appartienne au peuple, du "
                            "matin jusque tard dans la nuit."
                        ),
                        "attribution": "Extrait de l'appel commun des 52 organisations",
                    },
                ),
                (
                    "paragraph",
                    "La campagne relaie cet appel parce que les femmes à la tête du soulèvement en "
                    "Iran méritent d'être entendues avec leurs propres mots, et rejointes le 8 mars "
                    "par des soutiens partout dans le monde.",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------------
    {
        "slug": "2023-berkeley-bella-ciao-womens-day",
        "date": "2023-03-16",
        "countries": ["US"],
        "tags": [
            "Berkeley",
            "Revolution Books",
            "Evin Prison",
            "International Women's Day",
            "#FreeThemAll",
        ],
        "source_organization": "Revolution Books, Berkeley",
        "source_url": "",
        "translated_from": "",
        "translator": "",
        "original_url": "",
        "corrections": [],
        "en": {
            "title": "Berkeley sings Bella Ciao for the women of Evin Prison",
            "lead": (
                "At an International Women's Day gathering in Berkeley, California, the whole room "
                "joined in a new version of Bella Ciao dedicated to the women held in Evin Prison."
            ),
            "body": [
                (
                    "paragraph",
                    "The March 8 celebration took place at Revolution Books. Participants sang "
                    "Bella Ciao with fresh, defiant lyrics they had written themselves.",
                ),
                (
                    "paragraph",
                    "They took their cue from a moving moment in January, when supporters sang the "
                    "song in Farsi over the telephone to the daughter of a prisoner. She later "
                    "shared the recording online.",
                ),
                (
                    "image",
                    {
                        "label": "BERKELEY",
                        "caption": "Singing for the women of Evin Prison at Revolution Books, Berkeley.",
                        "credit": "Revolution Books",
                        "palette": 7,
                    },
                ),
                (
                    "paragraph",
                    "Bella Ciao began as a song of Italian farm labourers and became a hymn of the "
                    "resistance to fascism during the Second World War. Today it is sung in many "
                    "languages, Persian among them, wherever people stand up to tyranny.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "We sang so that the women in Evin would know that people they will "
                            "never meet are thinking of them tonight."
                        ),
                        "attribution": "A participant in the Berkeley gathering",
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------------
    {
        "slug": "2023-london-lastesis-performance-in-farsi",
        "date": "2023-04-06",
        "countries": ["GB"],
        "tags": ["London", "Feminists4Jina", "LasTesis", "#Woman_Life_Freedom"],
        "source_organization": "Feminists4Jina",
        "source_url": "",
        "translated_from": "",
        "translator": "",
        "original_url": "",
        "corrections": [],
        "en": {
            "title": "London: a Chilean feminist anthem performed in Farsi",
            "lead": (
                "Feminists4Jina brought the famous LasTesis protest piece to London in Persian, a "
                "striking example of solidarity against patriarchy that crosses continents."
            ),
            "body": [
                (
                    "paragraph",
                    "In November 2022, the London collective Feminists4Jina staged the "
                    "choreographed chant known in English as A Rapist in Your Path, created by the "
                    "Chilean group LasTesis in 2019. Their version was sung entirely in Farsi.",
                ),
                (
                    "image",
                    {
                        "label": "LONDON",
                        "caption": "Feminists4Jina performing the LasTesis piece in Farsi.",
                        "credit": "Feminists4Jina",
                        "palette": 0,
                    },
                ),
                (
                    "paragraph",
                    "The original performance was copied around the world within weeks of its "
                    "premiere in Chile. Feminists4Jina has gathered recordings of similar "
                    "performances from several countries into a single playlist on its YouTube "
                    "channel.",
                ),
                (
                    "paragraph",
                    "We share the video now because the struggle of women in Iran, and of those "
                    "jailed there for defending women's rights, has not paused for a moment.",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------------
    {
        "slug": "2023-pen-america-video-narges-mohammadi",
        "date": "2023-04-29",
        "countries": ["US"],
        "tags": ["PEN America", "Narges Mohammadi", "Evin Prison", "#FreeNarges", "#FreeThemAll"],
        "source_organization": "PEN America",
        "source_url": "https://pen.org/",
        "translated_from": "",
        "translator": "",
        "original_url": "",
        "corrections": [],
        "en": {
            "title": "PEN America honours Narges Mohammadi in a new video",
            "lead": (
                "PEN America has released a short film paying tribute to Narges Mohammadi, the "
                "Iranian writer and human rights defender who has spent much of the past ten years "
                "in prison."
            ),
            "body": [
                (
                    "paragraph",
                    "The video went up on PEN America's Instagram and YouTube accounts on April 29, "
                    "and Mohammadi herself shared it. It looks back on her long work for the rights "
                    "of women and of political prisoners.",
                ),
                (
                    "paragraph",
                    "Her book White Torture collects accounts of solitary confinement in Iran's "
                    "prisons. She was held for almost all of 2022 and has faced arrest and "
                    "prosecution again and again for more than a decade.",
                ),
                ("heading", "Writers behind bars"),
                (
                    "paragraph",
                    "By the count of PEN America's Freedom to Write Index 2022, no fewer than 311 "
                    "writers and thinkers around the world spent time in prison or detention that "
                    "year. Mohammadi is one of them.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Every writer locked in a cell is a voice taken from all of us. Narges "
                            "Mohammadi's voice has never stopped reaching beyond the walls."
                        ),
                        "attribution": "A volunteer with the International Emergency Campaign",
                    },
                ),
                (
                    "image",
                    {
                        "label": "NARGES",
                        "caption": "A portrait of Narges Mohammadi on a campaign poster.",
                        "credit": "Campaign volunteer",
                        "palette": 2,
                    },
                ),
            ],
        },
        "es": {
            "title": "PEN America rinde homenaje a Narges Mohammadi en un nuevo video",
            "lead": (
                "PEN America publicó un breve video en homenaje a Narges Mohammadi, escritora y "
                "defensora iraní de los derechos humanos que ha pasado buena parte de los últimos "
                "diez años en prisión."
            ),
            "body": [
                (
                    "paragraph",
                    "El video apareció el 29 de abril en las cuentas de Instagram y YouTube de PEN "
                    "America, y la propia Mohammadi lo compartió. Repasa su larga labor por los "
                    "derechos de las mujeres y de los presos políticos.",
                ),
                (
                    "paragraph",
                    "Su libro Tortura blanca reúne testimonios sobre el aislamiento en las cárceles "
                    "iraníes. Estuvo presa casi todo 2022 y ha sido detenida y procesada una y "
                    "otra vez durante más de una década.",
                ),
                ("heading", "Escritores tras las rejas"),
                (
                    "paragraph",
                    "Según el Índice de Libertad para Escribir 2022 de PEN America, ese año al "
                    "menos 311 escritores e intelectuales de todo el mundo pasaron por la cárcel o "
                    "la detención. Mohammadi es una de ellos.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Cada escritor encerrado en una celda es una voz que nos arrebatan a "
                            "todos. La voz de Narges Mohammadi nunca ha dejado de atravesar los "
                            "muros."
                        ),
                        "attribution": "Un voluntario de la Campaña Internacional de Emergencia",
                    },
                ),
                (
                    "image",
                    {
                        "label": "NARGES",
                        "caption": "Un retrato de Narges Mohammadi en un cartel de la campaña.",
                        "credit": "Voluntario de la campaña",
                        "palette": 2,
                    },
                ),
            ],
        },
        "fa": {
            "title": "ویدیوی تازهٔ انجمن قلم آمریکا در بزرگداشت نرگس محمدی",
            "lead": (
                "انجمن قلم آمریکا (PEN America) فیلم کوتاهی در بزرگداشت نرگس محمدی، نویسنده و "
                "مدافع حقوق بشر ایرانی، منتشر کرده است؛ کسی که بخش بزرگی از ده سال گذشته را در "
                "زندان گذرانده است."
            ),
            "body": [
                (
                    "paragraph",
                    "این ویدیو روز ۲۹ آوریل در حساب‌های اینستاگرام و یوتیوب انجمن قلم آمریکا "
                    "منتشر شد و خود نرگس محمدی نیز آن را بازنشر کرد. ویدیو مروری است بر تلاش‌های "
                    "دیرینهٔ او برای حقوق زنان و زندانیان سیاسی.",
                ),
                (
                    "paragraph",
                    "کتاب او، «شکنجهٔ سفید»، روایت‌هایی از سلول انفرادی در زندان‌های ایران را گرد "
                    "آورده است. او تقریباً سراسر سال ۲۰۲۲ را در زندان گذراند و بیش از یک دهه است "
                    "که بارها بازداشت و محاکمه شده است.",
                ),
                ("heading", "نویسندگان پشت میله‌ها"),
                (
                    "paragraph",
                    "بر پایهٔ شاخص آزادی نوشتن ۲۰۲۲ انجمن قلم آمریکا، دست‌کم ۳۱۱ نویسنده و "
                    "روشنفکر در سراسر جهان در آن سال زندانی یا بازداشت شدند. نرگس محمدی یکی از "
                    "آنان است.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "هر نویسنده‌ای که در سلولی حبس می‌شود، صدایی است که از همهٔ ما "
                            "گرفته‌اند. اما صدای نرگس محمدی هرگز از گذر از دیوارها باز نایستاده "
                            "است."
                        ),
                        "attribution": "یکی از داوطلبان کارزار اضطراری بین‌المللی",
                    },
                ),
                (
                    "image",
                    {
                        "label": "NARGES",
                        "caption": "تصویری از نرگس محمدی روی پوستر کارزار.",
                        "credit": "داوطلب کارزار",
                        "palette": 2,
                    },
                ),
            ],
        },
        "fr": {
            "title": "PEN America rend hommage à Narges Mohammadi dans une nouvelle vidéo",
            "lead": (
                "PEN America a publié un court film en hommage à Narges Mohammadi, écrivaine et "
                "défenseuse iranienne des droits humains qui a passé une grande partie des dix "
                "dernières années en prison."
            ),
            "body": [
                (
                    "paragraph",
                    "La vidéo a été mise en ligne le 29 avril sur les comptes Instagram et YouTube "
                    "de PEN America, et Narges Mohammadi l'a elle-même partagée. Elle retrace son "
                    "long engagement pour les droits des femmes et des prisonniers politiques.",
                ),
                (
                    "paragraph",
                    "Son livre Torture blanche rassemble des témoignages sur l'isolement cellulaire "
                    "dans les prisons iraniennes. Détenue presque toute l'année 2022, elle est "
                    "arrêtée et poursuivie à répétition depuis plus de dix ans.",
                ),
                ("heading", "Des écrivains derrière les barreaux"),
                (
                    "paragraph",
                    "Selon l'Index de la liberté d'écrire 2022 de PEN America, au moins 311 "
                    "écrivains et intellectuels dans le monde ont connu la prison ou la détention "
                    "cette année-là. Narges Mohammadi en fait partie.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Chaque écrivain enfermé dans une cellule est une voix arrachée à nous "
                            "tous. Celle de Narges Mohammadi n'a jamais cessé de franchir les murs."
                        ),
                        "attribution": "Un bénévole de la Campagne internationale d'urgence",
                    },
                ),
                (
                    "image",
                    {
                        "label": "NARGES",
                        "caption": "Un portrait de Narges Mohammadi sur une affiche de la campagne.",
                        "credit": "Bénévole de la campagne",
                        "palette": 2,
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------------
    {
        "slug": "2023-colombia-streets-stop-executions",
        "sign_box": "emergency-appeal",
        "date": "2023-05-28",
        "countries": ["CO"],
        "tags": [
            "Bogotá",
            "Cali",
            "Aguablanca",
            "Ciclovía",
            "Grupo Comunista Revolucionario",
            "#StopExecutionsInIran",
        ],
        "source_organization": "Grupo Comunista Revolucionario (Colombia)",
        "source_url": "",
        "translated_from": "es",
        "translator": "Campaign volunteer",
        "original_url": "",
        "corrections": [
            {
                "date": "2023-05-31",
                "en": (
                    "An earlier version of this post said the actions took place on Saturday, "
                    "May 20. They were held on Sunday, May 21."
                ),
                "es": (
                    "Una versión anterior de esta nota decía que las acciones tuvieron lugar el "
                    "sábado 20 de mayo. Se realizaron el domingo 21 de mayo."
                ),
                "fa": (
                    "در نسخهٔ پیشین این گزارش آمده بود که این اقدام‌ها روز شنبه ۲۰ مه انجام شده "
                    "است. این اقدام‌ها در واقع روز یکشنبه ۲۱ مه برگزار شد."
                ),
                "fr": (
                    "Une version précédente de cet article indiquait que les actions avaient eu "
                    "lieu le samedi 20 mai. Elles se sont déroulées le dimanche 21 mai."
                ),
            },
        ],
        "en": {
            "title": "Bogotá and Cali take the fight against Iran's gallows to the street",
            "lead": (
                "On May 21, days after Iran hanged three protesters, activists in Bogotá and Cali "
                "carried portraits of executed prisoners along a Sunday bike route and through "
                "busy market streets. Volunteers translated their reports from Spanish."
            ),
            "body": [
                (
                    "paragraph",
                    "In Bogotá, the group brought its message to cyclists and walkers on the "
                    "Ciclovía, the avenues closed to cars every Sunday. Large placards showed the "
                    "faces of prisoners the Islamic Republic has put to death.",
                ),
                (
                    "image",
                    {
                        "label": "BOGOTÁ",
                        "caption": "Placards of executed prisoners along Bogotá's Sunday Ciclovía.",
                        "credit": "Grupo Comunista Revolucionario",
                        "palette": 1,
                    },
                ),
                (
                    "paragraph",
                    "In Cali, activists went to Aguablanca, one of the districts hit hardest by "
                    "poverty, to talk with vendors and shoppers at a street market and hand out "
                    "flyers. Many people wanted to know why Iran's rulers kill young protesters "
                    "and what could stop them.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Those of us who fought in our own streets in 2019, 2020 and 2021 "
                            "remember how much voices from abroad meant to us. Now it is our turn "
                            "to be that voice for Iran."
                        ),
                        "attribution": "A reply to a sceptical comment on the group's Instagram page",
                    },
                ),
                (
                    "image",
                    {
                        "label": "CALI",
                        "caption": "Conversations with shoppers at a street market in Cali.",
                        "credit": "Grupo Comunista Revolucionario",
                        "palette": 4,
                    },
                ),
                ("document", {"title": "Stop the executions in Iran: street flyer", "kind": "flyer"}),
            ],
        },
        "es": {
            "title": "Bogotá y Cali llevan a la calle la lucha contra la horca en Irán",
            "lead": (
                "El 21 de mayo, pocos días después de que Irán ahorcara a tres manifestantes, "
                "activistas de Bogotá y Cali llevaron retratos de presos ejecutados por una "
                "ciclovía dominical y por concurridas calles de mercado. Voluntarios tradujeron "
                "sus informes al inglés."
            ),
            "body": [
                (
                    "paragraph",
                    "En Bogotá, el grupo llevó su mensaje a ciclistas y peatones en la Ciclovía, "
                    "las avenidas que se cierran a los carros cada domingo. Grandes pancartas "
                    "mostraban los rostros de presos a quienes la República Islámica ha dado "
                    "muerte.",
                ),
                (
                    "image",
                    {
                        "label": "BOGOTÁ",
                        "caption": "Pancartas con presos ejecutados a lo largo de la Ciclovía dominical de Bogotá.",
                        "credit": "Grupo Comunista Revolucionario",
                        "palette": 1,
                    },
                ),
                (
                    "paragraph",
                    "En Cali, los activistas fueron a Aguablanca, uno de los distritos más "
                    "golpeados por la pobreza, para conversar con vendedores y compradores en un "
                    "mercado callejero y repartir volantes. Mucha gente quería saber por qué los "
                    "gobernantes de Irán matan a jóvenes manifestantes y qué podría detenerlos.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Quienes luchamos en nuestras propias calles en 2019, 2020 y 2021 "
                            "recordamos cuánto significaban para nosotros las voces de afuera. "
                            "Ahora nos toca ser esa voz para Irán."
                        ),
                        "attribution": "Respuesta a un comentario escéptico en la página de Instagram del grupo",
                    },
                ),
                (
                    "image",
                    {
                        "label": "CALI",
                        "caption": "Conversaciones con compradores en un mercado callejero de Cali.",
                        "credit": "Grupo Comunista Revolucionario",
                        "palette": 4,
                    },
                ),
                (
                    "document",
                    {"title": "Alto a las ejecuciones en Irán: volante callejero", "kind": "flyer"},
                ),
            ],
        },
        "fa": {
            "title": "بوگوتا و کالی مبارزه با چوبهٔ دار در ایران را به خیابان بردند",
            "lead": (
                "در ۲۱ مه، چند روز پس از آن‌که جمهوری اسلامی سه معترض را به دار آویخت، فعالانی "
                "در بوگوتا و کالی تصاویر زندانیان اعدام‌شده را در مسیر دوچرخه‌سواری روز یکشنبه و "
                "در خیابان‌های شلوغ بازار گرداندند. داوطلبان گزارش‌های آنان را از اسپانیایی "
                "ترجمه کرده‌اند."
            ),
            "body": [
                (
                    "paragraph",
                    "در بوگوتا، این گروه پیام خود را به دوچرخه‌سواران و عابرانِ «سیکلوویا» رساند؛ "
                    "خیابان‌هایی که هر یکشنبه به روی خودروها بسته می‌شوند. پلاکاردهای بزرگ چهرهٔ "
                    "زندانیانی را نشان می‌داد که جمهوری اسلامی جانشان را گرفته است.",
                ),
                (
                    "image",
                    {
                        "label": "BOGOTÁ",
                        "caption": "پلاکاردهای زندانیان اعدام‌شده در مسیر سیکلوویای یکشنبه در بوگوتا.",
                        "credit": "گروه کمونیست انقلابی (کلمبیا)",
                        "palette": 1,
                    },
                ),
                (
                    "paragraph",
                    "در کالی، فعالان به آگوابلانکا، یکی از محله‌هایی که بیش از همه زیر فشار فقر "
                    "است، رفتند تا با فروشندگان و خریداران یک بازار خیابانی گفتگو کنند و اعلامیه "
                    "پخش کنند. بسیاری می‌خواستند بدانند چرا حاکمان ایران معترضان جوان را می‌کشند و "
                    "چه چیزی می‌تواند جلوی آنان را بگیرد.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "ما که در سال‌های ۲۰۱۹، ۲۰۲۰ و ۲۰۲۱ در خیابان‌های خودمان جنگیدیم، به "
                            "یاد داریم صداهایی که از بیرون می‌رسید چه معنایی برایمان داشت. حالا "
                            "نوبت ماست که همان صدا برای ایران باشیم."
                        ),
                        "attribution": "پاسخی به یک نظر تردیدآمیز در صفحهٔ اینستاگرام گروه",
                    },
                ),
                (
                    "image",
                    {
                        "label": "CALI",
                        "caption": "گفتگو با خریداران در یک بازار خیابانی در کالی.",
                        "credit": "گروه کمونیست انقلابی (کلمبیا)",
                        "palette": 4,
                    },
                ),
                (
                    "document",
                    {"title": "اعدام در ایران را متوقف کنید: اعلامیهٔ خیابانی", "kind": "flyer"},
                ),
            ],
        },
        "fr": {
            "title": "Bogotá et Cali portent dans la rue la lutte contre les potences iraniennes",
            "lead": (
                "Le 21 mai, quelques jours après la pendaison de trois manifestants en Iran, des "
                "militants de Bogotá et de Cali ont porté des portraits de prisonniers exécutés le "
                "long d'un parcours cycliste dominical et dans des rues marchandes animées. Des "
                "bénévoles ont traduit leurs comptes rendus de l'espagnol."
            ),
            "body": [
                (
                    "paragraph",
                    "À Bogotá, le groupe a porté son message aux cyclistes et aux promeneurs de la "
                    "Ciclovía, ces avenues fermées aux voitures chaque dimanche. De grandes "
                    "pancartes montraient les visages de prisonniers mis à mort par la République "
                    "islamique.",
                ),
                (
                    "image",
                    {
                        "label": "BOGOTÁ",
                        "caption": "Pancartes de prisonniers exécutés le long de la Ciclovía dominicale de Bogotá.",
                        "credit": "Grupo Comunista Revolucionario",
                        "palette": 1,
                    },
                ),
                (
                    "paragraph",
                    "À Cali, les militants se sont rendus à Aguablanca, l'un des quartiers les plus "
                    "durement frappés par la pauvreté, pour discuter avec les vendeurs et les "
                    "clients d'un marché de rue et distribuer des tracts. Beaucoup voulaient "
                    "comprendre pourquoi les dirigeants iraniens tuent de jeunes manifestants et ce "
                    "qui pourrait les arrêter.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Ceux d'entre nous qui se sont battus dans nos propres rues en 2019, "
                            "2020 et 2021 se souviennent de ce que signifiaient pour nous les voix "
                            "venues de l'étranger. C'est maintenant à nous d'être cette voix pour "
                            "l'Iran."
                        ),
                        "attribution": "Réponse à un commentaire sceptique sur la page Instagram du groupe",
                    },
                ),
                (
                    "image",
                    {
                        "label": "CALI",
                        "caption": "Conversations avec des clients sur un marché de rue à Cali.",
                        "credit": "Grupo Comunista Revolucionario",
                        "palette": 4,
                    },
                ),
                (
                    "document",
                    {"title": "Arrêtez les exécutions en Iran : tract de rue", "kind": "flyer"},
                ),
            ],
        },
    },
]

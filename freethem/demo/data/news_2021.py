"""Demo news posts of 2021 (May to December), with translations for some of them."""

POSTS = [
    # ------------------------------------------------------------------------------------
    {
        "slug": "2021-un-experts-alarmed-over-mohammad-nourizad",
        "date": "2021-05-04",
        "countries": ["CH", "IR"],
        "tags": ["Geneva", "United Nations", "Center for Human Rights in Iran", "#FreeThemAll"],
        "source_organization": "Center for Human Rights in Iran",
        "source_url": "https://iranhumanrights.org",
        "translated_from": "",
        "translator": "",
        "original_url": "",
        "corrections": [],
        "en": {
            "title": "UN experts alarmed over jailed filmmaker Mohammad Nourizad",
            "lead": (
                "Independent human rights experts at the United Nations have asked Iran to free "
                "the filmmaker and activist Mohammad Nourizad, warning that his health is failing "
                "behind bars."
            ),
            "body": [
                (
                    "paragraph",
                    "In a statement issued in Geneva on 4 May, a group of UN human rights experts "
                    "said that Mohammad Nourizad had grown so frail that staying in prison could "
                    "cost him his life. Doctors have found him unfit for detention, yet he is "
                    "still locked up without the treatment he needs.",
                ),
                ("heading", "Jailed for an open letter"),
                (
                    "paragraph",
                    "Nourizad was handed several sentences in February 2020, the longest of them "
                    "seven and a half years. The case grew out of a public letter, written with "
                    "other signers, that asked the Supreme Leader to step down and called for a "
                    "new constitution.",
                ),
                (
                    "paragraph",
                    "Since 10 March he has once again refused food and medicine, in protest at "
                    "his detention and at the way his family has been treated. The experts said "
                    "his situation reflects what many political activists endure in Iranian "
                    "custody.",
                ),
                (
                    "paragraph",
                    "Our campaign adds its voice: Mohammad Nourizad must be released now, along "
                    "with everyone held for expressing an opinion.",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------
    {
        "slug": "2021-europe-statement-never-should-have-been-arrested",
        "date": "2021-05-31",
        "countries": ["DE", "FR", "NL", "SE"],
        "tags": [
            "Berlin",
            "Paris",
            "Utrecht",
            "Gothenburg",
            "Supporters of Iranian Political Prisoners in Europe",
            "#FreeThemAll",
        ],
        "source_organization": "Supporters of Iranian Political Prisoners in Europe",
        "source_url": "",
        "translated_from": "",
        "translator": "",
        "original_url": "",
        "corrections": [],
        "en": {
            "title": "“They should never have been arrested”: a statement from Europe",
            "lead": (
                "Supporters of Iran's political prisoners in several European countries have "
                "published a statement arguing that the people jailed for their ideas committed "
                "no crime at all."
            ),
            "body": [
                (
                    "paragraph",
                    "The statement starts from a charge that turns up again and again in political "
                    "cases: “propaganda against the state.” In practice, the authors write, this "
                    "accusation makes thinking an offence and speaking your mind a crime.",
                ),
                (
                    "paragraph",
                    "It then describes how detainees are kept without a lawyer, cut off from the "
                    "outside world, held in solitary cells and pressed into forced confessions. "
                    "Defence attorneys often see the case file only days before a hearing, and "
                    "interrogators largely settle the verdict before any judge is involved.",
                ),
                ("heading", "A simple demand"),
                (
                    "paragraph",
                    "Since there is neither a presumption of innocence nor a fair process, the "
                    "signers conclude that justice can only mean the immediate, unconditional "
                    "release of every person held in Iran for political reasons.",
                ),
                (
                    "signatories",
                    {
                        "heading": "First signers",
                        "names": [
                            "Katrin Vogel, teacher, Hamburg",
                            "Samuel Okafor, nurse, Rotterdam",
                            "Lena Björk, student, Gothenburg",
                            "Marc Delorme, trade unionist, Lyon",
                            "Parisa Navabi, translator, Cologne",
                            "Ingrid Halvorsen, retired librarian, Malmö",
                            "Jonas Weber, engineer, Frankfurt",
                            "Claire Martin, lawyer, Paris",
                            "Reza Farahani, musician, Utrecht",
                            "Dariush Amini, architect, Berlin",
                            "Sophie Lambert, social worker, Lille",
                        ],
                    },
                ),
                (
                    "document",
                    {"title": "Statement: They should never have been arrested", "kind": "statement"},
                ),
            ],
        },
        "es": {
            "title": "«Nunca debieron ser detenidos»: una declaración desde Europa",
            "lead": (
                "Personas que apoyan a los presos políticos de Irán en varios países europeos han "
                "publicado una declaración en la que sostienen que quienes están encarcelados por "
                "sus ideas no cometieron delito alguno."
            ),
            "body": [
                (
                    "paragraph",
                    "La declaración parte de una acusación que se repite una y otra vez en los "
                    "casos políticos: «propaganda contra el Estado». En la práctica, escriben los "
                    "autores, esa acusación convierte el pensamiento en delito y el decir lo que "
                    "uno piensa en un crimen.",
                ),
                (
                    "paragraph",
                    "Luego describe cómo los detenidos quedan sin abogado, aislados del mundo "
                    "exterior, encerrados en celdas de aislamiento y presionados para hacer "
                    "confesiones forzadas. Los abogados defensores a menudo ven el expediente solo "
                    "unos días antes de la audiencia, y son los interrogadores quienes en la "
                    "práctica deciden el veredicto antes de que intervenga un juez.",
                ),
                ("heading", "Una exigencia sencilla"),
                (
                    "paragraph",
                    "Como no existe la presunción de inocencia ni un proceso justo, los firmantes "
                    "concluyen que la justicia solo puede significar la liberación inmediata e "
                    "incondicional de todas las personas presas en Irán por motivos políticos.",
                ),
                (
                    "signatories",
                    {
                        "heading": "Primeras firmas",
                        "names": [
                            "Katrin Vogel, teacher, Hamburg",
                            "Samuel Okafor, nurse, Rotterdam",
                            "Lena Björk, student, Gothenburg",
                            "Marc Delorme, trade unionist, Lyon",
                            "Parisa Navabi, translator, Cologne",
                            "Ingrid Halvorsen, retired librarian, Malmö",
                            "Jonas Weber, engineer, Frankfurt",
                            "Claire Martin, lawyer, Paris",
                            "Reza Farahani, musician, Utrecht",
                            "Dariush Amini, architect, Berlin",
                            "Sophie Lambert, social worker, Lille",
                        ],
                    },
                ),
                (
                    "document",
                    {"title": "Declaración: Nunca debieron ser detenidos", "kind": "statement"},
                ),
            ],
        },
        "fa": {
            "title": "«هرگز نباید بازداشت می‌شدند»: بیانیه‌ای از اروپا",
            "lead": (
                "حامیان زندانیان سیاسی ایران در چند کشور اروپایی بیانیه‌ای منتشر کرده‌اند و در آن "
                "می‌گویند کسانی که به خاطر اندیشه‌هایشان زندانی شده‌اند هیچ جرمی مرتکب نشده‌اند."
            ),
            "body": [
                (
                    "paragraph",
                    "بیانیه از اتهامی آغاز می‌کند که بارها و بارها در پرونده‌های سیاسی تکرار "
                    "می‌شود: «تبلیغ علیه نظام». به نوشتهٔ نویسندگان بیانیه، این اتهام در عمل "
                    "اندیشیدن را تخلف و بیان عقیده را جرم می‌شمارد.",
                ),
                (
                    "paragraph",
                    "سپس توضیح می‌دهد که بازداشت‌شدگان چگونه بدون وکیل و بریده از دنیای بیرون در "
                    "سلول انفرادی نگه داشته می‌شوند و زیر فشار قرار می‌گیرند تا به اعتراف اجباری "
                    "تن بدهند. وکلای مدافع اغلب تنها چند روز پیش از جلسهٔ دادگاه پرونده را می‌بینند "
                    "و حکم، پیش از آنکه پای قاضی به میان بیاید، عملاً به دست بازجوها تعیین شده است.",
                ),
                ("heading", "خواسته‌ای ساده"),
                (
                    "paragraph",
                    "از آنجا که نه اصل برائت وجود دارد و نه دادرسی منصفانه، امضاکنندگان نتیجه "
                    "می‌گیرند که عدالت تنها یک معنا دارد: آزادی فوری و بی‌قیدوشرط همهٔ کسانی که "
                    "به دلایل سیاسی در ایران زندانی‌اند.",
                ),
                (
                    "signatories",
                    {
                        "heading": "نخستین امضاکنندگان",
                        "names": [
                            "Katrin Vogel, teacher, Hamburg",
                            "Samuel Okafor, nurse, Rotterdam",
                            "Lena Björk, student, Gothenburg",
                            "Marc Delorme, trade unionist, Lyon",
                            "Parisa Navabi, translator, Cologne",
                            "Ingrid Halvorsen, retired librarian, Malmö",
                            "Jonas Weber, engineer, Frankfurt",
                            "Claire Martin, lawyer, Paris",
                            "Reza Farahani, musician, Utrecht",
                            "Dariush Amini, architect, Berlin",
                            "Sophie Lambert, social worker, Lille",
                        ],
                    },
                ),
                (
                    "document",
                    {"title": "بیانیه: هرگز نباید بازداشت می‌شدند", "kind": "statement"},
                ),
            ],
        },
        "fr": {
            "title": "« Ils n'auraient jamais dû être arrêtés » : une déclaration venue d'Europe",
            "lead": (
                "Des soutiens des prisonniers politiques iraniens dans plusieurs pays européens "
                "ont publié une déclaration affirmant que les personnes emprisonnées pour leurs "
                "idées n'ont commis aucun crime."
            ),
            "body": [
                (
                    "paragraph",
                    "La déclaration part d'une accusation qui revient sans cesse dans les dossiers "
                    "politiques : « propagande contre l'État ». Dans les faits, écrivent les "
                    "auteurs, cette accusation fait de la pensée un délit et de la parole libre "
                    "un crime.",
                ),
                (
                    "paragraph",
                    "Elle décrit ensuite comment les détenus sont privés d'avocat, coupés du monde "
                    "extérieur, placés à l'isolement et poussés à des aveux forcés. Les avocats de "
                    "la défense ne découvrent souvent le dossier que quelques jours avant "
                    "l'audience, et ce sont pour l'essentiel les interrogateurs qui fixent le "
                    "verdict avant qu'un juge n'intervienne.",
                ),
                ("heading", "Une exigence simple"),
                (
                    "paragraph",
                    "Faute de présomption d'innocence et de procès équitable, les signataires "
                    "concluent que la justice ne peut signifier qu'une chose : la libération "
                    "immédiate et sans condition de toutes les personnes détenues en Iran pour des "
                    "raisons politiques.",
                ),
                (
                    "signatories",
                    {
                        "heading": "Premiers signataires",
                        "names": [
                            "Katrin Vogel, teacher, Hamburg",
                            "Samuel Okafor, nurse, Rotterdam",
                            "Lena Björk, student, Gothenburg",
                            "Marc Delorme, trade unionist, Lyon",
                            "Parisa Navabi, translator, Cologne",
                            "Ingrid Halvorsen, retired librarian, Malmö",
                            "Jonas Weber, engineer, Frankfurt",
                            "Claire Martin, lawyer, Paris",
                            "Reza Farahani, musician, Utrecht",
                            "Dariush Amini, architect, Berlin",
                            "Sophie Lambert, social worker, Lille",
                        ],
                    },
                ),
                (
                    "document",
                    {
                        "title": "Déclaration : Ils n'auraient jamais dû être arrêtés",
                        "kind": "statement",
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------
    {
        "slug": "2021-six-defendants-second-hearing-tehran",
        "date": "2021-06-11",
        "countries": ["IR", "DE"],
        "tags": ["Tehran", "Cologne", "Evin Prison", "HRANA", "#FreeThemAll"],
        "source_organization": "HRANA (Human Rights Activists News Agency)",
        "source_url": "https://www.en-hrana.org",
        "translated_from": "",
        "translator": "",
        "original_url": "",
        "corrections": [
            {
                "date": "2021-06-14",
                "en": (
                    "An earlier version of this post gave the wrong date for the first hearing. "
                    "It took place on 28 May, not 25 May."
                ),
                "es": (
                    "Una versión anterior de esta nota daba una fecha equivocada para la primera "
                    "audiencia. Se celebró el 28 de mayo, no el 25 de mayo."
                ),
                "fa": (
                    "در نسخهٔ پیشین این خبر، تاریخ نخستین جلسهٔ دادگاه نادرست آمده بود. این جلسه "
                    "در ۷ خرداد (۲۸ مه) برگزار شد، نه ۲۵ مه."
                ),
                "fr": (
                    "Une version précédente de cet article donnait une date erronée pour la "
                    "première audience. Elle s'est tenue le 28 mai, et non le 25 mai."
                ),
            },
        ],
        "en": {
            "title": "Six political defendants face a second hearing in Tehran",
            "lead": (
                "A second court session has been set for six activists held since late 2020, "
                "among them Nahid Taghavi and Mehran Raouf."
            ),
            "body": [
                (
                    "paragraph",
                    "According to the rights news agency HRANA, Elham Samimi, Mehran Raouf, Nahid "
                    "Taghavi, Nazanin Mohammadnejad, Bahareh Soleimani and Somayeh Kargar are due "
                    "back before Branch 26 of Tehran's Revolutionary Court on Sunday, 13 June.",
                ),
                (
                    "paragraph",
                    "Their first hearing was held on 28 May. Intelligence agents of the "
                    "Revolutionary Guards detained them in two waves, in October and December "
                    "2020, and all six have been held in Ward 2A of Evin Prison ever since.",
                ),
                (
                    "image",
                    {
                        "label": "COLOGNE",
                        "caption": "Candles and portraits of the six defendants at the vigil in Cologne.",
                        "credit": "Photo: campaign volunteer",
                        "palette": 2,
                    },
                ),
                (
                    "paragraph",
                    "On the eve of the hearing, supporters in Cologne gathered by candlelight with "
                    "portraits of all six defendants and gave out leaflets explaining the case to "
                    "passers-by.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "These six are on trial for caring about their society. The court "
                            "should be closing their case, not adding to their punishment."
                        ),
                        "attribution": "A volunteer at the Cologne vigil",
                    },
                ),
                (
                    "paragraph",
                    "Please keep these names in circulation over the coming days, online and in "
                    "letters to your elected representatives.",
                ),
            ],
        },
        "es": {
            "title": "Seis acusados políticos enfrentan una segunda audiencia en Teherán",
            "lead": (
                "Se ha fijado una segunda sesión judicial para seis activistas detenidos desde "
                "finales de 2020, entre ellos Nahid Taghavi y Mehran Raouf."
            ),
            "body": [
                (
                    "paragraph",
                    "Según la agencia de noticias de derechos humanos HRANA, Elham Samimi, Mehran "
                    "Raouf, Nahid Taghavi, Nazanin Mohammadnejad, Bahareh Soleimani y Somayeh "
                    "Kargar deben comparecer de nuevo ante la Sección 26 del Tribunal "
                    "Revolucionario de Teherán el domingo 13 de junio.",
                ),
                (
                    "paragraph",
                    "Su primera audiencia se celebró el 28 de mayo. Agentes de inteligencia de la "
                    "Guardia Revolucionaria los detuvieron en dos oleadas, en octubre y diciembre "
                    "de 2020, y desde entonces los seis permanecen en el pabellón 2A de la prisión "
                    "de Evin.",
                ),
                (
                    "image",
                    {
                        "label": "COLOGNE",
                        "caption": "Velas y retratos de los seis acusados en la vigilia de Colonia.",
                        "credit": "Foto: voluntario de la campaña",
                        "palette": 2,
                    },
                ),
                (
                    "paragraph",
                    "La víspera de la audiencia, simpatizantes en Colonia se reunieron a la luz de "
                    "las velas con retratos de los seis acusados y repartieron a los transeúntes "
                    "volantes que explicaban el caso.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Estas seis personas son juzgadas por preocuparse por su sociedad. El "
                            "tribunal debería cerrar su caso, no aumentar su castigo."
                        ),
                        "attribution": "Una voluntaria en la vigilia de Colonia",
                    },
                ),
                (
                    "paragraph",
                    "Les pedimos que mantengan estos nombres en circulación durante los próximos "
                    "días, en internet y en cartas a sus representantes electos.",
                ),
            ],
        },
        "fa": {
            "title": "جلسهٔ دوم دادگاه شش متهم سیاسی در تهران",
            "lead": (
                "برای شش فعالی که از اواخر سال ۲۰۲۰ در بازداشت‌اند، از جمله ناهید تقوی و مهران "
                "رئوف، جلسهٔ دوم دادگاه تعیین شده است."
            ),
            "body": [
                (
                    "paragraph",
                    "به گزارش خبرگزاری حقوق بشری هرانا، الهام صمیمی، مهران رئوف، ناهید تقوی، نازنین "
                    "محمدنژاد، بهاره سلیمانی و سمیه کارگر باید روز یکشنبه ۲۳ خرداد (۱۳ ژوئن) بار "
                    "دیگر در شعبهٔ ۲۶ دادگاه انقلاب تهران حاضر شوند.",
                ),
                (
                    "paragraph",
                    "نخستین جلسهٔ دادگاه آنان در ۷ خرداد (۲۸ مه) برگزار شد. مأموران اطلاعات سپاه "
                    "پاسداران آنان را در دو نوبت، در اکتبر و دسامبر ۲۰۲۰، بازداشت کردند و هر شش نفر "
                    "از آن زمان در بند ۲-الف زندان اوین نگهداری می‌شوند.",
                ),
                (
                    "image",
                    {
                        "label": "COLOGNE",
                        "caption": "شمع‌ها و تصویر شش متهم در تجمع شبانهٔ کلن.",
                        "credit": "عکس: داوطلب کارزار",
                        "palette": 2,
                    },
                ),
                (
                    "paragraph",
                    "شب پیش از جلسهٔ دادگاه، حامیان آنان در شهر کلن با شمع‌های روشن و تصویر هر شش "
                    "متهم گرد هم آمدند و به رهگذران برگه‌هایی دادند که ماجرای پرونده را توضیح "
                    "می‌داد.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "این شش نفر را به جرم دل‌سوزی برای جامعه‌شان محاکمه می‌کنند. دادگاه "
                            "باید پرونده‌شان را ببندد، نه اینکه بر مجازاتشان بیفزاید."
                        ),
                        "attribution": "یکی از داوطلبان در تجمع کلن",
                    },
                ),
                (
                    "paragraph",
                    "از شما می‌خواهیم در روزهای آینده این نام‌ها را در فضای مجازی و در نامه‌هایتان "
                    "به نمایندگان منتخب خود زنده نگه دارید.",
                ),
            ],
        },
        "fr": {
            "title": "Six accusés politiques convoqués à une deuxième audience à Téhéran",
            "lead": (
                "Une deuxième audience a été fixée pour six militants détenus depuis la fin de "
                "2020, parmi lesquels Nahid Taghavi et Mehran Raouf."
            ),
            "body": [
                (
                    "paragraph",
                    "Selon l'agence de presse de défense des droits humains HRANA, Elham Samimi, "
                    "Mehran Raouf, Nahid Taghavi, Nazanin Mohammadnejad, Bahareh Soleimani et "
                    "Somayeh Kargar doivent comparaître de nouveau devant la 26e chambre du "
                    "tribunal révolutionnaire de Téhéran le dimanche 13 juin.",
                ),
                (
                    "paragraph",
                    "Leur première audience a eu lieu le 28 mai. Des agents du renseignement des "
                    "Gardiens de la révolution les ont arrêtés en deux vagues, en octobre et en "
                    "décembre 2020, et tous les six sont depuis détenus dans le quartier 2A de la "
                    "prison d'Evin.",
                ),
                (
                    "image",
                    {
                        "label": "COLOGNE",
                        "caption": "Bougies et portraits des six accusés lors de la veillée de Cologne.",
                        "credit": "Photo : bénévole de la campagne",
                        "palette": 2,
                    },
                ),
                (
                    "paragraph",
                    "La veille de l'audience, des soutiens se sont réunis à Cologne à la lueur des "
                    "bougies, avec les portraits des six accusés, et ont distribué aux passants "
                    "des tracts expliquant l'affaire.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Ces six personnes sont jugées pour s'être souciées de leur société. Le "
                            "tribunal devrait clore leur dossier, pas alourdir leur peine."
                        ),
                        "attribution": "Une bénévole à la veillée de Cologne",
                    },
                ),
                (
                    "paragraph",
                    "Merci de faire circuler ces noms dans les jours qui viennent, sur les réseaux "
                    "et dans vos lettres aux élus.",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------
    {
        "slug": "2021-toronto-vigil-for-prisoners",
        "date": "2021-07-16",
        "countries": ["CA"],
        "tags": ["Toronto", "Emergency Appeal", "#FreeThemAll", "#FreeIranPoliticalPrisoners"],
        "source_organization": "",
        "source_url": "",
        "translated_from": "",
        "translator": "",
        "original_url": "",
        "corrections": [],
        "en": {
            "title": "Toronto vigil keeps Iran's prisoners in view",
            "lead": (
                "Around forty people gathered at dusk in downtown Toronto to read aloud the names "
                "of Iranians jailed for their beliefs and to collect signatures for the Emergency "
                "Appeal."
            ),
            "body": [
                (
                    "paragraph",
                    "Participants held candles and printed portraits of jailed writers, workers, "
                    "lawyers and students. Between the readings, volunteers explained to people "
                    "walking by why the campaign asks for every political prisoner to be freed, "
                    "not only the best-known names.",
                ),
                (
                    "image",
                    {
                        "label": "TORONTO",
                        "caption": "Portraits of prisoners and candles at the Toronto vigil.",
                        "credit": "Photo: campaign volunteer",
                        "palette": 4,
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Every time we say their names out loud, we remind their jailers that "
                            "the world is watching."
                        ),
                        "attribution": "A speaker at the vigil",
                    },
                ),
                (
                    "paragraph",
                    "Many people stopped to add their names to the appeal, which the Chilean "
                    "writer Ariel Dorfman has also endorsed. Organisers reminded the crowd that "
                    "prisoners take courage from knowing that strangers far away are thinking of "
                    "them.",
                ),
                (
                    "paragraph",
                    "Volunteers handed out a new palm card with a short summary of the appeal and "
                    "a link for signing it. Anyone can print it and take it to their own "
                    "neighbourhood.",
                ),
                (
                    "document",
                    {"title": "Palm card: Free Iran's political prisoners now", "kind": "palm card"},
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------
    {
        "slug": "2021-khuzestan-free-our-prisoners",
        "date": "2021-07-20",
        "countries": ["IR"],
        "tags": ["Susangard", "Ahvaz", "Khuzestan", "Kanun Hannover", "#FreeOurPrisoners"],
        "source_organization": "Kanun Hannover",
        "source_url": "",
        "translated_from": "fa",
        "translator": "Campaign volunteer",
        "original_url": "",
        "corrections": [],
        "en": {
            "title": "“Free our prisoners”: voices from Khuzestan",
            "lead": (
                "Residents of Susangard and Ahvaz in south-western Iran have openly demanded "
                "freedom for detained protesters, according to a Persian-language post shared by "
                "Kanun Hannover."
            ),
            "body": [
                (
                    "paragraph",
                    "In Susangard, crowds chanted in Arabic for the release of their prisoners. "
                    "The unrest in the province began with severe water shortages and quickly "
                    "grew into wider anger at the authorities.",
                ),
                (
                    "paragraph",
                    "In the Alavi neighbourhood of Ahvaz, residents used the Eid holiday to send "
                    "greetings to those behind bars, turning a festive message into a public act "
                    "of solidarity.",
                ),
                (
                    "paragraph",
                    "Hashtags shared alongside the videos compared the crackdown with the deadly "
                    "repression of November 2019, which Iranians call Aban after the month in "
                    "which it happened.",
                ),
                (
                    "paragraph",
                    "Our campaign stands with the people of Khuzestan and calls for the release of "
                    "everyone detained for taking part in these protests.",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------
    {
        "slug": "2021-stockholm-nouri-trial-protest",
        "date": "2021-08-13",
        "countries": ["SE"],
        "tags": [
            "Stockholm",
            "Burn the Cage",
            "Mothers of Khavaran",
            "#1988Massacre",
            "#FreeThemAll",
        ],
        "source_organization": "Burn the Cage, Free the Birds",
        "source_url": "",
        "translated_from": "",
        "translator": "",
        "original_url": "",
        "corrections": [],
        "en": {
            "title": "Protest outside the Stockholm court as the Hamid Nouri trial opens",
            "lead": (
                "Campaign supporters and relatives of victims of the 1988 prison massacre gathered "
                "outside the Stockholm courthouse as a former Iranian prison official went on trial."
            ),
            "body": [
                (
                    "paragraph",
                    "Hamid Nouri, once an assistant prosecutor at Gohardasht Prison near Tehran, is "
                    "charged in Sweden over his alleged part in the 1988 killings of political "
                    "prisoners. Over a few weeks that summer, thousands of prisoners were put to "
                    "death.",
                ),
                (
                    "paragraph",
                    "The hearings began only days after Ebrahim Raisi was sworn in as Iran's "
                    "president. Raisi sat on the so-called death commission that sent prisoners to "
                    "the gallows that summer, so many in the crowd felt the trial concerned him as "
                    "well.",
                ),
                (
                    "image",
                    {
                        "label": "STOCKHOLM",
                        "caption": "An enlarged copy of the Emergency Appeal outside the courthouse in Stockholm.",
                        "credit": "Photo: Burn the Cage, Free the Birds",
                        "palette": 5,
                    },
                ),
                (
                    "paragraph",
                    "Activists of the Burn the Cage, Free the Birds movement displayed a giant "
                    "enlargement of the Emergency Appeal as it had been printed in the New York "
                    "Review of Books. "
                    "Members of the Mothers of Khavaran held up photographs of the children, "
                    "siblings and spouses they lost in 1988.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "The men who signed those death lists still hold power in Tehran. We "
                            "are here so that today's prisoners never meet the same end."
                        ),
                        "attribution": "A Burn the Cage activist in Stockholm",
                    },
                ),
            ],
        },
        "es": {
            "title": "Protesta frente al tribunal de Estocolmo al comenzar el juicio a Hamid Nouri",
            "lead": (
                "Simpatizantes de la campaña y familiares de víctimas de la masacre de presos de "
                "1988 se concentraron frente al tribunal de Estocolmo cuando un exfuncionario "
                "penitenciario iraní fue llevado a juicio."
            ),
            "body": [
                (
                    "paragraph",
                    "Hamid Nouri, que fue fiscal adjunto en la prisión de Gohardasht, cerca de "
                    "Teherán, está acusado ante un tribunal sueco de participar en la ejecución "
                    "masiva de presos políticos en el verano de 1988. Miles de presos fueron "
                    "ejecutados en pocas semanas.",
                ),
                (
                    "paragraph",
                    "Las audiencias comenzaron pocos días después de que Ebrahim Raisi asumiera la "
                    "presidencia de Irán. Raisi formó parte de la llamada comisión de la muerte que "
                    "envió a los presos a la horca aquel verano, por lo que muchos de los presentes "
                    "sintieron que el juicio también lo señalaba a él.",
                ),
                (
                    "image",
                    {
                        "label": "STOCKHOLM",
                        "caption": "Una copia ampliada del Llamamiento de Emergencia frente al tribunal de Estocolmo.",
                        "credit": "Foto: Burn the Cage, Free the Birds",
                        "palette": 5,
                    },
                ),
                (
                    "paragraph",
                    "Activistas del movimiento Burn the Cage, Free the Birds mostraron una enorme "
                    "impresión del Llamamiento de Emergencia tal como había aparecido en la New "
                    "York Review of Books. Integrantes de las Madres de Javarán sostenían "
                    "fotografías de los hijos, hermanos y cónyuges que perdieron en 1988.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Los hombres que firmaron aquellas listas de muerte siguen en el poder "
                            "en Teherán. Estamos aquí para que los presos de hoy nunca corran la "
                            "misma suerte."
                        ),
                        "attribution": "Un activista de Burn the Cage en Estocolmo",
                    },
                ),
            ],
        },
        "fa": {
            "title": "اعتراض در برابر دادگاه استکهلم هم‌زمان با آغاز محاکمهٔ حمید نوری",
            "lead": (
                "هم‌زمان با آغاز محاکمهٔ یکی از مقام‌های پیشین زندان در ایران، حامیان کارزار و "
                "خانواده‌های قربانیان کشتار زندانیان در سال ۶۷ در برابر دادگاه استکهلم گرد آمدند."
            ),
            "body": [
                (
                    "paragraph",
                    "حمید نوری که زمانی دادیار زندان گوهردشت در نزدیکی تهران بود، در دادگاهی در "
                    "سوئد به مشارکت در اعدام دسته‌جمعی زندانیان سیاسی در تابستان ۱۳۶۷ متهم است. "
                    "هزاران زندانی در عرض چند هفته اعدام شدند.",
                ),
                (
                    "paragraph",
                    "جلسات دادگاه تنها چند روز پس از تحلیف ابراهیم رئیسی به عنوان رئیس‌جمهور ایران "
                    "آغاز شد. رئیسی عضو «هیئت مرگ» بود که در آن تابستان زندانیان را به چوبهٔ دار "
                    "سپرد، و از همین رو بسیاری از حاضران این محاکمه را به او نیز مربوط می‌دانستند.",
                ),
                (
                    "image",
                    {
                        "label": "STOCKHOLM",
                        "caption": "نسخهٔ بزرگ‌شدهٔ فراخوان اضطراری در برابر دادگاه استکهلم.",
                        "credit": "عکس: جنبش «قفس را بسوزان، پرنده‌ها را آزاد کن»",
                        "palette": 5,
                    },
                ),
                (
                    "paragraph",
                    "فعالان جنبش «قفس را بسوزان، پرنده‌ها را آزاد کن» نسخهٔ چاپی بسیار بزرگی از "
                    "فراخوان اضطراری را، همان‌گونه که در نشریهٔ نیویورک ریویو آو بوکس منتشر شده "
                    "بود، به نمایش گذاشتند. مادران خاوران عکس فرزندان، خواهران و برادران و "
                    "همسرانی را که در سال ۶۷ از دست داده بودند در دست داشتند.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "مردانی که آن فهرست‌های مرگ را امضا کردند هنوز در تهران بر سر قدرت‌اند. "
                            "ما اینجاییم تا زندانیان امروز هرگز به چنین سرنوشتی دچار نشوند."
                        ),
                        "attribution": "یکی از فعالان «قفس را بسوزان» در استکهلم",
                    },
                ),
            ],
        },
        "fr": {
            "title": "Manifestation devant le tribunal de Stockholm à l'ouverture du procès de Hamid Nouri",
            "lead": (
                "Des soutiens de la campagne et des proches de victimes du massacre des prisonniers "
                "de 1988 se sont rassemblés devant le tribunal de Stockholm alors qu'un ancien "
                "responsable pénitentiaire iranien y était jugé."
            ),
            "body": [
                (
                    "paragraph",
                    "Hamid Nouri, autrefois procureur adjoint à la prison de Gohardasht, près de "
                    "Téhéran, est accusé devant la justice suédoise d'avoir participé à "
                    "l'exécution de masse de prisonniers politiques à l'été 1988. Des milliers de "
                    "détenus ont été mis à mort en quelques semaines.",
                ),
                (
                    "paragraph",
                    "Les audiences se sont ouvertes quelques jours seulement après l'investiture "
                    "d'Ebrahim Raisi à la présidence de l'Iran. Raisi siégeait dans la « commission "
                    "de la mort » qui a envoyé des prisonniers à la potence cet été-là, si bien que "
                    "beaucoup dans la foule estimaient que le procès le visait aussi.",
                ),
                (
                    "image",
                    {
                        "label": "STOCKHOLM",
                        "caption": "Une copie agrandie de l'Appel d'urgence devant le tribunal de Stockholm.",
                        "credit": "Photo : Burn the Cage, Free the Birds",
                        "palette": 5,
                    },
                ),
                (
                    "paragraph",
                    "Les militants du mouvement Burn the Cage, Free the Birds ont déployé un immense "
                    "tirage de l'Appel d'urgence tel qu'il avait paru dans la New York Review of "
                    "Books. Des membres des Mères de Khavaran brandissaient les photos des enfants, "
                    "frères, sœurs et conjoints qu'elles ont perdus en 1988.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Les hommes qui ont signé ces listes de mort sont toujours au pouvoir à "
                            "Téhéran. Nous sommes là pour que les prisonniers d'aujourd'hui ne "
                            "connaissent jamais le même sort."
                        ),
                        "attribution": "Un militant de Burn the Cage à Stockholm",
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------
    {
        "slug": "2021-cali-street-market-outreach",
        "date": "2021-09-18",
        "countries": ["CO"],
        "tags": [
            "Cali",
            "Bogotá",
            "Revolutionary Communist Group (Colombia)",
            "#LibertadPresosPoliticosIran",
        ],
        "source_organization": "Revolutionary Communist Group (Colombia)",
        "source_url": "",
        "translated_from": "es",
        "translator": "Campaign volunteer",
        "original_url": "https://example.org/comrevco/2021/09/cali-mercado-presos-iran",
        "corrections": [],
        "en": {
            "title": "Cali market stalls hear about Iran's political prisoners",
            "lead": (
                "Volunteers in Cali, Colombia, spent a Saturday morning at a busy street market "
                "handing out flyers and talking with shoppers and vendors about prisoners in Iran."
            ),
            "body": [
                (
                    "paragraph",
                    "Carrying placards with the faces and short life stories of jailed teachers, "
                    "workers and writers, the group made its way between fruit stands and clothing "
                    "stalls. Few vendors had heard of the prisoners before, but several asked for "
                    "extra flyers to pass on to their customers.",
                ),
                (
                    "image",
                    {
                        "label": "CALI",
                        "caption": "Talking with vendors about Iran's prisoners at a market in Cali.",
                        "credit": "Photo: Revolutionary Communist Group (Colombia)",
                        "palette": 1,
                    },
                ),
                (
                    "paragraph",
                    "Some shoppers wondered why Colombians should care about a country so far "
                    "away. The volunteers reminded them how much strength Colombian protesters had "
                    "drawn from solidarity abroad during the uprisings of recent years.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "The people resisting in Iran's prisons want the same world we want. "
                            "Their cause is our cause."
                        ),
                        "attribution": "A volunteer at the market",
                    },
                ),
                (
                    "paragraph",
                    "The group plans to come back to the market every month and to take the "
                    "campaign to neighbourhoods in Bogotá as well.",
                ),
            ],
        },
        "es": {
            "title": "Un mercado de Cali conoce la causa de los presos políticos de Irán",
            "lead": (
                "Voluntarios en Cali, Colombia, pasaron una mañana de sábado en un concurrido "
                "mercado callejero repartiendo volantes y conversando con compradores y vendedores "
                "sobre los presos en Irán."
            ),
            "body": [
                (
                    "paragraph",
                    "Con pancartas que mostraban los rostros y breves biografías de maestros, "
                    "trabajadores y escritores encarcelados, el grupo recorrió los puestos de fruta "
                    "y de ropa. Pocos vendedores conocían a los presos, pero varios pidieron más "
                    "volantes para dárselos a sus clientes.",
                ),
                (
                    "image",
                    {
                        "label": "CALI",
                        "caption": "Conversando con vendedores sobre los presos de Irán en un mercado de Cali.",
                        "credit": "Foto: Grupo Comunista Revolucionario (Colombia)",
                        "palette": 1,
                    },
                ),
                (
                    "paragraph",
                    "Algunos compradores se preguntaban por qué a los colombianos debería "
                    "importarles un país tan lejano. Los voluntarios les recordaron cuánta fuerza "
                    "sacaron los manifestantes colombianos de la solidaridad internacional durante "
                    "los levantamientos de los últimos años.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Quienes resisten en las cárceles de Irán quieren el mismo mundo que "
                            "queremos nosotros. Su causa es nuestra causa."
                        ),
                        "attribution": "Una voluntaria en el mercado",
                    },
                ),
                (
                    "paragraph",
                    "El grupo piensa volver al mercado cada mes y llevar también la campaña a "
                    "barrios de Bogotá.",
                ),
            ],
        },
        "fa": {
            "title": "گفت‌وگو دربارهٔ زندانیان سیاسی ایران در بازاری در کالی",
            "lead": (
                "داوطلبان کارزار در شهر کالی در کلمبیا صبح یک روز شنبه را در بازاری شلوغ گذراندند؛ "
                "تراکت پخش کردند و با خریداران و فروشندگان دربارهٔ زندانیان ایران گفت‌وگو کردند."
            ),
            "body": [
                (
                    "paragraph",
                    "اعضای گروه با پلاکاردهایی که چهره و شرح کوتاهی از زندگی معلمان، کارگران و "
                    "نویسندگان زندانی را نشان می‌داد، از میان غرفه‌های میوه و پوشاک گذشتند. کمتر "
                    "فروشنده‌ای پیش‌تر نام این زندانیان را شنیده بود، اما چند نفر تراکت بیشتری "
                    "خواستند تا به مشتریانشان بدهند.",
                ),
                (
                    "image",
                    {
                        "label": "CALI",
                        "caption": "گفت‌وگو با فروشندگان دربارهٔ زندانیان ایران در بازاری در کالی.",
                        "credit": "عکس: گروه کمونیست انقلابی (کلمبیا)",
                        "palette": 1,
                    },
                ),
                (
                    "paragraph",
                    "برخی از خریداران می‌پرسیدند چرا مردم کلمبیا باید به کشوری چنین دور اهمیت "
                    "بدهند. داوطلبان به یادشان آوردند که معترضان کلمبیایی در خیزش‌های سال‌های اخیر "
                    "چه نیرویی از همبستگی مردم کشورهای دیگر گرفتند.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "کسانی که در زندان‌های ایران مقاومت می‌کنند همان جهانی را می‌خواهند که "
                            "ما می‌خواهیم. آرمان آنان آرمان ماست."
                        ),
                        "attribution": "یکی از داوطلبان در بازار",
                    },
                ),
                (
                    "paragraph",
                    "این گروه قصد دارد هر ماه به این بازار بازگردد و کارزار را به محله‌های بوگوتا "
                    "نیز ببرد.",
                ),
            ],
        },
        "fr": {
            "title": "Au marché de Cali, on parle des prisonniers politiques d'Iran",
            "lead": (
                "Des bénévoles de Cali, en Colombie, ont passé un samedi matin dans un marché de "
                "rue animé à distribuer des tracts et à parler des prisonniers iraniens avec les "
                "clients et les marchands."
            ),
            "body": [
                (
                    "paragraph",
                    "Munis de pancartes montrant les visages et de courtes biographies "
                    "d'enseignants, d'ouvriers et d'écrivains emprisonnés, les membres du groupe "
                    "ont circulé entre les étals de fruits et de vêtements. Peu de marchands "
                    "connaissaient ces prisonniers, mais plusieurs ont demandé des tracts "
                    "supplémentaires pour leurs clients.",
                ),
                (
                    "image",
                    {
                        "label": "CALI",
                        "caption": "Discussion avec des marchands sur les prisonniers iraniens, dans un marché de Cali.",
                        "credit": "Photo : Groupe communiste révolutionnaire (Colombie)",
                        "palette": 1,
                    },
                ),
                (
                    "paragraph",
                    "Certains passants se demandaient pourquoi des Colombiens devraient se soucier "
                    "d'un pays si lointain. Les bénévoles leur ont rappelé combien les manifestants "
                    "colombiens avaient puisé de force dans la solidarité venue de l'étranger lors "
                    "des soulèvements de ces dernières années.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Celles et ceux qui résistent dans les prisons iraniennes veulent le même "
                            "monde que nous. Leur cause est la nôtre."
                        ),
                        "attribution": "Une bénévole au marché",
                    },
                ),
                (
                    "paragraph",
                    "Le groupe prévoit de revenir au marché chaque mois et de porter aussi la "
                    "campagne dans des quartiers de Bogotá.",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------
    {
        "slug": "2021-pen-award-imprisoned-iranian-writers",
        "date": "2021-10-04",
        "countries": ["US"],
        "tags": ["New York", "PEN America", "Iranian Writers Association", "#FreeThemAll"],
        "source_organization": "PEN America",
        "source_url": "https://pen.org",
        "translated_from": "",
        "translator": "",
        "original_url": "",
        "corrections": [],
        "en": {
            "title": "PEN America honours three jailed members of the Iranian Writers Association",
            "lead": (
                "The poet and filmmaker Baktash Abtin, the novelist Keyvan Bajan and the critic "
                "Reza Khandan Mahabadi are this year's recipients of the PEN/Barbey Freedom to "
                "Write Award."
            ),
            "body": [
                (
                    "paragraph",
                    "All three are leading figures in the Iranian Writers Association, which has "
                    "stood against censorship for decades. Between them they are serving fifteen "
                    "and a half years in prison after a wave of arrests aimed at its members.",
                ),
                (
                    "paragraph",
                    "PEN America will put their case at the heart of its Literary Gala in New York "
                    "on 5 October, held this year at the American Museum of Natural History.",
                ),
                (
                    "paragraph",
                    "Hundreds of authors and artists have signed a PEN letter asking President "
                    "Raisi to set the three writers free, together with everyone else imprisoned "
                    "in Iran because of what they wrote.",
                ),
                (
                    "paragraph",
                    "We welcome the award and encourage our supporters to share the stories of "
                    "these writers together with the Emergency Appeal.",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------
    {
        "slug": "2021-harlem-heroism-for-these-times-report",
        "date": "2021-10-29",
        "countries": ["US"],
        "tags": ["New York", "Harlem", "Revolution Books", "Burn the Cage", "#FreeThemAll"],
        "source_organization": "Burn the Cage, Free the Birds",
        "source_url": "",
        "translated_from": "fa",
        "translator": "Campaign volunteer",
        "original_url": "",
        "corrections": [],
        "en": {
            "title": "“Heroism for These Times”: a report from Harlem",
            "lead": (
                "A participant has written a Persian-language account of the 25 September "
                "program for Iran's political prisoners at Revolution Books in Harlem; here is "
                "our English translation."
            ),
            "body": [
                (
                    "paragraph",
                    "The evening brought Iranian exiles, local activists, artists and neighbours "
                    "together in a bookstore with more guests than chairs. Speakers told the "
                    "stories of prisoners still held in Evin and other jails, and messages of "
                    "support from several countries were read aloud.",
                ),
                ("heading", "Watch the program"),
                (
                    "embed",
                    {
                        "url": "https://www.youtube.com/watch?v=aaaaaaaaaaa",
                        "title": "Heroism for These Times: Free Iran's Political Prisoners Now (full program)",
                    },
                ),
                (
                    "paragraph",
                    "The author, who is active in the Burn the Cage, Free the Birds movement, wrote "
                    "the piece for Persian speakers around the world. It first appeared in the "
                    "October issue of Fire magazine.",
                ),
                (
                    "paragraph",
                    "Short clips from the evening and the written statements of support are now "
                    "being shared online. We invite readers to show them at their own meetings.",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------
    {
        "slug": "2021-dusseldorf-evening-protest",
        "date": "2021-11-12",
        "countries": ["DE"],
        "tags": ["Düsseldorf", "London", "Burn the Cage", "Aban Tribunal", "#FreeThemAll"],
        "source_organization": "Burn the Cage, Free the Birds",
        "source_url": "",
        "translated_from": "",
        "translator": "",
        "original_url": "",
        "corrections": [],
        "en": {
            "title": "Evening protest in Düsseldorf demands freedom for all prisoners",
            "lead": (
                "On 8 November, environmental campaigners, human rights activists and members of "
                "Burn the Cage, Free the Birds stood together in Düsseldorf against the way Iran "
                "treats its political prisoners."
            ),
            "body": [
                (
                    "paragraph",
                    "Even after nightfall, bright posters in German and Persian caught the eye of "
                    "people walking past, and a good number of them stayed to hold up a sign "
                    "themselves.",
                ),
                (
                    "image",
                    {
                        "label": "DUSSELDORF",
                        "caption": "Posters in German and Persian at the evening protest in Düsseldorf.",
                        "credit": "Photo: Burn the Cage, Free the Birds",
                        "palette": 6,
                    },
                ),
                (
                    "paragraph",
                    "An open microphone let anyone who wished take a turn. Speaker after speaker "
                    "condemned the arrests, torture and executions of political and civil "
                    "activists and called for every prisoner to be set free.",
                ),
                (
                    "paragraph",
                    "Environmental activists noted that people defending Iran's land, water and "
                    "wildlife have also ended up in prison, and said the fight for the prisoners "
                    "is part of their own.",
                ),
                ("heading", "Aban Tribunal opens in London"),
                (
                    "paragraph",
                    "Two days later, the Aban Tribunal began five days of public hearings in London "
                    "on the killing of unarmed protesters in November 2019. Thirty-three witnesses "
                    "gave testimony, many of them from inside Iran.",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------
    {
        "slug": "2021-human-rights-day-paris-london",
        "date": "2021-12-15",
        "countries": ["FR", "GB"],
        "tags": ["Paris", "London", "Human Rights Day", "#FreeThemAll", "#HumanRightsDay"],
        "source_organization": "",
        "source_url": "",
        "translated_from": "",
        "translator": "",
        "original_url": "",
        "corrections": [],
        "en": {
            "title": "Human Rights Day: a banner over the Seine and a vigil in London",
            "lead": (
                "On 10 December, campaign supporters in Paris and London marked International "
                "Human Rights Day by demanding freedom for Iran's political prisoners."
            ),
            "body": [
                (
                    "paragraph",
                    "In Paris, volunteers unrolled a long banner reading “Free Iran's political "
                    "prisoners now” from a footbridge over the Seine. It stayed in view of walkers "
                    "and boat passengers for most of the afternoon.",
                ),
                (
                    "image",
                    {
                        "label": "PARIS",
                        "caption": "The campaign banner above the Seine in Paris on 10 December.",
                        "credit": "Photo: campaign volunteer",
                        "palette": 3,
                    },
                ),
                (
                    "paragraph",
                    "In London, a small candlelit gathering stood with the British-Iranian "
                    "prisoners Nazanin Zaghari-Ratcliffe and Anoosheh Ashoori, whose families have "
                    "spent years campaigning for their return. Speakers also named Mehran Raouf, "
                    "who was sentenced in August, along with Nahid Taghavi, to more than ten years "
                    "in prison.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "One day on the calendar is not enough. These prisoners need our voices "
                            "every day until the last cell is empty."
                        ),
                        "attribution": "A speaker at the London vigil",
                    },
                ),
                (
                    "paragraph",
                    "Four days later, twenty-three international human rights organisations urged "
                    "Iran to free the activist Mehdi Mahmoudian and the lawyers Arash Keykhosravi "
                    "and Mostafa Nili, who were arrested while preparing a lawsuit over the "
                    "government's handling of the COVID-19 pandemic.",
                ),
            ],
        },
        "es": {
            "title": "Día de los Derechos Humanos: una pancarta sobre el Sena y una vigilia en Londres",
            "lead": (
                "El 10 de diciembre, simpatizantes de la campaña en París y Londres conmemoraron el "
                "Día Internacional de los Derechos Humanos exigiendo la libertad de los presos "
                "políticos de Irán."
            ),
            "body": [
                (
                    "paragraph",
                    "En París, voluntarios desplegaron desde una pasarela sobre el Sena una larga "
                    "pancarta con el lema «Libertad ya para los presos políticos de Irán». Quedó a "
                    "la vista de paseantes y pasajeros de los barcos durante casi toda la tarde.",
                ),
                (
                    "image",
                    {
                        "label": "PARIS",
                        "caption": "La pancarta de la campaña sobre el Sena, en París, el 10 de diciembre.",
                        "credit": "Foto: voluntario de la campaña",
                        "palette": 3,
                    },
                ),
                (
                    "paragraph",
                    "En Londres, una pequeña concentración con velas expresó su apoyo a los presos "
                    "británico-iraníes Nazanin Zaghari-Ratcliffe y Anoosheh Ashoori, cuyas familias "
                    "llevan años luchando por su regreso. Los oradores nombraron también a Mehran "
                    "Raouf, condenado en agosto, junto con Nahid Taghavi, a más de diez años de "
                    "prisión.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Un solo día en el calendario no basta. Estos presos necesitan nuestras "
                            "voces todos los días, hasta que quede vacía la última celda."
                        ),
                        "attribution": "Una oradora en la vigilia de Londres",
                    },
                ),
                (
                    "paragraph",
                    "Cuatro días después, veintitrés organizaciones internacionales de derechos "
                    "humanos pidieron a Irán que liberara al activista Mehdi Mahmoudian y a los "
                    "abogados Arash Keykhosravi y Mostafa Nili, detenidos mientras preparaban una "
                    "demanda por la gestión de la pandemia de COVID-19 por parte del gobierno.",
                ),
            ],
        },
        "fa": {
            "title": "روز جهانی حقوق بشر: پارچه‌نوشته‌ای بر فراز رود سن و تجمعی در لندن",
            "lead": (
                "حامیان کارزار در پاریس و لندن در ۱۰ دسامبر، روز جهانی حقوق بشر، خواستار آزادی "
                "زندانیان سیاسی ایران شدند."
            ),
            "body": [
                (
                    "paragraph",
                    "در پاریس، داوطلبان پارچه‌نوشتهٔ بلندی با شعار «زندانیان سیاسی ایران را همین "
                    "حالا آزاد کنید» را از یک پل عابر پیاده بر فراز رود سن آویختند. این پارچه‌نوشته "
                    "بیشتر ساعات بعدازظهر پیش چشم رهگذران و مسافران قایق‌ها بود.",
                ),
                (
                    "image",
                    {
                        "label": "PARIS",
                        "caption": "پارچه‌نوشتهٔ کارزار بر فراز رود سن در پاریس، ۱۰ دسامبر.",
                        "credit": "عکس: داوطلب کارزار",
                        "palette": 3,
                    },
                ),
                (
                    "paragraph",
                    "در لندن، تجمع کوچکی با شمع‌های روشن در حمایت از زندانیان ایرانی‌-بریتانیایی، "
                    "نازنین زاغری رتکلیف و انوشه آشوری، برگزار شد؛ خانواده‌های آنان سال‌هاست برای "
                    "بازگشتشان تلاش می‌کنند. سخنرانان همچنین از مهران رئوف نام بردند که در ماه اوت، "
                    "همراه با ناهید تقوی، به بیش از ده سال زندان محکوم شد.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "یک روز در تقویم کافی نیست. این زندانیان هر روز به صدای ما نیاز دارند، "
                            "تا روزی که آخرین سلول هم خالی شود."
                        ),
                        "attribution": "یکی از سخنرانان تجمع لندن",
                    },
                ),
                (
                    "paragraph",
                    "چهار روز بعد، بیست‌وسه سازمان بین‌المللی حقوق بشری از ایران خواستند مهدی "
                    "محمودیان، فعال مدنی، و آرش کیخسروی و مصطفی نیلی، وکلای دادگستری، را آزاد کند؛ "
                    "آنان هنگام آماده‌کردن شکایتی دربارهٔ نحوهٔ مدیریت همه‌گیری کووید-۱۹ از سوی "
                    "دولت بازداشت شده بودند.",
                ),
            ],
        },
        "fr": {
            "title": "Journée des droits humains : une banderole sur la Seine et une veillée à Londres",
            "lead": (
                "Le 10 décembre, des soutiens de la campagne à Paris et à Londres ont marqué la "
                "Journée internationale des droits humains en exigeant la libération des "
                "prisonniers politiques d'Iran."
            ),
            "body": [
                (
                    "paragraph",
                    "À Paris, des bénévoles ont déroulé depuis une passerelle sur la Seine une "
                    "longue banderole proclamant « Libérez maintenant les prisonniers politiques "
                    "d'Iran ». Elle est restée visible des promeneurs et des passagers des bateaux "
                    "pendant presque tout l'après-midi.",
                ),
                (
                    "image",
                    {
                        "label": "PARIS",
                        "caption": "La banderole de la campagne au-dessus de la Seine, à Paris, le 10 décembre.",
                        "credit": "Photo : bénévole de la campagne",
                        "palette": 3,
                    },
                ),
                (
                    "paragraph",
                    "À Londres, un petit rassemblement aux chandelles a exprimé son soutien aux "
                    "prisonniers britanno-iraniens Nazanin Zaghari-Ratcliffe et Anoosheh Ashoori, "
                    "dont les familles se battent depuis des années pour leur retour. Les "
                    "intervenants ont aussi cité Mehran Raouf, condamné en août, comme Nahid "
                    "Taghavi, à plus de dix ans de prison.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Un seul jour dans le calendrier ne suffit pas. Ces prisonniers ont "
                            "besoin de nos voix chaque jour, jusqu'à ce que la dernière cellule "
                            "soit vide."
                        ),
                        "attribution": "Une intervenante à la veillée de Londres",
                    },
                ),
                (
                    "paragraph",
                    "Quatre jours plus tard, vingt-trois organisations internationales de défense "
                    "des droits humains ont demandé à l'Iran de libérer le militant Mehdi "
                    "Mahmoudian ainsi que les avocats Arash Keykhosravi et Mostafa Nili, arrêtés "
                    "alors qu'ils préparaient une plainte contre la gestion de la pandémie de "
                    "COVID-19 par le gouvernement.",
                ),
            ],
        },
    },
]

"""Demo news posts of 2022: from the first embassy protests of the year to the uprising that
followed the death of Jina Mahsa Amini. Format: see SCHEMA.md in this folder."""

IEC = "International Emergency Campaign to Free Iran's Political Prisoners Now"
IEC_URL = "https://www.freeiranspoliticalprisonersnow.org/"

POSTS = [
    # ------------------------------------------------------------------------------------
    {
        "slug": "2022-bogota-embassy-world-is-watching",
        "date": "2022-01-09",
        "countries": ["CO"],
        "tags": ["Bogotá", "Chapinero", "Plaza de Lourdes", "Baktash Abtin", "#FreeThemAll"],
        "source_organization": "Revolutionary Communist Group (Colombia)",
        "source_url": "",
        "translated_from": "es",
        "translator": "Campaign volunteer",
        "original_url": "https://example.org/es/noticias/2022-bogota-embajada-el-mundo-mira",
        "corrections": [],
        "en": {
            "title": "Bogotá Protesters Tell Iran's Embassy the World Is Watching",
            "lead": (
                "About three dozen people rallied outside the Islamic Republic's embassy in "
                "Bogotá on January 6, then carried the prisoners' stories through the streets "
                "of Chapinero."
            ),
            "body": [
                (
                    "paragraph",
                    "Shortly after midday on Thursday, January 6, the group met at the embassy "
                    "gate with hand-painted posters. Each poster showed the face of someone "
                    "jailed in Iran on one side and a campaign slogan in Spanish or English on "
                    "the other. Besides demanding freedom for every political prisoner, they "
                    "called on Washington to lift its sanctions and drop its threats of war.",
                ),
                (
                    "image",
                    {
                        "label": "BOGOTA",
                        "caption": "Marchers read the prisoners' stories aloud in the Chapinero district.",
                        "credit": "Campaign volunteers in Colombia",
                        "palette": 2,
                    },
                ),
                ("heading", "A walking exhibition"),
                (
                    "paragraph",
                    "Later the group came together again at Plaza de Lourdes and spent more "
                    "than an hour walking a dozen blocks. At every stop, one marcher read out "
                    "the case of the prisoner on their poster and another added passages from "
                    "the Emergency Appeal. Shopkeepers, street vendors and passers-by asked "
                    "questions, and many wanted to know why Colombians cared about prisoners so "
                    "far away.",
                ),
                (
                    "paragraph",
                    "Two days later, on January 8, news came that the poet and filmmaker "
                    "Baktash Abtin had died in custody. The participants said it only "
                    "hardened their resolve to spread the campaign across Colombia.",
                ),
            ],
        },
        "es": {
            "title": "Manifestantes en Bogotá advierten a la embajada de Irán que el mundo está mirando",
            "lead": (
                "Unas tres docenas de personas se concentraron el 6 de enero ante la embajada "
                "de la República Islámica en Bogotá y luego llevaron las historias de los "
                "presos por las calles de Chapinero."
            ),
            "body": [
                (
                    "paragraph",
                    "Poco después del mediodía del jueves 6 de enero, el grupo se reunió frente "
                    "a la puerta de la embajada con carteles pintados a mano. Cada cartel "
                    "mostraba de un lado el rostro de una persona presa en Irán y del otro una "
                    "consigna de la campaña en español o en inglés. Además de exigir la libertad "
                    "de todos los presos políticos, pidieron a Washington que levantara sus "
                    "sanciones y abandonara sus amenazas de guerra.",
                ),
                (
                    "image",
                    {
                        "label": "BOGOTA",
                        "caption": "Manifestantes leen en voz alta las historias de los presos en el barrio de Chapinero.",
                        "credit": "Voluntarios de la campaña en Colombia",
                        "palette": 2,
                    },
                ),
                ("heading", "Una exposición ambulante"),
                (
                    "paragraph",
                    "Después el grupo volvió a reunirse en la Plaza de Lourdes y recorrió una "
                    "docena de cuadras durante más de una hora. En cada parada, alguien leía el "
                    "caso del preso de su cartel y otra persona añadía pasajes del Llamamiento "
                    "de Emergencia. Comerciantes, vendedores ambulantes y transeúntes hicieron "
                    "preguntas, y muchos querían saber por qué a gente de Colombia le importaban "
                    "unos presos tan lejanos.",
                ),
                (
                    "paragraph",
                    "Dos días después, el 8 de enero, llegó la noticia de que el poeta y "
                    "cineasta Baktash Abtin había muerto bajo custodia. Los participantes "
                    "dijeron que la noticia no hizo más que reforzar su decisión de extender la "
                    "campaña por toda Colombia.",
                ),
            ],
        },
        "fa": {
            "title": "معترضان در بوگوتا به سفارت ایران: جهان نگاه می‌کند",
            "lead": (
                "حدود سی و شش نفر روز ۶ ژانویه در برابر سفارت جمهوری اسلامی در بوگوتا تجمع "
                "کردند و سپس داستان زندانیان را به خیابان‌های محلهٔ چاپینرو بردند."
            ),
            "body": [
                (
                    "paragraph",
                    "کمی پس از ظهر پنجشنبه ۶ ژانویه، جمع با پلاکاردهایی که با دست نقاشی شده "
                    "بود جلوی در سفارت گرد آمد. یک روی هر پلاکارد چهرهٔ یکی از زندانیان ایران "
                    "بود و روی دیگرش شعاری از کارزار به اسپانیایی یا انگلیسی. آن‌ها افزون بر "
                    "خواست آزادی همهٔ زندانیان سیاسی، از واشنگتن خواستند تحریم‌ها را بردارد و "
                    "از تهدید به جنگ دست بکشد.",
                ),
                (
                    "image",
                    {
                        "label": "BOGOTA",
                        "caption": "راهپیمایان در محلهٔ چاپینرو داستان زندانیان را با صدای بلند می‌خوانند.",
                        "credit": "داوطلبان کارزار در کلمبیا",
                        "palette": 2,
                    },
                ),
                ("heading", "نمایشگاهی در حال حرکت"),
                (
                    "paragraph",
                    "پس از آن، معترضان در میدان لوردس دوباره به هم پیوستند و بیش از یک ساعت در "
                    "دوازده بلوک از محله راه رفتند. در هر توقف، یکی از آن‌ها پروندهٔ زندانیِ "
                    "روی پلاکاردش را می‌خواند و دیگری بخش‌هایی از فراخوان اضطراری را به آن "
                    "می‌افزود. مغازه‌داران، دست‌فروشان و رهگذران پرسش‌هایی داشتند و بسیاری "
                    "می‌خواستند بدانند چرا مردم کلمبیا به زندانیانی در سرزمینی چنین دور اهمیت "
                    "می‌دهند.",
                ),
                (
                    "paragraph",
                    "دو روز بعد، در ۸ ژانویه، خبر رسید که بکتاش آبتین، شاعر و فیلمساز، در "
                    "بازداشت جان باخته است. شرکت‌کنندگان گفتند این خبر تنها عزمشان را برای "
                    "گسترش کارزار در سراسر کلمبیا استوارتر کرد.",
                ),
            ],
        },
        "fr": {
            "title": "À Bogotá, des manifestants rappellent à l'ambassade d'Iran que le monde regarde",
            "lead": (
                "Environ trois douzaines de personnes se sont rassemblées le 6 janvier devant "
                "l'ambassade de la République islamique à Bogotá, avant de porter les histoires "
                "des prisonniers dans les rues de Chapinero."
            ),
            "body": [
                (
                    "paragraph",
                    "Peu après midi, le jeudi 6 janvier, le groupe s'est retrouvé devant la "
                    "porte de l'ambassade avec des pancartes peintes à la main. Chacune montrait "
                    "d'un côté le visage d'une personne emprisonnée en Iran et de l'autre un "
                    "slogan de la campagne en espagnol ou en anglais. En plus d'exiger la "
                    "libération de tous les prisonniers politiques, les manifestants ont demandé "
                    "à Washington de lever ses sanctions et de renoncer à ses menaces de guerre.",
                ),
                (
                    "image",
                    {
                        "label": "BOGOTA",
                        "caption": "Des manifestants lisent à voix haute les histoires des prisonniers dans le quartier de Chapinero.",
                        "credit": "Bénévoles de la campagne en Colombie",
                        "palette": 2,
                    },
                ),
                ("heading", "Une exposition en marche"),
                (
                    "paragraph",
                    "Le groupe s'est ensuite reformé sur la Plaza de Lourdes et a parcouru une "
                    "douzaine de pâtés de maisons pendant plus d'une heure. À chaque arrêt, un "
                    "participant lisait le dossier du prisonnier figurant sur sa pancarte, puis "
                    "un autre ajoutait des extraits de l'Appel d'urgence. Commerçants, vendeurs "
                    "de rue et passants ont posé des questions, et beaucoup voulaient savoir "
                    "pourquoi des Colombiens se souciaient de prisonniers si lointains.",
                ),
                (
                    "paragraph",
                    "Deux jours plus tard, le 8 janvier, on apprenait la mort en détention du "
                    "poète et cinéaste Baktash Abtin. Les participants ont dit que cette "
                    "nouvelle n'avait fait que renforcer leur volonté d'étendre la campagne à "
                    "toute la Colombie.",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------
    {
        "slug": "2022-womens-day-marches-europe",
        "date": "2022-03-10",
        "countries": ["FR", "DE"],
        "tags": ["Paris", "Berlin", "Burn the Cage / Free the Birds", "IranWire", "#IWD2022", "#FreeThemAll"],
        "source_organization": "Burn the Cage / Free the Birds",
        "source_url": "",
        "translated_from": "",
        "translator": "",
        "original_url": "",
        "corrections": [],
        "en": {
            "title": "Iran's Women Prisoners Join Women's Day Marches in Europe",
            "lead": (
                "On March 8, campaign supporters and the Burn the Cage / Free the Birds "
                "movement brought the faces of Iran's jailed women into International Women's "
                "Day marches in several European cities."
            ),
            "body": [
                (
                    "paragraph",
                    "It was the first time the two efforts had worked side by side on such a "
                    "scale, and together they reached thousands of marchers. The day came only "
                    "two weeks after war broke out in Ukraine, and many speakers linked the "
                    "fight against militarism with the fight against patriarchy.",
                ),
                (
                    "image",
                    {
                        "label": "PARIS",
                        "caption": "Portraits of imprisoned Iranian women in the Paris march on March 8.",
                        "credit": "Burn the Cage / Free the Birds",
                        "palette": 5,
                    },
                ),
                (
                    "paragraph",
                    "In Paris, the contingent held up portraits and called out the names of "
                    "women locked up for defending rights in Iran. The Persian-language outlet "
                    "IranWire put the action on its front page and quoted the Emergency Appeal "
                    "at length.",
                ),
                (
                    "paragraph",
                    "Volunteers in Berlin reported a similar welcome. Organizers said many "
                    "people paused to photograph the portraits and asked for copies of the "
                    "appeal to share with friends.",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------
    {
        "slug": "2022-may-day-banner-berlin-stockholm-san-francisco",
        "date": "2022-05-05",
        "countries": ["DE", "SE", "US"],
        "tags": ["Berlin", "Stockholm", "San Francisco", "Hamid Nouri trial", "#MayDay", "#FreeThemAll"],
        "source_organization": IEC,
        "source_url": IEC_URL,
        "translated_from": "",
        "translator": "",
        "original_url": "",
        "corrections": [],
        "en": {
            "title": "Our Banner on May Day in Berlin, Stockholm and San Francisco",
            "lead": (
                "Around International Workers' Day, volunteers in three countries showed the "
                "faces of Iran's jailed dissidents to crowds numbering in the thousands."
            ),
            "body": [
                ("heading", "Berlin"),
                (
                    "paragraph",
                    "Some twenty thousand people, many of them young German radicals, marched "
                    "through Berlin on May 1 with the campaign banner among them. Marchers kept "
                    "stopping to photograph its portraits of jailed Iranians, whom our "
                    "contingent honoured as front-line fighters for a better world.",
                ),
                (
                    "image",
                    {
                        "label": "BERLIN",
                        "caption": "The campaign banner in the May Day march in Berlin.",
                        "credit": "Campaign volunteers",
                        "palette": 1,
                    },
                ),
                ("heading", "Stockholm and San Francisco"),
                (
                    "paragraph",
                    "In Stockholm, Iranians who had travelled from many countries gathered "
                    "outside the court as the trial of Hamid Nouri, accused over the 1988 prison "
                    "massacre, reached its closing arguments. Our volunteers stood with the "
                    "families and tied their call for justice to the prisoners whose lives are "
                    "in danger today.",
                ),
                (
                    "paragraph",
                    "In San Francisco, organizers of a May Day labor rally invited the campaign "
                    "to speak from their stage. Several listeners posed for photos with the "
                    "banner and signed up to help on the spot.",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------
    {
        "slug": "2022-cologne-march-ahmadreza-djalali",
        "date": "2022-05-21",
        "countries": ["DE"],
        "tags": ["Cologne", "Ahmadreza Djalali", "Burn the Cage / Free the Birds", "#burn_the_cage", "#StopExecutionsInIran"],
        "source_organization": "Burn the Cage / Free the Birds",
        "source_url": "",
        "translated_from": "fa",
        "translator": "Campaign volunteer",
        "original_url": "",
        "corrections": [],
        "en": {
            "title": "Cologne March Says No to the Execution of Ahmadreza Djalali",
            "lead": (
                "On Saturday, May 21, activists marched in the centre of Cologne against the "
                "death sentence handed to the Swedish-Iranian doctor and for the freedom of all "
                "political prisoners."
            ),
            "body": [
                (
                    "paragraph",
                    "The afternoon action was prepared jointly with several political groups "
                    "and lasted two hours. As the march moved through the city, one participant "
                    "used a loudspeaker to tell shoppers in German how the Islamic Republic "
                    "treats its opponents.",
                ),
                (
                    "paragraph",
                    "At the end, the marchers lined the bridge over the Rhine and held up "
                    "photographs and banners of prisoners while they sang songs of resistance.",
                ),
                (
                    "image",
                    {
                        "label": "COLOGNE",
                        "caption": "Photographs of prisoners raised above the Rhine.",
                        "credit": "Burn the Cage / Free the Birds",
                        "palette": 4,
                    },
                ),
                (
                    "paragraph",
                    "The Burn the Cage activists also joined a second demonstration that day, "
                    "carrying the banner of a committee that works for the unconditional "
                    "release of political prisoners. This report was first posted in Persian "
                    "and is published here in an unofficial translation.",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------
    {
        "slug": "2022-medellin-poetry-festival-appeal",
        "date": "2022-08-15",
        "countries": ["CO"],
        "tags": [
            "Medellín",
            "International Poetry Festival of Medellín",
            "University of Antioquia",
            "Casa Cultural La Pascasia",
            "#FreeThemAll",
        ],
        "source_organization": "Revolutionary Communist Group (Colombia)",
        "source_url": "",
        "translated_from": "",
        "translator": "",
        "original_url": "",
        "corrections": [],
        "en": {
            "title": "Poets in Medellín Take Up the Emergency Appeal",
            "lead": (
                "About ten volunteers brought the prisoners' cause to the 32nd International "
                "Poetry Festival of Medellín in late July, and some twenty poets signed the "
                "Emergency Appeal."
            ),
            "body": [
                (
                    "paragraph",
                    "The festival brought poets from two dozen countries to readings all over "
                    "the city. Our team moved from venue to venue, handing out the appeal in "
                    "four languages and talking with writers from Africa, Europe and Latin "
                    "America.",
                ),
                (
                    "image",
                    {
                        "label": "MEDELLIN",
                        "caption": "Part of the Burn the Cage exhibition shown during the festival.",
                        "credit": "Campaign volunteers in Colombia",
                        "palette": 6,
                    },
                ),
                (
                    "paragraph",
                    "A Burn the Cage, Free the Birds exhibition of 36 panels drew steady "
                    "crowds, and the documentary Nasrin was screened for an attentive audience. "
                    "In the final days, portraits of prisoners and poems written in Iranian "
                    "jails went on display at the University of Antioquia and at Casa Cultural "
                    "La Pascasia.",
                ),
                ("heading", "Why Iran?"),
                (
                    "paragraph",
                    "Some visitors wanted to know why people in Colombia should campaign for "
                    "prisoners in another country. The volunteers replied that oppression "
                    "does not respect borders and neither should solidarity. One of the "
                    "sceptics, a retired professor, ended up going to see the exhibition.",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------
    {
        "slug": "2022-jina-mahsa-amini-uprising-begins",
        "date": "2022-09-20",
        "countries": ["IR", "GB"],
        "tags": ["Saqqez", "Tehran", "London", "Shekib Mosadeq", "#WomanLifeFreedom", "#MahsaAmini"],
        "source_organization": "",
        "source_url": "",
        "translated_from": "",
        "translator": "",
        "original_url": "",
        "corrections": [],
        "en": {
            "title": "Fury Over the Death of Jina Mahsa Amini Spreads Across Iran",
            "lead": (
                "The death of 22-year-old Jina Mahsa Amini after her arrest by the so-called "
                "morality police has set off protests across Iran, led by women and young "
                "people."
            ),
            "body": [
                (
                    "paragraph",
                    "Jina Mahsa Amini, a young Kurdish woman from Saqqez, died in Tehran on "
                    "September 16, three days after she was detained over the way she wore her "
                    "headscarf. Since her funeral, crowds in dozens of cities have taken to the "
                    "streets chanting Woman, Life, Freedom.",
                ),
                (
                    "paragraph",
                    "Women are pulling off and burning their headscarves in public, and "
                    "students are walking out of their classes. Security forces have answered "
                    "with live ammunition and mass arrests, which makes the demand to free every "
                    "political prisoner more urgent than ever.",
                ),
                (
                    "embed",
                    {
                        "url": "https://www.youtube.com/watch?v=bbbbbbbbbbb",
                        "title": "Burn the Cage: protest footage set to Shekib Mosadeq's song",
                    },
                ),
                (
                    "paragraph",
                    "The Afghan composer Shekib Mosadeq has cut footage of the protests to his "
                    "song Burn the Cage. Campaign supporters are also joining candlelight vigils "
                    "outside Iranian embassies, including in London, and we urge everyone to "
                    "stand with them.",
                ),
            ],
        },
        "es": {
            "title": "La furia por la muerte de Jina Mahsa Amini se extiende por Irán",
            "lead": (
                "La muerte de Jina Mahsa Amini, de 22 años, tras ser detenida por la llamada "
                "policía de la moral, ha desatado protestas en todo Irán encabezadas por "
                "mujeres y jóvenes."
            ),
            "body": [
                (
                    "paragraph",
                    "Jina Mahsa Amini, una joven kurda de Saqqez, murió en Teherán el 16 de "
                    "septiembre, tres días después de ser detenida por la forma en que llevaba "
                    "el velo. Desde su funeral, multitudes en decenas de ciudades han salido a "
                    "las calles al grito de Mujer, Vida, Libertad.",
                ),
                (
                    "paragraph",
                    "Las mujeres se quitan el velo y lo queman en público, y los estudiantes "
                    "abandonan las aulas. Las fuerzas de seguridad han respondido con munición "
                    "real y detenciones masivas, lo que hace más urgente que nunca la exigencia "
                    "de liberar a todos los presos políticos.",
                ),
                (
                    "embed",
                    {
                        "url": "https://www.youtube.com/watch?v=bbbbbbbbbbb",
                        "title": "Quema la jaula: imágenes de las protestas con la canción de Shekib Mosadeq",
                    },
                ),
                (
                    "paragraph",
                    "El compositor afgano Shekib Mosadeq ha montado imágenes de las protestas "
                    "sobre su canción Quema la jaula. Simpatizantes de la campaña se suman "
                    "además a vigilias con velas frente a embajadas iraníes, entre ellas la de "
                    "Londres, y animamos a todo el mundo a acompañarlas.",
                ),
            ],
        },
        "fa": {
            "title": "خشم از مرگ ژینا مهسا امینی سراسر ایران را فرا گرفته است",
            "lead": (
                "مرگ ژینا مهسا امینیِ ۲۲ ساله پس از بازداشت به دست به‌اصطلاح «گشت ارشاد»، "
                "موجی از اعتراض را در سراسر ایران به راه انداخته که زنان و جوانان پیشاپیش آن "
                "ایستاده‌اند."
            ),
            "body": [
                (
                    "paragraph",
                    "ژینا مهسا امینی، زن جوان کُرد اهل سقز، روز ۲۵ شهریور (۱۶ سپتامبر) در تهران "
                    "جان باخت؛ سه روز پس از آنکه به خاطر نوع پوششش بازداشت شده بود. از روز "
                    "خاکسپاری او، جمعیت‌هایی در ده‌ها شهر با شعار «زن، زندگی، آزادی» به خیابان "
                    "آمده‌اند.",
                ),
                (
                    "paragraph",
                    "زنان در ملأ عام روسری‌هایشان را برمی‌دارند و آتش می‌زنند و دانشجویان "
                    "کلاس‌ها را ترک می‌کنند. نیروهای امنیتی با گلولهٔ جنگی و بازداشت‌های گسترده "
                    "پاسخ داده‌اند و همین، خواست آزادی همهٔ زندانیان سیاسی را فوری‌تر از همیشه "
                    "کرده است.",
                ),
                (
                    "embed",
                    {
                        "url": "https://www.youtube.com/watch?v=bbbbbbbbbbb",
                        "title": "قفس را بسوزان: تصاویر اعتراض‌ها با ترانهٔ شکیب مصدق",
                    },
                ),
                (
                    "paragraph",
                    "شکیب مصدق، آهنگساز افغانستانی، تصاویر اعتراض‌ها را روی ترانهٔ «قفس را "
                    "بسوزان» تدوین کرده است. هواداران کارزار همچنین در مراسم شمع‌افروزی مقابل "
                    "سفارت‌های جمهوری اسلامی، از جمله در لندن، شرکت می‌کنند و از همه می‌خواهیم "
                    "به آنان بپیوندند.",
                ),
            ],
        },
        "fr": {
            "title": "La colère après la mort de Jina Mahsa Amini gagne tout l'Iran",
            "lead": (
                "La mort de Jina Mahsa Amini, 22 ans, après son arrestation par la prétendue "
                "police des mœurs, a déclenché dans tout l'Iran des manifestations menées par "
                "les femmes et les jeunes."
            ),
            "body": [
                (
                    "paragraph",
                    "Jina Mahsa Amini, une jeune femme kurde de Saqqez, est morte à Téhéran le "
                    "16 septembre, trois jours après avoir été arrêtée pour la façon dont elle "
                    "portait son voile. Depuis ses funérailles, des foules descendent dans les "
                    "rues de dizaines de villes en scandant Femme, Vie, Liberté.",
                ),
                (
                    "paragraph",
                    "Des femmes retirent et brûlent leur voile en public, et des étudiants "
                    "quittent leurs cours. Les forces de sécurité répondent à balles réelles et "
                    "par des arrestations massives, ce qui rend plus urgente que jamais "
                    "l'exigence de libérer tous les prisonniers politiques.",
                ),
                (
                    "embed",
                    {
                        "url": "https://www.youtube.com/watch?v=bbbbbbbbbbb",
                        "title": "Brûle la cage : images des manifestations sur la chanson de Shekib Mosadeq",
                    },
                ),
                (
                    "paragraph",
                    "Le compositeur afghan Shekib Mosadeq a monté des images des manifestations "
                    "sur sa chanson Brûle la cage. Des sympathisants de la campagne participent "
                    "aussi à des veillées aux bougies devant des ambassades d'Iran, notamment à "
                    "Londres, et nous appelons chacun à les rejoindre.",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------
    {
        "slug": "2022-afghan-statement-supports-iran-uprising",
        "date": "2022-10-06",
        "countries": ["AF", "DE", "CA"],
        "tags": ["Kabul", "Herat", "Berlin", "JAKNA", "#WomanLifeFreedom", "#Afghanistan_Iran"],
        "source_organization": "JAKNA",
        "source_url": "",
        "translated_from": "fa",
        "translator": "Campaign volunteer",
        "original_url": "",
        "corrections": [],
        "en": {
            "title": "Afghans Around the World Stand With Iran's Uprising",
            "lead": (
                "Afghan women and men living in Afghanistan, in Iran and across the diaspora "
                "have signed a statement backing the revolt against the compulsory hijab and "
                "the Islamic Republic."
            ),
            "body": [
                (
                    "paragraph",
                    "The statement first appeared in Persian on JAKNA's Instagram page, and "
                    "campaign volunteers have translated it. Its authors write from Kabul and "
                    "Herat, from Mashhad and Zahedan, and from exile in Pakistan, Turkey, "
                    "Greece, Europe and the Americas.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "This revolt belongs to us as well. We stand beside those who have "
                            "risen in Iran, and we add our voices to theirs."
                        ),
                        "attribution": "From the statement",
                    },
                ),
                (
                    "paragraph",
                    "Signers include artists, nurses, lawyers, journalists, students and "
                    "refugee associations, and new names keep arriving. Below are some of the "
                    "first to sign.",
                ),
                (
                    "signatories",
                    {
                        "heading": "First signers",
                        "names": [
                            "Farida Noori, teacher, Herat",
                            "Hamid Sharifi, student, Mashhad",
                            "Laila Rahimi, nurse, Vienna",
                            "Sohrab Karimi, musician, Berlin",
                            "Nargis Haidari, women's rights activist, Toronto",
                            "Wahid Azizi, refugee rights volunteer, Athens",
                            "Zarmina Qaderi, journalist, Istanbul",
                            "Yasin Jafari, student, Kabul",
                            "Marzia Husseini, lawyer, Hamburg",
                            "Omid Rezayee, painter, Paris",
                            "Afghan Refugee Solidarity Circle, Vienna",
                            "A circle of Afghan university students in Iran",
                        ],
                    },
                ),
            ],
        },
        "es": {
            "title": "Afganos de todo el mundo se solidarizan con el levantamiento en Irán",
            "lead": (
                "Mujeres y hombres afganos que viven en Afganistán, en Irán y en la diáspora "
                "han firmado una declaración en apoyo a la revuelta contra el velo obligatorio "
                "y la República Islámica."
            ),
            "body": [
                (
                    "paragraph",
                    "La declaración apareció primero en persa en la página de Instagram de "
                    "JAKNA, y voluntarios de la campaña la han traducido. Sus autores escriben "
                    "desde Kabul y Herat, desde Mashhad y Zahedán, y desde el exilio en "
                    "Pakistán, Turquía, Grecia, Europa y América.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Esta revuelta también nos pertenece. Estamos junto a quienes se "
                            "han levantado en Irán y sumamos nuestra voz a la suya."
                        ),
                        "attribution": "De la declaración",
                    },
                ),
                (
                    "paragraph",
                    "Entre los firmantes hay artistas, enfermeras, abogadas, periodistas, "
                    "estudiantes y asociaciones de refugiados, y siguen llegando nuevos "
                    "nombres. A continuación, algunas de las primeras firmas.",
                ),
                (
                    "signatories",
                    {
                        "heading": "Primeras firmas",
                        "names": [
                            "Farida Noori, teacher, Herat",
                            "Hamid Sharifi, student, Mashhad",
                            "Laila Rahimi, nurse, Vienna",
                            "Sohrab Karimi, musician, Berlin",
                            "Nargis Haidari, women's rights activist, Toronto",
                            "Wahid Azizi, refugee rights volunteer, Athens",
                            "Zarmina Qaderi, journalist, Istanbul",
                            "Yasin Jafari, student, Kabul",
                            "Marzia Husseini, lawyer, Hamburg",
                            "Omid Rezayee, painter, Paris",
                            "Afghan Refugee Solidarity Circle, Vienna",
                            "A circle of Afghan university students in Iran",
                        ],
                    },
                ),
            ],
        },
        "fa": {
            "title": "افغانستانی‌ها در سراسر جهان در کنار خیزش ایران",
            "lead": (
                "زنان و مردانی از افغانستان که در افغانستان، در ایران و در دیگر نقاط جهان "
                "زندگی می‌کنند، بیانیه‌ای در پشتیبانی از شورش علیه حجاب اجباری و جمهوری اسلامی "
                "امضا کرده‌اند."
            ),
            "body": [
                (
                    "paragraph",
                    "این بیانیه نخست به فارسی در صفحهٔ اینستاگرام جاکنا منتشر شد و داوطلبان "
                    "کارزار آن را ترجمه کرده‌اند. نویسندگانش از کابل و هرات، از مشهد و زاهدان، "
                    "و از تبعید در پاکستان، ترکیه، یونان، اروپا و قارهٔ آمریکا می‌نویسند.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "این شورش از آنِ ما هم هست. ما در کنار کسانی ایستاده‌ایم که در ایران "
                            "به پا خاسته‌اند و صدایمان را با صدای آنان یکی می‌کنیم."
                        ),
                        "attribution": "از متن بیانیه",
                    },
                ),
                (
                    "paragraph",
                    "در میان امضاکنندگان هنرمندان، پرستاران، وکلا، روزنامه‌نگاران، دانشجویان و "
                    "انجمن‌های پناهجویان دیده می‌شوند و نام‌های تازه همچنان می‌رسد. در زیر برخی "
                    "از نخستین امضاها آمده است.",
                ),
                (
                    "signatories",
                    {
                        "heading": "نخستین امضاکنندگان",
                        "names": [
                            "Farida Noori, teacher, Herat",
                            "Hamid Sharifi, student, Mashhad",
                            "Laila Rahimi, nurse, Vienna",
                            "Sohrab Karimi, musician, Berlin",
                            "Nargis Haidari, women's rights activist, Toronto",
                            "Wahid Azizi, refugee rights volunteer, Athens",
                            "Zarmina Qaderi, journalist, Istanbul",
                            "Yasin Jafari, student, Kabul",
                            "Marzia Husseini, lawyer, Hamburg",
                            "Omid Rezayee, painter, Paris",
                            "Afghan Refugee Solidarity Circle, Vienna",
                            "A circle of Afghan university students in Iran",
                        ],
                    },
                ),
            ],
        },
        "fr": {
            "title": "Des Afghans du monde entier aux côtés du soulèvement en Iran",
            "lead": (
                "Des femmes et des hommes afghans vivant en Afghanistan, en Iran et dans la "
                "diaspora ont signé une déclaration de soutien à la révolte contre le voile "
                "obligatoire et la République islamique."
            ),
            "body": [
                (
                    "paragraph",
                    "La déclaration a d'abord paru en persan sur la page Instagram de JAKNA, et "
                    "des bénévoles de la campagne l'ont traduite. Ses auteurs écrivent depuis "
                    "Kaboul et Hérat, depuis Machhad et Zahedan, et depuis l'exil au Pakistan, "
                    "en Turquie, en Grèce, en Europe et sur le continent américain.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Cette révolte est aussi la nôtre. Nous sommes aux côtés de celles "
                            "et ceux qui se sont soulevés en Iran, et nous joignons nos voix "
                            "aux leurs."
                        ),
                        "attribution": "Extrait de la déclaration",
                    },
                ),
                (
                    "paragraph",
                    "Parmi les signataires figurent des artistes, des infirmières, des avocates, "
                    "des journalistes, des étudiants et des associations de réfugiés, et de "
                    "nouveaux noms continuent d'arriver. Voici quelques-unes des premières "
                    "signatures.",
                ),
                (
                    "signatories",
                    {
                        "heading": "Premiers signataires",
                        "names": [
                            "Farida Noori, teacher, Herat",
                            "Hamid Sharifi, student, Mashhad",
                            "Laila Rahimi, nurse, Vienna",
                            "Sohrab Karimi, musician, Berlin",
                            "Nargis Haidari, women's rights activist, Toronto",
                            "Wahid Azizi, refugee rights volunteer, Athens",
                            "Zarmina Qaderi, journalist, Istanbul",
                            "Yasin Jafari, student, Kabul",
                            "Marzia Husseini, lawyer, Hamburg",
                            "Omid Rezayee, painter, Paris",
                            "Afghan Refugee Solidarity Circle, Vienna",
                            "A circle of Afghan university students in Iran",
                        ],
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------
    {
        "slug": "2022-october-22-world-day-of-solidarity",
        "date": "2022-10-23",
        "countries": ["DE", "CA", "FR", "US", "CO"],
        "tags": [
            "Berlin",
            "Toronto",
            "Paris",
            "San Francisco",
            "New York",
            "Washington DC",
            "Bogotá",
            "#WomanLifeFreedom",
            "#FreeThemAll",
        ],
        "source_organization": IEC,
        "source_url": IEC_URL,
        "translated_from": "",
        "translator": "",
        "original_url": "",
        "corrections": [],
        "en": {
            "title": "A World Day of Solidarity With Iran's Uprising",
            "lead": (
                "Five weeks after Jina Mahsa Amini died in custody, people marched on October "
                "22 in cities around the world, with some eighty thousand in Berlin alone."
            ),
            "body": [
                (
                    "paragraph",
                    "Most marchers were Iranians living abroad, joined by a smaller but growing "
                    "number of people from other backgrounds. Campaign supporters helped build "
                    "the protests and made sure the call to free all political prisoners was "
                    "heard in them.",
                ),
                (
                    "image",
                    {
                        "label": "TORONTO",
                        "caption": "Demonstrators in Toronto on October 22.",
                        "credit": "Campaign supporters",
                        "palette": 3,
                    },
                ),
                ("heading", "From Berlin to Bogotá"),
                (
                    "paragraph",
                    "Contingents marched in Germany and France, in Toronto, and in San "
                    "Francisco, New York and Washington. In Bogotá, Colombian activists walked "
                    "through the Chapinero district carrying portraits of prisoners.",
                ),
                (
                    "quote",
                    {
                        "text": "Whoever rises up in Iran is rising up for all of us.",
                        "attribution": "A placard in the Bogotá march",
                    },
                ),
            ],
        },
        "es": {
            "title": "Un día mundial de solidaridad con el levantamiento en Irán",
            "lead": (
                "Cinco semanas después de la muerte de Jina Mahsa Amini bajo custodia, el 22 "
                "de octubre hubo marchas en ciudades de todo el mundo, con unas ochenta mil "
                "personas solo en Berlín."
            ),
            "body": [
                (
                    "paragraph",
                    "La mayoría de quienes marcharon eran iraníes que viven en el extranjero, "
                    "acompañados por un número menor, aunque creciente, de personas de otros "
                    "orígenes. Simpatizantes de la campaña ayudaron a preparar las protestas y "
                    "se aseguraron de que en ellas se oyera la exigencia de liberar a todos los "
                    "presos políticos.",
                ),
                (
                    "image",
                    {
                        "label": "TORONTO",
                        "caption": "Manifestantes en Toronto el 22 de octubre.",
                        "credit": "Simpatizantes de la campaña",
                        "palette": 3,
                    },
                ),
                ("heading", "De Berlín a Bogotá"),
                (
                    "paragraph",
                    "Hubo contingentes en Alemania y Francia, en Toronto, y en San Francisco, "
                    "Nueva York y Washington. En Bogotá, activistas colombianos recorrieron el "
                    "barrio de Chapinero con retratos de presos.",
                ),
                (
                    "quote",
                    {
                        "text": "Quien se levanta en Irán se levanta por todos nosotros.",
                        "attribution": "Un cartel en la marcha de Bogotá",
                    },
                ),
            ],
        },
        "fa": {
            "title": "روز جهانی همبستگی با خیزش مردم ایران",
            "lead": (
                "پنج هفته پس از جان باختن ژینا مهسا امینی در بازداشت، مردم روز ۲۲ اکتبر در "
                "شهرهای سراسر جهان راهپیمایی کردند؛ تنها در برلین حدود هشتاد هزار نفر."
            ),
            "body": [
                (
                    "paragraph",
                    "بیشتر راهپیمایان ایرانیان مقیم خارج بودند و شمار کمتر اما رو به افزایشی "
                    "از مردمان دیگر نیز به آنان پیوستند. هواداران کارزار در سازمان‌دهی این "
                    "اعتراض‌ها کمک کردند و کوشیدند خواست آزادی همهٔ زندانیان سیاسی در آن‌ها "
                    "شنیده شود.",
                ),
                (
                    "image",
                    {
                        "label": "TORONTO",
                        "caption": "معترضان در تورنتو، ۲۲ اکتبر.",
                        "credit": "هواداران کارزار",
                        "palette": 3,
                    },
                ),
                ("heading", "از برلین تا بوگوتا"),
                (
                    "paragraph",
                    "گروه‌هایی در آلمان و فرانسه، در تورنتو و در سان‌فرانسیسکو، نیویورک و "
                    "واشنگتن راهپیمایی کردند. در بوگوتا، فعالان کلمبیایی با تصاویر زندانیان در "
                    "محلهٔ چاپینرو به راه افتادند.",
                ),
                (
                    "quote",
                    {
                        "text": "هر کس در ایران به پا می‌خیزد، برای همهٔ ما به پا می‌خیزد.",
                        "attribution": "پلاکاردی در راهپیمایی بوگوتا",
                    },
                ),
            ],
        },
        "fr": {
            "title": "Une journée mondiale de solidarité avec le soulèvement en Iran",
            "lead": (
                "Cinq semaines après la mort de Jina Mahsa Amini en détention, des cortèges ont "
                "défilé le 22 octobre dans des villes du monde entier, dont quelque "
                "quatre-vingt mille personnes à Berlin."
            ),
            "body": [
                (
                    "paragraph",
                    "La plupart des manifestants étaient des Iraniens vivant à l'étranger, "
                    "rejoints par un nombre plus réduit mais croissant de personnes d'autres "
                    "horizons. Des sympathisants de la campagne ont aidé à préparer les cortèges "
                    "et veillé à ce que l'appel à libérer tous les prisonniers politiques y soit "
                    "entendu.",
                ),
                (
                    "image",
                    {
                        "label": "TORONTO",
                        "caption": "Manifestants à Toronto le 22 octobre.",
                        "credit": "Sympathisants de la campagne",
                        "palette": 3,
                    },
                ),
                ("heading", "De Berlin à Bogotá"),
                (
                    "paragraph",
                    "Des cortèges ont défilé en Allemagne et en France, à Toronto, ainsi qu'à "
                    "San Francisco, New York et Washington. À Bogotá, des militants colombiens "
                    "ont traversé le quartier de Chapinero avec des portraits de prisonniers.",
                ),
                (
                    "quote",
                    {
                        "text": "Qui se soulève en Iran se soulève pour nous tous.",
                        "attribution": "Une pancarte dans la marche de Bogotá",
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------
    {
        "slug": "2022-free-toomaj-salehi-worldwide",
        "date": "2022-11-07",
        "countries": ["FR", "CA", "CO"],
        "tags": ["Paris", "Toronto", "Medellín", "Toomaj Salehi", "#FreeToomaj", "#ToomajSalehi"],
        "source_organization": "Burn the Cage / Free the Birds",
        "source_url": "",
        "translated_from": "",
        "translator": "",
        "original_url": "",
        "corrections": [
            {
                "date": "2022-11-10",
                "en": (
                    "An earlier version of this post said the Paris action took place on "
                    "November 5. It was held on Sunday, November 6."
                ),
                "es": (
                    "Una versión anterior de esta nota decía que la acción de París tuvo lugar "
                    "el 5 de noviembre. Se realizó el domingo 6 de noviembre."
                ),
                "fa": (
                    "در نسخهٔ پیشین این خبر آمده بود که اقدام پاریس روز ۵ نوامبر برگزار شد. "
                    "این اقدام در واقع یکشنبه ۶ نوامبر برگزار شد."
                ),
                "fr": (
                    "Une version précédente de cet article indiquait que l'action de Paris avait "
                    "eu lieu le 5 novembre. Elle s'est tenue le dimanche 6 novembre."
                ),
            },
        ],
        "en": {
            "title": "Worldwide Actions Demand Freedom for Toomaj Salehi",
            "lead": (
                "Answering a call from the rapper's family, people rallied on November 5 and 6 "
                "to demand the immediate release of Toomaj Salehi, who was seized at the end of "
                "October."
            ),
            "body": [
                (
                    "paragraph",
                    "Toomaj Salehi, whose songs expose the crimes of the Islamic Republic, was "
                    "detained on October 30, and his family was given no word of him. His "
                    "relatives and friends asked freedom-loving people everywhere to take to "
                    "the streets on Saturday, November 5.",
                ),
                ("heading", "Paris, Toronto, Medellín"),
                (
                    "paragraph",
                    "In Paris, protesters gathered on Sunday, November 6, under the slogan Free "
                    "Toomaj and handed out a French-language flyer. In Medellín, people "
                    "attending a conference on the uprising had added their voices to the call "
                    "a day earlier.",
                ),
                (
                    "paragraph",
                    "In Toronto, a crowd rallied outside City Hall on November 5, and a member "
                    "of the rapper's family addressed them.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Toomaj sings what millions are thinking. Locking him up will not "
                            "silence them."
                        ),
                        "attribution": "A speaker at the Toronto rally",
                    },
                ),
                ("document", {"title": "Libérez Toomaj! French-language flyer handed out in Paris", "kind": "flyer"}),
            ],
        },
        "es": {
            "title": "Acciones en todo el mundo exigen la libertad de Toomaj Salehi",
            "lead": (
                "Respondiendo al llamado de la familia del rapero, la gente se movilizó el 5 y "
                "el 6 de noviembre para exigir la liberación inmediata de Toomaj Salehi, "
                "capturado a finales de octubre."
            ),
            "body": [
                (
                    "paragraph",
                    "Toomaj Salehi, cuyas canciones denuncian los crímenes de la República "
                    "Islámica, fue detenido el 30 de octubre y su familia no recibió noticia "
                    "alguna sobre él. Sus familiares y amigos pidieron a todas las personas "
                    "amantes de la libertad que salieran a las calles el sábado 5 de noviembre.",
                ),
                ("heading", "París, Toronto, Medellín"),
                (
                    "paragraph",
                    "En París, los manifestantes se reunieron el domingo 6 de noviembre bajo la "
                    "consigna Libertad para Toomaj y repartieron un volante en francés. En "
                    "Medellín, los asistentes a una conferencia sobre el levantamiento se "
                    "habían sumado al llamado un día antes.",
                ),
                (
                    "paragraph",
                    "En Toronto, una multitud se concentró frente al Ayuntamiento el 5 de "
                    "noviembre y un familiar del rapero tomó la palabra.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Toomaj canta lo que piensan millones de personas. Encerrarlo no "
                            "las hará callar."
                        ),
                        "attribution": "Intervención en la concentración de Toronto",
                    },
                ),
                ("document", {"title": "¡Libérez Toomaj! Volante en francés repartido en París", "kind": "flyer"}),
            ],
        },
        "fa": {
            "title": "اقدام‌هایی در سراسر جهان برای آزادی توماج صالحی",
            "lead": (
                "در پاسخ به فراخوان خانوادهٔ این رپر، مردم در روزهای ۵ و ۶ نوامبر گرد آمدند تا "
                "آزادی فوری توماج صالحی را خواستار شوند که در پایان اکتبر ربوده شده بود."
            ),
            "body": [
                (
                    "paragraph",
                    "توماج صالحی که ترانه‌هایش جنایت‌های جمهوری اسلامی را افشا می‌کند، ۳۰ اکتبر "
                    "بازداشت شد و هیچ خبری از او به خانواده‌اش داده نشد. بستگان و دوستانش از "
                    "همهٔ آزادی‌خواهان جهان خواستند روز شنبه ۵ نوامبر به خیابان بیایند.",
                ),
                ("heading", "پاریس، تورنتو، مدلین"),
                (
                    "paragraph",
                    "در پاریس، معترضان یکشنبه ۶ نوامبر با شعار «توماج را آزاد کنید» گرد آمدند و "
                    "اعلامیه‌ای به زبان فرانسوی پخش کردند. در مدلین، شرکت‌کنندگان در نشستی "
                    "دربارهٔ خیزش ایران یک روز پیش‌تر به این فراخوان پیوسته بودند.",
                ),
                (
                    "paragraph",
                    "در تورنتو، جمعیتی روز ۵ نوامبر مقابل ساختمان شهرداری گرد آمد و یکی از "
                    "اعضای خانوادهٔ این رپر برایشان سخن گفت.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "توماج همان چیزی را می‌خواند که میلیون‌ها نفر در دل دارند. زندانی "
                            "کردن او صدای آنان را خاموش نمی‌کند."
                        ),
                        "attribution": "یکی از سخنرانان تجمع تورنتو",
                    },
                ),
                ("document", {"title": "«توماج را آزاد کنید!»، اعلامیهٔ فرانسوی‌زبانی که در پاریس پخش شد", "kind": "flyer"}),
            ],
        },
        "fr": {
            "title": "Des actions dans le monde entier pour la libération de Toomaj Salehi",
            "lead": (
                "Répondant à l'appel de la famille du rappeur, des rassemblements ont eu lieu "
                "les 5 et 6 novembre pour exiger la libération immédiate de Toomaj Salehi, "
                "enlevé à la fin du mois d'octobre."
            ),
            "body": [
                (
                    "paragraph",
                    "Toomaj Salehi, dont les chansons dénoncent les crimes de la République "
                    "islamique, a été arrêté le 30 octobre sans que sa famille reçoive la "
                    "moindre nouvelle. Ses proches et ses amis ont demandé à toutes les "
                    "personnes éprises de liberté de descendre dans la rue le samedi 5 novembre.",
                ),
                ("heading", "Paris, Toronto, Medellín"),
                (
                    "paragraph",
                    "À Paris, des manifestants se sont réunis le dimanche 6 novembre sous le mot "
                    "d'ordre Libérez Toomaj et ont distribué un tract en français. À Medellín, "
                    "les participants à une conférence sur le soulèvement s'étaient joints à "
                    "l'appel la veille.",
                ),
                (
                    "paragraph",
                    "À Toronto, une foule s'est rassemblée devant l'hôtel de ville le 5 "
                    "novembre, et un membre de la famille du rappeur a pris la parole.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Toomaj chante ce que pensent des millions de gens. L'enfermer ne "
                            "les fera pas taire."
                        ),
                        "attribution": "Une prise de parole au rassemblement de Toronto",
                    },
                ),
                ("document", {"title": "Libérez Toomaj ! Tract distribué à Paris", "kind": "flyer"}),
            ],
        },
    },
    # ------------------------------------------------------------------------------------
    {
        "slug": "2022-san-francisco-bloody-aban-anniversary",
        "date": "2022-11-20",
        "countries": ["US"],
        "tags": ["San Francisco", "Bay Area for Iran", "#BloodyAban", "#FreeThemAll"],
        "source_organization": IEC,
        "source_url": IEC_URL,
        "translated_from": "",
        "translator": "",
        "original_url": "",
        "corrections": [],
        "en": {
            "title": "San Francisco Remembers Bloody Aban, Three Years On",
            "lead": (
                "On November 19, people in many countries remembered the hundreds killed when "
                "the Islamic Republic crushed the fuel-price protests of November 2019."
            ),
            "body": [
                (
                    "paragraph",
                    "In San Francisco, Bay Area for Iran and the campaign took part in a large "
                    "march that was both grieving and defiant. A mock funeral procession led "
                    "the way.",
                ),
                (
                    "image",
                    {
                        "label": "ABAN",
                        "caption": "The mock funeral at the head of the San Francisco march.",
                        "credit": "Campaign volunteers",
                        "palette": 7,
                    },
                ),
                (
                    "paragraph",
                    "About a dozen people dressed in black, with red tears painted on their "
                    "cheeks, carried figures standing for the dead. Behind them came banners "
                    "demanding an end to executions and freedom for everyone arrested since "
                    "September.",
                ),
                (
                    "paragraph",
                    "Three years later, the families of the victims are still waiting for "
                    "justice. Many of those who protested in 2019 are back in the streets today.",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------
    {
        "slug": "2022-new-york-concert-for-the-people-of",
        "date": "2022-12-05",
        "countries": ["US"],
        "tags": ["New York", "Manhattan School of Music", "Toomaj Salehi", "#WomanLifeFreedom"],
        "source_organization": IEC,
        "source_url": IEC_URL,
        "translated_from": "",
        "translator": "",
        "original_url": "",
        "corrections": [],
        "en": {
            "title": "A Concert in New York for Iran's Prisoners",
            "lead": (
                "On December 2, musicians at the Manhattan School of Music performed For the "
                "People Of, an evening of new music by Iranian composers dedicated to those "
                "jailed for protesting."
            ),
            "body": [
                (
                    "paragraph",
                    "Four pieces by different composers, living inside and outside Iran, formed "
                    "the heart of the programme, woven together with spoken word and video in "
                    "English and Persian. The instruments ranged from double bass and piano to "
                    "flute, saxophone, percussion and voice.",
                ),
                (
                    "paragraph",
                    "Guests were met at the door with the Emergency Appeal and a palm card "
                    "calling for the release of Toomaj Salehi. Drawings of women's hair were "
                    "taped to the floor all around the room.",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Music lets us ask who holds power over us and whether we have to "
                            "accept it. That is exactly the question the people of Iran are "
                            "asking right now."
                        ),
                        "attribution": "One of the musician-organizers",
                    },
                ),
                ("document", {"title": "Freedom for Toomaj! palm card", "kind": "palm card"}),
                (
                    "paragraph",
                    "The organizers hope to bring the concert to other venues and turn it into "
                    "a series.",
                ),
            ],
        },
    },
]

"""General pages of the demo campaign (its plans, its privacy policy), in the four site languages.

Each page has the format of a post's texts (see SCHEMA.md): a title, an optional lead and body
blocks, the same blocks in the same order in every language. In the privacy page, words in
braces are filled in when the demo is loaded, from the retention settings of the code that
runs it (see loader.DemoBuilder.retention), so that the page is true for this installation.
"""

PLANS = {
    "slug": "plans",
    "show_in_menus": True,
    "en": {
        "title": "Plans",
        "lead": "What the campaign means to do in the coming months, and where you fit in.",
        "body": [
            ("heading", "Keep every name in the public eye"),
            (
                "paragraph",
                "Every prisoner on death row in Iran needs a face, a name and a story that "
                "people outside the country know. We will keep the prisoners' profiles up to "
                "date and add new ones as soon as families and lawyers make cases public.",
            ),
            ("heading", "More cities, more languages"),
            (
                "paragraph",
                "Supporters already act in cities across the Americas and Europe. We want a "
                "volunteer who can translate in every city that holds an action, so that each "
                "report reaches readers in Spanish, Persian, French and English within days.",
            ),
            ("divider", None),
            ("heading", "How you can help"),
            (
                "paragraph",
                "Sign the Emergency Appeal and ask one friend to do the same. Print a poster of "
                "a prisoner and put it up where you live. Tell us about your action through the "
                "form on the events page, and we will publish it.",
            ),
        ],
    },
    "es": {
        "title": "Planes",
        "lead": "Lo que la campaña quiere hacer en los próximos meses, y tu lugar en ello.",
        "body": [
            ("heading", "Que ningún nombre caiga en el olvido"),
            (
                "paragraph",
                "Cada preso condenado a muerte en Irán necesita un rostro, un nombre y una "
                "historia conocidos fuera del país. Mantendremos al día los perfiles de los "
                "presos y añadiremos otros en cuanto familias y abogados hagan públicos sus casos.",
            ),
            ("heading", "Más ciudades, más idiomas"),
            (
                "paragraph",
                "Hay simpatizantes que ya actúan en ciudades de América y Europa. Queremos una "
                "persona voluntaria que traduzca en cada ciudad donde haya una acción, para que "
                "cada crónica llegue en pocos días a quienes leen en español, persa, francés e "
                "inglés.",
            ),
            ("divider", None),
            ("heading", "Cómo puedes ayudar"),
            (
                "paragraph",
                "Firma el Llamamiento de Emergencia y pide a una amiga o un amigo que lo firme "
                "también. Imprime el cartel de un preso y pégalo donde vives. Cuéntanos tu acción "
                "con el formulario de la página de eventos y la publicaremos.",
            ),
        ],
    },
    "fa": {
        "title": "برنامه‌ها",
        "lead": "آنچه کارزار در ماه‌های پیش رو می‌خواهد انجام دهد، و جایی که شما در آن دارید.",
        "body": [
            ("heading", "هیچ نامی فراموش نشود"),
            (
                "paragraph",
                "هر زندانی محکوم به اعدام در ایران به چهره، نام و داستانی نیاز دارد که مردم "
                "بیرون از کشور بشناسند. ما پروفایل زندانیان را به‌روز نگه می‌داریم و به محض این‌که "
                "خانواده‌ها و وکیلان پرونده‌ای را علنی کنند، پروفایل تازه‌ای می‌افزاییم.",
            ),
            ("heading", "شهرهای بیشتر، زبان‌های بیشتر"),
            (
                "paragraph",
                "هواداران هم‌اکنون در شهرهایی در قاره‌ی آمریکا و اروپا فعالیت می‌کنند. می‌خواهیم در "
                "هر شهری که اقدامی برگزار می‌شود یک داوطلب مترجم داشته باشیم، تا هر گزارش ظرف چند "
                "روز به خوانندگان اسپانیایی، فارسی، فرانسوی و انگلیسی برسد.",
            ),
            ("divider", None),
            ("heading", "چگونه می‌توانید کمک کنید"),
            (
                "paragraph",
                "فراخوان اضطراری را امضا کنید و از یکی از دوستانتان هم بخواهید امضا کند. پوستر "
                "یک زندانی را چاپ کنید و در محل زندگی‌تان نصب کنید. با فرم صفحه‌ی رویدادها از "
                "اقدام خود به ما خبر دهید تا آن را منتشر کنیم.",
            ),
        ],
    },
    "fr": {
        "title": "Projets",
        "lead": "Ce que la campagne compte faire dans les mois qui viennent, et votre place dans tout cela.",
        "body": [
            ("heading", "Que chaque nom reste connu"),
            (
                "paragraph",
                "Chaque condamné à mort en Iran a besoin d'un visage, d'un nom et d'une histoire "
                "connus hors du pays. Nous tiendrons à jour les profils des prisonniers et en "
                "ajouterons dès que des familles ou des avocats rendront des dossiers publics.",
            ),
            ("heading", "Plus de villes, plus de langues"),
            (
                "paragraph",
                "Des sympathisants agissent déjà dans des villes des Amériques et d'Europe. Nous "
                "voulons, dans chaque ville où se tient une action, une personne bénévole qui "
                "traduise, pour que chaque compte rendu parvienne en quelques jours aux lecteurs "
                "en espagnol, en persan, en français et en anglais.",
            ),
            ("divider", None),
            ("heading", "Comment aider"),
            (
                "paragraph",
                "Signez l'Appel d'urgence et demandez à une amie ou un ami de le signer aussi. "
                "Imprimez l'affiche d'un prisonnier et collez-la là où vous vivez. Racontez-nous "
                "votre action avec le formulaire de la page des événements : nous la publierons.",
            ),
        ],
    },
}

PRIVACY = {
    "slug": "privacy",
    "show_in_menus": False,
    "en": {
        "title": "Privacy",
        "lead": "What this site keeps about you, why, and for how long, in plain words.",
        "body": [
            ("heading", "If you only read"),
            (
                "paragraph",
                "Reading this site sets no cookie and loads nothing from any other website: no "
                "fonts, no statistics, no videos until you press play. The server keeps no "
                "record of your address or of the pages you read.",
            ),
            ("heading", "If you sign an appeal"),
            (
                "paragraph",
                "We keep your name, email address, country and whatever else you type, locked "
                "so that a copy of the database does not show them. Your email address is never "
                "shown on the site. Only what you choose when you confirm is shown in the list "
                "of signers.",
            ),
            (
                "paragraph",
                "If you do not confirm, your signature is deleted after {unconfirmed_days} "
                "days, and the confirmation link stops working after {link_days} days. "
                "{signer_retention}",
            ),
            (
                "paragraph",
                "To stop floods of false signatures we keep a scrambled trace of your "
                "connection's address, never the address itself. It is made with a key that "
                "changes every day and is thrown away after {key_hours} hours, so that nobody, "
                "not even us, can later tell which address it came from.",
            ),
            ("heading", "If you subscribe to alerts"),
            (
                "paragraph",
                "We keep your email address, locked like a signer's, and the language you "
                "read. Every alert has a link to unsubscribe at once. After that we keep the "
                "address only marked as unsubscribed, so that no alert reaches you by mistake; "
                "write to us and we will erase it.",
            ),
            ("heading", "Your rights"),
            (
                "paragraph",
                "You can ask us at any time what we keep about you, for a copy of it, or for it "
                "to be erased. The campaign's administrators can export and erase any signer's "
                "or subscriber's data.",
            ),
        ],
    },
    "es": {
        "title": "Privacidad",
        "lead": "Qué guarda este sitio sobre ti, para qué y durante cuánto tiempo, en palabras sencillas.",
        "body": [
            ("heading", "Si solo lees"),
            (
                "paragraph",
                "Leer este sitio no instala ninguna cookie ni carga nada de otras webs: ni "
                "fuentes, ni estadísticas, ni vídeos hasta que pulses «reproducir». El servidor "
                "no guarda tu dirección ni las páginas que lees.",
            ),
            ("heading", "Si firmas un llamamiento"),
            (
                "paragraph",
                "Guardamos tu nombre, tu correo, tu país y lo demás que escribas, cifrado para "
                "que una copia de la base de datos no lo muestre. Tu correo nunca aparece en el "
                "sitio. En la lista de firmantes solo se muestra lo que eliges al confirmar.",
            ),
            (
                "paragraph",
                "Si no confirmas, tu firma se borra a los {unconfirmed_days} días, y el enlace "
                "de confirmación deja de funcionar a los {link_days} días. {signer_retention}",
            ),
            (
                "paragraph",
                "Para frenar las avalanchas de firmas falsas guardamos una huella cifrada de la "
                "dirección de tu conexión, nunca la dirección misma. Se calcula con una clave "
                "que cambia cada día y se tira a las {key_hours} horas, de modo que nadie, ni "
                "siquiera nosotros, puede saber después de qué dirección vino.",
            ),
            ("heading", "Si te suscribes a las alertas"),
            (
                "paragraph",
                "Guardamos tu correo, cifrado como el de quien firma, y el idioma en que lees. "
                "Cada alerta trae un enlace para darte de baja al instante. Después solo "
                "guardamos la dirección marcada como dada de baja, para que ninguna alerta te "
                "llegue por error; escríbenos y la borraremos.",
            ),
            ("heading", "Tus derechos"),
            (
                "paragraph",
                "Puedes pedirnos en cualquier momento qué guardamos sobre ti, una copia o que lo "
                "borremos. Las personas que administran la campaña pueden exportar y borrar los "
                "datos de cualquier firmante o suscriptor.",
            ),
        ],
    },
    "fa": {
        "title": "حریم خصوصی",
        "lead": "این سایت چه چیزی از شما نگه می‌دارد، برای چه و تا کی، به زبان ساده.",
        "body": [
            ("heading", "اگر فقط می‌خوانید"),
            (
                "paragraph",
                "خواندن این سایت هیچ کوکی‌ای نمی‌گذارد و چیزی از وب‌سایت دیگری بار نمی‌کند: نه "
                "قلم، نه آمار، نه ویدیو تا وقتی خودتان دکمه‌ی پخش را بزنید. سرور نشانی شما و "
                "صفحه‌هایی را که می‌خوانید ثبت نمی‌کند.",
            ),
            ("heading", "اگر فراخوانی را امضا می‌کنید"),
            (
                "paragraph",
                "نام، نشانی ایمیل، کشور و هر چه بنویسید را رمزگذاری‌شده نگه می‌داریم تا رونوشتی از "
                "پایگاه داده آن‌ها را نشان ندهد. نشانی ایمیل شما هرگز در سایت نمایش داده نمی‌شود. "
                "در فهرست امضاکنندگان فقط همان چیزی دیده می‌شود که هنگام تأیید برمی‌گزینید.",
            ),
            (
                "paragraph",
                "اگر امضایتان را تأیید نکنید، پس از {unconfirmed_days} روز پاک می‌شود و پیوند "
                "تأیید پس از {link_days} روز از کار می‌افتد. {signer_retention}",
            ),
            (
                "paragraph",
                "برای جلوگیری از سیل امضاهای جعلی، ردی درهم‌ریخته از نشانی اتصال شما نگه می‌داریم، "
                "نه خود نشانی را. این رد با کلیدی ساخته می‌شود که هر روز عوض می‌شود و پس از "
                "{key_hours} ساعت دور ریخته می‌شود، تا هیچ‌کس، حتی خود ما، نتواند بعدها بفهمد از "
                "کدام نشانی آمده است.",
            ),
            ("heading", "اگر مشترک هشدارها می‌شوید"),
            (
                "paragraph",
                "نشانی ایمیل شما را، رمزگذاری‌شده مانند نشانی امضاکنندگان، و زبانی را که می‌خوانید "
                "نگه می‌داریم. هر هشدار پیوندی برای لغو فوری اشتراک دارد. پس از آن، نشانی را فقط "
                "با برچسب «لغو اشتراک» نگه می‌داریم تا هیچ هشداری به اشتباه به شما نرسد؛ به ما "
                "بنویسید تا آن را پاک کنیم.",
            ),
            ("heading", "حقوق شما"),
            (
                "paragraph",
                "هر زمان می‌توانید بپرسید چه چیزی از شما نگه داشته‌ایم، رونوشتی از آن بخواهید یا "
                "بخواهید پاکش کنیم. گردانندگان کارزار می‌توانند داده‌های هر امضاکننده یا مشترکی را "
                "بیرون بکشند و پاک کنند.",
            ),
        ],
    },
    "fr": {
        "title": "Confidentialité",
        "lead": "Ce que ce site garde sur vous, pourquoi et combien de temps, en termes simples.",
        "body": [
            ("heading", "Si vous lisez seulement"),
            (
                "paragraph",
                "Lire ce site ne dépose aucun cookie et ne charge rien depuis un autre site : ni "
                "polices, ni statistiques, ni vidéos tant que vous n'appuyez pas sur lecture. Le "
                "serveur ne garde ni votre adresse ni les pages que vous lisez.",
            ),
            ("heading", "Si vous signez un appel"),
            (
                "paragraph",
                "Nous gardons votre nom, votre adresse e-mail, votre pays et ce que vous écrivez "
                "d'autre, chiffrés pour qu'une copie de la base de données ne les montre pas. "
                "Votre adresse e-mail n'apparaît jamais sur le site. La liste des signataires ne "
                "montre que ce que vous choisissez en confirmant.",
            ),
            (
                "paragraph",
                "Si vous ne confirmez pas, votre signature est effacée au bout de "
                "{unconfirmed_days} jours, et le lien de confirmation cesse de fonctionner au "
                "bout de {link_days} jours. {signer_retention}",
            ),
            (
                "paragraph",
                "Pour arrêter les avalanches de fausses signatures, nous gardons une empreinte "
                "brouillée de l'adresse de votre connexion, jamais l'adresse elle-même. Elle est "
                "calculée avec une clé qui change chaque jour et qui est jetée au bout de "
                "{key_hours} heures : personne, pas même nous, ne peut ensuite retrouver "
                "l'adresse d'où elle vient.",
            ),
            ("heading", "Si vous vous abonnez aux alertes"),
            (
                "paragraph",
                "Nous gardons votre adresse e-mail, chiffrée comme celle des signataires, et la "
                "langue dans laquelle vous lisez. Chaque alerte contient un lien pour vous "
                "désabonner aussitôt. Ensuite, nous ne gardons l'adresse que marquée comme "
                "désabonnée, pour qu'aucune alerte ne vous parvienne par erreur ; écrivez-nous "
                "et nous l'effacerons.",
            ),
            ("heading", "Vos droits"),
            (
                "paragraph",
                "Vous pouvez nous demander à tout moment ce que nous gardons sur vous, en obtenir "
                "une copie ou le faire effacer. Les administrateurs de la campagne peuvent "
                "exporter et effacer les données de tout signataire ou abonné.",
            ),
        ],
    },
}

# The last sentence about signers, chosen by the appeals' own setting of how long signers'
# email addresses are kept after an appeal closes.
SIGNER_RETENTION = {
    "set": {
        "en": "Once an appeal has closed, signers' email addresses and connection traces are "
        "erased within {retention_days} days; names and counts stay as signers chose.",
        "es": "Cuando un llamamiento se cierra, los correos y las huellas de conexión de quienes "
        "firmaron se borran en un plazo de {retention_days} días; nombres y recuentos quedan "
        "como cada firmante eligió.",
        "fa": "پس از بسته شدن یک فراخوان، نشانی ایمیل و رد اتصال امضاکنندگان ظرف "
        "{retention_days} روز پاک می‌شود؛ نام‌ها و شمارش‌ها همان‌گونه که امضاکنندگان "
        "برگزیده‌اند می‌مانند.",
        "fr": "Une fois un appel clos, les adresses e-mail et les empreintes de connexion des "
        "signataires sont effacées sous {retention_days} jours ; noms et décomptes restent tels "
        "que les signataires les ont choisis.",
    },
    "kept": {
        "en": "A confirmed signature is kept with your email address for as long as the "
        "campaign needs to write to signers about its appeal; this campaign has set no date "
        "for erasing them automatically, so ask us and we will.",
        "es": "Una firma confirmada se guarda con tu correo mientras la campaña necesite "
        "escribir a quienes firmaron; esta campaña no ha fijado una fecha para borrarlos "
        "automáticamente, así que pídenoslo y lo haremos.",
        "fa": "امضای تأییدشده همراه نشانی ایمیل شما تا زمانی نگه داشته می‌شود که کارزار برای "
        "نوشتن به امضاکنندگان به آن نیاز دارد؛ این کارزار تاریخی برای پاک کردن خودکار آن‌ها "
        "تعیین نکرده است، پس از ما بخواهید تا پاکشان کنیم.",
        "fr": "Une signature confirmée est gardée avec votre adresse e-mail tant que la "
        "campagne a besoin d'écrire aux signataires ; cette campagne n'a fixé aucune date pour "
        "les effacer automatiquement : demandez-le-nous et nous le ferons.",
    },
}

PAGES = [PLANS, PRIVACY]

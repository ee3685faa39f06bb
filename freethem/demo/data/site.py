"""Texts of the demo campaign's home page and news index, in the four site languages."""

HOME = {
    "slug": "home",
    "en": {
        "title": "Free Iran's Political Prisoners Now",
        "tagline": "An international emergency campaign to save the lives of Iran's political prisoners.",
        "intro": (
            "Volunteers in many countries work together to stop executions and torture in Iran "
            "and to win freedom for everyone jailed for speaking, writing, singing or protesting. "
            "Read the news of actions around the world, sign the Emergency Appeal and take the "
            "prisoners' stories into your own streets."
        ),
    },
    "es": {
        "title": "Libertad ya para los presos políticos de Irán",
        "tagline": "Una campaña internacional de emergencia para salvar la vida de los presos políticos de Irán.",
        "intro": (
            "Voluntarias y voluntarios de muchos países trabajan juntos para detener las ejecuciones "
            "y la tortura en Irán y lograr la libertad de quienes están presos por hablar, escribir, "
            "cantar o protestar. Lee las noticias de las acciones en todo el mundo, firma el "
            "Llamamiento de Emergencia y lleva las historias de los presos a tus propias calles."
        ),
    },
    "fa": {
        "title": "زندانیان سیاسی ایران را همین حالا آزاد کنید",
        "tagline": "کارزاری بین‌المللی و اضطراری برای نجات جان زندانیان سیاسی ایران.",
        "intro": (
            "داوطلبانی در کشورهای گوناگون با هم کار می‌کنند تا جلوی اعدام و شکنجه در ایران گرفته شود "
            "و همهٔ کسانی که به خاطر سخن گفتن، نوشتن، خواندن یا اعتراض زندانی شده‌اند آزاد شوند. "
            "خبر اقدام‌ها در سراسر جهان را بخوانید، فراخوان اضطراری را امضا کنید و داستان زندانیان را "
            "به خیابان‌های شهر خودتان ببرید."
        ),
    },
    "fr": {
        "title": "Libérez maintenant les prisonniers politiques d'Iran",
        "tagline": "Une campagne internationale d'urgence pour sauver la vie des prisonniers politiques d'Iran.",
        "intro": (
            "Des bénévoles de nombreux pays agissent ensemble pour arrêter les exécutions et la "
            "torture en Iran et obtenir la liberté de toutes les personnes emprisonnées pour avoir "
            "parlé, écrit, chanté ou manifesté. Lisez les nouvelles des actions dans le monde, signez "
            "l'Appel d'urgence et portez l'histoire des prisonniers dans vos propres rues."
        ),
    },
}

NEWS_INDEX = {
    "slug": "news",
    "en": {
        "title": "Recent news from the global movement",
        "menu_label": "News",
        "search_description": "Reports of solidarity actions, statements and alerts from around the world.",
        "intro": (
            "Reports from rallies, poster actions, concerts and vigils in solidarity with Iran's "
            "political prisoners, many of them translated by volunteers. Send us news of what "
            "happens where you live."
        ),
    },
    "es": {
        "title": "Noticias recientes del movimiento mundial",
        "menu_label": "Noticias",
        "search_description": "Crónicas de acciones de solidaridad, declaraciones y alertas de todo el mundo.",
        "intro": (
            "Crónicas de concentraciones, acciones con carteles, conciertos y vigilias en solidaridad "
            "con los presos políticos de Irán, muchas traducidas por voluntarios. Envíanos noticias "
            "de lo que ocurre donde vives."
        ),
    },
    "fa": {
        "title": "تازه‌ترین خبرهای جنبش جهانی",
        "menu_label": "خبرها",
        "search_description": "گزارش اقدام‌های همبستگی، بیانیه‌ها و هشدارها از سراسر جهان.",
        "intro": (
            "گزارش‌هایی از تجمع‌ها، پوسترگردانی‌ها، کنسرت‌ها و شب‌زنده‌داری‌ها در همبستگی با زندانیان "
            "سیاسی ایران که بسیاری از آن‌ها را داوطلبان ترجمه کرده‌اند. خبر آنچه در شهر شما می‌گذرد "
            "را برای ما بفرستید."
        ),
    },
    "fr": {
        "title": "Dernières nouvelles du mouvement mondial",
        "menu_label": "Actualités",
        "search_description": "Comptes rendus d'actions de solidarité, déclarations et alertes du monde entier.",
        "intro": (
            "Comptes rendus de rassemblements, d'actions d'affichage, de concerts et de veillées en "
            "solidarité avec les prisonniers politiques d'Iran, souvent traduits par des bénévoles. "
            "Envoyez-nous des nouvelles de ce qui se passe près de chez vous."
        ),
    },
}

PRISONER_INDEX = {
    "slug": "prisoners",
    "en": {
        "title": "Political prisoners",
        "intro": (
            "The people whose freedom we campaign for: what they did, what was done to them, and "
            "where they are held today. Every fact carries its source and says how far we have "
            "verified it. Print their posters for your next action."
        ),
    },
    "es": {
        "title": "Presos políticos",
        "intro": (
            "Las personas por cuya libertad hacemos campaña: qué hicieron, qué se les hizo y dónde "
            "están presas hoy. Cada dato lleva su fuente e indica hasta qué punto lo hemos "
            "verificado. Imprime sus carteles para tu próxima acción."
        ),
    },
    "fa": {
        "title": "زندانیان سیاسی",
        "intro": (
            "کسانی که برای آزادی‌شان کارزار می‌کنیم: چه کردند، چه بر سرشان آمد و امروز کجا زندانی‌اند. "
            "هر خبر منبع خود را دارد و می‌گوید تا چه اندازه آن را راستی‌آزمایی کرده‌ایم. پوستر آن‌ها را "
            "برای اقدام بعدی‌تان چاپ کنید."
        ),
    },
    "fr": {
        "title": "Prisonniers politiques",
        "intro": (
            "Les personnes pour la liberté desquelles nous faisons campagne : ce qu'elles ont fait, "
            "ce qu'on leur a fait subir et où elles sont détenues aujourd'hui. Chaque fait porte sa "
            "source et dit jusqu'où nous l'avons vérifié. Imprimez leurs affiches pour votre "
            "prochaine action."
        ),
    },
}

DOWNLOADS = {
    "slug": "downloads",
    "en": {
        "title": "Downloads",
        "intro": (
            "Flyers, palm cards, posters and statements to print and hand out. Each file is on "
            "this site, with its language and size shown before you download it."
        ),
    },
    "es": {
        "title": "Descargas",
        "intro": (
            "Volantes, tarjetas de bolsillo, carteles y declaraciones para imprimir y repartir. "
            "Cada archivo está en este sitio y muestra su idioma y tamaño antes de descargarlo."
        ),
    },
    "fa": {
        "title": "دریافت فایل‌ها",
        "intro": (
            "تراکت، کارت جیبی، پوستر و بیانیه برای چاپ و پخش. همهٔ فایل‌ها روی همین سایت‌اند و پیش از "
            "دریافت، زبان و حجم هر کدام را می‌بینید."
        ),
    },
    "fr": {
        "title": "Téléchargements",
        "intro": (
            "Tracts, cartes de poche, affiches et déclarations à imprimer et à distribuer. Chaque "
            "fichier se trouve sur ce site, avec sa langue et sa taille indiquées avant le "
            "téléchargement."
        ),
    },
    # Sections of the page, and the kinds of file each one lists.
    "sections": [
        (
            {"en": "For street actions", "es": "Para las acciones en la calle",
             "fa": "برای اقدام‌های خیابانی", "fr": "Pour les actions de rue"},
            ("flyer", "palm-card", "poster"),
        ),
        (
            {"en": "Appeals and statements", "es": "Llamamientos y declaraciones",
             "fa": "فراخوان‌ها و بیانیه‌ها", "fr": "Appels et déclarations"},
            ("appeal", "statement", "report", "other"),
        ),
    ],
}

# The home page's hero: a vigil under a banner with the campaign's slogan, drawn in each
# language by the demo (freethem/demo/media.py), with its text alternative.
HERO = {
    "en": {
        "slogan": "Free them now",
        "alt": "People hold candles at dusk under a banner that reads “Free them now”.",
    },
    "es": {
        "slogan": "Libérenlos ya",
        "alt": "Personas con velas al anochecer bajo una pancarta que dice «Libérenlos ya».",
    },
    "fa": {
        "slogan": "همین حالا آزادشان کنید",
        "alt": "مردم هنگام غروب زیر پارچه‌نوشته‌ای با جملهٔ «همین حالا آزادشان کنید» شمع در دست دارند.",
    },
    "fr": {
        "slogan": "Libérez-les maintenant",
        "alt": "Des personnes tiennent des bougies au crépuscule sous une banderole qui dit « Libérez-les maintenant ».",
    },
}

# Listing images of posts that have no photo of their own: a scene each, in turn, with the
# slogan on those that carry a banner (in English: a picture is shared by every translation).
LISTING_SCENES = [
    {"scene": "vigil", "alt": "People hold candles at dusk."},
    {"scene": "crowd", "alt": "A march under a banner that reads “Free them now”.", "slogan": "Free them now"},
    {"scene": "candles", "alt": "Candles burning in the dark."},
    {"scene": "banner", "alt": "A banner on a wall that reads “#FreeThemAll”.", "slogan": "#FreeThemAll"},
    {"scene": "dawn", "alt": "Birds fly across a rising sun."},
]

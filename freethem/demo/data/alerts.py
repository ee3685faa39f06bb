"""The demo's alerts: two sent in 2022, in four languages, and who receives them."""

# How many confirmed subscribers, by the language they read alerts in; a few more are still to
# confirm and a few have left, as on any list.
SUBSCRIBERS = {"en": 70, "fa": 55, "es": 45, "fr": 30}
PENDING = 6
UNSUBSCRIBED = 4

ALERTS = [
    {
        "archived": True,
        "sent_at": "2022-08-08T16:00:00+00:00",
        "subject": {
            "en": "The Emergency Appeal is in Ms. magazine: get a copy and pass it on",
            "es": "El Llamamiento de Emergencia está en la revista Ms.: consigue un ejemplar y compártelo",
            "fa": "فراخوان اضطراری در مجله‌ی Ms. چاپ شد: نسخه‌ای بگیرید و دست‌به‌دست کنید",
            "fr": "L'Appel d'urgence paraît dans le magazine Ms. : procurez-vous un exemplaire et faites-le circuler",
        },
        "body": {
            "en": [
                "Our Emergency Appeal fills pages 40 and 41 of the summer issue of Ms. magazine, on newsstands now.",
                "Take a copy to your classroom, ask a bookshop to show the page, bring it to your next rally. Every reader who signs adds weight to the call to free Iran's political prisoners.",
            ],
            "es": [
                "Nuestro Llamamiento de Emergencia ocupa las páginas 40 y 41 del número de verano de la revista Ms., ya en los quioscos.",
                "Llévala a tu clase, pide a una librería que exhiba la página, muéstrala en tu próxima manifestación. Cada lector que firma da más fuerza a la exigencia de liberar a los presos políticos de Irán.",
            ],
            "fa": [
                "فراخوان اضطراری ما صفحه‌های ۴۰ و ۴۱ شماره‌ی تابستانی مجله‌ی Ms. را پر کرده است؛ این شماره اکنون در دکه‌هاست.",
                "آن را به کلاس درس ببرید، از کتاب‌فروشی بخواهید این صفحه را در معرض دید بگذارد، در تجمع بعدی همراه داشته باشید. هر خواننده‌ای که امضا می‌کند، صدای خواست آزادی زندانیان سیاسی ایران را بلندتر می‌کند.",
            ],
            "fr": [
                "Notre Appel d'urgence occupe les pages 40 et 41 du numéro d'été du magazine Ms., en kiosque dès maintenant.",
                "Apportez-le en classe, demandez à une librairie d'afficher la page, montrez-le à votre prochain rassemblement. Chaque lectrice, chaque lecteur qui signe renforce l'exigence de libérer les prisonniers politiques d'Iran.",
            ],
        },
    },
    {
        "archived": True,
        "sent_at": "2022-11-07T09:00:00+00:00",
        # Sent from a news post: the message carries the post's lead and a link to it.
        "news_slug": "2022-free-toomaj-salehi-worldwide",
        "subject": {
            "en": "Toomaj Salehi's life is in danger: speak up for him today",
            "es": "La vida de Toomaj Salehi corre peligro: alza hoy la voz por él",
            "fa": "جان توماج صالحی در خطر است: امروز برای او صدا بلند کنید",
            "fr": "La vie de Toomaj Salehi est en danger : prenez sa défense aujourd'hui",
        },
        "body": {
            "en": [
                "The rapper is held incommunicado and accused of crimes that carry the death penalty. Rallies for him are growing from Paris to Toronto and Medellín; join one or hold your own."
            ],
            "es": [
                "El rapero está incomunicado y acusado de delitos castigados con la pena de muerte. Las concentraciones por él crecen de París a Toronto y Medellín: súmate a una u organiza la tuya."
            ],
            "fa": [
                "این خواننده‌ی رپ در بازداشت انفرادی است و به جرم‌هایی متهم شده که مجازات اعدام دارند. تجمع‌ها برای او از پاریس تا تورنتو و مدلین گسترش می‌یابد؛ به یکی بپیوندید یا خودتان یکی برپا کنید."
            ],
            "fr": [
                "Le rappeur est détenu au secret et accusé de crimes passibles de la peine de mort. Les rassemblements pour lui se multiplient de Paris à Toronto et Medellín : rejoignez-en un ou organisez le vôtre."
            ],
        },
    },
]

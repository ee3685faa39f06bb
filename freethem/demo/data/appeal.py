"""The demo Emergency Appeal, the Statement of organizations, and the people who signed them.

Each page gives its English text and its Spanish, Persian and French translations with exactly
the same list of body blocks (see SCHEMA.md). "thank_you_text" may hold several paragraphs,
separated by a blank line. Signers are invented: ordinary people, three notable signers and a
few organizations; none of them is a real person or group.
"""

APPEAL = {
    "slug": "emergency-appeal",
    "open_to": "people",
    "goal": 10000,
    "en": {
        "title": "Emergency Appeal: Free Iran's Political Prisoners Now",
        "menu_label": "Emergency Appeal",
        "search_description": (
            "Add your name to the worldwide call for the release of everyone jailed in Iran for "
            "their words, their art or their protest."
        ),
        "summary": (
            "Poets, filmmakers, students, workers and women who defied the compulsory veil are held "
            "in Iran's prisons, and some of them face execution. We call on everyone who wants a "
            "more just world to add their name and demand their immediate and unconditional "
            "release. Sign here, or on paper at one of the many events where volunteers carry the "
            "appeal."
        ),
        "call_to_action": "Add your name to the Emergency Appeal",
        "share_text": (
            "I signed the Emergency Appeal to free Iran's political prisoners. Add your name too:"
        ),
        "thank_you_text": (
            "Thank you for standing with Iran's political prisoners.\n\n"
            "While the email is on its way, think of one friend, colleague or group who would sign "
            "too, and send them the appeal today."
        ),
        "body": [
            (
                "paragraph",
                "In cells across Iran, the Islamic Republic holds poets and novelists, filmmakers and "
                "musicians, teachers, students, lawyers, labour organisers, environmental researchers "
                "and athletes. Women who refused the compulsory headscarf are locked up beside "
                "Kurdish and Baluch activists and members of persecuted religious minorities. Not one "
                "of them should ever have been arrested.",
            ),
            (
                "paragraph",
                "The charges are vague: acting against national security, propaganda against the "
                "state, enmity against God. Interrogators hold prisoners in solitary confinement, keep "
                "them from a lawyer of their choice and wring out confessions that are later shown on "
                "state television. A trial may last a few minutes, and the sentences include years "
                "behind bars, flogging and death.",
            ),
            ("heading", "Why we cannot wait"),
            (
                "paragraph",
                "In the first months of the uprising that began in September 2022, some twenty "
                "thousand people were arrested and young protesters were hanged after hurried trials. "
                "One of the members of the commission that sent thousands of prisoners to their death "
                "in 1988 later became the country's president. Silence abroad is heard in Tehran as "
                "permission.",
            ),
            ("heading", "Where we stand"),
            (
                "paragraph",
                "We speak for the prisoners and for the people of Iran, not for any government. We "
                "oppose the Islamic Republic's repression, and we equally oppose the sanctions, threats "
                "and war moves of the United States and its allies, which only add to the hardship of "
                "ordinary Iranians. Those of us who live in the countries that threaten war carry a "
                "special responsibility to say so loudly.",
            ),
            (
                "paragraph",
                "We demand the immediate and unconditional release of every political prisoner in "
                "Iran, an end to torture and to executions, and the right of every detainee to see "
                "their family and a lawyer they have chosen.",
            ),
            ("heading", "How the appeal travels"),
            (
                "paragraph",
                "The appeal ran as a full-page advertisement in The New York Review of Books and, a "
                "year later, in the fiftieth-anniversary summer issue of Ms. magazine. Volunteers have "
                "taken it in Spanish, English, Portuguese and French to poetry festivals, universities "
                "and street markets, and more than three thousand people, from a Nobel Peace laureate "
                "to first-year students, have put their names to it.",
            ),
            (
                "paragraph",
                "Sign below, then print the signature sheet and gather names at your next meeting, "
                "concert or vigil. Each name tells the prisoners and their families that the world "
                "has not forgotten them.",
            ),
        ],
    },
    "es": {
        "title": "Llamamiento de Emergencia: libertad ya para los presos políticos de Irán",
        "menu_label": "Llamamiento",
        "search_description": (
            "Añade tu nombre al llamamiento mundial por la libertad de todas las personas "
            "encarceladas en Irán por sus palabras, su arte o su protesta."
        ),
        "summary": (
            "Poetas, cineastas, estudiantes, trabajadores y mujeres que desafiaron el velo "
            "obligatorio están presos en Irán, y algunos corren el riesgo de ser ejecutados. Pedimos "
            "a todas las personas que quieren un mundo más justo que añadan su nombre y exijan su "
            "liberación inmediata e incondicional. Firma aquí, o en papel en alguno de los muchos "
            "actos a los que el voluntariado lleva el llamamiento."
        ),
        "call_to_action": "Añade tu nombre al Llamamiento de Emergencia",
        "share_text": (
            "Firmé el Llamamiento de Emergencia por la libertad de los presos políticos de Irán. "
            "Suma tu nombre:"
        ),
        "thank_you_text": (
            "Gracias por ponerte del lado de los presos políticos de Irán.\n\n"
            "Mientras llega el correo, piensa en una amiga, un colega o un grupo que también "
            "firmaría, y envíales el llamamiento hoy mismo."
        ),
        "body": [
            (
                "paragraph",
                "En celdas de todo Irán, la República Islámica tiene encerrados a poetas y novelistas, "
                "cineastas y músicos, docentes, estudiantes, abogados, sindicalistas, investigadores "
                "del medio ambiente y deportistas. Mujeres que rechazaron el velo obligatorio comparten "
                "encierro con activistas kurdos y baluchis y con miembros de minorías religiosas "
                "perseguidas. Ninguna de estas personas debió ser detenida jamás.",
            ),
            (
                "paragraph",
                "Las acusaciones son vagas: actuar contra la seguridad nacional, hacer propaganda "
                "contra el Estado, enemistad con Dios. Los interrogadores mantienen a los presos en "
                "aislamiento, les impiden elegir abogado y les arrancan confesiones que luego se "
                "difunden en la televisión estatal. Un juicio puede durar unos minutos, y las condenas "
                "incluyen años de cárcel, latigazos y la muerte.",
            ),
            ("heading", "Por qué no podemos esperar"),
            (
                "paragraph",
                "En los primeros meses del levantamiento que empezó en septiembre de 2022, unas veinte "
                "mil personas fueron detenidas y jóvenes manifestantes fueron ahorcados tras juicios "
                "apresurados. Uno de los miembros de la comisión que en 1988 envió a miles de presos a "
                "la muerte llegó después a la presidencia del país. En Teherán, el silencio del "
                "extranjero se entiende como un permiso.",
            ),
            ("heading", "Nuestra posición"),
            (
                "paragraph",
                "Hablamos en nombre de los presos y del pueblo de Irán, no de ningún gobierno. Nos "
                "oponemos a la represión de la República Islámica y, con la misma firmeza, a las "
                "sanciones, las amenazas y los preparativos de guerra de Estados Unidos y sus aliados, "
                "que solo agravan las penurias de la gente común en Irán. Quienes vivimos en los países "
                "que amenazan con la guerra tenemos una responsabilidad especial de decirlo en voz "
                "alta.",
            ),
            (
                "paragraph",
                "Exigimos la liberación inmediata e incondicional de todas las presas y presos "
                "políticos de Irán, el fin de la tortura y de las ejecuciones, y el derecho de toda "
                "persona detenida a ver a su familia y a un abogado de su elección.",
            ),
            ("heading", "Cómo circula el llamamiento"),
            (
                "paragraph",
                "El llamamiento se publicó como anuncio a página completa en The New York Review of "
                "Books y, un año después, en el número de verano del quincuagésimo aniversario de la "
                "revista Ms. Voluntarias y voluntarios lo han llevado en español, inglés, portugués y "
                "francés a festivales de poesía, universidades y mercados callejeros, y más de tres mil "
                "personas, desde una premio Nobel de la Paz hasta estudiantes de primer año, lo han "
                "firmado.",
            ),
            (
                "paragraph",
                "Firma aquí abajo y luego imprime la hoja de firmas para reunir nombres en tu próxima "
                "reunión, concierto o vigilia. Cada nombre les dice a los presos y a sus familias que "
                "el mundo no los ha olvidado.",
            ),
        ],
    },
    "fa": {
        "title": "فراخوان اضطراری: زندانیان سیاسی ایران را همین حالا آزاد کنید",
        "menu_label": "فراخوان اضطراری",
        "search_description": (
            "نام خود را به فراخوان جهانی برای آزادی همهٔ کسانی بیفزایید که در ایران به خاطر سخن، "
            "هنر یا اعتراضشان زندانی شده‌اند."
        ),
        "summary": (
            "شاعران، فیلم‌سازان، دانشجویان، کارگران و زنانی که حجاب اجباری را نپذیرفتند در "
            "زندان‌های ایران به سر می‌برند و برخی از آنان با خطر اعدام روبه‌رو هستند. از همهٔ کسانی "
            "که جهانی عادلانه‌تر می‌خواهند دعوت می‌کنیم نام خود را بیفزایند و آزادی فوری و بی‌قید و "
            "شرط آنان را بخواهند. این‌جا امضا کنید، یا روی برگه‌های کاغذی در یکی از رویدادهای "
            "بسیاری که داوطلبان فراخوان را به آن‌ها می‌برند."
        ),
        "call_to_action": "نام خود را به فراخوان اضطراری بیفزایید",
        "share_text": (
            "من فراخوان اضطراری برای آزادی زندانیان سیاسی ایران را امضا کردم. شما هم نامتان را "
            "بیفزایید:"
        ),
        "thank_you_text": (
            "سپاس که در کنار زندانیان سیاسی ایران ایستادید.\n\n"
            "تا ایمیل برسد، به دوست، همکار یا گروهی فکر کنید که آن‌ها هم امضا می‌کنند، و همین "
            "امروز فراخوان را برایشان بفرستید."
        ),
        "body": [
            (
                "paragraph",
                "جمهوری اسلامی در سلول‌های سراسر ایران شاعران و رمان‌نویسان، فیلم‌سازان و "
                "موسیقی‌دانان، معلمان، دانشجویان، وکیلان، فعالان کارگری، پژوهشگران محیط زیست و "
                "ورزشکاران را در بند نگه داشته است. زنانی که حجاب اجباری را نپذیرفتند در کنار فعالان "
                "کرد و بلوچ و پیروان اقلیت‌های دینی سرکوب‌شده زندانی‌اند. هیچ‌یک از آنان نباید هرگز "
                "بازداشت می‌شد.",
            ),
            (
                "paragraph",
                "اتهام‌ها مبهم‌اند: اقدام علیه امنیت ملی، تبلیغ علیه نظام، محاربه. بازجوها زندانیان "
                "را در سلول انفرادی نگه می‌دارند، نمی‌گذارند وکیل انتخابی خود را داشته باشند و از "
                "آنان اعترافاتی می‌گیرند که بعدها از تلویزیون دولتی پخش می‌شود. دادگاهی ممکن است "
                "تنها چند دقیقه طول بکشد و حکم‌ها سال‌ها زندان، شلاق و اعدام را در بر می‌گیرد.",
            ),
            ("heading", "چرا نمی‌توانیم صبر کنیم"),
            (
                "paragraph",
                "در نخستین ماه‌های خیزشی که از شهریور ۱۴۰۱ آغاز شد، نزدیک به بیست هزار نفر بازداشت "
                "شدند و معترضان جوان پس از دادگاه‌هایی شتاب‌زده به دار آویخته شدند. یکی از اعضای "
                "هیئتی که در سال ۱۳۶۷ هزاران زندانی را به کام مرگ فرستاد بعدها رئیس‌جمهور کشور شد. "
                "سکوت بیرون از ایران، در تهران همچون اجازه شنیده می‌شود.",
            ),
            ("heading", "موضع ما"),
            (
                "paragraph",
                "ما به نام زندانیان و مردم ایران سخن می‌گوییم، نه به نام هیچ دولتی. با سرکوب جمهوری "
                "اسلامی مخالفیم و به همان اندازه با تحریم‌ها، تهدیدها و تحرکات جنگی ایالات متحده و "
                "متحدانش که تنها بر رنج مردم عادی ایران می‌افزاید. آن دسته از ما که در کشورهای "
                "تهدیدکننده به جنگ زندگی می‌کنیم مسئولیتی ویژه داریم که این را بلند بگوییم.",
            ),
            (
                "paragraph",
                "ما خواهان آزادی فوری و بی‌قید و شرط همهٔ زندانیان سیاسی در ایران، پایان شکنجه و "
                "اعدام، و حق هر بازداشت‌شده برای دیدار با خانواده و داشتن وکیلی به انتخاب خود هستیم.",
            ),
            ("heading", "فراخوان چگونه دست‌به‌دست می‌شود"),
            (
                "paragraph",
                "این فراخوان به صورت آگهی تمام‌صفحه در نشریهٔ نیویورک ریویو آو بوکس و یک سال بعد در "
                "شمارهٔ تابستانی پنجاهمین سالگرد مجلهٔ «مز» منتشر شد. داوطلبان آن را به زبان‌های "
                "اسپانیایی، انگلیسی، پرتغالی و فرانسوی به جشنواره‌های شعر، دانشگاه‌ها و بازارهای "
                "خیابانی برده‌اند و بیش از سه هزار نفر، از یک برندهٔ جایزهٔ صلح نوبل تا دانشجویان "
                "سال اول، آن را امضا کرده‌اند.",
            ),
            (
                "paragraph",
                "این‌جا امضا کنید، سپس برگهٔ امضا را چاپ کنید و در جلسه، کنسرت یا شب‌زنده‌داری "
                "بعدی‌تان نام جمع کنید. هر نام به زندانیان و خانواده‌هایشان می‌گوید که جهان آنان را "
                "فراموش نکرده است.",
            ),
        ],
    },
    "fr": {
        "title": "Appel d'urgence : libérez maintenant les prisonniers politiques d'Iran",
        "menu_label": "Appel d'urgence",
        "search_description": (
            "Ajoutez votre nom à l'appel mondial pour la libération de toutes les personnes "
            "emprisonnées en Iran pour leurs paroles, leur art ou leur protestation."
        ),
        "summary": (
            "Des poètes, des cinéastes, des étudiants, des travailleurs et des femmes qui ont bravé le "
            "voile obligatoire sont emprisonnés en Iran, et certains risquent l'exécution. Nous "
            "appelons toutes celles et tous ceux qui veulent un monde plus juste à ajouter leur nom "
            "et à exiger leur libération immédiate et sans condition. Signez ici, ou sur papier lors "
            "de l'un des nombreux événements où des bénévoles font circuler l'appel."
        ),
        "call_to_action": "Ajoutez votre nom à l'Appel d'urgence",
        "share_text": (
            "J'ai signé l'Appel d'urgence pour la libération des prisonniers politiques d'Iran. "
            "Ajoutez votre nom :"
        ),
        "thank_you_text": (
            "Merci de vous tenir aux côtés des prisonniers politiques d'Iran.\n\n"
            "En attendant le courriel, pensez à une amie, un collègue ou un groupe qui signerait "
            "aussi, et envoyez-leur l'appel dès aujourd'hui."
        ),
        "body": [
            (
                "paragraph",
                "Dans les cellules de tout l'Iran, la République islamique enferme des poètes et des "
                "romanciers, des cinéastes et des musiciens, des enseignants, des étudiants, des "
                "avocats, des syndicalistes, des chercheurs en environnement et des sportifs. Des "
                "femmes qui ont refusé le voile obligatoire sont détenues aux côtés de militants kurdes "
                "et baloutches et de membres de minorités religieuses persécutées. Aucune de ces "
                "personnes n'aurait dû être arrêtée.",
            ),
            (
                "paragraph",
                "Les accusations sont floues : atteinte à la sécurité nationale, propagande contre "
                "l'État, inimitié envers Dieu. Les interrogateurs placent les prisonniers à "
                "l'isolement, les privent de l'avocat de leur choix et leur arrachent des aveux ensuite "
                "diffusés à la télévision d'État. Un procès peut durer quelques minutes, et les peines "
                "vont des longues années de prison au fouet et à la mort.",
            ),
            ("heading", "Pourquoi nous ne pouvons pas attendre"),
            (
                "paragraph",
                "Dans les premiers mois du soulèvement commencé en septembre 2022, quelque vingt mille "
                "personnes ont été arrêtées et de jeunes manifestants ont été pendus à l'issue de "
                "procès expéditifs. L'un des membres de la commission qui, en 1988, a envoyé des "
                "milliers de prisonniers à la mort est ensuite devenu président du pays. À Téhéran, le "
                "silence de l'étranger est entendu comme une permission.",
            ),
            ("heading", "Notre position"),
            (
                "paragraph",
                "Nous parlons au nom des prisonniers et du peuple d'Iran, et d'aucun gouvernement. Nous "
                "nous opposons à la répression de la République islamique et, tout autant, aux "
                "sanctions, aux menaces et aux préparatifs de guerre des États-Unis et de leurs alliés, "
                "qui ne font qu'aggraver les épreuves des Iraniens ordinaires. Celles et ceux d'entre "
                "nous qui vivent dans les pays qui menacent de faire la guerre ont une responsabilité "
                "particulière : le dire haut et fort.",
            ),
            (
                "paragraph",
                "Nous exigeons la libération immédiate et sans condition de toutes les prisonnières et "
                "de tous les prisonniers politiques d'Iran, la fin de la torture et des exécutions, et "
                "le droit de chaque détenu de voir sa famille et un avocat de son choix.",
            ),
            ("heading", "Comment l'appel circule"),
            (
                "paragraph",
                "L'appel a paru en pleine page dans The New York Review of Books puis, un an plus tard, "
                "dans le numéro d'été du cinquantenaire du magazine Ms. Des bénévoles l'ont porté en "
                "espagnol, en anglais, en portugais et en français dans des festivals de poésie, des "
                "universités et des marchés de rue, et plus de trois mille personnes, d'une lauréate du "
                "prix Nobel de la paix à des étudiants de première année, l'ont signé.",
            ),
            (
                "paragraph",
                "Signez ci-dessous, puis imprimez la feuille de signatures et recueillez des noms lors "
                "de votre prochaine réunion, de votre prochain concert ou de votre prochaine veillée. "
                "Chaque nom dit aux prisonniers et à leurs familles que le monde ne les a pas oubliés.",
            ),
        ],
    },
}

STATEMENT = {
    "slug": "statement-of-organizations",
    "open_to": "organizations",
    "goal": 500,
    "en": {
        "title": "Statement of organizations: stop the executions in Iran",
        "menu_label": "Statement",
        "search_description": (
            "Unions, student groups and associations sign together for an end to executions and "
            "the release of Iran's political prisoners."
        ),
        "summary": (
            "Trade unions, student groups, cultural associations and human rights organizations are "
            "signing one statement together. It calls for an end to executions in Iran and for the "
            "release of everyone jailed for their convictions. Any organization may add its name."
        ),
        "call_to_action": "Sign for your organization",
        "share_text": (
            "Our organization has signed the joint statement to stop the executions in Iran. "
            "Will yours?"
        ),
        "thank_you_text": (
            "Thank you for signing on behalf of your organization.\n\n"
            "Its name will appear in the list as soon as the confirmation link in our email has been "
            "opened and the Confirm button pressed."
        ),
        "body": [
            (
                "paragraph",
                "We, the organizations listed below, work in different fields and in many countries. "
                "What unites us is the conviction that nobody should be imprisoned, tortured or put to "
                "death for demanding freedom, equality and a life of dignity.",
            ),
            (
                "paragraph",
                "The Islamic Republic answers protest with mass arrests, televised confessions and the "
                "gallows. We call on the authorities in Iran to halt every execution, to free all "
                "political prisoners at once, and to open the prisons to independent observers.",
            ),
            (
                "paragraph",
                "We equally reject any attempt by foreign powers to use the suffering of Iranians as a "
                "pretext for sanctions or war. Our solidarity goes to the people, not to governments.",
            ),
            (
                "paragraph",
                "Each organization that signs undertakes to share this statement with its members and "
                "to take up the case of at least one prisoner.",
            ),
        ],
    },
    "es": {
        "title": "Declaración de organizaciones: alto a las ejecuciones en Irán",
        "menu_label": "Declaración",
        "search_description": (
            "Sindicatos, grupos estudiantiles y asociaciones firman juntos por el fin de las "
            "ejecuciones y la libertad de los presos políticos de Irán."
        ),
        "summary": (
            "Sindicatos, grupos estudiantiles, asociaciones culturales y organizaciones de derechos "
            "humanos firman juntos una misma declaración. En ella piden el fin de las ejecuciones en "
            "Irán y la libertad de todas las personas encarceladas por sus convicciones. Cualquier "
            "organización puede sumar su nombre."
        ),
        "call_to_action": "Firma en nombre de tu organización",
        "share_text": (
            "Nuestra organización firmó la declaración conjunta para detener las ejecuciones en "
            "Irán. ¿Y la tuya?"
        ),
        "thank_you_text": (
            "Gracias por firmar en nombre de tu organización.\n\n"
            "Su nombre aparecerá en la lista en cuanto se abra el enlace de confirmación de nuestro "
            "correo y se pulse el botón Confirmar."
        ),
        "body": [
            (
                "paragraph",
                "Las organizaciones que firmamos trabajamos en campos distintos y en muchos países. Nos "
                "une la convicción de que nadie debe ser encarcelado, torturado ni ejecutado por exigir "
                "libertad, igualdad y una vida digna.",
            ),
            (
                "paragraph",
                "La República Islámica responde a la protesta con detenciones masivas, confesiones "
                "televisadas y la horca. Pedimos a las autoridades de Irán que detengan todas las "
                "ejecuciones, liberen de inmediato a todos los presos políticos y abran las cárceles a "
                "observadores independientes.",
            ),
            (
                "paragraph",
                "Rechazamos igualmente cualquier intento de potencias extranjeras de usar el "
                "sufrimiento del pueblo iraní como pretexto para sanciones o para la guerra. Nuestra "
                "solidaridad es con los pueblos, no con los gobiernos.",
            ),
            (
                "paragraph",
                "Cada organización que firma se compromete a difundir esta declaración entre sus "
                "miembros y a asumir el caso de al menos una persona presa.",
            ),
        ],
    },
    "fa": {
        "title": "بیانیهٔ سازمان‌ها: اعدام‌ها در ایران را متوقف کنید",
        "menu_label": "بیانیهٔ سازمان‌ها",
        "search_description": (
            "سندیکاها، تشکل‌های دانشجویی و انجمن‌ها با هم برای پایان اعدام‌ها و آزادی زندانیان "
            "سیاسی ایران امضا می‌کنند."
        ),
        "summary": (
            "سندیکاها، تشکل‌های دانشجویی، انجمن‌های فرهنگی و سازمان‌های حقوق بشری با هم یک بیانیه را "
            "امضا می‌کنند. این بیانیه خواهان پایان اعدام‌ها در ایران و آزادی همهٔ کسانی است که به "
            "خاطر باورهایشان زندانی شده‌اند. هر سازمانی می‌تواند نام خود را بیفزاید."
        ),
        "call_to_action": "به نام سازمان خود امضا کنید",
        "share_text": (
            "سازمان ما بیانیهٔ مشترک برای توقف اعدام‌ها در ایران را امضا کرده است. سازمان شما چطور؟"
        ),
        "thank_you_text": (
            "سپاس که به نام سازمان خود امضا کردید.\n\n"
            "نام آن به محض این‌که پیوند تأیید در ایمیل ما باز و دکمهٔ تأیید زده شود، در فهرست "
            "نمایش داده می‌شود."
        ),
        "body": [
            (
                "paragraph",
                "ما، سازمان‌هایی که نامشان در پایین آمده است، در زمینه‌های گوناگون و در کشورهای "
                "بسیاری فعالیم. آنچه ما را به هم پیوند می‌دهد این باور است که هیچ‌کس نباید به خاطر "
                "خواستن آزادی، برابری و زندگی شرافتمندانه زندانی، شکنجه یا اعدام شود.",
            ),
            (
                "paragraph",
                "جمهوری اسلامی به اعتراض با بازداشت‌های گسترده، اعترافات تلویزیونی و چوبهٔ دار پاسخ "
                "می‌دهد. از مقامات ایران می‌خواهیم همهٔ اعدام‌ها را متوقف کنند، همهٔ زندانیان سیاسی را "
                "بی‌درنگ آزاد کنند و درِ زندان‌ها را به روی ناظران مستقل بگشایند.",
            ),
            (
                "paragraph",
                "همچنین هر تلاش قدرت‌های خارجی برای آن‌که رنج ایرانیان را بهانهٔ تحریم یا جنگ کنند "
                "رد می‌کنیم. همبستگی ما با مردم است، نه با دولت‌ها.",
            ),
            (
                "paragraph",
                "هر سازمانی که امضا می‌کند متعهد می‌شود این بیانیه را با اعضای خود در میان بگذارد و "
                "پیگیری پروندهٔ دست‌کم یک زندانی را بر عهده بگیرد.",
            ),
        ],
    },
    "fr": {
        "title": "Déclaration d'organisations : arrêtez les exécutions en Iran",
        "menu_label": "Déclaration",
        "search_description": (
            "Syndicats, groupes étudiants et associations signent ensemble pour la fin des "
            "exécutions et la libération des prisonniers politiques d'Iran."
        ),
        "summary": (
            "Syndicats, groupes étudiants, associations culturelles et organisations de défense des "
            "droits humains signent ensemble une même déclaration. Elle demande la fin des exécutions "
            "en Iran et la libération de toutes les personnes emprisonnées pour leurs convictions. "
            "Toute organisation peut y ajouter son nom."
        ),
        "call_to_action": "Signez au nom de votre organisation",
        "share_text": (
            "Notre organisation a signé la déclaration commune pour arrêter les exécutions en Iran. "
            "Et la vôtre ?"
        ),
        "thank_you_text": (
            "Merci d'avoir signé au nom de votre organisation.\n\n"
            "Son nom apparaîtra dans la liste dès que le lien de confirmation de notre courriel aura "
            "été ouvert et le bouton Confirmer pressé."
        ),
        "body": [
            (
                "paragraph",
                "Nous, organisations signataires, agissons dans des domaines différents et dans de "
                "nombreux pays. Nous partageons la conviction que nul ne doit être emprisonné, torturé "
                "ou mis à mort pour avoir réclamé la liberté, l'égalité et une vie digne.",
            ),
            (
                "paragraph",
                "La République islamique répond à la contestation par des arrestations massives, des "
                "aveux télévisés et la potence. Nous demandons aux autorités iraniennes d'arrêter "
                "toutes les exécutions, de libérer sans délai tous les prisonniers politiques et "
                "d'ouvrir les prisons à des observateurs indépendants.",
            ),
            (
                "paragraph",
                "Nous rejetons tout autant toute tentative de puissances étrangères d'utiliser la "
                "souffrance des Iraniens comme prétexte à des sanctions ou à la guerre. Notre "
                "solidarité va aux peuples, non aux gouvernements.",
            ),
            (
                "paragraph",
                "Chaque organisation signataire s'engage à faire connaître cette déclaration à ses "
                "membres et à prendre en charge le dossier d'au moins une personne emprisonnée.",
            ),
        ],
    },
}

# People who signed the Emergency Appeal, oldest signature first. "display" is "full",
# "initials" or "hidden" (counted, never listed); "language" is the site language they signed in.
SIGNERS = [
    {"name": "Marisol Quintero Vela", "affiliation": "poet, writer", "city": "Medellín", "country": "CO", "language": "es", "notable": "poet, writer"},
    {"name": "Kaveh Ardalani", "affiliation": "novelist", "city": "Toronto", "country": "CA", "language": "fa", "notable": "novelist and literary translator"},
    {"name": "Ingrid Solvang", "affiliation": "composer", "city": "Gothenburg", "country": "SE", "notable": "composer and singer"},
    {"name": "Laura Giménez", "affiliation": "secondary school teacher", "city": "Bogotá", "country": "CO", "language": "es"},
    {"name": "Andrés Felipe Rojas", "city": "Cali", "country": "CO", "language": "es", "display": "initials"},
    {"name": "Camila Ortiz", "affiliation": "nurse", "city": "Cartagena", "country": "CO", "language": "es"},
    {"name": "Julien Marchand", "affiliation": "bookseller", "city": "Lyon", "country": "FR", "language": "fr"},
    {"name": "Élodie Faure", "city": "Paris", "country": "FR", "language": "fr", "display": "initials"},
    {"name": "Karim Benali", "affiliation": "union delegate", "city": "Marseille", "country": "FR", "language": "fr"},
    {"name": "Sophie Lefèvre", "city": "Toulouse", "country": "FR", "language": "fr", "display": "hidden"},
    {"name": "Jonas Becker", "city": "Cologne", "country": "DE"},
    {"name": "Miriam Schulte", "affiliation": "family doctor", "city": "Berlin", "country": "DE", "display": "initials"},
    {"name": "Tobias Krüger", "city": "Hamburg", "country": "DE"},
    {"name": "Hanna Lindqvist", "affiliation": "librarian", "city": "Stockholm", "country": "SE"},
    {"name": "Erik Johansson", "city": "Uppsala", "country": "SE", "display": "initials"},
    {"name": "Sara Nyström", "city": "Malmö", "country": "SE", "display": "hidden"},
    {"name": "Rachel Goldberg", "affiliation": "immigration lawyer", "city": "New York", "country": "US"},
    {"name": "Marcus Williams", "city": "Chicago", "country": "US"},
    {"name": "Emily Chen", "affiliation": "graduate student", "city": "Berkeley", "country": "US", "display": "initials"},
    {"name": "Daniel Reyes", "affiliation": "bus driver", "city": "Los Angeles", "country": "US"},
    {"name": "Shirin Tavakoli", "affiliation": "civil engineer", "city": "Vancouver", "country": "CA", "language": "fa"},
    {"name": "Mathieu Gagnon", "city": "Montréal", "country": "CA", "language": "fr"},
    {"name": "Olivia Brown", "city": "Halifax", "country": "CA", "display": "hidden"},
    {"name": "پریسا کاظمی‌نیا", "affiliation": "دانشجو", "city": "تهران", "country": "IR", "language": "fa"},
    {"name": "بهروز صالحی‌فر", "city": "تبریز", "country": "IR", "language": "fa", "display": "initials"},
    {"name": "Leila Ahmadi", "city": "Isfahan", "country": "IR", "language": "fa", "display": "hidden"},
    {"name": "شیوا قربانیان", "affiliation": "معلم", "city": "سنندج", "country": "IR", "language": "fa"},
    {"name": "Reza Moradi", "city": "Shiraz", "country": "IR", "language": "fa", "display": "initials"},
    {"name": "Amara Okafor", "affiliation": "journalism student", "city": "Lagos", "country": "NG"},
    {"name": "Tomás Herrera", "city": "Montevideo", "country": "UY", "language": "es"},
    {"name": "Valentina Rojas", "affiliation": "poet", "city": "Santiago", "country": "CL", "language": "es"},
    {"name": "Lucía Fernández", "city": "Madrid", "country": "ES", "language": "es"},
    {"name": "Giulia Rinaldi", "city": "Bologna", "country": "IT", "display": "initials"},
    {"name": "Ciara Doyle", "affiliation": "midwife", "city": "Dublin", "country": "IE"},
    {"name": "Farid Nazari", "city": "Herat", "country": "AF", "language": "fa", "display": "initials"},
    {"name": "Maria Santos", "affiliation": "theatre actor", "city": "São Paulo", "country": "BR"},
    {"name": "Lars Eriksen", "city": "Oslo", "country": "NO"},
    {"name": "Yusuf Demir", "city": "Istanbul", "country": "TR", "display": "hidden"},
    {"name": "Zanele Dlamini", "affiliation": "community organiser", "city": "Durban", "country": "ZA"},
    {"name": "Ana Lucía Mamani", "affiliation": "radio presenter", "city": "La Paz", "country": "BO", "language": "es"},
    {"name": "Hiroshi Tanaka", "city": "Osaka", "country": "JP"},
    {"name": "Nadia Haddad", "affiliation": "architect", "city": "Montréal", "country": "CA", "language": "fr"},
    # More people whose names carry weight, marked notable by the editors.
    {"name": "Aurelio Benavides", "affiliation": "poet", "city": "Medellín", "country": "CO", "language": "es", "notable": "poet, editor of a literary magazine"},
    {"name": "Simone Carrasco", "affiliation": "film director", "city": "Santiago", "country": "CL", "language": "es", "notable": "documentary film director"},
    {"name": "Héloïse Vautrin", "affiliation": "novelist", "city": "Marseille", "country": "FR", "language": "fr", "notable": "novelist"},
    {"name": "Bastien Leclerc", "affiliation": "cartoonist", "city": "Angoulême", "country": "FR", "language": "fr", "notable": "cartoonist and illustrator"},
    {"name": "Dariush Farzaneh", "affiliation": "musician", "city": "Köln", "country": "DE", "language": "fa", "notable": "santur player and composer"},
    {"name": "Roya Esfandiari", "affiliation": "actor", "city": "London", "country": "GB", "language": "fa", "notable": "stage and screen actor"},
    {"name": "Margit Halvorsen", "affiliation": "playwright", "city": "Bergen", "country": "NO", "notable": "playwright"},
    {"name": "Thomas Okonkwo", "affiliation": "historian", "city": "Ibadan", "country": "NG", "notable": "historian of prison writing"},
    {"name": "Ruth Abernathy", "affiliation": "law professor", "city": "Boston", "country": "US", "notable": "professor of international law"},
    {"name": "Keiko Morimoto", "affiliation": "photographer", "city": "Kyoto", "country": "JP", "notable": "photographer"},
    {"name": "Paolo Venturi", "affiliation": "singer-songwriter", "city": "Napoli", "country": "IT", "notable": "singer-songwriter"},
    {"name": "Anneke Verbeek", "affiliation": "sculptor", "city": "Utrecht", "country": "NL", "notable": "sculptor"},
    {"name": "Gabriel Mendes", "affiliation": "theatre director", "city": "Recife", "country": "BR", "notable": "theatre director"},
    {"name": "Isabel Arriaga", "affiliation": "translator", "city": "Ciudad de México", "country": "MX", "language": "es", "notable": "translator of Persian poetry"},
    {"name": "Lina Sabbagh", "affiliation": "journalist", "city": "Beyrouth", "country": "LB", "language": "fr", "notable": "journalist and press freedom advocate"},
    {"name": "Owen Gallagher", "affiliation": "folk singer", "city": "Galway", "country": "IE", "notable": "folk singer"},
    {"name": "Priyanka Raman", "affiliation": "novelist", "city": "Kochi", "country": "IN", "notable": "novelist"},
]

# Signers entered from the paper sheets of the campaign's stand at the International Poetry
# Festival of Medellín, as a volunteer would type them in: name, affiliation, city, country,
# email (often left blank on paper) and whether the name may be shown.
FESTIVAL = {
    "collected_at": "International Poetry Festival of Medellín, campaign stand",
    "collected_on": "2022-07-23",
    "rows": [
        ["Valeria Montoya", "poeta", "Medellín", "CO", "", "yes"],
        ["Esteban Zuluaga", "estudiante", "Envigado", "CO", "", "yes"],
        ["Luz Dary Cano", "", "Bello", "CO", "", "no"],
        ["Hernán Álvarez", "tallerista", "Medellín", "CO", "", "yes"],
        ["Manuela Arango", "editora", "Medellín", "CO", "", "yes"],
        ["Ngũgĩ Wairimu", "poet", "Nairobi", "KE", "", "yes"],
        ["Sandra Milena Ríos", "docente", "Itagüí", "CO", "", "yes"],
        ["Juan Camilo Mejía", "", "Medellín", "CO", "", "no"],
        ["Pilar Echeverri", "bibliotecaria", "Rionegro", "CO", "", "yes"],
        ["Ousmane Sarr", "poète", "Dakar", "SN", "", "yes"],
        ["Carolina Betancur", "música", "Medellín", "CO", "", "yes"],
        ["Andrés Londoño", "", "Sabaneta", "CO", "", "yes"],
        ["Marta Lucía Gil", "", "Medellín", "CO", "", "no"],
        ["Yohana Palacios", "estudiante", "Quibdó", "CO", "", "yes"],
        ["Felipe Correa", "actor", "Medellín", "CO", "", "yes"],
        ["Aylin Koç", "şair", "İzmir", "TR", "", "yes"],
        ["Diana Marcela Henao", "", "Medellín", "CO", "", "yes"],
        ["Ricardo Osorio", "librero", "Manizales", "CO", "", "yes"],
    ],
}

# Organizations that signed the Statement of organizations.
ORGANIZATIONS = [
    {"name": "Calle Siete Community Radio", "city": "Bogotá", "country": "CO", "language": "es"},
    {"name": "Nordlicht Student Union", "city": "Leipzig", "country": "DE"},
    {"name": "Collectif Solidarité Iran Lyon-Est", "city": "Lyon", "country": "FR", "language": "fr"},
    {"name": "Malmö Women's Reading Circle", "city": "Malmö", "country": "SE"},
    {"name": "Prairie Nurses for Human Rights", "city": "Winnipeg", "country": "CA"},
    {"name": "Bayview Teachers' Solidarity Committee", "city": "Oakland", "country": "US"},
]

import type { DemoService } from '../lodi-services';

const service: DemoService = {
	slug: 'numero-verde-antitratta',
	provider: 'Fondazione Somaschi',
	category: 'giustizia_sicurezza',
	topics: ['immigrazione', 'giustizia', 'risposta_emergenze'],
	targetGroups: ['trafficking_victims', 'women', 'foreigners'],
	spokenLanguages: ['it', 'en', 'fr', 'es', 'ro', 'ru', 'zh', 'ar'],
	phone: '800 290 290',
	phoneAlwaysOpen: true,
	email: 'mettiamoleali@somaschi.demo.it',
	exampleData: true,
	locations: [
		{
			name: 'Sportello su appuntamento',
			municipality: 'Lodi',
			address: 'Via Cavour 40, 26900 Lodi',
			// Coordinates read off the map, approximate: Via Cavour in the old town, not the house number.
			latitude: 45.3122,
			longitude: 9.5028,
			hours: [
				[2, '10:00', '13:00'],
				[4, '10:00', '13:00']
			]
		}
	],
	texts: {
		it: {
			title: 'Numero Verde Antitratta e progetto «Mettiamo le Ali»',
			summary:
				'Il Numero Verde Antitratta 800 290 290 è gratuito, anonimo e attivo 24 ore su 24, tutti i giorni, in molte lingue. Nel distretto di Lodi il progetto «Mettiamo le Ali» di Fondazione Somaschi offre ascolto, accoglienza protetta e percorsi di protezione e integrazione per le vittime di tratta e sfruttamento.',
			audience:
				"Persone vittime di tratta o di sfruttamento sessuale, lavorativo o nell'accattonaggio forzato. Possono chiamare anche chi conosce una possibile vittima e gli operatori dei servizi.",
			howTo:
				'Chiama il Numero Verde 800 290 290 a qualsiasi ora: un operatore ti ascolta nella tua lingua e ti mette in contatto con i servizi del territorio. Se vuoi un colloquio di persona, puoi chiedere un appuntamento allo sportello di Lodi.',
			requirements:
				"Nessun documento: per chiamare basta un telefono\nPer il colloquio allo sportello: un documento d'identità o il passaporto, se li hai\nEventuali documenti sul tuo lavoro o sul tuo soggiorno in Italia, se li hai",
			outcome:
				'Ascolto, informazioni e orientamento ai servizi; contatto con le unità di strada, accoglienza in una casa protetta e programmi di protezione e integrazione sociale. Aiuto per chiedere il permesso di soggiorno speciale per le vittime (art. 18 d.lgs. 286/1998). Formazione per gli operatori dei servizi.',
			timing:
				"Il Numero Verde risponde subito, 24 ore su 24, tutti i giorni. Nelle situazioni di pericolo l'accoglienza protetta può essere attivata in tempi rapidi; il colloquio allo sportello si fissa su appuntamento.",
			access:
				'Per telefono: il Numero Verde 800 290 290 è sempre attivo, 24 ore su 24. Di persona: sportello a Lodi, in Via Cavour 40, solo su appuntamento, il martedì e il giovedì dalle 10:00 alle 13:00.',
			conditions:
				'Il servizio è anonimo e riservato. Non devi denunciare alla polizia per ricevere aiuto. Il servizio è gratuito e rispetta le tue scelte.',
			contacts:
				'Numero Verde Antitratta 800 290 290, gratuito e attivo 24 ore su 24. Per appuntamenti allo sportello di Lodi e per la formazione degli operatori: mettiamoleali@somaschi.demo.it.',
			responsibleUnit:
				'Fondazione Somaschi – progetto «Mettiamo le Ali», in rete con il Numero Verde Antitratta nazionale del Dipartimento per le Pari Opportunità.',
			cost: 'Gratuito. La chiamata al Numero Verde è gratuita, anche dal cellulare.',
			easyRead:
				'Se qualcuno ti obbliga a lavorare o ti sfrutta, puoi chiedere aiuto. Chiama gratis il numero 800 290 290. Rispondono sempre, giorno e notte, in molte lingue. Non devi dire il tuo nome. Non devi andare dalla polizia.'
		},
		en: {
			title: 'Anti-Trafficking Toll-Free Line and «Mettiamo le Ali» project (Numero Verde Antitratta)',
			summary:
				"The Anti-Trafficking Toll-Free Line 800 290 290 is free, anonymous and open 24 hours a day, every day, in many languages. In the Lodi district, Fondazione Somaschi's «Mettiamo le Ali» (Let's Spread Our Wings) project offers support, safe housing and protection and integration programmes for victims of trafficking and exploitation.",
			audience:
				'People who are victims of trafficking, of sexual or labour exploitation or of forced begging. People who know a possible victim and service workers can also call.',
			howTo:
				'Call the toll-free number 800 290 290 at any time: an operator listens to you in your language and puts you in touch with local services. If you want to talk in person, you can ask for an appointment at the Lodi desk.',
			requirements:
				'No documents: to call you only need a phone\nFor the meeting at the desk: an identity document or passport, if you have one\nAny papers about your work or your stay in Italy, if you have them',
			outcome:
				'Listening, information and guidance to services; contact with street outreach teams, a place in a safe house and protection and social integration programmes. Help to apply for the special residence permit for victims (permesso di soggiorno, art. 18 of Legislative Decree 286/1998). Training for service workers.',
			timing:
				'The toll-free line answers straight away, 24 hours a day, every day. In dangerous situations safe housing can be arranged quickly; meetings at the desk are by appointment.',
			access:
				'By phone: the toll-free line 800 290 290 is always open, 24 hours a day. In person: desk in Lodi, Via Cavour 40, by appointment only, on Tuesdays and Thursdays from 10:00 to 13:00.',
			conditions:
				'The service is anonymous and confidential. You do not have to report to the police to get help. The service is free and respects your choices.',
			contacts:
				'Anti-Trafficking Toll-Free Line 800 290 290, free and open 24 hours a day. For appointments at the Lodi desk and for training for service workers: mettiamoleali@somaschi.demo.it.',
			responsibleUnit:
				'Fondazione Somaschi – «Mettiamo le Ali» project, working with the national Anti-Trafficking Toll-Free Line of the Department for Equal Opportunities.',
			cost: 'Free. Calls to the toll-free number are free, also from mobile phones.',
			easyRead:
				'If someone forces you to work or exploits you, you can ask for help. Call 800 290 290 for free. Someone always answers, day and night, in many languages. You do not have to say your name. You do not have to go to the police.'
		},
		fr: {
			title: 'Numéro vert anti-traite et projet «Mettiamo le Ali» (Numero Verde Antitratta)',
			summary:
				"Le numéro vert anti-traite 800 290 290 est gratuit, anonyme et actif 24 heures sur 24, tous les jours, en plusieurs langues. Dans le district de Lodi, le projet «Mettiamo le Ali» (Déployons nos ailes) de la Fondazione Somaschi offre écoute, hébergement protégé et parcours de protection et d'intégration aux victimes de traite et d'exploitation.",
			audience:
				"Personnes victimes de traite, d'exploitation sexuelle ou par le travail, ou de mendicité forcée. Les personnes qui connaissent une victime possible et les professionnels des services peuvent aussi appeler.",
			howTo:
				'Appelez le numéro vert 800 290 290 à toute heure : un opérateur vous écoute dans votre langue et vous met en contact avec les services locaux. Si vous voulez un entretien en personne, vous pouvez demander un rendez-vous au guichet de Lodi.',
			requirements:
				"Aucun document : pour appeler, un téléphone suffit\nPour l'entretien au guichet : une pièce d'identité ou le passeport, si vous en avez\nLes éventuels documents sur votre travail ou votre séjour en Italie, si vous en avez",
			outcome:
				"Écoute, information et orientation vers les services ; contact avec les équipes de rue, hébergement dans une maison protégée et programmes de protection et d'intégration sociale. Aide pour demander le titre de séjour spécial pour les victimes (permesso di soggiorno, art. 18 du décret législatif 286/1998). Formation pour les professionnels des services.",
			timing:
				"Le numéro vert répond tout de suite, 24 heures sur 24, tous les jours. En cas de danger, l'hébergement protégé peut être mis en place rapidement ; l'entretien au guichet se fait sur rendez-vous.",
			access:
				'Par téléphone : le numéro vert 800 290 290 est toujours actif, 24 heures sur 24. En personne : guichet à Lodi, Via Cavour 40, uniquement sur rendez-vous, le mardi et le jeudi de 10h00 à 13h00.',
			conditions:
				"Le service est anonyme et confidentiel. Vous n'avez pas besoin de porter plainte à la police pour recevoir de l'aide. Le service est gratuit et respecte vos choix.",
			contacts:
				'Numéro vert anti-traite 800 290 290, gratuit et actif 24 heures sur 24. Pour un rendez-vous au guichet de Lodi et pour la formation des professionnels : mettiamoleali@somaschi.demo.it.',
			responsibleUnit:
				"Fondazione Somaschi – projet «Mettiamo le Ali», en réseau avec le numéro vert national anti-traite du Département pour l'égalité des chances.",
			cost: "Gratuit. L'appel au numéro vert est gratuit, même depuis un portable.",
			easyRead:
				"Si quelqu'un vous oblige à travailler ou vous exploite, vous pouvez demander de l'aide. Appelez gratuitement le 800 290 290. Quelqu'un répond toujours, jour et nuit, dans beaucoup de langues. Vous n'avez pas besoin de dire votre nom. Vous n'avez pas besoin d'aller à la police."
		},
		es: {
			title: 'Línea gratuita contra la trata y proyecto «Mettiamo le Ali» (Numero Verde Antitratta)',
			summary:
				'El teléfono contra la trata 800 290 290 es gratuito, anónimo y está activo las 24 horas, todos los días, en muchos idiomas. En el distrito de Lodi, el proyecto «Mettiamo le Ali» (Despleguemos las alas) de la Fondazione Somaschi ofrece escucha, acogida protegida y programas de protección e integración para víctimas de trata y explotación.',
			audience:
				'Personas víctimas de trata, de explotación sexual o laboral o de mendicidad forzada. También pueden llamar quienes conocen a una posible víctima y los profesionales de los servicios.',
			howTo:
				'Llama al número gratuito 800 290 290 a cualquier hora: una persona te escucha en tu idioma y te pone en contacto con los servicios de la zona. Si quieres hablar en persona, puedes pedir una cita en la oficina de Lodi.',
			requirements:
				'Ningún documento: para llamar basta un teléfono\nPara la entrevista en la oficina: un documento de identidad o el pasaporte, si los tienes\nLos documentos sobre tu trabajo o tu estancia en Italia, si los tienes',
			outcome:
				'Escucha, información y orientación hacia los servicios; contacto con los equipos de calle, acogida en una casa protegida y programas de protección e integración social. Ayuda para solicitar el permiso de residencia especial para víctimas (permesso di soggiorno, art. 18 del Decreto Legislativo 286/1998). Formación para los profesionales de los servicios.',
			timing:
				'La línea gratuita responde enseguida, las 24 horas, todos los días. En situaciones de peligro, la acogida protegida puede activarse rápidamente; la entrevista en la oficina se hace con cita previa.',
			access:
				'Por teléfono: la línea 800 290 290 está siempre activa, las 24 horas. En persona: oficina en Lodi, Via Cavour 40, solo con cita previa, los martes y jueves de 10:00 a 13:00.',
			conditions:
				'El servicio es anónimo y confidencial. No tienes que denunciar a la policía para recibir ayuda. El servicio es gratuito y respeta tus decisiones.',
			contacts:
				'Línea gratuita contra la trata 800 290 290, activa las 24 horas. Para citas en la oficina de Lodi y para la formación de profesionales: mettiamoleali@somaschi.demo.it.',
			responsibleUnit:
				'Fondazione Somaschi – proyecto «Mettiamo le Ali», en red con la línea nacional contra la trata del Departamento para la Igualdad de Oportunidades.',
			cost: 'Gratuito. La llamada al número gratuito no cuesta nada, también desde el móvil.',
			easyRead:
				'Si alguien te obliga a trabajar o te explota, puedes pedir ayuda. Llama gratis al 800 290 290. Siempre responde alguien, de día y de noche, en muchos idiomas. No tienes que decir tu nombre. No tienes que ir a la policía.'
		},
		ar: {
			title: 'الرقم الأخضر المجاني لمكافحة الاتجار بالبشر ومشروع «Mettiamo le Ali» (Numero Verde Antitratta)',
			summary:
				'الرقم الأخضر لمكافحة الاتجار بالبشر 800 290 290 مجاني، ولا يُطلب فيه ذكر الاسم، ويعمل على مدار 24 ساعة كل يوم وبلغات عديدة. وفي منطقة لودي، يقدم مشروع «Mettiamo le Ali» (لنفرد أجنحتنا) التابع لمؤسسة سوماسكي (Fondazione Somaschi) الاستماع والإيواء الآمن وبرامج الحماية والاندماج لضحايا الاتجار بالبشر والاستغلال.',
			audience:
				'الأشخاص ضحايا الاتجار بالبشر أو الاستغلال الجنسي أو الاستغلال في العمل أو التسول القسري. ويمكن أيضًا أن يتصل من يعرف ضحية محتملة، والعاملون في الخدمات.',
			howTo:
				'اتصل بالرقم المجاني 800 290 290 في أي وقت: سيستمع إليك موظف بلغتك ويضعك على اتصال بالخدمات المحلية. إذا أردت مقابلة شخصية، يمكنك طلب موعد في المكتب في لودي.',
			requirements:
				'لا حاجة إلى أي وثيقة: يكفي هاتف للاتصال\nللمقابلة في المكتب: وثيقة هوية أو جواز السفر، إن كانت لديك\nأي أوراق تتعلق بعملك أو بإقامتك في إيطاليا، إن كانت لديك',
			outcome:
				'الاستماع والمعلومات والتوجيه إلى الخدمات؛ والتواصل مع فرق العمل الميداني في الشوارع، والإيواء في بيت آمن، وبرامج الحماية والاندماج الاجتماعي. المساعدة في طلب تصريح الإقامة الخاص بالضحايا (permesso di soggiorno، المادة 18 من المرسوم التشريعي 286/1998). تدريب العاملين في الخدمات.',
			timing:
				'يجيب الرقم الأخضر فورًا، على مدار 24 ساعة، كل يوم. في حالات الخطر يمكن توفير الإيواء الآمن بسرعة؛ أما المقابلة في المكتب فتكون بموعد مسبق.',
			access:
				'بالهاتف: الرقم الأخضر 800 290 290 يعمل دائمًا، على مدار 24 ساعة. حضوريًا: مكتب في لودي، Via Cavour 40، بموعد مسبق فقط، يومي الثلاثاء والخميس من الساعة 10:00 إلى 13:00.',
			conditions:
				'الخدمة مجهولة الهوية وسرية. لست مضطرًا إلى تقديم بلاغ للشرطة للحصول على المساعدة. الخدمة مجانية وتحترم اختياراتك.',
			contacts:
				'الرقم الأخضر لمكافحة الاتجار بالبشر 800 290 290، مجاني ويعمل على مدار 24 ساعة. لحجز موعد في مكتب لودي ولتدريب العاملين: mettiamoleali@somaschi.demo.it.',
			responsibleUnit:
				'مؤسسة سوماسكي (Fondazione Somaschi) – مشروع «Mettiamo le Ali»، بالتعاون مع الرقم الأخضر الوطني لمكافحة الاتجار بالبشر التابع لإدارة تكافؤ الفرص.',
			cost: 'مجاني. الاتصال بالرقم الأخضر مجاني، حتى من الهاتف المحمول.',
			easyRead:
				'إذا أجبرك أحد على العمل أو استغلك، يمكنك طلب المساعدة. اتصل مجانًا بالرقم 800 290 290. هناك دائمًا من يجيب، ليلًا ونهارًا، بلغات كثيرة. لا حاجة لذكر اسمك. لا حاجة للذهاب إلى الشرطة.'
		},
		uk: {
			title: 'Безкоштовна гаряча лінія проти торгівлі людьми та проєкт «Mettiamo le Ali» (Numero Verde Antitratta)',
			summary:
				'Гаряча лінія проти торгівлі людьми 800 290 290 безкоштовна, анонімна й працює цілодобово, щодня, багатьма мовами. В окрузі Лоді проєкт «Mettiamo le Ali» («Розправмо крила») фонду Fondazione Somaschi пропонує підтримку, безпечне житло та програми захисту й інтеграції для жертв торгівлі людьми та експлуатації.',
			audience:
				'Люди, які стали жертвами торгівлі людьми, сексуальної чи трудової експлуатації або примусового жебракування. Також можуть телефонувати ті, хто знає можливу жертву, і працівники соціальних служб.',
			howTo:
				"Телефонуйте на безкоштовний номер 800 290 290 у будь-який час: оператор вислухає вас вашою мовою і зв'яже з місцевими службами. Якщо ви хочете поговорити особисто, можна записатися на зустріч у пункті прийому в Лоді.",
			requirements:
				'Документи не потрібні: щоб зателефонувати, достатньо телефону\nДля зустрічі в пункті прийому: посвідчення особи або паспорт, якщо вони у вас є\nБудь-які документи про вашу роботу чи перебування в Італії, якщо вони у вас є',
			outcome:
				'Вислуховування, інформація та скерування до служб; контакт із вуличними мобільними командами, проживання в захищеному будинку, програми захисту й соціальної інтеграції. Допомога в оформленні спеціального дозволу на проживання для жертв (permesso di soggiorno, ст. 18 Законодавчого декрету 286/1998). Навчання для працівників служб.',
			timing:
				'Гаряча лінія відповідає одразу, цілодобово, щодня. У небезпечних ситуаціях безпечне житло можна організувати швидко; зустріч у пункті прийому — за попереднім записом.',
			access:
				'Телефоном: лінія 800 290 290 працює завжди, цілодобово. Особисто: пункт прийому в Лоді, Via Cavour 40, лише за попереднім записом, у вівторок і четвер з 10:00 до 13:00.',
			conditions:
				'Послуга анонімна й конфіденційна. Щоб отримати допомогу, не потрібно подавати заяву до поліції. Послуга безкоштовна й поважає ваш вибір.',
			contacts:
				'Гаряча лінія проти торгівлі людьми 800 290 290, безкоштовна й цілодобова. Для запису на зустріч у пункті прийому в Лоді та для навчання працівників: mettiamoleali@somaschi.demo.it.',
			responsibleUnit:
				'Fondazione Somaschi – проєкт «Mettiamo le Ali», у співпраці з національною гарячою лінією проти торгівлі людьми Департаменту з питань рівних можливостей.',
			cost: 'Безкоштовно. Дзвінок на гарячу лінію безкоштовний, також із мобільного телефону.',
			easyRead:
				"Якщо хтось змушує вас працювати або експлуатує вас, ви можете попросити допомоги. Телефонуйте безкоштовно на 800 290 290. Вам завжди відповідять, вдень і вночі, багатьма мовами. Не потрібно називати своє ім'я. Не потрібно йти до поліції."
		},
		zh: {
			title: '反人口贩运免费热线和“Mettiamo le Ali”项目（Numero Verde Antitratta）',
			summary:
				'反人口贩运免费热线 800 290 290 免费、匿名，每天24小时开通，提供多种语言服务。在洛迪（Lodi）地区，Somaschi基金会（Fondazione Somaschi）的“Mettiamo le Ali”（展开翅膀）项目为人口贩运和剥削的受害者提供倾听、安全住所以及保护和融入项目。',
			audience:
				'人口贩运受害者，以及遭受性剥削、劳动剥削或被迫乞讨的人。认识可能受害者的人和服务机构工作人员也可以拨打。',
			howTo:
				'随时拨打免费热线 800 290 290：工作人员会用您的语言倾听您，并为您联系当地服务机构。如果您想当面交谈，可以预约洛迪的服务窗口。',
			requirements:
				'拨打热线不需要任何证件，有电话即可\n到窗口面谈：身份证件或护照（如有）\n与您的工作或在意大利居留有关的文件（如有）',
			outcome:
				'倾听、信息和服务指引；联系街头外展团队，入住安全住所，参加保护和社会融入项目。帮助申请受害者特殊居留许可（permesso di soggiorno，第286/1998号立法令第18条）。为服务机构工作人员提供培训。',
			timing: '热线立即接听，每天24小时。遇到危险时，可以尽快安排安全住所；窗口面谈需要预约。',
			access:
				'电话：热线 800 290 290 始终开通，每天24小时。当面：洛迪服务窗口，地址 Via Cavour 40，仅限预约，每周二和周四 10:00–13:00。',
			conditions: '服务匿名且保密。您不需要向警方报案也能获得帮助。服务免费，并尊重您的选择。',
			contacts:
				'反人口贩运免费热线 800 290 290，免费，24小时开通。预约洛迪窗口面谈或工作人员培训：mettiamoleali@somaschi.demo.it。',
			responsibleUnit:
				'Somaschi基金会（Fondazione Somaschi）——“Mettiamo le Ali”项目，与意大利平等机会部门的全国反人口贩运热线合作。',
			cost: '免费。拨打免费热线不收费，用手机拨打也免费。',
			easyRead:
				'如果有人强迫您工作或剥削您，您可以求助。免费拨打 800 290 290。白天和晚上都有人接听，有多种语言。您不需要说出名字。您不需要去警察局。'
		}
	}
};
export default service;

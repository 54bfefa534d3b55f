import type { DemoService } from '../lodi-services';

const service: DemoService = {
	slug: 'sportello-stranieri-rifugiati',
	provider: 'Comune di Lodi',
	category: 'salute_benessere',
	topics: ['immigrazione', 'integrazione_sociale', 'residenza'],
	targetGroups: ['foreigners', 'refugees'],
	spokenLanguages: ['it', 'en', 'fr', 'ar', 'es'],
	phone: '0371 000 101',
	email: 'sportello.stranieri@lodi.demo.it',
	internalNotes: 'Referente interno: Ufficio di Piano. Verificare il rinnovo della convenzione FAMI entro marzo.',
	exampleData: true,
	locations: [
		{
			name: 'Sportello di Lodi',
			municipality: 'Lodi',
			address: 'Piazza Mercato 5, 26900 Lodi',
			// Coordinates read off the map, approximate: Piazza Mercato beside the cathedral, not the house number.
			latitude: 45.3137,
			longitude: 9.5046,
			hours: [
				[1, '09:00', '12:30'],
				[1, '14:00', '17:00'],
				[3, '09:00', '12:30'],
				[5, '09:00', '12:30']
			],
			// 2021-2023: with these days, 2000 hours open (the seed's G1.PRO2; see demo/lodi.spec.ts).
			closures: [
				['2021-01-19', '2021-01-19', 'San Bassiano, patrono di Lodi'],
				['2021-08-18', '2021-08-20', 'Chiusura estiva'],
				['2022-01-19', '2022-01-19', 'San Bassiano, patrono di Lodi'],
				['2022-08-15', '2022-08-19', 'Chiusura estiva'],
				['2023-01-19', '2023-01-19', 'San Bassiano, patrono di Lodi'],
				['2023-08-14', '2023-08-18', 'Chiusura estiva'],
				['2027-01-19', '2027-01-19', 'San Bassiano, patrono di Lodi'],
				['2027-08-09', '2027-08-20', 'Chiusura estiva']
			],
			openings: [
				['2022-10-15', '09:00', '13:00', 'Apertura straordinaria per i rinnovi dei permessi di soggiorno'],
				['2023-10-14', '09:00', '13:00', 'Apertura straordinaria per i rinnovi dei permessi di soggiorno']
			]
		},
		{
			name: 'Sportello di Codogno',
			municipality: 'Codogno',
			address: 'Via Cavallotti 12, 26845 Codogno',
			// Coordinates read off the map, approximate: the street in Codogno's centre, not the house number.
			latitude: 45.1605,
			longitude: 9.7033,
			hours: [
				[2, '09:00', '12:00'],
				[4, '14:00', '17:00']
			]
		}
	],
	texts: {
		it: {
			title: 'Sportello Stranieri&Rifugiati',
			summary:
				'Informazioni e orientamento per cittadini stranieri e rifugiati: permesso di soggiorno, ricongiungimento familiare, cittadinanza, accesso ai servizi del territorio e aiuto per ottenere il codice STP (Straniero Temporaneamente Presente) per le cure sanitarie.',
			audience: 'Cittadini stranieri e rifugiati che vivono nel territorio di Lodi, anche senza permesso di soggiorno.',
			howTo:
				"Vieni allo sportello negli orari di apertura o prenota un appuntamento per telefono. Un operatore ascolta la tua situazione, ti spiega cosa fare e ti aiuta a preparare le domande. Per il codice STP ti aiutiamo a compilare la dichiarazione di indigenza e ti indirizziamo all'ASST (azienda sanitaria).",
			requirements:
				"Documento d'identità o passaporto\nPermesso di soggiorno o ricevuta, se c'è\nCodice fiscale, se c'è\nPer l'STP: dichiarazione di indigenza (si compila allo sportello)",
			outcome:
				"Ricevi informazioni chiare e aiuto per le domande e i rinnovi del permesso di soggiorno, il ricongiungimento familiare e la cittadinanza, e orientamento verso i servizi del territorio. Se non hai il permesso, ti aiutiamo a ottenere il codice STP (Straniero Temporaneamente Presente), che dà accesso alle cure sanitarie; lo rilascia gratis l'ASST (azienda sanitaria).",
			timing:
				"L'orientamento avviene durante il colloquio. I tempi delle pratiche dipendono dagli uffici competenti: lo sportello ti dice cosa aspettarti. Il rinnovo del permesso di soggiorno va chiesto prima della scadenza: vieni per tempo.",
			access:
				"Vieni di persona negli orari di apertura oppure prenota un appuntamento per telefono. Il lunedì mattina a Lodi non serve l'appuntamento.",
			conditions:
				'Il servizio è gratuito e riservato. I tuoi dati sono protetti e usati solo per aiutarti. Puoi venire anche se non hai il permesso di soggiorno. Ti chiediamo rispetto per gli operatori e per le altre persone.',
			contacts:
				'Telefono 0371 000 101, email sportello.stranieri@lodi.demo.it. Allo sportello si parla italiano, inglese, francese, arabo e spagnolo.',
			responsibleUnit: 'Comune di Lodi – Sportello Stranieri&Rifugiati',
			cost: 'Gratuito. Anche il codice STP è gratuito. Le domande di permesso di soggiorno e di cittadinanza possono avere dei costi (marche da bollo, contributi): lo sportello te li spiega.',
			easyRead:
				'Questo sportello aiuta le persone straniere e i rifugiati. Ti aiuta con il permesso di soggiorno, per far venire la tua famiglia in Italia e per la cittadinanza. Se non hai il permesso, ti aiuta ad avere le cure mediche con il codice STP. È gratis. Parliamo anche inglese, francese, arabo e spagnolo.'
		},
		en: {
			title: 'Foreigners and Refugees Desk (Sportello Stranieri&Rifugiati)',
			summary:
				'Information and guidance for foreign citizens and refugees: permesso di soggiorno (residence permit), family reunification, citizenship, access to local services and help getting the STP code (Straniero Temporaneamente Presente, temporarily present foreigner) for health care.',
			audience:
				'Foreign citizens and refugees living in the Lodi area, including people without a permesso di soggiorno (residence permit).',
			howTo:
				'Come to the desk during opening hours or book an appointment by phone. A worker listens to your situation, explains what to do and helps you prepare your applications. For the STP code (health care for foreigners without a permit) we help you fill in the declaration of indigence (a statement that you have no income) and refer you to the ASST (local health authority).',
			requirements:
				'Identity document or passport\nPermesso di soggiorno (residence permit) or its receipt, if you have one\nCodice fiscale (tax code), if you have one\nFor the STP code: declaration of indigence (filled in at the desk)',
			outcome:
				'You get clear information and help with applications for and renewals of your permesso di soggiorno (residence permit), family reunification and citizenship, and guidance to local services. If you have no permit, we help you get the STP code (Straniero Temporaneamente Presente, temporarily present foreigner), which gives access to health care; the ASST (local health authority) issues it free of charge.',
			timing:
				'Guidance is given during the meeting. How long an application takes depends on the offices in charge: the desk tells you what to expect. Ask to renew your permesso di soggiorno (residence permit) before it expires: come in good time.',
			access:
				'Come in person during opening hours or book an appointment by phone. On Monday morning in Lodi you do not need an appointment.',
			conditions:
				'The service is free and confidential. Your data is protected and used only to help you. You can come even if you do not have a permesso di soggiorno (residence permit). Please treat staff and other people with respect.',
			contacts:
				'Phone 0371 000 101, email sportello.stranieri@lodi.demo.it. At the desk we speak Italian, English, French, Arabic and Spanish.',
			responsibleUnit: 'Comune di Lodi (Municipality of Lodi) – Foreigners and Refugees Desk',
			cost: 'Free. The STP code is also free. Applications for a permesso di soggiorno (residence permit) or citizenship may have costs (revenue stamps, fees): the desk explains them.',
			easyRead:
				'This desk helps foreigners and refugees. It helps with your permesso di soggiorno (residence permit), with bringing your family to Italy and with citizenship. If you have no permit, it helps you get medical care with the STP code. It is free. We also speak English, French, Arabic and Spanish.'
		},
		fr: {
			title: 'Guichet Étrangers et Réfugiés (Sportello Stranieri&Rifugiati)',
			summary:
				'Information et orientation pour les citoyens étrangers et les réfugiés : permesso di soggiorno (titre de séjour), regroupement familial, nationalité, accès aux services locaux et aide pour obtenir le code STP (Straniero Temporaneamente Presente, étranger présent temporairement) pour les soins de santé.',
			audience:
				'Citoyens étrangers et réfugiés qui vivent dans le territoire de Lodi, y compris les personnes sans permesso di soggiorno (titre de séjour).',
			howTo:
				"Venez au guichet pendant les heures d'ouverture ou prenez rendez-vous par téléphone. Un intervenant écoute votre situation, vous explique les démarches et vous aide à préparer vos demandes. Pour le code STP (soins de santé pour les étrangers sans titre de séjour), nous vous aidons à remplir la déclaration d'indigence (déclaration que vous n'avez pas de revenus) et nous vous orientons vers l'ASST (agence sanitaire locale).",
			requirements:
				"Pièce d'identité ou passeport\nPermesso di soggiorno (titre de séjour) ou récépissé, si vous en avez un\nCodice fiscale (code fiscal), si vous en avez un\nPour le code STP : déclaration d'indigence (à remplir au guichet)",
			outcome:
				"Vous recevez des informations claires et de l'aide pour les demandes et les renouvellements du permesso di soggiorno (titre de séjour), le regroupement familial et la nationalité, ainsi qu'une orientation vers les services locaux. Si vous n'avez pas de titre de séjour, nous vous aidons à obtenir le code STP (Straniero Temporaneamente Presente, étranger présent temporairement), qui donne accès aux soins ; l'ASST (agence sanitaire locale) le délivre gratuitement.",
			timing:
				"L'orientation se fait pendant l'entretien. La durée des démarches dépend des administrations compétentes : le guichet vous indique à quoi vous attendre. Demandez le renouvellement du permesso di soggiorno (titre de séjour) avant son expiration : venez à temps.",
			access:
				"Venez en personne pendant les heures d'ouverture ou prenez rendez-vous par téléphone. Le lundi matin à Lodi, pas besoin de rendez-vous.",
			conditions:
				'Le service est gratuit et confidentiel. Vos données sont protégées et utilisées seulement pour vous aider. Vous pouvez venir même sans permesso di soggiorno (titre de séjour). Merci de respecter le personnel et les autres personnes.',
			contacts:
				'Téléphone 0371 000 101, e-mail sportello.stranieri@lodi.demo.it. Au guichet, nous parlons italien, anglais, français, arabe et espagnol.',
			responsibleUnit: 'Comune di Lodi (Mairie de Lodi) – Guichet Étrangers et Réfugiés',
			cost: 'Gratuit. Le code STP est aussi gratuit. Les demandes de permesso di soggiorno (titre de séjour) ou de nationalité peuvent avoir des frais (timbres fiscaux, contributions) : le guichet vous les explique.',
			easyRead:
				"Ce guichet aide les étrangers et les réfugiés. Il vous aide pour le permesso di soggiorno (titre de séjour), pour faire venir votre famille en Italie et pour la nationalité. Si vous n'avez pas de titre de séjour, il vous aide à vous soigner avec le code STP. C'est gratuit. Nous parlons aussi anglais, français, arabe et espagnol."
		},
		es: {
			title: 'Oficina de Extranjeros y Refugiados (Sportello Stranieri&Rifugiati)',
			summary:
				'Información y orientación para ciudadanos extranjeros y refugiados: permesso di soggiorno (permiso de residencia), reagrupación familiar, ciudadanía, acceso a los servicios locales y ayuda para obtener el código STP (Straniero Temporaneamente Presente, extranjero temporalmente presente) para la atención sanitaria.',
			audience:
				'Ciudadanos extranjeros y refugiados que viven en el territorio de Lodi, también personas sin permesso di soggiorno (permiso de residencia).',
			howTo:
				'Ven a la oficina en el horario de atención o pide cita por teléfono. Un profesional escucha tu situación, te explica qué hacer y te ayuda a preparar las solicitudes. Para el código STP (atención sanitaria para extranjeros sin permiso) te ayudamos a rellenar la declaración de indigencia (declaración de que no tienes ingresos) y te enviamos a la ASST (autoridad sanitaria local).',
			requirements:
				'Documento de identidad o pasaporte\nPermesso di soggiorno (permiso de residencia) o su resguardo, si lo tienes\nCodice fiscale (código fiscal), si lo tienes\nPara el código STP: declaración de indigencia (se rellena en la oficina)',
			outcome:
				'Recibes información clara y ayuda con las solicitudes y renovaciones del permesso di soggiorno (permiso de residencia), la reagrupación familiar y la ciudadanía, y orientación hacia los servicios locales. Si no tienes permiso, te ayudamos a obtener el código STP (Straniero Temporaneamente Presente, extranjero temporalmente presente), que da acceso a la atención sanitaria; la ASST (autoridad sanitaria local) lo expide gratis.',
			timing:
				'La orientación se da durante la entrevista. La duración de los trámites depende de las oficinas competentes: la oficina te dice qué esperar. Pide la renovación del permesso di soggiorno (permiso de residencia) antes de que caduque: ven con tiempo.',
			access:
				'Ven en persona en el horario de atención o pide cita por teléfono. El lunes por la mañana en Lodi no hace falta cita.',
			conditions:
				'El servicio es gratuito y confidencial. Tus datos están protegidos y solo se usan para ayudarte. Puedes venir aunque no tengas permesso di soggiorno (permiso de residencia). Te pedimos respeto hacia el personal y las demás personas.',
			contacts:
				'Teléfono 0371 000 101, correo electrónico sportello.stranieri@lodi.demo.it. En la oficina hablamos italiano, inglés, francés, árabe y español.',
			responsibleUnit: 'Comune di Lodi (Ayuntamiento de Lodi) – Oficina de Extranjeros y Refugiados',
			cost: 'Gratis. El código STP también es gratuito. Las solicitudes de permesso di soggiorno (permiso de residencia) o de ciudadanía pueden tener costes (timbres fiscales, tasas): la oficina te los explica.',
			easyRead:
				'Esta oficina ayuda a los extranjeros y a los refugiados. Te ayuda con el permesso di soggiorno (permiso de residencia), para traer a tu familia a Italia y para la ciudadanía. Si no tienes permiso, te ayuda a recibir atención médica con el código STP. Es gratis. También hablamos inglés, francés, árabe y español.'
		},
		ar: {
			title: 'مكتب الأجانب واللاجئين (Sportello Stranieri&Rifugiati)',
			summary:
				'معلومات وإرشاد للمواطنين الأجانب واللاجئين: تصريح الإقامة (permesso di soggiorno)، ولمّ الشمل العائلي، والجنسية، والوصول إلى الخدمات المحلية، والمساعدة في الحصول على رمز STP (Straniero Temporaneamente Presente، أي الأجنبي الموجود مؤقتًا) لتلقي الرعاية الصحية.',
			audience:
				'المواطنون الأجانب واللاجئون الذين يعيشون في منطقة لودي، بمن فيهم الأشخاص الذين ليس لديهم تصريح إقامة (permesso di soggiorno).',
			howTo:
				'تعال إلى المكتب خلال ساعات العمل أو احجز موعدًا عبر الهاتف. يستمع أحد الموظفين إلى وضعك، ويشرح لك ما يجب فعله، ويساعدك في إعداد طلباتك. وللحصول على رمز STP (الرعاية الصحية للأجانب الذين ليس لديهم تصريح إقامة) نساعدك في ملء إقرار العوز (تصريح بأنه ليس لديك دخل) ونوجّهك إلى ASST (الهيئة الصحية المحلية).',
			requirements:
				'وثيقة هوية أو جواز سفر\nتصريح الإقامة (permesso di soggiorno) أو إيصال طلبه، إن وُجد\nالرمز الضريبي (codice fiscale)، إن وُجد\nللحصول على رمز STP: إقرار العوز (يُملأ في المكتب)',
			outcome:
				'تحصل على معلومات واضحة ومساعدة في طلبات تصريح الإقامة (permesso di soggiorno) وتجديده، ولمّ الشمل العائلي، والجنسية، وإرشاد إلى الخدمات المحلية. وإذا لم يكن لديك تصريح إقامة، نساعدك في الحصول على رمز STP (Straniero Temporaneamente Presente، أي الأجنبي الموجود مؤقتًا) الذي يتيح لك الحصول على الرعاية الصحية؛ وتصدره ASST (الهيئة الصحية المحلية) مجانًا.',
			timing:
				'يُقدَّم الإرشاد خلال المقابلة. تعتمد مدة الإجراءات على الجهات المختصة، ويخبرك المكتب بما يمكن توقعه. اطلب تجديد تصريح الإقامة (permesso di soggiorno) قبل انتهاء صلاحيته: تعال في وقت مبكر.',
			access: 'تعال شخصيًا خلال ساعات العمل أو احجز موعدًا عبر الهاتف. في صباح يوم الاثنين في لودي لا تحتاج إلى موعد.',
			conditions:
				'الخدمة مجانية وسرية. بياناتك محمية ولا تُستخدم إلا لمساعدتك. يمكنك المجيء حتى لو لم يكن لديك تصريح إقامة (permesso di soggiorno). نرجو منك احترام الموظفين والأشخاص الآخرين.',
			contacts:
				'الهاتف 0371 000 101، البريد الإلكتروني sportello.stranieri@lodi.demo.it. نتحدث في المكتب الإيطالية والإنجليزية والفرنسية والعربية والإسبانية.',
			responsibleUnit: 'Comune di Lodi (بلدية لودي) – مكتب الأجانب واللاجئين',
			cost: 'الخدمة مجانية. رمز STP مجاني أيضًا. قد تكون لطلبات تصريح الإقامة (permesso di soggiorno) أو الجنسية تكاليف (طوابع رسمية ورسوم)، ويشرحها لك المكتب.',
			easyRead:
				'هذا المكتب يساعد الأجانب واللاجئين. يساعدك في تصريح الإقامة (permesso di soggiorno)، وفي إحضار عائلتك إلى إيطاليا، وفي الجنسية. إذا لم يكن لديك تصريح، يساعدك في الحصول على العلاج الطبي برمز STP. الخدمة مجانية. نتحدث أيضًا الإنجليزية والفرنسية والعربية والإسبانية.'
		},
		uk: {
			title: 'Служба для іноземців і біженців (Sportello Stranieri&Rifugiati)',
			summary:
				"Інформація та консультації для іноземних громадян і біженців: permesso di soggiorno (дозвіл на проживання), возз'єднання сім'ї, громадянство, доступ до місцевих послуг і допомога в отриманні коду STP (Straniero Temporaneamente Presente, тимчасово присутній іноземець) для медичної допомоги.",
			audience:
				'Іноземні громадяни та біженці, які живуть на території Лоді, зокрема люди без permesso di soggiorno (дозволу на проживання).',
			howTo:
				"Приходьте до служби в години роботи або запишіться на прийом телефоном. Працівник вислухає вас, пояснить, що робити, і допоможе підготувати заяви. Для коду STP (медична допомога для іноземців без дозволу на проживання) ми допоможемо заповнити декларацію про малозабезпеченість (заяву про те, що у вас немає доходу) і направимо вас до ASST (місцевої служби охорони здоров'я).",
			requirements:
				'Посвідчення особи або паспорт\nPermesso di soggiorno (дозвіл на проживання) або квитанція про подання заяви, якщо є\nCodice fiscale (податковий код), якщо є\nДля коду STP: декларація про малозабезпеченість (заповнюється у службі)',
			outcome:
				"Ви отримаєте зрозумілу інформацію та допомогу із заявами на permesso di soggiorno (дозвіл на проживання) та його продовження, возз'єднання сім'ї і громадянство, а також консультації щодо місцевих послуг. Якщо у вас немає дозволу, ми допоможемо отримати код STP (Straniero Temporaneamente Presente, тимчасово присутній іноземець), який дає доступ до медичної допомоги; ASST (місцева служба охорони здоров'я) видає його безкоштовно.",
			timing:
				'Консультацію ви отримуєте під час зустрічі. Тривалість оформлення документів залежить від відповідних установ: служба пояснить, чого очікувати. Подавайте заяву на продовження permesso di soggiorno (дозволу на проживання) до закінчення його терміну: приходьте заздалегідь.',
			access:
				'Приходьте особисто в години роботи або запишіться на прийом телефоном. У понеділок зранку в Лоді запис не потрібен.',
			conditions:
				'Послуга безкоштовна й конфіденційна. Ваші дані захищені й використовуються лише для того, щоб вам допомогти. Ви можете прийти, навіть якщо у вас немає permesso di soggiorno (дозволу на проживання). Просимо з повагою ставитися до працівників та інших людей.',
			contacts:
				'Телефон 0371 000 101, ел. пошта sportello.stranieri@lodi.demo.it. У службі говорять італійською, англійською, французькою, арабською та іспанською.',
			responsibleUnit: 'Comune di Lodi (муніципалітет Лоді) – Служба для іноземців і біженців',
			cost: 'Безкоштовно. Код STP також безкоштовний. Заяви на permesso di soggiorno (дозвіл на проживання) або громадянство можуть потребувати витрат (гербові марки, збори): служба їх пояснить.',
			easyRead:
				"Ця служба допомагає іноземцям і біженцям. Вона допомагає з permesso di soggiorno (дозволом на проживання), з переїздом вашої сім'ї до Італії та з громадянством. Якщо у вас немає дозволу, вона допоможе отримати лікування з кодом STP. Це безкоштовно. Ми говоримо також англійською, французькою, арабською та іспанською."
		},
		zh: {
			title: '外国人与难民服务窗口（Sportello Stranieri&Rifugiati）',
			summary:
				'为外国公民和难民提供信息和指导：permesso di soggiorno（居留许可）、家庭团聚、国籍、使用本地服务，以及帮助办理用于医疗的STP代码（Straniero Temporaneamente Presente，临时居留外国人）。',
			audience: '居住在洛迪地区的外国公民和难民，包括没有permesso di soggiorno（居留许可）的人。',
			howTo:
				'请在开放时间前来窗口，或通过电话预约。工作人员会了解您的情况，告诉您该怎么做，并帮助您准备申请。办理STP代码（为没有居留许可的外国人提供医疗）时，我们帮您填写贫困声明（说明您没有收入的声明），并指引您前往ASST（地方卫生机构）。',
			requirements:
				'身份证件或护照\nPermesso di soggiorno（居留许可）或申请回执（如有）\nCodice fiscale（税号）（如有）\n办理STP代码：贫困声明（在窗口填写）',
			outcome:
				'您将获得清楚的信息，以及在申请和续签permesso di soggiorno（居留许可）、家庭团聚和入籍方面的帮助，并了解如何使用本地服务。如果您没有居留许可，我们帮您获得STP代码（Straniero Temporaneamente Presente，临时居留外国人），凭此可以获得医疗服务；该代码由ASST（地方卫生机构）免费发放。',
			timing:
				'指导在面谈时提供。办理手续所需的时间取决于主管部门，窗口会告诉您大概需要多久。请在permesso di soggiorno（居留许可）到期前申请续签：请尽早前来。',
			access: '请在开放时间亲自前来，或通过电话预约。在洛迪，周一上午无需预约。',
			conditions:
				'本服务免费且保密。您的信息受到保护，只用于帮助您。即使您没有permesso di soggiorno（居留许可），也可以前来。请尊重工作人员和其他人。',
			contacts:
				'电话 0371 000 101，电子邮件 sportello.stranieri@lodi.demo.it。窗口工作人员会说意大利语、英语、法语、阿拉伯语和西班牙语。',
			responsibleUnit: 'Comune di Lodi（洛迪市政府）– 外国人与难民服务窗口',
			cost: '免费。STP代码也是免费的。申请permesso di soggiorno（居留许可）或入籍可能需要费用（印花税票、手续费），窗口会为您说明。',
			easyRead:
				'这个窗口帮助外国人和难民。它帮您办理permesso di soggiorno（居留许可）、让家人来意大利团聚以及入籍。如果您没有居留许可，它帮您用STP代码看病。服务免费。我们也会说英语、法语、阿拉伯语和西班牙语。'
		}
	}
};
export default service;

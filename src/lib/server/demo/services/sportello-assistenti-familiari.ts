import type { DemoService } from '../lodi-services';

const service: DemoService = {
	slug: 'sportello-assistenti-familiari',
	provider: 'SPI-CGIL Pavia/Lodi',
	category: 'vita_lavorativa',
	topics: ['lavoro', 'assistenza_sociale', 'assistenza_invalidi'],
	targetGroups: ['family_carers', 'families', 'elderly', 'foreigners'],
	spokenLanguages: ['it', 'ro', 'uk', 'es'],
	phone: '0371 000 202',
	email: 'assistenti.familiari@lodi.demo.it',
	exampleData: true,
	locations: [
		{
			name: 'Sportello Assistenti Familiari',
			municipality: 'Lodi',
			address: 'Via Lodivecchio 31, 26900 Lodi',
			// Coordinates read off the map, approximate: the Camera del Lavoro in the former Camolina works, Via Lodivecchio.
			latitude: 45.3093,
			longitude: 9.4934,
			hours: [
				[2, '09:00', '12:00'],
				[4, '14:30', '17:30']
			],
			closures: [['2027-08-02', '2027-08-27', 'Chiusura estiva']]
		}
	],
	texts: {
		it: {
			title: 'Sportello Assistenti Familiari',
			summary:
				"Lo sportello, nato dalla collaborazione dei sindacati SPI-CGIL e FNP-CISL Pavia/Lodi, aiuta le famiglie che cercano un'assistente familiare (badante) e le assistenti familiari che cercano lavoro. Offre incontro tra domanda e offerta, contratto di lavoro domestico, iscrizione all'INPS (ente di previdenza sociale), buste paga, corsi di formazione e informazioni sui permessi per lavoro.",
			audience:
				"Famiglie che cercano un'assistente familiare (badante) per una persona anziana o non autosufficiente. Assistenti familiari, italiane e straniere, che cercano lavoro o hanno bisogno di aiuto per il contratto.",
			howTo:
				"Vieni allo sportello negli orari di apertura oppure telefona per fissare un appuntamento. Un operatore ascolta la tua situazione e ti spiega i passi da fare. Chi cerca lavoro lascia il proprio curriculum; chi cerca un'assistente descrive i bisogni della persona da assistere.",
			requirements:
				'Documento di identità\nCodice fiscale\nPermesso di soggiorno (per i cittadini stranieri)\nCurriculum o elenco delle esperienze di lavoro (per chi cerca lavoro)\nDati del datore di lavoro e della persona da assistere (per le famiglie)',
			outcome:
				"Le famiglie trovano un'assistente familiare e ricevono aiuto per il contratto secondo il CCNL (contratto collettivo nazionale) del lavoro domestico, per l'iscrizione all'INPS (l'ente della previdenza sociale) e per le buste paga. Le assistenti familiari ricevono offerte di lavoro, corsi di formazione e informazioni sui permessi per lavoro.",
			timing:
				"Le prime informazioni si ricevono subito, durante il colloquio. I tempi per trovare un'assistente o un lavoro dipendono dalle richieste. L'assunzione va comunicata all'INPS (l'ente della previdenza sociale) entro il giorno prima dell'inizio del lavoro.",
			access:
				'Di persona allo sportello in Via Lodivecchio 31 a Lodi, il martedì dalle 9:00 alle 12:00 e il giovedì dalle 14:30 alle 17:30. È consigliato prendere appuntamento per telefono o per email.',
			conditions:
				'Il servizio è aperto a tutti, iscritti e non iscritti al sindacato. I dati personali sono trattati nel rispetto della privacy. Gli operatori parlano italiano, rumeno, ucraino e spagnolo.',
			contacts:
				'Telefono 0371 000 202, email assistenti.familiari@lodi.demo.it. Puoi chiamare o scrivere per chiedere informazioni o un appuntamento.',
			responsibleUnit: 'Sportello Assistenti Familiari, gestito dai sindacati SPI-CGIL e FNP-CISL Pavia/Lodi.',
			cost: 'Informazioni gratuite; per la gestione del contratto può essere chiesto un contributo.',
			easyRead:
				'Cerchi una badante per la tua famiglia? Cerchi lavoro come badante? Questo sportello ti aiuta. Ti aiuta anche con il contratto e la busta paga. Le informazioni sono gratis.'
		},
		en: {
			title: 'Family Carers Desk (Sportello Assistenti Familiari)',
			summary:
				'The desk, set up by the trade unions SPI-CGIL and FNP-CISL Pavia/Lodi, helps families looking for a family carer (badante) and family carers looking for work. It offers job matching, domestic work contracts, registration with INPS (the national social security institute), payslips, training courses and information on work permits.',
			audience:
				'Families looking for a family carer (badante) for an elderly or dependent person. Italian and foreign family carers who are looking for work or need help with their contract.',
			howTo:
				'Come to the desk during opening hours or phone to book an appointment. A staff member listens to your situation and explains the steps to take. If you are looking for work, leave your CV; if you are looking for a carer, describe the needs of the person to be cared for.',
			requirements:
				'Identity document\nTax code (codice fiscale)\nResidence permit (permesso di soggiorno), for foreign citizens\nCV or list of work experience (for job seekers)\nDetails of the employer and of the person to be cared for (for families)',
			outcome:
				'Families find a family carer and get help with the contract under the national collective agreement for domestic work (CCNL lavoro domestico), registration with INPS (the national social security institute) and payslips. Family carers get job offers, training courses and information on work permits.',
			timing:
				'You get the first information straight away, during the meeting. The time needed to find a carer or a job depends on requests. The hiring must be reported to INPS (the national social security institute) by the day before work starts.',
			access:
				'In person at the desk, Via Lodivecchio 31, Lodi, on Tuesdays from 9:00 to 12:00 and on Thursdays from 14:30 to 17:30. It is best to book an appointment by phone or email.',
			conditions:
				'The service is open to everyone, union members and non-members. Personal data are handled with respect for privacy. Staff speak Italian, Romanian, Ukrainian and Spanish.',
			contacts:
				'Phone 0371 000 202, email assistenti.familiari@lodi.demo.it. You can call or write to ask for information or an appointment.',
			responsibleUnit:
				'Family Carers Desk (Sportello Assistenti Familiari), run by the trade unions SPI-CGIL and FNP-CISL Pavia/Lodi.',
			cost: 'Information is free; a contribution may be asked for handling the contract.',
			easyRead:
				'Do you need a carer for your family? Are you looking for work as a carer? This desk helps you. It also helps with the contract and the payslip. Information is free.'
		},
		fr: {
			title: 'Guichet des aides à domicile (Sportello Assistenti Familiari)',
			summary:
				"Le guichet, créé grâce à la collaboration des syndicats SPI-CGIL et FNP-CISL Pavia/Lodi, aide les familles qui cherchent une aide à domicile (badante) et les aides à domicile qui cherchent du travail. Il propose la mise en relation, le contrat de travail domestique, l'inscription à l'INPS (sécurité sociale), les fiches de paie, des formations et des informations sur les permis de travail.",
			audience:
				"Familles qui cherchent une aide à domicile (badante) pour une personne âgée ou dépendante. Aides à domicile, italiennes et étrangères, qui cherchent du travail ou ont besoin d'aide pour leur contrat.",
			howTo:
				"Venez au guichet pendant les heures d'ouverture ou téléphonez pour prendre rendez-vous. Un conseiller écoute votre situation et vous explique les étapes à suivre. Si vous cherchez du travail, laissez votre CV ; si vous cherchez une aide à domicile, décrivez les besoins de la personne à aider.",
			requirements:
				"Pièce d'identité\nCode fiscal (codice fiscale)\nTitre de séjour (permesso di soggiorno), pour les citoyens étrangers\nCV ou liste des expériences de travail (pour les personnes qui cherchent un emploi)\nDonnées de l'employeur et de la personne à aider (pour les familles)",
			outcome:
				"Les familles trouvent une aide à domicile et reçoivent de l'aide pour le contrat selon la convention collective nationale du travail domestique (CCNL lavoro domestico), pour l'inscription à l'INPS (l'institut national de sécurité sociale) et pour les fiches de paie. Les aides à domicile reçoivent des offres d'emploi, des formations et des informations sur les permis de travail.",
			timing:
				"Les premières informations sont données tout de suite, pendant l'entretien. Le délai pour trouver une aide à domicile ou un emploi dépend des demandes. L'embauche doit être déclarée à l'INPS (l'institut national de sécurité sociale) au plus tard la veille du début du travail.",
			access:
				'En personne au guichet, Via Lodivecchio 31, Lodi, le mardi de 9h00 à 12h00 et le jeudi de 14h30 à 17h30. Il est conseillé de prendre rendez-vous par téléphone ou par e-mail.',
			conditions:
				'Le service est ouvert à tous, adhérents ou non au syndicat. Les données personnelles sont traitées dans le respect de la vie privée. Les conseillers parlent italien, roumain, ukrainien et espagnol.',
			contacts:
				'Téléphone 0371 000 202, e-mail assistenti.familiari@lodi.demo.it. Vous pouvez appeler ou écrire pour demander des informations ou un rendez-vous.',
			responsibleUnit:
				'Guichet des aides à domicile (Sportello Assistenti Familiari), géré par les syndicats SPI-CGIL et FNP-CISL Pavia/Lodi.',
			cost: 'Informations gratuites ; une contribution peut être demandée pour la gestion du contrat.',
			easyRead:
				'Vous cherchez une aide à domicile pour votre famille ? Vous cherchez un travail comme aide à domicile ? Ce guichet vous aide. Il vous aide aussi pour le contrat et la fiche de paie. Les informations sont gratuites.'
		},
		es: {
			title: 'Oficina de Asistentes Familiares (Sportello Assistenti Familiari)',
			summary:
				'La oficina, creada gracias a la colaboración de los sindicatos SPI-CGIL y FNP-CISL Pavia/Lodi, ayuda a las familias que buscan un asistente familiar (badante) y a los asistentes familiares que buscan trabajo. Ofrece intermediación entre oferta y demanda, contrato de trabajo doméstico, inscripción en el INPS (seguridad social), nóminas, cursos de formación e información sobre permisos de trabajo.',
			audience:
				'Familias que buscan un asistente familiar (badante) para una persona mayor o dependiente. Asistentes familiares, italianos y extranjeros, que buscan trabajo o necesitan ayuda con su contrato.',
			howTo:
				'Acude a la oficina en el horario de apertura o llama para pedir cita. Un operador escucha tu situación y te explica los pasos que debes seguir. Si buscas trabajo, deja tu currículum; si buscas un asistente, describe las necesidades de la persona que hay que cuidar.',
			requirements:
				'Documento de identidad\nCódigo fiscal (codice fiscale)\nPermiso de residencia (permesso di soggiorno), para ciudadanos extranjeros\nCurrículum o lista de experiencias laborales (para quien busca trabajo)\nDatos del empleador y de la persona que hay que cuidar (para las familias)',
			outcome:
				'Las familias encuentran un asistente familiar y reciben ayuda con el contrato según el convenio colectivo nacional del trabajo doméstico (CCNL lavoro domestico), con la inscripción en el INPS (instituto nacional de la seguridad social) y con las nóminas. Los asistentes familiares reciben ofertas de trabajo, cursos de formación e información sobre permisos de trabajo.',
			timing:
				'La primera información se recibe enseguida, durante la entrevista. El tiempo para encontrar un asistente o un trabajo depende de las solicitudes. La contratación debe comunicarse al INPS (instituto nacional de la seguridad social) a más tardar el día antes del inicio del trabajo.',
			access:
				'En persona en la oficina, Via Lodivecchio 31, Lodi, los martes de 9:00 a 12:00 y los jueves de 14:30 a 17:30. Se recomienda pedir cita por teléfono o por correo electrónico.',
			conditions:
				'El servicio está abierto a todos, afiliados y no afiliados al sindicato. Los datos personales se tratan respetando la privacidad. Los operadores hablan italiano, rumano, ucraniano y español.',
			contacts:
				'Teléfono 0371 000 202, correo electrónico assistenti.familiari@lodi.demo.it. Puedes llamar o escribir para pedir información o una cita.',
			responsibleUnit:
				'Oficina de Asistentes Familiares (Sportello Assistenti Familiari), gestionada por los sindicatos SPI-CGIL y FNP-CISL Pavia/Lodi.',
			cost: 'Información gratuita; por la gestión del contrato se puede pedir una contribución.',
			easyRead:
				'¿Buscas a alguien que cuide a tu familiar? ¿Buscas trabajo como cuidador? Esta oficina te ayuda. También te ayuda con el contrato y la nómina. La información es gratis.'
		},
		ar: {
			title: 'مكتب مساعدي الأسر (Sportello Assistenti Familiari)',
			summary:
				'أُنشئ هذا المكتب بالتعاون بين النقابتين SPI-CGIL وFNP-CISL في بافيا/لودي، وهو يساعد الأسر التي تبحث عن مساعد أسري لرعاية شخص (badante)، ويساعد المساعدين الأسريين الذين يبحثون عن عمل. يقدم التوفيق بين العرض والطلب، وعقد العمل المنزلي، والتسجيل لدى INPS (الضمان الاجتماعي)، وكشوف الرواتب، ودورات تدريبية، ومعلومات عن تصاريح العمل.',
			audience:
				'الأسر التي تبحث عن مساعد أسري (badante) لرعاية شخص مسن أو غير قادر على الاعتماد على نفسه. المساعدون الأسريون، الإيطاليون والأجانب، الذين يبحثون عن عمل أو يحتاجون إلى مساعدة في عقد العمل.',
			howTo:
				'تعال إلى المكتب خلال ساعات العمل أو اتصل هاتفياً لتحديد موعد. يستمع إليك أحد الموظفين ويشرح لك الخطوات اللازمة. إذا كنت تبحث عن عمل، اترك سيرتك الذاتية؛ وإذا كنت تبحث عن مساعد أسري، صِف احتياجات الشخص الذي يحتاج إلى الرعاية.',
			requirements:
				'وثيقة هوية\nالرمز الضريبي (codice fiscale)\nتصريح الإقامة (permesso di soggiorno) للمواطنين الأجانب\nالسيرة الذاتية أو قائمة بالخبرات العملية (لمن يبحث عن عمل)\nبيانات صاحب العمل والشخص الذي يحتاج إلى الرعاية (للأسر)',
			outcome:
				'تجد الأسر مساعداً أسرياً وتحصل على المساعدة في عقد العمل وفق العقد الجماعي الوطني للعمل المنزلي (CCNL lavoro domestico)، وفي التسجيل لدى INPS (المعهد الوطني للضمان الاجتماعي)، وفي كشوف الرواتب. ويحصل المساعدون الأسريون على عروض عمل ودورات تدريبية ومعلومات عن تصاريح العمل.',
			timing:
				'تحصل على المعلومات الأولى فوراً خلال المقابلة. يعتمد الوقت اللازم لإيجاد مساعد أسري أو عمل على الطلبات. يجب إبلاغ INPS (المعهد الوطني للضمان الاجتماعي) بالتوظيف في موعد أقصاه اليوم السابق لبدء العمل.',
			access:
				'حضورياً في المكتب، Via Lodivecchio 31، لودي، يوم الثلاثاء من 9:00 إلى 12:00 ويوم الخميس من 14:30 إلى 17:30. يُنصح بحجز موعد عبر الهاتف أو البريد الإلكتروني.',
			conditions:
				'الخدمة مفتوحة للجميع، سواء كانوا أعضاء في النقابة أم لا. تُعالَج البيانات الشخصية مع احترام الخصوصية. يتحدث الموظفون الإيطالية والرومانية والأوكرانية والإسبانية.',
			contacts:
				'الهاتف 0371 000 202، البريد الإلكتروني assistenti.familiari@lodi.demo.it. يمكنك الاتصال أو الكتابة لطلب معلومات أو موعد.',
			responsibleUnit:
				'مكتب مساعدي الأسر (Sportello Assistenti Familiari)، تديره النقابتان SPI-CGIL وFNP-CISL في بافيا/لودي.',
			cost: 'المعلومات مجانية؛ قد يُطلب مبلغ مساهمة مقابل إدارة عقد العمل.',
			easyRead:
				'هل تبحث عن شخص يرعى أحد أفراد أسرتك؟ هل تبحث عن عمل في رعاية الأشخاص؟ هذا المكتب يساعدك. يساعدك أيضاً في العقد وكشف الراتب. المعلومات مجانية.'
		},
		uk: {
			title: 'Пункт допомоги доглядальникам і родинам (Sportello Assistenti Familiari)',
			summary:
				'Пункт, створений завдяки співпраці профспілок SPI-CGIL і FNP-CISL Pavia/Lodi, допомагає родинам, які шукають доглядальника (badante), і доглядальникам, які шукають роботу. Пропонує підбір роботи, трудовий договір для домашньої праці, реєстрацію в INPS (національний інститут соціального страхування), розрахункові листи, навчальні курси та інформацію про дозволи на роботу.',
			audience:
				'Родини, які шукають доглядальника (badante) для літньої людини або людини, яка потребує догляду. Доглядальники, італійці та іноземці, які шукають роботу або потребують допомоги з договором.',
			howTo:
				'Приходьте до пункту в години роботи або зателефонуйте, щоб записатися на прийом. Працівник вислухає вас і пояснить, що робити. Якщо ви шукаєте роботу, залиште своє резюме; якщо шукаєте доглядальника, опишіть потреби людини, яка потребує догляду.',
			requirements:
				'Документ, що посвідчує особу\nПодатковий код (codice fiscale)\nДозвіл на проживання (permesso di soggiorno) для іноземних громадян\nРезюме або перелік досвіду роботи (для тих, хто шукає роботу)\nДані роботодавця та людини, яка потребує догляду (для родин)',
			outcome:
				'Родини знаходять доглядальника й отримують допомогу з договором за національним колективним договором про домашню працю (CCNL lavoro domestico), з реєстрацією в INPS (національний інститут соціального страхування) та з розрахунковими листами. Доглядальники отримують пропозиції роботи, навчальні курси та інформацію про дозволи на роботу.',
			timing:
				'Перші відповіді ви отримаєте одразу під час зустрічі. Час пошуку доглядальника або роботи залежить від запитів. Про прийняття на роботу треба повідомити INPS (національний інститут соціального страхування) не пізніше ніж за день до початку роботи.',
			access:
				'Особисто в пункті за адресою Via Lodivecchio 31, Лоді, у вівторок з 9:00 до 12:00 і в четвер з 14:30 до 17:30. Радимо записатися на прийом телефоном або електронною поштою.',
			conditions:
				'Послуга відкрита для всіх, і для членів профспілки, і для нечленів. Особисті дані обробляються з дотриманням конфіденційності. Працівники розмовляють італійською, румунською, українською та іспанською.',
			contacts:
				'Телефон 0371 000 202, електронна пошта assistenti.familiari@lodi.demo.it. Ви можете зателефонувати або написати, щоб отримати інформацію чи записатися на прийом.',
			responsibleUnit:
				'Пункт допомоги доглядальникам і родинам (Sportello Assistenti Familiari), яким керують профспілки SPI-CGIL і FNP-CISL Pavia/Lodi.',
			cost: 'Інформація безкоштовна; за оформлення та супровід договору можуть попросити внесок.',
			easyRead:
				'Шукаєте доглядальника для своєї родини? Шукаєте роботу доглядальника? Цей пункт вам допоможе. Він також допоможе з договором і розрахунковим листом. Інформація безкоштовна.'
		},
		zh: {
			title: '家庭护工服务窗口（Sportello Assistenti Familiari）',
			summary:
				'本窗口由工会 SPI-CGIL 和 FNP-CISL Pavia/Lodi 合作开设，帮助寻找家庭护工（badante）的家庭，以及正在找工作的家庭护工。提供供需对接、家政劳动合同、INPS（意大利国家社会保障局）登记、工资单、培训课程以及工作许可方面的信息。',
			audience:
				'为老人或生活不能自理的人寻找家庭护工（badante）的家庭。正在找工作或在合同方面需要帮助的意大利和外国家庭护工。',
			howTo:
				'请在开放时间来窗口，或打电话预约。工作人员会了解您的情况，并向您说明需要做哪些步骤。如果您在找工作，请留下您的简历；如果您在找护工，请说明需要照顾的人有哪些需求。',
			requirements:
				'身份证件\n税号（codice fiscale）\n居留许可（permesso di soggiorno），适用于外国公民\n简历或工作经历清单（适用于找工作的人）\n雇主和被照顾者的信息（适用于家庭）',
			outcome:
				'家庭可以找到家庭护工，并在以下方面获得帮助：按照全国家政劳动集体合同（CCNL lavoro domestico）签订合同、在 INPS（意大利国家社会保障局）登记以及工资单。家庭护工可以获得工作机会、培训课程和工作许可方面的信息。',
			timing:
				'首次咨询时即可当场获得信息。找到护工或工作所需的时间取决于需求情况。雇用必须最迟在开始工作的前一天向 INPS（意大利国家社会保障局）申报。',
			access:
				'亲自前往窗口：Via Lodivecchio 31，洛迪（Lodi），每周二 9:00–12:00，每周四 14:30–17:30。建议通过电话或电子邮件预约。',
			conditions:
				'本服务向所有人开放，无论是否为工会会员。个人信息将依法保密处理。工作人员会说意大利语、罗马尼亚语、乌克兰语和西班牙语。',
			contacts: '电话 0371 000 202，电子邮件 assistenti.familiari@lodi.demo.it。您可以打电话或写邮件咨询信息或预约。',
			responsibleUnit:
				'家庭护工服务窗口（Sportello Assistenti Familiari），由工会 SPI-CGIL 和 FNP-CISL Pavia/Lodi 管理。',
			cost: '咨询信息免费；办理合同手续可能需要支付一定费用。',
			easyRead: '您在为家人找护工吗？您在找护工工作吗？这个窗口可以帮助您。它也可以帮您办理合同和工资单。咨询是免费的。'
		}
	}
};
export default service;

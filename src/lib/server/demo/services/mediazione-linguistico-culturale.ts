import type { DemoService } from '../lodi-services';

const service: DemoService = {
	slug: 'mediazione-linguistico-culturale',
	provider: 'CSV Lombardia Sud',
	category: 'salute_benessere',
	topics: ['immigrazione', 'integrazione_sociale', 'istruzione'],
	targetGroups: ['foreigners', 'families', 'refugees'],
	spokenLanguages: ['it', 'ar', 'en', 'fr', 'ur', 'bn', 'pa', 'wo', 'sq', 'ro', 'uk', 'zh', 'es'],
	phone: '0371 000 404',
	email: 'mediazione@csvlombardiasud.demo.it',
	exampleData: true,
	locations: [
		{
			name: 'Coordinamento mediatori',
			municipality: 'Lodi',
			address: 'Via Fissiraga 15, 26900 Lodi',
			// Coordinates read off the map, approximate: Via Fissiraga in the old town, not the house number.
			latitude: 45.3151,
			longitude: 9.5021,
			hours: [
				[1, '09:00', '13:00'],
				[2, '09:00', '13:00'],
				[3, '09:00', '13:00'],
				[4, '09:00', '13:00'],
				[5, '09:00', '13:00']
			]
		}
	],
	texts: {
		it: {
			title: 'Mediazione linguistico-culturale',
			summary:
				'Mediatrici e mediatori linguistico-culturali aiutano cittadini stranieri e operatori a capirsi dentro i servizi: a scuola, nei servizi sanitari e nei servizi sociali. Il mediatore viene richiesto dall’operatore del servizio.',
			audience:
				'Cittadini stranieri, famiglie e rifugiati che hanno bisogno di aiuto per comunicare con scuole, servizi sanitari e servizi sociali del distretto di Lodi. Il servizio è rivolto anche agli operatori (insegnanti, medici, assistenti sociali) che lavorano con loro.',
			howTo:
				'Il mediatore viene richiesto dall’operatore del servizio (insegnante, medico, assistente sociale). Se hai bisogno di un mediatore, chiedi al servizio che stai usando di richiederlo. Il servizio contatta il Coordinamento mediatori e fissa l’incontro.',
			requirements:
				'La richiesta del servizio (scuola, servizio sanitario o servizio sociale)\nLa lingua che parli\nData, ora e luogo dell’incontro',
			outcome:
				'All’incontro è presente un mediatore che parla la tua lingua: colloqui con gli insegnanti, iscrizione a scuola, visite mediche, consultorio, colloqui con l’assistente sociale. Il mediatore traduce e spiega le differenze culturali, così tu e l’operatore vi capite meglio. Lingue: arabo, inglese, francese, urdu, bengalese, punjabi, wolof, albanese, rumeno, ucraino, cinese, spagnolo.',
			timing:
				'Il servizio deve richiedere il mediatore almeno 5 giorni lavorativi prima dell’incontro. Le richieste urgenti si fanno per telefono.',
			access:
				'Chiedi al servizio che stai usando (scuola, ospedale, consultorio, servizi sociali) di richiedere un mediatore. Gli operatori possono telefonare, scrivere un’email o andare al Coordinamento mediatori dal lunedì al venerdì, dalle 9:00 alle 13:00.',
			conditions:
				'Il servizio è gratuito per i cittadini. Il mediatore rispetta la privacy: non racconta ad altri quello che sente. È neutrale e rispetta tutte le persone, le culture e le religioni.',
			contacts:
				'Coordinamento mediatori: telefono 0371 000 404, email mediazione@csvlombardiasud.demo.it. Per le richieste urgenti è meglio telefonare.',
			responsibleUnit: 'Coordinamento mediatori linguistico-culturali – CSV Lombardia Sud, Via Fissiraga 15, Lodi.',
			cost: 'Gratuito per i cittadini. Il costo è pagato dal distretto e dai servizi.',
			easyRead:
				'Non parli bene l’italiano? Un mediatore ti può aiutare. Il mediatore parla la tua lingua. Ti aiuta a scuola, dal medico e ai servizi sociali. Chiedi al servizio di chiamare un mediatore. È gratis.'
		},
		en: {
			title: 'Linguistic and cultural mediation (Mediazione linguistico-culturale)',
			summary:
				'Linguistic and cultural mediators help foreign citizens and service workers understand each other inside the services: at school, in health services and in social services. The mediator is requested by the service worker.',
			audience:
				'Foreign citizens, families and refugees who need help communicating with schools, health services and social services in the Lodi district. The service is also for the workers (teachers, doctors, social workers) who work with them.',
			howTo:
				'The mediator is requested by the service worker (teacher, doctor, social worker). If you need a mediator, ask the service you are dealing with to request one. The service contacts the mediators’ coordination office and sets up the meeting.',
			requirements:
				'A request from the service (school, health service or social service)\nThe language you speak\nDate, time and place of the meeting',
			outcome:
				'A mediator who speaks your language comes to the meeting: talks with teachers, school enrolment, medical visits, consultorio (family health centre), meetings with the social worker. The mediator translates and explains cultural differences, so you and the worker understand each other better. Languages: Arabic, English, French, Urdu, Bengali, Punjabi, Wolof, Albanian, Romanian, Ukrainian, Chinese, Spanish.',
			timing:
				'The service must request the mediator at least 5 working days before the meeting. Urgent requests are made by phone.',
			access:
				'Ask the service you are using (school, hospital, consultorio – family health centre, social services) to request a mediator. Workers can phone, send an email or go to the mediators’ coordination office Monday to Friday, 9:00 to 13:00.',
			conditions:
				'The service is free of charge for citizens. The mediator respects your privacy: they do not tell others what they hear. They are neutral and respect all people, cultures and religions.',
			contacts:
				'Mediators’ coordination office: phone 0371 000 404, email mediazione@csvlombardiasud.demo.it. For urgent requests it is best to phone.',
			responsibleUnit:
				'Linguistic and cultural mediators’ coordination office (Coordinamento mediatori) – CSV Lombardia Sud, Via Fissiraga 15, Lodi.',
			cost: 'Free for citizens. The cost is paid by the district and the services.',
			easyRead:
				'Do you not speak Italian well? A mediator can help you. The mediator speaks your language. They help you at school, at the doctor and at social services. Ask the service to call a mediator. It is free.'
		},
		fr: {
			title: 'Médiation linguistique et culturelle (Mediazione linguistico-culturale)',
			summary:
				'Des médiatrices et médiateurs linguistiques et culturels aident les citoyens étrangers et les professionnels à se comprendre dans les services : à l’école, dans les services de santé et dans les services sociaux. Le médiateur est demandé par le professionnel du service.',
			audience:
				'Citoyens étrangers, familles et réfugiés qui ont besoin d’aide pour communiquer avec les écoles, les services de santé et les services sociaux du district de Lodi. Le service s’adresse aussi aux professionnels (enseignants, médecins, assistants sociaux) qui travaillent avec eux.',
			howTo:
				'Le médiateur est demandé par le professionnel du service (enseignant, médecin, assistant social). Si vous avez besoin d’un médiateur, demandez au service que vous utilisez d’en faire la demande. Le service contacte la coordination des médiateurs et fixe le rendez-vous.',
			requirements:
				'La demande du service (école, service de santé ou service social)\nLa langue que vous parlez\nLa date, l’heure et le lieu du rendez-vous',
			outcome:
				'Un médiateur qui parle votre langue est présent au rendez-vous : entretiens avec les enseignants, inscription à l’école, visites médicales, consultorio (centre de santé familiale), entretiens avec l’assistant social. Le médiateur traduit et explique les différences culturelles, pour que vous et le professionnel vous compreniez mieux. Langues : arabe, anglais, français, ourdou, bengali, pendjabi, wolof, albanais, roumain, ukrainien, chinois, espagnol.',
			timing:
				'Le service doit demander le médiateur au moins 5 jours ouvrables avant le rendez-vous. Les demandes urgentes se font par téléphone.',
			access:
				'Demandez au service que vous utilisez (école, hôpital, consultorio – centre de santé familiale, services sociaux) de demander un médiateur. Les professionnels peuvent téléphoner, envoyer un e-mail ou se rendre à la coordination des médiateurs du lundi au vendredi, de 9h00 à 13h00.',
			conditions:
				'Le service est gratuit pour les citoyens. Le médiateur respecte votre vie privée : il ne raconte à personne ce qu’il entend. Il est neutre et respecte toutes les personnes, les cultures et les religions.',
			contacts:
				'Coordination des médiateurs : téléphone 0371 000 404, e-mail mediazione@csvlombardiasud.demo.it. Pour les demandes urgentes, il vaut mieux téléphoner.',
			responsibleUnit:
				'Coordination des médiateurs linguistiques et culturels (Coordinamento mediatori) – CSV Lombardia Sud, Via Fissiraga 15, Lodi.',
			cost: 'Gratuit pour les citoyens. Le coût est payé par le district et par les services.',
			easyRead:
				'Vous ne parlez pas bien italien ? Un médiateur peut vous aider. Le médiateur parle votre langue. Il vous aide à l’école, chez le médecin et aux services sociaux. Demandez au service d’appeler un médiateur. C’est gratuit.'
		},
		es: {
			title: 'Mediación lingüística y cultural (Mediazione linguistico-culturale)',
			summary:
				'Mediadoras y mediadores lingüísticos y culturales ayudan a los ciudadanos extranjeros y a los profesionales a entenderse dentro de los servicios: en la escuela, en los servicios de salud y en los servicios sociales. El mediador lo solicita el profesional del servicio.',
			audience:
				'Ciudadanos extranjeros, familias y refugiados que necesitan ayuda para comunicarse con escuelas, servicios de salud y servicios sociales del distrito de Lodi. El servicio también es para los profesionales (maestros, médicos, trabajadores sociales) que trabajan con ellos.',
			howTo:
				'El mediador lo solicita el profesional del servicio (maestro, médico, trabajador social). Si necesitas un mediador, pide al servicio que estás usando que lo solicite. El servicio contacta con la coordinación de mediadores y fija la cita.',
			requirements:
				'La solicitud del servicio (escuela, servicio de salud o servicio social)\nEl idioma que hablas\nFecha, hora y lugar de la cita',
			outcome:
				'En la cita está presente un mediador que habla tu idioma: reuniones con los maestros, matrícula escolar, visitas médicas, consultorio (centro de salud familiar), reuniones con el trabajador social. El mediador traduce y explica las diferencias culturales, para que tú y el profesional os entendáis mejor. Idiomas: árabe, inglés, francés, urdu, bengalí, panyabí, wolof, albanés, rumano, ucraniano, chino, español.',
			timing:
				'El servicio debe solicitar el mediador al menos 5 días hábiles antes de la cita. Las solicitudes urgentes se hacen por teléfono.',
			access:
				'Pide al servicio que estás usando (escuela, hospital, consultorio – centro de salud familiar, servicios sociales) que solicite un mediador. Los profesionales pueden llamar por teléfono, enviar un correo electrónico o ir a la coordinación de mediadores de lunes a viernes, de 9:00 a 13:00.',
			conditions:
				'El servicio es gratuito para los ciudadanos. El mediador respeta tu privacidad: no cuenta a nadie lo que escucha. Es neutral y respeta a todas las personas, culturas y religiones.',
			contacts:
				'Coordinación de mediadores: teléfono 0371 000 404, correo electrónico mediazione@csvlombardiasud.demo.it. Para solicitudes urgentes es mejor llamar por teléfono.',
			responsibleUnit:
				'Coordinación de mediadores lingüísticos y culturales (Coordinamento mediatori) – CSV Lombardia Sud, Via Fissiraga 15, Lodi.',
			cost: 'Gratuito para los ciudadanos. El coste lo pagan el distrito y los servicios.',
			easyRead:
				'¿No hablas bien italiano? Un mediador te puede ayudar. El mediador habla tu idioma. Te ayuda en la escuela, en el médico y en los servicios sociales. Pide al servicio que llame a un mediador. Es gratis.'
		},
		ar: {
			title: 'الوساطة اللغوية والثقافية (Mediazione linguistico-culturale)',
			summary:
				'يساعد الوسطاء اللغويون والثقافيون المواطنين الأجانب والعاملين في الخدمات على فهم بعضهم بعضًا داخل الخدمات: في المدرسة، وفي الخدمات الصحية، وفي الخدمات الاجتماعية. يطلب الوسيطَ الموظفُ العامل في الخدمة.',
			audience:
				'المواطنون الأجانب والأسر واللاجئون الذين يحتاجون إلى مساعدة للتواصل مع المدارس والخدمات الصحية والخدمات الاجتماعية في منطقة لودي. والخدمة موجهة أيضًا إلى العاملين (المعلمين والأطباء والأخصائيين الاجتماعيين) الذين يعملون معهم.',
			howTo:
				'يطلب الوسيطَ الموظفُ العامل في الخدمة (المعلم، الطبيب، الأخصائي الاجتماعي). إذا كنت تحتاج إلى وسيط، فاطلب من الخدمة التي تتعامل معها أن تطلبه. تتصل الخدمة بمكتب تنسيق الوسطاء وتحدد موعد اللقاء.',
			requirements:
				'طلب من الخدمة (المدرسة أو الخدمة الصحية أو الخدمة الاجتماعية)\nاللغة التي تتحدثها\nتاريخ اللقاء ووقته ومكانه',
			outcome:
				'يحضر اللقاءَ وسيطٌ يتحدث لغتك: لقاءات مع المعلمين، تسجيل في المدرسة، زيارات طبية، الـ consultorio (مركز صحة الأسرة)، لقاءات مع الأخصائي الاجتماعي. يترجم الوسيط ويشرح الفروق الثقافية، لكي تفهم أنت والموظف بعضكما بشكل أفضل. اللغات: العربية، الإنجليزية، الفرنسية، الأردية، البنغالية، البنجابية، الولوفية، الألبانية، الرومانية، الأوكرانية، الصينية، الإسبانية.',
			timing: 'يجب على الخدمة أن تطلب الوسيط قبل اللقاء بخمسة أيام عمل على الأقل. تُقدَّم الطلبات العاجلة عبر الهاتف.',
			access:
				'اطلب من الخدمة التي تستخدمها (المدرسة، المستشفى، الـ consultorio – مركز صحة الأسرة، الخدمات الاجتماعية) أن تطلب وسيطًا. يمكن للعاملين الاتصال هاتفيًا أو إرسال بريد إلكتروني أو الذهاب إلى مكتب تنسيق الوسطاء من الاثنين إلى الجمعة، من الساعة 9:00 إلى 13:00.',
			conditions:
				'الخدمة مجانية للمواطنين. يحترم الوسيط خصوصيتك: لا يخبر أحدًا بما يسمعه. الوسيط محايد ويحترم جميع الأشخاص والثقافات والأديان.',
			contacts:
				'مكتب تنسيق الوسطاء: الهاتف 0371 000 404، البريد الإلكتروني mediazione@csvlombardiasud.demo.it. للطلبات العاجلة، من الأفضل الاتصال هاتفيًا.',
			responsibleUnit:
				'مكتب تنسيق الوسطاء اللغويين والثقافيين (Coordinamento mediatori) – CSV Lombardia Sud، Via Fissiraga 15، لودي.',
			cost: 'مجانية للمواطنين. تدفع التكلفةَ المنطقةُ والخدمات.',
			easyRead:
				'لا تتحدث الإيطالية جيدًا؟ يمكن أن يساعدك وسيط. الوسيط يتحدث لغتك. يساعدك في المدرسة وعند الطبيب وفي الخدمات الاجتماعية. اطلب من الخدمة أن تتصل بوسيط. الخدمة مجانية.'
		},
		uk: {
			title: 'Мовно-культурне посередництво (Mediazione linguistico-culturale)',
			summary:
				'Мовно-культурні посередники (медіатори) допомагають іноземним громадянам і працівникам служб розуміти одне одного: у школі, у медичних службах і в соціальних службах. Посередника замовляє працівник служби.',
			audience:
				'Іноземні громадяни, сім’ї та біженці, яким потрібна допомога у спілкуванні зі школами, медичними та соціальними службами округу Лоді. Послуга також призначена для працівників (вчителів, лікарів, соціальних працівників), які з ними працюють.',
			howTo:
				'Посередника замовляє працівник служби (вчитель, лікар, соціальний працівник). Якщо вам потрібен посередник, попросіть службу, до якої ви звертаєтеся, замовити його. Служба зв’язується з координаційним центром посередників і призначає зустріч.',
			requirements:
				'Запит від служби (школи, медичної або соціальної служби)\nМова, якою ви розмовляєте\nДата, час і місце зустрічі',
			outcome:
				'На зустрічі присутній посередник, який розмовляє вашою мовою: розмови з учителями, запис до школи, медичні огляди, consultorio (центр здоров’я сім’ї), зустрічі із соціальним працівником. Посередник перекладає і пояснює культурні відмінності, щоб ви і працівник краще розуміли одне одного. Мови: арабська, англійська, французька, урду, бенгальська, панджабі, волоф, албанська, румунська, українська, китайська, іспанська.',
			timing:
				'Служба має замовити посередника щонайменше за 5 робочих днів до зустрічі. Термінові запити подають телефоном.',
			access:
				'Попросіть службу, якою ви користуєтеся (школу, лікарню, consultorio – центр здоров’я сім’ї, соціальні служби), замовити посередника. Працівники можуть зателефонувати, написати електронний лист або прийти до координаційного центру посередників з понеділка по п’ятницю, з 9:00 до 13:00.',
			conditions:
				'Послуга безкоштовна для громадян. Посередник поважає вашу приватність: він нікому не розповідає те, що чує. Він нейтральний і поважає всіх людей, культури та релігії.',
			contacts:
				'Координаційний центр посередників: телефон 0371 000 404, електронна пошта mediazione@csvlombardiasud.demo.it. Для термінових запитів краще телефонувати.',
			responsibleUnit:
				'Координаційний центр мовно-культурних посередників (Coordinamento mediatori) – CSV Lombardia Sud, Via Fissiraga 15, Лоді.',
			cost: 'Безкоштовно для громадян. Вартість оплачують округ і служби.',
			easyRead:
				'Ви погано розмовляєте італійською? Вам може допомогти посередник. Посередник розмовляє вашою мовою. Він допомагає у школі, у лікаря і в соціальних службах. Попросіть службу викликати посередника. Це безкоштовно.'
		},
		zh: {
			title: '语言文化调解服务（Mediazione linguistico-culturale）',
			summary:
				'语言文化调解员帮助外国公民和服务机构工作人员在服务中相互理解：在学校、医疗卫生服务和社会服务中。调解员由服务机构的工作人员申请。',
			audience:
				'需要帮助与洛迪地区的学校、医疗卫生服务和社会服务进行沟通的外国公民、家庭和难民。本服务也面向与他们一起工作的工作人员（教师、医生、社工）。',
			howTo:
				'调解员由服务机构的工作人员（教师、医生、社工）申请。如果您需要调解员，请让您正在接触的服务机构为您申请。服务机构会联系调解员协调处并安排见面时间。',
			requirements: '服务机构（学校、医疗卫生服务或社会服务）的申请\n您使用的语言\n见面的日期、时间和地点',
			outcome:
				'一位会说您语言的调解员会出席见面：与老师谈话、学校注册、看病、consultorio（家庭健康中心）、与社工谈话。调解员负责翻译并解释文化差异，让您和工作人员更好地相互理解。语言：阿拉伯语、英语、法语、乌尔都语、孟加拉语、旁遮普语、沃洛夫语、阿尔巴尼亚语、罗马尼亚语、乌克兰语、中文、西班牙语。',
			timing: '服务机构须至少在见面前5个工作日申请调解员。紧急申请请通过电话提出。',
			access:
				'请让您正在使用的服务机构（学校、医院、consultorio——家庭健康中心、社会服务）为您申请调解员。工作人员可以打电话、发电子邮件，或在周一至周五9:00至13:00前往调解员协调处。',
			conditions:
				'本服务对公民免费。调解员尊重您的隐私：不会把听到的内容告诉别人。调解员保持中立，尊重所有人、所有文化和宗教。',
			contacts: '调解员协调处：电话 0371 000 404，电子邮件 mediazione@csvlombardiasud.demo.it。紧急申请最好打电话。',
			responsibleUnit: '语言文化调解员协调处（Coordinamento mediatori）– CSV Lombardia Sud，Via Fissiraga 15，洛迪。',
			cost: '对公民免费。费用由地区和服务机构支付。',
			easyRead:
				'您的意大利语说得不好吗？调解员可以帮助您。调解员会说您的语言。他在学校、看医生和社会服务中帮助您。请让服务机构为您叫一位调解员。这是免费的。'
		}
	}
};
export default service;

import type { DemoService } from '../lodi-services';

const service: DemoService = {
	slug: 'cpia-corsi-italiano-terza-media',
	provider: 'CPIA di Lodi',
	category: 'educazione_formazione',
	topics: ['istruzione', 'immigrazione', 'formazione_professionale'],
	targetGroups: ['foreigners', 'young_people', 'workers'],
	spokenLanguages: ['it', 'en', 'fr'],
	phone: '0371 000 303',
	email: 'segreteria@cpia-lodi.demo.it',
	accessUrl: 'https://www.cpia-lodi.demo.it/iscrizioni',
	exampleData: true,
	locations: [
		{
			name: 'Sede di Lodi',
			municipality: 'Lodi',
			address: 'Via Salvemini 1, 26900 Lodi',
			// Coordinates read off the map, approximate: Via Salvemini, not the house number.
			latitude: 45.3088,
			longitude: 9.5154,
			hours: [
				[1, '09:00', '12:00'],
				[1, '14:00', '18:00'],
				[2, '09:00', '12:00'],
				[2, '14:00', '18:00'],
				[3, '09:00', '12:00'],
				[3, '14:00', '18:00'],
				[4, '09:00', '12:00'],
				[4, '14:00', '18:00'],
				[5, '09:00', '12:00']
			],
			closures: [['2026-12-24', '2027-01-06', 'Vacanze di Natale']]
		},
		{
			name: 'Sede di Casalpusterlengo',
			municipality: 'Casalpusterlengo',
			address: 'Via Fleming 5, 26841 Casalpusterlengo',
			// Coordinates read off the map, approximate: Via Fleming, not the house number.
			latitude: 45.1741,
			longitude: 9.6447,
			hours: [[3, '15:00', '18:00']]
		}
	],
	texts: {
		it: {
			title: 'Corsi di italiano e di terza media (CPIA)',
			summary:
				"Il CPIA (Centro Provinciale per l'Istruzione degli Adulti) è la scuola pubblica per adulti. Offre corsi gratuiti di italiano per stranieri, dal livello A1 al B1, e corsi per ottenere il diploma di terza media (licenza media) per adulti e ragazzi dai 16 anni.",
			audience:
				"Cittadini stranieri che vogliono imparare o migliorare l'italiano. Adulti e ragazzi dai 16 anni, italiani e stranieri, che non hanno il diploma di terza media. Possono iscriversi anche le persone che lavorano.",
			howTo:
				"Vieni in segreteria negli orari di apertura oppure compila la domanda online. Fai un breve colloquio e un test per conoscere il tuo livello. Poi la segreteria ti dice la classe e l'orario delle lezioni.",
			requirements:
				"Documento d'identità o passaporto\nCodice fiscale\nPermesso di soggiorno o ricevuta della domanda (non serve per iscrivere i minorenni)\nTitoli di studio del paese d'origine, se ci sono",
			outcome:
				"Impari l'italiano e ricevi un attestato del livello raggiunto (A1, A2 o B1). L'attestato A2 è utile per chiedere il permesso di soggiorno UE per soggiornanti di lungo periodo. Con il corso di terza media ottieni il diploma di licenza media.",
			timing:
				"Le iscrizioni aprono di solito a settembre. Puoi iscriverti anche durante l'anno, se ci sono posti liberi. I corsi seguono il calendario scolastico, da settembre a giugno.",
			access:
				'Di persona nella sede di Lodi o di Casalpusterlengo, negli orari della segreteria. Puoi anche telefonare per prendere un appuntamento oppure iscriverti online dal sito del CPIA.',
			conditions:
				'I corsi sono gratuiti e aperti a tutti. Chiediamo di frequentare con regolarità e di rispettare le regole della scuola. I tuoi dati personali sono trattati nel rispetto della privacy.',
			contacts:
				'Segreteria del CPIA: telefono 0371 000 303, email segreteria@cpia-lodi.demo.it. In segreteria si parla italiano, inglese e francese.',
			responsibleUnit: "Segreteria didattica del CPIA di Lodi (Centro Provinciale per l'Istruzione degli Adulti).",
			cost: 'Gratuito. La scuola può chiedere un piccolo contributo per i materiali, come libri e fotocopie.',
			easyRead:
				"Il CPIA è una scuola pubblica per adulti. Qui impari l'italiano gratis. Puoi anche prendere il diploma di terza media. Puoi iscriverti dai 16 anni. Porta un documento e il codice fiscale."
		},
		en: {
			title: 'Italian and middle-school diploma courses (Corsi di italiano e di terza media – CPIA)',
			summary:
				"The CPIA (Centro Provinciale per l'Istruzione degli Adulti, the public school for adults) offers free Italian courses for foreigners, from level A1 to B1. It also offers courses to get the middle-school diploma (licenza media) for adults and young people from age 16.",
			audience:
				'Foreign citizens who want to learn or improve their Italian. Adults and young people from age 16, Italian or foreign, who do not have the middle-school diploma (licenza media). People who work can also enrol.',
			howTo:
				'Come to the school office during opening hours or fill in the form online. You will have a short interview and a test to check your level. Then the office tells you your class and the lesson times.',
			requirements:
				'Identity document or passport\nCodice fiscale (Italian tax code)\nPermesso di soggiorno (residence permit) or the receipt of your application (not needed to enrol minors)\nSchool certificates from your home country, if you have them',
			outcome:
				'You learn Italian and receive a certificate of the level you reached (A1, A2 or B1). The A2 certificate is useful to apply for the EU long-term permesso di soggiorno (residence permit). With the middle-school course you get the licenza media (middle-school diploma).',
			timing:
				'Enrolment usually opens in September. You can also enrol during the year if there are free places. Courses follow the school calendar, from September to June.',
			access:
				'In person at the Lodi or Casalpusterlengo site, during office hours. You can also phone to make an appointment or enrol online on the website of the CPIA (adult school).',
			conditions:
				'Courses are free and open to everyone. We ask you to attend regularly and to respect the school rules. Your personal data are protected by privacy law.',
			contacts:
				'CPIA (adult school) office: phone 0371 000 303, email segreteria@cpia-lodi.demo.it. Staff speak Italian, English and French.',
			responsibleUnit: 'Student office of the CPIA di Lodi (Provincial Centre for Adult Education).',
			cost: 'Free. The school may ask for a small contribution for materials, such as books and photocopies.',
			easyRead:
				'The CPIA is a public school for adults. Here you learn Italian for free. You can also get the middle-school diploma. You can enrol from age 16. Bring an ID document and your codice fiscale (tax code).'
		},
		fr: {
			title: "Cours d'italien et de fin de collège (Corsi di italiano e di terza media – CPIA)",
			summary:
				"Le CPIA (Centro Provinciale per l'Istruzione degli Adulti, l'école publique pour adultes) propose des cours d'italien gratuits pour les étrangers, du niveau A1 au B1. Il propose aussi des cours pour obtenir le diplôme de fin de collège (licenza media) pour les adultes et les jeunes à partir de 16 ans.",
			audience:
				"Personnes étrangères qui veulent apprendre ou améliorer leur italien. Adultes et jeunes à partir de 16 ans, italiens ou étrangers, qui n'ont pas le diplôme de fin de collège (licenza media). Les personnes qui travaillent peuvent aussi s'inscrire.",
			howTo:
				"Venez au secrétariat pendant les heures d'ouverture ou remplissez la demande en ligne. Vous faites un court entretien et un test pour connaître votre niveau. Ensuite, le secrétariat vous indique votre classe et l'horaire des cours.",
			requirements:
				"Pièce d'identité ou passeport\nCodice fiscale (numéro fiscal italien)\nPermesso di soggiorno (titre de séjour) ou récépissé de la demande (pas nécessaire pour inscrire un mineur)\nDiplômes obtenus dans le pays d'origine, si vous en avez",
			outcome:
				"Vous apprenez l'italien et recevez une attestation du niveau atteint (A1, A2 ou B1). L'attestation A2 est utile pour demander le permesso di soggiorno (titre de séjour) UE de longue durée. Avec le cours de fin de collège, vous obtenez la licenza media (diplôme de fin de collège).",
			timing:
				"Les inscriptions ouvrent en général en septembre. Vous pouvez aussi vous inscrire pendant l'année s'il reste des places. Les cours suivent le calendrier scolaire, de septembre à juin.",
			access:
				'En personne au site de Lodi ou de Casalpusterlengo, pendant les heures du secrétariat. Vous pouvez aussi téléphoner pour prendre rendez-vous ou vous inscrire en ligne sur le site du CPIA (école pour adultes).',
			conditions:
				"Les cours sont gratuits et ouverts à tous. Nous demandons une présence régulière et le respect du règlement de l'école. Vos données personnelles sont protégées selon la loi sur la vie privée.",
			contacts:
				'Secrétariat du CPIA (école pour adultes) : téléphone 0371 000 303, e-mail segreteria@cpia-lodi.demo.it. Le personnel parle italien, anglais et français.',
			responsibleUnit: "Secrétariat pédagogique du CPIA di Lodi (Centre provincial pour l'éducation des adultes).",
			cost: "Gratuit. L'école peut demander une petite participation pour le matériel, comme les livres et les photocopies.",
			easyRead:
				"Le CPIA est une école publique pour adultes. Ici, vous apprenez l'italien gratuitement. Vous pouvez aussi obtenir le diplôme de fin de collège. Vous pouvez vous inscrire dès 16 ans. Apportez une pièce d'identité et votre codice fiscale (numéro fiscal)."
		},
		es: {
			title: 'Cursos de italiano y de secundaria básica (Corsi di italiano e di terza media – CPIA)',
			summary:
				"El CPIA (Centro Provinciale per l'Istruzione degli Adulti, la escuela pública para adultos) ofrece cursos gratuitos de italiano para extranjeros, del nivel A1 al B1. También ofrece cursos para obtener el título de secundaria básica (licenza media) para adultos y jóvenes desde los 16 años.",
			audience:
				'Personas extranjeras que quieren aprender o mejorar su italiano. Adultos y jóvenes desde los 16 años, italianos o extranjeros, que no tienen el título de secundaria básica (licenza media). También pueden inscribirse las personas que trabajan.',
			howTo:
				'Ven a la secretaría en el horario de atención o rellena la solicitud en línea. Harás una breve entrevista y una prueba para conocer tu nivel. Después la secretaría te dice tu clase y el horario de las clases.',
			requirements:
				'Documento de identidad o pasaporte\nCodice fiscale (código fiscal italiano)\nPermesso di soggiorno (permiso de residencia) o el resguardo de la solicitud (no es necesario para inscribir a menores)\nTítulos de estudio del país de origen, si los tienes',
			outcome:
				'Aprendes italiano y recibes un certificado del nivel alcanzado (A1, A2 o B1). El certificado A2 es útil para pedir el permesso di soggiorno (permiso de residencia) UE de larga duración. Con el curso de secundaria obtienes la licenza media (título de secundaria básica).',
			timing:
				'Las inscripciones suelen abrir en septiembre. También puedes inscribirte durante el año si hay plazas libres. Los cursos siguen el calendario escolar, de septiembre a junio.',
			access:
				'En persona en la sede de Lodi o de Casalpusterlengo, en el horario de la secretaría. También puedes llamar por teléfono para pedir una cita o inscribirte en línea en la web del CPIA (escuela para adultos).',
			conditions:
				'Los cursos son gratuitos y abiertos a todos. Pedimos asistir con regularidad y respetar las normas de la escuela. Tus datos personales se tratan respetando la privacidad.',
			contacts:
				'Secretaría del CPIA (escuela para adultos): teléfono 0371 000 303, correo electrónico segreteria@cpia-lodi.demo.it. El personal habla italiano, inglés y francés.',
			responsibleUnit: 'Secretaría académica del CPIA di Lodi (Centro Provincial para la Educación de Adultos).',
			cost: 'Gratuito. La escuela puede pedir una pequeña aportación para los materiales, como libros y fotocopias.',
			easyRead:
				'El CPIA es una escuela pública para adultos. Aquí aprendes italiano gratis. También puedes sacar el título de secundaria básica. Puedes inscribirte desde los 16 años. Trae un documento de identidad y tu codice fiscale (código fiscal).'
		},
		ar: {
			title: 'دورات اللغة الإيطالية وشهادة المرحلة المتوسطة (Corsi di italiano e di terza media – CPIA)',
			summary:
				'يقدّم الـCPIA (المركز الإقليمي لتعليم الكبار، وهو مدرسة حكومية للكبار) دورات مجانية في اللغة الإيطالية للأجانب من المستوى A1 إلى B1. ويقدّم أيضًا دورات للحصول على شهادة المرحلة المتوسطة (licenza media) للكبار وللشباب ابتداءً من سن 16 سنة.',
			audience:
				'المواطنون الأجانب الذين يريدون تعلّم اللغة الإيطالية أو تحسينها. الكبار والشباب من سن 16 سنة، إيطاليين أو أجانب، الذين ليس لديهم شهادة المرحلة المتوسطة (licenza media). ويمكن أيضًا للأشخاص العاملين التسجيل.',
			howTo:
				'تعالَ إلى السكرتارية في أوقات الدوام أو املأ طلب التسجيل عبر الإنترنت. ستجري مقابلة قصيرة واختبارًا لمعرفة مستواك. بعد ذلك تخبرك السكرتارية بصفّك ومواعيد الدروس.',
			requirements:
				'بطاقة هوية أو جواز سفر\nCodice fiscale (الرقم الضريبي الإيطالي)\nPermesso di soggiorno (تصريح الإقامة) أو إيصال تقديم الطلب (غير مطلوب لتسجيل القاصرين)\nالشهادات الدراسية من البلد الأصلي، إن وُجدت',
			outcome:
				'تتعلّم اللغة الإيطالية وتحصل على شهادة بالمستوى الذي وصلت إليه (A1 أو A2 أو B1). شهادة المستوى A2 مفيدة لطلب permesso di soggiorno (تصريح الإقامة) الأوروبي طويل الأمد. ومع دورة المرحلة المتوسطة تحصل على licenza media (شهادة المرحلة المتوسطة).',
			timing:
				'يبدأ التسجيل عادةً في شهر سبتمبر. ويمكنك التسجيل أيضًا خلال السنة إذا كانت هناك أماكن شاغرة. تتبع الدورات التقويم المدرسي، من سبتمبر إلى يونيو.',
			access:
				'حضوريًا في مقرّ لودي أو مقرّ كازالبوستيرلنغو، في أوقات دوام السكرتارية. ويمكنك أيضًا الاتصال هاتفيًا لأخذ موعد أو التسجيل عبر الإنترنت في موقع الـCPIA (مدرسة الكبار).',
			conditions:
				'الدورات مجانية ومفتوحة للجميع. نطلب الحضور بانتظام واحترام قواعد المدرسة. تُعالَج بياناتك الشخصية مع احترام الخصوصية.',
			contacts:
				'سكرتارية الـCPIA (مدرسة الكبار): الهاتف 0371 000 303، البريد الإلكتروني segreteria@cpia-lodi.demo.it. يتحدث الموظفون الإيطالية والإنجليزية والفرنسية.',
			responsibleUnit: 'السكرتارية التعليمية لـCPIA di Lodi (المركز الإقليمي لتعليم الكبار في لودي).',
			cost: 'مجاني. قد تطلب المدرسة مساهمة صغيرة مقابل المواد، مثل الكتب والنسخ المصوّرة.',
			easyRead:
				'الـCPIA مدرسة حكومية للكبار. هنا تتعلّم اللغة الإيطالية مجانًا. ويمكنك أيضًا الحصول على شهادة المرحلة المتوسطة. يمكنك التسجيل من سن 16 سنة. أحضِر وثيقة هوية والـcodice fiscale (الرقم الضريبي).'
		},
		uk: {
			title: 'Курси італійської мови та базової середньої освіти (Corsi di italiano e di terza media – CPIA)',
			summary:
				"CPIA (Centro Provinciale per l'Istruzione degli Adulti, державна школа для дорослих) пропонує безкоштовні курси італійської мови для іноземців, від рівня A1 до B1. Також є курси для отримання свідоцтва про базову середню освіту (licenza media) для дорослих і молоді від 16 років.",
			audience:
				'Іноземці, які хочуть вивчити або покращити італійську мову. Дорослі та молодь від 16 років, італійці чи іноземці, які не мають свідоцтва про базову середню освіту (licenza media). Записатися можуть і ті, хто працює.',
			howTo:
				'Прийдіть до секретаріату в години роботи або заповніть заяву онлайн. Ви пройдете коротку співбесіду і тест, щоб визначити ваш рівень. Потім секретаріат повідомить вам клас і розклад занять.',
			requirements:
				'Посвідчення особи або паспорт\nCodice fiscale (італійський податковий номер)\nPermesso di soggiorno (дозвіл на проживання) або квитанція про подання заяви (не потрібно для запису неповнолітніх)\nДокументи про освіту з країни походження, якщо є',
			outcome:
				'Ви вивчаєте італійську і отримуєте сертифікат про досягнутий рівень (A1, A2 або B1). Сертифікат A2 корисний, щоб подати заяву на довгостроковий permesso di soggiorno (дозвіл на проживання) ЄС. Після курсу базової середньої освіти ви отримуєте licenza media (свідоцтво про базову середню освіту).',
			timing:
				'Запис зазвичай починається у вересні. Записатися можна й протягом року, якщо є вільні місця. Курси тривають за шкільним календарем, з вересня до червня.',
			access:
				'Особисто у відділенні в Лоді або в Казальпустерленго, в години роботи секретаріату. Також можна зателефонувати, щоб домовитися про зустріч, або записатися онлайн на сайті CPIA (школи для дорослих).',
			conditions:
				'Курси безкоштовні та відкриті для всіх. Просимо регулярно відвідувати заняття і дотримуватися правил школи. Ваші персональні дані захищені відповідно до законодавства про приватність.',
			contacts:
				'Секретаріат CPIA (школи для дорослих): телефон 0371 000 303, електронна пошта segreteria@cpia-lodi.demo.it. Працівники говорять італійською, англійською та французькою.',
			responsibleUnit: 'Навчальний секретаріат CPIA di Lodi (Провінційний центр освіти дорослих).',
			cost: 'Безкоштовно. Школа може попросити невеликий внесок за матеріали, наприклад книги та ксерокопії.',
			easyRead:
				'CPIA — це державна школа для дорослих. Тут ви безкоштовно вивчаєте італійську. Також можна отримати свідоцтво про базову середню освіту. Записатися можна з 16 років. Візьміть документ і codice fiscale (податковий номер).'
		},
		zh: {
			title: '意大利语课程和初中文凭课程（Corsi di italiano e di terza media – CPIA）',
			summary:
				"CPIA（Centro Provinciale per l'Istruzione degli Adulti，省立成人教育中心，公立成人学校）为外国人提供免费意大利语课程，从A1到B1级。它还为成年人和16岁以上的青少年提供初中文凭（licenza media）课程。",
			audience:
				'想学习或提高意大利语的外国公民。没有初中文凭（licenza media）的16岁以上成年人和青少年，意大利人或外国人均可。有工作的人也可以报名。',
			howTo:
				'请在办公时间到教务处，或在网上填写报名表。您会进行简短面谈和一次水平测试。之后教务处会告诉您所在班级和上课时间。',
			requirements:
				'身份证件或护照\nCodice fiscale（意大利税号）\nPermesso di soggiorno（居留许可）或申请回执（未成年人报名不需要）\n原籍国的学历证书（如有）',
			outcome:
				'您可以学习意大利语，并获得所达水平的证明（A1、A2或B1）。A2证书有助于申请欧盟长期permesso di soggiorno（居留许可）。完成初中课程后，您将获得licenza media（初中文凭）。',
			timing: '报名通常在9月开始。如有空位，学年中也可以报名。课程按学校校历进行，从9月到次年6月。',
			access:
				'在办公时间亲自前往洛迪或卡萨尔普斯特伦戈的教学点。您也可以打电话预约，或在CPIA（成人学校）网站上在线报名。',
			conditions: '课程免费，向所有人开放。请按时上课并遵守学校规定。您的个人信息将依法受到隐私保护。',
			contacts:
				'CPIA（成人学校）教务处：电话 0371 000 303，电子邮件 segreteria@cpia-lodi.demo.it。工作人员会说意大利语、英语和法语。',
			responsibleUnit: 'CPIA di Lodi（洛迪省立成人教育中心）教务处。',
			cost: '免费。学校可能会收取少量材料费，例如书本和复印费用。',
			easyRead:
				'CPIA是一所公立成人学校。在这里可以免费学意大利语。也可以拿到初中文凭。16岁起可以报名。请带上身份证件和codice fiscale（税号）。'
		}
	}
};
export default service;

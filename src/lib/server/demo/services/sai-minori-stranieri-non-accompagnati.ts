import type { DemoService } from '../lodi-services';

const service: DemoService = {
	slug: 'sai-minori-stranieri-non-accompagnati',
	provider: 'ACSI - progetto SAI',
	category: 'salute_benessere',
	topics: ['immigrazione', 'assistenza_sociale', 'integrazione_sociale'],
	targetGroups: ['unaccompanied_minors', 'refugees'],
	spokenLanguages: ['it', 'en', 'fr', 'ar'],
	phone: '0371 000 505',
	email: 'sai.minori@acsi.demo.it',
	exampleData: true,
	locations: [
		{
			name: 'Sede amministrativa ACSI',
			municipality: 'Lodi',
			address: 'Via Defendente 10, 26900 Lodi',
			// Coordinates read off the map, approximate: the street, not the house number.
			latitude: 45.3124,
			longitude: 9.5072,
			hours: [
				[1, '10:00', '13:00'],
				[3, '10:00', '13:00']
			]
		}
	],
	texts: {
		it: {
			title: 'Accoglienza SAI per minori stranieri non accompagnati (MSNA)',
			summary:
				'ACSI gestisce nel distretto di Lodi l’accoglienza dei minori stranieri non accompagnati nella rete SAI (Sistema di Accoglienza e Integrazione): casa in comunità, tutore volontario, scuola, salute, aiuto legale e accompagnamento verso l’autonomia a 18 anni.',
			audience:
				'Ragazze e ragazzi con meno di 18 anni, di cittadinanza straniera, che si trovano in Italia senza genitori o altri adulti legalmente responsabili per loro. Anche minori richiedenti asilo e rifugiati.',
			howTo:
				'Non si accede presentandosi in sede: l’inserimento avviene tramite i servizi sociali del Comune, la Prefettura o il Servizio Centrale SAI. Un minore solo deve rivolgersi alla Polizia, ai Carabinieri o ai servizi sociali del Comune; in emergenza chiamare il 112.',
			requirements:
				'Documento d’identità o passaporto, se disponibile\nEventuali documenti del paese di origine (certificato di nascita, documenti scolastici)\nSegnalazione dei servizi sociali, della Prefettura o del Servizio Centrale SAI\nNessun documento è obbligatorio per chiedere aiuto',
			outcome:
				'Un posto in comunità, un tutore volontario (un adulto che rappresenta e tutela il minore), scuola e corsi di italiano, cure sanitarie, aiuto legale per il permesso di soggiorno per minore età e un percorso verso l’autonomia a 18 anni.',
			timing:
				'L’inserimento avviene appena c’è un posto libero, su richiesta dei servizi che segnalano il minore. L’accoglienza dura fino ai 18 anni e in alcuni casi può proseguire per un periodo dopo la maggiore età.',
			access:
				'Su segnalazione dei servizi sociali, della Prefettura o del Servizio Centrale SAI. La sede amministrativa di Lodi riceve servizi e tutori il lunedì e il mercoledì dalle 10:00 alle 13:00; non è uno sportello di accoglienza diretta.',
			conditions:
				'Il servizio è gratuito. I dati personali sono trattati nel rispetto della privacy. L’interesse del minore viene sempre prima di tutto. Ai ragazzi si chiede di rispettare le regole della comunità e le altre persone accolte.',
			contacts:
				'Per servizi sociali, tutori e operatori: telefono 0371 000 505, email sai.minori@acsi.demo.it. In emergenza chiamare il 112.',
			responsibleUnit:
				'ACSI - progetto SAI (Sistema di Accoglienza e Integrazione), équipe accoglienza minori, in collaborazione con i servizi sociali dei Comuni del distretto di Lodi.',
			cost: 'Gratuito.',
			easyRead:
				'Hai meno di 18 anni e sei solo in Italia? Puoi avere una casa, una scuola e un adulto che ti aiuta. Vai dalla Polizia o dai servizi sociali del Comune. Se sei in pericolo chiama il 112. È gratis.'
		},
		en: {
			title: 'SAI reception for unaccompanied foreign minors (Accoglienza SAI per MSNA)',
			summary:
				'In the Lodi district ACSI runs reception for unaccompanied foreign minors in the SAI network (Sistema di Accoglienza e Integrazione, the Italian reception and integration system): a home in a community, a volunteer guardian, school, health care, legal help and support towards independence at 18.',
			audience:
				'Girls and boys under 18 who are not Italian citizens and are in Italy without parents or other adults legally responsible for them. This includes minors seeking asylum and refugees.',
			howTo:
				'You cannot just walk into the office: placement is arranged by the municipal social services, the Prefettura (the local office of the Italian government) or the SAI Central Service (Servizio Centrale, the national office of the reception system). A minor on their own should go to the police, the Carabinieri or the municipal social services; in an emergency call 112.',
			requirements:
				'Identity document or passport, if available\nAny documents from the home country, if available (birth certificate, school records)\nReferral from social services, the Prefettura (local government office) or the SAI Central Service\nNo document is needed to ask for help',
			outcome:
				'A place in a community home, a volunteer guardian (tutore volontario, an adult who represents and protects the minor), school and Italian courses, health care, legal help with the residence permit for minors (permesso di soggiorno per minore età) and a path towards independence at 18.',
			timing:
				'Placement happens as soon as a place is free, at the request of the services that refer the minor. Reception lasts until 18 and in some cases can continue for a while after coming of age.',
			access:
				'Through a referral from social services, the Prefettura (local government office) or the SAI Central Service (national office of the reception system). The administrative office in Lodi receives services and guardians on Monday and Wednesday, 10:00–13:00; it is not a walk-in reception desk.',
			conditions:
				'The service is free. Personal data are handled with respect for privacy. The best interests of the minor always come first. Young people are asked to respect the rules of the community and the other residents.',
			contacts:
				'For social services, guardians and professionals: phone 0371 000 505, email sai.minori@acsi.demo.it. In an emergency call 112.',
			responsibleUnit:
				'ACSI - SAI project (progetto SAI, the reception and integration system), minors reception team, working with the social services of the municipalities of the Lodi district.',
			cost: 'Free.',
			easyRead:
				'Are you under 18 and alone in Italy? You can get a home, a school and an adult who helps you. Go to the police or to the social services of the town. If you are in danger, call 112. It is free.'
		},
		fr: {
			title: 'Accueil SAI pour mineurs étrangers non accompagnés (Accoglienza SAI per MSNA)',
			summary:
				'Dans le district de Lodi, ACSI gère l’accueil des mineurs étrangers non accompagnés dans le réseau SAI (Sistema di Accoglienza e Integrazione, le système italien d’accueil et d’intégration) : un logement en foyer, un tuteur bénévole, l’école, les soins, une aide juridique et un accompagnement vers l’autonomie à 18 ans.',
			audience:
				'Filles et garçons de moins de 18 ans, de nationalité étrangère, qui se trouvent en Italie sans parents ni autre adulte légalement responsable d’eux. Cela comprend aussi les mineurs demandeurs d’asile et réfugiés.',
			howTo:
				'On ne peut pas se présenter directement au bureau : l’accueil est organisé par les services sociaux de la commune, la Prefettura (bureau local de l’État italien) ou le Service central SAI (Servizio Centrale, bureau national du système d’accueil). Un mineur seul doit s’adresser à la police, aux Carabinieri ou aux services sociaux de la commune ; en cas d’urgence, appeler le 112.',
			requirements:
				'Pièce d’identité ou passeport, si disponible\nÉventuels documents du pays d’origine (acte de naissance, documents scolaires)\nSignalement des services sociaux, de la Prefettura (bureau local de l’État) ou du Service central SAI\nAucun document n’est obligatoire pour demander de l’aide',
			outcome:
				'Une place en foyer, un tuteur bénévole (tutore volontario, un adulte qui représente et protège le mineur), l’école et des cours d’italien, les soins de santé, une aide juridique pour le titre de séjour pour mineurs (permesso di soggiorno per minore età) et un parcours vers l’autonomie à 18 ans.',
			timing:
				'L’accueil commence dès qu’une place est libre, à la demande des services qui signalent le mineur. Il dure jusqu’à 18 ans et, dans certains cas, peut continuer quelque temps après la majorité.',
			access:
				'Sur signalement des services sociaux, de la Prefettura (bureau local de l’État) ou du Service central SAI (bureau national du système d’accueil). Le bureau administratif de Lodi reçoit les services et les tuteurs le lundi et le mercredi de 10:00 à 13:00 ; ce n’est pas un guichet d’accueil direct.',
			conditions:
				'Le service est gratuit. Les données personnelles sont traitées dans le respect de la vie privée. L’intérêt du mineur passe toujours en premier. Les jeunes doivent respecter les règles du foyer et les autres personnes accueillies.',
			contacts:
				'Pour les services sociaux, les tuteurs et les professionnels : téléphone 0371 000 505, e-mail sai.minori@acsi.demo.it. En cas d’urgence, appeler le 112.',
			responsibleUnit:
				'ACSI - projet SAI (progetto SAI, système d’accueil et d’intégration), équipe d’accueil des mineurs, en collaboration avec les services sociaux des communes du district de Lodi.',
			cost: 'Gratuit.',
			easyRead:
				'Tu as moins de 18 ans et tu es seul en Italie ? Tu peux avoir une maison, une école et un adulte qui t’aide. Va à la police ou aux services sociaux de la commune. Si tu es en danger, appelle le 112. C’est gratuit.'
		},
		es: {
			title: 'Acogida SAI para menores extranjeros no acompañados (Accoglienza SAI per MSNA)',
			summary:
				'En el distrito de Lodi, ACSI gestiona la acogida de menores extranjeros no acompañados en la red SAI (Sistema di Accoglienza e Integrazione, el sistema italiano de acogida e integración): vivienda en una comunidad, un tutor voluntario, escuela, atención sanitaria, apoyo legal y acompañamiento hacia la autonomía a los 18 años.',
			audience:
				'Chicas y chicos menores de 18 años, de nacionalidad extranjera, que están en Italia sin padres ni otros adultos legalmente responsables de ellos. También menores solicitantes de asilo y refugiados.',
			howTo:
				'No se accede presentándose en la oficina: la acogida la organizan los servicios sociales del Ayuntamiento, la Prefettura (oficina local del Gobierno italiano) o el Servicio Central SAI (Servizio Centrale, oficina nacional del sistema de acogida). Un menor solo debe acudir a la policía, a los Carabinieri o a los servicios sociales del Ayuntamiento; en caso de emergencia, llamar al 112.',
			requirements:
				'Documento de identidad o pasaporte, si se tiene\nDocumentos del país de origen, si los hay (partida de nacimiento, documentos escolares)\nDerivación de los servicios sociales, la Prefettura (oficina local del Gobierno) o el Servicio Central SAI\nNo hace falta ningún documento para pedir ayuda',
			outcome:
				'Una plaza en una comunidad, un tutor voluntario (tutore volontario, un adulto que representa y protege al menor), escuela y cursos de italiano, atención sanitaria, ayuda legal para el permiso de residencia para menores (permesso di soggiorno per minore età) y un camino hacia la autonomía a los 18 años.',
			timing:
				'La acogida empieza en cuanto hay una plaza libre, a petición de los servicios que derivan al menor. Dura hasta los 18 años y, en algunos casos, puede continuar un tiempo después de la mayoría de edad.',
			access:
				'Mediante derivación de los servicios sociales, la Prefettura (oficina local del Gobierno) o el Servicio Central SAI (oficina nacional del sistema de acogida). La sede administrativa de Lodi atiende a servicios y tutores los lunes y miércoles de 10:00 a 13:00; no es una oficina de acogida directa.',
			conditions:
				'El servicio es gratuito. Los datos personales se tratan respetando la privacidad. El interés del menor siempre es lo primero. Se pide a los jóvenes respetar las normas de la comunidad y a las demás personas acogidas.',
			contacts:
				'Para servicios sociales, tutores y profesionales: teléfono 0371 000 505, correo electrónico sai.minori@acsi.demo.it. En caso de emergencia, llamar al 112.',
			responsibleUnit:
				'ACSI - proyecto SAI (progetto SAI, sistema de acogida e integración), equipo de acogida de menores, en colaboración con los servicios sociales de los municipios del distrito de Lodi.',
			cost: 'Gratuito.',
			easyRead:
				'¿Tienes menos de 18 años y estás solo en Italia? Puedes tener una casa, una escuela y un adulto que te ayuda. Ve a la policía o a los servicios sociales del Ayuntamiento. Si estás en peligro, llama al 112. Es gratis.'
		},
		ar: {
			title: 'استقبال SAI للقاصرين الأجانب غير المصحوبين (Accoglienza SAI per MSNA)',
			summary:
				'تدير جمعية ACSI في منطقة لودي استقبال القاصرين الأجانب غير المصحوبين ضمن شبكة SAI (Sistema di Accoglienza e Integrazione، أي النظام الإيطالي للاستقبال والاندماج): سكن في دار رعاية، ووصي متطوع، ومدرسة، ورعاية صحية، ودعم قانوني، ومرافقة نحو الاستقلالية عند بلوغ 18 سنة.',
			audience:
				'الفتيات والفتيان دون سن 18 عامًا من جنسية أجنبية، الموجودون في إيطاليا دون والدين أو أي شخص بالغ مسؤول عنهم قانونيًا. ويشمل ذلك القاصرين طالبي اللجوء واللاجئين.',
			howTo:
				'لا يمكن الوصول إلى الخدمة بالحضور المباشر إلى المكتب: يتم الإلحاق عن طريق الخدمات الاجتماعية في البلدية أو الـPrefettura (المكتب المحلي للحكومة الإيطالية) أو المكتب المركزي لـSAI (Servizio Centrale، المكتب الوطني لنظام الاستقبال). على القاصر الوحيد التوجه إلى الشرطة أو الكارابينييري (Carabinieri) أو الخدمات الاجتماعية في البلدية، وفي حالات الطوارئ يجب الاتصال بالرقم 112.',
			requirements:
				'وثيقة هوية أو جواز سفر، إن وُجد\nأي وثائق من البلد الأصلي إن وُجدت (شهادة الميلاد، وثائق مدرسية)\nإحالة من الخدمات الاجتماعية أو الـPrefettura (المكتب المحلي للحكومة) أو المكتب المركزي لـSAI\nلا يلزم أي مستند لطلب المساعدة',
			outcome:
				'مكان في دار رعاية، ووصي متطوع (tutore volontario، شخص بالغ يمثّل القاصر ويحميه)، ومدرسة ودروس في اللغة الإيطالية، ورعاية صحية، ومساعدة قانونية للحصول على تصريح الإقامة للقاصرين (permesso di soggiorno per minore età)، ومسار نحو الاستقلالية عند بلوغ 18 سنة.',
			timing:
				'يبدأ الاستقبال فور توفر مكان شاغر، بناءً على طلب الجهات التي تُحيل القاصر. ويستمر حتى سن 18 عامًا، ويمكن في بعض الحالات أن يستمر لفترة بعد بلوغ سن الرشد.',
			access:
				'بإحالة من الخدمات الاجتماعية أو الـPrefettura (المكتب المحلي للحكومة) أو المكتب المركزي لـSAI (المكتب الوطني لنظام الاستقبال). يستقبل المقر الإداري في لودي الجهات المختصة والأوصياء يومي الاثنين والأربعاء من 10:00 إلى 13:00، وهو ليس مكتب استقبال مباشر للجمهور.',
			conditions:
				'الخدمة مجانية. تُعالج البيانات الشخصية مع احترام الخصوصية. مصلحة القاصر تأتي دائمًا أولًا. يُطلب من الشباب احترام قواعد الدار والأشخاص الآخرين المقيمين فيها.',
			contacts:
				'للخدمات الاجتماعية والأوصياء والعاملين: الهاتف 0371 000 505، البريد الإلكتروني sai.minori@acsi.demo.it. في حالات الطوارئ اتصل بالرقم 112.',
			responsibleUnit:
				'ACSI - مشروع SAI (progetto SAI، نظام الاستقبال والاندماج)، فريق استقبال القاصرين، بالتعاون مع الخدمات الاجتماعية في بلديات منطقة لودي.',
			cost: 'مجاني.',
			easyRead:
				'هل عمرك أقل من 18 سنة وأنت وحدك في إيطاليا؟ يمكنك الحصول على بيت ومدرسة وشخص بالغ يساعدك. اذهب إلى الشرطة أو إلى الخدمات الاجتماعية في البلدية. إذا كنت في خطر، اتصل بالرقم 112. الخدمة مجانية.'
		},
		uk: {
			title: 'Прийом SAI для неповнолітніх іноземців без супроводу (Accoglienza SAI per MSNA)',
			summary:
				'У районі Лоді організація ACSI забезпечує прийом неповнолітніх іноземців без супроводу в мережі SAI (Sistema di Accoglienza e Integrazione — італійська система прийому та інтеграції): житло в закладі проживання (comunità), опікуна-волонтера, школу, медичну допомогу, юридичну підтримку та супровід до самостійності у 18 років.',
			audience:
				'Дівчата і хлопці до 18 років з іноземним громадянством, які перебувають в Італії без батьків або інших дорослих, юридично відповідальних за них. Також неповнолітні, які шукають притулку, та біженці.',
			howTo:
				'До служби не можна звернутися, просто прийшовши до офісу: направлення здійснюють соціальні служби муніципалітету, Prefettura (місцевий офіс італійського уряду) або Центральна служба SAI (Servizio Centrale — національний офіс системи прийому). Неповнолітній, який залишився сам, має звернутися до поліції, карабінерів (Carabinieri) або соціальних служб муніципалітету; у разі небезпеки телефонуйте 112.',
			requirements:
				'Посвідчення особи або паспорт, якщо є\nДокументи з країни походження, якщо є (свідоцтво про народження, шкільні документи)\nНаправлення від соціальних служб, Prefettura (місцевий офіс уряду) або Центральної служби SAI\nЩоб попросити допомогу, документи не обов’язкові',
			outcome:
				'Місце в закладі проживання, опікун-волонтер (tutore volontario — дорослий, який представляє і захищає неповнолітнього), школа та курси італійської мови, медична допомога, юридична допомога з дозволом на проживання для неповнолітніх (permesso di soggiorno per minore età) і підтримка на шляху до самостійності у 18 років.',
			timing:
				'Прийом починається, щойно з’являється вільне місце, на запит служб, які направляють неповнолітнього. Він триває до 18 років, а в деяких випадках може тривати ще деякий час після повноліття.',
			access:
				'За направленням соціальних служб, Prefettura (місцевий офіс уряду) або Центральної служби SAI (національний офіс системи прийому). Адміністративний офіс у Лоді приймає представників служб та опікунів у понеділок і середу з 10:00 до 13:00; це не пункт прямого прийому відвідувачів.',
			conditions:
				'Послуга безкоштовна. Персональні дані обробляються з дотриманням конфіденційності. Інтереси неповнолітнього завжди на першому місці. Молодь має поважати правила закладу та інших мешканців.',
			contacts:
				'Для соціальних служб, опікунів і фахівців: телефон 0371 000 505, електронна пошта sai.minori@acsi.demo.it. У разі небезпеки телефонуйте 112.',
			responsibleUnit:
				'ACSI — проєкт SAI (progetto SAI, система прийому та інтеграції), команда з прийому неповнолітніх, у співпраці з соціальними службами муніципалітетів району Лоді.',
			cost: 'Безкоштовно.',
			easyRead:
				'Тобі менше 18 років і ти сам в Італії? Ти можеш отримати житло, школу і дорослого, який тобі допомагає. Іди до поліції або до соціальних служб муніципалітету. Якщо ти в небезпеці, телефонуй 112. Це безкоштовно.'
		},
		zh: {
			title: 'SAI无人陪伴外国未成年人接待服务（Accoglienza SAI per MSNA）',
			summary:
				'在洛迪地区，ACSI在SAI网络（Sistema di Accoglienza e Integrazione，意大利接待与融入体系）中负责接待无人陪伴的外国未成年人：提供集体住所、志愿监护人、上学、医疗、法律帮助，并陪伴他们在18岁时走向独立。',
			audience:
				'未满18岁、非意大利国籍、在意大利没有父母或其他法定负责成年人陪伴的女孩和男孩，包括寻求庇护的未成年人和难民。',
			howTo:
				'不能直接到办公室申请：由市政府社会服务部门、Prefettura（意大利政府在当地的办事处）或SAI中央服务处（Servizio Centrale，接待体系的全国办公室）安排入住。独自一人的未成年人应前往警察局、宪兵（Carabinieri）或市政府社会服务部门求助；紧急情况请拨打112。',
			requirements:
				'身份证件或护照（如有）\n原籍国的相关文件（如有，例如出生证明、学校文件）\n社会服务部门、Prefettura（政府当地办事处）或SAI中央服务处的转介\n求助时不需要任何文件',
			outcome:
				'集体住所的床位、一名志愿监护人（tutore volontario，代表并保护未成年人的成年人）、上学和意大利语课程、医疗服务、办理未成年人居留许可（permesso di soggiorno per minore età）的法律帮助，以及18岁时走向独立的支持。',
			timing: '一有空位即可入住，由转介未成年人的部门提出申请。接待持续到18岁，某些情况下成年后还可延续一段时间。',
			access:
				'须经社会服务部门、Prefettura（政府当地办事处）或SAI中央服务处（接待体系的全国办公室）转介。洛迪行政办公室在周一和周三10:00–13:00接待相关部门和监护人；这里不是直接接待窗口。',
			conditions:
				'服务免费。个人信息的处理遵守隐私保护规定。始终以未成年人的利益为先。青少年须遵守住所规定，尊重其他入住者。',
			contacts:
				'社会服务部门、监护人和工作人员请联系：电话 0371 000 505，电子邮件 sai.minori@acsi.demo.it。紧急情况请拨打112。',
			responsibleUnit:
				'ACSI - SAI项目（progetto SAI，接待与融入体系），未成年人接待团队，与洛迪地区各市政府社会服务部门合作。',
			cost: '免费。',
			easyRead:
				'你未满18岁，独自在意大利吗？你可以得到住处、上学的机会和一位帮助你的成年人。请去警察局或市政府社会服务部门。如果你有危险，请拨打112。服务免费。'
		}
	}
};
export default service;

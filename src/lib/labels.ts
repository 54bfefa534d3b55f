// Labels of domain values, from the message catalogue.
import { m } from '$lib/paraglide/messages';

const table = {
	origin: {
		form: m.origin_form,
		import: m.origin_import,
		computed: m.origin_computed,
		api: m.origin_api,
		system: m.origin_system
	},
	ratingReason: {
		unclear: m.rating_reason_unclear,
		incomplete: m.rating_reason_incomplete,
		unsure: m.rating_reason_unsure,
		technical: m.rating_reason_technical,
		clear: m.rating_reason_clear,
		complete: m.rating_reason_complete,
		confident: m.rating_reason_confident,
		no_technical: m.rating_reason_no_technical,
		other: m.rating_reason_other
	},
	topic: {
		accesso_informazione: m.topic_accesso_informazione,
		acqua: m.topic_acqua,
		agricoltura: m.topic_agricoltura,
		anagrafe: m.topic_anagrafe,
		animale_domestico: m.topic_animale_domestico,
		aria: m.topic_aria,
		assistenza_invalidi: m.topic_assistenza_invalidi,
		assistenza_sociale: m.topic_assistenza_sociale,
		associazioni: m.topic_associazioni,
		bilancio: m.topic_bilancio,
		commercio_minuto: m.topic_commercio_minuto,
		commercio_ingrosso: m.topic_commercio_ingrosso,
		commercio_ambulante: m.topic_commercio_ambulante,
		comunicazione_istituzionale: m.topic_comunicazione_istituzionale,
		comunicazione_politica: m.topic_comunicazione_politica,
		concorsi: m.topic_concorsi,
		covid_19: m.topic_covid_19,
		elezioni: m.topic_elezioni,
		energie_rinnovabili: m.topic_energie_rinnovabili,
		estero: m.topic_estero,
		foreste: m.topic_foreste,
		formazione_professionale: m.topic_formazione_professionale,
		gemellaggi: m.topic_gemellaggi,
		gestione_rifiuti: m.topic_gestione_rifiuti,
		giustizia: m.topic_giustizia,
		igiene_pubblica: m.topic_igiene_pubblica,
		immigrazione: m.topic_immigrazione,
		imposte: m.topic_imposte,
		imprese: m.topic_imprese,
		inquinamento: m.topic_inquinamento,
		integrazione_sociale: m.topic_integrazione_sociale,
		isolamento_termico: m.topic_isolamento_termico,
		istruzione: m.topic_istruzione,
		lavoro: m.topic_lavoro,
		matrimonio: m.topic_matrimonio,
		mercato: m.topic_mercato,
		mobilita_sostenibile: m.topic_mobilita_sostenibile,
		morte: m.topic_morte,
		nascita: m.topic_nascita,
		parcheggi: m.topic_parcheggi,
		patrimonio_culturale: m.topic_patrimonio_culturale,
		pesca: m.topic_pesca,
		piano_sviluppo: m.topic_piano_sviluppo,
		pista_ciclabile: m.topic_pista_ciclabile,
		pnrr: m.topic_pnrr,
		politica_commerciale: m.topic_politica_commerciale,
		polizia: m.topic_polizia,
		prodotti_alimentari: m.topic_prodotti_alimentari,
		protezione_civile: m.topic_protezione_civile,
		residenza: m.topic_residenza,
		risposta_emergenze: m.topic_risposta_emergenze,
		sistema_giuridico: m.topic_sistema_giuridico,
		spazio_verde: m.topic_spazio_verde,
		sport: m.topic_sport,
		sviluppo_sostenibile: m.topic_sviluppo_sostenibile,
		tassa_servizi: m.topic_tassa_servizi,
		tempo_libero: m.topic_tempo_libero,
		trasparenza_amministrativa: m.topic_trasparenza_amministrativa,
		trasporto_pubblico: m.topic_trasporto_pubblico,
		turismo: m.topic_turismo,
		urbanizzazione: m.topic_urbanizzazione,
		viaggi: m.topic_viaggi,
		zone_pedonali: m.topic_zone_pedonali,
		ztl: m.topic_ztl
	},
	serviceCategory: {
		anagrafe_stato_civile: m.service_category_anagrafe_stato_civile,
		cultura_tempo_libero: m.service_category_cultura_tempo_libero,
		vita_lavorativa: m.service_category_vita_lavorativa,
		imprese_commercio: m.service_category_imprese_commercio,
		appalti_pubblici: m.service_category_appalti_pubblici,
		catasto_urbanistica: m.service_category_catasto_urbanistica,
		turismo: m.service_category_turismo,
		mobilita_trasporti: m.service_category_mobilita_trasporti,
		educazione_formazione: m.service_category_educazione_formazione,
		giustizia_sicurezza: m.service_category_giustizia_sicurezza,
		tributi_finanze: m.service_category_tributi_finanze,
		ambiente: m.service_category_ambiente,
		salute_benessere: m.service_category_salute_benessere,
		autorizzazioni: m.service_category_autorizzazioni,
		agricoltura: m.service_category_agricoltura
	},
	conformity: {
		full: m.statement_status_full,
		partial: m.statement_status_partial,
		none: m.statement_status_none
	},
	reportCategory: {
		information: m.disservice_category_information,
		service: m.disservice_category_service,
		accessibility: m.disservice_category_accessibility,
		website: m.disservice_category_website,
		other: m.disservice_category_other
	},
	targetGroup: {
		foreigners: m.target_foreigners,
		refugees: m.target_refugees,
		women: m.target_women,
		unaccompanied_minors: m.target_unaccompanied_minors,
		trafficking_victims: m.target_trafficking_victims,
		family_carers: m.target_family_carers,
		families: m.target_families,
		young_people: m.target_young_people,
		elderly: m.target_elderly,
		workers: m.target_workers
	},
	serviceStatus: {
		draft: m.service_status_draft,
		active: m.service_status_active,
		inactive: m.service_status_inactive
	},
	status: {
		achieved: m.status_achieved,
		over: m.status_over,
		close: m.status_close,
		behind: m.status_behind,
		not_achieved: m.status_not_achieved,
		no_data: m.status_no_data,
		no_score: m.status_no_score,
		monitored: m.status_monitored
	},
	kind: { output: m.kind_output, process: m.kind_process, outcome: m.kind_outcome },
	measure: {
		count: m.measure_count,
		percentage: m.measure_percentage,
		score: m.measure_score,
		hours: m.measure_hours,
		text: m.measure_text
	},
	direction: { higher: m.direction_higher, lower: m.direction_lower, none: m.direction_none },
	aggregation: { sum: m.aggregation_sum, latest: m.aggregation_latest, average: m.aggregation_average },
	source: {
		manual: m.source_manual,
		attendance_share: m.source_attendance_share,
		attendance_rate: m.source_attendance_rate,
		meetings_held: m.source_meetings_held,
		projects_by_status: m.source_projects_by_status,
		agreements_signed: m.source_agreements_signed,
		training_operators: m.source_training_operators,
		training_courses: m.source_training_courses,
		training_hours: m.source_training_hours,
		beneficiaries: m.source_beneficiaries,
		service_hours: m.source_service_hours
	},
	planStatus: {
		drafting: m.plan_status_drafting,
		approved: m.plan_status_approved,
		running: m.plan_status_running,
		closed: m.plan_status_closed
	},
	phaseStatus: { planned: m.phase_status_planned, in_progress: m.phase_status_in_progress, done: m.phase_status_done },
	phaseState: {
		done: m.phase_state_done,
		in_progress: m.phase_state_in_progress,
		to_start: m.phase_state_to_start,
		late: m.phase_state_late,
		not_completed: m.phase_state_not_completed
	},
	objectiveKind: { system: m.objective_kind_system, area: m.objective_kind_area },
	projectStatus: {
		idea: m.project_status_idea,
		submitted: m.project_status_submitted,
		under_evaluation: m.project_status_under_evaluation,
		financed: m.project_status_financed,
		rejected: m.project_status_rejected,
		running: m.project_status_running,
		closed: m.project_status_closed
	},
	agreementKind: {
		protocol: m.public_agreement_kind_protocol,
		programme: m.public_agreement_kind_programme,
		convention: m.public_agreement_kind_convention,
		other: m.public_agreement_kind_other
	},
	agreementStatus: {
		drafting: m.public_agreement_status_drafting,
		signed: m.public_agreement_status_signed,
		expired: m.public_agreement_status_expired,
		revoked: m.public_agreement_status_revoked
	},
	beneficiaryStage: {
		reached: m.beneficiary_stage_reached,
		contacted: m.beneficiary_stage_contacted,
		met: m.beneficiary_stage_met,
		taken_in_charge: m.beneficiary_stage_taken_in_charge
	},
	sourceType: {
		national: m.source_type_national,
		regional: m.source_type_regional,
		eu: m.source_type_eu,
		foundation: m.source_type_foundation,
		own: m.source_type_own
	},
	columnKind: {
		strength: m.column_kind_strength,
		improvement: m.column_kind_improvement,
		proposal: m.column_kind_proposal,
		other: m.column_kind_other
	},
	minutesStatus: {
		draft: m.minutes_status_draft,
		shared: m.minutes_status_shared,
		approved: m.minutes_status_approved
	},
	role: { admin: m.role_admin, coordinator: m.role_coordinator, delegate: m.role_delegate, viewer: m.role_viewer },
	organisationType: {
		municipality: m.organisation_type_municipality,
		health_agency: m.organisation_type_health_agency,
		third_sector: m.organisation_type_third_sector,
		union: m.organisation_type_union,
		school: m.organisation_type_school,
		prefecture: m.organisation_type_prefecture,
		police: m.organisation_type_police,
		foreigners_association: m.organisation_type_foreigners_association,
		other: m.organisation_type_other
	},
	meetingMode: { in_person: m.meeting_mode_in_person, online: m.meeting_mode_online, hybrid: m.meeting_mode_hybrid },
	publicMeetingMode: {
		in_person: m.public_meeting_mode_in_person,
		online: m.public_meeting_mode_online,
		hybrid: m.public_meeting_mode_hybrid
	},
	addressVia: { email: m.address_via_email, pec: m.address_via_pec, delegate: m.address_via_delegate },
	mailStatus: { outbox: m.mail_outbox, sent: m.mail_sent, failed: m.mail_failed, manual: m.mail_manual },
	mailKind: {
		invitation: m.mail_kind_invitation,
		minutes_shared: m.mail_kind_minutes_shared,
		minutes_approved: m.mail_kind_minutes_approved
	},
	meetingStatus: {
		scheduled: m.meeting_status_scheduled,
		held: m.meeting_status_held,
		cancelled: m.meeting_status_cancelled
	}
} as const;

export type LabelGroup = keyof typeof table;

export function label(group: LabelGroup, value: string): string {
	const fn = (table[group] as Record<string, () => string>)[value];
	return fn ? fn() : value;
}

export function options(group: LabelGroup): { value: string; label: string }[] {
	return Object.entries(table[group]).map(([value, fn]) => ({ value, label: (fn as () => string)() }));
}

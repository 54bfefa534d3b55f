// Indicators computed from the training records (registered with the planning module):
// operators trained, courses held, training hours delivered.
import { ValidationError } from '../errors';
import { registerSource } from '../planning';
import { findOwned } from '../db/versioned';
import { organisations } from '../organisations';
import { operatorsTrained, sessionsHeld } from './figures';

const hours = (n: number) => `${Math.round(n * 10) / 10}`.replace('.', ',');
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const link = (slug: string) => `/gestione/${slug}/formazione`;

registerSource({
	id: 'training_operators',
	async configure(tx, districtId, values) {
		const role = (values.traineeRole ?? '').trim().slice(0, 120);
		const raw = (values.traineeOrganisationId ?? '').trim();
		if (raw && !/^\d{1,9}$/.test(raw)) throw new ValidationError({ traineeOrganisationId: 'Scelta non valida.' });
		const organisationId = raw ? Number(raw) : null;
		if (organisationId)
			await findOwned(tx, organisations, districtId, organisationId, 'Ente').catch(() => {
				throw new ValidationError({ traineeOrganisationId: 'Ente non trovato in questo ambito.' });
			});
		return { ...(role ? { role } : {}), ...(organisationId ? { organisationId } : {}) };
	},
	async compute(tx, districtId, config, period) {
		const filter = {
			role: config.role as string | undefined,
			organisationId: (config.organisationId as number) ?? null
		};
		const { operators, courses } = await operatorsTrained(tx, districtId, period, filter);
		const which = [filter.role && `con ruolo «${filter.role}»`, filter.organisationId && 'dell’ente scelto']
			.filter(Boolean)
			.join(' ');
		return {
			value: operators,
			note: `Calcolato dai registri della formazione: ${plural(operators, 'operatore distinto', 'operatori distinti')}${which ? ` ${which}` : ''} ha${operators === 1 ? '' : 'nno'} completato almeno un corso nel periodo (${plural(courses, 'corso', 'corsi')}; completato: raggiunte le ore minime del corso).`
		};
	},
	link
});

registerSource({
	id: 'training_courses',
	configure: async () => ({}),
	async compute(tx, districtId, _config, period) {
		const { sessions, courses, hours: h } = await sessionsHeld(tx, districtId, period);
		return {
			value: courses,
			note: `Calcolato dai registri della formazione: ${plural(courses, 'corso', 'corsi')} con almeno una sessione nel periodo (${plural(sessions, 'sessione', 'sessioni')}, ${hours(h)} ore).`
		};
	},
	link
});

registerSource({
	id: 'training_hours',
	configure: async () => ({}),
	async compute(tx, districtId, _config, period) {
		const { sessions, courses, hours: h } = await sessionsHeld(tx, districtId, period);
		return {
			value: Math.round(h * 100) / 100,
			note: `Calcolato dai registri della formazione: ${hours(h)} ore di formazione erogate in ${plural(sessions, 'sessione', 'sessioni')} di ${plural(courses, 'corso', 'corsi')}.`
		};
	},
	link
});

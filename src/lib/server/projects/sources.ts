// What the projects module adds to the platform: the common funding sources of every new
// district, and an indicator computed from projects' statuses (e.g. applications submitted).
import { and, countDistinct, eq, gte, lte } from 'drizzle-orm';
import { onDistrictCreated } from '../accounts';
import { registerSource } from '../planning';
import { ValidationError } from '../errors';
import { addDefaultSources } from './commands';
import { PROJECT_STATUSES, projectStatusChanges, type ProjectStatus } from './schema';

onDistrictCreated(addDefaultSources);

const STATUS_WORDS: Record<ProjectStatus, string> = {
	idea: 'idee',
	submitted: 'presentati',
	under_evaluation: 'in valutazione',
	financed: 'finanziati',
	rejected: 'non finanziati',
	running: 'avviati',
	closed: 'conclusi'
};

registerSource({
	id: 'projects_by_status',
	async configure(_tx, _districtId, values) {
		const status = values.projectStatus;
		if (!PROJECT_STATUSES.includes(status as ProjectStatus))
			throw new ValidationError({ projectStatus: 'Scegliere lo stato dei progetti da contare.' });
		return { projectStatus: status };
	},
	async compute(tx, districtId, config, period) {
		const status = config.projectStatus as ProjectStatus;
		const [{ n }] = await tx
			.select({ n: countDistinct(projectStatusChanges.projectId) })
			.from(projectStatusChanges)
			.where(
				and(
					eq(projectStatusChanges.districtId, districtId),
					eq(projectStatusChanges.status, status),
					gte(projectStatusChanges.changedOn, period.startsOn),
					lte(projectStatusChanges.changedOn, period.endsOn)
				)
			);
		return { value: n, note: `Calcolato dai progetti: ${n} progetti ${STATUS_WORDS[status]} nel periodo.` };
	},
	link: (slug, config) => `/gestione/${slug}/progetti?stato=${config.projectStatus}`
});

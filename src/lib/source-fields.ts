// The indicator form's values of a computed source's stored parameters (see each module's
// sources.ts: what configure() keeps is what the form shows again).
export function sourceFields(config: Record<string, unknown>): Record<string, string> {
	const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));
	const statuses = Array.isArray(config.projectStatuses)
		? (config.projectStatuses as string[])
		: config.projectStatus
			? [String(config.projectStatus)]
			: [];
	return {
		roundtableId: text(config.roundtableId),
		threshold: text(config.threshold ?? 70),
		projectStatus: statuses.join(','),
		beneficiaryProjectId: text(config.projectId),
		objectiveId: text(config.objectiveId),
		targetGroup: text(config.targetGroup),
		stage: text(config.stage ?? 'reached'),
		serviceId: text(config.serviceId),
		locationId: text(config.locationId),
		agreementKind: text(config.kind),
		traineeRole: text(config.role),
		traineeOrganisationId: text(config.organisationId)
	};
}

// Who may do what: one place, checked by the services for every action.
import { ForbiddenError } from '../errors';
import type { Role } from './schema';

/** The person acting, in the district they are working in. */
export interface Actor {
	userId: string;
	name: string;
	email: string;
	districtId: number;
	role: Role;
}

export type Permission =
	| 'planning.read'
	| 'planning.manage'
	| 'planning.recordActual'
	| 'accounts.manage'
	| 'audit.read'
	| 'organisations.manage'
	| 'people.read'
	| 'roundtables.manage'
	| 'meetings.manage'
	| 'projects.manage'
	| 'catalogue.read'
	| 'catalogue.manage'
	| 'district.backup'
	/** Commenting: shared minutes (a delegate only on their roundtables), plans in review (staff). */
	| 'comments.write';

const grants: Record<Role, readonly Permission[]> = {
	admin: [
		'planning.read',
		'planning.manage',
		'planning.recordActual',
		'accounts.manage',
		'audit.read',
		'organisations.manage',
		'people.read',
		'roundtables.manage',
		'meetings.manage',
		'projects.manage',
		'catalogue.read',
		'catalogue.manage',
		'district.backup',
		'comments.write'
	],
	// A coordinator manages the meetings of the roundtables they coordinate (checked by the service).
	coordinator: ['planning.read', 'planning.recordActual', 'people.read', 'meetings.manage', 'catalogue.read', 'comments.write'],
	delegate: ['planning.read', 'comments.write'],
	// Viewers read, and only read.
	viewer: ['planning.read', 'people.read', 'catalogue.read']
};

export function can(actor: Actor | null | undefined, permission: Permission): boolean {
	return !!actor && grants[actor.role].includes(permission);
}

export function assertCan(actor: Actor, permission: Permission): void {
	if (!can(actor, permission)) throw new ForbiddenError();
}

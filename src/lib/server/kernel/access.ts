// Who may do what: the roles, the permissions each grants, and the acting person. Every
// command names the permission it needs (see command.ts); per-record rules live in each
// module's access.ts.
import { ForbiddenError } from '../errors';

export const ROLES = ['admin', 'coordinator', 'delegate', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

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
	/** Training records name people: staff only (never delegates, never public). */
	| 'training.read'
	| 'training.manage'
	| 'agreements.manage'
	| 'catalogue.read'
	| 'catalogue.manage'
	| 'district.backup'
	/** The public site's statement and the reports readers send (which may carry an email). */
	| 'site.manage'
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
		'training.read',
		'training.manage',
		'agreements.manage',
		'catalogue.read',
		'catalogue.manage',
		'district.backup',
		'site.manage',
		'comments.write'
	],
	// A coordinator manages the meetings of the roundtables they coordinate (checked per record).
	coordinator: [
		'planning.read',
		'planning.recordActual',
		'people.read',
		'meetings.manage',
		'training.read',
		'catalogue.read',
		'comments.write'
	],
	delegate: ['planning.read', 'comments.write'],
	// Viewers read, and only read.
	viewer: ['planning.read', 'people.read', 'training.read', 'catalogue.read']
};

export function can(actor: Actor | null | undefined, permission: Permission): boolean {
	return !!actor && grants[actor.role].includes(permission);
}

export function assertCan(actor: Actor, permission: Permission): void {
	if (!can(actor, permission)) throw new ForbiddenError();
}

/** Who reads what any member of a district may read: only the district matters. */
export type Reader = Pick<Actor, 'districtId'>;

/** The platform itself acting in a district (demo data, the command line, new districts). */
export function systemActor(districtId: number): Actor {
	return { userId: '', name: 'sistema', email: '', districtId, role: 'admin' };
}

// Accounts: districts, the staff who work in them with a role, and signing in and out.
export {
	onDistrictCreated,
	createDistrict,
	setPublicLanguages,
	createAccount,
	changeRole,
	removeMember,
	setPassword,
	endSessions
} from './commands';
export { listMembers, listStaffByRole } from './queries';
export { getDistrictBySlug, listDistricts } from './public';
export { signOut, sessionUser, districtsOf, actorIn, sessionsOf, signOutEverywhere } from './sessions';
export { signIn, DEVICE_COOKIE, LOGIN_LIMITS, type LoginResult } from './login';
export { auth, initAuth, applyAuthCookies, SESSION_HOURS, sessionMaxHours } from './auth';
export { accountInput, PUBLIC_LANGUAGES } from './input';
export { changeOwnPassword, CHANGE_LIMIT } from './password';
export {
	requestReset,
	issueLink,
	resetState,
	completeReset,
	RESET_LIMITS,
	RESET_MINUTES,
	RESET_REFUSALS,
	RESET_SENT,
	type ResetState
} from './reset';
export { memberships, users, sessions, authAccounts, knownDevices, passwordResets, ROLES, type Role } from './schema';

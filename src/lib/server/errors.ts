// The one way services report what went wrong; routes turn these into pages or form errors.

export class NotFoundError extends Error {
	constructor(what = 'Elemento') {
		super(`${what} non trovato`);
	}
}

export class ForbiddenError extends Error {
	constructor(message = 'Non hai i permessi per questa operazione.') {
		super(message);
	}
}

export type FieldErrors = Record<string, string>;

export class ValidationError extends Error {
	constructor(public readonly fields: FieldErrors) {
		super(Object.values(fields)[0] ?? 'Dati non validi');
	}
}

/** Somebody else saved the record first: `current` is what is stored now. */
export class ConflictError extends Error {
	constructor(public readonly current: Record<string, unknown>) {
		super('Un’altra persona ha modificato questo elemento mentre lo stavi modificando.');
	}
}

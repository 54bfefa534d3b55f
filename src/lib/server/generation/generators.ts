// What background generation makes: each module offers its kinds of file (the plan document,
// the results report, an import's check) with a function that checks a request and one that
// makes the file, reporting its progress.
import type { Actor } from '../kernel';

export interface Made {
	bytes: Buffer;
	fileName: string;
	contentType: string;
}

/** Lets the event loop serve other requests in the middle of long synchronous work. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Reports progress: a fraction (0-1) of the work and the step under way, in Italian. */
export type Progress = (fraction: number, step: string) => void;

export interface Generator {
	/** False for work whose result is shown on a page of its own (an import's check), not in "I tuoi file". */
	listed?: boolean;
	/** Checks the request (permissions, existence) and names the file for the list. */
	prepare(actor: Actor, params: Record<string, string | number>): Promise<string>;
	make(actor: Actor, params: Record<string, string | number>, progress: Progress): Promise<Made>;
}

const generators = new Map<string, Generator>();

/** A module offers a kind of file (e.g. the plan document) to background generation. */
export function registerGenerator(kind: string, generator: Generator) {
	generators.set(kind, generator);
}

export function generatorOf(kind: string): Generator | undefined {
	return generators.get(kind);
}

/** The kinds whose files are not listed in "I tuoi file". */
export function unlistedKinds(): string[] {
	return [...generators].filter(([, g]) => g.listed === false).map(([kind]) => kind);
}

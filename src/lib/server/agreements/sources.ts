// An indicator computed from the agreements (registered with the planning module): how many
// agreements (of one kind, or any) were signed in the period, e.g. "Numero di protocolli stipulati".
import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import { ValidationError } from '../errors';
import { registerSource } from '../planning';
import { agreements, type AgreementKind } from './schema';
import { isAgreementKind } from './queries';

/** How the note names the agreements counted: singular, plural, and whether the word is feminine. */
const WORDS: Record<AgreementKind | 'any', { one: string; many: string; feminine?: boolean }> = {
	protocol: { one: 'protocollo', many: 'protocolli' },
	programme: { one: 'accordo di programma', many: 'accordi di programma' },
	convention: { one: 'convenzione', many: 'convenzioni', feminine: true },
	other: { one: 'accordo di altro tipo', many: 'accordi di altro tipo' },
	any: { one: 'accordo', many: 'accordi' }
};

/** At most this many titles are named in a note; the rest are counted. */
const NAMED = 5;

function titles(list: { title: string }[]): string {
	const named = list
		.slice(0, NAMED)
		.map((a) => `«${a.title}»`)
		.join(', ');
	return list.length > NAMED ? `${named} e altri ${list.length - NAMED}` : named;
}

/**
 * The sentence under the figure: how many were signed in the period (named), that a later
 * expiry or revocation does not undo a signature, and the agreements still being drafted.
 */
export function signedNote(
	kind: AgreementKind | undefined,
	signed: { title: string }[],
	drafting: { title: string }[]
): string {
	const w = WORDS[kind ?? 'any'];
	const ending = (n: number) => (w.feminine ? (n === 1 ? 'a' : 'e') : n === 1 ? 'o' : 'i');
	const n = signed.length;
	const counted = n
		? `${n} ${n === 1 ? w.one : w.many} firmat${ending(n)} nel periodo: ${titles(signed)} (conta la data della firma: ${n === 1 ? 'resta contat' + ending(1) : 'restano contat' + ending(n)} anche se poi scadut${ending(n)} o revocat${ending(n)})`
		: `${w.feminine ? 'Nessuna' : 'Nessun'} ${w.one} firmat${ending(1)} nel periodo`;
	const open = drafting.length ? `; ${drafting.length} in definizione: ${titles(drafting)}` : '';
	return `${counted}${open}.`;
}

registerSource({
	id: 'agreements_signed',
	async configure(_tx, _districtId, values) {
		const kind = (values.agreementKind ?? '').trim();
		if (kind === '') return {};
		if (!isAgreementKind(kind))
			throw new ValidationError({ agreementKind: 'Scegliere il tipo di accordi da contare, oppure «tutti i tipi».' });
		// Stored as `kind` (the indicator form reads it back through $lib/source-fields).
		return { kind };
	},
	async compute(tx, districtId, config, period) {
		const kind = isAgreementKind(config.kind) ? config.kind : undefined;
		const ofKind = kind ? eq(agreements.kind, kind) : undefined;
		// Signed in the period: a later expiry or revocation does not undo the signature.
		const signed = await tx
			.select({ title: agreements.title })
			.from(agreements)
			.where(
				and(
					eq(agreements.districtId, districtId),
					inArray(agreements.status, ['signed', 'expired', 'revoked']),
					gte(agreements.signedOn, period.startsOn),
					lte(agreements.signedOn, period.endsOn),
					ofKind
				)
			)
			.orderBy(asc(agreements.signedOn), asc(agreements.title));
		// Still being drafted by the end of the period: named, so a zero is explained.
		const drafting = await tx
			.select({ title: agreements.title })
			.from(agreements)
			.where(
				and(
					eq(agreements.districtId, districtId),
					eq(agreements.status, 'drafting'),
					lte(agreements.draftedOn, period.endsOn),
					ofKind
				)
			)
			.orderBy(asc(agreements.draftedOn), asc(agreements.title));
		const note = signedNote(kind, signed, drafting);
		// None signed yet, some being drafted: the figure reads "In definizione" rather than a bare 0.
		if (!signed.length && drafting.length) return { value: null, text: 'In definizione', note };
		return { value: signed.length, note };
	},
	link: (slug, config) => `/gestione/${slug}/accordi${isAgreementKind(config.kind) ? `?tipo=${config.kind}` : ''}`
});

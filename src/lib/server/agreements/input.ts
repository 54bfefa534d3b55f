// What staff send about agreements and their parties, checked with Italian messages. The
// dates must tell a possible story: nothing signed before the draft, nothing signed in the
// future (today in Rome), an agreement signed or expired has its signature date.
import { z } from 'zod';
import { isoDate, oneOf, optionalId, optionalText, requiredId, requiredText } from '../validation';
import { checkbox, romeToday } from '../planning';
import { idList } from '../roundtables';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES } from './schema';

/** "2024-12-19" → "19/12/2024", as the messages show dates. */
export const day = (iso: string) => iso.split('-').reverse().join('/');

const optionalDate = (label: string) =>
	z
		.string()
		.default('')
		.pipe(z.union([z.literal('').transform(() => null), isoDate(label)]));

/** A signature is something that happened: refused when its date is after today in Rome. */
export function futureSignature(signedOn: string | null, today = romeToday()): string | null {
	return signedOn && signedOn > today
		? `La data della firma (${day(signedOn)}) è nel futuro: si registra una firma già avvenuta, al più tardi oggi (${day(today)}).`
		: null;
}

export const agreementInput = z
	.object({
		title: requiredText(300, 'Il titolo'),
		kind: oneOf(AGREEMENT_KINDS, 'Scegliere il tipo di accordo.'),
		status: oneOf(AGREEMENT_STATUSES, 'Scegliere lo stato dell’accordo.'),
		draftedOn: isoDate('La data della bozza'),
		signedOn: optionalDate('La data della firma'),
		startsOn: optionalDate('La data di inizio'),
		endsOn: optionalDate('La data di fine'),
		planId: optionalId,
		description: optionalText(8000),
		objectiveIds: idList,
		exampleData: checkbox
	})
	.superRefine((a, ctx) => {
		const signed = (message: string) => ctx.addIssue({ code: 'custom', path: ['signedOn'], message });
		if (a.signedOn && a.signedOn < a.draftedOn)
			signed(
				`Un accordo non può essere firmato prima della bozza (firma del ${day(a.signedOn)}, bozza del ${day(a.draftedOn)}).`
			);
		else if (futureSignature(a.signedOn)) signed(futureSignature(a.signedOn)!);
		else if ((a.status === 'signed' || a.status === 'expired') && !a.signedOn)
			signed(
				`Un accordo ${a.status === 'signed' ? 'firmato' : 'scaduto'} ha una data della firma: indicarla, oppure scegliere lo stato «In definizione».`
			);
		else if (a.status === 'drafting' && a.signedOn)
			signed(
				'Un accordo in definizione non è ancora firmato: togliere la data della firma, oppure scegliere lo stato «Firmato».'
			);
		if (a.startsOn && a.endsOn && a.endsOn < a.startsOn)
			ctx.addIssue({
				code: 'custom',
				path: ['endsOn'],
				message: `L’accordo non può finire prima di iniziare (inizio il ${day(a.startsOn)}, fine il ${day(a.endsOn)}).`
			});
	});

export const partyInput = z.object({
	organisationId: requiredId('Scegliere un ente.'),
	role: optionalText(120),
	signedOn: optionalDate('La data della firma')
});

/** A party signs (a date), or its signature is taken back (empty). */
export const signatureInput = z.object({ signedOn: optionalDate('La data della firma') });

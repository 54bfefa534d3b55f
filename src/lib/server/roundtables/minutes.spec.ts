import { systemActor } from '../kernel';
import type { Actor } from '../kernel';
import { describe, expect, it } from 'vitest';
import { errorOf, useTestDatabase } from '../db/testing';
import { createAccount, createDistrict } from '../accounts';
import { addDelegate, createOrganisation } from '../organisations';
import { addMember, createMeeting, createRoundtable, getMeeting, recordAttendance } from '.';
import { addAttachment, commentMinutes, getAttachment, getMinutes, saveMinutes, setMinutesStatus } from '.';
import { ConflictError, ForbiddenError, ValidationError } from '../errors';

useTestDatabase();

/** A delegate's account, linked to an organisation that is a member of the roundtable. */
async function delegateOf(admin: Actor, roundtableId: number, email: string, name: string): Promise<Actor> {
	const account = await createAccount(admin, { email, name, role: 'delegate', password: 'password-lunga-1' });
	const org = await createOrganisation(admin, { name: `Ente di ${name}`, type: 'school' });
	await addMember(admin, roundtableId, { organisationId: String(org.id), joinedOn: '2020-01-01' });
	await addDelegate(admin, org.id, { name, email });
	return { userId: account.id, name, email, districtId: admin.districtId, role: 'delegate' };
}

describe('minutes', () => {
	it('go from draft to shared (with comments) to approved, and are frozen then', async () => {
		const district = await createDistrict({ slug: 'min-a', name: 'Ambito verbali' });
		const admin = systemActor(district.id);
		const rt = await createRoundtable(admin, { name: 'Tavolo' });
		const delegate = await delegateOf(admin, rt.id, 'cpia@min-a.it', 'Referente CPIA');
		const meeting = await createMeeting(
			admin,
			{ roundtableId: rt.id },
			{
				title: 'Incontro',
				date: '2024-05-16',
				startTime: '09:30',
				endTime: '12:00',
				mode: 'in_person',
				place: 'Lodi',
				status: 'held'
			}
		);

		const draft = await saveMinutes(admin, meeting.id, {
			body: 'Presenti 7 enti.<script>alert(1)</script>',
			version: '0'
		});
		expect(draft.body).toBe('Presenti 7 enti.');
		expect(await errorOf(saveMinutes(admin, meeting.id, { body: 'Versione vecchia', version: '0' }))).toBeInstanceOf(
			ConflictError
		);
		expect(
			((await errorOf(commentMinutes(delegate, meeting.id, { body: 'Troppo presto' }))) as ValidationError).fields.body
		).toMatch(/condiviso/);

		const shared = await setMinutesStatus(admin, meeting.id, { status: 'shared', version: String(draft.version) });
		await commentMinutes(delegate, meeting.id, { body: 'Aggiungere la proposta sul protocollo.' });
		const pdf = new File([Buffer.from('%PDF-1.4\n%test')], 'presenze.pdf', { type: 'application/pdf' });
		await addAttachment(admin, meeting.id, pdf);
		const fake = new File([Buffer.from('MZ not a pdf')], 'virus.pdf', { type: 'application/pdf' });
		expect(((await errorOf(addAttachment(admin, meeting.id, fake))) as ValidationError).fields.file).toMatch(
			/non ammesso/
		);
		const huge = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'grande.pdf');
		expect(((await errorOf(addAttachment(admin, meeting.id, huge))) as ValidationError).fields.file).toMatch(
			/troppo grande/
		);

		await setMinutesStatus(admin, meeting.id, { status: 'approved', version: String(shared.version) });
		expect(
			(
				(await errorOf(
					saveMinutes(admin, meeting.id, { body: 'Modifica tardiva', version: String(shared.version + 1) })
				)) as ValidationError
			).fields._form
		).toMatch(/approvato/);
		expect(await errorOf(addAttachment(admin, meeting.id, pdf))).toBeInstanceOf(ValidationError);

		const stored = await getMinutes({ districtId: district.id }, meeting.id);
		expect(stored?.status).toBe('approved');
		expect(stored?.comments.map((c) => c.authorName)).toEqual(['Referente CPIA']);
		expect(stored?.attachments.map((a) => a.filename)).toEqual(['presenze.pdf']);
		const file = await getAttachment({ districtId: district.id }, stored!.attachments[0].id);
		expect(file.data.subarray(0, 4).toString()).toBe('%PDF');
	});

	it("lets viewers and delegates of other roundtables read, not comment, and shows delegates' names only to who may read people", async () => {
		const district = await createDistrict({ slug: 'min-b', name: 'Ambito verbali B' });
		const admin = systemActor(district.id);
		const rt = await createRoundtable(admin, { name: 'Tavolo' });
		const other = await createRoundtable(admin, { name: 'Altro tavolo' });
		const member = await delegateOf(admin, rt.id, 'membro@min-b.it', 'Delegata del tavolo');
		const outsider = await delegateOf(admin, other.id, 'esterno@min-b.it', 'Delegato di un altro tavolo');
		const viewer: Actor = {
			...admin,
			userId: (
				await createAccount(admin, {
					email: 'vede@min-b.it',
					name: 'Osservatrice',
					role: 'viewer',
					password: 'password-lunga-1'
				})
			).id,
			role: 'viewer'
		};
		const meeting = await createMeeting(
			admin,
			{ roundtableId: rt.id },
			{
				title: 'Incontro',
				date: '2024-05-16',
				startTime: '09:30',
				endTime: '12:00',
				mode: 'in_person',
				place: 'Lodi',
				status: 'held'
			}
		);
		const draft = await saveMinutes(admin, meeting.id, { body: 'Verbale', version: '0' });
		await setMinutesStatus(admin, meeting.id, { status: 'shared', version: String(draft.version) });
		expect(await errorOf(commentMinutes(viewer, meeting.id, { body: 'Da osservatrice' }))).toBeInstanceOf(
			ForbiddenError
		);
		expect(await errorOf(commentMinutes(outsider, meeting.id, { body: 'Da fuori' }))).toBeInstanceOf(ForbiddenError);
		await commentMinutes(member, meeting.id, { body: 'Dal tavolo' });
		expect((await getMinutes({ districtId: district.id }, meeting.id))?.comments.map((c) => c.body)).toEqual([
			'Dal tavolo'
		]);

		const { expected } = await getMeeting(admin, meeting.id);
		await recordAttendance(admin, meeting.id, {
			present: String(expected[0].id),
			[`delegate_${expected[0].id}`]: 'Giulia Verdi'
		});
		expect((await getMeeting(admin, meeting.id)).present.map((p) => p.delegateName)).toEqual(['Giulia Verdi']);
		expect((await getMeeting(viewer, meeting.id)).present.map((p) => p.delegateName)).toEqual(['Giulia Verdi']);
		expect((await getMeeting(member, meeting.id)).present.map((p) => p.delegateName)).toEqual(['']);
		expect(JSON.stringify(await getMeeting(outsider, meeting.id))).not.toContain('Giulia');
	});
});

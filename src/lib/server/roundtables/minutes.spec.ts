import { describe, expect, it } from 'vitest';
import { errorOf, useTestDatabase } from '../db/testing';
import { createDistrict, systemActor } from '../accounts/service';
import { createMeeting, createRoundtable } from './service';
import { addAttachment, commentMinutes, getAttachment, getMinutes, saveMinutes, setMinutesStatus } from './minutes';
import { ConflictError, ValidationError } from '../errors';

useTestDatabase();


describe('minutes', () => {
	it('go from draft to shared (with comments) to approved, and are frozen then', async () => {
		const district = await createDistrict({ slug: 'min-a', name: 'Ambito verbali' });
		const admin = systemActor(district.id);
		const delegate = { ...admin, userId: '', name: 'Referente CPIA', role: 'delegate' as const };
		const rt = await createRoundtable(admin, { name: 'Tavolo' });
		const meeting = await createMeeting(admin, { roundtableId: rt.id }, { title: 'Incontro', date: '2024-05-16', startTime: '09:30', endTime: '12:00', mode: 'in_person', place: 'Lodi', status: 'held' });

		const draft = await saveMinutes(admin, meeting.id, { body: 'Presenti 7 enti.<script>alert(1)</script>', version: '0' });
		expect(draft.body).toBe('Presenti 7 enti.');
		expect(await errorOf(saveMinutes(admin, meeting.id, { body: 'Versione vecchia', version: '0' }))).toBeInstanceOf(ConflictError);
		expect(((await errorOf(commentMinutes(delegate, meeting.id, { body: 'Troppo presto' }))) as ValidationError).fields.body).toMatch(/condiviso/);

		const shared = await setMinutesStatus(admin, meeting.id, { status: 'shared', version: String(draft.version) });
		await commentMinutes(delegate, meeting.id, { body: 'Aggiungere la proposta sul protocollo.' });
		const pdf = new File([Buffer.from('%PDF-1.4\n%test')], 'presenze.pdf', { type: 'application/pdf' });
		await addAttachment(admin, meeting.id, pdf);
		const fake = new File([Buffer.from('MZ not a pdf')], 'virus.pdf', { type: 'application/pdf' });
		expect(((await errorOf(addAttachment(admin, meeting.id, fake))) as ValidationError).fields.file).toMatch(/non ammesso/);
		const huge = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'grande.pdf');
		expect(((await errorOf(addAttachment(admin, meeting.id, huge))) as ValidationError).fields.file).toMatch(/troppo grande/);

		await setMinutesStatus(admin, meeting.id, { status: 'approved', version: String(shared.version) });
		expect(((await errorOf(saveMinutes(admin, meeting.id, { body: 'Modifica tardiva', version: String(shared.version + 1) }))) as ValidationError).fields._form).toMatch(/approvato/);
		expect(await errorOf(addAttachment(admin, meeting.id, pdf))).toBeInstanceOf(ValidationError);

		const stored = await getMinutes(district.id, meeting.id);
		expect(stored?.status).toBe('approved');
		expect(stored?.comments.map((c) => c.authorName)).toEqual(['Referente CPIA']);
		expect(stored?.attachments.map((a) => a.filename)).toEqual(['presenze.pdf']);
		const file = await getAttachment(district.id, stored!.attachments[0].id);
		expect(file.data.subarray(0, 4).toString()).toBe('%PDF');
	});
});

// Writes of the outbox by staff: a mail sent by hand (from one's own mailbox, by PEC) is marked
// so; one that waited (no SMTP) or failed is sent again once an SMTP server is configured.
import { assertCan, command, type Actor } from '../kernel';
import { ValidationError } from '../errors';
import { findOwned } from '../db/versioned';
import { db } from '../db';
import { deliver, transport } from './send';
import { mails } from './schema';

/** Who may act on the outbox: who sends invitations (the office, the coordinators). */
const PERMISSION = 'meetings.manage' as const;

export function markMailSent(actor: Actor, id: number) {
	return command(actor, { can: PERMISSION }, async (c) => {
		const mail = await c.find(mails, id, { lock: true });
		if (mail.status === 'sent' || mail.status === 'manual')
			throw new ValidationError({ _form: 'Questa email risulta già inviata.' });
		return c.update(mails, id, { status: 'manual', error: null, sentAt: new Date() }, { action: 'mark_sent' });
	});
}

/** Sends a waiting or failed mail again through the SMTP server; the outcome is stored (and logged). */
export async function resendMail(actor: Actor, id: number) {
	// Checked before anything leaves: the permission, the district, the status.
	assertCan(actor, PERMISSION);
	const mail = await findOwned(db(), mails, actor.districtId, id, 'Email');
	if (mail.status === 'sent' || mail.status === 'manual')
		throw new ValidationError({ _form: 'Questa email risulta già inviata.' });
	const transporter = transport();
	if (!transporter)
		throw new ValidationError({ _form: 'Nessun server di posta configurato (SMTP_URL): l’email resta in attesa.' });
	const outcome = await deliver(transporter, mail);
	transporter.close();
	// Stored after the exchange with the SMTP server (a transaction would be held for it).
	return command(actor, { can: PERMISSION }, (c) =>
		c.update(
			mails,
			id,
			{ status: outcome.status, error: outcome.error, sentAt: outcome.status === 'sent' ? new Date() : null },
			{ action: 'resend' }
		)
	);
}

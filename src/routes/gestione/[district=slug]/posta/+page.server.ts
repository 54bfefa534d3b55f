import { listMails, markMailSent, resendMail, smtpConfigured } from '$lib/server/mail';
import { idParam, orNotFound, submit } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { actor } = await parent();
	return { mails: await orNotFound(() => listMails(actor)), smtp: smtpConfigured() };
};

export const actions: Actions = {
	markSent: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, async (v) => {
			await markMailSent(actor, idParam(v.id));
			return { notice: 'Email segnata come inviata a mano.' };
		});
	},
	resend: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, async (v) => {
			const mail = await resendMail(actor, idParam(v.id));
			return {
				notice:
					mail.status === 'sent'
						? `Email inviata a ${mail.to}.`
						: `L’invio a ${mail.to} non è riuscito: ${mail.error ?? 'errore del server di posta'}.`
			};
		});
	}
};

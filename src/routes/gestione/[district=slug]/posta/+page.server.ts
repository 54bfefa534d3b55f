import { listMails } from '$lib/server/mail';
import { orNotFound } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { actor } = await parent();
	return { mails: await orNotFound(() => listMails(actor)), smtp: !!process.env.SMTP_URL };
};

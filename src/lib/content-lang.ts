// Plans, notes and names are written in Italian: on a public page in another language, their
// elements say so (lang) and read left to right even inside an Arabic page (dir).
import { getLocale } from '$lib/paraglide/runtime';

export function italianContent(): { lang?: string; dir?: 'ltr' } {
	return getLocale() === 'it' ? {} : { lang: 'it', dir: 'ltr' };
}

// Public pages in other languages live under a prefix (/en/ambiti/...): the same routes serve them.
import type { Reroute } from '@sveltejs/kit';
import { withoutLocale } from '$lib/locale-path';

export const reroute: Reroute = ({ url }) => withoutLocale(url.pathname);

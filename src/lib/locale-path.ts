// Which language a path is in, by its first segment (/en/...), without URL patterns: the
// paraglide matcher is slow on Node 20 (a URLPattern polyfill), and every request asks.
import { baseLocale, locales, type Locale } from '$lib/paraglide/runtime';

const prefixed = new Set<string>(locales.filter((l) => l !== baseLocale));

/** The language prefix of `pathname` ("en" for /en/ambiti/...), or null for Italian paths. */
export function localeOfPath(pathname: string): Locale | null {
	const first = pathname.split('/', 2)[1] ?? '';
	return prefixed.has(first) ? (first as Locale) : null;
}

/** `pathname` without its language prefix. */
export function withoutLocale(pathname: string): string {
	const locale = localeOfPath(pathname);
	return locale ? pathname.slice(locale.length + 1) || '/' : pathname;
}

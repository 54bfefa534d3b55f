/** Each language named in itself, as a reader looks for it. */
export const LANGUAGE_NAMES: Record<string, string> = {
	it: 'Italiano',
	en: 'English',
	fr: 'Français',
	es: 'Español',
	ar: 'العربية',
	uk: 'Українська',
	zh: '中文'
};

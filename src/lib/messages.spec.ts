// Every public page is fully usable in each language: each key a public page uses is
// translated, with the same placeholders as the Italian.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';

/** A message: a text, or (plural forms) a list of selections with a text per case. */
type Message = string | { match: Record<string, string> }[];
const load = (lang: string): Record<string, Message> => JSON.parse(readFileSync(`messages/${lang}.json`, 'utf8'));
const italian = load('it');
const languages = readdirSync('messages')
	.map((f) => f.replace('.json', ''))
	.filter((l) => l !== 'it');
/** Keys of the public pages (the back office is in Italian only). */
const PUBLIC =
	/^(public_|faq_|disservice_|legal_|statement_|feedback_|privacy_|catalogue_|service_|rating_|who_|opendata_|topic_|target_|organisation_type_|project_status_|phase_state_|origins_|plan_chart|chart_|col_|status_|kind_|language_|content_in_italian|last_updated|home_|nav_home|footer_|header_|app_|skip_|breadcrumb_|error_|not_found|forbidden|back_home)/;
/** Keys with a public prefix that only the back office uses. */
const STAFF_ONLY =
	/^(public_languages_|col_(date|time)$|project_status_on$|service_(status$|status_|field_|category_help|topics_help|slug|provider_field|topics_field|targets_field|spoken_(field|help)|access_url|text_italian|help_|internal_|example_field|translation|no_(languages|places|exceptions)|past_exceptions|place|exception_(new|add)|delete|new|create|edit$|view_public))/;
/** Every text of a message (each plural case of one with plural forms). */
const texts = (message: Message): string[] =>
	typeof message === 'string' ? [message] : message.flatMap((s) => Object.values(s.match));
/** The placeholders a message uses in any of its texts (a case may spell its number out: "مؤشران"). */
const placeholders = (message: Message) =>
	[...new Set(texts(message).flatMap((t) => t.match(/\{\w+\}/g) ?? []))].sort().join();

describe('message catalogue', () => {
	const keys = Object.keys(italian).filter((k) => k !== '$schema' && PUBLIC.test(k) && !STAFF_ONLY.test(k));
	it.each(languages)('translates every public key into %s with the same placeholders', (lang) => {
		const messages = load(lang);
		expect(keys.length).toBeGreaterThan(150);
		expect(keys.filter((k) => !messages[k])).toEqual([]);
		expect(keys.filter((k) => placeholders(messages[k]) !== placeholders(italian[k]))).toEqual([]);
		// Nothing translated that Italian does not have (a renamed key would be left behind).
		expect(Object.keys(messages).filter((k) => !(k in italian))).toEqual([]);
	});
});

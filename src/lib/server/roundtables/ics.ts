// iCalendar (RFC 5545) for meetings: invitations and subscribable feeds. Times are written
// in UTC, so every calendar program shows the Rome time right, across daylight saving too.

export interface CalendarEvent {
	uid: string;
	title: string;
	startsAt: Date;
	endsAt: Date;
	updatedAt: Date;
	location?: string;
	url?: string;
	description?: string;
	cancelled?: boolean;
}

function stamp(d: Date): string {
	return d
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
}

/**
 * A TEXT value (RFC 5545 3.3.11). Every line break (CRLF, LF or a lone CR) is written as "\n",
 * and other control characters are dropped: none may start a line of its own, where a
 * calendar program would read it as a property or a new event. Single-line properties
 * (titles, places) keep no line breaks at all.
 */
function escape(text: string, multiline = false): string {
	const clean = multiline
		? text.replace(/\r\n|\r|\n/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F\u2028\u2029]/g, '')
		: text.replace(/[\u0000-\u001F\u007F\u2028\u2029]+/g, ' ');
	return clean.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}

/** A value that is not text (an id, an address): control characters have no place in it. */
const plain = (value: string) => value.replace(/[\u0000-\u001F\u007F\u2028\u2029]/g, '');

/** Lines longer than 75 octets are folded, as the standard requires. */
function fold(line: string): string {
	const bytes = Buffer.from(line, 'utf8');
	if (bytes.length <= 75) return line;
	const parts: string[] = [];
	let current = '';
	for (const ch of line) {
		if (Buffer.byteLength(current + ch, 'utf8') > (parts.length ? 74 : 75)) {
			parts.push(current);
			current = '';
		}
		current += ch;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

export function calendar(name: string, events: CalendarEvent[], method?: 'REQUEST' | 'PUBLISH'): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//pdz//Piano di Zona//IT',
		'CALSCALE:GREGORIAN',
		`X-WR-CALNAME:${escape(name)}`,
		'X-WR-TIMEZONE:Europe/Rome'
	];
	if (method) lines.push(`METHOD:${method}`);
	for (const e of events) {
		lines.push(
			'BEGIN:VEVENT',
			`UID:${plain(e.uid)}`,
			`DTSTAMP:${stamp(e.updatedAt)}`,
			`DTSTART:${stamp(e.startsAt)}`,
			`DTEND:${stamp(e.endsAt)}`,
			`SUMMARY:${escape(e.title)}`
		);
		if (e.location) lines.push(`LOCATION:${escape(e.location)}`);
		if (e.description) lines.push(`DESCRIPTION:${escape(e.description, true)}`);
		if (e.url) lines.push(`URL:${plain(e.url)}`);
		lines.push(`STATUS:${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'END:VEVENT');
	}
	lines.push('END:VCALENDAR');
	return lines.map(fold).join('\r\n') + '\r\n';
}

/** A calendar as a download that calendar programs can also subscribe to. */
export function icsResponse(text: string, filename: string): Response {
	return new Response(text, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `inline; filename="${filename}"`,
			'cache-control': 'public, max-age=300'
		}
	});
}

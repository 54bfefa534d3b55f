// Writes of the district's public site: a reader's report of a disservice (anonymous,
// rate-limited, saved and never logged: not a change of the district's content) and the
// office's parts of the accessibility statement (a command of the kernel, audited).
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { command, type Actor } from '../kernel';
import { parse } from '../validation';
import { addressKey, reserveAll, type Rule } from '../security';
import { reportInput, statementInput } from './input';
import { accessibilityStatements, disserviceReports } from './schema';

/** Reports accepted: per address (an IPv6 /64 counts as one) and per district, as page ratings. */
export const REPORT_LIMITS = {
	address: { limit: 5, windowSeconds: 3600 },
	district: { limit: 50, windowSeconds: 3600 }
} satisfies Record<string, Rule>;

/** Saves a report; refused with the seconds to wait when a limit is reached. Invalid input throws ValidationError. */
export async function sendReport(
	district: { id: number; slug: string },
	lang: string,
	input: unknown,
	clientAddress: string
): Promise<{ wait: number }> {
	const { privacy: _, ...data } = parse(reportInput(district.slug), input);
	const { wait } = await reserveAll([
		[`report:a:${addressKey(clientAddress)}`, REPORT_LIMITS.address],
		[`report:d:${district.id}`, REPORT_LIMITS.district]
	]);
	if (!wait)
		await command(null, { districtId: district.id }, (c) =>
			c.tx
				.insert(disserviceReports)
				.values({ ...data, lang, districtId: district.id })
				.then(() => undefined)
		);
	return { wait };
}

/** Saves the district's parts of its accessibility statement (the first save creates them). */
export function saveStatement(actor: Actor, input: unknown) {
	return command(actor, { can: 'site.manage', input: statementInput, raw: input }, async (c, data) => {
		const [current] = await c.tx
			.select({ id: accessibilityStatements.id, version: accessibilityStatements.version })
			.from(accessibilityStatements)
			.where(eq(accessibilityStatements.districtId, c.districtId))
			.for('update');
		if (!current) return c.create(accessibilityStatements, data);
		const { version } = parse(statementVersion, input);
		return c.update(accessibilityStatements, current.id, data, { version });
	});
}

const statementVersion = z.object({ version: z.coerce.number({ error: 'Versione mancante.' }).int().min(1) });

// Writes of the documents module: the district's document template (logo, colour, header
// and footer), edited by the planning office.
import { eq } from 'drizzle-orm';
import { command, type Actor } from '../kernel';
import { ConflictError, ValidationError } from '../errors';
import { templateInput } from './input';
import { documentTemplates } from './schema';

const PNG = [0x89, 0x50, 0x4e, 0x47];
const JPEG = [0xff, 0xd8, 0xff];

/** A PNG or JPEG of at most 1 MB, or a refusal on the logo field. */
async function readLogo(logo: File): Promise<{ data: Buffer; type: string }> {
	if (logo.size > 1024 * 1024) throw new ValidationError({ logo: 'Il logo è troppo grande: al massimo 1 MB.' });
	const bytes = Buffer.from(await logo.arrayBuffer());
	const type = PNG.every((b, i) => bytes[i] === b)
		? 'image/png'
		: JPEG.every((b, i) => bytes[i] === b)
			? 'image/jpeg'
			: null;
	if (!type) throw new ValidationError({ logo: 'Il logo deve essere un’immagine PNG o JPEG.' });
	return { data: bytes, type };
}

export function saveTemplate(actor: Actor, input: Record<string, string>, logo: File | null) {
	return command(actor, { can: 'planning.manage', input: templateInput, raw: input }, async (c, data) => {
		const image = logo && logo.size > 0 ? await readLogo(logo) : null;
		// The district's one template: version 0 while it has none (the default look).
		const [before] = await c.tx
			.select()
			.from(documentTemplates)
			.where(eq(documentTemplates.districtId, c.districtId))
			.for('update');
		if ((before?.version ?? 0) !== data.version)
			throw new ConflictError(
				before
					? {
							colour: before.colour,
							headerText: before.headerText,
							footerText: before.footerText,
							version: before.version
						}
					: { version: 0 }
			);
		const values = {
			colour: data.colour.toLowerCase(),
			headerText: data.headerText,
			footerText: data.footerText,
			...(image ? { logo: image.data, logoType: image.type } : data.removeLogo ? { logo: null, logoType: null } : {})
		};
		return before
			? c.update(documentTemplates, before.id, values, { version: data.version })
			: c.create(documentTemplates, values);
	});
}

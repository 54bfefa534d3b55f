// What the template form sends: the colour, header and footer text, whether to remove the logo.
import { z } from 'zod';
import { optionalText } from '../validation';
import { checkbox } from '../planning';

export const templateInput = z.object({
	colour: z
		.string()
		.trim()
		.regex(/^#[0-9a-fA-F]{6}$/, { error: 'Indicare il colore come #RRGGBB, per esempio #006069.' }),
	headerText: optionalText(200),
	footerText: optionalText(300),
	removeLogo: checkbox,
	// 0 while the district still has the default template (no row yet).
	version: z.coerce.number().int().min(0).max(2_000_000_000)
});

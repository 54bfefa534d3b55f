// How a district's documents look (its template), and the size of its logo to place it.
export interface Template {
	logo: { data: Buffer; type: 'image/png' | 'image/jpeg' } | null;
	colour: string;
	headerText: string;
	footerText: string;
}
export const DEFAULT_TEMPLATE: Template = { logo: null, colour: '#006069', headerText: '', footerText: '' };

/** Width and height of a PNG or JPEG, to place a logo without distorting it. */
export function imageSize(data: Buffer): { width: number; height: number } | null {
	if (data[0] === 0x89 && data.length > 24) return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
	for (let i = 2; i + 9 < data.length;) {
		if (data[i] !== 0xff) return null;
		const marker = data[i + 1];
		const length = data.readUInt16BE(i + 2);
		if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
			return { height: data.readUInt16BE(i + 5), width: data.readUInt16BE(i + 7) };
		i += 2 + length;
	}
	return null;
}

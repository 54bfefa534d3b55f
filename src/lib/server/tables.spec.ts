import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { toXlsx, unzippedSize, readTable } from './tables';
import { errorOf } from './db/testing';
import type { ValidationError } from './errors';

/** A ZIP with one entry whose content is `size` zeros (compressed, it is tiny). */
function zipOf(size: number): Uint8Array {
	const name = Buffer.from('xl/worksheets/sheet1.xml');
	const data = deflateRawSync(Buffer.alloc(size));
	const local = Buffer.alloc(30);
	local.writeUInt32LE(0x04034b50, 0);
	local.writeUInt16LE(8, 8);
	local.writeUInt32LE(data.length, 18);
	local.writeUInt32LE(size, 22);
	local.writeUInt16LE(name.length, 26);
	const central = Buffer.alloc(46);
	central.writeUInt32LE(0x02014b50, 0);
	central.writeUInt16LE(8, 10);
	central.writeUInt32LE(data.length, 20);
	central.writeUInt32LE(size, 24);
	central.writeUInt16LE(name.length, 28);
	const offset = local.length + name.length + data.length;
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(1, 8);
	end.writeUInt16LE(1, 10);
	end.writeUInt32LE(central.length + name.length, 12);
	end.writeUInt32LE(offset, 16);
	return new Uint8Array(Buffer.concat([local, name, data, central, name, end]));
}

describe('tables in files', () => {
	it('measures an XLSX before unpacking it, and refuses a zip bomb', async () => {
		const real = await toXlsx(
			[
				['a', 'b'],
				[1, 'x']
			],
			{ sheet: 'Foglio', widths: [10, 10] }
		);
		expect(unzippedSize(new Uint8Array(real))).toBeGreaterThan(real.length);
		const bomb = zipOf(60 * 1024 * 1024);
		expect(bomb.length).toBeLessThan(100_000);
		expect(unzippedSize(bomb)).toBe(60 * 1024 * 1024);
		expect(((await errorOf(readTable('bomba.xlsx', bomb))) as ValidationError).fields.file).toMatch(
			/troppo grande una volta aperto/
		);
		expect((await readTable('vero.xlsx', new Uint8Array(real))).rows).toEqual([
			['a', 'b'],
			['1', 'x']
		]);
	});

	it('reads Excel\'s "Testo Unicode" (UTF-16 with tabs) and tab-separated UTF-8', async () => {
		const text = 'Codice\tRealizzato\r\nG1.OUT1\t5,5\r\n';
		const utf16 = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
		const read = await readTable('indicatori.txt', utf16);
		expect(read.rows).toEqual([
			['Codice', 'Realizzato'],
			['G1.OUT1', '5,5']
		]);
		expect(read.notice).toMatch(/UTF-16/);
		expect((await readTable('indicatori.csv', new TextEncoder().encode(text))).rows).toEqual([
			['Codice', 'Realizzato'],
			['G1.OUT1', '5,5']
		]);
		// Separators inside a quoted name do not count.
		expect((await readTable('q.csv', new TextEncoder().encode('"Nota (a, b, c)";Codice\nx;y\n'))).rows).toEqual([
			['Nota (a, b, c)', 'Codice'],
			['x', 'y']
		]);
		expect(
			((await errorOf(readTable('vuoto.csv', new Uint8Array([0xff, 0xfe])))) as ValidationError).fields.file
		).toMatch(/vuoto/);
		const broken = new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41]);
		expect(((await errorOf(readTable('rotto.csv', broken))) as ValidationError).fields.file).toMatch(
			/UTF-16 ma è danneggiato/
		);
	});
});

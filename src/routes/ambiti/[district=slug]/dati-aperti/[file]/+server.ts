// The open-data files: servizi.csv/.json, indicatori.csv/.json and the DCAT-AP_IT record.
import { error } from '@sveltejs/kit';
import { getDistrictBySlug } from '$lib/server/accounts';
import { orNotFound } from '$lib/server/http';
import { lastChange } from '$lib/server/audit';
import {
	datasetCsv,
	dcatRecord,
	indicatorDataset,
	INDICATOR_FIELDS,
	LICENCE,
	serviceDataset,
	SERVICE_FIELDS
} from '$lib/server/catalogue';
import type { RequestHandler } from './$types';

const TYPES = {
	csv: 'text/csv; charset=utf-8',
	json: 'application/json; charset=utf-8',
	jsonld: 'application/ld+json; charset=utf-8'
};

export const GET: RequestHandler = async ({ params, url }) => {
	const district = await orNotFound(() => getDistrictBySlug(params.district));
	const [name, ext] = params.file.split('.') as [string, keyof typeof TYPES];
	const origin = url.origin;
	const respond = (body: string) =>
		new Response(body, {
			headers: {
				'content-type': TYPES[ext],
				'content-disposition': ext === 'jsonld' ? 'inline' : `attachment; filename="${district.slug}-${name}.${ext}"`,
				'cache-control': 'public, max-age=300',
				'access-control-allow-origin': '*'
			}
		});
	const about = {
		licenza: LICENCE.url,
		fonte: `${origin}/ambiti/${district.slug}/dati-aperti`,
		editore: district.name
	};
	if (params.file === 'catalogo.jsonld')
		return respond(
			JSON.stringify(dcatRecord(district, origin, (await lastChange(district.id)) ?? new Date()), null, 2)
		);
	if (name === 'servizi' && (ext === 'csv' || ext === 'json')) {
		const rows = await serviceDataset(district, origin);
		if (ext === 'csv')
			return respond(
				datasetCsv(
					SERVICE_FIELDS,
					rows.map((r) => r.record)
				)
			);
		return respond(
			JSON.stringify(
				{
					...about,
					campi: Object.fromEntries(SERVICE_FIELDS),
					servizi: rows.map((r) => ({ ...r.record, traduzioni: r.translations }))
				},
				null,
				2
			)
		);
	}
	if (name === 'indicatori' && (ext === 'csv' || ext === 'json')) {
		const rows = await indicatorDataset(district.id);
		if (ext === 'csv') return respond(datasetCsv(INDICATOR_FIELDS, rows));
		return respond(
			JSON.stringify({ ...about, campi: Object.fromEntries(INDICATOR_FIELDS), indicatori: rows }, null, 2)
		);
	}
	error(404, 'Pagina non trovata');
};

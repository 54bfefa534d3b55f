// Chart URLs carry the district's content version (?v=): a chart asked for with the current
// version can be cached for good; any other answer must be revalidated.
export function svgResponse(svg: string, visibility: 'public' | 'private', url: URL, contentVersion: number): Response {
	const current = url.searchParams.get('v') === String(contentVersion);
	return new Response(svg, {
		headers: {
			'content-type': 'image/svg+xml; charset=utf-8',
			'cache-control': current ? `${visibility}, max-age=31536000, immutable` : `${visibility}, no-cache`,
			'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'"
		}
	});
}

// Chart URLs carry the data version (?v=), so a chart can be cached for good.
export function svgResponse(svg: string, visibility: 'public' | 'private'): Response {
	return new Response(svg, {
		headers: {
			'content-type': 'image/svg+xml; charset=utf-8',
			'cache-control': `${visibility}, max-age=31536000, immutable`,
			'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'"
		}
	});
}

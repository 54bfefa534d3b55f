import type { ParamMatcher } from '@sveltejs/kit';

/** The formats of generated documents. */
export const match: ParamMatcher = (param): param is 'docx' | 'pdf' => param === 'docx' || param === 'pdf';

// What the forms of the versions page send: a step (with a note), the deliberation that
// approves a version, its sending to the Region, a review comment.
import { z } from 'zod';
import { optionalText, pastDate, requiredText } from '../validation';

export const stepInput = z.object({ note: optionalText(1000) });
export const approvalInput = stepInput.extend({
	deliberationOn: pastDate('La data della deliberazione'),
	deliberationNumber: requiredText(40, 'Il numero della deliberazione')
});
export const sendingInput = stepInput.extend({
	sentOn: pastDate('La data di invio'),
	protocolNumber: requiredText(60, 'Il numero di protocollo')
});
export const commentInput = z.object({
	section: requiredText(200, 'La sezione'),
	body: requiredText(4000, 'Il commento')
});

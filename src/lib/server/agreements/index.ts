// Agreements of the district: protocols of understanding, the plan's Accordo di Programma,
// conventions; their parties with the day each signed, the signed document, the objectives
// they serve, and an indicator computed from the agreements signed in a period.
export * from './commands';
export * from './queries';
export { agreementInput, partyInput, signatureInput } from './input';
export { signedNote } from './sources';
export * from './schema';
import './sources';

// Files pdz makes for a person in the background (plan documents, results reports, an
// import's check): modules register what they make, a request queues it, the runner makes it.
export { nextTurn, registerGenerator, type Generator, type Made, type Progress } from './generators';
export { deleteFile, KEPT_PER_PERSON, MAX_UNFINISHED, requestFile } from './commands';
export { fileContent, getFile, latestFile, listFiles, type GeneratedFile } from './queries';
export { kick, removeOldFiles, runOne, STALE_AFTER_SECONDS, startRunner, stopRunner } from './runner';
export { generatedFiles, GENERATION_STATUSES, type GenerationStatus } from './schema';

// The six services of the seed, one file each (texts in the seven demo languages).
import type { DemoService } from './lodi-services';
import stranieri from './services/sportello-stranieri-rifugiati';
import assistentiFamiliari from './services/sportello-assistenti-familiari';
import cpia from './services/cpia-corsi-italiano-terza-media';
import mediazione from './services/mediazione-linguistico-culturale';
import saiMinori from './services/sai-minori-stranieri-non-accompagnati';
import antitratta from './services/numero-verde-antitratta';

export const DEMO_SERVICES: DemoService[] = [stranieri, assistentiFamiliari, cpia, mediazione, saiMinori, antitratta];

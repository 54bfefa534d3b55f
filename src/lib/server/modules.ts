// The one list of the platform's modules, imported by the server (runtime.ts), the tests
// (db/testing.ts) and the command line (cli.ts). Loading a module registers what it gives
// the others: its tables (audit names), computed indicator sources, background documents,
// starting data of new districts. A module missing here is missing everywhere alike.
import './accounts';
import './organisations';
import './planning';
import './versions';
import './roundtables';
import './wall';
import './projects';
import './training';
import './agreements';
import './catalogue';
import './site';
import './documents';
import './exchange';
import './generation';
import './mail';
import './security';
import './audit';
import './backup';

// The kernel: who acts and may act (access), the one way to write (command), what each
// table is called (registry), and the two tables under every module (schema). It imports
// no module; every module imports it.
// The registry and the tables come first: command.ts loads the database, whose schema loads
// every module's schema.ts, which registers its tables here (a cycle that must find them ready).
export { registerTable, registerEntity, registeredEntities, entityOf, describe, type EntityInfo } from './registry';
export { districts, auditLog } from './schema';
export { ROLES, can, assertCan, systemActor, type Actor, type Permission, type Reader, type Role } from './access';
export { command, type Context, type Change, type CommandSpec, type Origin } from './command';

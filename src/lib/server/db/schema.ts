// Every module's tables, for Drizzle's relational queries and drizzle-kit.
export * from '../kernel/schema';
export * from '../accounts/schema';
export * from '../security/schema';
export * from '../planning/schema';
export * from '../organisations/schema';
export * from '../roundtables/schema';
export * from '../mail/schema';
export * from '../wall/schema';
export * from '../projects/schema';
export * from '../catalogue/schema';
export * from '../site/schema';
export * from '../exchange/schema';
export * from '../documents/schema';
export * from '../generation/schema';
export * from '../training/schema';
export * from '../agreements/schema';

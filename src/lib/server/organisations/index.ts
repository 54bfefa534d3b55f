// Organisations (enti) and the people who represent them (referenti).
export * from './commands';
export * from './queries';
export * from './schema';
export * from './input';

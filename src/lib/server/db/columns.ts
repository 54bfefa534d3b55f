// Columns every module's tables share.
import { districts } from '../kernel/schema';
import { customType, integer, timestamp } from 'drizzle-orm/pg-core';

/** Optimistic concurrency (see versioned.ts) and the time of the last change. */
export const versioned = () => ({
	version: integer().notNull().default(1),
	updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

/** The district a row belongs to: every row of the platform has one. */
export const districtId = () =>
	integer()
		.notNull()
		.references(() => districts.id, { onDelete: 'cascade' });

/** Bytes (uploaded files, generated documents), as Node buffers. */
export const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

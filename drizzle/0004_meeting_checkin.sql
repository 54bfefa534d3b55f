ALTER TABLE "meeting" ADD COLUMN "checkin_token" text DEFAULT replace(gen_random_uuid()::text, '-', '') NOT NULL;--> statement-breakpoint
ALTER TABLE "meeting" ADD COLUMN "checkin_code" text DEFAULT lpad(floor(random() * 1000000)::int::text, 6, '0') NOT NULL;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_checkinToken_unique" UNIQUE("checkin_token");
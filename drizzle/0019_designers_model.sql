ALTER TABLE "service_location" ADD COLUMN "postal_code" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "service" ADD COLUMN "category" text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Topics from the Designers Italia model's list: each of the earlier topics becomes the model's (OLD_TOPICS in src/lib/catalogue.ts).
UPDATE "service" SET "topics" = (
	SELECT coalesce(array_agg(DISTINCT t), '{}') FROM unnest("topics") AS old(o),
	unnest(CASE o
		WHEN 'immigration' THEN ARRAY['immigrazione'] WHEN 'work' THEN ARRAY['lavoro'] WHEN 'education' THEN ARRAY['istruzione']
		WHEN 'health' THEN ARRAY['assistenza_sociale'] WHEN 'housing' THEN ARRAY['integrazione_sociale'] WHEN 'family' THEN ARRAY['assistenza_sociale']
		WHEN 'care' THEN ARRAY['assistenza_sociale'] WHEN 'violence' THEN ARRAY['giustizia'] WHEN 'legal' THEN ARRAY['sistema_giuridico']
		WHEN 'minors' THEN ARRAY['assistenza_sociale'] ELSE ARRAY[o] END) AS t
) WHERE "topics" && ARRAY['immigration','work','education','health','housing','family','care','violence','legal','minors']::text[];--> statement-breakpoint
-- The CAP written in the address ("Via Salvemini 1, 26900 Lodi") becomes the place's postal code.
UPDATE "service_location" SET "postal_code" = substring("address" from '\m(\d{5})\M') WHERE "postal_code" = '' AND "address" ~ '\m\d{5}\M';

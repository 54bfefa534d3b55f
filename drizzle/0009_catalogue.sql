-- Search needs accents removed (unaccent), typo tolerance (pg_trgm), and a stemming
-- configuration per language; both extensions ship with PostgreSQL and are trusted.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- unaccent() is only STABLE (its dictionary could change); naming the dictionary makes it
-- safe to declare IMMUTABLE, as generated columns and indexes require.
CREATE OR REPLACE FUNCTION pdz_unaccent(text) RETURNS text
	LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
	AS $$ SELECT unaccent('unaccent'::regdictionary, $1) $$;
--> statement-breakpoint
-- The text search configuration of a public language; "simple" where PostgreSQL has no stemmer.
CREATE OR REPLACE FUNCTION pdz_ts_config(text) RETURNS regconfig
	LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
	AS $$ SELECT CASE $1 WHEN 'it' THEN 'italian' WHEN 'en' THEN 'english' WHEN 'fr' THEN 'french' WHEN 'es' THEN 'spanish' ELSE 'simple' END::regconfig $$;
--> statement-breakpoint
CREATE TABLE "location_exception" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "location_exception_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"location_id" integer NOT NULL,
	"from_day" date NOT NULL,
	"to_day" date NOT NULL,
	"opens" time,
	"closes" time,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "location_exception_days" CHECK ("location_exception"."to_day" >= "location_exception"."from_day"),
	CONSTRAINT "location_exception_hours" CHECK (("location_exception"."opens" is null and "location_exception"."closes" is null) or ("location_exception"."opens" is not null and "location_exception"."closes" > "location_exception"."opens"))
);
--> statement-breakpoint
CREATE TABLE "location_hours" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "location_hours_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"location_id" integer NOT NULL,
	"weekday" smallint NOT NULL,
	"opens" time NOT NULL,
	"closes" time NOT NULL,
	CONSTRAINT "location_hours_range" CHECK ("location_hours"."weekday" between 1 and 7 and "location_hours"."closes" > "location_hours"."opens")
);
--> statement-breakpoint
CREATE TABLE "page_rating" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "page_rating_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"service_id" integer,
	"path" text NOT NULL,
	"lang" text NOT NULL,
	"rating" smallint NOT NULL,
	"reasons" text[] DEFAULT '{}'::text[] NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "page_rating_range" CHECK ("page_rating"."rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "service_location" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "service_location_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"service_id" integer NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"municipality" text NOT NULL,
	"address" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_text" (
	"service_id" integer NOT NULL,
	"district_id" integer NOT NULL,
	"lang" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"audience" text DEFAULT '' NOT NULL,
	"how_to" text DEFAULT '' NOT NULL,
	"requirements" text DEFAULT '' NOT NULL,
	"outcome" text DEFAULT '' NOT NULL,
	"timing" text DEFAULT '' NOT NULL,
	"access" text DEFAULT '' NOT NULL,
	"conditions" text DEFAULT '' NOT NULL,
	"contacts" text DEFAULT '' NOT NULL,
	"responsible_unit" text DEFAULT '' NOT NULL,
	"cost" text DEFAULT '' NOT NULL,
	"easy_read" text DEFAULT '' NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector(pdz_ts_config(lang), pdz_unaccent(title)), 'A') || setweight(to_tsvector(pdz_ts_config(lang), pdz_unaccent(summary || ' ' || audience || ' ' || easy_read)), 'B') || setweight(to_tsvector(pdz_ts_config(lang), pdz_unaccent(how_to || ' ' || requirements || ' ' || outcome || ' ' || access || ' ' || responsible_unit)), 'C')) STORED,
	"plain" text GENERATED ALWAYS AS (lower(pdz_unaccent(title || ' ' || summary))) STORED,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_text_service_id_lang_pk" PRIMARY KEY("service_id","lang")
);
--> statement-breakpoint
CREATE TABLE "service" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "service_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"slug" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"provider_id" integer NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"target_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"spoken_languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"access_url" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"internal_notes" text DEFAULT '' NOT NULL,
	"example_data" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "location_exception" ADD CONSTRAINT "location_exception_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "location_exception" ADD CONSTRAINT "location_exception_location_id_service_location_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."service_location"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "location_hours" ADD CONSTRAINT "location_hours_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "location_hours" ADD CONSTRAINT "location_hours_location_id_service_location_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."service_location"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "page_rating" ADD CONSTRAINT "page_rating_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "page_rating" ADD CONSTRAINT "page_rating_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_location" ADD CONSTRAINT "service_location_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_location" ADD CONSTRAINT "service_location_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_text" ADD CONSTRAINT "service_text_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_text" ADD CONSTRAINT "service_text_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service" ADD CONSTRAINT "service_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service" ADD CONSTRAINT "service_provider_id_organisation_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organisation"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "location_exception_location_id_from_day_index" ON "location_exception" USING btree ("location_id","from_day");--> statement-breakpoint
CREATE INDEX "location_hours_location_id_index" ON "location_hours" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "page_rating_district_id_created_at_index" ON "page_rating" USING btree ("district_id","created_at");--> statement-breakpoint
CREATE INDEX "page_rating_service_id_index" ON "page_rating" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "service_location_service_id_index" ON "service_location" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "service_location_district_id_municipality_index" ON "service_location" USING btree ("district_id","municipality");--> statement-breakpoint
CREATE INDEX "service_text_district_id_lang_index" ON "service_text" USING btree ("district_id","lang");--> statement-breakpoint
CREATE INDEX "service_text_search_idx" ON "service_text" USING gin ("search");--> statement-breakpoint
CREATE UNIQUE INDEX "service_district_id_slug_index" ON "service" USING btree ("district_id","slug");--> statement-breakpoint
CREATE INDEX "service_district_id_status_index" ON "service" USING btree ("district_id","status");--> statement-breakpoint
CREATE INDEX "service_provider_id_index" ON "service" USING btree ("provider_id");
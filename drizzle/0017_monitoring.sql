CREATE TABLE "indicator_actual" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "indicator_actual_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"period_id" integer NOT NULL,
	"actual_number" numeric,
	"actual_text" text,
	"comment" text DEFAULT '' NOT NULL,
	"evidence_url" text,
	"origin" text NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_actual_one_kind" CHECK ("indicator_actual"."actual_number" is null or "indicator_actual"."actual_text" is null)
);
--> statement-breakpoint
CREATE TABLE "monitoring_reminder" (
	"district_id" integer NOT NULL,
	"email" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitoring_reminder_district_id_email_pk" PRIMARY KEY("district_id","email")
);
--> statement-breakpoint
CREATE TABLE "period_closure" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "period_closure_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"plan_id" integer NOT NULL,
	"label" text NOT NULL,
	"closed_by" text NOT NULL,
	"closed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"note" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
DROP INDEX "area_district_id_code_index";--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "origin" text DEFAULT 'form' NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "title" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "plan_id" integer;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "area" ADD COLUMN "plan_id" integer;--> statement-breakpoint
-- Areas become a plan's own list, with no link lost. The newest plan of each district keeps the
-- existing rows (the roundtables' and projects' areas stay as they were); every other plan gets a
-- copy, and its objectives and area sections move to the copy of the same code. A district
-- without plans keeps its list unassigned: its first plan takes it over.
UPDATE "area" a SET "plan_id" = (SELECT p."id" FROM "plan" p WHERE p."district_id" = a."district_id" ORDER BY p."start_year" DESC, p."id" DESC LIMIT 1);--> statement-breakpoint
INSERT INTO "area" ("district_id", "plan_id", "code", "name", "position", "active")
SELECT a."district_id", p."id", a."code", a."name", a."position", a."active"
FROM "area" a JOIN "plan" p ON p."district_id" = a."district_id" AND p."id" <> a."plan_id";--> statement-breakpoint
UPDATE "objective" o SET "area_id" = copy."id"
FROM "area" old, "area" copy
WHERE o."area_id" = old."id" AND old."plan_id" <> o."plan_id"
	AND copy."plan_id" = o."plan_id" AND copy."code" = old."code" AND copy."district_id" = old."district_id";--> statement-breakpoint
UPDATE "plan_section" s SET "key" = 'area-' || copy."id"
FROM "area" old, "area" copy
WHERE s."key" = 'area-' || old."id" AND old."plan_id" <> s."plan_id"
	AND copy."plan_id" = s."plan_id" AND copy."code" = old."code" AND copy."district_id" = old."district_id";--> statement-breakpoint
ALTER TABLE "indicator_period" ADD COLUMN "actual_origin" text;--> statement-breakpoint
ALTER TABLE "indicator_period" ADD COLUMN "actual_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "indicator_period" ADD COLUMN "recomputed_number" numeric;--> statement-breakpoint
ALTER TABLE "indicator_period" ADD COLUMN "recomputed_note" text;--> statement-breakpoint
ALTER TABLE "indicator_period" ADD COLUMN "recomputed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "indicator" ADD COLUMN "owner_kind" text;--> statement-breakpoint
ALTER TABLE "indicator" ADD COLUMN "owner_id" text;--> statement-breakpoint
ALTER TABLE "indicator_actual" ADD CONSTRAINT "indicator_actual_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_actual" ADD CONSTRAINT "indicator_actual_period_id_indicator_period_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."indicator_period"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_reminder" ADD CONSTRAINT "monitoring_reminder_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_closure" ADD CONSTRAINT "period_closure_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_closure" ADD CONSTRAINT "period_closure_plan_id_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_actual_period_id_recorded_at_index" ON "indicator_actual" USING btree ("period_id","recorded_at");--> statement-breakpoint
CREATE UNIQUE INDEX "period_closure_plan_id_label_index" ON "period_closure" USING btree ("plan_id","label");--> statement-breakpoint
ALTER TABLE "area" ADD CONSTRAINT "area_plan_id_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_district_id_plan_id_index" ON "audit_log" USING btree ("district_id","plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "area_plan_id_code_index" ON "area" USING btree ("plan_id","code");--> statement-breakpoint
CREATE INDEX "area_district_id_index" ON "area" USING btree ("district_id");--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_owner" CHECK (("indicator"."owner_kind" is null) = ("indicator"."owner_id" is null));--> statement-breakpoint
-- The monitoring stream starts with the actuals already recorded, dated when they were last changed.
INSERT INTO "indicator_actual" ("district_id", "period_id", "actual_number", "actual_text", "comment", "evidence_url", "origin", "recorded_by", "recorded_at")
SELECT p."district_id", p."id", p."actual_number", p."actual_text", p."actual_comment", p."evidence_url",
	CASE WHEN i."source" = 'manual' THEN 'form' ELSE 'computed' END, 'sistema', p."updated_at"
FROM "indicator_period" p JOIN "indicator" i ON i."id" = p."indicator_id"
WHERE p."actual_number" IS NOT NULL OR p."actual_text" IS NOT NULL;--> statement-breakpoint
UPDATE "indicator_period" p SET "actual_origin" = a."origin", "actual_at" = a."recorded_at"
FROM "indicator_actual" a WHERE a."period_id" = p."id";

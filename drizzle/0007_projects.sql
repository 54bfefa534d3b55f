CREATE TABLE "funding_source" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "funding_source_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grant_year" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "grant_year_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"grant_id" integer NOT NULL,
	"year" integer NOT NULL,
	"committed_cents" bigint NOT NULL,
	"spent_cents" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "grant_year_spent" CHECK ("grant_year"."spent_cents" >= 0 and "grant_year"."committed_cents" >= 0 and "grant_year"."spent_cents" <= "grant_year"."committed_cents")
);
--> statement-breakpoint
CREATE TABLE "grant" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "grant_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"project_id" integer NOT NULL,
	"source_id" integer NOT NULL,
	"amount_cents" bigint NOT NULL,
	"cofinancing_percent" numeric(5, 2) DEFAULT '0' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_dates" CHECK ("grant"."ends_on" >= "grant"."starts_on"),
	CONSTRAINT "grant_amount" CHECK ("grant"."amount_cents" >= 0),
	CONSTRAINT "grant_cofinancing" CHECK ("grant"."cofinancing_percent" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "intervention_project" (
	"intervention_id" integer NOT NULL,
	"project_id" integer NOT NULL,
	CONSTRAINT "intervention_project_intervention_id_project_id_pk" PRIMARY KEY("intervention_id","project_id")
);
--> statement-breakpoint
CREATE TABLE "intervention" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "intervention_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"ended_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_area" (
	"project_id" integer NOT NULL,
	"area_id" integer NOT NULL,
	CONSTRAINT "project_area_project_id_area_id_pk" PRIMARY KEY("project_id","area_id")
);
--> statement-breakpoint
CREATE TABLE "project_beneficiaries" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "project_beneficiaries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"project_id" integer NOT NULL,
	"period" text NOT NULL,
	"target_group" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "beneficiaries_count" CHECK ("project_beneficiaries"."count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "project_document" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "project_document_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"project_id" integer NOT NULL,
	"title" text NOT NULL,
	"url" text,
	"filename" text,
	"content_type" text,
	"size" integer,
	"data" "bytea",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_kind" CHECK (("project_document"."url" is null) <> ("project_document"."data" is null))
);
--> statement-breakpoint
CREATE TABLE "project_milestone" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "project_milestone_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"project_id" integer NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"done_on" date
);
--> statement-breakpoint
CREATE TABLE "project_objective" (
	"project_id" integer NOT NULL,
	"objective_id" integer NOT NULL,
	CONSTRAINT "project_objective_project_id_objective_id_pk" PRIMARY KEY("project_id","objective_id")
);
--> statement-breakpoint
CREATE TABLE "project_partner" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "project_partner_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"project_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"role" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_status_change" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "project_status_change_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"project_id" integer NOT NULL,
	"status" text NOT NULL,
	"changed_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "project_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"lead_organisation_id" integer,
	"status" text DEFAULT 'idea' NOT NULL,
	"co_design" boolean DEFAULT false NOT NULL,
	"co_design_procedure" text DEFAULT '' NOT NULL,
	"co_design_on" date,
	"starts_on" date,
	"ends_on" date,
	"target_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"leps" text[] DEFAULT '{}'::text[] NOT NULL,
	"example_data" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_dates" CHECK ("project"."ends_on" is null or "project"."starts_on" is null or "project"."ends_on" >= "project"."starts_on")
);
--> statement-breakpoint
ALTER TABLE "funding_source" ADD CONSTRAINT "funding_source_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_year" ADD CONSTRAINT "grant_year_grant_id_grant_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant" ADD CONSTRAINT "grant_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant" ADD CONSTRAINT "grant_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant" ADD CONSTRAINT "grant_source_id_funding_source_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."funding_source"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervention_project" ADD CONSTRAINT "intervention_project_intervention_id_intervention_id_fk" FOREIGN KEY ("intervention_id") REFERENCES "public"."intervention"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervention_project" ADD CONSTRAINT "intervention_project_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervention" ADD CONSTRAINT "intervention_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_area" ADD CONSTRAINT "project_area_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_area" ADD CONSTRAINT "project_area_area_id_area_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."area"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_beneficiaries" ADD CONSTRAINT "project_beneficiaries_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_document" ADD CONSTRAINT "project_document_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_document" ADD CONSTRAINT "project_document_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_milestone" ADD CONSTRAINT "project_milestone_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_objective" ADD CONSTRAINT "project_objective_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_objective" ADD CONSTRAINT "project_objective_objective_id_objective_id_fk" FOREIGN KEY ("objective_id") REFERENCES "public"."objective"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_partner" ADD CONSTRAINT "project_partner_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_partner" ADD CONSTRAINT "project_partner_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_status_change" ADD CONSTRAINT "project_status_change_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_status_change" ADD CONSTRAINT "project_status_change_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project" ADD CONSTRAINT "project_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project" ADD CONSTRAINT "project_lead_organisation_id_organisation_id_fk" FOREIGN KEY ("lead_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "funding_source_district_id_name_index" ON "funding_source" USING btree ("district_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "grant_year_grant_id_year_index" ON "grant_year" USING btree ("grant_id","year");--> statement-breakpoint
CREATE INDEX "grant_project_id_index" ON "grant" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "grant_district_id_ends_on_index" ON "grant" USING btree ("district_id","ends_on");--> statement-breakpoint
CREATE INDEX "intervention_project_project_id_index" ON "intervention_project" USING btree ("project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "intervention_district_id_name_index" ON "intervention" USING btree ("district_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "project_beneficiaries_project_id_period_target_group_index" ON "project_beneficiaries" USING btree ("project_id","period","target_group");--> statement-breakpoint
CREATE INDEX "project_document_project_id_index" ON "project_document" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "project_milestone_project_id_index" ON "project_milestone" USING btree ("project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "project_partner_project_id_organisation_id_index" ON "project_partner" USING btree ("project_id","organisation_id");--> statement-breakpoint
CREATE INDEX "project_partner_organisation_id_index" ON "project_partner" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "project_status_change_project_id_index" ON "project_status_change" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "project_status_change_district_id_status_changed_on_index" ON "project_status_change" USING btree ("district_id","status","changed_on");--> statement-breakpoint
CREATE INDEX "project_district_id_status_index" ON "project" USING btree ("district_id","status");
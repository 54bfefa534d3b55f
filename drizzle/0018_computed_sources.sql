CREATE TABLE "trainee" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "trainee_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"name" text NOT NULL,
	"organisation_id" integer,
	"role" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_attendance" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "training_attendance_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"session_id" integer NOT NULL,
	"trainee_id" integer NOT NULL,
	"method" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_course" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "training_course_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"title" text NOT NULL,
	"provider" text DEFAULT '' NOT NULL,
	"project_id" integer,
	"planned_hours" numeric(6, 1),
	"min_hours" numeric(6, 1),
	"target_roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"open_to_territory" boolean DEFAULT false NOT NULL,
	"example_data" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_session" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "training_session_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"course_id" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"checkin_token" text DEFAULT replace(gen_random_uuid()::text, '-', '') NOT NULL,
	"checkin_code" text DEFAULT lpad(floor(random() * 1000000)::int::text, 6, '0') NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_session_checkinToken_unique" UNIQUE("checkin_token"),
	CONSTRAINT "training_session_times" CHECK ("training_session"."ends_at" > "training_session"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "agreement_objective" (
	"agreement_id" integer NOT NULL,
	"objective_id" integer NOT NULL,
	CONSTRAINT "agreement_objective_agreement_id_objective_id_pk" PRIMARY KEY("agreement_id","objective_id")
);
--> statement-breakpoint
CREATE TABLE "agreement_party" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agreement_party_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"agreement_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"role" text DEFAULT '' NOT NULL,
	"signed_on" date
);
--> statement-breakpoint
CREATE TABLE "agreement" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agreement_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'drafting' NOT NULL,
	"drafted_on" date NOT NULL,
	"signed_on" date,
	"starts_on" date,
	"ends_on" date,
	"plan_id" integer,
	"description" text DEFAULT '' NOT NULL,
	"document_name" text,
	"document_type" text,
	"document_size" integer,
	"document_data" "bytea",
	"example_data" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreement_signed_after_draft" CHECK ("agreement"."signed_on" is null or "agreement"."signed_on" >= "agreement"."drafted_on"),
	CONSTRAINT "agreement_dates" CHECK ("agreement"."ends_on" is null or "agreement"."starts_on" is null or "agreement"."ends_on" >= "agreement"."starts_on"),
	CONSTRAINT "agreement_signed_status" CHECK ("agreement"."status" not in ('signed', 'expired') or "agreement"."signed_on" is not null)
);
--> statement-breakpoint
DROP INDEX "project_beneficiaries_project_id_period_target_group_index";--> statement-breakpoint
ALTER TABLE "project_beneficiaries" ADD COLUMN "stage" text DEFAULT 'reached' NOT NULL;--> statement-breakpoint
ALTER TABLE "trainee" ADD CONSTRAINT "trainee_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainee" ADD CONSTRAINT "trainee_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_session_id_training_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_trainee_id_trainee_id_fk" FOREIGN KEY ("trainee_id") REFERENCES "public"."trainee"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_course" ADD CONSTRAINT "training_course_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_course" ADD CONSTRAINT "training_course_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_session" ADD CONSTRAINT "training_session_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_session" ADD CONSTRAINT "training_session_course_id_training_course_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."training_course"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_objective" ADD CONSTRAINT "agreement_objective_agreement_id_agreement_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_objective" ADD CONSTRAINT "agreement_objective_objective_id_objective_id_fk" FOREIGN KEY ("objective_id") REFERENCES "public"."objective"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_party" ADD CONSTRAINT "agreement_party_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_party" ADD CONSTRAINT "agreement_party_agreement_id_agreement_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_party" ADD CONSTRAINT "agreement_party_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement" ADD CONSTRAINT "agreement_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement" ADD CONSTRAINT "agreement_plan_id_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plan"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "trainee_person" ON "trainee" USING btree ("district_id",lower("name"),coalesce("organisation_id", 0));--> statement-breakpoint
CREATE UNIQUE INDEX "training_attendance_session_id_trainee_id_index" ON "training_attendance" USING btree ("session_id","trainee_id");--> statement-breakpoint
CREATE INDEX "training_attendance_trainee_id_index" ON "training_attendance" USING btree ("trainee_id");--> statement-breakpoint
CREATE INDEX "training_course_district_id_title_index" ON "training_course" USING btree ("district_id","title");--> statement-breakpoint
CREATE INDEX "training_session_course_id_starts_at_index" ON "training_session" USING btree ("course_id","starts_at");--> statement-breakpoint
CREATE INDEX "training_session_district_id_starts_at_index" ON "training_session" USING btree ("district_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_party_agreement_id_organisation_id_index" ON "agreement_party" USING btree ("agreement_id","organisation_id");--> statement-breakpoint
CREATE INDEX "agreement_party_organisation_id_index" ON "agreement_party" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "agreement_district_id_signed_on_index" ON "agreement" USING btree ("district_id","signed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "project_beneficiaries_count_key" ON "project_beneficiaries" USING btree ("project_id","period","target_group","stage");
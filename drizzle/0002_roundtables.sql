CREATE TABLE "delegate" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "delegate_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"name" text NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"user_id" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "organisation_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"tax_code" text,
	"email" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"website" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attendance" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "attendance_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"meeting_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"delegate_id" integer,
	"delegate_name" text DEFAULT '' NOT NULL,
	"method" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "meeting_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"roundtable_id" integer,
	"sub_district_id" integer,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"mode" text DEFAULT 'in_person' NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"link" text DEFAULT '' NOT NULL,
	"agenda" text DEFAULT '' NOT NULL,
	"phase_id" integer,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_times" CHECK ("meeting"."ends_at" > "meeting"."starts_at"),
	CONSTRAINT "meeting_owner" CHECK (("meeting"."roundtable_id" is null) <> ("meeting"."sub_district_id" is null))
);
--> statement-breakpoint
CREATE TABLE "roundtable_area" (
	"roundtable_id" integer NOT NULL,
	"area_id" integer NOT NULL,
	CONSTRAINT "roundtable_area_roundtable_id_area_id_pk" PRIMARY KEY("roundtable_id","area_id")
);
--> statement-breakpoint
CREATE TABLE "roundtable_member" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "roundtable_member_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"roundtable_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"joined_on" date NOT NULL,
	"left_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "member_dates" CHECK ("roundtable_member"."left_on" is null or "roundtable_member"."left_on" >= "roundtable_member"."joined_on")
);
--> statement-breakpoint
CREATE TABLE "roundtable" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "roundtable_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"coordinator_id" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sub_district_municipality" (
	"sub_district_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	CONSTRAINT "sub_district_municipality_sub_district_id_organisation_id_pk" PRIMARY KEY("sub_district_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "sub_district" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sub_district_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"name" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "delegate" ADD CONSTRAINT "delegate_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegate" ADD CONSTRAINT "delegate_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegate" ADD CONSTRAINT "delegate_user_id_auth_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_delegate_id_delegate_id_fk" FOREIGN KEY ("delegate_id") REFERENCES "public"."delegate"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_roundtable_id_roundtable_id_fk" FOREIGN KEY ("roundtable_id") REFERENCES "public"."roundtable"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_sub_district_id_sub_district_id_fk" FOREIGN KEY ("sub_district_id") REFERENCES "public"."sub_district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_phase_id_phase_id_fk" FOREIGN KEY ("phase_id") REFERENCES "public"."phase"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roundtable_area" ADD CONSTRAINT "roundtable_area_roundtable_id_roundtable_id_fk" FOREIGN KEY ("roundtable_id") REFERENCES "public"."roundtable"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roundtable_area" ADD CONSTRAINT "roundtable_area_area_id_area_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."area"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roundtable_member" ADD CONSTRAINT "roundtable_member_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roundtable_member" ADD CONSTRAINT "roundtable_member_roundtable_id_roundtable_id_fk" FOREIGN KEY ("roundtable_id") REFERENCES "public"."roundtable"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roundtable_member" ADD CONSTRAINT "roundtable_member_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roundtable" ADD CONSTRAINT "roundtable_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roundtable" ADD CONSTRAINT "roundtable_coordinator_id_auth_user_id_fk" FOREIGN KEY ("coordinator_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sub_district_municipality" ADD CONSTRAINT "sub_district_municipality_sub_district_id_sub_district_id_fk" FOREIGN KEY ("sub_district_id") REFERENCES "public"."sub_district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sub_district_municipality" ADD CONSTRAINT "sub_district_municipality_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sub_district" ADD CONSTRAINT "sub_district_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "delegate_organisation_id_index" ON "delegate" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_district_id_name_index" ON "organisation" USING btree ("district_id","name");--> statement-breakpoint
CREATE INDEX "organisation_district_id_type_index" ON "organisation" USING btree ("district_id","type");--> statement-breakpoint
CREATE UNIQUE INDEX "attendance_meeting_id_organisation_id_index" ON "attendance" USING btree ("meeting_id","organisation_id");--> statement-breakpoint
CREATE INDEX "attendance_organisation_id_index" ON "attendance" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "meeting_roundtable_id_starts_at_index" ON "meeting" USING btree ("roundtable_id","starts_at");--> statement-breakpoint
CREATE INDEX "meeting_sub_district_id_starts_at_index" ON "meeting" USING btree ("sub_district_id","starts_at");--> statement-breakpoint
CREATE INDEX "roundtable_member_roundtable_id_index" ON "roundtable_member" USING btree ("roundtable_id");--> statement-breakpoint
CREATE INDEX "roundtable_member_organisation_id_index" ON "roundtable_member" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "roundtable_district_id_name_index" ON "roundtable" USING btree ("district_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "sub_district_district_id_name_index" ON "sub_district" USING btree ("district_id","name");
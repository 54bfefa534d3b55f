CREATE TABLE "wall_column" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "wall_column_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"wall_id" integer NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wall_group" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "wall_group_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"wall_id" integer NOT NULL,
	"column_id" integer NOT NULL,
	"theme_id" integer NOT NULL,
	"label" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wall_note" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "wall_note_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"wall_id" integer NOT NULL,
	"column_id" integer NOT NULL,
	"theme_id" integer NOT NULL,
	"group_id" integer,
	"body" text NOT NULL,
	"participant_id" integer,
	"organisation_name" text DEFAULT '' NOT NULL,
	"author_name" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'visible' NOT NULL,
	"merged_into_id" integer,
	"client_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "note_merge" CHECK (("wall_note"."status" = 'merged') = ("wall_note"."merged_into_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "wall_participant" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "wall_participant_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"wall_id" integer NOT NULL,
	"user_id" text,
	"secret_hash" text,
	"organisation_id" integer,
	"organisation_name" text DEFAULT '' NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wall_promotion" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "wall_promotion_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"note_id" integer NOT NULL,
	"objective_id" integer NOT NULL,
	"kind" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wall_theme" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "wall_theme_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"wall_id" integer NOT NULL,
	"label" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wall_vote" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "wall_vote_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"wall_id" integer NOT NULL,
	"note_id" integer NOT NULL,
	"cast_on_id" integer NOT NULL,
	"participant_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wall" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "wall_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"roundtable_id" integer,
	"meeting_id" integer,
	"title" text NOT NULL,
	"posting_open" boolean DEFAULT true NOT NULL,
	"voting_open" boolean DEFAULT false NOT NULL,
	"dot_budget" integer DEFAULT 5 NOT NULL,
	"join_token" text DEFAULT replace(gen_random_uuid()::text, '-', '') NOT NULL,
	"join_code" text DEFAULT lpad(floor(random() * 1000000)::int::text, 6, '0') NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wall_meetingId_unique" UNIQUE("meeting_id"),
	CONSTRAINT "wall_joinToken_unique" UNIQUE("join_token"),
	CONSTRAINT "wall_owner" CHECK ("wall"."roundtable_id" is not null or "wall"."meeting_id" is not null),
	CONSTRAINT "wall_budget" CHECK ("wall"."dot_budget" between 1 and 50)
);
--> statement-breakpoint
ALTER TABLE "wall_column" ADD CONSTRAINT "wall_column_wall_id_wall_id_fk" FOREIGN KEY ("wall_id") REFERENCES "public"."wall"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wall_group" ADD CONSTRAINT "wall_group_wall_id_wall_id_fk" FOREIGN KEY ("wall_id") REFERENCES "public"."wall"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wall_group" ADD CONSTRAINT "wall_group_column_id_wall_column_id_fk" FOREIGN KEY ("column_id") REFERENCES "public"."wall_column"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wall_group" ADD CONSTRAINT "wall_group_theme_id_wall_theme_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."wall_theme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wall_note" ADD CONSTRAINT "wall_note_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wall_note" ADD CONSTRAINT "wall_note_wall_id_wall_id_fk" FOREIGN KEY ("wall_id") REFERENCES "public"."wall"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wall_note" ADD CONSTRAINT "wall_note_column_id_wall_column_id_fk" FOREIGN KEY ("column_id") REFERENCES "public"."wall_column"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wall_note" ADD CONSTRAINT "wall_note_theme_id_wall_theme_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."wall_theme"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wall_note" ADD CONSTRAINT "wall_note_group_id_wall_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."wall_group"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wall_note" ADD CONSTRAINT "wall_note_participant_id_wall_participant_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."wall_participant"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wall_note" ADD CONSTRAINT "wall_note_merged_into_id_wall_note_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."wall_note"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wall_participant" ADD CONSTRAINT "wall_participant_wall_id_wall_id_fk" FOREIGN KEY ("wall_id") REFERENCES "public"."wall"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wall_participant" ADD CONSTRAINT "wall_participant_user_id_auth_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wall_participant" ADD CONSTRAINT "wall_participant_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wall_promotion" ADD CONSTRAINT "wall_promotion_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wall_promotion" ADD CONSTRAINT "wall_promotion_note_id_wall_note_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."wall_note"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wall_promotion" ADD CONSTRAINT "wall_promotion_objective_id_objective_id_fk" FOREIGN KEY ("objective_id") REFERENCES "public"."objective"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wall_promotion" ADD CONSTRAINT "wall_promotion_created_by_auth_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wall_theme" ADD CONSTRAINT "wall_theme_wall_id_wall_id_fk" FOREIGN KEY ("wall_id") REFERENCES "public"."wall"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wall_vote" ADD CONSTRAINT "wall_vote_wall_id_wall_id_fk" FOREIGN KEY ("wall_id") REFERENCES "public"."wall"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wall_vote" ADD CONSTRAINT "wall_vote_note_id_wall_note_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."wall_note"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wall_vote" ADD CONSTRAINT "wall_vote_cast_on_id_wall_note_id_fk" FOREIGN KEY ("cast_on_id") REFERENCES "public"."wall_note"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wall_vote" ADD CONSTRAINT "wall_vote_participant_id_wall_participant_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."wall_participant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wall" ADD CONSTRAINT "wall_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wall" ADD CONSTRAINT "wall_roundtable_id_roundtable_id_fk" FOREIGN KEY ("roundtable_id") REFERENCES "public"."roundtable"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wall" ADD CONSTRAINT "wall_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "wall_column_wall_id_index" ON "wall_column" USING btree ("wall_id");--> statement-breakpoint
CREATE INDEX "wall_group_wall_id_index" ON "wall_group" USING btree ("wall_id");--> statement-breakpoint
CREATE INDEX "wall_note_wall_id_index" ON "wall_note" USING btree ("wall_id");--> statement-breakpoint
CREATE INDEX "wall_note_merged_into_id_index" ON "wall_note" USING btree ("merged_into_id");--> statement-breakpoint
CREATE UNIQUE INDEX "wall_note_wall_id_client_key_index" ON "wall_note" USING btree ("wall_id","client_key");--> statement-breakpoint
CREATE UNIQUE INDEX "wall_participant_wall_id_user_id_index" ON "wall_participant" USING btree ("wall_id","user_id");--> statement-breakpoint
CREATE INDEX "wall_participant_wall_id_index" ON "wall_participant" USING btree ("wall_id");--> statement-breakpoint
CREATE UNIQUE INDEX "wall_promotion_note_id_objective_id_index" ON "wall_promotion" USING btree ("note_id","objective_id");--> statement-breakpoint
CREATE INDEX "wall_promotion_objective_id_index" ON "wall_promotion" USING btree ("objective_id");--> statement-breakpoint
CREATE INDEX "wall_theme_wall_id_index" ON "wall_theme" USING btree ("wall_id");--> statement-breakpoint
CREATE INDEX "wall_vote_note_id_index" ON "wall_vote" USING btree ("note_id");--> statement-breakpoint
CREATE INDEX "wall_vote_participant_id_index" ON "wall_vote" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "wall_vote_cast_on_id_index" ON "wall_vote" USING btree ("cast_on_id");--> statement-breakpoint
CREATE INDEX "wall_roundtable_id_index" ON "wall" USING btree ("roundtable_id");
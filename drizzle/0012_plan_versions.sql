CREATE TABLE "plan_version_comment" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plan_version_comment_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"version_id" integer NOT NULL,
	"section" text NOT NULL,
	"body" text NOT NULL,
	"author_name" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_version_step" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plan_version_step_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"version_id" integer NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_name" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_version" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plan_version_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"plan_id" integer NOT NULL,
	"number" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"deliberation_on" date,
	"deliberation_number" text,
	"sent_on" date,
	"protocol_number" text,
	"snapshot" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plan_version_comment" ADD CONSTRAINT "plan_version_comment_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_version_comment" ADD CONSTRAINT "plan_version_comment_version_id_plan_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."plan_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_version_step" ADD CONSTRAINT "plan_version_step_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_version_step" ADD CONSTRAINT "plan_version_step_version_id_plan_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."plan_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_version" ADD CONSTRAINT "plan_version_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_version" ADD CONSTRAINT "plan_version_plan_id_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_version_comment_version_id_index" ON "plan_version_comment" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "plan_version_step_version_id_index" ON "plan_version_step" USING btree ("version_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_version_plan_id_number_index" ON "plan_version" USING btree ("plan_id","number");--> statement-breakpoint
-- An approved version is evidence of what the mayors approved: its snapshot never changes and
-- the version cannot be removed; only the sending to the Region (date, protocol) is added.
CREATE FUNCTION plan_version_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'DELETE' AND OLD.status IN ('approved', 'sent') THEN
		RAISE EXCEPTION 'plan_version %: an approved version cannot be deleted', OLD.id;
	END IF;
	IF TG_OP = 'UPDATE' AND OLD.snapshot IS NOT NULL AND (NEW.snapshot IS DISTINCT FROM OLD.snapshot OR NEW.deliberation_on IS DISTINCT FROM OLD.deliberation_on OR NEW.deliberation_number IS DISTINCT FROM OLD.deliberation_number OR NEW.plan_id <> OLD.plan_id OR NEW.number <> OLD.number) THEN
		RAISE EXCEPTION 'plan_version %: an approved version is frozen', OLD.id;
	END IF;
	RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER plan_version_frozen BEFORE UPDATE OR DELETE ON plan_version
	FOR EACH ROW EXECUTE FUNCTION plan_version_frozen();

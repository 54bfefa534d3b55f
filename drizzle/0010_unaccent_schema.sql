-- pdz_unaccent names its dictionary and function with the schema the unaccent extension lives
-- in, so that it works whatever the search_path (a restore sets it empty).
DO $$
DECLARE s text;
BEGIN
	SELECT n.nspname INTO s FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent';
	EXECUTE format(
		'CREATE OR REPLACE FUNCTION pdz_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $f$ SELECT %I.unaccent(%L::regdictionary, $1) $f$',
		s, quote_ident(s) || '.unaccent'
	);
END $$;

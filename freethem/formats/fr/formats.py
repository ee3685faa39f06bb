# French groups thousands with a narrow no-break space (CLDR, and French typography's "espace
# fine insécable"); Django uses a full-width one.
THOUSAND_SEPARATOR = "\u202f"

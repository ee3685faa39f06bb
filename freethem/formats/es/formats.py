# CLDR's Spanish, and the usage of the Spanish-speaking countries the campaign works in, group
# thousands with a full stop (3.077); Django follows the RAE's space.
THOUSAND_SEPARATOR = "."

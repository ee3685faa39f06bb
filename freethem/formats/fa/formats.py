# Persian digits take the Arabic thousands and decimal separators (CLDR, "arabext"): ۳٬۰۷۷ and
# ۲٫۵. Django's Persian formats keep the Latin ones and group no digits.
DECIMAL_SEPARATOR = "\u066b"
THOUSAND_SEPARATOR = "\u066c"
NUMBER_GROUPING = 3

"""Number formats where the project departs from Django's own (FORMAT_MODULE_PATH).

Each language's module overrides only what differs, and only to follow CLDR, which browsers'
`Intl.NumberFormat` follows too: a count refreshed by site.js then reads as the page printed it.
Digits and calendars are not formats Django knows; they are settings (freethem/core/numerals.py,
freethem/core/calendars.py).
"""

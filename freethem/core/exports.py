"""Helpers shared by every file the site hands out as data (CSV, spreadsheets)."""


def spreadsheet_safe(value):
    """Text that a spreadsheet would run as a formula is exported with a leading apostrophe."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value

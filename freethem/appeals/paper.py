"""Signatures on paper: the printable sheet, and entering collected sheets from a CSV file."""


def sheet_pdf(request, appeal_id):
    raise NotImplementedError

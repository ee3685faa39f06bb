"""Print-ready PDFs from HTML, with WeasyPrint: signature sheets, posters.

Nothing printed reaches out to the network: pictures and codes are put into the HTML itself.
"""

import base64

import segno
from django.utils.safestring import mark_safe


def qr_svg(url):
    """The address as a QR code, an inline <svg> element: nothing to fetch when printing."""
    code = segno.make(url, error="m", micro=False)
    # Without its own width and height, the drawing takes the size the stylesheet gives it.
    return mark_safe(code.svg_inline(scale=1, border=2, omitsize=True, title=url))  # noqa: S308


def data_uri(content, content_type):
    return f"data:{content_type};base64,{base64.b64encode(content).decode('ascii')}"


def local_only():
    """A fetcher for WeasyPrint that reads data: addresses only: a printout never reaches out
    to the network, whatever the HTML asks for."""
    from weasyprint.urls import URLFetcher

    return URLFetcher(allowed_protocols={"data"})


def pdf_bytes(html):
    import weasyprint  # slow to import: only the processes that print pay for it

    return weasyprint.HTML(string=html, url_fetcher=local_only()).write_pdf()

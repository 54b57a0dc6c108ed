"""Documents written by hand for the readers' tests and the fuzz bench, so neither needs a PDF writer."""
from __future__ import annotations


def pdf_bytes(text: str, stream_dict: str = "", extra: bytes = b"") -> bytes:
    """A one-page PDF with one line of text; `stream_dict` adds to its content stream's dictionary
    (a `/Filter`), `extra` to the stream itself."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text.replace(chr(10), ' ')}) Tj ET".encode() + extra
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d %s >>\nstream\n" % (len(stream), stream_dict.encode()) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)

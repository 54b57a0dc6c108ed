"""Documents written by hand for the readers' tests and the fuzz bench, so neither needs a PDF or Word writer."""
from __future__ import annotations

import io
import zipfile

WORD_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


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


def word_document(text: str) -> str:
    """A Word document.xml with one paragraph per non-empty line of `text`."""
    body = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in text.splitlines() if line)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{WORD_NAMESPACE}">'
            f"<w:body>{body}</w:body></w:document>")


def docx_bytes(document: bytes | str, method: int = zipfile.ZIP_DEFLATED, repeat: int = 1) -> bytes:
    """A minimal .docx package (content types, relationships, the document) whose
    word/document.xml is `document` written `repeat` times over (a bomb, when large). Its members
    are dated, so that the same arguments give the same bytes (a fuzz input can be made again)."""
    def member(name: str) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, date_time=(2016, 5, 5, 0, 0, 0))
        info.compress_type = method
        return info

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as package:
        package.writestr(member("[Content_Types].xml"), '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxml'
                         'formats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                         'officedocument.wordprocessingml.document.main+xml"/></Types>')
        package.writestr(member("_rels/.rels"), '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                         'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        with package.open(member("word/document.xml"), "w") as written:
            for _ in range(repeat):
                written.write(document.encode() if isinstance(document, str) else document)
    return out.getvalue()

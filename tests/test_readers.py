"""Every kind of input, good and bad: a bad one is named with its reason, the rest still read."""
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from documents import pdf_bytes
from strikes.readers import UnreadableArticle, headline, read_paths, read_upload

REPORT = "3 March 2016\n\nJets strike market in Saraqeb\n\nWarplanes struck a market in Saraqeb on Tuesday.\n"


def read_all(*paths, published=None):
    items = list(read_paths(paths, published))
    return [i for i in items if not isinstance(i, UnreadableArticle)], [str(i) for i in items if isinstance(i, UnreadableArticle)]


def test_text_file_gives_article_with_dateline_and_headline(tmp_path: Path):
    (tmp_path / "saraqeb.txt").write_text(REPORT, encoding="utf-8")
    [article], errors = read_all(tmp_path / "saraqeb.txt")
    assert errors == []
    assert article.published == dt.date(2016, 3, 3)
    assert article.title == "Jets strike market in Saraqeb"
    assert article.id == str(tmp_path / "saraqeb.txt")
    assert article.origin == "saraqeb.txt"
    assert article.text == REPORT


def test_published_is_used_only_when_text_has_no_dateline(tmp_path: Path):
    (tmp_path / "note.txt").write_text("Warplanes struck a market in Saraqeb on Tuesday.", encoding="utf-8")
    [article], _ = read_all(tmp_path / "note.txt", published=dt.date(2016, 3, 3))
    assert article.published == dt.date(2016, 3, 3)
    (tmp_path / "dated.txt").write_text(REPORT, encoding="utf-8")
    [dated], _ = read_all(tmp_path / "dated.txt", published=dt.date(2020, 1, 1))
    assert dated.published == dt.date(2016, 3, 3)


def test_missing_file_is_reported_by_name(tmp_path: Path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    articles, [error] = read_all(tmp_path / "gone.txt")
    assert articles == []
    assert error.startswith(f"{tmp_path / 'gone.txt'}: cannot be read")


def test_empty_file_is_reported(tmp_path: Path):
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    assert read_all(tmp_path / "empty.txt") == ([], [f"{tmp_path / 'empty.txt'}: file is empty"])


def test_binary_file_is_reported(tmp_path: Path):
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert read_all(tmp_path / "photo.txt")[1] == [f"{tmp_path / 'photo.txt'}: looks like a binary file, not text"]


def test_unknown_extension_is_reported_with_the_accepted_ones(tmp_path: Path):
    (tmp_path / "sheet.xlsx").write_bytes(b"PK\x03\x04")
    [error] = read_all(tmp_path / "sheet.xlsx")[1]
    assert "unsupported file type '.xlsx'" in error
    assert ".docx" in error and ".pdf" in error


def test_malformed_jsonl_line_is_named_and_other_lines_still_read(tmp_path: Path):
    lines = [
        json.dumps({"id": "a", "text": "Jets struck Hama.", "published": "2016-02-15"}),
        "{not json",
        json.dumps({"id": "c", "text": ""}),
        json.dumps({"id": "d", "text": "Drones struck Marib."}),
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines), encoding="utf-8")
    articles, errors = read_all(tmp_path / "batch.jsonl", published=dt.date(2020, 5, 1))
    assert [a.id for a in articles] == ["a", "d"]
    assert [a.published for a in articles] == [dt.date(2016, 2, 15), dt.date(2020, 5, 1)]
    assert errors[0].startswith(f"{tmp_path / 'batch.jsonl'}:2: malformed record")
    assert errors[1] == f'{tmp_path / "batch.jsonl"}:3: malformed record ("text" is missing or empty)'


def test_folder_is_read_in_order_skipping_its_readme(tmp_path: Path):
    (tmp_path / "README.md").write_text("# about these files", encoding="utf-8")
    (tmp_path / "b.md").write_text("Raid on Idlib", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Raid on Hama", encoding="utf-8")
    articles, errors = read_all(tmp_path)
    assert [a.origin for a in articles] == ["a.txt", "b.md"]
    assert errors == []


def test_cp1252_text_is_still_read():
    article = read_upload("old.txt", "Strikes hit Sa\u2019dah".encode("cp1252"))
    assert article.text == "Strikes hit Sa\u2019dah"


def test_html_keeps_the_story_not_the_page_chrome():
    body = "<p>" + "Warplanes struck the town of Maarat al-Numan on Monday, killing 11 people. " * 3 + "</p>"
    html = f"<html><head><title>Raid on Maarat</title></head><body><nav>Home | World</nav><article><h1>Raid on Maarat</h1>{body}</article></body></html>"
    article = read_upload("story.html", html.encode())
    assert "Maarat al-Numan" in article.text
    assert "Home | World" not in article.text
    assert article.title == "Raid on Maarat"


def test_html_takes_its_date_from_the_page_metadata_not_from_the_story():
    body = "<p>" + "Warplanes struck the town of Maarat al-Numan on 2 March 2016, killing 11 people. " * 3 + "</p>"
    page = "<html><head><title>Raid on Maarat</title>{meta}</head><body><article>{body}</article></body></html>"
    meta = '<meta property="article:published_time" content="2016-03-03T08:00:00Z">'
    assert read_upload("story.html", page.format(meta=meta, body=body).encode()).published == dt.date(2016, 3, 3)
    undated = read_upload("story.html", page.format(meta="", body=body).encode(), published=dt.date(2016, 3, 5))
    assert undated.published == dt.date(2016, 3, 5)  # the strike's day in the text is not the report's


def test_markdown_front_matter_gives_title_and_date_and_is_not_text():
    note = ("---\ntitle: Raid on Maarat\ndate: 2016-03-03T08:00:00.000Z\ntags: [idlib]\n---\n\n"
            "Date: 1 March 2016\n\nWarplanes struck the town of Maarat al-Numan on Monday.\n")
    article = read_upload("raid.md", note.encode())
    assert (article.title, article.published) == ("Raid on Maarat", dt.date(2016, 3, 3))
    assert article.text.lstrip().startswith("Date: 1 March 2016")
    plain = "---\n\nA line of dashes is not front matter: Warplanes struck Maarat.\n---\nMore."
    assert read_upload("rule.md", plain.encode()).text == plain


def test_docx_paragraphs_are_read():
    import docx

    document = docx.Document()
    document.add_paragraph("9 August 2018")
    document.add_paragraph("A coalition raid hit a bus in Dahyan.")
    buffer = io.BytesIO()
    document.save(buffer)
    article = read_upload("dahyan.docx", buffer.getvalue())
    assert article.text == "9 August 2018\n\nA coalition raid hit a bus in Dahyan."
    assert article.published == dt.date(2018, 8, 9)


def test_pdf_text_is_read():
    article = read_upload("raid.pdf", _tiny_pdf("Jets struck Hama on 3 May 2016."))
    assert "Jets struck Hama" in article.text


def test_broken_pdf_and_docx_are_reported():
    with pytest.raises(UnreadableArticle, match="not a readable PDF"):
        read_upload("broken.pdf", b"%PDF-1.4 this is not really a pdf")
    with pytest.raises(UnreadableArticle, match="not a readable .docx"):
        read_upload("broken.docx", b"not a zip at all")


def test_headline_skips_datelines_and_short_lines():
    assert headline("1 Oct 2015\n\nBy staff\n\nUS and Russia to hold talks on Syria air strikes\n") == (
        "US and Russia to hold talks on Syria air strikes"
    )


def _tiny_pdf(text: str) -> bytes:
    return pdf_bytes(text)


def test_oversized_file_is_refused_with_the_limit(tmp_path: Path):
    (tmp_path / "huge.txt").write_bytes(b"a" * (20 * 1024 * 1024 + 1))
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    articles, errors = read_all(tmp_path / "huge.txt", tmp_path / "report.txt")
    assert len(articles) == 1
    assert len(errors) == 1 and "huge.txt" in errors[0] and "larger than 20 MB" in errors[0]

import io

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from startlan_desktop.ui.printing import PdfPrinter


def test_export_pdf_writes_the_sheet_and_opens_it(window, tmp_path, monkeypatch):
    out = tmp_path / "ark.pdf"
    opened = []
    monkeypatch.setattr(window.exports, "ask_pdf_path", lambda: str(out))
    monkeypatch.setattr(window.exports, "reveal", opened.append)
    window.table.horizontalHeader().sectionClicked.emit(2)
    assert window.export_pdf() == out
    assert opened == [out]
    text = "".join(p.extract_text() for p in PdfReader(out).pages).replace("\u00a0", " ")
    assert window.table.cell_text("monthly_payment", 2).replace("\u00a0", " ") in text
    assert "Med 50 års løpetid og flytende rente" in text


def test_no_sheet_while_a_field_is_invalid(window, qtbot, monkeypatch):
    errors = []
    monkeypatch.setattr(window, "show_error", errors.append)
    window.inputs.setCurrentIndex(5)
    rate = next(f.widget for f in window.loans.form.fields if f.attr == "base_rate_pct")
    rate.setText("x")
    rate.textEdited.emit("x")
    assert window.sheet_pdf() is None and errors


def test_print_paints_the_same_pages_as_the_pdf(window, tmp_path):
    pdf = window.sheet_pdf()
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    printer_doc = PdfPrinter(pdf, window)
    assert printer_doc.page_count == pages
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    printer_doc.paint(printer)
    printer_doc.close()
    assert len(PdfReader(out).pages) == pages

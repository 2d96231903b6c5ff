"""Printing and exporting forms: preview inside the app (QtPdf), print, and export one form or a batch
(a client, a coach's month, a supervisor's team's month) as one PDF or as a ZIP — off the GUI thread,
with progress and Cancel. Every preview, export and print is audited by the forms service."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QPointF, QSize
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import CodedError
from app.services.forms import Cancelled, Zipped, file_name, merge_pdfs
from app.services.workspace import Workspace
from app.ui.i18n import month_input_format, tr
from app.ui.messages import error_text
from app.ui.tasks import Task, run_task

SCOPE_CLIENT, SCOPE_COACH, SCOPE_TEAM = "client", "coach", "team"


class PdfPreview(QDialog):
    """Shows a rendered PDF inside the app; Ctrl+P prints it (printing is audited as a print)."""

    def __init__(
        self,
        pdf: bytes,
        title: str,
        on_print: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(tr("预览 — {title}").format(title=title))
        self.setAccessibleName(tr("表单预览"))
        self.resize(QSize(820, 1000))
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setAccessibleName(tr("PDF 页面"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        buttons = QDialogButtonBox(self)
        self.print_button = buttons.addButton(tr("打印…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setAccessibleName(tr("打印此表单"))
        self.print_button.setEnabled(on_print is not None)
        close = buttons.addButton(tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAccessibleName(tr("关闭预览"))
        buttons.rejected.connect(self.reject)
        if on_print is not None:
            self.print_button.clicked.connect(on_print)
            shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
            shortcut.activated.connect(on_print)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)

    def page_count(self) -> int:
        return self.document.pageCount()


def print_pdf(pdf: bytes, parent: QWidget) -> bool:
    """Send a PDF to a printer chosen in the system dialog. Returns whether it was printed."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    paint_pdf(pdf, printer)
    return True


def paint_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Draw every page of ``pdf`` onto ``printer`` (page by page, at the printer's resolution)."""
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    painter = QPainter(printer)
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            target = printer.pageRect(QPrinter.Unit.DevicePixel).size().toSize()
            image = document.render(page, target)
            painter.drawImage(QPointF(0, 0), image)
    finally:
        painter.end()
    return document.pageCount()


class FormsDialog(QDialog):
    """Choose a form, whose records and which month; then preview, print, or export."""

    def __init__(self, workspace: Workspace, *, client_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = workspace
        self.client_id = client_id
        self.task: Task | None = None
        self.last_written: Path | None = None
        self.setWindowTitle(tr("打印与导出表单"))
        self.setAccessibleName(tr("打印与导出表单"))

        self.form = QComboBox(self)
        self.form.setAccessibleName(tr("表单"))
        for info in workspace.forms.catalogue():
            self.form.addItem(tr("{title}（{code}）").format(title=info.title, code=info.code), info.code)

        self.scope = QComboBox(self)
        self.scope.setAccessibleName(tr("范围"))
        if client_id:
            self.scope.addItem(tr("当前服务对象"), SCOPE_CLIENT)
        self.scope.addItem(tr("一名辅导员的服务对象"), SCOPE_COACH)
        actor = workspace.actor
        if actor is not None and actor.is_supervisor:
            self.scope.addItem(tr("我的团队（全部辅导员）"), SCOPE_TEAM)

        self.coach = QComboBox(self)
        self.coach.setAccessibleName(tr("辅导员"))
        for user in workspace.people.users():
            if user.role == "coach":
                self.coach.addItem(user.display_name, user.id)
        if actor is not None:
            index = self.coach.findData(actor.user_id)
            if index >= 0:
                self.coach.setCurrentIndex(index)

        self.month = QDateEdit(self)
        self.month.setAccessibleName(tr("月份"))
        self.month.setDisplayFormat(month_input_format())
        self.month.setCalendarPopup(True)
        today = workspace.ctx.today()
        self.month.setDate(QDate(today.year, today.month, 1))
        self.whole_period = QCheckBox(tr("不限月份（非月度表单）"), self)
        self.whole_period.setAccessibleName(tr("不限月份"))

        self.full_numbers = QCheckBox(tr("打印完整证件号（需有权限，并记入审计日志）"), self)
        self.full_numbers.setAccessibleName(tr("打印完整证件号"))

        self.out = QLineEdit(self)
        self.out.setAccessibleName(tr("导出文件"))
        self.out.setPlaceholderText(tr("导出文件路径（.pdf 或 .zip）"))
        browse = QPushButton(tr("浏览…"), self)
        browse.setAccessibleName(tr("选择导出文件"))
        browse.clicked.connect(self._browse)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out)
        out_row.addWidget(browse)

        self.status = QLabel(self)
        self.status.setAccessibleName(tr("状态"))
        self.status.setWordWrap(True)

        self.preview_button = QPushButton(tr("预览(&V)"), self)
        self.preview_button.setAccessibleName(tr("预览第一份表单"))
        self.print_button = QPushButton(tr("打印(&P)…"), self)
        self.print_button.setAccessibleName(tr("打印"))
        self.pdf_button = QPushButton(tr("导出为一个 PDF(&E)"), self)
        self.pdf_button.setAccessibleName(tr("导出为一个PDF文件"))
        self.zip_button = QPushButton(tr("导出为 ZIP(&Z)"), self)
        self.zip_button.setAccessibleName(tr("导出为ZIP压缩包"))
        close = QPushButton(tr("关闭"), self)
        close.setAccessibleName(tr("关闭"))
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_forms)
        self.pdf_button.clicked.connect(lambda: self.export(as_zip=False))
        self.zip_button.clicked.connect(lambda: self.export(as_zip=True))
        close.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(tr("表单(&F)："), self.form)
        form.addRow(tr("范围(&S)："), self.scope)
        form.addRow(tr("辅导员(&C)："), self.coach)
        form.addRow(tr("月份(&M)："), self.month)
        form.addRow("", self.whole_period)
        form.addRow("", self.full_numbers)
        out_label = QLabel(tr("导出到(&O)："), self)  # a row of widgets: the label needs its buddy
        out_label.setBuddy(self.out)
        form.addRow(out_label, out_row)
        buttons = QHBoxLayout()
        for b in (self.preview_button, self.print_button, self.pdf_button, self.zip_button, close):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self._scope_changed()

    # -- choices ---------------------------------------------------------------------------------------

    def _scope_changed(self) -> None:
        self.coach.setEnabled(self.scope.currentData() == SCOPE_COACH)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("导出到"), self.out.text(), "PDF (*.pdf);;ZIP (*.zip)")
        if path:
            self.out.setText(path)

    def selected_month(self) -> str | None:
        if self.whole_period.isChecked():
            return None
        d = self.month.date()
        return f"{d.year():04d}-{d.month():02d}"

    def subject_keys(self) -> list[str]:
        code = self.form.currentData()
        month = self.selected_month()
        scope = self.scope.currentData()
        if scope == SCOPE_CLIENT:
            return self.ws.forms.subject_keys(code, client_id=self.client_id, month=month)
        if scope == SCOPE_COACH:
            return self.ws.forms.subject_keys(code, coach_id=self.coach.currentData(), month=month)
        actor = self.ws.actor
        team = [
            u.id
            for u in self.ws.people.users()
            if u.role == "coach" and actor and u.supervisor_id == actor.user_id
        ]
        keys: list[str] = []
        for coach_id in team:
            keys += [
                k for k in self.ws.forms.subject_keys(code, coach_id=coach_id, month=month) if k not in keys
            ]
        return keys

    # -- actions ---------------------------------------------------------------------------------------

    def _keys_or_say(self) -> list[str] | None:
        try:
            keys = self.subject_keys()
        except CodedError as exc:
            self.status.setText(error_text(exc))
            return None
        if not keys:
            self.status.setText(tr("没有符合条件的记录。"))
            return None
        return keys

    def preview(self) -> PdfPreview | None:
        keys = self._keys_or_say()
        if keys is None:
            return None
        code = self.form.currentData()
        try:
            pdf = self.ws.forms.render(
                code, keys[0], full_numbers=self.full_numbers.isChecked(), action="preview"
            )
        except CodedError as exc:
            self.status.setText(error_text(exc))
            return None

        def print_it() -> None:
            if print_pdf(pdf, preview):
                # Printing is its own audited act (the preview was audited as a preview).
                self.ws.forms.render(
                    code, keys[0], full_numbers=self.full_numbers.isChecked(), action="print"
                )

        preview = PdfPreview(pdf, self.form.currentText(), print_it, self)
        preview.show()
        self.status.setText(tr("预览：共 %n 份中的第 1 份。", None, len(keys)))
        return preview

    def _batch(self, action: str, done: Callable[[list[tuple[str, bytes]]], None]) -> None:
        keys = self._keys_or_say()
        if keys is None:
            return
        code = self.form.currentData()
        full = self.full_numbers.isChecked()

        def work(
            progress: Callable[[int, int], None], cancelled: Callable[[], bool]
        ) -> list[tuple[str, bytes]]:
            # runs off the GUI thread
            return self.ws.forms.render_batch(
                code, keys, full_numbers=full, action=action, progress=progress, cancelled=cancelled
            )

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Cancelled):
                self.status.setText(tr("已取消，没有写入任何文件。"))
            elif isinstance(exc, CodedError):
                self.status.setText(error_text(exc))
            else:
                QMessageBox.critical(self, tr("导出失败"), f"{type(exc).__name__}: {exc}")

        self.task = run_task(
            work,
            title=tr("生成表单"),
            label=tr("正在生成表单"),
            parent=self,
            on_success=done,
            on_error=failed,
        )

    def export(self, *, as_zip: bool) -> None:
        target = self.out.text().strip()
        if not target:
            self.status.setText(tr("请先选择导出文件。"))
            self.out.setFocus()
            return
        path = Path(target)
        path = path.with_suffix(".zip" if as_zip else ".pdf")
        code = self.form.currentData()

        def write(rendered: list[tuple[str, bytes]]) -> None:
            if as_zip:
                data = Zipped([(file_name(code, key), pdf) for key, pdf in rendered]).bytes()
            else:
                data = merge_pdfs([pdf for _key, pdf in rendered])
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_name(path.name + ".part")
                tmp.write_bytes(data)
                tmp.replace(path)
            except OSError as exc:
                self.status.setText(tr("无法写入 {path}：{error}").format(path=path, error=exc.strerror))
                return
            self.last_written = path
            self.status.setText(tr("已导出 %n 份表单到 {path}", None, len(rendered)).format(path=path))

        self._batch("export", write)

    def print_forms(self) -> None:
        """Choose the printer first, then render (audited as a print) and send the pages."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return

        def send(rendered: list[tuple[str, bytes]]) -> None:
            pages = paint_pdf(merge_pdfs([pdf for _k, pdf in rendered]), printer)
            self.status.setText(
                tr("已发送 %n 份表单（{pages} 页）到打印机。", None, len(rendered)).format(pages=pages)
            )

        self._batch("print", send)

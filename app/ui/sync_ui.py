"""Sync in the window: logging in to the organisation's server, "Sync now", automatic sync, the
status in the status bar, and the conflict dialog.

The sync itself runs on a worker thread (``app.ui.tasks``): interactively with a progress dialog and
Cancel, automatically in the background without one. Its outcome comes back to the GUI thread, which
refreshes the views and says what happened: nothing lost is ever the message of a failure, because
nothing is (unsent changes stay in the workspace whatever goes wrong).
"""

from __future__ import annotations

import json
import platform
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import CodedError
from app.host.tokens import TokenStore
from app.services.sync_status import ConflictView
from app.services.workspace import Workspace
from app.sync.engine import MassDeletion, SyncCancelled, SyncEngine, SyncReport, bound_server
from app.sync.login import log_in, log_out, open_api
from app.sync.transport import AuthRequired, ServerUnreachable
from app.ui.common import (
    RecordTableModel,
    TableColumn,
    ask,
    error_text,
    message_label,
    push_button,
    record_table,
    show_message,
)
from app.ui.i18n import QT_TR_NOOP, format_datetime, tr
from app.ui.session_form import FIELD_LABELS as SESSION_FIELDS
from app.ui.tasks import Task, run_in_background, run_task

#: Record kinds as a person calls them (the conflict dialog).
TABLE_LABELS = {
    "clients": QT_TR_NOOP("服务对象登记"),
    "disabilities": QT_TR_NOOP("残疾情况"),
    "consents": QT_TR_NOOP("知情同意"),
    "assessments": QT_TR_NOOP("评估"),
    "employment_plans": QT_TR_NOOP("就业计划"),
    "plan_goals": QT_TR_NOOP("计划目标"),
    "session_records": QT_TR_NOOP("服务记录"),
    "placements": QT_TR_NOOP("就业安置"),
    "retention_checkpoints": QT_TR_NOOP("稳定就业回访"),
    "closures": QT_TR_NOOP("结案"),
    "employers": QT_TR_NOOP("用人单位"),
    "employer_contacts": QT_TR_NOOP("单位联系人"),
    "job_analyses": QT_TR_NOOP("岗位分析"),
}

#: Field names as a person calls them (others show the stored name).
FIELD_NAMES = {
    "name": QT_TR_NOOP("姓名/名称"),
    "phone": QT_TR_NOOP("电话"),
    "village": QT_TR_NOOP("村（社区）"),
    "address": QT_TR_NOOP("地址"),
    "notes": QT_TR_NOOP("备注"),
    "work_history": QT_TR_NOOP("工作经历"),
    "benefits": QT_TR_NOOP("享受待遇"),
    "guardian_name": QT_TR_NOOP("监护人姓名"),
    "guardian_phone": QT_TR_NOOP("监护人电话"),
    "guardian_relation": QT_TR_NOOP("与监护人关系"),
    "town_code": QT_TR_NOOP("镇街"),
    "status": QT_TR_NOOP("状态"),
    "phase": QT_TR_NOOP("服务阶段"),
    "deleted_at": QT_TR_NOOP("是否删除"),
}

#: Sync error codes as sentences (the transport and engine raise these codes).
SYNC_ERRORS = {
    "login_failed": QT_TR_NOOP("用户名或密码不正确。"),
    "account_disabled": QT_TR_NOOP("这个账号已停用，请联系机构管理员。"),
    "token_revoked": QT_TR_NOOP("这台电脑的登录已被撤销，请重新登录。未同步的修改仍保存在本机。"),
    "token_expired": QT_TR_NOOP("登录已过期，请重新登录。未同步的修改仍保存在本机。"),
    "token_invalid": QT_TR_NOOP("服务器不认识这台电脑的登录，请重新登录。未同步的修改仍保存在本机。"),
    "token_missing": QT_TR_NOOP("尚未登录服务器（或系统钥匙串里没有登录凭据），请登录。"),
    "not_logged_in": QT_TR_NOOP("这个工作区还没有连接机构服务器。"),
    "server_unreachable": QT_TR_NOOP("无法连接服务器，请稍后再试。未同步的修改仍保存在本机。"),
    "insecure_server": QT_TR_NOOP(
        "地址以 http:// 开头，连接不加密。请使用 https://，或在可信网络中勾选“允许不加密连接”。"
    ),
    "bad_server_url": QT_TR_NOOP("服务器地址不正确。"),
    "protocol_too_old": QT_TR_NOOP("服务器需要更新版本的 CoachDesk，请先升级。"),
    "client_too_old": QT_TR_NOOP("服务器需要更新版本的 CoachDesk，请先升级。"),
    "workspace_other_organisation": QT_TR_NOOP(
        "这个工作区里已有离线创建的机构或演示数据，不能连接服务器。请用新的数据文件夹登录。"
    ),
    "workspace_other_user": QT_TR_NOOP("这个工作区属于另一位用户或另一台服务器。请用新的数据文件夹登录。"),
    "cancelled": QT_TR_NOOP("同步已取消，已下载的部分下次继续。"),
}


def sync_error_text(exc: BaseException) -> str:
    if isinstance(exc, CodedError) and exc.code in SYNC_ERRORS:
        return tr(SYNC_ERRORS[exc.code])
    if isinstance(exc, CodedError):
        return error_text(exc)
    return tr("同步时出现意外错误：{error}").format(error=type(exc).__name__)


class SyncController(QObject):
    """Runs syncs for one window and keeps its status text current."""

    status_changed = Signal(str)
    synced = Signal()

    def __init__(self, ws: Workspace, window: QWidget, *, tokens: TokenStore | None = None):
        super().__init__(window)
        self.ws = ws
        self.window = window
        self.tokens = tokens or TokenStore()
        self.busy = False
        self.last_error: str | None = None
        self.task: Task | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.sync_now(interactive=False))
        self.configure_timer()

    def configure_timer(self) -> None:
        minutes = int(self.ws.ctx.settings.get("sync_interval_minutes"))
        if minutes > 0 and bound_server(self.ws.ctx.uow) is not None:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    # -- status ----------------------------------------------------------------------------------------

    def status_text(self) -> str:
        bound = bound_server(self.ws.ctx.uow)
        if bound is None:
            return tr("仅本机（未连接服务器）")
        counts = self.ws.sync.counts()
        parts = []
        if self.busy:
            parts.append(tr("正在同步…"))
        elif self.last_error:
            parts.append(self.last_error)
        if counts["conflict"]:
            parts.append(tr("%n 处冲突待解决", None, counts["conflict"]))
        if counts["error"]:
            parts.append(tr("%n 条上传失败", None, counts["error"]))
        if counts["pending"]:
            parts.append(tr("%n 条待上传", None, counts["pending"]))
        if not parts:
            parts.append(tr("已同步"))
        if bound["last_sync"]:
            when = (
                datetime.fromisoformat(bound["last_sync"])
                .replace(tzinfo=UTC)
                .astimezone()
                .replace(tzinfo=None)
            )
            parts.append(tr("上次同步 {time}").format(time=format_datetime(when)))
        return " · ".join(parts)

    def refresh_status(self) -> None:
        self.status_changed.emit(self.status_text())

    # -- syncing ---------------------------------------------------------------------------------------

    def _work(self, allow_deletions: bool) -> Callable[..., SyncReport]:
        uow, tokens = self.ws.ctx.uow, self.tokens

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> SyncReport:
            api = open_api(uow, tokens=tokens)
            try:
                engine = SyncEngine(
                    uow, api, progress=lambda _stage, d, t: progress(d, t), cancelled=cancelled
                )
                return engine.run(allow_deletions=allow_deletions)
            finally:
                api.close()

        return work

    def sync_now(self, *, interactive: bool = True, allow_deletions: bool = False) -> None:
        if self.busy:
            return
        if bound_server(self.ws.ctx.uow) is None:
            if interactive:
                self.log_in()
            return
        self.busy = True
        self.refresh_status()
        work = self._work(allow_deletions)
        done = lambda report: self._done(report, interactive)  # noqa: E731
        failed = lambda error: self._failed(error, interactive)  # noqa: E731
        if interactive:
            self.task = run_task(
                work,
                title=tr("同步"),
                label=tr("正在与服务器同步"),
                parent=self.window,
                on_success=done,
                on_error=failed,
            )
        else:
            self.task = run_in_background(work, parent=self, on_success=done, on_error=failed)

    def stop(self) -> None:
        """Ask a running sync to stop at its next step and wait for it (the window is closing). What
        it pulled so far is kept and the next sync resumes."""
        self.timer.stop()
        task = self.task
        if task is not None and not task.done:
            task.cancel()
            if task._worker is not None:
                task._worker.wait(30_000)

    def _done(self, report: SyncReport, interactive: bool) -> None:
        self.busy = False
        self.last_error = None
        if report.digest_mismatch:
            self.last_error = tr("与服务器的核对不一致")
        self.refresh_status()
        self.synced.emit()
        if interactive and (report.rejected or report.digest_mismatch or report.kept_out_of_scope):
            lines = []
            if report.rejected:
                lines.append(
                    tr(
                        "服务器拒收了 %n 条记录（已保留在本机，标记为“上传失败”）。",
                        None,
                        len(report.rejected),
                    )
                )
            if report.digest_mismatch:
                lines.append(
                    tr("重新核对后，本机与服务器仍有差异：{tables}").format(
                        tables="、".join(report.digest_mismatch)
                    )
                )
            if report.kept_out_of_scope:
                lines.append(
                    tr(
                        "%n 位服务对象已转给其他辅导员，但本机还有未上传的修改，暂时保留。",
                        None,
                        len(report.kept_out_of_scope),
                    )
                )
            QMessageBox.warning(self.window, tr("同步完成，但有需要注意的地方"), "\n".join(lines))
        if (
            interactive
            and report.open_conflicts
            and ask(
                self.window,
                tr("同步冲突"),
                tr(
                    "有 %n 处修改与别人的修改冲突，两边的内容都已保存。现在处理吗？",
                    None,
                    report.open_conflicts,
                ),
                tr("处理冲突(&R)"),
                tr("稍后"),
            )
        ):
            self.show_conflicts()

    def _failed(self, error: BaseException, interactive: bool) -> None:
        self.busy = False
        self.last_error = tr("离线") if isinstance(error, ServerUnreachable) else tr("同步未完成")
        self.refresh_status()
        if isinstance(error, MassDeletion):
            count = int(error.params.get("count", 0))
            if interactive and ask(
                self.window,
                tr("确认删除"),
                tr(
                    "服务器上删除了 %n 条本机仍有的记录。要在本机也删除吗？（删除的记录仍可在服务器上找回）",
                    None,
                    count,
                ),
                tr("应用删除(&A)"),
                tr("暂不"),
            ):
                self.sync_now(allow_deletions=True)
            return
        if not interactive or isinstance(error, SyncCancelled):
            return
        QMessageBox.warning(self.window, tr("同步"), sync_error_text(error))
        if isinstance(error, AuthRequired):
            self.log_in()

    # -- logging in and out ----------------------------------------------------------------------------

    def log_in(self) -> bool:
        bound = bound_server(self.ws.ctx.uow)
        dialog = LoginDialog(self.ws, self.tokens, bound, parent=self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.configure_timer()
        self.refresh_status()
        self.synced.emit()
        return True

    def log_out(self) -> None:
        if not ask(
            self.window,
            tr("退出服务器登录"),
            tr("这台电脑将不再与服务器同步，直到再次登录。未同步的修改会保留在本机。"),
            tr("退出登录(&O)"),
        ):
            return
        log_out(self.ws.ctx.uow, tokens=self.tokens)
        self.timer.stop()
        self.refresh_status()

    def show_conflicts(self, *, client_id: str | None = None) -> None:
        ConflictDialog(self.ws, client_id, parent=self.window).exec()
        self.refresh_status()
        self.synced.emit()


class LoginDialog(QDialog):
    """Log this workspace in to the organisation's server; the first sync runs right after."""

    def __init__(
        self, ws: Workspace, tokens: TokenStore, bound: dict[str, Any] | None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ws, self.tokens = ws, tokens
        self.setWindowTitle(tr("登录机构服务器"))
        self.setAccessibleName(tr("登录机构服务器"))
        form = QFormLayout()
        self.server = QLineEdit((bound or {}).get("server") or "https://")
        self.server.setAccessibleName(tr("服务器地址"))
        self.username = QLineEdit((bound or {}).get("username") or "")
        self.username.setAccessibleName(tr("用户名"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(tr("密码"))
        self.device = QLineEdit(platform.node() or "CoachDesk")
        self.device.setAccessibleName(tr("这台电脑的名称"))
        self.device.setAccessibleDescription(tr("机构管理员在设备列表里看到的名称"))
        self.insecure = QCheckBox(tr("允许不加密的 http 连接（仅限可信的内部网络）(&I)"))
        self.insecure.setAccessibleName(tr("允许不加密的 http 连接"))
        self.insecure.setChecked(bool((bound or {}).get("allow_insecure")))
        form.addRow(tr("服务器地址(&S)："), self.server)
        form.addRow(tr("用户名(&U)："), self.username)
        form.addRow(tr("密码(&P)："), self.password)
        form.addRow(tr("电脑名称(&N)："), self.device)
        form.addRow("", self.insecure)
        note = QLabel(tr("密码只用于这次登录，不会保存；登录凭据保存在系统钥匙串中。"))
        note.setWordWrap(True)
        self.message = message_label(tr("登录提示"))
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(tr("登录并同步(&L)"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok.setAccessibleName(tr("登录并同步"))
        cancel.setAccessibleName(tr("取消"))
        self.ok.setDefault(True)
        self.ok.clicked.connect(self._log_in)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        (self.password if self.username.text() else self.server).setFocus()

    def _log_in(self) -> None:
        server, user, password = (
            self.server.text().strip(),
            self.username.text().strip(),
            self.password.text(),
        )
        if not user or not password or server in ("", "https://"):
            show_message(self.message, tr("请填写服务器地址、用户名和密码。"))
            return
        ws, tokens, device, insecure = (
            self.ws,
            self.tokens,
            self.device.text().strip(),
            self.insecure.isChecked(),
        )

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> str:
            answer = log_in(
                ws.ctx.uow,
                server,
                user,
                password,
                device or "CoachDesk",
                allow_insecure=insecure,
                tokens=tokens,
            )
            api = open_api(ws.ctx.uow, tokens=tokens)
            try:
                SyncEngine(
                    ws.ctx.uow, api, progress=lambda _s, d, t: progress(d, t), cancelled=cancelled
                ).run()
            finally:
                api.close()
            return answer.user.id

        def done(user_id: str) -> None:
            self.password.clear()
            ws.people.sign_in(user_id)
            self.accept()

        def failed(error: BaseException) -> None:
            self.password.clear()
            show_message(self.message, sync_error_text(error))

        self.ok.setEnabled(False)
        task = run_task(
            work,
            title=tr("登录"),
            label=tr("正在登录并下载数据"),
            parent=self,
            on_success=done,
            on_error=failed,
        )
        task.finished.connect(lambda: self.ok.setEnabled(True))


def _field_name(conflict: ConflictView) -> str:
    if conflict.table_name == "session_records" and conflict.field in SESSION_FIELDS:
        return tr(SESSION_FIELDS[conflict.field])
    label = FIELD_NAMES.get(conflict.field)
    return tr(label) if label is not None else conflict.field


def _show(value: Any, field: str) -> str:
    if field == "deleted_at":
        return tr("已删除") if value else tr("未删除")
    if value is None or value == "":
        return tr("（空）")
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class ConflictDialog(QDialog):
    """The open conflicts, one at a time: both values side by side; keep the current one or take the
    other. Each choice is saved at once; closing leaves the rest open (nothing is discarded)."""

    def __init__(self, ws: Workspace, client_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws, self.client_id = ws, client_id
        self.setWindowTitle(tr("同步冲突"))
        self.setAccessibleName(tr("同步冲突"))
        self.resize(760, 520)
        self.model = RecordTableModel(
            [
                TableColumn(tr("记录"), lambda c: tr(TABLE_LABELS.get(c.table_name, c.table_name))),
                TableColumn(tr("字段"), lambda c: _field_name(c)),
                TableColumn(tr("当前值"), lambda c: _show(c.current, c.field)),
                TableColumn(tr("另一版本"), lambda c: _show(c.other, c.field)),
            ],
            row_id=lambda c: c.id,
            parent=self,
        )
        self.view = record_table(tr("冲突列表"), self.model)
        self.current = QPlainTextEdit()
        self.current.setReadOnly(True)
        self.current.setTabChangesFocus(True)
        self.current.setAccessibleName(tr("当前值"))
        self.other = QPlainTextEdit()
        self.other.setReadOnly(True)
        self.other.setTabChangesFocus(True)
        self.other.setAccessibleName(tr("另一版本"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(tr("更正原因"))
        self.reason.setPlaceholderText(tr("已定稿的记录：采用另一版本会生成一条更正，请写明原因"))
        self.message = message_label(tr("冲突处理提示"))
        self.keep = push_button(
            tr("保留当前值(&K)"), tr("保留当前值"), tr("记录保持现在的内容，冲突标记为已处理")
        )
        self.take = push_button(tr("采用另一版本(&T)"), tr("采用另一版本"), tr("把记录改为另一版本的内容"))
        close = push_button(tr("关闭(&C)"), tr("关闭"))
        self.keep.clicked.connect(lambda: self._resolve(take_other=False))
        self.take.clicked.connect(lambda: self._resolve(take_other=True))
        close.clicked.connect(self.accept)
        values = QHBoxLayout()
        for title, box in (
            (tr("当前值（记录现在的内容）"), self.current),
            (tr("另一版本（另一方的修改）"), self.other),
        ):
            column = QVBoxLayout()
            label = QLabel(title)
            label.setBuddy(box)
            column.addWidget(label)
            column.addWidget(box)
            values.addLayout(column)
        actions = QHBoxLayout()
        actions.addWidget(self.keep)
        actions.addWidget(self.take)
        actions.addStretch(1)
        actions.addWidget(close)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("两边的修改都已保存。请逐条选择保留哪一个；未处理的冲突会一直保留。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.view, 2)
        layout.addLayout(values, 1)
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(self.ws.sync.open_conflicts(self.client_id))
        has = self.model.rowCount() > 0
        for widget in (self.keep, self.take, self.reason):
            widget.setEnabled(has)
        if has:
            self.view.selectRow(0)
            self.view.setFocus()
        self._show_current()

    def _selected(self) -> ConflictView | None:
        index = self.view.currentIndex()
        return self.model.row_object(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        conflict = self._selected()
        self.current.setPlainText(_show(conflict.current, conflict.field) if conflict else "")
        self.other.setPlainText(_show(conflict.other, conflict.field) if conflict else "")
        self.reason.setVisible(bool(conflict and conflict.record_final))
        show_message(self.message, None if conflict else tr("没有待处理的冲突。"), info=True)

    def _resolve(self, *, take_other: bool) -> None:
        conflict = self._selected()
        if conflict is None:
            return
        try:
            self.ws.sync.resolve(conflict.id, take_other=take_other, amendment_reason=self.reason.text())
        except CodedError as exc:
            show_message(self.message, error_text(exc))
            (self.reason if exc.code == "reason_required" else self.view).setFocus()
            return
        self.reason.clear()
        self.reload()


__all__ = ["ConflictDialog", "LoginDialog", "SyncController", "sync_error_text"]

"""The main window: the caseload list with search and filters, and the client files in tabs.

The first tab is the caseload; activating a client (double-click or Enter) opens the client's file
(:class:`~app.ui.client_file.ClientFileWidget`) in a tab of its own — or goes to it if it is open.
``Ctrl+W`` closes a client tab (an open session form saves what was typed first).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTabBar,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.domain.errors import DomainError
from app.services.demo import DemoBuilder
from app.services.workspace import Workspace
from app.storage.errors import StorageError
from app.sync.engine import bound_server
from app.ui.caseload_model import COLUMNS, CaseloadModel, IdRole
from app.ui.client_file import ClientFileWidget
from app.ui.client_form import new_client
from app.ui.common import apply_zoom, name_tab_bar_buttons
from app.ui.dashboard import Dashboard
from app.ui.dialogs import ROLE_LABELS
from app.ui.due_panel import DuePanel
from app.ui.employers import EmployersWindow, open_employers
from app.ui.forms_dialog import FormsDialog
from app.ui.i18n import QT_TR_NOOP, language, tr
from app.ui.messages import error_text
from app.ui.settings_dialog import SettingsDialog
from app.ui.sync_ui import SyncController
from app.ui.tasks import Task, run_task

__all__ = ["SEARCH_DEBOUNCE_MS", "WINDOW_TITLE", "MainWindow"]

WINDOW_TITLE = QT_TR_NOOP("CoachDesk 就业辅导工作台")
#: How long typing must pause before the caseload is searched.
SEARCH_DEBOUNCE_MS = 200

ALL = QT_TR_NOOP("全部")

#: Narrowest width of a caseload column, in widths of one Chinese character.
COLUMN_MIN_EM = {
    "name": 6,
    "id_masked": 10,
    "sex": 3,
    "town": 7,
    "status": 5,
    "coach": 6,
    "intake_date": 7,
    "last_session": 7,
}


class MainWindow(QMainWindow):
    """The first main window: the caseload of the workspace, searchable and filterable.

    Signals:
        clientActivated(str): a client row was activated (double-click or Enter); the client id.
    """

    clientActivated = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        ref = workspace.ctx.reference
        self.setWindowTitle(tr(WINDOW_TITLE))
        self.setAccessibleName(tr(WINDOW_TITLE))
        self.resize(1100, 680)

        self.sync = SyncController(workspace, self)
        self.model = CaseloadModel(workspace.clients, ref, self, sync_states=self._sync_states)

        # -- search and filters -----------------------------------------------------------------------
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(tr("搜索姓名、身份证号后四位、电话"))
        self.search_edit.setAccessibleName(tr("搜索服务对象"))
        self.search_edit.setAccessibleDescription(tr("输入姓名、身份证号后四位或电话，列表随输入更新"))
        self.search_edit.setClearButtonEnabled(True)
        for button in self.search_edit.findChildren(QAbstractButton):
            button.setAccessibleName(tr("清除搜索"))
            button.setToolTip(tr("清除搜索"))
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DEBOUNCE_MS)

        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(tr("按状态筛选"))
        self.status_combo.addItem(tr(ALL), None)
        for code in ref.codes("client_status").values():
            self.status_combo.addItem(code.name(language()), code.code)

        self.town_combo = QComboBox()
        self.town_combo.setAccessibleName(tr("按镇街筛选"))
        self.town_combo.addItem(tr(ALL), None)
        for town in ref.towns.values():
            self.town_combo.addItem(town.name, town.code)
        self.town_combo.setMaxVisibleItems(20)

        self.phase_combo = QComboBox()
        self.phase_combo.setAccessibleName(tr("按服务阶段筛选"))
        self.phase_combo.addItem(tr(ALL), None)
        for code in ref.codes("phase").values():
            self.phase_combo.addItem(code.name(language()), code.code)

        self.coach_combo = QComboBox()
        self.coach_combo.setAccessibleName(tr("按辅导员筛选"))
        self.coach_combo.addItem(tr(ALL), None)
        for user in workspace.people.users():
            if user.role in ("coach", "supervisor"):
                self.coach_combo.addItem(user.display_name, user.id)

        self.due_check = QCheckBox(tr("只看有待办的(&U)"))
        self.due_check.setAccessibleName(tr("只看有待办事项的服务对象"))

        def labelled(row: QHBoxLayout, text: str, widget: QWidget, stretch: int) -> None:
            label = QLabel(text)
            label.setBuddy(widget)
            if row.count():
                row.addSpacing(12)
            row.addWidget(label)
            row.addWidget(widget, stretch)

        filters = QHBoxLayout()
        labelled(filters, tr("搜索(&S)："), self.search_edit, 3)
        labelled(filters, tr("状态(&T)："), self.status_combo, 1)
        labelled(filters, tr("镇街(&W)："), self.town_combo, 1)
        more_filters = QHBoxLayout()
        labelled(more_filters, tr("阶段(&A)："), self.phase_combo, 1)
        labelled(more_filters, tr("辅导员(&C)："), self.coach_combo, 1)
        more_filters.addSpacing(12)
        more_filters.addWidget(self.due_check)
        more_filters.addStretch(2)

        # -- the table --------------------------------------------------------------------------------
        self.table = QTableView()
        self.table.setAccessibleName(tr("服务对象列表"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        # Tab moves on to the next control instead of from cell to cell (arrow keys move in the table).
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setCornerButtonEnabled(False)
        for button in self.table.findChildren(QAbstractButton):  # the (disabled) corner button
            button.setAccessibleName(tr("全选"))
        header = self.table.horizontalHeader()
        header.setAccessibleName(tr("列标题"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        # Set the indicator before enabling sorting: enabling sorts by the indicator at once.
        header.setSortIndicator(self.model.sort_column(), self.model.sort_order())
        self.table.setSortingEnabled(True)
        self._size_columns()

        self.count_label = QLabel()
        self.count_label.setAccessibleName(tr("服务对象总数"))

        self.caseload_page = QWidget()
        layout = QVBoxLayout(self.caseload_page)
        layout.addLayout(filters)
        layout.addLayout(more_filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("工作区"))
        self.tabs.tabBar().setAccessibleName(tr("工作区分页"))
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(False)
        self.tabs.addTab(self.caseload_page, tr("服务对象列表"))
        for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide):
            close = self.tabs.tabBar().tabButton(0, side)
            if close is not None:  # the caseload tab cannot be closed
                self.tabs.tabBar().setTabButton(0, side, None)
                close.setParent(None)
                close.deleteLater()
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+Tab switches; Tab skips the bar
        self.setCentralWidget(self.tabs)
        name_tab_bar_buttons(self.tabs.tabBar())
        self._caseload_stale = False
        self.dashboard: Dashboard | None = None
        self.employers_window: EmployersWindow | None = None
        self.due_panel = DuePanel(workspace, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.due_panel)
        self.resizeDocks([self.due_panel], [440], Qt.Orientation.Horizontal)
        self.due_panel.clientActivated.connect(self.open_client)

        # -- menu, status bar, keys -------------------------------------------------------------------
        self._build_menu()
        self.user_label = QLabel(self._user_text())
        self.user_label.setAccessibleName(tr("当前用户"))
        self.data_dir_label = QLabel(tr("数据目录：{folder}").format(folder=workspace.data_dir))
        self.data_dir_label.setAccessibleName(tr("数据目录"))
        self.data_dir_label.setToolTip(str(workspace.data_dir))
        self.sync_label = QLabel(self.sync.status_text())
        self.sync_label.setAccessibleName(tr("同步状态"))
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.sync_label)
        self.statusBar().addPermanentWidget(self.data_dir_label)
        self.sync.status_changed.connect(self.sync_label.setText)
        self.sync.synced.connect(self._after_sync)

        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.activated.connect(self.focus_search)
        self.close_tab_shortcut = QShortcut(QKeySequence("Ctrl+W"), self)
        self.close_tab_shortcut.activated.connect(self.close_current_client)

        QWidget.setTabOrder(self.search_edit, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.town_combo)
        QWidget.setTabOrder(self.town_combo, self.phase_combo)
        QWidget.setTabOrder(self.phase_combo, self.coach_combo)
        QWidget.setTabOrder(self.coach_combo, self.due_check)
        QWidget.setTabOrder(self.due_check, self.table)

        # -- wiring -----------------------------------------------------------------------------------
        self.search_edit.textChanged.connect(self.search_timer.start)
        self.search_edit.returnPressed.connect(self.apply_search)
        self.search_timer.timeout.connect(self.apply_search)
        self.status_combo.currentIndexChanged.connect(self.apply_filters)
        self.town_combo.currentIndexChanged.connect(self.apply_filters)
        self.phase_combo.currentIndexChanged.connect(self.apply_filters)
        self.coach_combo.currentIndexChanged.connect(self.apply_filters)
        self.due_check.toggled.connect(self.apply_filters)
        header.sortIndicatorChanged.connect(self._keep_sort_indicator)
        self.model.totalChanged.connect(self._show_total)
        # Queued: a read can fail inside fetchMore() while the view lays itself out; the message box
        # must not open in the middle of that.
        self.model.loadFailed.connect(self._show_load_error, Qt.ConnectionType.QueuedConnection)
        self.table.activated.connect(self._activate)
        self.clientActivated.connect(self.open_client)
        self.tabs.tabCloseRequested.connect(self.close_client_tab)
        self.tabs.currentChanged.connect(self._tab_changed)

        self._show_total(self.model.total())
        error = self.model.load_error()
        if error is not None:  # the first read failed before the signal was connected
            QTimer.singleShot(0, lambda: self._show_load_error(error))
        self.search_edit.setFocus()

    # -- actions --------------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # -- client files ---------------------------------------------------------------------------------

    def client_files(self) -> list[ClientFileWidget]:
        files = (self.tabs.widget(i) for i in range(1, self.tabs.count()))
        return [w for w in files if isinstance(w, ClientFileWidget)]

    def open_client(self, client_id: str) -> ClientFileWidget | None:
        """Open the client's file in a tab (or go to it when it is open already); focus it."""
        for widget in self.client_files():
            if widget.client_id == client_id:
                self.tabs.setCurrentWidget(widget)
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return widget
        try:
            widget = ClientFileWidget(self.workspace, client_id)
            self.workspace.client_file.note_opened(client_id)  # PIPL: views are audited
        except (DomainError, StorageError) as exc:
            self.statusBar().showMessage(tr("无法打开档案"), 10_000)
            QMessageBox.warning(
                self,
                tr("无法打开档案"),
                tr("无法打开该服务对象的档案。\n\n{error}").format(error=error_text(exc)),
            )
            return None
        name = widget.file.profile.name
        index = self.tabs.addTab(widget, name)
        self.tabs.setTabToolTip(index, tr("{name} 的档案（Ctrl+W 关闭）").format(name=name))
        widget.sessionsChanged.connect(self._mark_caseload_stale)
        # A renamed client keeps a current tab title.
        widget.sessionsChanged.connect(
            lambda *_args, w=widget: self.tabs.setTabText(self.tabs.indexOf(w), w.file.profile.name)
        )
        name_tab_bar_buttons(self.tabs.tabBar())
        self.tabs.setCurrentIndex(index)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return widget

    def close_client_tab(self, index: int) -> bool:
        widget = self.tabs.widget(index)
        if index == 0 or not isinstance(widget, ClientFileWidget):
            return False
        if not widget.close_forms():
            return False
        self.tabs.removeTab(index)
        widget.deleteLater()
        if self.tabs.currentIndex() == 0:
            self.table.setFocus()
        return True

    def close_current_client(self) -> None:
        self.close_client_tab(self.tabs.currentIndex())

    def _mark_caseload_stale(self) -> None:
        self._caseload_stale = True
        self.due_panel.refresh()

    def _tab_changed(self, index: int) -> None:
        if index == 0 and self._caseload_stale:
            self._caseload_stale = False
            current = self.current_client_id()
            self.model.refresh()
            for row in range(self.model.rowCount()):
                if self.model.client_id(row) == current:
                    self.table.setCurrentIndex(self.model.index(row, 0))
                    break

    def apply_search(self) -> None:
        """Search now (also what the debounce timer calls)."""
        self.search_timer.stop()
        self.model.set_search(self.search_edit.text())

    def apply_filters(self) -> None:
        self.model.set_filter(
            town_code=self.town_combo.currentData(),
            status=self.status_combo.currentData(),
            phase=self.phase_combo.currentData(),
            coach_id=self.coach_combo.currentData(),
            due_only=self.due_check.isChecked(),
        )

    def current_client_id(self) -> str | None:
        index = self.table.currentIndex()
        return str(index.data(IdRole)) if index.isValid() else None

    def show_about(self) -> None:
        purpose = tr("为东莞残疾人就业辅导员和督导设计的个案记录、就业计划、安置与督导工具。")
        privacy = tr("所有服务对象资料均加密保存在本机。")
        QMessageBox.about(
            self,
            tr("关于 CoachDesk"),
            f"<p><b>{tr(WINDOW_TITLE)}</b> {__version__}</p><p>{purpose}</p><p>{privacy}</p>",
        )

    # -- helpers --------------------------------------------------------------------------------------

    def _action(
        self, text: str, shortcut: str | QKeySequence.StandardKey | None, slot: object, tip: str
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(tr("文件(&F)"))
        self.new_client_action = self._action(
            tr("新建服务对象(&N)…"),
            "Ctrl+Shift+N",
            self.register_client,
            tr("登记新的服务对象（服务对象登记表）"),
        )
        file_menu.addAction(self.new_client_action)
        file_menu.addSeparator()
        self.forms_action = self._action(
            tr("打印与导出表单(&P)…"),
            QKeySequence.StandardKey.Print,
            self.open_forms,
            tr("预览、打印或导出表单"),
        )
        file_menu.addAction(self.forms_action)
        file_menu.addSeparator()
        self.quit_action = self._action(tr("退出(&X)"), "Ctrl+Q", self.close, tr("关闭 CoachDesk"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(self.quit_action)

        view_menu = self.menuBar().addMenu(tr("查看(&V)"))
        self.dashboard_action = self._action(
            tr("成效仪表板(&D)"), "Ctrl+D", self.open_dashboard, tr("成效指标与图表")
        )
        view_menu.addAction(self.dashboard_action)
        self.employers_action = self._action(
            tr("用人单位(&E)…"),
            "Ctrl+E",
            self.show_employers,
            tr("用人单位档案：联系人、联系记录、岗位分析、在职服务对象"),
        )
        view_menu.addAction(self.employers_action)
        self.due_action = self.due_panel.toggleViewAction()
        self.due_action.setText(tr("待办(&W)"))
        self.due_action.setShortcut(QKeySequence("F9"))
        self.due_action.setStatusTip(tr("显示或隐藏待办事项"))
        view_menu.addAction(self.due_action)
        view_menu.addSeparator()
        self.zoom_in_action = self._action(
            tr("放大(&I)"), QKeySequence.StandardKey.ZoomIn, lambda: self.zoom(10), tr("放大界面")
        )
        self.zoom_out_action = self._action(
            tr("缩小(&O)"), QKeySequence.StandardKey.ZoomOut, lambda: self.zoom(-10), tr("缩小界面")
        )
        self.zoom_reset_action = self._action(
            tr("实际大小(&R)"), "Ctrl+0", lambda: self.zoom(None), tr("恢复系统字号")
        )
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            view_menu.addAction(action)

        sync_menu = self.menuBar().addMenu(tr("同步(&Y)"))
        self.sync_action = self._action(
            tr("立即同步(&S)"), "F5", self.sync.sync_now, tr("上传本机的修改，下载别人的修改")
        )
        self.login_action = self._action(
            tr("登录机构服务器(&L)…"), None, self.sync.log_in, tr("把这个工作区连接到机构的同步服务器")
        )
        self.conflicts_action = self._action(
            tr("处理同步冲突(&C)…"), None, self.sync.show_conflicts, tr("逐条选择保留哪一方的修改")
        )
        self.logout_action = self._action(
            tr("退出服务器登录(&O)"), None, self.sync.log_out, tr("这台电脑不再同步，未同步的修改保留在本机")
        )
        for action in (self.sync_action, self.login_action, self.conflicts_action, self.logout_action):
            sync_menu.addAction(action)

        tools_menu = self.menuBar().addMenu(tr("工具(&O)"))
        self.settings_action = self._action(
            tr("设置(&S)…"), "Ctrl+,", self.open_settings, tr("机构、语言、缩放与提醒设置")
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        tools_menu.addAction(self.settings_action)
        self.demo_action = self._action(
            tr("生成演示数据(&D)…"),
            None,
            self.build_demo,
            tr("在空的工作区生成虚构的演示个案（用于培训与试用）"),
        )
        tools_menu.addAction(self.demo_action)

        help_menu = self.menuBar().addMenu(tr("帮助(&H)"))
        self.about_action = self._action(tr("关于 CoachDesk(&A)"), None, self.show_about, tr("版本信息"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.about_action)

    # -- other screens ----------------------------------------------------------------------------------

    def build_demo(self, clients: int | None = None) -> Task | None:
        """Fill an empty workspace with invented demo cases, off the GUI thread (progress, Cancel)."""
        if self.workspace.clients.caseload(limit=1).total:
            QMessageBox.information(
                self, tr("生成演示数据"), tr("演示数据只能生成在没有服务对象的工作区中。")
            )
            return None
        if clients is None:
            clients, ok = QInputDialog.getInt(
                self, tr("生成演示数据"), tr("虚构服务对象人数："), 100, 1, 5000, 50
            )
            if not ok:
                return None
        builder = DemoBuilder(self.workspace)

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
            return builder.build(clients, progress, cancelled)

        def done(_summary: object) -> None:
            self.user_label.setText(self._user_text())
            self.model.refresh()
            self.due_panel.refresh()
            self.statusBar().showMessage(tr("演示数据已生成"), 10_000)

        def failed(exc: BaseException) -> None:
            text = error_text(exc) if isinstance(exc, (DomainError, StorageError)) else str(exc)
            QMessageBox.warning(self, tr("生成演示数据"), tr("没有完成：{error}").format(error=text))
            self.model.refresh()

        self.demo_task = run_task(
            work,
            title=tr("生成演示数据"),
            label=tr("正在生成演示个案"),
            parent=self,
            on_success=done,
            on_error=failed,
        )
        return self.demo_task

    def register_client(self) -> str | None:
        """Register a new client (服务对象登记表) and open the new file."""
        client_id = new_client(self.workspace, self)
        if client_id is not None:
            self.model.refresh()
            self.due_panel.refresh()
            self.open_client(client_id)
        return client_id

    def focused_client_id(self) -> str | None:
        """The client of the open file tab, else the client selected in the caseload."""
        widget = self.tabs.currentWidget()
        if isinstance(widget, ClientFileWidget):
            return widget.client_id
        return self.current_client_id()

    def open_forms(self) -> FormsDialog:
        dialog = FormsDialog(self.workspace, client_id=self.focused_client_id(), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_dashboard(self) -> Dashboard:
        if self.dashboard is None:
            self.dashboard = Dashboard(self.workspace)
            self.dashboard.setWindowTitle(tr("成效仪表板 — CoachDesk"))
            self.dashboard.resize(1200, 860)
        self.dashboard.show()
        self.dashboard.raise_()
        self.dashboard.activateWindow()
        if self.dashboard.data is None:
            self.dashboard.refresh()
        return self.dashboard

    def show_employers(self) -> EmployersWindow:
        if self.employers_window is None:
            self.employers_window = open_employers(self.workspace, self)
            self.employers_window.destroyed.connect(lambda: setattr(self, "employers_window", None))
        self.employers_window.show()
        self.employers_window.raise_()
        self.employers_window.activateWindow()
        return self.employers_window

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.workspace.ctx.settings, self.workspace.data_dir, self)
        dialog.accepted.connect(lambda: apply_zoom(self.workspace.ctx.settings.get("zoom_percent")))
        dialog.open()
        return dialog

    def zoom(self, step: int | None) -> int:
        """In-app zoom on top of the system font size (saved in the settings). ``None`` resets."""
        settings = self.workspace.ctx.settings
        percent = 100 if step is None else max(50, min(300, settings.get("zoom_percent") + step))
        settings.set("zoom_percent", percent)
        apply_zoom(percent)
        self.statusBar().showMessage(tr("缩放 {percent}%").format(percent=percent), 3000)
        return percent

    def _size_columns(self) -> None:
        """Columns wide enough for their content (first page) with some air, and never narrower than
        a typical value (names, town names and dates are short but must not be cut)."""
        self.table.resizeColumnsToContents()
        em = self.table.fontMetrics().horizontalAdvance("中")
        header = self.table.horizontalHeader()
        for column, spec in enumerate(COLUMNS):
            wanted = max(header.sectionSize(column) + em, COLUMN_MIN_EM.get(spec.key, 4) * em)
            header.resizeSection(column, wanted)

    def _user_text(self) -> str:
        actor = self.workspace.actor
        if actor is None:
            return tr("未登录")
        label = ROLE_LABELS.get(actor.role)
        role = tr(label) if label is not None else actor.role
        return tr("当前用户：{name}（{role}）").format(name=actor.display_name or actor.user_id, role=role)

    def _show_total(self, total: int) -> None:
        self.count_label.setText(tr("共 %n 名服务对象", None, total))

    def _show_load_error(self, message: str) -> None:
        self.statusBar().showMessage(tr("读取服务对象列表失败"), 10_000)
        QMessageBox.critical(
            self, tr("读取失败"), tr("无法读取服务对象列表。\n\n{error}").format(error=message)
        )

    def _keep_sort_indicator(self, column: int, order: Qt.SortOrder) -> None:
        """Columns the database cannot sort by keep the indicator where the sort really is."""
        if self.model.is_sortable(column):
            return
        header = self.table.horizontalHeader()
        blocked = header.blockSignals(True)
        header.setSortIndicator(self.model.sort_column(), self.model.sort_order())
        header.blockSignals(blocked)

    def _activate(self, index: QModelIndex) -> None:
        client_id = index.data(IdRole)
        if client_id:
            self.clientActivated.emit(str(client_id))

    def _sync_states(self, client_ids: list[str]) -> dict[str, str]:
        if bound_server(self.workspace.ctx.uow) is None:
            return {}  # a workspace without a server has nothing to show here
        return self.workspace.sync.client_states(client_ids)

    def _after_sync(self) -> None:
        """Show what a sync (or a login, or resolved conflicts) changed."""
        self.user_label.setText(self._user_text())
        self._mark_caseload_stale()
        if self.tabs.currentIndex() == 0:
            self._tab_changed(0)
        for widget in self.client_files():
            widget.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        for widget in self.client_files():
            if not widget.close_forms():  # the user kept a form with unsaved input open
                event.ignore()
                return
        self.sync.stop()
        self.search_timer.stop()
        super().closeEvent(event)

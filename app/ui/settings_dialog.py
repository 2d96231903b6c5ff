"""The settings page, generated from the declared settings (``app.host.settings.SETTINGS``): each
setting's type decides its editor, its description (translated here, by key: the declaration's own is
English) is the label's tooltip and accessible description, and values are checked by the same
declaration before anything is written. Plus the one setting that cannot live inside a profile: which
data folder CoachDesk opens by default.

The language applies at the next start (texts are translated when windows are built): choosing another
one says so, in the current language and in the chosen one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.host.paths import configured_data_dir, set_configured_data_dir
from app.host.settings import BY_KEY, SETTINGS, Setting, Settings, SettingsError
from app.ui.common import min_width
from app.ui.i18n import LANGUAGES, QT_TR_NOOP, language, tr, translate_in

LABELS = {
    "organisation_name": QT_TR_NOOP("机构名称"),
    "organisation_logo": QT_TR_NOOP("机构标志（打印表单用）"),
    "language": QT_TR_NOOP("界面语言"),
    "zoom_percent": QT_TR_NOOP("界面缩放（%）"),
    "sync_interval_minutes": QT_TR_NOOP("自动同步间隔（分钟，0 为仅手动）"),
    "retention_schedule_days": QT_TR_NOOP("就业跟踪回访节点（天，逗号分隔）"),
    "no_contact_days": QT_TR_NOOP("未联系提醒（天）"),
    "plan_due_days": QT_TR_NOOP("接案后制定计划期限（天）"),
    "assessment_due_days": QT_TR_NOOP("接案后完成评估期限（天）"),
    "supervision_interval_days": QT_TR_NOOP("督导间隔上限（天）"),
}
#: What each setting is for (``app.host.settings`` declares them in English, for the CLI and logs).
DESCRIPTIONS = {
    "organisation_name": QT_TR_NOOP("打印在表单上的机构名称"),
    "organisation_logo": QT_TR_NOOP("打印表单使用的机构标志图片路径（PNG/JPEG）"),
    "language": QT_TR_NOOP("界面使用的语言（重新启动后生效）"),
    "zoom_percent": QT_TR_NOOP("程序内的界面缩放比例"),
    "sync_interval_minutes": QT_TR_NOOP("登录服务器后，每隔这么多分钟自动同步一次（0 表示只在手动时同步）"),
    "retention_schedule_days": QT_TR_NOOP("安置开始后第几天进行稳定就业回访（有的机构加上 365）"),
    "no_contact_days": QT_TR_NOOP("服务对象超过这么多天没有服务记录时提醒"),
    "plan_due_days": QT_TR_NOOP("接案后这么多天内应制定就业计划"),
    "assessment_due_days": QT_TR_NOOP("接案后这么多天内应完成评估"),
    "supervision_interval_days": QT_TR_NOOP("辅导员超过这么多天没有接受督导即为逾期"),
}
RESTART_NOTE = QT_TR_NOOP("界面语言将在重新启动 CoachDesk 后生效。")
RANGES = {
    "zoom_percent": (50, 300),
    "sync_interval_minutes": (0, 1440),
    "no_contact_days": (1, 365),
    "supervision_interval_days": (7, 120),
}


class SettingsDialog(QDialog):
    """Edit every declared setting; OK validates all and writes only if every value is valid."""

    def __init__(self, settings: Settings, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.data_dir = data_dir
        self.setWindowTitle(tr("设置"))
        self.setAccessibleName(tr("设置"))
        self.editors: dict[str, QWidget] = {}
        self.restart_note = QLabel(self)
        self.restart_note.setObjectName("restart-note")
        self.restart_note.setAccessibleName(tr("语言生效提示"))
        self.restart_note.setWordWrap(True)
        self.restart_note.setVisible(False)
        form = QFormLayout()
        for spec in SETTINGS:
            editor = self._editor(spec)
            name = self.label_text(spec.key)
            description = self.description_text(spec)
            editor.setAccessibleName(name)
            editor.setAccessibleDescription(description)
            editor.setToolTip(description)
            label = QLabel(tr("{label}：").format(label=name), self)
            label.setBuddy(editor)
            label.setToolTip(description)
            form.addRow(label, editor if spec.key != "organisation_logo" else self._with_browse(editor))
            self.editors[spec.key] = editor
            if spec.key == "language":
                form.addRow("", self.restart_note)

        self.default_dir = QLineEdit(str(configured_data_dir() or ""), self)
        self.default_dir.setAccessibleName(tr("默认数据目录"))
        self.default_dir.setAccessibleDescription(
            tr("下次启动时打开的数据目录；本次打开的是 {folder}").format(folder=data_dir)
        )
        self.default_dir.setPlaceholderText(tr("（系统默认位置）"))
        form.addRow(tr("默认数据目录（下次启动生效）："), self.default_dir)

        self.error = QLabel(self)
        self.error.setAccessibleName(tr("设置错误"))
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(tr("保存设置"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("当前数据目录：{folder}").format(folder=data_dir), self))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        min_width(self, 56)  # room for the values next to the (longer English) labels

    @staticmethod
    def label_text(key: str) -> str:
        """The translated label of a setting (its key when it has none)."""
        label = LABELS.get(key)
        return tr(label) if label is not None else key

    @staticmethod
    def description_text(spec: Setting) -> str:
        """The translated description of a setting (the declared English one when it has none)."""
        description = DESCRIPTIONS.get(spec.key)
        return tr(description) if description is not None else spec.description

    def _editor(self, spec: Setting) -> QWidget:
        value = self.settings.get(spec.key)
        if spec.key == "language":
            combo = QComboBox(self)
            for code in spec.choices:
                combo.addItem(LANGUAGES.get(code, code), code)  # each in its own language
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.currentIndexChanged.connect(lambda _i: self._language_chosen(combo.currentData()))
            return combo
        if spec.type is int:
            spin = QSpinBox(self)
            low, high = RANGES.get(spec.key, (1, 3650))
            spin.setRange(low, high)
            spin.setValue(int(value))
            return spin
        if spec.type is list:
            return QLineEdit(", ".join(str(v) for v in value), self)
        return QLineEdit(str(value), self)

    def _language_chosen(self, code: str) -> None:
        """Say that another language applies after a restart (also in that language, if it differs)."""
        if code == language():
            self.restart_note.setVisible(False)
            return
        note = tr(RESTART_NOTE)
        theirs = translate_in(code, RESTART_NOTE)
        self.restart_note.setText(note if theirs == note else f"{note}\n{theirs}")
        self.restart_note.setVisible(True)

    def _with_browse(self, editor: QWidget) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(editor)
        browse = QPushButton(tr("浏览…"), box)
        browse.setAccessibleName(tr("选择机构标志图片"))
        browse.clicked.connect(lambda: self._pick_logo(editor))
        row.addWidget(browse)
        return box

    def _pick_logo(self, editor: QWidget) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("机构标志"), "", tr("图片 (*.png *.jpg *.jpeg)"))
        if path and isinstance(editor, QLineEdit):
            editor.setText(path)

    def values(self) -> dict[str, Any]:
        """The edited values, parsed to their declared types (ValueError names a bad one)."""
        out: dict[str, Any] = {}
        for spec in SETTINGS:
            editor = self.editors[spec.key]
            if isinstance(editor, QComboBox):
                out[spec.key] = editor.currentData()
            elif isinstance(editor, QSpinBox):
                out[spec.key] = editor.value()
            elif spec.type is list:
                assert isinstance(editor, QLineEdit)
                parts = [p.strip() for p in editor.text().replace("，", ",").split(",") if p.strip()]
                try:
                    out[spec.key] = sorted({int(p) for p in parts})
                except ValueError:
                    raise ValueError(
                        tr("“{label}”只能填写用逗号分隔的天数").format(label=self.label_text(spec.key))
                    ) from None
            else:
                assert isinstance(editor, QLineEdit)
                out[spec.key] = editor.text().strip()
        return out

    def save(self) -> None:
        try:
            values = self.values()
            if values["organisation_logo"] and not Path(values["organisation_logo"]).is_file():
                raise ValueError(tr("找不到机构标志图片文件"))
            if not values["organisation_name"]:
                raise ValueError(tr("机构名称不能为空"))
            for key, value in values.items():  # every value is checked before any is written
                try:
                    Settings.validate(key, value)
                except SettingsError:
                    raise ValueError(
                        tr("“{label}”的值无效：{description}").format(
                            label=self.label_text(key), description=self.description_text(BY_KEY[key])
                        )
                    ) from None
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        changed = {k: v for k, v in values.items() if v != self.settings.get(k)}
        if changed:
            self.settings.update(changed)
        folder = self.default_dir.text().strip()
        set_configured_data_dir(Path(folder) if folder else None)
        self.accept()

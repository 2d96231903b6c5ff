"""The names of the sync states (caseload column, client file, status bar)."""

from __future__ import annotations

from app.ui.i18n import QT_TR_NOOP, tr

STATE_LABELS = {
    "synced": QT_TR_NOOP("已同步"),
    "pending": QT_TR_NOOP("待上传"),
    "uploading": QT_TR_NOOP("上传中"),
    "error": QT_TR_NOOP("上传失败"),
    "conflict": QT_TR_NOOP("有冲突"),
}


def state_label(state: str) -> str:
    """A sync state as the GUI language says it."""
    return tr(STATE_LABELS.get(state, state))

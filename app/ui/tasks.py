"""Long work off the GUI thread: one mechanism for every slow operation (demo data, exports, later sync).

``run_task`` starts a function on Qt's thread pool and shows a progress dialog with a Cancel button.
The function receives ``progress(done, total)`` and ``cancelled()`` callbacks; the result or the error
comes back on the GUI thread through a signal, so the window never freezes and no widget is touched
from a worker thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class Task(QObject):
    """A running background job; connect to ``succeeded``/``failed`` before it can finish."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, parent: QObject | None = None):
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self.done = False

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _run(self) -> None:
        try:
            result = self._work(self.progressed.emit, self._cancel.is_set)
        except BaseException as exc:  # reported to the GUI thread, never lost in a worker
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class _Runnable(QRunnable):
    def __init__(self, task: Task):
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task._run()


def run_task(
    work: Work,
    *,
    title: str,
    label: str,
    parent: QWidget,
    on_success: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> Task:
    """Start ``work`` with a modal progress dialog (Cancel asks the work to stop at its next step)."""
    dialog = QProgressDialog(label, "取消", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    task = Task(work, parent)
    dialog.canceled.connect(task.cancel)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)
        dialog.setLabelText(f"{label}（{done}/{total}）")

    def finish() -> None:
        task.done = True
        dialog.close()
        dialog.deleteLater()

    def succeeded(result: Any) -> None:
        finish()
        on_success(result)

    def failed(exc: BaseException) -> None:
        finish()
        on_error(exc)

    task.progressed.connect(progressed)
    task.succeeded.connect(succeeded)
    task.failed.connect(failed)
    QThreadPool.globalInstance().start(_Runnable(task))
    return task

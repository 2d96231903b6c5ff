"""Long work off the GUI thread: one mechanism for every slow operation (demo data, exports, later sync).

``run_task`` starts a function on a worker thread and shows a progress dialog with a Cancel button.
The function receives ``progress(done, total)`` and ``cancelled()`` callbacks; the result or the error
comes back on the GUI thread through a signal, so the window never freezes and no widget is touched
from a worker thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from app.ui.i18n import tr

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class Task(QObject):
    """A running background job. ``finished`` fires on the GUI thread; then ``result`` or ``error`` is set.

    The result travels as an attribute rather than as a queued signal argument, so only plain ints
    cross the thread boundary.
    """

    progressed = Signal(int, int)
    finished = Signal()

    def __init__(self, work: Work, parent: QObject | None = None):
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._worker: QThread | None = None

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _run(self) -> None:
        try:
            self.result = self._work(self.progressed.emit, self._cancel.is_set)
        except BaseException as exc:  # reported to the GUI thread, never lost in a worker
            self.error = exc
        self.finished.emit()


class _Worker(QThread):
    """The thread a task runs on (kept by the task until it has finished)."""

    def __init__(self, task: Task):
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task._run()


def _start(task: Task) -> None:
    worker = _Worker(task)
    task._worker = worker  # keep the thread object alive as long as the task
    worker.start()


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
    dialog = QProgressDialog(label, tr("取消"), 0, 0, parent)
    cancel = QPushButton(tr("取消"), dialog)
    cancel.setAccessibleName(tr("取消{title}").format(title=title))
    dialog.setCancelButton(cancel)
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
        dialog.setLabelText(tr("{label}（{done}/{total}）").format(label=label, done=done, total=total))

    def finish() -> None:
        task.done = True
        if task._worker is not None:
            task._worker.wait()
        dialog.close()
        dialog.deleteLater()

    def finished() -> None:
        finish()
        if task.error is not None:
            on_error(task.error)
        else:
            on_success(task.result)

    task.progressed.connect(progressed)
    task.finished.connect(finished)
    _start(task)
    return task


def run_in_background(
    work: Work,
    *,
    parent: QObject,
    on_success: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> Task:
    """Start ``work`` without a dialog (e.g. an automatic sync); the outcome comes back the same way."""
    task = Task(work, parent)

    def finished() -> None:
        task.done = True
        if task._worker is not None:
            task._worker.wait()
        if task.error is not None:
            on_error(task.error)
        else:
            on_success(task.result)

    task.finished.connect(finished)
    _start(task)
    return task

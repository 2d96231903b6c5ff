"""CoachDesk (就业辅导工作台): the desktop workbench of disability job coaches and their supervisors.

Layers (enforced by the import-linter contracts in ``pyproject.toml``):

* ``app.domain``   pure rules and value types: no Qt, no SQLAlchemy, no HTTP.
* ``app.storage``  the encrypted SQLite store: engine, tables, migrations, storage errors.
* ``app.services`` the use cases that both the GUI and the CLI call.
* ``app.host``     the machine: paths, resources, settings, key storage.
* ``app.cli`` / ``app.ui``  presentation; only ``app.ui`` imports Qt.
"""

__version__ = "0.1.0"

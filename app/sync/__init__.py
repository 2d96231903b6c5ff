"""Offline-first sync: the protocol both sides speak (``protocol``), the three-way merge
(``merge``), and the desktop side of it (``client``)."""

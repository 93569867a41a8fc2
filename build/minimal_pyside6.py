"""The baseline bundle: a minimal PySide6 window (benchmarks/run.py sizes both)."""

from PySide6.QtWidgets import QApplication, QLabel

app = QApplication([])
w = QLabel("Startlån")
w.show()
app.processEvents()

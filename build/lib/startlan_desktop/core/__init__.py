"""Pure-Python domain core. Never imports Qt or reportlab."""

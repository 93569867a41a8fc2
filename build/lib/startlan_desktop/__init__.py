"""Startlån Desktop: affordability assessment for the Norwegian start loan."""

__version__ = "0.1.0"

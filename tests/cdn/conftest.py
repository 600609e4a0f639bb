"""The real site served exactly as the CDN will serve it: the ``cdn_url`` fixture now lives in
tests/conftest.py (the checker's browser tests use it too)."""

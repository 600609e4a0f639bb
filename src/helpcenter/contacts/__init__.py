"""Contact values: kinds, normalization to canonical keys, de-obfuscation, lookalikes.

Pure functions, shared by the guard (Python) and mirrored by the in-browser checker
(JavaScript); ``tests/vectors/contacts.json`` keeps both in step.
"""

"""Site search: one prebuilt lunr index per language, built with our own tokenizer.

The build side (this package) and the browser side (``overrides/assets/javascripts/search``)
share one contract, written into every index file: the terms of a query are found by the
same rules (``query.py`` here, ``query.js`` there), and the index vocabulary is what the
browser segments Chinese queries with.
"""

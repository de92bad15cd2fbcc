"""Who said what: turns (text, published date) into statements.

No database access here: the package works on plain text so it can be tested
and benchmarked on its own. See `types.py` for what it returns.
"""

"""Site-building helpers that do not depend on the theme: dates, page metadata."""

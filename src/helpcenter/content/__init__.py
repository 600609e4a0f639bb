"""Rules every help-center page must follow, checked on the Markdown source."""

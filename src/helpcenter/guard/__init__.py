"""The contact guard: no contact channel reaches a page unless the registry says it is official."""

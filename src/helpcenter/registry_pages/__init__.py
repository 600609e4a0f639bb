"""Registry-driven page content: the ``[[channel:…]]`` and ``[[registry:…]]`` markers."""

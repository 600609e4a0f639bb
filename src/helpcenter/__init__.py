"""Example Wallet help center: registry, contact guard, search index and checker."""
